import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  ENV_ACCOUNT_ID,
  ENV_CREDENTIAL_SCOPE,
  ENV_EXPIRATION,
  ENV_KEY,
  ENV_SECRET,
  ENV_SESSION,
  fromEnv
} from "./chunk-TXAZJPJQ.js";
import "./chunk-B24XUMLI.js";
import "./chunk-DINEOMRY.js";
import "./chunk-K3S6XDS2.js";
import "./chunk-ENM7MXJK.js";
import "./chunk-IRWZ55A6.js";
import "./chunk-A7WE35HY.js";
import "./chunk-FYMYVZR6.js";
import "./chunk-UUDKA7NK.js";
export {
  ENV_ACCOUNT_ID,
  ENV_CREDENTIAL_SCOPE,
  ENV_EXPIRATION,
  ENV_KEY,
  ENV_SECRET,
  ENV_SESSION,
  fromEnv
};
