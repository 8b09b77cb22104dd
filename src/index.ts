/**
 * The action's entry (dist/index.js). It turns on V8's compile cache (compile-cache.ts) before
 * anything else is loaded: the cache applies to modules compiled after that, so the rest of
 * the action comes in with a dynamic `import()` (its own chunk in dist/), not a static import,
 * which would be compiled before this module's first line runs.
 */
import { enableCompileCacheOnRunner } from './compile-cache.js';

enableCompileCacheOnRunner(process.env);
const { run } = await import('./main.js');
void run();
