/**
 * Share-link keys (issue 12): the key pairs whose public halves the site stack's key group
 * trusts, and the pure planning of their life: created on the first deploy with
 * `share-links: true`, rotated (`share-key-rotate: true`: a new key signs, the old one stays
 * trusted for the longest link lifetime, then drops out), revoked (`share-key-rotate: revoke`:
 * a new key, every older one dropped at once, so every link signed before stops working).
 *
 * Keys: RSA 2048. CloudFront "supports signed URLs and signed cookies with RSA 2048 or ECDSA
 * 256 key signatures" (CloudFormation, AWS::CloudFront::PublicKey PublicKeyConfig:
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-publickey-publickeyconfig.html),
 * and the public key is given as PEM with its `-----BEGIN PUBLIC KEY-----` lines (the
 * SubjectPublicKeyInfo form `openssl rsa -pubout` writes; AWS CDK, PublicKeyProps.encodedKey:
 * https://docs.aws.amazon.com/cdk/api/v1/docs/@aws-cdk_aws-cloudfront.PublicKeyProps.html).
 * node:crypto writes exactly that with `publicKeyEncoding: { type: 'spki', format: 'pem' }`.
 * The private key is PKCS#8 PEM, which node:crypto's signer (and so @aws-sdk/cloudfront-signer)
 * reads; it lives only in the Secrets Manager secret `<stack-name>/share-key` in the site's
 * region (key-secret.ts), never in a template, a log, an output or an error.
 *
 * Slots: the site template has three public-key slots, A, B and C (parameters ShareKeyA…C),
 * and a key keeps its slot for life, so a rotation never changes the encoded key of a deployed
 * `AWS::CloudFront::PublicKey` (the CloudFront API cannot: "the only value you can change is
 * the comment", UpdatePublicKey). A new key takes the next slot, in the order A, B, C, A, that
 * no key of the secret holds; at most two keys are trusted at a time (the signing key and one
 * retiring key), so one slot is always free.
 */
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import type { ShareKeyParameters } from '../synth/index.js';

export const SHARE_SLOTS = ['A', 'B', 'C'] as const;
export type ShareSlot = (typeof SHARE_SLOTS)[number];

/**
 * The longest link lifetime (`expires-in`), in seconds: 30 days. A rotated key stays in the
 * key group this long after the rotation, so every link it signed can run its course.
 */
export const MAX_LINK_SECONDS = 30 * 86_400;

export interface ShareKey {
  readonly slot: ShareSlot;
  /** PKCS#8 PEM. Secret. */
  readonly privateKey: string;
  /** SubjectPublicKeyInfo PEM (what the key group trusts). */
  readonly publicKey: string;
  /** Epoch seconds. */
  readonly createdAt: number;
  /** Epoch seconds from which the key is no longer trusted (a rotated key); none = signing key. */
  readonly retireAt?: number | undefined;
}

/** The value of the secret `<stack-name>/share-key`. */
export interface ShareKeyState {
  readonly version: 1;
  /** The signing key (no `retireAt`) and at most one retiring key. */
  readonly keys: readonly ShareKey[];
}

export type ShareKeyMode = 'ensure' | 'rotate' | 'revoke';

export interface ShareKeyPlan {
  readonly next: ShareKeyState;
  /** The secret must be written (a key was added, retired or dropped). */
  readonly changed: boolean;
  /** The key added by this plan, if any. */
  readonly added: ShareSlot | undefined;
  /** Keys removed from the secret and the key group (expired retiring keys, or revoked). */
  readonly dropped: readonly ShareSlot[];
  /** A key that keeps being trusted until `until` (epoch seconds), after a rotation. */
  readonly retiring: { readonly slot: ShareSlot; readonly until: number } | undefined;
}

/** A fresh RSA 2048 key pair in the formats above. */
export function generateShareKey(slot: ShareSlot, now: number): ShareKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { slot, privateKey, publicKey, createdAt: Math.floor(now / 1000) };
}

