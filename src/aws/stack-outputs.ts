/** Reads a stack's outputs (for `sync` without `bucket`, the site stack's bucket and distribution). */
import {
  CloudFormationClient,
  DescribeStacksCommand,
  type Stack,
} from '@aws-sdk/client-cloudformation';
import { errorMessage, errorName } from './retry.js';

/** DescribeStacks (and DescribeStackEvents) name a missing stack with a ValidationError. */
export function isStackMissing(e: unknown): boolean {
  return errorName(e) === 'ValidationError' && /does not exist/i.test(errorMessage(e));
}

/** A stack's outputs by key. */
export function outputsOf(stack: Stack): Record<string, string> {
  const out: Record<string, string> = {};
  for (const o of stack.Outputs ?? []) {
    if (o.OutputKey !== undefined && o.OutputValue !== undefined) out[o.OutputKey] = o.OutputValue;
  }
  return out;
}

/** A stack's parameters by key (the values it was last deployed with; NoEcho ones are masked). */
export function parametersOf(stack: Stack): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of stack.Parameters ?? []) {
    if (p.ParameterKey !== undefined && p.ParameterValue !== undefined) {
      out[p.ParameterKey] = p.ParameterValue;
    }
  }
  return out;
}

/** A stack's tags by key. */
export function tagsOf(stack: Stack): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of stack.Tags ?? []) {
    if (t.Key !== undefined && t.Value !== undefined) out[t.Key] = t.Value;
  }
  return out;
}

export interface DeployedStack {
  readonly outputs: Record<string, string>;
  readonly parameters: Record<string, string>;
  readonly tags: Record<string, string>;
}

/** The stack's outputs, parameters and tags, or undefined when the stack does not exist. */
export async function findStack(
  client: CloudFormationClient,
  stackName: string,
  region: string,
): Promise<DeployedStack | undefined> {
  try {
    const res = await client.send(new DescribeStacksCommand({ StackName: stackName }));
    const stack = res.Stacks?.[0];
    return stack === undefined
      ? undefined
      : { outputs: outputsOf(stack), parameters: parametersOf(stack), tags: tagsOf(stack) };
  } catch (e) {
    if (isStackMissing(e)) return undefined;
    throw new Error(`could not read stack '${stackName}' in ${region}: ${errorMessage(e)}`, {
      cause: e,
    });
  }
}

/** The stack's outputs, or undefined when the stack does not exist. */
export async function findStackOutputs(
  client: CloudFormationClient,
  stackName: string,
  region: string,
): Promise<Record<string, string> | undefined> {
  return (await findStack(client, stackName, region))?.outputs;
}

/** The stack's outputs; a missing stack is an error that says what to do. */
export async function readStackOutputs(
  client: CloudFormationClient,
  stackName: string,
  region: string,
): Promise<Record<string, string>> {
  const outputs = await findStackOutputs(client, stackName, region);
  if (outputs === undefined) {
    throw new Error(
      `stack '${stackName}' does not exist in ${region}: run \`command: deploy\` first, ` +
        'or set `bucket` (and `distribution-id`) in the site file to sync into an existing bucket',
    );
  }
  return outputs;
}
