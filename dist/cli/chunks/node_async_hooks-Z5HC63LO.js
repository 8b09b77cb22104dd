import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-UUDKA7NK.js";

// builtin:node:async_hooks
var require_node_async_hooks = __commonJS({
  "builtin:node:async_hooks"(exports, module) {
    module.exports = __require("node:async_hooks");
  }
});

// builtin-dynamic:node:async_hooks
var import_builtin_node_async_hooks = __toESM(require_node_async_hooks());
var node_async_hooks_default = import_builtin_node_async_hooks.default;
var { AsyncResource, asyncWrapProviders, createHook, executionAsyncId, executionAsyncResource, triggerAsyncId } = import_builtin_node_async_hooks.default;
export {
  AsyncResource,
  asyncWrapProviders,
  createHook,
  node_async_hooks_default as default,
  executionAsyncId,
  executionAsyncResource,
  triggerAsyncId
};
