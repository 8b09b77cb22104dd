import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  commenter,
  upsertComment,
  upsertPlanComment
} from "./chunk-AUPNLTZG.js";
import "./chunk-Q6WDA5JW.js";
import "./chunk-UUDKA7NK.js";
export {
  commenter,
  upsertComment,
  upsertPlanComment
};
