import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  pathsUnder,
  resolveTarget,
  syncAndInvalidate
} from "./chunk-BWE3OU3Z.js";
import "./chunk-MYOD7Q3R.js";
import "./chunk-Y7ANTRJ3.js";
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
  pathsUnder,
  resolveTarget,
  syncAndInvalidate
};
