/**
 * `access` in secrets mode (issue 10): the users are known only when deploy or rotate reads
 * them, so `synthFor` checks the rules then and bakes them into the edge function; `plan`
 * (stand-in hashes, no users) renders them without the check.
 */
import { describe, expect, it } from '@jest/globals';
import { loadHandlerFromSource } from '../src/edge/config.js';
import { isGeneratedResponse, viewerRequestEvent } from '../src/edge/events.js';
import { synthFor } from '../src/commands/synth.js';
import { parseInputs } from '../src/inputs.js';

const inputs = (values: Record<string, string>) =>
  parseInputs((name) => values[name] ?? '', { workspace: '/repo' });

function zipFile(templateBody: string): string {
  const template = JSON.parse(templateBody) as {
    Resources: { EdgeFunction: { Properties: { Code: { ZipFile: string } } } };
  };
  return template.Resources.EdgeFunction.Properties.Code.ZipFile;
}

describe('access in secrets mode', () => {
  const secretsMode = inputs({ access: 'alice: /acme/**\nmallory: /m/**' });

  it('fails at deploy, naming access and the line, when a rule names a user the secret lacks', () => {
    expect(() => synthFor(secretsMode, [{ user: 'alice', password: 'pw' }])).toThrow(
      /^`access`: line 2: no user is named 'mallory'/,
    );
  });

  it('plan renders the rules with stand-ins, without the check', () => {
    const result = synthFor(secretsMode, [{ user: 'stand-in', password: 'x' }], true, true);
    expect(zipFile(result.edge.templateBody)).toContain('/m/**');
  });

  it('deploys the rules baked into the edge function, enforced on the users read', async () => {
    const ok = inputs({ access: 'alice: /acme/**' });
    const result = synthFor(ok, [
      { user: 'alice', password: 'pw-a' },
      { user: 'bob', password: 'pw-b' },
    ]);
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
