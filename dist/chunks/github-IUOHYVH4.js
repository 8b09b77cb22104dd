import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  context,
  getOctokit
} from "./chunk-HTHYABKK.js";
import "./chunk-SH2XPYZA.js";
import "./chunk-NEVWDQX3.js";
import "./chunk-ZJAKRWWQ.js";
import "./chunk-UBJO4MIY.js";
import "./chunk-BED33JMU.js";
import "./chunk-TNCA7JEG.js";
import "./chunk-BRIDDQXI.js";
import "./chunk-UUDKA7NK.js";
export {
  context,
  getOctokit
};
