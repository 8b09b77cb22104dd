import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-UUDKA7NK.js";

// builtin:node:path
var require_node_path = __commonJS({
  "builtin:node:path"(exports, module) {
    module.exports = __require("node:path");
  }
});

export {
  require_node_path
};
