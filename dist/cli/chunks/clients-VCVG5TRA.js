import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  ALL_SERVICES,
  EDGE_REGION,
  createClients,
  loadServices
} from "./chunk-DB5I3JUB.js";
import "./chunk-3SQMA2BB.js";
import "./chunk-GWBJD3LA.js";
import "./chunk-7MQ27SVM.js";
import "./chunk-XYOHBLDN.js";
import "./chunk-FAGE2HAM.js";
import "./chunk-SIM72XPZ.js";
import "./chunk-NF6TWKQU.js";
import "./chunk-TSQ7NDGM.js";
import "./chunk-PBUIKM7H.js";
import "./chunk-K3S6XDS2.js";
import "./chunk-T5JBUKYX.js";
import "./chunk-UUDKA7NK.js";
export {
  ALL_SERVICES,
  EDGE_REGION,
  createClients,
  loadServices
};