/** The key that signs new links: the newest key without `retireAt`. */
export function signingKey(state: ShareKeyState): ShareKey | undefined {
  let found: ShareKey | undefined;
  for (const key of state.keys) {
    if (key.retireAt === undefined && (found === undefined || key.createdAt >= found.createdAt)) {
      found = key;
    }
  }
  return found;
}

/** The keys the key group trusts at `now` (epoch ms): the signing key and unexpired retiring ones. */
export function trustedKeys(state: ShareKeyState, now: number): ShareKey[] {
  const seconds = Math.floor(now / 1000);
  return state.keys.filter((k) => k.retireAt === undefined || seconds < k.retireAt);
}

/**
 * Site parameters ShareKeyA…C (the trusted public keys by slot, '' for an empty slot) and
 * ShareKeyCreated (their creation times, `-` for an empty slot).
 */
export function shareKeyParameters(
  state: ShareKeyState | undefined,
  now: number,
): ShareKeyParameters {
  const pem: Record<ShareSlot, string> = { A: '', B: '', C: '' };
  const created: Record<ShareSlot, string> = { A: '-', B: '-', C: '-' };
  for (const key of state === undefined ? [] : trustedKeys(state, now)) {
    pem[key.slot] = key.publicKey;
    created[key.slot] = String(key.createdAt);
  }
  return {
    ShareKeyA: pem.A,
    ShareKeyB: pem.B,
    ShareKeyC: pem.C,
    ShareKeyCreated: `${created.A},${created.B},${created.C}`,
  };
}

/**
 * What the secret holds next. `ensure` (every deploy with `share-links: true`) creates the
 * first key and drops retiring keys whose time is over; `rotate` adds a new signing key and
 * retires the current one for `MAX_LINK_SECONDS`; `revoke` adds a new signing key and drops
 * every other key. Throws, before anything changes, when a rotation would need a third
 * trusted key.
 */
export function planShareKeys(
  current: ShareKeyState | undefined,
  mode: ShareKeyMode,
  now: number,
  generate: (slot: ShareSlot, now: number) => ShareKey = generateShareKey,
): ShareKeyPlan {
  const seconds = Math.floor(now / 1000);
  const before = current?.keys ?? [];
  const kept = trustedKeys({ version: 1, keys: before }, now);
  const expired = before.filter((k) => !kept.includes(k)).map((k) => k.slot);
  const active = signingKey({ version: 1, keys: kept });

  if (mode === 'ensure') {
    if (active !== undefined) {
      return {
        next: { version: 1, keys: kept },
        changed: expired.length > 0,
        added: undefined,
        dropped: expired,
        retiring: undefined,
      };
    }
    const key = generate(nextSlot(before, undefined), now);
    return {
      next: { version: 1, keys: [...kept, key] },
      changed: true,
      added: key.slot,
      dropped: expired,
      retiring: undefined,
    };
  }

  const key = generate(nextSlot(before, active), now);
  if (mode === 'revoke') {
    return {
      next: { version: 1, keys: [key] },
      changed: true,
      added: key.slot,
      dropped: before.map((k) => k.slot),
      retiring: undefined,
    };
  }
  const stillRetiring = kept.find((k) => k.retireAt !== undefined);
  if (stillRetiring?.retireAt !== undefined) {
    throw new Error(
      `\`share-key-rotate\`: the key rotated out last time still checks links until ${iso(stillRetiring.retireAt)} ` +
        '(the longest link lifetime); rotate again after that, or use `share-key-rotate: revoke` to stop every ' +
        'link signed before now at once',
    );
  }
  const until = seconds + MAX_LINK_SECONDS;
  const retired = kept.map((k) => (k === active ? { ...k, retireAt: until } : k));
  return {
    next: { version: 1, keys: [...retired, key] },
    changed: true,
    added: key.slot,
    dropped: expired,
    retiring: active === undefined ? undefined : { slot: active.slot, until },
  };
}

