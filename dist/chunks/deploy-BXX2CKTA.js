import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  deployCommand,
  deployOptions,
  deployStacks,
  deploySummaryMarkdown,
  edgeCodeNote,
  planChangesOutput,
  planCommand,
  planReport,
  planSiteContent,
  planSummaryMarkdown,
  siteConfigNote,
  siteInfo,
  siteOutputs,
  stackInput,
  syncDeployedSite
} from "./chunk-G4J3SGDI.js";
import "./chunk-JQU4YPGZ.js";
import "./chunk-NFHBT35A.js";
import "./chunk-K2FH5ZTW.js";
import "./chunk-MYOD7Q3R.js";
import "./chunk-AS6KOWFD.js";
import "./chunk-MGAK7Q3W.js";
import "./chunk-IT4OAERR.js";
import "./chunk-26JBDLYB.js";
import "./chunk-JF4YC73R.js";
import "./chunk-PDFFG6FQ.js";
import "./chunk-NEVWDQX3.js";
import "./chunk-BVQRH3CV.js";
import "./chunk-XTZQASZY.js";
import "./chunk-5QN63TKD.js";
import "./chunk-JNDCI63N.js";
import "./chunk-KYOWAUJZ.js";
import "./chunk-Y3OGFZ63.js";
import "./chunk-NZFEZEH7.js";
import "./chunk-PXDLMUJ4.js";
import "./chunk-SOL7IOYU.js";
import "./chunk-CP4RI5SQ.js";
import "./chunk-K5URBFBM.js";
import "./chunk-UKM5WMLN.js";
import "./chunk-D22ES55I.js";
import "./chunk-XCFNAXQZ.js";
import "./chunk-7ETXDB3S.js";
import "./chunk-6OYQYP35.js";
import "./chunk-I2U5RAZF.js";
import "./chunk-DLMDHKR3.js";
import "./chunk-ENLR6UGX.js";
import "./chunk-4HYRB2NO.js";
import "./chunk-UBJO4MIY.js";
import "./chunk-TXAZJPJQ.js";
import "./chunk-OUTO4LQ5.js";
import "./chunk-B24XUMLI.js";
import "./chunk-DINEOMRY.js";
import "./chunk-K3S6XDS2.js";
import "./chunk-ENM7MXJK.js";
import "./chunk-IRWZ55A6.js";
import "./chunk-A7WE35HY.js";
import "./chunk-FYMYVZR6.js";
import "./chunk-UUDKA7NK.js";
export {
  deployCommand,
  deployOptions,
  deployStacks,
  deploySummaryMarkdown,
  edgeCodeNote,
  planChangesOutput,
  planCommand,
  planReport,
  planSiteContent,
  planSummaryMarkdown,
  siteConfigNote,
  siteInfo,
  siteOutputs,
  stackInput,
  syncDeployedSite
};
