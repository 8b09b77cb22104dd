import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  COMMENT_LIMIT,
  chooseCommentAction,
  formatUtc,
  planCommentMarker,
  renderPlanComment
} from "./chunk-Q6WDA5JW.js";
import "./chunk-UUDKA7NK.js";
export {
  COMMENT_LIMIT,
  chooseCommentAction,
  formatUtc,
  planCommentMarker,
  renderPlanComment
};
