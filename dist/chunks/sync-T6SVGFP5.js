import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  pathsUnder,
  resolveTarget,
  syncAndInvalidate
} from "./chunk-K2FH5ZTW.js";
import "./chunk-MYOD7Q3R.js";
import "./chunk-AS6KOWFD.js";
import "./chunk-PDFFG6FQ.js";
import "./chunk-NEVWDQX3.js";
import "./chunk-Y3OGFZ63.js";
import "./chunk-UKM5WMLN.js";
import "./chunk-D22ES55I.js";
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
  pathsUnder,
  resolveTarget,
  syncAndInvalidate
};
