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
} from "./chunk-QZYQJSCB.js";
import "./chunk-JDWLOOKV.js";
import "./chunk-UHUAHCQV.js";
import "./chunk-JQU4YPGZ.js";
import "./chunk-JIJYNNLS.js";
import "./chunk-AS6KOWFD.js";
import "./chunk-NSQCZHTL.js";
import "./chunk-IT4OAERR.js";
import "./chunk-5BSYEB4P.js";
import "./chunk-BVQRH3CV.js";
import "./chunk-XQZPGFII.js";
import "./chunk-OKG6DDTV.js";
import "./chunk-A52O6EIF.js";
import "./chunk-4RD2TGIY.js";
import "./chunk-ND5JMWQS.js";
import "./chunk-YZEKHBGW.js";
import "./chunk-H62I5HWJ.js";
import "./chunk-CP4RI5SQ.js";
import "./chunk-XTZQASZY.js";
import "./chunk-DLMDHKR3.js";
import "./chunk-BLIXWCCM.js";
import "./chunk-NFHBT35A.js";
import "./chunk-MYOD7Q3R.js";
import "./chunk-G5YMYUNM.js";
import "./chunk-JVX2FHWE.js";
import "./chunk-NEVWDQX3.js";
import "./chunk-33P7TVTU.js";
import "./chunk-K5URBFBM.js";
import "./chunk-EQYNO2FG.js";
import "./chunk-XCFNAXQZ.js";
import "./chunk-7ETXDB3S.js";
import "./chunk-HW4ABADX.js";
import "./chunk-6OYQYP35.js";
import "./chunk-I2U5RAZF.js";
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
