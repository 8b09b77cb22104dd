/**
 * Property tests of the bundled viewer-request handler: whatever the Authorization header, the
 * URI or the event, it never throws, never answers 5xx, never lets in a credential that is not
 * configured, and never forwards a URI with `..`/`.` segments, `//`, a backslash or a NUL.
 *
 * Deterministic in CI (issue 15 #8): every property runs with the fixed seeds in FIXED_SEEDS,
 * then once more with a random seed that is printed first (set FUZZ_SEED to replay one). A
 * counterexample a random seed once found is kept as an explicit test below.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { canonicalPath } from '../src/edge/core/index.js';
import {
  buildEdgeConfig,
  loadHandlerFromSource,
  renderEdgeCode,
  type EdgeHandler,
} from '../src/edge/config.js';
import {
  isGeneratedResponse,
  viewerRequestEvent,
  type CloudFrontRequestResult,
} from '../src/edge/events.js';

const USERS = [
  { user: 'alice', password: 'correct horse battery staple' },
  { user: 'bob', password: 'p:a:s:s' },
  { user: 'ünï', password: 'çødé' },
];
const VALID = `Basic ${Buffer.from('alice:correct horse battery staple').toString('base64')}`;

let handler: EdgeHandler;

/** Seeds every property runs with, in this order; the last one is random unless FUZZ_SEED is set. */
const FIXED_SEEDS = [20_261_129, -979_076_554];
const RANDOM_SEED =
  process.env.FUZZ_SEED !== undefined && process.env.FUZZ_SEED !== ''
    ? Number(process.env.FUZZ_SEED)
    : (Math.random() * 2 ** 32) | 0;
const SEEDS = [...FIXED_SEEDS, RANDOM_SEED];

/** Asserts the property with each seed; a failure names the seed (replay with FUZZ_SEED). */
async function check<T>(property: fc.IAsyncProperty<T>, numRuns: number): Promise<void> {
  for (const seed of SEEDS) {
    try {
      await fc.assert(property, { seed, numRuns });
    } catch (e) {
      throw new Error(
        `property failed with seed ${seed} (replay: FUZZ_SEED=${seed} npm test -- __tests__/edge-fuzz.test.ts): ${e instanceof Error ? e.message : String(e)}`,
        { cause: e },
      );
    }
  }
}

beforeAll(() => {
  process.stdout.write(
    `edge-fuzz: seeds ${FIXED_SEEDS.join(', ')} and random seed ${RANDOM_SEED} (replay: FUZZ_SEED=${RANDOM_SEED})\n`,
  );
  const code = renderEdgeCode(buildEdgeConfig({ scope: 'fuzz', realm: 'Fuzz', users: USERS }));
  handler = loadHandlerFromSource(code, { now: () => Date.UTC(2030, 0, 1) });
});

function isConfigured(user: string, password: string): boolean {
  return USERS.some(
    (u) => u.user === user.normalize('NFC') && u.password === password.normalize('NFC'),
  );
}

function status(result: CloudFrontRequestResult): string {
  return isGeneratedResponse(result) ? result.status : 'forwarded';
}

/** Checks a URI the handler forwarded, raw and segment by segment decoded. */
function expectSafeUri(uri: string): void {
  expect(uri.startsWith('/')).toBe(true);
  expect(uri).not.toContain('//');
  expect(uri).not.toContain('\\');
  expect(uri).not.toContain('\u0000');
  for (const segment of uri.slice(1).split('/')) {
    expect(segment).not.toBe('');
    const decoded = decodeURIComponent(segment);
    expect(['.', '..']).not.toContain(decoded);
    expect(decoded).not.toContain('/');
    expect(decoded).not.toContain('\\');
    expect(decoded).not.toContain('\u0000');
  }
}

