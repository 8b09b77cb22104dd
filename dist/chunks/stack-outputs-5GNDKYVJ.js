import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  findStack,
  findStackOutputs,
  isStackMissing,
  outputsOf,
  parametersOf,
  readStackOutputs,
  tagsOf
} from "./chunk-XG2Q2WMP.js";
import "./chunk-XTZQASZY.js";
import "./chunk-BTJRBP5R.js";
import "./chunk-RLGDIOXE.js";
import "./chunk-34XQ5ZXT.js";
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
  findStack,
  findStackOutputs,
  isStackMissing,
  outputsOf,
  parametersOf,
  readStackOutputs,
  tagsOf
};
