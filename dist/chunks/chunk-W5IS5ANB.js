import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  END_NO_SESSIONS
} from "./chunk-BLIXWCCM.js";
import {
  DEFAULT_SESSION_KEY_ID,
  EMPTY_USERS,
  USERS_SECRET_VERSION,
  sortRetired,
  sortTokens,
  sortUsers
} from "./chunk-CP4RI5SQ.js";
import {
  RotationError,
  compareStrings,
  passwordProblem,
  tokenValueProblem,
  userNameProblem
} from "./chunk-K5URBFBM.js";
import {
  require_node_crypto
} from "./chunk-BRIDDQXI.js";
import {
  __toESM
} from "./chunk-UUDKA7NK.js";

// src/rotate/session-ids.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
function generateCredentialVersion(random = import_node_crypto.randomBytes) {
  return random(16).toString("base64url");
}
function generateSessionKeyId(random = import_node_crypto.randomBytes) {
  return random(8).toString("hex");
}

// src/rotate/plan.ts
function planRotation(state, request) {
  const { graceSeconds, now } = request;
  if (!Number.isSafeInteger(graceSeconds) || graceSeconds < 0) {
    throw new RotationError(`the grace period must be whole seconds, got ${graceSeconds}`);
  }
  if (!Number.isFinite(now) || now < 0) throw new RotationError(`invalid clock value ${now}`);
  const base = pruneExpired(state ?? EMPTY_USERS, now);
  const removeUsers = [...new Set((request.removeUsers ?? []).map((u) => u.normalize("NFC")))];
  const rotateUsers = request.rotateUsers === void 0 ? void 0 : [...new Set(request.rotateUsers.map((u) => u.normalize("NFC")))];
  for (const user of [...removeUsers, ...rotateUsers ?? []]) {
    const problem = userNameProblem(user);
    if (problem !== void 0) throw new RotationError(`user '${user}': ${problem}`);
  }
  const conflict = rotateUsers?.find((u) => removeUsers.includes(u));
  if (conflict !== void 0) {
    throw new RotationError(`user '${conflict}' cannot be both rotated and removed`);
  }
  const exists = (user) => base.users.some((u) => u.user === user) || base.retired.some((r) => r.user === user);
  const removed = removeUsers.filter(exists).sort(compareStrings);
  const notFound = removeUsers.filter((u) => !exists(u)).sort(compareStrings);
  const users = base.users.filter((u) => !removeUsers.includes(u.user));
  const retired = base.retired.filter((r) => !removeUsers.includes(r.user));
  const targets = rotateUsers ?? users.map((u) => u.user);
  if (rotateUsers === void 0 && targets.length === 0 && removed.length === 0) {
    throw new RotationError(
      "there are no users to rotate yet: list them in `users` of the site file (users: [alice, bob]); rotate adds them"
    );
  }
  const newCv = request.generateCv ?? generateCredentialVersion;
  const endSessions = request.endSessions ?? END_NO_SESSIONS;
  const expires = Math.ceil(now / 1e3) + graceSeconds;
  const createdAt = new Date(now).toISOString();
  const rotated = [];
  const added = [];
  for (const user of targets) {
    const password = request.generate();
    const known = [
      ...users.filter((u) => u.user === user).map((u) => u.password),
      ...retired.filter((r) => r.user === user).map((r) => r.password)
    ];
    const problem = passwordProblem(password, user);
    if (problem !== void 0) {
      throw new RotationError(`the generated password of user '${user}': ${problem}`);
    }
    if (known.includes(password)) {
      throw new RotationError(
        `the generated password of user '${user}' is one the user already has`
      );
    }
    const i = users.findIndex((u) => u.user === user);
    const current = users[i];
    if (current !== void 0) {
      if (graceSeconds > 0) retired.push({ user, password: current.password, expires });
      users[i] = { user, password, createdAt, cv: newCv() };
      rotated.push(user);
    } else {
      users.push({ user, password, createdAt, cv: newCv() });
      added.push(user);
    }
  }
  const sessionsEnded = [];
  if (endSessions.kind === "users") {
    for (const name of endSessions.users) {
      const user = name.normalize("NFC");
      const i = users.findIndex((u) => u.user === user);
      const current = users[i];
      if (current === void 0) {
        throw new RotationError(`end-sessions: user '${user}' has no password to keep`);
      }
      if (targets.includes(user)) continue;
      users[i] = { ...current, cv: newCv() };
      sessionsEnded.push(user);
    }
  }
  const allSessionsEnded = endSessions.kind === "all";
  const sessionKeyId = allSessionsEnded ? (request.generateKeyId ?? generateSessionKeyId)() : base.sessionKeyId ?? DEFAULT_SESSION_KEY_ID;
  if (allSessionsEnded && sessionKeyId === (base.sessionKeyId ?? DEFAULT_SESSION_KEY_ID)) {
    throw new RotationError("end-sessions: the new session key id is the current one");
  }
  if (users.length === 0) {
    throw new RotationError(
      removed.length > 0 ? `removing ${removed.map((u) => `'${u}'`).join(", ")} would leave no users, and the site would let nobody in: keep at least one user in \`users\` of the site file (a new name there is added in the same run), or delete the stacks to take the site down` : "there are no users: list them in `users` of the site file (users: [alice, bob]); rotate adds them"
    );
  }
  return {
    next: {
      version: USERS_SECRET_VERSION,
      sessionKeyId,
      users: sortUsers(users),
      retired: sortRetired(retired)
    },
    rotated: rotated.sort(compareStrings),
    added: added.sort(compareStrings),
    removed,
    notFound,
    sessionsEnded: sessionsEnded.sort(compareStrings),
    allSessionsEnded,
    expiresAt: rotated.length > 0 && graceSeconds > 0 ? expires : void 0
  };
}
function pruneExpired(state, now) {
  return { ...state, retired: state.retired.filter((r) => r.expires * 1e3 > now) };
}

