import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  CREDENTIAL_VERSION,
  RotationError,
  SESSION_KEY_ID,
  compareStrings,
  passwordProblem,
  tokenValueProblem,
  userNameProblem
} from "./chunk-K5URBFBM.js";

// src/rotate/secret-mask.ts
var FIELD_NAMES = /* @__PURE__ */ new Set([
  "version",
  "users",
  "retired",
  "user",
  "password",
  "createdAt",
  "expires",
  "sessionKeyId",
  "cv",
  "tokens",
  "name",
  "token"
]);
function secretStrings(text) {
  const found = /* @__PURE__ */ new Set();
  const add = (s) => {
    for (const part of [s, ...s.split(/\r?\n/).map((l) => l.trim())]) {
      if (part.trim() !== "") found.add(part);
    }
  };
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    for (const m of text.matchAll(/"((?:[^"\\\n]|\\.)*)"?/g)) {
      const token = decodeJsonString(m[1] ?? "");
      if (!FIELD_NAMES.has(token)) add(token);
    }
    for (const line of text.split(/\r?\n/)) {
      if (!/[\p{L}\p{N}]/u.test(line)) continue;
      add(line.trim());
      const colon = line.indexOf(":");
      if (colon >= 0) add(line.slice(colon + 1).trim());
    }
    for (const word of text.split(/[\s{}[\],:"]+/)) {
      if (!FIELD_NAMES.has(word) && !/^(true|false|null|-?\d+(\.\d+)?)$/.test(word)) add(word);
    }
    return [...found];
  }
  const walk = (v, key) => {
    if (typeof v === "string") {
      if (!shownAsIs(key, v) || v.startsWith("sdt1_")) add(v);
    } else if ((typeof v === "number" || typeof v === "boolean") && key === "password") {
      add(JSON.stringify(v));
    } else if (Array.isArray(v)) {
      for (const item of v) walk(item, void 0);
    } else if (isRecord(v)) {
      for (const [k, item] of Object.entries(v)) {
        if (!FIELD_NAMES.has(k)) add(k);
        walk(item, k);
      }
    }
  };
  walk(value, void 0);
  return [...found];
}
function decodeJsonString(raw) {
  try {
    const decoded = JSON.parse(`"${raw}"`);
    return typeof decoded === "string" ? decoded : raw;
  } catch {
    return raw;
  }
}
function shownAsIs(key, value) {
  if (key === "user" || key === "name") return userNameProblem(value) === void 0;
  if (key === "sessionKeyId") return SESSION_KEY_ID.test(value);
  if (key === "cv") return CREDENTIAL_VERSION.test(value);
  return false;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/rotate/stored-tokens.ts
function validateTokens(list, fail) {
  if (!Array.isArray(list)) return fail('expected "tokens" to be a list');
  const tokens = [];
  list.forEach((entry, i) => {
    const where = `tokens[${i}]`;
    if (!isRecord2(entry)) return fail(`${where}: expected an object with name, token, createdAt`);
    const name = entry.name;
    if (typeof name !== "string") return fail(`${where}.name: must be a string`);
    const nameProblem = userNameProblem(name);
    if (nameProblem !== void 0)
      return fail(`${where}.name: ${nameProblem.replace("user name", "token name")}`);
    const token = entry.token;
    if (typeof token !== "string") return fail(`${where}.token: must be a string`);
    const problem = tokenValueProblem(token);
    if (problem !== void 0) return fail(`${where}.token: ${problem}`);
    const createdAt = entry.createdAt;
    if (typeof createdAt !== "string" || Number.isNaN(Date.parse(createdAt))) {
      return fail(`${where}.createdAt: must be an ISO 8601 date`);
    }
    if (tokens.some((t) => t.name === name)) {
      return fail(`${where}.name: the same token as an earlier entry (one value per name)`);
    }
    tokens.push({ name, token, createdAt });
  });
  return sortTokens(tokens);
}
function sortTokens(tokens) {
  return [...tokens].sort((a, b) => compareStrings(a.name, b.name));
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/rotate/secret-format.ts
var USERS_SECRET_VERSION = 1;
var SECRET_STRING_LIMIT = 65536;
var DEFAULT_SESSION_KEY_ID = "1";
var EMPTY_USERS = { version: USERS_SECRET_VERSION, users: [], retired: [] };
var UsersSecretFormatError = class extends Error {
  constructor(source, problem) {
    super(`${source}: ${problem}`);
    this.source = source;
    this.problem = problem;
    this.name = "UsersSecretFormatError";
  }
  source;
  problem;
};
function parseUsersSecret(text, source, mask) {
  for (const s of secretStrings(text)) mask(s);
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const position = /position (\d+)/.exec(e instanceof Error ? e.message : "")?.[1];
    throw new UsersSecretFormatError(
      source,
      `the value is not valid JSON${position === void 0 ? "" : ` (near character ${position})`}`
    );
  }
  return validateUsersState(value, source);
}
function validateUsersState(value, source) {
  const fail = (problem) => {
    throw new UsersSecretFormatError(source, problem);
  };
  if (!isRecord3(value)) return fail("expected a JSON object with version, users and retired");
  if (value.version !== USERS_SECRET_VERSION) {
    return fail(
      typeof value.version === "number" && value.version > USERS_SECRET_VERSION ? `version ${value.version} was written by a newer secure-dist action (this one reads version ${USERS_SECRET_VERSION}): update the action` : `expected "version": ${USERS_SECRET_VERSION}`
    );
  }
  if (!Array.isArray(value.users)) return fail('expected "users" to be a list');
  const sessionKeyId = value.sessionKeyId;
  if (sessionKeyId !== void 0 && (typeof sessionKeyId !== "string" || !SESSION_KEY_ID.test(sessionKeyId))) {
    return fail("sessionKeyId: must be 1 to 16 letters and digits");
  }
  const retiredValue = value.retired ?? [];
  if (!Array.isArray(retiredValue)) return fail('expected "retired" to be a list');
  const users = [];
  const seen = /* @__PURE__ */ new Map();
  value.users.forEach((entry, i) => {
    const where = `users[${i}]`;
    if (!isRecord3(entry))
      return fail(`${where}: expected an object with user, password, createdAt`);
    const user = checkUser(entry.user, where, fail);
    const password = checkPassword(entry.password, user, where, fail);
    const createdAt = entry.createdAt;
    if (typeof createdAt !== "string" || Number.isNaN(Date.parse(createdAt))) {
      return fail(`${where}.createdAt: must be an ISO 8601 date`);
    }
    const cv = entry.cv;
    if (cv !== void 0 && (typeof cv !== "string" || !CREDENTIAL_VERSION.test(cv))) {
      return fail(`${where}.cv: must be 1 to 22 characters of A-Z, a-z, 0-9, _ and -`);
    }
    const first = seen.get(user);
    if (first !== void 0) {
      return fail(
        `${where}.user: the same user as users[${first}] (one current password per user)`
      );
    }
    seen.set(user, i);
    users.push(
      cv === void 0 ? { user, password, createdAt } : { user, password, createdAt, cv }
    );
  });
  const retired = [];
  retiredValue.forEach((entry, i) => {
    const where = `retired[${i}]`;
    if (!isRecord3(entry)) return fail(`${where}: expected an object with user, password, expires`);
    const user = checkUser(entry.user, where, fail);
    const password = checkPassword(entry.password, user, where, fail);
    const expires = entry.expires;
    if (typeof expires !== "number" || !Number.isSafeInteger(expires) || expires < 0) {
      return fail(`${where}.expires: must be whole epoch seconds`);
    }
    retired.push({ user, password, expires });
  });
  const tokens = validateTokens(value.tokens ?? [], fail);
  return {
    version: USERS_SECRET_VERSION,
    ...sessionKeyId === void 0 ? {} : { sessionKeyId },
    users: sortUsers(users),
    retired: sortRetired(retired),
    ...tokens.length > 0 ? { tokens } : {}
  };
}
function serializeUsersSecret(state) {
  const text = JSON.stringify(
    {
      version: USERS_SECRET_VERSION,
      ...state.sessionKeyId === void 0 ? {} : { sessionKeyId: state.sessionKeyId },
      users: sortUsers(state.users).map((u) => ({
        user: u.user,
        password: u.password,
        createdAt: u.createdAt,
        ...u.cv === void 0 ? {} : { cv: u.cv }
      })),
      retired: sortRetired(state.retired).map((r) => ({
        user: r.user,
        password: r.password,
        expires: r.expires
      })),
      ...state.tokens !== void 0 && state.tokens.length > 0 ? {
        tokens: sortTokens(state.tokens).map((t) => ({
          name: t.name,
          token: t.token,
          createdAt: t.createdAt
        }))
      } : {}
    },
    null,
    2
  );
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > SECRET_STRING_LIMIT) {
    throw new RotationError(
      `the users secret would be ${bytes} bytes, over Secrets Manager's limit of ${SECRET_STRING_LIMIT}: remove users or shorten \`rotation-grace-period\``
    );
  }
  return text;
}
function sameUsersState(a, b) {
  return serializeUnchecked(a ?? EMPTY_USERS) === serializeUnchecked(b ?? EMPTY_USERS);
}
function sortUsers(users) {
  return [...users].sort((a, b) => compareStrings(a.user, b.user));
}
function sortRetired(retired) {
  return [...retired].sort(
    (a, b) => compareStrings(a.user, b.user) || a.expires - b.expires || compareStrings(a.password, b.password)
  );
}
function isRecord3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function checkUser(value, where, fail) {
  if (typeof value !== "string") return fail(`${where}.user: must be a string`);
  const problem = userNameProblem(value);
  if (problem === void 0) return value;
  return fail(
    value.includes(":") ? `${where}.user: ${problem}; was "user:password" written into it? The password goes in "password"` : `${where}.user: ${problem}`
  );
}
function checkPassword(value, user, where, fail) {
  if (typeof value !== "string") return fail(`${where}.password: must be a string`);
  const problem = passwordProblem(value, user);
  return problem === void 0 ? value : fail(`${where}.password: ${problem}`);
}
function serializeUnchecked(state) {
  return JSON.stringify([
    state.sessionKeyId ?? null,
    sortUsers(state.users).map((u) => [u.user, u.password, u.createdAt, u.cv ?? null]),
    sortRetired(state.retired).map((r) => [r.user, r.password, r.expires]),
    sortTokens(state.tokens ?? []).map((t) => [t.name, t.token, t.createdAt])
  ]);
}

export {
  sortTokens,
  USERS_SECRET_VERSION,
  DEFAULT_SESSION_KEY_ID,
  EMPTY_USERS,
  parseUsersSecret,
  serializeUsersSecret,
  sameUsersState,
  sortUsers,
  sortRetired
};
