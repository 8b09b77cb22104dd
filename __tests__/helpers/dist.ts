/**
 * The bundle the tests of dist/ run: the committed `dist/`, or the build in
 * `SECURE_DIST_TEST_DIST` (`node scripts/bundle.mjs --outdir DIR`: a branch whose dist/ is
 * rebuilt only when it is merged).
 */
import path from 'node:path';
import { REPO_ROOT } from './s3-server.js';

export const DIST =
  process.env.SECURE_DIST_TEST_DIST !== undefined && process.env.SECURE_DIST_TEST_DIST !== ''
    ? path.resolve(process.env.SECURE_DIST_TEST_DIST)
    : path.join(REPO_ROOT, 'dist');