// src/rotate/edge-credentials.ts
function credentialsForEdge(state, now) {
  return withVersions(
    [
      ...state.users.map((u) => ({ user: u.user, password: u.password })),
      ...pruneExpired(state, now).retired.map((r) => ({
        user: r.user,
        password: r.password,
        expires: r.expires
      }))
    ],
    versionsOf(state)
  );
}
function versionsOf(state) {
  const versions = /* @__PURE__ */ new Map();
  for (const u of state.users) if (u.cv !== void 0) versions.set(u.user, u.cv);
  return versions;
}
function withVersions(credentials, versions) {
  return credentials.map(({ cv: _ignored, ...c }) => {
    const cv = versions.get(c.user);
    return cv === void 0 ? c : { ...c, cv };
  });
}
function credentialsDuringRotation(current, next, now) {
  const upcoming = credentialsForEdge(next, now);
  const inNext = new Set(upcoming.map(credentialKey));
  const leaving = current === void 0 ? [] : credentialsForEdge(current, now).filter((c) => !inNext.has(credentialKey(c)));
  const versions = new Map([
    ...current === void 0 ? [] : versionsOf(current),
    ...versionsOf(next)
  ]);
  return withVersions([...upcoming, ...leaving], versions);
}
function introducesPasswords(current, next, now) {
  const before = new Set(credentialsForEdge(current ?? EMPTY_USERS, now).map(credentialKey));
  return credentialsForEdge(next, now).some((c) => !before.has(credentialKey(c)));
}
function sameCredentials(a, b) {
  const canonical = (list) => JSON.stringify(
    list.map((c) => JSON.stringify([c.user, c.password, c.expires ?? null, c.cv ?? null])).sort()
  );
  return canonical(a) === canonical(b);
}
function credentialKey(c) {
  return `${c.user}\0${c.password}`;
}

// src/rotate/site-users.ts
function rotationRequestFor(state, siteUsers, selection, now) {
  const live = state === void 0 ? void 0 : pruneExpired(state, now);
  const active = new Set((live?.users ?? []).map((u) => u.user));
  const known = /* @__PURE__ */ new Set([...active, ...(live?.retired ?? []).map((r) => r.user)]);
  const wanted = new Set(siteUsers);
  const removeUsers = [...known].filter((u) => !wanted.has(u)).sort(compareStrings);
  const added = siteUsers.filter((u) => !active.has(u));
  const rotated = (selection ?? siteUsers).filter((u) => active.has(u) && wanted.has(u));
  return { rotateUsers: [.../* @__PURE__ */ new Set([...rotated, ...added])], removeUsers, added };
}
function credentialsOfSite(credentials, site, secret, warn) {
  const held = new Set(credentials.map((c) => c.user));
  const missing = site.users.filter((u) => !held.has(u));
  if (missing.length > 0) {
    throw new Error(
      `the users secret '${secret}' has no password for ${missing.map((u) => `'${u}'`).join(", ")}, whom \`users\` in ${site.file} lists: run \`command: rotate\` (it adds the file's new users with generated passwords and deploys them)`
    );
  }
  const extra = [...held].filter((u) => !site.users.includes(u)).sort(compareStrings);
  if (extra.length > 0) {
    warn(
      `the users secret '${secret}' has ${extra.map((u) => `'${u}'`).join(", ")}, whom \`users\` in ${site.file} no longer lists: they are not let in; \`command: rotate\` removes them from the secret`
    );
  }
  return credentials.filter((c) => site.users.includes(c.user));
}

