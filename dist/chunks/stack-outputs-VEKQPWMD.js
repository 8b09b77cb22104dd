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
} from "./chunk-MGAK7Q3W.js";
import "./chunk-XTZQASZY.js";
import "./chunk-5QN63TKD.js";
import "./chunk-Y3OGFZ63.js";
import "./chunk-I2U5RAZF.js";
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
  findStack,
  findStackOutputs,
  isStackMissing,
  outputsOf,
  parametersOf,
  readStackOutputs,
  tagsOf
};
