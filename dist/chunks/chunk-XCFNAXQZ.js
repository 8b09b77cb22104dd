import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);

// src/edge/core/limits.ts
var MAX_URI_BYTES = 2048;
var MAX_KEY_BYTES = 1024;
function utf8Length(text) {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 128) bytes += 1;
    else if (c < 2048) bytes += 2;
    else if (c >= 55296 && c <= 56319 && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 56320 && next <= 57343) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

// src/edge/core/uri.ts
var UNSAFE_SEGMENT = /[\u0000-\u001f\u007f\\/]/;
function decodePath(uri) {
  if (typeof uri !== "string" || uri.length > MAX_URI_BYTES || !uri.startsWith("/")) return 400;
  if (utf8Length(uri) > MAX_URI_BYTES) return 400;
  const segments = [];
  const parts = uri.split("/");
  for (let i = 0; i < parts.length; i += 1) {
    const segment = String(parts[i]);
    if (segment === "") continue;
    let decoded;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return 400;
    }
    if (decoded === "." || decoded === ".." || UNSAFE_SEGMENT.test(decoded)) return 400;
    segments.push(decoded);
  }
  return { segments, folder: uri.endsWith("/") };
}
function keyOf(uri) {
  const path = decodePath(uri);
  if (path === 400) return 400;
  const segments = path.folder ? path.segments.concat("index.html") : path.segments;
  const key = segments.join("/");
  return utf8Length(key) > MAX_KEY_BYTES ? 404 : key;
}

export {
  utf8Length,
  decodePath,
  keyOf
};
