import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);

// src/edge/core/audit.ts
var AUDIT_PREFIX = '{"audit":1,';
function isDenied(record) {
  if (record.result === "403") return true;
  return record.result === "401" && record.credentials === true;
}
function asciiJson(value) {
  return JSON.stringify(value).replace(
    /[^\x20-\x7e]/g,
    (c) => "\\u" + ("0000" + c.charCodeAt(0).toString(16)).slice(-4)
  );
}
var isString = (v) => typeof v === "string";
var field = (o, key) => Object.prototype.hasOwnProperty.call(o, key) ? Reflect.get(o, key) : void 0;
function parseAuditLine(message) {
  const start = message.indexOf(AUDIT_PREFIX);
  if (start < 0) return void 0;
  let value;
  try {
    value = JSON.parse(message.slice(start).trim());
  } catch {
    return void 0;
  }
  if (typeof value !== "object" || value === null) return void 0;
  const v = {
    audit: field(value, "audit"),
    time: field(value, "time"),
    user: field(value, "user"),
    method: field(value, "method"),
    path: field(value, "path"),
    result: field(value, "result"),
    credentials: field(value, "credentials"),
    ip: field(value, "ip"),
    key: field(value, "key"),
    via: field(value, "via")
  };
  if (v.audit !== 1 || !isString(v.time) || !(v.user === null || isString(v.user)) || !isString(v.method) || !isString(v.path) || !isString(v.result) || !(typeof v.credentials === "boolean" || v.credentials === "session") || v.ip !== void 0 && !isString(v.ip) || v.key !== void 0 && !isString(v.key) || v.via !== void 0 && !isString(v.via)) {
    return void 0;
  }
  return {
    audit: 1,
    time: v.time,
    user: v.user,
    method: v.method,
    path: v.path,
    result: v.result,
    credentials: v.credentials,
    ...isString(v.ip) ? { ip: v.ip } : {},
    ...isString(v.key) ? { key: v.key } : {},
    ...isString(v.via) ? { via: v.via } : {}
  };
}

export {
  isDenied,
  asciiJson,
  parseAuditLine
};
