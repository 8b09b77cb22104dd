import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);

// src/rotate/rules.ts
var MAX_CREDENTIAL_BYTES = 512;
function userNameProblem(user) {
  if (user === "") return "the user name is empty";
  if (user.includes(":")) return "the user name contains a colon (RFC 7617 forbids it)";
  if (/[\u0000-\u001f\u007f]/.test(user)) return "the user name contains a control character";
  if (user !== user.normalize("NFC")) return "the user name is not NFC-normalised";
  return void 0;
}
function passwordProblem(password, user) {
  if (password === "") return "the password is empty";
  if (/[\u0000-\u001f\u007f]/.test(password)) return "the password contains a control character";
  if (Buffer.byteLength(user) + Buffer.byteLength(password) > MAX_CREDENTIAL_BYTES) {
    return `user and password together must be at most ${MAX_CREDENTIAL_BYTES} bytes`;
  }
  return void 0;
}
function tokenValueProblem(token) {
  return /^sdt1_[A-Za-z0-9_-]{43}$/.test(token) ? void 0 : "the token is not sdt1_ and 43 base64url characters (rotate generates it)";
}
var RotationError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "RotationError";
  }
};
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var SESSION_KEY_ID = /^[A-Za-z0-9]{1,16}$/;
var CREDENTIAL_VERSION = /^[A-Za-z0-9_-]{1,22}$/;

export {
  userNameProblem,
  passwordProblem,
  tokenValueProblem,
  RotationError,
  compareStrings,
  SESSION_KEY_ID,
  CREDENTIAL_VERSION
};
