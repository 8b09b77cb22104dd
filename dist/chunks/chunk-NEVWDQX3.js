import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-UUDKA7NK.js";

// builtin:events
var require_events = __commonJS({
  "builtin:events"(exports, module) {
    module.exports = __require("events");
  }
});

export {
  require_events
};
