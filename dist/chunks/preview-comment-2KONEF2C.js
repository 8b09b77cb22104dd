import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  previewCommentMarker,
  renderPreviewComment,
  renderRemovedComment
} from "./chunk-RZBIXE2Y.js";
import "./chunk-Q6WDA5JW.js";
import "./chunk-D22ES55I.js";
import "./chunk-UUDKA7NK.js";
export {
  previewCommentMarker,
  renderPreviewComment,
  renderRemovedComment
};
