#!/usr/bin/env bash
# The dist check, shared by .ci/run, ci.yml and release.yml: rebuild the generated files
# (`npm run bundle`) and fail when they differ from the committed ones.
set -uo pipefail
cd "$(dirname "$0")/.."
generated=(dist src/edge/bundled.ts src/edge/function/bundled.ts src/synth/templates.generated.ts src/site/validate.generated.js src/site/validate.generated.d.ts)
if ! npm run --silent bundle; then
  echo "the bundle failed"
  exit 1
fi
dirty="$(git status --porcelain -- "${generated[@]}")"
if [ -n "$dirty" ]; then
  echo "dist/ differs from a rebuild: run 'npm run bundle' and commit the result"
  echo "$dirty"
  git --no-pager diff --stat -- dist
  exit 1
fi
echo "dist/ is up to date"
