import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  deleteEdgeStack,
  deployFunctionCommand,
  deployFunctionStacks,
  functionUsers,
  planFunctionCommand,
  readPepper,
  storeArnOf,
  storeSummaryMarkdown,
  writeUsersToStore
} from "./chunk-QZAI2QW7.js";
import "./chunk-W5IS5ANB.js";
import "./chunk-BLIXWCCM.js";
import "./chunk-NFSSWAMZ.js";
import "./chunk-KTTSF67B.js";
import "./chunk-OZHE6KR6.js";
import "./chunk-GX3SEE4F.js";
import "./chunk-YAPTHUYW.js";
import "./chunk-3AXTJEKJ.js";
import "./chunk-BVQRH3CV.js";
import "./chunk-XG2Q2WMP.js";
import "./chunk-XTZQASZY.js";
import "./chunk-BWE3OU3Z.js";
import "./chunk-MYOD7Q3R.js";
import "./chunk-Y7ANTRJ3.js";
import "./chunk-BTJRBP5R.js";
import "./chunk-TC2EJGQS.js";
import "./chunk-RAED3ZZT.js";
import "./chunk-TGXHYTTM.js";
import "./chunk-67T7LNB4.js";
import "./chunk-ZAIL7KPR.js";
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
import "./chunk-DLMDHKR3.js";
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
  deleteEdgeStack,
  deployFunctionCommand,
  deployFunctionStacks,
  functionUsers,
  planFunctionCommand,
  readPepper,
  storeArnOf,
  storeSummaryMarkdown,
  writeUsersToStore
};