describe('fuzzing the Authorization header', () => {
  it('answers 401 to arbitrary strings', async () => {
    await check(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })),
        fc.constantFrom('', 'Basic ', 'basic  ', 'BASIC\t'),
        async (value, prefix) => {
          const result = await handler(viewerRequestEvent({ authorization: prefix + value }));
          expect(status(result)).toBe('401');
        },
      ),
      300,
    );
  });

  it('lets in only configured user:password pairs, from random UTF-8', async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.constantFrom(...USERS.flatMap((u) => [u.user, u.password]), 'p:a:s', 's'),
    );
    await check(
      fc.asyncProperty(text, text, async (user, password) => {
        const authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
        const result = await handler(viewerRequestEvent({ authorization }));
        const configured = !user.includes(':') && isConfigured(user, password);
        expect(status(result)).toBe(configured ? 'forwarded' : '401');
      }),
      200,
    );
  });

  it('answers 401 to the base64 of random bytes', async () => {
    await check(
      fc.asyncProperty(fc.uint8Array({ maxLength: 64 }), async (bytes) => {
        const authorization = `Basic ${Buffer.from(bytes).toString('base64')}`;
        expect(status(await handler(viewerRequestEvent({ authorization })))).toBe('401');
      }),
      200,
    );
  });

  it('answers 401 to the counterexample of seed -979076554: [52, "A"] (a trailing NUL, issue 15 #8)', async () => {
    const value = `${VALID.slice(0, 52)}A${VALID.slice(53)}`;
    // The token stays canonical base64 and decodes to the valid credential plus one NUL byte,
    // which scrypt's HMAC would hash like the password without it.
    expect(Buffer.from(value.slice(6), 'base64').toString()).toBe(
      'alice:correct horse battery staple\u0000',
    );
    expect(status(await handler(viewerRequestEvent({ authorization: value })))).toBe('401');
  });

  it('answers 401 to a valid header with one character changed', async () => {
    await check(
      fc.asyncProperty(
        fc.nat({ max: VALID.length - 1 }),
        fc.string({ minLength: 1, maxLength: 1 }),
        async (at, replacement) => {
          const value = VALID.slice(0, at) + replacement + VALID.slice(at + 1);
          fc.pre(value !== VALID);
          const result = await handler(viewerRequestEvent({ authorization: value }));
          // Only the scheme's case and the separator may change without changing the credential.
          const same = /^basic[ \t]+/i.test(value) && value.split(/[ \t]+/)[1] === VALID.slice(6);
          expect(status(result)).toBe(same ? 'forwarded' : '401');
        },
      ),
      200,
    );
  });

  it('never throws on arbitrary events', async () => {
    await check(
      fc.asyncProperty(fc.anything({ withNullPrototype: true }), async (event) => {
        const result: unknown = await Reflect.apply(handler, undefined, [event]);
        expect(result).toMatchObject({ status: '401' });
      }),
      300,
    );
  });
});

describe('fuzzing the URI of an authenticated request', () => {
  const segment = fc.oneof(
    fc.constantFrom(
      '',
      '.',
      '..',
      '...',
      '%2e',
      '%2E%2e',
      '.%2e',
      '%2f',
      '%2F',
      '%5c',
      '\\',
      '%00',
      '\u0000',
      '%',
      '%zz',
      '%c0%ae',
      '%C3%A9',
      'a',
      'index.html',
      'b.css',
      '.hidden',
      'x.',
      '%20',
      '+',
    ),
    fc.string({ maxLength: 8 }),
    fc.string({ unit: 'binary', maxLength: 8 }),
  );
  const uri = fc.oneof(
    fc.array(segment, { maxLength: 8 }).map((parts) => `/${parts.join('/')}`),
    fc.webPath(),
    fc.string(),
  );

  it('forwards only safe URIs, or answers 400/404', async () => {
    await check(
      fc.asyncProperty(uri, async (raw) => {
        const result = await handler(viewerRequestEvent({ uri: raw, authorization: VALID }));
        if (isGeneratedResponse(result)) {
          expect(['400', '404']).toContain(result.status);
          return;
        }
        expectSafeUri(result.uri);
        expect(result.headers.authorization).toBeUndefined();
        if (raw.endsWith('/')) expect(result.uri.endsWith('/index.html')).toBe(true);
        // Canonical: forwarding the forwarded URI again gives the same URI.
        const again = await handler(viewerRequestEvent({ uri: result.uri, authorization: VALID }));
        expect(isGeneratedResponse(again) ? again.status : again.uri).toBe(result.uri);
      }),
      1000,
    );
  });

  it('maps every safe path to its key (extension or not), and a folder to its index.html', async () => {
    const safeSegment = fc.stringMatching(/^[A-Za-z0-9_~-]{1,10}(\.[a-z]{1,4})?$/);
    await check(
      fc.asyncProperty(
        fc.array(safeSegment, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        async (parts, folder) => {
          const path = `/${parts.join('/')}${folder ? '/' : ''}`;
          const result = await handler(viewerRequestEvent({ uri: path, authorization: VALID }));
          const key = folder ? `${parts.join('/')}/index.html` : parts.join('/');
          expect(isGeneratedResponse(result) ? result.status : result.uri).toBe(canonicalPath(key));
        },
      ),
      200,
    );
  });
});

describe('any UTF-8 user and password round-trip through the config', () => {
  it('accepts the configured credential in NFC or NFD, and rejects a changed password', async () => {
    const noControl = (s: string): boolean =>
      [...s].every((c) => c.charCodeAt(0) > 0x1f && c.charCodeAt(0) !== 0x7f);
    const user = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 8 })
      .filter((s) => !s.includes(':') && noControl(s) && s.normalize('NFC') !== '');
    const password = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
      .filter((s) => noControl(s));
    await check(
      fc.asyncProperty(user, password, async (u, p) => {
        const code = renderEdgeCode(
          buildEdgeConfig({ scope: 'round-trip', realm: 'R', users: [{ user: u, password: p }] }),
        );
        const h = loadHandlerFromSource(code);
        const header = (a: string, b: string): string =>
          `Basic ${Buffer.from(`${a}:${b}`).toString('base64')}`;
        for (const form of ['NFC', 'NFD'] as const) {
          const event = viewerRequestEvent({
            uri: '/x.txt',
            authorization: header(u.normalize(form), p.normalize(form)),
          });
          expect(status(await h(event))).toBe('forwarded');
        }
        const wrong = viewerRequestEvent({ authorization: header(u, `${p}x`) });
        expect(status(await h(wrong))).toBe('401');
      }),
      40,
    );
  });
});
