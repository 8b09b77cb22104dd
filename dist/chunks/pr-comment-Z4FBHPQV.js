import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  upsertComment,
  upsertPlanComment
} from "./chunk-PFMCTRG4.js";
import "./chunk-Q6WDA5JW.js";
import "./chunk-UUDKA7NK.js";
export {
  upsertComment,
  upsertPlanComment
};
