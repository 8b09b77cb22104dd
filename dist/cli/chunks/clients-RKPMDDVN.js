import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  ALL_SERVICES,
  EDGE_REGION,
  createClients,
  loadServices
} from "./chunk-LXPIKI64.js";
import "./chunk-BTKGYDG5.js";
import "./chunk-TKREE3G2.js";
import "./chunk-BGR4545Y.js";
import "./chunk-XYOHBLDN.js";
import "./chunk-FAGE2HAM.js";
import "./chunk-WD73ZK2Y.js";
import "./chunk-2DJPJY4Q.js";
import "./chunk-GY6VHYMS.js";
import "./chunk-6BROQMIV.js";
import "./chunk-T5JBUKYX.js";
import "./chunk-UUDKA7NK.js";
export {
  ALL_SERVICES,
  EDGE_REGION,
  createClients,
  loadServices
};
