import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  cloudFormationRoleArn,
  permissionsBoundaryArn,
  requireUsers,
  synthCommand,
  synthFor,
  synthSummaryMarkdown
} from "./chunk-YZEKHBGW.js";
import "./chunk-H62I5HWJ.js";
import "./chunk-CP4RI5SQ.js";
import "./chunk-33P7TVTU.js";
import "./chunk-K5URBFBM.js";
import "./chunk-EQYNO2FG.js";
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
