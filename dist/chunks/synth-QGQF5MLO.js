import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  cloudFormationRoleArn,
  permissionsBoundaryArn,
  requireUsers,
  synthCommand,
  synthFor,
  synthSummaryMarkdown
} from "./chunk-ZAIL7KPR.js";
import "./chunk-ZWPJB2DR.js";
import "./chunk-CFGTWJJ7.js";
import "./chunk-CP4RI5SQ.js";
import "./chunk-K5URBFBM.js";
import "./chunk-KDWBTRNX.js";
import "./chunk-EB33DZCY.js";
import "./chunk-L4JO2DNT.js";
import "./chunk-XCFNAXQZ.js";
import "./chunk-NEVWDQX3.js";
import "./chunk-4345OKVF.js";
import "./chunk-RLGDIOXE.js";
import "./chunk-NWQFEUD5.js";
import "./chunk-34XQ5ZXT.js";
import "./chunk-D2OMORO5.js";
import "./chunk-EL4RIFJI.js";
import "./chunk-UBJO4MIY.js";
import "./chunk-KOVUP25K.js";
import "./chunk-OJBRYGFU.js";
import "./chunk-LZPZB67I.js";
import "./chunk-26O5NJF2.js";
import "./chunk-K3S6XDS2.js";
import "./chunk-ZM3UPS5L.js";
import "./chunk-BRIDDQXI.js";
import "./chunk-UUDKA7NK.js";
export {
  cloudFormationRoleArn,
  permissionsBoundaryArn,
  requireUsers,
  synthCommand,
  synthFor,
  synthSummaryMarkdown
};
