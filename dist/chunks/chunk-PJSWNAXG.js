import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);

// src/edge/core/preview.ts
function previewNumberOfPath(uri) {
  const match = typeof uri === "string" ? /^\/_previews\/pr-([1-9]\d{0,8})\//.exec(uri) : null;
  return match ? match[1] : void 0;
}

export {
  previewNumberOfPath
};
