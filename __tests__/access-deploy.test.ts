/**
 * `access` when the users live in Secrets Manager (issue 10, issue 21): the rules name the users
 * of the site file, which the loader checks; deploy then refuses a secret that lacks one of
 * them and bakes the rules into the edge function; `plan` (stand-in hashes) renders them with
 * the file's users and no password.
 */
import { edgeCodeOf } from './helpers/edge-code.js';
import { describe, expect, it } from '@jest/globals';
import { loadHandlerFromSource } from '../src/edge/config.js';
import { isGeneratedResponse, viewerRequestEvent } from '../src/edge/events.js';
import { synthFor } from '../src/commands/synth.js';
import { credentialsOfSite } from '../src/rotate/site-users.js';
import { runFrom, siteFrom } from './helpers/site.js';

const zipFile = (templateBody: string): string => edgeCodeOf(templateBody);

describe('access in secrets mode', () => {
  const secretsMode = siteFrom({
    users: ['alice', 'mallory'],
    access: { alice: '/acme/**', mallory: '/m/**' },
  });
  const run = runFrom({ command: 'deploy' });

  it('the site file refuses a rule naming a user it does not list, naming the file, line and key', () => {
    expect(() =>
      siteFrom({ users: ['alice'], access: { alice: '/acme/**', mallory: '/m/**' } }),
    ).toThrow(/^secure-dist\.yml:5: access\.mallory: no user is named 'mallory'/);
  });

  it('fails at deploy, naming the user, when the secret lacks one the rules (and the file) name', () => {
    const warnings: string[] = [];
    expect(() =>
      credentialsOfSite([{ user: 'alice', password: 'pw' }], secretsMode, 'docs/basic-auth', (m) =>
        warnings.push(m),
      ),
    ).toThrow(
      /^the users secret 'docs\/basic-auth' has no password for 'mallory', whom `users` in secure-dist\.yml lists: run `command: rotate`/,
    );
  });

  it("plan renders the rules with the file's users and stand-in hashes", () => {
    const result = synthFor(
      secretsMode,
      run,
      secretsMode.users.map((user) => ({ user, password: 'x' })),
      { standInHashes: true, usersInSecretsManager: true },
    );
    expect(zipFile(result.edge.templateBody)).toContain('/m/**');
  });

  it('deploys the rules baked into the edge function, enforced on the users read', async () => {
    const ok = siteFrom({ users: ['alice', 'bob'], access: { alice: '/acme/**' } });
    const result = synthFor(
      ok,
      run,
      [
        { user: 'alice', password: 'pw-a' },
        { user: 'bob', password: 'pw-b' },
      ],
      { usersInSecretsManager: true },
    );
    const handler = loadHandlerFromSource(zipFile(result.edge.templateBody));
    const get = async (user: string, password: string, uri: string) => {
      const r = await handler(
        viewerRequestEvent({
          uri,
          authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
        }),
      );
      return isGeneratedResponse(r) ? r.status : r.uri;
    };
    expect(await get('alice', 'pw-a', '/acme/x.pdf')).toBe('/acme/x.pdf');
    expect(await get('bob', 'pw-b', '/acme/x.pdf')).toBe('403');
    expect(await get('bob', 'wrong', '/acme/x.pdf')).toBe('401');
  });
});
