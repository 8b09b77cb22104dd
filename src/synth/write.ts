/**
 * `synth`'s files: the two templates exactly as deploy sends them, their parameters in the
 * format `aws cloudformation … --parameters file://…` reads, a manifest, and a README. Same
 * result in ⇒ same bytes out (no timestamps).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceOf, type RenderedStack, type SynthResult } from './render.js';

export const SYNTH_FILES = [
  'edge.template.json',
  'edge.parameters.json',
  'site.template.json',
  'site.parameters.json',
  'manifest.json',
  'README.txt',
] as const;

/** Writes the rendered stacks into `outputDir` (created if needed); returns the paths written. */
export function writeSynth(result: SynthResult, outputDir: string): string[] {
  mkdirSync(outputDir, { recursive: true });
  const contents: Record<(typeof SYNTH_FILES)[number], string> = {
    'edge.template.json': result.edge.templateBody,
    'edge.parameters.json': `${JSON.stringify(result.edge.parameters, null, 2)}\n`,
    'site.template.json': result.site.templateBody,
    'site.parameters.json': `${JSON.stringify(result.site.parameters, null, 2)}\n`,
    'manifest.json': `${JSON.stringify(manifest(result), null, 2)}\n`,
    'README.txt': readme(result),
  };
  return SYNTH_FILES.map((name) => {
    const path = join(outputDir, name);
    writeFileSync(path, contents[name]);
    return path;
  });
}

function describeStack(stack: RenderedStack, file: string): object {
  return {
    stackName: stack.stackName,
    region: stack.region,
    template: `${file}.template.json`,
    parameters: `${file}.parameters.json`,
    templateBytes: Buffer.byteLength(stack.templateBody, 'utf8'),
    fingerprint: stack.fingerprint,
    resolvedAtDeploy: stack.resolvedAtDeploy,
  };
}

function manifest(result: SynthResult): object {
  return { edge: describeStack(result.edge, 'edge'), site: describeStack(result.site, 'site') };
}

function readme(result: SynthResult): string {
  const pending = result.site.resolvedAtDeploy.map((p) =>
    'outputKey' in p
      ? `  ${p.parameterKey}: not known offline; deploy reads output ${p.outputKey} of stack ` +
        `${p.fromStack} (${p.fromRegion}) once that stack is up.`
      : `  ${p.parameterKey}: not known offline; deploy reads ${sourceOf(p)} by its name.`,
  );
  return [
    'Rendered by secure-dist-action `synth`: what `deploy` sends to CloudFormation.',
    '',
    `edge.template.json    stack ${result.edge.stackName} in ${result.edge.region} (TemplateBody, byte for byte)`,
    `edge.parameters.json  its parameters`,
    `site.template.json    stack ${result.site.stackName} in ${result.site.region} (TemplateBody, byte for byte)`,
    `site.parameters.json  its parameters, except:`,
    ...pending,
    'manifest.json         stack names, regions, sizes, fingerprints',
    '',
    'Order: the edge stack first, then the site stack with the edge version ARN.',
    'The edge template embeds salted password hashes (never passwords): treat it as sensitive.',
    '',
  ].join('\n');
}
