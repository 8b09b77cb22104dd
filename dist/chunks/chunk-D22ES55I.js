import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);

// src/report/escape.ts
var LOG_ESCAPED = (
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f\u0085\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\\]|[\ud800-\udfff]/gu
);
function escapeForLog(value) {
  return value.replace(LOG_ESCAPED, (c) => {
    switch (c) {
      case "\\":
        return "\\\\";
      case "\n":
        return "\\n";
      case "\r":
        return "\\r";
      case "	":
        return "\\t";
      default:
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
    }
  });
}
var BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/u;
function bidiControlIn(value) {
  const c = BIDI_CONTROLS.exec(value)?.[0];
  return c === void 0 ? void 0 : `U+${c.charCodeAt(0).toString(16).toUpperCase()}`;
}
function hasControlCharacter(value) {
  return /[\u0000-\u001f\u007f]/.test(value);
}
function markdownCell(text) {
  return text.replace(/[\\`*_|<>&[\]]/g, (c) => `\\${c}`);
}

export {
  escapeForLog,
  bidiControlIn,
  hasControlCharacter,
  markdownCell
};
