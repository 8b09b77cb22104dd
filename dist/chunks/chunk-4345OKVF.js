import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);

// src/edge/core/encoding.ts
var ENCODED = ' "#%<>[\\]^`{|}~?*+';
var HEX = "0123456789ABCDEF";
function percentByte(byte) {
  return `%${HEX.charAt(byte >> 4)}${HEX.charAt(byte & 15)}`;
}
function canonicalEncode(text) {
  let out = "";
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const ch2 = text.charAt(i);
      out += c < 33 || c > 126 || ENCODED.includes(ch2) ? percentByte(c) : ch2;
      continue;
    }
    let ch = text.charAt(i);
    if (c >= 55296 && c <= 56319) {
      const next = text.charCodeAt(i + 1);
      if (next >= 56320 && next <= 57343) {
        ch = text.slice(i, i + 2);
        i += 1;
      } else ch = "\uFFFD";
    } else if (c >= 56320 && c <= 57343) ch = "\uFFFD";
    out += encodeURIComponent(ch);
  }
  return out;
}
function canonicalPath(key) {
  return `/${canonicalEncode(key)}`;
}

export {
  canonicalPath
};
