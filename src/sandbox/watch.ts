/**
 * The sandbox's watcher: calls `onChange` once the content folder has been quiet for
 * `debounceMs` after a change, and logs the names that changed.
 *
 * chokidar, not Node's recursive `fs.watch`: on Linux that is a JavaScript layer in Node
 * (lib/internal/fs/recursive_watch.js) that watches each file it has seen, and once a file has
 * been replaced by rename (an editor's atomic save, `sed -i`, `git checkout`) its later saves go
 * unnoticed, with no error (seen on Node 20.20 and 24 with __tests__/sandbox-watch.test.ts; the
 * same loss is described in github.com/nodejs/node/pull/52879). chokidar watches each folder
 * and looks a name up again after a rename. Version 5 is the newest that runs on Node 20
 * (chokidar 6 declares `node >= 22.22`); it is plain JavaScript, so esbuild (scripts/bundle.mjs)
 * bundles it into dist/cli with the rest. `@parcel/watcher` (in node_modules through jest) follows renames
 * too, but it is a native addon: a prebuilt binary per platform (or a node-gyp build at install)
 * that the bundle would have to carry and load beside index.js.
 *
 * What it leaves alone:
 * - symbolic links are not followed (`followSymlinks: false`): the sync publishes a link only
 *   when it leads inside the folder (src/sync/local.ts), and a target inside is watched as
 *   itself; nothing outside the folder is watched.
 * - `.git`, wherever it is: git rewrites its index on every `git status` (an editor runs it
 *   constantly), which would re-sync for nothing. The action refuses a content-dir holding
 *   `.git` (`checkContentDir`); a checkout's files themselves are watched as any others.
 * - editors' swap and backup files (`.name.swp`, `name~`): chokidar's `atomic` default skips
 *   them; a re-sync for another change still publishes them, as the sync does.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';

export interface WatchLog {
  info(line: string): void;
  warn(line: string): void;
}

export interface WatchOptions {
  /** The folder to watch; a link to a folder is resolved first, as the sync's walk does. */
  readonly dir: string;
  /** The folder as the user named it, for messages. */
  readonly label: string;
  /** Quiet time after the last change before `onChange`. */
  readonly debounceMs: number;
  readonly log: WatchLog;
  readonly onChange: () => void;
}

export interface ContentWatcher {
  /** Stops watching; a change still waiting for its quiet time is dropped. */
  close(): Promise<void>;
}

/** Starts watching; resolves once the folder's present files are known (chokidar's `ready`). */
export async function watchContent(opts: WatchOptions): Promise<ContentWatcher> {
  const root = await realpath(opts.dir);
  const nameOf = (p: string): string => path.relative(root, p).split(path.sep).join('/');
  const watcher: FSWatcher = watch(root, {
    ignoreInitial: true,
    followSymlinks: false,
    ignored: (p) => nameOf(p).split('/').includes('.git'),
  });

  watcher.on('error', (e: unknown) =>
    opts.log.warn(
      `watch: ${e instanceof Error ? e.message : String(e)} (a change there may go unnoticed: restart the sandbox once this is fixed)`,
    ),
  );
  // Listening from `ready` on: during its first scan chokidar reports every symbolic link as
  // added, `ignoreInitial` notwithstanding (github.com/paulmillr/chokidar/issues/1270, closed
  // unfixed; seen with 5.0.0), which would re-sync for nothing at start.
  await new Promise<void>((resolve) => watcher.once('ready', resolve));

  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  watcher.on('all', (event, p) => {
    const name = nameOf(p);
    changed.add(event === 'addDir' || event === 'unlinkDir' ? `${name}/` : name);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const names = [...changed].sort();
      changed.clear();
      opts.log.info(`watch: change in ${opts.label}: ${names.join(', ')}`);
      opts.onChange();
    }, opts.debounceMs);
  });

  return {
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
