import { describe, expect, it } from '@jest/globals';
import { parseInputs } from '../src/inputs.js';

describe('jest runs TypeScript as ES modules', () => {
  it('parses inputs', () => {
    const inputs = parseInputs(() => '', { workspace: '/w' });
    expect(inputs.command).toBe('deploy');
    expect(inputs.contentDir).toBe('/w/content');
  });
});
