import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  cloudFormationRoleArn,
  permissionsBoundaryArn,
  requireUsers,
  synthCommand,
  synthFor,
  synthSummaryMarkdown
} from "./chunk-NZFEZEH7.js";
import "./chunk-PXDLMUJ4.js";
import "./chunk-SOL7IOYU.js";
import "./chunk-CP4RI5SQ.js";
import "./chunk-K5URBFBM.js";
import "./chunk-UKM5WMLN.js";
import "./chunk-D22ES55I.js";
import "./chunk-XCFNAXQZ.js";
import "./chunk-7ETXDB3S.js";
import "./chunk-K3S6XDS2.js";
import "./chunk-A7WE35HY.js";
import "./chunk-FYMYVZR6.js";
import "./chunk-UUDKA7NK.js";
export {
  cloudFormationRoleArn,
  permissionsBoundaryArn,
  requireUsers,
  synthCommand,
  synthFor,
  synthSummaryMarkdown
};
