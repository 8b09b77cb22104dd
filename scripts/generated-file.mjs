/**
 * For scripts that generate a committed file: write it, or with `--check` fail (exit 1) when
 * the committed file differs from a fresh build.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export function writeOrCheck(tool, file, rel, bytes, wroteMessage) {
  if (process.argv.includes('--check')) {
    let current;
    try {
      current = readFileSync(file);
    } catch {
      current = Buffer.alloc(0);
    }
    if (!current.equals(bytes)) {
      console.error(`${tool}: ${rel} differs from a fresh build: run the script`);
      process.exit(1);
    }
    console.log(`${rel} is up to date`);
  } else {
    writeFileSync(file, bytes);
    console.log(wroteMessage);
  }
}
