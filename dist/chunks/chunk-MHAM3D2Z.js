import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  parseShareKeys,
  serializeShareKeys
} from "./chunk-GX3SEE4F.js";
import {
  errorName,
  secretError
} from "./chunk-YAPTHUYW.js";
import {
  CreateSecretCommand,
  GetSecretValueCommand,
  PutSecretValueCommand
} from "./chunk-RAED3ZZT.js";

// src/share/key-secret.ts
function shareSecretName(stackName) {
  return `${stackName}/share-key`;
}
async function readShareKeys(client, name, region, setSecret) {
  let text;
  let versionId;
  try {
    const res = await client.send(new GetSecretValueCommand({ SecretId: name }));
    text = res.SecretString;
    versionId = res.VersionId;
  } catch (e) {
    if (errorName(e) === "ResourceNotFoundException") return void 0;
    throw secretError(e, name, region, "read", "secretsmanager:GetSecretValue");
  }
  if (text === void 0) {
    throw new Error(
      `secret '${name}' (${region}) holds binary data, not the share keys this action writes`
    );
  }
  setSecret(text);
  return { state: parseShareKeys(text, `secret '${name}' (${region})`, setSecret), versionId };
}
async function writeShareKeys(client, name, region, state, exists, clientRequestToken) {
  const SecretString = serializeShareKeys(state);
  try {
    if (!exists) {
      const res2 = await client.send(
        new CreateSecretCommand({
          Name: name,
          Description: "secure-dist share-link signing keys (written by the action; the site stack trusts their public keys)",
          SecretString,
          ClientRequestToken: clientRequestToken
        })
      );
      return res2.VersionId;
    }
    const res = await client.send(
      new PutSecretValueCommand({
        SecretId: name,
        SecretString,
        ClientRequestToken: clientRequestToken
      })
    );
    return res.VersionId;
  } catch (e) {
    throw secretError(
      e,
      name,
      region,
      "write",
      exists ? "secretsmanager:PutSecretValue" : "secretsmanager:CreateSecret"
    );
  }
}

export {
  shareSecretName,
  readShareKeys,
  writeShareKeys
};
