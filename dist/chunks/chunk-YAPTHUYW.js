import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  EDGE_REGION
} from "./chunk-3AXTJEKJ.js";
import {
  GetSecretValueCommand,
  PutSecretValueCommand
} from "./chunk-RAED3ZZT.js";
import {
  parseUsersSecret,
  serializeUsersSecret
} from "./chunk-CP4RI5SQ.js";

// src/aws/users-secret.ts
function secretName(stackName) {
  return `${stackName}/basic-auth`;
}
async function readUsersSecret(client, name, setSecret) {
  const region = await regionOf(client);
  let response;
  try {
    response = await client.send(new GetSecretValueCommand({ SecretId: name }));
  } catch (e) {
    if (errorName(e) === "ResourceNotFoundException") return void 0;
    throw secretError(e, name, region, "read", "secretsmanager:GetSecretValue");
  }
  const text = response.SecretString;
  if (text === void 0) {
    throw new Error(
      `secret '${name}' (${region}) holds binary data, not the JSON users list this action writes`
    );
  }
  const state = parseUsersSecret(text, `secret '${name}' (${region})`, setSecret);
  return { state, arn: response.ARN, versionId: response.VersionId };
}
async function writeUsersSecret(client, name, state, clientRequestToken) {
  if (!/^[\w-]{32,64}$/.test(clientRequestToken)) {
    throw new Error(
      `secret '${name}': a ClientRequestToken is 32 to 64 letters, digits, '-' or '_' (a UUID)`
    );
  }
  const secretString = serializeUsersSecret(state);
  const region = await regionOf(client);
  try {
    const response = await client.send(
      new PutSecretValueCommand({
        SecretId: name,
        SecretString: secretString,
        ClientRequestToken: clientRequestToken
      })
    );
    return { arn: response.ARN, versionId: response.VersionId };
  } catch (e) {
    if (errorName(e) === "ResourceNotFoundException") {
      throw new Error(
        `secret '${name}' (${region}) does not exist: the stack that owns it creates it when deployed with the users in Secrets Manager (\`basic-auth-users\` empty): the edge stack for \`<stack-name>/basic-auth\`, the site stack with \`edge: function\` for \`<stack-name>/users\`; was it deployed by this version of the action?`,
        { cause: e }
      );
    }
    throw secretError(e, name, region, "write", "secretsmanager:PutSecretValue");
  }
}
function errorName(e) {
  if (typeof e !== "object" || e === null || !("name" in e)) return void 0;
  return typeof e.name === "string" ? e.name : void 0;
}
function errorMessage(e) {
  if (typeof e === "object" && e !== null && "message" in e && typeof e.message === "string") {
    return e.message;
  }
  return String(e);
}
async function regionOf(client) {
  const region = client.config.region;
  return typeof region === "function" ? String(await region()) : String(region);
}
function secretError(e, name, region, verb, permission) {
  const code = errorName(e);
  const reason = errorMessage(e);
  const where = `secret '${name}' (${region})`;
  const cause = { cause: e };
  if (code === "AccessDeniedException" || code === "AccessDenied") {
    const matches = region === EDGE_REGION ? "its StackName matches `stack-name`" : "its StackName and SiteRegion match `stack-name` and `region`";
    return new Error(
      `could not ${verb} ${where}: access denied. The role needs ${permission} on arn:aws:secretsmanager:${region}:<account>:secret:${name}-?????? (the bootstrap stack's deploy role has it when ${matches}). AWS said: ${reason}`,
      cause
    );
  }
  if (code === "DecryptionFailure") {
    return new Error(
      `could not ${verb} ${where}: its KMS key refused to decrypt it (kms:Decrypt). AWS said: ${reason}`,
      cause
    );
  }
  if (code === "InvalidRequestException" && /deletion/i.test(reason)) {
    return new Error(
      `could not ${verb} ${where}: it is scheduled for deletion. Restore it (aws secretsmanager restore-secret --region ${region} --secret-id ${name}) or wait until it is gone. AWS said: ${reason}`,
      cause
    );
  }
  return new Error(`could not ${verb} ${where}: ${code ?? "error"}: ${reason}`, cause);
}

export {
  secretName,
  readUsersSecret,
  writeUsersSecret,
  errorName,
  secretError
};
