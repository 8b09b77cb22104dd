import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  require_node_http
} from "./chunk-TNCA7JEG.js";
import {
  __toESM
} from "./chunk-UUDKA7NK.js";

// builtin-dynamic:node:http
var import_builtin_node_http = __toESM(require_node_http());
var node_http_default = import_builtin_node_http.default;
var { Agent, ClientRequest, IncomingMessage, METHODS, OutgoingMessage, STATUS_CODES, Server, ServerResponse, _connectionListener, createServer, get, request, setGlobalProxyFromEnv, setMaxIdleHTTPParsers, validateHeaderName, validateHeaderValue } = import_builtin_node_http.default;
export {
  Agent,
  ClientRequest,
  IncomingMessage,
  METHODS,
  OutgoingMessage,
  STATUS_CODES,
  Server,
  ServerResponse,
  _connectionListener,
  createServer,
  node_http_default as default,
  get,
  request,
  setGlobalProxyFromEnv,
  setMaxIdleHTTPParsers,
  validateHeaderName,
  validateHeaderValue
};