/** The next slot after the signing key's (A, B, C, A…) that no key of the secret holds. */
function nextSlot(keys: readonly ShareKey[], active: ShareKey | undefined): ShareSlot {
  const start = active === undefined ? 0 : SHARE_SLOTS.indexOf(active.slot) + 1;
  const used = new Set(keys.map((k) => k.slot));
  for (let i = 0; i < SHARE_SLOTS.length; i += 1) {
    const slot = SHARE_SLOTS[(start + i) % SHARE_SLOTS.length];
    if (slot !== undefined && !used.has(slot)) return slot;
  }
  throw new Error(
    'share keys: every slot is taken (the secret holds three keys); use `share-key-rotate: revoke`',
  );
}

const iso = (seconds: number): string => new Date(seconds * 1000).toISOString();

/** The secret's JSON: keys in slot order. */
export function serializeShareKeys(state: ShareKeyState): string {
  const keys = [...state.keys]
    .sort((a, b) => (a.slot < b.slot ? -1 : a.slot > b.slot ? 1 : 0))
    .map((k) => ({
      slot: k.slot,
      createdAt: k.createdAt,
      ...(k.retireAt !== undefined ? { retireAt: k.retireAt } : {}),
      publicKey: k.publicKey,
      privateKey: k.privateKey,
    }));
  return JSON.stringify({ version: 1, keys });
}

/**
 * Parses the secret's JSON. Every private key is handed to `mask` before anything is checked,
 * and no error quotes a value: a malformed secret is reported by field, never by content.
 */
export function parseShareKeys(
  text: string,
  where: string,
  mask: (value: string) => void,
): ShareKeyState {
  const fail = (what: string): Error =>
    new Error(`${where} is not a share key list this action wrote: ${what}`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw fail('not JSON');
  }
  const list: unknown =
    typeof raw === 'object' && raw !== null && 'keys' in raw ? raw.keys : undefined;
  if (Array.isArray(list)) {
    for (const k of list) {
      if (typeof k === 'object' && k !== null && 'privateKey' in k) maskPem(k.privateKey, mask);
    }
  }
  if (typeof raw !== 'object' || raw === null || !('version' in raw) || raw.version !== 1) {
    throw fail('no `version: 1`');
  }
  if (!Array.isArray(list)) throw fail('no `keys` list');
  const keys: ShareKey[] = [];
  const slots = new Set<string>();
  list.forEach((k: unknown, i) => {
    const at = `keys[${i}]`;
    if (typeof k !== 'object' || k === null) throw fail(`${at} is not an object`);
    const slot = 'slot' in k ? k.slot : undefined;
    const found = SHARE_SLOTS.find((s) => s === slot);
    if (found === undefined || slots.has(found)) throw fail(`${at}.slot is not a free A, B or C`);
    slots.add(found);
    const privateKey = 'privateKey' in k ? k.privateKey : undefined;
    const publicKey = 'publicKey' in k ? k.publicKey : undefined;
    const createdAt = 'createdAt' in k ? k.createdAt : undefined;
    const retireAt = 'retireAt' in k ? k.retireAt : undefined;
    if (typeof privateKey !== 'string' || !privateKey.includes('PRIVATE KEY-----')) {
      throw fail(`${at}.privateKey is not a PEM private key`);
    }
    if (typeof publicKey !== 'string' || !publicKey.startsWith('-----BEGIN PUBLIC KEY-----')) {
      throw fail(`${at}.publicKey is not a PEM public key`);
    }
    if (typeof createdAt !== 'number' || !Number.isSafeInteger(createdAt)) {
      throw fail(`${at}.createdAt is not epoch seconds`);
    }
    if (
      retireAt !== undefined &&
      (typeof retireAt !== 'number' || !Number.isSafeInteger(retireAt))
    ) {
      throw fail(`${at}.retireAt is not epoch seconds`);
    }
    let derived: string;
    try {
      derived = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
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

/**
 * Masks a PEM in the log: the whole value and each of its base64 lines (the runner matches
 * masks line by line, so a multi-line value is masked through its lines).
 */
export function maskPem(pem: unknown, mask: (value: string) => void): void {
  if (typeof pem !== 'string' || pem === '') return;
  mask(pem);
  for (const line of pem.split(/\r?\n/)) {
    const text = line.trim();
    if (text !== '' && !text.startsWith('-----')) mask(text);
  }
}
