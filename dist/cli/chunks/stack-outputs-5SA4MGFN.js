import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  DescribeStacksCommand
} from "./chunk-EQEGLI4W.js";
import "./chunk-3SQMA2BB.js";
import "./chunk-7MQ27SVM.js";
import "./chunk-FAGE2HAM.js";
import "./chunk-SIM72XPZ.js";
import "./chunk-NF6TWKQU.js";
import "./chunk-TSQ7NDGM.js";
import "./chunk-PBUIKM7H.js";
import "./chunk-K3S6XDS2.js";
import "./chunk-T5JBUKYX.js";
import "./chunk-UUDKA7NK.js";

// src/aws/retry.ts
function errorName(e) {
  return e instanceof Error ? e.name : "";
}
function errorMessage(e) {
  return e instanceof Error ? e.message : String(e);
}

// src/aws/stack-outputs.ts
function isStackMissing(e) {
  return errorName(e) === "ValidationError" && /does not exist/i.test(errorMessage(e));
}
function outputsOf(stack) {
  const out = {};
  for (const o of stack.Outputs ?? []) {
    if (o.OutputKey !== void 0 && o.OutputValue !== void 0) out[o.OutputKey] = o.OutputValue;
  }
  return out;
}
function parametersOf(stack) {
  const out = {};
  for (const p of stack.Parameters ?? []) {
    if (p.ParameterKey !== void 0 && p.ParameterValue !== void 0) {
      out[p.ParameterKey] = p.ParameterValue;
    }
  }
  return out;
}
function tagsOf(stack) {
  const out = {};
  for (const t of stack.Tags ?? []) {
    if (t.Key !== void 0 && t.Value !== void 0) out[t.Key] = t.Value;
  }
  return out;
}
async function findStack(client, stackName, region) {
  try {
    const res = await client.send(new DescribeStacksCommand({ StackName: stackName }));
    const stack = res.Stacks?.[0];
    return stack === void 0 ? void 0 : { outputs: outputsOf(stack), parameters: parametersOf(stack), tags: tagsOf(stack) };
  } catch (e) {
    if (isStackMissing(e)) return void 0;
    throw new Error(`could not read stack '${stackName}' in ${region}: ${errorMessage(e)}`, {
      cause: e
    });
  }
}
async function findStackOutputs(client, stackName, region) {
  return (await findStack(client, stackName, region))?.outputs;
}
async function readStackOutputs(client, stackName, region) {
  const outputs = await findStackOutputs(client, stackName, region);
  if (outputs === void 0) {
    throw new Error(
      `stack '${stackName}' does not exist in ${region}: run \`command: deploy\` first, or set \`bucket\` (and \`distribution-id\`) in the site file to sync into an existing bucket`
    );
  }
  return outputs;
}
export {
  findStack,
  findStackOutputs,
  isStackMissing,
  outputsOf,
  parametersOf,
  readStackOutputs,
  tagsOf
};
