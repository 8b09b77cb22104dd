/** Reads a stack's outputs (for `sync` without `bucket`, the site stack's bucket and distribution). */
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';

export async function readStackOutputs(
  client: CloudFormationClient,
  stackName: string,
  region: string,
): Promise<Record<string, string>> {
  let stack;
  try {
    const res = await client.send(new DescribeStacksCommand({ StackName: stackName }));
    stack = res.Stacks?.[0];
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/does not exist/.test(message)) stack = undefined;
    else
      throw new Error(`could not read stack '${stackName}' in ${region}: ${message}`, { cause: e });
  }
  if (stack === undefined) {
    throw new Error(
      `stack '${stackName}' does not exist in ${region}: run \`command: deploy\` first, ` +
        'or set `bucket` (and `distribution-id`) to sync into an existing bucket',
    );
  }
  const outputs: Record<string, string> = {};
  for (const o of stack.Outputs ?? []) {
    if (o.OutputKey !== undefined && o.OutputValue !== undefined)
      outputs[o.OutputKey] = o.OutputValue;
  }
  return outputs;
}
