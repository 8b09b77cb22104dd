import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  require_node_crypto
} from "./chunk-BRIDDQXI.js";
import {
  __toESM
} from "./chunk-UUDKA7NK.js";

// src/share/keys.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
var SHARE_SLOTS = ["A", "B", "C"];
var MAX_LINK_SECONDS = 30 * 86400;
function generateShareKey(slot, now) {
  const { privateKey, publicKey } = (0, import_node_crypto.generateKeyPairSync)("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" }
  });
  return { slot, privateKey, publicKey, createdAt: Math.floor(now / 1e3) };
}
function signingKey(state) {
  let found;
  for (const key of state.keys) {
    if (key.retireAt === void 0 && (found === void 0 || key.createdAt >= found.createdAt)) {
      found = key;
    }
  }
  return found;
}
function trustedKeys(state, now) {
  const seconds = Math.floor(now / 1e3);
  return state.keys.filter((k) => k.retireAt === void 0 || seconds < k.retireAt);
}
function shareKeyParameters(state, now) {
  const pem = { A: "", B: "", C: "" };
  const created = { A: "-", B: "-", C: "-" };
  for (const key of state === void 0 ? [] : trustedKeys(state, now)) {
    pem[key.slot] = key.publicKey;
    created[key.slot] = String(key.createdAt);
  }
  return {
    ShareKeyA: pem.A,
    ShareKeyB: pem.B,
    ShareKeyC: pem.C,
    ShareKeyCreated: `${created.A},${created.B},${created.C}`
  };
}
function planShareKeys(current, mode, now, generate = generateShareKey) {
  const seconds = Math.floor(now / 1e3);
  const before = current?.keys ?? [];
  const kept = trustedKeys({ version: 1, keys: before }, now);
  const expired = before.filter((k) => !kept.includes(k)).map((k) => k.slot);
  const active = signingKey({ version: 1, keys: kept });
  if (mode === "ensure") {
    if (active !== void 0) {
      return {
        next: { version: 1, keys: kept },
        changed: expired.length > 0,
        added: void 0,
        dropped: expired,
        retiring: void 0
      };
    }
    const key2 = generate(nextSlot(before, void 0), now);
    return {
      next: { version: 1, keys: [...kept, key2] },
      changed: true,
      added: key2.slot,
      dropped: expired,
      retiring: void 0
    };
  }
  const key = generate(nextSlot(before, active), now);
  if (mode === "revoke") {
    return {
      next: { version: 1, keys: [key] },
      changed: true,
      added: key.slot,
      dropped: before.map((k) => k.slot),
      retiring: void 0
    };
  }
  const stillRetiring = kept.find((k) => k.retireAt !== void 0);
  if (stillRetiring?.retireAt !== void 0) {
    throw new Error(
      `\`share-key-rotate\`: the key rotated out last time still checks links until ${iso(stillRetiring.retireAt)} (the longest link lifetime); rotate again after that, or use \`share-key-rotate: revoke\` to stop every link signed before now at once`
    );
  }
  const until = seconds + MAX_LINK_SECONDS;
  const retired = kept.map((k) => k === active ? { ...k, retireAt: until } : k);
  return {
    next: { version: 1, keys: [...retired, key] },
    changed: true,
    added: key.slot,
    dropped: expired,
    retiring: active === void 0 ? void 0 : { slot: active.slot, until }
  };
}
function nextSlot(keys, active) {
  const start = active === void 0 ? 0 : SHARE_SLOTS.indexOf(active.slot) + 1;
  const used = new Set(keys.map((k) => k.slot));
  for (let i = 0; i < SHARE_SLOTS.length; i += 1) {
    const slot = SHARE_SLOTS[(start + i) % SHARE_SLOTS.length];
    if (slot !== void 0 && !used.has(slot)) return slot;
  }
  throw new Error(
    "share keys: every slot is taken (the secret holds three keys); use `share-key-rotate: revoke`"
  );
}
var iso = (seconds) => new Date(seconds * 1e3).toISOString();
function serializeShareKeys(state) {
  const keys = [...state.keys].sort((a, b) => a.slot < b.slot ? -1 : a.slot > b.slot ? 1 : 0).map((k) => ({
    slot: k.slot,
    createdAt: k.createdAt,
    ...k.retireAt !== void 0 ? { retireAt: k.retireAt } : {},
    publicKey: k.publicKey,
    privateKey: k.privateKey
  }));
  return JSON.stringify({ version: 1, keys });
}
function parseShareKeys(text, where, mask) {
  const fail = (what) => new Error(`${where} is not a share key list this action wrote: ${what}`);
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    throw fail("not JSON");
  }
  const list = typeof raw === "object" && raw !== null && "keys" in raw ? raw.keys : void 0;
  if (Array.isArray(list)) {
    for (const k of list) {
      if (typeof k === "object" && k !== null && "privateKey" in k) maskPem(k.privateKey, mask);
    }
  }
  if (typeof raw !== "object" || raw === null || !("version" in raw) || raw.version !== 1) {
    throw fail("no `version: 1`");
  }
  if (!Array.isArray(list)) throw fail("no `keys` list");
  const keys = [];
  const slots = /* @__PURE__ */ new Set();
  list.forEach((k, i) => {
    const at = `keys[${i}]`;
    if (typeof k !== "object" || k === null) throw fail(`${at} is not an object`);
    const slot = "slot" in k ? k.slot : void 0;
    const found = SHARE_SLOTS.find((s) => s === slot);
    if (found === void 0 || slots.has(found)) throw fail(`${at}.slot is not a free A, B or C`);
    slots.add(found);
    const privateKey = "privateKey" in k ? k.privateKey : void 0;
    const publicKey = "publicKey" in k ? k.publicKey : void 0;
    const createdAt = "createdAt" in k ? k.createdAt : void 0;
    const retireAt = "retireAt" in k ? k.retireAt : void 0;
    if (typeof privateKey !== "string" || !privateKey.includes("PRIVATE KEY-----")) {
      throw fail(`${at}.privateKey is not a PEM private key`);
    }
    if (typeof publicKey !== "string" || !publicKey.startsWith("-----BEGIN PUBLIC KEY-----")) {
      throw fail(`${at}.publicKey is not a PEM public key`);
    }
    if (typeof createdAt !== "number" || !Number.isSafeInteger(createdAt)) {
      throw fail(`${at}.createdAt is not epoch seconds`);
    }
    if (retireAt !== void 0 && (typeof retireAt !== "number" || !Number.isSafeInteger(retireAt))) {
      throw fail(`${at}.retireAt is not epoch seconds`);
    }
    let derived;
    try {
      derived = (0, import_node_crypto.createPublicKey)(privateKey).export({ type: "spki", format: "pem" }).toString();
    } catch {
      throw fail(`${at}.privateKey cannot be read`);
    }
    if (derived.trim() !== publicKey.trim()) {
      throw fail(`${at}.publicKey is not the public half of its privateKey`);
    }
    keys.push({ slot: found, privateKey, publicKey, createdAt, retireAt });
  });
  return { version: 1, keys };
}
function maskPem(pem, mask) {
  if (typeof pem !== "string" || pem === "") return;
  mask(pem);
  for (const line of pem.split(/\r?\n/)) {
    const text = line.trim();
    if (text !== "" && !text.startsWith("-----")) mask(text);
  }
}

export {
  generateShareKey,
  signingKey,
  shareKeyParameters,
  planShareKeys,
  serializeShareKeys,
  parseShareKeys
};