// src/rotate/tokens.ts
var import_node_crypto2 = __toESM(require_node_crypto(), 1);
var TOKEN_BYTES = 32;
var TOKEN_VALUE_PREFIX = "sdt1_";
var TOKEN_ENTRY_PREFIX = "token:";
function generateToken(random = import_node_crypto2.randomBytes) {
  const bytes = random(TOKEN_BYTES);
  if (bytes.length !== TOKEN_BYTES) {
    throw new Error(`token generator: expected ${TOKEN_BYTES} random bytes, got ${bytes.length}`);
  }
  return TOKEN_VALUE_PREFIX + bytes.toString("base64url");
}
function splitTokenSelection(selection) {
  if (selection === void 0) return { users: void 0, tokens: [] };
  const tokens = selection.filter((e) => e.startsWith(TOKEN_ENTRY_PREFIX)).map((e) => e.slice(TOKEN_ENTRY_PREFIX.length));
  return { users: selection.filter((e) => !e.startsWith(TOKEN_ENTRY_PREFIX)), tokens };
}
function planTokens(current, siteNames, regenerate, now, generate) {
  for (const name of regenerate) {
    const problem = userNameProblem(name);
    if (problem !== void 0) {
      throw new RotationError(`token '${name}': ${problem.replace("user name", "token name")}`);
    }
    if (!siteNames.includes(name)) {
      throw new RotationError(
        `\`rotate-users\` names token '${name}', which \`automation-tokens\` of the site file does not list`
      );
    }
  }
  const createdAt = new Date(now).toISOString();
  const tokens = [];
  const added = [];
  const regenerated = [];
  for (const name of siteNames) {
    const stored = current.find((t) => t.name === name);
    if (stored !== void 0 && !regenerate.includes(name)) {
      tokens.push(stored);
      continue;
    }
    const token = generate();
    const problem = tokenValueProblem(token);
    if (problem !== void 0)
      throw new RotationError(`the new value of token '${name}': ${problem}`);
    if (stored !== void 0 && stored.token === token) {
      throw new RotationError(`the new value of token '${name}' is the one it has`);
    }
    tokens.push({ name, token, createdAt });
    (stored === void 0 ? added : regenerated).push(name);
  }
  const removed = current.map((t) => t.name).filter((n) => !siteNames.includes(n)).sort(compareStrings);
  return {
    tokens: sortTokens(tokens),
    added: added.sort(compareStrings),
    regenerated: regenerated.sort(compareStrings),
    removed
  };
}
function tokensForEdge(stored, site, warn) {
  const missing = site.filter((t) => !stored.some((s) => s.name === t.name)).map((t) => t.name);
  if (missing.length > 0) {
    warn(
      `automation token(s) ${missing.map((n) => `'${n}'`).join(", ")} have no value yet and are not let in: \`command: rotate\` generates them`
    );
  }
  return site.flatMap((t) => {
    const value = stored.find((s) => s.name === t.name);
    return value === void 0 ? [] : [{ name: t.name, token: value.token, globs: t.globs, expires: t.expires }];
  });
}
function tokensDuringRotation(current, next) {
  const values = new Set(next.map((t) => t.token));
  return [...next, ...current.filter((t) => !values.has(t.token))];
}
function introducesTokens(current, next) {
  const before = new Set(current.map((t) => t.token));
  return next.some((t) => !before.has(t.token));
}
function sameTokens(a, b) {
  const canonical = (list) => JSON.stringify(
    list.map((t) => JSON.stringify([t.name, t.token, t.globs ?? null, t.expires ?? null])).sort()
  );
  return canonical(a) === canonical(b);
}

export {
  planRotation,
  credentialsForEdge,
  credentialsDuringRotation,
  introducesPasswords,
  sameCredentials,
  rotationRequestFor,
  credentialsOfSite,
  generateToken,
  splitTokenSelection,
  planTokens,
  tokensForEdge,
  tokensDuringRotation,
  introducesTokens,
  sameTokens
};
