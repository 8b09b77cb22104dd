#!/usr/bin/env node
/**
 * Builds example/fonts/example.woff2, the web font of the example site, from a TrueType font
 * that ships with playwright-core: the Codicon icon font of Visual Studio Code.
 *
 *   node scripts/make-example-font.mjs [--check]
 *
 * Licence: Codicons, (c) Microsoft Corporation, are released under the Creative Commons
 * Attribution 4.0 International licence (https://github.com/microsoft/vscode-codicons,
 * https://creativecommons.org/licenses/by/4.0/), which allows redistribution with
 * attribution. The glyphs are not modified; the attribution is written into the WOFF2 file's
 * extended metadata block and into example/fonts/NOTICE.txt.
 *
 * WOFF2 (https://www.w3.org/TR/WOFF2/) with no dependency: every table gets the null transform
 * (version 3 for glyf and loca, version 0 for the others), the tables are concatenated into
 * one Brotli stream, and the metadata XML is a second Brotli stream. The output depends only
 * on the input font, so a re-run gives the same bytes; `--check` fails when the committed file
 * differs from a fresh build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { writeOrCheck } from './generated-file.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const assets = path.join(root, 'node_modules/playwright-core/lib/vite/recorder/assets');
const out = path.join(root, 'example/fonts/example.woff2');

const source = readdirSync(assets).find((f) => /^codicon.*\.ttf$/.test(f));
if (source === undefined) {
  console.error(`make-example-font: no codicon*.ttf in ${assets} (run npm ci)`);
  process.exit(1);
}
const ttf = readFileSync(path.join(assets, source));

/** The 63 tags WOFF2 encodes as an index (section 5.1 of the specification). */
const KNOWN_TAGS = [
  'cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm', 'glyf',
  'loca', 'prep', 'CFF ', 'VORG', 'EBDT', 'EBLC', 'gasp', 'hdmx', 'kern', 'LTSH', 'PCLT',
  'VDMX', 'vhea', 'vmtx', 'BASE', 'GDEF', 'GPOS', 'GSUB', 'EBSC', 'JSTF', 'MATH', 'CBDT',
  'CBLC', 'COLR', 'CPAL', 'SVG ', 'sbix', 'acnt', 'avar', 'bdat', 'bloc', 'bsln', 'cvar',
  'fdsc', 'feat', 'fmtx', 'fvar', 'gvar', 'hsty', 'just', 'lcar', 'mort', 'morx', 'opbd',
  'prop', 'trak', 'Zapf', 'Silf', 'Glat', 'Gloc', 'Feat', 'Sill',
]; // prettier-ignore

const METADATA = `<?xml version="1.0" encoding="UTF-8"?>
<metadata version="1.0">
  <vendor name="Microsoft Corporation" url="https://github.com/microsoft/vscode-codicons"/>
  <credits>
    <credit name="Microsoft Corporation" url="https://github.com/microsoft/vscode-codicons" role="Codicons"/>
  </credits>
  <description>
    <text lang="en">The Codicon icon font of Visual Studio Code, repackaged unchanged as WOFF2 for the secure-dist-action example site.</text>
  </description>
  <license url="https://creativecommons.org/licenses/by/4.0/">
    <text lang="en">Creative Commons Attribution 4.0 International (CC BY 4.0)</text>
  </license>
  <copyright>
    <text lang="en">Copyright (c) Microsoft Corporation.</text>
  </copyright>
</metadata>
`;

const pad4 = (n) => (n + 3) & ~3;

/** UIntBase128: big-endian groups of 7 bits, the high bit set on all but the last byte. */
function base128(value) {
  const bytes = [value & 0x7f];
  for (let v = value >>> 7; v > 0; v >>>= 7) bytes.unshift((v & 0x7f) | 0x80);
  return Buffer.from(bytes);
}

function brotli(data) {
  return brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

// The sfnt's tables, in its own directory order, with loca moved right after glyf.
const flavor = ttf.readUInt32BE(0);
if (flavor !== 0x00010000) {
  console.error(`make-example-font: ${source} is not a TrueType font`);
  process.exit(1);
}
let tables = [];
for (let i = 0; i < ttf.readUInt16BE(4); i += 1) {
  const at = 12 + 16 * i;
  const tag = ttf.toString('latin1', at, at + 4);
  const offset = ttf.readUInt32BE(at + 8);
  const length = ttf.readUInt32BE(at + 12);
  tables.push({ tag, data: ttf.subarray(offset, offset + length) });
}
const loca = tables.find((t) => t.tag === 'loca');
tables = tables.filter((t) => t !== loca);
tables.splice(tables.findIndex((t) => t.tag === 'glyf') + 1, 0, loca);

const directory = Buffer.concat(
  tables.map(({ tag, data }) => {
    const index = KNOWN_TAGS.indexOf(tag);
    const nullTransform = tag === 'glyf' || tag === 'loca' ? 3 : 0;
    const flags = Buffer.from([(nullTransform << 6) | (index < 0 ? 63 : index)]);
    const arbitraryTag = index < 0 ? Buffer.from(tag, 'latin1') : Buffer.alloc(0);
    return Buffer.concat([flags, arbitraryTag, base128(data.length)]);
  }),
);
const compressed = brotli(Buffer.concat(tables.map((t) => t.data)));
const metadata = Buffer.from(METADATA, 'utf8');
const metadataCompressed = brotli(metadata);

const HEADER = 48;
const metaOffset = pad4(HEADER + directory.length + compressed.length);
const length = pad4(metaOffset + metadataCompressed.length);
const totalSfntSize = 12 + 16 * tables.length + tables.reduce((n, t) => n + pad4(t.data.length), 0);

const woff2 = Buffer.alloc(length);
woff2.write('wOF2', 0, 'latin1');
woff2.writeUInt32BE(flavor, 4);
woff2.writeUInt32BE(length, 8);
woff2.writeUInt16BE(tables.length, 12);
woff2.writeUInt16BE(0, 14);
woff2.writeUInt32BE(totalSfntSize, 16);
woff2.writeUInt32BE(compressed.length, 20);
woff2.writeUInt16BE(1, 24); // version of this WOFF file: 1.0
woff2.writeUInt16BE(0, 26);
woff2.writeUInt32BE(metaOffset, 28);
woff2.writeUInt32BE(metadataCompressed.length, 32);
woff2.writeUInt32BE(metadata.length, 36);
woff2.writeUInt32BE(0, 40); // no private data
woff2.writeUInt32BE(0, 44);
directory.copy(woff2, HEADER);
compressed.copy(woff2, HEADER + directory.length);
metadataCompressed.copy(woff2, metaOffset);

const rel = path.relative(root, out);
writeOrCheck(
  'make-example-font',
  out,
  rel,
  woff2,
  `wrote ${rel}: ${woff2.length} bytes (from ${source}, ${ttf.length} bytes)`,
);
