/**
 * V8's compile cache for the action's own code (issue 24, start-up): `module.enableCompileCache`
 * (Node ≥ 22.1; the action runs on node24) keeps the code V8 compiled for each module of dist/
 * in a folder, so the next process that loads the same files skips most of the compiling.
 * "This may slow down the first load of a module graph, but subsequent loads of the same module
 * graph may get a significant speedup" (Node.js docs, module.md "Module compile cache"; read in
 * nodejs/node commit 36da413, https://github.com/nodejs/node/commit/36da413663). The method never
 * throws when the cache cannot be used: "this method is designed to not throw any exception
 * when the compile cache cannot be enabled" (same page, `module.enableCompileCache()`); it
 * returns a status instead, which is ignored here (a missing cache only costs time).
 *
 * Where: `RUNNER_TEMP`, the runner's temporary folder, "emptied at the beginning and end of
 * each job" (GitHub Docs, default environment variables,
 * https://docs.github.com/en/actions/learn-github-actions/variables; the sentence read in the
 * copy of that list in the docs of the `github-actions` crate on docs.rs, the stored GitHub
 * pages did not reach that row); a GitHub-hosted runner is a new VM per job ("When the job
 * begins, GitHub automatically provisions a new VM for that job. All steps in the job execute
 * on the VM", https://docs.github.com/en/actions/how-tos/manage-runners/github-hosted-runners/use-github-hosted-runners). So the first secure-dist step of a job compiles and writes
 * the cache (a cold start), and a later step of the same job (a deploy then a sync, a plan
 * then a sync) finds it (a warm start); BENCHMARKS.md "Start-up" measures both. Not Node's
 * default, `os.tmpdir()/node-compile-cache`: on a self-hosted runner `/tmp` outlives the job
 * and is shared by every user of the machine, and a cache someone else can write is code that
 * runs with the job's AWS credentials; `RUNNER_TEMP` belongs to the runner's own user and job.
 * Without `RUNNER_TEMP` (not on a runner) nothing is enabled; `NODE_COMPILE_CACHE` still works
 * as Node documents it.
 */
import nodeModule from 'node:module';
import path from 'node:path';

/** What this needs of `node:module` (absent before Node 22.1). */
export interface CompileCacheApi {
  readonly enableCompileCache?: (directory: string) => unknown;
}

/** `node:module`'s method where this Node has it (@types/node 20 does not declare it). */
function nodeCompileCacheApi(): CompileCacheApi {
  if (!('enableCompileCache' in nodeModule)) return {};
  const enable = nodeModule.enableCompileCache;
  if (typeof enable !== 'function') return {};
  return { enableCompileCache: (directory) => Reflect.apply(enable, nodeModule, [directory]) };
}

/** The folder under `RUNNER_TEMP`. */
export const COMPILE_CACHE_FOLDER = 'secure-dist-compile-cache';

/**
 * Enables the compile cache under `RUNNER_TEMP` for the modules loaded from now on; returns
 * the folder asked for, or undefined when not on a runner or the Node has no such method.
 */
export function enableCompileCacheOnRunner(
  env: NodeJS.ProcessEnv,
  api: CompileCacheApi = nodeCompileCacheApi(),
): string | undefined {
  const temp = env.RUNNER_TEMP;
  if (temp === undefined || temp === '' || api.enableCompileCache === undefined) return undefined;
  const directory = path.join(temp, COMPILE_CACHE_FOLDER);
  try {
    api.enableCompileCache(directory);
  } catch {
    // Documented not to throw; should a Node do so anyway, the run goes on without a cache.
    return undefined;
  }
  return directory;
}
