#!/usr/bin/env node
import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import "./chunks/chunk-O3CGE3OK.js";
import {
  BUCKET_NAME_LIMIT,
  COPY_LIMIT,
  ContentDirError,
  CreateBucketCommand,
  DEFAULT_PREVIEW_EXPIRY_SECONDS,
  EDGE_KINDS,
  EDGE_REGION,
  GetObjectCommand,
  HeadBucketCommand,
  MAX_PREVIEW_EXPIRY_SECONDS,
  MAX_SESSION_LIFETIME_SECONDS,
  NOT_FOUND_PAGE_KEY,
  OWN_NOT_FOUND_PAGE_KEY,
  OWN_PAGES_PREFIX,
  PART_SIZE,
  PREVIEWS_PREFIX,
  RESERVED_PREFIX,
  cacheControlFor,
  checkContentDir,
  checkObjectSizes,
  compileGlob,
  createS3Client,
  deleteKeys,
  escapeForLog,
  hasNotFoundPage,
  hashBytes,
  hashFile,
  headObject,
  isGitPath,
  listObjects,
  loadContentTypes,
  maxStackNameForRegion,
  normalizeEtag,
  previewGoneContent,
  putText,
  readText,
  replaceHeaders,
  storedHeadersFor,
  uploadFile,
  uploadSettings,
  walkContentDir
} from "./chunks/chunk-DB5I3JUB.js";
import "./chunks/chunk-3SQMA2BB.js";
import "./chunks/chunk-GWBJD3LA.js";
import "./chunks/chunk-7MQ27SVM.js";
import {
  require_node_child_process,
  require_node_util
} from "./chunks/chunk-CGJSN5U7.js";
import "./chunks/chunk-XYOHBLDN.js";
import "./chunks/chunk-FAGE2HAM.js";
import "./chunks/chunk-SIM72XPZ.js";
import {
  require_node_http
} from "./chunks/chunk-TNCA7JEG.js";
import "./chunks/chunk-NF6TWKQU.js";
import "./chunks/chunk-TSQ7NDGM.js";
import {
  extendedEncodeURIComponent,
  require_node_os,
  require_promises
} from "./chunks/chunk-PBUIKM7H.js";
import {
  require_node_path
} from "./chunks/chunk-K3S6XDS2.js";
import {
  require_node_crypto,
  require_node_fs,
  require_node_stream
} from "./chunks/chunk-T5JBUKYX.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunks/chunk-UUDKA7NK.js";

// builtin:node:url
var require_node_url = __commonJS({
  "builtin:node:url"(exports, module) {
    module.exports = __require("node:url");
  }
});

// builtin:node:vm
var require_node_vm = __commonJS({
  "builtin:node:vm"(exports, module) {
    module.exports = __require("node:vm");
  }
});

// builtin:node:readline
var require_node_readline = __commonJS({
  "builtin:node:readline"(exports, module) {
    module.exports = __require("node:readline");
  }
});

// builtin:node:events
var require_node_events = __commonJS({
  "builtin:node:events"(exports, module) {
    module.exports = __require("node:events");
  }
});

// builtin:node:diagnostics_channel
var require_node_diagnostics_channel = __commonJS({
  "builtin:node:diagnostics_channel"(exports, module) {
    module.exports = __require("node:diagnostics_channel");
  }
});

// node_modules/hosted-git-info/node_modules/lru-cache/dist/commonjs/node/index.min.js
var require_index_min = __commonJS({
  "node_modules/hosted-git-info/node_modules/lru-cache/dist/commonjs/node/index.min.js"(exports) {
    "use strict";
    var x = (c, t) => () => (t || c((t = { exports: {} }).exports, t), t.exports);
    var I = x((W) => {
      "use strict";
      Object.defineProperty(W, "__esModule", { value: true });
      W.tracing = W.metrics = void 0;
      var U = require_node_diagnostics_channel();
      W.metrics = (0, U.channel)("lru-cache:metrics");
      W.tracing = (0, U.tracingChannel)("lru-cache");
    });
    var G = x((R) => {
      "use strict";
      Object.defineProperty(R, "__esModule", { value: true });
      R.defaultPerf = void 0;
      R.defaultPerf = typeof performance == "object" && performance && typeof performance.now == "function" ? performance : Date;
    });
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.LRUCache = void 0;
    var p = I();
    var B = G();
    var L = () => p.metrics.hasSubscribers || p.tracing.hasSubscribers;
    var k = /* @__PURE__ */ new Set();
    var P = typeof process == "object" && process ? process : {};
    var H = (c, t, i, e) => {
      typeof P.emitWarning == "function" ? P.emitWarning(c, t, i, e) : console.error(`[${i}] ${t}: ${c}`);
    };
    var N = (c) => !k.has(c);
    var E = (c) => !!c && c === Math.floor(c) && c > 0 && isFinite(c);
    var V = (c) => E(c) ? c <= Math.pow(2, 8) ? Uint8Array : c <= Math.pow(2, 16) ? Uint16Array : c <= Math.pow(2, 32) ? Uint32Array : c <= Number.MAX_SAFE_INTEGER ? D : null : null;
    var D = class extends Array {
      constructor(t) {
        super(t), this.fill(0);
      }
    };
    var M = class c {
      heap;
      length;
      static #o = false;
      static create(t) {
        let i = V(t);
        if (!i) return [];
        c.#o = true;
        let e = new c(t, i);
        return c.#o = false, e;
      }
      constructor(t, i) {
        if (!c.#o) throw new TypeError("instantiate Stack using Stack.create(n)");
        this.heap = new i(t), this.length = 0;
      }
      push(t) {
        this.heap[this.length++] = t;
      }
      pop() {
        return this.heap[--this.length];
      }
    };
    var j = class c {
      #o;
      #a;
      #m;
      #R;
      #b;
      #U;
      #I;
      #S;
      get perf() {
        return this.#S;
      }
      ttl;
      ttlResolution;
      ttlAutopurge;
      updateAgeOnGet;
      updateAgeOnHas;
      allowStale;
      noDisposeOnSet;
      noUpdateTTL;
      maxEntrySize;
      sizeCalculation;
      noDeleteOnFetchRejection;
      noDeleteOnStaleGet;
      allowStaleOnFetchAbort;
      allowStaleOnFetchRejection;
      ignoreFetchAbort;
      backgroundFetchSize;
      #n;
      #w = 0;
      #_;
      #s;
      #i;
      #t;
      #f;
      #u;
      #l;
      #h;
      #y;
      #r;
      #F;
      #T;
      #d;
      #g;
      #v;
      #G;
      #c;
      #C;
      static unsafeExposeInternals(t) {
        return { starts: t.#T, ttls: t.#d, autopurgeTimers: t.#g, sizes: t.#F, keyMap: t.#s, keyList: t.#i, valList: t.#t, next: t.#f, prev: t.#u, get head() {
          return t.#l;
        }, get tail() {
          return t.#h;
        }, free: t.#y, isBackgroundFetch: (i) => t.#e(i), backgroundFetch: (i, e, s, n) => t.#k(i, e, s, n), moveToTail: (i) => t.#x(i), indexes: (i) => t.#z(i), rindexes: (i) => t.#E(i), isStale: (i) => t.#p(i) };
      }
      get max() {
        return this.#o;
      }
      get maxSize() {
        return this.#a;
      }
      get calculatedSize() {
        return this.#_;
      }
      get size() {
        return this.#n;
      }
      get fetchMethod() {
        return this.#U;
      }
      get memoMethod() {
        return this.#I;
      }
      get dispose() {
        return this.#m;
      }
      get onInsert() {
        return this.#R;
      }
      get disposeAfter() {
        return this.#b;
      }
      constructor(t) {
        let { max: i = 0, ttl: e, ttlResolution: s = 1, ttlAutopurge: n, updateAgeOnGet: h, updateAgeOnHas: l, allowStale: r, dispose: o, onInsert: f, disposeAfter: a, noDisposeOnSet: T, noUpdateTTL: u, maxSize: m = 0, maxEntrySize: S = 0, sizeCalculation: A, fetchMethod: F, memoMethod: z, noDeleteOnFetchRejection: d, noDeleteOnStaleGet: b, allowStaleOnFetchRejection: g, allowStaleOnFetchAbort: _, ignoreFetchAbort: w, backgroundFetchSize: v = 1, perf: y } = t;
        if (v !== 0 && !E(v)) throw new TypeError("backgroundFetchSize must be a nonnegative integer");
        if (this.backgroundFetchSize = v, y !== void 0 && typeof y?.now != "function") throw new TypeError("perf option must have a now() method if specified");
        if (this.#S = y ?? B.defaultPerf, i !== 0 && !E(i)) throw new TypeError("max option must be a nonnegative integer");
        let O = i ? V(i) : Array;
        if (!O) throw new Error("invalid max value: " + i);
        if (this.#o = i, this.#a = m, this.maxEntrySize = S || this.#a, this.sizeCalculation = A, this.sizeCalculation) {
          if (!this.#a && !this.maxEntrySize) throw new TypeError("cannot set sizeCalculation without setting maxSize or maxEntrySize");
          if (typeof this.sizeCalculation != "function") throw new TypeError("sizeCalculation set to non-function");
        }
        if (z !== void 0 && typeof z != "function") throw new TypeError("memoMethod must be a function if defined");
        if (this.#I = z, F !== void 0 && typeof F != "function") throw new TypeError("fetchMethod must be a function if specified");
        if (this.#U = F, this.#G = !!F, this.#s = /* @__PURE__ */ new Map(), this.#i = Array.from({ length: i }).fill(void 0), this.#t = Array.from({ length: i }).fill(void 0), this.#f = new O(i), this.#u = new O(i), this.#l = 0, this.#h = 0, this.#y = M.create(i), this.#n = 0, this.#_ = 0, typeof o == "function" && (this.#m = o), typeof f == "function" && (this.#R = f), typeof a == "function" ? (this.#b = a, this.#r = []) : (this.#b = void 0, this.#r = void 0), this.#v = !!this.#m, this.#C = !!this.#R, this.#c = !!this.#b, this.noDisposeOnSet = !!T, this.noUpdateTTL = !!u, this.noDeleteOnFetchRejection = !!d, this.allowStaleOnFetchRejection = !!g, this.allowStaleOnFetchAbort = !!_, this.ignoreFetchAbort = !!w, this.maxEntrySize !== 0) {
          if (this.#a !== 0 && !E(this.#a)) throw new TypeError("maxSize must be a positive integer if specified");
          if (!E(this.maxEntrySize)) throw new TypeError("maxEntrySize must be a positive integer if specified");
          this.#Y();
        }
        if (this.allowStale = !!r, this.noDeleteOnStaleGet = !!b, this.updateAgeOnGet = !!h, this.updateAgeOnHas = !!l, this.ttlResolution = E(s) || s === 0 ? s : 1, this.ttlAutopurge = !!n, this.ttl = e || 0, this.ttl) {
          if (!E(this.ttl)) throw new TypeError("ttl must be a positive integer if specified");
          this.#V();
        }
        if (this.#o === 0 && this.ttl === 0 && this.#a === 0) throw new TypeError("At least one of max, maxSize, or ttl is required");
        if (!this.ttlAutopurge && !this.#o && !this.#a) {
          let C = "LRU_CACHE_UNBOUNDED";
          N(C) && (k.add(C), H("TTL caching without ttlAutopurge, max, or maxSize can result in unbounded memory consumption.", "UnboundedCacheWarning", C, c));
        }
      }
      getRemainingTTL(t) {
        return this.#s.has(t) ? 1 / 0 : 0;
      }
      #V() {
        let t = new D(this.#o), i = new D(this.#o);
        this.#d = t, this.#T = i;
        let e = this.ttlAutopurge ? Array.from({ length: this.#o }) : void 0;
        this.#g = e, this.#B = (r, o, f = this.#S.now()) => {
          i[r] = o !== 0 ? f : 0, t[r] = o, s(r, o);
        }, this.#L = (r) => {
          i[r] = t[r] !== 0 ? this.#S.now() : 0, s(r, t[r]);
        };
        let s = this.ttlAutopurge ? (r, o) => {
          if (e?.[r] && (clearTimeout(e[r]), e[r] = void 0), o && o !== 0 && e) {
            let f = Math.min(o + 1, 2147483647), a = setTimeout(() => {
              this.#p(r) ? (this.#A(this.#i[r], "expire"), e[r] = void 0) : s(r, l(r) || 1);
            }, f);
            a.unref && a.unref(), e[r] = a;
          }
        } : () => {
        };
        this.#O = (r, o) => {
          if (t[o]) {
            let f = t[o], a = i[o];
            if (!f || !a) return;
            r.ttl = f, r.start = a, r.now = n || h();
            let T = r.now - a;
            r.remainingTTL = f - T;
          }
        };
        let n = 0, h = () => {
          let r = this.#S.now();
          if (this.ttlResolution > 0) {
            n = r;
            let o = setTimeout(() => n = 0, this.ttlResolution);
            o.unref && o.unref();
          }
          return r;
        };
        this.getRemainingTTL = (r) => {
          let o = this.#s.get(r);
          return o === void 0 ? 0 : l(o);
        };
        let l = (r) => {
          let o = t[r], f = i[r];
          if (!o || !f) return 1 / 0;
          let a = (n || h()) - f;
          return o - a;
        };
        this.#p = (r) => {
          let o = i[r], f = t[r];
          return !!f && !!o && (n || h()) - o > f;
        };
      }
      #L = () => {
      };
      #O = () => {
      };
      #B = () => {
      };
      #p = () => false;
      #Y() {
        let t = new D(this.#o);
        this.#_ = 0, this.#F = t, this.#W = (i) => {
          this.#_ -= t[i], t[i] = 0;
        }, this.#H = (i, e, s, n) => {
          if (!E(s)) {
            if (this.#e(e)) return this.backgroundFetchSize;
            if (n) {
              if (typeof n != "function") throw new TypeError("sizeCalculation must be a function");
              if (s = n(e, i), !E(s)) throw new TypeError("sizeCalculation return invalid (expect positive integer)");
            } else throw new TypeError("invalid size value (must be positive integer). When maxSize or maxEntrySize is used, sizeCalculation or size must be set.");
          }
          return s;
        }, this.#M = (i, e, s) => {
          if (t[i] = e, this.#a) {
            let n = this.#a - t[i];
            for (; this.#_ > n; ) this.#P(true);
          }
          this.#_ += t[i], s && (s.entrySize = e, s.totalCalculatedSize = this.#_);
        };
      }
      #W = (t) => {
      };
      #M = (t, i, e) => {
      };
      #H = (t, i, e, s) => {
        if (e || s) throw new TypeError("cannot set size without setting maxSize or maxEntrySize on cache");
        return 0;
      };
      *#z({ allowStale: t = this.allowStale, once: i = true } = {}) {
        if (this.#n) {
          let e = this.#w, s = [], n;
          for (let h = this.#h; this.#N(h); ) {
            let l = false;
            if (i && (n === void 0 && e !== this.#w && (n = new Set(s)), n === void 0 ? s.push(h) : n.has(h) ? l = true : n.add(h)), !l && (t || !this.#p(h)) && (yield h), h === this.#l) break;
            h = this.#u[h];
          }
        }
      }
      *#E({ allowStale: t = this.allowStale, once: i = true } = {}) {
        if (this.#n) {
          let e = this.#w, s = [], n;
          for (let h = this.#l; this.#N(h); ) {
            let l = false;
            if (i && (n === void 0 && e !== this.#w && (n = new Set(s)), n === void 0 ? s.push(h) : n.has(h) ? l = true : n.add(h)), !l && (t || !this.#p(h)) && (yield h), h === this.#h) break;
            h = this.#f[h];
          }
        }
      }
      #N(t) {
        return t !== void 0 && this.#s.get(this.#i[t]) === t;
      }
      *entries() {
        for (let t of this.#z()) this.#t[t] !== void 0 && this.#i[t] !== void 0 && !this.#e(this.#t[t]) && (yield [this.#i[t], this.#t[t]]);
      }
      *rentries() {
        for (let t of this.#E()) this.#t[t] !== void 0 && this.#i[t] !== void 0 && !this.#e(this.#t[t]) && (yield [this.#i[t], this.#t[t]]);
      }
      *keys() {
        for (let t of this.#z()) {
          let i = this.#i[t];
          i !== void 0 && !this.#e(this.#t[t]) && (yield i);
        }
      }
      *rkeys() {
        for (let t of this.#E()) {
          let i = this.#i[t];
          i !== void 0 && !this.#e(this.#t[t]) && (yield i);
        }
      }
      *values() {
        for (let t of this.#z()) this.#t[t] !== void 0 && !this.#e(this.#t[t]) && (yield this.#t[t]);
      }
      *rvalues() {
        for (let t of this.#E()) this.#t[t] !== void 0 && !this.#e(this.#t[t]) && (yield this.#t[t]);
      }
      [Symbol.iterator]() {
        return this.entries();
      }
      [Symbol.toStringTag] = "LRUCache";
      find(t, i = {}) {
        for (let e of this.#z()) {
          let s = this.#t[e], n = this.#e(s) ? s.__staleWhileFetching : s;
          if (n !== void 0 && t(n, this.#i[e], this)) return this.#j(this.#i[e], i);
        }
      }
      forEach(t, i = this) {
        for (let e of this.#z()) {
          let s = this.#t[e], n = this.#e(s) ? s.__staleWhileFetching : s;
          n !== void 0 && t.call(i, n, this.#i[e], this);
        }
      }
      rforEach(t, i = this) {
        for (let e of this.#E()) {
          let s = this.#t[e], n = this.#e(s) ? s.__staleWhileFetching : s;
          n !== void 0 && t.call(i, n, this.#i[e], this);
        }
      }
      purgeStale() {
        let t = false;
        for (let i of this.#E({ allowStale: true, once: false })) this.#p(i) && (this.#A(this.#i[i], "expire"), t = true);
        return t;
      }
      info(t) {
        let i = this.#s.get(t);
        if (i === void 0) return;
        let e = this.#t[i], s = this.#e(e) ? e.__staleWhileFetching : e;
        if (s === void 0) return;
        let n = { value: s };
        if (this.#d && this.#T) {
          let h = this.#d[i], l = this.#T[i];
          if (h && l) {
            let r = h - (this.#S.now() - l);
            n.ttl = r, n.start = Date.now();
          }
        }
        return this.#F && (n.size = this.#F[i]), n;
      }
      dump() {
        let t = [];
        for (let i of this.#z({ allowStale: true })) {
          let e = this.#i[i], s = this.#t[i], n = this.#e(s) ? s.__staleWhileFetching : s;
          if (n === void 0 || e === void 0) continue;
          let h = { value: n };
          if (this.#d && this.#T) {
            h.ttl = this.#d[i];
            let l = this.#S.now() - this.#T[i];
            h.start = Math.floor(Date.now() - l);
          }
          this.#F && (h.size = this.#F[i]), t.unshift([e, h]);
        }
        return t;
      }
      load(t) {
        this.clear();
        for (let [i, e] of t) {
          let s = { ...e };
          if (s.start) {
            let n = Date.now() - s.start;
            s.start = this.#S.now() - n;
          }
          this.#D(i, e.value, s);
        }
      }
      set(t, i, e = {}) {
        let { status: s = p.metrics.hasSubscribers ? {} : void 0 } = e;
        s && (s.op = "set", s.key = t, i !== void 0 && (s.value = i), s.cache = this);
        let n = this.#D(t, i, e, void 0, s);
        return s && p.metrics.hasSubscribers && p.metrics.publish(s), n;
      }
      #D(t, i, e, s, n = e.status) {
        let { ttl: h = this.ttl, start: l, noDisposeOnSet: r = this.noDisposeOnSet, sizeCalculation: o = this.sizeCalculation } = e, f = this.#e(i);
        if (i === void 0) return n && (n.set = "deleted"), this.delete(t), this;
        let { noUpdateTTL: a = this.noUpdateTTL } = e;
        n && !f && (n.value = i);
        let T = this.#H(t, i, e.size || 0, o, n);
        if (this.maxEntrySize && T > this.maxEntrySize) return this.#A(t, "set"), n && (n.set = "miss", n.maxEntrySizeExceeded = true), this;
        let u = this.#n === 0 ? void 0 : this.#s.get(t);
        if (u === void 0) u = this.#n === 0 ? this.#h : this.#y.length !== 0 ? this.#y.pop() : this.#n === this.#o ? this.#P(false) : this.#n, this.#i[u] = t, this.#t[u] = i, this.#s.set(t, u), this.#f[this.#h] = u, this.#u[u] = this.#h, this.#h = u, this.#n++, this.#M(u, T, n), n && (n.set = "add"), a = false, this.#C && !f && this.#R?.(i, t, "add");
        else {
          this.#x(u);
          let m = this.#t[u];
          if (i !== m) {
            if (this.#e(m)) {
              if (m !== s && m.__abortController.abort(new Error("replaced")), !r) {
                let { __staleWhileFetching: S } = m;
                S !== void 0 && S !== i && (this.#v && this.#m?.(S, t, "set"), this.#c && this.#r?.push([S, t, "set"]));
              }
            } else r || (this.#v && this.#m?.(m, t, "set"), this.#c && this.#r?.push([m, t, "set"]));
            if (this.#W(u), this.#M(u, T, n), this.#t[u] = i, !f) {
              let S = m && this.#e(m) ? m.__staleWhileFetching : m, A = S === void 0 ? "add" : i !== S ? "replace" : "update";
              n && (n.set = A, S !== void 0 && (n.oldValue = S)), this.#C && this.onInsert?.(i, t, A);
            }
          } else f || (this.#W(u), this.#M(u, T, n), n && (n.set = "update"), this.#C && this.onInsert?.(i, t, "update"));
        }
        if (h !== 0 && !this.#d && this.#V(), this.#d && (a || this.#B(u, h, l), n && this.#O(n, u)), this.#c && this.#r) {
          let m = this.#r, S;
          for (; S = m?.shift(); ) this.#b?.(...S);
        }
        return this;
      }
      pop() {
        try {
          for (; this.#n; ) {
            let t = this.#t[this.#l];
            if (this.#P(true), this.#e(t)) {
              if (t.__staleWhileFetching !== void 0) return t.__staleWhileFetching;
            } else if (t !== void 0) return t;
          }
        } finally {
          if (this.#c && this.#r) {
            let t = this.#r, i;
            for (; i = t?.shift(); ) this.#b?.(...i);
          }
        }
      }
      #P(t) {
        let i = this.#l;
        this.#w++;
        let e = this.#i[i], s = this.#t[i], n = this.#e(s);
        n && s.__abortController.abort(new Error("evicted"));
        let h = n ? s.__staleWhileFetching : s;
        return (this.#v || this.#c) && h !== void 0 && (this.#v && this.#m?.(h, e, "evict"), this.#c && this.#r?.push([h, e, "evict"])), this.#W(i), this.#g?.[i] && (clearTimeout(this.#g[i]), this.#g[i] = void 0), t && (this.#i[i] = void 0, this.#t[i] = void 0, this.#y.push(i)), this.#n === 1 ? (this.#l = this.#h = 0, this.#y.length = 0) : this.#l = this.#f[i], this.#s.delete(e), this.#n--, i;
      }
      has(t, i = {}) {
        let { status: e = p.metrics.hasSubscribers ? {} : void 0 } = i;
        e && (e.op = "has", e.key = t, e.cache = this);
        let s = this.#J(t, i, e);
        return p.metrics.hasSubscribers && p.metrics.publish(e), s;
      }
      #J(t, i = {}, e = i.status) {
        let { updateAgeOnHas: s = this.updateAgeOnHas } = i, n = this.#s.get(t);
        if (n !== void 0) {
          let h = this.#t[n];
          if (this.#e(h) && h.__staleWhileFetching === void 0) return false;
          if (this.#p(n)) e && (e.has = "stale", this.#O(e, n));
          else return s && this.#L(n), e && (e.has = "hit", this.#O(e, n)), true;
        } else e && (e.has = "miss");
        return false;
      }
      peek(t, i = {}) {
        let { status: e = L() ? {} : void 0 } = i;
        e && (e.op = "peek", e.key = t, e.cache = this);
        let s = this.#K(t, i, e);
        return p.metrics.hasSubscribers && p.metrics.publish(e), s;
      }
      #K(t, i, e = i.status) {
        let { allowStale: s = this.allowStale } = i, n = this.#s.get(t);
        if (n === void 0 || !s && this.#p(n)) {
          e && (e.peek = n === void 0 ? "miss" : "stale");
          return;
        }
        let h = this.#t[n], l = this.#e(h) ? h.__staleWhileFetching : h;
        return e && (l !== void 0 ? (e.peek = "hit", e.value = l) : e.peek = "miss"), l;
      }
      #k(t, i, e, s) {
        let n = i === void 0 ? void 0 : this.#t[i];
        if (this.#e(n)) return n;
        let h = new AbortController(), { signal: l } = e, r = () => h.abort(l?.reason), o, f = () => {
          l?.removeEventListener("abort", r), o && h.signal.removeEventListener("abort", o);
        };
        l?.aborted ? h.abort(l.reason) : l?.addEventListener("abort", r);
        let a = { signal: h.signal, options: e, context: s }, T = (d, b = false) => {
          f();
          let { aborted: g } = h.signal, _ = e.ignoreFetchAbort && d !== void 0, w = e.ignoreFetchAbort || !!(e.allowStaleOnFetchAbort && d !== void 0);
          if (e.status && (g && !b ? (e.status.fetchAborted = true, e.status.fetchError = h.signal.reason, _ && (e.status.fetchAbortIgnored = true)) : e.status.fetchResolved = true), g && !_ && !b) return m(h.signal.reason, w);
          let v = F, y = this.#t[i];
          return (y === F || y === void 0 && _ && b) && (d === void 0 ? v.__staleWhileFetching !== void 0 ? this.#t[i] = v.__staleWhileFetching : this.#A(t, "fetch") : (e.status && (e.status.fetchUpdated = true), this.#D(t, d, a.options, v))), d;
        }, u = (d) => (f(), e.status && (e.status.fetchRejected = true, e.status.fetchError = d), m(d, false)), m = (d, b) => {
          let { aborted: g } = h.signal, _ = g && e.allowStaleOnFetchAbort, w = _ || e.allowStaleOnFetchRejection, v = w || e.noDeleteOnFetchRejection, y = F;
          if (this.#t[i] === F && (!v || y.__staleWhileFetching === void 0 && !(b && _) ? this.#A(t, "fetch") : _ || (this.#t[i] = y.__staleWhileFetching)), w) return e.status && y.__staleWhileFetching !== void 0 && (e.status.returnedStale = true), y.__staleWhileFetching;
          if (y.__returned === y) throw d;
        }, S = () => {
          if (this.#t[i] !== F) return;
          let d = F;
          (e.noDeleteOnFetchRejection || e.allowStaleOnFetchRejection) && d.__staleWhileFetching !== void 0 ? this.#t[i] = d.__staleWhileFetching : this.#A(t, "fetch");
        }, A = (d, b) => {
          let g = this.#U?.(t, n, a);
          o = () => {
            f(), (!e.ignoreFetchAbort || e.allowStaleOnFetchAbort) && (d(void 0), e.allowStaleOnFetchAbort && (d = (w) => T(w, true), b = S));
          };
          let _ = o;
          h.signal.addEventListener("abort", _), h.signal.aborted && _(), g && g instanceof Promise ? g.then((w) => d(w === void 0 ? void 0 : w), (w) => b(w)) : d(g === void 0 ? void 0 : g);
        };
        e.status && (e.status.fetchDispatched = true);
        let F = new Promise(A).then(T, u), z = Object.assign(F, { __abortController: h, __staleWhileFetching: n, __returned: void 0 });
        return i === void 0 ? (this.#D(t, z, { ...a.options, status: void 0 }), i = this.#s.get(t)) : this.#t[i] = z, z;
      }
      #e(t) {
        if (!this.#G) return false;
        let i = t;
        return !!i && i instanceof Promise && Object.hasOwn(i, "__staleWhileFetching") && i.__abortController instanceof AbortController;
      }
      fetch(t, i = {}) {
        let e = p.tracing.hasSubscribers, { status: s = L() ? {} : void 0 } = i;
        s && i.context && (s.context = i.context);
        let n = this.#q(t, i, s);
        return s && e && (s.trace = true, p.tracing.tracePromise(() => n, s).catch(() => {
        })), n;
      }
      async #q(t, i = {}, e = i.status) {
        let { allowStale: s = this.allowStale, updateAgeOnGet: n = this.updateAgeOnGet, noDeleteOnStaleGet: h = this.noDeleteOnStaleGet, ttl: l = this.ttl, noDisposeOnSet: r = this.noDisposeOnSet, size: o = 0, sizeCalculation: f = this.sizeCalculation, noUpdateTTL: a = this.noUpdateTTL, noDeleteOnFetchRejection: T = this.noDeleteOnFetchRejection, allowStaleOnFetchRejection: u = this.allowStaleOnFetchRejection, ignoreFetchAbort: m = this.ignoreFetchAbort, allowStaleOnFetchAbort: S = this.allowStaleOnFetchAbort, context: A, forceRefresh: F = false, signal: z } = i;
        if (e && (e.op = "fetch", e.key = t, F && (e.forceRefresh = true), e.cache = this), !this.#G) return e && (e.fetch = "get"), this.#j(t, { allowStale: s, updateAgeOnGet: n, noDeleteOnStaleGet: h, status: e });
        let d = { allowStale: s, updateAgeOnGet: n, noDeleteOnStaleGet: h, ttl: l, noDisposeOnSet: r, size: o, sizeCalculation: f, noUpdateTTL: a, noDeleteOnFetchRejection: T, allowStaleOnFetchRejection: u, allowStaleOnFetchAbort: S, ignoreFetchAbort: m, status: e, signal: z }, b = this.#s.get(t);
        if (b === void 0) {
          e && (e.fetch = "miss");
          let g = this.#k(t, b, d, A);
          return g.__returned = g;
        } else {
          let g = this.#t[b];
          if (this.#e(g)) {
            let O = s && g.__staleWhileFetching !== void 0;
            return e && (e.fetch = "inflight", O && (e.returnedStale = true)), O ? g.__staleWhileFetching : g.__returned = g;
          }
          let _ = this.#p(b);
          if (!F && !_) return e && (e.fetch = "hit"), this.#x(b), n && this.#L(b), e && this.#O(e, b), g;
          let w = this.#k(t, b, d, A), y = w.__staleWhileFetching !== void 0 && s;
          return e && (e.fetch = _ ? "stale" : "refresh", y && _ && (e.returnedStale = true)), y ? w.__staleWhileFetching : w.__returned = w;
        }
      }
      forceFetch(t, i = {}) {
        let e = p.tracing.hasSubscribers, { status: s = L() ? {} : void 0 } = i;
        s && i.context && (s.context = i.context);
        let n = this.#Q(t, i, s);
        return s && e && (s.trace = true, p.tracing.tracePromise(() => n, s).catch(() => {
        })), n;
      }
      async #Q(t, i = {}, e = i.status) {
        let s = await this.#q(t, i, e);
        if (s === void 0) throw new Error("fetch() returned undefined");
        return s;
      }
      memo(t, i = {}) {
        let { status: e = p.metrics.hasSubscribers ? {} : void 0 } = i;
        e && (e.op = "memo", e.key = t, i.context && (e.context = i.context), e.cache = this);
        let s = this.#Z(t, i, e);
        return e && (e.value = s), p.metrics.hasSubscribers && p.metrics.publish(e), s;
      }
      #Z(t, i = {}, e = i.status) {
        let s = this.#I;
        if (!s) throw new Error("no memoMethod provided to constructor");
        let { context: n, status: h = e, forceRefresh: l, ...r } = i;
        h && l && (h.forceRefresh = true);
        let o = this.#j(t, r), f = l || o === void 0;
        if (h && (h.memo = f ? "miss" : "hit", f || (h.value = o)), !f) return o;
        let a = s(t, o, { options: r, context: n });
        return h && (h.value = a), this.#D(t, a, r), a;
      }
      get(t, i = {}) {
        let { status: e = p.metrics.hasSubscribers ? {} : void 0 } = i;
        e && (e.op = "get", e.key = t, e.cache = this);
        let s = this.#j(t, i, e);
        return e && (s !== void 0 && (e.value = s), p.metrics.hasSubscribers && p.metrics.publish(e)), s;
      }
      #j(t, i = {}, e = i.status) {
        let { allowStale: s = this.allowStale, updateAgeOnGet: n = this.updateAgeOnGet, noDeleteOnStaleGet: h = this.noDeleteOnStaleGet } = i, l = this.#s.get(t);
        if (l === void 0) {
          e && (e.get = "miss");
          return;
        }
        let r = this.#t[l], o = this.#e(r);
        return e && this.#O(e, l), this.#p(l) ? o ? (e && (e.get = "stale-fetching"), s && r.__staleWhileFetching !== void 0 ? (e && (e.returnedStale = true), r.__staleWhileFetching) : void 0) : (h || this.#A(t, "expire"), e && (e.get = "stale"), s ? (e && (e.returnedStale = true), r) : void 0) : (e && (e.get = o ? "fetching" : "hit"), this.#x(l), n && this.#L(l), o ? r.__staleWhileFetching : r);
      }
      #$(t, i) {
        this.#u[i] = t, this.#f[t] = i;
      }
      #x(t) {
        t !== this.#h && (this.#w++, t === this.#l ? this.#l = this.#f[t] : this.#$(this.#u[t], this.#f[t]), this.#$(this.#h, t), this.#h = t);
      }
      delete(t) {
        return this.#A(t, "delete");
      }
      #A(t, i) {
        p.metrics.hasSubscribers && p.metrics.publish({ op: "delete", delete: i, key: t, cache: this });
        let e = false;
        if (this.#n !== 0) {
          let s = this.#s.get(t);
          if (s !== void 0) if (this.#g?.[s] && (clearTimeout(this.#g[s]), this.#g[s] = void 0), e = true, this.#w++, this.#n === 1) this.#X(i);
          else {
            this.#W(s);
            let n = this.#t[s], h = this.#e(n);
            h && n.__abortController.abort(new Error("deleted"));
            let l = h ? n.__staleWhileFetching : n;
            if (l !== void 0 && (this.#v || this.#c) && (this.#v && this.#m?.(l, t, i), this.#c && this.#r?.push([l, t, i])), this.#s.delete(t), this.#i[s] = void 0, this.#t[s] = void 0, s === this.#h) this.#h = this.#u[s];
            else if (s === this.#l) this.#l = this.#f[s];
            else {
              let r = this.#u[s];
              this.#f[r] = this.#f[s];
              let o = this.#f[s];
              this.#u[o] = this.#u[s];
            }
            this.#n--, this.#y.push(s);
          }
        }
        if (this.#c && this.#r?.length) {
          let s = this.#r, n;
          for (; n = s?.shift(); ) this.#b?.(...n);
        }
        return e;
      }
      clear() {
        return this.#X("delete");
      }
      #X(t) {
        this.#w++;
        for (let i of this.#E({ allowStale: true })) {
          let e = this.#t[i], s = this.#e(e);
          s && e.__abortController.abort(new Error("deleted"));
          let n = s ? e.__staleWhileFetching : e;
          if (n !== void 0) {
            let h = this.#i[i];
            this.#v && this.#m?.(n, h, t), this.#c && this.#r?.push([n, h, t]);
          }
        }
        if (this.#s.clear(), this.#t.fill(void 0), this.#i.fill(void 0), this.#d && this.#T) {
          this.#d.fill(0), this.#T.fill(0);
          for (let i of this.#g ?? []) i !== void 0 && clearTimeout(i);
          this.#g?.fill(void 0);
        }
        if (this.#F && this.#F.fill(0), this.#l = 0, this.#h = 0, this.#y.length = 0, this.#_ = 0, this.#n = 0, this.#c && this.#r) {
          let i = this.#r, e;
          for (; e = i?.shift(); ) this.#b?.(...e);
        }
      }
    };
    exports.LRUCache = j;
  }
});

// node_modules/hosted-git-info/lib/hosts.js
var require_hosts = __commonJS({
  "node_modules/hosted-git-info/lib/hosts.js"(exports, module) {
    "use strict";
    var maybeJoin = (...args) => args.every((arg) => arg) ? args.join("") : "";
    var maybeEncode = (arg) => arg ? encodeURIComponent(arg) : "";
    var formatHashFragment = (f) => f.toLowerCase().replace(/^\W+/g, "").replace(/(?<!\W)\W+$/, "").replace(/\//g, "").replace(/\W+/g, "-");
    var defaults = {
      sshtemplate: ({ domain, user, project, committish }) => `git@${domain}:${user}/${project}.git${maybeJoin("#", committish)}`,
      sshurltemplate: ({ domain, user, project, committish }) => `git+ssh://git@${domain}/${user}/${project}.git${maybeJoin("#", committish)}`,
      edittemplate: ({ domain, user, project, committish, editpath, path: path11 }) => `https://${domain}/${user}/${project}${maybeJoin("/", editpath, "/", maybeEncode(committish || "HEAD"), "/", path11)}`,
      browsetemplate: ({ domain, user, project, committish, treepath }) => `https://${domain}/${user}/${project}${maybeJoin("/", treepath, "/", maybeEncode(committish))}`,
      browsetreetemplate: ({ domain, user, project, committish, treepath, path: path11, fragment, hashformat }) => `https://${domain}/${user}/${project}/${treepath}/${maybeEncode(committish || "HEAD")}/${path11}${maybeJoin("#", hashformat(fragment || ""))}`,
      browseblobtemplate: ({ domain, user, project, committish, blobpath, path: path11, fragment, hashformat }) => `https://${domain}/${user}/${project}/${blobpath}/${maybeEncode(committish || "HEAD")}/${path11}${maybeJoin("#", hashformat(fragment || ""))}`,
      docstemplate: ({ domain, user, project, treepath, committish }) => `https://${domain}/${user}/${project}${maybeJoin("/", treepath, "/", maybeEncode(committish))}#readme`,
      httpstemplate: ({ auth, domain, user, project, committish }) => `git+https://${maybeJoin(auth, "@")}${domain}/${user}/${project}.git${maybeJoin("#", committish)}`,
      filetemplate: ({ domain, user, project, committish, path: path11 }) => `https://${domain}/${user}/${project}/raw/${maybeEncode(committish || "HEAD")}/${path11}`,
      shortcuttemplate: ({ type, user, project, committish }) => `${type}:${user}/${project}${maybeJoin("#", committish)}`,
      pathtemplate: ({ user, project, committish }) => `${user}/${project}${maybeJoin("#", committish)}`,
      bugstemplate: ({ domain, user, project }) => `https://${domain}/${user}/${project}/issues`,
      hashformat: formatHashFragment
    };
    var hosts = {};
    hosts.github = {
      // First two are insecure and generally shouldn't be used any more, but
      // they are still supported.
      protocols: ["git:", "http:", "git+ssh:", "git+https:", "ssh:", "https:"],
      domain: "github.com",
      treepath: "tree",
      blobpath: "blob",
      editpath: "edit",
      filetemplate: ({ auth, user, project, committish, path: path11 }) => `https://${maybeJoin(auth, "@")}raw.githubusercontent.com/${user}/${project}/${maybeEncode(committish || "HEAD")}/${path11}`,
      gittemplate: ({ auth, domain, user, project, committish }) => `git://${maybeJoin(auth, "@")}${domain}/${user}/${project}.git${maybeJoin("#", committish)}`,
      tarballtemplate: ({ domain, user, project, committish }) => `https://codeload.${domain}/${user}/${project}/tar.gz/${maybeEncode(committish || "HEAD")}`,
      extract: (url) => {
        let [, user, project, type, committish] = url.pathname.split("/", 5);
        if (type && type !== "tree") {
          return;
        }
        if (!type) {
          committish = url.hash.slice(1);
        }
        if (project && project.endsWith(".git")) {
          project = project.slice(0, -4);
        }
        if (!user || !project) {
          return;
        }
        return { user, project, committish };
      }
    };
    hosts.bitbucket = {
      protocols: ["git+ssh:", "git+https:", "ssh:", "https:"],
      domain: "bitbucket.org",
      treepath: "src",
      blobpath: "src",
      editpath: "?mode=edit",
      edittemplate: ({ domain, user, project, committish, treepath, path: path11, editpath }) => `https://${domain}/${user}/${project}${maybeJoin("/", treepath, "/", maybeEncode(committish || "HEAD"), "/", path11, editpath)}`,
      tarballtemplate: ({ domain, user, project, committish }) => `https://${domain}/${user}/${project}/get/${maybeEncode(committish || "HEAD")}.tar.gz`,
      extract: (url) => {
        let [, user, project, aux] = url.pathname.split("/", 4);
        if (["get"].includes(aux)) {
          return;
        }
        if (project && project.endsWith(".git")) {
          project = project.slice(0, -4);
        }
        if (!user || !project) {
          return;
        }
        return { user, project, committish: url.hash.slice(1) };
      }
    };
    hosts.gitlab = {
      protocols: ["git+ssh:", "git+https:", "ssh:", "https:"],
      domain: "gitlab.com",
      treepath: "tree",
      blobpath: "tree",
      editpath: "-/edit",
      tarballtemplate: ({ domain, user, project, committish }) => `https://${domain}/api/v4/projects/${maybeEncode(user + "/" + project)}/repository/archive.tar.gz?sha=${maybeEncode(committish || "HEAD")}`,
      extract: (url) => {
        const path11 = url.pathname.slice(1);
        if (path11.includes("/-/") || path11.includes("/archive.tar.gz")) {
          return;
        }
        const segments = path11.split("/");
        let project = segments.pop();
        if (project.endsWith(".git")) {
          project = project.slice(0, -4);
        }
        const user = segments.join("/");
        if (!user || !project) {
          return;
        }
        return { user, project, committish: url.hash.slice(1) };
      }
    };
    hosts.gist = {
      protocols: ["git:", "git+ssh:", "git+https:", "ssh:", "https:"],
      domain: "gist.github.com",
      editpath: "edit",
      sshtemplate: ({ domain, project, committish }) => `git@${domain}:${project}.git${maybeJoin("#", committish)}`,
      sshurltemplate: ({ domain, project, committish }) => `git+ssh://git@${domain}/${project}.git${maybeJoin("#", committish)}`,
      edittemplate: ({ domain, user, project, committish, editpath }) => `https://${domain}/${user}/${project}${maybeJoin("/", maybeEncode(committish))}/${editpath}`,
      browsetemplate: ({ domain, project, committish }) => `https://${domain}/${project}${maybeJoin("/", maybeEncode(committish))}`,
      browsetreetemplate: ({ domain, project, committish, path: path11, hashformat }) => `https://${domain}/${project}${maybeJoin("/", maybeEncode(committish))}${maybeJoin("#", hashformat(path11))}`,
      browseblobtemplate: ({ domain, project, committish, path: path11, hashformat }) => `https://${domain}/${project}${maybeJoin("/", maybeEncode(committish))}${maybeJoin("#", hashformat(path11))}`,
      docstemplate: ({ domain, project, committish }) => `https://${domain}/${project}${maybeJoin("/", maybeEncode(committish))}`,
      httpstemplate: ({ domain, project, committish }) => `git+https://${domain}/${project}.git${maybeJoin("#", committish)}`,
      filetemplate: ({ user, project, committish, path: path11 }) => `https://gist.githubusercontent.com/${user}/${project}/raw${maybeJoin("/", maybeEncode(committish))}/${path11}`,
      shortcuttemplate: ({ type, project, committish }) => `${type}:${project}${maybeJoin("#", committish)}`,
      pathtemplate: ({ project, committish }) => `${project}${maybeJoin("#", committish)}`,
      bugstemplate: ({ domain, project }) => `https://${domain}/${project}`,
      gittemplate: ({ domain, project, committish }) => `git://${domain}/${project}.git${maybeJoin("#", committish)}`,
      tarballtemplate: ({ project, committish }) => `https://codeload.github.com/gist/${project}/tar.gz/${maybeEncode(committish || "HEAD")}`,
      extract: (url) => {
        let [, user, project, aux] = url.pathname.split("/", 4);
        if (aux === "raw") {
          return;
        }
        if (!project) {
          if (!user) {
            return;
          }
          project = user;
          user = null;
        }
        if (project.endsWith(".git")) {
          project = project.slice(0, -4);
        }
        return { user, project, committish: url.hash.slice(1) };
      },
      hashformat: function(fragment) {
        return fragment && "file-" + formatHashFragment(fragment);
      }
    };
    hosts.sourcehut = {
      protocols: ["git+ssh:", "https:"],
      domain: "git.sr.ht",
      treepath: "tree",
      blobpath: "tree",
      filetemplate: ({ domain, user, project, committish, path: path11 }) => `https://${domain}/${user}/${project}/blob/${maybeEncode(committish) || "HEAD"}/${path11}`,
      httpstemplate: ({ domain, user, project, committish }) => `https://${domain}/${user}/${project}${maybeJoin("#", committish)}`,
      tarballtemplate: ({ domain, user, project, committish }) => `https://${domain}/${user}/${project}/archive/${maybeEncode(committish) || "HEAD"}.tar.gz`,
      bugstemplate: () => null,
      extract: (url) => {
        let [, user, project, aux] = url.pathname.split("/", 4);
        if (["archive"].includes(aux)) {
          return;
        }
        if (project && project.endsWith(".git")) {
          project = project.slice(0, -4);
        }
        if (!user || !project) {
          return;
        }
        return { user, project, committish: url.hash.slice(1) };
      }
    };
    for (const [name, host] of Object.entries(hosts)) {
      hosts[name] = Object.assign({}, defaults, host);
    }
    module.exports = hosts;
  }
});

// builtin:url
var require_url = __commonJS({
  "builtin:url"(exports, module) {
    module.exports = __require("url");
  }
});

// node_modules/hosted-git-info/lib/parse-url.js
var require_parse_url = __commonJS({
  "node_modules/hosted-git-info/lib/parse-url.js"(exports, module) {
    var url = require_url();
    var lastIndexOfBefore = (str2, char, beforeChar) => {
      const startPosition = str2.indexOf(beforeChar);
      return str2.lastIndexOf(char, startPosition > -1 ? startPosition : Infinity);
    };
    var safeUrl = (u) => {
      try {
        return new url.URL(u);
      } catch {
      }
    };
    var correctProtocol = (arg, protocols) => {
      const firstColon = arg.indexOf(":");
      const proto = arg.slice(0, firstColon + 1);
      if (Object.prototype.hasOwnProperty.call(protocols, proto)) {
        return arg;
      }
      if (arg.substr(firstColon, 3) === "://") {
        return arg;
      }
      const firstAt = arg.indexOf("@");
      if (firstAt > -1) {
        if (firstAt > firstColon) {
          return `git+ssh://${arg}`;
        } else {
          return arg;
        }
      }
      return `${arg.slice(0, firstColon + 1)}//${arg.slice(firstColon + 1)}`;
    };
    var correctUrl = (giturl) => {
      const firstAt = lastIndexOfBefore(giturl, "@", "#");
      const lastColonBeforeHash = lastIndexOfBefore(giturl, ":", "#");
      if (lastColonBeforeHash > firstAt) {
        giturl = giturl.slice(0, lastColonBeforeHash) + "/" + giturl.slice(lastColonBeforeHash + 1);
      }
      if (lastIndexOfBefore(giturl, ":", "#") === -1 && giturl.indexOf("//") === -1) {
        giturl = `git+ssh://${giturl}`;
      }
      return giturl;
    };
    module.exports = (giturl, protocols) => {
      const withProtocol = protocols ? correctProtocol(giturl, protocols) : giturl;
      return safeUrl(withProtocol) || safeUrl(correctUrl(withProtocol));
    };
  }
});

// node_modules/hosted-git-info/lib/from-url.js
var require_from_url = __commonJS({
  "node_modules/hosted-git-info/lib/from-url.js"(exports, module) {
    "use strict";
    var parseUrl = require_parse_url();
    var isGitHubShorthand = (arg) => {
      const firstHash = arg.indexOf("#");
      const firstSlash = arg.indexOf("/");
      const secondSlash = arg.indexOf("/", firstSlash + 1);
      const firstColon = arg.indexOf(":");
      const firstSpace = /\s/.exec(arg);
      const firstAt = arg.indexOf("@");
      const spaceOnlyAfterHash = !firstSpace || firstHash > -1 && firstSpace.index > firstHash;
      const atOnlyAfterHash = firstAt === -1 || firstHash > -1 && firstAt > firstHash;
      const colonOnlyAfterHash = firstColon === -1 || firstHash > -1 && firstColon > firstHash;
      const secondSlashOnlyAfterHash = secondSlash === -1 || firstHash > -1 && secondSlash > firstHash;
      const hasSlash = firstSlash > 0;
      const doesNotEndWithSlash = firstHash > -1 ? arg[firstHash - 1] !== "/" : !arg.endsWith("/");
      const doesNotStartWithDot = !arg.startsWith(".");
      return spaceOnlyAfterHash && hasSlash && doesNotEndWithSlash && doesNotStartWithDot && atOnlyAfterHash && colonOnlyAfterHash && secondSlashOnlyAfterHash;
    };
    module.exports = (giturl, opts, { gitHosts, protocols }) => {
      if (!giturl) {
        return;
      }
      const correctedUrl = isGitHubShorthand(giturl) ? `github:${giturl}` : giturl;
      const parsed = parseUrl(correctedUrl, protocols);
      if (!parsed) {
        return;
      }
      const gitHostShortcut = gitHosts.byShortcut[parsed.protocol];
      const gitHostDomain = gitHosts.byDomain[parsed.hostname.startsWith("www.") ? parsed.hostname.slice(4) : parsed.hostname];
      const gitHostName = gitHostShortcut || gitHostDomain;
      if (!gitHostName) {
        return;
      }
      const gitHostInfo = gitHosts[gitHostShortcut || gitHostDomain];
      let auth = null;
      if (protocols[parsed.protocol]?.auth && (parsed.username || parsed.password)) {
        auth = `${parsed.username}${parsed.password ? ":" + parsed.password : ""}`;
      }
      let committish = null;
      let user = null;
      let project = null;
      let defaultRepresentation = null;
      try {
        if (gitHostShortcut) {
          let pathname = parsed.pathname.startsWith("/") ? parsed.pathname.slice(1) : parsed.pathname;
          const firstAt = pathname.indexOf("@");
          if (firstAt > -1) {
            pathname = pathname.slice(firstAt + 1);
          }
          const lastSlash = pathname.lastIndexOf("/");
          if (lastSlash > -1) {
            user = decodeURIComponent(pathname.slice(0, lastSlash));
            if (!user) {
              user = null;
            }
            project = decodeURIComponent(pathname.slice(lastSlash + 1));
          } else {
            project = decodeURIComponent(pathname);
          }
          if (project.endsWith(".git")) {
            project = project.slice(0, -4);
          }
          if (parsed.hash) {
            committish = decodeURIComponent(parsed.hash.slice(1));
          }
          defaultRepresentation = "shortcut";
        } else {
          if (!gitHostInfo.protocols.includes(parsed.protocol)) {
            return;
          }
          const segments = gitHostInfo.extract(parsed);
          if (!segments) {
            return;
          }
          user = segments.user && decodeURIComponent(segments.user);
          project = decodeURIComponent(segments.project);
          committish = decodeURIComponent(segments.committish);
          defaultRepresentation = protocols[parsed.protocol]?.name || parsed.protocol.slice(0, -1);
        }
      } catch (err) {
        if (err instanceof URIError) {
          return;
        } else {
          throw err;
        }
      }
      return [gitHostName, user, auth, project, committish, defaultRepresentation, opts];
    };
  }
});

// node_modules/hosted-git-info/lib/index.js
var require_lib = __commonJS({
  "node_modules/hosted-git-info/lib/index.js"(exports, module) {
    "use strict";
    var { LRUCache } = require_index_min();
    var hosts = require_hosts();
    var fromUrl = require_from_url();
    var parseUrl = require_parse_url();
    var cache = new LRUCache({ max: 1e3 });
    function unknownHostedUrl(url) {
      try {
        const {
          protocol,
          hostname,
          pathname
        } = new URL(url);
        if (!hostname) {
          return null;
        }
        const proto = /(?:git\+)http:$/.test(protocol) ? "http:" : "https:";
        const path11 = pathname.replace(/\.git$/, "");
        return `${proto}//${hostname}${path11}`;
      } catch {
        return null;
      }
    }
    var GitHost = class _GitHost {
      constructor(type, user, auth, project, committish, defaultRepresentation, opts = {}) {
        Object.assign(this, _GitHost.#gitHosts[type], {
          type,
          user,
          auth,
          project,
          committish,
          default: defaultRepresentation,
          opts
        });
      }
      static #gitHosts = { byShortcut: {}, byDomain: {} };
      static #protocols = {
        "git+ssh:": { name: "sshurl" },
        "ssh:": { name: "sshurl" },
        "git+https:": { name: "https", auth: true },
        "git:": { auth: true },
        "http:": { auth: true },
        "https:": { auth: true },
        "git+http:": { auth: true }
      };
      static addHost(name, host) {
        _GitHost.#gitHosts[name] = host;
        _GitHost.#gitHosts.byDomain[host.domain] = name;
        _GitHost.#gitHosts.byShortcut[`${name}:`] = name;
        _GitHost.#protocols[`${name}:`] = { name };
      }
      static fromUrl(giturl, opts) {
        if (typeof giturl !== "string") {
          return;
        }
        const key = giturl + JSON.stringify(opts || {});
        if (!cache.has(key)) {
          const hostArgs = fromUrl(giturl, opts, {
            gitHosts: _GitHost.#gitHosts,
            protocols: _GitHost.#protocols
          });
          cache.set(key, hostArgs ? new _GitHost(...hostArgs) : void 0);
        }
        return cache.get(key);
      }
      static fromManifest(manifest, opts = {}) {
        if (!manifest || typeof manifest !== "object") {
          return;
        }
        const r = manifest.repository;
        const rurl = r && (typeof r === "string" ? r : typeof r === "object" && typeof r.url === "string" ? r.url : null);
        if (!rurl) {
          throw new Error("no repository");
        }
        const info = rurl && _GitHost.fromUrl(rurl.replace(/^git\+/, ""), opts) || null;
        if (info) {
          return info;
        }
        const unk = unknownHostedUrl(rurl);
        return _GitHost.fromUrl(unk, opts) || unk;
      }
      static parseUrl(url) {
        return parseUrl(url);
      }
      #fill(template, opts) {
        if (typeof template !== "function") {
          return null;
        }
        const options = { ...this, ...this.opts, ...opts };
        if (!options.path) {
          options.path = "";
        }
        if (options.path.startsWith("/")) {
          options.path = options.path.slice(1);
        }
        if (options.noCommittish) {
          options.committish = null;
        }
        const result = template(options);
        return options.noGitPlus && result.startsWith("git+") ? result.slice(4) : result;
      }
      hash() {
        return this.committish ? `#${this.committish}` : "";
      }
      ssh(opts) {
        return this.#fill(this.sshtemplate, opts);
      }
      sshurl(opts) {
        return this.#fill(this.sshurltemplate, opts);
      }
      browse(path11, ...args) {
        if (typeof path11 !== "string") {
          return this.#fill(this.browsetemplate, path11);
        }
        if (typeof args[0] !== "string") {
          return this.#fill(this.browsetreetemplate, { ...args[0], path: path11 });
        }
        return this.#fill(this.browsetreetemplate, { ...args[1], fragment: args[0], path: path11 });
      }
      // If the path is known to be a file, then browseFile should be used. For some hosts
      // the url is the same as browse, but for others like GitHub a file can use both `/tree/`
      // and `/blob/` in the path. When using a default committish of `HEAD` then the `/tree/`
      // path will redirect to a specific commit. Using the `/blob/` path avoids this and
      // does not redirect to a different commit.
      browseFile(path11, ...args) {
        if (typeof args[0] !== "string") {
          return this.#fill(this.browseblobtemplate, { ...args[0], path: path11 });
        }
        return this.#fill(this.browseblobtemplate, { ...args[1], fragment: args[0], path: path11 });
      }
      docs(opts) {
        return this.#fill(this.docstemplate, opts);
      }
      bugs(opts) {
        return this.#fill(this.bugstemplate, opts);
      }
      https(opts) {
        return this.#fill(this.httpstemplate, opts);
      }
      git(opts) {
        return this.#fill(this.gittemplate, opts);
      }
      shortcut(opts) {
        return this.#fill(this.shortcuttemplate, opts);
      }
      path(opts) {
        return this.#fill(this.pathtemplate, opts);
      }
      tarball(opts) {
        return this.#fill(this.tarballtemplate, { ...opts, noCommittish: false });
      }
      file(path11, opts) {
        return this.#fill(this.filetemplate, { ...opts, path: path11 });
      }
      edit(path11, opts) {
        return this.#fill(this.edittemplate, { ...opts, path: path11 });
      }
      getDefaultRepresentation() {
        return this.default;
      }
      toString(opts) {
        if (this.default && typeof this[this.default] === "function") {
          return this[this.default](opts);
        }
        return this.sshurl(opts);
      }
    };
    for (const [name, host] of Object.entries(hosts)) {
      GitHost.addHost(name, host);
    }
    module.exports = GitHost;
  }
});

// src/cli/index.ts
var import_node_path13 = __toESM(require_node_path(), 1);
var import_node_url = __toESM(require_node_url(), 1);

// src/cli/main.ts
var import_node_util2 = __toESM(require_node_util(), 1);

// src/synth/templates.generated.ts
var EMBEDDED_TEMPLATES = {
  "bootstrap.yaml": "AWSTemplateFormatVersion: '2010-09-09'\nDescription: >-\n  secure-dist bootstrap (deployed once per site, by an administrator, in any region): the\n  GitHub OIDC provider, a least-privilege role that one repository's workflow assumes to deploy,\n  sync, invalidate and rotate passwords of one secure-dist site, and the CloudFormation service\n  role that creates that site's resources.\n\nParameters:\n  GitHubOrg:\n    Type: String\n    Description: Owner (organization or user) of the repository, spelled exactly as on GitHub\n    AllowedPattern: '^[A-Za-z0-9][A-Za-z0-9-]{0,38}$'\n  RepositoryName:\n    Type: String\n    Description: Repository name (without the owner), spelled exactly as on GitHub\n    AllowedPattern: '^[A-Za-z0-9_.-]{1,100}$'\n  Branch:\n    Type: String\n    Default: main\n    Description: Branch whose workflows may deploy (empty = none; then set Environment)\n    AllowedPattern: '^[^*?\\s]*$'\n  Environment:\n    Type: String\n    Default: ''\n    Description: GitHub environment whose jobs may deploy (empty = none)\n    AllowedPattern: '^[^*?]*$'\n  OwnerId:\n    Type: String\n    Default: ''\n    Description: >-\n      Numeric id of the owner, for the immutable `sub` claim (repositories created after\n      2026-07-15, or opted in). `gh api repos/OWNER/REPO --jq .owner.id`\n    AllowedPattern: '^[0-9]*$'\n  RepositoryId:\n    Type: String\n    Default: ''\n    Description: Numeric id of the repository, for the immutable `sub` claim. `gh api repos/OWNER/REPO --jq .id`\n    AllowedPattern: '^[0-9]*$'\n  AcceptClassicSubject:\n    Type: String\n    Default: 'true'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      Also accept the classic, name-based `sub` (repo:OWNER/REPO:...). Set to false once the\n      repository emits the immutable form, so a recycled name can never match.\n  ExistingOidcProviderArn:\n    Type: String\n    Default: ''\n    Description: ARN of an existing token.actions.githubusercontent.com provider (an account has at most one); empty = create it\n    AllowedPattern: '^$|^arn:aws[a-z-]*:iam::[0-9]{12}:oidc-provider/token\\.actions\\.githubusercontent\\.com$'\n  StackName:\n    Type: String\n    Default: secure-dist\n    Description: >-\n      The action's `stack-name`: the role may manage only `<StackName>-edge` (us-east-1) and\n      `<StackName>-site` (SiteRegion). Lower case, because generated bucket names are.\n    AllowedPattern: '^[a-z][a-z0-9-]*$'\n    MaxLength: 30\n  AllowPullRequestPlans:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      Also create a plan role that pull-request workflows of the repository may assume, for\n      `command: plan`: it can read the stacks, create, describe and delete change sets (never\n      execute one) and list the bucket. It cannot read the users secret.\n  AllowPullRequestPreviews:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      Also create a preview role for `command: preview` and `preview-cleanup` (pull requests; the\n      scheduled cleanup on Branch or Environment): it can write, read and delete only the\n      bucket's `_previews/` keys, invalidate the site and read the site stack's outputs.\n  SiteRegion:\n    Type: String\n    Default: eu-central-1\n    Description: The action's `region` (region of the bucket and the site stack)\n    AllowedPattern: '^[a-z]{2}(-[a-z]+)+-[0-9]$'\n  AllowedWorkflows:\n    Type: String\n    Default: ''\n    Description: >-\n      Comma-separated workflow files of the repository that may assume the deploy role, such as\n      `.github/workflows/publish.yml,.github/workflows/rotate.yml` (checked against the OIDC\n      token's job_workflow_ref claim). Empty = any workflow on the trusted branch or environment.\n    AllowedPattern: '^$|^\\.github/workflows/[A-Za-z0-9_.-]+\\.ya?ml(,\\.github/workflows/[A-Za-z0-9_.-]+\\.ya?ml)*$'\n    ConstraintDescription: must be empty or a comma list of .github/workflows/<file>.yml\n\n  CreateUsersStore:\n    Type: String\n    Default: 'true'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      Create the CloudFront KeyValueStore `<StackName>-users` that holds the users with `edge:\n      function`. No standing charge; one of the account's stores (default quota 50). 'false'\n      only for a site that will never use `edge: function`.\n\nRules:\n  BranchOrEnvironment:\n    Assertions:\n      - Assert: !Or [!Not [!Equals [!Ref Branch, '']], !Not [!Equals [!Ref Environment, '']]]\n        AssertDescription: Set Branch, Environment, or both\n  IdsTogether:\n    Assertions:\n      - Assert: !Or\n          - !And [!Equals [!Ref OwnerId, ''], !Equals [!Ref RepositoryId, '']]\n          - !And [!Not [!Equals [!Ref OwnerId, '']], !Not [!Equals [!Ref RepositoryId, '']]]\n        AssertDescription: Set both OwnerId and RepositoryId, or neither\n  SomeSubjectAccepted:\n    Assertions:\n      - Assert: !Or [!Equals [!Ref AcceptClassicSubject, 'true'], !Not [!Equals [!Ref RepositoryId, '']]]\n        AssertDescription: With AcceptClassicSubject=false, set OwnerId and RepositoryId\n\nConditions:\n  CreateOidcProvider: !Equals [!Ref ExistingOidcProviderArn, '']\n  HasBranch: !Not [!Equals [!Ref Branch, '']]\n  HasEnvironment: !Not [!Equals [!Ref Environment, '']]\n  HasImmutableIds: !And [!Not [!Equals [!Ref OwnerId, '']], !Not [!Equals [!Ref RepositoryId, '']]]\n  AcceptClassic: !Equals [!Ref AcceptClassicSubject, 'true']\n  ClassicBranch: !And [!Condition AcceptClassic, !Condition HasBranch]\n  ClassicEnvironment: !And [!Condition AcceptClassic, !Condition HasEnvironment]\n  ImmutableBranch: !And [!Condition HasImmutableIds, !Condition HasBranch]\n  ImmutableEnvironment: !And [!Condition HasImmutableIds, !Condition HasEnvironment]\n  PlanRoleWanted: !Equals [!Ref AllowPullRequestPlans, 'true']\n  ClassicPlan: !And [!Condition PlanRoleWanted, !Condition AcceptClassic]\n  ImmutablePlan: !And [!Condition PlanRoleWanted, !Condition HasImmutableIds]\n  PreviewRoleWanted: !Equals [!Ref AllowPullRequestPreviews, 'true']\n  HasAllowedWorkflows: !Not [!Equals [!Ref AllowedWorkflows, '']]\n  HasUsersStore: !Equals [!Ref CreateUsersStore, 'true']\n\nResources:\n  # IAM trusts GitHub's issuer through its certificate authorities: no thumbprint needed.\n  GitHubOidcProvider:\n    Type: AWS::IAM::OIDCProvider\n    Condition: CreateOidcProvider\n    Properties:\n      Url: https://token.actions.githubusercontent.com\n      ClientIdList:\n        - sts.amazonaws.com\n\n  # Permissions boundary for the only role the deploy role may create (the edge function's\n  # execution role). Without it, \"create a role under the prefix\" would be \"create any role\":\n  # the deploy role could write itself an administrator and run it as the edge function.\n  EdgeRoleBoundary:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      ManagedPolicyName: !Sub '${StackName}-edge-boundary'\n      Description: Ceiling for the secure-dist edge function role (logs only)\n      PolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Action: [logs:CreateLogGroup, logs:CreateLogStream, logs:PutLogEvents]\n            # Exactly the log groups of this site's function: `/aws/lambda/<name>` in us-east-1,\n            # `/aws/lambda/us-east-1.<name>` in every region that runs a replica.\n            Resource:\n              - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${StackName}-edge-viewer-request'\n              - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${StackName}-edge-viewer-request:*'\n              - !Sub 'arn:${AWS::Partition}:logs:us-east-1:${AWS::AccountId}:log-group:/aws/lambda/${StackName}-edge-viewer-request'\n              - !Sub 'arn:${AWS::Partition}:logs:us-east-1:${AWS::AccountId}:log-group:/aws/lambda/${StackName}-edge-viewer-request:*'\n\n  # `edge: function`: the users' KeyValueStore. Owned here, so the deploy role below is granted\n  # its exact ARN (random id) from the start and the first deploy needs no second pass. Safe:\n  # another site's store has another id, so no grant here reaches it; the site stack only\n  # associates this one with its function; the service role cannot create, change or delete any\n  # store. It outlives the site stack and goes with this one. README, \"The users' KeyValueStore\".\n  UsersStore:\n    Type: AWS::CloudFront::KeyValueStore\n    Condition: HasUsersStore\n    Properties:\n      # Unique per account (CloudFront is global): every site's store is `<its StackName>-users`.\n      Name: !Sub '${StackName}-users'\n      Comment: !Sub 'secure-dist ${StackName}: Basic auth users (edge: function)'\n\n  # ---------------------------------------------------------------------------------------------\n  # Who can reach what: docs/security.md, \"Who can reach what\". DeployRole: the two stacks' API, passing the\n  # service role, the bucket's objects, invalidations, the users' secrets and store; it changes\n  # no resource itself. CloudFormationRole: the two stacks' resources. PlanRole: change sets never\n  # executed, the listing and manifest. PreviewRole: `_previews/` keys only. Edge role: logs.\n  #\n  # Names are exact, never `<StackName>-\u2026-*` prefixes: with prefixes, site `docs` would reach the\n  # bucket, function and role of site `docs-site` (and a bucket `docs-site-backups`). Where an\n  # ARN must end in a wildcard, the character before it is one a stack name cannot contain\n  # (`:` after a function name for its versions, `/` after a web ACL name for its id), or it is\n  # Secrets Manager's fixed `-??????` suffix.\n  #\n  # Stack operations run with this service role, not with the workflow's session: a CloudFront\n  # create or rollback that outlives the OIDC credentials would otherwise fail\n  # (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-iam-servicerole.html:\n  # \"If you specify a service role, CloudFormation uses that role's credentials\").\n  # ---------------------------------------------------------------------------------------------\n  CloudFormationRole:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: !Sub '${StackName}-cloudformation'\n      Description: !Sub 'secure-dist CloudFormation service role of the stacks ${StackName}-edge and ${StackName}-site'\n      # Trusted by CloudFormation only, for this account (aws:SourceAccount, where\n      # CloudFormation sets it). Not narrowed to the two stacks with aws:SourceArn: the\n      # CloudFormation service-role page documents neither key for the service principal, nor\n      # which ARN (stack or change set) it would carry, and a condition on a value of another\n      # shape would refuse every deploy. The gate that narrows it to the two stacks is\n      # iam:PassRole: only DeployRole (and the account's administrators) may pass this role,\n      # and DeployRole may use CloudFormation only on <StackName>-edge and <StackName>-site.\n      AssumeRolePolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Principal:\n              Service: cloudformation.amazonaws.com\n            Action: sts:AssumeRole\n            Condition:\n              StringEqualsIfExists:\n                aws:SourceAccount: !Ref AWS::AccountId\n      Policies:\n        - PolicyName: secure-dist-stack-resources\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              # The edge function's execution role, `<StackName>-edge-function` exactly. Creating\n              # it, or writing its policy or boundary, requires the boundary: without it, \"create\n              # the role\" would be \"create any role\" (an administrator run as the function).\n              - Sid: EdgeRoleCreate\n                Effect: Allow\n                Action: [iam:CreateRole, iam:PutRolePolicy, iam:PutRolePermissionsBoundary]\n                Resource: !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${StackName}-edge-function'\n                Condition:\n                  StringEquals:\n                    iam:PermissionsBoundary: !Ref EdgeRoleBoundary\n              - Sid: EdgeRoleManage\n                Effect: Allow\n                Action:\n                  - iam:GetRole\n                  - iam:GetRolePolicy\n                  - iam:ListRolePolicies\n                  - iam:ListAttachedRolePolicies\n                  - iam:ListRoleTags\n                  - iam:DeleteRolePolicy\n                  - iam:DeleteRole\n                  - iam:UpdateAssumeRolePolicy\n                  - iam:UpdateRoleDescription\n                  # Both listed by the registry schema's update handler; which it calls is\n                  # undocumented.\n                  - iam:UpdateRole\n                  - iam:TagRole\n                  - iam:UntagRole\n                Resource: !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${StackName}-edge-function'\n              - Sid: EdgeRolePass\n                Effect: Allow\n                Action: iam:PassRole\n                Resource: !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${StackName}-edge-function'\n                Condition:\n                  StringEquals:\n                    iam:PassedToService: lambda.amazonaws.com\n              # Lambda@Edge's replicator and CloudFront's logger service-linked roles, created\n              # once per account when the first function is associated.\n              - Sid: EdgeServiceLinkedRoles\n                Effect: Allow\n                Action: iam:CreateServiceLinkedRole\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/aws-service-role/replicator.lambda.amazonaws.com/AWSServiceRoleForLambdaReplicator'\n                  - !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/aws-service-role/logger.cloudfront.amazonaws.com/AWSServiceRoleForCloudFrontLogger'\n                Condition:\n                  StringEquals:\n                    iam:AWSServiceName:\n                      - replicator.lambda.amazonaws.com\n                      - logger.cloudfront.amazonaws.com\n              # The function `<StackName>-edge-viewer-request` and its numbered versions\n              # (`\u2026:N`; a function name cannot contain `:`). GetFunction and EnableReplication*\n              # are what CloudFront asks of the caller when a version is associated.\n              # GetProvisionedConcurrencyConfig: listed by AWS::Lambda::Version's read handler\n              # (registry schema); whether it is called without one is undocumented. A read.\n              - Sid: EdgeFunction\n                Effect: Allow\n                Action: [lambda:CreateFunction, lambda:DeleteFunction, lambda:GetFunction,\n                  lambda:GetFunctionConfiguration, lambda:UpdateFunctionCode,\n                  lambda:UpdateFunctionConfiguration, lambda:PublishVersion,\n                  lambda:ListVersionsByFunction, lambda:GetRuntimeManagementConfig,\n                  lambda:GetProvisionedConcurrencyConfig, lambda:GetFunctionCodeSigningConfig,\n                  lambda:GetFunctionRecursionConfig, lambda:ListTags, lambda:TagResource,\n                  lambda:UntagResource, lambda:EnableReplication*, lambda:DisableReplication*]\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:lambda:us-east-1:${AWS::AccountId}:function:${StackName}-edge-viewer-request'\n                  - !Sub 'arn:${AWS::Partition}:lambda:us-east-1:${AWS::AccountId}:function:${StackName}-edge-viewer-request:*'\n              # The site bucket, by its exact name `<StackName>-site-<account>-<SiteRegion>`.\n              # CloudFormation applies the stack's tags to it (PutBucketTagging).\n              - Sid: SiteBucket\n                Effect: Allow\n                Action: [s3:CreateBucket, s3:DeleteBucket, s3:ListBucket, s3:GetBucket*,\n                  s3:GetEncryptionConfiguration, s3:GetLifecycleConfiguration,\n                  s3:GetReplicationConfiguration, s3:GetAccelerateConfiguration,\n                  s3:GetAnalyticsConfiguration, s3:GetInventoryConfiguration,\n                  s3:GetMetricsConfiguration, s3:GetIntelligentTieringConfiguration,\n                  s3:PutBucketPolicy, s3:DeleteBucketPolicy, s3:PutBucketPublicAccessBlock,\n                  s3:PutBucketOwnershipControls, s3:PutEncryptionConfiguration, s3:PutBucketTagging]\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}'\n              # The distribution (random id), by its `secure-dist-site` = <StackName> tag: CloudFront\n              # takes aws:ResourceTag on distribution actions, aws:RequestTag on CreateDistribution\n              # and TagResource (Service Authorization Reference, CloudFront). Why these four\n              # statements reach no other site's distribution: README, \"The distribution's tag\".\n              - Sid: DistributionCreate\n                Effect: Allow\n                Action: cloudfront:CreateDistribution\n                Resource:\n                  - '*'\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEqualsIfExists:\n                    aws:RequestTag/secure-dist-site: !Ref StackName\n              - Sid: DistributionTagNew\n                Effect: Allow\n                Action: cloudfront:TagResource\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEquals:\n                    aws:RequestTag/secure-dist-site: !Ref StackName\n                  'Null':\n                    aws:ResourceTag/secure-dist-site: 'true'\n              - Sid: DistributionTags\n                Effect: Allow\n                Action:\n                  - cloudfront:TagResource\n                  - cloudfront:UntagResource\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEquals:\n                    aws:ResourceTag/secure-dist-site: !Ref StackName\n                  StringEqualsIfExists:\n                    aws:RequestTag/secure-dist-site: !Ref StackName\n              - Sid: DistributionManage\n                Effect: Allow\n                Action: [cloudfront:GetDistribution, cloudfront:GetDistributionConfig,\n                  cloudfront:UpdateDistribution, cloudfront:DeleteDistribution,\n                  cloudfront:ListTagsForResource]\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEquals:\n                    aws:ResourceTag/secure-dist-site: !Ref StackName\n              # OAC, response headers and cache policies: NOT narrowed (random ids, no tags, no\n              # condition keys: templates-spec.test.ts, Service Authorization Reference). Only\n              # CloudFormation assumes this role, for these two stacks, and changes only what its\n              # stack created; the workflow roles have none of these actions and may not import.\n              - Sid: DistributionPolicies\n                Effect: Allow\n                Action: [cloudfront:CreateOriginAccessControl, cloudfront:GetOriginAccessControl,\n                  cloudfront:GetOriginAccessControlConfig, cloudfront:UpdateOriginAccessControl,\n                  cloudfront:DeleteOriginAccessControl, cloudfront:GetResponseHeadersPolicy,\n                  cloudfront:GetResponseHeadersPolicyConfig, cloudfront:UpdateResponseHeadersPolicy,\n                  cloudfront:DeleteResponseHeadersPolicy, cloudfront:GetCachePolicy,\n                  cloudfront:GetCachePolicyConfig, cloudfront:UpdateCachePolicy,\n                  cloudfront:DeleteCachePolicy]\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:origin-access-control/*'\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:response-headers-policy/*'\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:cache-policy/*'\n              # CloudFront's creates have NO resource type (nor CreateDistribution,\n              # CreatePublicKey, CreateKeyGroup): IAM evaluates them on `*`\n              # (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudfront.html,\n              # iam-data 0.21.202609261). A create names no existing resource.\n              # CreateOriginAccessControl keeps `origin-access-control/*` (AccessDenied shows it).\n              - Sid: CloudFrontCreates\n                Effect: Allow\n                Action: [cloudfront:CreateFunction, cloudfront:CreateCachePolicy,\n                  cloudfront:CreateResponseHeadersPolicy, cloudfront:CreateOriginAccessControl]\n                Resource: '*'\n              # The users secret `<StackName>/basic-auth` (us-east-1). Secrets Manager appends\n              # `-` and six random characters to the name in the ARN: `-??????` matches exactly\n              # that secret, where `*` would also match `<StackName>/basic-authority`.\n              # CloudFormation never reads its value.\n              - Sid: UsersSecret\n                Effect: Allow\n                Action: [secretsmanager:CreateSecret, secretsmanager:DeleteSecret,\n                  secretsmanager:DescribeSecret, secretsmanager:UpdateSecret,\n                  secretsmanager:PutSecretValue, secretsmanager:TagResource,\n                  secretsmanager:UntagResource]\n                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:us-east-1:${AWS::AccountId}:secret:${StackName}/basic-auth-??????'\n              # The session secret `<StackName>/session-key` (us-east-1) of `login: form` (issue 23,\n              # edge.yaml SessionSecret), this site's exactly (`-??????` as above). Created with\n              # GenerateSecretString (RandomPassword below), deleted with the stack or on a switch\n              # to `login: basic`. GetSecretValue because CloudFormation resolves the\n              # `{{resolve:secretsmanager:\u2026}}` reference in the edge function's code with this\n              # role: an execution role without it fails with \"AWSCloudFormation is not authorized\n              # to perform: secretsmanager:GetSecretValue\"\n              # (aws-samples/cdk-assume-role-credential-plugin#49), and \"you must have permission\n              # to call GetSecretValue for the secret\" (CloudFormation User Guide,\n              # dynamic-references-secretsmanager.html, \"Permissions\"). No write of its value:\n              # neither CloudFormation nor the action ever sets it. The deploy role gets nothing\n              # on it: the action never reads it.\n              - Sid: SessionSecret\n                Effect: Allow\n                Action: [secretsmanager:CreateSecret, secretsmanager:DeleteSecret,\n                  secretsmanager:DescribeSecret, secretsmanager:UpdateSecret,\n                  secretsmanager:GetSecretValue, secretsmanager:TagResource,\n                  secretsmanager:UntagResource]\n                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:us-east-1:${AWS::AccountId}:secret:${StackName}/session-key-??????'\n              # Share links: the site stack's public keys and key group. No public-key or\n              # key-group action has a resource type (list_amazoncloudfront above): `*`. Only\n              # CloudFormation assumes this role and changes only its stack's keys; a public key\n              # can be replaced or deleted, never read as a secret or used to sign.\n              - Sid: ShareKeys\n                Effect: Allow\n                Action: [cloudfront:CreatePublicKey, cloudfront:GetPublicKey,\n                  cloudfront:GetPublicKeyConfig, cloudfront:UpdatePublicKey,\n                  cloudfront:DeletePublicKey, cloudfront:ListPublicKeys, cloudfront:CreateKeyGroup,\n                  cloudfront:GetKeyGroup, cloudfront:GetKeyGroupConfig, cloudfront:UpdateKeyGroup,\n                  cloudfront:DeleteKeyGroup, cloudfront:ListKeyGroups]\n                Resource: '*'\n              # The edge stack's web ACL `<StackName>-edge-rate-limit` (CLOUDFRONT scope:\n              # us-east-1, `global/webacl/<name>/<id>`), attached through the distribution's\n              # WebACLId; the caller needs GetWebACL and AssociateWebACL on it\n              # (https://docs.aws.amazon.com/waf/latest/APIReference/API_AssociateWebACL.html).\n              - Sid: RateLimitWebAcl\n                Effect: Allow\n                Action: [wafv2:CreateWebACL, wafv2:GetWebACL, wafv2:UpdateWebACL,\n                  wafv2:DeleteWebACL, wafv2:AssociateWebACL, wafv2:ListTagsForResource,\n                  wafv2:TagResource, wafv2:UntagResource]\n                Resource: !Sub 'arn:${AWS::Partition}:wafv2:us-east-1:${AWS::AccountId}:global/webacl/${StackName}-edge-rate-limit/*'\n              # `edge: function` (issue 14): the site stack's CloudFront Functions by exact name\n              # (`function/<name>`, Service Authorization Reference), associated by\n              # UpdateDistribution above. The stack's tags propagate to them.\n              - Sid: ViewerFunction\n                Effect: Allow\n                Action: [cloudfront:DescribeFunction, cloudfront:GetFunction,\n                  cloudfront:UpdateFunction, cloudfront:PublishFunction, cloudfront:DeleteFunction,\n                  cloudfront:TagResource, cloudfront:UntagResource, cloudfront:ListTagsForResource]\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:function/${StackName}-site-${SiteRegion}'\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:function/${StackName}-site-${SiteRegion}-response'\n                  - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:function/${StackName}-site-${SiteRegion}-login'\n              # The bootstrap's store, which the site stack associates with its function. Whether\n              # CloudFront checks the caller on the store then is undocumented: a read of exactly\n              # this store, so the association cannot fail on it. No store write of any kind.\n              - !If\n                - HasUsersStore\n                - Sid: UsersStoreRead\n                  Effect: Allow\n                  Action: cloudfront:DescribeKeyValueStore\n                  Resource: !GetAtt UsersStore.Arn\n                - !Ref AWS::NoValue\n              # The site stack's secrets with `edge: function`, in SiteRegion: the pepper (created\n              # with GenerateSecretString; GetSecretValue because CloudFormation resolves the\n              # `{{resolve:secretsmanager:\u2026}}` reference in the function's code with this role)\n              # and the users secret `<StackName>/users`.\n              - Sid: FunctionSecrets\n                Effect: Allow\n                Action: [secretsmanager:CreateSecret, secretsmanager:DeleteSecret,\n                  secretsmanager:DescribeSecret, secretsmanager:UpdateSecret,\n                  secretsmanager:GetSecretValue, secretsmanager:TagResource,\n                  secretsmanager:UntagResource]\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:secretsmanager:${SiteRegion}:${AWS::AccountId}:secret:${StackName}/pepper-??????'\n                  - !Sub 'arn:${AWS::Partition}:secretsmanager:${SiteRegion}:${AWS::AccountId}:secret:${StackName}/users-??????'\n              # GenerateSecretString: a random string from Secrets Manager. GetRandomPassword has\n              # no resource type (Service Authorization Reference, Secrets Manager), so only `*`;\n              # it reads and changes no secret.\n              - Sid: RandomPassword\n                Effect: Allow\n                Action: secretsmanager:GetRandomPassword\n                Resource: '*'\n\n  DeployRole:\n    Type: AWS::IAM::Role\n    Properties:\n      Description: !Sub 'secure-dist deploy role for ${GitHubOrg}/${RepositoryName} (stacks ${StackName}-edge, ${StackName}-site)'\n      MaxSessionDuration: 3600\n      # Trust: one repository, one branch and/or environment, audience sts.amazonaws.com, and\n      # (AllowedWorkflows) only the listed workflow files. Why exact ids, and how the Allow and\n      # the Deny pin job_workflow_ref: README, \"How the deploy role's trust is decided\".\n      AssumeRolePolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Principal:\n              Federated: !If [CreateOidcProvider, !Ref GitHubOidcProvider, !Ref ExistingOidcProviderArn]\n            Action: sts:AssumeRoleWithWebIdentity\n            Condition:\n              StringEquals:\n                token.actions.githubusercontent.com:aud: sts.amazonaws.com\n                token.actions.githubusercontent.com:sub:\n                  - !If\n                    - ClassicBranch\n                    - !Sub 'repo:${GitHubOrg}/${RepositoryName}:ref:refs/heads/${Branch}'\n                    - !Ref AWS::NoValue\n                  - !If\n                    - ClassicEnvironment\n                    - !Sub 'repo:${GitHubOrg}/${RepositoryName}:environment:${Environment}'\n                    - !Ref AWS::NoValue\n                  - !If\n                    - ImmutableBranch\n                    - !Sub 'repo:${GitHubOrg}@${OwnerId}/${RepositoryName}@${RepositoryId}:ref:refs/heads/${Branch}'\n                    - !Ref AWS::NoValue\n                  - !If\n                    - ImmutableEnvironment\n                    - !Sub 'repo:${GitHubOrg}@${OwnerId}/${RepositoryName}@${RepositoryId}:environment:${Environment}'\n                    - !Ref AWS::NoValue\n              StringLike: !If\n                - HasAllowedWorkflows\n                - token.actions.githubusercontent.com:job_workflow_ref: !Split\n                    - ','\n                    - !Join\n                      - ''\n                      - - '*/'\n                        - !Join ['@refs/*,*/', !Split [',', !Ref AllowedWorkflows]]\n                        - '@refs/*'\n                - !Ref AWS::NoValue\n          - !If\n            - HasAllowedWorkflows\n            - Effect: Deny\n              Principal:\n                Federated: !If [CreateOidcProvider, !Ref GitHubOidcProvider, !Ref ExistingOidcProviderArn]\n              Action: sts:AssumeRoleWithWebIdentity\n              Condition:\n                StringNotLike:\n                  token.actions.githubusercontent.com:job_workflow_ref: !Sub '${GitHubOrg}/${RepositoryName}/.github/workflows/*'\n            - !Ref AWS::NoValue\n      Policies:\n        - PolicyName: secure-dist-deploy\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              # deploy / rotate / verify-stacks: the CloudFormation API on the two stacks.\n              # Resources are created, changed and deleted by CloudFormationRole, never by this\n              # role. TagResource/UntagResource: the action tags its stacks.\n              - Sid: Stacks\n                Effect: Allow\n                Action: [cloudformation:CreateChangeSet, cloudformation:DescribeChangeSet,\n                  cloudformation:ExecuteChangeSet, cloudformation:DeleteChangeSet,\n                  cloudformation:ListChangeSets, cloudformation:DescribeStacks,\n                  cloudformation:DescribeStackEvents, cloudformation:DescribeStackResource,\n                  cloudformation:DescribeStackResources, cloudformation:GetTemplate,\n                  cloudformation:DeleteStack, cloudformation:TagResource,\n                  cloudformation:UntagResource, cloudformation:DetectStackDrift,\n                  cloudformation:DetectStackResourceDrift,\n                  cloudformation:DescribeStackResourceDrifts]\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:cloudformation:us-east-1:${AWS::AccountId}:stack/${StackName}-edge/*'\n                  - !Sub 'arn:${AWS::Partition}:cloudformation:${SiteRegion}:${AWS::AccountId}:stack/${StackName}-site/*'\n              # DescribeStackDriftDetectionStatus takes a detection id, not a stack: the Service\n              # Authorization Reference lists no resource type for it, so it cannot be scoped\n              # (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscloudformation.html).\n              # It reads a status, nothing of a stack.\n              - Sid: DriftStatus\n                Effect: Allow\n                Action: cloudformation:DescribeStackDriftDetectionStatus\n                Resource: '*'\n              # No stack IMPORT: a change set of type IMPORT could adopt a resource into these\n              # stacks and put it under the service role. cloudformation:ImportResourceTypes\n              # (\"the template resource types ... in an import\", Service Authorization\n              # Reference, CloudFormation) is present only on imports. Whether it is also set\n              # for ImportExistingResources=true is not documented; that path is closed anyway\n              # for other sites' resources, because importing reads the resource with the\n              # service role, which can read only this site's names.\n              - Sid: NoImport\n                Effect: Deny\n                Action: cloudformation:CreateChangeSet\n                Resource: '*'\n                Condition:\n                  'Null':\n                    cloudformation:ImportResourceTypes: 'false'\n              # The one service role, to CloudFormation only (RoleARN of CreateChangeSet and of\n              # DeleteStack).\n              - Sid: PassServiceRole\n                Effect: Allow\n                Action: iam:PassRole\n                Resource: !GetAtt CloudFormationRole.Arn\n                Condition:\n                  StringEquals:\n                    iam:PassedToService: cloudformation.amazonaws.com\n              # sync: content-addressed uploads, deletes, metadata updates (copy in place), in\n              # the exact bucket.\n              - Sid: SiteObjects\n                Effect: Allow\n                Action: [s3:GetObject, s3:PutObject, s3:DeleteObject, s3:AbortMultipartUpload,\n                  s3:ListMultipartUploadParts]\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}/*'\n              - Sid: SiteBucketList\n                Effect: Allow\n                Action:\n                  - s3:ListBucket\n                  - s3:ListBucketMultipartUploads\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}'\n              # Invalidations of this site's distribution only: CloudFront authorizes\n              # CreateInvalidation/GetInvalidation on the distribution resource, whose condition\n              # key is aws:ResourceTag (Service Authorization Reference, CloudFront).\n              - Sid: Invalidate\n                Effect: Allow\n                Action:\n                  - cloudfront:CreateInvalidation\n                  - cloudfront:GetInvalidation\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEquals:\n                    aws:ResourceTag/secure-dist-site: !Ref StackName\n              # The users secret: deploy checks it (DescribeSecret before creating the edge\n              # stack) and reads it, rotate writes new versions. Created and deleted only by the\n              # edge stack (CloudFormationRole).\n              - Sid: UsersSecret\n                Effect: Allow\n                Action: [secretsmanager:DescribeSecret, secretsmanager:GetSecretValue,\n                  secretsmanager:PutSecretValue]\n                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:us-east-1:${AWS::AccountId}:secret:${StackName}/basic-auth-??????'\n              # Share links: the signing keys `<StackName>/share-key` in the site's region. The\n              # action creates the secret on the first deploy with `share-links: true`, reads it\n              # (deploy, rotate, share) and writes new versions (key rotation). `-??????` is\n              # Secrets Manager's suffix: exactly this secret. No delete, no policy changes.\n              - Sid: ShareKeySecret\n                Effect: Allow\n                Action: [secretsmanager:CreateSecret, secretsmanager:DescribeSecret,\n                  secretsmanager:GetSecretValue, secretsmanager:PutSecretValue]\n                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:${SiteRegion}:${AWS::AccountId}:secret:${StackName}/share-key-??????'\n              # `edge: function`: deploy reads the pepper (to hash the users it writes to the\n              # store) and the users secret `<StackName>/users`; rotate writes the latter. Both\n              # in SiteRegion, created by the site stack.\n              - Sid: FunctionSecrets\n                Effect: Allow\n                Action: [secretsmanager:DescribeSecret, secretsmanager:GetSecretValue,\n                  secretsmanager:PutSecretValue]\n                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:${SiteRegion}:${AWS::AccountId}:secret:${StackName}/users-??????'\n              - Sid: FunctionPepper\n                Effect: Allow\n                Action: secretsmanager:GetSecretValue\n                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:${SiteRegion}:${AWS::AccountId}:secret:${StackName}/pepper-??????'\n              # `edge: function`: this bootstrap's store only. Found by name (CloudFront's\n              # DescribeKeyValueStore, on both ARN forms: README, \"The users' KeyValueStore\"),\n              # then its ETag, keys and ETag-guarded UpdateKeys. The KeyValueStore API has no\n              # condition keys (Service Authorization Reference): the exact ARN is the only scope.\n              - !If\n                - HasUsersStore\n                - Sid: UsersStoreLookup\n                  Effect: Allow\n                  Action: cloudfront:DescribeKeyValueStore\n                  Resource:\n                    - !GetAtt UsersStore.Arn\n                    - !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:key-value-store/${StackName}-users'\n                - !Ref AWS::NoValue\n              - !If\n                - HasUsersStore\n                - Sid: UsersStoreKeys\n                  Effect: Allow\n                  Action: [cloudfront-keyvaluestore:DescribeKeyValueStore,\n                    cloudfront-keyvaluestore:ListKeys, cloudfront-keyvaluestore:UpdateKeys]\n                  Resource: !GetAtt UsersStore.Arn\n                - !Ref AWS::NoValue\n              # verify-stacks (drift detection). Which credentials CloudFormation reads the\n              # live resources with is not stated in the drift pages of the CloudFormation User\n              # Guide; other tools report the caller's. So the caller may READ exactly this\n              # site's resources (nothing it could not already learn from the stacks).\n              - Sid: DriftReads\n                Effect: Allow\n                Action: [lambda:GetFunction, lambda:GetFunctionConfiguration, iam:GetRole,\n                  iam:GetRolePolicy, iam:ListRolePolicies, s3:GetBucketPolicy,\n                  s3:GetBucketPublicAccessBlock, s3:GetBucketOwnershipControls,\n                  s3:GetEncryptionConfiguration, wafv2:GetWebACL]\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:lambda:us-east-1:${AWS::AccountId}:function:${StackName}-edge-viewer-request'\n                  - !Sub 'arn:${AWS::Partition}:lambda:us-east-1:${AWS::AccountId}:function:${StackName}-edge-viewer-request:*'\n                  - !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${StackName}-edge-function'\n                  - !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}'\n                  - !Sub 'arn:${AWS::Partition}:wafv2:us-east-1:${AWS::AccountId}:global/webacl/${StackName}-edge-rate-limit/*'\n              # Edge function logs (audit trail, issue 12). Lambda@Edge replicas log to\n              # /aws/lambda/us-east-1.<function> in the region that served the request (CloudFront\n              # Developer Guide, \"Edge function logs\"). deploy sets their retention\n              # (audit-retention-days); `command: audit` reads them. Only this site's group, in\n              # any region: no write to the events, no other group's content.\n              - Sid: EdgeLogs\n                Effect: Allow\n                Action:\n                  - logs:PutRetentionPolicy\n                  - logs:FilterLogEvents\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${StackName}-edge-viewer-request'\n                  - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${StackName}-edge-viewer-request:*'\n              # DescribeLogGroups has NO resource type in the Service Authorization Reference\n              # (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatchlogs.html,\n              # iam-data 0.21.202609261): IAM evaluates it on `*` (`log-group:*` kept for the\n              # older reading). It lists the account's log groups: names and settings, never an\n              # event; deploy uses it to find the group per region.\n              - Sid: EdgeLogGroupsList\n                Effect: Allow\n                Action: logs:DescribeLogGroups\n                Resource:\n                  - '*'\n                  - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:*'\n              - Sid: DriftReadsDistribution\n                Effect: Allow\n                Action:\n                  - cloudfront:GetDistribution\n                  - cloudfront:GetDistributionConfig\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEquals:\n                    aws:ResourceTag/secure-dist-site: !Ref StackName\n\n  # `command: plan` on pull requests: a pull request's workflow runs code from its branch, so\n  # it gets its own role that can look but not change: change sets are created, described and\n  # deleted, never executed; the bucket is listed and the sync's manifest read. No secret, and\n  # no GetTemplate: the edge stack's template carries the salted password hashes, and plan\n  # renders the edge stack with stand-in hashes instead (issue 15 #4).\n  PlanRole:\n    Type: AWS::IAM::Role\n    Condition: PlanRoleWanted\n    Properties:\n      Description: !Sub 'secure-dist plan role for pull requests of ${GitHubOrg}/${RepositoryName} (read-only)'\n      MaxSessionDuration: 3600\n      AssumeRolePolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Principal:\n              Federated: !If [CreateOidcProvider, !Ref GitHubOidcProvider, !Ref ExistingOidcProviderArn]\n            Action: sts:AssumeRoleWithWebIdentity\n            Condition:\n              StringEquals:\n                token.actions.githubusercontent.com:aud: sts.amazonaws.com\n                token.actions.githubusercontent.com:sub:\n                  - !If\n                    - ClassicPlan\n                    - !Sub 'repo:${GitHubOrg}/${RepositoryName}:pull_request'\n                    - !Ref AWS::NoValue\n                  - !If\n                    - ImmutablePlan\n                    - !Sub 'repo:${GitHubOrg}@${OwnerId}/${RepositoryName}@${RepositoryId}:pull_request'\n                    - !Ref AWS::NoValue\n      Policies:\n        - PolicyName: secure-dist-plan\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              # CreateChangeSet carries the stack tags; before the first deploy it creates the\n              # stack (REVIEW_IN_PROGRESS) with them. The Service Authorization Reference lists\n              # aws:RequestTag/aws:TagKeys on CreateChangeSet\n              # (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscloudformation.html)\n              # but neither it nor the CreateChangeSet API page says whether\n              # cloudformation:TagResource is evaluated as well (it is for TagResource calls).\n              # Granted on these two stacks only, so a plan never fails on it: it can tag a stack\n              # of this site and nothing else, and changes no resource.\n              - Sid: ChangeSetsOnly\n                Effect: Allow\n                Action: [cloudformation:CreateChangeSet, cloudformation:DescribeChangeSet,\n                  cloudformation:DeleteChangeSet, cloudformation:ListChangeSets,\n                  cloudformation:DescribeStacks, cloudformation:DescribeStackEvents,\n                  cloudformation:TagResource]\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:cloudformation:us-east-1:${AWS::AccountId}:stack/${StackName}-edge/*'\n                  - !Sub 'arn:${AWS::Partition}:cloudformation:${SiteRegion}:${AWS::AccountId}:stack/${StackName}-site/*'\n              - Sid: NoImport\n                Effect: Deny\n                Action: cloudformation:CreateChangeSet\n                Resource: '*'\n                Condition:\n                  'Null':\n                    cloudformation:ImportResourceTypes: 'false'\n              - Sid: ListSiteBucket\n                Effect: Allow\n                Action: s3:ListBucket\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}'\n              - Sid: ReadManifest\n                Effect: Allow\n                Action: s3:GetObject\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}/.secure-dist/*'\n\n  # `command: preview` / `preview-cleanup` (issue 25): pull requests run their own code, so\n  # this role reaches only `_previews/` keys, invalidations and the site stack's outputs: no\n  # secret, store, stack change, site key or `.secure-dist/*`. A token's `sub` names no pull\n  # request, so any pull request of the repository may write any preview.\n  PreviewRole:\n    Type: AWS::IAM::Role\n    Condition: PreviewRoleWanted\n    Properties:\n      Description: !Sub 'secure-dist preview role for pull requests of ${GitHubOrg}/${RepositoryName} (_previews/ only)'\n      MaxSessionDuration: 3600\n      # Pull requests of this repository (forks get no token: docs/previews.md, \"Forks\"), and,\n      # for the scheduled cleanup, what the deploy role trusts (Branch, Environment): jobs\n      # that may already deploy.\n      AssumeRolePolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Principal:\n              Federated: !If [CreateOidcProvider, !Ref GitHubOidcProvider, !Ref ExistingOidcProviderArn]\n            Action: sts:AssumeRoleWithWebIdentity\n            Condition:\n              StringEquals:\n                token.actions.githubusercontent.com:aud: sts.amazonaws.com\n                token.actions.githubusercontent.com:sub:\n                  - !If [AcceptClassic, !Sub 'repo:${GitHubOrg}/${RepositoryName}:pull_request', !Ref AWS::NoValue]\n                  - !If [HasImmutableIds, !Sub 'repo:${GitHubOrg}@${OwnerId}/${RepositoryName}@${RepositoryId}:pull_request', !Ref AWS::NoValue]\n                  - !If [ClassicBranch, !Sub 'repo:${GitHubOrg}/${RepositoryName}:ref:refs/heads/${Branch}', !Ref AWS::NoValue]\n                  - !If [ClassicEnvironment, !Sub 'repo:${GitHubOrg}/${RepositoryName}:environment:${Environment}', !Ref AWS::NoValue]\n                  - !If [ImmutableBranch, !Sub 'repo:${GitHubOrg}@${OwnerId}/${RepositoryName}@${RepositoryId}:ref:refs/heads/${Branch}', !Ref AWS::NoValue]\n                  - !If [ImmutableEnvironment, !Sub 'repo:${GitHubOrg}@${OwnerId}/${RepositoryName}@${RepositoryId}:environment:${Environment}', !Ref AWS::NoValue]\n      Policies:\n        - PolicyName: secure-dist-preview\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              # `_previews/` is literal before the one `*`, so no root key (`index.html`,\n              # `.secure-dist/manifest.json`) can match. GetObject: the preview's own manifest.\n              - Sid: PreviewObjects\n                Effect: Allow\n                Action: [s3:GetObject, s3:PutObject, s3:DeleteObject, s3:AbortMultipartUpload,\n                  s3:ListMultipartUploadParts]\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}/_previews/*'\n              # Listing only under `_previews/`: s3:prefix is the request's Prefix, and a\n              # request without one does not match (S3 User Guide, \"Examples of Amazon S3\n              # condition keys\", https://docs.aws.amazon.com/AmazonS3/latest/userguide/amazon-s3-policy-keys.html).\n              - Sid: PreviewList\n                Effect: Allow\n                Action: s3:ListBucket\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::${StackName}-site-${AWS::AccountId}-${SiteRegion}'\n                Condition:\n                  StringLike:\n                    s3:prefix: _previews/*\n              # The distribution has a random id and does not exist at bootstrap time: scoped by\n              # its tag, as DeployRole's Invalidate. IAM cannot limit the paths.\n              - Sid: PreviewInvalidate\n                Effect: Allow\n                Action:\n                  - cloudfront:CreateInvalidation\n                  - cloudfront:GetInvalidation\n                Resource: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*'\n                Condition:\n                  StringEquals:\n                    aws:ResourceTag/secure-dist-site: !Ref StackName\n              - Sid: SiteStackOutputs\n                Effect: Allow\n                Action: cloudformation:DescribeStacks\n                Resource: !Sub 'arn:${AWS::Partition}:cloudformation:${SiteRegion}:${AWS::AccountId}:stack/${StackName}-site/*'\n\nOutputs:\n  DeployRoleArn:\n    Description: The action's `role-to-assume`\n    Value: !GetAtt DeployRole.Arn\n  OidcProviderArn:\n    Description: The GitHub OIDC provider the role trusts\n    Value: !If [CreateOidcProvider, !Ref GitHubOidcProvider, !Ref ExistingOidcProviderArn]\n  EdgeRoleBoundaryArn:\n    Description: Permissions boundary the edge stack's role must carry (edge parameter PermissionsBoundaryArn)\n    Value: !Ref EdgeRoleBoundary\n  CloudFormationRoleArn:\n    Description: The CloudFormation service role of the two stacks (the action's `cloudformation-role`, found by `auto`)\n    Value: !GetAtt CloudFormationRole.Arn\n  UsersStoreArn:\n    Condition: HasUsersStore\n    Description: 'The KeyValueStore of the users with `edge: function` (deploy finds it by its name)'\n    Value: !GetAtt UsersStore.Arn\n  PlanRoleArn:\n    Condition: PlanRoleWanted\n    Description: The plan workflow's `role-to-assume` (pull requests, read-only)\n    Value: !GetAtt PlanRole.Arn\n  PreviewRoleArn:\n    Condition: PreviewRoleWanted\n    Description: The preview workflow's `role-to-assume` (_previews/ keys only)\n    Value: !GetAtt PreviewRole.Arn\n",
  "edge.yaml": "AWSTemplateFormatVersion: '2010-09-09'\nDescription: >-\n  secure-dist edge stack (us-east-1): the Lambda@Edge viewer-request function that answers\n  401 without valid Basic credentials, a numbered version of it for CloudFront, and (when the\n  users live in AWS) the Secrets Manager secret that holds them.\n\n# This file is a template for `synth`, not something to deploy by hand: the @@...@@ tokens are\n# filled in by src/synth (the rendered function source with its configuration, cut where the\n# session secret goes, the Lambda runtime, and the SHA-256 of the source). A rendered template\n# never contains them.\n\nParameters:\n  PermissionsBoundaryArn:\n    Type: String\n    Default: ''\n    Description: >-\n      Permissions boundary of the execution role; required when deploying with the bootstrap\n      role (its output EdgeRoleBoundaryArn). Empty = none.\n    AllowedPattern: '^$|^arn:aws[a-z-]*:iam::[0-9]{12}:policy/[A-Za-z0-9+=,.@_/-]+$'\n  SiteName:\n    Type: String\n    Description: >-\n      The action's `stack-name` (this stack is `<SiteName>-edge`); the users secret is named\n      `<SiteName>/basic-auth`.\n    AllowedPattern: '^[A-Za-z][A-Za-z0-9-]*$'\n    MaxLength: 44\n  UsersInSecretsManager:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      'true' when `basic-auth-users` is empty: the users and their passwords live in the secret\n      `<SiteName>/basic-auth`, which this stack owns. 'false': they come from `basic-auth-users`\n      and there is no secret; turning this from 'true' to 'false' (or deleting the stack)\n      deletes the secret, without a recovery window, as CloudFormation deletes secrets.\n\n  # Issue 14: with `edge: function` this stack holds only what CloudFront needs in us-east-1, the\n  # rate-limiting web ACL (the function, its store and secrets live in the site stack); without\n  # `rate-limit` the action deletes this stack instead.\n  EdgeRuntime:\n    Type: String\n    Default: lambda\n    AllowedValues: [lambda, function]\n    Description: The action's `edge`; `function` leaves out the Lambda@Edge function, role and users secret.\n\n  # Issue 23: `login: form` (the site file's `login`) with `edge: lambda` gets the session\n  # secret below; its value reaches the function code only through a dynamic reference.\n  LoginForm:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      'true' with `login: form`: the stack creates the session secret `<SiteName>/session-key`\n      and the function code gets it by a dynamic reference. 'false' (`login: basic`): neither.\n\n  RateLimit:\n    Type: Number\n    Default: 0\n    MinValue: 0\n    MaxValue: 2000000000\n    Description: >-\n      Requests per 5 minutes one IP address may send before AWS WAF blocks it (the action's\n      `rate-limit`): a web ACL `<stack>-rate-limit` with one rate-based rule, for the site stack\n      to attach to the distribution (output WebAclArn). 0 = no web ACL. WAF's lowest limit is 10.\n\nConditions:\n  HasPermissionsBoundary: !Not [!Equals [!Ref PermissionsBoundaryArn, '']]\n  UseLambda: !Equals [!Ref EdgeRuntime, lambda]\n  HasUsersSecret: !And [!Condition UseLambda, !Equals [!Ref UsersInSecretsManager, 'true']]\n  HasRateLimit: !Not [!Equals [!Ref RateLimit, 0]]\n  HasSessionSecret: !And [!Condition UseLambda, !Equals [!Ref LoginForm, 'true']]\n\nResources:\n  # Execution role. Lambda@Edge needs both service principals: `lambda` runs the function in\n  # us-east-1, `edgelambda` runs the replicas at the edge. The function only writes logs:\n  # replicas log to `/aws/lambda/us-east-1.<function>` in the region that served the request.\n  EdgeFunctionRole:\n    Type: AWS::IAM::Role\n    Condition: UseLambda\n    Properties:\n      # An exact name, so the bootstrap's service role can be granted this one role and no other\n      # site's (`<site>-edge-function`).\n      RoleName: !Sub '${AWS::StackName}-function'\n      Description: !Sub 'Execution role of the ${AWS::StackName} viewer-request function (logs only)'\n      PermissionsBoundary: !If [HasPermissionsBoundary, !Ref PermissionsBoundaryArn, !Ref AWS::NoValue]\n      AssumeRolePolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Principal:\n              Service:\n                - lambda.amazonaws.com\n                - edgelambda.amazonaws.com\n            Action: sts:AssumeRole\n      Policies:\n        - PolicyName: logs\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              - Effect: Allow\n                Action:\n                  - logs:CreateLogGroup\n                  - logs:CreateLogStream\n                  - logs:PutLogEvents\n                Resource:\n                  - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${AWS::StackName}-viewer-request'\n                  - !Sub 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${AWS::StackName}-viewer-request:*'\n                  - !Sub 'arn:${AWS::Partition}:logs:us-east-1:${AWS::AccountId}:log-group:/aws/lambda/${AWS::StackName}-viewer-request'\n                  - !Sub 'arn:${AWS::Partition}:logs:us-east-1:${AWS::AccountId}:log-group:/aws/lambda/${AWS::StackName}-viewer-request:*'\n\n  # The function. Viewer triggers allow at most 128 MB and 5 s; Lambda@Edge has no\n  # environment variables, layers or arm64, so the configuration is baked into the code.\n  # Inline `ZipFile` source becomes `index.js` (CommonJS), hence `index.handler`.\n  # With `login: form` the code is cut where the session secret goes (`@@SESSION_SECRET@@` in\n  # the rendered code, inside a string literal) and the two halves go around a dynamic\n  # reference to SessionSecret, as site.yaml's ViewerFunction gets its pepper: \"The\n  # secretsmanager dynamic reference can be used in all resource properties\"\n  # (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html);\n  # Fn::Join's list may hold Fn::If and Fn::Join (\"Supported functions\",\n  # https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-join.html).\n  # With `login: basic` the tail is empty and the Fn::If adds nothing: the code is the head.\n  EdgeFunction:\n    Type: AWS::Lambda::Function\n    Condition: UseLambda\n    Properties:\n      FunctionName: !Sub '${AWS::StackName}-viewer-request'\n      Description: secure-dist Basic authentication (viewer-request)\n      Runtime: '@@EDGE_RUNTIME@@'\n      Handler: index.handler\n      Architectures:\n        - x86_64\n      MemorySize: 128\n      Timeout: 5\n      Role: !GetAtt EdgeFunctionRole.Arn\n      Code:\n        ZipFile: !Join\n          - ''\n          - - '@@EDGE_CODE_HEAD@@'\n            - !If\n              - HasSessionSecret\n              - !Join ['', ['{{resolve:secretsmanager:', !Ref SessionSecret, ':SecretString}}']]\n              - ''\n            - '@@EDGE_CODE_TAIL@@'\n\n  # CloudFront needs a numbered version. Its Description carries the runtime and the SHA-256\n  # of the code; a changed Description replaces the version, so new code => new version, same\n  # code => no change at all. The hash is of the code as rendered, before the dynamic\n  # reference is resolved (the session key id is in it, so `end-sessions: all` makes a new\n  # version; the session secret's value is not, and never changes: see SessionSecret). Replicas of a version outlive its association by hours, so the\n  # old version is kept on replace and on delete (otherwise updates and deletes fail).\n  EdgeFunctionVersion:\n    Type: AWS::Lambda::Version\n    Condition: UseLambda\n    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n    Properties:\n      FunctionName: !Ref EdgeFunction\n      Description: 'secure-dist viewer-request @@EDGE_RUNTIME@@ sha256:@@EDGE_CODE_SHA256@@'\n\n  # The users and their passwords when `basic-auth-users` is empty: the source of truth that\n  # `command: rotate` writes (PutSecretValue, the previous version kept as AWSPREVIOUS) and\n  # `deploy` reads. The initial value is a static, empty list, never a password: CloudFormation\n  # only writes the value when SecretString itself changes in the template, so later updates\n  # of this stack leave the users the action stored alone. Do not change SecretString.\n  # Encrypted with the account's aws/secretsmanager key; no rotation Lambda (the action rotates).\n  # Kept when the stack stops owning it (a switch to `basic-auth-users`) or is deleted:\n  # CloudFormation would delete a secret at once, with no recovery window, and the passwords\n  # with it. But not kept when the stack operation that created it rolls back: it holds only\n  # the static empty list then, and a leftover would make every retry fail with \"already\n  # exists\". That is RetainExceptOnCreate: \"behaves like Retain for stack operations, except\n  # for the stack operation that initially created the resource. If the stack operation that\n  # created the resource is rolled back, CloudFormation deletes the resource\"\n  # (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html).\n  # UpdateReplacePolicy has no such value; Retain keeps a replaced secret.\n  # A retained secret is adopted again by deleting it or importing it into the stack.\n  UsersSecret:\n    Type: AWS::SecretsManager::Secret\n    Condition: HasUsersSecret\n    DeletionPolicy: RetainExceptOnCreate\n    UpdateReplacePolicy: Retain\n    Properties:\n      Name: !Sub '${SiteName}/basic-auth'\n      Description: !Sub >-\n        secure-dist Basic auth users of ${SiteName}, written by the action's `command: rotate`\n        and read by `deploy` (JSON: version, users, retired)\n      SecretString: '{\"version\":1,\"users\":[]}'\n\n  # Issue 23: the per-site session secret of `login: form` (docs/design-sessions.md (a)): the\n  # edge derives its cookie MAC key as HMAC-SHA-256(secret, label + key id), so a cookie of one\n  # site is useless on another. Generated by Secrets Manager (43 letters and digits, 256 bits),\n  # never in a template, parameter, output or log: the function code gets it by the dynamic\n  # reference above (\"the secret value may show up in the service whose resource it's being\n  # used in\" -- the function's code, readable with lambda:GetFunction, as the pepper is).\n  # CloudFormation never regenerates an unchanged secret, so a deploy keeps every session; a\n  # rotation ends sessions by a new key id in the code, not by a new secret.\n  # Deleted, not retained, with the stack or when `login: basic` conditions it out: Delete\n  # (the default) means \"CloudFormation deletes the resource and all its content if applicable\n  # during stack deletion\", and the attribute \"also applies to update operations that lead to\n  # resources being removed\"\n  # (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html);\n  # CloudFormation deletes a secret with no recovery window (see UsersSecret). It holds nothing\n  # anyone needs: a new one only ends every session (acceptable: signing in again), while a\n  # retained one would make the next create fail with \"already exists\" (the name is fixed).\n  # The same holds on replace.\n  # If the secret ever leaks: delete it from the stack's view by deploying once with\n  # `login: basic`, then again with `login: form` (a new secret, every session ends).\n  SessionSecret:\n    Type: AWS::SecretsManager::Secret\n    Condition: HasSessionSecret\n    DeletionPolicy: Delete\n    UpdateReplacePolicy: Delete\n    Properties:\n      Name: !Sub '${SiteName}/session-key'\n      Description: !Sub 'secure-dist ${SiteName}: key of the sign-in session cookies (login: form)'\n      GenerateSecretString:\n        PasswordLength: 43\n        ExcludePunctuation: true\n        IncludeSpace: false\n\n  # Issue 15 #5: a wrong password costs one scrypt run (~4 ms of CPU) at the edge, a missing one\n  # microseconds, so a flood of forged credentials would exhaust the Lambda concurrency of the\n  # regions it hits (and starve the account's other functions). A rate-based rule blocks an IP\n  # address that sends more than RateLimit requests in 5 minutes, before the function runs.\n  # Scope CLOUDFRONT web ACLs must be created in us-east-1, which is where this stack lives\n  # (https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-associating-aws-resource.html).\n  # WAF's lowest limit is 10, windows are 60/120/300/600 s, 300 s is the default\n  # (https://docs.aws.amazon.com/waf/latest/developerguide/waf-rule-statement-type-rate-based-high-level-settings.html).\n  RateLimitWebAcl:\n    Type: AWS::WAFv2::WebACL\n    Condition: HasRateLimit\n    Properties:\n      Name: !Sub '${AWS::StackName}-rate-limit'\n      Description: !Sub 'secure-dist ${SiteName}: blocks one IP address above RateLimit requests per 5 minutes'\n      Scope: CLOUDFRONT\n      DefaultAction:\n        Allow: {}\n      VisibilityConfig:\n        SampledRequestsEnabled: true\n        CloudWatchMetricsEnabled: true\n        MetricName: !Sub '${AWS::StackName}-rate-limit'\n      Rules:\n        - Name: per-ip-rate-limit\n          Priority: 0\n          Action:\n            Block: {}\n          Statement:\n            RateBasedStatement:\n              Limit: !Ref RateLimit\n              EvaluationWindowSec: 300\n              AggregateKeyType: IP\n          VisibilityConfig:\n            SampledRequestsEnabled: true\n            CloudWatchMetricsEnabled: true\n            MetricName: !Sub '${AWS::StackName}-per-ip-rate-limit'\n\nOutputs:\n  EdgeFunctionVersionArn:\n    Condition: UseLambda\n    Description: Numbered version ARN to associate with CloudFront (viewer-request)\n    Value: !Ref EdgeFunctionVersion\n  UsersSecretArn:\n    Condition: HasUsersSecret\n    Description: ARN of the Secrets Manager secret holding the users (never its value)\n    Value: !Ref UsersSecret\n  WebAclArn:\n    Condition: HasRateLimit\n    Description: The rate-limiting web ACL, for the site stack's WebAclArn (the distribution's WebACLId)\n    Value: !GetAtt RateLimitWebAcl.Arn\n",
  "site.yaml": "AWSTemplateFormatVersion: '2010-09-09'\nDescription: >-\n  secure-dist site stack: a private S3 bucket reachable only through CloudFront (Origin Access\n  Control), and a distribution that runs the Basic authentication function on every request.\n\nParameters:\n  EdgeFunctionVersionArn:\n    Type: String\n    Default: ''\n    Description: >-\n      Numbered version ARN of the Lambda@Edge function (output of the edge stack); '' only with\n      EdgeRuntime=function\n    AllowedPattern: '^$|^arn:aws[a-z-]*:lambda:us-east-1:[0-9]{12}:function:[A-Za-z0-9_-]+:[0-9]+$'\n    ConstraintDescription: must be a numbered Lambda version ARN in us-east-1 (no $LATEST, no alias)\n  # Issue 14: which edge runtime checks Basic auth (the action's `edge`). `lambda`: the edge\n  # stack's Lambda@Edge version, on viewer-request and origin-response. `function`: this stack's\n  # CloudFront Function (cloudfront-js-2.0) on viewer-request, reading the users from this\n  # stack's KeyValueStore. README: \"Choosing the edge runtime\".\n  EdgeRuntime:\n    Type: String\n    Default: lambda\n    AllowedValues: [lambda, function]\n    Description: The runtime the distribution's viewer-request association uses (the action's `edge`)\n  PrepareFunction:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      'true' while a site switches from lambda to function: the function, its store and pepper\n      are created while the Lambda@Edge association still serves, so the action can fill the\n      store before the distribution uses the function (no window of refused logins).\n  UsersInSecretsManager:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      With the function runtime and `basic-auth-users` empty: this stack owns the users secret\n      `<SiteName>/users` in its region (the lambda runtime keeps `<SiteName>/basic-auth` in the\n      edge stack, us-east-1).\n  # Issue 23: `login: form` (the site file's `login`): the distribution gets the `/_login` and\n  # `/_logout` behaviors, which take POST (the sign-in form; sign-out); with `edge: function`\n  # the login function (LoginFunction) answers them, and the viewer-request function is its\n  # `login: form` build (src/edge/function/render.ts).\n  LoginForm:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: >-\n      'true' with `login: form`: cache behaviors /_login and /_logout that allow POST, answered\n      by the viewer-request function (lambda) or the login function (function). 'false'\n      (`login: basic`): neither.\n  # With `edge: function`: the KeyValueStore `<SiteName>-users` the bootstrap stack created; the\n  # action finds it by name at deploy. The bootstrap owns it so that its deploy role is granted\n  # its exact ARN before the first deploy (cloudformation/bootstrap.yaml, UsersStore).\n  UsersStoreArn:\n    Type: String\n    Default: ''\n    Description: >-\n      The bootstrap stack's KeyValueStore of the users (edge: function); '' with Lambda@Edge\n    AllowedPattern: '^$|^arn:aws[a-z-]*:cloudfront::[0-9]{12}:key-value-store/[0-9a-fA-F-]{36}$'\n    ConstraintDescription: must be empty or a KeyValueStore ARN (the bootstrap stack's output UsersStoreArn)\n  DomainName:\n    Type: String\n    Default: ''\n    Description: Optional custom domain (alias) of the distribution; needs CertificateArn\n    AllowedPattern: '^$|^[a-z0-9*]([a-z0-9.-]*[a-z0-9])?$'\n    ConstraintDescription: must be empty or a lower-case host name\n  CertificateArn:\n    Type: String\n    Default: ''\n    Description: ACM certificate (in us-east-1) covering DomainName; empty = CloudFront default certificate\n    AllowedPattern: '^$|^arn:aws[a-z-]*:acm:us-east-1:[0-9]{12}:certificate/[A-Za-z0-9-]+$'\n    ConstraintDescription: must be empty or an ACM certificate ARN in us-east-1\n  WebAclArn:\n    Type: String\n    Default: ''\n    Description: AWS WAF web ACL (scope CLOUDFRONT, output WebAclArn of the edge stack); empty = none\n    AllowedPattern: '^$|^arn:aws[a-z-]*:wafv2:us-east-1:[0-9]{12}:global/webacl/[A-Za-z0-9_-]+/[a-f0-9-]+$'\n    ConstraintDescription: must be empty or a global (CLOUDFRONT) WAFv2 web ACL ARN\n  SiteName:\n    Type: String\n    Description: >-\n      The action's `stack-name` (this stack is `<SiteName>-site`): the distribution's\n      `secure-dist-site` tag, by which the deploy role's IAM policy finds this site's distribution.\n    AllowedPattern: '^[a-z][a-z0-9-]*$'\n    MaxLength: 44\n  NotFoundPage:\n    Type: String\n    Default: ''\n    Description: >-\n      '/404.html' when the content has a root 404.html: CloudFront then answers missing keys with\n      it (status 404). Else, with EdgeRuntime function, '/_secure-dist/404.html': the page\n      secure-dist publishes itself (the sync puts it first). '' = the edge function's own 404.\n    AllowedValues: ['', '/404.html', '/_secure-dist/404.html']\n  # Pull-request previews (issue 25, the site file's `previews`): the bucket's `_previews/`\n  # keys, written by `command: preview` with the bootstrap's PreviewRole. 'true' adds the\n  # previews' manifests to the keys CloudFront may never read (BucketPolicy).\n  Previews:\n    Type: String\n    Default: 'false'\n    AllowedValues: ['true', 'false']\n    Description: \"'true' with `previews:`: viewers never get a preview's manifest (_previews/*/.secure-dist/*)\"\n  # `previews.domain`: each preview at `pr-<n>.<PreviewDomain>`, through the wildcard alias\n  # `*.<PreviewDomain>` beside DomainName. CloudFront refuses an alias the certificate does not\n  # cover: \"All alternate domain names, including alternate domain names that use wildcards,\n  # must be covered by the subject alternative name (SAN) on the certificate\" (CloudFront\n  # Developer Guide, https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/alternate-domain-names-wildcard.html;\n  # CNAMEs.html#alternate-domain-names-requirements), so CertificateArn must cover both.\n  PreviewDomain:\n    Type: String\n    Default: ''\n    Description: Domain of the previews (alias *.<PreviewDomain>); needs DomainName, Previews and a certificate covering both\n    AllowedPattern: '^$|^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$'\n    ConstraintDescription: must be empty or a lower-case host name (without `*.`)\n  # Share links (`share-links: true`, issue 12): the public keys of the share-link key pairs,\n  # one per slot (PEM, SubjectPublicKeyInfo, RSA 2048), '' for an empty slot. The action keeps\n  # the private keys in the Secrets Manager secret <stack-name>/share-key of this region and\n  # never puts them in a template; a key keeps its slot for life (src/share/keys.ts).\n  ShareKeyA:\n    Type: String\n    Default: ''\n    Description: Share-link public key in slot A (PEM), or '' for none\n    AllowedPattern: '^$|^-----BEGIN PUBLIC KEY-----[A-Za-z0-9+/=\\s]+-----END PUBLIC KEY-----\\s*$'\n    ConstraintDescription: must be empty or a PEM public key\n  ShareKeyB:\n    Type: String\n    Default: ''\n    Description: Share-link public key in slot B (PEM), or '' for none\n    AllowedPattern: '^$|^-----BEGIN PUBLIC KEY-----[A-Za-z0-9+/=\\s]+-----END PUBLIC KEY-----\\s*$'\n    ConstraintDescription: must be empty or a PEM public key\n  ShareKeyC:\n    Type: String\n    Default: ''\n    Description: Share-link public key in slot C (PEM), or '' for none\n    AllowedPattern: '^$|^-----BEGIN PUBLIC KEY-----[A-Za-z0-9+/=\\s]+-----END PUBLIC KEY-----\\s*$'\n    ConstraintDescription: must be empty or a PEM public key\n  ShareKeyCreated:\n    Type: String\n    Default: '-,-,-'\n    Description: >-\n      When the keys in slots A, B and C were created (epoch seconds, '-' for an empty slot),\n      comma-separated: part of each public key's CallerReference, so a slot that gets a new key\n      never reuses the reference of the key it held before.\n    AllowedPattern: '^(-|[0-9]+),(-|[0-9]+),(-|[0-9]+)$'\n\nRules:\n  LambdaNeedsVersion:\n    RuleCondition: !Equals [!Ref EdgeRuntime, lambda]\n    Assertions:\n      - Assert: !Not [!Equals [!Ref EdgeFunctionVersionArn, '']]\n        AssertDescription: EdgeRuntime=lambda needs EdgeFunctionVersionArn (the edge stack's output)\n  FunctionNeedsStore:\n    RuleCondition: !Or [!Equals [!Ref EdgeRuntime, function], !Equals [!Ref PrepareFunction, 'true']]\n    Assertions:\n      - Assert: !Not [!Equals [!Ref UsersStoreArn, '']]\n        AssertDescription: EdgeRuntime=function needs UsersStoreArn (the bootstrap stack's KeyValueStore)\n  DomainNeedsCertificate:\n    RuleCondition: !Not [!Equals [!Ref DomainName, '']]\n    Assertions:\n      - Assert: !Not [!Equals [!Ref CertificateArn, '']]\n        AssertDescription: DomainName needs a CertificateArn (ACM, us-east-1)\n  CertificateNeedsDomain:\n    RuleCondition: !Not [!Equals [!Ref CertificateArn, '']]\n    Assertions:\n      - Assert: !Not [!Equals [!Ref DomainName, '']]\n        AssertDescription: CertificateArn is only used together with DomainName\n  PreviewDomainNeedsDomain:\n    RuleCondition: !Not [!Equals [!Ref PreviewDomain, '']]\n    Assertions:\n      - Assert: !Not [!Equals [!Ref DomainName, '']]\n        AssertDescription: PreviewDomain needs DomainName and CertificateArn (covering *.<PreviewDomain>)\n      - Assert: !Equals [!Ref Previews, 'true']\n        AssertDescription: PreviewDomain needs Previews=true\n\nConditions:\n  HasDomainName: !Not [!Equals [!Ref DomainName, '']]\n  HasCertificate: !Not [!Equals [!Ref CertificateArn, '']]\n  UseCustomDomain: !And [!Condition HasDomainName, !Condition HasCertificate]\n  HasPreviews: !Equals [!Ref Previews, 'true']\n  HasPreviewDomain: !Not [!Equals [!Ref PreviewDomain, '']]\n  HasWebAcl: !Not [!Equals [!Ref WebAclArn, '']]\n  HasNotFoundPage: !Not [!Equals [!Ref NotFoundPage, '']]\n  HasShareKeyA: !Not [!Equals [!Ref ShareKeyA, '']]\n  HasShareKeyB: !Not [!Equals [!Ref ShareKeyB, '']]\n  HasShareKeyC: !Not [!Equals [!Ref ShareKeyC, '']]\n  HasShareKeys: !Or [!Condition HasShareKeyA, !Condition HasShareKeyB, !Condition HasShareKeyC]\n  UseLambda: !Equals [!Ref EdgeRuntime, lambda]\n  UseFunction: !Equals [!Ref EdgeRuntime, function]\n  HasFunction: !Or [!Condition UseFunction, !Equals [!Ref PrepareFunction, 'true']]\n  HasFunctionUsersSecret: !And [!Condition HasFunction, !Equals [!Ref UsersInSecretsManager, 'true']]\n  HasLoginForm: !Equals [!Ref LoginForm, 'true']\n  HasCacheBehaviors: !Or [!Condition HasShareKeys, !Condition HasLoginForm]\n  HasLoginFunction: !And [!Condition HasFunction, !Condition HasLoginForm]\n  UseLoginFunction: !And [!Condition UseFunction, !Condition HasLoginForm]\n\nResources:\n  # Private bucket: no public access of any kind, no ACLs (the bucket owner owns every\n  # object), encrypted at rest with S3-managed keys. Its exact name (<stack-name>-site-<account>-\n  # <region>, at most 63 characters: the action checks `stack-name`) lets IAM grant this one\n  # bucket, never a prefix another site's bucket could share (issue 15 #2).\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub '${AWS::StackName}-${AWS::AccountId}-${AWS::Region}'\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: BucketOwnerEnforced\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n\n  BucketPolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Bucket\n      PolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          # Nobody talks to the bucket without TLS.\n          - Sid: DenyInsecureTransport\n            Effect: Deny\n            Principal: '*'\n            Action: 's3:*'\n            Resource:\n              - !GetAtt Bucket.Arn\n              - !Sub '${Bucket.Arn}/*'\n            Condition:\n              Bool:\n                aws:SecureTransport: 'false'\n          # CloudFront reads objects, for this distribution only (OAC signs with SigV4).\n          - Sid: AllowCloudFrontRead\n            Effect: Allow\n            Principal:\n              Service: cloudfront.amazonaws.com\n            Action: s3:GetObject\n            Resource: !Sub '${Bucket.Arn}/*'\n            Condition:\n              StringEquals:\n                AWS:SourceArn: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Distribution}'\n          # ListBucket makes a missing key answer 404 instead of 403.\n          - Sid: AllowCloudFrontList\n            Effect: Allow\n            Principal:\n              Service: cloudfront.amazonaws.com\n            Action: s3:ListBucket\n            Resource: !GetAtt Bucket.Arn\n            Condition:\n              StringEquals:\n                AWS:SourceArn: !Sub 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Distribution}'\n          # The sync keeps its manifest under .secure-dist/: viewers never get it. With\n          # previews, each preview's manifest (`_previews/pr-<n>/.secure-dist/manifest.json`)\n          # neither: in an ARN `*` matches any characters, `/` included.\n          - Sid: DenyCloudFrontManifest\n            Effect: Deny\n            Principal:\n              Service: cloudfront.amazonaws.com\n            Action: s3:GetObject\n            Resource: !If\n              - HasPreviews\n              - - !Sub '${Bucket.Arn}/.secure-dist/*'\n                - !Sub '${Bucket.Arn}/_previews/*/.secure-dist/*'\n              - !Sub '${Bucket.Arn}/.secure-dist/*'\n\n  OriginAccessControl:\n    Type: AWS::CloudFront::OriginAccessControl\n    Properties:\n      OriginAccessControlConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}'\n        Description: !Sub 'secure-dist ${AWS::StackName}: CloudFront signs every request to the bucket'\n        OriginAccessControlOriginType: s3\n        SigningBehavior: always\n        SigningProtocol: sigv4\n\n  SecurityHeadersPolicy:\n    Type: AWS::CloudFront::ResponseHeadersPolicy\n    Properties:\n      ResponseHeadersPolicyConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}-security-headers'\n        Comment: secure-dist security headers\n        SecurityHeadersConfig:\n          StrictTransportSecurity:\n            AccessControlMaxAgeSec: 63072000\n            IncludeSubdomains: true\n            Preload: false\n            Override: true\n          ContentTypeOptions:\n            Override: true\n          FrameOptions:\n            FrameOption: DENY\n            Override: true\n          ReferrerPolicy:\n            ReferrerPolicy: same-origin\n            Override: true\n        CustomHeadersConfig:\n          Items:\n            # A password-protected site has nothing for search engines.\n            - Header: X-Robots-Tag\n              Value: noindex, nofollow\n              Override: true\n            # The safety net of the caching design (see CachePolicy): a response that brings\n            # no Cache-Control of its own (S3's errors, with `edge: function`) still reaches the\n            # viewer `private`. Override false: never replaces the value the edge function set,\n            # whichever of the two CloudFront applies first (its docs do not say).\n            - Header: Cache-Control\n              Value: private, no-cache\n              Override: false\n\n  # Caching (issue 20). CloudFront must keep every object until the sync invalidates it, while\n  # a viewer only ever gets `private` (no shared cache between viewer and CloudFront may reuse an\n  # authenticated response, RFC 9111 \xA73.5). AWS's pages disagree on `private`/`no-cache`/\n  # `no-store` from the origin with a minimum TTL > 0:\n  # - \"If your minimum TTL is greater than 0, CloudFront will cache content for at least the\n  #   duration specified in the cache policy's minimum TTL, even if the Cache-Control: no-cache,\n  #   no-store, or private directives are present in the origin headers.\" (CloudFront API\n  #   Reference, CachePolicyConfig, https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CachePolicyConfig.html,\n  #   and the CloudFormation reference of AWS::CloudFront::CachePolicy CachePolicyConfig.)\n  # - \"If CloudFront gets an object from the origin that includes the Cache-Control: no-cache,\n  #   no-store, and/or private directives, and then later CloudFront gets another viewer request\n  #   for the same object, CloudFront tries to contact the origin to fulfill the viewer request.\n  #   If the origin is reachable, CloudFront gets the object from the origin and returns it to\n  #   the viewer.\" (Developer Guide, Expiration.md, warning under the table, in the archived\n  #   awsdocs/amazon-cloudfront-developer-guide at 2023-03-31, whose table cell says in the same\n  #   breath \"CloudFront caches the object for the value of the CloudFront minimum TTL\".) The\n  #   live page, https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Expiration.html,\n  #   could be read here only in part (a third party quotes it, 2026-10, as \"If your minimum TTL\n  #   is greater than 0, CloudFront uses the cache policy's minimum TTL, even if the\n  #   Cache-Control: no-cache, no-store, and/or private directives are present\"), and one stored\n  #   copy of the API page lacks the note the China, CloudFormation and SDK copies carry. So:\n  #   unsettled; \"cached\" and \"asked again on every request\" may both be meant.)\n  # So no object tells CloudFront `private`: each is stored with `Cache-Control: max-age=1` (a\n  # max-age below the minimum TTL is raised to it: one year, uncontested) and its viewer value\n  # as the metadata `x-amz-meta-viewer-cache-control` (src/edge/core/cache-control.ts). The\n  # edge function's viewer-response trigger puts that value back before a response leaves\n  # CloudFront, hits included. Weighed:\n  # - A CloudFront Function on viewer-response in both runtimes ($0.10 per million, sub-ms)\n  #   cannot sit next to Lambda@Edge: \"You can't combine CloudFront Functions and Lambda@Edge in\n  #   viewer events (viewer request and viewer response)\" (\"Restrictions on all edge functions\",\n  #   https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-function-restrictions-all.html).\n  #   So `edge: lambda` adds viewer-response to its one version (a second Lambda@Edge\n  #   invocation per request: +$0.60 per million plus ~1 ms at 128 MB, and its latency; the\n  #   code grew ~0.7 KB of its 12 KB budget), `edge: function` associates its one function with\n  #   viewer-response too (+$0.10 per million, ~0.6 KB of 10 KB); no new resource, no new grant\n  #   (prices: https://aws.amazon.com/cloudfront/pricing/). One function on both viewer events\n  #   rests on the event structure naming both (`context.eventType` \"viewer-request or\n  #   viewer-response\", \"CloudFront Functions event structure\"); no page says so outright:\n  #   aws-smoke.yml creates such a site to check it.\n  #   Had the second reading held with `private` objects, every request would have cost an S3\n  #   GET and an origin-response invocation instead.\n  # - origin-response (lambda only) cannot do it: what it returns is what CloudFront caches\n  #   and later serves from the cache, so one value cannot be both cacheable and private.\n  # - A response headers policy can set Cache-Control for viewers only (\"These headers don't\n  #   affect how CloudFront caches the requested object\", \"Add or remove HTTP headers in\n  #   CloudFront responses with a policy\",\n  #   https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/adding-response-headers.html),\n  #   but one fixed value per behavior: HTML revalidating and fingerprinted assets kept a year\n  #   cannot both hold. It is the safety net instead (SecurityHeadersPolicy): `private, no-cache`\n  #   for any response without a Cache-Control of its own, e.g. S3's errors with `edge: function`.\n  # The trigger does not run where the origin answered 400 or more (same restrictions page), so\n  # what CloudFront serves then carries its own `private` value: origin-response's 404 and 302\n  # (lambda), and the 404 page, which the sync stores with its viewer value (it is fetched again\n  # when an error is built, at most once a minute per missing path, under the second reading).\n  # The sandbox follows the second, stricter reading (a `private` object is never a hit), so a\n  # regression shows there. Nothing of the request is in the key (the edge function\n  # authenticates before the cache lookup), so a cached object serves every authenticated viewer;\n  # gzip and brotli variants are cached separately.\n  CachePolicy:\n    Type: AWS::CloudFront::CachePolicy\n    Properties:\n      CachePolicyConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}-cache'\n        Comment: secure-dist - cached until invalidated; the edge gives viewers the private Cache-Control\n        MinTTL: 31536000\n        DefaultTTL: 31536000\n        MaxTTL: 31536000\n        ParametersInCacheKeyAndForwardedToOrigin:\n          EnableAcceptEncodingGzip: true\n          EnableAcceptEncodingBrotli: true\n          CookiesConfig:\n            CookieBehavior: none\n          HeadersConfig:\n            HeaderBehavior: none\n          QueryStringsConfig:\n            QueryStringBehavior: none\n\n  # Share links: the trusted public keys and their key group. On the `/_share/*` behavior\n  # below, CloudFront itself requires a URL signed with one of these keys and checks its policy\n  # (resource, expiry) before any function runs, answering 403 otherwise; \"When you reference a\n  # key group in a cache behavior, CloudFront requires signed URLs or signed cookies for all\n  # requests that match the cache behavior\" (CloudFront API Reference, CreateKeyGroup).\n  # Ref of a public key is its ID (e.g. K2JCJMDEHXQW5F): the `Key-Pair-Id` of a signed URL.\n  SharePublicKeyA:\n    Type: AWS::CloudFront::PublicKey\n    Condition: HasShareKeyA\n    Properties:\n      PublicKeyConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}-share-a'\n        CallerReference: !Sub\n          - '${AWS::StackName}-${AWS::Region}-share-a-${Created}'\n          - Created: !Select [0, !Split [',', !Ref ShareKeyCreated]]\n        Comment: secure-dist share links, slot A\n        EncodedKey: !Ref ShareKeyA\n  SharePublicKeyB:\n    Type: AWS::CloudFront::PublicKey\n    Condition: HasShareKeyB\n    Properties:\n      PublicKeyConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}-share-b'\n        CallerReference: !Sub\n          - '${AWS::StackName}-${AWS::Region}-share-b-${Created}'\n          - Created: !Select [1, !Split [',', !Ref ShareKeyCreated]]\n        Comment: secure-dist share links, slot B\n        EncodedKey: !Ref ShareKeyB\n  SharePublicKeyC:\n    Type: AWS::CloudFront::PublicKey\n    Condition: HasShareKeyC\n    Properties:\n      PublicKeyConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}-share-c'\n        CallerReference: !Sub\n          - '${AWS::StackName}-${AWS::Region}-share-c-${Created}'\n          - Created: !Select [2, !Split [',', !Ref ShareKeyCreated]]\n        Comment: secure-dist share links, slot C\n        EncodedKey: !Ref ShareKeyC\n  ShareKeyGroup:\n    Type: AWS::CloudFront::KeyGroup\n    Condition: HasShareKeys\n    Properties:\n      KeyGroupConfig:\n        Name: !Sub '${AWS::StackName}-${AWS::Region}-share'\n        Comment: secure-dist share links (keys rotated by the action)\n        Items:\n          - !If [HasShareKeyA, !Ref SharePublicKeyA, !Ref AWS::NoValue]\n          - !If [HasShareKeyB, !Ref SharePublicKeyB, !Ref AWS::NoValue]\n          - !If [HasShareKeyC, !Ref SharePublicKeyC, !Ref AWS::NoValue]\n\n  # ---------------------------------------------------------------------------------------------\n  # The CloudFront Functions runtime (`edge: function`, issue 14). Nothing of it is in us-east-1:\n  # a CloudFront Function and its secrets are created by this stack, in any region (CloudFront\n  # is global); its KeyValueStore by the bootstrap stack. Only a CLOUDFRONT-scope WAF web ACL must be created in\n  # us-east-1: \"AWS WAF is available globally for CloudFront distributions, but you must use the\n  # Region US East (N. Virginia) to create your web ACL and any resources used in the web ACL\"\n  # (https://docs.aws.amazon.com/waf/latest/developerguide/how-aws-waf-works-resources.html),\n  # so with `rate-limit` the edge stack keeps only that.\n  # ---------------------------------------------------------------------------------------------\n\n  # The per-site pepper, the HMAC key of every stored hash (format.ts). Generated by Secrets\n  # Manager (43 letters and digits: 256 bits, the length the function expects), never in a\n  # template, a parameter, an output or a log: the function code gets it through a dynamic\n  # reference, resolved by CloudFormation when it creates or updates the function. \"The\n  # secretsmanager dynamic reference can be used in all resource properties ... the secret value\n  # may show up in the service whose resource it's being used in\" -- here, on purpose, the\n  # function's code (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html).\n  # The action reads it (GetSecretValue) to compute the hashes it writes. Stable across deploys:\n  # CloudFormation never regenerates an unchanged secret, so an unchanged deploy changes nothing.\n  PepperSecret:\n    Type: AWS::SecretsManager::Secret\n    Condition: HasFunction\n    Properties:\n      Name: !Sub '${SiteName}/pepper'\n      Description: !Sub 'secure-dist ${SiteName}: pepper of the CloudFront Function password hashes'\n      GenerateSecretString:\n        PasswordLength: 43\n        ExcludePunctuation: true\n        IncludeSpace: false\n\n  # The users secret of the function runtime when `basic-auth-users` is empty: as the edge\n  # stack's `<SiteName>/basic-auth` (see edge.yaml for the policies), but in this stack's region.\n  FunctionUsersSecret:\n    Type: AWS::SecretsManager::Secret\n    Condition: HasFunctionUsersSecret\n    DeletionPolicy: RetainExceptOnCreate\n    UpdateReplacePolicy: Retain\n    Properties:\n      Name: !Sub '${SiteName}/users'\n      Description: !Sub >-\n        secure-dist Basic auth users of ${SiteName} (edge: function), written by the action's\n        `command: rotate` and read by `deploy` (JSON: version, users, retired)\n      SecretString: '{\"version\":1,\"users\":[]}'\n\n  # The viewer-request check. AutoPublish makes the code LIVE, which the distribution's\n  # association uses; FunctionARN (GetAtt) is the LIVE function's ARN. Its store is the\n  # bootstrap's (UsersStoreArn), one key per user (`u:<name>`, format.ts) written by the action\n  # with UpdateKeys. An existing store is associated by its ARN: \"A function can have only one\n  # key value store\", \"You can associate the same key value store with multiple functions\"\n  # (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/kvs-with-functions-associate.html);\n  # the code reads it with `cf.kvs()` (no id: \"Helper methods for key value stores\"). The code\n  # is the bundled function with its configuration (realm, pepper): the pepper is the dynamic\n  # reference between the two halves synth renders.\n  ViewerFunction:\n    Type: AWS::CloudFront::Function\n    Condition: HasFunction\n    Properties:\n      Name: !Sub '${AWS::StackName}-${AWS::Region}'\n      AutoPublish: true\n      FunctionConfig:\n        Comment: !Sub 'secure-dist ${SiteName}: Basic authentication (viewer-request)'\n        Runtime: cloudfront-js-2.0\n        KeyValueStoreAssociations:\n          - KeyValueStoreARN: !Ref UsersStoreArn\n      FunctionCode: !Join\n        - ''\n        - - '@@FUNCTION_CODE_HEAD@@'\n          - '{{resolve:secretsmanager:'\n          - !Ref PepperSecret\n          - ':SecretString}}'\n          - '@@FUNCTION_CODE_TAIL@@'\n\n  # The viewer-response function (src/edge/function/response.ts): the viewer's Cache-Control\n  # and the published files' Content-Security-Policy. A function of its own, not a branch of\n  # ViewerFunction, so its code takes nothing of ViewerFunction's 10 KB: \"Maximum function\n  # size\" (10 KB, not adjustable) is per function and an account may have 100 functions\n  # (\"Quotas on CloudFront Functions\",\n  # https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-functions),\n  # and each association names its own event type and function ARN (API Reference,\n  # FunctionAssociation). No store, no secret: the code is rendered whole (`trusted-pages` is\n  # its only configuration). Named `<StackName>-<Region>-response`: the bootstrap roles grant\n  # it by that exact name (bootstrap.yaml, Sid ViewerFunction).\n  ResponseFunction:\n    Type: AWS::CloudFront::Function\n    Condition: HasFunction\n    Properties:\n      Name: !Sub '${AWS::StackName}-${AWS::Region}-response'\n      AutoPublish: true\n      FunctionConfig:\n        Comment: !Sub 'secure-dist ${SiteName}: viewer Cache-Control and page policy (viewer-response)'\n        Runtime: cloudfront-js-2.0\n      FunctionCode: '@@RESPONSE_FUNCTION_CODE@@'\n\n  # `login: form` on the function runtime (issue 23 item 1; src/edge/function/login.ts): the\n  # sign-in page, the minting of the session cookie (Basic credentials sent by the page's\n  # script, checked against the same store with the same pepper) and sign-out, on the\n  # viewer-request event of the `/_login` and `/_logout` cache behaviors (AllowedMethods with\n  # POST). A function of its own for the same reason as ResponseFunction: the 10 KB quota is\n  # per function, and the viewer-request function has no room for the sign-in code. Same store\n  # (\"You can associate the same key value store with multiple functions\", above) and the same\n  # pepper by the same dynamic reference; the session key is derived from the pepper (no new\n  # secret). Named `<StackName>-<Region>-login`: the bootstrap roles grant it by that exact\n  # name (bootstrap.yaml, Sid ViewerFunction). Associated on viewer-request of both behaviors\n  # when EdgeRuntime=function and LoginForm='true' (UseLoginFunction, below).\n  LoginFunction:\n    Type: AWS::CloudFront::Function\n    Condition: HasLoginFunction\n    Properties:\n      Name: !Sub '${AWS::StackName}-${AWS::Region}-login'\n      AutoPublish: true\n      FunctionConfig:\n        Comment: !Sub 'secure-dist ${SiteName}: sign-in and sign-out (viewer-request on /_login, /_logout)'\n        Runtime: cloudfront-js-2.0\n        KeyValueStoreAssociations:\n          - KeyValueStoreARN: !Ref UsersStoreArn\n      FunctionCode: !Join\n        - ''\n        - - '@@LOGIN_FUNCTION_CODE_HEAD@@'\n          - '{{resolve:secretsmanager:'\n          - !Ref PepperSecret\n          - ':SecretString}}'\n          - '@@LOGIN_FUNCTION_CODE_TAIL@@'\n\n  Distribution:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      # IAM finds this site's distribution by this tag (aws:ResourceTag/secure-dist-site).\n      Tags:\n        - Key: secure-dist-site\n          Value: !Ref SiteName\n      DistributionConfig:\n        Enabled: true\n        Comment: !Sub 'secure-dist ${AWS::StackName}'\n        DefaultRootObject: index.html\n        HttpVersion: http2and3\n        # The edge stack's rate-based rule (input `rate-limit`): CloudFront takes a WAFv2 web\n        # ACL by its ARN here.\n        WebACLId: !If [HasWebAcl, !Ref WebAclArn, !Ref AWS::NoValue]\n        IPV6Enabled: true\n        # Previews by host (`previews.domain`): `*.<PreviewDomain>` beside the site's name. One\n        # cache serves every alias, and a cache key holds the path, not the viewer's Host (the\n        # cache policy forwards no header; Host reaches S3 as the bucket's own name), so the\n        # viewer-request function rewrites `pr-<n>.<PreviewDomain>/<path>` to\n        # `/_previews/pr-<n>/<path>` BEFORE the cache lookup: \"To change a value that you're\n        # using as a basis for caching, use the viewer request event\"\n        # (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-how-to-choose-event.html);\n        # a CloudFront Function on viewer request \"runs ... before checking to see whether the\n        # requested object is in the CloudFront cache\"\n        # (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/function-code-choose-purpose.html).\n        Aliases: !If\n          - UseCustomDomain\n          - !If\n            - HasPreviewDomain\n            - [!Ref DomainName, !Sub '*.${PreviewDomain}']\n            - [!Ref DomainName]\n          - !Ref AWS::NoValue\n        ViewerCertificate: !If\n          - UseCustomDomain\n          - AcmCertificateArn: !Ref CertificateArn\n            SslSupportMethod: sni-only\n            MinimumProtocolVersion: TLSv1.2_2021\n          - CloudFrontDefaultCertificate: true\n        Origins:\n          - Id: bucket\n            DomainName: !GetAtt Bucket.RegionalDomainName\n            OriginAccessControlId: !GetAtt OriginAccessControl.Id\n            S3OriginConfig:\n              OriginAccessIdentity: ''\n        DefaultCacheBehavior:\n          TargetOriginId: bucket\n          # Viewers only ever reach the origin over HTTPS (the bucket denies plain HTTP).\n          ViewerProtocolPolicy: redirect-to-https\n          AllowedMethods: [GET, HEAD]\n          CachedMethods: [GET, HEAD]\n          Compress: true\n          # The viewer-request function runs before the cache lookup, so cached objects are\n          # still only served to authenticated viewers.\n          CachePolicyId: !Ref CachePolicy\n          ResponseHeadersPolicyId: !Ref SecurityHeadersPolicy\n          # ONE function version, three triggers: it dispatches on the event type. \"A Lambda@Edge\n          # trigger is one combination of a CloudFront distribution, cache behavior, and event\n          # that causes a function to execute ... You can add more triggers to the same function\"\n          # (CloudFront Developer Guide, \"Add triggers for a Lambda@Edge function\"); a cache\n          # behavior takes up to four associations, one per event type (API Reference,\n          # LambdaFunctionAssociations). origin-response runs only on cache misses, after S3\n          # answered: it turns S3's 403/404 into a redirect (`/dir` -> `/dir/`) or a plain 404.\n          LambdaFunctionAssociations: !If\n            - UseLambda\n            - - EventType: viewer-request\n                LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                IncludeBody: false\n              - EventType: origin-response\n                LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n              # The viewer's Cache-Control (see CachePolicy), on hits and misses.\n              - EventType: viewer-response\n                LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n            - !Ref AWS::NoValue\n          # The function runtime: the CloudFront Functions instead, ViewerFunction on\n          # viewer-request and ResponseFunction on viewer-response (two functions, each with\n          # its own 10 KB; see ResponseFunction).\n          FunctionAssociations: !If\n            - UseFunction\n            - - EventType: viewer-request\n                FunctionARN: !GetAtt ViewerFunction.FunctionARN\n              - EventType: viewer-response\n                FunctionARN: !GetAtt ResponseFunction.FunctionARN\n            - !Ref AWS::NoValue\n        # Share links: signed URLs, and the signed cookies the viewer-response trigger sets for a\n        # folder link (issue 23, src/edge/core/share-cookies.ts); TrustedKeyGroups checks both.\n        # The signed resource is the https://\n        # URL, so a plain-HTTP request is redirected like any other. The SAME function version runs here; the edge configuration has\n        # `share: true` exactly when this behavior exists (both come from the same deploy), so\n        # the function skips Basic auth for a `/_share/` URI only on this behavior (see\n        # src/edge/core/share.ts). The cache policy keeps the signing parameters out of the\n        # cache key; the function maps `/_share/<key>` to `/<key>`.\n        # Sign-in (issue 23, `login: form`): `/_login` (GET: the sign-in page; POST: the form on\n        # Lambda@Edge, an `Authorization: Basic` request from the page's script on the function\n        # runtime) and `/_logout` (POST, or GET checked with Sec-Fetch-Site). Both take POST, so\n        # both allow the one method set that has it: CloudFront accepts only \"GET and HEAD\",\n        # \"GET, HEAD, and OPTIONS\", or \"GET, HEAD, OPTIONS, PUT, PATCH, POST, and DELETE\"\n        # (CloudFront API Reference, AllowedMethods:\n        # https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_AllowedMethods.html).\n        # The viewer-request function answers every request on them itself (a method other than\n        # GET, HEAD or POST gets 405) and never forwards one to the bucket, whose policy grants\n        # CloudFront only reads anyway. Only `/_login` on Lambda@Edge reads the body: its\n        # viewer-request association has IncludeBody: true (\"choose Include Body when you create\n        # a CloudFront trigger for your function that's for a viewer request or origin request\n        # event\", https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-include-body-access.html);\n        # every other association keeps false, so no other request pays for a body. CloudFront\n        # Functions cannot read a body at all. The other associations are the default\n        # behavior's. No cache policy of their own is needed to keep them out of the cache:\n        # they are answered at viewer-request, and \"When a viewer request event triggers the\n        # function, CloudFront returns the response to the viewer and doesn't cache it\"\n        # (\"Generate HTTP responses in request triggers\":\n        # https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-generating-http-responses-in-requests.html;\n        # read here in its translated copy); CloudFront Functions' generated responses likewise\n        # never reach the cache (they answer before the cache lookup).\n        CacheBehaviors: !If\n          - HasCacheBehaviors\n          - - !If\n              - HasShareKeys\n              - PathPattern: /_share/*\n                TargetOriginId: bucket\n                ViewerProtocolPolicy: redirect-to-https\n                AllowedMethods: [GET, HEAD]\n                CachedMethods: [GET, HEAD]\n                Compress: true\n                CachePolicyId: !Ref CachePolicy\n                ResponseHeadersPolicyId: !Ref SecurityHeadersPolicy\n                TrustedKeyGroups:\n                  - !Ref ShareKeyGroup\n                # As on the default behavior. The function runtime has no share hook yet (the\n                # input `share-links` refuses `edge: function`); should both meet, the CloudFront\n                # Function asks for Basic credentials here too: closed, never open.\n                LambdaFunctionAssociations: !If\n                  - UseLambda\n                  - - EventType: viewer-request\n                      LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                      IncludeBody: false\n                    - EventType: origin-response\n                      LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                    - EventType: viewer-response\n                      LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                  - !Ref AWS::NoValue\n                FunctionAssociations: !If\n                  - UseFunction\n                  - - EventType: viewer-request\n                      FunctionARN: !GetAtt ViewerFunction.FunctionARN\n                    - EventType: viewer-response\n                      FunctionARN: !GetAtt ResponseFunction.FunctionARN\n                  - !Ref AWS::NoValue\n              - !Ref AWS::NoValue\n            # The sign-in form: the only association that reads a body.\n            - !If\n              - HasLoginForm\n              - PathPattern: /_login\n                TargetOriginId: bucket\n                ViewerProtocolPolicy: redirect-to-https\n                AllowedMethods: [GET, HEAD, OPTIONS, PUT, PATCH, POST, DELETE]\n                CachedMethods: [GET, HEAD]\n                Compress: true\n                CachePolicyId: !Ref CachePolicy\n                ResponseHeadersPolicyId: !Ref SecurityHeadersPolicy\n                LambdaFunctionAssociations: !If\n                  - UseLambda\n                  - - EventType: viewer-request\n                      LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                      IncludeBody: true\n                    - EventType: origin-response\n                      LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                    - EventType: viewer-response\n                      LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                  - !Ref AWS::NoValue\n                # The function runtime: the login function (LoginFunction) answers here.\n                FunctionAssociations: !If\n                  - UseLoginFunction\n                  - - EventType: viewer-request\n                      FunctionARN: !GetAtt LoginFunction.FunctionARN\n                    - EventType: viewer-response\n                      FunctionARN: !GetAtt ResponseFunction.FunctionARN\n                  - !Ref AWS::NoValue\n              - !Ref AWS::NoValue\n            # Sign-out: POST without a body.\n            - !If\n              - HasLoginForm\n              - PathPattern: /_logout\n                TargetOriginId: bucket\n                ViewerProtocolPolicy: redirect-to-https\n                AllowedMethods: [GET, HEAD, OPTIONS, PUT, PATCH, POST, DELETE]\n                CachedMethods: [GET, HEAD]\n                Compress: true\n                CachePolicyId: !Ref CachePolicy\n                ResponseHeadersPolicyId: !Ref SecurityHeadersPolicy\n                LambdaFunctionAssociations: !If\n                  - UseLambda\n                  - - EventType: viewer-request\n                      LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                      IncludeBody: false\n                    - EventType: origin-response\n                      LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                    - EventType: viewer-response\n                      LambdaFunctionARN: !Ref EdgeFunctionVersionArn\n                  - !Ref AWS::NoValue\n                FunctionAssociations: !If\n                  - UseLoginFunction\n                  - - EventType: viewer-request\n                      FunctionARN: !GetAtt LoginFunction.FunctionARN\n                    - EventType: viewer-response\n                      FunctionARN: !GetAtt ResponseFunction.FunctionARN\n                  - !Ref AWS::NoValue\n              - !Ref AWS::NoValue\n          - !Ref AWS::NoValue\n        # With a 404 page: a missing key gets /404.html with status 404. Only 404 is mapped. A\n        # missing key is a 404 from S3 in both runtimes: the bucket policy grants CloudFront\n        # s3:ListBucket, and \"If you have the s3:ListBucket permission on the bucket, Amazon S3\n        # returns an HTTP status code 404 Not Found error ... If you don't ..., 403\" (S3 API\n        # Reference, GetObject: https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html);\n        # with `edge: lambda` the origin-response trigger turns S3's 403/404 into a 302 or a 404\n        # anyway. A 403 is never mapped: every 403 a viewer can get is made in front of the\n        # origin for a client that may be a stranger -- a WAF block, a share link whose signature\n        # CloudFront refused, an access rule of the edge function -- or is S3's refusal of the\n        # reserved `.secure-dist/` prefix; mapping 403 would hand those clients the private\n        # site's 404 page. They keep the plain answer the function or CloudFront gives.\n        # CloudFront fetches the page without running the viewer-request function (the viewer\n        # was already authenticated) and without the viewer-response trigger (\"CloudFront\n        # doesn't invoke edge functions for viewer response events when the origin returns HTTP\n        # status code 400 or higher\", \"Restrictions on all edge functions\"), so the sync stores\n        # 404.html with its viewer Cache-Control (src/sync/headers.ts). ErrorCachingMinTTL 60 s:\n        # a scan for missing paths reaches the origin at most once a minute per path, while a key\n        # uploaded without an invalidation (`invalidate: false`) appears within a minute; the sync\n        # invalidates new keys anyway. (CloudFront caches errors for 10 s by default, \"Control how\n        # long CloudFront caches errors\", Developer Guide.)\n        # Previews (issue 25): this mapping is the distribution's, for every path, so with a\n        # root 404.html a missing key under `_previews/` (a removed or expired preview, or a page\n        # the preview lacks) answers the SITE's /404.html, not the preview's own 404.html nor the\n        # edge's \"this preview does not exist\" page (whether the mapping also replaces a 404 the\n        # origin-response trigger made is not stated on the pages read: assume it does). Left\n        # as is: error responses cannot be set per path; the edge team's 404 page needs either no\n        # NotFoundPage or an answer made before the origin.\n        # With EdgeRuntime function and no root 404.html, NotFoundPage is secure-dist's own page\n        # (/_secure-dist/404.html, src/sync/not-found-page.ts): the function runtime has no\n        # origin-response, so this mapping is its only way to answer a missing key (a removed or\n        # expired preview's too) with a page; a script in it names the preview. Were the page\n        # missing, CloudFront would answer S3's 404 (\"If you configure CloudFront to return a\n        # custom error page for an HTTP status code but the custom error page isn't available,\n        # CloudFront returns to the viewer the status code that CloudFront received from the\n        # origin\", \"Generate custom error responses\", Developer Guide, custom-error-pages.html):\n        # deploy puts the page before an update executes, and the sync before the content.\n        CustomErrorResponses: !If\n          - HasNotFoundPage\n          - - ErrorCode: 404\n              ResponseCode: 404\n              ResponsePagePath: !Ref NotFoundPage\n              ErrorCachingMinTTL: 60\n          - !Ref AWS::NoValue\n\nOutputs:\n  UsersStoreArn:\n    Condition: HasFunction\n    Description: The KeyValueStore the function reads the users from (rotate writes it)\n    Value: !Ref UsersStoreArn\n  BucketName:\n    Description: The private bucket holding the site's content\n    Value: !Ref Bucket\n  DistributionId:\n    Description: CloudFront distribution id (for invalidations)\n    Value: !Ref Distribution\n  DistributionDomainName:\n    Description: CloudFront domain name of the distribution\n    Value: !GetAtt Distribution.DomainName\n  Url:\n    Description: Address of the site\n    Value: !If\n      - UseCustomDomain\n      - !Sub 'https://${DomainName}/'\n      - !Sub 'https://${Distribution.DomainName}/'\n  ShareKeyAId:\n    Condition: HasShareKeyA\n    Description: CloudFront public key ID of share-link slot A (Key-Pair-Id)\n    Value: !Ref SharePublicKeyA\n  ShareKeyBId:\n    Condition: HasShareKeyB\n    Description: CloudFront public key ID of share-link slot B (Key-Pair-Id)\n    Value: !Ref SharePublicKeyB\n  ShareKeyCId:\n    Condition: HasShareKeyC\n    Description: CloudFront public key ID of share-link slot C (Key-Pair-Id)\n    Value: !Ref SharePublicKeyC\n"
};

// src/edge/core/encoding.ts
var ENCODED = ' "#%<>[\\]^`{|}~?*+';
var HEX = "0123456789ABCDEF";
function percentByte(byte) {
  return `%${HEX.charAt(byte >> 4)}${HEX.charAt(byte & 15)}`;
}
function canonicalEncode(text2) {
  let out = "";
  for (let i = 0; i < text2.length; i += 1) {
    const c = text2.charCodeAt(i);
    if (c < 128) {
      const ch2 = text2.charAt(i);
      out += c < 33 || c > 126 || ENCODED.includes(ch2) ? percentByte(c) : ch2;
      continue;
    }
    let ch = text2.charAt(i);
    if (c >= 55296 && c <= 56319) {
      const next = text2.charCodeAt(i + 1);
      if (next >= 56320 && next <= 57343) {
        ch = text2.slice(i, i + 2);
        i += 1;
      } else ch = "\uFFFD";
    } else if (c >= 56320 && c <= 57343) ch = "\uFFFD";
    out += encodeURIComponent(ch);
  }
  return out;
}
function canonicalPath(key) {
  return `/${canonicalEncode(key)}`;
}

// src/edge/core/limits.ts
function utf8Length(text2) {
  let bytes = 0;
  for (let i = 0; i < text2.length; i += 1) {
    const c = text2.charCodeAt(i);
    if (c < 128) bytes += 1;
    else if (c < 2048) bytes += 2;
    else if (c >= 55296 && c <= 56319 && i + 1 < text2.length) {
      const next = text2.charCodeAt(i + 1);
      if (next >= 56320 && next <= 57343) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

// src/edge/core/access.ts
var ANY_USER = "*";
var BAD_SEGMENT = /[\u0000-\u001f\u007f\\]/;
function globProblem(glob) {
  if (!glob.startsWith("/")) return "does not start with /";
  const parts = glob.split("/");
  for (let i = 0; i < parts.length; i += 1) {
    const segment = parts[i] ?? "";
    if (segment === "." || segment === "..") return `has a '${segment}' segment`;
    if (BAD_SEGMENT.test(segment)) return "contains a backslash or a control character";
    if (segment.includes("*") && segment !== "*" && segment !== "**") {
      return `has '${segment}': * and ** stand for whole segments only`;
    }
  }
  return void 0;
}
function escapeHtml(text2) {
  return text2.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
var MAX_HOME_PAGE_BYTES = 32 * 1024;

// src/edge/core/basic.ts
var CONTROL = /[\u0000-\u001f\u007f]/;
function hasControlCharacter(text2) {
  return CONTROL.test(text2);
}
function userNameProblem(user) {
  return user.includes(":") ? "contains a colon" : passwordProblem(user);
}
function passwordProblem(password) {
  if (password === "") return "is empty";
  if (hasControlCharacter(password)) return "contains a control character";
  return void 0;
}

// src/edge/core/content-policy.ts
var CONTENT_SANDBOX = "sandbox allow-downloads allow-popups allow-popups-to-escape-sandbox";
var PAGE_SANDBOX = `${CONTENT_SANDBOX} allow-same-origin`;

// src/edge/core/page.ts
var PAGE_STYLE = ":root{color-scheme:light dark}body{font:17px/1.5 system-ui,sans-serif;margin:0;padding:12vh 1rem;background:#eee;color:#222}main{max-width:28rem;margin:auto;padding:2rem;border-radius:12px;background:#fff}h1{font-size:1.5rem;margin:0 0 1rem}p{overflow-wrap:anywhere}.s{margin:0;opacity:.7}a{display:inline-block;padding:.6rem 1rem;border-radius:8px;background:#15c;color:#fff;text-decoration:none}@media(prefers-color-scheme:dark){body{background:#111;color:#eee}main{background:#222}a{background:#37f}}";
var PAGE_TYPE = "text/html; charset=utf-8";
function renderPage(page, style, tail) {
  const actions = page.actions === void 0 ? [] : page.actions;
  const links = actions.map((a) => `<a href="${escapeHtml(a.href)}">${escapeHtml(a.label)}</a>`).join(" ");
  const title = escapeHtml(page.title);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title>` + (style === "" ? "" : `<style>${style}</style>`) + `</head><body><main><p class="s">${title}</p><h1>${escapeHtml(page.heading)}</h1>` + page.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("") + (links === "" ? "" : `<p>${links}</p>`) + tail + "</main></body></html>\n";
}
var SHARED = 0;
function answerContent(status, realm, who) {
  return status === 403 && who === SHARED ? {
    title: realm,
    heading: "This link does not work",
    paragraphs: [
      "This share link is incomplete or no longer valid: ask its sender for a new one."
    ],
    actions: []
  } : userAnswerContent(status, realm, who);
}
function userAnswerContent(status, realm, who) {
  return status === 401 ? answerWords(realm, who, "Sign-in required", [
    "This site is private: reload the page to sign in."
  ]) : refusalContent(status, realm, who);
}
function refusalContent(status, realm, who) {
  return status === 400 ? answerWords(realm, who, "Bad request", ["This address is not one the site can serve."]) : status === 403 ? answerWords(realm, who, "Not yours", [
    `You are signed in as ${String(who)}.`,
    "This page is not one of yours."
  ]) : answerWords(realm, who, "Not found", ["There is nothing at this address."]);
}
function answerWords(realm, who, heading, paragraphs) {
  const actions = typeof who === "string" ? [{ href: "/", label: "Go to your home page" }] : [];
  return { title: realm, heading, paragraphs, actions };
}

// src/edge/core/share.ts
var SHARE_PREFIX = "/_share/";
function sharePath(keyOrPrefix) {
  const folder = keyOrPrefix.endsWith("/");
  const segments = keyOrPrefix.split("/").filter((s) => s !== "");
  const encoded = segments.map((s) => encodeURIComponent(s)).join("/");
  return `${SHARE_PREFIX}${encoded}${folder && encoded !== "" ? "/" : ""}`;
}

// src/site/values.ts
var UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400 };
function parseDuration(raw, rules = {}) {
  const value = String(raw).trim();
  const maxSeconds = rules.maxSeconds ?? 30 * 86400;
  let seconds;
  if (/^\d+$/.test(value)) {
    seconds = Number(value);
  } else if (/^(\d+[smhd])+$/.test(value)) {
    seconds = 0;
    for (const m of value.matchAll(/(\d+)([smhd])/g))
      seconds += Number(m[1]) * (UNIT_SECONDS[m[2] ?? "s"] ?? 1);
  } else {
    throw new Error(`expected a duration such as 90s, 15m, 1h or 1h30m, got '${value}'`);
  }
  if (rules.allowZero !== true && seconds === 0) throw new Error("must be longer than zero");
  if (seconds > maxSeconds)
    throw new Error(`must be at most ${maxSeconds / 86400}d, got '${value}'`);
  return seconds;
}
function parseMaxDelete(raw) {
  const value = String(raw).trim();
  const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(value);
  if (pct) {
    const percent2 = Number(pct[1]);
    if (percent2 > 100) throw new Error(`a percentage must be at most 100%, got '${value}'`);
    return { kind: "percent", percent: percent2 };
  }
  if (/^\d+$/.test(value)) return { kind: "count", count: Number(value) };
  throw new Error(`expected a count or a percentage, got '${value}'`);
}
var DEFAULT_RATE_LIMIT = 1e3;
var RATE_LIMIT_MIN = 10;
var RATE_LIMIT_MAX = 2e9;
function parseRateLimit(raw) {
  const value = String(raw).trim();
  if (value === "") return DEFAULT_RATE_LIMIT;
  if (value === "off" || value === "0") return 0;
  if (!/^\d+$/.test(value)) {
    throw new Error(
      `expected requests per 5 minutes per IP address (${RATE_LIMIT_MIN} to ${RATE_LIMIT_MAX}), or 0/off, got '${value}'`
    );
  }
  const n = Number(value);
  if (n < RATE_LIMIT_MIN || n > RATE_LIMIT_MAX) {
    throw new Error(
      `AWS WAF accepts ${RATE_LIMIT_MIN} to ${RATE_LIMIT_MAX} requests per 5 minutes (or 0/off to turn it off), got ${n}`
    );
  }
  return n;
}
function parseExpiry(raw) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2}))?$/.exec(
    raw
  );
  const ms = m === null ? NaN : Date.parse(m[4] === void 0 ? `${raw}T00:00:00Z` : raw);
  const day = m === null ? "" : `${m[1]}-${m[2]}-${m[3]}`;
  const exists = !Number.isNaN(ms) && new Date(Date.parse(`${day}T00:00:00Z`)).toISOString().startsWith(day);
  const clock = m?.[4] === void 0 || Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6] ?? 0) < 60;
  if (m === null || !exists || !clock) {
    throw new Error(
      `'${raw}' is not a date (2027-01-31) or a time with its zone (2027-01-31T12:00:00Z)`
    );
  }
  return Math.floor(ms / 1e3);
}

// src/run/input-error.ts
var InputError = class extends Error {
  constructor(input, message) {
    super(`\`${input}\`: ${message}`);
    this.input = input;
    this.name = "InputError";
  }
  input;
};
function inputsFrom(values) {
  return (name) => Object.hasOwn(values, name) ? values[name] : void 0;
}
function inputValue(input, parse2) {
  try {
    return parse2();
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(input, e instanceof Error ? e.message : String(e));
  }
}

// src/run/operands.ts
var DEFAULT_EXPIRES_IN = "7d";
var MAX_EXPIRES_IN_SECONDS = 30 * 86400;
function parseAuditUser(raw) {
  if (raw === void 0) return void 0;
  const user = raw.normalize("NFC");
  if (user.startsWith("share:")) {
    if (!/^share:[A-Z0-9]{1,128}$/.test(user)) {
      throw new InputError("user", `expected share:<CloudFront public key ID>, got '${user}'`);
    }
    return user;
  }
  const problem = userNameProblem(user);
  if (problem !== void 0) throw new InputError("user", `user name '${user}' ${problem}`);
  return user;
}
function parseAuditPath(raw) {
  if (raw === void 0) return void 0;
  if (!raw.startsWith("/") || /[\u0000-\u001f\u007f?#]/.test(raw)) {
    throw new InputError(
      "path",
      `expected a path starting with / (a folder ends with /), without a query or control characters, got '${raw}'`
    );
  }
  return raw;
}
function parseShareKeyRotate(raw) {
  const value = raw.trim();
  if (value === "revoke") return "revoke";
  if (value === "" || value === "false" || value === "False" || value === "FALSE") return "no";
  if (value === "true" || value === "True" || value === "TRUE") return "rotate";
  throw new InputError("share-key-rotate", `expected true, false or revoke, got '${value}'`);
}
function parseExpiresIn(raw) {
  const seconds = inputValue("expires-in", () => parseDuration(raw.trim() || DEFAULT_EXPIRES_IN));
  if (seconds > MAX_EXPIRES_IN_SECONDS) {
    throw new InputError("expires-in", `must be at most 30d, got '${raw.trim()}'`);
  }
  return seconds;
}
function parseSharePath(command, raw) {
  const value = raw.trim();
  if (value === "") {
    if (command === "share") {
      throw new InputError(
        "path",
        "`command: share` needs the object key or folder (ending in /) to share"
      );
    }
    return void 0;
  }
  const folder = value.endsWith("/");
  const segments = value.split("/").filter((s) => s !== "");
  if (segments.length === 0) {
    throw new InputError(
      "path",
      "'/' would share the whole site: name a file or a folder ending in /"
    );
  }
  for (const segment of segments) {
    if (segment === "." || segment === "..") {
      throw new InputError("path", `'${value}' has a '${segment}' segment`);
    }
    if (/[\u0000-\u001f\u007f\\*]/.test(segment)) {
      throw new InputError(
        "path",
        `'${value}' has a control character, a backslash or a '*' (the signed policy's wildcard)`
      );
    }
  }
  if (segments[0] === ".secure-dist") {
    throw new InputError(
      "path",
      "'.secure-dist/' holds the sync's manifest, which is never served"
    );
  }
  const key = segments.join("/");
  if (Buffer.byteLength(key) > 1024) {
    throw new InputError("path", "is longer than an S3 key (1,024 bytes)");
  }
  return folder ? `${key}/` : key;
}

// src/edge/config.ts
var nodeCrypto = __toESM(require_node_crypto(), 1);

// src/edge/bundled.ts
var EDGE_PLACEHOLDER = "__SECURE_DIST_EDGE_CONFIG__";
var EDGE_HANDLER_TEMPLATE = '"use strict";var ke=Object.defineProperty;var Un=Object.getOwnPropertyDescriptor;var Kn=Object.getOwnPropertyNames;var Yn=Object.prototype.hasOwnProperty;var jn=(e,n)=>{for(var t in n)ke(e,t,{get:n[t],enumerable:!0})},Xn=(e,n,t,r)=>{if(n&&typeof n=="object"||typeof n=="function")for(let o of Kn(n))!Yn.call(e,o)&&o!==t&&ke(e,o,{get:()=>n[o],enumerable:!(r=Un(n,o))||r.enumerable});return e};var zn=e=>Xn(ke({},"__esModule",{value:!0}),e);var fr={};jn(fr,{handler:()=>Zt});module.exports=zn(fr);var k=require("node:crypto");var Vn=\' "#%<>[\\\\]^`{|}~?*+\',Be="0123456789ABCDEF";function xe(e){return`%${Be.charAt(e>>4)}${Be.charAt(e&15)}`}function X(e){let n="";for(let t=0;t<e.length;t+=1){let r=e.charCodeAt(t);if(r<128){let i=e.charAt(t);n+=r<33||r>126||Vn.includes(i)?xe(r):i;continue}let o=e.charAt(t);if(r>=55296&&r<=56319){let i=e.charCodeAt(t+1);i>=56320&&i<=57343?(o=e.slice(t,t+2),t+=1):o="\\uFFFD"}else r>=56320&&r<=57343&&(o="\\uFFFD");n+=encodeURIComponent(o)}return n}function $(e){return`/${X(e)}`}function S(e){let n=0;for(let t=0;t<e.length;t+=1){let r=e.charCodeAt(t);if(r<128)n+=1;else if(r<2048)n+=2;else if(r>=55296&&r<=56319&&t+1<e.length){let o=e.charCodeAt(t+1);o>=56320&&o<=57343?(n+=4,t+=1):n+=3}else n+=3}return n}var Wn=/[\\u0000-\\u001f\\u007f\\\\/]/,Zn=/^[\\x21-\\x22\\x24-\\x7e]*$/;function V(e){if(typeof e!="string"||e.length>2048||!e.startsWith("/")||S(e)>2048)return 400;let n=[],t=e.split("/");for(let r=0;r<t.length;r+=1){let o=String(t[r]);if(o==="")continue;let i;try{i=decodeURIComponent(o)}catch{return 400}if(i==="."||i===".."||Wn.test(i))return 400;n.push(i)}return{segments:n,folder:e.endsWith("/")}}function W(e){let n=V(e);if(n===400)return 400;let r=(n.folder?n.segments.concat("index.html"):n.segments).join("/");return S(r)>1024?404:r}function Jn(e){let n=e.lastIndexOf(".");return n>=1&&n<e.length-1}function Qn(e,n){let t=V(e);if(t===400||t.folder)return;let r=t.segments[t.segments.length-1];if(r===void 0||Jn(r))return;let o=typeof n=="string"&&n!==""&&Zn.test(n)?`?${n}`:"";return`${$(t.segments.join("/"))}/${o}`}function Ue(e,n,t){if(e!=="403"&&e!=="404")return{kind:"pass"};let r=Qn(n,t);return r===void 0?{kind:"not-found"}:{kind:"redirect",location:r}}var qn="*";function Ke(e){let n=e.split("/").filter(t=>t!=="");return e.endsWith("/")?n.concat("index.html"):n}function et(e,n){let t=0,r=0,o=-1,i=0;for(;r<n.length;){let s=e[t];if(s==="**")o=t,i=r,t+=1;else if(s!==void 0&&(s==="*"||s===n[r]))t+=1,r+=1;else if(o>=0)t=o+1,i+=1,r=i;else return!1}for(;e[t]==="**";)t+=1;return t===e.length}function Z(e,n){let t=[];return e.forEach(r=>{(r.users.includes(n)||r.users.includes(qn))&&r.globs.forEach(o=>t.push(Ke(o)))}),t}function J(e,n){let t=n.split("/");return e.some(r=>et(r,t))}function nt(e){let n=e.split("/").filter(o=>o!==""),t=n.findIndex(o=>o==="*"||o==="**");if(t<0)return`/${X(n.join("/"))}${e.endsWith("/")?"/":""}`;let r=n.slice(0,t).join("/");return r===""?"/":`/${X(r)}/`}function l(e){return e.replace(/[&<>"\']/g,n=>`&#${n.charCodeAt(0)};`)}var tt=32*1024;function Ye(e,n){let t=n.map(Ke),o=n.map(nt).filter((f,g,N)=>N.indexOf(f)===g).filter(f=>{let g=W(f);return typeof g=="string"&&J(t,g)}).sort().map(f=>{let g=rt(f);return`<li><a href="${l(f)}">${l(g)}</a></li>`}),i=l(e),s=`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${i}</title><style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:40rem;padding:0 1rem}a{word-break:break-all}</style></head><body><main><h1>${i}</h1>`,d=`</main></body></html>\n`,u=tt/3-s.length-d.length-100,a=0;for(;a<o.length&&u-(o[a]?.length??0)>=0;)u-=o[a]?.length??0,a+=1;let c=`<ul>${o.slice(0,a).join("")}</ul>`,x=o.length===0?"<p>There are no folders for you here.</p>":a<o.length?`<p>Your folders (first ${a} of ${o.length}):</p>${c}`:`<p>Your folders:</p>${c}`;return s+x+d}function rt(e){try{return decodeURIComponent(e)}catch{return e}}function je(e){return`share:${e}`}function Xe(e){if(e===void 0)return"allowed";let n=String(e);return n==="200"?"home":n}function C(e,n=256){return typeof e=="string"?e.slice(0,n):""}function ot(e){let n={audit:1,time:new Date(e.time).toISOString(),user:C(e.user)||null,method:C(e.method),path:C(e.path,2048),result:C(e.result),credentials:e.credentials},t=C(e.ip);t&&(n.ip=t);let r=C(e.key,2048);r&&(n.key=r);let o=C(e.via);return o&&(n.via=o),n}function it(e){return JSON.stringify(e).replace(/[^\\x20-\\x7e]/g,n=>"\\\\u"+("0000"+n.charCodeAt(0).toString(16)).slice(-4))}function ze(e){return it(ot(e))}var st=/[\\u0000-\\u001f\\u007f]/,dt=/^[ \\t]*basic[ \\t]+([A-Za-z0-9+/]+={0,2})[ \\t]*$/i,ut="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",at=/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;function Ve(e){return e.normalize("NFC")}function E(e){if(!at.test(e))return;let n=[],t=0,r=0;for(let o=0;o<e.length&&e.charAt(o)!=="=";o+=1)r=(r<<6|ut.indexOf(e.charAt(o)))&4095,t+=6,t>=8&&(t-=8,n.push(r>>t&255));return(r&(1<<t)-1)===0?n:void 0}function b(e){let n="";for(let t=0;t<e.length;t+=1){let r=Number(e[t]);n+=xe(r)}try{return decodeURIComponent(n)}catch{return}}function Ae(e){return st.test(e)}function M(e){return e.includes(":")?"contains a colon":q(e)}function q(e){if(e==="")return"is empty";if(Ae(e))return"contains a control character"}function We(e,n){let t=n;if(typeof e!="string"||e.length>1024)return;let r=(dt.exec(e)||[])[1];if(r===void 0)return;let o=E(r);if(o===void 0)return;let i=b(o);if(i===void 0)return;let s=i.indexOf(":");if(s<1)return;let d=t(i.slice(0,s)),u=t(i.slice(s+1));if(!(M(d)!==void 0||q(u)!==void 0))return{user:d,password:u}}var ft="viewer-cache-control",Se="x-amz-meta-"+ft;var Ce="private, no-cache";function Ze(e){if(typeof e!="string")return!1;let n=e.split(",");for(let t=0;t<n.length;t+=1)if(((n[t]??"").split("=")[0]??"").trim().toLowerCase()==="private")return!0;return!1}function Je(e,n){return Ze(n)&&typeof n=="string"?n:Ze(e)&&typeof e=="string"?e:Ce}var Qe="sandbox allow-downloads allow-popups allow-popups-to-escape-sandbox",ct=`${Qe} allow-same-origin`;function qe(e){let n=typeof e=="string"?e.split(";")[0]?.trim().toLowerCase():"";if(n!=="application/pdf")return n==="text/html"?ct:Qe}var ne=":root{color-scheme:light dark}body{font:17px/1.5 system-ui,sans-serif;margin:0;padding:12vh 1rem;background:#eee;color:#222}main{max-width:28rem;margin:auto;padding:2rem;border-radius:12px;background:#fff}h1{font-size:1.5rem;margin:0 0 1rem}p{overflow-wrap:anywhere}.s{margin:0;opacity:.7}a{display:inline-block;padding:.6rem 1rem;border-radius:8px;background:#15c;color:#fff;text-decoration:none}@media(prefers-color-scheme:dark){body{background:#111;color:#eee}main{background:#222}a{background:#37f}}",Ee="default-src \'none\'; style-src \'sha256-7ZA3MPJ7UqzJc6QPHQc03kCkOAvAhZU+OfEiyoL++IQ=\'; base-uri \'none\'; form-action \'none\'; frame-ancestors \'none\'";var D="text/html; charset=utf-8";function G(e){return typeof e=="string"&&e.toLowerCase().indexOf("text/html")>=0}function te(e,n,t){let o=(e.actions===void 0?[]:e.actions).map(s=>`<a href="${l(s.href)}">${l(s.label)}</a>`).join(" "),i=l(e.title);return`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${i}</title>`+(n===""?"":`<style>${n}</style>`)+`</head><body><main><p class="s">${i}</p><h1>${l(e.heading)}</h1>`+e.paragraphs.map(s=>`<p>${l(s)}</p>`).join("")+(o===""?"":`<p>${o}</p>`)+t+`</main></body></html>\n`}var _=0;function en(e,n,t){return te(be(e,n,t),ne,"")}function be(e,n,t){return e===403&&t===_?{title:n,heading:"This link does not work",paragraphs:["This share link is incomplete or no longer valid: ask its sender for a new one."],actions:[]}:lt(e,n,t)}function lt(e,n,t){return e===401?ee(n,t,"Sign-in required",["This site is private: reload the page to sign in."]):gt(e,n,t)}function gt(e,n,t){return e===400?ee(n,t,"Bad request",["This address is not one the site can serve."]):e===403?ee(n,t,"Not yours",[`You are signed in as ${String(t)}.`,"This page is not one of yours."]):ee(n,t,"Not found",["There is nothing at this address."])}function ee(e,n,t,r){return{title:e,heading:t,paragraphs:r,actions:typeof n=="string"?[{href:"/",label:"Go to your home page"}]:[]}}var pt="label{display:block;margin:1rem 0 .3rem}input{box-sizing:border-box;width:100%;font:inherit;padding:.6rem;border:1px solid #888;border-radius:8px;background:inherit;color:inherit}button{font:inherit;margin-top:1.2rem;padding:.6rem 1rem;border:0;border-radius:8px;background:#15c;color:#fff;cursor:pointer}.e{color:#b00}@media(prefers-color-scheme:dark){button{background:#37f}.e{color:#f88}}",re="default-src \'none\'; style-src \'sha256-prFEOD6bzUs90WZcMdO0VaSVXn4wQXnWUUoKWqed8kw=\'; base-uri \'none\'; form-action \'self\'; frame-ancestors \'none\'";function oe(e,n,t){let r=t===void 0?"":`<p class="e" role="alert">${l(t)}</p>`;for(let o=0;o<n.length;o+=1){let i=n[o];if(i===void 0)continue;r+=`<form method="post" action="${l(i.action)}">`;let s=i.fields===void 0?[]:i.fields;for(let u=0;u<s.length;u+=1){let a=s[u];if(a===void 0)continue;let c=`f-${l(a.name)}`;r+=`<label for="${c}">${l(a.label)}</label><input id="${c}" name="${l(a.name)}" type="${a.type}" autocomplete="${l(a.autocomplete)}" required`+(u===0?" autofocus":"")+(a.value===void 0?"":` value="${l(a.value)}"`)+">"}let d=i.hidden===void 0?[]:i.hidden;for(let u=0;u<d.length;u+=1){let a=d[u];a!==void 0&&(r+=`<input type="hidden" name="${l(a.name)}" value="${l(a.value)}">`)}r+=`<button type="submit">${l(i.submit)}</button></form>`}return te(e,ne+pt,r)}var we={action:"/_logout",submit:"Sign out"};function nn(e,n,t,r){return oe({title:e,heading:"Sign in",paragraphs:["This site is private: sign in to continue."]},[{action:"/_login",fields:[{name:"user",label:"User name",type:"text",autocomplete:"username",value:r},{name:"password",label:"Password",type:"password",autocomplete:"current-password"}],hidden:[{name:"next",value:n}],submit:"Sign in"}],t)}var yt="_previews/";function ie(e){return/^_previews(\\/|$)/.test(e)}function tn(e,n,t){if(t){let o=mt(e),i=o.length-t.length-1;if(i>0&&o.substring(i)===`.${t}`){let s=o.substring(0,i);return/^pr-[1-9]\\d{0,8}$/.test(s)&&!ie(n)?{prefix:`${yt}${s}/`,key:n}:404}}if(!ie(n))return;let r=/^_previews\\/pr-[1-9]\\d{0,8}\\//.exec(n);return r?{prefix:r[0],key:n.substring(r[0].length)}:404}function mt(e){return String(e).toLowerCase().replace(/\\.?(:\\d*)?$/,"")}function rn(e,n){return e==="*"||Array.isArray(e)&&e.indexOf(n)>=0}function on(e){let n=typeof e=="string"?/^\\/_previews\\/pr-([1-9]\\d{0,8})\\//.exec(e):null;return n?n[1]:void 0}function sn(e,n){return{title:e,heading:`Preview ${n} does not exist`,paragraphs:[`There is no preview of pull request ${n} here, or this page is not in it.`,"Previews expire some days after their last update, and are removed when their pull request closes: push to the pull request again to publish a new one."]}}var dn="/_share/";var se=/^[A-Z0-9]{1,128}$/;function un(e,n,t){if(!Re(e))return 400;let r=V(e.slice(dn.length-1));if(r===400)return 400;let o=typeof n=="string"&&/(^|&)Key-Pair-Id(=|&|$)/.test(n)?ht(n):kt(t);if(o===void 0)return 403;let s=(r.folder?[...r.segments,"index.html"]:r.segments).join("/");return S(s)>1024?404:{key:s,keyId:o}}function Re(e){return typeof e=="string"&&e.startsWith(dn)}function ht(e){if(typeof e!="string")return;let n,t=0;for(let r of e.split("&")){let o=r.indexOf("=");(o<0?r:r.slice(0,o))==="Key-Pair-Id"&&(t+=1,n=o<0?"":r.slice(o+1))}return t===1&&n!==void 0&&se.test(n)?n:void 0}function kt(e){let n=Array.isArray(e)?e:[];for(let t=0;t<n.length;t+=1){let r=n[t],o=typeof r=="object"&&r!==null&&"value"in r?r.value:"",i=/(?:^|;)\\s*CloudFront-Key-Pair-Id=([^;\\s]*)/.exec(String(o))?.[1];if(i!==void 0&&se.test(i))return i}}var an=/^[A-Za-z0-9_~-]+$/,xt=/^https?:\\/\\/([^/]+)(\\/_share\\/[\\w\\-.~%!$&\'()+,=:@/]*)\\*$/,Te=["Policy","Signature","Key-Pair-Id","Hash-Algorithm"];function fn(e,n,t){if(typeof e!="string"||typeof n!="string")return;let r={},o=e.split("&");for(let f=0;f<o.length;f+=1){let g=o[f]??"",N=g.indexOf("="),j=N<0?g:g.slice(0,N);if(j==="Expires")return;if(Te.indexOf(j)>=0){if(j in r)return;r[j]=g.slice(N+1)}}let i=r.Policy??"",s=r["Hash-Algorithm"];if(!an.test(i)||!an.test(r.Signature??"")||!se.test(r["Key-Pair-Id"]??"")||s!==void 0&&s!=="SHA256")return;let d,u;try{let f=E(i.replace(/-/g,"+").replace(/_/g,"=").replace(/~/g,"/")),g=JSON.parse((f&&b(f))??"").Statement[0];d=g.Resource,u=g.Condition.DateLessThan["AWS:EpochTime"]}catch{return}let a=typeof d=="string"?xt.exec(d):null;if(!a||(a[1]??"").toLowerCase()!==n.toLowerCase()||typeof u!="number"||!(t<u))return;let c=`; Path=${a[2]??""}; Expires=${new Date(u*1e3).toUTCString()}; Secure; HttpOnly; SameSite=Lax`;if(`CloudFront-Policy=${i}${c}`.length>4096)return;let x=[];for(let f=0;f<Te.length;f+=1){let g=Te[f]??"";g in r&&x.push(`CloudFront-${g}=${r[g]??""}${c}`)}return x}var _e="__Host-secure-dist",ln=720*60*60,Wr=720*60;function gn(e){return`secure-dist session key\n${e}`}var O="token:";function pn(e){return e.indexOf(O)===0?e.substring(O.length):void 0}function yn(e){let n=pn(e);return M(n===void 0?e:n)}function mn(e,n){return`cv\n${e}\n${n.join(`\n`)}`}var ae="/_login",Oe="/_logout",At=/^[A-Za-z0-9]{1,16}$/,St=/^[A-Za-z0-9_-]{1,22}$/,de="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",Ct=/^s1\\.([A-Za-z0-9]{1,16})\\.([A-Za-z0-9_-]{1,400})\\.([1-9][0-9]{0,10})\\.([A-Za-z0-9_-]{1,22})\\.([A-Za-z0-9_-]{43})$/;function Et(e){let n;try{n=encodeURIComponent(e)}catch{return}let t=[];for(let r=0;r<n.length;r+=1)n.charAt(r)==="%"?(t.push(parseInt(n.substring(r+1,r+3),16)),r+=2):t.push(n.charCodeAt(r));return t}function bt(e){let n="";for(let t=0;t<e.length;t+=3){let r=e[t]||0,o=e[t+1]||0,i=e[t+2]||0,s=r<<16|o<<8|i;n+=de.charAt(s>>18&63)+de.charAt(s>>12&63),t+1<e.length&&(n+=de.charAt(s>>6&63)),t+2<e.length&&(n+=de.charAt(s&63))}return n}function wt(e){if(!/^[A-Za-z0-9_-]*$/.test(e)||e.length%4===1)return;let n=e.replace(/-/g,"+").replace(/_/g,"/");for(;n.length%4!==0;)n+="=";return E(n)}function hn(e,n,t,r){return`s1.${e}.${n}.${String(t)}.${r}`}function fe(e,n){let t=Math.floor(e.now),r=e.lifetime;if(!(r>=1&&r<=ln)||Math.floor(r)!==r||!At.test(e.keyId)||!St.test(e.version)||yn(e.user)!==void 0)return;let o=Et(e.user);if(o===void 0)return;let i=t+r;if(e.notAfter!==void 0&&e.notAfter<i&&(i=Math.floor(e.notAfter)),!(i>t))return;let s=bt(o);if(s.length>400)return;let d=hn(e.keyId,s,i,e.version),u=n(e.keyId,d);if(u!==void 0)return`${d}.${u}`}function Rt(e,n){if(typeof e!="string")return{ok:!1,reason:"malformed"};let t=Ct.exec(e);if(t===null)return{ok:!1,reason:"malformed"};let r=String(t[1]),o=String(t[2]),i=Number(t[3]),s=String(t[4]),d=String(t[5]),u=wt(o),a=u===void 0?void 0:b(u);if(a===void 0||yn(a)!==void 0)return{ok:!1,reason:"malformed"};let c=n.mac(r,hn(r,o,i,s));if(c===void 0)return{ok:!1,reason:"unknown-key"};if(!n.same(c,d))return{ok:!1,reason:"bad-mac"};let x=Math.floor(n.now);return i>x?i-x>ln?{ok:!1,reason:"too-far"}:{ok:!0,session:{user:a,expires:i,version:s,keyId:r}}:{ok:!1,reason:"expired"}}function Tt(e,n){return e.ok?n===void 0?{ok:!1,reason:"unknown-user"}:n!==e.session.version?{ok:!1,reason:"revoked"}:e:e}function _t(e,n){let t=Rt(e,n);return Tt(t,t.ok?n.versionOf(t.session.user):void 0)}function Ot(e,n){let t=[];if(typeof e=="string")t.push(e);else if(Array.isArray(e))for(let o=0;o<e.length;o+=1){let i=e[o];typeof i=="string"&&t.push(i)}let r=[];for(let o=0;o<t.length;o+=1){let i=(t[o]??"").split(";");for(let s=0;s<i.length;s+=1){let d=(i[s]??"").replace(/^[ \\t]+|[ \\t]+$/g,""),u=d.indexOf("=");u>0&&d.substring(0,u)===n&&r.push(d.substring(u+1))}}return r}function kn(e,n){let t=Ot(e,_e),r={ok:!1,reason:"malformed"};for(let o=0;o<t.length&&o<4;o+=1){let i=_t(t[o],n);if(i.ok)return i;o===0&&(r=i)}return r}function vt(e){return`Path=/; Max-Age=${String(Math.max(0,Math.floor(e)))}; Secure; HttpOnly; SameSite=Lax`}function ce(e,n){return`${_e}=${e}; ${vt(n)}`}var xn=`${_e}=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Lax`;function cn(e){if(e.charAt(0)!=="/")return!1;let n=e.charAt(1);if(n==="/"||n==="\\\\"||e.indexOf("\\\\")!==-1||Ae(e))return!1;let t=String(e.split(/[?#]/)[0]);return/(^|\\/)\\.\\.?(\\/|$)/.test(t)?!1:t!==ae&&t!==Oe}function H(e){if(typeof e!="string"||e===""||S(e)>2048||!/^[\\x21-\\x7e]+$/.test(e)||!cn(e))return"/";let n;try{n=decodeURIComponent(e)}catch{return"/"}return cn(n)?e:"/"}function ue(e){return typeof e=="string"?e.toLowerCase():void 0}function ve(e){if(e.method!=="POST")return!1;let n=ue(e.secFetchSite);if(n!==void 0)return n==="same-origin";let t=ue(e.origin),r=ue(e.host);return t!==void 0&&r!==void 0&&r!==""&&t===`https://${r}`}function An(e){if(e.method==="POST")return ve(e);if(e.method!=="GET")return!1;let n=ue(e.secFetchSite);return n==="same-origin"||n==="none"}var le="x-secure-dist-token",Pt="secure-dist-token";var It=/^sdt1_[A-Za-z0-9_-]{43}$/;function B(e){return O+e}function Ft(e,n,t,r){if(typeof e!="string"||!It.test(e))return{ok:!1,reason:"malformed"};let o=t(e),i=r(o);return i===void 0?{ok:!1,reason:"unknown"}:i.expires!==void 0&&!(n<i.expires)?{ok:!1,reason:"expired"}:{ok:!0,grant:i,digest:o}}function Sn(e){if(typeof e!="string"||e==="")return{query:"",values:[]};let n=[],t=[],r=e.split("&");for(let o=0;o<r.length;o+=1){let i=r[o]??"",s=i.indexOf("="),d=s<0?i:i.substring(0,s),u;try{u=decodeURIComponent(d.replace(/\\+/g," "))}catch{u=d}u===Pt?t.push(s<0?"":i.substring(s+1)):n.push(i)}return{query:n.join("&"),values:t}}function Pe(e,n){if(Array.isArray(e)&&e.length>0){let r=e.length===1?e[0]:void 0;return{from:"header",value:typeof r=="string"?r:void 0}}let t=Sn(n).values;return t.length===0?{from:"none"}:{from:"query",value:t.length===1?t[0]:void 0}}function Ie(e){return e.substring(0,16)}function Cn(e,n){let t=Pe(e.header,e.querystring);if(t.from==="none")return{kind:"none"};let r=Ft(t.value,n.now,n.digest,n.lookup);if(!r.ok)return{kind:"refused",reason:r.reason};let o=Sn(e.querystring).query,i=n.session,s=e.method==="GET"&&G(e.accept);if(t.from==="query"&&s&&i!==void 0){let d=Nt(e.uri,o,r,n.now,i);if(d!==void 0)return d}return{kind:"granted",grant:r.grant,query:o}}function Nt(e,n,t,r,o){let i={user:B(t.grant.name),version:Ie(t.digest),keyId:o.keyId,now:r,lifetime:o.lifetime,notAfter:t.grant.expires},s=fe(i,o.mac);if(s===void 0)return;let d=Math.floor(r)+o.lifetime;t.grant.expires!==void 0&&t.grant.expires<d&&(d=Math.floor(t.grant.expires));let u=typeof e=="string"?e:"/";return{kind:"redirect",grant:t.grant,location:H(n===""?u:`${u}?${n}`),setCookie:ce(s,d-Math.floor(r))}}var ge=4096;function bn(e){if(typeof e!="object"||e===null)return;let n="data"in e?e.data:void 0,t="encoding"in e?e.encoding:void 0;if(("inputTruncated"in e?e.inputTruncated:void 0)===!0||typeof n!="string")return;if(t==="text")return n.length<=ge?n:void 0;if(t!=="base64"||n.length>Math.ceil(ge/3)*4)return;let o=E(n);return o===void 0||o.length>ge?void 0:b(o)}function En(e){try{return decodeURIComponent(e.replace(/\\+/g," "))}catch{return}}function wn(e,n){if(e.length>ge)return;let t,r,o,i=e.split("&");for(let s=0;s<i.length;s+=1){let d=i[s]??"";if(d==="")continue;let u=d.indexOf("="),a=En(u===-1?d:d.substring(0,u)),c=En(u===-1?"":d.substring(u+1));if(a===void 0||c===void 0)return;if(a==="user"){if(t!==void 0)return;t=n(c)}else if(a==="password"){if(r!==void 0)return;r=n(c)}else if(a==="next"){if(o!==void 0)return;o=c}}if(!(t===void 0||r===void 0)&&!(M(t)!==void 0||q(r)!==void 0))return{user:t,password:r,next:o??""}}var Fe=require("node:crypto"),$t=4096,Lt=6,Mt=1,U=32,Ne=16;function Rn(e,n,t){return(0,Fe.scryptSync)(`${e.length}:${e}:${n}`,t,U,{N:$t,r:Lt,p:Mt,maxmem:32*1024*1024})}var Tn=32;var y=__SECURE_DIST_EDGE_CONFIG__,Dt=100,I=new Map,vn=new Map,$e=new Map;for(let e of Array.isArray(y.users)?y.users:[]){if(typeof e.user!="string"||typeof e.salt!="string"||typeof e.hash!="string")continue;let n=Buffer.from(e.salt,"base64url"),t=Buffer.from(e.hash,"base64url");if(n.length!==Ne||t.length!==U)continue;let r=typeof e.expires=="number"?e.expires*1e3:1/0,o=e.user.normalize("NFC"),i=I.get(o)??[];i.push({user:o,salt:n,hash:t,expiresAt:r}),I.set(o,i),typeof e.cv=="string"&&vn.set(o,e.cv),$e.set(o,[...$e.get(o)??[],e.hash])}var Gt=[{user:"",salt:Buffer.alloc(Ne),hash:Buffer.alloc(U),expiresAt:-1/0}],R=(typeof y.realm=="string"?y.realm:"Restricted").replace(/[^\\x20-\\x7e]|["\\\\]/g,""),Ht=`Basic realm="${R}", charset="UTF-8"`,Pn=y.share===!0,In=Array.isArray(y.access)?y.access:[],Fn=In.length>0,Le=e=>Array.isArray(e)&&e.every(n=>typeof n=="string"),me=In.filter(e=>typeof e=="object"&&e!==null&&"users"in e&&"globs"in e&&Le(e.users)&&Le(e.globs)),Nn=new Map,$n=new Map;for(let e of I.keys()){Nn.set(e,Z(me,e));let n=[];for(let t of me)(t.users.includes(e)||t.users.includes("*"))&&n.push(...t.globs);$n.set(e,n)}var Ln=Buffer.from(typeof y.tokens?.key=="string"?y.tokens.key:"","base64url"),Bt=Mn(Ln),F=new Map;if(Ln.length===Tn){let e=y.tokens?.byDigest;for(let[n,t]of Object.entries(typeof e=="object"&&e?e:{})){if(typeof t!="object"||t===null||!("name"in t)||typeof t.name!="string")continue;let r="globs"in t?t.globs:void 0,o=Le(r)?r:void 0,i="expires"in t&&typeof t.expires=="number"?t.expires:void 0,s=r!==void 0&&o===void 0?[]:o!==void 0?Z([{users:["*"],globs:o}],"*"):Fn?Z(me,B(t.name)):void 0,d=o??me.filter(u=>u.users.includes("*")).flatMap(u=>u.globs);F.set(n,{name:t.name,expires:i,read:s,sources:d})}}var pe=typeof y.previews=="object"&&y.previews!==null?y.previews:void 0,Ut=y.audit===!0,Kt=y.trustedPages===!0,p=jt(y.session),Ge=new Map;if(p?.mac)for(let e of I.keys())Ge.set(e,vn.get(e)??Xt(p.mac,e,$e.get(e)??[]));var he=new Map;for(let e of[...F.keys()].sort()){let n=F.get(e);n!==void 0&&he.set(B(n.name),{entry:n,version:Ie(e)})}var Yt=p?.mac===void 0?void 0:{mac:He,keyId:p.keyId,lifetime:p.lifetime};function jt(e){if(typeof e!="object"||e===null)return;let n=typeof e.lifetime=="number"?e.lifetime:0,t=typeof e.keyId=="string"?e.keyId:"",r=e.secret,o=typeof r=="string"&&/^[A-Za-z0-9]{32,128}$/.test(r)?Mn((0,k.createHmac)("sha256",r).update(gn(t)).digest()):void 0;return{lifetime:n,keyId:t,mac:o}}function Mn(e){let n=Buffer.alloc(64);(e.length>64?(0,k.createHash)("sha256").update(e).digest():e).copy(n);let t=Buffer.from(n.map(o=>o^54)),r=Buffer.from(n.map(o=>o^92));return o=>(0,k.createHash)("sha256").update(r).update((0,k.createHash)("sha256").update(t).update(o).digest()).digest()}function Xt(e,n,t){return e(mn(n,t)).toString("base64url").slice(0,16)}function He(e,n){if(!(!p?.mac||e!==p.keyId))return p.mac(n).toString("base64url")}function zt(e,n){let t=Buffer.from(e),r=Buffer.from(n);return t.length===r.length&&(0,k.timingSafeEqual)(t,r)}var T,w,Me,Y,Vt=["transfer-encoding","via"],A="private, no-store",P="private, no-cache",Wt=A,v=new Map;async function Zt(e){let n=e?.Records?.[0]?.cf;if(_n(n,"origin-response"))return er(n.request,n.response);if(_n(n,"viewer-response"))return rr(n.response,n.request);let t=e?.Records?.[0]?.cf?.request;if(!Ut)return On(t);let r={method:t?.method,path:t?.uri,credentials:t?.headers?.authorization!==void 0||F.size>0&&Pe(t?.headers?.[le],t?.querystring).from!=="none",ip:t?.clientIp};T=void 0,w=void 0,Me=void 0;let o=On(t);try{let i="status"in o?o.status:void 0;console.log(ze({...r,credentials:Jt(r.credentials),time:Date.now(),user:T,result:Xe(i),key:w,via:Me}))}catch{}return o}function Jt(e){return Y??e}function _n(e,n){if(typeof e!="object"||e===null||!("config"in e))return!1;let t=e.config;return typeof t=="object"&&t!==null&&"eventType"in t&&t.eventType===n}function On(e){if(Y=void 0,Pn&&e&&Re(e.uri))return qt(e);if(p&&e&&e.uri===ae)return ur(e);if(p&&e&&e.uri===Oe)return ar(e);if(F.size>0&&e){let r=Qt(e);if(r!==void 0)return r}let n;try{n=ir(e,Date.now())}catch{n=void 0}if(T=n,!e||n===void 0)return Dn(e);let t=he.get(n);return t!==void 0?De(e,n,t.entry.read,t.entry.sources):De(e,n,Fn?Nn.get(n)??[]:void 0,$n.get(n)??[])}function Dn(e){if(p&&e&&sr(e)){let n=typeof e.querystring=="string"?e.querystring:"";return K(401,`${e.uri}${n===""?"":`?${n}`}`)}return m(e,401,"Unauthorized",void 0,{"www-authenticate":[{key:"WWW-Authenticate",value:Ht}]})}function Qt(e){let n=e.headers?.accept,t=e.headers?.[le],r=Cn({method:e.method,accept:Array.isArray(n)?n.map(o=>o?.value).join():"",uri:e.uri,querystring:e.querystring,header:Array.isArray(t)?t.map(o=>o?.value):void 0},{now:Date.now()/1e3,digest:o=>Bt(o).toString("base64url"),lookup:o=>F.get(o),session:Yt});if(r.kind!=="none")return r.kind==="refused"?Dn(e):(T=B(r.grant.name),r.kind==="redirect"?{status:"303",statusDescription:"See Other",headers:{location:[{key:"Location",value:r.location}],"set-cookie":[{key:"Set-Cookie",value:r.setCookie}],"cache-control":[{key:"Cache-Control",value:A}]}}:(e.querystring=r.query,De(e,T,r.grant.read,r.grant.sources)))}function De(e,n,t,r){try{let o=W(e.uri);if(o===404)return m(e,404,"Not Found",n);if(o===400)return m(e,400,"Bad Request",n);let i=pe?tn(ye(e,"host"),o,pe.domain):ie(o)?404:void 0;if(i===404)return m(e,404,"Not Found",n);if(i!==void 0){if(w=i.prefix+i.key,!(n.startsWith(O)?t===void 0||J(t,i.key):rn(pe?.users,n)))return m(e,403,"Forbidden",n);o=w,t=void 0}return t!==void 0&&!J(t,o)?o==="index.html"&&typeof e.uri=="string"&&/^\\/+$/.test(e.uri)?or(r):(w=o,m(e,403,"Forbidden",n)):(w=o,delete e.headers.authorization,delete e.headers[le],e.uri=$(o),e)}catch{return m(e,400,"Bad Request",n)}}function qt(e){try{let n=un(e.uri,e.querystring,e.headers?.cookie);return n===400?m(e,400,"Bad Request",_):n===403?m(e,403,"Forbidden",_):n===404?m(e,404,"Not Found",_):(T=je(n.keyId),Me="share",w=n.key,delete e.headers.authorization,e.uri=$(n.key),e)}catch{return m(e,400,"Bad Request",_)}}function er(e,n){try{if(typeof n!="object"||n===null)return h(404,"Not Found",P);let t=Ue(n.status,e?.uri,e?.querystring);if(t.kind==="pass")return n;let r={};for(let i of Vt){let s=n.headers?.[i];s!==void 0&&(r[i]=s)}let o=pe?on(e?.uri):void 0;return t.kind==="redirect"?h(302,"Found",P,{...r,location:[{key:"Location",value:o===void 0?t.location:nr(t.location)}]}):o!==void 0?tr(o,r):h(404,"Not Found",P,r)}catch{return h(404,"Not Found",P)}}function nr(e){let n=e.indexOf("?"),t=n<0?e:e.substring(0,n),r=t.substring(0,t.length-1);return`./${r.substring(r.lastIndexOf("/")+1)}/${n<0?"":e.substring(n)}`}function tr(e,n){let t=h(404,"Not Found",P,n);return t.headers={...t.headers,"content-type":[{key:"Content-Type",value:D}],"content-security-policy":[{key:"Content-Security-Policy",value:Ee}]},t.body=te(sn(R,e),ne,""),t}function rr(e,n){if(typeof e!="object"||e===null)return h(404,"Not Found",P);let t=typeof e.headers=="object"&&e.headers!==null?e.headers:{},r=Ce;try{r=Je(t["cache-control"]?.[0]?.value,t[Se]?.[0]?.value)}catch{}delete t[Se],t["cache-control"]=[{key:"Cache-Control",value:r}];let o=Kt?void 0:qe(t["content-type"]?.[0]?.value);o!==void 0&&(t["content-security-policy"]=[{key:"Content-Security-Policy",value:o}]);let i=Pn?fn(n?.querystring,n?.headers?.host?.[0]?.value,Date.now()/1e3):void 0;return i&&(t["set-cookie"]=i.map(s=>({key:"Set-Cookie",value:s})),t["cache-control"]=[{key:"Cache-Control",value:A}]),e.headers=t,e}function or(e){return{status:"200",statusDescription:"OK",headers:{"cache-control":[{key:"Cache-Control",value:Wt}],"content-type":[{key:"Content-Type",value:"text/html; charset=utf-8"}]},body:Ye(R,e)}}function ir(e,n){let t=e?.headers?.authorization;if(p&&t===void 0)return dr(e?.headers?.cookie,n);if(!Array.isArray(t)||t.length!==1)return;let r=t[0]?.value;if(typeof r!="string"||r.length>1024)return;let o=(0,k.createHash)("sha256").update(r).digest("base64"),i=v.get(o);if(i){if(n<i.expiresAt)return i.user;v.delete(o)}let s=We(r,Ve);if(!s)return;let d=Gn(s.user,s.password,n);if(d){if(v.size>=Dt)for(let u of v.keys()){v.delete(u);break}return v.set(o,d),d.user}}function Gn(e,n,t){let r=I.get(e),o,i,s=Buffer.alloc(U);for(let d of r??Gt)(!i||!i.equals(d.salt))&&(i=d.salt,s=Rn(e,n,i)),(0,k.timingSafeEqual)(s,d.hash)&&r&&t<d.expiresAt&&!o&&(o=d);return o}function m(e,n,t,r,o={}){let i=h(n,t,A,o),s=e?.headers?.accept;if(!G(Array.isArray(s)?s.map(u=>u?.value).join():""))return i;let d=Y==="session"&&typeof r=="string";return i.headers={...i.headers,"content-type":[{key:"Content-Type",value:D}],"content-security-policy":[{key:"Content-Security-Policy",value:d?re:Ee}]},i.body=d?oe(be(n,R,r),[we]):en(n,R,r),i}function sr(e){let n=e.headers?.accept;return G(Array.isArray(n)?n.map(t=>t?.value).join():"")}function ye(e,n){let t=e.headers?.[n];return Array.isArray(t)?t[0]?.value:void 0}function Hn(e){return{method:e.method,host:ye(e,"host"),origin:ye(e,"origin"),secFetchSite:ye(e,"sec-fetch-site")}}function dr(e,n){if(!Array.isArray(e))return;let t=kn(e.map(i=>typeof i=="object"&&i!==null&&"value"in i?i.value:void 0),{now:n/1e3,mac:He,same:zt,versionOf:i=>Ge.get(i)??he.get(i)?.version});if(!t.ok)return;let r=t.session.user,o=he.get(r)?.entry;if(o!==void 0){if(o.expires!==void 0&&n/1e3>=o.expires)return}else if(!(I.get(r)??[]).some(i=>n<i.expiresAt))return;return Y="session",r}function K(e,n,t,r){let o={200:"OK",400:"Bad Request",401:"Unauthorized",403:"Forbidden"};return{status:String(e),statusDescription:o[e]??"",headers:{"cache-control":[{key:"Cache-Control",value:A}],"content-type":[{key:"Content-Type",value:D}],"content-security-policy":[{key:"Content-Security-Policy",value:re}]},body:nn(R,H(n),t,r)}}function Bn(){return h(405,"Method Not Allowed",A,{allow:[{key:"Allow",value:"GET, HEAD, POST"}]})}function ur(e){let n=e.method;if(n==="GET"||n==="HEAD"){let f="/";try{f=new URLSearchParams(e.querystring??"").get("next")??"/"}catch{}return K(200,f)}if(n!=="POST"||!p)return Bn();if(!ve(Hn(e)))return K(403,"/","This sign-in did not come from this site: sign in here.");let t=bn(e.body),r=t===void 0?void 0:wn(t,f=>f.normalize("NFC"));if(r===void 0)return K(400,"/","Enter your user name and password.");Y=!0;let o=Date.now(),i=H(r.next),s=Gn(r.user,r.password,o),d=s?Ge.get(s.user):void 0,u=Math.floor(o/1e3),a=s&&Number.isFinite(s.expiresAt)?Math.floor(s.expiresAt/1e3):void 0,c=s&&d!==void 0?fe({user:s.user,version:d,keyId:p.keyId,now:u,lifetime:p.lifetime,...a!==void 0?{notAfter:a}:{}},He):void 0;if(!s||c===void 0)return K(401,i,"The user name or password is not right.",r.user);T=s.user;let x=Math.min(u+p.lifetime,a??1/0);return h(303,"See Other",A,{location:[{key:"Location",value:i}],"set-cookie":[{key:"Set-Cookie",value:ce(c,x-u)}]})}function ar(e){let n=e.method;if(n!=="GET"&&n!=="HEAD"&&n!=="POST")return Bn();if(An(Hn(e)))return h(303,"See Other",A,{location:[{key:"Location",value:ae}],"set-cookie":[{key:"Set-Cookie",value:xn}]});let t=n==="POST"?403:200;return{status:String(t),statusDescription:t===403?"Forbidden":"OK",headers:{"cache-control":[{key:"Cache-Control",value:A}],"content-type":[{key:"Content-Type",value:D}],"content-security-policy":[{key:"Content-Security-Policy",value:re}]},body:oe({title:R,heading:"Sign out",paragraphs:["Sign out of this site?"]},[we])}}function h(e,n,t,r={}){return{status:String(e),statusDescription:n,headers:{...r,"cache-control":[{key:"Cache-Control",value:t}],"content-type":[{key:"Content-Type",value:"text/plain; charset=utf-8"}]},body:`${e} ${n}\n`}}0&&(module.exports={handler});\n';

// src/edge/core/session.ts
var SESSION_COOKIE = "__Host-secure-dist";
var MAX_SESSION_SECONDS = 30 * 24 * 60 * 60;
var DEFAULT_SESSION_SECONDS = 12 * 60 * 60;
var TOKEN_PRINCIPAL_PREFIX = "token:";
var LOGIN_PATH = "/_login";
var LOGOUT_PATH = "/_logout";
var SESSION_CLEAR_COOKIE = `${SESSION_COOKIE}=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Lax`;

// src/edge/core/token.ts
var TOKEN_SHAPE = /^sdt1_[A-Za-z0-9_-]{43}$/;
function tokenPrincipal(name) {
  return TOKEN_PRINCIPAL_PREFIX + name;
}
function tokenSessionVersion(digest) {
  return digest.substring(0, 16);
}

// src/edge/shared.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
var KDF_N = 4096;
var KDF_R = 6;
var KDF_P = 1;
var HASH_BYTES = 32;
var SALT_BYTES = 16;
function deriveKey(user, password, salt) {
  return (0, import_node_crypto.scryptSync)(`${user.length}:${user}:${password}`, salt, HASH_BYTES, {
    N: KDF_N,
    r: KDF_R,
    p: KDF_P,
    maxmem: 32 * 1024 * 1024
  });
}
var TOKEN_KEY_BYTES = 32;
function tokenDigest(key, token) {
  return (0, import_node_crypto.createHmac)("sha256", key).update(token, "utf8").digest("base64url");
}

// src/edge/config.ts
var EDGE_RUNTIME = "nodejs24.x";
var SESSION_SECRET_SLOT = "@@SESSION_SECRET@@";
var SESSION_SECRET = /^[A-Za-z0-9]{32,128}$/;
var SESSION_KEY_ID = /^[A-Za-z0-9]{1,16}$/;
var CREDENTIAL_VERSION = /^[A-Za-z0-9_-]{1,22}$/;
var SALT_LABEL = "secure-dist-action/edge-salt/v1";
var TOKEN_KEY_LABEL = "secure-dist-action/token-key/v1";
function tokenKey(scope) {
  return nodeCrypto.createHash("sha256").update(`${TOKEN_KEY_LABEL}\0${scope}`).digest().subarray(0, TOKEN_KEY_BYTES).toString("base64url");
}
function buildEdgeTokens(scope, tokens) {
  const key = tokenKey(scope);
  const keyBytes = Buffer.from(key, "base64url");
  const byDigest = {};
  for (const t of tokens) {
    const name = t.name.normalize("NFC");
    validateTokenName(name);
    if (!TOKEN_SHAPE.test(t.token)) {
      throw new Error(
        `edge config: the value of token '${name}' is not sdt1_ and 43 base64url characters`
      );
    }
    const entry = { name };
    if (t.globs !== void 0) entry.globs = checkGlobs(t.globs, `token '${name}'`);
    if (t.expires !== void 0) {
      validateExpires(t.expires, `token '${name}'`);
      entry.expires = t.expires;
    }
    byDigest[tokenDigest(keyBytes, t.token)] = entry;
  }
  return { key, byDigest };
}
var BASE64URL = /^[A-Za-z0-9_-]*$/;
function deriveSalt(scope, user) {
  return nodeCrypto.createHash("sha256").update(`${SALT_LABEL}\0${scope}\0${user.normalize("NFC")}`).digest().subarray(0, SALT_BYTES).toString("base64url");
}
function hashPassword(user, password, salt) {
  return deriveKey(
    user.normalize("NFC"),
    password.normalize("NFC"),
    decode(salt, SALT_BYTES, "salt", user)
  ).toString("base64url");
}
function buildEdgeConfig(options) {
  if (options.scope === "") throw new Error("edge config: the scope must not be empty");
  validateRealm(options.realm);
  if (options.users.length === 0) throw new Error("edge config: at least one user is needed");
  const byKey = /* @__PURE__ */ new Map();
  for (const credential of options.users) {
    const user = credential.user.normalize("NFC");
    const password = credential.password.normalize("NFC");
    validateUser(user);
    const problem = passwordProblem(password);
    if (problem !== void 0) {
      throw new Error(`edge config: the password of user '${user}' ${problem}`);
    }
    if (credential.expires !== void 0) validateExpires(credential.expires, user);
    if (credential.cv !== void 0) validateVersion(credential.cv, user);
    const salt = deriveSalt(options.scope, user);
    const hash = hashPassword(user, password, salt);
    const entry = { user, salt, hash };
    if (credential.expires !== void 0) entry.expires = credential.expires;
    if (credential.cv !== void 0) entry.cv = credential.cv;
    const key = `${user}\0${hash}`;
    const previous = byKey.get(key);
    if (previous === void 0 || laterExpiry(entry, previous) === entry) byKey.set(key, entry);
  }
  const config = { realm: options.realm, users: sortUsers([...byKey.values()]) };
  const access = normaliseAccess(options.access ?? []);
  if (access.length > 0) config.access = access;
  if (options.share === true) config.share = true;
  if (options.audit === true) config.audit = true;
  if (options.trustedPages === true) config.trustedPages = true;
  if (options.session !== void 0) {
    validateSession(options.session);
    config.session = { lifetime: options.session.lifetime, keyId: options.session.keyId };
  }
  versionsAgree(config.users);
  if (options.tokens !== void 0 && options.tokens.length > 0) {
    config.tokens = buildEdgeTokens(options.scope, options.tokens);
  }
  if (options.previews !== void 0) config.previews = checkedPreviews(options.previews);
  return config;
}
function renderEdgeCode(config) {
  validateRealm(config.realm);
  const users = sortUsers(
    config.users.map((u) => {
      validateUser(u.user);
      decode(u.salt, SALT_BYTES, "salt", u.user);
      decode(u.hash, HASH_BYTES, "hash", u.user);
      if (u.expires !== void 0) validateExpires(u.expires, u.user);
      if (u.cv !== void 0) validateVersion(u.cv, u.user);
      const entry = { user: u.user, salt: u.salt, hash: u.hash };
      if (u.expires !== void 0) entry.expires = u.expires;
      if (u.cv !== void 0) entry.cv = u.cv;
      return entry;
    })
  );
  versionsAgree(users);
  if (config.session !== void 0) validateSession(config.session);
  const access = normaliseAccess(config.access ?? []);
  const names = new Set(users.map((u) => u.user));
  for (const rule of access) {
    for (const user of rule.users) {
      if (user !== ANY_USER && !names.has(user)) {
        throw new Error(`edge config: access rule names user '${user}', which no user has`);
      }
    }
  }
  const content = {
    realm: config.realm,
    users,
    ...access.length > 0 ? { access } : {},
    ...config.share === true ? { share: true } : {},
    ...config.audit === true ? { audit: true } : {},
    ...config.trustedPages === true ? { trustedPages: true } : {},
    ...config.session !== void 0 ? {
      session: {
        lifetime: config.session.lifetime,
        keyId: config.session.keyId,
        secret: SESSION_SECRET_SLOT
      }
    } : {},
    ...config.tokens === void 0 ? {} : renderTokens(config.tokens),
    ...config.previews === void 0 ? {} : { previews: checkedPreviews(config.previews, names) }
  };
  const json = JSON.stringify(content).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
  const parts = EDGE_HANDLER_TEMPLATE.split(EDGE_PLACEHOLDER);
  if (parts.length !== 2) {
    throw new Error("edge handler template: expected the config placeholder exactly once");
  }
  const code = parts.join(json);
  const slots = code.split(SESSION_SECRET_SLOT).length - 1;
  if (slots !== (config.session !== void 0 ? 1 : 0)) {
    throw new Error(
      `edge config: the rendered code holds ${SESSION_SECRET_SLOT} ${slots} times (a realm or user name must not contain it)`
    );
  }
  return code;
}
function fillSessionSecret(code, secret) {
  if (!SESSION_SECRET.test(secret)) {
    throw new Error("edge config: a session secret must be 32 to 128 letters and digits");
  }
  return code.split(SESSION_SECRET_SLOT).join(secret);
}
function generateSessionSecret() {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  let out = "";
  while (out.length < 43) {
    for (const byte of nodeCrypto.randomBytes(64)) {
      if (byte < 248 && out.length < 43) out += alphabet.charAt(byte % 62);
    }
  }
  return out;
}
function loadHandlerFromSource(code, options = {}) {
  if (code.includes(SESSION_SECRET_SLOT)) {
    throw new Error(
      `edge handler: the code still holds ${SESSION_SECRET_SLOT}: fill it with fillSessionSecret (on AWS, CloudFormation's dynamic reference does)`
    );
  }
  const cryptoModule2 = options.crypto ?? nodeCrypto;
  const requireCrypto = (id) => {
    if (id === "crypto" || id === "node:crypto") return cryptoModule2;
    throw new Error(`edge handler: require('${id}') is not allowed (only node:crypto)`);
  };
  const now = options.now;
  const DateImpl = now === void 0 ? Date : class extends Date {
    static now() {
      return now();
    }
  };
  const log = options.log;
  const consoleImpl = log === void 0 ? console : {
    ...console,
    log: (...args) => log(args.map(String).join(" "))
  };
  const module = { exports: {} };
  const evaluate = new Function("module", "exports", "require", "Date", "console", code);
  evaluate(module, module.exports, requireCrypto, DateImpl, consoleImpl);
  const exported = module.exports;
  const handler = typeof exported === "object" && exported !== null && "handler" in exported ? exported.handler : void 0;
  if (typeof handler !== "function") {
    throw new Error("edge handler: the code does not export a handler function");
  }
  return async (event) => {
    const result = await Reflect.apply(handler, void 0, [event]);
    if (!isRequestResult(result)) {
      throw new Error("edge handler: returned neither a request nor a generated response");
    }
    return result;
  };
}
function isRequestResult(value) {
  if (typeof value !== "object" || value === null) return false;
  if ("status" in value) return typeof value.status === "string";
  return "uri" in value && typeof value.uri === "string" && "headers" in value;
}
function normaliseAccess(rules) {
  return rules.map((rule) => {
    const users = rule.users.map((u) => u.normalize("NFC"));
    for (const user of users) if (user !== ANY_USER) validateUser(user);
    if (users.length === 0) throw new Error("edge config: an access rule names no user");
    if (rule.globs.length === 0) throw new Error("edge config: an access rule has no glob");
    for (const glob of rule.globs) {
      const problem = globProblem(glob);
      if (problem !== void 0) {
        throw new Error(`edge config: access glob ${JSON.stringify(glob)} ${problem}`);
      }
    }
    return { users, globs: [...rule.globs] };
  });
}
var PREVIEW_DOMAIN = /^(?=.{1,240}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;
function checkedPreviews(previews, known) {
  const out = { users: "*" };
  if (previews.domain !== void 0) {
    const domain = previews.domain.toLowerCase();
    if (!PREVIEW_DOMAIN.test(domain)) {
      throw new Error(
        `edge config: the preview domain ${JSON.stringify(domain)} is not a host name`
      );
    }
    out.domain = domain;
  }
  if (previews.users !== "*") {
    const users = previews.users.map((u) => u.normalize("NFC"));
    for (const user of users) {
      validateUser(user);
      if (known !== void 0 && !known.has(user)) {
        throw new Error(`edge config: previews name user '${user}', which no user has`);
      }
    }
    out.users = [...new Set(users)].sort(compareStrings);
  }
  return out;
}
function validateRealm(realm) {
  if (realm === "" || realm.length > 128 || !/^[\x20-\x7e]+$/.test(realm) || /["\\]/.test(realm)) {
    throw new Error(
      "edge config: the realm must be 1 to 128 printable ASCII characters without double quotes or backslashes"
    );
  }
}
function validateUser(user) {
  const problem = userNameProblem(user);
  if (problem === "is empty") throw new Error("edge config: a user name is empty");
  if (problem !== void 0) {
    throw new Error(`edge config: user name ${JSON.stringify(user)} ${problem}`);
  }
  if (user !== user.normalize("NFC")) {
    throw new Error(`edge config: user name '${user}' is not NFC-normalised`);
  }
}
function validateExpires(expires, user) {
  if (!Number.isSafeInteger(expires) || expires < 0) {
    const whose = user.startsWith("token '") ? user : `a password of user '${user}'`;
    throw new Error(
      `edge config: the expiry of ${whose} must be whole epoch seconds, got ${expires}`
    );
  }
}
function validateTokenName(name) {
  const problem = userNameProblem(name);
  if (problem !== void 0) {
    throw new Error(`edge config: token name ${JSON.stringify(name)} ${problem}`);
  }
  if (name !== name.normalize("NFC")) {
    throw new Error(`edge config: token name '${name}' is not NFC-normalised`);
  }
}
function checkGlobs(globs, whose) {
  if (globs.length === 0) throw new Error(`edge config: ${whose} has an empty \`access\``);
  for (const glob of globs) {
    const problem = globProblem(glob);
    if (problem !== void 0) {
      throw new Error(`edge config: access glob ${JSON.stringify(glob)} of ${whose} ${problem}`);
    }
  }
  return [...globs];
}
function renderTokens(tokens) {
  const digests = Object.keys(tokens.byDigest).sort(compareStrings);
  if (digests.length === 0) return {};
  const key = Buffer.from(tokens.key, "base64url");
  if (key.length !== TOKEN_KEY_BYTES || key.toString("base64url") !== tokens.key) {
    throw new Error(`edge config: the token key is not ${TOKEN_KEY_BYTES} bytes of base64url`);
  }
  const byDigest = {};
  for (const digest of digests) {
    const t = tokens.byDigest[digest];
    if (t === void 0) continue;
    if (!/^[A-Za-z0-9_-]{43}$/.test(digest)) {
      throw new Error(`edge config: the digest of token '${t.name}' is not 32 bytes of base64url`);
    }
    validateTokenName(t.name);
    const entry = { name: t.name };
    if (t.globs !== void 0) entry.globs = checkGlobs(t.globs, `token '${t.name}'`);
    if (t.expires !== void 0) {
      validateExpires(t.expires, `token '${t.name}'`);
      entry.expires = t.expires;
    }
    byDigest[digest] = entry;
  }
  return { tokens: { key: tokens.key, byDigest } };
}
function validateVersion(cv, user) {
  if (!CREDENTIAL_VERSION.test(cv)) {
    throw new Error(
      `edge config: the credential version of user '${user}' must be 1 to 22 characters of A-Z, a-z, 0-9, '_' and '-'`
    );
  }
}
function versionsAgree(users) {
  const versions = /* @__PURE__ */ new Map();
  for (const u of users) {
    if (versions.has(u.user) && versions.get(u.user) !== u.cv) {
      throw new Error(
        `edge config: the passwords of user '${u.user}' name different credential versions`
      );
    }
    versions.set(u.user, u.cv);
  }
}
function validateSession(session) {
  if (!SESSION_KEY_ID.test(session.keyId)) {
    throw new Error("edge config: the session key id must be 1 to 16 letters and digits");
  }
  const lifetime = session.lifetime;
  if (!Number.isSafeInteger(lifetime) || lifetime < 1 || lifetime > MAX_SESSION_SECONDS) {
    throw new Error(
      `edge config: the session lifetime must be whole seconds from 1 to ${MAX_SESSION_SECONDS} (30 days), got ${lifetime}`
    );
  }
}
function decode(value, bytes, what, user) {
  const buffer = BASE64URL.test(value) ? Buffer.from(value, "base64url") : Buffer.alloc(0);
  if (buffer.length !== bytes || buffer.toString("base64url") !== value) {
    throw new Error(
      `edge config: the ${what} of user '${user}' is not ${bytes} bytes of base64url`
    );
  }
  return buffer;
}
function laterExpiry(a, b) {
  if (a.expires === void 0) return a;
  if (b.expires === void 0) return b;
  return a.expires >= b.expires ? a : b;
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function sortUsers(users) {
  return users.sort(
    (a, b) => compareStrings(a.user, b.user) || compareStrings(a.salt, b.salt) || compareStrings(a.hash, b.hash) || (a.expires ?? Number.MAX_SAFE_INTEGER) - (b.expires ?? Number.MAX_SAFE_INTEGER)
  );
}

// src/synth/json.ts
function isJsonObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function jsonAt(value, ...path11) {
  let current = value;
  for (const step of path11) {
    if (typeof step === "number") {
      if (!Array.isArray(current)) return void 0;
      current = current[step];
    } else {
      if (!isJsonObject(current)) return void 0;
      current = Object.hasOwn(current, step) ? current[step] : void 0;
    }
  }
  return current;
}
function objectAt(value, ...path11) {
  const found = jsonAt(value, ...path11);
  if (!isJsonObject(found)) throw new Error(`expected an object at ${path11.join(".")}`);
  return found;
}
function cloneJson(value) {
  return structuredClone(value);
}

// src/synth/edge-code.ts
function edgeCodeParts(code, session) {
  const parts = code.split(SESSION_SECRET_SLOT);
  const found = parts.length - 1;
  if (!session) {
    if (found !== 0) {
      throw new Error(
        `edge code: the session secret slot is in code rendered without a session (${found} time(s))`
      );
    }
    return { head: code, tail: "" };
  }
  const [head, tail] = parts;
  if (found !== 1 || head === void 0 || tail === void 0) {
    throw new Error(
      `edge code: expected the session secret slot exactly once in the rendered code, found it ${found} time(s)`
    );
  }
  return { head, tail };
}
var SECRET_REFERENCE = {
  "Fn::If": [
    "HasSessionSecret",
    {
      "Fn::Join": ["", ["{{resolve:secretsmanager:", { Ref: "SessionSecret" }, ":SecretString}}"]]
    },
    ""
  ]
};
function isEdgeZipFile(zipFile, parts) {
  return JSON.stringify(zipFile) === JSON.stringify({ "Fn::Join": ["", [parts.head, SECRET_REFERENCE, parts.tail]] });
}
function edgePreviews(previews) {
  if (previews === void 0) return void 0;
  const users = previews.users === void 0 || previews.users === "*" ? "*" : [...previews.users];
  return previews.domain === void 0 ? { users } : { domain: previews.domain.toLowerCase(), users };
}

// src/sandbox/cli.ts
var import_node_crypto14 = __toESM(require_node_crypto(), 1);
var import_node_fs7 = __toESM(require_node_fs(), 1);
var import_node_path8 = __toESM(require_node_path(), 1);

// src/rotate/tokens.ts
var import_node_crypto2 = __toESM(require_node_crypto(), 1);

// src/rotate/rules.ts
function userNameProblem2(user) {
  if (user === "") return "the user name is empty";
  if (user.includes(":")) return "the user name contains a colon (RFC 7617 forbids it)";
  if (/[\u0000-\u001f\u007f]/.test(user)) return "the user name contains a control character";
  if (user !== user.normalize("NFC")) return "the user name is not NFC-normalised";
  return void 0;
}

// src/rotate/tokens.ts
var TOKEN_BYTES = 32;
var TOKEN_VALUE_PREFIX = "sdt1_";
function generateToken(random = import_node_crypto2.randomBytes) {
  const bytes = random(TOKEN_BYTES);
  if (bytes.length !== TOKEN_BYTES) {
    throw new Error(`token generator: expected ${TOKEN_BYTES} random bytes, got ${bytes.length}`);
  }
  return TOKEN_VALUE_PREFIX + bytes.toString("base64url");
}

// src/sync/progress.ts
var Progress = class {
  constructor(opts) {
    this.opts = opts;
    this.start = opts.now();
    this.lastLine = this.start;
  }
  opts;
  files = 0;
  bytes = 0;
  start;
  lastLine;
  addBytes(n) {
    this.bytes += n;
    this.maybeLog();
  }
  fileDone() {
    this.files += 1;
    this.maybeLog();
  }
  get done() {
    return { files: this.files, bytes: this.bytes };
  }
  maybeLog() {
    const t = this.opts.now();
    if (t - this.lastLine < (this.opts.intervalMs ?? 5e3)) return;
    this.lastLine = t;
    this.opts.log(this.line(t));
  }
  line(t = this.opts.now()) {
    const { totalFiles, totalBytes } = this.opts;
    const elapsed = Math.max(t - this.start, 1) / 1e3;
    const rate = this.bytes / elapsed;
    const left = totalBytes - this.bytes;
    const eta = rate > 0 ? formatSeconds(left / rate) : "?";
    return `${this.opts.label ?? "uploaded"} ${this.files}/${totalFiles} files, ${formatBytes(this.bytes)}/${formatBytes(totalBytes)}, ${formatBytes(rate)}/s, ETA ${eta}`;
  }
};
function formatBytes(n) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i += 1;
  }
  return i === 0 ? `${Math.round(v)} ${units[i]}` : `${v.toFixed(1)} ${units[i]}`;
}
function formatSeconds(s) {
  if (!Number.isFinite(s)) return "?";
  const total = Math.round(s);
  if (total < 60) return `${total}s`;
  const m = Math.floor(total / 60);
  if (m < 60) return `${m}m${String(total % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}

// src/edge/function/store.ts
var import_node_crypto3 = __toESM(require_node_crypto(), 1);

// src/edge/function/format.ts
var USER_KEY_PREFIX = "u:";
var STORE_FORMAT_VERSION = 1;
var MAX_STORE_KEY_BYTES = 512;
var MAX_STORE_VALUE_BYTES = 1024;
var MAX_STORE_BYTES = 5 * 1024 * 1024;
var PEPPER_CHARS = 43;
var HMAC_LABEL = "secure-dist/function/v1";
function userKey(user) {
  return USER_KEY_PREFIX + user;
}
function hmacMessage(salt, user, password) {
  return `${HMAC_LABEL}\0${salt}\0${user.length}:${user}:${password}`;
}
var CREDENTIAL_VERSION2 = /^[A-Za-z0-9_-]{1,22}$/;
var REVIEWER_KEY_PREFIX = "r:";
function reviewerKey(user) {
  return REVIEWER_KEY_PREFIX + user;
}
var TOKEN_KEY_PREFIX = "t:";
var TOKEN_LABEL = "secure-dist/function/token";
function tokenKey2(version) {
  return TOKEN_KEY_PREFIX + version;
}
function tokenMessage(token) {
  return `${TOKEN_LABEL}\0${token}`;
}

// src/edge/function/store.ts
var SALT_LABEL2 = "secure-dist-action/function-salt/v1";
var BASE64URL2 = /^[A-Za-z0-9_-]+$/;
function functionSalt(scope, user) {
  return (0, import_node_crypto3.createHash)("sha256").update(`${SALT_LABEL2}\0${scope}\0${user.normalize("NFC")}`).digest().subarray(0, 16).toString("base64url");
}
function generatePepper(random = import_node_crypto3.randomBytes) {
  const bytes = random(32);
  if (bytes.length !== 32) throw new Error(`pepper: expected 32 random bytes, got ${bytes.length}`);
  return bytes.toString("base64url");
}
function pepperProblem(pepper) {
  if (pepper.length !== PEPPER_CHARS || !BASE64URL2.test(pepper)) {
    return `must be ${PEPPER_CHARS} base64url characters (32 random bytes)`;
  }
  return void 0;
}
function functionHash(pepper, salt, user, password) {
  return (0, import_node_crypto3.createHmac)("sha256", pepper).update(hmacMessage(salt, user.normalize("NFC"), password.normalize("NFC"))).digest("base64url");
}
var FUNCTION_PASSWORD_MIN_BITS = 128;
var ALPHABETS = [
  { name: "digits", size: 10, test: /^[0-9]+$/ },
  { name: "hexadecimal", size: 16, test: /^[0-9a-f]+$|^[0-9A-F]+$/ },
  { name: "lower-case letters", size: 26, test: /^[a-z]+$/ },
  { name: "lower-case letters and digits", size: 36, test: /^[a-z0-9]+$/ },
  { name: "letters", size: 52, test: /^[A-Za-z]+$/ },
  { name: "letters and digits", size: 62, test: /^[A-Za-z0-9]+$/ },
  { name: "base64url", size: 64, test: /^[A-Za-z0-9_-]+$/ },
  { name: "base64", size: 65, test: /^[A-Za-z0-9+/=]+$/ },
  { name: "printable ASCII", size: 95, test: /^[\x20-\x7e]+$/ }
];
function functionPasswordProblem(password) {
  const basic = passwordProblem(password);
  if (basic !== void 0) return basic;
  const characters = Array.from(password);
  const alphabet = ALPHABETS.find((a) => a.test.test(password)) ?? {
    name: "printable ASCII",
    size: 95
  };
  const bits = Math.floor(characters.length * Math.log2(alphabet.size));
  if (bits < FUNCTION_PASSWORD_MIN_BITS) {
    const needed = Math.ceil(FUNCTION_PASSWORD_MIN_BITS / Math.log2(alphabet.size));
    return `carries about ${bits} bits of entropy (${characters.length} characters of ${alphabet.name}); edge: function needs at least ${FUNCTION_PASSWORD_MIN_BITS} bits, i.e. ${needed} such random characters (rotate generates such passwords)`;
  }
  const counts = {};
  for (const c of characters) {
    const count = (counts[c] ?? 0) + 1;
    counts[c] = count;
    if (count * 4 > characters.length) {
      return "repeats one character in more than a quarter of its length (it does not look random)";
    }
  }
  return void 0;
}
function encodeStoredUser(user, record2) {
  const passwords = [...record2.p].sort(
    (a, b) => compareStrings3(a.h, b.h) || (a.e ?? Number.MAX_SAFE_INTEGER) - (b.e ?? Number.MAX_SAFE_INTEGER)
  );
  const value = JSON.stringify({
    v: STORE_FORMAT_VERSION,
    s: record2.s,
    p: passwords.map((p) => p.e === void 0 ? { h: p.h } : { h: p.h, e: p.e }),
    ...record2.g === void 0 ? {} : { g: [...record2.g] },
    ...record2.c === void 0 ? {} : { c: record2.c }
  });
  const bytes = utf8Length(value);
  if (bytes > MAX_STORE_VALUE_BYTES) {
    const globBytes = record2.g === void 0 ? 0 : utf8Length(JSON.stringify(record2.g));
    throw new Error(
      `function store: the record of user '${user}' is ${bytes} bytes, over the ${MAX_STORE_VALUE_BYTES}-byte KeyValueStore value limit (${passwords.length} password(s), access globs ${globBytes} bytes): give this user fewer or shorter access globs`
    );
  }
  return value;
}
function buildStoreEntries(options) {
  if (options.scope === "") throw new Error("function store: the scope must not be empty");
  const pepperIssue = pepperProblem(options.pepper);
  if (pepperIssue !== void 0) throw new Error(`function store: the pepper ${pepperIssue}`);
  if (options.users.length === 0) throw new Error("function store: at least one user is needed");
  const strong = options.requireStrongPasswords ?? true;
  const passwords = /* @__PURE__ */ new Map();
  const versions = /* @__PURE__ */ new Map();
  for (const credential of options.users) {
    const user = credential.user.normalize("NFC");
    const password = credential.password.normalize("NFC");
    const nameIssue = userNameProblem(user);
    if (nameIssue !== void 0) {
      throw new Error(`function store: user name ${JSON.stringify(user)} ${nameIssue}`);
    }
    const issue = strong ? functionPasswordProblem(password) : passwordProblem(password);
    if (issue !== void 0) {
      throw new Error(`function store: the password of user '${user}' ${issue}`);
    }
    const expires = credential.expires;
    if (expires !== void 0 && (!Number.isSafeInteger(expires) || expires < 0)) {
      throw new Error(
        `function store: the expiry of a password of user '${user}' must be whole epoch seconds, got ${expires}`
      );
    }
    const cv = credential.cv;
    if (cv !== void 0) {
      if (!CREDENTIAL_VERSION2.test(cv)) {
        throw new Error(
          `function store: the credential version of user '${user}' must be 1 to 22 letters, digits, '-' or '_'`
        );
      }
      const known = versions.get(user);
      if (known !== void 0 && known !== cv) {
        throw new Error(`function store: user '${user}' is given two credential versions`);
      }
      versions.set(user, cv);
    }
    const salt = functionSalt(options.scope, user);
    const h = functionHash(options.pepper, salt, user, password);
    const byHash = passwords.get(user) ?? /* @__PURE__ */ new Map();
    const previous = byHash.get(h);
    const entry = expires === void 0 ? { h } : { h, e: expires };
    if (previous === void 0 || laterExpiry2(entry, previous) === entry) byHash.set(h, entry);
    passwords.set(user, byHash);
  }
  const rules = checkRules(options.access ?? [], new Set(passwords.keys()));
  const entries = [];
  let total = 0;
  for (const [user, byHash] of passwords) {
    const key = userKey(user);
    const keyBytes = utf8Length(key);
    if (keyBytes > MAX_STORE_KEY_BYTES) {
      throw new Error(
        `function store: the key of user '${user}' is ${keyBytes} bytes, over the ${MAX_STORE_KEY_BYTES}-byte KeyValueStore key limit: use a shorter user name`
      );
    }
    const record2 = {
      v: STORE_FORMAT_VERSION,
      s: functionSalt(options.scope, user),
      p: [...byHash.values()],
      ...rules.length === 0 ? {} : { g: globsFor(rules, user) }
    };
    const cv = versions.get(user);
    const value = encodeStoredUser(user, cv === void 0 ? record2 : { ...record2, c: cv });
    total += keyBytes + utf8Length(value);
    entries.push({ key, value });
  }
  const reviewers = options.previewUsers;
  if (reviewers !== void 0) {
    const names = reviewers === "*" ? [...passwords.keys()] : reviewers.map((u) => u.normalize("NFC"));
    for (const user of new Set(names)) {
      if (!passwords.has(user)) {
        throw new Error(`function store: previews name user '${user}', who has no password`);
      }
      const key = reviewerKey(user);
      total += utf8Length(key) + 1;
      entries.push({ key, value: "1" });
    }
  }
  if (total > MAX_STORE_BYTES) {
    throw new Error(
      `function store: ${entries.length} users take ${total} bytes, over the ${MAX_STORE_BYTES}-byte KeyValueStore limit`
    );
  }
  return entries.sort((a, b) => compareStrings3(a.key, b.key));
}
function functionTokenDigest(pepper, token) {
  return (0, import_node_crypto3.createHmac)("sha256", pepper).update(tokenMessage(token)).digest("base64url");
}
function buildTokenEntries(options) {
  const pepperIssue = pepperProblem(options.pepper);
  if (pepperIssue !== void 0) throw new Error(`function store: the pepper ${pepperIssue}`);
  const rules = options.access ?? [];
  const entries = [];
  for (const t of options.tokens) {
    const nameIssue = userNameProblem(t.name);
    if (nameIssue !== void 0) {
      throw new Error(
        `function store: token name ${JSON.stringify(t.name)} ${nameIssue.replace("user name", "token name")}`
      );
    }
    if (!TOKEN_SHAPE.test(t.token)) {
      throw new Error(`function store: the value of token '${t.name}' is not a token's shape`);
    }
    for (const glob of t.globs ?? []) {
      const problem = globProblem(glob);
      if (problem !== void 0) {
        throw new Error(
          `function store: access glob ${JSON.stringify(glob)} of token '${t.name}' ${problem}`
        );
      }
    }
    if (t.expires !== void 0 && !(Number.isFinite(t.expires) && t.expires >= 0)) {
      throw new Error(`function store: the expiry of token '${t.name}' must be epoch seconds`);
    }
    const d = functionTokenDigest(options.pepper, t.token);
    const key = tokenKey2(tokenSessionVersion(d));
    if (entries.some((e) => e.key === key)) {
      throw new Error(`function store: two token values share the key of token '${t.name}'`);
    }
    const globs = t.globs !== void 0 ? [...t.globs] : rules.length > 0 ? globsFor(rules, tokenPrincipal(t.name)) : void 0;
    const record2 = { n: t.name, d, g: globs, e: t.expires };
    const value = JSON.stringify(record2);
    if (utf8Length(value) > MAX_STORE_VALUE_BYTES) {
      throw new Error(
        `function store: the record of token '${t.name}' is ${utf8Length(value)} bytes, over the ${MAX_STORE_VALUE_BYTES}-byte KeyValueStore value limit: give it fewer or shorter access globs`
      );
    }
    entries.push({ key, value });
  }
  return entries.sort((a, b) => compareStrings3(a.key, b.key));
}
function globsFor(rules, user) {
  const out = [];
  for (const rule of rules) {
    if (!rule.users.includes(user) && !rule.users.includes(ANY_USER)) continue;
    for (const glob of rule.globs) if (!out.includes(glob)) out.push(glob);
  }
  return out;
}
function checkRules(rules, users) {
  return rules.map((rule) => {
    const names = rule.users.map((u) => u.normalize("NFC"));
    if (names.length === 0) throw new Error("function store: an access rule names no user");
    if (rule.globs.length === 0) throw new Error("function store: an access rule has no glob");
    for (const name of names) {
      if (name !== ANY_USER && !users.has(name)) {
        throw new Error(`function store: access rule names user '${name}', which no user has`);
      }
    }
    for (const glob of rule.globs) {
      const problem = globProblem(glob);
      if (problem !== void 0) {
        throw new Error(`function store: access glob ${JSON.stringify(glob)} ${problem}`);
      }
    }
    return { users: names, globs: [...rule.globs] };
  });
}
function laterExpiry2(a, b) {
  if (a.e === void 0) return a;
  if (b.e === void 0) return b;
  return a.e >= b.e ? a : b;
}
function compareStrings3(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/run/users.ts
function parseBasicAuthUsers(raw, input = "basic-auth-users") {
  const users = [];
  const seen = /* @__PURE__ */ new Map();
  raw.split("\n").forEach((rawLine, i) => {
    const line = rawLine.replace(/\r$/, "");
    if (line.trim() === "") return;
    const where2 = `line ${i + 1}`;
    const colon = line.indexOf(":");
    if (colon < 0)
      throw new InputError(input, `${where2}: expected 'user:password' (no colon found)`);
    const user = line.slice(0, colon).trim().normalize("NFC");
    const password = line.slice(colon + 1).normalize("NFC");
    if (user === "") throw new InputError(input, `${where2}: the user name is empty`);
    if (/[\u0000-\u001f\u007f]/.test(user))
      throw new InputError(input, `${where2}: the user name contains a control character`);
    if (password === "")
      throw new InputError(input, `${where2}: the password for user '${user}' is empty`);
    if (/[\u0000-\u001f\u007f]/.test(password)) {
      throw new InputError(
        input,
        `${where2}: the password for user '${user}' contains a control character`
      );
    }
    if (Buffer.byteLength(user) + Buffer.byteLength(password) > 512) {
      throw new InputError(
        input,
        `${where2}: user '${user}': user and password together must be at most 512 bytes`
      );
    }
    const first = seen.get(user);
    if (first !== void 0)
      throw new InputError(input, `${where2}: user '${user}' is already defined on line ${first}`);
    seen.set(user, i + 1);
    users.push({ user, password });
  });
  return users;
}
function checkFunctionPasswords(users, input = "basic-auth-users") {
  for (const { user, password } of users) {
    const problem = functionPasswordProblem(password);
    if (problem !== void 0) {
      throw new InputError(
        input,
        `user '${user}': the password is too weak for \`edge: function\` (CloudFront Functions can only use a fast hash, so every password needs ${FUNCTION_PASSWORD_MIN_BITS} bits of entropy): it ${problem}`
      );
    }
  }
}
function usersMismatch(given, listed, where2) {
  const names = given.map((u) => u.user);
  const extra = names.filter((n) => !listed.includes(n));
  const missing = listed.filter((n) => !names.includes(n));
  if (extra.length === 0 && missing.length === 0) return void 0;
  return [
    `must name exactly the users of ${where2}`,
    ...extra.length > 0 ? [
      `it has ${extra.map((n) => `'${n}'`).join(", ")}, which \`users\` does not list (add the name there)`
    ] : [],
    ...missing.length > 0 ? [
      `it has no password for ${missing.map((n) => `'${n}'`).join(", ")}, whom \`users\` lists (add a line to the secret, or remove the name)`
    ] : []
  ].join("; ");
}

// src/site/load.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);

// node_modules/yaml/browser/dist/nodes/identity.js
var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
function isCollection(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case MAP:
      case SEQ:
        return true;
    }
  return false;
}
function isNode(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case ALIAS:
      case MAP:
      case SCALAR:
      case SEQ:
        return true;
    }
  return false;
}
var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

// node_modules/yaml/browser/dist/visit.js
var BREAK = /* @__PURE__ */ Symbol("break visit");
var SKIP = /* @__PURE__ */ Symbol("skip children");
var REMOVE = /* @__PURE__ */ Symbol("remove node");
function visit(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    visit_(null, node, visitor_, Object.freeze([]));
}
visit.BREAK = BREAK;
visit.SKIP = SKIP;
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path11) {
  const ctrl = callVisitor(key, node, visitor, path11);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path11, ctrl);
    return visit_(key, ctrl, visitor, path11);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path11 = Object.freeze(path11.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = visit_(i, node.items[i], visitor, path11);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path11 = Object.freeze(path11.concat(node));
      const ck = visit_("key", node.key, visitor, path11);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = visit_("value", node.value, visitor, path11);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
async function visitAsync(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    await visitAsync_(null, node, visitor_, Object.freeze([]));
}
visitAsync.BREAK = BREAK;
visitAsync.SKIP = SKIP;
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path11) {
  const ctrl = await callVisitor(key, node, visitor, path11);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path11, ctrl);
    return visitAsync_(key, ctrl, visitor, path11);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path11 = Object.freeze(path11.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = await visitAsync_(i, node.items[i], visitor, path11);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path11 = Object.freeze(path11.concat(node));
      const ck = await visitAsync_("key", node.key, visitor, path11);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = await visitAsync_("value", node.value, visitor, path11);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
function initVisitor(visitor) {
  if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
    return Object.assign({
      Alias: visitor.Node,
      Map: visitor.Node,
      Scalar: visitor.Node,
      Seq: visitor.Node
    }, visitor.Value && {
      Map: visitor.Value,
      Scalar: visitor.Value,
      Seq: visitor.Value
    }, visitor.Collection && {
      Map: visitor.Collection,
      Seq: visitor.Collection
    }, visitor);
  }
  return visitor;
}
function callVisitor(key, node, visitor, path11) {
  if (typeof visitor === "function")
    return visitor(key, node, path11);
  if (isMap(node))
    return visitor.Map?.(key, node, path11);
  if (isSeq(node))
    return visitor.Seq?.(key, node, path11);
  if (isPair(node))
    return visitor.Pair?.(key, node, path11);
  if (isScalar(node))
    return visitor.Scalar?.(key, node, path11);
  if (isAlias(node))
    return visitor.Alias?.(key, node, path11);
  return void 0;
}
function replaceNode(key, path11, node) {
  const parent = path11[path11.length - 1];
  if (isCollection(parent)) {
    parent.items[key] = node;
  } else if (isPair(parent)) {
    if (key === "key")
      parent.key = node;
    else
      parent.value = node;
  } else if (isDocument(parent)) {
    parent.contents = node;
  } else {
    const pt = isAlias(parent) ? "alias" : "scalar";
    throw new Error(`Cannot replace node with ${pt} parent`);
  }
}

// node_modules/yaml/browser/dist/doc/directives.js
var escapeChars = {
  "!": "%21",
  ",": "%2C",
  "[": "%5B",
  "]": "%5D",
  "{": "%7B",
  "}": "%7D"
};
var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
var Directives = class _Directives {
  constructor(yaml, tags) {
    this.docStart = null;
    this.docEnd = false;
    this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
    this.tags = Object.assign({}, _Directives.defaultTags, tags);
  }
  clone() {
    const copy = new _Directives(this.yaml, this.tags);
    copy.docStart = this.docStart;
    return copy;
  }
  /**
   * During parsing, get a Directives instance for the current document and
   * update the stream state according to the current version's spec.
   */
  atDocument() {
    const res = new _Directives(this.yaml, this.tags);
    switch (this.yaml.version) {
      case "1.1":
        this.atNextDocument = true;
        break;
      case "1.2":
        this.atNextDocument = false;
        this.yaml = {
          explicit: _Directives.defaultYaml.explicit,
          version: "1.2"
        };
        this.tags = Object.assign({}, _Directives.defaultTags);
        break;
    }
    return res;
  }
  /**
   * @param onError - May be called even if the action was successful
   * @returns `true` on success
   */
  add(line, onError) {
    if (this.atNextDocument) {
      this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
      this.tags = Object.assign({}, _Directives.defaultTags);
      this.atNextDocument = false;
    }
    const parts = line.trim().split(/[ \t]+/);
    const name = parts.shift();
    switch (name) {
      case "%TAG": {
        if (parts.length !== 2) {
          onError(0, "%TAG directive should contain exactly two parts");
          if (parts.length < 2)
            return false;
        }
        const [handle, prefix] = parts;
        this.tags[handle] = prefix;
        return true;
      }
      case "%YAML": {
        this.yaml.explicit = true;
        if (parts.length !== 1) {
          onError(0, "%YAML directive should contain exactly one part");
          return false;
        }
        const [version] = parts;
        if (version === "1.1" || version === "1.2") {
          this.yaml.version = version;
          return true;
        } else {
          const isValid = /^\d+\.\d+$/.test(version);
          onError(6, `Unsupported YAML version ${version}`, isValid);
          return false;
        }
      }
      default:
        onError(0, `Unknown directive ${name}`, true);
        return false;
    }
  }
  /**
   * Resolves a tag, matching handles to those defined in %TAG directives.
   *
   * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
   *   `'!local'` tag, or `null` if unresolvable.
   */
  tagName(source, onError) {
    if (source === "!")
      return "!";
    if (source[0] !== "!") {
      onError(`Not a valid tag: ${source}`);
      return null;
    }
    if (source[1] === "<") {
      const verbatim = source.slice(2, -1);
      if (verbatim === "!" || verbatim === "!!") {
        onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
        return null;
      }
      if (source[source.length - 1] !== ">")
        onError("Verbatim tags must end with a >");
      return verbatim;
    }
    const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
    if (!suffix)
      onError(`The ${source} tag has no suffix`);
    const prefix = this.tags[handle];
    if (prefix) {
      try {
        return prefix + decodeURIComponent(suffix);
      } catch (error) {
        onError(String(error));
        return null;
      }
    }
    if (handle === "!")
      return source;
    onError(`Could not resolve tag: ${source}`);
    return null;
  }
  /**
   * Given a fully resolved tag, returns its printable string form,
   * taking into account current tag prefixes and defaults.
   */
  tagString(tag) {
    for (const [handle, prefix] of Object.entries(this.tags)) {
      if (tag.startsWith(prefix))
        return handle + escapeTagName(tag.substring(prefix.length));
    }
    return tag[0] === "!" ? tag : `!<${tag}>`;
  }
  toString(doc) {
    const lines2 = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
    const tagEntries = Object.entries(this.tags);
    let tagNames;
    if (doc && tagEntries.length > 0 && isNode(doc.contents)) {
      const tags = {};
      visit(doc.contents, (_key, node) => {
        if (isNode(node) && node.tag)
          tags[node.tag] = true;
      });
      tagNames = Object.keys(tags);
    } else
      tagNames = [];
    for (const [handle, prefix] of tagEntries) {
      if (handle === "!!" && prefix === "tag:yaml.org,2002:")
        continue;
      if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
        lines2.push(`%TAG ${handle} ${prefix}`);
    }
    return lines2.join("\n");
  }
};
Directives.defaultYaml = { explicit: false, version: "1.2" };
Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };

// node_modules/yaml/browser/dist/doc/anchors.js
function anchorIsValid(anchor) {
  if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
    const sa = JSON.stringify(anchor);
    const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
    throw new Error(msg);
  }
  return true;
}
function anchorNames(root) {
  const anchors = /* @__PURE__ */ new Set();
  visit(root, {
    Value(_key, node) {
      if (node.anchor)
        anchors.add(node.anchor);
    }
  });
  return anchors;
}
function findNewAnchor(prefix, exclude) {
  for (let i = 1; true; ++i) {
    const name = `${prefix}${i}`;
    if (!exclude.has(name))
      return name;
  }
}
function createNodeAnchors(doc, prefix) {
  const aliasObjects = [];
  const sourceObjects = /* @__PURE__ */ new Map();
  let prevAnchors = null;
  return {
    onAnchor: (source) => {
      aliasObjects.push(source);
      prevAnchors ?? (prevAnchors = anchorNames(doc));
      const anchor = findNewAnchor(prefix, prevAnchors);
      prevAnchors.add(anchor);
      return anchor;
    },
    /**
     * With circular references, the source node is only resolved after all
     * of its child nodes are. This is why anchors are set only after all of
     * the nodes have been created.
     */
    setAnchors: () => {
      for (const source of aliasObjects) {
        const ref = sourceObjects.get(source);
        if (typeof ref === "object" && ref.anchor && (isScalar(ref.node) || isCollection(ref.node))) {
          ref.node.anchor = ref.anchor;
        } else {
          const error = new Error("Failed to resolve repeated object (this should not happen)");
          error.source = source;
          throw error;
        }
      }
    },
    sourceObjects
  };
}

// node_modules/yaml/browser/dist/doc/applyReviver.js
function applyReviver(reviver, obj, key, val) {
  if (val && typeof val === "object") {
    if (Array.isArray(val)) {
      for (let i = 0, len = val.length; i < len; ++i) {
        const v0 = val[i];
        const v1 = applyReviver(reviver, val, String(i), v0);
        if (v1 === void 0)
          delete val[i];
        else if (v1 !== v0)
          val[i] = v1;
      }
    } else if (val instanceof Map) {
      for (const k of Array.from(val.keys())) {
        const v0 = val.get(k);
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          val.delete(k);
        else if (v1 !== v0)
          val.set(k, v1);
      }
    } else if (val instanceof Set) {
      for (const v0 of Array.from(val)) {
        const v1 = applyReviver(reviver, val, v0, v0);
        if (v1 === void 0)
          val.delete(v0);
        else if (v1 !== v0) {
          val.delete(v0);
          val.add(v1);
        }
      }
    } else {
      for (const [k, v0] of Object.entries(val)) {
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          delete val[k];
        else if (v1 !== v0)
          val[k] = v1;
      }
    }
  }
  return reviver.call(obj, key, val);
}

// node_modules/yaml/browser/dist/nodes/toJS.js
function toJS(value, arg, ctx) {
  if (Array.isArray(value))
    return value.map((v, i) => toJS(v, String(i), ctx));
  if (value && typeof value.toJSON === "function") {
    if (!ctx || !hasAnchor(value))
      return value.toJSON(arg, ctx);
    const data = { aliasCount: 0, count: 1, res: void 0 };
    ctx.anchors.set(value, data);
    ctx.onCreate = (res2) => {
      data.res = res2;
      delete ctx.onCreate;
    };
    const res = value.toJSON(arg, ctx);
    if (ctx.onCreate)
      ctx.onCreate(res);
    return res;
  }
  if (typeof value === "bigint" && !ctx?.keep)
    return Number(value);
  return value;
}

// node_modules/yaml/browser/dist/nodes/Node.js
var NodeBase = class {
  constructor(type) {
    Object.defineProperty(this, NODE_TYPE, { value: type });
  }
  /** Create a copy of this node.  */
  clone() {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** A plain JavaScript representation of this node. */
  toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    if (!isDocument(doc))
      throw new TypeError("A document argument is required");
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc,
      keep: true,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this, "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
};

// node_modules/yaml/browser/dist/nodes/Alias.js
var Alias = class extends NodeBase {
  constructor(source) {
    super(ALIAS);
    this.source = source;
    Object.defineProperty(this, "tag", {
      set() {
        throw new Error("Alias nodes cannot have tags");
      }
    });
  }
  /**
   * Resolve the value of this alias within `doc`, finding the last
   * instance of the `source` anchor before this node.
   */
  resolve(doc, ctx) {
    if (ctx?.maxAliasCount === 0)
      throw new ReferenceError("Alias resolution is disabled");
    let nodes;
    if (ctx?.aliasResolveCache) {
      nodes = ctx.aliasResolveCache;
    } else {
      nodes = [];
      visit(doc, {
        Node: (_key, node) => {
          if (isAlias(node) || hasAnchor(node))
            nodes.push(node);
        }
      });
      if (ctx)
        ctx.aliasResolveCache = nodes;
    }
    let found = void 0;
    for (const node of nodes) {
      if (node === this)
        break;
      if (node.anchor === this.source)
        found = node;
    }
    if (found && ctx) {
      const { anchors, doc: doc2, maxAliasCount } = ctx;
      let data = anchors.get(found);
      if (!data) {
        toJS(found, null, ctx);
        data = anchors.get(found);
      }
      if (data?.res === void 0) {
        const msg = "This should not happen: Alias anchor was not resolved?";
        throw new ReferenceError(msg);
      }
      if (maxAliasCount >= 0) {
        data.count += 1;
        if (data.aliasCount === 0)
          data.aliasCount = getAliasCount(doc2, found, anchors);
        if (data.count * data.aliasCount > maxAliasCount) {
          const msg = "Excessive alias count indicates a resource exhaustion attack";
          throw new ReferenceError(msg);
        }
      }
    }
    return found;
  }
  toJSON(_arg, ctx) {
    if (!ctx)
      return { source: this.source };
    const source = this.resolve(ctx.doc, ctx);
    if (!source) {
      const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
      throw new ReferenceError(msg);
    }
    return ctx.anchors.get(source).res;
  }
  toString(ctx, _onComment, _onChompKeep) {
    const src = `*${this.source}`;
    if (ctx) {
      anchorIsValid(this.source);
      if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
        const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
        throw new Error(msg);
      }
      if (ctx.implicitKey)
        return `${src} `;
    }
    return src;
  }
};
function getAliasCount(doc, node, anchors) {
  if (isAlias(node)) {
    const source = node.resolve(doc);
    const anchor = anchors && source && anchors.get(source);
    return anchor ? anchor.count * anchor.aliasCount : 0;
  } else if (isCollection(node)) {
    let count = 0;
    for (const item of node.items) {
      const c = getAliasCount(doc, item, anchors);
      if (c > count)
        count = c;
    }
    return count;
  } else if (isPair(node)) {
    const kc = getAliasCount(doc, node.key, anchors);
    const vc = getAliasCount(doc, node.value, anchors);
    return Math.max(kc, vc);
  }
  return 1;
}

// node_modules/yaml/browser/dist/nodes/Scalar.js
var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
var Scalar = class extends NodeBase {
  constructor(value) {
    super(SCALAR);
    this.value = value;
  }
  toJSON(arg, ctx) {
    return ctx?.keep ? this.value : toJS(this.value, arg, ctx);
  }
  toString() {
    return String(this.value);
  }
};
Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
Scalar.PLAIN = "PLAIN";
Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";

// node_modules/yaml/browser/dist/doc/createNode.js
var defaultTagPrefix = "tag:yaml.org,2002:";
function findTagObject(value, tagName, tags) {
  if (tagName) {
    const match = tags.filter((t) => t.tag === tagName);
    const tagObj = match.find((t) => !t.format) ?? match[0];
    if (!tagObj)
      throw new Error(`Tag ${tagName} not found`);
    return tagObj;
  }
  return tags.find((t) => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
  if (isDocument(value))
    value = value.contents;
  if (isNode(value))
    return value;
  if (isPair(value)) {
    const map2 = ctx.schema[MAP].createNode?.(ctx.schema, null, ctx);
    map2.items.push(value);
    return map2;
  }
  if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
    value = value.valueOf();
  }
  const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema4, sourceObjects } = ctx;
  let ref = void 0;
  if (aliasDuplicateObjects && value && typeof value === "object") {
    ref = sourceObjects.get(value);
    if (ref) {
      ref.anchor ?? (ref.anchor = onAnchor(value));
      return new Alias(ref.anchor);
    } else {
      ref = { anchor: null, node: null };
      sourceObjects.set(value, ref);
    }
  }
  if (tagName?.startsWith("!!"))
    tagName = defaultTagPrefix + tagName.slice(2);
  let tagObj = findTagObject(value, tagName, schema4.tags);
  if (!tagObj) {
    if (value && typeof value.toJSON === "function") {
      value = value.toJSON();
    }
    if (!value || typeof value !== "object") {
      const node2 = new Scalar(value);
      if (ref)
        ref.node = node2;
      return node2;
    }
    tagObj = value instanceof Map ? schema4[MAP] : Symbol.iterator in Object(value) ? schema4[SEQ] : schema4[MAP];
  }
  if (onTagObj) {
    onTagObj(tagObj);
    delete ctx.onTagObj;
  }
  const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar(value);
  if (tagName)
    node.tag = tagName;
  else if (!tagObj.default)
    node.tag = tagObj.tag;
  if (ref)
    ref.node = node;
  return node;
}

// node_modules/yaml/browser/dist/nodes/Collection.js
function collectionFromPath(schema4, path11, value) {
  let v = value;
  for (let i = path11.length - 1; i >= 0; --i) {
    const k = path11[i];
    if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
      const a = [];
      a[k] = v;
      v = a;
    } else {
      v = /* @__PURE__ */ new Map([[k, v]]);
    }
  }
  return createNode(v, void 0, {
    aliasDuplicateObjects: false,
    keepUndefined: false,
    onAnchor: () => {
      throw new Error("This should not happen, please report a bug.");
    },
    schema: schema4,
    sourceObjects: /* @__PURE__ */ new Map()
  });
}
var isEmptyPath = (path11) => path11 == null || typeof path11 === "object" && !!path11[Symbol.iterator]().next().done;
var Collection = class extends NodeBase {
  constructor(type, schema4) {
    super(type);
    Object.defineProperty(this, "schema", {
      value: schema4,
      configurable: true,
      enumerable: false,
      writable: true
    });
  }
  /**
   * Create a copy of this collection.
   *
   * @param schema - If defined, overwrites the original's schema
   */
  clone(schema4) {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (schema4)
      copy.schema = schema4;
    copy.items = copy.items.map((it) => isNode(it) || isPair(it) ? it.clone(schema4) : it);
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /**
   * Adds a value to the collection. For `!!map` and `!!omap` the value must
   * be a Pair instance or a `{ key, value }` object, which may not have a key
   * that already exists in the map.
   */
  addIn(path11, value) {
    if (isEmptyPath(path11))
      this.add(value);
    else {
      const [key, ...rest] = path11;
      const node = this.get(key, true);
      if (isCollection(node))
        node.addIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
  /**
   * Removes a value from the collection.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path11) {
    const [key, ...rest] = path11;
    if (rest.length === 0)
      return this.delete(key);
    const node = this.get(key, true);
    if (isCollection(node))
      return node.deleteIn(rest);
    else
      throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path11, keepScalar) {
    const [key, ...rest] = path11;
    const node = this.get(key, true);
    if (rest.length === 0)
      return !keepScalar && isScalar(node) ? node.value : node;
    else
      return isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
  }
  hasAllNullValues(allowScalar) {
    return this.items.every((node) => {
      if (!isPair(node))
        return false;
      const n = node.value;
      return n == null || allowScalar && isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
    });
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   */
  hasIn(path11) {
    const [key, ...rest] = path11;
    if (rest.length === 0)
      return this.has(key);
    const node = this.get(key, true);
    return isCollection(node) ? node.hasIn(rest) : false;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path11, value) {
    const [key, ...rest] = path11;
    if (rest.length === 0) {
      this.set(key, value);
    } else {
      const node = this.get(key, true);
      if (isCollection(node))
        node.setIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyComment.js
var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
function indentComment(comment, indent) {
  if (/^\n+$/.test(comment))
    return comment.substring(1);
  return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;

// node_modules/yaml/browser/dist/stringify/foldFlowLines.js
var FOLD_FLOW = "flow";
var FOLD_BLOCK = "block";
var FOLD_QUOTED = "quoted";
function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
  if (!lineWidth || lineWidth < 0)
    return text2;
  if (lineWidth < minContentWidth)
    minContentWidth = 0;
  const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
  if (text2.length <= endStep)
    return text2;
  const folds = [];
  const escapedFolds = {};
  let end = lineWidth - indent.length;
  if (typeof indentAtStart === "number") {
    if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
      folds.push(0);
    else
      end = lineWidth - indentAtStart;
  }
  let split = void 0;
  let prev = void 0;
  let overflow = false;
  let i = -1;
  let escStart = -1;
  let escEnd = -1;
  if (mode === FOLD_BLOCK) {
    i = consumeMoreIndentedLines(text2, i, indent.length);
    if (i !== -1)
      end = i + endStep;
  }
  for (let ch; ch = text2[i += 1]; ) {
    if (mode === FOLD_QUOTED && ch === "\\") {
      escStart = i;
      switch (text2[i + 1]) {
        case "x":
          i += 3;
          break;
        case "u":
          i += 5;
          break;
        case "U":
          i += 9;
          break;
        default:
          i += 1;
      }
      escEnd = i;
    }
    if (ch === "\n") {
      if (mode === FOLD_BLOCK)
        i = consumeMoreIndentedLines(text2, i, indent.length);
      end = i + indent.length + endStep;
      split = void 0;
    } else {
      if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
        const next = text2[i + 1];
        if (next && next !== " " && next !== "\n" && next !== "	")
          split = i;
      }
      if (i >= end) {
        if (split) {
          folds.push(split);
          end = split + endStep;
          split = void 0;
        } else if (mode === FOLD_QUOTED) {
          while (prev === " " || prev === "	") {
            prev = ch;
            ch = text2[i += 1];
            overflow = true;
          }
          const j = i > escEnd + 1 ? i - 2 : escStart - 1;
          if (escapedFolds[j])
            return text2;
          folds.push(j);
          escapedFolds[j] = true;
          end = j + endStep;
          split = void 0;
        } else {
          overflow = true;
        }
      }
    }
    prev = ch;
  }
  if (overflow && onOverflow)
    onOverflow();
  if (folds.length === 0)
    return text2;
  if (onFold)
    onFold();
  let res = text2.slice(0, folds[0]);
  for (let i2 = 0; i2 < folds.length; ++i2) {
    const fold = folds[i2];
    const end2 = folds[i2 + 1] || text2.length;
    if (fold === 0)
      res = `
${indent}${text2.slice(0, end2)}`;
    else {
      if (mode === FOLD_QUOTED && escapedFolds[fold])
        res += `${text2[fold]}\\`;
      res += `
${indent}${text2.slice(fold + 1, end2)}`;
    }
  }
  return res;
}
function consumeMoreIndentedLines(text2, i, indent) {
  let end = i;
  let start = i + 1;
  let ch = text2[start];
  while (ch === " " || ch === "	") {
    if (i < start + indent) {
      ch = text2[++i];
    } else {
      do {
        ch = text2[++i];
      } while (ch && ch !== "\n");
      end = i;
      start = i + 1;
      ch = text2[start];
    }
  }
  return end;
}

// node_modules/yaml/browser/dist/stringify/stringifyString.js
var getFoldOptions = (ctx, isBlock2) => ({
  indentAtStart: isBlock2 ? ctx.indent.length : ctx.indentAtStart,
  lineWidth: ctx.options.lineWidth,
  minContentWidth: ctx.options.minContentWidth
});
var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
function lineLengthOverLimit(str2, lineWidth, indentLength) {
  if (!lineWidth || lineWidth < 0)
    return false;
  const limit = lineWidth - indentLength;
  const strLen = str2.length;
  if (strLen <= limit)
    return false;
  for (let i = 0, start = 0; i < strLen; ++i) {
    if (str2[i] === "\n") {
      if (i - start > limit)
        return true;
      start = i + 1;
      if (strLen - start <= limit)
        return false;
    }
  }
  return true;
}
function doubleQuotedString(value, ctx) {
  const json = JSON.stringify(value);
  if (ctx.options.doubleQuotedAsJSON)
    return json;
  const { implicitKey } = ctx;
  const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  let str2 = "";
  let start = 0;
  for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
    if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
      str2 += json.slice(start, i) + "\\ ";
      i += 1;
      start = i;
      ch = "\\";
    }
    if (ch === "\\")
      switch (json[i + 1]) {
        case "u":
          {
            str2 += json.slice(start, i);
            const code = json.substr(i + 2, 4);
            switch (code) {
              case "0000":
                str2 += "\\0";
                break;
              case "0007":
                str2 += "\\a";
                break;
              case "000b":
                str2 += "\\v";
                break;
              case "001b":
                str2 += "\\e";
                break;
              case "0085":
                str2 += "\\N";
                break;
              case "00a0":
                str2 += "\\_";
                break;
              case "2028":
                str2 += "\\L";
                break;
              case "2029":
                str2 += "\\P";
                break;
              default:
                if (code.substr(0, 2) === "00")
                  str2 += "\\x" + code.substr(2);
                else
                  str2 += json.substr(i, 6);
            }
            i += 5;
            start = i + 1;
          }
          break;
        case "n":
          if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
            i += 1;
          } else {
            str2 += json.slice(start, i) + "\n\n";
            while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
              str2 += "\n";
              i += 2;
            }
            str2 += indent;
            if (json[i + 2] === " ")
              str2 += "\\";
            i += 1;
            start = i + 1;
          }
          break;
        default:
          i += 1;
      }
  }
  str2 = start ? str2 + json.slice(start) : json;
  return implicitKey ? str2 : foldFlowLines(str2, indent, FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
  if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
    return doubleQuotedString(value, ctx);
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
  return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
  const { singleQuote } = ctx.options;
  let qs;
  if (singleQuote === false)
    qs = doubleQuotedString;
  else {
    const hasDouble = value.includes('"');
    const hasSingle = value.includes("'");
    if (hasDouble && !hasSingle)
      qs = singleQuotedString;
    else if (hasSingle && !hasDouble)
      qs = doubleQuotedString;
    else
      qs = singleQuote ? singleQuotedString : doubleQuotedString;
  }
  return qs(value, ctx);
}
var blockEndNewlines;
try {
  blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
} catch {
  blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
  const { blockQuote, commentString, lineWidth } = ctx.options;
  if (!blockQuote || /\n[\t ]+$/.test(value)) {
    return quotedString(value, ctx);
  }
  const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
  const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.BLOCK_FOLDED ? false : type === Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
  if (!value)
    return literal ? "|\n" : ">\n";
  let chomp;
  let endStart;
  for (endStart = value.length; endStart > 0; --endStart) {
    const ch = value[endStart - 1];
    if (ch !== "\n" && ch !== "	" && ch !== " ")
      break;
  }
  let end = value.substring(endStart);
  const endNlPos = end.indexOf("\n");
  if (endNlPos === -1) {
    chomp = "-";
  } else if (value === end || endNlPos !== end.length - 1) {
    chomp = "+";
    if (onChompKeep)
      onChompKeep();
  } else {
    chomp = "";
  }
  if (end) {
    value = value.slice(0, -end.length);
    if (end[end.length - 1] === "\n")
      end = end.slice(0, -1);
    end = end.replace(blockEndNewlines, `$&${indent}`);
  }
  let startWithSpace = false;
  let startEnd;
  let startNlPos = -1;
  for (startEnd = 0; startEnd < value.length; ++startEnd) {
    const ch = value[startEnd];
    if (ch === " ")
      startWithSpace = true;
    else if (ch === "\n")
      startNlPos = startEnd;
    else
      break;
  }
  let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
  if (start) {
    value = value.substring(start.length);
    start = start.replace(/\n+/g, `$&${indent}`);
  }
  const indentSize = indent ? "2" : "1";
  let header = (startWithSpace ? indentSize : "") + chomp;
  if (comment) {
    header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
    if (onComment)
      onComment();
  }
  if (!literal) {
    const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
    let literalFallback = false;
    const foldOptions = getFoldOptions(ctx, true);
    if (blockQuote !== "folded" && type !== Scalar.BLOCK_FOLDED) {
      foldOptions.onOverflow = () => {
        literalFallback = true;
      };
    }
    const body = foldFlowLines(`${start}${foldedValue}${end}`, indent, FOLD_BLOCK, foldOptions);
    if (!literalFallback)
      return `>${header}
${indent}${body}`;
  }
  value = value.replace(/\n+/g, `$&${indent}`);
  return `|${header}
${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
  const { type, value } = item;
  const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
  if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
    return quotedString(value, ctx);
  }
  if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
    return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
  }
  if (!implicitKey && !inFlow && type !== Scalar.PLAIN && value.includes("\n")) {
    return blockString(item, ctx, onComment, onChompKeep);
  }
  if (containsDocumentMarker(value)) {
    if (indent === "") {
      ctx.forceBlockIndent = true;
      return blockString(item, ctx, onComment, onChompKeep);
    } else if (implicitKey && indent === indentStep) {
      return quotedString(value, ctx);
    }
  }
  const str2 = value.replace(/\n+/g, `$&
${indent}`);
  if (actualString) {
    const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
    const { compat, tags } = ctx.doc.schema;
    if (tags.some(test) || compat?.some(test))
      return quotedString(value, ctx);
  }
  return implicitKey ? str2 : foldFlowLines(str2, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
  const { implicitKey, inFlow } = ctx;
  const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
  let { type } = item;
  if (type !== Scalar.QUOTE_DOUBLE) {
    if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
      type = Scalar.QUOTE_DOUBLE;
  }
  const _stringify = (_type) => {
    switch (_type) {
      case Scalar.BLOCK_FOLDED:
      case Scalar.BLOCK_LITERAL:
        return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
      case Scalar.QUOTE_DOUBLE:
        return doubleQuotedString(ss.value, ctx);
      case Scalar.QUOTE_SINGLE:
        return singleQuotedString(ss.value, ctx);
      case Scalar.PLAIN:
        return plainString(ss, ctx, onComment, onChompKeep);
      default:
        return null;
    }
  };
  let res = _stringify(type);
  if (res === null) {
    const { defaultKeyType, defaultStringType } = ctx.options;
    const t = implicitKey && defaultKeyType || defaultStringType;
    res = _stringify(t);
    if (res === null)
      throw new Error(`Unsupported default string type ${t}`);
  }
  return res;
}

// node_modules/yaml/browser/dist/stringify/stringify.js
function createStringifyContext(doc, options) {
  const opt = Object.assign({
    blockQuote: true,
    commentString: stringifyComment,
    defaultKeyType: null,
    defaultStringType: "PLAIN",
    directives: null,
    doubleQuotedAsJSON: false,
    doubleQuotedMinMultiLineLength: 40,
    falseStr: "false",
    flowCollectionPadding: true,
    indentSeq: true,
    lineWidth: 80,
    minContentWidth: 20,
    nullStr: "null",
    simpleKeys: false,
    singleQuote: null,
    trailingComma: false,
    trueStr: "true",
    verifyAliasOrder: true
  }, doc.schema.toStringOptions, options);
  let inFlow;
  switch (opt.collectionStyle) {
    case "block":
      inFlow = false;
      break;
    case "flow":
      inFlow = true;
      break;
    default:
      inFlow = null;
  }
  return {
    anchors: /* @__PURE__ */ new Set(),
    doc,
    flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
    indent: "",
    indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
    inFlow,
    options: opt
  };
}
function getTagObject(tags, item) {
  if (item.tag) {
    const match = tags.filter((t) => t.tag === item.tag);
    if (match.length > 0)
      return match.find((t) => t.format === item.format) ?? match[0];
  }
  let tagObj = void 0;
  let obj;
  if (isScalar(item)) {
    obj = item.value;
    let match = tags.filter((t) => t.identify?.(obj));
    if (match.length > 1) {
      const testMatch = match.filter((t) => t.test);
      if (testMatch.length > 0)
        match = testMatch;
    }
    tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
  } else {
    obj = item;
    tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
  }
  if (!tagObj) {
    const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
    throw new Error(`Tag not resolved for ${name} value`);
  }
  return tagObj;
}
function stringifyProps(node, tagObj, { anchors, doc }) {
  if (!doc.directives)
    return "";
  const props = [];
  const anchor = (isScalar(node) || isCollection(node)) && node.anchor;
  if (anchor && anchorIsValid(anchor)) {
    anchors.add(anchor);
    props.push(`&${anchor}`);
  }
  const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
  if (tag)
    props.push(doc.directives.tagString(tag));
  return props.join(" ");
}
function stringify(item, ctx, onComment, onChompKeep) {
  if (isPair(item))
    return item.toString(ctx, onComment, onChompKeep);
  if (isAlias(item)) {
    if (ctx.doc.directives)
      return item.toString(ctx);
    if (ctx.resolvedAliases?.has(item)) {
      throw new TypeError(`Cannot stringify circular structure without alias nodes`);
    } else {
      if (ctx.resolvedAliases)
        ctx.resolvedAliases.add(item);
      else
        ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
      item = item.resolve(ctx.doc);
    }
  }
  let tagObj = void 0;
  const node = isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
  tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
  const props = stringifyProps(node, tagObj, ctx);
  if (props.length > 0)
    ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
  const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : isScalar(node) ? stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
  if (!props)
    return str2;
  return isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
}

// node_modules/yaml/browser/dist/stringify/stringifyPair.js
function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
  const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
  let keyComment = isNode(key) && key.comment || null;
  if (simpleKeys) {
    if (keyComment) {
      throw new Error("With simple keys, key nodes cannot have comments");
    }
    if (isCollection(key) || !isNode(key) && typeof key === "object") {
      const msg = "With simple keys, collection cannot be used as a key value";
      throw new Error(msg);
    }
  }
  let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || isCollection(key) || (isScalar(key) ? key.type === Scalar.BLOCK_FOLDED || key.type === Scalar.BLOCK_LITERAL : typeof key === "object"));
  ctx = Object.assign({}, ctx, {
    allNullValues: false,
    implicitKey: !explicitKey && (simpleKeys || !allNullValues),
    indent: indent + indentStep
  });
  let keyCommentDone = false;
  let chompKeep = false;
  let str2 = stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
  if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
    if (simpleKeys)
      throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
    explicitKey = true;
  }
  if (ctx.inFlow) {
    if (allNullValues || value == null) {
      if (keyCommentDone && onComment)
        onComment();
      return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
    }
  } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
    str2 = `? ${str2}`;
    if (keyComment && !keyCommentDone) {
      str2 += lineComment(str2, ctx.indent, commentString(keyComment));
    } else if (chompKeep && onChompKeep)
      onChompKeep();
    return str2;
  }
  if (keyCommentDone)
    keyComment = null;
  if (explicitKey) {
    if (keyComment)
      str2 += lineComment(str2, ctx.indent, commentString(keyComment));
    str2 = `? ${str2}
${indent}:`;
  } else {
    str2 = `${str2}:`;
    if (keyComment)
      str2 += lineComment(str2, ctx.indent, commentString(keyComment));
  }
  let vsb, vcb, valueComment;
  if (isNode(value)) {
    vsb = !!value.spaceBefore;
    vcb = value.commentBefore;
    valueComment = value.comment;
  } else {
    vsb = false;
    vcb = null;
    valueComment = null;
    if (value && typeof value === "object")
      value = doc.createNode(value);
  }
  ctx.implicitKey = false;
  if (!explicitKey && !keyComment && isScalar(value))
    ctx.indentAtStart = str2.length + 1;
  chompKeep = false;
  if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && isSeq(value) && !value.flow && !value.tag && !value.anchor) {
    ctx.indent = ctx.indent.substring(2);
  }
  let valueCommentDone = false;
  const valueStr = stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
  let ws = " ";
  if (keyComment || vsb || vcb) {
    ws = vsb ? "\n" : "";
    if (vcb) {
      const cs = commentString(vcb);
      ws += `
${indentComment(cs, ctx.indent)}`;
    }
    if (valueStr === "" && !ctx.inFlow) {
      if (ws === "\n" && valueComment)
        ws = "\n\n";
    } else {
      ws += `
${ctx.indent}`;
    }
  } else if (!explicitKey && isCollection(value)) {
    const vs0 = valueStr[0];
    const nl0 = valueStr.indexOf("\n");
    const hasNewline = nl0 !== -1;
    const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
    if (hasNewline || !flow) {
      let hasPropsLine = false;
      if (hasNewline && (vs0 === "&" || vs0 === "!")) {
        let sp0 = valueStr.indexOf(" ");
        if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
          sp0 = valueStr.indexOf(" ", sp0 + 1);
        }
        if (sp0 === -1 || nl0 < sp0)
          hasPropsLine = true;
      }
      if (!hasPropsLine)
        ws = `
${ctx.indent}`;
    }
  } else if (valueStr === "" || valueStr[0] === "\n") {
    ws = "";
  }
  str2 += ws + valueStr;
  if (ctx.inFlow) {
    if (valueCommentDone && onComment)
      onComment();
  } else if (valueComment && !valueCommentDone) {
    str2 += lineComment(str2, ctx.indent, commentString(valueComment));
  } else if (chompKeep && onChompKeep) {
    onChompKeep();
  }
  return str2;
}

// node_modules/yaml/browser/dist/log.js
function warn(logLevel, warning) {
  if (logLevel === "debug" || logLevel === "warn") {
    console.warn(warning);
  }
}

// node_modules/yaml/browser/dist/schema/yaml-1.1/merge.js
var MERGE_KEY = "<<";
var merge = {
  identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
  default: "key",
  tag: "tag:yaml.org,2002:merge",
  test: /^<<$/,
  resolve: () => Object.assign(new Scalar(Symbol(MERGE_KEY)), {
    addToJSMap: addMergeToJSMap
  }),
  stringify: () => MERGE_KEY
};
var isMergeKey = (ctx, key) => (merge.identify(key) || isScalar(key) && (!key.type || key.type === Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (isSeq(source))
    for (const it of source.items)
      mergeValue(ctx, map2, it);
  else if (Array.isArray(source))
    for (const it of source)
      mergeValue(ctx, map2, it);
  else
    mergeValue(ctx, map2, source);
}
function mergeValue(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (!isMap(source))
    throw new Error("Merge sources must be maps or map aliases");
  const srcMap = source.toJSON(null, ctx, Map);
  for (const [key, value2] of srcMap) {
    if (map2 instanceof Map) {
      if (!map2.has(key))
        map2.set(key, value2);
    } else if (map2 instanceof Set) {
      map2.add(key);
    } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
      Object.defineProperty(map2, key, {
        value: value2,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
  }
  return map2;
}
function resolveAliasValue(ctx, value) {
  return ctx && isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

// node_modules/yaml/browser/dist/nodes/addPairToJSMap.js
function addPairToJSMap(ctx, map2, { key, value }) {
  if (isNode(key) && key.addToJSMap)
    key.addToJSMap(ctx, map2, value);
  else if (isMergeKey(ctx, key))
    addMergeToJSMap(ctx, map2, value);
  else {
    const jsKey = toJS(key, "", ctx);
    if (map2 instanceof Map) {
      map2.set(jsKey, toJS(value, jsKey, ctx));
    } else if (map2 instanceof Set) {
      map2.add(jsKey);
    } else {
      const stringKey = stringifyKey(key, jsKey, ctx);
      const jsValue = toJS(value, stringKey, ctx);
      if (stringKey in map2)
        Object.defineProperty(map2, stringKey, {
          value: jsValue,
          writable: true,
          enumerable: true,
          configurable: true
        });
      else
        map2[stringKey] = jsValue;
    }
  }
  return map2;
}
function stringifyKey(key, jsKey, ctx) {
  if (jsKey === null)
    return "";
  if (typeof jsKey !== "object")
    return String(jsKey);
  if (isNode(key) && ctx?.doc) {
    const strCtx = createStringifyContext(ctx.doc, {});
    strCtx.anchors = /* @__PURE__ */ new Set();
    for (const node of ctx.anchors.keys())
      strCtx.anchors.add(node.anchor);
    strCtx.inFlow = true;
    strCtx.inStringifyKey = true;
    const strKey = key.toString(strCtx);
    if (!ctx.mapKeyWarned) {
      let jsonStr = JSON.stringify(strKey);
      if (jsonStr.length > 40)
        jsonStr = jsonStr.substring(0, 36) + '..."';
      warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
      ctx.mapKeyWarned = true;
    }
    return strKey;
  }
  return JSON.stringify(jsKey);
}

// node_modules/yaml/browser/dist/nodes/Pair.js
function createPair(key, value, ctx) {
  const k = createNode(key, void 0, ctx);
  const v = createNode(value, void 0, ctx);
  return new Pair(k, v);
}
var Pair = class _Pair {
  constructor(key, value = null) {
    Object.defineProperty(this, NODE_TYPE, { value: PAIR });
    this.key = key;
    this.value = value;
  }
  clone(schema4) {
    let { key, value } = this;
    if (isNode(key))
      key = key.clone(schema4);
    if (isNode(value))
      value = value.clone(schema4);
    return new _Pair(key, value);
  }
  toJSON(_, ctx) {
    const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    return addPairToJSMap(ctx, pair, this);
  }
  toString(ctx, onComment, onChompKeep) {
    return ctx?.doc ? stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyCollection.js
function stringifyCollection(collection, ctx, options) {
  const flow = ctx.inFlow ?? collection.flow;
  const stringify4 = flow ? stringifyFlowCollection : stringifyBlockCollection;
  return stringify4(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
  const { indent, options: { commentString } } = ctx;
  const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
  let chompKeep = false;
  const lines2 = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment2 = null;
    if (isNode(item)) {
      if (!chompKeep && item.spaceBefore)
        lines2.push("");
      addCommentBefore(ctx, lines2, item.commentBefore, chompKeep);
      if (item.comment)
        comment2 = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (!chompKeep && ik.spaceBefore)
          lines2.push("");
        addCommentBefore(ctx, lines2, ik.commentBefore, chompKeep);
      }
    }
    chompKeep = false;
    let str3 = stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
    if (comment2)
      str3 += lineComment(str3, itemIndent, commentString(comment2));
    if (chompKeep && comment2)
      chompKeep = false;
    lines2.push(blockItemPrefix + str3);
  }
  let str2;
  if (lines2.length === 0) {
    str2 = flowChars.start + flowChars.end;
  } else {
    str2 = lines2[0];
    for (let i = 1; i < lines2.length; ++i) {
      const line = lines2[i];
      str2 += line ? `
${indent}${line}` : "\n";
    }
  }
  if (comment) {
    str2 += "\n" + indentComment(commentString(comment), indent);
    if (onComment)
      onComment();
  } else if (chompKeep && onChompKeep)
    onChompKeep();
  return str2;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
  const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
  itemIndent += indentStep;
  const itemCtx = Object.assign({}, ctx, {
    indent: itemIndent,
    inFlow: true,
    type: null
  });
  let reqNewline = false;
  let linesAtValue = 0;
  const lines2 = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment = null;
    if (isNode(item)) {
      if (item.spaceBefore)
        lines2.push("");
      addCommentBefore(ctx, lines2, item.commentBefore, false);
      if (item.comment)
        comment = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (ik.spaceBefore)
          lines2.push("");
        addCommentBefore(ctx, lines2, ik.commentBefore, false);
        if (ik.comment)
          reqNewline = true;
      }
      const iv = isNode(item.value) ? item.value : null;
      if (iv) {
        if (iv.comment)
          comment = iv.comment;
        if (iv.commentBefore)
          reqNewline = true;
      } else if (item.value == null && ik?.comment) {
        comment = ik.comment;
      }
    }
    if (comment)
      reqNewline = true;
    let str2 = stringify(item, itemCtx, () => comment = null);
    reqNewline || (reqNewline = lines2.length > linesAtValue || str2.includes("\n"));
    if (i < items.length - 1) {
      str2 += ",";
    } else if (ctx.options.trailingComma) {
      if (ctx.options.lineWidth > 0) {
        reqNewline || (reqNewline = lines2.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
      }
      if (reqNewline) {
        str2 += ",";
      }
    }
    if (comment)
      str2 += lineComment(str2, itemIndent, commentString(comment));
    lines2.push(str2);
    linesAtValue = lines2.length;
  }
  const { start, end } = flowChars;
  if (lines2.length === 0) {
    return start + end;
  } else {
    if (!reqNewline) {
      const len = lines2.reduce((sum, line) => sum + line.length + 2, 2);
      reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
    }
    if (reqNewline) {
      let str2 = start;
      for (const line of lines2)
        str2 += line ? `
${indentStep}${indent}${line}` : "\n";
      return `${str2}
${indent}${end}`;
    } else {
      return `${start}${fcPadding}${lines2.join(" ")}${fcPadding}${end}`;
    }
  }
}
function addCommentBefore({ indent, options: { commentString } }, lines2, comment, chompKeep) {
  if (comment && chompKeep)
    comment = comment.replace(/^\n+/, "");
  if (comment) {
    const ic = indentComment(commentString(comment), indent);
    lines2.push(ic.trimStart());
  }
}

// node_modules/yaml/browser/dist/nodes/YAMLMap.js
function findPair(items, key) {
  const k = isScalar(key) ? key.value : key;
  for (const it of items) {
    if (isPair(it)) {
      if (it.key === key || it.key === k)
        return it;
      if (isScalar(it.key) && it.key.value === k)
        return it;
    }
  }
  return void 0;
}
var YAMLMap = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:map";
  }
  constructor(schema4) {
    super(MAP, schema4);
    this.items = [];
  }
  /**
   * A generic collection parsing method that can be extended
   * to other node classes that inherit from YAMLMap
   */
  static from(schema4, obj, ctx) {
    const { keepUndefined, replacer } = ctx;
    const map2 = new this(schema4);
    const add2 = (key, value) => {
      if (typeof replacer === "function")
        value = replacer.call(obj, key, value);
      else if (Array.isArray(replacer) && !replacer.includes(key))
        return;
      if (value !== void 0 || keepUndefined)
        map2.items.push(createPair(key, value, ctx));
    };
    if (obj instanceof Map) {
      for (const [key, value] of obj)
        add2(key, value);
    } else if (obj && typeof obj === "object") {
      for (const key of Object.keys(obj))
        add2(key, obj[key]);
    }
    if (typeof schema4.sortMapEntries === "function") {
      map2.items.sort(schema4.sortMapEntries);
    }
    return map2;
  }
  /**
   * Adds a value to the collection.
   *
   * @param overwrite - If not set `true`, using a key that is already in the
   *   collection will throw. Otherwise, overwrites the previous value.
   */
  add(pair, overwrite) {
    let _pair;
    if (isPair(pair))
      _pair = pair;
    else if (!pair || typeof pair !== "object" || !("key" in pair)) {
      _pair = new Pair(pair, pair?.value);
    } else
      _pair = new Pair(pair.key, pair.value);
    const prev = findPair(this.items, _pair.key);
    const sortEntries = this.schema?.sortMapEntries;
    if (prev) {
      if (!overwrite)
        throw new Error(`Key ${_pair.key} already set`);
      if (isScalar(prev.value) && isScalarValue(_pair.value))
        prev.value.value = _pair.value;
      else
        prev.value = _pair.value;
    } else if (sortEntries) {
      const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
      if (i === -1)
        this.items.push(_pair);
      else
        this.items.splice(i, 0, _pair);
    } else {
      this.items.push(_pair);
    }
  }
  delete(key) {
    const it = findPair(this.items, key);
    if (!it)
      return false;
    const del = this.items.splice(this.items.indexOf(it), 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const it = findPair(this.items, key);
    const node = it?.value;
    return (!keepScalar && isScalar(node) ? node.value : node) ?? void 0;
  }
  has(key) {
    return !!findPair(this.items, key);
  }
  set(key, value) {
    this.add(new Pair(key, value), true);
  }
  /**
   * @param ctx - Conversion context, originally set in Document#toJS()
   * @param {Class} Type - If set, forces the returned collection type
   * @returns Instance of Type, Map, or Object
   */
  toJSON(_, ctx, Type) {
    const map2 = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const item of this.items)
      addPairToJSMap(ctx, map2, item);
    return map2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    for (const item of this.items) {
      if (!isPair(item))
        throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
    }
    if (!ctx.allNullValues && this.hasAllNullValues(false))
      ctx = Object.assign({}, ctx, { allNullValues: true });
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "",
      flowChars: { start: "{", end: "}" },
      itemIndent: ctx.indent || "",
      onChompKeep,
      onComment
    });
  }
};

// node_modules/yaml/browser/dist/schema/common/map.js
var map = {
  collection: "map",
  default: true,
  nodeClass: YAMLMap,
  tag: "tag:yaml.org,2002:map",
  resolve(map2, onError) {
    if (!isMap(map2))
      onError("Expected a mapping for this tag");
    return map2;
  },
  createNode: (schema4, obj, ctx) => YAMLMap.from(schema4, obj, ctx)
};

// node_modules/yaml/browser/dist/nodes/YAMLSeq.js
var YAMLSeq = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:seq";
  }
  constructor(schema4) {
    super(SEQ, schema4);
    this.items = [];
  }
  add(value) {
    this.items.push(value);
  }
  /**
   * Removes a value from the collection.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   *
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return false;
    const del = this.items.splice(idx, 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return void 0;
    const it = this.items[idx];
    return !keepScalar && isScalar(it) ? it.value : it;
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   */
  has(key) {
    const idx = asItemIndex(key);
    return typeof idx === "number" && idx < this.items.length;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   *
   * If `key` does not contain a representation of an integer, this will throw.
   * It may be wrapped in a `Scalar`.
   */
  set(key, value) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      throw new Error(`Expected a valid index, not ${key}.`);
    const prev = this.items[idx];
    if (isScalar(prev) && isScalarValue(value))
      prev.value = value;
    else
      this.items[idx] = value;
  }
  toJSON(_, ctx) {
    const seq2 = [];
    if (ctx?.onCreate)
      ctx.onCreate(seq2);
    let i = 0;
    for (const item of this.items)
      seq2.push(toJS(item, String(i++), ctx));
    return seq2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "- ",
      flowChars: { start: "[", end: "]" },
      itemIndent: (ctx.indent || "") + "  ",
      onChompKeep,
      onComment
    });
  }
  static from(schema4, obj, ctx) {
    const { replacer } = ctx;
    const seq2 = new this(schema4);
    if (obj && Symbol.iterator in Object(obj)) {
      let i = 0;
      for (let it of obj) {
        if (typeof replacer === "function") {
          const key = obj instanceof Set ? it : String(i++);
          it = replacer.call(obj, key, it);
        }
        seq2.items.push(createNode(it, void 0, ctx));
      }
    }
    return seq2;
  }
};
function asItemIndex(key) {
  let idx = isScalar(key) ? key.value : key;
  if (idx && typeof idx === "string")
    idx = Number(idx);
  return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
}

// node_modules/yaml/browser/dist/schema/common/seq.js
var seq = {
  collection: "seq",
  default: true,
  nodeClass: YAMLSeq,
  tag: "tag:yaml.org,2002:seq",
  resolve(seq2, onError) {
    if (!isSeq(seq2))
      onError("Expected a sequence for this tag");
    return seq2;
  },
  createNode: (schema4, obj, ctx) => YAMLSeq.from(schema4, obj, ctx)
};

// node_modules/yaml/browser/dist/schema/common/string.js
var string = {
  identify: (value) => typeof value === "string",
  default: true,
  tag: "tag:yaml.org,2002:str",
  resolve: (str2) => str2,
  stringify(item, ctx, onComment, onChompKeep) {
    ctx = Object.assign({ actualString: true }, ctx);
    return stringifyString(item, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/common/null.js
var nullTag = {
  identify: (value) => value == null,
  createNode: () => new Scalar(null),
  default: true,
  tag: "tag:yaml.org,2002:null",
  test: /^(?:~|[Nn]ull|NULL)?$/,
  resolve: () => new Scalar(null),
  stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
};

// node_modules/yaml/browser/dist/schema/core/bool.js
var boolTag = {
  identify: (value) => typeof value === "boolean",
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  resolve: (str2) => new Scalar(str2[0] === "t" || str2[0] === "T"),
  stringify({ source, value }, ctx) {
    if (source && boolTag.test.test(source)) {
      const sv = source[0] === "t" || source[0] === "T";
      if (value === sv)
        return source;
    }
    return value ? ctx.options.trueStr : ctx.options.falseStr;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyNumber.js
function stringifyNumber({ format, minFractionDigits, tag, value }) {
  if (typeof value === "bigint")
    return String(value);
  const num = typeof value === "number" ? value : Number(value);
  if (!isFinite(num))
    return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
  let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
  if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
    let i = n.indexOf(".");
    if (i < 0) {
      i = n.length;
      n += ".";
    }
    let d = minFractionDigits - (n.length - i - 1);
    while (d-- > 0)
      n += "0";
  }
  return n;
}

// node_modules/yaml/browser/dist/schema/core/float.js
var floatNaN = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  resolve: (str2) => parseFloat(str2),
  stringify(node) {
    const num = Number(node.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node);
  }
};
var float = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  resolve(str2) {
    const node = new Scalar(parseFloat(str2));
    const dot = str2.indexOf(".");
    if (dot !== -1 && str2[str2.length - 1] === "0")
      node.minFractionDigits = str2.length - dot - 1;
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/core/int.js
var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
function intStringify(node, radix, prefix) {
  const { value } = node;
  if (intIdentify(value) && value >= 0)
    return prefix + value.toString(radix);
  return stringifyNumber(node);
}
var intOct = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^0o[0-7]+$/,
  resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
  stringify: (node) => intStringify(node, 8, "0o")
};
var int = {
  identify: intIdentify,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9]+$/,
  resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^0x[0-9a-fA-F]+$/,
  resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
  stringify: (node) => intStringify(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/core/schema.js
var schema = [
  map,
  seq,
  string,
  nullTag,
  boolTag,
  intOct,
  int,
  intHex,
  floatNaN,
  floatExp,
  float
];

// node_modules/yaml/browser/dist/schema/json/schema.js
function intIdentify2(value) {
  return typeof value === "bigint" || Number.isInteger(value);
}
var stringifyJSON = ({ value }) => JSON.stringify(value);
var jsonScalars = [
  {
    identify: (value) => typeof value === "string",
    default: true,
    tag: "tag:yaml.org,2002:str",
    resolve: (str2) => str2,
    stringify: stringifyJSON
  },
  {
    identify: (value) => value == null,
    createNode: () => new Scalar(null),
    default: true,
    tag: "tag:yaml.org,2002:null",
    test: /^null$/,
    resolve: () => null,
    stringify: stringifyJSON
  },
  {
    identify: (value) => typeof value === "boolean",
    default: true,
    tag: "tag:yaml.org,2002:bool",
    test: /^true$|^false$/,
    resolve: (str2) => str2 === "true",
    stringify: stringifyJSON
  },
  {
    identify: intIdentify2,
    default: true,
    tag: "tag:yaml.org,2002:int",
    test: /^-?(?:0|[1-9][0-9]*)$/,
    resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
    stringify: ({ value }) => intIdentify2(value) ? value.toString() : JSON.stringify(value)
  },
  {
    identify: (value) => typeof value === "number",
    default: true,
    tag: "tag:yaml.org,2002:float",
    test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
    resolve: (str2) => parseFloat(str2),
    stringify: stringifyJSON
  }
];
var jsonError = {
  default: true,
  tag: "",
  test: /^/,
  resolve(str2, onError) {
    onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
    return str2;
  }
};
var schema2 = [map, seq].concat(jsonScalars, jsonError);

// node_modules/yaml/browser/dist/schema/yaml-1.1/binary.js
var binary = {
  identify: (value) => value instanceof Uint8Array,
  // Buffer inherits from Uint8Array
  default: false,
  tag: "tag:yaml.org,2002:binary",
  /**
   * Returns a Buffer in node and an Uint8Array in browsers
   *
   * To use the resulting buffer as an image, you'll want to do something like:
   *
   *   const blob = new Blob([buffer], { type: 'image/jpeg' })
   *   document.querySelector('#photo').src = URL.createObjectURL(blob)
   */
  resolve(src, onError) {
    if (typeof atob === "function") {
      const str2 = atob(src.replace(/[\n\r]/g, ""));
      const buffer = new Uint8Array(str2.length);
      for (let i = 0; i < str2.length; ++i)
        buffer[i] = str2.charCodeAt(i);
      return buffer;
    } else {
      onError("This environment does not support reading binary tags; either Buffer or atob is required");
      return src;
    }
  },
  stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
    if (!value)
      return "";
    const buf = value;
    let str2;
    if (typeof btoa === "function") {
      let s = "";
      for (let i = 0; i < buf.length; ++i)
        s += String.fromCharCode(buf[i]);
      str2 = btoa(s);
    } else {
      throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
    }
    type ?? (type = Scalar.BLOCK_LITERAL);
    if (type !== Scalar.QUOTE_DOUBLE) {
      const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
      const n = Math.ceil(str2.length / lineWidth);
      const lines2 = new Array(n);
      for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
        lines2[i] = str2.substr(o, lineWidth);
      }
      str2 = lines2.join(type === Scalar.BLOCK_LITERAL ? "\n" : " ");
    }
    return stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/pairs.js
function resolvePairs(seq2, onError) {
  if (isSeq(seq2)) {
    for (let i = 0; i < seq2.items.length; ++i) {
      let item = seq2.items[i];
      if (isPair(item))
        continue;
      else if (isMap(item)) {
        if (item.items.length > 1)
          onError("Each pair must have its own sequence indicator");
        const pair = item.items[0] || new Pair(new Scalar(null));
        if (item.commentBefore)
          pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
        if (item.comment) {
          const cn = pair.value ?? pair.key;
          cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
        }
        item = pair;
      }
      seq2.items[i] = isPair(item) ? item : new Pair(item);
    }
  } else
    onError("Expected a sequence for this tag");
  return seq2;
}
function createPairs(schema4, iterable, ctx) {
  const { replacer } = ctx;
  const pairs2 = new YAMLSeq(schema4);
  pairs2.tag = "tag:yaml.org,2002:pairs";
  let i = 0;
  if (iterable && Symbol.iterator in Object(iterable))
    for (let it of iterable) {
      if (typeof replacer === "function")
        it = replacer.call(iterable, String(i++), it);
      let key, value;
      if (Array.isArray(it)) {
        if (it.length === 2) {
          key = it[0];
          value = it[1];
        } else
          throw new TypeError(`Expected [key, value] tuple: ${it}`);
      } else if (it && it instanceof Object) {
        const keys = Object.keys(it);
        if (keys.length === 1) {
          key = keys[0];
          value = it[key];
        } else {
          throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
        }
      } else {
        key = it;
      }
      pairs2.items.push(createPair(key, value, ctx));
    }
  return pairs2;
}
var pairs = {
  collection: "seq",
  default: false,
  tag: "tag:yaml.org,2002:pairs",
  resolve: resolvePairs,
  createNode: createPairs
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/omap.js
var YAMLOMap = class _YAMLOMap extends YAMLSeq {
  constructor() {
    super();
    this.add = YAMLMap.prototype.add.bind(this);
    this.delete = YAMLMap.prototype.delete.bind(this);
    this.get = YAMLMap.prototype.get.bind(this);
    this.has = YAMLMap.prototype.has.bind(this);
    this.set = YAMLMap.prototype.set.bind(this);
    this.tag = _YAMLOMap.tag;
  }
  /**
   * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
   * but TypeScript won't allow widening the signature of a child method.
   */
  toJSON(_, ctx) {
    if (!ctx)
      return super.toJSON(_);
    const map2 = /* @__PURE__ */ new Map();
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const pair of this.items) {
      let key, value;
      if (isPair(pair)) {
        key = toJS(pair.key, "", ctx);
        value = toJS(pair.value, key, ctx);
      } else {
        key = toJS(pair, "", ctx);
      }
      if (map2.has(key))
        throw new Error("Ordered maps must not include duplicate keys");
      map2.set(key, value);
    }
    return map2;
  }
  static from(schema4, iterable, ctx) {
    const pairs2 = createPairs(schema4, iterable, ctx);
    const omap2 = new this();
    omap2.items = pairs2.items;
    return omap2;
  }
};
YAMLOMap.tag = "tag:yaml.org,2002:omap";
var omap = {
  collection: "seq",
  identify: (value) => value instanceof Map,
  nodeClass: YAMLOMap,
  default: false,
  tag: "tag:yaml.org,2002:omap",
  resolve(seq2, onError) {
    const pairs2 = resolvePairs(seq2, onError);
    const seenKeys = [];
    for (const { key } of pairs2.items) {
      if (isScalar(key)) {
        if (seenKeys.includes(key.value)) {
          onError(`Ordered maps must not include duplicate keys: ${key.value}`);
        } else {
          seenKeys.push(key.value);
        }
      }
    }
    return Object.assign(new YAMLOMap(), pairs2);
  },
  createNode: (schema4, iterable, ctx) => YAMLOMap.from(schema4, iterable, ctx)
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/bool.js
function boolStringify({ value, source }, ctx) {
  const boolObj = value ? trueTag : falseTag;
  if (source && boolObj.test.test(source))
    return source;
  return value ? ctx.options.trueStr : ctx.options.falseStr;
}
var trueTag = {
  identify: (value) => value === true,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  resolve: () => new Scalar(true),
  stringify: boolStringify
};
var falseTag = {
  identify: (value) => value === false,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  resolve: () => new Scalar(false),
  stringify: boolStringify
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/float.js
var floatNaN2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
  stringify(node) {
    const num = Number(node.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node);
  }
};
var float2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  resolve(str2) {
    const node = new Scalar(parseFloat(str2.replace(/_/g, "")));
    const dot = str2.indexOf(".");
    if (dot !== -1) {
      const f = str2.substring(dot + 1).replace(/_/g, "");
      if (f[f.length - 1] === "0")
        node.minFractionDigits = f.length;
    }
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/int.js
var intIdentify3 = (value) => typeof value === "bigint" || Number.isInteger(value);
function intResolve2(str2, offset, radix, { intAsBigInt }) {
  const sign = str2[0];
  if (sign === "-" || sign === "+")
    offset += 1;
  str2 = str2.substring(offset).replace(/_/g, "");
  if (intAsBigInt) {
    switch (radix) {
      case 2:
        str2 = `0b${str2}`;
        break;
      case 8:
        str2 = `0o${str2}`;
        break;
      case 16:
        str2 = `0x${str2}`;
        break;
    }
    const n2 = BigInt(str2);
    return sign === "-" ? BigInt(-1) * n2 : n2;
  }
  const n = parseInt(str2, radix);
  return sign === "-" ? -1 * n : n;
}
function intStringify2(node, radix, prefix) {
  const { value } = node;
  if (intIdentify3(value)) {
    const str2 = value.toString(radix);
    return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
  }
  return stringifyNumber(node);
}
var intBin = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "BIN",
  test: /^[-+]?0b[0-1_]+$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 2, 2, opt),
  stringify: (node) => intStringify2(node, 2, "0b")
};
var intOct2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^[-+]?0[0-7_]+$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 1, 8, opt),
  stringify: (node) => intStringify2(node, 8, "0")
};
var int2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9][0-9_]*$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^[-+]?0x[0-9a-fA-F_]+$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 2, 16, opt),
  stringify: (node) => intStringify2(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/set.js
var YAMLSet = class _YAMLSet extends YAMLMap {
  constructor(schema4) {
    super(schema4);
    this.tag = _YAMLSet.tag;
  }
  add(key) {
    let pair;
    if (isPair(key))
      pair = key;
    else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
      pair = new Pair(key.key, null);
    else
      pair = new Pair(key, null);
    const prev = findPair(this.items, pair.key);
    if (!prev)
      this.items.push(pair);
  }
  /**
   * If `keepPair` is `true`, returns the Pair matching `key`.
   * Otherwise, returns the value of that Pair's key.
   */
  get(key, keepPair) {
    const pair = findPair(this.items, key);
    return !keepPair && isPair(pair) ? isScalar(pair.key) ? pair.key.value : pair.key : pair;
  }
  set(key, value) {
    if (typeof value !== "boolean")
      throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
    const prev = findPair(this.items, key);
    if (prev && !value) {
      this.items.splice(this.items.indexOf(prev), 1);
    } else if (!prev && value) {
      this.items.push(new Pair(key));
    }
  }
  toJSON(_, ctx) {
    return super.toJSON(_, ctx, Set);
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    if (this.hasAllNullValues(true))
      return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
    else
      throw new Error("Set items must all have null values");
  }
  static from(schema4, iterable, ctx) {
    const { replacer } = ctx;
    const set2 = new this(schema4);
    if (iterable && Symbol.iterator in Object(iterable))
      for (let value of iterable) {
        if (typeof replacer === "function")
          value = replacer.call(iterable, value, value);
        set2.items.push(createPair(value, null, ctx));
      }
    return set2;
  }
};
YAMLSet.tag = "tag:yaml.org,2002:set";
var set = {
  collection: "map",
  identify: (value) => value instanceof Set,
  nodeClass: YAMLSet,
  default: false,
  tag: "tag:yaml.org,2002:set",
  createNode: (schema4, iterable, ctx) => YAMLSet.from(schema4, iterable, ctx),
  resolve(map2, onError) {
    if (isMap(map2)) {
      if (map2.hasAllNullValues(true))
        return Object.assign(new YAMLSet(), map2);
      else
        onError("Set items must all have null values");
    } else
      onError("Expected a mapping for this tag");
    return map2;
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/timestamp.js
function parseSexagesimal(str2, asBigInt) {
  const sign = str2[0];
  const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
  const num = (n) => asBigInt ? BigInt(n) : Number(n);
  const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
  return sign === "-" ? num(-1) * res : res;
}
function stringifySexagesimal(node) {
  let { value } = node;
  let num = (n) => n;
  if (typeof value === "bigint")
    num = (n) => BigInt(n);
  else if (isNaN(value) || !isFinite(value))
    return stringifyNumber(node);
  let sign = "";
  if (value < 0) {
    sign = "-";
    value *= num(-1);
  }
  const _60 = num(60);
  const parts = [value % _60];
  if (value < 60) {
    parts.unshift(0);
  } else {
    value = (value - parts[0]) / _60;
    parts.unshift(value % _60);
    if (value >= 60) {
      value = (value - parts[0]) / _60;
      parts.unshift(value);
    }
  }
  return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
}
var intTime = {
  identify: (value) => typeof value === "bigint" || Number.isInteger(value),
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
  resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
  stringify: stringifySexagesimal
};
var floatTime = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  resolve: (str2) => parseSexagesimal(str2, false),
  stringify: stringifySexagesimal
};
var timestamp = {
  identify: (value) => value instanceof Date,
  default: true,
  tag: "tag:yaml.org,2002:timestamp",
  // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
  // may be omitted altogether, resulting in a date format. In such a case, the time part is
  // assumed to be 00:00:00Z (start of day, UTC).
  test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
  resolve(str2) {
    const match = str2.match(timestamp.test);
    if (!match)
      throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
    const [, year, month, day, hour, minute, second] = match.map(Number);
    const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
    let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
    const tz = match[8];
    if (tz && tz !== "Z") {
      let d = parseSexagesimal(tz, false);
      if (Math.abs(d) < 30)
        d *= 60;
      date -= 6e4 * d;
    }
    return new Date(date);
  },
  stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/schema.js
var schema3 = [
  map,
  seq,
  string,
  nullTag,
  trueTag,
  falseTag,
  intBin,
  intOct2,
  int2,
  intHex2,
  floatNaN2,
  floatExp2,
  float2,
  binary,
  merge,
  omap,
  pairs,
  set,
  intTime,
  floatTime,
  timestamp
];

// node_modules/yaml/browser/dist/schema/tags.js
var schemas = /* @__PURE__ */ new Map([
  ["core", schema],
  ["failsafe", [map, seq, string]],
  ["json", schema2],
  ["yaml11", schema3],
  ["yaml-1.1", schema3]
]);
var tagsByName = {
  binary,
  bool: boolTag,
  float,
  floatExp,
  floatNaN,
  floatTime,
  int,
  intHex,
  intOct,
  intTime,
  map,
  merge,
  null: nullTag,
  omap,
  pairs,
  seq,
  set,
  timestamp
};
var coreKnownTags = {
  "tag:yaml.org,2002:binary": binary,
  "tag:yaml.org,2002:merge": merge,
  "tag:yaml.org,2002:omap": omap,
  "tag:yaml.org,2002:pairs": pairs,
  "tag:yaml.org,2002:set": set,
  "tag:yaml.org,2002:timestamp": timestamp
};
function getTags(customTags2, schemaName, addMergeTag) {
  const schemaTags = schemas.get(schemaName);
  if (schemaTags && !customTags2) {
    return addMergeTag && !schemaTags.includes(merge) ? schemaTags.concat(merge) : schemaTags.slice();
  }
  let tags = schemaTags;
  if (!tags) {
    if (Array.isArray(customTags2))
      tags = [];
    else {
      const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
    }
  }
  if (Array.isArray(customTags2)) {
    for (const tag of customTags2)
      tags = tags.concat(tag);
  } else if (typeof customTags2 === "function") {
    tags = customTags2(tags.slice());
  }
  if (addMergeTag)
    tags = tags.concat(merge);
  return tags.reduce((tags2, tag) => {
    const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
    if (!tagObj) {
      const tagName = JSON.stringify(tag);
      const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
    }
    if (!tags2.includes(tagObj))
      tags2.push(tagObj);
    return tags2;
  }, []);
}

// node_modules/yaml/browser/dist/schema/Schema.js
var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
var Schema = class _Schema {
  constructor({ compat, customTags: customTags2, merge: merge2, resolveKnownTags, schema: schema4, sortMapEntries, toStringDefaults }) {
    this.compat = Array.isArray(compat) ? getTags(compat, "compat") : compat ? getTags(null, compat) : null;
    this.name = typeof schema4 === "string" && schema4 || "core";
    this.knownTags = resolveKnownTags ? coreKnownTags : {};
    this.tags = getTags(customTags2, this.name, merge2);
    this.toStringOptions = toStringDefaults ?? null;
    Object.defineProperty(this, MAP, { value: map });
    Object.defineProperty(this, SCALAR, { value: string });
    Object.defineProperty(this, SEQ, { value: seq });
    this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
  }
  clone() {
    const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
    copy.tags = this.tags.slice();
    return copy;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyDocument.js
function stringifyDocument(doc, options) {
  const lines2 = [];
  let hasDirectives = options.directives === true;
  if (options.directives !== false && doc.directives) {
    const dir = doc.directives.toString(doc);
    if (dir) {
      lines2.push(dir);
      hasDirectives = true;
    } else if (doc.directives.docStart)
      hasDirectives = true;
  }
  if (hasDirectives)
    lines2.push("---");
  const ctx = createStringifyContext(doc, options);
  const { commentString } = ctx.options;
  if (doc.commentBefore) {
    if (lines2.length !== 1)
      lines2.unshift("");
    const cs = commentString(doc.commentBefore);
    lines2.unshift(indentComment(cs, ""));
  }
  let chompKeep = false;
  let contentComment = null;
  if (doc.contents) {
    if (isNode(doc.contents)) {
      if (doc.contents.spaceBefore && hasDirectives)
        lines2.push("");
      if (doc.contents.commentBefore) {
        const cs = commentString(doc.contents.commentBefore);
        lines2.push(indentComment(cs, ""));
      }
      ctx.forceBlockIndent = !!doc.comment;
      contentComment = doc.contents.comment;
    }
    const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
    let body = stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
    if (contentComment)
      body += lineComment(body, "", commentString(contentComment));
    if ((body[0] === "|" || body[0] === ">") && lines2[lines2.length - 1] === "---") {
      lines2[lines2.length - 1] = `--- ${body}`;
    } else
      lines2.push(body);
  } else {
    lines2.push(stringify(doc.contents, ctx));
  }
  if (doc.directives?.docEnd) {
    if (doc.comment) {
      const cs = commentString(doc.comment);
      if (cs.includes("\n")) {
        lines2.push("...");
        lines2.push(indentComment(cs, ""));
      } else {
        lines2.push(`... ${cs}`);
      }
    } else {
      lines2.push("...");
    }
  } else {
    let dc = doc.comment;
    if (dc && chompKeep)
      dc = dc.replace(/^\n+/, "");
    if (dc) {
      if ((!chompKeep || contentComment) && lines2[lines2.length - 1] !== "")
        lines2.push("");
      lines2.push(indentComment(commentString(dc), ""));
    }
  }
  return lines2.join("\n") + "\n";
}

// node_modules/yaml/browser/dist/doc/Document.js
var Document = class _Document {
  constructor(value, replacer, options) {
    this.commentBefore = null;
    this.comment = null;
    this.errors = [];
    this.warnings = [];
    Object.defineProperty(this, NODE_TYPE, { value: DOC });
    let _replacer = null;
    if (typeof replacer === "function" || Array.isArray(replacer)) {
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const opt = Object.assign({
      intAsBigInt: false,
      keepSourceTokens: false,
      logLevel: "warn",
      prettyErrors: true,
      strict: true,
      stringKeys: false,
      uniqueKeys: true,
      version: "1.2"
    }, options);
    this.options = opt;
    let { version } = opt;
    if (options?._directives) {
      this.directives = options._directives.atDocument();
      if (this.directives.yaml.explicit)
        version = this.directives.yaml.version;
    } else
      this.directives = new Directives({ version });
    this.setSchema(version, options);
    this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
  }
  /**
   * Create a deep copy of this Document and its contents.
   *
   * Custom Node values that inherit from `Object` still refer to their original instances.
   */
  clone() {
    const copy = Object.create(_Document.prototype, {
      [NODE_TYPE]: { value: DOC }
    });
    copy.commentBefore = this.commentBefore;
    copy.comment = this.comment;
    copy.errors = this.errors.slice();
    copy.warnings = this.warnings.slice();
    copy.options = Object.assign({}, this.options);
    if (this.directives)
      copy.directives = this.directives.clone();
    copy.schema = this.schema.clone();
    copy.contents = isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** Adds a value to the document. */
  add(value) {
    if (assertCollection(this.contents))
      this.contents.add(value);
  }
  /** Adds a value to the document. */
  addIn(path11, value) {
    if (assertCollection(this.contents))
      this.contents.addIn(path11, value);
  }
  /**
   * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
   *
   * If `node` already has an anchor, `name` is ignored.
   * Otherwise, the `node.anchor` value will be set to `name`,
   * or if an anchor with that name is already present in the document,
   * `name` will be used as a prefix for a new unique anchor.
   * If `name` is undefined, the generated anchor will use 'a' as a prefix.
   */
  createAlias(node, name) {
    if (!node.anchor) {
      const prev = anchorNames(this);
      node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      !name || prev.has(name) ? findNewAnchor(name || "a", prev) : name;
    }
    return new Alias(node.anchor);
  }
  createNode(value, replacer, options) {
    let _replacer = void 0;
    if (typeof replacer === "function") {
      value = replacer.call({ "": value }, "", value);
      _replacer = replacer;
    } else if (Array.isArray(replacer)) {
      const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
      const asStr = replacer.filter(keyToStr).map(String);
      if (asStr.length > 0)
        replacer = replacer.concat(asStr);
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
    const { onAnchor, setAnchors, sourceObjects } = createNodeAnchors(
      this,
      // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      anchorPrefix || "a"
    );
    const ctx = {
      aliasDuplicateObjects: aliasDuplicateObjects ?? true,
      keepUndefined: keepUndefined ?? false,
      onAnchor,
      onTagObj,
      replacer: _replacer,
      schema: this.schema,
      sourceObjects
    };
    const node = createNode(value, tag, ctx);
    if (flow && isCollection(node))
      node.flow = true;
    setAnchors();
    return node;
  }
  /**
   * Convert a key and a value into a `Pair` using the current schema,
   * recursively wrapping all values as `Scalar` or `Collection` nodes.
   */
  createPair(key, value, options = {}) {
    const k = this.createNode(key, null, options);
    const v = this.createNode(value, null, options);
    return new Pair(k, v);
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    return assertCollection(this.contents) ? this.contents.delete(key) : false;
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path11) {
    if (isEmptyPath(path11)) {
      if (this.contents == null)
        return false;
      this.contents = null;
      return true;
    }
    return assertCollection(this.contents) ? this.contents.deleteIn(path11) : false;
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  get(key, keepScalar) {
    return isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
  }
  /**
   * Returns item at `path`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path11, keepScalar) {
    if (isEmptyPath(path11))
      return !keepScalar && isScalar(this.contents) ? this.contents.value : this.contents;
    return isCollection(this.contents) ? this.contents.getIn(path11, keepScalar) : void 0;
  }
  /**
   * Checks if the document includes a value with the key `key`.
   */
  has(key) {
    return isCollection(this.contents) ? this.contents.has(key) : false;
  }
  /**
   * Checks if the document includes a value at `path`.
   */
  hasIn(path11) {
    if (isEmptyPath(path11))
      return this.contents !== void 0;
    return isCollection(this.contents) ? this.contents.hasIn(path11) : false;
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  set(key, value) {
    if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, [key], value);
    } else if (assertCollection(this.contents)) {
      this.contents.set(key, value);
    }
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path11, value) {
    if (isEmptyPath(path11)) {
      this.contents = value;
    } else if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, Array.from(path11), value);
    } else if (assertCollection(this.contents)) {
      this.contents.setIn(path11, value);
    }
  }
  /**
   * Change the YAML version and schema used by the document.
   * A `null` version disables support for directives, explicit tags, anchors, and aliases.
   * It also requires the `schema` option to be given as a `Schema` instance value.
   *
   * Overrides all previously set schema options.
   */
  setSchema(version, options = {}) {
    if (typeof version === "number")
      version = String(version);
    let opt;
    switch (version) {
      case "1.1":
        if (this.directives)
          this.directives.yaml.version = "1.1";
        else
          this.directives = new Directives({ version: "1.1" });
        opt = { resolveKnownTags: false, schema: "yaml-1.1" };
        break;
      case "1.2":
      case "next":
        if (this.directives)
          this.directives.yaml.version = version;
        else
          this.directives = new Directives({ version });
        opt = { resolveKnownTags: true, schema: "core" };
        break;
      case null:
        if (this.directives)
          delete this.directives;
        opt = null;
        break;
      default: {
        const sv = JSON.stringify(version);
        throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
      }
    }
    if (options.schema instanceof Object)
      this.schema = options.schema;
    else if (opt)
      this.schema = new Schema(Object.assign(opt, options));
    else
      throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
  }
  // json & jsonArg are only used from toJSON()
  toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc: this,
      keep: !json,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this.contents, jsonArg ?? "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
  /**
   * A JSON representation of the document `contents`.
   *
   * @param jsonArg Used by `JSON.stringify` to indicate the array index or
   *   property name.
   */
  toJSON(jsonArg, onAnchor) {
    return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
  }
  /** A YAML representation of the document. */
  toString(options = {}) {
    if (this.errors.length > 0)
      throw new Error("Document with errors cannot be stringified");
    if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
      const s = JSON.stringify(options.indent);
      throw new Error(`"indent" option must be a positive integer, not ${s}`);
    }
    return stringifyDocument(this, options);
  }
};
function assertCollection(contents) {
  if (isCollection(contents))
    return true;
  throw new Error("Expected a YAML collection as document contents");
}

// node_modules/yaml/browser/dist/errors.js
var YAMLError = class extends Error {
  constructor(name, pos, code, message) {
    super();
    this.name = name;
    this.code = code;
    this.message = message;
    this.pos = pos;
  }
};
var YAMLParseError = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLParseError", pos, code, message);
  }
};
var YAMLWarning = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLWarning", pos, code, message);
  }
};
var prettifyError = (src, lc) => (error) => {
  if (error.pos[0] === -1)
    return;
  error.linePos = error.pos.map((pos) => lc.linePos(pos));
  const { line, col } = error.linePos[0];
  error.message += ` at line ${line}, column ${col}`;
  let ci = col - 1;
  let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
  if (ci >= 60 && lineStr.length > 80) {
    const trimStart = Math.min(ci - 39, lineStr.length - 79);
    lineStr = "\u2026" + lineStr.substring(trimStart);
    ci -= trimStart - 1;
  }
  if (lineStr.length > 80)
    lineStr = lineStr.substring(0, 79) + "\u2026";
  if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
    let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
    if (prev.length > 80)
      prev = prev.substring(0, 79) + "\u2026\n";
    lineStr = prev + lineStr;
  }
  if (/[^ ]/.test(lineStr)) {
    let count = 1;
    const end = error.linePos[1];
    if (end?.line === line && end.col > col) {
      count = Math.max(1, Math.min(end.col - col, 80 - ci));
    }
    const pointer = " ".repeat(ci) + "^".repeat(count);
    error.message += `:

${lineStr}
${pointer}
`;
  }
};

// node_modules/yaml/browser/dist/compose/resolve-props.js
function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
  let spaceBefore = false;
  let atNewline = startOnNewline;
  let hasSpace = startOnNewline;
  let comment = "";
  let commentSep = "";
  let hasNewline = false;
  let reqSpace = false;
  let tab = null;
  let anchor = null;
  let tag = null;
  let newlineAfterProp = null;
  let comma = null;
  let found = null;
  let start = null;
  for (const token of tokens) {
    if (reqSpace) {
      if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
        onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      reqSpace = false;
    }
    if (tab) {
      if (atNewline && token.type !== "comment" && token.type !== "newline") {
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      }
      tab = null;
    }
    switch (token.type) {
      case "space":
        if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
          tab = token;
        }
        hasSpace = true;
        break;
      case "comment": {
        if (!hasSpace)
          onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
        const cb = token.source.substring(1) || " ";
        if (!comment)
          comment = cb;
        else
          comment += commentSep + cb;
        commentSep = "";
        atNewline = false;
        break;
      }
      case "newline":
        if (atNewline) {
          if (comment)
            comment += token.source;
          else if (!found || indicator !== "seq-item-ind")
            spaceBefore = true;
        } else
          commentSep += token.source;
        atNewline = true;
        hasNewline = true;
        if (anchor || tag)
          newlineAfterProp = token;
        hasSpace = true;
        break;
      case "anchor":
        if (anchor)
          onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
        if (token.source.endsWith(":"))
          onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
        anchor = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      case "tag": {
        if (tag)
          onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
        tag = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      }
      case indicator:
        if (anchor || tag)
          onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
        if (found)
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
        found = token;
        atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
        hasSpace = false;
        break;
      case "comma":
        if (flow) {
          if (comma)
            onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
          comma = token;
          atNewline = false;
          hasSpace = false;
          break;
        }
      // else fallthrough
      default:
        onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
        atNewline = false;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  const end = last ? last.offset + last.source.length : offset;
  if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
    onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
  }
  if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
    onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
  return {
    comma,
    found,
    spaceBefore,
    comment,
    hasNewline,
    anchor,
    tag,
    newlineAfterProp,
    end,
    start: start ?? end
  };
}

// node_modules/yaml/browser/dist/compose/util-contains-newline.js
function containsNewline(key) {
  if (!key)
    return null;
  switch (key.type) {
    case "alias":
    case "scalar":
    case "double-quoted-scalar":
    case "single-quoted-scalar":
      if (key.source.includes("\n"))
        return true;
      if (key.end) {
        for (const st of key.end)
          if (st.type === "newline")
            return true;
      }
      return false;
    case "flow-collection":
      for (const it of key.items) {
        for (const st of it.start)
          if (st.type === "newline")
            return true;
        if (it.sep) {
          for (const st of it.sep)
            if (st.type === "newline")
              return true;
        }
        if (containsNewline(it.key) || containsNewline(it.value))
          return true;
      }
      return false;
    default:
      return true;
  }
}

// node_modules/yaml/browser/dist/compose/util-flow-indent-check.js
function flowIndentCheck(indent, fc, onError) {
  if (fc?.type === "flow-collection") {
    const end = fc.end[0];
    if (end.indent === indent && (end.source === "]" || end.source === "}") && containsNewline(fc)) {
      const msg = "Flow end indicator should be more indented than parent";
      onError(end, "BAD_INDENT", msg, true);
    }
  }
}

// node_modules/yaml/browser/dist/compose/util-map-includes.js
function mapIncludes(ctx, items, search) {
  const { uniqueKeys } = ctx.options;
  if (uniqueKeys === false)
    return false;
  const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || isScalar(a) && isScalar(b) && a.value === b.value;
  return items.some((pair) => isEqual(pair.key, search));
}

// node_modules/yaml/browser/dist/compose/resolve-block-map.js
var startColMsg = "All mapping items must start at the same column";
function resolveBlockMap({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bm, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLMap;
  const map2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  let offset = bm.offset;
  let commentEnd = null;
  for (const collItem of bm.items) {
    const { start, key, sep, value } = collItem;
    const keyProps = resolveProps(start, {
      indicator: "explicit-key-ind",
      next: key ?? sep?.[0],
      offset,
      onError,
      parentIndent: bm.indent,
      startOnNewline: true
    });
    const implicitKey = !keyProps.found;
    if (implicitKey) {
      if (key) {
        if (key.type === "block-seq")
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
        else if ("indent" in key && key.indent !== bm.indent)
          onError(offset, "BAD_INDENT", startColMsg);
      }
      if (!keyProps.anchor && !keyProps.tag && !sep) {
        commentEnd = keyProps.end;
        if (keyProps.comment) {
          if (map2.comment)
            map2.comment += "\n" + keyProps.comment;
          else
            map2.comment = keyProps.comment;
        }
        continue;
      }
      if (keyProps.newlineAfterProp || containsNewline(key)) {
        onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
      }
    } else if (keyProps.found?.indent !== bm.indent) {
      onError(offset, "BAD_INDENT", startColMsg);
    }
    ctx.atKey = true;
    const keyStart = keyProps.end;
    const keyNode = key ? composeNode2(ctx, key, keyProps, onError) : composeEmptyNode2(ctx, keyStart, start, null, keyProps, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bm.indent, key, onError);
    ctx.atKey = false;
    if (mapIncludes(ctx, map2.items, keyNode))
      onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
    const valueProps = resolveProps(sep ?? [], {
      indicator: "map-value-ind",
      next: value,
      offset: keyNode.range[2],
      onError,
      parentIndent: bm.indent,
      startOnNewline: !key || key.type === "block-scalar"
    });
    offset = valueProps.end;
    if (valueProps.found) {
      if (implicitKey) {
        if (value?.type === "block-map" && !valueProps.hasNewline)
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
        if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
          onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : composeEmptyNode2(ctx, offset, sep, null, valueProps, onError);
      if (ctx.schema.compat)
        flowIndentCheck(bm.indent, value, onError);
      offset = valueNode.range[2];
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    } else {
      if (implicitKey)
        onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
      if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    }
  }
  if (commentEnd && commentEnd < offset)
    onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
  map2.range = [bm.offset, offset, commentEnd ?? offset];
  return map2;
}

// node_modules/yaml/browser/dist/compose/resolve-block-seq.js
function resolveBlockSeq({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bs, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLSeq;
  const seq2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = bs.offset;
  let commentEnd = null;
  for (const { start, value } of bs.items) {
    const props = resolveProps(start, {
      indicator: "seq-item-ind",
      next: value,
      offset,
      onError,
      parentIndent: bs.indent,
      startOnNewline: true
    });
    if (!props.found) {
      if (props.anchor || props.tag || value) {
        if (value?.type === "block-seq")
          onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
        else
          onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
      } else {
        commentEnd = props.end;
        if (props.comment)
          seq2.comment = props.comment;
        continue;
      }
    }
    const node = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, start, null, props, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bs.indent, value, onError);
    offset = node.range[2];
    seq2.items.push(node);
  }
  seq2.range = [bs.offset, offset, commentEnd ?? offset];
  return seq2;
}

// node_modules/yaml/browser/dist/compose/resolve-end.js
function resolveEnd(end, offset, reqSpace, onError) {
  let comment = "";
  if (end) {
    let hasSpace = false;
    let sep = "";
    for (const token of end) {
      const { source, type } = token;
      switch (type) {
        case "space":
          hasSpace = true;
          break;
        case "comment": {
          if (reqSpace && !hasSpace)
            onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
          const cb = source.substring(1) || " ";
          if (!comment)
            comment = cb;
          else
            comment += sep + cb;
          sep = "";
          break;
        }
        case "newline":
          if (comment)
            sep += source;
          hasSpace = true;
          break;
        default:
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
      }
      offset += source.length;
    }
  }
  return { comment, offset };
}

// node_modules/yaml/browser/dist/compose/resolve-flow-collection.js
var blockMsg = "Block collections are not allowed within flow collections";
var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
function resolveFlowCollection({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, fc, onError, tag) {
  const isMap2 = fc.start.source === "{";
  const fcName = isMap2 ? "flow map" : "flow sequence";
  const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap : YAMLSeq);
  const coll = new NodeClass(ctx.schema);
  coll.flow = true;
  const atRoot = ctx.atRoot;
  if (atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = fc.offset + fc.start.source.length;
  for (let i = 0; i < fc.items.length; ++i) {
    const collItem = fc.items[i];
    const { start, key, sep, value } = collItem;
    const props = resolveProps(start, {
      flow: fcName,
      indicator: "explicit-key-ind",
      next: key ?? sep?.[0],
      offset,
      onError,
      parentIndent: fc.indent,
      startOnNewline: false
    });
    if (!props.found) {
      if (!props.anchor && !props.tag && !sep && !value) {
        if (i === 0 && props.comma)
          onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (i < fc.items.length - 1)
          onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
        if (props.comment) {
          if (coll.comment)
            coll.comment += "\n" + props.comment;
          else
            coll.comment = props.comment;
        }
        offset = props.end;
        continue;
      }
      if (!isMap2 && ctx.options.strict && containsNewline(key))
        onError(
          key,
          // checked by containsNewline()
          "MULTILINE_IMPLICIT_KEY",
          "Implicit keys of flow sequence pairs need to be on a single line"
        );
    }
    if (i === 0) {
      if (props.comma)
        onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
    } else {
      if (!props.comma)
        onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
      if (props.comment) {
        let prevItemComment = "";
        loop: for (const st of start) {
          switch (st.type) {
            case "comma":
            case "space":
              break;
            case "comment":
              prevItemComment = st.source.substring(1);
              break loop;
            default:
              break loop;
          }
        }
        if (prevItemComment) {
          let prev = coll.items[coll.items.length - 1];
          if (isPair(prev))
            prev = prev.value ?? prev.key;
          if (prev.comment)
            prev.comment += "\n" + prevItemComment;
          else
            prev.comment = prevItemComment;
          props.comment = props.comment.substring(prevItemComment.length + 1);
        }
      }
    }
    if (!isMap2 && !sep && !props.found) {
      const valueNode = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, sep, null, props, onError);
      coll.items.push(valueNode);
      offset = valueNode.range[2];
      if (isBlock(value))
        onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
    } else {
      ctx.atKey = true;
      const keyStart = props.end;
      const keyNode = key ? composeNode2(ctx, key, props, onError) : composeEmptyNode2(ctx, keyStart, start, null, props, onError);
      if (isBlock(key))
        onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
      ctx.atKey = false;
      const valueProps = resolveProps(sep ?? [], {
        flow: fcName,
        indicator: "map-value-ind",
        next: value,
        offset: keyNode.range[2],
        onError,
        parentIndent: fc.indent,
        startOnNewline: false
      });
      if (valueProps.found) {
        if (!isMap2 && !props.found && ctx.options.strict) {
          if (sep)
            for (const st of sep) {
              if (st === valueProps.found)
                break;
              if (st.type === "newline") {
                onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                break;
              }
            }
          if (props.start < valueProps.found.offset - 1024)
            onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
        }
      } else if (value) {
        if ("source" in value && value.source?.[0] === ":")
          onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
        else
          onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode2(ctx, valueProps.end, sep, null, valueProps, onError) : null;
      if (valueNode) {
        if (isBlock(value))
          onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
      } else if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      if (isMap2) {
        const map2 = coll;
        if (mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        map2.items.push(pair);
      } else {
        const map2 = new YAMLMap(ctx.schema);
        map2.flow = true;
        map2.items.push(pair);
        const endRange = (valueNode ?? keyNode).range;
        map2.range = [keyNode.range[0], endRange[1], endRange[2]];
        coll.items.push(map2);
      }
      offset = valueNode ? valueNode.range[2] : valueProps.end;
    }
  }
  const expectedEnd = isMap2 ? "}" : "]";
  const [ce, ...ee] = fc.end;
  let cePos = offset;
  if (ce?.source === expectedEnd)
    cePos = ce.offset + ce.source.length;
  else {
    const name = fcName[0].toUpperCase() + fcName.substring(1);
    const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
    onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
    if (ce && ce.source.length !== 1)
      ee.unshift(ce);
  }
  if (ee.length > 0) {
    const end = resolveEnd(ee, cePos, ctx.options.strict, onError);
    if (end.comment) {
      if (coll.comment)
        coll.comment += "\n" + end.comment;
      else
        coll.comment = end.comment;
    }
    coll.range = [fc.offset, cePos, end.offset];
  } else {
    coll.range = [fc.offset, cePos, cePos];
  }
  return coll;
}

// node_modules/yaml/browser/dist/compose/compose-collection.js
function resolveCollection(CN2, ctx, token, onError, tagName, tag) {
  const coll = token.type === "block-map" ? resolveBlockMap(CN2, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq(CN2, ctx, token, onError, tag) : resolveFlowCollection(CN2, ctx, token, onError, tag);
  const Coll = coll.constructor;
  if (tagName === "!" || tagName === Coll.tagName) {
    coll.tag = Coll.tagName;
    return coll;
  }
  if (tagName)
    coll.tag = tagName;
  return coll;
}
function composeCollection(CN2, ctx, token, props, onError) {
  const tagToken = props.tag;
  const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
  if (token.type === "block-seq") {
    const { anchor, newlineAfterProp: nl } = props;
    const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
    if (lastProp && (!nl || nl.offset < lastProp.offset)) {
      const message = "Missing newline after block sequence props";
      onError(lastProp, "MISSING_CHAR", message);
    }
  }
  const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
  if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.tagName && expType === "seq") {
    return resolveCollection(CN2, ctx, token, onError, tagName);
  }
  let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
  if (!tag) {
    const kt = ctx.schema.knownTags[tagName];
    if (kt?.collection === expType) {
      ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
      tag = kt;
    } else {
      if (kt) {
        onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
      } else {
        onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
      }
      return resolveCollection(CN2, ctx, token, onError, tagName);
    }
  }
  const coll = resolveCollection(CN2, ctx, token, onError, tagName, tag);
  const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
  const node = isNode(res) ? res : new Scalar(res);
  node.range = coll.range;
  node.tag = tagName;
  if (tag?.format)
    node.format = tag.format;
  return node;
}

// node_modules/yaml/browser/dist/compose/resolve-block-scalar.js
function resolveBlockScalar(ctx, scalar, onError) {
  const start = scalar.offset;
  const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
  if (!header)
    return { value: "", type: null, comment: "", range: [start, start, start] };
  const type = header.mode === ">" ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
  const lines2 = scalar.source ? splitLines(scalar.source) : [];
  let chompStart = lines2.length;
  for (let i = lines2.length - 1; i >= 0; --i) {
    const content = lines2[i][1];
    if (content === "" || content === "\r")
      chompStart = i;
    else
      break;
  }
  if (chompStart === 0) {
    const value2 = header.chomp === "+" && lines2.length > 0 ? "\n".repeat(Math.max(1, lines2.length - 1)) : "";
    let end2 = start + header.length;
    if (scalar.source)
      end2 += scalar.source.length;
    return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
  }
  let trimIndent = scalar.indent + header.indent;
  let offset = scalar.offset + header.length;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines2[i];
    if (content === "" || content === "\r") {
      if (header.indent === 0 && indent.length > trimIndent)
        trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) {
        const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
        onError(offset + indent.length, "MISSING_CHAR", message);
      }
      if (header.indent === 0)
        trimIndent = indent.length;
      contentStart = i;
      if (trimIndent === 0 && !ctx.atRoot) {
        const message = "Block scalar values in collections must be indented";
        onError(offset, "BAD_INDENT", message);
      }
      break;
    }
    offset += indent.length + content.length + 1;
  }
  for (let i = lines2.length - 1; i >= chompStart; --i) {
    if (lines2[i][0].length > trimIndent)
      chompStart = i + 1;
  }
  let value = "";
  let sep = "";
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i)
    value += lines2[i][0].slice(trimIndent) + "\n";
  for (let i = contentStart; i < chompStart; ++i) {
    let [indent, content] = lines2[i];
    offset += indent.length + content.length + 1;
    const crlf = content[content.length - 1] === "\r";
    if (crlf)
      content = content.slice(0, -1);
    if (content && indent.length < trimIndent) {
      const src = header.indent ? "explicit indentation indicator" : "first line";
      const message = `Block scalar lines must not be less indented than their ${src}`;
      onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
      indent = "";
    }
    if (type === Scalar.BLOCK_LITERAL) {
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
    } else if (indent.length > trimIndent || content[0] === "	") {
      if (sep === " ")
        sep = "\n";
      else if (!prevMoreIndented && sep === "\n")
        sep = "\n\n";
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep === "\n")
        value += "\n";
      else
        sep = "\n";
    } else {
      value += sep + content;
      sep = " ";
      prevMoreIndented = false;
    }
  }
  switch (header.chomp) {
    case "-":
      break;
    case "+":
      for (let i = chompStart; i < lines2.length; ++i)
        value += "\n" + lines2[i][0].slice(trimIndent);
      if (value[value.length - 1] !== "\n")
        value += "\n";
      break;
    default:
      value += "\n";
  }
  const end = start + header.length + scalar.source.length;
  return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
  if (props[0].type !== "block-scalar-header") {
    onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
    return null;
  }
  const { source } = props[0];
  const mode = source[0];
  let indent = 0;
  let chomp = "";
  let error = -1;
  for (let i = 1; i < source.length; ++i) {
    const ch = source[i];
    if (!chomp && (ch === "-" || ch === "+"))
      chomp = ch;
    else {
      const n = Number(ch);
      if (!indent && n)
        indent = n;
      else if (error === -1)
        error = offset + i;
    }
  }
  if (error !== -1)
    onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
  let hasSpace = false;
  let comment = "";
  let length = source.length;
  for (let i = 1; i < props.length; ++i) {
    const token = props[i];
    switch (token.type) {
      case "space":
        hasSpace = true;
      // fallthrough
      case "newline":
        length += token.source.length;
        break;
      case "comment":
        if (strict && !hasSpace) {
          const message = "Comments must be separated from other tokens by white space characters";
          onError(token, "MISSING_CHAR", message);
        }
        length += token.source.length;
        comment = token.source.substring(1);
        break;
      case "error":
        onError(token, "UNEXPECTED_TOKEN", token.message);
        length += token.source.length;
        break;
      /* istanbul ignore next should not happen */
      default: {
        const message = `Unexpected token in block scalar header: ${token.type}`;
        onError(token, "UNEXPECTED_TOKEN", message);
        const ts = token.source;
        if (ts && typeof ts === "string")
          length += ts.length;
      }
    }
  }
  return { mode, indent, chomp, comment, length };
}
function splitLines(source) {
  const split = source.split(/\n( *)/);
  const first = split[0];
  const m = first.match(/^( *)/);
  const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
  const lines2 = [line0];
  for (let i = 1; i < split.length; i += 2)
    lines2.push([split[i], split[i + 1]]);
  return lines2;
}

// node_modules/yaml/browser/dist/compose/resolve-flow-scalar.js
function resolveFlowScalar(scalar, strict, onError) {
  const { offset, type, source, end } = scalar;
  let _type;
  let value;
  const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
  switch (type) {
    case "scalar":
      _type = Scalar.PLAIN;
      value = plainValue(source, _onError);
      break;
    case "single-quoted-scalar":
      _type = Scalar.QUOTE_SINGLE;
      value = singleQuotedValue(source, _onError);
      break;
    case "double-quoted-scalar":
      _type = Scalar.QUOTE_DOUBLE;
      value = doubleQuotedValue(source, _onError);
      break;
    /* istanbul ignore next should not happen */
    default:
      onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
      return {
        value: "",
        type: null,
        comment: "",
        range: [offset, offset + source.length, offset + source.length]
      };
  }
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, strict, onError);
  return {
    value,
    type: _type,
    comment: re.comment,
    range: [offset, valueEnd, re.offset]
  };
}
function plainValue(source, onError) {
  let badChar = "";
  switch (source[0]) {
    /* istanbul ignore next should not happen */
    case "	":
      badChar = "a tab character";
      break;
    case ",":
      badChar = "flow indicator character ,";
      break;
    case "%":
      badChar = "directive indicator character %";
      break;
    case "|":
    case ">": {
      badChar = `block scalar indicator ${source[0]}`;
      break;
    }
    case "@":
    case "`": {
      badChar = `reserved character ${source[0]}`;
      break;
    }
  }
  if (badChar)
    onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
  return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
  if (source[source.length - 1] !== "'" || source.length === 1)
    onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
  return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
  const line = /(.*?)\r?\n/sy;
  let match = line.exec(source);
  if (!match)
    return source;
  let trimEnd, trimBoth;
  try {
    trimEnd = new RegExp("(?<![ 	])[ 	]+$");
    trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
  } catch {
    trimEnd = /[ \t]+$/;
    trimBoth = /^[ \t]+|[ \t]+$/g;
  }
  let res = match[1].replace(trimEnd, "");
  let sep = " ";
  let pos = line.lastIndex;
  while (match = line.exec(source)) {
    const lm = match[1].replace(trimBoth, "");
    if (lm === "") {
      if (sep === "\n")
        res += sep;
      else
        sep = "\n";
    } else {
      res += sep + lm;
      sep = " ";
    }
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return res + sep + (match?.[1] ?? "");
}
function doubleQuotedValue(source, onError) {
  let res = "";
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === "\r" && source[i + 1] === "\n")
      continue;
    if (ch === "\n") {
      const { fold, offset } = foldNewline(source, i);
      res += fold;
      i = offset;
    } else if (ch === "\\") {
      let next = source[++i];
      const cc = escapeCodes[next];
      if (cc)
        res += cc;
      else if (next === "\n") {
        next = source[i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "\r" && source[i + 1] === "\n") {
        next = source[++i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        res += parseCharCode(source, i + 1, length, onError);
        i += length;
      } else {
        const raw = source.substr(i - 1, 2);
        onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        res += raw;
      }
    } else if (ch === " " || ch === "	") {
      const wsStart = i;
      let next = source[i + 1];
      while (next === " " || next === "	")
        next = source[++i + 1];
      if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
        res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else {
      res += ch;
    }
  }
  if (source[source.length - 1] !== '"' || source.length === 1)
    onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
  return res;
}
function foldNewline(source, offset) {
  let fold = "";
  let ch = source[offset + 1];
  while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
    if (ch === "\r" && source[offset + 2] !== "\n")
      break;
    if (ch === "\n")
      fold += "\n";
    offset += 1;
    ch = source[offset + 1];
  }
  if (!fold)
    fold = " ";
  return { fold, offset };
}
var escapeCodes = {
  "0": "\0",
  // null character
  a: "\x07",
  // bell character
  b: "\b",
  // backspace
  e: "\x1B",
  // escape character
  f: "\f",
  // form feed
  n: "\n",
  // line feed
  r: "\r",
  // carriage return
  t: "	",
  // horizontal tab
  v: "\v",
  // vertical tab
  N: "\x85",
  // Unicode next line
  _: "\xA0",
  // Unicode non-breaking space
  L: "\u2028",
  // Unicode line separator
  P: "\u2029",
  // Unicode paragraph separator
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  "	": "	"
};
function parseCharCode(source, offset, length, onError) {
  const cc = source.substr(offset, length);
  const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
  const code = ok ? parseInt(cc, 16) : NaN;
  try {
    return String.fromCodePoint(code);
  } catch {
    const raw = source.substr(offset - 2, length + 2);
    onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
    return raw;
  }
}

// node_modules/yaml/browser/dist/compose/compose-scalar.js
function composeScalar(ctx, token, tagToken, onError) {
  const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar(ctx, token, onError) : resolveFlowScalar(token, ctx.options.strict, onError);
  const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
  let tag;
  if (ctx.options.stringKeys && ctx.atKey) {
    tag = ctx.schema[SCALAR];
  } else if (tagName)
    tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
  else if (token.type === "scalar")
    tag = findScalarTagByTest(ctx, value, token, onError);
  else
    tag = ctx.schema[SCALAR];
  let scalar;
  try {
    const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
    scalar = isScalar(res) ? res : new Scalar(res);
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error);
    onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
    scalar = new Scalar(value);
  }
  scalar.range = range;
  scalar.source = value;
  if (type)
    scalar.type = type;
  if (tagName)
    scalar.tag = tagName;
  if (tag.format)
    scalar.format = tag.format;
  if (comment)
    scalar.comment = comment;
  return scalar;
}
function findScalarTagByName(schema4, value, tagName, tagToken, onError) {
  if (tagName === "!")
    return schema4[SCALAR];
  const matchWithTest = [];
  for (const tag of schema4.tags) {
    if (!tag.collection && tag.tag === tagName) {
      if (tag.default && tag.test)
        matchWithTest.push(tag);
      else
        return tag;
    }
  }
  for (const tag of matchWithTest)
    if (tag.test?.test(value))
      return tag;
  const kt = schema4.knownTags[tagName];
  if (kt && !kt.collection) {
    schema4.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
    return kt;
  }
  onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
  return schema4[SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema: schema4 }, value, token, onError) {
  const tag = schema4.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema4[SCALAR];
  if (schema4.compat) {
    const compat = schema4.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema4[SCALAR];
    if (tag.tag !== compat.tag) {
      const ts = directives.tagString(tag.tag);
      const cs = directives.tagString(compat.tag);
      const msg = `Value may be parsed as either ${ts} or ${cs}`;
      onError(token, "TAG_RESOLVE_FAILED", msg, true);
    }
  }
  return tag;
}

// node_modules/yaml/browser/dist/compose/util-empty-scalar-position.js
function emptyScalarPosition(offset, before, pos) {
  if (before) {
    pos ?? (pos = before.length);
    for (let i = pos - 1; i >= 0; --i) {
      let st = before[i];
      switch (st.type) {
        case "space":
        case "comment":
        case "newline":
          offset -= st.source.length;
          continue;
      }
      st = before[++i];
      while (st?.type === "space") {
        offset += st.source.length;
        st = before[++i];
      }
      break;
    }
  }
  return offset;
}

// node_modules/yaml/browser/dist/compose/compose-node.js
var CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
  const atKey = ctx.atKey;
  const { spaceBefore, comment, anchor, tag } = props;
  let node;
  let isSrcToken = true;
  switch (token.type) {
    case "alias":
      node = composeAlias(ctx, token, onError);
      if (anchor || tag)
        onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
      break;
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "block-scalar":
      node = composeScalar(ctx, token, tag, onError);
      if (anchor)
        node.anchor = anchor.source.substring(1);
      break;
    case "block-map":
    case "block-seq":
    case "flow-collection":
      try {
        node = composeCollection(CN, ctx, token, props, onError);
        if (anchor)
          node.anchor = anchor.source.substring(1);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        onError(token, "RESOURCE_EXHAUSTION", message);
      }
      break;
    default: {
      const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
      onError(token, "UNEXPECTED_TOKEN", message);
      isSrcToken = false;
    }
  }
  node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
  if (anchor && node.anchor === "")
    onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  if (atKey && ctx.options.stringKeys && (!isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
    const msg = "With stringKeys, all keys must be strings";
    onError(tag ?? token, "NON_STRING_KEY", msg);
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    if (token.type === "scalar" && token.source === "")
      node.comment = comment;
    else
      node.commentBefore = comment;
  }
  if (ctx.options.keepSourceTokens && isSrcToken)
    node.srcToken = token;
  return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
  const token = {
    type: "scalar",
    offset: emptyScalarPosition(offset, before, pos),
    indent: -1,
    source: ""
  };
  const node = composeScalar(ctx, token, tag, onError);
  if (anchor) {
    node.anchor = anchor.source.substring(1);
    if (node.anchor === "")
      onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    node.comment = comment;
    node.range[2] = end;
  }
  return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
  const alias = new Alias(source.substring(1));
  if (alias.source === "")
    onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
  if (alias.source.endsWith(":"))
    onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, options.strict, onError);
  alias.range = [offset, valueEnd, re.offset];
  if (re.comment)
    alias.comment = re.comment;
  return alias;
}

// node_modules/yaml/browser/dist/compose/compose-doc.js
function composeDoc(options, directives, { offset, start, value, end }, onError) {
  const opts = Object.assign({ _directives: directives }, options);
  const doc = new Document(void 0, opts);
  const ctx = {
    atKey: false,
    atRoot: true,
    directives: doc.directives,
    options: doc.options,
    schema: doc.schema
  };
  const props = resolveProps(start, {
    indicator: "doc-start",
    next: value ?? end?.[0],
    offset,
    onError,
    parentIndent: 0,
    startOnNewline: true
  });
  if (props.found) {
    doc.directives.docStart = true;
    if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
      onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
  }
  doc.contents = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
  const contentEnd = doc.contents.range[2];
  const re = resolveEnd(end, contentEnd, false, onError);
  if (re.comment)
    doc.comment = re.comment;
  doc.range = [offset, contentEnd, re.offset];
  return doc;
}

// node_modules/yaml/browser/dist/compose/composer.js
function getErrorPos(src) {
  if (typeof src === "number")
    return [src, src + 1];
  if (Array.isArray(src))
    return src.length === 2 ? src : [src[0], src[1]];
  const { offset, source } = src;
  return [offset, offset + (typeof source === "string" ? source.length : 1)];
}
function parsePrelude(prelude) {
  let comment = "";
  let atComment = false;
  let afterEmptyLine = false;
  for (let i = 0; i < prelude.length; ++i) {
    const source = prelude[i];
    switch (source[0]) {
      case "#":
        comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
        atComment = true;
        afterEmptyLine = false;
        break;
      case "%":
        if (prelude[i + 1]?.[0] !== "#")
          i += 1;
        atComment = false;
        break;
      default:
        if (!atComment)
          afterEmptyLine = true;
        atComment = false;
    }
  }
  return { comment, afterEmptyLine };
}
var Composer = class {
  constructor(options = {}) {
    this.doc = null;
    this.atDirectives = false;
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
    this.onError = (source, code, message, warning) => {
      const pos = getErrorPos(source);
      if (warning)
        this.warnings.push(new YAMLWarning(pos, code, message));
      else
        this.errors.push(new YAMLParseError(pos, code, message));
    };
    this.directives = new Directives({ version: options.version || "1.2" });
    this.options = options;
  }
  decorate(doc, afterDoc) {
    const { comment, afterEmptyLine } = parsePrelude(this.prelude);
    if (comment) {
      const dc = doc.contents;
      if (afterDoc) {
        doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
      } else if (afterEmptyLine || doc.directives.docStart || !dc) {
        doc.commentBefore = comment;
      } else if (isCollection(dc) && !dc.flow && dc.items.length > 0) {
        let it = dc.items[0];
        if (isPair(it))
          it = it.key;
        const cb = it.commentBefore;
        it.commentBefore = cb ? `${comment}
${cb}` : comment;
      } else {
        const cb = dc.commentBefore;
        dc.commentBefore = cb ? `${comment}
${cb}` : comment;
      }
    }
    if (afterDoc) {
      for (let i = 0; i < this.errors.length; ++i)
        doc.errors.push(this.errors[i]);
      for (let i = 0; i < this.warnings.length; ++i)
        doc.warnings.push(this.warnings[i]);
    } else {
      doc.errors = this.errors;
      doc.warnings = this.warnings;
    }
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
  }
  /**
   * Current stream status information.
   *
   * Mostly useful at the end of input for an empty stream.
   */
  streamInfo() {
    return {
      comment: parsePrelude(this.prelude).comment,
      directives: this.directives,
      errors: this.errors,
      warnings: this.warnings
    };
  }
  /**
   * Compose tokens into documents.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *compose(tokens, forceDoc = false, endOffset = -1) {
    for (const token of tokens)
      yield* this.next(token);
    yield* this.end(forceDoc, endOffset);
  }
  /** Advance the composer by one CST token. */
  *next(token) {
    switch (token.type) {
      case "directive":
        this.directives.add(token.source, (offset, message, warning) => {
          const pos = getErrorPos(token);
          pos[0] += offset;
          this.onError(pos, "BAD_DIRECTIVE", message, warning);
        });
        this.prelude.push(token.source);
        this.atDirectives = true;
        break;
      case "document": {
        const doc = composeDoc(this.options, this.directives, token, this.onError);
        if (this.atDirectives && !doc.directives.docStart)
          this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
        this.decorate(doc, false);
        if (this.doc)
          yield this.doc;
        this.doc = doc;
        this.atDirectives = false;
        break;
      }
      case "byte-order-mark":
      case "space":
        break;
      case "comment":
      case "newline":
        this.prelude.push(token.source);
        break;
      case "error": {
        const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
        const error = new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
        if (this.atDirectives || !this.doc)
          this.errors.push(error);
        else
          this.doc.errors.push(error);
        break;
      }
      case "doc-end": {
        if (!this.doc) {
          const msg = "Unexpected doc-end without preceding document";
          this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
          break;
        }
        this.doc.directives.docEnd = true;
        const end = resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
        this.decorate(this.doc, true);
        if (end.comment) {
          const dc = this.doc.comment;
          this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
        }
        this.doc.range[2] = end.offset;
        break;
      }
      default:
        this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
    }
  }
  /**
   * Call at end of input to yield any remaining document.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *end(forceDoc = false, endOffset = -1) {
    if (this.doc) {
      this.decorate(this.doc, true);
      yield this.doc;
      this.doc = null;
    } else if (forceDoc) {
      const opts = Object.assign({ _directives: this.directives }, this.options);
      const doc = new Document(void 0, opts);
      if (this.atDirectives)
        this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
      doc.range = [0, endOffset, endOffset];
      this.decorate(doc, false);
      yield doc;
    }
  }
};

// node_modules/yaml/browser/dist/parse/cst-visit.js
var BREAK2 = /* @__PURE__ */ Symbol("break visit");
var SKIP2 = /* @__PURE__ */ Symbol("skip children");
var REMOVE2 = /* @__PURE__ */ Symbol("remove item");
function visit2(cst, visitor) {
  if ("type" in cst && cst.type === "document")
    cst = { start: cst.start, value: cst.value };
  _visit(Object.freeze([]), cst, visitor);
}
visit2.BREAK = BREAK2;
visit2.SKIP = SKIP2;
visit2.REMOVE = REMOVE2;
visit2.itemAtPath = (cst, path11) => {
  let item = cst;
  for (const [field, index] of path11) {
    const tok = item?.[field];
    if (tok && "items" in tok) {
      item = tok.items[index];
    } else
      return void 0;
  }
  return item;
};
visit2.parentCollection = (cst, path11) => {
  const parent = visit2.itemAtPath(cst, path11.slice(0, -1));
  const field = path11[path11.length - 1][0];
  const coll = parent?.[field];
  if (coll && "items" in coll)
    return coll;
  throw new Error("Parent collection not found");
};
function _visit(path11, item, visitor) {
  let ctrl = visitor(item, path11);
  if (typeof ctrl === "symbol")
    return ctrl;
  for (const field of ["key", "value"]) {
    const token = item[field];
    if (token && "items" in token) {
      for (let i = 0; i < token.items.length; ++i) {
        const ci = _visit(Object.freeze(path11.concat([[field, i]])), token.items[i], visitor);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK2)
          return BREAK2;
        else if (ci === REMOVE2) {
          token.items.splice(i, 1);
          i -= 1;
        }
      }
      if (typeof ctrl === "function" && field === "key")
        ctrl = ctrl(item, path11);
    }
  }
  return typeof ctrl === "function" ? ctrl(item, path11) : ctrl;
}

// node_modules/yaml/browser/dist/parse/cst.js
var BOM = "\uFEFF";
var DOCUMENT = "";
var FLOW_END = "";
var SCALAR2 = "";
function tokenType(source) {
  switch (source) {
    case BOM:
      return "byte-order-mark";
    case DOCUMENT:
      return "doc-mode";
    case FLOW_END:
      return "flow-error-end";
    case SCALAR2:
      return "scalar";
    case "---":
      return "doc-start";
    case "...":
      return "doc-end";
    case "":
    case "\n":
    case "\r\n":
      return "newline";
    case "-":
      return "seq-item-ind";
    case "?":
      return "explicit-key-ind";
    case ":":
      return "map-value-ind";
    case "{":
      return "flow-map-start";
    case "}":
      return "flow-map-end";
    case "[":
      return "flow-seq-start";
    case "]":
      return "flow-seq-end";
    case ",":
      return "comma";
  }
  switch (source[0]) {
    case " ":
    case "	":
      return "space";
    case "#":
      return "comment";
    case "%":
      return "directive-line";
    case "*":
      return "alias";
    case "&":
      return "anchor";
    case "!":
      return "tag";
    case "'":
      return "single-quoted-scalar";
    case '"':
      return "double-quoted-scalar";
    case "|":
    case ">":
      return "block-scalar-header";
  }
  return null;
}

// node_modules/yaml/browser/dist/parse/lexer.js
function isEmpty(ch) {
  switch (ch) {
    case void 0:
    case " ":
    case "\n":
    case "\r":
    case "	":
      return true;
    default:
      return false;
  }
}
var hexDigits = new Set("0123456789ABCDEFabcdef");
var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
var flowIndicatorChars = new Set(",[]{}");
var invalidAnchorChars = new Set(" ,[]{}\n\r	");
var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
var Lexer = class {
  constructor() {
    this.atEnd = false;
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    this.buffer = "";
    this.flowKey = false;
    this.flowLevel = 0;
    this.indentNext = 0;
    this.indentValue = 0;
    this.lineEndPos = null;
    this.next = null;
    this.pos = 0;
  }
  /**
   * Generate YAML tokens from the `source` string. If `incomplete`,
   * a part of the last line may be left as a buffer for the next call.
   *
   * @returns A generator of lexical tokens
   */
  *lex(source, incomplete = false) {
    if (source) {
      if (typeof source !== "string")
        throw TypeError("source is not a string");
      this.buffer = this.buffer ? this.buffer + source : source;
      this.lineEndPos = null;
    }
    this.atEnd = !incomplete;
    let next = this.next ?? "stream";
    while (next && (incomplete || this.hasChars(1)))
      next = yield* this.parseNext(next);
  }
  atLineEnd() {
    let i = this.pos;
    let ch = this.buffer[i];
    while (ch === " " || ch === "	")
      ch = this.buffer[++i];
    if (!ch || ch === "#" || ch === "\n")
      return true;
    if (ch === "\r")
      return this.buffer[i + 1] === "\n";
    return false;
  }
  charAt(n) {
    return this.buffer[this.pos + n];
  }
  continueScalar(offset) {
    let ch = this.buffer[offset];
    if (this.indentNext > 0) {
      let indent = 0;
      while (ch === " ")
        ch = this.buffer[++indent + offset];
      if (ch === "\r") {
        const next = this.buffer[indent + offset + 1];
        if (next === "\n" || !next && !this.atEnd)
          return offset + indent + 1;
      }
      return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
    }
    if (ch === "-" || ch === ".") {
      const dt = this.buffer.substr(offset, 3);
      if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
        return -1;
    }
    return offset;
  }
  getLine() {
    let end = this.lineEndPos;
    if (typeof end !== "number" || end !== -1 && end < this.pos) {
      end = this.buffer.indexOf("\n", this.pos);
      this.lineEndPos = end;
    }
    if (end === -1)
      return this.atEnd ? this.buffer.substring(this.pos) : null;
    if (this.buffer[end - 1] === "\r")
      end -= 1;
    return this.buffer.substring(this.pos, end);
  }
  hasChars(n) {
    return this.pos + n <= this.buffer.length;
  }
  setNext(state) {
    this.buffer = this.buffer.substring(this.pos);
    this.pos = 0;
    this.lineEndPos = null;
    this.next = state;
    return null;
  }
  peek(n) {
    return this.buffer.substr(this.pos, n);
  }
  *parseNext(next) {
    switch (next) {
      case "stream":
        return yield* this.parseStream();
      case "line-start":
        return yield* this.parseLineStart();
      case "block-start":
        return yield* this.parseBlockStart();
      case "doc":
        return yield* this.parseDocument();
      case "flow":
        return yield* this.parseFlowCollection();
      case "quoted-scalar":
        return yield* this.parseQuotedScalar();
      case "block-scalar":
        return yield* this.parseBlockScalar();
      case "plain-scalar":
        return yield* this.parsePlainScalar();
    }
  }
  *parseStream() {
    let line = this.getLine();
    if (line === null)
      return this.setNext("stream");
    if (line[0] === BOM) {
      yield* this.pushCount(1);
      line = line.substring(1);
    }
    if (line[0] === "%") {
      let dirEnd = line.length;
      let cs = line.indexOf("#");
      while (cs !== -1) {
        const ch = line[cs - 1];
        if (ch === " " || ch === "	") {
          dirEnd = cs - 1;
          break;
        } else {
          cs = line.indexOf("#", cs + 1);
        }
      }
      while (true) {
        const ch = line[dirEnd - 1];
        if (ch === " " || ch === "	")
          dirEnd -= 1;
        else
          break;
      }
      const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
      yield* this.pushCount(line.length - n);
      this.pushNewline();
      return "stream";
    }
    if (this.atLineEnd()) {
      const sp3 = yield* this.pushSpaces(true);
      yield* this.pushCount(line.length - sp3);
      yield* this.pushNewline();
      return "stream";
    }
    yield DOCUMENT;
    return yield* this.parseLineStart();
  }
  *parseLineStart() {
    const ch = this.charAt(0);
    if (!ch && !this.atEnd)
      return this.setNext("line-start");
    if (ch === "-" || ch === ".") {
      if (!this.atEnd && !this.hasChars(4))
        return this.setNext("line-start");
      const s = this.peek(3);
      if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
        yield* this.pushCount(3);
        this.indentValue = 0;
        this.indentNext = 0;
        return s === "---" ? "doc" : "stream";
      }
    }
    this.indentValue = yield* this.pushSpaces(false);
    if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
      this.indentNext = this.indentValue;
    return yield* this.parseBlockStart();
  }
  *parseBlockStart() {
    const [ch0, ch1] = this.peek(2);
    if (!ch1 && !this.atEnd)
      return this.setNext("block-start");
    if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
      const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
      this.indentNext = this.indentValue + 1;
      this.indentValue += n;
      return "block-start";
    }
    return "doc";
  }
  *parseDocument() {
    yield* this.pushSpaces(true);
    const line = this.getLine();
    if (line === null)
      return this.setNext("doc");
    let n = yield* this.pushIndicators();
    switch (line[n]) {
      case "#":
        yield* this.pushCount(line.length - n);
      // fallthrough
      case void 0:
        yield* this.pushNewline();
        return yield* this.parseLineStart();
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel = 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        return "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "doc";
      case '"':
      case "'":
        return yield* this.parseQuotedScalar();
      case "|":
      case ">":
        n += yield* this.parseBlockScalarHeader();
        n += yield* this.pushSpaces(true);
        yield* this.pushCount(line.length - n);
        yield* this.pushNewline();
        return yield* this.parseBlockScalar();
      default:
        return yield* this.parsePlainScalar();
    }
  }
  *parseFlowCollection() {
    let nl, sp3;
    let indent = -1;
    do {
      nl = yield* this.pushNewline();
      if (nl > 0) {
        sp3 = yield* this.pushSpaces(false);
        this.indentValue = indent = sp3;
      } else {
        sp3 = 0;
      }
      sp3 += yield* this.pushSpaces(true);
    } while (nl + sp3 > 0);
    const line = this.getLine();
    if (line === null)
      return this.setNext("flow");
    if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
      const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
      if (!atFlowEndMarker) {
        this.flowLevel = 0;
        yield FLOW_END;
        return yield* this.parseLineStart();
      }
    }
    let n = 0;
    while (line[n] === ",") {
      n += yield* this.pushCount(1);
      n += yield* this.pushSpaces(true);
      this.flowKey = false;
    }
    n += yield* this.pushIndicators();
    switch (line[n]) {
      case void 0:
        return "flow";
      case "#":
        yield* this.pushCount(line.length - n);
        return "flow";
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel += 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        this.flowKey = true;
        this.flowLevel -= 1;
        return this.flowLevel ? "flow" : "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "flow";
      case '"':
      case "'":
        this.flowKey = true;
        return yield* this.parseQuotedScalar();
      case ":": {
        const next = this.charAt(1);
        if (this.flowKey || isEmpty(next) || next === ",") {
          this.flowKey = false;
          yield* this.pushCount(1);
          yield* this.pushSpaces(true);
          return "flow";
        }
      }
      // fallthrough
      default:
        this.flowKey = false;
        return yield* this.parsePlainScalar();
    }
  }
  *parseQuotedScalar() {
    const quote2 = this.charAt(0);
    let end = this.buffer.indexOf(quote2, this.pos + 1);
    if (quote2 === "'") {
      while (end !== -1 && this.buffer[end + 1] === "'")
        end = this.buffer.indexOf("'", end + 2);
    } else {
      while (end !== -1) {
        let n = 0;
        while (this.buffer[end - 1 - n] === "\\")
          n += 1;
        if (n % 2 === 0)
          break;
        end = this.buffer.indexOf('"', end + 1);
      }
    }
    const qb = this.buffer.substring(0, end);
    let nl = qb.indexOf("\n", this.pos);
    if (nl !== -1) {
      while (nl !== -1) {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = qb.indexOf("\n", cs);
      }
      if (nl !== -1) {
        end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
      }
    }
    if (end === -1) {
      if (!this.atEnd)
        return this.setNext("quoted-scalar");
      end = this.buffer.length;
    }
    yield* this.pushToIndex(end + 1, false);
    return this.flowLevel ? "flow" : "doc";
  }
  *parseBlockScalarHeader() {
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    let i = this.pos;
    while (true) {
      const ch = this.buffer[++i];
      if (ch === "+")
        this.blockScalarKeep = true;
      else if (ch > "0" && ch <= "9")
        this.blockScalarIndent = Number(ch) - 1;
      else if (ch !== "-")
        break;
    }
    return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
  }
  *parseBlockScalar() {
    let nl = this.pos - 1;
    let indent = 0;
    let ch;
    loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
      switch (ch) {
        case " ":
          indent += 1;
          break;
        case "\n":
          nl = i2;
          indent = 0;
          break;
        case "\r": {
          const next = this.buffer[i2 + 1];
          if (!next && !this.atEnd)
            return this.setNext("block-scalar");
          if (next === "\n")
            break;
        }
        // fallthrough
        default:
          break loop;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("block-scalar");
    if (indent >= this.indentNext) {
      if (this.blockScalarIndent === -1)
        this.indentNext = indent;
      else {
        this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
      }
      do {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = this.buffer.indexOf("\n", cs);
      } while (nl !== -1);
      if (nl === -1) {
        if (!this.atEnd)
          return this.setNext("block-scalar");
        nl = this.buffer.length;
      }
    }
    let i = nl + 1;
    ch = this.buffer[i];
    while (ch === " ")
      ch = this.buffer[++i];
    if (ch === "	") {
      while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
        ch = this.buffer[++i];
      nl = i - 1;
    } else if (!this.blockScalarKeep) {
      do {
        let i2 = nl - 1;
        let ch2 = this.buffer[i2];
        if (ch2 === "\r")
          ch2 = this.buffer[--i2];
        const lastChar = i2;
        while (ch2 === " ")
          ch2 = this.buffer[--i2];
        if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
          nl = i2;
        else
          break;
      } while (true);
    }
    yield SCALAR2;
    yield* this.pushToIndex(nl + 1, true);
    return yield* this.parseLineStart();
  }
  *parsePlainScalar() {
    const inFlow = this.flowLevel > 0;
    let end = this.pos - 1;
    let i = this.pos - 1;
    let ch;
    while (ch = this.buffer[++i]) {
      if (ch === ":") {
        const next = this.buffer[i + 1];
        if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
          break;
        end = i;
      } else if (isEmpty(ch)) {
        let next = this.buffer[i + 1];
        if (ch === "\r") {
          if (next === "\n") {
            i += 1;
            ch = "\n";
            next = this.buffer[i + 1];
          } else
            end = i;
        }
        if (next === "#" || inFlow && flowIndicatorChars.has(next))
          break;
        if (ch === "\n") {
          const cs = this.continueScalar(i + 1);
          if (cs === -1)
            break;
          i = Math.max(i, cs - 2);
        }
      } else {
        if (inFlow && flowIndicatorChars.has(ch))
          break;
        end = i;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("plain-scalar");
    yield SCALAR2;
    yield* this.pushToIndex(end + 1, true);
    return inFlow ? "flow" : "doc";
  }
  *pushCount(n) {
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos += n;
      return n;
    }
    return 0;
  }
  *pushToIndex(i, allowEmpty) {
    const s = this.buffer.slice(this.pos, i);
    if (s) {
      yield s;
      this.pos += s.length;
      return s.length;
    } else if (allowEmpty)
      yield "";
    return 0;
  }
  *pushIndicators() {
    let n = 0;
    loop: while (true) {
      switch (this.charAt(0)) {
        case "!":
          n += yield* this.pushTag();
          n += yield* this.pushSpaces(true);
          continue loop;
        case "&":
          n += yield* this.pushUntil(isNotAnchorChar);
          n += yield* this.pushSpaces(true);
          continue loop;
        case "-":
        // this is an error
        case "?":
        // this is an error outside flow collections
        case ":": {
          const inFlow = this.flowLevel > 0;
          const ch1 = this.charAt(1);
          if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
            if (!inFlow)
              this.indentNext = this.indentValue + 1;
            else if (this.flowKey)
              this.flowKey = false;
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            continue loop;
          }
        }
      }
      break loop;
    }
    return n;
  }
  *pushTag() {
    if (this.charAt(1) === "<") {
      let i = this.pos + 2;
      let ch = this.buffer[i];
      while (!isEmpty(ch) && ch !== ">")
        ch = this.buffer[++i];
      return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
    } else {
      let i = this.pos + 1;
      let ch = this.buffer[i];
      while (ch) {
        if (tagChars.has(ch))
          ch = this.buffer[++i];
        else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
          ch = this.buffer[i += 3];
        } else
          break;
      }
      return yield* this.pushToIndex(i, false);
    }
  }
  *pushNewline() {
    const ch = this.buffer[this.pos];
    if (ch === "\n")
      return yield* this.pushCount(1);
    else if (ch === "\r" && this.charAt(1) === "\n")
      return yield* this.pushCount(2);
    else
      return 0;
  }
  *pushSpaces(allowTabs) {
    let i = this.pos - 1;
    let ch;
    do {
      ch = this.buffer[++i];
    } while (ch === " " || allowTabs && ch === "	");
    const n = i - this.pos;
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos = i;
    }
    return n;
  }
  *pushUntil(test) {
    let i = this.pos;
    let ch = this.buffer[i];
    while (!test(ch))
      ch = this.buffer[++i];
    return yield* this.pushToIndex(i, false);
  }
};

// node_modules/yaml/browser/dist/parse/line-counter.js
var LineCounter = class {
  constructor() {
    this.lineStarts = [];
    this.addNewLine = (offset) => this.lineStarts.push(offset);
    this.linePos = (offset) => {
      let low = 0;
      let high = this.lineStarts.length;
      while (low < high) {
        const mid = low + high >> 1;
        if (this.lineStarts[mid] < offset)
          low = mid + 1;
        else
          high = mid;
      }
      if (this.lineStarts[low] === offset)
        return { line: low + 1, col: 1 };
      if (low === 0)
        return { line: 0, col: offset };
      const start = this.lineStarts[low - 1];
      return { line: low, col: offset - start + 1 };
    };
  }
};

// node_modules/yaml/browser/dist/parse/parser.js
function includesToken(list2, type) {
  for (let i = 0; i < list2.length; ++i)
    if (list2[i].type === type)
      return true;
  return false;
}
function findNonEmptyIndex(list2) {
  for (let i = 0; i < list2.length; ++i) {
    switch (list2[i].type) {
      case "space":
      case "comment":
      case "newline":
        break;
      default:
        return i;
    }
  }
  return -1;
}
function isFlowToken(token) {
  switch (token?.type) {
    case "alias":
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "flow-collection":
      return true;
    default:
      return false;
  }
}
function getPrevProps(parent) {
  switch (parent.type) {
    case "document":
      return parent.start;
    case "block-map": {
      const it = parent.items[parent.items.length - 1];
      return it.sep ?? it.start;
    }
    case "block-seq":
      return parent.items[parent.items.length - 1].start;
    /* istanbul ignore next should not happen */
    default:
      return [];
  }
}
function getFirstKeyStartProps(prev) {
  if (prev.length === 0)
    return [];
  let i = prev.length;
  loop: while (--i >= 0) {
    switch (prev[i].type) {
      case "doc-start":
      case "explicit-key-ind":
      case "map-value-ind":
      case "seq-item-ind":
      case "newline":
        break loop;
    }
  }
  while (prev[++i]?.type === "space") {
  }
  return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
  if (source.length < 1e5)
    Array.prototype.push.apply(target, source);
  else
    for (let i = 0; i < source.length; ++i)
      target.push(source[i]);
}
function fixFlowSeqItems(fc) {
  if (fc.start.type === "flow-seq-start") {
    for (const it of fc.items) {
      if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
        if (it.key)
          it.value = it.key;
        delete it.key;
        if (isFlowToken(it.value)) {
          if (it.value.end)
            arrayPushArray(it.value.end, it.sep);
          else
            it.value.end = it.sep;
        } else
          arrayPushArray(it.start, it.sep);
        delete it.sep;
      }
    }
  }
}
var Parser = class {
  /**
   * @param onNewLine - If defined, called separately with the start position of
   *   each new line (in `parse()`, including the start of input).
   */
  constructor(onNewLine) {
    this.atNewLine = true;
    this.atScalar = false;
    this.indent = 0;
    this.offset = 0;
    this.onKeyLine = false;
    this.stack = [];
    this.source = "";
    this.type = "";
    this.lexer = new Lexer();
    this.onNewLine = onNewLine;
  }
  /**
   * Parse `source` as a YAML stream.
   * If `incomplete`, a part of the last line may be left as a buffer for the next call.
   *
   * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
   *
   * @returns A generator of tokens representing each directive, document, and other structure.
   */
  *parse(source, incomplete = false) {
    if (this.onNewLine && this.offset === 0)
      this.onNewLine(0);
    for (const lexeme of this.lexer.lex(source, incomplete))
      yield* this.next(lexeme);
    if (!incomplete)
      yield* this.end();
  }
  /**
   * Advance the parser by the `source` of one lexical token.
   */
  *next(source) {
    this.source = source;
    if (this.atScalar) {
      this.atScalar = false;
      yield* this.step();
      this.offset += source.length;
      return;
    }
    const type = tokenType(source);
    if (!type) {
      const message = `Not a YAML token: ${source}`;
      yield* this.pop({ type: "error", offset: this.offset, message, source });
      this.offset += source.length;
    } else if (type === "scalar") {
      this.atNewLine = false;
      this.atScalar = true;
      this.type = "scalar";
    } else {
      this.type = type;
      yield* this.step();
      switch (type) {
        case "newline":
          this.atNewLine = true;
          this.indent = 0;
          if (this.onNewLine)
            this.onNewLine(this.offset + source.length);
          break;
        case "space":
          if (this.atNewLine && source[0] === " ")
            this.indent += source.length;
          break;
        case "explicit-key-ind":
        case "map-value-ind":
        case "seq-item-ind":
          if (this.atNewLine)
            this.indent += source.length;
          break;
        case "doc-mode":
        case "flow-error-end":
          return;
        default:
          this.atNewLine = false;
      }
      this.offset += source.length;
    }
  }
  /** Call at end of input to push out any remaining constructions */
  *end() {
    while (this.stack.length > 0)
      yield* this.pop();
  }
  get sourceToken() {
    const st = {
      type: this.type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
    return st;
  }
  *step() {
    const top = this.peek(1);
    if (this.type === "doc-end" && top?.type !== "doc-end") {
      while (this.stack.length > 0)
        yield* this.pop();
      this.stack.push({
        type: "doc-end",
        offset: this.offset,
        source: this.source
      });
      return;
    }
    if (!top)
      return yield* this.stream();
    switch (top.type) {
      case "document":
        return yield* this.document(top);
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return yield* this.scalar(top);
      case "block-scalar":
        return yield* this.blockScalar(top);
      case "block-map":
        return yield* this.blockMap(top);
      case "block-seq":
        return yield* this.blockSequence(top);
      case "flow-collection":
        return yield* this.flowCollection(top);
      case "doc-end":
        return yield* this.documentEnd(top);
    }
    yield* this.pop();
  }
  peek(n) {
    return this.stack[this.stack.length - n];
  }
  *pop(error) {
    const token = error ?? this.stack.pop();
    if (!token) {
      const message = "Tried to pop an empty stack";
      yield { type: "error", offset: this.offset, source: "", message };
    } else if (this.stack.length === 0) {
      yield token;
    } else {
      const top = this.peek(1);
      if (token.type === "block-scalar") {
        token.indent = "indent" in top ? top.indent : 0;
      } else if (token.type === "flow-collection" && top.type === "document") {
        token.indent = 0;
      }
      if (token.type === "flow-collection")
        fixFlowSeqItems(token);
      switch (top.type) {
        case "document":
          top.value = token;
          break;
        case "block-scalar":
          top.props.push(token);
          break;
        case "block-map": {
          const it = top.items[top.items.length - 1];
          if (it.value) {
            top.items.push({ start: [], key: token, sep: [] });
            this.onKeyLine = true;
            return;
          } else if (it.sep) {
            it.value = token;
          } else {
            Object.assign(it, { key: token, sep: [] });
            this.onKeyLine = !it.explicitKey;
            return;
          }
          break;
        }
        case "block-seq": {
          const it = top.items[top.items.length - 1];
          if (it.value)
            top.items.push({ start: [], value: token });
          else
            it.value = token;
          break;
        }
        case "flow-collection": {
          const it = top.items[top.items.length - 1];
          if (!it || it.value)
            top.items.push({ start: [], key: token, sep: [] });
          else if (it.sep)
            it.value = token;
          else
            Object.assign(it, { key: token, sep: [] });
          return;
        }
        /* istanbul ignore next should not happen */
        default:
          yield* this.pop();
          yield* this.pop(token);
      }
      if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
        const last = token.items[token.items.length - 1];
        if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
          if (top.type === "document")
            top.end = last.start;
          else
            top.items.push({ start: last.start });
          token.items.splice(-1, 1);
        }
      }
    }
  }
  *stream() {
    switch (this.type) {
      case "directive-line":
        yield { type: "directive", offset: this.offset, source: this.source };
        return;
      case "byte-order-mark":
      case "space":
      case "comment":
      case "newline":
        yield this.sourceToken;
        return;
      case "doc-mode":
      case "doc-start": {
        const doc = {
          type: "document",
          offset: this.offset,
          start: []
        };
        if (this.type === "doc-start")
          doc.start.push(this.sourceToken);
        this.stack.push(doc);
        return;
      }
    }
    yield {
      type: "error",
      offset: this.offset,
      message: `Unexpected ${this.type} token in YAML stream`,
      source: this.source
    };
  }
  *document(doc) {
    if (doc.value)
      return yield* this.lineEnd(doc);
    switch (this.type) {
      case "doc-start": {
        if (findNonEmptyIndex(doc.start) !== -1) {
          yield* this.pop();
          yield* this.step();
        } else
          doc.start.push(this.sourceToken);
        return;
      }
      case "anchor":
      case "tag":
      case "space":
      case "comment":
      case "newline":
        doc.start.push(this.sourceToken);
        return;
    }
    const bv = this.startBlockValue(doc);
    if (bv)
      this.stack.push(bv);
    else {
      yield {
        type: "error",
        offset: this.offset,
        message: `Unexpected ${this.type} token in YAML document`,
        source: this.source
      };
    }
  }
  *scalar(scalar) {
    if (this.type === "map-value-ind") {
      const prev = getPrevProps(this.peek(2));
      const start = getFirstKeyStartProps(prev);
      let sep;
      if (scalar.end) {
        sep = scalar.end;
        sep.push(this.sourceToken);
        delete scalar.end;
      } else
        sep = [this.sourceToken];
      const map2 = {
        type: "block-map",
        offset: scalar.offset,
        indent: scalar.indent,
        items: [{ start, key: scalar, sep }]
      };
      this.onKeyLine = true;
      this.stack[this.stack.length - 1] = map2;
    } else
      yield* this.lineEnd(scalar);
  }
  *blockScalar(scalar) {
    switch (this.type) {
      case "space":
      case "comment":
      case "newline":
        scalar.props.push(this.sourceToken);
        return;
      case "scalar":
        scalar.source = this.source;
        this.atNewLine = true;
        this.indent = 0;
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        yield* this.pop();
        break;
      /* istanbul ignore next should not happen */
      default:
        yield* this.pop();
        yield* this.step();
    }
  }
  *blockMap(map2) {
    const it = map2.items[map2.items.length - 1];
    switch (this.type) {
      case "newline":
        this.onKeyLine = false;
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          it.start.push(this.sourceToken);
        }
        return;
      case "space":
      case "comment":
        if (it.value) {
          map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          if (this.atIndentedComment(it.start, map2.indent)) {
            const prev = map2.items[map2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              map2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
    }
    if (this.indent >= map2.indent) {
      const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
      const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
      let start = [];
      if (atNextItem && it.sep && !it.value) {
        const nl = [];
        for (let i = 0; i < it.sep.length; ++i) {
          const st = it.sep[i];
          switch (st.type) {
            case "newline":
              nl.push(i);
              break;
            case "space":
              break;
            case "comment":
              if (st.indent > map2.indent)
                nl.length = 0;
              break;
            default:
              nl.length = 0;
          }
        }
        if (nl.length >= 2)
          start = it.sep.splice(nl[1]);
      }
      switch (this.type) {
        case "anchor":
        case "tag":
          if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start });
            this.onKeyLine = true;
          } else if (it.sep) {
            it.sep.push(this.sourceToken);
          } else {
            it.start.push(this.sourceToken);
          }
          return;
        case "explicit-key-ind":
          if (!it.sep && !it.explicitKey) {
            it.start.push(this.sourceToken);
            it.explicitKey = true;
          } else if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start, explicitKey: true });
          } else {
            this.stack.push({
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken], explicitKey: true }]
            });
          }
          this.onKeyLine = true;
          return;
        case "map-value-ind":
          if (it.explicitKey) {
            if (!it.sep) {
              if (includesToken(it.start, "newline")) {
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              } else {
                const start2 = getFirstKeyStartProps(it.start);
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                });
              }
            } else if (it.value) {
              map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start, key: null, sep: [this.sourceToken] }]
              });
            } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
              const start2 = getFirstKeyStartProps(it.start);
              const key = it.key;
              const sep = it.sep;
              sep.push(this.sourceToken);
              delete it.key;
              delete it.sep;
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: start2, key, sep }]
              });
            } else if (start.length > 0) {
              it.sep = it.sep.concat(start, this.sourceToken);
            } else {
              it.sep.push(this.sourceToken);
            }
          } else {
            if (!it.sep) {
              Object.assign(it, { key: null, sep: [this.sourceToken] });
            } else if (it.value || atNextItem) {
              map2.items.push({ start, key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [], key: null, sep: [this.sourceToken] }]
              });
            } else {
              it.sep.push(this.sourceToken);
            }
          }
          this.onKeyLine = true;
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs = this.flowScalar(this.type);
          if (atNextItem || it.value) {
            map2.items.push({ start, key: fs, sep: [] });
            this.onKeyLine = true;
          } else if (it.sep) {
            this.stack.push(fs);
          } else {
            Object.assign(it, { key: fs, sep: [] });
            this.onKeyLine = true;
          }
          return;
        }
        default: {
          const bv = this.startBlockValue(map2);
          if (bv) {
            if (bv.type === "block-seq") {
              if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                yield* this.pop({
                  type: "error",
                  offset: this.offset,
                  message: "Unexpected block-seq-ind on same line with key",
                  source: this.source
                });
                return;
              }
            } else if (atMapIndent) {
              map2.items.push({ start });
            }
            this.stack.push(bv);
            return;
          }
        }
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *blockSequence(seq2) {
    const it = seq2.items[seq2.items.length - 1];
    switch (this.type) {
      case "newline":
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            seq2.items.push({ start: [this.sourceToken] });
        } else
          it.start.push(this.sourceToken);
        return;
      case "space":
      case "comment":
        if (it.value)
          seq2.items.push({ start: [this.sourceToken] });
        else {
          if (this.atIndentedComment(it.start, seq2.indent)) {
            const prev = seq2.items[seq2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              seq2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
      case "anchor":
      case "tag":
        if (it.value || this.indent <= seq2.indent)
          break;
        it.start.push(this.sourceToken);
        return;
      case "seq-item-ind":
        if (this.indent !== seq2.indent)
          break;
        if (it.value || includesToken(it.start, "seq-item-ind"))
          seq2.items.push({ start: [this.sourceToken] });
        else
          it.start.push(this.sourceToken);
        return;
    }
    if (this.indent > seq2.indent) {
      const bv = this.startBlockValue(seq2);
      if (bv) {
        this.stack.push(bv);
        return;
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *flowCollection(fc) {
    const it = fc.items[fc.items.length - 1];
    if (this.type === "flow-error-end") {
      let top;
      do {
        yield* this.pop();
        top = this.peek(1);
      } while (top?.type === "flow-collection");
    } else if (fc.end.length === 0) {
      switch (this.type) {
        case "comma":
        case "explicit-key-ind":
          if (!it || it.sep)
            fc.items.push({ start: [this.sourceToken] });
          else
            it.start.push(this.sourceToken);
          return;
        case "map-value-ind":
          if (!it || it.value)
            fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            Object.assign(it, { key: null, sep: [this.sourceToken] });
          return;
        case "space":
        case "comment":
        case "newline":
        case "anchor":
        case "tag":
          if (!it || it.value)
            fc.items.push({ start: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            it.start.push(this.sourceToken);
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs = this.flowScalar(this.type);
          if (!it || it.value)
            fc.items.push({ start: [], key: fs, sep: [] });
          else if (it.sep)
            this.stack.push(fs);
          else
            Object.assign(it, { key: fs, sep: [] });
          return;
        }
        case "flow-map-end":
        case "flow-seq-end":
          fc.end.push(this.sourceToken);
          return;
      }
      const bv = this.startBlockValue(fc);
      if (bv)
        this.stack.push(bv);
      else {
        yield* this.pop();
        yield* this.step();
      }
    } else {
      const parent = this.peek(2);
      if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
        yield* this.pop();
        yield* this.step();
      } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        fixFlowSeqItems(fc);
        const sep = fc.end.splice(1, fc.end.length);
        sep.push(this.sourceToken);
        const map2 = {
          type: "block-map",
          offset: fc.offset,
          indent: fc.indent,
          items: [{ start, key: fc, sep }]
        };
        this.onKeyLine = true;
        this.stack[this.stack.length - 1] = map2;
      } else {
        yield* this.lineEnd(fc);
      }
    }
  }
  flowScalar(type) {
    if (this.onNewLine) {
      let nl = this.source.indexOf("\n") + 1;
      while (nl !== 0) {
        this.onNewLine(this.offset + nl);
        nl = this.source.indexOf("\n", nl) + 1;
      }
    }
    return {
      type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
  }
  startBlockValue(parent) {
    switch (this.type) {
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return this.flowScalar(this.type);
      case "block-scalar-header":
        return {
          type: "block-scalar",
          offset: this.offset,
          indent: this.indent,
          props: [this.sourceToken],
          source: ""
        };
      case "flow-map-start":
      case "flow-seq-start":
        return {
          type: "flow-collection",
          offset: this.offset,
          indent: this.indent,
          start: this.sourceToken,
          items: [],
          end: []
        };
      case "seq-item-ind":
        return {
          type: "block-seq",
          offset: this.offset,
          indent: this.indent,
          items: [{ start: [this.sourceToken] }]
        };
      case "explicit-key-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        start.push(this.sourceToken);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, explicitKey: true }]
        };
      }
      case "map-value-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, key: null, sep: [this.sourceToken] }]
        };
      }
    }
    return null;
  }
  atIndentedComment(start, indent) {
    if (this.type !== "comment")
      return false;
    if (this.indent <= indent)
      return false;
    return start.every((st) => st.type === "newline" || st.type === "space");
  }
  *documentEnd(docEnd) {
    if (this.type !== "doc-mode") {
      if (docEnd.end)
        docEnd.end.push(this.sourceToken);
      else
        docEnd.end = [this.sourceToken];
      if (this.type === "newline")
        yield* this.pop();
    }
  }
  *lineEnd(token) {
    switch (this.type) {
      case "comma":
      case "doc-start":
      case "doc-end":
      case "flow-seq-end":
      case "flow-map-end":
      case "map-value-ind":
        yield* this.pop();
        yield* this.step();
        break;
      case "newline":
        this.onKeyLine = false;
      // fallthrough
      case "space":
      case "comment":
      default:
        if (token.end)
          token.end.push(this.sourceToken);
        else
          token.end = [this.sourceToken];
        if (this.type === "newline")
          yield* this.pop();
    }
  }
};

// node_modules/yaml/browser/dist/public-api.js
function parseOptions(options) {
  const prettyErrors = options.prettyErrors !== false;
  const lineCounter = options.lineCounter || prettyErrors && new LineCounter() || null;
  return { lineCounter, prettyErrors };
}
function parseDocument(source, options = {}) {
  const { lineCounter, prettyErrors } = parseOptions(options);
  const parser = new Parser(lineCounter?.addNewLine);
  const composer = new Composer(options);
  let doc = null;
  for (const _doc of composer.compose(parser.parse(source), true, source.length)) {
    if (!doc)
      doc = _doc;
    else if (doc.options.logLevel !== "silent") {
      doc.errors.push(new YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
      break;
    }
  }
  if (prettyErrors && lineCounter) {
    doc.errors.forEach(prettifyError(source, lineCounter));
    doc.warnings.forEach(prettifyError(source, lineCounter));
  }
  return doc;
}
function parse(src, reviver, options) {
  let _reviver = void 0;
  if (typeof reviver === "function") {
    _reviver = reviver;
  } else if (options === void 0 && reviver && typeof reviver === "object") {
    options = reviver;
  }
  const doc = parseDocument(src, options);
  if (!doc)
    return null;
  doc.warnings.forEach((warning) => warn(doc.options.logLevel, warning));
  if (doc.errors.length > 0) {
    if (doc.options.logLevel !== "silent")
      throw doc.errors[0];
    else
      doc.errors = [];
  }
  return doc.toJS(Object.assign({ reviver: _reviver }, options));
}

// src/cli/action.ts
var ACTION_REPOSITORY = "org/secure-dist-action";
var ACTION_MAJOR = "v1";
var ACTION_USES = `${ACTION_REPOSITORY}@${ACTION_MAJOR}`;
var CLI_COMMAND = `npx github:${ACTION_REPOSITORY}`;
var CLI_COMMAND_AT_MAJOR = `npx github:${ACTION_REPOSITORY}#${ACTION_MAJOR}`;
var SCHEMA_URL = `https://raw.githubusercontent.com/${ACTION_REPOSITORY}/${ACTION_MAJOR}/src/site/schema.json`;
var ENVIRONMENT = "secure-dist";
var DEPLOY_ROLE_VARIABLE = "SECURE_DIST_ROLE_ARN";
var PLAN_ROLE_VARIABLE = "SECURE_DIST_PLAN_ROLE_ARN";
var PREVIEW_ROLE_VARIABLE = "SECURE_DIST_PREVIEW_ROLE_ARN";
var CONCURRENCY_GROUP = "secure-dist-deploy";
var WORKFLOW_FILES = {
  publish: ".github/workflows/publish.yml",
  rotate: ".github/workflows/rotate.yml",
  plan: ".github/workflows/plan.yml"
};
var bootstrapStackName = (stackName) => `${stackName}-bootstrap`;
var CHECKOUT_USES = "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2";

// src/run/names.ts
var COMMANDS = [
  "deploy",
  "sync",
  "plan",
  "rotate",
  "synth",
  "share",
  "audit",
  "preview",
  "preview-cleanup"
];
var RUN_INPUTS = [
  "command",
  "config",
  "role-to-assume",
  "role-session-name",
  "role-duration-seconds",
  "audience",
  "basic-auth-users",
  "github-token",
  "path",
  "expires-in",
  "since",
  "user",
  "rotate-users",
  "rotation-grace-period",
  "end-sessions",
  "share-key-rotate",
  "dry-run",
  "output-dir",
  "comment-on-pr",
  "recreate-failed-stack"
];
var DEFAULT_CONFIG = "secure-dist.yml";

// src/site/validate.generated.js
var validate = validate10;
var schema11 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "secure-dist.yml",
  description: "One site published by secure-dist-action: every command (deploy, sync, plan, rotate, share, audit, synth) reads this file, so no two workflows can disagree about the site. Passwords never go here: they stay in a secret (basic-auth-users) or in AWS Secrets Manager.",
  type: "object",
  additionalProperties: false,
  properties: {
    "stack-name": {
      description: "Base name of the stacks: <stack-name>-edge (us-east-1) and <stack-name>-site (region). Lower case, and short enough for the site bucket <stack-name>-site-<account id>-<region> (63 characters).",
      type: "string",
      pattern: "^[A-Za-z][A-Za-z0-9-]{0,122}$",
      default: "secure-dist",
      "x-allowed": "a letter followed by letters, digits and hyphens"
    },
    region: {
      description: "Region of the bucket and the site stack (a region of the standard aws partition).",
      type: "string",
      pattern: "^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-[0-9]$",
      default: "eu-central-1",
      "x-allowed": "an AWS region such as eu-central-1"
    },
    "content-dir": {
      description: "Folder to publish, relative to the workspace: a real folder inside it (no symbolic link on the way); a root 404.html becomes the 404 page.",
      type: "string",
      default: "content",
      pattern: "\\S"
    },
    exclude: {
      description: "Globs, relative to content-dir, of files not to publish (a glob without / matches at any depth: *.env matches config/prod.env).",
      type: "array",
      items: { type: "string", pattern: "\\S" },
      default: [],
      "x-allowed": "a list of globs"
    },
    "cache-control": {
      description: 'Cache-Control rules, first match wins, applied before the defaults (HTML revalidates; fingerprinted assets immutable for a year; others 5 minutes in browsers; all private): a list of one-key maps, - "*.pdf": private, max-age=3600. public and s-maxage are refused.',
      type: "array",
      items: {
        type: "object",
        minProperties: 1,
        maxProperties: 1,
        propertyNames: { pattern: "\\S" },
        additionalProperties: { type: "string", pattern: "\\S" },
        "x-allowed": 'one glob: value pair, such as "*.pdf": private, max-age=3600'
      },
      default: [],
      "x-allowed": 'a list of one-key maps, such as - "*.pdf": private, max-age=3600'
    },
    delete: { description: "Delete objects whose files are gone.", type: "boolean", default: true },
    "max-delete": {
      description: 'Refuse a sync that would delete more than this: a count (100) or a percentage of the objects in the bucket ("50%").',
      type: ["integer", "string"],
      minimum: 0,
      pattern: "^([0-9]+|[0-9]+(\\.[0-9]+)?%)$",
      default: "50%",
      "x-allowed": 'a count (100) or a percentage ("50%")'
    },
    listing: {
      description: "Publish a generated folder listing (dir/index.html) for every folder without an index.html: subfolders, then files with size and last-commit date. Off by default, so existing sites do not start listing their asset folders.",
      type: "boolean",
      default: false
    },
    users: {
      description: "The names of the site's users (never their passwords). With the basic-auth-users input the names there must be exactly these; with the users in AWS Secrets Manager, rotate adds a name that is new here (with a generated password) and removes one that is gone.",
      type: "array",
      items: { type: "string", pattern: "\\S" },
      uniqueItems: true,
      default: [],
      "x-allowed": "a list of user names, such as [alice, bob]"
    },
    access: {
      description: 'Access rules: a map from a user name (or a comma list "bob, carol", or "*" for every user) to a glob or a list of globs the user may read (/acme/**). Without rules every user reads everything.',
      type: "object",
      propertyNames: { pattern: "\\S" },
      additionalProperties: {
        anyOf: [
          { type: "string", pattern: "\\S" },
          { type: "array", items: { type: "string", pattern: "\\S" }, minItems: 1 }
        ],
        "x-allowed": "a glob (/acme/**) or a list of globs"
      },
      default: {},
      "x-allowed": "a map from user names to globs, such as alice: /acme/**"
    },
    "automation-tokens": {
      description: `Tokens for automation (link checkers, browser tests in CI): a map from a token name (the rules of a user name) to its optional access (a glob or a list of globs it may read; without it, what the access rules give every user, "*", or everything when there are none) and expires (a date, 2027-01-31, or a time with its zone, 2027-01-31T12:00:00Z, from which it stops working). rotate generates each new name's value (sdt1_ and 43 characters) into the users secret and drops a removed name's; a request sends it in the X-Secure-Dist-Token header (or, once, as ?secure-dist-token= in a link) and is let in as token:<name>. Lambda@Edge only in this version.`,
      type: "object",
      propertyNames: { pattern: "\\S" },
      additionalProperties: {
        type: ["object", "null"],
        properties: {
          access: {
            anyOf: [
              { type: "string", pattern: "\\S" },
              { type: "array", items: { type: "string", pattern: "\\S" }, minItems: 1 }
            ],
            "x-allowed": "a glob (/reports/**) or a list of globs"
          },
          expires: {
            type: "string",
            pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2}))?$",
            "x-allowed": "a date (2027-01-31) or a time with its zone (2027-01-31T12:00:00Z)"
          }
        },
        additionalProperties: false,
        "x-allowed": "nothing, or access and expires (access: /reports/**)"
      },
      default: {},
      "x-allowed": "a map from token names to their settings, such as link-checker: {access: /docs/**}"
    },
    previews: {
      description: `A protected preview of every pull request (command: preview on pull_request, command: preview-cleanup on pull_request: closed and on a schedule). true turns previews on with the defaults; a map sets domain (previews at pr-<number>.<domain>: the distribution gets the alias *.<domain>, so certificate-arn must cover it; without it, previews live under /_previews/pr-<number>/ on the site's own host, where root-relative links point at the site), expire-after (how long after its last update a preview lives: 7d by default, at most 30d) and users (who may open previews: names of the site's users, or "*" for all of them, the default). Previews are signed in exactly as the site is; automation tokens open them too.`,
      anyOf: [
        { type: "boolean" },
        {
          type: "object",
          properties: {
            domain: {
              type: "string",
              pattern: "^(?=.{1,250}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$",
              "x-allowed": "a domain name such as preview.example.com (previews at pr-<number>.preview.example.com)"
            },
            "expire-after": {
              type: ["string", "integer"],
              pattern: "^([0-9]+|([0-9]+[smhd])+)$",
              minimum: 1,
              "x-allowed": "a duration such as 36h or 7d (at most 30d)"
            },
            users: {
              anyOf: [
                { type: "string", pattern: "\\S" },
                {
                  type: "array",
                  items: { type: "string", pattern: "\\S" },
                  minItems: 1,
                  uniqueItems: true
                }
              ],
              "x-allowed": `"*" (every user of the site) or a list of the site's user names`
            }
          },
          additionalProperties: false,
          "x-allowed": "domain, expire-after and users"
        }
      ],
      default: false,
      "x-allowed": "true, false, or a map of domain, expire-after and users"
    },
    realm: {
      description: "Basic auth realm shown by browsers.",
      type: "string",
      pattern: "^[ !#-\\[\\]-~]{1,128}$",
      default: "Restricted",
      "x-allowed": "at most 128 characters of printable ASCII, without double quotes or backslashes (it goes into the WWW-Authenticate header)"
    },
    edge: {
      description: "Edge runtime of the Basic auth check: lambda (a Lambda@Edge function in us-east-1, users baked into its code, scrypt hashes) or function (a CloudFront Function reading the users from a CloudFront KeyValueStore of the site stack; rotation without a new function version; only passwords with at least 128 bits of entropy).",
      enum: ["lambda", "function"],
      default: "lambda",
      "x-allowed": "lambda (Lambda@Edge) or function (CloudFront Functions with a KeyValueStore)"
    },
    login: {
      description: "How a browser signs in: form (a sign-in page at /_login that sets a session cookie; /_logout ends it) or basic (the browser's Basic-auth dialog, no session). Either way a request with an Authorization: Basic header is let in as before, so curl -u and scripts keep working.",
      enum: ["form", "basic"],
      default: "form",
      "x-allowed": "form (a sign-in page and a session cookie) or basic (the browser's Basic-auth dialog)"
    },
    "session-lifetime": {
      description: "With login: form, how long a session lasts after signing in (90m, 12h, 7d; at most 30d). It never outlasts the password it was made with: a session made with a replaced password ends when that password stops working, and a password change or removal by rotate ends the user's sessions at the next request.",
      type: ["string", "integer"],
      pattern: "^([0-9]+|([0-9]+[smhd])+)$",
      minimum: 1,
      default: "12h",
      "x-allowed": "a duration such as 90m, 12h or 7d (at most 30d)"
    },
    "edge-runtime": {
      description: "Lambda runtime of the edge function (use nodejs22.x if CloudFront refuses nodejs24.x for Lambda@Edge).",
      enum: ["nodejs24.x", "nodejs22.x"],
      default: "nodejs24.x",
      "x-allowed": "nodejs24.x or nodejs22.x (the Node.js runtimes Lambda@Edge takes)"
    },
    "rate-limit": {
      description: "AWS WAF rate-based rule: requests per 5 minutes one IP address may send before it is blocked (10 to 2000000000); 0 or off = no web ACL.",
      anyOf: [
        { type: "integer", minimum: 10, maximum: 2e9 },
        { const: 0 },
        { const: "off" }
      ],
      default: 1e3,
      "x-allowed": "requests per 5 minutes per IP address, 10 to 2000000000 (AWS WAF's bounds), or 0 or off for none"
    },
    "domain-name": {
      description: "Custom domain name of the site, with certificate-arn.",
      type: "string",
      pattern: "^(?=.{1,253}$)(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$",
      "x-allowed": "a domain name such as files.example.com"
    },
    "certificate-arn": {
      description: "ACM certificate ARN in us-east-1 for domain-name (CloudFront only uses certificates from there).",
      type: "string",
      pattern: "^arn:aws[A-Za-z0-9-]*:acm:us-east-1:[0-9]{12}:certificate/[A-Za-z0-9_-]+$",
      "x-allowed": "an ACM certificate ARN in us-east-1 (arn:aws:acm:us-east-1:123456789012:certificate/\u2026)"
    },
    "share-links": {
      description: "The site accepts share links (command share): deploy creates a signing key in the Secrets Manager secret <stack-name>/share-key of the site region and adds the signed /_share/* behavior. Needs edge: lambda.",
      type: "boolean",
      default: false
    },
    "audit-log": {
      description: "The edge function writes one JSON line per request decision (time, user, method, path, result, client IP) to CloudWatch Logs, for command audit; it never logs a password or an Authorization value. Off because it records personal data (user names, IP addresses) that the site owner must decide to keep. Needs edge: lambda.",
      type: "boolean",
      default: false
    },
    "trusted-pages": {
      description: "Published HTML, SVG and other documents run as the site: scripts in them act with the credentials of whoever opens them. Off: every file the site serves (except PDFs) carries Content-Security-Policy: sandbox without allow-scripts (and, but for HTML pages, without allow-same-origin), so a file one publisher adds cannot read what another user may read. Turn on only for a site whose own pages need scripts and whose every publisher is trusted by every reader.",
      type: "boolean",
      default: false
    },
    "audit-retention-days": {
      description: "How many days CloudWatch Logs keeps the edge function's logs in every region (deploy sets it with audit-log).",
      enum: [
        1,
        3,
        5,
        7,
        14,
        30,
        60,
        90,
        120,
        150,
        180,
        365,
        400,
        545,
        731,
        1096,
        1827,
        2192,
        2557,
        2922,
        3288,
        3653
      ],
      default: 90,
      "x-allowed": "one of the retention periods CloudWatch Logs accepts: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653"
    },
    invalidate: {
      description: "Invalidate the CloudFront paths that changed.",
      type: "boolean",
      default: true
    },
    "wait-for-invalidation": {
      description: "Wait until the invalidation completes (bounded by invalidation-timeout; a timeout fails the step).",
      type: "boolean",
      default: false
    },
    "invalidation-timeout": {
      description: "How long to wait for the invalidation (90s, 15m, 1h; at most 30d).",
      type: ["string", "integer"],
      pattern: "^([0-9]+|([0-9]+[smhd])+)$",
      minimum: 1,
      default: "15m",
      "x-allowed": "a duration such as 90s, 15m, 1h or 1h30m"
    },
    verify: {
      description: "For sync: git (tracked files whose stat data matches the git index and whose blob id the manifest knows are not read, and the bucket is taken from the manifest's snapshot instead of listed) or full (read and hash every file, and list the whole bucket).",
      enum: ["git", "full"],
      default: "git",
      "x-allowed": "git or full"
    },
    "verify-stacks": {
      description: "Before skipping a stack whose fingerprint matches, run CloudFormation drift detection on it and fail if its resources were changed outside CloudFormation. Costs extra CloudFormation calls and some seconds per stack on every deploy.",
      type: "boolean",
      default: false
    },
    concurrency: {
      description: "Parallel S3 requests during a sync.",
      type: "integer",
      minimum: 1,
      maximum: 256,
      default: 16,
      "x-allowed": "a whole number from 1 to 256"
    },
    "stack-timeout": {
      description: "How long to wait for a stack to settle (a timeout fails the step; at most 30d).",
      type: ["string", "integer"],
      pattern: "^([0-9]+|([0-9]+[smhd])+)$",
      minimum: 1,
      default: "30m",
      "x-allowed": "a duration such as 90s, 15m, 1h or 1h30m"
    },
    "permissions-boundary": {
      description: "Permissions boundary for the edge function role: auto (the bootstrap stack boundary <stack-name>-edge-boundary when role-to-assume is set), none, or a policy ARN.",
      type: "string",
      pattern: "^(auto|none|arn:aws[A-Za-z0-9-]*:iam::[0-9]{12}:policy/[A-Za-z0-9_+=,.@/-]+)$",
      default: "auto",
      "x-allowed": "auto, none or an IAM policy ARN"
    },
    "cloudformation-role": {
      description: "CloudFormation service role for stack operations (RoleARN of every change set of deploy/rotate, and of the delete of recreate-failed-stack; plan never passes one): auto (the bootstrap role <stack-name>-cloudformation in the account of role-to-assume, when set; none otherwise), none (CloudFormation acts with the run's credentials), or an IAM role ARN.",
      type: "string",
      pattern: "^(auto|none|arn:aws:iam::[0-9]{12}:role/[A-Za-z0-9_+=,.@/-]+)$",
      default: "auto",
      "x-allowed": "auto, none or an IAM role ARN (arn:aws:iam::123456789012:role/name)"
    },
    bucket: {
      description: "For sync: the bucket to sync into, to sync an existing bucket without stacks (with distribution-id). Without it, the bucket output of the site stack.",
      type: "string",
      pattern: "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$",
      "x-allowed": "an S3 bucket name (3 to 63 lowercase letters, digits, dots and hyphens)"
    },
    "distribution-id": {
      description: "For sync: the CloudFront distribution to invalidate. Without it, the distribution output of the site stack.",
      type: "string",
      pattern: "^[A-Z0-9]{8,20}$",
      "x-allowed": "a CloudFront distribution id such as E2QWRUHAPOMQZL"
    }
  }
};
var func2 = Object.prototype.hasOwnProperty;
var pattern0 = new RegExp("^[A-Za-z][A-Za-z0-9-]{0,122}$", "u");
var pattern1 = new RegExp("^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-[0-9]$", "u");
var pattern2 = new RegExp("\\S", "u");
var pattern6 = new RegExp("^([0-9]+|[0-9]+(\\.[0-9]+)?%)$", "u");
var pattern14 = new RegExp(
  "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2}))?$",
  "u"
);
var pattern15 = new RegExp(
  "^(?=.{1,250}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$",
  "u"
);
var pattern16 = new RegExp("^([0-9]+|([0-9]+[smhd])+)$", "u");
var pattern19 = new RegExp("^[ !#-\\[\\]-~]{1,128}$", "u");
var pattern21 = new RegExp(
  "^(?=.{1,253}$)(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$",
  "u"
);
var pattern22 = new RegExp(
  "^arn:aws[A-Za-z0-9-]*:acm:us-east-1:[0-9]{12}:certificate/[A-Za-z0-9_-]+$",
  "u"
);
var pattern25 = new RegExp(
  "^(auto|none|arn:aws[A-Za-z0-9-]*:iam::[0-9]{12}:policy/[A-Za-z0-9_+=,.@/-]+)$",
  "u"
);
var pattern26 = new RegExp("^(auto|none|arn:aws:iam::[0-9]{12}:role/[A-Za-z0-9_+=,.@/-]+)$", "u");
var pattern27 = new RegExp("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", "u");
var pattern28 = new RegExp("^[A-Z0-9]{8,20}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data["stack-name"] === void 0) {
      data["stack-name"] = "secure-dist";
    }
    if (data.region === void 0) {
      data.region = "eu-central-1";
    }
    if (data["content-dir"] === void 0) {
      data["content-dir"] = "content";
    }
    if (data.exclude === void 0) {
      data.exclude = [];
    }
    if (data["cache-control"] === void 0) {
      data["cache-control"] = [];
    }
    if (data.delete === void 0) {
      data.delete = true;
    }
    if (data["max-delete"] === void 0) {
      data["max-delete"] = "50%";
    }
    if (data.listing === void 0) {
      data.listing = false;
    }
    if (data.users === void 0) {
      data.users = [];
    }
    if (data.access === void 0) {
      data.access = {};
    }
    if (data["automation-tokens"] === void 0) {
      data["automation-tokens"] = {};
    }
    if (data.previews === void 0) {
      data.previews = false;
    }
    if (data.realm === void 0) {
      data.realm = "Restricted";
    }
    if (data.edge === void 0) {
      data.edge = "lambda";
    }
    if (data.login === void 0) {
      data.login = "form";
    }
    if (data["session-lifetime"] === void 0) {
      data["session-lifetime"] = "12h";
    }
    if (data["edge-runtime"] === void 0) {
      data["edge-runtime"] = "nodejs24.x";
    }
    if (data["rate-limit"] === void 0) {
      data["rate-limit"] = 1e3;
    }
    if (data["share-links"] === void 0) {
      data["share-links"] = false;
    }
    if (data["audit-log"] === void 0) {
      data["audit-log"] = false;
    }
    if (data["trusted-pages"] === void 0) {
      data["trusted-pages"] = false;
    }
    if (data["audit-retention-days"] === void 0) {
      data["audit-retention-days"] = 90;
    }
    if (data.invalidate === void 0) {
      data.invalidate = true;
    }
    if (data["wait-for-invalidation"] === void 0) {
      data["wait-for-invalidation"] = false;
    }
    if (data["invalidation-timeout"] === void 0) {
      data["invalidation-timeout"] = "15m";
    }
    if (data.verify === void 0) {
      data.verify = "git";
    }
    if (data["verify-stacks"] === void 0) {
      data["verify-stacks"] = false;
    }
    if (data.concurrency === void 0) {
      data.concurrency = 16;
    }
    if (data["stack-timeout"] === void 0) {
      data["stack-timeout"] = "30m";
    }
    if (data["permissions-boundary"] === void 0) {
      data["permissions-boundary"] = "auto";
    }
    if (data["cloudformation-role"] === void 0) {
      data["cloudformation-role"] = "auto";
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err0 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema11,
          data
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let data0 = data["stack-name"];
    if (typeof data0 === "string") {
      if (!pattern0.test(data0)) {
        const err1 = {
          instancePath: instancePath + "/stack-name",
          schemaPath: "#/properties/stack-name/pattern",
          keyword: "pattern",
          params: { pattern: "^[A-Za-z][A-Za-z0-9-]{0,122}$" },
          message: 'must match pattern "^[A-Za-z][A-Za-z0-9-]{0,122}$"',
          schema: "^[A-Za-z][A-Za-z0-9-]{0,122}$",
          parentSchema: schema11.properties["stack-name"],
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    } else {
      const err2 = {
        instancePath: instancePath + "/stack-name",
        schemaPath: "#/properties/stack-name/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
        schema: schema11.properties["stack-name"].type,
        parentSchema: schema11.properties["stack-name"],
        data: data0
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    let data1 = data.region;
    if (typeof data1 === "string") {
      if (!pattern1.test(data1)) {
        const err3 = {
          instancePath: instancePath + "/region",
          schemaPath: "#/properties/region/pattern",
          keyword: "pattern",
          params: { pattern: "^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-[0-9]$" },
          message: 'must match pattern "^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-[0-9]$"',
          schema: "^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-[0-9]$",
          parentSchema: schema11.properties.region,
          data: data1
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    } else {
      const err4 = {
        instancePath: instancePath + "/region",
        schemaPath: "#/properties/region/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
        schema: schema11.properties.region.type,
        parentSchema: schema11.properties.region,
        data: data1
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    let data2 = data["content-dir"];
    if (typeof data2 === "string") {
      if (!pattern2.test(data2)) {
        const err5 = {
          instancePath: instancePath + "/content-dir",
          schemaPath: "#/properties/content-dir/pattern",
          keyword: "pattern",
          params: { pattern: "\\S" },
          message: 'must match pattern "\\S"',
          schema: "\\S",
          parentSchema: schema11.properties["content-dir"],
          data: data2
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    } else {
      const err6 = {
        instancePath: instancePath + "/content-dir",
        schemaPath: "#/properties/content-dir/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
        schema: schema11.properties["content-dir"].type,
        parentSchema: schema11.properties["content-dir"],
        data: data2
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    let data3 = data.exclude;
    if (Array.isArray(data3)) {
      const len0 = data3.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data4 = data3[i0];
        if (typeof data4 === "string") {
          if (!pattern2.test(data4)) {
            const err7 = {
              instancePath: instancePath + "/exclude/" + i0,
              schemaPath: "#/properties/exclude/items/pattern",
              keyword: "pattern",
              params: { pattern: "\\S" },
              message: 'must match pattern "\\S"',
              schema: "\\S",
              parentSchema: schema11.properties.exclude.items,
              data: data4
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        } else {
          const err8 = {
            instancePath: instancePath + "/exclude/" + i0,
            schemaPath: "#/properties/exclude/items/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
            schema: schema11.properties.exclude.items.type,
            parentSchema: schema11.properties.exclude.items,
            data: data4
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    } else {
      const err9 = {
        instancePath: instancePath + "/exclude",
        schemaPath: "#/properties/exclude/type",
        keyword: "type",
        params: { type: "array" },
        message: "must be array",
        schema: schema11.properties.exclude.type,
        parentSchema: schema11.properties.exclude,
        data: data3
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    let data5 = data["cache-control"];
    if (Array.isArray(data5)) {
      const len1 = data5.length;
      for (let i1 = 0; i1 < len1; i1++) {
        let data6 = data5[i1];
        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
          if (Object.keys(data6).length > 1) {
            const err10 = {
              instancePath: instancePath + "/cache-control/" + i1,
              schemaPath: "#/properties/cache-control/items/maxProperties",
              keyword: "maxProperties",
              params: { limit: 1 },
              message: "must NOT have more than 1 properties",
              schema: 1,
              parentSchema: schema11.properties["cache-control"].items,
              data: data6
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (Object.keys(data6).length < 1) {
            const err11 = {
              instancePath: instancePath + "/cache-control/" + i1,
              schemaPath: "#/properties/cache-control/items/minProperties",
              keyword: "minProperties",
              params: { limit: 1 },
              message: "must NOT have fewer than 1 properties",
              schema: 1,
              parentSchema: schema11.properties["cache-control"].items,
              data: data6
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          for (const key1 in data6) {
            const _errs21 = errors;
            if (typeof key1 === "string") {
              if (!pattern2.test(key1)) {
                const err12 = {
                  instancePath: instancePath + "/cache-control/" + i1,
                  schemaPath: "#/properties/cache-control/items/propertyNames/pattern",
                  keyword: "pattern",
                  params: { pattern: "\\S" },
                  message: 'must match pattern "\\S"',
                  schema: "\\S",
                  parentSchema: schema11.properties["cache-control"].items.propertyNames,
                  data: key1,
                  propertyName: key1
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            var valid5 = _errs21 === errors;
            if (!valid5) {
              const err13 = {
                instancePath: instancePath + "/cache-control/" + i1,
                schemaPath: "#/properties/cache-control/items/propertyNames",
                keyword: "propertyNames",
                params: { propertyName: key1 },
                message: "property name must be valid",
                schema: schema11.properties["cache-control"].items.propertyNames,
                parentSchema: schema11.properties["cache-control"].items,
                data: data6
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          for (const key2 in data6) {
            let data7 = data6[key2];
            if (typeof data7 === "string") {
              if (!pattern2.test(data7)) {
                const err14 = {
                  instancePath: instancePath + "/cache-control/" + i1 + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/properties/cache-control/items/additionalProperties/pattern",
                  keyword: "pattern",
                  params: { pattern: "\\S" },
                  message: 'must match pattern "\\S"',
                  schema: "\\S",
                  parentSchema: schema11.properties["cache-control"].items.additionalProperties,
                  data: data7
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            } else {
              const err15 = {
                instancePath: instancePath + "/cache-control/" + i1 + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/cache-control/items/additionalProperties/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
                schema: schema11.properties["cache-control"].items.additionalProperties.type,
                parentSchema: schema11.properties["cache-control"].items.additionalProperties,
                data: data7
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
        } else {
          const err16 = {
            instancePath: instancePath + "/cache-control/" + i1,
            schemaPath: "#/properties/cache-control/items/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
            schema: schema11.properties["cache-control"].items.type,
            parentSchema: schema11.properties["cache-control"].items,
            data: data6
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    } else {
      const err17 = {
        instancePath: instancePath + "/cache-control",
        schemaPath: "#/properties/cache-control/type",
        keyword: "type",
        params: { type: "array" },
        message: "must be array",
        schema: schema11.properties["cache-control"].type,
        parentSchema: schema11.properties["cache-control"],
        data: data5
      };
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    }
    let data8 = data.delete;
    if (typeof data8 !== "boolean") {
      const err18 = {
        instancePath: instancePath + "/delete",
        schemaPath: "#/properties/delete/type",
        keyword: "type",
        params: { type: "boolean" },
        message: "must be boolean",
        schema: schema11.properties.delete.type,
        parentSchema: schema11.properties.delete,
        data: data8
      };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    let data9 = data["max-delete"];
    if (!(typeof data9 == "number" && !(data9 % 1) && !isNaN(data9) && isFinite(data9)) && typeof data9 !== "string") {
      const err19 = {
        instancePath: instancePath + "/max-delete",
        schemaPath: "#/properties/max-delete/type",
        keyword: "type",
        params: { type: schema11.properties["max-delete"].type },
        message: "must be integer,string",
        schema: schema11.properties["max-delete"].type,
        parentSchema: schema11.properties["max-delete"],
        data: data9
      };
      if (vErrors === null) {
        vErrors = [err19];
      } else {
        vErrors.push(err19);
      }
      errors++;
    }
    if (typeof data9 == "number" && isFinite(data9)) {
      if (data9 < 0 || isNaN(data9)) {
        const err20 = {
          instancePath: instancePath + "/max-delete",
          schemaPath: "#/properties/max-delete/minimum",
          keyword: "minimum",
          params: { comparison: ">=", limit: 0 },
          message: "must be >= 0",
          schema: 0,
          parentSchema: schema11.properties["max-delete"],
          data: data9
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (typeof data9 === "string") {
      if (!pattern6.test(data9)) {
        const err21 = {
          instancePath: instancePath + "/max-delete",
          schemaPath: "#/properties/max-delete/pattern",
          keyword: "pattern",
          params: { pattern: "^([0-9]+|[0-9]+(\\.[0-9]+)?%)$" },
          message: 'must match pattern "^([0-9]+|[0-9]+(\\.[0-9]+)?%)$"',
          schema: "^([0-9]+|[0-9]+(\\.[0-9]+)?%)$",
          parentSchema: schema11.properties["max-delete"],
          data: data9
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    let data10 = data.listing;
    if (typeof data10 !== "boolean") {
      const err22 = {
        instancePath: instancePath + "/listing",
        schemaPath: "#/properties/listing/type",
        keyword: "type",
        params: { type: "boolean" },
        message: "must be boolean",
        schema: schema11.properties.listing.type,
        parentSchema: schema11.properties.listing,
        data: data10
      };
      if (vErrors === null) {
        vErrors = [err22];
      } else {
        vErrors.push(err22);
      }
      errors++;
    }
    let data11 = data.users;
    if (Array.isArray(data11)) {
      const len2 = data11.length;
      for (let i2 = 0; i2 < len2; i2++) {
        let data12 = data11[i2];
        if (typeof data12 === "string") {
          if (!pattern2.test(data12)) {
            const err23 = {
              instancePath: instancePath + "/users/" + i2,
              schemaPath: "#/properties/users/items/pattern",
              keyword: "pattern",
              params: { pattern: "\\S" },
              message: 'must match pattern "\\S"',
              schema: "\\S",
              parentSchema: schema11.properties.users.items,
              data: data12
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        } else {
          const err24 = {
            instancePath: instancePath + "/users/" + i2,
            schemaPath: "#/properties/users/items/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
            schema: schema11.properties.users.items.type,
            parentSchema: schema11.properties.users.items,
            data: data12
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
      let i3 = data11.length;
      let j0;
      if (i3 > 1) {
        const indices0 = {};
        for (; i3--; ) {
          let item0 = data11[i3];
          if (typeof item0 !== "string") {
            continue;
          }
          if (typeof indices0[item0] == "number") {
            j0 = indices0[item0];
            const err25 = {
              instancePath: instancePath + "/users",
              schemaPath: "#/properties/users/uniqueItems",
              keyword: "uniqueItems",
              params: { i: i3, j: j0 },
              message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)",
              schema: true,
              parentSchema: schema11.properties.users,
              data: data11
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
            break;
          }
          indices0[item0] = i3;
        }
      }
    } else {
      const err26 = {
        instancePath: instancePath + "/users",
        schemaPath: "#/properties/users/type",
        keyword: "type",
        params: { type: "array" },
        message: "must be array",
        schema: schema11.properties.users.type,
        parentSchema: schema11.properties.users,
        data: data11
      };
      if (vErrors === null) {
        vErrors = [err26];
      } else {
        vErrors.push(err26);
      }
      errors++;
    }
    let data13 = data.access;
    if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
      for (const key3 in data13) {
        const _errs40 = errors;
        if (typeof key3 === "string") {
          if (!pattern2.test(key3)) {
            const err27 = {
              instancePath: instancePath + "/access",
              schemaPath: "#/properties/access/propertyNames/pattern",
              keyword: "pattern",
              params: { pattern: "\\S" },
              message: 'must match pattern "\\S"',
              schema: "\\S",
              parentSchema: schema11.properties.access.propertyNames,
              data: key3,
              propertyName: key3
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        var valid10 = _errs40 === errors;
        if (!valid10) {
          const err28 = {
            instancePath: instancePath + "/access",
            schemaPath: "#/properties/access/propertyNames",
            keyword: "propertyNames",
            params: { propertyName: key3 },
            message: "property name must be valid",
            schema: schema11.properties.access.propertyNames,
            parentSchema: schema11.properties.access,
            data: data13
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      }
      for (const key4 in data13) {
        let data14 = data13[key4];
        const _errs43 = errors;
        let valid12 = false;
        const _errs44 = errors;
        if (typeof data14 === "string") {
          if (!pattern2.test(data14)) {
            const err29 = {
              instancePath: instancePath + "/access/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/access/additionalProperties/anyOf/0/pattern",
              keyword: "pattern",
              params: { pattern: "\\S" },
              message: 'must match pattern "\\S"',
              schema: "\\S",
              parentSchema: schema11.properties.access.additionalProperties.anyOf[0],
              data: data14
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        } else {
          const err30 = {
            instancePath: instancePath + "/access/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
            schemaPath: "#/properties/access/additionalProperties/anyOf/0/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
            schema: schema11.properties.access.additionalProperties.anyOf[0].type,
            parentSchema: schema11.properties.access.additionalProperties.anyOf[0],
            data: data14
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        var _valid0 = _errs44 === errors;
        valid12 = valid12 || _valid0;
        if (!valid12) {
          const _errs46 = errors;
          if (Array.isArray(data14)) {
            if (data14.length < 1) {
              const err31 = {
                instancePath: instancePath + "/access/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/access/additionalProperties/anyOf/1/minItems",
                keyword: "minItems",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 items",
                schema: 1,
                parentSchema: schema11.properties.access.additionalProperties.anyOf[1],
                data: data14
              };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            const len3 = data14.length;
            for (let i4 = 0; i4 < len3; i4++) {
              let data15 = data14[i4];
              if (typeof data15 === "string") {
                if (!pattern2.test(data15)) {
                  const err32 = {
                    instancePath: instancePath + "/access/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i4,
                    schemaPath: "#/properties/access/additionalProperties/anyOf/1/items/pattern",
                    keyword: "pattern",
                    params: { pattern: "\\S" },
                    message: 'must match pattern "\\S"',
                    schema: "\\S",
                    parentSchema: schema11.properties.access.additionalProperties.anyOf[1].items,
                    data: data15
                  };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              } else {
                const err33 = {
                  instancePath: instancePath + "/access/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i4,
                  schemaPath: "#/properties/access/additionalProperties/anyOf/1/items/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.access.additionalProperties.anyOf[1].items.type,
                  parentSchema: schema11.properties.access.additionalProperties.anyOf[1].items,
                  data: data15
                };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = {
              instancePath: instancePath + "/access/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/access/additionalProperties/anyOf/1/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema11.properties.access.additionalProperties.anyOf[1].type,
              parentSchema: schema11.properties.access.additionalProperties.anyOf[1],
              data: data14
            };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          var _valid0 = _errs46 === errors;
          valid12 = valid12 || _valid0;
        }
        if (!valid12) {
          const err35 = {
            instancePath: instancePath + "/access/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
            schemaPath: "#/properties/access/additionalProperties/anyOf",
            keyword: "anyOf",
            params: {},
            message: "must match a schema in anyOf",
            schema: schema11.properties.access.additionalProperties.anyOf,
            parentSchema: schema11.properties.access.additionalProperties,
            data: data14
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        } else {
          errors = _errs43;
          if (vErrors !== null) {
            if (_errs43) {
              vErrors.length = _errs43;
            } else {
              vErrors = null;
            }
          }
        }
      }
    } else {
      const err36 = {
        instancePath: instancePath + "/access",
        schemaPath: "#/properties/access/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
        schema: schema11.properties.access.type,
        parentSchema: schema11.properties.access,
        data: data13
      };
      if (vErrors === null) {
        vErrors = [err36];
      } else {
        vErrors.push(err36);
      }
      errors++;
    }
    let data16 = data["automation-tokens"];
    if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
      for (const key5 in data16) {
        const _errs54 = errors;
        if (typeof key5 === "string") {
          if (!pattern2.test(key5)) {
            const err37 = {
              instancePath: instancePath + "/automation-tokens",
              schemaPath: "#/properties/automation-tokens/propertyNames/pattern",
              keyword: "pattern",
              params: { pattern: "\\S" },
              message: 'must match pattern "\\S"',
              schema: "\\S",
              parentSchema: schema11.properties["automation-tokens"].propertyNames,
              data: key5,
              propertyName: key5
            };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        var valid15 = _errs54 === errors;
        if (!valid15) {
          const err38 = {
            instancePath: instancePath + "/automation-tokens",
            schemaPath: "#/properties/automation-tokens/propertyNames",
            keyword: "propertyNames",
            params: { propertyName: key5 },
            message: "property name must be valid",
            schema: schema11.properties["automation-tokens"].propertyNames,
            parentSchema: schema11.properties["automation-tokens"],
            data: data16
          };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      }
      for (const key6 in data16) {
        let data17 = data16[key6];
        if (!(data17 && typeof data17 == "object" && !Array.isArray(data17)) && data17 !== null) {
          const err39 = {
            instancePath: instancePath + "/automation-tokens/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),
            schemaPath: "#/properties/automation-tokens/additionalProperties/type",
            keyword: "type",
            params: { type: schema11.properties["automation-tokens"].additionalProperties.type },
            message: "must be object,null",
            schema: schema11.properties["automation-tokens"].additionalProperties.type,
            parentSchema: schema11.properties["automation-tokens"].additionalProperties,
            data: data17
          };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
          for (const key7 in data17) {
            if (!(key7 === "access" || key7 === "expires")) {
              const err40 = {
                instancePath: instancePath + "/automation-tokens/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/automation-tokens/additionalProperties/additionalProperties",
                keyword: "additionalProperties",
                params: { additionalProperty: key7 },
                message: "must NOT have additional properties",
                schema: false,
                parentSchema: schema11.properties["automation-tokens"].additionalProperties,
                data: data17
              };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          }
          if (data17.access !== void 0) {
            let data18 = data17.access;
            const _errs61 = errors;
            let valid18 = false;
            const _errs62 = errors;
            if (typeof data18 === "string") {
              if (!pattern2.test(data18)) {
                const err41 = {
                  instancePath: instancePath + "/automation-tokens/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/access",
                  schemaPath: "#/properties/automation-tokens/additionalProperties/properties/access/anyOf/0/pattern",
                  keyword: "pattern",
                  params: { pattern: "\\S" },
                  message: 'must match pattern "\\S"',
                  schema: "\\S",
                  parentSchema: schema11.properties["automation-tokens"].additionalProperties.properties.access.anyOf[0],
                  data: data18
                };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            } else {
              const err42 = {
                instancePath: instancePath + "/automation-tokens/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/access",
                schemaPath: "#/properties/automation-tokens/additionalProperties/properties/access/anyOf/0/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
                schema: schema11.properties["automation-tokens"].additionalProperties.properties.access.anyOf[0].type,
                parentSchema: schema11.properties["automation-tokens"].additionalProperties.properties.access.anyOf[0],
                data: data18
              };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            var _valid1 = _errs62 === errors;
            valid18 = valid18 || _valid1;
            if (!valid18) {
              const _errs64 = errors;
              if (Array.isArray(data18)) {
                if (data18.length < 1) {
                  const err43 = {
                    instancePath: instancePath + "/automation-tokens/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/access",
                    schemaPath: "#/properties/automation-tokens/additionalProperties/properties/access/anyOf/1/minItems",
                    keyword: "minItems",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 items",
                    schema: 1,
                    parentSchema: schema11.properties["automation-tokens"].additionalProperties.properties.access.anyOf[1],
                    data: data18
                  };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
                const len4 = data18.length;
                for (let i5 = 0; i5 < len4; i5++) {
                  let data19 = data18[i5];
                  if (typeof data19 === "string") {
                    if (!pattern2.test(data19)) {
                      const err44 = {
                        instancePath: instancePath + "/automation-tokens/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/access/" + i5,
                        schemaPath: "#/properties/automation-tokens/additionalProperties/properties/access/anyOf/1/items/pattern",
                        keyword: "pattern",
                        params: { pattern: "\\S" },
                        message: 'must match pattern "\\S"',
                        schema: "\\S",
                        parentSchema: schema11.properties["automation-tokens"].additionalProperties.properties.access.anyOf[1].items,
                        data: data19
                      };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                  } else {
                    const err45 = {
                      instancePath: instancePath + "/automation-tokens/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/access/" + i5,
                      schemaPath: "#/properties/automation-tokens/additionalProperties/properties/access/anyOf/1/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema11.properties["automation-tokens"].additionalProperties.properties.access.anyOf[1].items.type,
                      parentSchema: schema11.properties["automation-tokens"].additionalProperties.properties.access.anyOf[1].items,
                      data: data19
                    };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
              } else {
                const err46 = {
                  instancePath: instancePath + "/automation-tokens/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/access",
                  schemaPath: "#/properties/automation-tokens/additionalProperties/properties/access/anyOf/1/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                  schema: schema11.properties["automation-tokens"].additionalProperties.properties.access.anyOf[1].type,
                  parentSchema: schema11.properties["automation-tokens"].additionalProperties.properties.access.anyOf[1],
                  data: data18
                };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
              var _valid1 = _errs64 === errors;
              valid18 = valid18 || _valid1;
            }
            if (!valid18) {
              const err47 = {
                instancePath: instancePath + "/automation-tokens/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/access",
                schemaPath: "#/properties/automation-tokens/additionalProperties/properties/access/anyOf",
                keyword: "anyOf",
                params: {},
                message: "must match a schema in anyOf",
                schema: schema11.properties["automation-tokens"].additionalProperties.properties.access.anyOf,
                parentSchema: schema11.properties["automation-tokens"].additionalProperties.properties.access,
                data: data18
              };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            } else {
              errors = _errs61;
              if (vErrors !== null) {
                if (_errs61) {
                  vErrors.length = _errs61;
                } else {
                  vErrors = null;
                }
              }
            }
          }
          if (data17.expires !== void 0) {
            let data20 = data17.expires;
            if (typeof data20 === "string") {
              if (!pattern14.test(data20)) {
                const err48 = {
                  instancePath: instancePath + "/automation-tokens/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/expires",
                  schemaPath: "#/properties/automation-tokens/additionalProperties/properties/expires/pattern",
                  keyword: "pattern",
                  params: {
                    pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2}))?$"
                  },
                  message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2}))?$"',
                  schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2}))?$",
                  parentSchema: schema11.properties["automation-tokens"].additionalProperties.properties.expires,
                  data: data20
                };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            } else {
              const err49 = {
                instancePath: instancePath + "/automation-tokens/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/expires",
                schemaPath: "#/properties/automation-tokens/additionalProperties/properties/expires/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
                schema: schema11.properties["automation-tokens"].additionalProperties.properties.expires.type,
                parentSchema: schema11.properties["automation-tokens"].additionalProperties.properties.expires,
                data: data20
              };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          }
        }
      }
    } else {
      const err50 = {
        instancePath: instancePath + "/automation-tokens",
        schemaPath: "#/properties/automation-tokens/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
        schema: schema11.properties["automation-tokens"].type,
        parentSchema: schema11.properties["automation-tokens"],
        data: data16
      };
      if (vErrors === null) {
        vErrors = [err50];
      } else {
        vErrors.push(err50);
      }
      errors++;
    }
    let data21 = data.previews;
    const _errs73 = errors;
    let valid21 = false;
    const _errs74 = errors;
    if (typeof data21 !== "boolean") {
      const err51 = {
        instancePath: instancePath + "/previews",
        schemaPath: "#/properties/previews/anyOf/0/type",
        keyword: "type",
        params: { type: "boolean" },
        message: "must be boolean",
        schema: schema11.properties.previews.anyOf[0].type,
        parentSchema: schema11.properties.previews.anyOf[0],
        data: data21
      };
      if (vErrors === null) {
        vErrors = [err51];
      } else {
        vErrors.push(err51);
      }
      errors++;
    }
    var _valid2 = _errs74 === errors;
    valid21 = valid21 || _valid2;
    if (!valid21) {
      const _errs76 = errors;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        for (const key8 in data21) {
          if (!(key8 === "domain" || key8 === "expire-after" || key8 === "users")) {
            const err52 = {
              instancePath: instancePath + "/previews",
              schemaPath: "#/properties/previews/anyOf/1/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key8 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema11.properties.previews.anyOf[1],
              data: data21
            };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data21.domain !== void 0) {
          let data22 = data21.domain;
          if (typeof data22 === "string") {
            if (!pattern15.test(data22)) {
              const err53 = {
                instancePath: instancePath + "/previews/domain",
                schemaPath: "#/properties/previews/anyOf/1/properties/domain/pattern",
                keyword: "pattern",
                params: {
                  pattern: "^(?=.{1,250}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"
                },
                message: 'must match pattern "^(?=.{1,250}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"',
                schema: "^(?=.{1,250}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$",
                parentSchema: schema11.properties.previews.anyOf[1].properties.domain,
                data: data22
              };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          } else {
            const err54 = {
              instancePath: instancePath + "/previews/domain",
              schemaPath: "#/properties/previews/anyOf/1/properties/domain/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema11.properties.previews.anyOf[1].properties.domain.type,
              parentSchema: schema11.properties.previews.anyOf[1].properties.domain,
              data: data22
            };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data21["expire-after"] !== void 0) {
          let data23 = data21["expire-after"];
          if (typeof data23 !== "string" && !(typeof data23 == "number" && !(data23 % 1) && !isNaN(data23) && isFinite(data23))) {
            const err55 = {
              instancePath: instancePath + "/previews/expire-after",
              schemaPath: "#/properties/previews/anyOf/1/properties/expire-after/type",
              keyword: "type",
              params: {
                type: schema11.properties.previews.anyOf[1].properties["expire-after"].type
              },
              message: "must be string,integer",
              schema: schema11.properties.previews.anyOf[1].properties["expire-after"].type,
              parentSchema: schema11.properties.previews.anyOf[1].properties["expire-after"],
              data: data23
            };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
          if (typeof data23 == "number" && isFinite(data23)) {
            if (data23 < 1 || isNaN(data23)) {
              const err56 = {
                instancePath: instancePath + "/previews/expire-after",
                schemaPath: "#/properties/previews/anyOf/1/properties/expire-after/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 1 },
                message: "must be >= 1",
                schema: 1,
                parentSchema: schema11.properties.previews.anyOf[1].properties["expire-after"],
                data: data23
              };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          }
          if (typeof data23 === "string") {
            if (!pattern16.test(data23)) {
              const err57 = {
                instancePath: instancePath + "/previews/expire-after",
                schemaPath: "#/properties/previews/anyOf/1/properties/expire-after/pattern",
                keyword: "pattern",
                params: { pattern: "^([0-9]+|([0-9]+[smhd])+)$" },
                message: 'must match pattern "^([0-9]+|([0-9]+[smhd])+)$"',
                schema: "^([0-9]+|([0-9]+[smhd])+)$",
                parentSchema: schema11.properties.previews.anyOf[1].properties["expire-after"],
                data: data23
              };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          }
        }
        if (data21.users !== void 0) {
          let data24 = data21.users;
          const _errs87 = errors;
          let valid23 = false;
          const _errs88 = errors;
          if (typeof data24 === "string") {
            if (!pattern2.test(data24)) {
              const err58 = {
                instancePath: instancePath + "/previews/users",
                schemaPath: "#/properties/previews/anyOf/1/properties/users/anyOf/0/pattern",
                keyword: "pattern",
                params: { pattern: "\\S" },
                message: 'must match pattern "\\S"',
                schema: "\\S",
                parentSchema: schema11.properties.previews.anyOf[1].properties.users.anyOf[0],
                data: data24
              };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          } else {
            const err59 = {
              instancePath: instancePath + "/previews/users",
              schemaPath: "#/properties/previews/anyOf/1/properties/users/anyOf/0/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema11.properties.previews.anyOf[1].properties.users.anyOf[0].type,
              parentSchema: schema11.properties.previews.anyOf[1].properties.users.anyOf[0],
              data: data24
            };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          var _valid3 = _errs88 === errors;
          valid23 = valid23 || _valid3;
          if (!valid23) {
            const _errs90 = errors;
            if (Array.isArray(data24)) {
              if (data24.length < 1) {
                const err60 = {
                  instancePath: instancePath + "/previews/users",
                  schemaPath: "#/properties/previews/anyOf/1/properties/users/anyOf/1/minItems",
                  keyword: "minItems",
                  params: { limit: 1 },
                  message: "must NOT have fewer than 1 items",
                  schema: 1,
                  parentSchema: schema11.properties.previews.anyOf[1].properties.users.anyOf[1],
                  data: data24
                };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
              const len5 = data24.length;
              for (let i6 = 0; i6 < len5; i6++) {
                let data25 = data24[i6];
                if (typeof data25 === "string") {
                  if (!pattern2.test(data25)) {
                    const err61 = {
                      instancePath: instancePath + "/previews/users/" + i6,
                      schemaPath: "#/properties/previews/anyOf/1/properties/users/anyOf/1/items/pattern",
                      keyword: "pattern",
                      params: { pattern: "\\S" },
                      message: 'must match pattern "\\S"',
                      schema: "\\S",
                      parentSchema: schema11.properties.previews.anyOf[1].properties.users.anyOf[1].items,
                      data: data25
                    };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                } else {
                  const err62 = {
                    instancePath: instancePath + "/previews/users/" + i6,
                    schemaPath: "#/properties/previews/anyOf/1/properties/users/anyOf/1/items/type",
                    keyword: "type",
                    params: { type: "string" },
                    message: "must be string",
                    schema: schema11.properties.previews.anyOf[1].properties.users.anyOf[1].items.type,
                    parentSchema: schema11.properties.previews.anyOf[1].properties.users.anyOf[1].items,
                    data: data25
                  };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              }
              let i7 = data24.length;
              let j1;
              if (i7 > 1) {
                const indices1 = {};
                for (; i7--; ) {
                  let item1 = data24[i7];
                  if (typeof item1 !== "string") {
                    continue;
                  }
                  if (typeof indices1[item1] == "number") {
                    j1 = indices1[item1];
                    const err63 = {
                      instancePath: instancePath + "/previews/users",
                      schemaPath: "#/properties/previews/anyOf/1/properties/users/anyOf/1/uniqueItems",
                      keyword: "uniqueItems",
                      params: { i: i7, j: j1 },
                      message: "must NOT have duplicate items (items ## " + j1 + " and " + i7 + " are identical)",
                      schema: true,
                      parentSchema: schema11.properties.previews.anyOf[1].properties.users.anyOf[1],
                      data: data24
                    };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                    break;
                  }
                  indices1[item1] = i7;
                }
              }
            } else {
              const err64 = {
                instancePath: instancePath + "/previews/users",
                schemaPath: "#/properties/previews/anyOf/1/properties/users/anyOf/1/type",
                keyword: "type",
                params: { type: "array" },
                message: "must be array",
                schema: schema11.properties.previews.anyOf[1].properties.users.anyOf[1].type,
                parentSchema: schema11.properties.previews.anyOf[1].properties.users.anyOf[1],
                data: data24
              };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            var _valid3 = _errs90 === errors;
            valid23 = valid23 || _valid3;
          }
          if (!valid23) {
            const err65 = {
              instancePath: instancePath + "/previews/users",
              schemaPath: "#/properties/previews/anyOf/1/properties/users/anyOf",
              keyword: "anyOf",
              params: {},
              message: "must match a schema in anyOf",
              schema: schema11.properties.previews.anyOf[1].properties.users.anyOf,
              parentSchema: schema11.properties.previews.anyOf[1].properties.users,
              data: data24
            };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          } else {
            errors = _errs87;
            if (vErrors !== null) {
              if (_errs87) {
                vErrors.length = _errs87;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err66 = {
          instancePath: instancePath + "/previews",
          schemaPath: "#/properties/previews/anyOf/1/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema11.properties.previews.anyOf[1].type,
          parentSchema: schema11.properties.previews.anyOf[1],
          data: data21
        };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
      var _valid2 = _errs76 === errors;
      valid21 = valid21 || _valid2;
    }
    if (!valid21) {
      const err67 = {
        instancePath: instancePath + "/previews",
        schemaPath: "#/properties/previews/anyOf",
        keyword: "anyOf",
        params: {},
        message: "must match a schema in anyOf",
        schema: schema11.properties.previews.anyOf,
        parentSchema: schema11.properties.previews,
        data: data21
      };
      if (vErrors === null) {
        vErrors = [err67];
      } else {
        vErrors.push(err67);
      }
      errors++;
    } else {
      errors = _errs73;
      if (vErrors !== null) {
        if (_errs73) {
          vErrors.length = _errs73;
        } else {
          vErrors = null;
        }
      }
    }
    let data26 = data.realm;
    if (typeof data26 === "string") {
      if (!pattern19.test(data26)) {
        const err68 = {
          instancePath: instancePath + "/realm",
          schemaPath: "#/properties/realm/pattern",
          keyword: "pattern",
          params: { pattern: "^[ !#-\\[\\]-~]{1,128}$" },
          message: 'must match pattern "^[ !#-\\[\\]-~]{1,128}$"',
          schema: "^[ !#-\\[\\]-~]{1,128}$",
          parentSchema: schema11.properties.realm,
          data: data26
        };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    } else {
      const err69 = {
        instancePath: instancePath + "/realm",
        schemaPath: "#/properties/realm/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
        schema: schema11.properties.realm.type,
        parentSchema: schema11.properties.realm,
        data: data26
      };
      if (vErrors === null) {
        vErrors = [err69];
      } else {
        vErrors.push(err69);
      }
      errors++;
    }
    let data27 = data.edge;
    if (!(data27 === "lambda" || data27 === "function")) {
      const err70 = {
        instancePath: instancePath + "/edge",
        schemaPath: "#/properties/edge/enum",
        keyword: "enum",
        params: { allowedValues: schema11.properties.edge.enum },
        message: "must be equal to one of the allowed values",
        schema: schema11.properties.edge.enum,
        parentSchema: schema11.properties.edge,
        data: data27
      };
      if (vErrors === null) {
        vErrors = [err70];
      } else {
        vErrors.push(err70);
      }
      errors++;
    }
    let data28 = data.login;
    if (!(data28 === "form" || data28 === "basic")) {
      const err71 = {
        instancePath: instancePath + "/login",
        schemaPath: "#/properties/login/enum",
        keyword: "enum",
        params: { allowedValues: schema11.properties.login.enum },
        message: "must be equal to one of the allowed values",
        schema: schema11.properties.login.enum,
        parentSchema: schema11.properties.login,
        data: data28
      };
      if (vErrors === null) {
        vErrors = [err71];
      } else {
        vErrors.push(err71);
      }
      errors++;
    }
    let data29 = data["session-lifetime"];
    if (typeof data29 !== "string" && !(typeof data29 == "number" && !(data29 % 1) && !isNaN(data29) && isFinite(data29))) {
      const err72 = {
        instancePath: instancePath + "/session-lifetime",
        schemaPath: "#/properties/session-lifetime/type",
        keyword: "type",
        params: { type: schema11.properties["session-lifetime"].type },
        message: "must be string,integer",
        schema: schema11.properties["session-lifetime"].type,
        parentSchema: schema11.properties["session-lifetime"],
        data: data29
      };
      if (vErrors === null) {
        vErrors = [err72];
      } else {
        vErrors.push(err72);
      }
      errors++;
    }
    if (typeof data29 == "number" && isFinite(data29)) {
      if (data29 < 1 || isNaN(data29)) {
        const err73 = {
          instancePath: instancePath + "/session-lifetime",
          schemaPath: "#/properties/session-lifetime/minimum",
          keyword: "minimum",
          params: { comparison: ">=", limit: 1 },
          message: "must be >= 1",
          schema: 1,
          parentSchema: schema11.properties["session-lifetime"],
          data: data29
        };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (typeof data29 === "string") {
      if (!pattern16.test(data29)) {
        const err74 = {
          instancePath: instancePath + "/session-lifetime",
          schemaPath: "#/properties/session-lifetime/pattern",
          keyword: "pattern",
          params: { pattern: "^([0-9]+|([0-9]+[smhd])+)$" },
          message: 'must match pattern "^([0-9]+|([0-9]+[smhd])+)$"',
          schema: "^([0-9]+|([0-9]+[smhd])+)$",
          parentSchema: schema11.properties["session-lifetime"],
          data: data29
        };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    let data30 = data["edge-runtime"];
    if (!(data30 === "nodejs24.x" || data30 === "nodejs22.x")) {
      const err75 = {
        instancePath: instancePath + "/edge-runtime",
        schemaPath: "#/properties/edge-runtime/enum",
        keyword: "enum",
        params: { allowedValues: schema11.properties["edge-runtime"].enum },
        message: "must be equal to one of the allowed values",
        schema: schema11.properties["edge-runtime"].enum,
        parentSchema: schema11.properties["edge-runtime"],
        data: data30
      };
      if (vErrors === null) {
        vErrors = [err75];
      } else {
        vErrors.push(err75);
      }
      errors++;
    }
    let data31 = data["rate-limit"];
    const _errs109 = errors;
    let valid27 = false;
    const _errs110 = errors;
    if (!(typeof data31 == "number" && !(data31 % 1) && !isNaN(data31) && isFinite(data31))) {
      const err76 = {
        instancePath: instancePath + "/rate-limit",
        schemaPath: "#/properties/rate-limit/anyOf/0/type",
        keyword: "type",
        params: { type: "integer" },
        message: "must be integer",
        schema: schema11.properties["rate-limit"].anyOf[0].type,
        parentSchema: schema11.properties["rate-limit"].anyOf[0],
        data: data31
      };
      if (vErrors === null) {
        vErrors = [err76];
      } else {
        vErrors.push(err76);
      }
      errors++;
    }
    if (typeof data31 == "number" && isFinite(data31)) {
      if (data31 > 2e9 || isNaN(data31)) {
        const err77 = {
          instancePath: instancePath + "/rate-limit",
          schemaPath: "#/properties/rate-limit/anyOf/0/maximum",
          keyword: "maximum",
          params: { comparison: "<=", limit: 2e9 },
          message: "must be <= 2000000000",
          schema: 2e9,
          parentSchema: schema11.properties["rate-limit"].anyOf[0],
          data: data31
        };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
      if (data31 < 10 || isNaN(data31)) {
        const err78 = {
          instancePath: instancePath + "/rate-limit",
          schemaPath: "#/properties/rate-limit/anyOf/0/minimum",
          keyword: "minimum",
          params: { comparison: ">=", limit: 10 },
          message: "must be >= 10",
          schema: 10,
          parentSchema: schema11.properties["rate-limit"].anyOf[0],
          data: data31
        };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
    }
    var _valid4 = _errs110 === errors;
    valid27 = valid27 || _valid4;
    if (!valid27) {
      const _errs112 = errors;
      if (0 !== data31) {
        const err79 = {
          instancePath: instancePath + "/rate-limit",
          schemaPath: "#/properties/rate-limit/anyOf/1/const",
          keyword: "const",
          params: { allowedValue: 0 },
          message: "must be equal to constant",
          schema: 0,
          parentSchema: schema11.properties["rate-limit"].anyOf[1],
          data: data31
        };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
      var _valid4 = _errs112 === errors;
      valid27 = valid27 || _valid4;
      if (!valid27) {
        const _errs113 = errors;
        if ("off" !== data31) {
          const err80 = {
            instancePath: instancePath + "/rate-limit",
            schemaPath: "#/properties/rate-limit/anyOf/2/const",
            keyword: "const",
            params: { allowedValue: "off" },
            message: "must be equal to constant",
            schema: "off",
            parentSchema: schema11.properties["rate-limit"].anyOf[2],
            data: data31
          };
          if (vErrors === null) {
            vErrors = [err80];
          } else {
            vErrors.push(err80);
          }
          errors++;
        }
        var _valid4 = _errs113 === errors;
        valid27 = valid27 || _valid4;
      }
    }
    if (!valid27) {
      const err81 = {
        instancePath: instancePath + "/rate-limit",
        schemaPath: "#/properties/rate-limit/anyOf",
        keyword: "anyOf",
        params: {},
        message: "must match a schema in anyOf",
        schema: schema11.properties["rate-limit"].anyOf,
        parentSchema: schema11.properties["rate-limit"],
        data: data31
      };
      if (vErrors === null) {
        vErrors = [err81];
      } else {
        vErrors.push(err81);
      }
      errors++;
    } else {
      errors = _errs109;
      if (vErrors !== null) {
        if (_errs109) {
          vErrors.length = _errs109;
        } else {
          vErrors = null;
        }
      }
    }
    if (data["domain-name"] !== void 0) {
      let data32 = data["domain-name"];
      if (typeof data32 === "string") {
        if (!pattern21.test(data32)) {
          const err82 = {
            instancePath: instancePath + "/domain-name",
            schemaPath: "#/properties/domain-name/pattern",
            keyword: "pattern",
            params: {
              pattern: "^(?=.{1,253}$)(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"
            },
            message: 'must match pattern "^(?=.{1,253}$)(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"',
            schema: "^(?=.{1,253}$)(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$",
            parentSchema: schema11.properties["domain-name"],
            data: data32
          };
          if (vErrors === null) {
            vErrors = [err82];
          } else {
            vErrors.push(err82);
          }
          errors++;
        }
      } else {
        const err83 = {
          instancePath: instancePath + "/domain-name",
          schemaPath: "#/properties/domain-name/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema11.properties["domain-name"].type,
          parentSchema: schema11.properties["domain-name"],
          data: data32
        };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
    if (data["certificate-arn"] !== void 0) {
      let data33 = data["certificate-arn"];
      if (typeof data33 === "string") {
        if (!pattern22.test(data33)) {
          const err84 = {
            instancePath: instancePath + "/certificate-arn",
            schemaPath: "#/properties/certificate-arn/pattern",
            keyword: "pattern",
            params: {
              pattern: "^arn:aws[A-Za-z0-9-]*:acm:us-east-1:[0-9]{12}:certificate/[A-Za-z0-9_-]+$"
            },
            message: 'must match pattern "^arn:aws[A-Za-z0-9-]*:acm:us-east-1:[0-9]{12}:certificate/[A-Za-z0-9_-]+$"',
            schema: "^arn:aws[A-Za-z0-9-]*:acm:us-east-1:[0-9]{12}:certificate/[A-Za-z0-9_-]+$",
            parentSchema: schema11.properties["certificate-arn"],
            data: data33
          };
          if (vErrors === null) {
            vErrors = [err84];
          } else {
            vErrors.push(err84);
          }
          errors++;
        }
      } else {
        const err85 = {
          instancePath: instancePath + "/certificate-arn",
          schemaPath: "#/properties/certificate-arn/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema11.properties["certificate-arn"].type,
          parentSchema: schema11.properties["certificate-arn"],
          data: data33
        };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
    }
    let data34 = data["share-links"];
    if (typeof data34 !== "boolean") {
      const err86 = {
        instancePath: instancePath + "/share-links",
        schemaPath: "#/properties/share-links/type",
        keyword: "type",
        params: { type: "boolean" },
        message: "must be boolean",
        schema: schema11.properties["share-links"].type,
        parentSchema: schema11.properties["share-links"],
        data: data34
      };
      if (vErrors === null) {
        vErrors = [err86];
      } else {
        vErrors.push(err86);
      }
      errors++;
    }
    let data35 = data["audit-log"];
    if (typeof data35 !== "boolean") {
      const err87 = {
        instancePath: instancePath + "/audit-log",
        schemaPath: "#/properties/audit-log/type",
        keyword: "type",
        params: { type: "boolean" },
        message: "must be boolean",
        schema: schema11.properties["audit-log"].type,
        parentSchema: schema11.properties["audit-log"],
        data: data35
      };
      if (vErrors === null) {
        vErrors = [err87];
      } else {
        vErrors.push(err87);
      }
      errors++;
    }
    let data36 = data["trusted-pages"];
    if (typeof data36 !== "boolean") {
      const err88 = {
        instancePath: instancePath + "/trusted-pages",
        schemaPath: "#/properties/trusted-pages/type",
        keyword: "type",
        params: { type: "boolean" },
        message: "must be boolean",
        schema: schema11.properties["trusted-pages"].type,
        parentSchema: schema11.properties["trusted-pages"],
        data: data36
      };
      if (vErrors === null) {
        vErrors = [err88];
      } else {
        vErrors.push(err88);
      }
      errors++;
    }
    let data37 = data["audit-retention-days"];
    if (!(data37 === 1 || data37 === 3 || data37 === 5 || data37 === 7 || data37 === 14 || data37 === 30 || data37 === 60 || data37 === 90 || data37 === 120 || data37 === 150 || data37 === 180 || data37 === 365 || data37 === 400 || data37 === 545 || data37 === 731 || data37 === 1096 || data37 === 1827 || data37 === 2192 || data37 === 2557 || data37 === 2922 || data37 === 3288 || data37 === 3653)) {
      const err89 = {
        instancePath: instancePath + "/audit-retention-days",
        schemaPath: "#/properties/audit-retention-days/enum",
        keyword: "enum",
        params: { allowedValues: schema11.properties["audit-retention-days"].enum },
        message: "must be equal to one of the allowed values",
        schema: schema11.properties["audit-retention-days"].enum,
        parentSchema: schema11.properties["audit-retention-days"],
        data: data37
      };
      if (vErrors === null) {
        vErrors = [err89];
      } else {
        vErrors.push(err89);
      }
      errors++;
    }
    let data38 = data.invalidate;
    if (typeof data38 !== "boolean") {
      const err90 = {
        instancePath: instancePath + "/invalidate",
        schemaPath: "#/properties/invalidate/type",
        keyword: "type",
        params: { type: "boolean" },
        message: "must be boolean",
        schema: schema11.properties.invalidate.type,
        parentSchema: schema11.properties.invalidate,
        data: data38
      };
      if (vErrors === null) {
        vErrors = [err90];
      } else {
        vErrors.push(err90);
      }
      errors++;
    }
    let data39 = data["wait-for-invalidation"];
    if (typeof data39 !== "boolean") {
      const err91 = {
        instancePath: instancePath + "/wait-for-invalidation",
        schemaPath: "#/properties/wait-for-invalidation/type",
        keyword: "type",
        params: { type: "boolean" },
        message: "must be boolean",
        schema: schema11.properties["wait-for-invalidation"].type,
        parentSchema: schema11.properties["wait-for-invalidation"],
        data: data39
      };
      if (vErrors === null) {
        vErrors = [err91];
      } else {
        vErrors.push(err91);
      }
      errors++;
    }
    let data40 = data["invalidation-timeout"];
    if (typeof data40 !== "string" && !(typeof data40 == "number" && !(data40 % 1) && !isNaN(data40) && isFinite(data40))) {
      const err92 = {
        instancePath: instancePath + "/invalidation-timeout",
        schemaPath: "#/properties/invalidation-timeout/type",
        keyword: "type",
        params: { type: schema11.properties["invalidation-timeout"].type },
        message: "must be string,integer",
        schema: schema11.properties["invalidation-timeout"].type,
        parentSchema: schema11.properties["invalidation-timeout"],
        data: data40
      };
      if (vErrors === null) {
        vErrors = [err92];
      } else {
        vErrors.push(err92);
      }
      errors++;
    }
    if (typeof data40 == "number" && isFinite(data40)) {
      if (data40 < 1 || isNaN(data40)) {
        const err93 = {
          instancePath: instancePath + "/invalidation-timeout",
          schemaPath: "#/properties/invalidation-timeout/minimum",
          keyword: "minimum",
          params: { comparison: ">=", limit: 1 },
          message: "must be >= 1",
          schema: 1,
          parentSchema: schema11.properties["invalidation-timeout"],
          data: data40
        };
        if (vErrors === null) {
          vErrors = [err93];
        } else {
          vErrors.push(err93);
        }
        errors++;
      }
    }
    if (typeof data40 === "string") {
      if (!pattern16.test(data40)) {
        const err94 = {
          instancePath: instancePath + "/invalidation-timeout",
          schemaPath: "#/properties/invalidation-timeout/pattern",
          keyword: "pattern",
          params: { pattern: "^([0-9]+|([0-9]+[smhd])+)$" },
          message: 'must match pattern "^([0-9]+|([0-9]+[smhd])+)$"',
          schema: "^([0-9]+|([0-9]+[smhd])+)$",
          parentSchema: schema11.properties["invalidation-timeout"],
          data: data40
        };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
    let data41 = data.verify;
    if (!(data41 === "git" || data41 === "full")) {
      const err95 = {
        instancePath: instancePath + "/verify",
        schemaPath: "#/properties/verify/enum",
        keyword: "enum",
        params: { allowedValues: schema11.properties.verify.enum },
        message: "must be equal to one of the allowed values",
        schema: schema11.properties.verify.enum,
        parentSchema: schema11.properties.verify,
        data: data41
      };
      if (vErrors === null) {
        vErrors = [err95];
      } else {
        vErrors.push(err95);
      }
      errors++;
    }
    let data42 = data["verify-stacks"];
    if (typeof data42 !== "boolean") {
      const err96 = {
        instancePath: instancePath + "/verify-stacks",
        schemaPath: "#/properties/verify-stacks/type",
        keyword: "type",
        params: { type: "boolean" },
        message: "must be boolean",
        schema: schema11.properties["verify-stacks"].type,
        parentSchema: schema11.properties["verify-stacks"],
        data: data42
      };
      if (vErrors === null) {
        vErrors = [err96];
      } else {
        vErrors.push(err96);
      }
      errors++;
    }
    let data43 = data.concurrency;
    if (!(typeof data43 == "number" && !(data43 % 1) && !isNaN(data43) && isFinite(data43))) {
      const err97 = {
        instancePath: instancePath + "/concurrency",
        schemaPath: "#/properties/concurrency/type",
        keyword: "type",
        params: { type: "integer" },
        message: "must be integer",
        schema: schema11.properties.concurrency.type,
        parentSchema: schema11.properties.concurrency,
        data: data43
      };
      if (vErrors === null) {
        vErrors = [err97];
      } else {
        vErrors.push(err97);
      }
      errors++;
    }
    if (typeof data43 == "number" && isFinite(data43)) {
      if (data43 > 256 || isNaN(data43)) {
        const err98 = {
          instancePath: instancePath + "/concurrency",
          schemaPath: "#/properties/concurrency/maximum",
          keyword: "maximum",
          params: { comparison: "<=", limit: 256 },
          message: "must be <= 256",
          schema: 256,
          parentSchema: schema11.properties.concurrency,
          data: data43
        };
        if (vErrors === null) {
          vErrors = [err98];
        } else {
          vErrors.push(err98);
        }
        errors++;
      }
      if (data43 < 1 || isNaN(data43)) {
        const err99 = {
          instancePath: instancePath + "/concurrency",
          schemaPath: "#/properties/concurrency/minimum",
          keyword: "minimum",
          params: { comparison: ">=", limit: 1 },
          message: "must be >= 1",
          schema: 1,
          parentSchema: schema11.properties.concurrency,
          data: data43
        };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
    }
    let data44 = data["stack-timeout"];
    if (typeof data44 !== "string" && !(typeof data44 == "number" && !(data44 % 1) && !isNaN(data44) && isFinite(data44))) {
      const err100 = {
        instancePath: instancePath + "/stack-timeout",
        schemaPath: "#/properties/stack-timeout/type",
        keyword: "type",
        params: { type: schema11.properties["stack-timeout"].type },
        message: "must be string,integer",
        schema: schema11.properties["stack-timeout"].type,
        parentSchema: schema11.properties["stack-timeout"],
        data: data44
      };
      if (vErrors === null) {
        vErrors = [err100];
      } else {
        vErrors.push(err100);
      }
      errors++;
    }
    if (typeof data44 == "number" && isFinite(data44)) {
      if (data44 < 1 || isNaN(data44)) {
        const err101 = {
          instancePath: instancePath + "/stack-timeout",
          schemaPath: "#/properties/stack-timeout/minimum",
          keyword: "minimum",
          params: { comparison: ">=", limit: 1 },
          message: "must be >= 1",
          schema: 1,
          parentSchema: schema11.properties["stack-timeout"],
          data: data44
        };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
    }
    if (typeof data44 === "string") {
      if (!pattern16.test(data44)) {
        const err102 = {
          instancePath: instancePath + "/stack-timeout",
          schemaPath: "#/properties/stack-timeout/pattern",
          keyword: "pattern",
          params: { pattern: "^([0-9]+|([0-9]+[smhd])+)$" },
          message: 'must match pattern "^([0-9]+|([0-9]+[smhd])+)$"',
          schema: "^([0-9]+|([0-9]+[smhd])+)$",
          parentSchema: schema11.properties["stack-timeout"],
          data: data44
        };
        if (vErrors === null) {
          vErrors = [err102];
        } else {
          vErrors.push(err102);
        }
        errors++;
      }
    }
    let data45 = data["permissions-boundary"];
    if (typeof data45 === "string") {
      if (!pattern25.test(data45)) {
        const err103 = {
          instancePath: instancePath + "/permissions-boundary",
          schemaPath: "#/properties/permissions-boundary/pattern",
          keyword: "pattern",
          params: {
            pattern: "^(auto|none|arn:aws[A-Za-z0-9-]*:iam::[0-9]{12}:policy/[A-Za-z0-9_+=,.@/-]+)$"
          },
          message: 'must match pattern "^(auto|none|arn:aws[A-Za-z0-9-]*:iam::[0-9]{12}:policy/[A-Za-z0-9_+=,.@/-]+)$"',
          schema: "^(auto|none|arn:aws[A-Za-z0-9-]*:iam::[0-9]{12}:policy/[A-Za-z0-9_+=,.@/-]+)$",
          parentSchema: schema11.properties["permissions-boundary"],
          data: data45
        };
        if (vErrors === null) {
          vErrors = [err103];
        } else {
          vErrors.push(err103);
        }
        errors++;
      }
    } else {
      const err104 = {
        instancePath: instancePath + "/permissions-boundary",
        schemaPath: "#/properties/permissions-boundary/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
        schema: schema11.properties["permissions-boundary"].type,
        parentSchema: schema11.properties["permissions-boundary"],
        data: data45
      };
      if (vErrors === null) {
        vErrors = [err104];
      } else {
        vErrors.push(err104);
      }
      errors++;
    }
    let data46 = data["cloudformation-role"];
    if (typeof data46 === "string") {
      if (!pattern26.test(data46)) {
        const err105 = {
          instancePath: instancePath + "/cloudformation-role",
          schemaPath: "#/properties/cloudformation-role/pattern",
          keyword: "pattern",
          params: { pattern: "^(auto|none|arn:aws:iam::[0-9]{12}:role/[A-Za-z0-9_+=,.@/-]+)$" },
          message: 'must match pattern "^(auto|none|arn:aws:iam::[0-9]{12}:role/[A-Za-z0-9_+=,.@/-]+)$"',
          schema: "^(auto|none|arn:aws:iam::[0-9]{12}:role/[A-Za-z0-9_+=,.@/-]+)$",
          parentSchema: schema11.properties["cloudformation-role"],
          data: data46
        };
        if (vErrors === null) {
          vErrors = [err105];
        } else {
          vErrors.push(err105);
        }
        errors++;
      }
    } else {
      const err106 = {
        instancePath: instancePath + "/cloudformation-role",
        schemaPath: "#/properties/cloudformation-role/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
        schema: schema11.properties["cloudformation-role"].type,
        parentSchema: schema11.properties["cloudformation-role"],
        data: data46
      };
      if (vErrors === null) {
        vErrors = [err106];
      } else {
        vErrors.push(err106);
      }
      errors++;
    }
    if (data.bucket !== void 0) {
      let data47 = data.bucket;
      if (typeof data47 === "string") {
        if (!pattern27.test(data47)) {
          const err107 = {
            instancePath: instancePath + "/bucket",
            schemaPath: "#/properties/bucket/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$" },
            message: 'must match pattern "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"',
            schema: "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$",
            parentSchema: schema11.properties.bucket,
            data: data47
          };
          if (vErrors === null) {
            vErrors = [err107];
          } else {
            vErrors.push(err107);
          }
          errors++;
        }
      } else {
        const err108 = {
          instancePath: instancePath + "/bucket",
          schemaPath: "#/properties/bucket/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema11.properties.bucket.type,
          parentSchema: schema11.properties.bucket,
          data: data47
        };
        if (vErrors === null) {
          vErrors = [err108];
        } else {
          vErrors.push(err108);
        }
        errors++;
      }
    }
    if (data["distribution-id"] !== void 0) {
      let data48 = data["distribution-id"];
      if (typeof data48 === "string") {
        if (!pattern28.test(data48)) {
          const err109 = {
            instancePath: instancePath + "/distribution-id",
            schemaPath: "#/properties/distribution-id/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Z0-9]{8,20}$" },
            message: 'must match pattern "^[A-Z0-9]{8,20}$"',
            schema: "^[A-Z0-9]{8,20}$",
            parentSchema: schema11.properties["distribution-id"],
            data: data48
          };
          if (vErrors === null) {
            vErrors = [err109];
          } else {
            vErrors.push(err109);
          }
          errors++;
        }
      } else {
        const err110 = {
          instancePath: instancePath + "/distribution-id",
          schemaPath: "#/properties/distribution-id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema11.properties["distribution-id"].type,
          parentSchema: schema11.properties["distribution-id"],
          data: data48
        };
        if (vErrors === null) {
          vErrors = [err110];
        } else {
          vErrors.push(err110);
        }
        errors++;
      }
    }
  } else {
    const err111 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema11.type,
      parentSchema: schema11,
      data
    };
    if (vErrors === null) {
      vErrors = [err111];
    } else {
      vErrors.push(err111);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var SITE_SETTINGS = Object.freeze([
  "stack-name",
  "region",
  "content-dir",
  "exclude",
  "cache-control",
  "delete",
  "max-delete",
  "listing",
  "users",
  "access",
  "automation-tokens",
  "previews",
  "realm",
  "edge",
  "login",
  "session-lifetime",
  "edge-runtime",
  "rate-limit",
  "domain-name",
  "certificate-arn",
  "share-links",
  "audit-log",
  "trusted-pages",
  "audit-retention-days",
  "invalidate",
  "wait-for-invalidation",
  "invalidation-timeout",
  "verify",
  "verify-stacks",
  "concurrency",
  "stack-timeout",
  "permissions-boundary",
  "cloudformation-role",
  "bucket",
  "distribution-id"
]);

// src/site/errors.ts
var MAX_ISSUES = 20;
var SiteFileError = class extends Error {
  constructor(file, issues) {
    super(formatIssues(file, issues));
    this.file = file;
    this.issues = issues;
    this.name = "SiteFileError";
  }
  file;
  issues;
};
function keyPath(path11) {
  return path11.map((segment, i) => {
    if (typeof segment === "number") return `[${segment}]`;
    if (/^[A-Za-z0-9_-]+$/.test(segment)) return i === 0 ? segment : `.${segment}`;
    return `[${JSON.stringify(segment)}]`;
  }).join("");
}
function formatIssue(file, issue) {
  const where2 = issue.line === void 0 ? file : `${file}:${issue.line}`;
  const key = issue.path.length === 0 ? "" : `${keyPath(issue.path)}: `;
  return `${where2}: ${key}${issue.message}`;
}
function formatIssues(file, issues) {
  const sorted = [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (sorted.length === 1 && sorted[0] !== void 0) return formatIssue(file, sorted[0]);
  const shown = sorted.slice(0, MAX_ISSUES).map((i) => formatIssue(file, i));
  const more = sorted.length - shown.length;
  return [
    `${file}: ${sorted.length} problems`,
    ...shown,
    ...more > 0 ? [`\u2026 and ${more} more`] : []
  ].join("\n");
}
function quote(value) {
  const text2 = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  const short = text2.length > 60 ? `${text2.slice(0, 57)}...` : text2;
  return typeof value === "string" ? `'${short}'` : short;
}
var DocumentLines = class {
  constructor(doc, lines2) {
    this.doc = doc;
    this.lines = lines2;
  }
  doc;
  lines;
  lineOf(node) {
    const offset = node?.range?.[0];
    return offset === void 0 ? void 0 : this.lines.linePos(offset).line;
  }
  /**
   * The line of the value at `path`, or of the deepest part of the path that exists; undefined
   * when not even its first key is in the file (a setting that is missing).
   */
  line(path11, at = "value") {
    let node = this.doc.contents;
    let line = path11.length === 0 ? this.lineOf(this.doc.contents) : void 0;
    for (const [i, segment] of path11.entries()) {
      const last = i === path11.length - 1;
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment)
        );
        if (pair === void 0) return line;
        const keyLine = isScalar(pair.key) ? this.lineOf(pair.key) : void 0;
        if (last && at === "key") return keyLine ?? line;
        node = pair.value;
        line = (isScalar(node) || isMap(node) || isSeq(node) ? this.lineOf(node) : void 0) ?? keyLine ?? line;
      } else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment];
        if (item === void 0) return line;
        node = item;
        line = (isScalar(item) || isMap(item) || isSeq(item) ? this.lineOf(item) : void 0) ?? line;
      } else {
        return line;
      }
    }
    return line;
  }
};
function segmentsOf(instancePath, data) {
  if (instancePath === "") return [];
  const out = [];
  let node = data;
  for (const raw of instancePath.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node) && /^\d+$/.test(segment)) {
      out.push(Number(segment));
      node = node[Number(segment)];
    } else {
      out.push(segment);
      node = typeof node === "object" && node !== null ? Reflect.get(node, segment) : void 0;
    }
  }
  return out;
}
function allowedOf(error) {
  const fromSchema = error.parentSchema?.["x-allowed"];
  if (typeof fromSchema === "string") return fromSchema;
  const params = error.params;
  switch (error.keyword) {
    case "type": {
      const type = String(params.type);
      if (type === "boolean") return "true or false";
      if (type === "integer") return "a whole number";
      if (type === "array") return "a list";
      if (type === "object") return "a map of settings";
      return `a ${type.replace(/,/g, " or a ")}`;
    }
    case "enum":
      return Array.isArray(params.allowedValues) ? params.allowedValues.join(", ") : "one of the listed values";
    case "pattern":
      return "a value that isn't blank";
    default:
      return error.message ?? error.keyword;
  }
}
function closestSetting(key) {
  let best;
  for (const name of SITE_SETTINGS) {
    const distance = editDistance(key.toLowerCase(), name);
    if (distance <= 3 && (best === void 0 || distance < best.distance))
      best = { name, distance };
  }
  return best?.name;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
function schemaIssues(errors, data, lines2) {
  const alternatives = errors.filter((e) => e.keyword === "anyOf").map((e) => `${e.schemaPath}/`);
  const kept = errors.filter((e) => !alternatives.some((p) => e.schemaPath.startsWith(p)));
  const seen = /* @__PURE__ */ new Set();
  const issues = [];
  for (const error of kept) {
    const path11 = segmentsOf(error.instancePath, data);
    const params = error.params;
    if (error.keyword === "additionalProperties") {
      const key = String(params.additionalProperty);
      const keyPathOf = [...path11, key];
      issues.push({
        line: lines2.line(keyPathOf, "key"),
        path: keyPathOf,
        message: unknownSettingMessage(key)
      });
      continue;
    }
    const id = JSON.stringify(path11);
    if (seen.has(id)) continue;
    seen.add(id);
    if (error.keyword === "uniqueItems" && Array.isArray(error.data)) {
      const again = Math.max(Number(params.i), Number(params.j));
      const at = [...path11, again];
      issues.push({
        line: lines2.line(at),
        path: at,
        message: `${quote(error.data[again])} is listed twice`
      });
      continue;
    }
    issues.push({
      line: lines2.line(path11),
      path: path11,
      message: `got ${quote(error.data)}; allowed: ${allowedOf(error)}`
    });
  }
  return issues;
}
function unknownSettingMessage(key) {
  if (RUN_INPUTS.some((name) => name === key)) {
    return `an input of the action's step (it belongs to one run), not a setting of the site: pass it with \`with:\` in the workflow${key === "basic-auth-users" ? " (from a secret: passwords never go in this file)" : ""}`;
  }
  const near = closestSetting(key);
  return `not a setting${near === void 0 ? "" : ` (did you mean '${near}'?)`}; allowed: ${SITE_SETTINGS.join(", ")}`;
}

// src/site/fingerprint.ts
var import_node_crypto4 = __toESM(require_node_crypto(), 1);
function siteFingerprint(doc, access) {
  const settings = { ...doc, access: access.map((rule) => [rule.key, rule.value]) };
  return (0, import_node_crypto4.createHash)("sha256").update(canonicalJson(settings), "utf8").digest("hex");
}
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

// src/site/rules.ts
var import_node_path = __toESM(require_node_path(), 1);

// src/site/access.ts
function accessNames(key) {
  return splitList(key).map((u) => u.normalize("NFC"));
}
function accessGlobs(value) {
  return typeof value === "string" ? splitList(value) : value.map((g) => g.trim());
}
function accessNamesProblem(names) {
  for (const user of names) {
    const problem = user === ANY_USER ? void 0 : userNameProblem(user);
    if (problem !== void 0) return `user name '${user}' ${problem}`;
  }
  return void 0;
}
function badAccessGlob(globs) {
  for (const glob of globs) {
    const problem = globProblem(glob);
    if (problem !== void 0) return { glob, problem };
  }
  return void 0;
}
function unknownAccessUsers(rule, users) {
  const known = new Set(users.map((u) => u.normalize("NFC")));
  return rule.users.filter((u) => u !== ANY_USER && !known.has(u));
}
function splitList(text2) {
  return text2.split(",").map((part) => part.trim()).filter((part) => part !== "");
}

// src/site/cache-control.ts
var DEFAULT_CACHE_CONTROL = [
  {
    pattern: "default: HTML (browsers revalidate; CloudFront keeps it until invalidated)",
    value: "private, no-cache",
    matches: (key) => /\.html?$/i.test(key)
  },
  {
    pattern: "default: fingerprinted assets (name-<hash>.ext)",
    value: "private, max-age=31536000, immutable",
    matches: (key) => isFingerprinted(key)
  },
  {
    pattern: "default: everything else",
    value: "private, max-age=300",
    matches: () => true
  }
];
function isFingerprinted(key) {
  const base = key.slice(key.lastIndexOf("/") + 1);
  const m = /[.-]([A-Za-z0-9_]{8,})\.[A-Za-z0-9]+$/.exec(base);
  if (!m || m[1] === void 0) return false;
  const hash = m[1];
  if (/^[0-9a-f]{8,}$/.test(hash)) return /\d/.test(hash);
  return hash.length <= 16 && /\d/.test(hash) && /[A-Za-z]/.test(hash);
}
function cacheControlRule(glob, rawValue) {
  const value = rawValue.trim();
  if (/[\u0000-\u001f\u007f]/.test(value))
    throw new Error("the value contains a control character");
  if (/\bpublic\b|\bs-maxage\b/i.test(value)) {
    throw new Error(
      `'${value}': the site is password-protected, so a shared cache must never keep its responses: use 'private' and 'max-age' (CloudFront keeps every object until it is invalidated anyway)`
    );
  }
  let matches2;
  try {
    matches2 = compileGlob(glob);
  } catch (e) {
    throw new Error(
      `'${glob}' is not a valid glob (${e instanceof Error ? e.message : String(e)})`,
      { cause: e }
    );
  }
  return { pattern: glob, value, matches: matches2 };
}

// src/site/rules.ts
var RENDERS_USERS = [
  void 0,
  "deploy",
  "plan",
  "rotate",
  "synth"
];
function siteFromDocument(doc, accessEntries, meta) {
  const issues = [];
  const attempt = (key, fallback, parse2) => {
    try {
      return parse2();
    } catch (e) {
      issues.push({ path: key, message: e instanceof Error ? e.message : String(e) });
      return fallback;
    }
  };
  const stackName = doc["stack-name"];
  const region = doc.region;
  const partition = partitionProblem(region);
  if (partition !== void 0) issues.push({ path: ["region"], message: partition });
  if (meta.command !== "sync" && meta.command !== "preview" && meta.command !== "preview-cleanup") {
    const problem = bucketNameProblem(stackName, region);
    if (problem !== void 0) issues.push({ path: ["stack-name"], message: problem });
  }
  doc.exclude.forEach((glob, i) => {
    attempt(["exclude", i], void 0, () => {
      try {
        compileGlob(glob);
      } catch (e) {
        throw new Error(
          `${quote(glob)} is not a valid glob (${e instanceof Error ? e.message : String(e)})`,
          { cause: e }
        );
      }
    });
  });
  const cacheControl = [];
  doc["cache-control"].forEach((rule, i) => {
    for (const [glob, value] of Object.entries(rule)) {
      attempt(["cache-control", i, glob], void 0, () => {
        cacheControl.push(cacheControlRule(glob.trim(), value));
      });
    }
  });
  const users = [];
  doc.users.forEach((raw, i) => {
    const user = raw.trim().normalize("NFC");
    if (user.includes(":")) {
      issues.push({
        path: ["users", i],
        message: "a user name cannot contain a colon; list only the names here: the passwords stay in a secret (basic-auth-users) or in AWS Secrets Manager"
      });
      return;
    }
    const problem = userNameProblem(user);
    if (problem !== void 0) {
      issues.push({ path: ["users", i], message: `user name ${quote(user)} ${problem}` });
    } else if (users.includes(user)) {
      issues.push({ path: ["users", i], message: `${quote(user)} is listed twice` });
    } else {
      users.push(user);
    }
  });
  if (doc.users.length === 0 && doc.edge === "lambda" && RENDERS_USERS.includes(meta.command)) {
    issues.push({
      path: ["users"],
      at: "key",
      message: "lists no user: the edge function lets in only the users named here; list their names (users: [alice, bob]), never their passwords"
    });
  }
  if (doc.users.length === 0 && doc.edge === "function" && meta.command === "rotate") {
    issues.push({
      path: ["users"],
      at: "key",
      message: "lists no user: rotate gives the users named here their passwords; list their names (users: [alice, bob])"
    });
  }
  const access = [];
  for (const entry of accessEntries) {
    const where2 = ["access", entry.key];
    const names = accessNames(entry.key);
    const globs = accessGlobs(entry.value);
    const problem = names.length === 0 ? "no user name" : accessNamesProblem(names);
    if (problem !== void 0) {
      issues.push({ path: where2, at: "key", message: problem });
      continue;
    }
    const bad = globs.length === 0 ? { glob: "", problem: "no glob" } : badAccessGlob(globs);
    if (bad !== void 0) {
      issues.push({
        path: where2,
        message: bad.glob === "" ? bad.problem : `${quote(bad.glob)} is not a valid glob (${bad.problem})`
      });
      continue;
    }
    const rule = { line: entry.line, users: names, globs };
    const unknown = unknownAccessUsers(rule, users);
    if (unknown.length > 0) {
      issues.push({
        path: where2,
        at: "key",
        message: `no user is named ${unknown.map((u) => quote(u)).join(", ")}; allowed: the names of users (${users.length > 0 ? users.join(", ") : "none listed"}) or "*"`
      });
      continue;
    }
    access.push(rule);
  }
  const automationTokens = [];
  for (const [raw, settings] of Object.entries(doc["automation-tokens"])) {
    const where2 = ["automation-tokens", raw];
    const name = raw.trim().normalize("NFC");
    const problem = userNameProblem(name);
    if (problem !== void 0) {
      issues.push({ path: where2, at: "key", message: `token name ${quote(name)} ${problem}` });
      continue;
    }
    if (automationTokens.some((t) => t.name === name)) {
      issues.push({ path: where2, at: "key", message: `${quote(name)} is listed twice` });
      continue;
    }
    const globs = settings?.access === void 0 ? void 0 : accessGlobs(settings.access);
    const bad = globs === void 0 ? void 0 : globs.length === 0 ? { glob: "", problem: "no glob" } : badAccessGlob(globs);
    if (bad !== void 0) {
      issues.push({
        path: [...where2, "access"],
        message: bad.glob === "" ? bad.problem : `${quote(bad.glob)} is not a valid glob (${bad.problem})`
      });
      continue;
    }
    const expiresText = settings?.expires;
    const expires = expiresText === void 0 ? void 0 : attempt([...where2, "expires"], void 0, () => parseExpiry(expiresText));
    automationTokens.push({ name, globs, expires });
  }
  const domainName = doc["domain-name"];
  const certificateArn = doc["certificate-arn"];
  if (domainName === void 0 !== (certificateArn === void 0)) {
    issues.push({
      path: [domainName === void 0 ? "certificate-arn" : "domain-name"],
      at: "key",
      message: "domain-name and certificate-arn go together: set both or neither"
    });
  }
  if (doc.edge === "function" && doc["share-links"]) {
    issues.push({
      path: ["share-links"],
      message: "share links need `edge: lambda` in this version (the CloudFront Functions runtime has no share hook yet)"
    });
  }
  if (doc.edge === "function" && doc["audit-log"]) {
    issues.push({
      path: ["audit-log"],
      message: "the audit trail needs `edge: lambda` in this version (the CloudFront Functions runtime does not write audit lines yet)"
    });
  }
  const maxDelete = attempt(
    ["max-delete"],
    { kind: "count", count: 0 },
    () => parseMaxDelete(doc["max-delete"])
  );
  const invalidationTimeoutSeconds = attempt(
    ["invalidation-timeout"],
    0,
    () => parseDuration(doc["invalidation-timeout"])
  );
  const stackTimeoutSeconds = attempt(
    ["stack-timeout"],
    0,
    () => parseDuration(doc["stack-timeout"])
  );
  const rateLimit = attempt(["rate-limit"], 0, () => parseRateLimit(doc["rate-limit"]));
  const sessionLifetimeSeconds = attempt(
    ["session-lifetime"],
    0,
    () => parseDuration(doc["session-lifetime"], { maxSeconds: MAX_SESSION_LIFETIME_SECONDS })
  );
  const previews = previewsFromDocument(doc, users, issues, attempt);
  if (issues.length > 0) return { site: void 0, issues };
  const contentDirInput = doc["content-dir"];
  return {
    issues: [],
    site: {
      file: meta.file,
      fingerprint: meta.fingerprint,
      stackName,
      region,
      contentDir: import_node_path.default.resolve(meta.workspace, contentDirInput),
      contentDirInput,
      workspace: meta.workspace,
      exclude: doc.exclude,
      cacheControl: [...cacheControl, ...DEFAULT_CACHE_CONTROL],
      delete: doc.delete,
      maxDelete,
      listing: doc.listing,
      users,
      access,
      automationTokens,
      previews,
      realm: doc.realm,
      edge: doc.edge,
      login: doc.login,
      sessionLifetimeSeconds,
      edgeRuntime: doc["edge-runtime"],
      rateLimit,
      domainName,
      certificateArn,
      shareLinks: doc["share-links"],
      auditLog: doc["audit-log"],
      trustedPages: doc["trusted-pages"],
      auditRetentionDays: doc["audit-retention-days"],
      invalidate: doc.invalidate,
      waitForInvalidation: doc["wait-for-invalidation"],
      invalidationTimeoutSeconds,
      verify: doc.verify,
      verifyStacks: doc["verify-stacks"],
      concurrency: doc.concurrency,
      stackTimeoutSeconds,
      permissionsBoundary: doc["permissions-boundary"],
      cloudFormationRole: doc["cloudformation-role"],
      bucket: doc.bucket,
      distributionId: doc["distribution-id"]
    }
  };
}
function previewsFromDocument(doc, users, issues, attempt) {
  const raw = doc.previews;
  if (raw === false) return void 0;
  const settings = raw === true ? {} : raw;
  const expireText = settings["expire-after"];
  const expireAfterSeconds = expireText === void 0 ? DEFAULT_PREVIEW_EXPIRY_SECONDS : attempt(
    ["previews", "expire-after"],
    0,
    () => parseDuration(expireText, { maxSeconds: MAX_PREVIEW_EXPIRY_SECONDS })
  );
  const rawUsers = settings.users ?? "*";
  let previewUsers = "*";
  if (rawUsers !== "*") {
    const names = (typeof rawUsers === "string" ? [rawUsers] : rawUsers).map(
      (n) => n.trim().normalize("NFC")
    );
    const unknown = names.filter((n) => n !== "*" && !users.includes(n));
    if (names.includes("*") && names.length > 1) {
      issues.push({
        path: ["previews", "users"],
        message: '"*" already means every user of the site: list names or "*", not both'
      });
    } else if (unknown.length > 0) {
      issues.push({
        path: ["previews", "users"],
        message: `no user is named ${unknown.map((u) => quote(u)).join(", ")}; allowed: the names of users (${users.length > 0 ? users.join(", ") : "none listed"}) or "*"`
      });
    } else {
      previewUsers = names.includes("*") ? "*" : names;
    }
  }
  const domain = settings.domain?.toLowerCase();
  if (domain !== void 0 && doc["certificate-arn"] === void 0) {
    issues.push({
      path: ["previews", "domain"],
      message: `a preview domain needs domain-name and certificate-arn: the distribution gets the alias *.${domain}, and certificate-arn must name a certificate that covers it`
    });
  }
  return { domain, expireAfterSeconds, users: previewUsers };
}
function partitionProblem(region) {
  const partition = /^cn-/.test(region) ? "the aws-cn (China) partition" : /^us-gov-/.test(region) ? "the aws-us-gov (GovCloud) partition" : /^[a-z]{2}-iso[a-z]*-/.test(region) ? "an ISO partition" : void 0;
  if (partition === void 0) return void 0;
  return `'${region}' is in ${partition}, not the standard aws partition. The edge function (Lambda@Edge) must live in us-east-1 of the same partition as the distribution, and Lambda@Edge exists only in the standard aws partition: pick a region such as eu-central-1`;
}
function bucketNameProblem(stackName, region) {
  const max = maxStackNameForRegion(region);
  if (stackName.length > max) {
    return `'${stackName}' is ${stackName.length} characters; in ${region} at most ${max} fit, because the site bucket is named '<stack-name>-site-<account id>-${region}' and S3 bucket names are at most ${BUCKET_NAME_LIMIT} characters`;
  }
  if (stackName !== stackName.toLowerCase()) {
    return `'${stackName}' has upper-case letters; the site bucket is named after it and S3 bucket names are lower case`;
  }
  return void 0;
}

// src/site/load.ts
var HOW_TO_GET_ONE = `describe the site there (\`${CLI_COMMAND} init\` writes one), or point the \`config\` input at the file that does`;
function loadSite(config, ctx) {
  const absolute = import_node_path2.default.resolve(ctx.workspace, config);
  let text2;
  try {
    text2 = (0, import_node_fs.readFileSync)(absolute, "utf8");
  } catch (e) {
    const code = typeof e === "object" && e !== null && "code" in e ? e.code : void 0;
    if (code === "ENOENT") {
      throw new SiteFileError(config, [
        {
          line: void 0,
          path: [],
          message: `no such file in the workspace (${absolute}): ${HOW_TO_GET_ONE}`
        }
      ]);
    }
    throw new SiteFileError(config, [
      {
        line: void 0,
        path: [],
        message: `cannot be read (${e instanceof Error ? e.message : String(e)})`
      }
    ]);
  }
  return parseSite(text2, config, ctx);
}
function parseSite(text2, file, ctx) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text2, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new SiteFileError(
      file,
      doc.errors.map((e) => ({
        line: e.linePos?.[0].line,
        path: [],
        // yaml's message ends with " at line L, column C:" and a code frame: the line is ours.
        message: `not valid YAML: ${(e.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "")}`
      }))
    );
  }
  const lines2 = new DocumentLines(doc, lineCounter);
  const data = doc.contents === null ? {} : doc.toJS();
  if (!validate(data)) {
    throw new SiteFileError(file, schemaIssues(validate.errors ?? [], data, lines2));
  }
  const accessNode = doc.get("access", true);
  const access = isMap(accessNode) ? accessNode.items.flatMap((pair) => {
    if (!isPair(pair) || !isScalar(pair.key)) return [];
    const key = String(pair.key.value);
    const value = data.access[key];
    return value === void 0 ? [] : [{ key, value, line: lines2.line(["access", key], "key") ?? 0 }];
  }) : [];
  const built = siteFromDocument(data, access, {
    file,
    workspace: import_node_path2.default.resolve(ctx.workspace),
    command: ctx.command,
    fingerprint: siteFingerprint(data, access)
  });
  if (built.site === void 0) {
    throw new SiteFileError(
      file,
      built.issues.map((i) => ({
        line: lines2.line(i.path, i.at ?? "value"),
        path: i.path,
        message: i.message
      }))
    );
  }
  return built.site;
}

// src/sandbox/sandbox.ts
var import_node_crypto13 = __toESM(require_node_crypto(), 1);

// src/edge/function/events.ts
function isFunctionResponse(result) {
  return "statusCode" in result;
}
function isFunctionResult(value) {
  if (typeof value !== "object" || value === null) return false;
  if ("statusCode" in value) return typeof value.statusCode === "number";
  return "uri" in value && typeof value.uri === "string" && "headers" in value;
}

// src/edge/function/as-edge-handler.ts
function add(values, name, value) {
  const existing = values[name];
  if (existing === void 0) values[name] = { value };
  else existing.multiValue = [...existing.multiValue ?? [{ value: existing.value }], { value }];
}
function each(values, visit3) {
  for (const [name, v] of Object.entries(values)) {
    for (const item of v.multiValue ?? [{ value: v.value }]) visit3(name, item.value);
  }
}
function functionEventOf(request, distribution, eventType = "viewer-request") {
  const headers = {};
  const cookies = {};
  for (const [name, list2] of Object.entries(request.headers)) {
    for (const header of list2) {
      if (name !== "cookie") {
        add(headers, name, header.value);
        continue;
      }
      for (const pair of header.value.split(";")) {
        const equals = pair.indexOf("=");
        if (equals > 0) add(cookies, pair.slice(0, equals).trim(), pair.slice(equals + 1).trim());
      }
    }
  }
  const querystring = {};
  for (const pair of request.querystring === "" ? [] : request.querystring.split("&")) {
    const equals = pair.indexOf("=");
    add(
      querystring,
      equals < 0 ? pair : pair.slice(0, equals),
      equals < 0 ? "" : pair.slice(equals + 1)
    );
  }
  return {
    version: "1.0",
    context: {
      distributionDomainName: distribution,
      distributionId: "ESANDBOX",
      eventType,
      requestId: "sandbox"
    },
    viewer: { ip: request.clientIp },
    request: { method: request.method, uri: request.uri, querystring, headers, cookies }
  };
}
function functionAsEdgeHandler(viewer, response, login) {
  return async (event) => {
    const cf = event.Records[0]?.cf;
    if (cf === void 0) throw new Error("function adapter: an event without a record");
    if (cf.config.eventType === "origin-response" && "response" in cf) {
      const response2 = cf.response;
      return {
        status: response2.status,
        statusDescription: response2.statusDescription,
        headers: response2.headers
      };
    }
    if (cf.config.eventType === "viewer-response" && "response" in cf) {
      return viewerResponse(response, cf.request, cf.response, cf.config.distributionDomainName);
    }
    const request = cf.request;
    const handler = login !== void 0 && (request.uri === LOGIN_PATH || request.uri === LOGOUT_PATH) ? login : viewer;
    const result = await handler(functionEventOf(request, cf.config.distributionDomainName));
    const headers = {};
    if (isFunctionResponse(result)) {
      each(result.headers ?? {}, (name, value) => (headers[name] ??= []).push({ value }));
      for (const [name, cookie] of Object.entries(result.cookies ?? {})) {
        const attributes = cookie.attributes === void 0 ? "" : `; ${cookie.attributes}`;
        (headers["set-cookie"] ??= []).push({ value: `${name}=${cookie.value}${attributes}` });
      }
      return {
        status: String(result.statusCode),
        statusDescription: result.statusDescription ?? "",
        headers,
        body: result.body?.data ?? "",
        bodyEncoding: result.body?.encoding === "base64" ? "base64" : "text"
      };
    }
    each(result.headers, (name, value) => (headers[name] ??= []).push({ value }));
    const cookies = [];
    each(result.cookies, (name, value) => cookies.push(`${name}=${value}`));
    if (cookies.length > 0) headers.cookie = [{ value: cookies.join("; ") }];
    const query = [];
    each(result.querystring, (name, value) => query.push(value === "" ? name : `${name}=${value}`));
    return {
      clientIp: request.clientIp,
      method: result.method,
      uri: result.uri,
      querystring: query.join("&"),
      headers
    };
  };
}
async function viewerResponse(handler, request, response, distribution) {
  const values = {};
  for (const [name, list2] of Object.entries(response.headers)) {
    for (const header of list2) add(values, name, header.value);
  }
  const result = await handler({
    ...functionEventOf(request, distribution, "viewer-response"),
    response: {
      statusCode: Number(response.status),
      statusDescription: response.statusDescription,
      headers: values
    }
  });
  if (!isFunctionResponse(result))
    throw new Error("function adapter: viewer-response returned a request");
  const headers = {};
  each(result.headers ?? {}, (name, value) => (headers[name] ??= []).push({ value }));
  return {
    status: String(result.statusCode),
    statusDescription: result.statusDescription ?? "",
    headers
  };
}

// src/edge/function/emulator.ts
var nodeCrypto2 = __toESM(require_node_crypto(), 1);
var vm = __toESM(require_node_vm(), 1);
function localKeyValueStore(entries = []) {
  const values = /* @__PURE__ */ new Map();
  for (const entry of entries) values.set(entry.key, entry.value);
  return { values, reads: 0 };
}
var REMOVED = `
  for (const name of ['Map', 'Set', 'WeakMap', 'WeakSet', 'WeakRef', 'FinalizationRegistry',
    'Proxy', 'Reflect', 'Intl', 'BigInt', 'SharedArrayBuffer', 'Atomics', 'WebAssembly']) {
    delete globalThis[name];
  }
  for (const name of ['normalize', 'matchAll', 'at', 'replaceAll', 'isWellFormed', 'toWellFormed']) {
    delete String.prototype[name];
  }
  for (const name of ['flat', 'flatMap', 'at', 'findLast', 'findLastIndex', 'toSorted',
    'toReversed', 'toSpliced', 'with']) {
    delete Array.prototype[name];
  }
  delete Object.fromEntries;
  delete Object.hasOwn;
  delete Object.groupBy;
`;
function digestOf(hash, encoding) {
  if (encoding !== "hex" && encoding !== "base64" && encoding !== "base64url") {
    throw new Error(
      `crypto emulation: digest(${String(encoding)}) \u2014 call digest with 'hex', 'base64' or 'base64url'`
    );
  }
  return hash.digest(encoding);
}
function cryptoModule(counters) {
  const wrap = (hash) => {
    const api = {
      update(data) {
        if (typeof data !== "string") throw new Error("crypto emulation: update() takes a string");
        hash.update(data, "utf8");
        return api;
      },
      digest(encoding) {
        return digestOf(hash, encoding);
      }
    };
    return api;
  };
  return {
    createHash(algorithm) {
      counters.hash += 1;
      return wrap(nodeCrypto2.createHash(algorithm));
    },
    createHmac(algorithm, key) {
      if (typeof key !== "string") throw new Error("crypto emulation: the HMAC key is a string");
      counters.hmac += 1;
      return wrap(nodeCrypto2.createHmac(algorithm, key));
    }
  };
}
var IMPORT_CLOUDFRONT = /^import cf from ['"]cloudfront['"];?\n/;
function loadFunctionFromSource(code, options) {
  if (!IMPORT_CLOUDFRONT.test(code)) {
    throw new Error("function emulation: the code must start with import cf from 'cloudfront'");
  }
  const script = code.replace(IMPORT_CLOUDFRONT, "");
  const store = options.store;
  const now = options.now;
  const log = options.log ?? (() => void 0);
  const context = vm.createContext({});
  vm.runInContext(REMOVED, context);
  const parse2 = vm.runInContext("JSON.parse", context);
  const toBytes = vm.runInContext(
    "(s) => Array.from(s, (c) => c.charCodeAt(0))",
    context
  );
  const read = (key) => {
    store.reads += 1;
    const value = typeof key === "string" ? store.values.get(key) : void 0;
    if (value === void 0) throw new Error(`KeyValueStore: key not found: ${String(key)}`);
    return value;
  };
  const kvs = {
    get(key, getOptions) {
      return new Promise((resolve3) => {
        const value = read(key);
        const format = getOptions?.format ?? "string";
        if (format === "json") resolve3(parse2(value));
        else if (format === "bytes") resolve3(toBytes(Buffer.from(value).toString("latin1")));
        else resolve3(value);
      });
    },
    exists(key) {
      return new Promise((resolve3) => {
        store.reads += 1;
        resolve3(typeof key === "string" && store.values.has(key));
      });
    },
    meta() {
      return Promise.resolve({ keyCount: store.values.size });
    }
  };
  const crypto = cryptoModule(options.counters ?? { hmac: 0, hash: 0 });
  Object.assign(context, {
    cf: { kvs: () => kvs },
    require: (id) => {
      if (id === "crypto") return crypto;
      throw new Error(`function emulation: require('${String(id)}') \u2014 only crypto exists`);
    },
    console: { log: (...args) => log(args.map(String).join(" ")) },
    __secureDistNow: now ?? (() => Date.now())
  });
  vm.runInContext("Date.now = () => __secureDistNow();", context);
  vm.runInContext(`"use strict";
${script}`, context, { filename: "function.js" });
  const handler = vm.runInContext(
    'typeof handler === "function" ? handler : undefined',
    context
  );
  if (typeof handler !== "function") {
    throw new Error("function emulation: the code declares no top-level handler function");
  }
  return async (event) => {
    const input = parse2(JSON.stringify(event));
    const result = await Reflect.apply(handler, void 0, [input]);
    const text2 = JSON.stringify(result);
    if (text2 === void 0) throw new Error("function emulation: the handler returned nothing");
    const plain = JSON.parse(text2);
    if (!isFunctionResult(plain)) {
      throw new Error("function emulation: returned neither a request nor a response");
    }
    return plain;
  };
}

// src/edge/function/render.ts
var import_node_crypto5 = __toESM(require_node_crypto(), 1);

// src/edge/function/bundled.ts
var FUNCTION_PLACEHOLDER = "__SECURE_DIST_FUNCTION_CONFIG__";
var FUNCTION_TEMPLATE = 'import cf from \'cloudfront\';\nvar cfCrypto = require(\'crypto\');\nfunction a(e){return"%"+U.charAt(e>>4)+U.charAt(15&e)}function p(r){let n="";for(let t=0;t<r.length;t+=1){var i=r.charCodeAt(t);if(i<128){var o=r.charAt(t);n+=i<33||126<i||j.includes(o)?a(i):o}else{let e=r.charAt(t);55296<=i&&i<=56319?(o=r.charCodeAt(t+1),56320<=o&&o<=57343?(e=r.slice(t,t+2),t+=1):e="\\ufffd"):56320<=i&&i<=57343&&(e="\\ufffd"),n+=encodeURIComponent(e)}}return n}function i(t){let r=0;for(let e=0;e<t.length;e+=1){var n=t.charCodeAt(e);n<128?r+=1:n<2048?r+=2:55296<=n&&n<=56319&&e+1<t.length&&(n=t.charCodeAt(e+1),56320<=n)&&n<=57343?(r+=4,e+=1):r+=3}return r}function t(e){if("string"!=typeof e||2048<e.length||!e.startsWith("/")||2048<i(e))return 400;var t=[],r=e.split("/");for(let e=0;e<r.length;e+=1){var n=String(r[e]);if(""!==n){let e;try{e=decodeURIComponent(n)}catch(e){return 400}if("."===e||".."===e||T.test(e))return 400;t.push(e)}}return{segments:t,folder:e.endsWith("/")}}function g(e){var e=t(e);return 400===e?400:(e=(e.folder?e.segments.concat("index.html"):e.segments).join("/"),1024<i(e)?404:e)}function m(e){var t=e.split("/").filter(e=>""!==e);return e.endsWith("/")?t.concat("index.html"):t}function n(e,t){let r=0,n=0,i=-1,o=0;for(;n<t.length;){var a=e[r];if("**"===a)i=r,o=n,r+=1;else if(void 0===a||"*"!==a&&a!==t[n]){if(!(0<=i))return!1;r=i+1,o+=1,n=o}else r+=1,n+=1}for(;"**"===e[r];)r+=1;return r===e.length}function y(e,t){let r=t.split("/");return e.some(e=>n(e,r))}function h(e){var t=e.split("/").filter(e=>""!==e),r=t.findIndex(e=>"*"===e||"**"===e);return r<0?"/"+p(t.join("/"))+(e.endsWith("/")?"/":""):(e=t.slice(0,r).join("/"),""===e?"/":`/${p(e)}/`)}function A(e){return e.replace(/[&<>"\']/g,e=>`&#${e.charCodeAt(0)};`)}function b(e,t){let r,n,i,o,a=t.map(m),s=t.map(h).filter((e,t,r)=>r.indexOf(e)===t).filter(e=>{e=g(e);return"string"==typeof e&&y(a,e)}).sort().map(e=>{var t=v(e);return`<li><a href="${A(e)}">${A(t)}</a></li>`}),d=A(e),l=`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${d}</title><style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:40rem;padding:0 1rem}a{word-break:break-all}</style></head><body><main><h1>${d}</h1>`,u=`</main></body></html>\\n`,c=R/3-l.length-u.length-100,f=0;for(;f<s.length&&0<=c-(null!=(n=null==(r=s[f])?void 0:r.length)?n:0);)c-=null!=(o=null==(i=s[f])?void 0:i.length)?o:0,f+=1;t=`<ul>${s.slice(0,f).join("")}</ul>`,e=0===s.length?"<p>There are no folders for you here.</p>":f<s.length?`<p>Your folders (first ${f} of ${s.length}):</p>`+t:"<p>Your folders:</p>"+t;return l+e+u}function v(t){try{return decodeURIComponent(t)}catch(e){return t}}function o(i){if(E.test(i)){let t=[],r=0,n=0;for(let e=0;e<i.length&&"="!==i.charAt(e);e+=1)n=4095&(n<<6|D.indexOf(i.charAt(e))),r+=6,8<=r&&(r-=8,t.push(n>>r&255));return 0==(n&(1<<r)-1)?t:void 0}}function s(t){let r="";for(let e=0;e<t.length;e+=1){var n=Number(t[e]);r+=a(n)}try{return decodeURIComponent(r)}catch(e){}}function d(e){return""===e?"is empty":(e=e,S.test(e)?"contains a control character":void 0)}function e(e,t){if(!("string"!=typeof e||1024<e.length)){e=(B.exec(e)||[])[1];if(void 0!==e){e=o(e);if(void 0!==e){e=s(e);if(void 0!==e){var r,n=e.indexOf(":");if(!(n<1))return r=t(e.slice(0,n)),t=t(e.slice(n+1)),void 0===(e=r,e.includes(":")?"contains a colon":d(e))&&void 0===d(t)?{user:r,password:t}:void 0}}}}}function $(e,t,r,n){return{title:e,heading:r,paragraphs:n,actions:"string"==typeof t?[{href:"/",label:"Go to your home page"}]:[]}}function l(e){return Array.isArray(e)&&e.every(e=>"string"==typeof e)}function u(e){var t;return"object"==typeof e&&null!==e&&"h"in e&&(t=e.h,e="e"in e?e.e:void 0,"string"==typeof t)&&43===t.length&&O.test(t)&&(void 0===e||"number"==typeof e&&0<=e)}function c(e){var t,r,n;if("object"==typeof e&&null!==e&&"v"in e&&1===e.v&&"s"in e&&"p"in e)return t=e.s,r=e.p,n="g"in e?e.g:void 0,e="c"in e?e.c:void 0,"string"==typeof t&&22===t.length&&O.test(t)&&Array.isArray(r)&&r.every(u)&&(void 0===n||l(n))&&(void 0===e||"string"==typeof e&&G.test(e))?{v:1,s:t,p:r,g:n,c:e}:void 0}function f(e){var t,r,n;if("object"==typeof e&&null!==e&&"n"in e&&"d"in e)return t=e.n,r=e.d,n="g"in e?e.g:void 0,e="e"in e?e.e:void 0,"string"!=typeof t||"string"!=typeof r||void 0!==e&&"number"!=typeof e||void 0!==n&&!l(n)?void 0:{n:t,d:r,g:n,e:e}}function w(e,t){return cfCrypto.createHmac("sha256",e).update(t).digest("base64url")}async function x(e,t){try{var r=await cf.kvs().get(e,{format:"json"});return t(r)}catch(e){}}async function C(o,a){o=o.headers.authorization;if(!(void 0===o||void 0!==o.multiValue&&1<o.multiValue.length)){o=o.value;if(!("string"!=typeof o||1024<o.length)){var s,d=e(o,P);if(void 0!==d){o=d.user;let e=await x("u:"+o,c),t=void 0===e?L:e,r=w(a,(o=t.s,a=d.user,s=d.password,`${Y}\\0${o}\\0${a.length}:${a}:`+s)),n=Date.now(),i;for(let e=0;e<t.p.length;e+=1){var l=t.p[e];void 0!==l&&k(r,l.h)&&(void 0===l.e||n<1e3*l.e)&&(i={user:d.user,record:t,notAfter:l.e})}return void 0===e?void 0:i}}}}function k(t,r){let n=43^t.length;n|=43^r.length;for(let e=0;e<43;e+=1)n|=t.charCodeAt(e)^r.charCodeAt(e);return 0===n}async function z(e,t){var r,n=e.value;if(!(void 0!==e.multiValue&&1<e.multiValue.length||"string"!=typeof n)&&Q.test(n))return e=w(t,J+`\\0`+n),t=e.substring(0,16),n=await x(H+t,f),void 0!==n&&k(e,n.d)&&(e=n,n=t,t=e.e,void 0===t||Date.now()<1e3*t)?{user:(r=e.n,W+r),record:e,notAfter:t,version:n}:void 0}async function r(e){let t=e.request,s=!1;try{var r=t.headers.accept;s=void 0!==r&&(n=r.value,"string"==typeof n)&&0<=n.toLowerCase().indexOf("text/html")}catch(e){s=!1}var n,i;let o=t.headers[I],a=t.querystring[N],d=void 0!==o?o:a,l;try{l=void 0===d?await C(t,F):await z(d,F)}catch(e){l=void 0}let u=void 0===l?void 0:l.user,c=(e,t,r)=>{return s?_(e,t,r,(i=e,o=q,a=u,i=i,o=o,a=a,i=401===i?$(o,a,"Sign-in required",["This site is private: reload the page to sign in."]):(i=i,o=o,a=a,400===i?$(o,a,"Bad request",["This address is not one the site can serve."]):403===i?$(o,a,"Not yours",[`You are signed in as ${String(a)}.`,"This page is not one of yours."]):$(o,a,"Not found",["There is nothing at this address."])),o=":root{color-scheme:light dark}body{font:17px/1.5 system-ui,sans-serif;margin:0;padding:12vh 1rem;background:#eee;color:#222}main{max-width:28rem;margin:auto;padding:2rem;border-radius:12px;background:#fff}h1{font-size:1.5rem;margin:0 0 1rem}p{overflow-wrap:anywhere}.s{margin:0;opacity:.7}a{display:inline-block;padding:.6rem 1rem;border-radius:8px;background:#15c;color:#fff;text-decoration:none}@media(prefers-color-scheme:dark){body{background:#111;color:#eee}main{background:#222}a{background:#37f}}",a=(void 0===i.actions?[]:i.actions).map(e=>`<a href="${A(e.href)}">${A(e.label)}</a>`).join(" "),n=A(i.title),`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${n}</title>`+`<style>${o}</style>`+`</head><body><main><p class="s">${n}</p><h1>${A(i.heading)}</h1>`+i.paragraphs.map(e=>`<p>${A(e)}</p>`).join("")+(""===a?"":`<p>${a}</p>`)+`</main></body></html>\\n`),"default-src \'none\'; style-src \'sha256-7ZA3MPJ7UqzJc6QPHQc03kCkOAvAhZU+OfEiyoL++IQ=\'; base-uri \'none\'; form-action \'none\'; frame-ancestors \'none\'"):_(e,t,r);var n,i,o,a};if(void 0===l)return c(401,"Unauthorized",{"www-authenticate":{value:K}});try{var f,h,v=g(t.uri);return 404===v?c(404,"Not Found"):400===v?c(400,"Bad Request"):(f=l.record.g,h=v,/^_previews(\\/|$)/.test(v)?c(404,"Not Found"):void 0===f||y(f.map(m),h)?(delete t.headers.authorization,delete t.headers[I],delete t.querystring[N],t.uri=(i=v,"/"+p(i)),t):"index.html"===v&&/^\\/+$/.test(t.uri)?_(200,"OK",{},b(q,f)):c(403,"Forbidden"))}catch(e){return c(400,"Bad Request")}}function _(e,t,r,n,i){r=void 0===r?{}:r,r["cache-control"]={value:M},r["content-type"]={value:void 0===n?"text/plain; charset=utf-8":V},void 0!==i&&(r["content-security-policy"]={value:i}),i=void 0===n?e+` ${t}\\n`:n;return{statusCode:e,statusDescription:t,headers:r,body:{encoding:"text",data:i}}}var j=\' "#%<>[\\\\]^`{|}~?*+\',U="0123456789ABCDEF",T=/[\\u0000-\\u001f\\u007f\\\\/]/,R=32768,S=/[\\u0000-\\u001f\\u007f]/,B=/^[ \\t]*basic[ \\t]+([A-Za-z0-9+/]+={0,2})[ \\t]*$/i,D="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",E=/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,V="text/html; charset=utf-8",W="token:",I="x-secure-dist-token",N="secure-dist-token",Q=/^sdt1_[A-Za-z0-9_-]{43}$/,Y="secure-dist/function/v1",O=/^[A-Za-z0-9_-]*$/,G=/^[A-Za-z0-9_-]{1,22}$/,H="t:",J="secure-dist/function/token",L={v:1,s:"AAAAAAAAAAAAAAAAAAAAAA",p:[{h:"!",e:0}]},P="function"==typeof"".normalize?e=>e.normalize("NFC"):e=>e,Z=__SECURE_DIST_FUNCTION_CONFIG__,q=String(Z.realm).replace(/[^\\x20-\\x7e]|["\\\\]/g,""),F=String(Z.pepper),K=`Basic realm="${q}", charset="UTF-8"`,M="private, no-store";\nasync function handler(event){return r(event)}\n';
var FORM_FUNCTION_TEMPLATE = 'import cf from \'cloudfront\';\nvar cfCrypto = require(\'crypto\');\nfunction a(e){return"%"+t.charAt(e>>4)+t.charAt(15&e)}function w(n){let r="";for(let t=0;t<n.length;t+=1){var o=n.charCodeAt(t);if(o<128){var i=n.charAt(t);r+=o<33||126<o||B.includes(i)?a(o):i}else{let e=n.charAt(t);55296<=o&&o<=56319?(i=n.charCodeAt(t+1),56320<=i&&i<=57343?(e=n.slice(t,t+2),t+=1):e="\\ufffd"):56320<=o&&o<=57343&&(e="\\ufffd"),r+=encodeURIComponent(e)}}return r}function x(t){let n=0;for(let e=0;e<t.length;e+=1){var r=t.charCodeAt(e);r<128?n+=1:r<2048?n+=2:55296<=r&&r<=56319&&e+1<t.length&&(r=t.charCodeAt(e+1),56320<=r)&&r<=57343?(n+=4,e+=1):n+=3}return n}function C(e){if("string"!=typeof e||2048<e.length||!e.startsWith("/")||2048<x(e))return 400;var t=[],n=e.split("/");for(let e=0;e<n.length;e+=1){var r=String(n[e]);if(""!==r){let e;try{e=decodeURIComponent(r)}catch(e){return 400}if("."===e||".."===e||E.test(e))return 400;t.push(e)}}return{segments:t,folder:e.endsWith("/")}}function z(e){var t=e.split("/").filter(e=>""!==e);return e.endsWith("/")?t.concat("index.html"):t}function r(e,t){let n=0,r=0,o=-1,i=0;for(;r<t.length;){var a=e[n];if("**"===a)o=n,i=r,n+=1;else if(void 0===a||"*"!==a&&a!==t[r]){if(!(0<=o))return!1;n=o+1,i+=1,r=i}else n+=1,r+=1}for(;"**"===e[n];)n+=1;return n===e.length}function _(e,t){let n=t.split("/");return e.some(e=>r(e,n))}function S(e){return e.replace(/[&<>"\']/g,e=>`&#${e.charCodeAt(0)};`)}function o(o){if(Q.test(o)){let t=[],n=0,r=0;for(let e=0;e<o.length&&"="!==o.charAt(e);e+=1)r=4095&(r<<6|H.indexOf(o.charAt(e))),n+=6,8<=n&&(n-=8,t.push(r>>n&255));return 0==(r&(1<<n)-1)?t:void 0}}function f(t){let n="";for(let e=0;e<t.length;e+=1){var r=Number(t[e]);n+=a(r)}try{return decodeURIComponent(n)}catch(e){}}function v(e){return e.includes(":")?"contains a colon":i(e)}function i(e){return""===e?"is empty":(e=e,W.test(e)?"contains a control character":void 0)}function e(e,t){if(!("string"!=typeof e||1024<e.length)){e=(G.exec(e)||[])[1];if(void 0!==e){e=o(e);if(void 0!==e){e=f(e);if(void 0!==e){var n,r=e.indexOf(":");if(!(r<1))return n=t(e.slice(0,r)),t=t(e.slice(r+1)),void 0===v(n)&&void 0===i(t)?{user:n,password:t}:void 0}}}}}function Z(e,t,n,r){return{title:e,heading:n,paragraphs:r,actions:"string"==typeof t?[{href:"/",label:"Go to your home page"}]:[]}}function h(e){return 0===e.indexOf(u)?e.substring(u.length):void 0}function g(t){if(/^[A-Za-z0-9_-]*$/.test(t)&&t.length%4!=1){let e=t.replace(/-/g,"+").replace(/_/g,"/");for(;e.length%4!=0;)e+="=";return o(e)}}function s(e){return Array.isArray(e)&&e.every(e=>"string"==typeof e)}function d(e){var t;return"object"==typeof e&&null!==e&&"h"in e&&(t=e.h,e="e"in e?e.e:void 0,"string"==typeof t)&&43===t.length&&l.test(t)&&(void 0===e||"number"==typeof e&&0<=e)}function $(e){var t,n,r;if("object"==typeof e&&null!==e&&"v"in e&&1===e.v&&"s"in e&&"p"in e)return t=e.s,n=e.p,r="g"in e?e.g:void 0,e="c"in e?e.c:void 0,"string"==typeof t&&22===t.length&&l.test(t)&&Array.isArray(n)&&n.every(d)&&(void 0===r||s(r))&&(void 0===e||"string"==typeof e&&X.test(e))?{v:1,s:t,p:n,g:r,c:e}:void 0}function p(e){var t,n,r;if("object"==typeof e&&null!==e&&"n"in e&&"d"in e)return t=e.n,n=e.d,r="g"in e?e.g:void 0,e="e"in e?e.e:void 0,"string"!=typeof t||"string"!=typeof n||void 0!==e&&"number"!=typeof e||void 0!==r&&!s(r)?void 0:{n:t,d:n,g:r,e:e}}function c(e,t){return cfCrypto.createHmac("sha256",e).update(t).digest("base64url")}async function m(e,t){try{var n=await cf.kvs().get(e,{format:"json"});return t(n)}catch(e){}}function y(e){return m("u:"+e,$)}async function T(i,a){i=i.headers.authorization;if(!(void 0===i||void 0!==i.multiValue&&1<i.multiValue.length)){i=i.value;if(!("string"!=typeof i||1024<i.length)){var s,d=e(i,ne);if(void 0!==d){let e=await y(d.user),t=void 0===e?te:e,n=c(a,(i=t.s,a=d.user,s=d.password,`${K}\\0${i}\\0${a.length}:${a}:`+s)),r=Date.now(),o;for(let e=0;e<t.p.length;e+=1){var u=t.p[e];void 0!==u&&A(n,u.h)&&(void 0===u.e||r<1e3*u.e)&&(o={user:d.user,record:t,notAfter:u.e})}return void 0===e?void 0:o}}}}function A(t,n){let r=43^t.length;r|=43^n.length;for(let e=0;e<43;e+=1)r|=t.charCodeAt(e)^n.charCodeAt(e);return 0===r}async function R(e,t){var n=e.value;if(!(void 0!==e.multiValue&&1<e.multiValue.length||"string"!=typeof n)&&Y.test(n))return e=c(t,ee+`\\0`+n),t=e.substring(0,16),n=await m(b+t,p),void 0!==n&&A(e,n.d)?k(n,t):void 0}function k(e,t){var n,r=e.e;return void 0===r||Date.now()<1e3*r?{user:(n=e.n,u+n),record:e,notAfter:r,version:t}:void 0}async function D(e,t,n){e=e.cookies[L];if(void 0!==e){var r,o,i,a,s,d,u,e=e.value,c={now:Date.now()/1e3,mac:t,same:A},l="string"!=typeof e||(e=P.exec(e),null===e)||(d=String(e[1]),l=String(e[2]),a=Number(e[3]),s=String(e[4]),e=String(e[5]),o=g(l),o=void 0===o?void 0:f(o),void 0===o)||void 0!==(i=o,r=h(i),v(void 0===r?i:r))?{ok:!1,reason:"malformed"}:(i=c.mac(d,(i=d,r=l,l=a,u=s,`s1.${i}.${r}.${String(l)}.`+u)),void 0===i?{ok:!1,reason:"unknown-key"}:c.same(i,e)?(r=Math.floor(c.now),r<a?M<a-r?{ok:!1,reason:"too-far"}:{ok:!0,session:{user:o,expires:a,version:s,keyId:d}}:{ok:!1,reason:"expired"}):{ok:!1,reason:"bad-mac"});if(l.ok)return u=h(l.session.user),void 0!==u?(i=l.session.version,e=await m(b+i,p),void 0!==e&&e.n===u?k(e,i):void 0):(c=await y(l.session.user),void 0!==c&&(r={user:l.session.user,record:c},o=l,a=r,s=t,d=n,u=a.record,i=void 0!==u.c?u.c:(e=u.p.map(e=>e.h),String(s(d,`cv\\n${a.user}\\n`+e.join(`\\n`))).substring(0,16)),(o.ok?void 0===i?{ok:!1,reason:"unknown-user"}:i!==o.session.version?{ok:!1,reason:"revoked"}:o:o).ok)?r:void 0)}}async function V(e){let t=e.request,s=!1,n="";try{n="/_login?next="+encodeURIComponent(t.uri);var r=t.headers.accept;s=void 0!==r&&(o=r.value,"string"==typeof o)&&0<=o.toLowerCase().indexOf("text/html")}catch(e){s=!1}var o,i,a,d,u,c,l;let f=t.headers[N],v=t.querystring[U],h=void 0!==f?f:v,g;try{if(void 0===h)g=await T(t,q),void 0===g&&(g=await D(t,oe,F));else{if(void 0===f&&(void 0===h.multiValue||h.multiValue.length<2)&&s&&"GET"===t.method)return I(n+`&${U}=`+h.value);g=await R(h,q)}}catch(e){g=void 0}let p=void 0===g?void 0:g.user,m=(e,t,n)=>{return s?j(e,t,n,(o=e,i=O,a=p,o=o,i=i,a=a,o=401===o?Z(i,a,"Sign-in required",["This site is private: reload the page to sign in."]):(o=o,i=i,a=a,400===o?Z(i,a,"Bad request",["This address is not one the site can serve."]):403===o?Z(i,a,"Not yours",[`You are signed in as ${String(a)}.`,"This page is not one of yours."]):Z(i,a,"Not found",["There is nothing at this address."])),i=":root{color-scheme:light dark}body{font:17px/1.5 system-ui,sans-serif;margin:0;padding:12vh 1rem;background:#eee;color:#222}main{max-width:28rem;margin:auto;padding:2rem;border-radius:12px;background:#fff}h1{font-size:1.5rem;margin:0 0 1rem}p{overflow-wrap:anywhere}.s{margin:0;opacity:.7}a{display:inline-block;padding:.6rem 1rem;border-radius:8px;background:#15c;color:#fff;text-decoration:none}@media(prefers-color-scheme:dark){body{background:#111;color:#eee}main{background:#222}a{background:#37f}}",a=(void 0===o.actions?[]:o.actions).map(e=>`<a href="${S(e.href)}">${S(e.label)}</a>`).join(" "),r=S(o.title),`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${r}</title>`+`<style>${i}</style>`+`</head><body><main><p class="s">${r}</p><h1>${S(o.heading)}</h1>`+o.paragraphs.map(e=>`<p>${S(e)}</p>`).join("")+(""===a?"":`<p>${a}</p>`)+`</main></body></html>\\n`),"default-src \'none\'; style-src \'sha256-7ZA3MPJ7UqzJc6QPHQc03kCkOAvAhZU+OfEiyoL++IQ=\'; base-uri \'none\'; form-action \'none\'; frame-ancestors \'none\'"):j(e,t,n);var r,o,i,a};if(void 0===g)return s?I(n):m(401,"Unauthorized",{"www-authenticate":{value:re}});try{var y,A,k=t.uri,b=C(k),$=400===b?400:(l=(b.folder?b.segments.concat("index.html"):b.segments).join("/"),1024<x(l)?404:l);return 404===$?m(404,"Not Found"):400===$?m(400,"Bad Request"):(y=g.record.g,A=$,/^_previews(\\/|$)/.test($)?m(404,"Not Found"):void 0===y||_(y.map(z),A)?(delete t.headers.authorization,delete t.headers[N],delete t.querystring[U],t.uri=(i=$,"/"+w(i)),t):"index.html"===$&&/^\\/+$/.test(t.uri)&&0<y.length?I((a=String(y[0]),u=a.split("/").filter(e=>""!==e),c=u.findIndex(e=>"*"===e||"**"===e),c<0?"/"+w(u.join("/"))+(a.endsWith("/")?"/":""):(d=u.slice(0,c).join("/"),""===d?"/":`/${w(d)}/`))):m(403,"Forbidden"))}catch(e){return m(400,"Bad Request")}}function I(e){return j(303,"See Other",{location:{value:e}})}function j(e,t,n,r,o){n=void 0===n?{}:n,n["cache-control"]={value:ie},n["content-type"]={value:void 0===r?"text/plain; charset=utf-8":J},void 0!==o&&(n["content-security-policy"]={value:o}),o=void 0===r?e+` ${t}\\n`:r;return{statusCode:e,statusDescription:t,headers:n,body:{encoding:"text",data:o}}}var B=\' "#%<>[\\\\]^`{|}~?*+\',t="0123456789ABCDEF",E=/[\\u0000-\\u001f\\u007f\\\\/]/,W=/[\\u0000-\\u001f\\u007f]/,G=/^[ \\t]*basic[ \\t]+([A-Za-z0-9+/]+={0,2})[ \\t]*$/i,H="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",Q=/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,J="text/html; charset=utf-8",L="__Host-secure-dist",M=2592e3,u="token:",P=/^s1\\.([A-Za-z0-9]{1,16})\\.([A-Za-z0-9_-]{1,400})\\.([1-9][0-9]{0,10})\\.([A-Za-z0-9_-]{1,22})\\.([A-Za-z0-9_-]{43})$/,N="x-secure-dist-token",U="secure-dist-token",Y=/^sdt1_[A-Za-z0-9_-]{43}$/,K="secure-dist/function/v1",l=/^[A-Za-z0-9_-]*$/,X=/^[A-Za-z0-9_-]{1,22}$/,b="t:",ee="secure-dist/function/token",te={v:1,s:"AAAAAAAAAAAAAAAAAAAAAA",p:[{h:"!",e:0}]},ne="function"==typeof"".normalize?e=>e.normalize("NFC"):e=>e,n=__SECURE_DIST_FUNCTION_CONFIG__,O=String(n.realm).replace(/[^\\x20-\\x7e]|["\\\\]/g,""),q=String(n.pepper),re=`Basic realm="${O}", charset="UTF-8"`,F=void 0!==n.session?String(n.session.keyId):"",oe=((e,n)=>{let r=c(e,`secure-dist session key\\n`+n);return(e,t)=>e===n?c(r,t):void 0})(q,F),ie="private, no-store";\nasync function handler(event){return V(event)}\n';
var PREVIEWS_FUNCTION_TEMPLATE = 'import cf from \'cloudfront\';\nvar cfCrypto = require(\'crypto\');\nfunction a(e){return"%"+r.charAt(e>>4)+r.charAt(15&e)}function h(r){let n="";for(let t=0;t<r.length;t+=1){var i=r.charCodeAt(t);if(i<128){var o=r.charAt(t);n+=i<33||126<i||E.includes(o)?a(i):o}else{let e=r.charAt(t);55296<=i&&i<=56319?(o=r.charCodeAt(t+1),56320<=o&&o<=57343?(e=r.slice(t,t+2),t+=1):e="\\ufffd"):56320<=i&&i<=57343&&(e="\\ufffd"),n+=encodeURIComponent(e)}}return n}function i(t){let r=0;for(let e=0;e<t.length;e+=1){var n=t.charCodeAt(e);n<128?r+=1:n<2048?r+=2:55296<=n&&n<=56319&&e+1<t.length&&(n=t.charCodeAt(e+1),56320<=n)&&n<=57343?(r+=4,e+=1):r+=3}return r}function t(e){if("string"!=typeof e||2048<e.length||!e.startsWith("/")||2048<i(e))return 400;var t=[],r=e.split("/");for(let e=0;e<r.length;e+=1){var n=String(r[e]);if(""!==n){let e;try{e=decodeURIComponent(n)}catch(e){return 400}if("."===e||".."===e||V.test(e))return 400;t.push(e)}}return{segments:t,folder:e.endsWith("/")}}function v(e){var e=t(e);return 400===e?400:(e=(e.folder?e.segments.concat("index.html"):e.segments).join("/"),1024<i(e)?404:e)}function p(e){var t=e.split("/").filter(e=>""!==e);return e.endsWith("/")?t.concat("index.html"):t}function n(e,t){let r=0,n=0,i=-1,o=0;for(;n<t.length;){var a=e[r];if("**"===a)i=r,o=n,r+=1;else if(void 0===a||"*"!==a&&a!==t[n]){if(!(0<=i))return!1;r=i+1,o+=1,n=o}else r+=1,n+=1}for(;"**"===e[r];)r+=1;return r===e.length}function g(e,t){let r=t.split("/");return e.some(e=>n(e,r))}function m(e){var t=e.split("/").filter(e=>""!==e),r=t.findIndex(e=>"*"===e||"**"===e);return r<0?"/"+h(t.join("/"))+(e.endsWith("/")?"/":""):(e=t.slice(0,r).join("/"),""===e?"/":`/${h(e)}/`)}function y(e){return e.replace(/[&<>"\']/g,e=>`&#${e.charCodeAt(0)};`)}function A(e,t){let r,n,i,o,a=t.map(p),s=t.map(m).filter((e,t,r)=>r.indexOf(e)===t).filter(e=>{e=v(e);return"string"==typeof e&&g(a,e)}).sort().map(e=>{var t=b(e);return`<li><a href="${y(e)}">${y(t)}</a></li>`}),u=y(e),d=`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${u}</title><style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:40rem;padding:0 1rem}a{word-break:break-all}</style></head><body><main><h1>${u}</h1>`,l=`</main></body></html>\\n`,c=W/3-d.length-l.length-100,f=0;for(;f<s.length&&0<=c-(null!=(n=null==(r=s[f])?void 0:r.length)?n:0);)c-=null!=(o=null==(i=s[f])?void 0:i.length)?o:0,f+=1;t=`<ul>${s.slice(0,f).join("")}</ul>`,e=0===s.length?"<p>There are no folders for you here.</p>":f<s.length?`<p>Your folders (first ${f} of ${s.length}):</p>`+t:"<p>Your folders:</p>"+t;return d+e+l}function b(t){try{return decodeURIComponent(t)}catch(e){return t}}function o(i){if(G.test(i)){let t=[],r=0,n=0;for(let e=0;e<i.length&&"="!==i.charAt(e);e+=1)n=4095&(n<<6|Y.indexOf(i.charAt(e))),r+=6,8<=r&&(r-=8,t.push(n>>r&255));return 0==(n&(1<<r)-1)?t:void 0}}function s(t){let r="";for(let e=0;e<t.length;e+=1){var n=Number(t[e]);r+=a(n)}try{return decodeURIComponent(r)}catch(e){}}function u(e){return""===e?"is empty":(e=e,L.test(e)?"contains a control character":void 0)}function e(e,t){if(!("string"!=typeof e||1024<e.length)){e=(Q.exec(e)||[])[1];if(void 0!==e){e=o(e);if(void 0!==e){e=s(e);if(void 0!==e){var r,n=e.indexOf(":");if(!(n<1))return r=t(e.slice(0,n)),t=t(e.slice(n+1)),void 0===(e=r,e.includes(":")?"contains a colon":u(e))&&void 0===u(t)?{user:r,password:t}:void 0}}}}}function w(e,t,r,n){return{title:e,heading:r,paragraphs:n,actions:"string"==typeof t?[{href:"/",label:"Go to your home page"}]:[]}}function d(e){return/^_previews(\\/|$)/.test(e)}function $(e,t,r){if(r){var e=x(e),n=e.length-r.length-1;if(0<n&&e.substring(n)==="."+r)return r=e.substring(0,n),/^pr-[1-9]\\d{0,8}$/.test(r)&&!d(t)?{prefix:""+j+r+"/",key:t}:404}if(d(t))return e=/^_previews\\/pr-[1-9]\\d{0,8}\\//.exec(t),e?{prefix:e[0],key:t.substring(e[0].length)}:404}function x(e){return String(e).toLowerCase().replace(/\\.?(:\\d*)?$/,"")}function l(e){return Array.isArray(e)&&e.every(e=>"string"==typeof e)}function c(e){var t;return"object"==typeof e&&null!==e&&"h"in e&&(t=e.h,e="e"in e?e.e:void 0,"string"==typeof t)&&43===t.length&&F.test(t)&&(void 0===e||"number"==typeof e&&0<=e)}function f(e){var t,r,n;if("object"==typeof e&&null!==e&&"v"in e&&1===e.v&&"s"in e&&"p"in e)return t=e.s,r=e.p,n="g"in e?e.g:void 0,e="c"in e?e.c:void 0,"string"==typeof t&&22===t.length&&F.test(t)&&Array.isArray(r)&&r.every(c)&&(void 0===n||l(n))&&(void 0===e||"string"==typeof e&&M.test(e))?{v:1,s:t,p:r,g:n,c:e}:void 0}function S(e){var t,r,n;if("object"==typeof e&&null!==e&&"n"in e&&"d"in e)return t=e.n,r=e.d,n="g"in e?e.g:void 0,e="e"in e?e.e:void 0,"string"!=typeof t||"string"!=typeof r||void 0!==e&&"number"!=typeof e||void 0!==n&&!l(n)?void 0:{n:t,d:r,g:n,e:e}}function k(e,t){return cfCrypto.createHmac("sha256",e).update(t).digest("base64url")}async function C(e,t){try{var r=await cf.kvs().get(e,{format:"json"});return t(r)}catch(e){}}async function T(o,a){o=o.headers.authorization;if(!(void 0===o||void 0!==o.multiValue&&1<o.multiValue.length)){o=o.value;if(!("string"!=typeof o||1024<o.length)){var s,u=e(o,ne);if(void 0!==u){o=u.user;let e=await C("u:"+o,f),t=void 0===e?re:e,r=k(a,(o=t.s,a=u.user,s=u.password,`${K}\\0${o}\\0${a.length}:${a}:`+s)),n=Date.now(),i;for(let e=0;e<t.p.length;e+=1){var d=t.p[e];void 0!==d&&z(r,d.h)&&(void 0===d.e||n<1e3*d.e)&&(i={user:u.user,record:t,notAfter:d.e})}return void 0===e?void 0:i}}}}function z(t,r){let n=43^t.length;n|=43^r.length;for(let e=0;e<43;e+=1)n|=t.charCodeAt(e)^r.charCodeAt(e);return 0===n}async function R(e,t){var r,n=e.value;if(!(void 0!==e.multiValue&&1<e.multiValue.length||"string"!=typeof n)&&P.test(n))return e=k(t,te+`\\0`+n),t=e.substring(0,16),n=await C(ee+t,S),void 0!==n&&z(e,n.d)&&(e=n,n=t,t=e.e,void 0===t||Date.now()<1e3*t)?{user:(r=e.n,J+r),record:e,notAfter:t,version:n}:void 0}async function B(e){try{return await cf.kvs().exists(X+e)}catch(e){return!1}}async function D(e){let s=e.request,u=!1;try{var t=s.headers.accept;u=void 0!==t&&(r=t.value,"string"==typeof r)&&0<=r.toLowerCase().indexOf("text/html")}catch(e){u=!1}var r,d;let n=s.headers[N],i=s.querystring[U],o=void 0!==n?n:i,l;try{l=void 0===o?await T(s,q):await R(o,q)}catch(e){l=void 0}let c=void 0===l?void 0:l.user,f=(e,t,r)=>{return u?_(e,t,r,(i=e,o=Z,a=c,i=i,o=o,a=a,i=401===i?w(o,a,"Sign-in required",["This site is private: reload the page to sign in."]):(i=i,o=o,a=a,400===i?w(o,a,"Bad request",["This address is not one the site can serve."]):403===i?w(o,a,"Not yours",[`You are signed in as ${String(a)}.`,"This page is not one of yours."]):w(o,a,"Not found",["There is nothing at this address."])),o=":root{color-scheme:light dark}body{font:17px/1.5 system-ui,sans-serif;margin:0;padding:12vh 1rem;background:#eee;color:#222}main{max-width:28rem;margin:auto;padding:2rem;border-radius:12px;background:#fff}h1{font-size:1.5rem;margin:0 0 1rem}p{overflow-wrap:anywhere}.s{margin:0;opacity:.7}a{display:inline-block;padding:.6rem 1rem;border-radius:8px;background:#15c;color:#fff;text-decoration:none}@media(prefers-color-scheme:dark){body{background:#111;color:#eee}main{background:#222}a{background:#37f}}",a=(void 0===i.actions?[]:i.actions).map(e=>`<a href="${y(e.href)}">${y(e.label)}</a>`).join(" "),n=y(i.title),`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${n}</title>`+`<style>${o}</style>`+`</head><body><main><p class="s">${n}</p><h1>${y(i.heading)}</h1>`+i.paragraphs.map(e=>`<p>${y(e)}</p>`).join("")+(""===a?"":`<p>${a}</p>`)+`</main></body></html>\\n`),"default-src \'none\'; style-src \'sha256-7ZA3MPJ7UqzJc6QPHQc03kCkOAvAhZU+OfEiyoL++IQ=\'; base-uri \'none\'; form-action \'none\'; frame-ancestors \'none\'"):_(e,t,r);var n,i,o,a};if(void 0===l)return f(401,"Unauthorized",{"www-authenticate":{value:ie}});try{let e=v(s.uri);if(404===e)return f(404,"Not Found");if(400===e)return f(400,"Bad Request");let t=l.record.g,r=e,n=s.headers.host,i=x(n&&n.value),o=i.substring(i.length-Number(O.length)),a=$(i,e,k(j,o)===O.mac?o:void 0);if(404===a)return f(404,"Not Found");if(void 0!==a){if(!("version"in l)){if(!await B(l.user))return f(403,"Forbidden");t=void 0}r=a.key,e=a.prefix+r}return void 0===t||g(t.map(p),r)?(delete s.headers.authorization,delete s.headers[N],delete s.querystring[U],s.uri=(d=e,"/"+h(d)),s):"index.html"===e&&/^\\/+$/.test(s.uri)?_(200,"OK",{},A(Z,t)):f(403,"Forbidden")}catch(e){return f(400,"Bad Request")}}function _(e,t,r,n,i){r=void 0===r?{}:r,r["cache-control"]={value:oe},r["content-type"]={value:void 0===n?"text/plain; charset=utf-8":H},void 0!==i&&(r["content-security-policy"]={value:i}),i=void 0===n?e+` ${t}\\n`:n;return{statusCode:e,statusDescription:t,headers:r,body:{encoding:"text",data:i}}}var E=\' "#%<>[\\\\]^`{|}~?*+\',r="0123456789ABCDEF",V=/[\\u0000-\\u001f\\u007f\\\\/]/,W=32768,L=/[\\u0000-\\u001f\\u007f]/,Q=/^[ \\t]*basic[ \\t]+([A-Za-z0-9+/]+={0,2})[ \\t]*$/i,Y="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",G=/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,H="text/html; charset=utf-8",j="_previews/",J="token:",N="x-secure-dist-token",U="secure-dist-token",P=/^sdt1_[A-Za-z0-9_-]{43}$/,K="secure-dist/function/v1",F=/^[A-Za-z0-9_-]*$/,M=/^[A-Za-z0-9_-]{1,22}$/,X="r:",ee="t:",te="secure-dist/function/token",re={v:1,s:"AAAAAAAAAAAAAAAAAAAAAA",p:[{h:"!",e:0}]},ne="function"==typeof"".normalize?e=>e.normalize("NFC"):e=>e,I=__SECURE_DIST_FUNCTION_CONFIG__,O=void 0!==I.previews?I.previews:{},Z=String(I.realm).replace(/[^\\x20-\\x7e]|["\\\\]/g,""),q=String(I.pepper),ie=`Basic realm="${Z}", charset="UTF-8"`,oe="private, no-store";\nasync function handler(event){return D(event)}\n';
var FORM_PREVIEWS_FUNCTION_TEMPLATE = 'import cf from \'cloudfront\';\nvar cfCrypto = require(\'crypto\');\nfunction s(e){return"%"+t.charAt(e>>4)+t.charAt(15&e)}function w(n){let r="";for(let t=0;t<n.length;t+=1){var i=n.charCodeAt(t);if(i<128){var o=n.charAt(t);r+=i<33||126<i||M.includes(o)?s(i):o}else{let e=n.charAt(t);55296<=i&&i<=56319?(o=n.charCodeAt(t+1),56320<=o&&o<=57343?(e=n.slice(t,t+2),t+=1):e="\\ufffd"):56320<=i&&i<=57343&&(e="\\ufffd"),r+=encodeURIComponent(e)}}return r}function $(t){let n=0;for(let e=0;e<t.length;e+=1){var r=t.charCodeAt(e);r<128?n+=1:r<2048?n+=2:55296<=r&&r<=56319&&e+1<t.length&&(r=t.charCodeAt(e+1),56320<=r)&&r<=57343?(n+=4,e+=1):n+=3}return n}function k(e){if("string"!=typeof e||2048<e.length||!e.startsWith("/")||2048<$(e))return 400;var t=[],n=e.split("/");for(let e=0;e<n.length;e+=1){var r=String(n[e]);if(""!==r){let e;try{e=decodeURIComponent(r)}catch(e){return 400}if("."===e||".."===e||Y.test(e))return 400;t.push(e)}}return{segments:t,folder:e.endsWith("/")}}function b(e){var t=e.split("/").filter(e=>""!==e);return e.endsWith("/")?t.concat("index.html"):t}function r(e,t){let n=0,r=0,i=-1,o=0;for(;r<t.length;){var s=e[n];if("**"===s)i=n,o=r,n+=1;else if(void 0===s||"*"!==s&&s!==t[r]){if(!(0<=i))return!1;n=i+1,o+=1,r=o}else n+=1,r+=1}for(;"**"===e[n];)n+=1;return n===e.length}function q(e,t){let n=t.split("/");return e.some(e=>r(e,n))}function x(e){return e.replace(/[&<>"\']/g,e=>`&#${e.charCodeAt(0)};`)}function i(i){if(Q.test(i)){let t=[],n=0,r=0;for(let e=0;e<i.length&&"="!==i.charAt(e);e+=1)r=4095&(r<<6|P.indexOf(i.charAt(e))),n+=6,8<=n&&(n-=8,t.push(r>>n&255));return 0==(r&(1<<n)-1)?t:void 0}}function f(t){let n="";for(let e=0;e<t.length;e+=1){var r=Number(t[e]);n+=s(r)}try{return decodeURIComponent(n)}catch(e){}}function v(e){return e.includes(":")?"contains a colon":o(e)}function o(e){return""===e?"is empty":(e=e,J.test(e)?"contains a control character":void 0)}function n(e,t){if(!("string"!=typeof e||1024<e.length)){e=(K.exec(e)||[])[1];if(void 0!==e){e=i(e);if(void 0!==e){e=f(e);if(void 0!==e){var n,r=e.indexOf(":");if(!(r<1))return n=t(e.slice(0,r)),t=t(e.slice(r+1)),void 0===v(n)&&void 0===o(t)?{user:n,password:t}:void 0}}}}}function _(e,t,n,r){return{title:e,heading:n,paragraphs:r,actions:"string"==typeof t?[{href:"/",label:"Go to your home page"}]:[]}}function a(e){return/^_previews(\\/|$)/.test(e)}function D(e,t,n){if(n){var e=C(e),r=e.length-n.length-1;if(0<r&&e.substring(r)==="."+n)return n=e.substring(0,r),/^pr-[1-9]\\d{0,8}$/.test(n)&&!a(t)?{prefix:""+N+n+"/",key:t}:404}if(a(t))return e=/^_previews\\/pr-[1-9]\\d{0,8}\\//.exec(t),e?{prefix:e[0],key:t.substring(e[0].length)}:404}function C(e){return String(e).toLowerCase().replace(/\\.?(:\\d*)?$/,"")}function h(e){return 0===e.indexOf(d)?e.substring(d.length):void 0}function V(t){if(/^[A-Za-z0-9_-]*$/.test(t)&&t.length%4!=1){let e=t.replace(/-/g,"+").replace(/_/g,"/");for(;e.length%4!=0;)e+="=";return i(e)}}function u(e){return Array.isArray(e)&&e.every(e=>"string"==typeof e)}function l(e){var t;return"object"==typeof e&&null!==e&&"h"in e&&(t=e.h,e="e"in e?e.e:void 0,"string"==typeof t)&&43===t.length&&c.test(t)&&(void 0===e||"number"==typeof e&&0<=e)}function B(e){var t,n,r;if("object"==typeof e&&null!==e&&"v"in e&&1===e.v&&"s"in e&&"p"in e)return t=e.s,n=e.p,r="g"in e?e.g:void 0,e="c"in e?e.c:void 0,"string"==typeof t&&22===t.length&&c.test(t)&&Array.isArray(n)&&n.every(l)&&(void 0===r||u(r))&&(void 0===e||"string"==typeof e&&oe.test(e))?{v:1,s:t,p:n,g:r,c:e}:void 0}function g(e){var t,n,r;if("object"==typeof e&&null!==e&&"n"in e&&"d"in e)return t=e.n,n=e.d,r="g"in e?e.g:void 0,e="e"in e?e.e:void 0,"string"!=typeof t||"string"!=typeof n||void 0!==e&&"number"!=typeof e||void 0!==r&&!u(r)?void 0:{n:t,d:n,g:r,e:e}}function z(e,t){return cfCrypto.createHmac("sha256",e).update(t).digest("base64url")}async function p(e,t){try{var n=await cf.kvs().get(e,{format:"json"});return t(n)}catch(e){}}function y(e){return p("u:"+e,B)}async function E(o,s){o=o.headers.authorization;if(!(void 0===o||void 0!==o.multiValue&&1<o.multiValue.length)){o=o.value;if(!("string"!=typeof o||1024<o.length)){var a,u=n(o,de);if(void 0!==u){let e=await y(u.user),t=void 0===e?ue:e,n=z(s,(o=t.s,s=u.user,a=u.password,`${ie}\\0${o}\\0${s.length}:${s}:`+a)),r=Date.now(),i;for(let e=0;e<t.p.length;e+=1){var d=t.p[e];void 0!==d&&m(n,d.h)&&(void 0===d.e||r<1e3*d.e)&&(i={user:u.user,record:t,notAfter:d.e})}return void 0===e?void 0:i}}}}function m(t,n){let r=43^t.length;r|=43^n.length;for(let e=0;e<43;e+=1)r|=t.charCodeAt(e)^n.charCodeAt(e);return 0===r}async function W(e,t){var n=e.value;if(!(void 0!==e.multiValue&&1<e.multiValue.length||"string"!=typeof n)&&re.test(n))return e=z(t,ae+`\\0`+n),t=e.substring(0,16),n=await p(F+t,g),void 0!==n&&m(e,n.d)?A(n,t):void 0}function A(e,t){var n,r=e.e;return void 0===r||Date.now()<1e3*r?{user:(n=e.n,d+n),record:e,notAfter:r,version:t}:void 0}async function G(e){try{return await cf.kvs().exists(se+e)}catch(e){return!1}}async function H(e,t,n){e=e.cookies[ee];if(void 0!==e){var r,i,o,s,a,u,d,e=e.value,c={now:Date.now()/1e3,mac:t,same:m},l="string"!=typeof e||(e=ne.exec(e),null===e)||(u=String(e[1]),l=String(e[2]),s=Number(e[3]),a=String(e[4]),e=String(e[5]),i=V(l),i=void 0===i?void 0:f(i),void 0===i)||void 0!==(o=i,r=h(o),v(void 0===r?o:r))?{ok:!1,reason:"malformed"}:(o=c.mac(u,(o=u,r=l,l=s,d=a,`s1.${o}.${r}.${String(l)}.`+d)),void 0===o?{ok:!1,reason:"unknown-key"}:c.same(o,e)?(r=Math.floor(c.now),r<s?te<s-r?{ok:!1,reason:"too-far"}:{ok:!0,session:{user:i,expires:s,version:a,keyId:u}}:{ok:!1,reason:"expired"}):{ok:!1,reason:"bad-mac"});if(l.ok)return d=h(l.session.user),void 0!==d?(o=l.session.version,e=await p(F+o,g),void 0!==e&&e.n===d?A(e,o):void 0):(c=await y(l.session.user),void 0!==c&&(r={user:l.session.user,record:c},i=l,s=r,a=t,u=n,d=s.record,o=void 0!==d.c?d.c:(e=d.p.map(e=>e.h),String(a(u,`cv\\n${s.user}\\n`+e.join(`\\n`))).substring(0,16)),(i.ok?void 0===o?{ok:!1,reason:"unknown-user"}:o!==i.session.version?{ok:!1,reason:"revoked"}:i:i).ok)?r:void 0)}}async function L(e){let a=e.request,s=!1,t="";try{t="/_login?next="+encodeURIComponent(a.uri);var n=a.headers.accept;s=void 0!==n&&(r=n.value,"string"==typeof r)&&0<=r.toLowerCase().indexOf("text/html")}catch(e){s=!1}var r,u,d,c,l,f,v,h,g;let i=a.headers[j],o=a.querystring[I],p=void 0!==i?i:o,y;try{if(void 0===p)y=await E(a,R),void 0===y&&(y=await H(a,le,T));else{if(void 0===i&&(void 0===p.multiValue||p.multiValue.length<2)&&s&&"GET"===a.method)return S(t+`&${I}=`+p.value);y=await W(p,R)}}catch(e){y=void 0}let m=void 0===y?void 0:y.user,A=(e,t,n)=>{return s?Z(e,t,n,(r=e,i=O,o=String(m),r=r,i=i,o=o,r=400===r?_(i,o,"Bad request",["This address is not one the site can serve."]):403===r?_(i,o,"Not yours",[`You are signed in as ${String(o)}.`,"This page is not one of yours."]):_(i,o,"Not found",["There is nothing at this address."]),i=(void 0===r.actions?[]:r.actions).map(e=>`<a href="${x(e.href)}">${x(e.label)}</a>`).join(" "),o=x(r.title),`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${o}</title>`+`</head><body><main><p class="s">${o}</p><h1>${x(r.heading)}</h1>`+r.paragraphs.map(e=>`<p>${x(e)}</p>`).join("")+(""===i?"":`<p>${i}</p>`)+`</main></body></html>\\n`),"default-src \'none\'; base-uri \'none\'; form-action \'none\'; frame-ancestors \'none\'"):Z(e,t,n);var r,i,o};if(void 0===y)return s?S(t):A(401,"Unauthorized",{"www-authenticate":{value:ce}});try{v=a.uri,g=k(v);let e=400===g?400:(h=(g.folder?g.segments.concat("index.html"):g.segments).join("/"),1024<$(h)?404:h);if(404===e)return A(404,"Not Found");if(400===e)return A(400,"Bad Request");let t=y.record.g,n=e,r=a.headers.host,i=C(r&&r.value),o=i.substring(i.length-Number(U.length)),s=D(i,e,z(N,o)===U.mac?o:void 0);if(404===s)return A(404,"Not Found");if(void 0!==s){if(!("version"in y)){if(!await G(y.user))return A(403,"Forbidden");t=void 0}n=s.key,e=s.prefix+n}return void 0===t||q(t.map(b),n)?(delete a.headers.authorization,delete a.headers[j],delete a.querystring[I],a.uri=(u=e,"/"+w(u)),a):"index.html"===e&&/^\\/+$/.test(a.uri)&&0<t.length?S((d=String(t[0]),l=d.split("/").filter(e=>""!==e),f=l.findIndex(e=>"*"===e||"**"===e),f<0?"/"+w(l.join("/"))+(d.endsWith("/")?"/":""):(c=l.slice(0,f).join("/"),""===c?"/":`/${w(c)}/`))):A(403,"Forbidden")}catch(e){return A(400,"Bad Request")}}function S(e){return Z(303,"See Other",{location:{value:e}})}function Z(e,t,n,r,i){n=void 0===n?{}:n,n["cache-control"]={value:fe},n["content-type"]={value:void 0===r?"text/plain; charset=utf-8":X},void 0!==i&&(n["content-security-policy"]={value:i}),i=void 0===r?e+` ${t}\\n`:r;return{statusCode:e,statusDescription:t,headers:n,body:{encoding:"text",data:i}}}var M=\' "#%<>[\\\\]^`{|}~?*+\',t="0123456789ABCDEF",Y=/[\\u0000-\\u001f\\u007f\\\\/]/,J=/[\\u0000-\\u001f\\u007f]/,K=/^[ \\t]*basic[ \\t]+([A-Za-z0-9+/]+={0,2})[ \\t]*$/i,P="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",Q=/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,X="text/html; charset=utf-8",N="_previews/",ee="__Host-secure-dist",te=2592e3,d="token:",ne=/^s1\\.([A-Za-z0-9]{1,16})\\.([A-Za-z0-9_-]{1,400})\\.([1-9][0-9]{0,10})\\.([A-Za-z0-9_-]{1,22})\\.([A-Za-z0-9_-]{43})$/,j="x-secure-dist-token",I="secure-dist-token",re=/^sdt1_[A-Za-z0-9_-]{43}$/,ie="secure-dist/function/v1",c=/^[A-Za-z0-9_-]*$/,oe=/^[A-Za-z0-9_-]{1,22}$/,se="r:",F="t:",ae="secure-dist/function/token",ue={v:1,s:"AAAAAAAAAAAAAAAAAAAAAA",p:[{h:"!",e:0}]},de="function"==typeof"".normalize?e=>e.normalize("NFC"):e=>e,e=__SECURE_DIST_FUNCTION_CONFIG__,U=void 0!==e.previews?e.previews:{},O=String(e.realm).replace(/[^\\x20-\\x7e]|["\\\\]/g,""),R=String(e.pepper),ce=`Basic realm="${O}", charset="UTF-8"`,T=void 0!==e.session?String(e.session.keyId):"",le=((e,n)=>{let r=z(e,`secure-dist session key\\n`+n);return(e,t)=>e===n?z(r,t):void 0})(R,T),fe="private, no-store";\nasync function handler(event){return L(event)}\n';
var RESPONSE_FUNCTION_TEMPLATE = `import cf from 'cloudfront';
var cfCrypto = require('crypto');
function l(e){var t;if("string"==typeof e){var o=e.split(",");for(let e=0;e<o.length;e+=1)if("private"===(null!=(t=(null!=(t=o[e])?t:"").split("=")[0])?t:"").trim().toLowerCase())return 1}}function s(e){e="string"==typeof e?null==(e=e.split(";")[0])?void 0:e.trim().toLowerCase():"";if("application/pdf"!==e)return"text/html"===e?a:t}async function e(e){var t=e.response;return void 0===t?e.request:o(t)}function o(e){let t=e.headers,o=p;try{var a=t["cache-control"],r=t[c];o=(n=void 0===a?void 0:a.value,i=void 0===r?void 0:r.value,l(i)&&"string"==typeof i?i:l(n)&&"string"==typeof n?n:p)}catch(e){}var n,i;return delete t[c],t["cache-control"]={value:o},v||(a=t["content-type"],r=s(void 0===a?void 0:a.value),void 0!==r&&(t["content-security-policy"]={value:r})),e}var c="x-amz-meta-viewer-cache-control",p="private, no-cache",t="sandbox allow-downloads allow-popups allow-popups-to-escape-sandbox",a=t+" allow-same-origin",r=__SECURE_DIST_FUNCTION_CONFIG__,v=!0===r.trustedPages;
async function handler(event){return e(event)}
`;
var LOGIN_FUNCTION_TEMPLATE = 'import cf from \'cloudfront\';\nvar cfCrypto = require(\'crypto\');\nfunction r(t){let r=0;for(let e=0;e<t.length;e+=1){var o=t.charCodeAt(e);o<128?r+=1:o<2048?r+=2:55296<=o&&o<=56319&&e+1<t.length&&(o=t.charCodeAt(e+1),56320<=o)&&o<=57343?(r+=4,e+=1):r+=3}return r}function s(e){return e.replace(/[&<>"\']/g,e=>`&#${e.charCodeAt(0)};`)}function n(n){if(Q.test(n)){let t=[],r=0,o=0;for(let e=0;e<n.length&&"="!==n.charAt(e);e+=1)o=4095&(o<<6|L.indexOf(n.charAt(e))),r+=6,8<=r&&(r-=8,t.push(o>>r&255));return 0==(o&(1<<r)-1)?t:void 0}}function i(t){let r="";for(let e=0;e<t.length;e+=1){var o=Number(t[e]);r+=(o=o,"%"+S.charAt(o>>4)+S.charAt(15&o))}try{return decodeURIComponent(r)}catch(e){}}function o(e){return H.test(e)}function c(e){return e.includes(":")?"contains a colon":a(e)}function a(e){return""===e?"is empty":o(e)?"contains a control character":void 0}function e(e,t){if(!("string"!=typeof e||1024<e.length)){e=(V.exec(e)||[])[1];if(void 0!==e){e=n(e);if(void 0!==e){e=i(e);if(void 0!==e){var r,o=e.indexOf(":");if(!(o<1))return r=t(e.slice(0,o)),t=t(e.slice(o+1)),void 0===c(r)&&void 0===a(t)?{user:r,password:t}:void 0}}}}}function u(e){let t;try{t=encodeURIComponent(e)}catch(e){return}var r=[];for(let e=0;e<t.length;e+=1)"%"===t.charAt(e)?(r.push(parseInt(t.substring(e+1,e+3),16)),e+=2):r.push(t.charCodeAt(e));return r}function d(t){let r="";for(let e=0;e<t.length;e+=3){var o=t[e]||0,n=t[e+1]||0,i=t[e+2]||0,o=o<<16|n<<8|i;r+=O.charAt(o>>18&63)+O.charAt(o>>12&63),e+1<t.length&&(r+=O.charAt(o>>6&63)),e+2<t.length&&(r+=O.charAt(63&o))}return r}function f(t,r){var o=Math.floor(t.now),n=t.lifetime;if(1<=n&&n<=J&&Math.floor(n)===n&&K.test(t.keyId)&&X.test(t.version)&&void 0===(i=t.user,a=i,a=0===a.indexOf($)?a.substring($.length):void 0,c(void 0===a?i:a))){var i=u(t.user);if(void 0!==i){let e=o+n;if(void 0!==t.notAfter&&t.notAfter<e&&(e=Math.floor(t.notAfter)),e>o){var a=d(i);if(!(400<a.length))return n=t.keyId,o=a,i=e,a=t.version,n=`s1.${n}.${o}.${String(i)}.`+a,o=r(t.keyId,n),void 0!==o?n+"."+o:void 0}}}}function l(e){return`Path=/; Max-Age=${String(Math.max(0,Math.floor(e)))}; Secure; HttpOnly; SameSite=Lax`}function v(e){var t;return"/"===e.charAt(0)&&(t=e.charAt(1),"/"!==t)&&"\\\\"!==t&&-1===e.indexOf("\\\\")&&!o(e)&&(t=String(e.split(/[?#]/)[0]),!/(^|\\/)\\.\\.?(\\/|$)/.test(t))&&t!==z&&t!==Y}function h(e){if("string"!=typeof e||""===e||2048<r(e)||!/^[\\x21-\\x7e]+$/.test(e)||!v(e))return"/";let t;try{t=decodeURIComponent(e)}catch(e){return"/"}return v(t)?e:"/"}function p(e){return"string"==typeof e?e.toLowerCase():void 0}function g(e){var t;return"POST"===e.method&&(t=p(e.secFetchSite),void 0!==t?"same-origin"===t:(t=p(e.origin),e=p(e.host),void 0!==t&&void 0!==e&&""!==e&&t==="https://"+e))}function m(e,t,r){e=s(e);return`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${e}</title><style>${W}</style><style>${ee}</style></head><body><main><p class="s">${e}</p>${t}</main>`+(r?`<script>${te}</script>`:"")+`</body></html>\\n`}function y(e){return Array.isArray(e)&&e.every(e=>"string"==typeof e)}function E(e){var t;return"object"==typeof e&&null!==e&&"h"in e&&(t=e.h,e="e"in e?e.e:void 0,"string"==typeof t)&&43===t.length&&_.test(t)&&(void 0===e||"number"==typeof e&&0<=e)}function F(e){var t,r,o;if("object"==typeof e&&null!==e&&"v"in e&&1===e.v&&"s"in e&&"p"in e)return t=e.s,r=e.p,o="g"in e?e.g:void 0,e="c"in e?e.c:void 0,"string"==typeof t&&22===t.length&&_.test(t)&&Array.isArray(r)&&r.every(E)&&(void 0===o||y(o))&&(void 0===e||"string"==typeof e&&ie.test(e))?{v:1,s:t,p:r,g:o,c:e}:void 0}function P(e){var t,r,o;if("object"==typeof e&&null!==e&&"n"in e&&"d"in e)return t=e.n,r=e.d,o="g"in e?e.g:void 0,e="e"in e?e.e:void 0,"string"!=typeof t||"string"!=typeof r||void 0!==e&&"number"!=typeof e||void 0!==o&&!y(o)?void 0:{n:t,d:r,g:o,e:e}}function A(e,t){return cfCrypto.createHmac("sha256",e).update(t).digest("base64url")}async function b(e,t){try{var r=await cf.kvs().get(e,{format:"json"});return t(r)}catch(e){}}async function q(i,a){i=i.headers.authorization;if(!(void 0===i||void 0!==i.multiValue&&1<i.multiValue.length)){i=i.value;if(!("string"!=typeof i||1024<i.length)){var s,c=e(i,ue);if(void 0!==c){i=c.user;let e=await b("u:"+i,F),t=void 0===e?ce:e,r=A(a,(i=t.s,a=c.user,s=c.password,`${ne}\\0${i}\\0${a.length}:${a}:`+s)),o=Date.now(),n;for(let e=0;e<t.p.length;e+=1){var u=t.p[e];void 0!==u&&w(r,u.h)&&(void 0===u.e||o<1e3*u.e)&&(n={user:c.user,record:t,notAfter:u.e})}return void 0===e?void 0:n}}}}function w(t,r){let o=43^t.length;o|=43^r.length;for(let e=0;e<43;e+=1)o|=t.charCodeAt(e)^r.charCodeAt(e);return 0===o}async function D(e,t){var r,o=e.value;if(!(void 0!==e.multiValue&&1<e.multiValue.length||"string"!=typeof o)&&oe.test(o))return e=A(t,se+`\\0`+o),t=e.substring(0,16),o=await b(ae+t,P),void 0!==o&&w(e,o.d)&&(e=o,o=t,t=e.e,void 0===t||Date.now()<1e3*t)?{user:(r=e.n,$+r),record:e,notAfter:t,version:o}:void 0}async function R(e){try{return await j(e.request)}catch(e){return k(400,void 0,{})}}function x(e,t){e=e.headers[t];return void 0===e?void 0:e.value}async function j(t){var r=t.method,o={method:r,host:x(t,"host"),origin:x(t,"origin"),secFetchSite:x(t,"sec-fetch-site")},n={};if(t.uri!==z)return a=o,("POST"===a.method?g(a):"GET"===a.method&&(a=p(a.secFetchSite),"same-origin"===a||"none"===a))?(n[C]={value:"",attributes:l(0)},k(303,void 0,{location:{value:z}},n)):k(200,(a=U,m(a,\'<h1>Sign out?</h1><form method="post" action="/_logout"><button>Sign out</button></form>\',!1)),{},void 0,I);let e=t.querystring.next,i="/";if(void 0!==e)try{i=h(decodeURIComponent(e.value))}catch(e){i="/"}var a="POST"===r?void 0:t.querystring[re];if(void 0!==a||"POST"===r){let e;if(void 0!==a)e=await D(a,Z);else{if(!g(o))return k(403,void 0,{});if(void 0===t.headers.authorization)return k(401,void 0,{"www-authenticate":{value:N}});e=await q(t,Z)}var r=void 0===e?void 0:B(e);if(void 0!==r)return n[C]={value:r.cookie,attributes:l(r.maxAge)},void 0===a&&"cors"===x(t,"sec-fetch-mode")?k(200,void 0,{},n,void 0,i):k(303,void 0,{location:{value:i}},n);if(void 0===a)return k(401,void 0,{})}return o=x(t,"accept"),"string"==typeof o&&0<=o.toLowerCase().indexOf("text/html")?k(401,(r=U,n=z+"?next="+encodeURIComponent(i),a=i,m(r,`<h1>Sign in</h1><p id="m"></p><form method="post" action="${s(n)}"><label>User name<input name="user" autocomplete="username" required></label><label>Password<input name="password" type="password" autocomplete="current-password" required></label><input type="hidden" name="next" value="${s(a)}"><button>Sign in</button></form>`,!0)),{},void 0,I):k(401,void 0,{"www-authenticate":{value:N}})}function B(e){var t,r,o=Math.floor(Date.now()/1e3),n={user:e.user,version:"version"in e?e.version:(t=e,n=M,i=T,r=t.record,void 0!==r.c?r.c:(r=r.p.map(e=>e.h),String(n(i,`cv\\n${t.user}\\n`+r.join(`\\n`))).substring(0,16))),keyId:T,now:o,lifetime:de,notAfter:e.notAfter},i=f(n,M);if(void 0!==i)return{cookie:i,maxAge:Number(i.split(".")[3])-o}}function k(e,t,r,o,n,i){r["cache-control"]={value:"private, no-store"},r["content-type"]={value:void 0===t?"text/plain; charset=utf-8":G},void 0!==n&&(r["content-security-policy"]={value:n});n={statusCode:e,headers:r,body:{encoding:"text",data:void 0!==t?t:void 0!==i?i:e+`\\n`}};return void 0!==o&&(n.cookies=o),n}var S="0123456789ABCDEF",H=/[\\u0000-\\u001f\\u007f]/,V=/^[ \\t]*basic[ \\t]+([A-Za-z0-9+/]+={0,2})[ \\t]*$/i,L="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",Q=/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,W=":root{color-scheme:light dark}body{font:17px/1.5 system-ui,sans-serif;margin:0;padding:12vh 1rem;background:#eee;color:#222}main{max-width:28rem;margin:auto;padding:2rem;border-radius:12px;background:#fff}h1{font-size:1.5rem;margin:0 0 1rem}p{overflow-wrap:anywhere}.s{margin:0;opacity:.7}a{display:inline-block;padding:.6rem 1rem;border-radius:8px;background:#15c;color:#fff;text-decoration:none}@media(prefers-color-scheme:dark){body{background:#111;color:#eee}main{background:#222}a{background:#37f}}",G="text/html; charset=utf-8",C="__Host-secure-dist",J=2592e3,$="token:",z="/_login",Y="/_logout",K=/^[A-Za-z0-9]{1,16}$/,X=/^[A-Za-z0-9_-]{1,22}$/,O="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",ee="input,button{display:block;box-sizing:border-box;width:100%;font:inherit;margin:.3rem 0 1rem;padding:.5rem;border-radius:8px}button{background:#15c;color:#fff;border:0}",te=\'document.forms[0].onsubmit=async function(e){e.preventDefault();var f=this,t="";new TextEncoder().encode((f.user.value+":"+f.password.value).normalize("NFC")).forEach(function(b){t+=String.fromCharCode(b)});try{var r=await fetch(location.href,{method:"POST",headers:{Authorization:"Basic "+btoa(t)}});if(r.ok)return location.replace(await r.text());m.textContent=r.status==401?"Wrong user name or password.":"Sign-in failed: "+r.status}catch(x){m.textContent="No connection."}}\',I="default-src \'none\'; style-src \'sha256-7ZA3MPJ7UqzJc6QPHQc03kCkOAvAhZU+OfEiyoL++IQ=\' \'sha256-qT9S8ABf7I8TDZNEyCMkb+6fnpd7lkuUH9Uhc0aZGiY=\'; script-src \'sha256-Vl1EO6/UYwQiOpWj23gAyqsrbndnWkDohMReWUS+BAA=\'; connect-src \'self\'; base-uri \'none\'; form-action \'self\'; frame-ancestors \'none\'",re="secure-dist-token",oe=/^sdt1_[A-Za-z0-9_-]{43}$/,ne="secure-dist/function/v1",_=/^[A-Za-z0-9_-]*$/,ie=/^[A-Za-z0-9_-]{1,22}$/,ae="t:",se="secure-dist/function/token",ce={v:1,s:"AAAAAAAAAAAAAAAAAAAAAA",p:[{h:"!",e:0}]},ue="function"==typeof"".normalize?e=>e.normalize("NFC"):e=>e,t=__SECURE_DIST_FUNCTION_CONFIG__,U=String(t.realm).replace(/[^\\x20-\\x7e]|["\\\\]/g,""),Z=String(t.pepper),T=String(t.session.keyId),de=Number(t.session.lifetime),M=((e,r)=>{let o=A(e,`secure-dist session key\\n`+r);return(e,t)=>e===r?A(o,t):void 0})(Z,T),N=`Basic realm="${U}", charset="UTF-8"`;\nasync function handler(event){return R(event)}\n';

// src/edge/function/render.ts
var MAX_FUNCTION_BYTES = 10 * 1024;
function renderFunctionCode(options) {
  const realm = checkedRealm(options.realm);
  checkPepper(options.pepper);
  const session = options.session === void 0 ? void 0 : { keyId: checkedSession(options.session).keyId };
  const previews = options.previews;
  if (previews === void 0) {
    return session === void 0 ? withConfig(FUNCTION_TEMPLATE, { realm, pepper: options.pepper }) : withConfig(FORM_FUNCTION_TEMPLATE, { realm, pepper: options.pepper, session });
  }
  const domain = previews.domain;
  if (domain !== void 0 && !/^[a-z0-9.-]{1,253}$/.test(domain)) {
    throw new Error("function code: the preview domain must be a lower-case host name");
  }
  const config = {
    realm,
    pepper: options.pepper,
    ...session === void 0 ? {} : { session },
    previews: domain === void 0 ? {} : previewDomainConfig(domain)
  };
  return withConfig(
    session === void 0 ? PREVIEWS_FUNCTION_TEMPLATE : FORM_PREVIEWS_FUNCTION_TEMPLATE,
    config
  );
}
function previewDomainConfig(domain) {
  return {
    length: domain.length,
    mac: (0, import_node_crypto5.createHmac)("sha256", PREVIEWS_PREFIX).update(domain).digest("base64url")
  };
}
function renderLoginFunctionCode(options) {
  const realm = checkedRealm(options.realm);
  checkPepper(options.pepper);
  const session = checkedSession(options.session);
  return withConfig(LOGIN_FUNCTION_TEMPLATE, {
    realm,
    pepper: options.pepper,
    session: { keyId: session.keyId, lifetime: session.lifetime }
  });
}
function checkedRealm(realm) {
  if (realm === "" || realm.length > 128 || !/^[\x20-\x7e]+$/.test(realm) || /["\\]/.test(realm)) {
    throw new Error(
      "function code: the realm must be 1 to 128 printable ASCII characters without double quotes or backslashes"
    );
  }
  return realm;
}
function checkPepper(pepper) {
  const problem = pepperProblem(pepper);
  if (problem !== void 0) throw new Error(`function code: the pepper ${problem}`);
}
function checkedSession(session) {
  if (!/^[A-Za-z0-9]{1,16}$/.test(session.keyId)) {
    throw new Error("function code: the session key id must be 1 to 16 letters or digits");
  }
  const lifetime = session.lifetime;
  if (!Number.isInteger(lifetime) || lifetime < 1 || lifetime > MAX_SESSION_SECONDS) {
    throw new Error("function code: the session lifetime must be 1 second to 30 days");
  }
  return session;
}
function renderResponseFunctionCode(options) {
  return withConfig(
    RESPONSE_FUNCTION_TEMPLATE,
    options.trustedPages === true ? { trustedPages: true } : {}
  );
}
function withConfig(template, config) {
  const parts = template.split(FUNCTION_PLACEHOLDER);
  if (parts.length !== 2) {
    throw new Error("function template: expected the config placeholder exactly once");
  }
  const code = parts.join(JSON.stringify(config));
  const bytes = Buffer.byteLength(code);
  if (bytes > MAX_FUNCTION_BYTES) {
    throw new Error(
      `function code: ${bytes} bytes, over CloudFront Functions' ${MAX_FUNCTION_BYTES}-byte limit`
    );
  }
  return code;
}

// src/invalidate/paths.ts
var MAX_FILE_PATHS = 3e3;
var MAX_WILDCARD_PATHS = 15;
var DEFAULT_MAX_PATHS = 1e3;
var DEFAULT_MAX_WILDCARDS = MAX_WILDCARD_PATHS;
var DEFAULT_COLLAPSE_THRESHOLD = { minKeys: 10, minRatio: 0.5 };
var toInvalidationPath = (key) => canonicalPath(key);
function pathsForKey(key) {
  const path11 = toInvalidationPath(key);
  if (key === "index.html") return [path11, "/"];
  if (!key.endsWith("/index.html")) return [path11];
  const dir = path11.slice(0, -"index.html".length);
  return [path11, dir, dir.slice(0, -1)];
}
function dirsOf(key) {
  const dirs = [""];
  for (let i = key.indexOf("/"); i !== -1; i = key.indexOf("/", i + 1))
    dirs.push(key.slice(0, i + 1));
  return dirs;
}
var byCodeUnit = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var countInto = (map2, key) => {
  map2.set(key, (map2.get(key) ?? 0) + 1);
};
function checkRange(name, value, min, max, integer = true) {
  if (!(value >= min && value <= max) || integer && !Number.isInteger(value)) {
    const what = integer ? "a whole number" : "a number";
    throw new RangeError(
      `planInvalidation: ${name} must be ${what} from ${min} to ${max}, got ${value}`
    );
  }
  return value;
}
function candidates(keys, filePaths, allKeys, threshold) {
  const changed = /* @__PURE__ */ new Map();
  for (const key of keys) for (const dir of dirsOf(key)) countInto(changed, dir);
  const total = /* @__PURE__ */ new Map();
  for (const key of /* @__PURE__ */ new Set([...allKeys, ...keys])) {
    for (const dir of dirsOf(key)) if (changed.has(dir)) countInto(total, dir);
  }
  const covered = /* @__PURE__ */ new Map();
  for (const path11 of filePaths) {
    for (let i = 0; i !== -1; i = path11.indexOf("/", i + 1))
      countInto(covered, path11.slice(0, i + 1));
  }
  const out = [];
  for (const [dir, c] of changed) {
    const t = total.get(dir) ?? c;
    const prefix = toInvalidationPath(dir);
    const cov = covered.get(prefix) ?? 0;
    if (c >= threshold.minKeys && c >= threshold.minRatio * t && cov > 1) {
      out.push({ prefix, changed: c, total: t, covered: cov });
    }
  }
  return out.sort(
    (a, b) => b.covered - a.covered || a.total - a.changed - (b.total - b.changed) || byCodeUnit(a.prefix, b.prefix)
  );
}
var percent = (part, whole) => `${Math.round(100 * part / whole)}%`;
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function planInvalidation(changedKeys, options = {}) {
  const maxPaths = checkRange("maxPaths", options.maxPaths ?? DEFAULT_MAX_PATHS, 1, MAX_FILE_PATHS);
  const maxWildcards = checkRange(
    "maxWildcards",
    options.maxWildcards ?? DEFAULT_MAX_WILDCARDS,
    1,
    MAX_WILDCARD_PATHS
  );
  const threshold = {
    minKeys: checkRange(
      "collapseThreshold.minKeys",
      options.collapseThreshold?.minKeys ?? DEFAULT_COLLAPSE_THRESHOLD.minKeys,
      1,
      Number.MAX_SAFE_INTEGER
    ),
    minRatio: checkRange(
      "collapseThreshold.minRatio",
      options.collapseThreshold?.minRatio ?? DEFAULT_COLLAPSE_THRESHOLD.minRatio,
      0,
      1,
      false
    )
  };
  const keys = [...new Set(changedKeys)].sort(byCodeUnit);
  if (keys.length === 0) {
    return { paths: [], wildcards: 0, files: 0, reason: "nothing changed: no invalidation needed" };
  }
  const filePaths = [...new Set(keys.flatMap(pathsForKey))].sort(byCodeUnit);
  const picked = [];
  if (options.allKeys !== void 0) {
    for (const c of candidates(keys, filePaths, options.allKeys, threshold)) {
      if (picked.length === maxWildcards) break;
      const overlaps = picked.some(
        (p) => c.prefix.startsWith(p.prefix) || p.prefix.startsWith(c.prefix)
      );
      if (!overlaps) picked.push(c);
    }
  }
  const files = filePaths.filter((path11) => !picked.some((p) => path11.startsWith(p.prefix)));
  if (files.length > maxPaths) {
    return {
      paths: ["/*"],
      wildcards: 1,
      files: 0,
      reason: `fell back to /* because ${files.length} paths remained after collapsing, more than maxPaths (${maxPaths})`
    };
  }
  const wildcards = picked.map((p) => `${p.prefix}*`);
  const paths = [...wildcards, ...files].sort(byCodeUnit);
  const plan = { paths, wildcards: wildcards.length, files: files.length };
  const [first] = picked;
  if (first?.prefix === "/") {
    const share = `${first.changed} of ${plural(first.total, "key")} (${percent(first.changed, first.total)})`;
    return { ...plan, reason: `invalidating /* because ${share} changed` };
  }
  if (picked.length > 0) {
    const collapsed = picked.map((p) => `${plural(p.changed, "key")} under ${p.prefix}*`).join(", ");
    const rest = files.length > 0 ? `; ${plural(files.length, "other path")}` : "";
    return { ...plan, reason: `collapsed ${collapsed}${rest}` };
  }
  const why = options.allKeys === void 0 ? "the bucket listing was not given, so no directory was collapsed" : `no directory had ${threshold.minKeys}+ changed keys making up at least ${percent(threshold.minRatio, 1)} of its keys`;
  return {
    ...plan,
    reason: `${plural(keys.length, "changed key")} as ${plural(files.length, "path")}: ${why}`
  };
}

// src/sync/git-dates.ts
var import_node_child_process = __toESM(require_node_child_process(), 1);
var GitLogParser = class {
  constructor(wanted, dates) {
    this.wanted = wanted;
    this.dates = dates;
  }
  wanted;
  dates;
  date;
  rest = "";
  /** Feeds a chunk; true once every wanted key has a date. */
  push(chunk) {
    const tokens = (this.rest + chunk).split("\0");
    this.rest = tokens.pop() ?? "";
    for (const t of tokens) this.token(t);
    return this.dates.size >= this.wanted.size;
  }
  end() {
    if (this.rest !== "") this.token(this.rest);
    this.rest = "";
  }
  token(raw) {
    const t = raw.replace(/^\n/, "");
    if (t.startsWith("")) {
      this.date = t.slice(1).trim();
      return;
    }
    if (t === "" || this.date === void 0) return;
    const key = t.normalize("NFC");
    if (this.wanted.has(key) && !this.dates.has(key)) this.dates.set(key, this.date);
  }
};
function gitDates(dir, keys, gitBinary = "git") {
  const dates = /* @__PURE__ */ new Map();
  const wanted = new Set(keys);
  if (wanted.size === 0) return Promise.resolve({ dates });
  return new Promise((resolve3) => {
    const child = (0, import_node_child_process.spawn)(
      gitBinary,
      [
        "-c",
        "core.quotePath=false",
        "log",
        "-z",
        "--no-renames",
        "--format=%x01%cI",
        "--name-only",
        "--relative",
        "--",
        "."
      ],
      { cwd: dir, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, GIT_PAGER: "cat" } }
    );
    const parser = new GitLogParser(wanted, dates);
    let stderr = "";
    let stopped = false;
    let settled = false;
    const done = (r) => {
      if (!settled) {
        settled = true;
        resolve3(r);
      }
    };
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk) => {
      if (stopped) return;
      if (parser.push(chunk)) {
        stopped = true;
        child.kill();
      }
    });
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk) => {
      if (stderr.length < 2e3) stderr += chunk;
    });
    child.on("error", (e) => done({ dates: /* @__PURE__ */ new Map(), unavailable: e.message }));
    child.on("close", (code) => {
      if (stopped) return done({ dates });
      parser.end();
      if (code === 0) return done({ dates });
      const reason = stderr.trim().split("\n")[0] ?? "";
      done({ dates: /* @__PURE__ */ new Map(), unavailable: reason || `git log exited with ${String(code)}` });
    });
  });
}

// src/sync/git.ts
var import_node_child_process2 = __toESM(require_node_child_process(), 1);
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_promises2 = __toESM(require_promises(), 1);
var import_node_path3 = __toESM(require_node_path(), 1);

// src/sync/git-index.ts
var import_node_crypto6 = __toESM(require_node_crypto(), 1);
var import_promises = __toESM(require_promises(), 1);
function nanoseconds(sec, nsec) {
  return sec === 0 ? String(nsec) : `${sec}${String(nsec).padStart(9, "0")}`;
}
function entryStamp(e) {
  return [nanoseconds(e.ctimeS, e.ctimeN), nanoseconds(e.mtimeS, e.mtimeN), e.ino, e.size].join(
    ":"
  );
}
function notBefore(a, b) {
  return a[0] > b[0] || a[0] === b[0] && a[1] >= b[1];
}
var IndexFormatError = class extends Error {
  name = "IndexFormatError";
};
var ASSUME_VALID = 32768;
var EXTENDED = 16384;
var SKIP_WORKTREE = 16384;
var INTENT_TO_ADD = 8192;
async function readIndex(file, oidLength, visit3) {
  const handle = await (0, import_promises.open)(file, "r");
  try {
    const st = await handle.stat({ bigint: true });
    const buf = await handle.readFile();
    const ns = 1000000000n;
    visitIndex(buf, oidLength, (e) => visit3(e, buf));
    return [Number(st.mtimeNs / ns), Number(st.mtimeNs % ns)];
  } finally {
    await handle.close();
  }
}
function visitIndex(buf, oidLength, visit3) {
  const fail = (why) => {
    throw new IndexFormatError(`git index: ${why}`);
  };
  if (buf.length < 12 + oidLength || buf.toString("latin1", 0, 4) !== "DIRC")
    fail("no DIRC header");
  const version = buf.readUInt32BE(4);
  if (version < 2 || version > 4) fail(`version ${version}`);
  const count = buf.readUInt32BE(8);
  const end = buf.length - oidLength;
  const trailer = buf.subarray(end);
  if (trailer.some((b) => b !== 0)) {
    const digest = (0, import_node_crypto6.createHash)(oidLength === 20 ? "sha1" : "sha256").update(buf.subarray(0, end)).digest();
    if (!digest.equals(trailer)) fail("checksum mismatch");
  }
  const entry = {
    path: "",
    mode: 0,
    stage: 0,
    flagged: false,
    blobAt: 0,
    ctimeS: 0,
    ctimeN: 0,
    mtimeS: 0,
    mtimeN: 0,
    ino: 0,
    size: 0
  };
  let at = 12;
  let previous = Buffer.alloc(0);
  for (let n = 0; n < count; n++) {
    const start = at;
    if (at + 40 + oidLength + 2 > end) fail("truncated entry");
    const ctimeS = buf.readUInt32BE(at);
    const ctimeN = buf.readUInt32BE(at + 4);
    const mtimeS = buf.readUInt32BE(at + 8);
    const mtimeN = buf.readUInt32BE(at + 12);
    const ino = buf.readUInt32BE(at + 20);
    const mode = buf.readUInt32BE(at + 24);
    const size = buf.readUInt32BE(at + 36);
    at += 40;
    const blobAt = at;
    at += oidLength;
    const flags = buf.readUInt16BE(at);
    at += 2;
    let extended = 0;
    if ((flags & EXTENDED) !== 0) {
      if (version < 3) fail("extended flags in a version 2 index");
      extended = buf.readUInt16BE(at);
      at += 2;
    }
    let path11;
    if (version === 4) {
      let c = buf[at++] ?? 0;
      let drop = c & 127;
      while ((c & 128) !== 0) {
        c = buf[at++] ?? 0;
        drop = drop + 1 << 7 | c & 127;
      }
      const nul = buf.indexOf(0, at);
      if (nul < 0 || nul >= end) fail("unterminated path");
      if (drop > previous.length) fail("bad path prefix");
      previous = Buffer.concat([
        previous.subarray(0, previous.length - drop),
        buf.subarray(at, nul)
      ]);
      path11 = previous.toString("utf8");
      at = nul + 1;
    } else {
      const nul = buf.indexOf(0, at);
      if (nul < 0 || nul >= end) fail("unterminated path");
      path11 = buf.toString("utf8", at, nul);
      at = start + Math.ceil((nul + 1 - start) / 8) * 8;
    }
    entry.path = path11;
    entry.mode = mode;
    entry.stage = flags >> 12 & 3;
    entry.flagged = (flags & ASSUME_VALID) !== 0 || (extended & (SKIP_WORKTREE | INTENT_TO_ADD)) !== 0;
    entry.blobAt = blobAt;
    entry.ctimeS = ctimeS;
    entry.ctimeN = ctimeN;
    entry.mtimeS = mtimeS;
    entry.mtimeN = mtimeN;
    entry.ino = ino;
    entry.size = size;
    visit3(entry);
  }
  while (at + 8 <= end) {
    const signature = buf.toString("latin1", at, at + 4);
    if (signature === "link") fail("split index (core.splitIndex)");
    at += 8 + buf.readUInt32BE(at + 4);
  }
}

// src/sync/git.ts
var BYTE_ATTRIBUTES = /* @__PURE__ */ new Set(["filter", "text", "eol", "ident", "working-tree-encoding"]);
function git(cwd, args, input) {
  return new Promise((resolve3, reject) => {
    const child = (0, import_node_child_process2.execFile)(
      "git",
      ["--no-optional-locks", "--literal-pathspecs", ...args],
      {
        cwd,
        encoding: "utf8",
        maxBuffer: 1024 * 1024 * 1024,
        env: { ...process.env, GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" }
      },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`git ${args[0] ?? ""}: ${stderr.trim() || err.message}`));
        else resolve3(stdout);
      }
    );
    if (input !== void 0) child.stdin?.end(input);
  });
}
function bytesAsCommitted(values) {
  const given = (name) => {
    const v = values.get(name) ?? "unspecified";
    return v !== "unspecified" && v !== "unset";
  };
  if (given("filter") || given("ident") || given("working-tree-encoding")) return false;
  if (values.get("text") === "unset") return true;
  return !given("text") && !given("eol");
}
function mayBeInCheckout(dir) {
  if (process.env.GIT_DIR !== void 0) return true;
  for (let d = dir; ; d = import_node_path3.default.dirname(d)) {
    if ((0, import_node_fs2.existsSync)(import_node_path3.default.join(d, ".git"))) return true;
    if (import_node_path3.default.dirname(d) === d) return false;
  }
}
async function readGitState(dir) {
  try {
    return await readGitStateOrThrow(dir);
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message.split("\n")[0] ?? "" : String(e) };
  }
}
async function readGitStateOrThrow(dir) {
  const dirReal = await (0, import_promises2.realpath)(dir);
  if (!mayBeInCheckout(dirReal)) return { ok: false, reason: "not a git checkout" };
  const [revParse, autocrlf] = await Promise.all([
    git(dirReal, ["rev-parse", "--show-toplevel", "--git-path", "index", "--show-object-format"]),
    git(dirReal, ["config", "--get", "core.autocrlf"]).catch(() => "")
  ]);
  const [top = "", indexRel = "", objectFormat = ""] = revParse.split("\n");
  if (top === "") return { ok: false, reason: "not a git checkout" };
  if (!["", "false"].includes(autocrlf.trim().toLowerCase())) {
    return { ok: false, reason: `core.autocrlf is ${autocrlf.trim()}` };
  }
  if (objectFormat !== "sha1" && objectFormat !== "sha256") {
    return { ok: false, reason: `object format '${objectFormat}'` };
  }
  const hash = objectFormat;
  const topReal = await (0, import_promises2.realpath)(top);
  const rel = import_node_path3.default.relative(topReal, dirReal).split(import_node_path3.default.sep).join("/");
  if (rel.startsWith("..")) return { ok: false, reason: "the folder is outside the checkout" };
  const under = rel === "" ? "" : `${rel}/`;
  const oidLength = hash === "sha1" ? 20 : 32;
  const files = new IndexTable(oidLength);
  let untrusted = 0;
  const indexMtime = await readIndex(import_node_path3.default.resolve(dirReal, indexRel), oidLength, (e, buf) => {
    if (!e.path.startsWith(under)) return;
    if (e.flagged || e.stage !== 0 || e.mode !== 33188 && e.mode !== 33261) {
      untrusted += 1;
      return;
    }
    files.add(e, buf);
  });
  if (files.size > 0) {
    const attrs = await git(
      topReal,
      ["check-attr", "--all", "-z", "--stdin"],
      `${files.paths().join("\0")}\0`
    );
    const fields = attrs.split("\0");
    const byFile = /* @__PURE__ */ new Map();
    for (let i = 0; i + 2 < fields.length; i += 3) {
      const file = fields[i] ?? "";
      const attr = fields[i + 1] ?? "";
      if (!BYTE_ATTRIBUTES.has(attr)) continue;
      const values = byFile.get(file) ?? /* @__PURE__ */ new Map();
      values.set(attr, fields[i + 2] ?? "");
      byFile.set(file, values);
    }
    for (const [file, values] of byFile) {
      if (!bytesAsCommitted(values) && files.drop(file)) untrusted += 1;
    }
  }
  const base = topReal.endsWith(import_node_path3.default.sep) ? topReal : topReal + import_node_path3.default.sep;
  return { ok: true, state: new IndexState(files, base, indexMtime, untrusted, hash) };
}
var STAT_FIELDS = 6;
var IndexTable = class {
  constructor(oidLength) {
    this.oidLength = oidLength;
  }
  oidLength;
  at = /* @__PURE__ */ new Map();
  blobs = Buffer.alloc(0);
  stats = new Uint32Array(0);
  count = 0;
  get size() {
    return this.at.size;
  }
  add(e, buf) {
    const i = this.count++;
    if ((i + 1) * this.oidLength > this.blobs.length) {
      const room = Math.max(1024, i * 2);
      const blobs = Buffer.alloc(room * this.oidLength);
      this.blobs.copy(blobs);
      this.blobs = blobs;
      const stats = new Uint32Array(room * STAT_FIELDS);
      stats.set(this.stats);
      this.stats = stats;
    }
    buf.copy(this.blobs, i * this.oidLength, e.blobAt, e.blobAt + this.oidLength);
    const s = i * STAT_FIELDS;
    this.stats[s] = e.ctimeS;
    this.stats[s + 1] = e.ctimeN;
    this.stats[s + 2] = e.mtimeS;
    this.stats[s + 3] = e.mtimeN;
    this.stats[s + 4] = e.ino;
    this.stats[s + 5] = e.size;
    this.at.set(e.path, i);
  }
  /** Forgets a path (git cannot vouch for it after all); true when it was there. */
  drop(file) {
    return this.at.delete(file);
  }
  paths() {
    return [...this.at.keys()];
  }
  /** The position of `file`, or undefined. */
  find(file) {
    return this.at.get(file);
  }
  entries() {
    return this.at.entries();
  }
  blob(i) {
    return this.blobs.toString("hex", i * this.oidLength, (i + 1) * this.oidLength);
  }
  stat(i) {
    const s = this.stats.subarray(i * STAT_FIELDS, (i + 1) * STAT_FIELDS);
    return {
      ctimeS: s[0] ?? 0,
      ctimeN: s[1] ?? 0,
      mtimeS: s[2] ?? 0,
      mtimeN: s[3] ?? 0,
      ino: s[4] ?? 0,
      size: s[5] ?? 0
    };
  }
};
var IndexState = class {
  constructor(files, base, indexMtime, untrusted, hash) {
    this.files = files;
    this.base = base;
    this.indexMtime = indexMtime;
    this.untrusted = untrusted;
    this.hash = hash;
    let racy = 0;
    for (const [, i] of files.entries()) if (this.racyAt(i)) racy += 1;
    this.racyCount = racy;
  }
  files;
  base;
  indexMtime;
  untrusted;
  hash;
  racyCount;
  blobOf(absPath, stamp) {
    const i = this.position(absPath);
    if (i === void 0) return void 0;
    const stat4 = this.files.stat(i);
    return this.racy(stat4) || stamp !== entryStamp(stat4) ? void 0 : this.files.blob(i);
  }
  isRacy(absPath) {
    const i = this.position(absPath);
    return i !== void 0 && this.racyAt(i);
  }
  paths(kind) {
    const out = [];
    for (const [file, i] of this.files.entries()) {
      if (this.racyAt(i) === (kind === "racy"))
        out.push(this.base + file.split("/").join(import_node_path3.default.sep));
    }
    return out;
  }
  /** Written in the tick of the index or later: git's own racy-git rule (module comment). */
  racy({ mtimeS, mtimeN }) {
    return notBefore([mtimeS, mtimeN], this.indexMtime);
  }
  racyAt(i) {
    return this.racy(this.files.stat(i));
  }
  position(absPath) {
    if (!absPath.startsWith(this.base)) return void 0;
    const rel = absPath.slice(this.base.length);
    return this.files.find(import_node_path3.default.sep === "/" ? rel : rel.split(import_node_path3.default.sep).join("/"));
  }
};

// src/sync/listing.ts
var LISTING_PAGE = "index.html";
var listingKey = (folder) => `${folder}${LISTING_PAGE}`;
var byCodePoint = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function folderRows(files) {
  const subfolders = /* @__PURE__ */ new Map([["", /* @__PURE__ */ new Set()]]);
  const fileRows = /* @__PURE__ */ new Map([["", []]]);
  const hasIndex = /* @__PURE__ */ new Set();
  for (const f of files) {
    const parts = f.key.split("/");
    const name = parts[parts.length - 1] ?? "";
    let folder = "";
    for (let i = 0; i < parts.length - 1; i++) {
      const sub = parts[i] ?? "";
      let subs = subfolders.get(folder);
      if (subs === void 0) subfolders.set(folder, subs = /* @__PURE__ */ new Set());
      subs.add(sub);
      folder = `${folder}${sub}/`;
    }
    if (!subfolders.has(folder)) subfolders.set(folder, /* @__PURE__ */ new Set());
    let rows = fileRows.get(folder);
    if (rows === void 0) fileRows.set(folder, rows = []);
    rows.push({ name, folder: false, size: f.size, date: f.date });
    if (name === LISTING_PAGE) hasIndex.add(folder);
  }
  const out = /* @__PURE__ */ new Map();
  for (const folder of [...subfolders.keys()].sort(byCodePoint)) {
    if (hasIndex.has(folder)) continue;
    const subs = [...subfolders.get(folder) ?? []].sort(byCodePoint).map((name) => ({ name, folder: true }));
    const own = [...fileRows.get(folder) ?? []].sort((a, b) => byCodePoint(a.name, b.name));
    out.set(folder, [...subs, ...own]);
  }
  return out;
}
function generateListings(files, siteName = "") {
  return [...folderRows(files)].map(([folder, rows]) => ({
    key: listingKey(folder),
    folder,
    html: renderListing(folder, rows, siteName)
  }));
}
function escapeHtml2(text2) {
  return text2.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function entryHref(row) {
  const encoded = encodeURIComponent(row.name).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  );
  return row.folder ? `${encoded}/` : encoded;
}
function formatSize(bytes) {
  if (bytes < 1e3) return `${bytes} B`;
  const units = ["kB", "MB", "GB", "TB"];
  let value = bytes / 1e3;
  let unit = 0;
  while (value >= 999.95 && unit < units.length - 1) {
    value /= 1e3;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit] ?? ""}`;
}
function formatDate(iso) {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return { text: "", datetime: "" };
  const d = new Date(ms).toISOString();
  return { text: `${d.slice(0, 10)} ${d.slice(11, 16)} UTC`, datetime: d.replace(/\.000Z$/, "Z") };
}
var STYLE = [
  'body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;padding:1rem;max-width:60rem;color:#1b1f24;background:#fff}',
  "h1{font-size:1.25rem;overflow-wrap:anywhere;margin:.5rem 0 1rem}",
  "table{border-collapse:collapse;width:100%}",
  "caption{text-align:left;color:#57606a;padding:.25rem 0}",
  "th,td{text-align:left;padding:.5rem;border-bottom:1px solid #d0d7de;vertical-align:top}",
  "th{font-weight:600}",
  "td.name{overflow-wrap:anywhere}",
  ".num{text-align:right;white-space:nowrap}",
  "td.date{white-space:nowrap}",
  "a{color:#0550ae}",
  "a:focus{outline:2px solid #0550ae;outline-offset:2px}",
  ".up{display:inline-block;margin-bottom:.5rem}",
  "@media (max-width:32rem){body{padding:.5rem}th,td{padding:.5rem .25rem}td.date{white-space:normal;font-size:.875rem}}",
  "@media (prefers-color-scheme:dark){body{background:#0d1117;color:#e6edf3}a{color:#79c0ff}a:focus{outline-color:#79c0ff}th,td{border-color:#30363d}caption{color:#8b949e}}"
].join("");
function renderListing(folder, rows, siteName = "") {
  const path11 = `/${folder}`;
  const title = siteName === "" ? `Index of ${path11}` : `${siteName}: ${path11}`;
  const folders = rows.filter((r) => r.folder).length;
  const files = rows.length - folders;
  const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  const out = [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="secure-dist-action folder listing">',
    `<title>${escapeHtml2(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<main>",
    `<h1>Index of ${escapeHtml2(path11)}</h1>`
  ];
  if (folder !== "") out.push('<a class="up" href="../">\u2191 Parent folder</a>');
  out.push(
    "<table>",
    `<caption>Contents of ${escapeHtml2(path11)}: ${count(folders, "folder", "folders")}, ${count(files, "file", "files")}</caption>`,
    '<thead><tr><th scope="col">Name</th><th scope="col" class="num">Size</th><th scope="col" class="date">Last changed</th></tr></thead>',
    "<tbody>"
  );
  for (const r of rows) {
    const label = escapeHtml2(r.folder ? `${r.name}/` : r.name);
    const size = r.size === void 0 ? "" : formatSize(r.size);
    const sizeTitle = r.size === void 0 ? "" : ` title="${r.size} bytes"`;
    const date = r.date === void 0 ? void 0 : formatDate(r.date);
    const dateCell = date === void 0 || date.text === "" ? "" : `<time datetime="${date.datetime}">${date.text}</time>`;
    out.push(
      `<tr><td class="name"><a href="${escapeHtml2(entryHref(r))}">${label}</a></td><td class="num"${sizeTitle}>${size}</td><td class="date">${dateCell}</td></tr>`
    );
  }
  out.push("</tbody>", "</table>", "</main>", "</body>", "</html>", "");
  return out.join("\n");
}

// src/sync/plan.ts
var MANIFEST_KEY = `${RESERVED_PREFIX}manifest.json`;
function keyRecord() {
  return /* @__PURE__ */ Object.create(null);
}
function sameContent(local, remote, manifest) {
  if (remote.size !== local.size) return false;
  const remoteEtag = normalizeEtag(remote.etag);
  if (remoteEtag === local.etag || remoteEtag === local.md5) return true;
  return manifest !== void 0 && normalizeEtag(manifest.etag) === remoteEtag && manifest.md5 === local.md5;
}
function planSync(local, remote, manifest, opts) {
  const remoteByKey = /* @__PURE__ */ new Map();
  for (const r of remote) if (!r.key.startsWith(RESERVED_PREFIX)) remoteByKey.set(r.key, r);
  const objects = manifest?.objects ?? {};
  const uploads = [];
  const metadataUpdates = [];
  const unchanged = [];
  const skippedListings = [];
  const localKeys = /* @__PURE__ */ new Set();
  for (const l of local) {
    const r = remoteByKey.get(l.key);
    const m = Object.hasOwn(objects, l.key) ? objects[l.key] : void 0;
    if (l.generated === true && r !== void 0 && !opts.delete && !isGenerated(m, r)) {
      skippedListings.push(l.key);
      continue;
    }
    localKeys.add(l.key);
    if (r === void 0) {
      uploads.push({ ...l, reason: "new" });
      continue;
    }
    if (!sameContent(l, r, m)) {
      uploads.push({ ...l, reason: "changed" });
      continue;
    }
    const known = m !== void 0 && normalizeEtag(m.etag) === normalizeEtag(r.etag);
    if (!known) {
      metadataUpdates.push({ ...l, reason: "headers unknown", remoteEtag: normalizeEtag(r.etag) });
    } else if (m.contentType !== l.contentType || m.cacheControl !== l.cacheControl || m.storedCacheControl !== storedHeadersFor(l.key, l.cacheControl).cacheControl) {
      metadataUpdates.push({ ...l, reason: "headers changed", remoteEtag: normalizeEtag(r.etag) });
    } else {
      unchanged.push(l.key);
    }
  }
  const gone = [...remoteByKey.keys()].filter((k) => !localKeys.has(k)).sort();
  const ours = (k) => {
    const m = Object.hasOwn(objects, k) ? objects[k] : void 0;
    return isGenerated(m, remoteByKey.get(k)) || m !== void 0 && isGitPath(k);
  };
  return {
    uploads,
    metadataUpdates,
    deletes: opts.delete ? gone : gone.filter(ours),
    kept: opts.delete ? [] : gone.filter((k) => !ours(k)),
    unchanged,
    remoteCount: remoteByKey.size,
    skippedListings
  };
}
function isGenerated(m, r) {
  return m !== void 0 && r !== void 0 && m.generated === true && normalizeEtag(m.etag) === normalizeEtag(r.etag);
}
function deleteLimit(maxDelete, remoteCount) {
  return maxDelete.kind === "count" ? maxDelete.count : Math.floor(remoteCount * maxDelete.percent / 100);
}
function checkMaxDelete(plan, maxDelete, contentDirInput) {
  const limit = deleteLimit(maxDelete, plan.remoteCount);
  const n = plan.deletes.length;
  if (n > limit) {
    const allowed = maxDelete.kind === "count" ? `${maxDelete.count}` : `${maxDelete.percent}% of ${plan.remoteCount} = ${limit}`;
    throw new Error(
      `refusing to sync: it would delete ${n} of the ${plan.remoteCount} objects in the bucket, more than \`max-delete\` allows (${allowed}). Nothing was uploaded or deleted. Check that \`content-dir\` ('${contentDirInput}') is the folder you mean to publish, or raise \`max-delete\` in the site file.`
    );
  }
}
function nextManifest(previous, plan, local, written, remote) {
  const objects = keyRecord();
  const prev = previous?.objects ?? {};
  const remoteEtag = /* @__PURE__ */ new Map();
  for (const r of remote) remoteEtag.set(r.key, normalizeEtag(r.etag));
  const deleted = new Set(plan.deletes);
  const unchanged = new Set(plan.unchanged);
  for (const l of local) {
    const etag = written.get(l.key) ?? remoteEtag.get(l.key);
    if (etag === void 0) continue;
    if (!written.has(l.key) && !unchanged.has(l.key)) continue;
    const p = Object.hasOwn(prev, l.key) ? prev[l.key] : void 0;
    const blob = l.blob ?? (p?.md5 === l.md5 && p.size === l.size ? p.blob : void 0);
    const entry = {
      etag,
      md5: l.md5,
      size: l.size,
      contentType: l.contentType,
      cacheControl: l.cacheControl,
      storedCacheControl: storedHeadersFor(l.key, l.cacheControl).cacheControl,
      ...l.generated === true ? { generated: true } : {},
      ...blob !== void 0 ? { blob } : {}
    };
    objects[l.key] = p !== void 0 && sameEntry(p, entry) ? p : entry;
  }
  for (const key of plan.kept) {
    const p = Object.hasOwn(prev, key) ? prev[key] : void 0;
    if (p !== void 0 && !deleted.has(key) && normalizeEtag(p.etag) === remoteEtag.get(key))
      objects[key] = p;
  }
  const keys = Object.keys(objects);
  if (keys.every((k, i) => i === 0 || (keys[i - 1] ?? "") < k)) return { version: 1, objects };
  const sorted = keyRecord();
  for (const key of keys.sort()) {
    const entry = objects[key];
    if (entry !== void 0) sorted[key] = entry;
  }
  return { version: 1, objects: sorted };
}
function remoteFromSnapshot(manifest) {
  const snapshot = manifest?.bucket;
  if (manifest === void 0 || snapshot === void 0) return void 0;
  const remote = [];
  for (const [key, m] of Object.entries(manifest.objects))
    remote.push({ key, etag: m.etag, size: m.size });
  for (const [key, o] of Object.entries(snapshot.others))
    remote.push({ key, etag: o.etag, size: o.size });
  return remote;
}
function withoutSnapshot(manifest) {
  return { version: 1, objects: manifest.objects };
}
function withSnapshot(next, plan, remote, listed) {
  const deleted = new Set(plan.deletes);
  const rest = remote.filter(
    (r) => !r.key.startsWith(RESERVED_PREFIX) && !deleted.has(r.key) && !Object.hasOwn(next.objects, r.key)
  );
  const others = keyRecord();
  for (const r of rest.sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    others[r.key] = { etag: normalizeEtag(r.etag), size: r.size };
  return { ...next, bucket: { listed, others } };
}
function sameManifest(a, b) {
  return sameRecords(a.objects, b.objects, sameEntry) && (a.bucket === void 0 || b.bucket === void 0 ? a.bucket === b.bucket : a.bucket.listed === b.bucket.listed && sameRecords(
    a.bucket.others,
    b.bucket.others,
    (x, y) => x.etag === y.etag && x.size === y.size
  ));
}
function sameRecords(a, b, same) {
  const keys = Object.keys(a);
  const other = Object.keys(b);
  if (keys.length !== other.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] ?? "";
    if (k !== other[i]) return false;
    const x = a[k];
    const y = b[k];
    if (x === void 0 || y === void 0 || !same(x, y)) return false;
  }
  return true;
}
var sameEntry = (x, y) => x.etag === y.etag && x.md5 === y.md5 && x.size === y.size && x.contentType === y.contentType && x.cacheControl === y.cacheControl && x.storedCacheControl === y.storedCacheControl && x.generated === y.generated && x.blob === y.blob;

// src/sync/budget.ts
var ByteBudget = class {
  constructor(capacity) {
    this.capacity = capacity;
    if (!(capacity > 0)) throw new Error(`ByteBudget: capacity must be positive, got ${capacity}`);
  }
  capacity;
  used = 0;
  waiting = [];
  /** Runs `fn` once `bytes` fit in the budget, and gives them back when it settles. */
  async run(bytes, fn) {
    const take = Math.min(Math.max(0, bytes), this.capacity);
    await this.acquire(take);
    try {
      return await fn();
    } finally {
      this.used -= take;
      this.drain();
    }
  }
  /** Bytes held right now (for tests). */
  get held() {
    return this.used;
  }
  acquire(bytes) {
    if (this.waiting.length === 0 && this.used + bytes <= this.capacity) {
      this.used += bytes;
      return Promise.resolve();
    }
    return new Promise((resolve3) => {
      this.waiting.push({
        bytes,
        start: () => {
          this.used += bytes;
          resolve3();
        }
      });
    });
  }
  drain() {
    for (let next = this.waiting[0]; next !== void 0; next = this.waiting[0]) {
      if (this.used + next.bytes > this.capacity) return;
      this.waiting.shift();
      next.start();
    }
  }
};

// src/sync/json-bytes.ts
var SPLIT_DEPTH = 2;
function* pieces(value, depth, lineDepth) {
  if (depth >= SPLIT_DEPTH || !isPlainRecord(value)) {
    const text2 = JSON.stringify(value);
    if (text2 !== void 0) yield text2;
    return;
  }
  const nl = depth === lineDepth ? "\n" : "";
  yield "{";
  let first = true;
  for (const key of Object.keys(value)) {
    const member = value[key];
    if (member === void 0 || typeof member === "function" || typeof member === "symbol")
      continue;
    yield `${first ? "" : ","}${nl}${JSON.stringify(key)}:`;
    yield* pieces(member, depth + 1, lineDepth);
    first = false;
  }
  yield `${nl}}`;
}
function isPlainRecord(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  if ("toJSON" in value) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
function jsonBytes(value, lineDepth = -1) {
  let size = 0;
  for (const piece of pieces(value, 0, lineDepth)) size += Buffer.byteLength(piece, "utf8");
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  for (const piece of pieces(value, 0, lineDepth)) at += out.write(piece, at, "utf8");
  if (at !== size || size === 0) {
    throw new Error(`jsonBytes: wrote ${at} of ${size} bytes (the value changed while written?)`);
  }
  return out;
}

// src/sync/manifest-read.ts
var MANIFEST_LINE_DEPTH = 1;
var WHOLE_BELOW = 4 * 2 ** 20;
var MEMBERS_PER_PARSE = 1e3;
var OBJECTS_OPEN = '"objects":{';
var ManifestReader = class {
  /** `wholeBelow`: see WHOLE_BELOW (tests read by lines with 0). */
  constructor(wholeBelow = WHOLE_BELOW) {
    this.wholeBelow = wholeBelow;
  }
  wholeBelow;
  /** The text so far, until it reaches `wholeBelow` (then the reader goes line by line). */
  held = [];
  heldLength = 0;
  byLine = false;
  /** The current line's pieces, until its newline arrives. */
  line = [];
  /** Everything but the objects' member lines: parsed whole at the end. */
  rest = [];
  where = "head";
  /** Member lines not parsed yet: parsed together (`MEMBERS_PER_PARSE`). */
  members = [];
  objects = keyRecord();
  /** False when an entry could not be read (the snapshot is then not trusted). */
  complete = true;
  failed = false;
  share = shareStrings();
  write(piece) {
    if (!this.byLine) {
      this.held.push(piece);
      this.heldLength += piece.length;
      if (this.heldLength < this.wholeBelow) return;
      this.byLine = true;
      for (const p of this.held.splice(0)) this.split(p);
      return;
    }
    this.split(piece);
  }
  end() {
    if (this.byLine) {
      this.take(this.line.join(""));
      this.line.length = 0;
      this.parseMembers();
    } else {
      this.rest.push(this.held.splice(0).join(""));
    }
    if (this.failed) return void 0;
    try {
      const data = JSON.parse(this.rest.join(""));
      if (typeof data !== "object" || data === null || !("version" in data) || data.version !== 1)
        return void 0;
      if (!("objects" in data) || typeof data.objects !== "object" || data.objects === null)
        return void 0;
      if (this.where === "head") this.addAll(data.objects);
      const bucket = this.complete && "bucket" in data ? parseSnapshot(data.bucket) : void 0;
      const objects = this.objects;
      return bucket === void 0 ? { version: 1, objects } : { version: 1, objects, bucket };
    } catch {
      return void 0;
    }
  }
  /** Hands each complete line of `piece` (with what came before it) to `take`. */
  split(piece) {
    let from = 0;
    for (let nl = piece.indexOf("\n"); nl >= 0; nl = piece.indexOf("\n", from)) {
      if (this.line.length === 0) this.take(piece.slice(from, nl));
      else {
        this.line.push(piece.slice(from, nl));
        this.take(this.line.join(""));
        this.line.length = 0;
      }
      from = nl + 1;
    }
    if (from < piece.length) this.line.push(from === 0 ? piece : piece.slice(from));
  }
  take(line) {
    if (this.failed) return;
    if (this.where === "members" && line.startsWith('"')) {
      this.members.push(line);
      if (this.members.length >= MEMBERS_PER_PARSE) this.parseMembers();
      return;
    }
    this.parseMembers();
    this.rest.push(line);
    if (this.where === "members") this.where = "tail";
    else if (this.where === "head" && line.endsWith(OBJECTS_OPEN)) this.where = "members";
  }
  /**
   * The member lines so far as one object: each is `"key":{…},` (the manifest's last without its
   * comma), so joined they are an object's members once the last comma goes. A line without its
   * comma in the middle makes the text unreadable, as it should.
   */
  parseMembers() {
    const last = this.members.length - 1;
    const tail = this.members[last];
    if (tail === void 0) return;
    if (tail.endsWith(",")) this.members[last] = tail.slice(0, -1);
    try {
      this.addAll(JSON.parse(`{${this.members.join("")}}`));
    } catch {
      this.failed = true;
    }
    this.members.length = 0;
  }
  addAll(objects) {
    if (typeof objects !== "object" || objects === null) {
      this.failed = true;
      return;
    }
    for (const [key, v] of Object.entries(objects)) {
      if (isManifestEntry(v)) this.objects[key] = this.share(v);
      else this.complete = false;
    }
  }
};
function shareStrings() {
  const seen = /* @__PURE__ */ new Map();
  const once = (s) => {
    const kept = seen.get(s);
    if (kept !== void 0) return kept;
    seen.set(s, s);
    return s;
  };
  return (e) => {
    if (e.etag === e.md5) e.etag = e.md5;
    e.contentType = once(e.contentType);
    e.cacheControl = once(e.cacheControl);
    if (e.storedCacheControl !== void 0) e.storedCacheControl = once(e.storedCacheControl);
    return e;
  };
}
function isManifestEntry(v) {
  if (typeof v !== "object" || v === null) return false;
  const o = v;
  return typeof o.etag === "string" && typeof o.md5 === "string" && typeof o.size === "number" && typeof o.contentType === "string" && typeof o.cacheControl === "string" && (o.storedCacheControl === void 0 || typeof o.storedCacheControl === "string") && (o.generated === void 0 || o.generated === true) && (o.blob === void 0 || typeof o.blob === "string" && /^[0-9a-f]{40,64}$/.test(o.blob));
}
function parseSnapshot(v) {
  if (typeof v !== "object" || v === null || !("listed" in v) || !("others" in v)) return void 0;
  const { listed, others } = v;
  if (typeof listed !== "string" || typeof others !== "object" || others === null) return void 0;
  const out = keyRecord();
  for (const [key, o] of Object.entries(others)) {
    if (typeof o !== "object" || o === null || !("etag" in o) || !("size" in o)) return void 0;
    const { etag, size } = o;
    if (typeof etag !== "string" || typeof size !== "number") return void 0;
    out[key] = { etag, size };
  }
  return { listed, others: out };
}

// src/sync/memory-trace.ts
var MEMORY_TRACE_ENV = "SECURE_DIST_MEMORY_TRACE";
var mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
function memoryLine(f) {
  return `memory after ${f.phase}: rss ${mb(f.rss)}, peak rss ${mb(f.peakRss)}, heap used ${mb(f.heapUsed)}, heap total ${mb(f.heapTotal)}, external ${mb(f.external)}`;
}
function measureMemory(phase) {
  const m = process.memoryUsage();
  return {
    phase,
    rss: m.rss,
    peakRss: process.resourceUsage().maxRSS * 1024,
    heapUsed: m.heapUsed,
    heapTotal: m.heapTotal,
    external: m.external
  };
}
function memoryTrace(log, env = process.env) {
  if (env[MEMORY_TRACE_ENV] !== "1") return () => void 0;
  return (phase) => log(memoryLine(measureMemory(phase)));
}

// src/sync/pool.ts
async function runPool(items, concurrency, task) {
  if (!(Number.isInteger(concurrency) && concurrency > 0)) {
    throw new Error(`runPool: concurrency must be a positive integer, got ${concurrency}`);
  }
  const iterator = items[Symbol.iterator]();
  let failures = 0;
  let firstFailure;
  const worker = async () => {
    for (let next = iterator.next(); next.done !== true; next = iterator.next()) {
      try {
        await task(next.value);
      } catch (e) {
        if (failures === 0) firstFailure = e;
        failures += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return failures === 0 ? { failures } : { failures, firstFailure };
}

// src/sync/not-found-page.ts
var import_node_crypto7 = __toESM(require_node_crypto(), 1);
var OWN_NOT_FOUND_PAGE_PATH = "/_secure-dist/404.html";
function notFoundPageParameter(site) {
  if (hasNotFoundPage(site.contentDir, site.exclude)) return "/404.html";
  return site.edge === "function" ? OWN_NOT_FOUND_PAGE_PATH : "";
}
function notFoundPageKey(parameter) {
  return parameter.slice(1);
}
var PREVIEW_NOTE = "A pull request preview that expired or was removed answers this page too: push to the pull request again to publish a new one.";
var PREVIEW_NUMBER_SOURCE = "function(host,path,domain){var name=String(host).toLowerCase().replace(/\\.?(:\\d*)?$/,'');if(domain){var at=name.length-domain.length-1;if(at>0&&name.substring(at)==='.'+domain){var label=/^pr-([1-9]\\d{0,8})$/.exec(name.substring(0,at));return label&&!/^\\/_previews(\\/|$)/.test(path)?label[1]:''}}var key=/^\\/_previews\\/pr-([1-9]\\d{0,8})\\//.exec(path);return key?key[1]:''}";
var NUMBER = "";
function scriptJson(value) {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
function previewScript(domain) {
  const gone = previewGoneContent("", NUMBER);
  const texts = [gone.heading, ...gone.paragraphs];
  return `(function(){var n=(${PREVIEW_NUMBER_SOURCE})(location.host,location.pathname,${scriptJson((domain ?? "").toLowerCase())});if(!n)return;var t=${scriptJson(texts)};var f=function(s){return s.split(${scriptJson(NUMBER)}).join(n)};var h=document.querySelector('h1');if(h)h.textContent=f(t[0]);var p=document.querySelectorAll('h1~p');for(var i=0;i<p.length;i++)p[i].textContent=i+1<t.length?f(t[i+1]):""})();`;
}
function hashSource(text2) {
  return `'sha256-${(0, import_node_crypto7.createHash)("sha256").update(text2, "utf8").digest("base64")}'`;
}
function ownPagePolicy(script) {
  return `default-src 'none'; style-src ${hashSource(PAGE_STYLE)}; ` + (script === void 0 ? "" : `script-src ${hashSource(script)}; `) + "base-uri 'none'; form-action 'none'";
}
var HEAD_START = '<meta charset="utf-8">';
function ownNotFoundPage(realm, previews) {
  const notFound = answerContent(404, realm, void 0);
  const script = previews === void 0 ? void 0 : previewScript(previews.domain);
  const html = script === void 0 ? renderPage(notFound, PAGE_STYLE, "") : renderPage(
    { ...notFound, paragraphs: [...notFound.paragraphs, PREVIEW_NOTE] },
    PAGE_STYLE,
    `<script>${script}</script>`
  );
  const at = html.indexOf(HEAD_START);
  if (at < 0) throw new Error(`renderPage no longer starts its head with ${HEAD_START}`);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${ownPagePolicy(script).replace(/"/g, "&quot;")}">`;
  const end = at + HEAD_START.length;
  return html.slice(0, end) + meta + html.slice(end);
}
function ownNotFoundPageEntry(html, rules) {
  const body = Buffer.from(html, "utf8");
  const h = hashBytes(body);
  return {
    key: OWN_NOT_FOUND_PAGE_KEY,
    absPath: "",
    size: h.size,
    md5: h.md5,
    etag: h.etag,
    contentType: PAGE_TYPE,
    cacheControl: cacheControlFor(NOT_FOUND_PAGE_KEY, rules),
    body
  };
}
async function publishOwnNotFoundPage(client, bucket, entry, dryRun) {
  if (dryRun) {
    const listed = await listObjects(client, bucket, entry.key);
    return !listed.some((o) => o.key === "" && o.etag === entry.etag);
  }
  const stored = storedHeadersFor(entry.key, entry.cacheControl);
  const current = await headObject(client, bucket, entry.key);
  const same = current !== void 0 && current.etag === entry.etag && current.contentType === entry.contentType && current.cacheControl === stored.cacheControl && Object.entries(stored.metadata).every(([k, v]) => current.metadata[k] === v);
  if (same) return false;
  await uploadFile(client, bucket, entry, { partSize: PART_SIZE, queueSize: 1 });
  return true;
}

// src/sync/index.ts
var UPLOAD_MEMORY_BYTES = 48 * 1024 * 1024;
var isHtml = (key) => /\.html?$/i.test(key);
async function runSync(opts) {
  const now = opts.now ?? Date.now;
  const started = now();
  const trace = memoryTrace(opts.log.info);
  const page = opts.ownNotFoundPage === void 0 || (opts.keyPrefix ?? "") !== "" ? void 0 : ownNotFoundPageEntry(opts.ownNotFoundPage, opts.cacheControl);
  const pageSent = page === void 0 ? Promise.resolve(false) : publishOwnNotFoundPage(opts.client, opts.bucket, page, opts.dryRun);
  pageSent.catch(() => void 0);
  const { local, hashed, state, gitSkipped } = await readAndHash(opts, trace);
  const ownChanged = page !== void 0 && await pageSent ? [page.key] : [];
  for (const key of ownChanged) {
    opts.log.info(
      `${opts.dryRun ? "would upload" : "uploaded"} ${key} (the 404 page of a site without one)`
    );
  }
  const listedAt = state.listed ? new Date(started).toISOString() : state.manifest?.bucket?.listed ?? "";
  const objects = state.remote.filter((r) => !r.key.startsWith(RESERVED_PREFIX)).length;
  opts.log.info(
    state.listed ? `bucket listed: ${objects} objects` : `bucket taken from the manifest: ${objects} objects, unchanged by the action since it was listed at ${listedAt} (\`verify: full\` lists it)`
  );
  const planned = planChanges(opts, local, state);
  const changes = ownChanged.length === 0 ? planned : { ...planned, changedKeys: [...planned.changedKeys, ...ownChanged].sort() };
  trace("plan");
  const totalBytes = changes.uploads.reduce((n, u) => n + u.size, 0);
  const result = (bytesUploaded2, dryRun) => ({
    bucket: opts.bucket,
    dryRun,
    uploaded: changes.uploads.map((u) => u.key),
    metadataUpdated: changes.copies.map((c) => c.key),
    deleted: [...changes.plan.deletes],
    unchanged: changes.plan.unchanged.length,
    hashed,
    listed: state.listed,
    kept: changes.plan.kept.length,
    bytesUploaded: bytesUploaded2,
    durationMs: now() - started,
    changedKeys: changes.changedKeys,
    allKeys: changes.allKeys,
    gitSkipped,
    plan: changes.plan
  });
  if (opts.dryRun) return result(totalBytes, true);
  const bytesUploaded = await applyChanges(opts, changes, local, state, listedAt, trace);
  return result(bytesUploaded, false);
}
async function readAndHash(opts, trace) {
  const found = await readLocal(opts, trace);
  const { local, hashed, state } = await hashLocal(opts, found, trace);
  if (opts.listing === true) local.push(...await listingEntries(found.files, opts));
  return { local, hashed, state, gitSkipped: found.gitSkipped };
}
async function readLocal(opts, trace) {
  const { client, bucket, log } = opts;
  const verify2 = opts.verify ?? "git";
  if (opts.workspace !== void 0) await checkContentDir(opts.contentDir, opts.workspace);
  const prefix = opts.keyPrefix ?? "";
  const reader = new ManifestReader();
  const manifestPromise = readText(
    client,
    bucket,
    prefix + MANIFEST_KEY,
    (piece) => reader.write(piece)
  ).then((found) => found ? reader.end() : void 0);
  manifestPromise.then(
    () => trace("manifest read"),
    () => void 0
  );
  const listBucket = async () => ({
    remote: await listObjects(client, bucket, prefix),
    listed: true
  });
  const listing = verify2 === "full" ? listBucket() : manifestPromise.then((m) => {
    const snapshot = remoteFromSnapshot(m);
    return snapshot === void 0 ? listBucket() : { remote: snapshot, listed: false };
  });
  listing.then(
    (l) => {
      if (l.listed) trace("bucket listing");
    },
    () => void 0
  );
  listing.catch(() => void 0);
  manifestPromise.catch(() => void 0);
  const gitSkipped = [];
  const [files, gitResult] = await Promise.all([
    walkContentDir(opts.contentDir, {
      exclude: opts.exclude,
      warn: log.warn,
      onGitSkipped: (key) => gitSkipped.push(key)
    }).then((f) => {
      trace("walk");
      return f;
    }),
    verify2 === "git" ? readGitState(opts.contentDir).then((g) => {
      trace("git index");
      return g;
    }) : void 0
  ]);
  if (files.length === 0) {
    throw new ContentDirError(
      `\`content-dir\`: '${escapeForLog(opts.contentDirInput)}' has no files${opts.exclude.length > 0 ? " left after `exclude`" : ""}: refusing to publish an empty site`
    );
  }
  checkObjectSizes(files, opts.contentDirInput);
  let git3;
  if (gitResult === void 0) log.info("verify: full: every file is read and hashed");
  else if (!gitResult.ok) log.info(`git fast path off (${gitResult.reason}): every file is hashed`);
  else git3 = gitResult.state;
  const own = (r) => prefix !== "" || !(r.key.startsWith(PREVIEWS_PREFIX) || r.key.startsWith(OWN_PAGES_PREFIX));
  const remote = Promise.all([listing, manifestPromise]).then(([l, manifest]) => ({
    ...l,
    remote: l.remote.filter(own),
    manifest
  }));
  remote.catch(() => void 0);
  return { files, gitSkipped, git: git3, remote };
}
async function hashLocal(opts, { files, git: git3, remote }, trace) {
  let hashed = 0;
  const contentTypeFor = await loadContentTypes();
  const local = new Array(files.length);
  const entryOf = (f, h, blob) => ({
    key: f.key,
    absPath: f.absPath,
    size: h.size,
    md5: h.md5,
    etag: h.etag,
    blob,
    contentType: contentTypeFor(f.key),
    cacheControl: cacheControlFor(f.key, opts.cacheControl)
  });
  const hashAll = async (indexes, blobOf) => {
    const outcome = await runPool(indexes, opts.concurrency, async (i) => {
      const f = files[i];
      if (f === void 0) return;
      const racy = git3?.isRacy(f.absPath) === true ? git3.hash : void 0;
      const h = await hashFile(f.absPath, opts.partSize ?? PART_SIZE, f.size, racy);
      hashed += 1;
      local[i] = entryOf(f, h, h.blob ?? blobOf(i));
    });
    if (outcome.failures > 0) throw outcome.firstFailure;
  };
  const vouchedBlob = (f) => git3?.blobOf(f.absPath, f.stamp);
  const unvouched = indexesWhere(files, (f) => vouchedBlob(f) === void 0);
  const first = hashAll(unvouched, () => void 0);
  first.catch(() => void 0);
  const state = await remote.catch(async (e) => {
    await first.catch(() => void 0);
    throw e;
  });
  await first;
  const known = state.manifest?.objects ?? {};
  const unknown = [];
  files.forEach((f, i) => {
    const blob = vouchedBlob(f);
    if (blob === void 0) return;
    const m = Object.hasOwn(known, f.key) ? known[f.key] : void 0;
    if (m?.blob === blob && m.size === f.size) {
      local[i] = entryOf(f, { size: f.size, md5: m.md5, etag: normalizeEtag(m.etag) }, blob);
    } else {
      unknown.push(i);
    }
  });
  await hashAll(unknown, (i) => {
    const f = files[i];
    return f === void 0 ? void 0 : vouchedBlob(f);
  });
  trace("hash");
  if (git3 !== void 0) {
    const racy = git3.racyCount > 0 ? ` (${git3.racyCount} of them written in the tick of git's index)` : "";
    opts.log.info(
      `git fast path: ${files.length - hashed} of ${files.length} files unchanged by their git blob id, ${hashed} read and hashed${racy}`
    );
  }
  return { local, hashed, state };
}
function indexesWhere(items, test) {
  const out = [];
  items.forEach((item, i) => {
    if (test(item)) out.push(i);
  });
  return out;
}
function planChanges(opts, local, state) {
  const plan = planSync(local, state.remote, state.manifest, { delete: opts.delete });
  if (opts.delete) checkMaxDelete(plan, opts.maxDelete, opts.contentDirInput);
  const uploads = [...plan.uploads, ...plan.metadataUpdates.filter((m) => m.size > COPY_LIMIT)];
  const copies = plan.metadataUpdates.filter((m) => m.size <= COPY_LIMIT);
  const changedKeys = [
    ...uploads.map((u) => u.key),
    ...copies.map((c) => c.key),
    ...plan.deletes
  ].sort();
  const skipped = new Set(plan.skippedListings);
  const allKeys = [...local.map((l) => l.key).filter((k) => !skipped.has(k)), ...plan.kept].sort();
  for (const key of plan.skippedListings) {
    opts.log.warn(
      `no listing written at ${escapeForLog(key)}: the bucket holds an object there that the sync did not generate, and \`delete\` is false`
    );
  }
  opts.log.info(
    `plan for bucket '${opts.bucket}': ${uploads.length} to upload, ${copies.length} to re-header, ${plan.deletes.length} to delete, ${plan.unchanged.length} unchanged` + (plan.kept.length > 0 ? `, ${plan.kept.length} kept (delete: false)` : "")
  );
  return { plan, uploads, copies, changedKeys, allKeys };
}
async function applyChanges(opts, { plan, uploads, copies }, local, { remote, manifest }, listedAt, trace) {
  const { client, bucket, log } = opts;
  const prefix = opts.keyPrefix ?? "";
  const at = (e) => prefix === "" ? e : { ...e, key: prefix + e.key };
  const manifestKey = prefix + MANIFEST_KEY;
  const stamped = (m) => jsonBytes(
    opts.manifestMetadata === void 0 ? m : { ...m, metadata: opts.manifestMetadata },
    MANIFEST_LINE_DEPTH
  );
  const progress = new Progress({
    totalFiles: uploads.length,
    totalBytes: uploads.reduce((n, u) => n + u.size, 0),
    log: log.info,
    now: opts.now ?? Date.now,
    ...opts.progressIntervalMs !== void 0 ? { intervalMs: opts.progressIntervalMs } : {}
  });
  const changes = uploads.length > 0 || copies.length > 0 || plan.deletes.length > 0;
  if (changes && manifest?.bucket !== void 0) {
    await putText(
      client,
      bucket,
      manifestKey,
      stamped(withoutSnapshot(manifest)),
      "application/json"
    );
  }
  const written = /* @__PURE__ */ new Map();
  const budget = new ByteBudget(opts.uploadMemoryBytes ?? UPLOAD_MEMORY_BYTES);
  const assets = uploads.filter((u) => !isHtml(u.key));
  const pages = uploads.filter((u) => isHtml(u.key));
  for (const batch of [assets, pages]) {
    await settleAll(batch, opts.concurrency, "upload", async (u) => {
      const upload = uploadSettings(u.size, budget.capacity, opts.partSize ?? PART_SIZE);
      const etag = await budget.run(
        upload.memory,
        () => uploadFile(client, bucket, at(u), upload, (n) => progress.addBytes(n))
      );
      written.set(u.key, etag === u.etag ? u.etag : etag);
      progress.fileDone();
      log.info(
        `uploaded ${escapeForLog(u.key)} (${u.reason}${u.generated === true ? " folder listing" : ""})`
      );
    });
  }
  trace("uploads");
  await settleAll(copies, opts.concurrency, "header update", async (c) => {
    written.set(c.key, await replaceHeaders(client, bucket, at(c), c.remoteEtag));
    log.info(`updated headers of ${escapeForLog(c.key)} (${c.reason})`);
  });
  if (copies.length > 0) trace("header updates");
  const after = nextManifest(manifest, plan, local, written, remote);
  const final = withSnapshot(after, plan, remote, listedAt);
  const restamp = opts.manifestMetadata !== void 0;
  if (changes || restamp || manifest === void 0 || !sameManifest(final, manifest)) {
    const first = plan.deletes.length > 0 ? after : final;
    await putText(client, bucket, manifestKey, stamped(first), "application/json");
    trace("manifest write");
  }
  if (plan.deletes.length > 0) {
    await deleteKeys(
      client,
      bucket,
      plan.deletes.map((key) => prefix + key)
    );
    for (const key of plan.deletes) log.info(`deleted ${escapeForLog(key)}`);
    trace("deletes");
    await putText(client, bucket, manifestKey, stamped(final), "application/json");
    trace("manifest write (with snapshot)");
  }
  return progress.done.bytes;
}
async function listingEntries(files, opts) {
  const git3 = await gitDates(
    opts.contentDir,
    files.map((f) => f.key)
  );
  if (git3.unavailable !== void 0) {
    opts.log.info(
      `listing: no dates (not a git checkout, or git refused it: ${escapeForLog(git3.unavailable)})`
    );
  }
  const listed = files.map((f) => ({ key: f.key, size: f.size, date: git3.dates.get(f.key) }));
  const contentTypeFor = await loadContentTypes();
  return generateListings(listed).map((g) => {
    const body = Buffer.from(g.html, "utf8");
    const h = hashBytes(body, opts.partSize ?? PART_SIZE);
    return {
      key: g.key,
      absPath: "",
      size: h.size,
      md5: h.md5,
      etag: h.etag,
      contentType: contentTypeFor(g.key),
      cacheControl: cacheControlFor(g.key, opts.cacheControl),
      body,
      generated: true
    };
  });
}
async function settleAll(items, concurrency, what, task) {
  const { failures, firstFailure } = await runPool(items, concurrency, task);
  if (failures === 0) return;
  const message = firstFailure instanceof Error ? firstFailure.message : String(firstFailure);
  const more = failures > 1 ? ` (and ${failures - 1} more ${what} failures)` : "";
  throw new Error(
    `${message}${more}. Nothing was deleted; the next run picks up where this one stopped.`
  );
}

// src/sandbox/edge-server.ts
var import_node_crypto10 = __toESM(require_node_crypto(), 1);
var import_node_http = __toESM(require_node_http(), 1);

// src/sandbox/range.ts
var WHOLE = { kind: "whole" };
var ONE_RANGE = /^bytes[ \t]*=[ \t]*(\d*)-(\d*)[ \t]*$/i;
function byteRange(header, size) {
  if (header === void 0) return WHOLE;
  const m = ONE_RANGE.exec(header);
  if (m === null) return WHOLE;
  const [, first = "", last = ""] = m;
  if (first === "") {
    if (last === "") return WHOLE;
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return { kind: "unsatisfiable" };
    return { kind: "partial", start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  if (last !== "" && Number(last) < start) return WHOLE;
  if (start >= size) return { kind: "unsatisfiable" };
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  return { kind: "partial", start, end };
}

// src/edge/events.ts
function includedBody(bytes) {
  return {
    action: "read-only",
    data: Buffer.from(bytes).toString("base64"),
    encoding: "base64",
    inputTruncated: false
  };
}
function isGeneratedResponse(result) {
  return "status" in result;
}

// src/synth/render.ts
var import_node_crypto8 = __toESM(require_node_crypto(), 1);
var import_node_path4 = __toESM(require_node_path(), 1);

// src/synth/function-site.ts
var PEPPER_MARK = "SecureDistPepperStandIn0000000000000000000".padEnd(43, "0");
function functionCodeParts(render, realm) {
  const code = render({ realm, pepper: PEPPER_MARK });
  const parts = code.split(PEPPER_MARK);
  const [head, tail] = parts;
  if (parts.length !== 2 || head === void 0 || tail === void 0) {
    throw new Error(
      `function code: expected the pepper exactly once in the rendered code, found it ${parts.length - 1} time(s)`
    );
  }
  return { head, tail };
}
var NO_EDGE_FUNCTION_CODE = "// edge: function - this stack holds only the web ACL; no Lambda@Edge function is created\n";
function usersStoreName(stackName) {
  return `${stackName}-users`;
}
function functionUsersSecretName(stackName) {
  return `${stackName}/users`;
}

// src/synth/template.ts
var import_node_fs3 = __toESM(require_node_fs(), 1);
var INTRINSICS = {
  Ref: { key: "Ref", kinds: ["scalar"] },
  Condition: { key: "Condition", kinds: ["scalar"] },
  GetAtt: { key: "Fn::GetAtt", kinds: ["scalar", "seq"], items: [2, 2] },
  Sub: { key: "Fn::Sub", kinds: ["scalar", "seq"], items: [1, 2] },
  Join: { key: "Fn::Join", kinds: ["seq"], items: [2, 2] },
  Select: { key: "Fn::Select", kinds: ["seq"], items: [2, 2] },
  Split: { key: "Fn::Split", kinds: ["seq"], items: [2, 2] },
  If: { key: "Fn::If", kinds: ["seq"], items: [3, 3] },
  Equals: { key: "Fn::Equals", kinds: ["seq"], items: [2, 2] },
  Not: { key: "Fn::Not", kinds: ["seq"], items: [1, 1] },
  And: { key: "Fn::And", kinds: ["seq"], items: [2, 10] },
  Or: { key: "Fn::Or", kinds: ["seq"], items: [2, 10] },
  FindInMap: { key: "Fn::FindInMap", kinds: ["seq"], items: [3, 4] },
  Base64: { key: "Fn::Base64", kinds: ["scalar", "map"] },
  Cidr: { key: "Fn::Cidr", kinds: ["seq"], items: [3, 3] },
  ImportValue: { key: "Fn::ImportValue", kinds: ["scalar", "map"] },
  GetAZs: { key: "Fn::GetAZs", kinds: ["scalar", "map"] }
};
function customTags() {
  const tags = [];
  for (const name of Object.keys(INTRINSICS)) {
    const tag = `!${name}`;
    tags.push({ tag, resolve: (value) => value });
    tags.push({ tag, collection: "seq" });
    tags.push({ tag, collection: "map" });
  }
  return tags;
}
function parseTemplate(text2, source) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text2, {
    customTags: customTags(),
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true
  });
  const problems = [...doc.errors, ...doc.warnings];
  const first = problems[0];
  if (first !== void 0) {
    const { line, col } = lineCounter.linePos(first.pos[0]);
    throw new Error(`${source}:${line}:${col}: ${first.message}`);
  }
  const where2 = (node) => {
    const offset = node.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return `${source}:${line}:${col}`;
  };
  const convert = (node) => {
    if (node === null || node === void 0) return null;
    if (isAlias(node)) {
      throw new Error(
        `${where2(node)}: YAML aliases (*${node.source}) are not supported by CloudFormation`
      );
    }
    if (isScalar(node)) {
      const value = node.value;
      let json;
      if (value === null || typeof value === "string" || typeof value === "boolean") json = value;
      else if (typeof value === "number" && Number.isFinite(value)) json = value;
      else throw new Error(`${where2(node)}: unsupported scalar ${String(node.source)}`);
      return node.tag === void 0 ? json : intrinsic(node.tag, "scalar", json, where2(node));
    }
    if (isSeq(node)) {
      const json = node.items.map((item) => convert(item));
      return node.tag === void 0 ? json : intrinsic(node.tag, "seq", json, where2(node));
    }
    if (isMap(node)) {
      const json = {};
      for (const pair of node.items) {
        const key = pair.key;
        if (!isScalar(key) || typeof key.value !== "string" && typeof key.value !== "number") {
          throw new Error(`${where2(node)}: mapping keys must be plain strings`);
        }
        const name = String(key.value);
        if (name === "__proto__") throw new Error(`${where2(key)}: '__proto__' is not a valid key`);
        json[name] = convert(pair.value);
      }
      return node.tag === void 0 ? json : intrinsic(node.tag, "map", json, where2(node));
    }
    throw new Error(`${source}: unexpected YAML node`);
  };
  const template = convert(doc.contents);
  if (!isJsonObject(template)) throw new Error(`${source}: a template must be a mapping`);
  if (!isJsonObject(template.Resources)) {
    throw new Error(`${source}: a template needs a 'Resources' mapping`);
  }
  return template;
}
function intrinsic(tag, kind, value, where2) {
  if (tag.startsWith("tag:yaml.org,2002:")) return value;
  const name = tag.startsWith("!") ? tag.slice(1) : tag;
  const fn = Object.hasOwn(INTRINSICS, name) ? INTRINSICS[name] : void 0;
  if (fn === void 0) throw new Error(`${where2}: unknown tag ${tag}`);
  if (!fn.kinds.includes(kind)) {
    throw new Error(`${where2}: ${tag} takes ${fn.kinds.join(" or ")}, not a ${kind}`);
  }
  if (name === "GetAtt" && typeof value === "string") {
    const dot = value.indexOf(".");
    if (dot <= 0 || dot === value.length - 1) {
      throw new Error(`${where2}: !GetAtt expects 'Resource.Attribute', got '${value}'`);
    }
    return { [fn.key]: [value.slice(0, dot), value.slice(dot + 1)] };
  }
  if ((name === "Ref" || name === "Condition") && (typeof value !== "string" || value === "")) {
    throw new Error(`${where2}: ${tag} expects a name`);
  }
  if (Array.isArray(value) && fn.items !== void 0) {
    const [min, max] = fn.items;
    if (value.length < min || value.length > max) {
      const expected = min === max ? `${min}` : `${min} to ${max}`;
      throw new Error(`${where2}: ${tag} expects a list of ${expected} items, got ${value.length}`);
    }
  }
  return { [fn.key]: value };
}
function loadTemplate(path11) {
  return parseTemplate((0, import_node_fs3.readFileSync)(path11, "utf8"), path11);
}

// src/synth/render.ts
var TEMPLATE_BODY_LIMIT = 51200;
var EDGE_REGION2 = "us-east-1";
var MAX_STACK_NAME_LENGTH = 64 - "-edge-viewer-request".length;
var NO_SHARE_KEYS = {
  ShareKeyA: "",
  ShareKeyB: "",
  ShareKeyC: "",
  ShareKeyCreated: "-,-,-"
};
function hasShareKeys(keys) {
  return keys !== void 0 && (keys.ShareKeyA !== "" || keys.ShareKeyB !== "" || keys.ShareKeyC !== "");
}
var TemplateTooLargeError = class extends Error {
  constructor(stackName, bytes, limit, users, exact, rules = 0) {
    super(
      `stack '${stackName}': the rendered template is ${exact ? "" : "at least "}${formatBytes2(bytes)}, over CloudFormation's TemplateBody limit of ${formatBytes2(limit)}. The edge function carries one entry per password (${users} now)` + (rules > 0 ? ` and the access rules (${rules} lines of \`access\`)` : "") + ": use fewer users in `basic-auth-users`" + (rules > 0 ? ", fewer or shorter `access` rules (one `**` glob covers a whole folder)" : "") + ", or shorten the rotation grace period so replaced passwords drop out sooner."
    );
    this.stackName = stackName;
    this.bytes = bytes;
    this.limit = limit;
    this.users = users;
    this.rules = rules;
    this.name = "TemplateTooLargeError";
  }
  stackName;
  bytes;
  limit;
  users;
  rules;
};
var EDGE_VERSION_PARAMETER = "EdgeFunctionVersionArn";
var EDGE_VERSION_OUTPUT = "EdgeFunctionVersionArn";
var WEB_ACL_PARAMETER = "WebAclArn";
var WEB_ACL_OUTPUT = "WebAclArn";
var USERS_STORE_PARAMETER = "UsersStoreArn";
var PLACEHOLDER = /@@([A-Z0-9_]+)@@/g;
function synthesize(options) {
  validateOptions(options);
  const edgeStackName = `${options.stackName}-edge`;
  const siteStackName = `${options.stackName}-site`;
  const edgeTemplate = readTemplate("edge", options.templatesDir);
  const siteTemplate = readTemplate("site", options.templatesDir);
  const edgeParameters = {
    PermissionsBoundaryArn: options.permissionsBoundaryArn ?? "",
    SiteName: options.stackName,
    UsersInSecretsManager: options.usersInSecretsManager === true ? "true" : "false",
    RateLimit: String(options.rateLimit ?? 0),
    LoginForm: options.session === void 0 ? "false" : "true"
  };
  if (options.edge === "function") return synthesizeFunction(options, edgeTemplate, siteTemplate);
  const runtime = options.edgeRuntime ?? EDGE_RUNTIME;
  const session = options.session === void 0 ? void 0 : { ...options.session };
  const estimate = renderEdge(
    edgeTemplate,
    renderEdgeCode(standInConfig(options)),
    runtime,
    session !== void 0
  );
  const rules = options.access?.length ?? 0;
  assertFits(edgeStackName, estimate, options.users.length, false, rules);
  const edgeBody = options.standInHashes === true ? estimate : renderEdge(
    edgeTemplate,
    renderEdgeCode(
      buildEdgeConfig({
        scope: options.stackName,
        realm: options.realm,
        users: options.users,
        access: options.access,
        share: hasShareKeys(options.shareKeys),
        audit: options.auditLog,
        trustedPages: options.trustedPages,
        session,
        tokens: options.tokens,
        previews: edgePreviews(options.previews)
      })
    ),
    runtime,
    session !== void 0
  );
  assertFits(edgeStackName, edgeBody, options.users.length, true, rules);
  const edge = renderedStack(edgeStackName, EDGE_REGION2, edgeBody, edgeParameters, []);
  const siteBody = JSON.stringify(fillPlaceholders(siteTemplate, NO_FUNCTION_CODE));
  assertFits(siteStackName, siteBody, options.users.length, true);
  const fromEdge = (parameterKey, outputKey) => fromEdgeStack(edgeStackName, parameterKey, outputKey);
  const rateLimited = (options.rateLimit ?? 0) > 0;
  const site = renderedStack(
    siteStackName,
    options.region,
    siteBody,
    {
      ...siteParameters(options),
      ...options.shareKeys ?? NO_SHARE_KEYS
    },
    [
      fromEdge(EDGE_VERSION_PARAMETER, EDGE_VERSION_OUTPUT),
      ...rateLimited ? [fromEdge(WEB_ACL_PARAMETER, WEB_ACL_OUTPUT)] : []
    ]
  );
  return { edge, site };
}
var NO_FUNCTION_CODE = {
  FUNCTION_CODE_HEAD: "",
  FUNCTION_CODE_TAIL: "",
  RESPONSE_FUNCTION_CODE: "",
  LOGIN_FUNCTION_CODE_HEAD: "",
  LOGIN_FUNCTION_CODE_TAIL: ""
};
function synthesizeFunction(options, edgeTemplate, siteTemplate) {
  if (options.renderFunctionCode === void 0) {
    throw new Error("edge: function: no function code renderer was given to synth");
  }
  const edgeStackName = `${options.stackName}-edge`;
  const siteStackName = `${options.stackName}-site`;
  const edgeBody = renderEdge(
    edgeTemplate,
    NO_EDGE_FUNCTION_CODE,
    options.edgeRuntime ?? EDGE_RUNTIME,
    false
  );
  const edge = renderedStack(
    edgeStackName,
    EDGE_REGION2,
    edgeBody,
    {
      PermissionsBoundaryArn: "",
      SiteName: options.stackName,
      UsersInSecretsManager: "false",
      RateLimit: String(options.rateLimit ?? 0),
      EdgeRuntime: "function"
    },
    []
  );
  const given = options.renderFunctionCode;
  const previewDomain = options.previews?.domain?.toLowerCase();
  const render = options.previews === void 0 ? given : (config) => given({
    ...config,
    previews: previewDomain === void 0 ? {} : { domain: previewDomain }
  });
  const session = options.session;
  const code = functionCodeParts(
    session === void 0 ? render : (config) => render({ ...config, session }),
    options.realm
  );
  const login = session === void 0 ? { head: "", tail: "" } : functionCodeParts(
    (config) => renderLoginFunctionCode({ ...config, session }),
    options.realm
  );
  const siteBody = JSON.stringify(
    fillPlaceholders(siteTemplate, {
      FUNCTION_CODE_HEAD: code.head,
      FUNCTION_CODE_TAIL: code.tail,
      LOGIN_FUNCTION_CODE_HEAD: login.head,
      LOGIN_FUNCTION_CODE_TAIL: login.tail,
      // The viewer-response function: no secret in it, rendered whole.
      RESPONSE_FUNCTION_CODE: renderResponseFunctionCode({
        trustedPages: options.trustedPages === true
      })
    })
  );
  assertFits(siteStackName, siteBody, options.users.length, true);
  const site = renderedStack(
    siteStackName,
    options.region,
    siteBody,
    {
      ...siteParameters(options),
      EdgeRuntime: "function",
      EdgeFunctionVersionArn: "",
      PrepareFunction: "false",
      UsersInSecretsManager: options.usersInSecretsManager === true ? "true" : "false"
    },
    [
      // The bootstrap stack's store (cloudformation/bootstrap.yaml, UsersStore), found by name.
      {
        parameterKey: USERS_STORE_PARAMETER,
        keyValueStoreName: usersStoreName(options.stackName)
      },
      ...(options.rateLimit ?? 0) > 0 ? [fromEdgeStack(edgeStackName, WEB_ACL_PARAMETER, WEB_ACL_OUTPUT)] : []
    ]
  );
  return { edge, site };
}
function siteParameters(options) {
  return {
    DomainName: options.domainName ?? "",
    CertificateArn: options.certificateArn ?? "",
    // With `rate-limit`, the web ACL's ARN (random id) comes from the edge stack at deploy.
    ...(options.rateLimit ?? 0) > 0 ? {} : { [WEB_ACL_PARAMETER]: "" },
    NotFoundPage: options.notFoundPage ?? "",
    SiteName: options.stackName,
    // `login: form`: the /_login and /_logout behaviors (cloudformation/site.yaml).
    LoginForm: options.session === void 0 ? "false" : "true",
    // `previews`: the previews' manifests denied to CloudFront; with a domain, its alias. Sent
    // only when on, so a site without previews sends the parameters it sent before (the
    // template's defaults are 'false' and '').
    ...options.previews === void 0 ? {} : { Previews: "true", PreviewDomain: options.previews.domain ?? "" }
  };
}
function fromEdgeStack(edgeStackName, parameterKey, outputKey) {
  return { parameterKey, fromStack: edgeStackName, fromRegion: EDGE_REGION2, outputKey };
}
function fingerprintOf(templateBody, parameters, resolvedAtDeploy = []) {
  const canonical = JSON.stringify([
    templateBody,
    parameters.map((p) => [p.ParameterKey, p.ParameterValue]),
    resolvedAtDeploy.map(
      (p) => "outputKey" in p ? [p.parameterKey, p.fromStack, p.fromRegion, p.outputKey] : [p.parameterKey, p.keyValueStoreName]
    )
  ]);
  return (0, import_node_crypto8.createHash)("sha256").update(canonical, "utf8").digest("hex");
}
function readTemplate(name, templatesDir) {
  if (templatesDir !== void 0) return loadTemplate((0, import_node_path4.join)(templatesDir, `${name}.yaml`));
  return parseTemplate(
    EMBEDDED_TEMPLATES[`${name}.yaml`],
    `cloudformation/${name}.yaml (embedded)`
  );
}
function renderEdge(template, code, runtime, session) {
  const sha256 = (0, import_node_crypto8.createHash)("sha256").update(code, "utf8").digest("hex");
  const parts = edgeCodeParts(code, session);
  const filled = fillPlaceholders(template, {
    EDGE_CODE_HEAD: parts.head,
    EDGE_CODE_TAIL: parts.tail,
    EDGE_RUNTIME: runtime,
    EDGE_CODE_SHA256: sha256
  });
  const zipFile = objectAt(filled, "Resources", "EdgeFunction", "Properties", "Code").ZipFile;
  if (!isEdgeZipFile(zipFile, parts))
    throw new Error(
      "edge template: Resources.EdgeFunction.Properties.Code.ZipFile must be the Fn::Join of @@EDGE_CODE_HEAD@@, the SessionSecret reference and @@EDGE_CODE_TAIL@@"
    );
  return JSON.stringify(filled);
}
function fillPlaceholders(template, values) {
  const fill = (text2) => text2.replace(PLACEHOLDER, (_match, name) => {
    const value = Object.hasOwn(values, name) ? values[name] : void 0;
    if (value === void 0) throw new Error(`template placeholder @@${name}@@ has no value`);
    return value;
  });
  const walk = (node) => {
    if (typeof node === "string") return fill(node);
    if (Array.isArray(node)) return node.map(walk);
    if (isJsonObject(node)) {
      return Object.fromEntries(
        Object.entries(node).map(([key, value]) => [fill(key), walk(value)])
      );
    }
    return node;
  };
  const filled = walk(cloneJson(template));
  if (!isJsonObject(filled)) throw new Error("template: not a mapping after rendering");
  return filled;
}
function standInConfig(options) {
  const seen = /* @__PURE__ */ new Set();
  const users = [];
  const salt = "A".repeat(22);
  const hash = "A".repeat(43);
  for (const { user, password } of options.users) {
    const key = `${user.normalize("NFC")}\0${password.normalize("NFC")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    users.push({ user: user.normalize("NFC"), salt, hash });
  }
  const access = [...options.access ?? []];
  const names = new Set(users.map((u) => u.user));
  for (const name of access.flatMap((rule) => rule.users)) {
    const user = name.normalize("NFC");
    if (user === ANY_USER || names.has(user)) continue;
    names.add(user);
    users.push({ user, salt, hash });
  }
  return {
    realm: options.realm,
    users,
    ...access.length > 0 ? { access } : {},
    ...hasShareKeys(options.shareKeys) ? { share: true } : {},
    ...options.auditLog === true ? { audit: true } : {},
    ...options.trustedPages === true ? { trustedPages: true } : {},
    ...options.session === void 0 ? {} : { session: { ...options.session } }
  };
}
function assertFits(stackName, body, users, exact, rules = 0) {
  const bytes = Buffer.byteLength(body, "utf8");
  if (bytes > TEMPLATE_BODY_LIMIT) {
    throw new TemplateTooLargeError(stackName, bytes, TEMPLATE_BODY_LIMIT, users, exact, rules);
  }
}
function renderedStack(stackName, region, templateBody, parameterValues2, resolvedAtDeploy) {
  const parameters = Object.keys(parameterValues2).sort().map((key) => ({ ParameterKey: key, ParameterValue: parameterValues2[key] ?? "" }));
  return {
    stackName,
    region,
    templateBody,
    parameters,
    resolvedAtDeploy,
    fingerprint: fingerprintOf(templateBody, parameters, resolvedAtDeploy)
  };
}
function validateOptions(options) {
  const { stackName } = options;
  if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(stackName)) {
    throw new Error(
      `stack-name: expected a letter followed by letters, digits and hyphens, got '${stackName}'`
    );
  }
  if (stackName.length > MAX_STACK_NAME_LENGTH) {
    throw new Error(
      `stack-name: '${stackName}' is ${stackName.length} characters; at most ${MAX_STACK_NAME_LENGTH} fit, because the edge function is named '<stack-name>-edge-viewer-request' and Lambda allows 64`
    );
  }
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(options.region)) {
    throw new Error(`region: expected an AWS region such as eu-central-1, got '${options.region}'`);
  }
  const hasDomain = (options.domainName ?? "") !== "";
  const hasCertificate = (options.certificateArn ?? "") !== "";
  if (hasDomain !== hasCertificate) {
    throw new Error("domain-name and certificate-arn go together: set both or neither");
  }
  if ((options.previews?.domain ?? "") !== "" && !hasDomain) {
    throw new Error(
      "previews.domain needs domain-name and certificate-arn (a certificate that also covers *.<previews.domain>)"
    );
  }
  if (options.users.length === 0 && options.edge !== "function") {
    throw new Error("basic-auth-users: at least one user is needed");
  }
  const runtime = options.edgeRuntime ?? EDGE_RUNTIME;
  if (!/^nodejs\d+\.x$/.test(runtime)) {
    throw new Error(
      `edge-runtime: expected a Node.js runtime such as nodejs24.x, got '${runtime}'`
    );
  }
}
function formatBytes2(bytes) {
  return `${bytes.toLocaleString("en-US")} bytes`;
}

// src/synth/write.ts
var import_node_fs4 = __toESM(require_node_fs(), 1);
var import_node_path5 = __toESM(require_node_path(), 1);

// src/sandbox/error-pages.ts
function notFoundPageCodes(site = readTemplate("site")) {
  const responses = jsonAt(
    site,
    "Resources",
    "Distribution",
    "Properties",
    "DistributionConfig",
    "CustomErrorResponses",
    "Fn::If",
    1
  );
  const codes = [];
  for (const response of Array.isArray(responses) ? responses : []) {
    const code = jsonAt(response, "ErrorCode");
    if (typeof code === "number" && jsonAt(response, "ResponsePagePath", "Ref") === "NotFoundPage")
      codes.push(code);
  }
  return codes;
}

// src/share/verify.ts
var import_node_crypto9 = __toESM(require_node_crypto(), 1);
var SIGNING_PARAMETERS = /* @__PURE__ */ new Set([
  "Expires",
  "Policy",
  "Signature",
  "Key-Pair-Id",
  "Hash-Algorithm"
]);
function hasSigningParameter(target) {
  const q = target.indexOf("?");
  if (q < 0) return false;
  return target.slice(q + 1).split("&").some((pair) => SIGNING_PARAMETERS.has(pair.split("=")[0] ?? ""));
}
function fromCloudFrontBase64(text2) {
  if (!/^[A-Za-z0-9\-_~]+$/.test(text2)) return void 0;
  return Buffer.from(text2.replace(/-/g, "+").replace(/_/g, "=").replace(/~/g, "/"), "base64");
}
function verifySignedUrl(origin, target, publicKeys, nowSeconds) {
  const q = target.indexOf("?");
  const path11 = q < 0 ? target : target.slice(0, q);
  const params = /* @__PURE__ */ new Map();
  const kept = [];
  for (const pair of q < 0 ? [] : target.slice(q + 1).split("&")) {
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const name = eq < 0 ? pair : pair.slice(0, eq);
    if (!SIGNING_PARAMETERS.has(name)) {
      kept.push(pair);
      continue;
    }
    if (params.has(name)) return { ok: false, reason: `${name} given twice` };
    params.set(name, eq < 0 ? "" : pair.slice(eq + 1));
  }
  const url = `${origin}${path11}${kept.length > 0 ? `?${kept.join("&")}` : ""}`;
  return verifyParameters(url, params, publicKeys, nowSeconds);
}
function verifySignedCookies(origin, target, cookieHeader, publicKeys, nowSeconds) {
  const params = /* @__PURE__ */ new Map();
  for (const pair of (cookieHeader ?? "").split(";")) {
    const eq = pair.indexOf("=");
    const name = (eq < 0 ? pair : pair.slice(0, eq)).trim();
    if (!name.startsWith("CloudFront-")) continue;
    const parameter = name.slice("CloudFront-".length);
    if (!SIGNING_PARAMETERS.has(parameter)) continue;
    if (!params.has(parameter)) params.set(parameter, eq < 0 ? "" : pair.slice(eq + 1).trim());
  }
  return verifyParameters(`${origin}${target}`, params, publicKeys, nowSeconds);
}
function verifyParameters(url, params, publicKeys, nowSeconds) {
  const keyId = params.get("Key-Pair-Id");
  const signatureText = params.get("Signature");
  if (keyId === void 0 || signatureText === void 0) {
    return { ok: false, reason: "Missing Key-Pair-Id query parameter or cookie value" };
  }
  const key = publicKeys.get(keyId);
  if (key === void 0) return { ok: false, reason: "Unknown Key" };
  const hash = params.get("Hash-Algorithm");
  if (hash !== void 0 && hash !== "SHA256")
    return { ok: false, reason: "Invalid Hash-Algorithm" };
  const signature = fromCloudFrontBase64(signatureText);
  if (signature === void 0) return { ok: false, reason: "Invalid signature encoding" };
  const expires = params.get("Expires");
  const policyText = params.get("Policy");
  let policy;
  if (policyText !== void 0) {
    if (expires !== void 0) return { ok: false, reason: "Both Expires and Policy given" };
    const decoded = fromCloudFrontBase64(policyText);
    if (decoded === void 0) return { ok: false, reason: "Malformed Policy" };
    policy = decoded;
  } else {
    if (expires === void 0 || !/^\d{1,12}$/.test(expires)) {
      return { ok: false, reason: "Missing or malformed Expires" };
    }
    policy = Buffer.from(
      `{"Statement":[{"Resource":"${url}","Condition":{"DateLessThan":{"AWS:EpochTime":${expires}}}}]}`
    );
  }
  const publicKey = typeof key === "string" ? (0, import_node_crypto9.createPublicKey)(key) : key;
  const algorithm = hash === "SHA256" ? "sha256" : "sha1";
  if (!(0, import_node_crypto9.verify)(algorithm, policy, publicKey, signature)) {
    return { ok: false, reason: "Access denied: the signature does not match" };
  }
  const statement = parseStatement(policy);
  if (statement === void 0) return { ok: false, reason: "Malformed Policy" };
  if (!resourceMatches(statement.resource, url)) {
    return { ok: false, reason: "Access denied: the URL is outside the policy resource" };
  }
  if (!(nowSeconds < statement.lessThan)) return { ok: false, reason: "Access denied: expired" };
  if (statement.greaterThan !== void 0 && !(nowSeconds > statement.greaterThan)) {
    return { ok: false, reason: "Access denied: not valid yet" };
  }
  return { ok: true, keyId, resource: statement.resource, expiresAt: statement.lessThan };
}
function parseStatement(policy) {
  let parsed;
  try {
    parsed = JSON.parse(policy.toString("utf8"));
  } catch {
    return void 0;
  }
  const list2 = typeof parsed === "object" && parsed !== null && "Statement" in parsed ? parsed.Statement : void 0;
  if (!Array.isArray(list2) || list2.length !== 1) return void 0;
  const s = list2[0];
  if (typeof s !== "object" || s === null || !("Resource" in s) || !("Condition" in s)) {
    return void 0;
  }
  const resource = s.Resource;
  const condition = s.Condition;
  if (typeof resource !== "string" || typeof condition !== "object" || condition === null) {
    return void 0;
  }
  if ("IpAddress" in condition) return void 0;
  const epoch = (name) => {
    const c = Object.getOwnPropertyDescriptor(condition, name)?.value;
    if (c === void 0) return void 0;
    const v = typeof c === "object" && c !== null && "AWS:EpochTime" in c ? c["AWS:EpochTime"] : null;
    return typeof v === "number" && Number.isSafeInteger(v) ? v : null;
  };
  const lessThan = epoch("DateLessThan");
  const greaterThan = epoch("DateGreaterThan");
  if (typeof lessThan !== "number" || greaterThan === null) return void 0;
  return { resource, lessThan, greaterThan };
}
function resourceMatches(resource, url) {
  let pattern = "^";
  for (const ch of resource) {
    pattern += ch === "*" ? "[\\s\\S]*" : ch === "?" ? "[\\s\\S]" : ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return new RegExp(`${pattern}$`).test(url);
}

// src/sandbox/edge-server.ts
var PortInUseError = class extends Error {
  constructor(host, port2) {
    super(
      `port ${port2} is already in use on ${host}. Stop what is using it, or pick another port: --port ${port2 === 65535 ? 8081 : port2 + 1} (--port 0 picks a free one).`
    );
    this.host = host;
    this.port = port2;
    this.name = "PortInUseError";
  }
  host;
  port;
};
var STATUS_TEXT = { 200: "OK", 403: "Forbidden", 404: "Not Found" };
var SITE_CACHE_POLICY = {
  minTtl: 31536e3,
  defaultTtl: 31536e3,
  maxTtl: 31536e3
};
var ALLOWED_METHODS = /* @__PURE__ */ new Set(["GET", "HEAD"]);
var LOGIN_BEHAVIORS = /* @__PURE__ */ new Set([LOGIN_PATH, LOGOUT_PATH]);
var MAX_INCLUDED_BODY = 40 * 1024;
async function startEdgeServer(opts) {
  const host = opts.host ?? "127.0.0.1";
  let handler = opts.handler;
  const now = opts.now ?? Date.now;
  const cache = /* @__PURE__ */ new Map();
  const policy = opts.responseHeaders ?? [];
  const withPolicy = (headers, extra) => ({ ...applyPolicy(headers, policy), ...extra });
  const cachePolicy = opts.cachePolicy ?? SITE_CACHE_POLICY;
  const notFoundPage = new Set(opts.notFoundPageCodes ?? notFoundPageCodes());
  const notFoundPageKey2 = opts.notFoundPageKey ?? NOT_FOUND_PAGE_KEY;
  const server = import_node_http.default.createServer((req, res) => {
    const started = now();
    serve(req, res).then(
      (note) => opts.log(
        `${res.statusCode} ${req.method ?? "?"} ${req.url ?? ""} ${note} ${now() - started} ms`
      ),
      (e) => {
        const message = e instanceof Error ? e.message : String(e);
        opts.log(`502 ${req.method ?? "?"} ${req.url ?? ""}: ${message}`);
        if (!res.headersSent) send(res, 502, textHeaders(), `502 Bad Gateway: ${message}
`, req);
        else res.destroy();
      }
    );
  });
  server.keepAliveTimeout = 5e3;
  async function serve(req, res) {
    const method = req.method ?? "GET";
    const behavior = opts.login === true ? loginBehavior(req.url) : void 0;
    if (behavior !== void 0) {
      const event2 = viewerRequest(req, host);
      const request = event2.Records[0]?.cf.request;
      if (behavior === "/_login" && request !== void 0 && method !== "GET" && method !== "HEAD") {
        request.body = await readIncludedBody(req);
      }
      const result2 = await handler(event2);
      if (!isGeneratedResponse(result2)) {
        send(res, 404, textHeaders(), "404 Not Found\n", req);
        return "(the sign-in behavior forwarded a request: nothing at the origin answers it)";
      }
      sendGenerated(res, result2, req, {
        "X-Cache": opts.generatedXCache ?? "LambdaGeneratedResponse"
      });
      return `(generated by the edge function: ${result2.statusDescription ?? result2.status})`;
    }
    if (!ALLOWED_METHODS.has(method)) {
      send(
        res,
        403,
        textHeaders(),
        "403 Forbidden: this distribution is not configured to allow the HTTP request method that was used for this request.\n",
        req
      );
      return "(method not allowed)";
    }
    if (opts.share !== void 0 && onShareBehavior(req.url)) {
      const origin = `http://${req.headers.host ?? host}`;
      const seconds = Math.floor(now() / 1e3);
      const target = req.url ?? "/";
      const verdict = hasSigningParameter(target) ? verifySignedUrl(origin, target, opts.share.publicKeys, seconds) : verifySignedCookies(origin, target, req.headers.cookie, opts.share.publicKeys, seconds);
      if (!verdict.ok) {
        send(res, 403, textHeaders(), `403 Forbidden: ${verdict.reason}
`, req);
        return `(share link refused by the key group: ${verdict.reason})`;
      }
    }
    const event = viewerRequest(req, host);
    if (opts.hostAlias !== void 0) aliasHost(event, opts.hostAlias);
    const result = await handler(event);
    if (isGeneratedResponse(result)) {
      sendGenerated(res, result, req, {
        "X-Cache": opts.generatedXCache ?? "LambdaGeneratedResponse"
      });
      return `(generated by the edge function: ${result.statusDescription ?? result.status})`;
    }
    const uri = result.uri;
    const key = objectKey(uri);
    if (key === void 0) {
      send(res, 400, textHeaders(), "400 Bad Request\n", req);
      return "(undecodable URI)";
    }
    const route = uri === pathOf(req.url) ? "" : `\u2192 ${uri} `;
    const cacheKey = uri;
    const cached = cache.get(cacheKey);
    if (cached !== void 0 && cached.expiresAt > now()) {
      const age = Math.floor((now() - cached.storedAt) / 1e3);
      const headers = await viewerResponse2(result, cached.headers);
      sendObject(res, req, cached, withPolicy(headers, { "X-Cache": "Hit", Age: String(age) }));
      return `${route}Hit`;
    }
    if (cached !== void 0) cache.delete(cacheKey);
    const fetched = key.startsWith(RESERVED_PREFIX) ? 403 : await fetchObject(key);
    const answer = await handler(originResponse(result, fetched));
    const status = Number(isGeneratedResponse(answer) ? answer.status : NaN);
    if (typeof fetched !== "number" && status >= 200 && status < 300) {
      const ttl = ttlOf(fetched.headers["Cache-Control"], cachePolicy);
      const entry = {
        headers: fetched.headers,
        body: fetched.body,
        storedAt: now(),
        expiresAt: now() + (ttl ?? 0) * 1e3
      };
      if (ttl !== void 0) cache.set(cacheKey, entry);
      const headers = await viewerResponse2(result, entry.headers);
      sendObject(res, req, entry, withPolicy(headers, { "X-Cache": "Miss" }));
      return `${route}Miss`;
    }
    if (!isGeneratedResponse(answer))
      throw new Error("the origin-response trigger returned a request");
    const why = typeof fetched === "number" ? `S3 ${fetched}` : `S3 ${status}`;
    if (notFoundPage.has(status)) {
      const page = await fetchObject(notFoundPageKey2);
      if (typeof page !== "number") {
        send(res, 404, withPolicy(page.headers, { "X-Cache": "Error" }), page.body, req);
        return `${route}(${why}: /${notFoundPageKey2})`;
      }
    }
    const answered = {
      ...answer,
      headers: headersOf(applyPolicy(flatHeaders(answer.headers ?? {}), policy))
    };
    sendGenerated(res, answered, req, { "X-Cache": "Miss" });
    return `${route}(${why}: ${answer.status} from the origin-response trigger)`;
  }
  async function viewerResponse2(request, stored) {
    const headers = {};
    for (const [name, value] of Object.entries(stored)) {
      headers[name.toLowerCase()] = [{ key: name, value }];
    }
    const event = {
      Records: [
        {
          cf: {
            config: {
              distributionDomainName: host,
              distributionId: "ESANDBOX",
              eventType: "viewer-response",
              requestId: (0, import_node_crypto10.randomBytes)(21).toString("base64url")
            },
            request,
            response: { status: "200", statusDescription: "OK", headers }
          }
        }
      ]
    };
    const answer = await handler(event);
    if (!isGeneratedResponse(answer)) {
      throw new Error("the viewer-response trigger returned a request");
    }
    return flatHeaders(answer.headers ?? {});
  }
  function originResponse(request, fetched) {
    const status = typeof fetched === "number" ? fetched : 200;
    const headers = {};
    if (typeof fetched === "number") {
      headers["content-type"] = [{ key: "Content-Type", value: "application/xml" }];
    } else {
      for (const [name, value] of Object.entries(fetched.headers)) {
        headers[name.toLowerCase()] = [{ key: name, value }];
      }
    }
    headers.via = [{ key: "Via", value: "1.1 sandbox.cloudfront.net (CloudFront)" }];
    return {
      Records: [
        {
          cf: {
            config: {
              distributionDomainName: host,
              distributionId: "ESANDBOX",
              eventType: "origin-response",
              requestId: (0, import_node_crypto10.randomBytes)(21).toString("base64url")
            },
            request,
            response: {
              status: String(status),
              statusDescription: STATUS_TEXT[status] ?? "",
              headers
            }
          }
        }
      ]
    };
  }
  async function fetchObject(key) {
    try {
      const res = await opts.client.send(new GetObjectCommand({ Bucket: opts.bucket, Key: key }));
      const body = Buffer.from(await res.Body?.transformToByteArray() ?? new Uint8Array());
      const headers = {
        "Content-Type": res.ContentType ?? "application/octet-stream"
      };
      if (res.CacheControl !== void 0) headers["Cache-Control"] = res.CacheControl;
      for (const [name, value] of Object.entries(res.Metadata ?? {})) {
        headers[`x-amz-meta-${name}`] = value;
      }
      if (res.ETag !== void 0) headers.ETag = res.ETag;
      if (res.AcceptRanges !== void 0) headers["Accept-Ranges"] = res.AcceptRanges;
      if (res.LastModified !== void 0) headers["Last-Modified"] = res.LastModified.toUTCString();
      return { headers, body };
    } catch (e) {
      if (e instanceof Error && (e.name === "NoSuchKey" || e.name === "NotFound")) return 404;
      throw new Error(
        `GetObject '${key}' from the bucket failed: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`,
        { cause: e }
      );
    }
  }
  await new Promise((resolve3, reject) => {
    const onError = (e) => {
      reject(e.code === "EADDRINUSE" ? new PortInUseError(host, opts.port) : e);
    };
    server.once("error", onError);
    server.listen(opts.port, host, () => {
      server.off("error", onError);
      resolve3();
    });
  });
  const address = server.address();
  const port2 = isAddressInfo(address) ? address.port : opts.port;
  return {
    url: `http://${host}:${port2}/`,
    port: port2,
    invalidate(paths) {
      const cleared = [];
      for (const cacheKey of cache.keys()) {
        if (paths.some((p) => matches(p, cacheKey))) cleared.push(cacheKey);
      }
      for (const cacheKey of cleared) cache.delete(cacheKey);
      cleared.sort(byCodeUnit2);
      opts.log(
        cleared.length > 0 ? `cache: cleared ${cleared.join(", ")}` : `cache: nothing cached matched ${paths.join(" ")}`
      );
      return cleared;
    },
    cachedKeys: () => [...cache.keys()].sort(byCodeUnit2),
    replaceHandler: (next) => {
      handler = next;
    },
    close: () => new Promise((resolve3) => {
      server.close(() => resolve3());
      server.closeAllConnections();
    })
  };
}
function matches(path11, cacheKey) {
  return path11.endsWith("*") ? cacheKey.startsWith(path11.slice(0, -1)) : cacheKey === path11;
}
function aliasHost(event, alias) {
  const hosts = event.Records[0]?.cf.request.headers.host;
  const suffix = `.${alias.domain.toLowerCase()}`;
  for (const header of hosts ?? []) {
    const match = /^(.*?)(:\d+)?$/.exec(header.value.toLowerCase());
    const name = match?.[1] ?? "";
    if (name.endsWith(suffix) && name.length > suffix.length) {
      header.value = `${name.slice(0, -suffix.length)}.${alias.as}${match?.[2] ?? ""}`;
    }
  }
}
function viewerRequest(req, host) {
  const target = req.url ?? "/";
  const q = target.indexOf("?");
  const headers = {};
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const key = req.rawHeaders[i];
    const value = req.rawHeaders[i + 1];
    if (key === void 0 || value === void 0) continue;
    const name = key.toLowerCase();
    (headers[name] ??= []).push({ key, value });
  }
  return {
    Records: [
      {
        cf: {
          config: {
            distributionDomainName: req.headers.host ?? host,
            distributionId: "ESANDBOX",
            eventType: "viewer-request",
            requestId: (0, import_node_crypto10.randomBytes)(21).toString("base64url")
          },
          request: {
            clientIp: req.socket.remoteAddress ?? "127.0.0.1",
            headers,
            method: req.method ?? "GET",
            querystring: q < 0 ? "" : target.slice(q + 1),
            uri: pathOf(target)
          }
        }
      }
    ]
  };
}
function loginBehavior(target) {
  try {
    const path11 = new URL(target ?? "/", "http://sandbox").pathname;
    return LOGIN_BEHAVIORS.has(path11) ? path11 : void 0;
  } catch {
    return void 0;
  }
}
async function readIncludedBody(req) {
  const chunks = [];
  let length = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    if (length < MAX_INCLUDED_BODY) chunks.push(buffer);
    length += buffer.length;
  }
  const body = includedBody(Buffer.concat(chunks).subarray(0, MAX_INCLUDED_BODY));
  return length > MAX_INCLUDED_BODY ? { ...body, inputTruncated: true } : body;
}
function onShareBehavior(target) {
  try {
    return new URL(target ?? "/", "http://sandbox").pathname.startsWith(SHARE_PREFIX);
  } catch {
    return false;
  }
}
function pathOf(target) {
  const t = target ?? "/";
  const q = t.indexOf("?");
  return q < 0 ? t : t.slice(0, q);
}
function objectKey(uri) {
  if (!uri.startsWith("/")) return void 0;
  try {
    return uri.slice(1).split("/").map((segment) => decodeURIComponent(segment.replace(/\+/g, " "))).join("/");
  } catch {
    return void 0;
  }
}
function ttlOf(cacheControl, policy = SITE_CACHE_POLICY) {
  const directives = /* @__PURE__ */ new Map();
  for (const part of (cacheControl ?? "").split(",")) {
    const [name = "", value = ""] = part.trim().split("=");
    if (name !== "") directives.set(name.toLowerCase(), value.trim());
  }
  const clamp = (seconds2) => Math.min(policy.maxTtl, Math.max(policy.minTtl, seconds2));
  if (directives.has("no-store") || directives.has("private") || directives.has("no-cache")) {
    return void 0;
  }
  const raw = directives.get("s-maxage") ?? directives.get("max-age");
  const seconds = raw === void 0 ? policy.defaultTtl : Number.parseInt(raw, 10);
  if (!Number.isFinite(seconds)) return clamp(policy.defaultTtl);
  return clamp(seconds);
}
function sendObject(res, req, entry, headers) {
  const etag = entry.headers.ETag;
  const inm = req.headers["if-none-match"];
  if (etag !== void 0 && inm !== void 0 && etagMatches(inm, etag)) {
    const kept = {};
    for (const [name, value] of Object.entries(headers)) {
      if (!/^content-(type|length|encoding)$/i.test(name)) kept[name] = value;
    }
    send(res, 304, kept, void 0, req);
    return;
  }
  const ifRange = req.headers["if-range"];
  const applies = req.method === "GET" && (ifRange === void 0 || ifRange === etag);
  const range = applies ? byteRange(req.headers.range, entry.body.length) : void 0;
  if (range?.kind === "unsatisfiable") {
    const refused = { ...textHeaders(), "Content-Range": `bytes */${entry.body.length}` };
    send(res, 416, refused, "416 Range Not Satisfiable\n", req);
    return;
  }
  if (range?.kind === "partial") {
    const contentRange = `bytes ${range.start}-${range.end}/${entry.body.length}`;
    const part = entry.body.subarray(range.start, range.end + 1);
    send(res, 206, { ...headers, "Content-Range": contentRange }, part, req);
    return;
  }
  send(res, 200, headers, entry.body, req);
}
function etagMatches(ifNoneMatch, etag) {
  const weak = (t) => t.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((t) => t.trim() === "*" || weak(t) === weak(etag));
}
function sendGenerated(res, result, req, extra = { "X-Cache": "LambdaGeneratedResponse" }) {
  const headers = {};
  for (const [name, values] of Object.entries(result.headers ?? {})) {
    for (const h of values) (headers[h.key ?? name] ??= []).push(h.value);
  }
  const body = result.body === void 0 ? void 0 : Buffer.from(result.body, result.bodyEncoding === "base64" ? "base64" : "utf8");
  res.statusMessage = result.statusDescription ?? "";
  send(res, Number(result.status), { ...headers, ...extra }, body, req);
}
function send(res, status, headers, body, req) {
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (body !== void 0 && status !== 304) {
    res.setHeader("Content-Length", Buffer.byteLength(body));
  }
  res.end(req.method === "HEAD" || status === 304 ? void 0 : body);
}
var textHeaders = () => ({
  "Content-Type": "text/plain; charset=utf-8",
  "Cache-Control": "private, no-store"
});
function flatHeaders(headers) {
  const out = {};
  for (const [name, values] of Object.entries(headers)) {
    for (const h of values) (out[h.key ?? name] ??= []).push(h.value);
  }
  return out;
}
function headersOf(flat) {
  const out = {};
  for (const [name, value] of Object.entries(flat)) {
    out[name.toLowerCase()] = (Array.isArray(value) ? value : [value]).map((v) => ({
      key: name,
      value: v
    }));
  }
  return out;
}
function applyPolicy(headers, policy) {
  const out = { ...headers };
  for (const header of policy) {
    const own = Object.keys(out).filter((n) => n.toLowerCase() === header.name.toLowerCase());
    if (own.length > 0 && !header.override) continue;
    for (const name of own) delete out[name];
    out[header.name] = header.value;
  }
  return out;
}
function isAddressInfo(value) {
  return typeof value === "object" && value !== null;
}
var byCodeUnit2 = (a, b) => a < b ? -1 : a > b ? 1 : 0;

// src/share/keys.ts
var import_node_crypto11 = __toESM(require_node_crypto(), 1);
var MAX_LINK_SECONDS = 30 * 86400;
function generateShareKey(slot, now) {
  const { privateKey, publicKey } = (0, import_node_crypto11.generateKeyPairSync)("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" }
  });
  return { slot, privateKey, publicKey, createdAt: Math.floor(now / 1e3) };
}

// node_modules/@aws-sdk/cloudfront-signer/dist-es/sign.js
var import_node_crypto12 = __toESM(require_node_crypto());
function getSignedUrl({ dateLessThan, dateGreaterThan, url, keyPairId, privateKey, ipAddress, policy, passphrase, algorithm }) {
  const cloudfrontSignBuilder = new CloudfrontSignBuilder({
    keyPairId,
    privateKey,
    passphrase,
    algorithm
  });
  if (!url && !policy) {
    throw new Error("@aws-sdk/cloudfront-signer: Please provide 'url' or 'policy'.");
  }
  let baseUrl;
  if (url) {
    baseUrl = encodeUrlPath(url);
  } else if (policy) {
    const resources = getPolicyResources(policy);
    if (!resources[0]) {
      throw new Error("@aws-sdk/cloudfront-signer: No URL provided and unable to determine URL from first policy statement resource.");
    }
    baseUrl = resources[0].replace("*://", "https://");
  }
  if (policy) {
    cloudfrontSignBuilder.setCustomPolicy(policy);
  } else {
    cloudfrontSignBuilder.setPolicyParameters({
      url: baseUrl,
      dateLessThan,
      dateGreaterThan,
      ipAddress
    });
  }
  const startFlag = baseUrl.includes("?") ? "&" : "?";
  const attributes = cloudfrontSignBuilder.createCloudfrontAttribute();
  if (algorithm === "SHA256") {
    attributes["Hash-Algorithm"] = "SHA256";
  }
  const params = Object.entries(attributes).filter(([, value]) => value !== void 0).map(([key, value]) => `${extendedEncodeURIComponent(key)}=${extendedEncodeURIComponent(value)}`).join("&");
  const urlString = baseUrl + startFlag + params;
  return getResource(urlString);
}
function encodeUrlPath(url) {
  const protocolEnd = url.indexOf("//");
  if (protocolEnd === -1) {
    return url;
  }
  const authorityStart = protocolEnd + 2;
  const pathStart = url.indexOf("/", authorityStart);
  if (pathStart === -1) {
    return url;
  }
  const origin = url.slice(0, pathStart);
  const rest = url.slice(pathStart);
  const queryIndex = rest.indexOf("?");
  const rawPath = queryIndex === -1 ? rest : rest.slice(0, queryIndex);
  const rawQuery = queryIndex === -1 ? "" : rest.slice(queryIndex);
  const encodedPath = rawPath.replace(/[^/]+/g, (segment) => {
    try {
      return encodeURIComponent(decodeURIComponent(segment));
    } catch {
      return encodeURIComponent(segment);
    }
  });
  let encodedQuery = "";
  if (rawQuery) {
    const pairs2 = rawQuery.slice(1).split("&").filter((p) => p.length > 0).map((pair) => {
      const eqIdx = pair.indexOf("=");
      const rawKey = eqIdx === -1 ? pair : pair.slice(0, eqIdx);
      const rawValue = eqIdx === -1 ? "" : pair.slice(eqIdx + 1);
      return `${encodeQueryComponent(rawKey)}=${encodeQueryComponent(rawValue)}`;
    });
    encodedQuery = pairs2.length > 0 ? `?${pairs2.join("&")}` : "";
  }
  return origin + encodedPath + encodedQuery;
}
function encodeQueryComponent(component) {
  const wellFormedComponent = component.replace(/[\uD800-\uDFFF]/gu, "\uFFFD");
  return wellFormedComponent.split(/(%[0-9A-Fa-f]{2}|\+)/g).map((part, i) => {
    if (i % 2 === 1) {
      return part === "+" ? "+" : part.toUpperCase();
    }
    return encodeURIComponent(part).replace(/'/g, "%27");
  }).join("");
}
function getPolicyResources(policy) {
  const parsedPolicy = typeof policy === "string" ? JSON.parse(policy) : policy;
  return (parsedPolicy?.Statement ?? []).map((s) => s.Resource);
}
function getResource(urlString) {
  const protocol = urlString.slice(0, urlString.indexOf("//"));
  switch (protocol) {
    case "http:":
    case "https:":
    case "ws:":
    case "wss:":
      return urlString;
    case "rtmp:":
      const url = new URL(urlString);
      const origin = `${protocol}//${url.hostname}`;
      return urlString.substring(origin.length).replace(/(?::\d+)?\//, "");
    default:
      throw new Error("Invalid URI scheme. Scheme must be one of http, https, or rtmp");
  }
}
var CloudfrontSignBuilder = class {
  keyPairId;
  privateKey;
  passphrase;
  algorithm;
  policy;
  customPolicy = false;
  dateLessThan;
  constructor({ privateKey, keyPairId, passphrase, algorithm }) {
    this.keyPairId = keyPairId;
    this.privateKey = privateKey;
    this.policy = "";
    this.passphrase = passphrase;
    this.algorithm = algorithm ?? "SHA1";
  }
  buildPolicy(args) {
    const policy = {
      Statement: [
        {
          Resource: args.resource,
          Condition: {
            DateLessThan: {
              "AWS:EpochTime": args.dateLessThan
            }
          }
        }
      ]
    };
    if (args.dateGreaterThan) {
      policy.Statement[0].Condition["DateGreaterThan"] = {
        "AWS:EpochTime": args.dateGreaterThan
      };
    }
    if (args.ipAddress) {
      const cidr = this.parseCIDR(args.ipAddress);
      policy.Statement[0].Condition["IpAddress"] = {
        "AWS:SourceIp": cidr
      };
    }
    return policy;
  }
  normalizeBase64(str2) {
    const replacements = {
      "+": "-",
      "=": "_",
      "/": "~"
    };
    return str2.replace(/[+=/]/g, function(match) {
      return replacements[match];
    });
  }
  encodeToBase64(str2) {
    return this.normalizeBase64(Buffer.from(str2).toString("base64"));
  }
  validateIP(ipStr) {
    const octets = ipStr.split(".");
    if (octets.length !== 4) {
      throw new Error(`IP does not contain four octets.`);
    }
    const isValid = octets.every((octet) => {
      const num = Number(octet);
      return Number.isInteger(num) && num >= 0 && num <= 255;
    });
    if (!isValid) {
      throw new Error("invalid IP octets");
    }
  }
  validateMask(maskStr) {
    const mask = Number(maskStr);
    const isValid = Number.isInteger(mask) && mask >= 0 && mask <= 32;
    if (!isValid) {
      throw new Error("invalid mask");
    }
  }
  parseCIDR(cidrStr) {
    try {
      const cidrParts = cidrStr.split("/");
      if (cidrParts.some((part) => part.length === 0)) {
        throw new Error("missing ip or mask part of CIDR");
      }
      this.validateIP(cidrParts[0]);
      let mask = "32";
      if (cidrParts.length === 2) {
        this.validateMask(cidrParts[1]);
        mask = cidrParts[1];
      }
      return `${cidrParts[0]}/${mask}`;
    } catch (error) {
      const errMessage = `IP address "${cidrStr}" is invalid`;
      if (error instanceof Error) {
        throw new Error(`${errMessage} due to ${error.message}.`);
      } else {
        throw new Error(`${errMessage}.`);
      }
    }
  }
  epochTime(date) {
    return Math.round(date.getTime() / 1e3);
  }
  parseDate(date) {
    if (!date) {
      return void 0;
    }
    const parsedDate = new Date(date);
    return isNaN(parsedDate.getTime()) ? void 0 : this.epochTime(parsedDate);
  }
  parseDateWindow(expiration, start) {
    const dateLessThan = this.parseDate(expiration);
    if (!dateLessThan) {
      throw new Error("dateLessThan is invalid. Ensure the date value is compatible with the Date constructor.");
    }
    return {
      dateLessThan,
      dateGreaterThan: this.parseDate(start)
    };
  }
  signData(data, privateKey, passphrase) {
    const sign = (0, import_node_crypto12.createSign)(this.algorithm === "SHA256" ? "RSA-SHA256" : "RSA-SHA1");
    sign.update(data);
    return sign.sign({ key: privateKey, passphrase }, "base64");
  }
  signPolicy(policy, privateKey, passphrase) {
    return this.normalizeBase64(this.signData(policy, privateKey, passphrase));
  }
  setCustomPolicy(policy) {
    this.customPolicy = true;
    this.policy = policy;
  }
  setPolicyParameters({ url, dateLessThan, dateGreaterThan, ipAddress }) {
    if (!url || !dateLessThan) {
      return false;
    }
    const resource = getResource(url);
    const parsedDates = this.parseDateWindow(dateLessThan, dateGreaterThan);
    this.dateLessThan = parsedDates.dateLessThan;
    this.customPolicy = Boolean(parsedDates.dateGreaterThan) || Boolean(ipAddress);
    this.policy = JSON.stringify(this.buildPolicy({
      resource,
      ipAddress,
      dateLessThan: parsedDates.dateLessThan,
      dateGreaterThan: parsedDates.dateGreaterThan
    }));
  }
  createCloudfrontAttribute() {
    if (!this.policy) {
      throw new Error("Invalid policy");
    }
    const signature = this.signPolicy(this.policy, this.privateKey, this.passphrase);
    return {
      Expires: this.customPolicy ? void 0 : this.dateLessThan,
      Policy: this.customPolicy ? this.encodeToBase64(this.policy) : void 0,
      "Key-Pair-Id": this.keyPairId,
      Signature: signature
    };
  }
};

// src/share/sign.ts
function signShareLink(request) {
  const origin = request.origin.replace(/\/+$/, "");
  const url = `${origin}${sharePath(request.path)}`;
  const common = {
    keyPairId: request.keyPairId,
    privateKey: request.privateKey,
    algorithm: "SHA256"
  };
  if (!request.path.endsWith("/")) {
    const signed2 = getSignedUrl({
      ...common,
      url,
      dateLessThan: new Date(request.expiresAt * 1e3)
    });
    return { url: signed2, policy: "canned", resource: url, expiresAt: request.expiresAt };
  }
  const resource = `${url}*`;
  const policy = JSON.stringify({
    Statement: [
      { Resource: resource, Condition: { DateLessThan: { "AWS:EpochTime": request.expiresAt } } }
    ]
  });
  const signed = getSignedUrl({ ...common, url, policy });
  return { url: signed, policy: "custom", resource, expiresAt: request.expiresAt };
}

// src/sandbox/response-headers.ts
var text = (v) => typeof v === "string" ? v : void 0;
function responseHeadersOf(site = readTemplate("site")) {
  const resources = jsonAt(site, "Resources");
  const policy = Object.values(isJsonObject(resources) ? resources : {}).find(
    (r) => jsonAt(r, "Type") === "AWS::CloudFront::ResponseHeadersPolicy"
  );
  const config = jsonAt(policy, "Properties", "ResponseHeadersPolicyConfig");
  const security = jsonAt(config, "SecurityHeadersConfig");
  const headers = [];
  const add2 = (name, value, setting) => {
    headers.push({ name, value, override: jsonAt(setting, "Override") === true });
  };
  const hsts = jsonAt(security, "StrictTransportSecurity");
  const maxAge = jsonAt(hsts, "AccessControlMaxAgeSec");
  if (typeof maxAge === "number") {
    add2(
      "Strict-Transport-Security",
      `max-age=${maxAge}` + (jsonAt(hsts, "IncludeSubdomains") === true ? "; includeSubDomains" : "") + (jsonAt(hsts, "Preload") === true ? "; preload" : ""),
      hsts
    );
  }
  const contentType = jsonAt(security, "ContentTypeOptions");
  if (contentType !== void 0) add2("X-Content-Type-Options", "nosniff", contentType);
  const frame = jsonAt(security, "FrameOptions");
  const frameOption = text(jsonAt(frame, "FrameOption"));
  if (frameOption !== void 0) add2("X-Frame-Options", frameOption, frame);
  const referrer = jsonAt(security, "ReferrerPolicy");
  const referrerPolicy = text(jsonAt(referrer, "ReferrerPolicy"));
  if (referrerPolicy !== void 0) add2("Referrer-Policy", referrerPolicy, referrer);
  const items = jsonAt(config, "CustomHeadersConfig", "Items");
  for (const item of Array.isArray(items) ? items : []) {
    const name = text(jsonAt(item, "Header"));
    const value = text(jsonAt(item, "Value"));
    if (name !== void 0 && value !== void 0) add2(name, value, item);
  }
  return headers;
}

// src/sandbox/s3-process.ts
var import_node_child_process3 = __toESM(require_node_child_process(), 1);
var import_node_readline = __toESM(require_node_readline(), 1);
var TEST_S3_CREDENTIALS = {
  accessKeyId: "S3RVER",
  secretAccessKey: "S3RVER"
};
var NODE_ARGS = ["--openssl-legacy-provider"];
async function startS3Process(opts) {
  const credentials = opts.credentials ?? TEST_S3_CREDENTIALS;
  const args = [
    ...NODE_ARGS,
    opts.script,
    "--port",
    "0",
    "--max-seconds",
    String(opts.maxSeconds),
    "--stop-when-stdin-closes"
  ];
  if (opts.directory !== void 0) args.push("--dir", opts.directory);
  const child = (0, import_node_child_process3.spawn)(process.execPath, args, {
    stdio: ["pipe", "pipe", "pipe"],
    env: {
      ...process.env,
      S3_SERVER_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_SERVER_SECRET_ACCESS_KEY: credentials.secretAccessKey
    }
  });
  const exited = new Promise((resolve3) => {
    child.once("exit", (code) => resolve3(code));
    child.once("error", () => resolve3(null));
  });
  (0, import_node_readline.createInterface)({ input: child.stderr }).on("line", opts.onStderr);
  const lines2 = (0, import_node_readline.createInterface)({ input: child.stdout });
  const stop = async (graceMs = 5e3) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.stdin.end();
    child.kill("SIGTERM");
    const timer2 = setTimeout(() => child.kill("SIGKILL"), graceMs);
    await exited;
    clearTimeout(timer2);
  };
  let timer;
  try {
    const first = await Promise.race([
      new Promise((resolve3) => lines2.once("line", resolve3)),
      exited.then((code) => {
        throw new Error(
          `the S3 server (${opts.script}) exited with ${code ?? "an error"} before it listened`
        );
      }),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`the S3 server (${opts.script}) did not start within 15 s`)),
          opts.startTimeoutMs ?? 15e3
        );
      })
    ]);
    const port2 = parsePort(first);
    lines2.close();
    child.stdout.resume();
    return { endpoint: `http://127.0.0.1:${port2}`, port: port2, credentials, exited, stop };
  } catch (e) {
    await stop(1e3);
    throw e;
  } finally {
    clearTimeout(timer);
  }
}
function parsePort(line) {
  let info;
  try {
    info = JSON.parse(line);
  } catch {
    info = void 0;
  }
  if (typeof info === "object" && info !== null && "port" in info && typeof info.port === "number" && Number.isInteger(info.port) && info.port > 0) {
    return info.port;
  }
  throw new Error(`the S3 server printed '${line}' instead of {"port": \u2026}`);
}

// src/sandbox/watch.ts
var import_promises6 = __toESM(require_promises(), 1);
var import_node_path7 = __toESM(require_node_path(), 1);

// node_modules/chokidar/index.js
var import_node_events = __toESM(require_node_events(), 1);
var import_node_fs6 = __toESM(require_node_fs(), 1);
var import_promises5 = __toESM(require_promises(), 1);
var sp2 = __toESM(require_node_path(), 1);

// node_modules/readdirp/index.js
var import_promises3 = __toESM(require_promises(), 1);
var import_node_path6 = __toESM(require_node_path(), 1);
var import_node_stream = __toESM(require_node_stream(), 1);
var EntryTypes = {
  FILE_TYPE: "files",
  DIR_TYPE: "directories",
  FILE_DIR_TYPE: "files_directories",
  EVERYTHING_TYPE: "all"
};
var defaultOptions = {
  root: ".",
  fileFilter: (_entryInfo) => true,
  directoryFilter: (_entryInfo) => true,
  type: EntryTypes.FILE_TYPE,
  lstat: false,
  depth: 2147483648,
  alwaysStat: false,
  // Throughput is flat from 16 to 65536 (traversal is I/O-bound), but
  // batches of 1024+ entries survive young-gen GC and bloat RSS ~20-60%.
  highWaterMark: 256
};
Object.freeze(defaultOptions);
var RECURSIVE_ERROR_CODE = "READDIRP_RECURSIVE_ERROR";
var NORMAL_FLOW_ERRORS = /* @__PURE__ */ new Set(["ENOENT", "EPERM", "EACCES", "ELOOP", RECURSIVE_ERROR_CODE]);
var ALL_TYPES = [
  EntryTypes.DIR_TYPE,
  EntryTypes.EVERYTHING_TYPE,
  EntryTypes.FILE_DIR_TYPE,
  EntryTypes.FILE_TYPE
];
var DIR_TYPES = /* @__PURE__ */ new Set([
  EntryTypes.DIR_TYPE,
  EntryTypes.EVERYTHING_TYPE,
  EntryTypes.FILE_DIR_TYPE
]);
var FILE_TYPES = /* @__PURE__ */ new Set([
  EntryTypes.EVERYTHING_TYPE,
  EntryTypes.FILE_DIR_TYPE,
  EntryTypes.FILE_TYPE
]);
var isNormalFlowError = (error) => NORMAL_FLOW_ERRORS.has(error.code);
var wantBigintFsStats = process.platform === "win32";
var emptyFn = (_entryInfo) => true;
var normalizeFilter = (filter) => {
  if (filter === void 0)
    return emptyFn;
  if (typeof filter === "function")
    return filter;
  if (typeof filter === "string") {
    const fl = filter.trim();
    return (entry) => entry.basename === fl;
  }
  if (Array.isArray(filter)) {
    const trItems = filter.map((item) => item.trim());
    return (entry) => trItems.some((f) => entry.basename === f);
  }
  return emptyFn;
};
var ReaddirpStream = class extends import_node_stream.Readable {
  /**
   * Directories discovered but not yet emitted from. Listings are read
   * lazily (on pop, plus one prefetch) instead of eagerly on discovery:
   * keeping whole listings for every queued dir balloons RAM on wide trees.
   */
  parents;
  reading;
  parent;
  _stat;
  _maxDepth;
  _wantsDir;
  _wantsFile;
  _wantsEverything;
  _root;
  _isDirent;
  _statsProp;
  _rdOptions;
  _fileFilter;
  _directoryFilter;
  _relStart;
  constructor(options = {}) {
    super({
      objectMode: true,
      autoDestroy: true,
      highWaterMark: options.highWaterMark ?? defaultOptions.highWaterMark
    });
    const opts = { ...defaultOptions, ...options };
    const root = opts.root ?? defaultOptions.root;
    const type = opts.type ?? defaultOptions.type;
    this._fileFilter = normalizeFilter(opts.fileFilter);
    this._directoryFilter = normalizeFilter(opts.directoryFilter);
    const statMethod = opts.lstat ? import_promises3.lstat : import_promises3.stat;
    if (wantBigintFsStats) {
      this._stat = (path11) => statMethod(path11, { bigint: true });
    } else {
      this._stat = statMethod;
    }
    this._maxDepth = opts.depth != null && Number.isSafeInteger(opts.depth) ? opts.depth : defaultOptions.depth;
    this._wantsDir = DIR_TYPES.has(type);
    this._wantsFile = FILE_TYPES.has(type);
    this._wantsEverything = type === EntryTypes.EVERYTHING_TYPE;
    this._root = (0, import_node_path6.resolve)(root);
    this._relStart = this._root.endsWith(import_node_path6.sep) ? this._root.length : this._root.length + 1;
    this._isDirent = !opts.alwaysStat;
    this._statsProp = this._isDirent ? "dirent" : "stats";
    this._rdOptions = { encoding: "utf8", withFileTypes: this._isDirent };
    const rootDir = { path: this._root, depth: 1 };
    rootDir.pending = this._exploreDir(this._root, 1);
    this.parents = [rootDir];
    this.reading = false;
    this.parent = void 0;
  }
  async _read(batch) {
    if (this.reading)
      return;
    this.reading = true;
    try {
      while (!this.destroyed && batch > 0) {
        const par = this.parent;
        const fil = par && par.files;
        if (fil && fil.length > 0) {
          const { path: path11, depth } = par;
          const slice = fil.splice(0, batch).map((dirent) => this._formatEntry(dirent, path11));
          const awaited = this._isDirent ? slice : await Promise.all(slice);
          for (const entry of awaited) {
            if (!entry)
              continue;
            if (this.destroyed)
              return;
            let entryType = this._getEntryType(entry);
            if (typeof entryType !== "string")
              entryType = await entryType;
            if (entryType === "directory" && this._directoryFilter(entry)) {
              if (depth <= this._maxDepth) {
                this.parents.push({ path: entry.fullPath, depth: depth + 1 });
              }
              if (this._wantsDir) {
                this.push(entry);
                batch--;
              }
            } else if ((entryType === "file" || this._includeAsFile(entry)) && this._fileFilter(entry)) {
              if (this._wantsFile) {
                this.push(entry);
                batch--;
              }
            }
          }
        } else {
          const parent = this.parents.pop();
          if (!parent) {
            this.push(null);
            break;
          }
          const dir = parent.pending ?? this._exploreDir(parent.path, parent.depth);
          const next = this.parents[this.parents.length - 1];
          if (next && !next.pending) {
            next.pending = this._exploreDir(next.path, next.depth);
          }
          this.parent = await dir;
          if (this.destroyed)
            return;
        }
      }
    } catch (error) {
      this.destroy(error);
    } finally {
      this.reading = false;
    }
  }
  // NOTE: native `readdir(path, { recursive: true })` was evaluated as a
  // replacement for this per-directory traversal and rejected:
  // - Not faster: node implements it in JS, walking directories sequentially
  //   just like this loop, but with extra path bookkeeping. Benchmarks
  //   (node 24): ~10% slower on wide trees, ~40% slower on small ones,
  //   parity on deep ones.
  // - Much more RAM: it buffers the entire subtree listing in one array,
  //   instead of one directory at a time, defeating streaming.
  // - Semantics diverge: it can't limit depth, can't skip directories a
  //   directoryFilter rejects, doesn't follow symlinked dirs, and fails
  //   wholesale (all entries lost) if anything in the subtree is unreadable,
  //   instead of emitting a 'warn' and continuing.
  async _exploreDir(path11, depth) {
    let files;
    try {
      files = await (0, import_promises3.readdir)(path11, this._rdOptions);
    } catch (error) {
      this._onError(error);
    }
    return { files, depth, path: path11 };
  }
  // Synchronous in dirent mode; returns a promise only when stats are needed.
  _formatEntry(dirent, path11) {
    const basename3 = this._isDirent ? dirent.name : dirent;
    const fullPath = (0, import_node_path6.join)(path11, basename3);
    const entry = { path: fullPath.slice(this._relStart), fullPath, basename: basename3 };
    if (this._isDirent) {
      entry.dirent = dirent;
      return entry;
    }
    return this._stat(fullPath).then((stats) => {
      entry.stats = stats;
      return entry;
    }, (err) => {
      this._onError(err);
      return void 0;
    });
  }
  _onError(err) {
    if (isNormalFlowError(err) && !this.destroyed) {
      this.emit("warn", err);
    } else {
      this.destroy(err);
    }
  }
  // Synchronous for regular files and directories; returns a promise only for
  // symlinks, which need realpath() to be classified.
  _getEntryType(entry) {
    if (!entry || !(this._statsProp in entry)) {
      return "";
    }
    const stats = entry[this._statsProp];
    if (stats.isFile())
      return "file";
    if (stats.isDirectory())
      return "directory";
    if (stats.isSymbolicLink())
      return this._getSymlinkEntryType(entry);
    return "";
  }
  async _getSymlinkEntryType(entry) {
    const full = entry.fullPath;
    try {
      const entryRealPath = await (0, import_promises3.realpath)(full);
      const entryRealPathStats = await (0, import_promises3.lstat)(entryRealPath);
      if (entryRealPathStats.isFile()) {
        return "file";
      }
      if (entryRealPathStats.isDirectory()) {
        const len = entryRealPath.length;
        if (full.startsWith(entryRealPath) && full[len] === import_node_path6.sep) {
          const recursiveError = new Error(`Circular symlink detected: "${full}" points to "${entryRealPath}"`);
          recursiveError.code = RECURSIVE_ERROR_CODE;
          this._onError(recursiveError);
          return "";
        }
        return "directory";
      }
    } catch (error) {
      this._onError(error);
    }
    return "";
  }
  _includeAsFile(entry) {
    const stats = entry && entry[this._statsProp];
    return stats && this._wantsEverything && !stats.isDirectory();
  }
};
function readdirp(root, options = {}) {
  let type = options.entryType || options.type;
  if (type === "both")
    type = EntryTypes.FILE_DIR_TYPE;
  if (!root) {
    throw new Error("readdirp: root argument is required. Usage: readdirp(root, options)");
  } else if (typeof root !== "string") {
    throw new TypeError("readdirp: root argument must be a string. Usage: readdirp(root, options)");
  } else if (type && !ALL_TYPES.includes(type)) {
    throw new Error(`readdirp: Invalid type passed. Use one of ${ALL_TYPES.join(", ")}`);
  }
  const opts = { ...options, root };
  if (type)
    opts.type = type;
  return new ReaddirpStream(opts);
}

// node_modules/chokidar/handler.js
var import_node_fs5 = __toESM(require_node_fs(), 1);
var import_promises4 = __toESM(require_promises(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var sp = __toESM(require_node_path(), 1);
var STR_DATA = "data";
var STR_END = "end";
var STR_CLOSE = "close";
var EMPTY_FN = () => {
};
var pl = process.platform;
var isWindows = pl === "win32";
var isMacos = pl === "darwin";
var isLinux = pl === "linux";
var isFreeBSD = pl === "freebsd";
var isIBMi = (0, import_node_os.type)() === "OS400";
var EVENTS = {
  ALL: "all",
  READY: "ready",
  ADD: "add",
  CHANGE: "change",
  ADD_DIR: "addDir",
  UNLINK: "unlink",
  UNLINK_DIR: "unlinkDir",
  RAW: "raw",
  ERROR: "error"
};
var EV = EVENTS;
var THROTTLE_MODE_WATCH = "watch";
var statMethods = { lstat: import_promises4.lstat, stat: import_promises4.stat };
var KEY_LISTENERS = "listeners";
var KEY_ERR = "errHandlers";
var KEY_RAW = "rawEmitters";
var HANDLER_KEYS = [KEY_LISTENERS, KEY_ERR, KEY_RAW];
var binaryExtensions = /* @__PURE__ */ new Set([
  "3dm",
  "3ds",
  "3g2",
  "3gp",
  "7z",
  "a",
  "aac",
  "adp",
  "afdesign",
  "afphoto",
  "afpub",
  "ai",
  "aif",
  "aiff",
  "alz",
  "ape",
  "apk",
  "appimage",
  "ar",
  "arj",
  "asf",
  "au",
  "avi",
  "bak",
  "baml",
  "bh",
  "bin",
  "bk",
  "bmp",
  "btif",
  "bz2",
  "bzip2",
  "cab",
  "caf",
  "cgm",
  "class",
  "cmx",
  "cpio",
  "cr2",
  "cur",
  "dat",
  "dcm",
  "deb",
  "dex",
  "djvu",
  "dll",
  "dmg",
  "dng",
  "doc",
  "docm",
  "docx",
  "dot",
  "dotm",
  "dra",
  "DS_Store",
  "dsk",
  "dts",
  "dtshd",
  "dvb",
  "dwg",
  "dxf",
  "ecelp4800",
  "ecelp7470",
  "ecelp9600",
  "egg",
  "eol",
  "eot",
  "epub",
  "exe",
  "f4v",
  "fbs",
  "fh",
  "fla",
  "flac",
  "flatpak",
  "fli",
  "flv",
  "fpx",
  "fst",
  "fvt",
  "g3",
  "gh",
  "gif",
  "graffle",
  "gz",
  "gzip",
  "h261",
  "h263",
  "h264",
  "icns",
  "ico",
  "ief",
  "img",
  "ipa",
  "iso",
  "jar",
  "jpeg",
  "jpg",
  "jpgv",
  "jpm",
  "jxr",
  "key",
  "ktx",
  "lha",
  "lib",
  "lvp",
  "lz",
  "lzh",
  "lzma",
  "lzo",
  "m3u",
  "m4a",
  "m4v",
  "mar",
  "mdi",
  "mht",
  "mid",
  "midi",
  "mj2",
  "mka",
  "mkv",
  "mmr",
  "mng",
  "mobi",
  "mov",
  "movie",
  "mp3",
  "mp4",
  "mp4a",
  "mpeg",
  "mpg",
  "mpga",
  "mxu",
  "nef",
  "npx",
  "numbers",
  "nupkg",
  "o",
  "odp",
  "ods",
  "odt",
  "oga",
  "ogg",
  "ogv",
  "otf",
  "ott",
  "pages",
  "pbm",
  "pcx",
  "pdb",
  "pdf",
  "pea",
  "pgm",
  "pic",
  "png",
  "pnm",
  "pot",
  "potm",
  "potx",
  "ppa",
  "ppam",
  "ppm",
  "pps",
  "ppsm",
  "ppsx",
  "ppt",
  "pptm",
  "pptx",
  "psd",
  "pya",
  "pyc",
  "pyo",
  "pyv",
  "qt",
  "rar",
  "ras",
  "raw",
  "resources",
  "rgb",
  "rip",
  "rlc",
  "rmf",
  "rmvb",
  "rpm",
  "rtf",
  "rz",
  "s3m",
  "s7z",
  "scpt",
  "sgi",
  "shar",
  "snap",
  "sil",
  "sketch",
  "slk",
  "smv",
  "snk",
  "so",
  "stl",
  "suo",
  "sub",
  "swf",
  "tar",
  "tbz",
  "tbz2",
  "tga",
  "tgz",
  "thmx",
  "tif",
  "tiff",
  "tlz",
  "ttc",
  "ttf",
  "txz",
  "udf",
  "uvh",
  "uvi",
  "uvm",
  "uvp",
  "uvs",
  "uvu",
  "viv",
  "vob",
  "war",
  "wav",
  "wax",
  "wbmp",
  "wdp",
  "weba",
  "webm",
  "webp",
  "whl",
  "wim",
  "wm",
  "wma",
  "wmv",
  "wmx",
  "woff",
  "woff2",
  "wrm",
  "wvx",
  "xbm",
  "xif",
  "xla",
  "xlam",
  "xls",
  "xlsb",
  "xlsm",
  "xlsx",
  "xlt",
  "xltm",
  "xltx",
  "xm",
  "xmind",
  "xpi",
  "xpm",
  "xwd",
  "xz",
  "z",
  "zip",
  "zipx"
]);
var isBinaryPath = (filePath) => binaryExtensions.has(sp.extname(filePath).slice(1).toLowerCase());
var foreach = (val, fn) => {
  if (val instanceof Set) {
    val.forEach(fn);
  } else {
    fn(val);
  }
};
var addAndConvert = (main, prop, item) => {
  let container = main[prop];
  if (!(container instanceof Set)) {
    main[prop] = container = /* @__PURE__ */ new Set([container]);
  }
  container.add(item);
};
var clearItem = (cont) => (key) => {
  const set2 = cont[key];
  if (set2 instanceof Set) {
    set2.clear();
  } else {
    delete cont[key];
  }
};
var delFromSet = (main, prop, item) => {
  const container = main[prop];
  if (container instanceof Set) {
    container.delete(item);
  } else if (container === item) {
    delete main[prop];
  }
};
var isEmptySet = (val) => val instanceof Set ? val.size === 0 : !val;
var FsWatchInstances = /* @__PURE__ */ new Map();
function createFsWatchInstance(path11, options, listener, errHandler, emitRaw) {
  const handleEvent = (rawEvent, evPath) => {
    listener(path11);
    emitRaw(rawEvent, evPath, { watchedPath: path11 });
    if (evPath && path11 !== evPath) {
      fsWatchBroadcast(sp.resolve(path11, evPath), KEY_LISTENERS, sp.join(path11, evPath));
    }
  };
  try {
    return (0, import_node_fs5.watch)(path11, {
      persistent: options.persistent
    }, handleEvent);
  } catch (error) {
    errHandler(error);
    return void 0;
  }
}
var fsWatchBroadcast = (fullPath, listenerType, val1, val2, val3) => {
  const cont = FsWatchInstances.get(fullPath);
  if (!cont)
    return;
  foreach(cont[listenerType], (listener) => {
    listener(val1, val2, val3);
  });
};
var setFsWatchListener = (path11, fullPath, options, handlers) => {
  const { listener, errHandler, rawEmitter } = handlers;
  let cont = FsWatchInstances.get(fullPath);
  let watcher;
  if (!options.persistent) {
    watcher = createFsWatchInstance(path11, options, listener, errHandler, rawEmitter);
    if (!watcher)
      return;
    return watcher.close.bind(watcher);
  }
  if (cont) {
    addAndConvert(cont, KEY_LISTENERS, listener);
    addAndConvert(cont, KEY_ERR, errHandler);
    addAndConvert(cont, KEY_RAW, rawEmitter);
  } else {
    watcher = createFsWatchInstance(
      path11,
      options,
      fsWatchBroadcast.bind(null, fullPath, KEY_LISTENERS),
      errHandler,
      // no need to use broadcast here
      fsWatchBroadcast.bind(null, fullPath, KEY_RAW)
    );
    if (!watcher)
      return;
    watcher.on(EV.ERROR, async (error) => {
      const broadcastErr = fsWatchBroadcast.bind(null, fullPath, KEY_ERR);
      if (cont)
        cont.watcherUnusable = true;
      if (isWindows && error.code === "EPERM") {
        try {
          const fd = await (0, import_promises4.open)(path11, "r");
          await fd.close();
          broadcastErr(error);
        } catch (err) {
        }
      } else {
        broadcastErr(error);
      }
    });
    cont = {
      listeners: listener,
      errHandlers: errHandler,
      rawEmitters: rawEmitter,
      watcher
    };
    FsWatchInstances.set(fullPath, cont);
  }
  return () => {
    delFromSet(cont, KEY_LISTENERS, listener);
    delFromSet(cont, KEY_ERR, errHandler);
    delFromSet(cont, KEY_RAW, rawEmitter);
    if (isEmptySet(cont.listeners)) {
      cont.watcher.close();
      FsWatchInstances.delete(fullPath);
      HANDLER_KEYS.forEach(clearItem(cont));
      cont.watcher = void 0;
      Object.freeze(cont);
    }
  };
};
var FsWatchFileInstances = /* @__PURE__ */ new Map();
var setFsWatchFileListener = (path11, fullPath, options, handlers) => {
  const { listener, rawEmitter } = handlers;
  let cont = FsWatchFileInstances.get(fullPath);
  const copts = cont && cont.options;
  if (copts && (copts.persistent < options.persistent || copts.interval > options.interval)) {
    (0, import_node_fs5.unwatchFile)(fullPath);
    cont = void 0;
  }
  if (cont) {
    addAndConvert(cont, KEY_LISTENERS, listener);
    addAndConvert(cont, KEY_RAW, rawEmitter);
  } else {
    cont = {
      listeners: listener,
      rawEmitters: rawEmitter,
      options,
      watcher: (0, import_node_fs5.watchFile)(fullPath, options, (curr, prev) => {
        foreach(cont.rawEmitters, (rawEmitter2) => {
          rawEmitter2(EV.CHANGE, fullPath, { curr, prev });
        });
        const currmtime = curr.mtimeMs;
        if (curr.size !== prev.size || currmtime > prev.mtimeMs || currmtime === 0) {
          foreach(cont.listeners, (listener2) => listener2(path11, curr));
        }
      })
    };
    FsWatchFileInstances.set(fullPath, cont);
  }
  return () => {
    delFromSet(cont, KEY_LISTENERS, listener);
    delFromSet(cont, KEY_RAW, rawEmitter);
    if (isEmptySet(cont.listeners)) {
      FsWatchFileInstances.delete(fullPath);
      (0, import_node_fs5.unwatchFile)(fullPath);
      cont.options = cont.watcher = void 0;
      Object.freeze(cont);
    }
  };
};
var NodeFsHandler = class {
  fsw;
  _boundHandleError;
  constructor(fsW) {
    this.fsw = fsW;
    this._boundHandleError = (error) => fsW._handleError(error);
  }
  /**
   * Watch file for changes with fs_watchFile or fs_watch.
   * @param path to file or dir
   * @param listener on fs change
   * @returns closer for the watcher instance
   */
  _watchWithNodeFs(path11, listener) {
    const opts = this.fsw.options;
    const directory = sp.dirname(path11);
    const basename3 = sp.basename(path11);
    const parent = this.fsw._getWatchedDir(directory);
    parent.add(basename3);
    const absolutePath = sp.resolve(path11);
    const options = {
      persistent: opts.persistent
    };
    if (!listener)
      listener = EMPTY_FN;
    let closer;
    if (opts.usePolling) {
      const enableBin = opts.interval !== opts.binaryInterval;
      options.interval = enableBin && isBinaryPath(basename3) ? opts.binaryInterval : opts.interval;
      closer = setFsWatchFileListener(path11, absolutePath, options, {
        listener,
        rawEmitter: this.fsw._emitRaw
      });
    } else {
      closer = setFsWatchListener(path11, absolutePath, options, {
        listener,
        errHandler: this._boundHandleError,
        rawEmitter: this.fsw._emitRaw
      });
    }
    return closer;
  }
  /**
   * Watch a file and emit add event if warranted.
   * @returns closer for the watcher instance
   */
  _handleFile(file, stats, initialAdd) {
    if (this.fsw.closed) {
      return;
    }
    const dirname3 = sp.dirname(file);
    const basename3 = sp.basename(file);
    const parent = this.fsw._getWatchedDir(dirname3);
    let prevStats = stats;
    if (parent.has(basename3))
      return;
    const listener = async (path11, newStats) => {
      if (!this.fsw._throttle(THROTTLE_MODE_WATCH, file, 5))
        return;
      if (!newStats || newStats.mtimeMs === 0) {
        try {
          const newStats2 = await (0, import_promises4.stat)(file);
          if (this.fsw.closed)
            return;
          const at = newStats2.atimeMs;
          const mt = newStats2.mtimeMs;
          if (!at || at <= mt || mt !== prevStats.mtimeMs) {
            this.fsw._emit(EV.CHANGE, file, newStats2);
          }
          if ((isMacos || isLinux || isFreeBSD) && prevStats.ino !== newStats2.ino) {
            this.fsw._closeFile(path11);
            prevStats = newStats2;
            const closer2 = this._watchWithNodeFs(file, listener);
            if (closer2)
              this.fsw._addPathCloser(path11, closer2);
          } else {
            prevStats = newStats2;
          }
        } catch (error) {
          this.fsw._remove(dirname3, basename3);
        }
      } else if (parent.has(basename3)) {
        const at = newStats.atimeMs;
        const mt = newStats.mtimeMs;
        if (!at || at <= mt || mt !== prevStats.mtimeMs) {
          this.fsw._emit(EV.CHANGE, file, newStats);
        }
        prevStats = newStats;
      }
    };
    const closer = this._watchWithNodeFs(file, listener);
    if (!(initialAdd && this.fsw.options.ignoreInitial) && this.fsw._isntIgnored(file)) {
      if (!this.fsw._throttle(EV.ADD, file, 0))
        return;
      this.fsw._emit(EV.ADD, file, stats);
    }
    return closer;
  }
  /**
   * Handle symlinks encountered while reading a dir.
   * @param entry returned by readdirp
   * @param directory path of dir being read
   * @param path of this item
   * @param item basename of this item
   * @returns true if no more processing is needed for this entry.
   */
  async _handleSymlink(entry, directory, path11, item) {
    if (this.fsw.closed) {
      return;
    }
    const full = entry.fullPath;
    const dir = this.fsw._getWatchedDir(directory);
    if (!this.fsw.options.followSymlinks) {
      this.fsw._incrReadyCount();
      let linkPath;
      try {
        linkPath = await (0, import_promises4.realpath)(path11);
      } catch (e) {
        this.fsw._emitReady();
        return true;
      }
      if (this.fsw.closed)
        return;
      if (dir.has(item)) {
        if (this.fsw._symlinkPaths.get(full) !== linkPath) {
          this.fsw._symlinkPaths.set(full, linkPath);
          this.fsw._emit(EV.CHANGE, path11, entry.stats);
        }
      } else {
        dir.add(item);
        this.fsw._symlinkPaths.set(full, linkPath);
        this.fsw._emit(EV.ADD, path11, entry.stats);
      }
      this.fsw._emitReady();
      return true;
    }
    if (this.fsw._symlinkPaths.has(full)) {
      return true;
    }
    this.fsw._symlinkPaths.set(full, true);
  }
  _handleRead(directory, initialAdd, wh, target, dir, depth, throttler) {
    directory = sp.join(directory, "");
    const throttleKey = target ? `${directory}:${target}` : directory;
    throttler = this.fsw._throttle("readdir", throttleKey, 1e3);
    if (!throttler)
      return;
    const previous = this.fsw._getWatchedDir(wh.path);
    const current = /* @__PURE__ */ new Set();
    let stream = this.fsw._readdirp(directory, {
      fileFilter: (entry) => wh.filterPath(entry),
      directoryFilter: (entry) => wh.filterDir(entry)
    });
    if (!stream)
      return;
    stream.on(STR_DATA, async (entry) => {
      if (this.fsw.closed) {
        stream = void 0;
        return;
      }
      const item = entry.path;
      let path11 = sp.join(directory, item);
      current.add(item);
      if (entry.stats.isSymbolicLink() && await this._handleSymlink(entry, directory, path11, item)) {
        return;
      }
      if (this.fsw.closed) {
        stream = void 0;
        return;
      }
      if (item === target || !target && !previous.has(item)) {
        this.fsw._incrReadyCount();
        path11 = sp.join(dir, sp.relative(dir, path11));
        this._addToNodeFs(path11, initialAdd, wh, depth + 1);
      }
    }).on(EV.ERROR, this._boundHandleError);
    return new Promise((resolve3, reject) => {
      if (!stream)
        return reject();
      stream.once(STR_END, () => {
        if (this.fsw.closed) {
          stream = void 0;
          return;
        }
        const wasThrottled = throttler ? throttler.clear() : false;
        resolve3(void 0);
        previous.getChildren().filter((item) => {
          return item !== directory && !current.has(item);
        }).forEach((item) => {
          this.fsw._remove(directory, item);
        });
        stream = void 0;
        if (wasThrottled)
          this._handleRead(directory, false, wh, target, dir, depth, throttler);
      });
    });
  }
  /**
   * Read directory to add / remove files from `@watched` list and re-read it on change.
   * @param dir fs path
   * @param stats
   * @param initialAdd
   * @param depth relative to user-supplied path
   * @param target child path targeted for watch
   * @param wh Common watch helpers for this path
   * @param realpath
   * @returns closer for the watcher instance.
   */
  async _handleDir(dir, stats, initialAdd, depth, target, wh, realpath4) {
    const parentDir = this.fsw._getWatchedDir(sp.dirname(dir));
    const tracked = parentDir.has(sp.basename(dir));
    if (!(initialAdd && this.fsw.options.ignoreInitial) && !target && !tracked) {
      this.fsw._emit(EV.ADD_DIR, dir, stats);
    }
    parentDir.add(sp.basename(dir));
    this.fsw._getWatchedDir(dir);
    let throttler;
    let closer;
    const oDepth = this.fsw.options.depth;
    if ((oDepth == null || depth <= oDepth) && !this.fsw._symlinkPaths.has(realpath4)) {
      if (!target) {
        await this._handleRead(dir, initialAdd, wh, target, dir, depth, throttler);
        if (this.fsw.closed)
          return;
      }
      closer = this._watchWithNodeFs(dir, (dirPath, stats2) => {
        if (stats2 && stats2.mtimeMs === 0)
          return;
        this._handleRead(dirPath, false, wh, target, dir, depth, throttler);
      });
    }
    return closer;
  }
  /**
   * Handle added file, directory, or glob pattern.
   * Delegates call to _handleFile / _handleDir after checks.
   * @param path to file or ir
   * @param initialAdd was the file added at watch instantiation?
   * @param priorWh depth relative to user-supplied path
   * @param depth Child path actually targeted for watch
   * @param target Child path actually targeted for watch
   */
  async _addToNodeFs(path11, initialAdd, priorWh, depth, target) {
    const ready = this.fsw._emitReady;
    if (this.fsw._isIgnored(path11) || this.fsw.closed) {
      ready();
      return false;
    }
    const wh = this.fsw._getWatchHelpers(path11);
    if (priorWh) {
      wh.filterPath = (entry) => priorWh.filterPath(entry);
      wh.filterDir = (entry) => priorWh.filterDir(entry);
    }
    try {
      const stats = await statMethods[wh.statMethod](wh.watchPath);
      if (this.fsw.closed)
        return;
      if (this.fsw._isIgnored(wh.watchPath, stats)) {
        ready();
        return false;
      }
      const follow = this.fsw.options.followSymlinks;
      let closer;
      if (stats.isDirectory()) {
        const absPath = sp.resolve(path11);
        const targetPath = follow ? await (0, import_promises4.realpath)(path11) : path11;
        if (this.fsw.closed)
          return;
        closer = await this._handleDir(wh.watchPath, stats, initialAdd, depth, target, wh, targetPath);
        if (this.fsw.closed)
          return;
        if (absPath !== targetPath && targetPath !== void 0) {
          this.fsw._symlinkPaths.set(absPath, targetPath);
        }
      } else if (stats.isSymbolicLink()) {
        const targetPath = follow ? await (0, import_promises4.realpath)(path11) : path11;
        if (this.fsw.closed)
          return;
        const parent = sp.dirname(wh.watchPath);
        this.fsw._getWatchedDir(parent).add(wh.watchPath);
        this.fsw._emit(EV.ADD, wh.watchPath, stats);
        closer = await this._handleDir(parent, stats, initialAdd, depth, path11, wh, targetPath);
        if (this.fsw.closed)
          return;
        if (targetPath !== void 0) {
          this.fsw._symlinkPaths.set(sp.resolve(path11), targetPath);
        }
      } else {
        closer = this._handleFile(wh.watchPath, stats, initialAdd);
      }
      ready();
      if (closer)
        this.fsw._addPathCloser(path11, closer);
      return false;
    } catch (error) {
      if (this.fsw._handleError(error)) {
        ready();
        return path11;
      }
    }
  }
};

// node_modules/chokidar/index.js
var SLASH = "/";
var SLASH_SLASH = "//";
var ONE_DOT = ".";
var TWO_DOTS = "..";
var STRING_TYPE = "string";
var BACK_SLASH_RE = /\\/g;
var DOUBLE_SLASH_RE = /\/\//g;
var DOT_RE = /\..*\.(sw[px])$|~$|\.subl.*\.tmp/;
var REPLACER_RE = /^\.[/\\]/;
function arrify(item) {
  return Array.isArray(item) ? item : [item];
}
var isMatcherObject = (matcher) => typeof matcher === "object" && matcher !== null && !(matcher instanceof RegExp);
function createPattern(matcher) {
  if (typeof matcher === "function")
    return matcher;
  if (typeof matcher === "string")
    return (string2) => matcher === string2;
  if (matcher instanceof RegExp)
    return (string2) => matcher.test(string2);
  if (typeof matcher === "object" && matcher !== null) {
    return (string2) => {
      if (matcher.path === string2)
        return true;
      if (matcher.recursive) {
        const relative3 = sp2.relative(matcher.path, string2);
        if (!relative3) {
          return false;
        }
        return !relative3.startsWith("..") && !sp2.isAbsolute(relative3);
      }
      return false;
    };
  }
  return () => false;
}
function normalizePath(path11) {
  if (typeof path11 !== "string")
    throw new Error("string expected");
  path11 = sp2.normalize(path11);
  path11 = path11.replace(/\\/g, "/");
  let prepend = false;
  if (path11.startsWith("//"))
    prepend = true;
  path11 = path11.replace(DOUBLE_SLASH_RE, "/");
  if (prepend)
    path11 = "/" + path11;
  return path11;
}
function matchPatterns(patterns, testString, stats) {
  const path11 = normalizePath(testString);
  for (let index = 0; index < patterns.length; index++) {
    const pattern = patterns[index];
    if (pattern(path11, stats)) {
      return true;
    }
  }
  return false;
}
function anymatch(matchers, testString) {
  if (matchers == null) {
    throw new TypeError("anymatch: specify first argument");
  }
  const matchersArray = arrify(matchers);
  const patterns = matchersArray.map((matcher) => createPattern(matcher));
  if (testString == null) {
    return (testString2, stats) => {
      return matchPatterns(patterns, testString2, stats);
    };
  }
  return matchPatterns(patterns, testString);
}
var unifyPaths = (paths_) => {
  const paths = arrify(paths_).flat();
  if (!paths.every((p) => typeof p === STRING_TYPE)) {
    throw new TypeError(`Non-string provided as watch path: ${paths}`);
  }
  return paths.map(normalizePathToUnix);
};
var toUnix = (string2) => {
  let str2 = string2.replace(BACK_SLASH_RE, SLASH);
  let prepend = false;
  if (str2.startsWith(SLASH_SLASH)) {
    prepend = true;
  }
  str2 = str2.replace(DOUBLE_SLASH_RE, SLASH);
  if (prepend) {
    str2 = SLASH + str2;
  }
  return str2;
};
var normalizePathToUnix = (path11) => toUnix(sp2.normalize(toUnix(path11)));
var normalizeIgnored = (cwd = "") => (path11) => {
  if (typeof path11 === "string") {
    return normalizePathToUnix(sp2.isAbsolute(path11) ? path11 : sp2.join(cwd, path11));
  } else {
    return path11;
  }
};
var getAbsolutePath = (path11, cwd) => {
  if (sp2.isAbsolute(path11)) {
    return path11;
  }
  return sp2.join(cwd, path11);
};
var EMPTY_SET = Object.freeze(/* @__PURE__ */ new Set());
var DirEntry = class {
  path;
  _removeWatcher;
  items;
  constructor(dir, removeWatcher) {
    this.path = dir;
    this._removeWatcher = removeWatcher;
    this.items = /* @__PURE__ */ new Set();
  }
  add(item) {
    const { items } = this;
    if (!items)
      return;
    if (item !== ONE_DOT && item !== TWO_DOTS)
      items.add(item);
  }
  async remove(item) {
    const { items } = this;
    if (!items)
      return;
    items.delete(item);
    if (items.size > 0)
      return;
    const dir = this.path;
    try {
      await (0, import_promises5.readdir)(dir);
    } catch (err) {
      if (this._removeWatcher) {
        this._removeWatcher(sp2.dirname(dir), sp2.basename(dir));
      }
    }
  }
  has(item) {
    const { items } = this;
    if (!items)
      return;
    return items.has(item);
  }
  getChildren() {
    const { items } = this;
    if (!items)
      return [];
    return [...items.values()];
  }
  dispose() {
    this.items.clear();
    this.path = "";
    this._removeWatcher = EMPTY_FN;
    this.items = EMPTY_SET;
    Object.freeze(this);
  }
};
var STAT_METHOD_F = "stat";
var STAT_METHOD_L = "lstat";
var WatchHelper = class {
  fsw;
  path;
  watchPath;
  fullWatchPath;
  dirParts;
  followSymlinks;
  statMethod;
  constructor(path11, follow, fsw) {
    this.fsw = fsw;
    const watchPath = path11;
    this.path = path11 = path11.replace(REPLACER_RE, "");
    this.watchPath = watchPath;
    this.fullWatchPath = sp2.resolve(watchPath);
    this.dirParts = [];
    this.dirParts.forEach((parts) => {
      if (parts.length > 1)
        parts.pop();
    });
    this.followSymlinks = follow;
    this.statMethod = follow ? STAT_METHOD_F : STAT_METHOD_L;
  }
  entryPath(entry) {
    return sp2.join(this.watchPath, sp2.relative(this.watchPath, entry.fullPath));
  }
  filterPath(entry) {
    const { stats } = entry;
    if (stats && stats.isSymbolicLink())
      return this.filterDir(entry);
    const resolvedPath = this.entryPath(entry);
    return this.fsw._isntIgnored(resolvedPath, stats) && this.fsw._hasReadPermissions(stats);
  }
  filterDir(entry) {
    return this.fsw._isntIgnored(this.entryPath(entry), entry.stats);
  }
};
var FSWatcher = class extends import_node_events.EventEmitter {
  closed;
  options;
  _closers;
  _ignoredPaths;
  _throttled;
  _streams;
  _symlinkPaths;
  _watched;
  _pendingWrites;
  _pendingUnlinks;
  _readyCount;
  _emitReady;
  _closePromise;
  _userIgnored;
  _readyEmitted;
  _emitRaw;
  _boundRemove;
  _nodeFsHandler;
  // Not indenting methods for history sake; for now.
  constructor(_opts = {}) {
    super();
    this.closed = false;
    this._closers = /* @__PURE__ */ new Map();
    this._ignoredPaths = /* @__PURE__ */ new Set();
    this._throttled = /* @__PURE__ */ new Map();
    this._streams = /* @__PURE__ */ new Set();
    this._symlinkPaths = /* @__PURE__ */ new Map();
    this._watched = /* @__PURE__ */ new Map();
    this._pendingWrites = /* @__PURE__ */ new Map();
    this._pendingUnlinks = /* @__PURE__ */ new Map();
    this._readyCount = 0;
    this._readyEmitted = false;
    const awf = _opts.awaitWriteFinish;
    const DEF_AWF = { stabilityThreshold: 2e3, pollInterval: 100 };
    const opts = {
      // Defaults
      persistent: true,
      ignoreInitial: false,
      ignorePermissionErrors: false,
      interval: 100,
      binaryInterval: 300,
      followSymlinks: true,
      usePolling: false,
      // useAsync: false,
      atomic: true,
      // NOTE: overwritten later (depends on usePolling)
      ..._opts,
      // Change format
      ignored: _opts.ignored ? arrify(_opts.ignored) : arrify([]),
      awaitWriteFinish: awf === true ? DEF_AWF : typeof awf === "object" ? { ...DEF_AWF, ...awf } : false
    };
    if (isIBMi)
      opts.usePolling = true;
    if (opts.atomic === void 0)
      opts.atomic = !opts.usePolling;
    const envPoll = process.env.CHOKIDAR_USEPOLLING;
    if (envPoll !== void 0) {
      const envLower = envPoll.toLowerCase();
      if (envLower === "false" || envLower === "0")
        opts.usePolling = false;
      else if (envLower === "true" || envLower === "1")
        opts.usePolling = true;
      else
        opts.usePolling = !!envLower;
    }
    const envInterval = process.env.CHOKIDAR_INTERVAL;
    if (envInterval)
      opts.interval = Number.parseInt(envInterval, 10);
    let readyCalls = 0;
    this._emitReady = () => {
      readyCalls++;
      if (readyCalls >= this._readyCount) {
        this._emitReady = EMPTY_FN;
        this._readyEmitted = true;
        process.nextTick(() => this.emit(EVENTS.READY));
      }
    };
    this._emitRaw = (...args) => this.emit(EVENTS.RAW, ...args);
    this._boundRemove = this._remove.bind(this);
    this.options = opts;
    this._nodeFsHandler = new NodeFsHandler(this);
    Object.freeze(opts);
  }
  _addIgnoredPath(matcher) {
    if (isMatcherObject(matcher)) {
      for (const ignored of this._ignoredPaths) {
        if (isMatcherObject(ignored) && ignored.path === matcher.path && ignored.recursive === matcher.recursive) {
          return;
        }
      }
    }
    this._ignoredPaths.add(matcher);
  }
  _removeIgnoredPath(matcher) {
    this._ignoredPaths.delete(matcher);
    if (typeof matcher === "string") {
      for (const ignored of this._ignoredPaths) {
        if (isMatcherObject(ignored) && ignored.path === matcher) {
          this._ignoredPaths.delete(ignored);
        }
      }
    }
  }
  // Public methods
  /**
   * Adds paths to be watched on an existing FSWatcher instance.
   * @param paths_ file or file list. Other arguments are unused
   */
  add(paths_, _origAdd, _internal) {
    const { cwd } = this.options;
    this.closed = false;
    this._closePromise = void 0;
    let paths = unifyPaths(paths_);
    if (cwd) {
      paths = paths.map((path11) => {
        const absPath = getAbsolutePath(path11, cwd);
        return absPath;
      });
    }
    paths.forEach((path11) => {
      this._removeIgnoredPath(path11);
    });
    this._userIgnored = void 0;
    if (!this._readyCount)
      this._readyCount = 0;
    this._readyCount += paths.length;
    Promise.all(paths.map(async (path11) => {
      const res = await this._nodeFsHandler._addToNodeFs(path11, !_internal, void 0, 0, _origAdd);
      if (res)
        this._emitReady();
      return res;
    })).then((results) => {
      if (this.closed)
        return;
      results.forEach((item) => {
        if (item)
          this.add(sp2.dirname(item), sp2.basename(_origAdd || item));
      });
    });
    return this;
  }
  /**
   * Close watchers or start ignoring events from specified paths.
   */
  unwatch(paths_) {
    if (this.closed)
      return this;
    const paths = unifyPaths(paths_);
    const { cwd } = this.options;
    paths.forEach((path11) => {
      if (!sp2.isAbsolute(path11) && !this._closers.has(path11)) {
        if (cwd)
          path11 = sp2.join(cwd, path11);
        path11 = sp2.resolve(path11);
      }
      this._closePath(path11);
      this._addIgnoredPath(path11);
      if (this._watched.has(path11)) {
        this._addIgnoredPath({
          path: path11,
          recursive: true
        });
      }
      this._userIgnored = void 0;
    });
    return this;
  }
  /**
   * Close watchers and remove all listeners from watched paths.
   */
  close() {
    if (this._closePromise) {
      return this._closePromise;
    }
    this.closed = true;
    this.removeAllListeners();
    const closers = [];
    this._closers.forEach((closerList) => closerList.forEach((closer) => {
      const promise = closer();
      if (promise instanceof Promise)
        closers.push(promise);
    }));
    this._streams.forEach((stream) => stream.destroy());
    this._userIgnored = void 0;
    this._readyCount = 0;
    this._readyEmitted = false;
    this._watched.forEach((dirent) => dirent.dispose());
    this._closers.clear();
    this._watched.clear();
    this._streams.clear();
    this._symlinkPaths.clear();
    this._throttled.clear();
    this._closePromise = closers.length ? Promise.all(closers).then(() => void 0) : Promise.resolve();
    return this._closePromise;
  }
  /**
   * Expose list of watched paths
   * @returns for chaining
   */
  getWatched() {
    const watchList = {};
    this._watched.forEach((entry, dir) => {
      const key = this.options.cwd ? sp2.relative(this.options.cwd, dir) : dir;
      const index = key || ONE_DOT;
      watchList[index] = entry.getChildren().sort();
    });
    return watchList;
  }
  emitWithAll(event, args) {
    this.emit(event, ...args);
    if (event !== EVENTS.ERROR)
      this.emit(EVENTS.ALL, event, ...args);
  }
  // Common helpers
  // --------------
  /**
   * Normalize and emit events.
   * Calling _emit DOES NOT MEAN emit() would be called!
   * @param event Type of event
   * @param path File or directory path
   * @param stats arguments to be passed with event
   * @returns the error if defined, otherwise the value of the FSWatcher instance's `closed` flag
   */
  async _emit(event, path11, stats) {
    if (this.closed)
      return;
    const opts = this.options;
    if (isWindows)
      path11 = sp2.normalize(path11);
    if (opts.cwd)
      path11 = sp2.relative(opts.cwd, path11);
    const args = [path11];
    if (stats != null)
      args.push(stats);
    const awf = opts.awaitWriteFinish;
    let pw;
    if (awf && (pw = this._pendingWrites.get(path11))) {
      pw.lastChange = /* @__PURE__ */ new Date();
      return this;
    }
    if (opts.atomic) {
      if (event === EVENTS.UNLINK) {
        this._pendingUnlinks.set(path11, [event, ...args]);
        setTimeout(() => {
          this._pendingUnlinks.forEach((entry, path12) => {
            this.emit(...entry);
            this.emit(EVENTS.ALL, ...entry);
            this._pendingUnlinks.delete(path12);
          });
        }, typeof opts.atomic === "number" ? opts.atomic : 100);
        return this;
      }
      if (event === EVENTS.ADD && this._pendingUnlinks.has(path11)) {
        event = EVENTS.CHANGE;
        this._pendingUnlinks.delete(path11);
      }
    }
    if (awf && (event === EVENTS.ADD || event === EVENTS.CHANGE) && this._readyEmitted) {
      const awfEmit = (err, stats2) => {
        if (err) {
          event = EVENTS.ERROR;
          args[0] = err;
          this.emitWithAll(event, args);
        } else if (stats2) {
          if (args.length > 1) {
            args[1] = stats2;
          } else {
            args.push(stats2);
          }
          this.emitWithAll(event, args);
        }
      };
      this._awaitWriteFinish(path11, awf.stabilityThreshold, event, awfEmit);
      return this;
    }
    if (event === EVENTS.CHANGE) {
      const isThrottled = !this._throttle(EVENTS.CHANGE, path11, 50);
      if (isThrottled)
        return this;
    }
    if (opts.alwaysStat && stats === void 0 && (event === EVENTS.ADD || event === EVENTS.ADD_DIR || event === EVENTS.CHANGE)) {
      const fullPath = opts.cwd ? sp2.join(opts.cwd, path11) : path11;
      let stats2;
      try {
        stats2 = await (0, import_promises5.stat)(fullPath);
      } catch (err) {
      }
      if (!stats2 || this.closed)
        return;
      args.push(stats2);
    }
    this.emitWithAll(event, args);
    return this;
  }
  /**
   * Common handler for errors
   * @returns The error if defined, otherwise the value of the FSWatcher instance's `closed` flag
   */
  _handleError(error) {
    const code = error && error.code;
    if (error && code !== "ENOENT" && code !== "ENOTDIR" && (!this.options.ignorePermissionErrors || code !== "EPERM" && code !== "EACCES")) {
      this.emit(EVENTS.ERROR, error);
    }
    return error || this.closed;
  }
  /**
   * Helper utility for throttling
   * @param actionType type being throttled
   * @param path being acted upon
   * @param timeout duration of time to suppress duplicate actions
   * @returns tracking object or false if action should be suppressed
   */
  _throttle(actionType, path11, timeout) {
    if (!this._throttled.has(actionType)) {
      this._throttled.set(actionType, /* @__PURE__ */ new Map());
    }
    const action = this._throttled.get(actionType);
    if (!action)
      throw new Error("invalid throttle");
    const actionPath = action.get(path11);
    if (actionPath) {
      actionPath.count++;
      return false;
    }
    let timeoutObject;
    const clear = () => {
      const item = action.get(path11);
      const count = item ? item.count : 0;
      action.delete(path11);
      clearTimeout(timeoutObject);
      if (item)
        clearTimeout(item.timeoutObject);
      return count;
    };
    timeoutObject = setTimeout(clear, timeout);
    const thr = { timeoutObject, clear, count: 0 };
    action.set(path11, thr);
    return thr;
  }
  _incrReadyCount() {
    return this._readyCount++;
  }
  /**
   * Awaits write operation to finish.
   * Polls a newly created file for size variations. When files size does not change for 'threshold' milliseconds calls callback.
   * @param path being acted upon
   * @param threshold Time in milliseconds a file size must be fixed before acknowledging write OP is finished
   * @param event
   * @param awfEmit Callback to be called when ready for event to be emitted.
   */
  _awaitWriteFinish(path11, threshold, event, awfEmit) {
    const awf = this.options.awaitWriteFinish;
    if (typeof awf !== "object")
      return;
    const pollInterval = awf.pollInterval;
    let timeoutHandler;
    let fullPath = path11;
    if (this.options.cwd && !sp2.isAbsolute(path11)) {
      fullPath = sp2.join(this.options.cwd, path11);
    }
    const now = /* @__PURE__ */ new Date();
    const writes = this._pendingWrites;
    function awaitWriteFinishFn(prevStat) {
      (0, import_node_fs6.stat)(fullPath, (err, curStat) => {
        if (err || !writes.has(path11)) {
          if (err && err.code !== "ENOENT")
            awfEmit(err);
          return;
        }
        const now2 = Number(/* @__PURE__ */ new Date());
        if (prevStat && curStat.size !== prevStat.size) {
          writes.get(path11).lastChange = now2;
        }
        const pw = writes.get(path11);
        const df = now2 - pw.lastChange;
        if (df >= threshold) {
          writes.delete(path11);
          awfEmit(void 0, curStat);
        } else {
          timeoutHandler = setTimeout(awaitWriteFinishFn, pollInterval, curStat);
        }
      });
    }
    if (!writes.has(path11)) {
      writes.set(path11, {
        lastChange: now,
        cancelWait: () => {
          writes.delete(path11);
          clearTimeout(timeoutHandler);
          return event;
        }
      });
      timeoutHandler = setTimeout(awaitWriteFinishFn, pollInterval);
    }
  }
  /**
   * Determines whether user has asked to ignore this path.
   */
  _isIgnored(path11, stats) {
    if (this.options.atomic && DOT_RE.test(path11))
      return true;
    if (!this._userIgnored) {
      const { cwd } = this.options;
      const ign = this.options.ignored;
      const ignored = (ign || []).map(normalizeIgnored(cwd));
      const ignoredPaths = [...this._ignoredPaths];
      const list2 = [...ignoredPaths.map(normalizeIgnored(cwd)), ...ignored];
      this._userIgnored = anymatch(list2, void 0);
    }
    return this._userIgnored(path11, stats);
  }
  _isntIgnored(path11, stat4) {
    return !this._isIgnored(path11, stat4);
  }
  /**
   * Provides a set of common helpers and properties relating to symlink handling.
   * @param path file or directory pattern being watched
   */
  _getWatchHelpers(path11) {
    return new WatchHelper(path11, this.options.followSymlinks, this);
  }
  // Directory helpers
  // -----------------
  /**
   * Provides directory tracking objects
   * @param directory path of the directory
   */
  _getWatchedDir(directory) {
    const dir = sp2.resolve(directory);
    if (!this._watched.has(dir))
      this._watched.set(dir, new DirEntry(dir, this._boundRemove));
    return this._watched.get(dir);
  }
  // File helpers
  // ------------
  /**
   * Check for read permissions: https://stackoverflow.com/a/11781404/1358405
   */
  _hasReadPermissions(stats) {
    if (this.options.ignorePermissionErrors)
      return true;
    return Boolean(Number(stats.mode) & 256);
  }
  /**
   * Handles emitting unlink events for
   * files and directories, and via recursion, for
   * files and directories within directories that are unlinked
   * @param directory within which the following item is located
   * @param item      base path of item/directory
   */
  _remove(directory, item, isDirectory2) {
    const path11 = sp2.join(directory, item);
    const fullPath = sp2.resolve(path11);
    isDirectory2 = isDirectory2 != null ? isDirectory2 : this._watched.has(path11) || this._watched.has(fullPath);
    if (!this._throttle("remove", path11, 100))
      return;
    if (!isDirectory2 && this._watched.size === 1) {
      this.add(directory, item, true);
    }
    const wp = this._getWatchedDir(path11);
    const nestedDirectoryChildren = wp.getChildren();
    nestedDirectoryChildren.forEach((nested) => this._remove(path11, nested));
    const parent = this._getWatchedDir(directory);
    const wasTracked = parent.has(item);
    parent.remove(item);
    if (this._symlinkPaths.has(fullPath)) {
      this._symlinkPaths.delete(fullPath);
    }
    let relPath = path11;
    if (this.options.cwd)
      relPath = sp2.relative(this.options.cwd, path11);
    if (this.options.awaitWriteFinish && this._pendingWrites.has(relPath)) {
      const event = this._pendingWrites.get(relPath).cancelWait();
      if (event === EVENTS.ADD)
        return;
    }
    this._watched.delete(path11);
    this._watched.delete(fullPath);
    const eventName = isDirectory2 ? EVENTS.UNLINK_DIR : EVENTS.UNLINK;
    if (wasTracked && !this._isIgnored(path11))
      this._emit(eventName, path11);
    this._closePath(path11);
  }
  /**
   * Closes all watchers for a path
   */
  _closePath(path11) {
    this._closeFile(path11);
    const dir = sp2.dirname(path11);
    this._getWatchedDir(dir).remove(sp2.basename(path11));
  }
  /**
   * Closes only file-specific watchers
   */
  _closeFile(path11) {
    const closers = this._closers.get(path11);
    if (!closers)
      return;
    closers.forEach((closer) => closer());
    this._closers.delete(path11);
  }
  _addPathCloser(path11, closer) {
    if (!closer)
      return;
    let list2 = this._closers.get(path11);
    if (!list2) {
      list2 = [];
      this._closers.set(path11, list2);
    }
    list2.push(closer);
  }
  _readdirp(root, opts) {
    if (this.closed)
      return;
    const options = { type: EVENTS.ALL, alwaysStat: true, lstat: true, ...opts, depth: 0 };
    let stream = readdirp(root, options);
    this._streams.add(stream);
    stream.once(STR_CLOSE, () => {
      stream = void 0;
    });
    stream.once(STR_END, () => {
      if (stream) {
        this._streams.delete(stream);
        stream = void 0;
      }
    });
    return stream;
  }
};
function watch(paths, options = {}) {
  const watcher = new FSWatcher(options);
  watcher.add(paths);
  return watcher;
}

// src/sandbox/watch.ts
async function watchContent(opts) {
  const root = await (0, import_promises6.realpath)(opts.dir);
  const nameOf = (p) => import_node_path7.default.relative(root, p).split(import_node_path7.default.sep).join("/");
  const watcher = watch(root, {
    ignoreInitial: true,
    followSymlinks: false,
    ignored: (p) => nameOf(p).split("/").includes(".git")
  });
  watcher.on(
    "error",
    (e) => opts.log.warn(
      `watch: ${e instanceof Error ? e.message : String(e)} (a change there may go unnoticed: restart the sandbox once this is fixed)`
    )
  );
  await new Promise((resolve3) => watcher.once("ready", resolve3));
  const changed = /* @__PURE__ */ new Set();
  let timer;
  watcher.on("all", (event, p) => {
    const name = nameOf(p);
    changed.add(event === "addDir" || event === "unlinkDir" ? `${name}/` : name);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const names = [...changed].sort();
      changed.clear();
      opts.log.info(`watch: change in ${opts.label}: ${names.join(", ")}`);
      opts.onChange();
    }, opts.debounceMs);
  });
  return {
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
    }
  };
}

// src/sandbox/sandbox.ts
var SANDBOX_BUCKET = "secure-dist-sandbox";
var SANDBOX_SCOPE = "secure-dist-sandbox";
var REGION = "us-east-1";
var LOCAL_PREVIEW_DOMAIN = "localhost";
function localPreviews(previews) {
  return previews === void 0 ? void 0 : { ...previews, domain: LOCAL_PREVIEW_DOMAIN };
}
function lambdaEdge(opts, users, tokens, session) {
  const rendered = renderEdgeCode(
    buildEdgeConfig({
      scope: SANDBOX_SCOPE,
      realm: opts.realm,
      users,
      access: opts.access,
      share: opts.shareLinks !== false,
      audit: opts.auditLog !== void 0,
      trustedPages: opts.trustedPages,
      tokens,
      previews: localPreviews(opts.previews),
      session: session === void 0 ? void 0 : { lifetime: opts.sessionLifetime ?? DEFAULT_SESSION_SECONDS, keyId: session.keyId }
    })
  );
  const code = session === void 0 ? rendered : fillSessionSecret(rendered, session.secret);
  const handler = loadHandlerFromSource(code, {
    ...opts.auditLog !== void 0 ? { log: opts.auditLog } : {},
    ...opts.now !== void 0 ? { now: opts.now } : {}
  });
  return { code, handler };
}
function functionEdge(opts, keyId) {
  const pepper = generatePepper();
  const store = localKeyValueStore([
    ...buildStoreEntries({
      scope: SANDBOX_SCOPE,
      pepper,
      users: opts.users,
      access: opts.access,
      previewUsers: opts.previews?.users
    }),
    ...buildTokenEntries({ pepper, tokens: opts.tokens ?? [], access: opts.access })
  ]);
  const session = keyId === void 0 ? void 0 : { keyId, lifetime: opts.sessionLifetime ?? DEFAULT_SESSION_SECONDS };
  const code = renderFunctionCode({
    realm: opts.realm,
    pepper,
    session,
    previews: opts.previews === void 0 ? void 0 : { domain: LOCAL_PREVIEW_DOMAIN }
  });
  const response = renderResponseFunctionCode({ trustedPages: opts.trustedPages });
  const login = session === void 0 ? void 0 : loadFunctionFromSource(renderLoginFunctionCode({ realm: opts.realm, pepper, session }), {
    store
  });
  return {
    code,
    handler: functionAsEdgeHandler(
      loadFunctionFromSource(code, { store }),
      loadFunctionFromSource(response, { store }),
      login
    )
  };
}
async function startSandbox(opts) {
  const { log } = opts;
  const now = opts.now ?? Date.now;
  const shareKey = generateShareKey("A", now());
  const shareKeyId = `KSANDBOX${(0, import_node_crypto13.randomBytes)(4).toString("hex").toUpperCase()}`;
  const keyId = opts.login === "form" ? `S${(0, import_node_crypto13.randomBytes)(6).toString("hex")}` : void 0;
  const session = keyId === void 0 || opts.edge === "function" ? void 0 : { secret: generateSessionSecret(), keyId };
  const { code, handler } = opts.edge === "function" ? functionEdge(opts, keyId) : lambdaEdge(opts, opts.users, opts.tokens, session);
  const cleanup = [];
  const unwind = async () => {
    for (const step of cleanup.splice(0).reverse()) {
      try {
        await step();
      } catch (e) {
        log.warn(`while stopping: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  };
  let closing = false;
  try {
    const s3 = await startS3Process({
      script: opts.s3ServerScript,
      credentials: {
        accessKeyId: `SANDBOX${(0, import_node_crypto13.randomBytes)(8).toString("hex").toUpperCase()}`,
        secretAccessKey: (0, import_node_crypto13.randomBytes)(30).toString("base64url")
      },
      maxSeconds: opts.maxSeconds ?? 7 * 86400,
      onStderr: (line) => log.warn(line)
    });
    cleanup.push(() => s3.stop());
    const { syncClient, originClient } = await connectClients(s3);
    cleanup.push(async () => {
      syncClient.destroy();
      originClient.destroy();
    });
    const notFound = notFoundPageParameter({
      edge: opts.edge ?? "lambda",
      contentDir: opts.contentDir,
      exclude: opts.exclude ?? []
    });
    const ownPage = notFound === OWN_NOT_FOUND_PAGE_PATH ? ownNotFoundPage(opts.realm, localPreviews(opts.previews)) : void 0;
    const edge = await startEdgeServer({
      handler,
      client: originClient,
      bucket: SANDBOX_BUCKET,
      port: opts.port,
      log: (line) => log.info(`edge: ${line}`),
      responseHeaders: responseHeadersOf(),
      now,
      ...notFound === "" ? {} : { notFoundPageKey: notFoundPageKey(notFound) },
      ...keyId !== void 0 ? { login: true } : {},
      ...opts.previews?.domain !== void 0 ? { hostAlias: { domain: opts.previews.domain, as: LOCAL_PREVIEW_DOMAIN } } : {},
      ...opts.edge === "function" ? { generatedXCache: "FunctionGeneratedResponse" } : opts.shareLinks === false ? {} : { share: { publicKeys: /* @__PURE__ */ new Map([[shareKeyId, shareKey.publicKey]]) } }
    });
    cleanup.push(() => edge.close());
    const sync = () => runSync({
      client: syncClient,
      bucket: SANDBOX_BUCKET,
      contentDir: opts.contentDir,
      contentDirInput: opts.contentDirLabel,
      workspace: opts.workspace,
      exclude: opts.exclude ?? [],
      cacheControl: opts.cacheControl ?? DEFAULT_CACHE_CONTROL,
      delete: true,
      // Deleting most files is a normal edit here, not a misconfigured `content-dir`.
      maxDelete: { kind: "percent", percent: 100 },
      dryRun: false,
      concurrency: 8,
      listing: opts.listing,
      ownNotFoundPage: ownPage,
      log: { info: (m) => log.info(`sync: ${m}`), warn: (m) => log.warn(`sync: ${m}`) }
    });
    const initialSync = await sync();
    let chain = Promise.resolve();
    const resync = () => {
      const next = chain.then(async () => {
        const result = await sync();
        const plan = planInvalidation(result.changedKeys, { allKeys: result.allKeys });
        if (plan.paths.length === 0) {
          log.info("sync: nothing changed, nothing to invalidate");
          return { sync: result, invalidation: plan, cleared: [] };
        }
        log.info(`invalidate: ${plan.paths.join(" ")} (${plan.reason})`);
        return { sync: result, invalidation: plan, cleared: edge.invalidate(plan.paths) };
      });
      chain = next.catch(() => void 0);
      return next;
    };
    if (opts.watch) {
      const watcher = await watchContent({
        dir: opts.contentDir,
        label: opts.contentDirLabel,
        debounceMs: opts.debounceMs ?? 200,
        log,
        onChange: () => {
          if (closing) return;
          resync().catch(
            (e) => log.warn(
              `sync failed: ${e instanceof Error ? e.message : String(e)} (the next change tries again)`
            )
          );
        }
      });
      cleanup.push(() => watcher.close());
    }
    const failure = s3.exited.then(
      (exitCode) => closing ? new Promise(() => void 0) : new Error(`the S3 server stopped unexpectedly (exit code ${exitCode ?? "unknown"})`)
    );
    return {
      url: edge.url,
      port: edge.port,
      s3Endpoint: s3.endpoint,
      s3Credentials: s3.credentials,
      bucket: SANDBOX_BUCKET,
      initialSync,
      edgeCodeBytes: Buffer.byteLength(code),
      edge,
      resync,
      redeployEdge: (users, tokens = opts.tokens) => {
        if (opts.edge === "function") {
          throw new Error("redeployEdge: only the Lambda@Edge runtime is redeployed in place");
        }
        edge.replaceHandler(lambdaEdge(opts, users, tokens, session).handler);
      },
      shareLink: (path11, expiresInSeconds) => signShareLink({
        origin: edge.url,
        path: path11,
        keyPairId: shareKeyId,
        privateKey: shareKey.privateKey,
        expiresAt: Math.floor(now() / 1e3) + expiresInSeconds
      }),
      failure,
      close: async () => {
        closing = true;
        await chain;
        await unwind();
      }
    };
  } catch (e) {
    closing = true;
    await unwind();
    throw e;
  }
}
async function connectClients(s3) {
  const vars = {
    AWS_ENDPOINT_URL_S3: s3.endpoint,
    AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: "false"
  };
  const saved = Object.keys(vars).map((k) => [k, process.env[k]]);
  Object.assign(process.env, vars);
  const make = () => createS3Client({ region: REGION, credentials: s3.credentials, maxAttempts: 3 });
  const syncClient = make();
  const originClient = make();
  try {
    await syncClient.send(new CreateBucketCommand({ Bucket: SANDBOX_BUCKET }));
    await originClient.send(new HeadBucketCommand({ Bucket: SANDBOX_BUCKET }));
  } catch (e) {
    syncClient.destroy();
    originClient.destroy();
    throw new Error(
      `could not create the bucket on the S3 server at ${s3.endpoint}: ${e instanceof Error ? e.message : String(e)}`,
      { cause: e }
    );
  } finally {
    for (const [k, v] of saved) {
      if (v === void 0) delete process.env[k];
      else process.env[k] = v;
    }
  }
  return { syncClient, originClient };
}

// src/sandbox/cli.ts
var ConfigError = class extends Error {
  name = "ConfigError";
};
var GENERATED_USER = "sandbox";
var MOVED_VARIABLES = {
  ACCESS: "set `access:` in the site file",
  LISTING: "set `listing:` in the site file",
  EDGE: "set `edge:` in the site file",
  REALM: "set `realm:` in the site file",
  AUDIT_LOG: "set `audit-log: true` in the site file (and --audit-file FILE for a file)",
  CONTENT_DIR: "set `content-dir:` in the site file",
  WATCH: "use --watch or --no-watch",
  SANDBOX_EXIT_AFTER: "use --exit-after SECONDS",
  SHARE_PATH: "use --share-path",
  SHARE_EXPIRES_IN: "use --share-expires-in"
};
function refuseMovedVariables(env, config) {
  const set2 = Object.keys(MOVED_VARIABLES).filter((name) => (env[name] ?? "") !== "");
  if (set2.length === 0) return;
  throw new ConfigError(
    set2.map(
      (name) => `${name} is set, but preview reads the site from ${config}: ${MOVED_VARIABLES[name] ?? ""}`
    ).join("\n")
  );
}
function previewConfig(options, ctx) {
  refuseMovedVariables(ctx.env, options.config);
  const site = loadSite(options.config, { workspace: ctx.cwd, command: "sync" });
  const variable = "BASIC_AUTH_USERS";
  const listed = parseBasicAuthUsers(ctx.env[variable] ?? "", variable);
  if (listed.length > 0) {
    if (site.users.length > 0) {
      const mismatch = usersMismatch(listed, site.users, `\`users\` in ${site.file}`);
      if (mismatch !== void 0) throw new InputError(variable, mismatch);
    }
    if (site.edge === "function") checkFunctionPasswords(listed, variable);
    return {
      site,
      options,
      users: listed.map((u) => ({ user: u.user, password: u.password })),
      generated: false,
      tokens: localTokens(site)
    };
  }
  const names = site.users.length > 0 ? site.users : [GENERATED_USER];
  return {
    site,
    options,
    // 144 bits: `edge: function` takes only passwords of at least 128 (store.ts).
    users: names.map((user) => ({ user, password: (0, import_node_crypto14.randomBytes)(18).toString("base64url") })),
    generated: true,
    tokens: localTokens(site)
  };
}
function localTokens(site) {
  return site.automationTokens.map((t) => ({
    name: t.name,
    token: generateToken(),
    globs: t.globs,
    expires: t.expires
  }));
}
function shortPath(cwd, dir) {
  const rel = import_node_path8.default.relative(cwd, dir);
  if (rel === "") return ".";
  return rel.startsWith("..") || import_node_path8.default.isAbsolute(rel) ? dir : rel;
}
async function runPreview(options, ctx) {
  const { io } = ctx;
  let config;
  try {
    config = previewConfig(options, ctx);
  } catch (e) {
    io.err(`preview: ${messageOf(e)}`);
    return 1;
  }
  const { site } = config;
  const label = `${shortPath(ctx.cwd, site.contentDir)}/`;
  const signals = ctx.handleSignals ? listenForSignals(io) : void 0;
  io.out(`preview: starting an S3 server and syncing ${label} into it`);
  let sandbox;
  try {
    sandbox = await startSandbox({
      contentDir: site.contentDir,
      contentDirLabel: site.contentDirInput,
      workspace: site.workspace,
      port: options.port,
      users: config.users,
      tokens: config.tokens,
      access: site.access.map((r) => ({ users: r.users, globs: r.globs })),
      realm: site.realm,
      login: site.login,
      sessionLifetime: site.sessionLifetimeSeconds,
      watch: options.watch,
      listing: site.listing,
      trustedPages: site.trustedPages,
      edge: site.edge,
      exclude: site.exclude,
      cacheControl: site.cacheControl,
      shareLinks: site.shareLinks,
      previews: edgePreviews(site.previews),
      auditLog: site.auditLog ? auditSink(options.auditFile, ctx, io) : void 0,
      s3ServerScript: ctx.s3ServerScript,
      ...options.exitAfterSeconds !== void 0 ? { maxSeconds: Math.ceil(options.exitAfterSeconds) + 60 } : {},
      log: { info: io.out, warn: (line) => io.err(line) }
    });
  } catch (e) {
    signals?.dispose();
    io.err(`preview: ${messageOf(e)}`);
    return 1;
  }
  for (const line of banner(config, sandbox, label)) io.out(line);
  ctx.onReady?.(sandbox);
  let timer;
  const reasons = [
    sandbox.failure.then((e) => ({ code: 1, why: e.message }))
  ];
  if (signals !== void 0) {
    reasons.push(signals.received.then((s) => ({ code: 0, why: `${s} received` })));
  }
  if (ctx.stop !== void 0) reasons.push(ctx.stop.then(() => ({ code: 0, why: "stopped" })));
  if (options.exitAfterSeconds !== void 0) {
    const seconds = options.exitAfterSeconds;
    reasons.push(
      new Promise((resolve3) => {
        timer = setTimeout(
          () => resolve3({ code: 0, why: `--exit-after ${seconds} elapsed` }),
          seconds * 1e3
        );
      })
    );
  }
  const { code, why } = await Promise.race(reasons);
  clearTimeout(timer);
  (code === 0 ? io.out : io.err)(`preview: stopping (${why})`);
  try {
    await sandbox.close();
  } catch (e) {
    io.err(`preview: while stopping: ${messageOf(e)}`);
  }
  signals?.dispose();
  io.out("preview: stopped");
  return code;
}
function auditSink(file, ctx, io) {
  if (file === void 0) return (line) => io.out(line);
  const target = import_node_path8.default.resolve(ctx.cwd, file);
  return (line) => (0, import_node_fs7.appendFileSync)(target, `${line}
`, { mode: 384 });
}
function banner(config, sandbox, label) {
  const { site, options } = config;
  const s = sandbox.initialSync;
  const first = config.users[0];
  const login = config.generated ? [
    ...config.users.map(
      (u, i) => `  ${i === 0 ? "Log in" : "      "}   user ${u.user}, password ${u.password}`
    ),
    "           (generated for this run; BASIC_AUTH_USERS='user:password' lines set your own)",
    `  Try      curl -i -u '${first?.user ?? ""}:${first?.password ?? ""}' ${sandbox.url}`
  ] : [
    `  Log in   as a user from BASIC_AUTH_USERS: ${config.users.map((u) => u.user).join(", ")}`,
    `  Try      curl -i -u 'USER:PASSWORD' ${sandbox.url}`
  ];
  return [
    "",
    `secure-dist preview of ${site.file}: the action\u2019s own sync and edge code, on this machine`,
    "",
    `  content  ${label} \u2192 s3://${sandbox.bucket} on the S3 server at ${sandbox.s3Endpoint}`,
    `           ${s.uploaded.length} uploaded, ${s.deleted.length} deleted, ${s.unchanged} unchanged (${formatBytes3(s.bytesUploaded)})`,
    site.edge === "function" ? `  edge     the CloudFront Function (cloudfront-js-2.0, emulated) as synth renders it (${formatBytes3(sandbox.edgeCodeBytes)}, realm "${site.realm}"), users in a local KeyValueStore,` : `  edge     the viewer-request function as synth renders it (${formatBytes3(sandbox.edgeCodeBytes)}, realm "${site.realm}"),`,
    "           fetching from the bucket with SigV4-signed requests, as Origin Access Control does",
    ...site.access.length > 0 ? [
      "",
      ...site.access.map(
        (r, i) => `  ${i === 0 ? "Access" : "      "}   ${r.users.join(", ")}: ${r.globs.join(", ")}`
      )
    ] : [],
    ...site.listing ? ["  Listing  generated for folders without an index.html (listing: true)"] : [],
    ...site.auditLog ? [
      `  Audit    one JSON line per request (audit-log: true) to ${options.auditFile ?? "this terminal"}`
    ] : [],
    ...site.login === "form" && site.edge !== "function" ? [
      `  Sign-in  a sign-in page for browsers (login: form), sessions of ${formatSeconds(site.sessionLifetimeSeconds)}; sign out at /_logout`
    ] : [],
    ...site.previews !== void 0 ? [
      `  Previews pr-<n>.localhost:${sandbox.port} (or Host: pr-<n>.${site.previews.domain ?? "<domain>"}) and /_previews/pr-<n>/, from the bucket's _previews/pr-<n>/ keys, for ${site.previews.users === "*" ? "every user" : site.previews.users.join(", ")}`
    ] : [],
    "",
    `  Open     ${sandbox.url}`,
    ...login,
    ...tokenLines(config, sandbox),
    ...shareLines(config, sandbox),
    "",
    options.watch ? `  Watching ${label} for changes: edits are synced and only their paths invalidated (--no-watch turns this off).` : "  Not watching for changes (--watch turns it on).",
    options.exitAfterSeconds !== void 0 ? `  Stops after ${options.exitAfterSeconds} s (--exit-after), or on Ctrl-C.` : "  Ctrl-C stops everything.",
    ""
  ];
}
function tokenLines(config, sandbox) {
  const first = config.tokens[0];
  if (first === void 0) return [];
  return [
    ...config.tokens.map(
      (t, i) => `  ${i === 0 ? "Tokens" : "      "}   token:${t.name} ${t.token}${t.globs === void 0 ? "" : ` (${t.globs.join(", ")})`}`
    ),
    "           (generated for this run; on AWS, `rotate` keeps their values in the users secret)",
    `  Try      curl -i -H 'X-Secure-Dist-Token: ${first.token}' ${sandbox.url}`
  ];
}
function shareLines(config, sandbox) {
  if (!config.site.shareLinks) return [];
  const path11 = config.options.sharePath ?? [...sandbox.initialSync.allKeys].sort().find((k) => !k.startsWith(".") && !k.endsWith("index.html"));
  if (path11 === void 0) return [];
  const link = sandbox.shareLink(path11, config.options.shareExpiresInSeconds);
  return [
    `  Share    curl -i '${link.url}'`,
    `           opens ${path11.endsWith("/") ? `every file under ${path11}` : path11} without a password until ${new Date(link.expiresAt * 1e3).toISOString()}, then 403 (--share-path, --share-expires-in 5s)`
  ];
}
function listenForSignals(io) {
  let count = 0;
  let resolve3 = () => void 0;
  const received = new Promise((r) => {
    resolve3 = r;
  });
  const onSignal = (signal) => {
    count += 1;
    if (count === 1) {
      resolve3(signal);
      return;
    }
    io.err(`preview: ${signal} again: exiting without waiting for the stop to finish`);
    process.exit(130);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    received,
    dispose: () => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
  };
}
function formatBytes3(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
var messageOf = (e) => e instanceof Error ? e.message : String(e);

// src/cli/check/index.ts
var import_node_fs8 = __toESM(require_node_fs(), 1);
var import_node_path11 = __toESM(require_node_path(), 1);

// src/run/inputs.ts
var import_node_path9 = __toESM(require_node_path(), 1);

// src/rotate/end-sessions.ts
var END_NO_SESSIONS = { kind: "none" };
function parseEndSessions(raw) {
  const input = "end-sessions";
  const entries = raw.split(/[\r\n,]+/).map((e) => e.trim()).filter((e) => e !== "");
  if (entries.length === 0) return END_NO_SESSIONS;
  const keywords = entries.filter((e) => e === "none" || e === "all");
  if (keywords.length > 0) {
    if (entries.length > 1) {
      throw new InputError(
        input,
        `'${keywords[0] ?? ""}' stands alone: use none, all, or user names (alice, bob)`
      );
    }
    return keywords[0] === "all" ? { kind: "all" } : END_NO_SESSIONS;
  }
  const users = [];
  for (const entry of entries) {
    const user = entry.normalize("NFC");
    const problem = userNameProblem2(user);
    if (problem !== void 0) throw new InputError(input, `'${entry}': ${problem}`);
    if (!users.includes(user)) users.push(user);
  }
  return { kind: "users", users };
}

// src/rotate/rotate-users.ts
function parseRotateUsers(list2, config = "secure-dist.yml") {
  if (list2 === void 0) return void 0;
  const input = "rotate-users";
  let all = false;
  let none = false;
  const rotate = [];
  for (const raw of list2) {
    const entry = raw.trim();
    if (entry === "") continue;
    if (entry === "all") {
      all = true;
      continue;
    }
    if (entry === "none") {
      none = true;
      continue;
    }
    if (entry.startsWith("-")) {
      const user2 = entry.slice(1).trim();
      throw new InputError(
        input,
        user2 === "" ? `'${entry}': a '-' removed a user before the site file listed them; remove users from \`users:\` in ${config}` : `'${entry}': users are removed in ${config} now: remove '${user2}' from \`users:\` there, and rotate removes them from the secret`
      );
    }
    const user = entry.normalize("NFC");
    const token = user.startsWith("token:") ? user.slice("token:".length).trim() : void 0;
    const problem = userNameProblem2(token ?? user);
    if (problem !== void 0) {
      throw new InputError(
        input,
        `'${entry}': ${token === void 0 ? problem : problem.replace("user name", "token name")}`
      );
    }
    if (token !== void 0) {
      if (!rotate.includes(`token:${token}`)) rotate.push(`token:${token}`);
      continue;
    }
    if (!rotate.includes(user)) rotate.push(user);
  }
  if (none && (all || rotate.length > 0)) {
    throw new InputError(input, "'none' gives nobody a new password: use it alone");
  }
  if (none) return [];
  if (all && rotate.length > 0) {
    throw new InputError(
      input,
      `'all' rotates every user: use it alone, or list the users by name (${rotate.join(", ")}, \u2026)`
    );
  }
  if (!all && rotate.length === 0) {
    throw new InputError(input, "expected 'all', 'none', or user names (alice, bob)");
  }
  return all ? void 0 : rotate;
}

// src/run/inputs.ts
function refuseSiteSettings(get, config) {
  const given = SITE_SETTINGS.filter((name) => get(name) !== void 0);
  if (given.length === 0) return;
  throw new Error(
    given.map((name) => movedSettingMessage(name, config)).join("\n") + `
(${config} describes the site for every command; the step's inputs are only what belongs to one run.)`
  );
}
function movedSettingMessage(name, config) {
  return `\`${name}\` moved to ${config}: set \`${name}:\` there, not as an input of the step`;
}
function parseRunInputs(get, ctx) {
  const str2 = (name, fallback) => get(name)?.trim() || fallback;
  const optional = (name) => get(name)?.trim() || void 0;
  const config = str2("config", DEFAULT_CONFIG);
  refuseSiteSettings(get, config);
  const command = parseCommand(str2("command", "deploy"));
  const roleToAssume = optional("role-to-assume");
  if (roleToAssume !== void 0 && !/^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(roleToAssume)) {
    throw new InputError(
      "role-to-assume",
      `expected an IAM role ARN (arn:aws:iam::123456789012:role/name), got '${roleToAssume}'`
    );
  }
  const defaultSession = ctx.runId ? `secure-dist-${ctx.runId}-${ctx.runAttempt ?? "1"}` : "secure-dist-local";
  const roleSessionName = str2("role-session-name", defaultSession);
  if (!/^[\w+=,.@-]{2,64}$/.test(roleSessionName)) {
    throw new InputError(
      "role-session-name",
      `expected 2 to 64 characters of letters, digits and _+=,.@-, got '${roleSessionName}'`
    );
  }
  const rotateRaw = str2("rotate-users", "all");
  return {
    command,
    config,
    workspace: import_node_path9.default.resolve(ctx.workspace),
    roleToAssume,
    roleSessionName,
    roleDurationSeconds: parseIntegerInRange(
      "role-duration-seconds",
      str2("role-duration-seconds", "3600"),
      900,
      43200
    ),
    audience: str2("audience", "sts.amazonaws.com"),
    // Not trimmed: a password may end in a space.
    basicAuthUsers: parseBasicAuthUsers(get("basic-auth-users") ?? ""),
    githubToken: optional("github-token"),
    rotateUsers: parseRotateUsers(
      rotateRaw === "all" ? void 0 : lines(rotateRaw.replace(/,/g, "\n")),
      config
    ),
    rotationGracePeriodSeconds: inputValue(
      "rotation-grace-period",
      () => parseDuration(str2("rotation-grace-period", "1h"), { allowZero: true })
    ),
    endSessions: parseEndSessions(get("end-sessions") ?? ""),
    shareKeyRotate: parseShareKeyRotate(get("share-key-rotate") ?? ""),
    // `path` is read by share and by audit, each with its own rules.
    sharePath: command === "audit" ? void 0 : parseSharePath(command, get("path") ?? ""),
    expiresInSeconds: parseExpiresIn(get("expires-in") ?? ""),
    // Back to the longest retention CloudWatch Logs offers (10 years).
    auditSinceSeconds: inputValue(
      "since",
      () => parseDuration(str2("since", "7d"), { maxSeconds: 3653 * 86400 })
    ),
    auditUser: parseAuditUser(optional("user")),
    auditPath: command === "audit" ? parseAuditPath(optional("path")) : void 0,
    dryRun: parseBoolean("dry-run", get("dry-run") ?? "", false),
    outputDir: import_node_path9.default.resolve(ctx.workspace, str2("output-dir", "secure-dist.out")),
    commentOnPr: parseBoolean("comment-on-pr", get("comment-on-pr") ?? "", false),
    recreateFailedStack: parseBoolean(
      "recreate-failed-stack",
      get("recreate-failed-stack") ?? "",
      false
    )
  };
}
function parseCommand(value) {
  const found = COMMANDS.find((c) => c === value);
  if (found === void 0) {
    throw new InputError("command", `expected one of ${COMMANDS.join(", ")}, got '${value}'`);
  }
  return found;
}
function lines(value) {
  return value.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
}
function parseBoolean(input, raw, fallback) {
  const value = raw.trim();
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new InputError(input, `expected true or false, got '${value}'`);
}
function parseIntegerInRange(input, raw, min, max) {
  if (!/^\d+$/.test(raw))
    throw new InputError(input, `expected a whole number from ${min} to ${max}, got '${raw}'`);
  const n = Number(raw);
  if (n < min || n > max)
    throw new InputError(input, `expected a whole number from ${min} to ${max}, got ${n}`);
  return n;
}

// src/cli/errors.ts
var EXIT_OK = 0;
var EXIT_FAILED = 1;
var EXIT_USAGE = 2;
var UsageError = class extends Error {
  name = "UsageError";
};
var CliError = class extends Error {
  name = "CliError";
};
var messageOf2 = (e) => e instanceof Error ? e.message : String(e);

// src/commands/synth.ts
var import_node_path10 = __toESM(require_node_path(), 1);

// src/rotate/secret-format.ts
var DEFAULT_SESSION_KEY_ID = "1";

// src/commands/synth.ts
function bootstrapAccount(run2) {
  const m = /^arn:(aws[\w-]*):iam::(\d{12}):role\//.exec(run2.roleToAssume ?? "");
  return m?.[1] === void 0 || m[2] === void 0 ? void 0 : { partition: m[1], account: m[2] };
}
function permissionsBoundaryArn(site, run2) {
  if (site.permissionsBoundary === "none") return void 0;
  if (site.permissionsBoundary !== "auto") return site.permissionsBoundary;
  const at = bootstrapAccount(run2);
  return at && `arn:${at.partition}:iam::${at.account}:policy/${site.stackName}-edge-boundary`;
}
function synthFor(site, run2, users, options) {
  return synthesize({
    edge: site.edge,
    renderFunctionCode: options.renderFunctionCode ?? renderFunctionCode,
    edgeRuntime: site.edgeRuntime,
    standInHashes: options.standInHashes === true,
    stackName: site.stackName,
    region: site.region,
    realm: site.realm,
    users,
    tokens: options.tokens,
    access: site.access.map((rule) => ({ users: rule.users, globs: rule.globs })),
    domainName: site.domainName,
    certificateArn: site.certificateArn,
    previews: site.previews,
    permissionsBoundaryArn: permissionsBoundaryArn(site, run2),
    usersInSecretsManager: options.usersInSecretsManager,
    rateLimit: site.rateLimit,
    auditLog: site.auditLog,
    trustedPages: site.trustedPages,
    // CloudFront answers missing keys with /404.html when the published content has one, else
    // with `edge: function` with the page secure-dist publishes (src/sync/not-found-page.ts).
    notFoundPage: notFoundPageParameter(site),
    shareKeys: options.shareKeys,
    session: site.login === "form" ? {
      lifetime: site.sessionLifetimeSeconds,
      keyId: options.sessionKeyId ?? DEFAULT_SESSION_KEY_ID
    } : void 0
  });
}

// src/synth/conditions.ts
var asList = (value) => value === void 0 ? [] : Array.isArray(value) ? value : [value];
function parameterValues(template, parameters) {
  const values = {};
  for (const [name, parameter] of Object.entries(objectAt(template, "Parameters"))) {
    const fallback = jsonAt(parameter, "Default");
    const value = parameters[name] ?? (typeof fallback === "string" || typeof fallback === "number" ? String(fallback) : void 0);
    if (value !== void 0) values[name] = value;
  }
  return values;
}
function conditionTest(template, values) {
  const definitions = isJsonObject(template.Conditions) ? template.Conditions : {};
  const results = {};
  const value = (node) => {
    if (typeof node === "string" || typeof node === "number") return String(node);
    const ref = jsonAt(node, "Ref");
    if (typeof ref === "string" && values[ref] !== void 0) return values[ref];
    throw new Error(`cannot evaluate ${JSON.stringify(node)}`);
  };
  const test = (node) => {
    const [fn] = Object.keys(isJsonObject(node) ? node : {});
    const args = asList(jsonAt(node, fn ?? ""));
    switch (fn) {
      case "Fn::Equals":
        return value(args[0] ?? null) === value(args[1] ?? null);
      case "Fn::Not":
        return !test(args[0] ?? null);
      case "Fn::And":
        return args.every(test);
      case "Fn::Or":
        return args.some(test);
      case "Condition":
        return condition(String(jsonAt(node, "Condition")));
    }
    throw new Error(`cannot evaluate ${JSON.stringify(node)}`);
  };
  const condition = (name) => {
    results[name] ??= test(definitions[name] ?? null);
    return results[name];
  };
  return { test, condition };
}
function evaluateConditions(template, parameters) {
  const { condition } = conditionTest(template, parameterValues(template, parameters));
  const names = Object.keys(isJsonObject(template.Conditions) ? template.Conditions : {});
  return Object.fromEntries(names.map((name) => [name, condition(name)]));
}
function parameterProblems(template, parameters) {
  const declared = objectAt(template, "Parameters");
  const problems = [];
  for (const name of Object.keys(parameters)) {
    if (!Object.hasOwn(declared, name)) problems.push(`${name}: not a parameter of the template`);
  }
  const values = parameterValues(template, parameters);
  for (const [name, parameter] of Object.entries(declared)) {
    const value = values[name];
    if (value === void 0) {
      problems.push(`${name}: required, no default`);
      continue;
    }
    const allowed = jsonAt(parameter, "AllowedValues");
    if (Array.isArray(allowed) && !allowed.map(String).includes(value)) {
      problems.push(`${name}: '${value}' is not one of ${allowed.map(String).join(", ")}`);
    }
    const maxLength = jsonAt(parameter, "MaxLength");
    if (typeof maxLength === "number" && value.length > maxLength) {
      problems.push(`${name}: '${value}' is longer than ${maxLength} characters`);
    }
    const minLength = jsonAt(parameter, "MinLength");
    if (typeof minLength === "number" && value.length < minLength) {
      problems.push(`${name}: '${value}' is shorter than ${minLength} characters`);
    }
    const pattern = jsonAt(parameter, "AllowedPattern");
    if (typeof pattern === "string" && !new RegExp(`^(?:${pattern})$`).test(value)) {
      problems.push(`${name}: '${value}' does not match ${pattern}`);
    }
  }
  const { test } = conditionTest(template, values);
  for (const rule of Object.values(isJsonObject(template.Rules) ? template.Rules : {})) {
    const when = jsonAt(rule, "RuleCondition");
    if (when !== void 0 && !test(when)) continue;
    for (const assertion of asList(jsonAt(rule, "Assertions"))) {
      if (!test(jsonAt(assertion, "Assert") ?? null)) {
        problems.push(String(jsonAt(assertion, "AssertDescription") ?? "a rule fails"));
      }
    }
  }
  return problems;
}

// src/cli/check/summary.ts
function stackResources(stack) {
  const template = JSON.parse(stack.templateBody);
  const parameters = Object.fromEntries(
    stack.parameters.map((p) => [p.ParameterKey, p.ParameterValue])
  );
  for (const p of stack.resolvedAtDeploy) parameters[p.parameterKey] = "(resolved at deploy)";
  const conditions = isJsonObject(template) ? evaluateConditions(template, parameters) : {};
  const counts = /* @__PURE__ */ new Map();
  const resources = jsonAt(template, "Resources");
  for (const resource of Object.values(isJsonObject(resources) ? resources : {})) {
    const condition = jsonAt(resource, "Condition");
    if (typeof condition === "string" && conditions[condition] !== true) continue;
    const type = String(jsonAt(resource, "Type"));
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return [...counts].map(([type, count]) => ({ type, count }));
}
var kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
function stackLine(stack) {
  const resources = stackResources(stack);
  return [
    `  ${stack.stackName} (${stack.region}), template ${kib(Buffer.byteLength(stack.templateBody))}, ${resources.reduce((n, r) => n + r.count, 0)} resources:`,
    `    ${resources.map((r) => r.count === 1 ? r.type : `${r.type} \xD7${r.count}`).join(", ")}`
  ];
}
function siteSettings(site) {
  const on = (b) => b ? "on" : "off";
  return [
    `  content     ${site.contentDirInput}/${site.exclude.length > 0 ? `, excluding ${site.exclude.join(", ")}` : ""}`,
    `  users       ${site.users.length > 0 ? site.users.join(", ") : "(none)"}`,
    `  access      ${site.access.length > 0 ? site.access.map((r) => `${r.users.join(", ")}: ${r.globs.join(", ")}`).join("; ") : "every user reads everything"}`,
    `  edge        ${site.edge === "lambda" ? `Lambda@Edge (${site.edgeRuntime})` : "CloudFront Function with a KeyValueStore"}, realm "${site.realm}"`,
    `  listing ${on(site.listing)}, share links ${on(site.shareLinks)}, audit log ${site.auditLog ? `on (${site.auditRetentionDays} days)` : "off"}, rate limit ${site.rateLimit > 0 ? `${site.rateLimit} requests per 5 minutes per IP` : "off"}`,
    `  domain      ${site.domainName ?? "the distribution's own (dxxxx.cloudfront.net)"}`
  ];
}
function deploySummary(site, usersInSecretsManager) {
  const result = synthFor(
    site,
    { roleToAssume: void 0 },
    site.users.map((user) => ({ user, password: "stand-in" })),
    { standInHashes: true, usersInSecretsManager }
  );
  const edge = site.edge === "function" && site.rateLimit === 0 ? [`  ${result.edge.stackName} (us-east-1): none (edge: function without rate-limit)`] : stackLine(result.edge);
  return [
    `What a deploy of ${site.file} would create (rendered offline, as synth does; no password needed):`,
    ...edge,
    ...stackLine(result.site),
    ...siteSettings(site)
  ];
}

// src/aws/users-secret.ts
function secretName(stackName) {
  return `${stackName}/basic-auth`;
}

// src/cli/init/files.ts
function yamlScalar(value) {
  return /^[A-Za-z0-9_][\w./-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value) ? value : JSON.stringify(value);
}
function usersSecret(site) {
  return site.edge === "function" ? { name: functionUsersSecretName(site.stackName), region: site.region } : { name: secretName(site.stackName), region: EDGE_REGION };
}
function siteFile(site) {
  const secret = usersSecret(site);
  return `# yaml-language-server: $schema=${SCHEMA_URL}
# The site, as every command reads it: .github/workflows/publish.yml deploys it on every push
# to ${site.branch}, rotate.yml gives its users new passwords, plan.yml shows what a pull request would
# change, and \`${CLI_COMMAND} preview\` serves it on this machine.
# Every setting, its default and what it allows: the schema on the first line (editors with the
# YAML language server complete and check this file with it).

# The stacks ${site.stackName}-edge (us-east-1) and ${site.stackName}-site (region), and the
# bootstrap stack ${site.stackName}-bootstrap, whose role may change only these: change both together.
stack-name: ${yamlScalar(site.stackName)}
region: ${yamlScalar(site.region)}

# The folder to publish, relative to the repository.
content-dir: ${yamlScalar(site.contentDir)}

# Who may log in: names only, never a password. rotate.yml gives a new name a generated
# password and removes a name taken out; the passwords are in the AWS Secrets Manager secret
# ${secret.name} (${secret.region}).
users: [${site.users.map(yamlScalar).join(", ")}]

# The edge runtime that asks for the password: lambda (Lambda@Edge) or function (a CloudFront
# Function with a KeyValueStore).
edge: ${site.edge}

# More, for example:
# access:               # who reads what; default: every user reads everything
#   ${yamlScalar(site.users[0] ?? "alice")}: /**
# listing: true         # a generated listing for folders without an index.html
# share-links: true     # signed links to one file or folder, without a password
# audit-log: true       # one log line per request: who downloaded what
`;
}
function pathsFilter(site, indent) {
  const content = site.contentDir === "." ? [] : [`${site.contentDir}/**`];
  return [...content, DEFAULT_CONFIG, WORKFLOW_FILES.publish].map((p) => `${indent}- ${JSON.stringify(p).replace(/^"|"$/g, "'")}`).join("\n");
}
var HEADER = `# Written by \`${CLI_COMMAND} init\`.`;
var CHECKOUT = `      - uses: ${CHECKOUT_USES}
        with:
          persist-credentials: false # no token left in .git/config for later steps`;
function publishWorkflow(site) {
  const secret = usersSecret(site);
  return `# Publish secure-dist.yml's site on every push to ${site.branch} that changes its content, the site file
# or this workflow. The users' passwords come from the AWS Secrets Manager secret
# ${secret.name} (${secret.region}), which rotate.yml writes: nobody types or stores one in GitHub.
# Runs once the repository variable ${DEPLOY_ROLE_VARIABLE} (the bootstrap stack's DeployRoleArn)
# is set; the job runs in the environment ${ENVIRONMENT}, whose deployment branches are ${site.branch} only.
${HEADER}
name: publish

on:
  push:
    branches: [${yamlScalar(site.branch)}]
    paths:
${pathsFilter(site, "      ")}
  workflow_dispatch:

permissions:
  contents: read

# One deploy at a time, shared with rotate.yml; a queued run waits instead of cancelling.
concurrency:
  group: ${CONCURRENCY_GROUP}
  cancel-in-progress: false

jobs:
  deploy:
    if: vars.${DEPLOY_ROLE_VARIABLE} != ''
    runs-on: ubuntu-latest
    timeout-minutes: 45
    environment: ${ENVIRONMENT} # the OIDC subject the bootstrap trusts; deployment branches: ${site.branch} only
    permissions:
      contents: read
      id-token: write # the OIDC token exchanged for the deploy role
    steps:
${CHECKOUT}
      - id: site
        uses: ${ACTION_USES}
        with:
          command: deploy
          role-to-assume: \${{ vars.${DEPLOY_ROLE_VARIABLE} }}
      - name: Report
        env:
          URL: \${{ steps.site.outputs.url }}
          UPLOADED: \${{ steps.site.outputs.uploaded }}
        run: echo "Published $URL ($UPLOADED files uploaded)"
`;
}
function rotateWorkflow(site) {
  const secret = usersSecret(site);
  return `# Rotate passwords on demand (Actions > rotate > Run workflow). New passwords go to the AWS
# Secrets Manager secret ${secret.name} (${secret.region}); the replaced ones keep working for the
# grace period. The site is secure-dist.yml, as publish.yml deploys it: a rotation changes the
# passwords and nothing else. Its users are the file's: a name new there is added with a
# generated password, a name taken out is removed.
${HEADER}
name: rotate

on:
  workflow_dispatch:
    inputs:
      users:
        description: 'Users of secure-dist.yml to give new passwords (comma-separated), all, or none (only add and remove the users the file added and removed)'
        required: true
        default: all
      grace-period:
        description: 'How long the replaced passwords keep working (for example 1h, 30m, 0)'
        required: true
        default: 1h

permissions:
  contents: read

concurrency:
  group: ${CONCURRENCY_GROUP}
  cancel-in-progress: false

jobs:
  rotate:
    if: vars.${DEPLOY_ROLE_VARIABLE} != ''
    runs-on: ubuntu-latest
    timeout-minutes: 45
    environment: ${ENVIRONMENT} # the same environment (and OIDC subject) as publish.yml
    permissions:
      contents: read
      id-token: write # the OIDC token exchanged for the deploy role
    steps:
${CHECKOUT}
      - uses: ${ACTION_USES}
        with:
          command: rotate
          role-to-assume: \${{ vars.${DEPLOY_ROLE_VARIABLE} }}
          rotate-users: \${{ inputs.users }}
          rotation-grace-period: \${{ inputs.grace-period }}
`;
}
function planWorkflow(site) {
  return `# On pull requests: what a deploy of the pull request's secure-dist.yml and content would change
# (change sets, then deleted) and the sync as a dry run; nothing is changed. The plan is posted on
# the pull request. Forks get no OIDC token, so the job runs only for branches of this
# repository, with the read-only plan role (bootstrap AllowPullRequestPlans=true, variable
# ${PLAN_ROLE_VARIABLE}). It gets no password: the pull request's own code runs here.
${HEADER}
name: plan

on:
  pull_request:
    paths:
${pathsFilter(site, "      ")}

permissions:
  contents: read

jobs:
  plan:
    if: vars.${PLAN_ROLE_VARIABLE} != '' && github.event.pull_request.head.repo.full_name == github.repository
    runs-on: ubuntu-latest
    timeout-minutes: 30
    permissions:
      contents: read
      id-token: write # the OIDC token exchanged for the plan role
      pull-requests: write # the plan comment
    steps:
${CHECKOUT}
      - uses: ${ACTION_USES}
        with:
          command: plan
          role-to-assume: \${{ vars.${PLAN_ROLE_VARIABLE} }}
          comment-on-pr: true # with the workflow token (github-token's default)
`;
}
function initFiles(site) {
  return [
    { path: DEFAULT_CONFIG, text: siteFile(site) },
    { path: WORKFLOW_FILES.publish, text: publishWorkflow(site) },
    { path: WORKFLOW_FILES.rotate, text: rotateWorkflow(site) },
    { path: WORKFLOW_FILES.plan, text: planWorkflow(site) }
  ];
}

// src/cli/init/setup.ts
var TEMPLATE_FILE = '"${TMPDIR:-/tmp}/secure-dist-bootstrap.yaml"';
var ghId = (site, field) => `"$(gh api repos/${site.owner}/${site.repo} --jq ${field})"`;
function bootstrapParameters(site) {
  return [
    ["GitHubOrg", site.owner],
    ["RepositoryName", site.repo],
    ["Environment", ENVIRONMENT],
    ["Branch", ""],
    ["StackName", site.stackName],
    ["SiteRegion", site.region],
    ["AllowedWorkflows", `${WORKFLOW_FILES.publish},${WORKFLOW_FILES.rotate}`],
    ["AllowPullRequestPlans", "true"],
    ["OwnerId", ghId(site, ".owner.id")],
    ["RepositoryId", ghId(site, ".id")]
  ];
}
var OPTION_OF = {
  GitHubOrg: "the repository owner (git remote origin, or --repository)",
  RepositoryName: "the repository name (git remote origin, or --repository)",
  StackName: "--stack-name",
  SiteRegion: "--region"
};
function checkBootstrapParameters(site) {
  const given = Object.fromEntries(
    bootstrapParameters(site).map(([k, v]) => [k, v.startsWith('"$(') ? "1" : v])
  );
  const problems = parameterProblems(readTemplate("bootstrap"), given);
  if (problems.length > 0) {
    throw new CliError(
      problems.map((p) => {
        const name = p.split(":")[0] ?? "";
        const option2 = OPTION_OF[name];
        return `${option2 === void 0 ? "" : `${option2}: `}the bootstrap stack's ${p}`;
      }).join("\n")
    );
  }
}
var describeOutput = (site, output) => [
  `aws cloudformation describe-stacks --region ${site.region} --stack-name ${bootstrapStackName(site.stackName)} \\`,
  `    --query "Stacks[0].Outputs[?OutputKey=='${output}'].OutputValue" --output text)"`
];
var block = (lines2) => lines2.map((l) => `  ${l}`);
function setupText(site, written) {
  const repo = `${site.owner}/${site.repo}`;
  const env = `repos/${repo}/environments/${ENVIRONMENT}`;
  const secret = usersSecret(site);
  const [first, second] = site.edge === "function" ? ["publish.yml", "rotate.yml"] : ["rotate.yml", "publish.yml"];
  const parameters = bootstrapParameters(site).map(([k, v]) => `${k}=${v}`);
  return [
    `Wrote ${written.join(", ")}.`,
    `Site: stack ${site.stackName} in ${site.region}, content ${site.contentDir}/, users ${site.users.join(", ")}, edge ${site.edge}.`,
    `Repository: ${repo}, publishing from ${site.branch} in the environment ${ENVIRONMENT}.`,
    "",
    "Then, once:",
    "",
    "1. Commit and push the files (their jobs are skipped until step 3 sets the variables):",
    "",
    ...block([
      `git add ${initFiles(site).map((f) => f.path).join(" ")}`,
      'git commit -m "Publish with secure-dist"',
      "git push"
    ]),
    "",
    "2. With administrator credentials of the AWS account: the bootstrap stack (the GitHub OIDC",
    "provider, the deploy role only these workflows may assume, the plan role for pull",
    "requests, the CloudFormation service role, the users KeyValueStore):",
    "",
    ...block([
      `${CLI_COMMAND_AT_MAJOR} bootstrap-template > ${TEMPLATE_FILE}`,
      `aws cloudformation deploy --region ${site.region} \\`,
      `  --stack-name ${bootstrapStackName(site.stackName)} \\`,
      `  --template-file ${TEMPLATE_FILE} \\`,
      "  --capabilities CAPABILITY_NAMED_IAM \\",
      `  --parameter-overrides ${parameters.slice(0, 2).join(" ")} \\`,
      `    ${parameters.slice(2, 4).join(" ")} \\`,
      `    ${parameters.slice(4, 6).join(" ")} \\`,
      ...parameters.slice(6, -1).map((p) => `    ${p} \\`),
      `    ${parameters.at(-1) ?? ""}`
    ]),
    "",
    `3. With gh, as an administrator of ${repo}: the environment ${ENVIRONMENT}, which only`,
    `${site.branch} may deploy to, and the variables with the roles the workflows assume:`,
    "",
    ...block([
      `gh api -X PUT ${env} \\`,
      "  -F 'deployment_branch_policy[protected_branches]=false' \\",
      "  -F 'deployment_branch_policy[custom_branch_policies]=true'",
      `gh api -X POST ${env}/deployment-branch-policies -f name=${site.branch}`,
      `gh variable set ${DEPLOY_ROLE_VARIABLE} --repo ${repo} --body "$(`,
      ...describeOutput(site, "DeployRoleArn").map((l) => `  ${l}`),
      `gh variable set ${PLAN_ROLE_VARIABLE} --repo ${repo} --body "$(`,
      ...describeOutput(site, "PlanRoleArn").map((l) => `  ${l}`)
    ]),
    "",
    site.edge === "function" ? `4. The first run: publish creates the site and uploads ${site.contentDir}/ (nobody can log in yet),` : `4. The first run: rotate creates the site and the users' passwords, then publish uploads ${site.contentDir}/`,
    site.edge === "function" ? "then rotate gives the users their passwords (it waits for publish: one concurrency group):" : "(it waits for rotate: one concurrency group):",
    "",
    ...block([
      `gh workflow run ${first} --repo ${repo}`,
      `gh workflow run ${second} --repo ${repo}`
    ]),
    "",
    `The passwords, for whoever may read the secret ${secret.name}:`,
    "",
    ...block([
      `aws secretsmanager get-secret-value --region ${secret.region} --secret-id ${secret.name} \\`,
      "  --query SecretString --output text"
    ]),
    "",
    `Every later push that changes ${site.contentDir === "." ? "the repository" : `${site.contentDir}/`} or secure-dist.yml publishes it. Try the site on this`,
    `machine with \`${CLI_COMMAND} preview\`; check the files with \`${CLI_COMMAND} check\`.`
  ];
}

// src/cli/check/previews.ts
var PREVIEWS_PARAMETER = "AllowPullRequestPreviews";
var PREVIEW_ROLE_OUTPUT = "PreviewRoleArn";
var where = (site) => `${bootstrapStackName(site.stackName)} (${site.region})`;
function turnOnCommands(site) {
  return [
    `    ${CLI_COMMAND_AT_MAJOR} bootstrap-template > ${TEMPLATE_FILE}`,
    `    aws cloudformation deploy --region ${site.region} --stack-name ${bootstrapStackName(site.stackName)} \\`,
    `      --template-file ${TEMPLATE_FILE} --capabilities CAPABILITY_NAMED_IAM \\`,
    `      --parameter-overrides ${PREVIEWS_PARAMETER}=true`
  ];
}
function variableCommand(site, arn) {
  const value = arn ?? `$(aws cloudformation describe-stacks --region ${site.region} --stack-name ${bootstrapStackName(site.stackName)} --query "Stacks[0].Outputs[?OutputKey=='${PREVIEW_ROLE_OUTPUT}'].OutputValue" --output text)`;
  return `    gh variable set ${PREVIEW_ROLE_VARIABLE} --body "${value}"`;
}
function previewNeeds(site) {
  return [
    `Previews of ${site.file}: the bootstrap stack ${where(site)} needs ${PREVIEWS_PARAMETER}=true; its output ${PREVIEW_ROLE_OUTPUT} goes in the repository variable ${PREVIEW_ROLE_VARIABLE}, the role the preview workflow assumes (docs/previews.md). \`check --bootstrap\` reads the stack.`
  ];
}
function previewFindings(site, stack) {
  const head = `Previews of ${site.file}: the bootstrap stack ${where(site)}`;
  if (stack === void 0) {
    return {
      lines: [],
      problems: [
        `${head} does not exist: deploy it as \`${CLI_COMMAND_AT_MAJOR} init\` prints, with ${PREVIEWS_PARAMETER}=true among its --parameter-overrides, then set ${PREVIEW_ROLE_VARIABLE} to its output ${PREVIEW_ROLE_OUTPUT}`
      ]
    };
  }
  const parameter = stack.parameters[PREVIEWS_PARAMETER];
  const arn = stack.outputs[PREVIEW_ROLE_OUTPUT];
  if (parameter === "true" && arn !== void 0) {
    return {
      lines: [
        `${head} has ${PREVIEWS_PARAMETER}=true and the output ${PREVIEW_ROLE_OUTPUT} ${arn}. The preview workflow reads it from the repository variable ${PREVIEW_ROLE_VARIABLE} (not checked here):`,
        variableCommand(site, arn)
      ],
      problems: []
    };
  }
  const state = parameter === void 0 ? `was deployed from a template without ${PREVIEWS_PARAMETER} (older than previews)` : parameter === "true" ? `has ${PREVIEWS_PARAMETER}=true but no output ${PREVIEW_ROLE_OUTPUT}: its last update did not complete (see the stack's events); deploy it again` : `has ${PREVIEWS_PARAMETER}=${parameter}: no preview role, so \`command: preview\` has no role to assume`;
  return {
    lines: [
      `${head}: turn the preview role on (the other parameters keep their values), then set the variable:`,
      ...turnOnCommands(site),
      variableCommand(site, void 0)
    ],
    problems: [`${head} ${state}; the commands to fix it are below`]
  };
}

// src/cli/check/workflows.ts
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var record = (v) => isRecord(v) ? v : {};
var list = (v) => Array.isArray(v) ? v : [];
function usesAction(uses, selfIsAction2) {
  if (typeof uses !== "string") return false;
  if (uses === "./" || uses === ".") return selfIsAction2;
  return /^[\w.-]+\/secure-dist-action(\/[\w./-]*)?@\S+$/.test(uses);
}
function triggersOf(on) {
  if (typeof on === "string") return [on];
  if (Array.isArray(on)) return on.map(String);
  return Object.keys(record(on));
}
var grantsIdToken = (permissions) => permissions === "write-all" || record(permissions)["id-token"] === "write";
var setsAwsKey = (env) => "AWS_ACCESS_KEY_ID" in record(env);
function lineOf(doc, counter, path11) {
  const node = doc.getIn(path11, true);
  const range = typeof node === "object" && node !== null && "range" in node && Array.isArray(node.range) ? node.range : void 0;
  const offset = range?.[0];
  return typeof offset === "number" ? counter.linePos(offset).line : void 0;
}
var asString = (v) => typeof v === "string" ? v : v === null || v === void 0 ? "" : String(v);
function readWorkflow(file, text2, selfIsAction2) {
  const counter = new LineCounter();
  const doc = parseDocument(text2, { lineCounter: counter, prettyErrors: true });
  if (doc.errors.length > 0) {
    return { file, jobs: [], errors: doc.errors.map((e) => e.message.split("\n")[0] ?? "") };
  }
  const data = record(doc.toJS());
  const jobsNode = doc.get("jobs", true);
  if (!isMap(jobsNode)) return { file, jobs: [], errors: [] };
  const triggers = triggersOf(data.on);
  const jobs = Object.entries(record(data.jobs)).map(([jobId, raw]) => {
    const job = record(raw);
    const declared = job.environment;
    const environment = typeof declared === "string" ? declared : asString(record(declared).name) || void 0;
    const rawSteps = list(job.steps).map(record);
    const credentialsStep = (i) => rawSteps.slice(0, i).some(
      (s) => typeof s.uses === "string" && s.uses.startsWith("aws-actions/configure-aws-credentials@")
    );
    const steps = rawSteps.flatMap((step, index) => {
      if (!usesAction(step.uses, selfIsAction2)) return [];
      const given = Object.fromEntries(
        Object.entries(record(step.with)).map(([k, v]) => [k, asString(v)])
      );
      const config = given.config?.trim() || DEFAULT_CONFIG;
      const role = /^\$\{\{\s*vars\.(\w+)\s*\}\}$/.exec(given["role-to-assume"]?.trim() ?? "");
      return [
        {
          index,
          line: lineOf(doc, counter, ["jobs", jobId, "steps", index]),
          with: given,
          command: given.command?.trim() || "deploy",
          config,
          roleVariable: role?.[1],
          configWrittenByJob: rawSteps.slice(0, index).some((s) => typeof s.run === "string" && s.run.includes(config))
        }
      ];
    });
    return {
      file,
      jobId,
      line: lineOf(doc, counter, ["jobs", jobId]),
      triggers,
      environment,
      // A job's `permissions` replaces the workflow's.
      idToken: grantsIdToken(job.permissions ?? data.permissions),
      otherCredentials: setsAwsKey(data.env) || setsAwsKey(job.env) || rawSteps.some(
        (s, i) => usesAction(s.uses, selfIsAction2) && (credentialsStep(i) || setsAwsKey(s.env))
      ),
      steps
    };
  });
  return { file, jobs, errors: [] };
}
function stepLabel(job, step) {
  return `${job.file}${step.line === void 0 ? "" : `:${step.line}`}: job ${job.jobId}, step ${step.index + 1}`;
}
var CHANGES_SITE = ["deploy", "rotate"];

// src/cli/check/index.ts
function selfIsAction(workspace) {
  const file = import_node_path11.default.join(workspace, "action.yml");
  if (!(0, import_node_fs8.existsSync)(file)) return false;
  try {
    const manifest = parse((0, import_node_fs8.readFileSync)(file, "utf8"));
    return typeof manifest === "object" && manifest !== null && "name" in manifest && manifest.name === "secure-dist";
  } catch {
    return false;
  }
}
var isExpression = (value) => value.includes("${{");
var RENDERS = ["deploy", "plan", "rotate", "synth"];
var asCommand = (value) => COMMANDS.find((c) => c === value);
async function checkCommand(workspace, options) {
  const problems = [];
  const notes = [];
  const dir = import_node_path11.default.resolve(workspace, options.workflows);
  const files = (0, import_node_fs8.existsSync)(dir) ? (0, import_node_fs8.readdirSync)(dir).filter((f) => /\.ya?ml$/.test(f)).sort() : [];
  const self = selfIsAction(workspace);
  const jobs = [];
  for (const name of files) {
    const file = import_node_path11.default.relative(workspace, import_node_path11.default.join(dir, name)).split(import_node_path11.default.sep).join("/");
    const read = readWorkflow(file, (0, import_node_fs8.readFileSync)(import_node_path11.default.join(dir, name), "utf8"), self);
    for (const error of read.errors) problems.push(`${file}: not valid YAML: ${error}`);
    jobs.push(...read.jobs.filter((j) => j.steps.length > 0));
  }
  const uses = jobs.flatMap((job) => job.steps.map((step) => ({ job, step })));
  const sites = /* @__PURE__ */ new Map();
  const loaded = /* @__PURE__ */ new Set();
  const reported = /* @__PURE__ */ new Set();
  const load = (config, command, where2) => {
    const key = `${config}
${command ?? ""}`;
    try {
      const site = loadSite(config, { workspace, command });
      sites.set(config, site);
      return site;
    } catch (e) {
      if (!loaded.has(key)) {
        const issues = e instanceof SiteFileError ? e.issues.map((i) => formatIssue(e.file, i)) : [`${config}: ${messageOf2(e)}`];
        for (const issue of issues.filter((i) => !reported.has(i))) {
          reported.add(issue);
          problems.push(where2 === "" ? issue : `${issue} (read by ${where2})`);
        }
      }
      return void 0;
    } finally {
      loaded.add(key);
    }
  };
  for (const { job, step } of uses) {
    const where2 = stepLabel(job, step);
    for (const key of Object.keys(step.with)) {
      if (SITE_SETTINGS.includes(key)) {
        problems.push(`${where2}: ${movedSettingMessage(key, step.config)}`);
      } else if (!RUN_INPUTS.includes(key)) {
        problems.push(
          `${where2}: \`${key}\` is not an input of the action (its inputs: ${RUN_INPUTS.join(", ")})`
        );
      }
    }
    const literal = Object.fromEntries(
      Object.entries(step.with).filter(
        ([k, v]) => !isExpression(v) && RUN_INPUTS.includes(k)
      )
    );
    try {
      parseRunInputs(inputsFrom(literal), { workspace, runId: "1", runAttempt: "1" });
    } catch (e) {
      problems.push(`${where2}: ${messageOf2(e)}`);
    }
    if (isExpression(step.config)) {
      notes.push(
        `${where2}: config is an expression (${step.config}): its site file is not checked`
      );
    } else if (step.configWrittenByJob && !(0, import_node_fs8.existsSync)(import_node_path11.default.resolve(workspace, step.config))) {
      notes.push(`${where2}: ${step.config} is written by an earlier step of the job: not checked`);
    } else {
      load(step.config, asCommand(step.command), where2);
    }
    if (step.with["role-to-assume"] !== void 0 && !job.idToken) {
      problems.push(
        `${where2}: role-to-assume needs the job's OIDC token, but job ${job.jobId} has no \`permissions: id-token: write\``
      );
    }
    if (step.with["role-to-assume"] === void 0 && !job.otherCredentials && step.command !== "synth") {
      notes.push(
        `${where2}: no role-to-assume, no credentials step, no AWS_ACCESS_KEY_ID: AWS credentials must come from the runner`
      );
    }
    if (step.command === "plan" && step.with["basic-auth-users"] !== void 0) {
      problems.push(
        `${where2}: a plan gets no password: remove basic-auth-users (plan renders the users' names with stand-in hashes)`
      );
    }
  }
  if (!uses.some((u) => u.step.config === options.config)) {
    const site = load(options.config, void 0, "");
    if (site === void 0 && uses.length === 0 && !(0, import_node_fs8.existsSync)(import_node_path11.default.resolve(workspace, options.config))) {
      notes.push(`no workflow under ${options.workflows} uses the action`);
    }
  }
  const changing = uses.filter((u) => CHANGES_SITE.includes(u.step.command));
  for (const { job, step } of changing) {
    const where2 = stepLabel(job, step);
    if (job.environment === void 0) {
      problems.push(
        `${where2}: \`command: ${step.command}\` in a job without \`environment:\`: run deploying jobs in an environment limited to the default branch (the bootstrap trusts its OIDC subject, Environment=\u2026)`
      );
    } else if (isExpression(job.environment)) {
      problems.push(
        `${where2}: the environment is an expression: the bootstrap trusts one named environment`
      );
    }
  }
  const deployRoles = /* @__PURE__ */ new Map();
  for (const use of changing) {
    const key = use.step.roleVariable ?? use.step.with["role-to-assume"] ?? "(no role-to-assume)";
    deployRoles.set(key, [...deployRoles.get(key) ?? [], use]);
  }
  for (const [role, group] of deployRoles) {
    const environments = [...new Set(group.map((u) => u.job.environment ?? "(none)"))];
    if (environments.length > 1) {
      problems.push(
        `the jobs that deploy or rotate with ${role} run in ${environments.length} environments (${environments.join(", ")}): one role trusts one environment: ${group.map((u) => `${u.job.file} ${u.job.jobId} (${u.job.environment ?? "none"})`).join(", ")}`
      );
    }
  }
  for (const { job, step } of uses) {
    if (step.command !== "plan" || !job.triggers.some((t) => t.startsWith("pull_request")))
      continue;
    if (step.roleVariable !== void 0 && deployRoles.has(step.roleVariable)) {
      problems.push(
        `${stepLabel(job, step)}: a plan on pull requests assumes ${step.roleVariable}, the deploy role, which trusts only the deploying jobs' environment: use the plan role (bootstrap AllowPullRequestPlans=true, output PlanRoleArn) in its own variable`
      );
    }
  }
  const bySite = /* @__PURE__ */ new Map();
  for (const use of changing)
    bySite.set(use.step.config, [...bySite.get(use.step.config) ?? [], use]);
  for (const [config, group] of bySite) {
    const given = group.filter(
      (u) => u.step.command === "deploy" && u.step.with["basic-auth-users"] !== void 0
    );
    const rotations = group.filter((u) => u.step.command === "rotate");
    if (given.length > 0 && rotations.length > 0) {
      problems.push(
        `${config}: ${given.map((u) => stepLabel(u.job, u.step)).join(", ")} deploy${given.length === 1 ? "s" : ""} the users of basic-auth-users, while ${rotations.map((u) => stepLabel(u.job, u.step)).join(", ")} rotate the users in AWS Secrets Manager: the next deploy would undo every rotation. Remove basic-auth-users from the deploy (its users then come from Secrets Manager), or the rotate workflow`
      );
    }
  }
  const previewLines = [];
  for (const site of sites.values()) {
    if (site.previews === void 0) continue;
    if (options.bootstrap === void 0) {
      previewLines.push(...previewNeeds(site), "");
      continue;
    }
    try {
      const stack = await options.bootstrap(bootstrapStackName(site.stackName), site.region);
      const findings = previewFindings(site, stack);
      problems.push(...findings.problems);
      previewLines.push(...findings.lines, "");
    } catch (e) {
      problems.push(`${site.file}: ${messageOf2(e)}`);
    }
  }
  const lines2 = [
    `secure-dist check: ${sites.size > 0 ? [...sites.keys()].join(", ") : "no site file"}; ${files.length} workflow file(s) under ${options.workflows}, ${jobs.length} job(s) using the action`,
    ""
  ];
  if (problems.length > 0) {
    lines2.push(`Problems (${problems.length}):`, ...problems.map((p) => `  ${p}`), "");
  }
  if (notes.length > 0) lines2.push("Notes:", ...notes.map((n) => `  ${n}`), "");
  lines2.push(...bootstrapNeeds(deployRoles, uses, sites), ...previewLines);
  for (const [config, site] of sites) {
    const readers = uses.filter((u) => u.step.config === config);
    if (readers.length > 0 && readers.every((u) => !RENDERS.includes(u.step.command))) continue;
    const deploys = readers.filter((u) => u.step.command === "deploy");
    const usersInSecret = !deploys.some((u) => u.step.with["basic-auth-users"] !== void 0);
    try {
      lines2.push(...deploySummary(site, usersInSecret), "");
    } catch (e) {
      problems.push(`${config}: cannot be rendered: ${messageOf2(e)}`);
      lines2.push(`${config}: cannot be rendered: ${messageOf2(e)}`, "");
    }
  }
  lines2.push(problems.length === 0 ? "No problems." : `${problems.length} problem(s): see above.`);
  return { lines: lines2, problems: problems.length };
}
function bootstrapNeeds(deployRoles, uses, sites) {
  const out = [];
  for (const [role, group] of deployRoles) {
    const roleUses = uses.filter(
      (u) => u.step.roleVariable === role || u.step.with["role-to-assume"] === role
    );
    const stacks = [
      ...new Set(
        group.flatMap((u) => {
          const site = sites.get(u.step.config);
          return site === void 0 ? [] : [`${site.stackName}
${site.region}`];
        })
      )
    ].map((s) => s.split("\n"));
    const stackNames = new Set(stacks.map(([name]) => name));
    const plans = uses.filter(
      (u) => u.step.command === "plan" && u.job.triggers.some((t) => t.startsWith("pull_request")) && stackNames.has(sites.get(u.step.config)?.stackName ?? "")
    );
    const environments = [...new Set(group.map((u) => u.job.environment ?? ""))];
    const parameters = [
      ...stacks.length === 1 && stacks[0] !== void 0 ? [`StackName=${stacks[0][0] ?? ""}`, `SiteRegion=${stacks[0][1] ?? ""}`] : [
        `StackName=(${stacks.length === 0 ? "unknown: its site file was not read, see above" : `${stacks.length} sites`})`
      ],
      `Environment=${environments.join(",")}`,
      `Branch=${environments.every((e) => e !== "") ? "" : "(the deploying branch)"}`,
      `AllowedWorkflows=${[...new Set(roleUses.map((u) => u.job.file))].sort().join(",")}`,
      `AllowPullRequestPlans=${plans.length > 0 ? "true" : "false"}`,
      `AllowPullRequestPreviews=${[...sites.values()].some((s) => s.previews !== void 0 && stackNames.has(s.stackName)) ? "true" : "false"}`
    ];
    const stack = stacks.length === 1 && stacks[0]?.[0] !== void 0 ? bootstrapStackName(stacks[0][0]) : "the bootstrap stack";
    out.push(
      `What the workflows need from ${stack} (its DeployRoleArn in ${role}), to compare with its parameters:`,
      `  ${parameters.join(" ")}`,
      `  deploy role: ${[...new Set(roleUses.map((u) => `${u.job.file} ${u.job.jobId}`))].join(", ")}`,
      ...plans.length > 0 ? [
        `  plan role (PlanRoleArn): ${[...new Set(plans.map((u) => `${u.job.file} ${u.job.jobId}${u.step.roleVariable === void 0 ? "" : ` in ${u.step.roleVariable}`}`))].join(", ")}`
      ] : [],
      ""
    );
  }
  return out;
}

// src/cli/check/bootstrap-reader.ts
async function bootstrapReader() {
  const [{ createClients }, { findStack }] = await Promise.all([
    import("./chunks/clients-VCVG5TRA.js"),
    import("./chunks/stack-outputs-5SA4MGFN.js")
  ]);
  const clients = createClients(void 0);
  await clients.load?.({ cloudFormation: true });
  return {
    read: (stackName, region) => findStack(clients.cloudFormation(region), stackName, region),
    destroy: () => clients.destroy()
  };
}

// src/cli/init/index.ts
var import_node_fs9 = __toESM(require_node_fs(), 1);
var import_node_path12 = __toESM(require_node_path(), 1);

// src/cli/git.ts
var import_node_child_process4 = __toESM(require_node_child_process(), 1);
var import_node_util = __toESM(require_node_util(), 1);
var run = (0, import_node_util.promisify)(import_node_child_process4.execFile);
async function git2(cwd, args) {
  try {
    const { stdout } = await run("git", [...args], { cwd, encoding: "utf8" });
    return stdout.trim();
  } catch {
    return void 0;
  }
}
async function workTreeRoot(cwd) {
  const root = await git2(cwd, ["rev-parse", "--show-toplevel"]);
  if (root === void 0 || root === "") {
    throw new CliError(
      `${cwd} is not in a git repository: run init at the root of your repository's clone (git is needed too)`
    );
  }
  return root;
}
async function remoteUrl(cwd, name = "origin") {
  const url = await git2(cwd, ["remote", "get-url", name]);
  return url === "" ? void 0 : url;
}
async function defaultBranch(cwd) {
  const head = await git2(cwd, ["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"]);
  if (head !== void 0 && head.startsWith("origin/") && head.length > "origin/".length) {
    return head.slice("origin/".length);
  }
  const current = await git2(cwd, ["branch", "--show-current"]);
  return current === void 0 || current === "" ? "main" : current;
}

// src/cli/remote.ts
var import_hosted_git_info = __toESM(require_lib(), 1);
var OWNER = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/;
var REPO = /^[A-Za-z0-9_.-]{1,100}$/;
function redactRemote(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, "$1");
}
function parseRepositoryOption(value) {
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(value.trim());
  if (m?.[1] === void 0 || m[2] === void 0 || !OWNER.test(m[1]) || !REPO.test(m[2])) {
    throw new CliError(
      `--repository: expected OWNER/REPO as on GitHub (letters, digits, '-'; the name also '_' and '.'), got '${value}'`
    );
  }
  return { owner: m[1], repo: m[2] };
}
function gitHubRepositoryOf(url, remote = "origin") {
  const info = import_hosted_git_info.default.fromUrl(url.trim());
  const shown = redactRemote(url.trim());
  if (info?.type !== "github" || info.user === "" || info.project === "") {
    throw new CliError(
      `the git remote '${remote}' is ${shown}, not a repository on github.com: the site is deployed by GitHub Actions with their OIDC token, so init needs the GitHub repository. Add it (git remote add origin https://github.com/OWNER/REPO.git), or name it with --repository OWNER/REPO (for an ssh host alias of github.com)`
    );
  }
  return parseRepositoryOption(`${info.user}/${info.project}`);
}

// src/cli/init/index.ts
var CONTENT_DIR_CANDIDATES = ["content", "public", "site", "dist", "docs"];
var DEFAULT_REGION = "eu-central-1";
function stackNameLimit() {
  const max = jsonAt(readTemplate("bootstrap"), "Parameters", "StackName", "MaxLength");
  return typeof max === "number" ? max : 30;
}
function stackNameFor(repo) {
  let name = repo.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (!/^[a-z]/.test(name)) name = name === "" ? "secure-dist" : `site-${name}`;
  return name.slice(0, stackNameLimit()).replace(/-+$/, "");
}
function contentDirOption(root, value) {
  const normalized = import_node_path12.default.posix.normalize(value.replace(/\\/g, "/")).replace(/\/+$/, "");
  if (import_node_path12.default.isAbsolute(value) || normalized === ".." || normalized.startsWith("../")) {
    throw new UsageError(
      `--content-dir: expected a folder inside the repository (${root}), relative to it, got '${value}'`
    );
  }
  return normalized === "" ? "." : normalized;
}
var isDirectory = (p) => (0, import_node_fs9.existsSync)(p) && (0, import_node_fs9.statSync)(p).isDirectory();
function edgeOption(value) {
  if (value === void 0) return "lambda";
  const found = EDGE_KINDS.find((k) => k === value);
  if (found === void 0) {
    throw new UsageError(`--edge: expected ${EDGE_KINDS.join(" or ")}, got '${value}'`);
  }
  return found;
}
async function repositoryOf(root, option2) {
  if (option2 !== void 0) return parseRepositoryOption(option2);
  const url = await remoteUrl(root);
  if (url === void 0) {
    throw new CliError(
      `the repository at ${root} has no git remote 'origin': init reads the GitHub repository (owner and name) from it. Add it (git remote add origin https://github.com/OWNER/REPO.git), or name it with --repository OWNER/REPO`
    );
  }
  return gitHubRepositoryOf(url);
}
var OPTION_OF_KEY = {
  "stack-name": "--stack-name",
  region: "--region",
  "content-dir": "--content-dir",
  users: "--users",
  edge: "--edge"
};
async function initSite(cwd, options) {
  const root = await workTreeRoot(cwd);
  const { owner, repo } = await repositoryOf(root, options.repository);
  const contentDir = options.contentDir === void 0 ? CONTENT_DIR_CANDIDATES.find((d) => isDirectory(import_node_path12.default.join(root, d))) ?? "content" : contentDirOption(root, options.contentDir);
  const users = (options.users ?? owner).split(",").map((u) => u.trim()).filter((u) => u !== "");
  if (users.length === 0)
    throw new UsageError("--users: expected one or more names, comma-separated");
  const branch = options.branch ?? await defaultBranch(root);
  if (!/^[\w./-]+$/.test(branch) || branch.includes("..")) {
    throw new UsageError(`--branch: expected a branch name, got '${branch}'`);
  }
  const site = {
    owner,
    repo,
    stackName: options.stackName ?? stackNameFor(repo),
    region: options.region ?? DEFAULT_REGION,
    contentDir,
    users,
    edge: edgeOption(options.edge),
    branch
  };
  try {
    parseSite(siteFile(site), DEFAULT_CONFIG, { workspace: root });
  } catch (e) {
    if (!(e instanceof SiteFileError)) throw e;
    throw new UsageError(
      e.issues.map((i) => {
        const key = String(i.path[0] ?? "");
        return `${OPTION_OF_KEY[key] ?? key}: ${i.message}`;
      }).join("\n")
    );
  }
  checkBootstrapParameters(site);
  return { root, site };
}
async function initCommand(cwd, options) {
  const { root, site } = await initSite(cwd, options);
  const files = initFiles(site);
  const existing = files.filter((f) => (0, import_node_fs9.existsSync)(import_node_path12.default.join(root, f.path))).map((f) => f.path);
  if (existing.length > 0 && !options.force) {
    throw new CliError(
      `${existing.join(", ")} ${existing.length === 1 ? "exists" : "exist"}: nothing was written. Move them away, or run init again with --force to overwrite them`
    );
  }
  for (const file of files) {
    const target = import_node_path12.default.join(root, file.path);
    (0, import_node_fs9.mkdirSync)(import_node_path12.default.dirname(target), { recursive: true });
    (0, import_node_fs9.writeFileSync)(target, file.text);
  }
  const notes = isDirectory(import_node_path12.default.join(root, site.contentDir)) ? [] : ["", `Note: ${site.contentDir}/ does not exist yet: put the site's files there.`];
  return [
    ...setupText(
      site,
      files.map((f) => f.path)
    ),
    ...notes
  ];
}

// src/cli/usage.ts
var USAGE = `secure-dist: publish a folder of a GitHub repository as a private, password-protected
CloudFront site, from one file (secure-dist.yml) and the secure-dist GitHub Action.

Usage: ${CLI_COMMAND} <command> [options]

Commands:
  init                write secure-dist.yml and the publish, rotate and plan workflows for the
                      repository you are in, and print the AWS and GitHub setup to run once
  preview             serve the site on this machine, as it will be deployed: secure-dist.yml,
                      the action's own sync and edge code, a local S3 server; no AWS account
  check               check secure-dist.yml and the workflows against each other, offline, and
                      show what a deploy would create
  bootstrap-template  print the bootstrap CloudFormation template (init's setup deploys it)

Run '${CLI_COMMAND} <command> --help' for a command's options.
Exit status: 0 done, 1 failed (every problem is listed), 2 usage error.
`;
var INIT_USAGE = `Usage: ${CLI_COMMAND} init [options]

Writes secure-dist.yml, .github/workflows/publish.yml, rotate.yml and plan.yml in the git
repository you are in, and prints the setup to run once: the bootstrap stack (AWS), the
environment and role variables (gh), the first run. The owner and repository come from the git
remote 'origin' (github.com, https or ssh). The passwords are made by the rotate workflow and
kept in AWS Secrets Manager: nobody types one.

Options:
  --stack-name NAME        base name of the stacks <NAME>-edge, <NAME>-site and <NAME>-bootstrap
                           (default: the repository name, lower case, at most 30 characters)
  --region REGION          region of the bucket and the site stack (default: eu-central-1)
  --content-dir DIR        the folder to publish (default: the first of content/, public/, site/,
                           dist/, docs/ that exists, else content)
  --edge lambda|function   the edge runtime: Lambda@Edge or CloudFront Functions (default: lambda)
  --users NAMES            who may log in, comma-separated (default: the repository owner)
  --branch BRANCH          the branch that publishes (default: origin's default branch, else the
                           current branch, else main)
  --repository OWNER/REPO  the GitHub repository, when origin is not a github.com URL
  --force                  overwrite the files if they exist (default: refuse, write nothing)
  -h, --help               this help
`;
var PREVIEW_USAGE = `Usage: ${CLI_COMMAND} preview [options]

Serves the site that secure-dist.yml describes on 127.0.0.1, as it will be deployed: its
content-dir published by the action's own sync into a local S3 server, every request through
the edge code the site runs (edge: lambda or function), with its users, access rules,
listings, realm, cache rules, share links and audit log. No AWS account, no network.

Passwords: one generated and printed for each user the file lists (one user 'sandbox' when it
lists none), or your own as 'user:password' lines in the environment variable BASIC_AUTH_USERS.

Options:
  --config FILE         the site file (default: secure-dist.yml)
  --port PORT           port on 127.0.0.1; 0 picks a free one (default: $PORT, else 8080)
  --watch, --no-watch   re-sync and invalidate when the content changes (default: on in a terminal)
  --exit-after SECONDS  stop after this long (default: run until Ctrl-C)
  --share-path KEY      what the printed share link opens, a file or a folder ending in /
                        (default: a published file; with share-links: true)
  --share-expires-in D  how long that link works, e.g. 1h, 5s (default: 1h)
  --audit-file FILE     append the audit lines (audit-log: true) to FILE, not the terminal
  -h, --help            this help
`;
var CHECK_USAGE = `Usage: ${CLI_COMMAND} check [options]

Checks, offline, the site file and the workflows that use the action (uses:
${ACTION_REPOSITORY}@\u2026 or ./): every problem of the file (file:line: key), each step's config,
inputs that moved into the file, the deploying jobs' id-token permission and environment, the
role variables, no password in plan jobs. Then prints what the workflows need from the
bootstrap stack (Environment, AllowedWorkflows, AllowPullRequestPlans,
AllowPullRequestPreviews), to compare with the stack's parameters, and what a deploy would
create. No AWS call, unless --bootstrap.

Options:
  --config FILE      the site file to check when no workflow names one (default: secure-dist.yml)
  --workflows DIR    the workflows folder (default: .github/workflows)
  --bootstrap        also read each site's bootstrap stack (<stack-name>-bootstrap in the site's
                     region, DescribeStacks with the AWS SDK's credentials): for a site with
                     previews, whether it has AllowPullRequestPreviews=true and the output
                     PreviewRoleArn, and the commands that add them
  -h, --help         this help
`;
var BOOTSTRAP_TEMPLATE_USAGE = `Usage: ${CLI_COMMAND} bootstrap-template

Prints the bootstrap CloudFormation template (cloudformation/bootstrap.yaml of this version),
for 'aws cloudformation deploy --template-file': the command init prints writes it to a file.

Options:
  -h, --help   this help
`;

// src/cli/main.ts
var HELP = { help: { type: "boolean", short: "h" } };
var str = (values, name) => {
  const v = values[name];
  return typeof v === "string" ? v : void 0;
};
function port(raw, from) {
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > 65535) {
    throw new UsageError(`${from}: expected a port number from 0 to 65535, got '${raw}'`);
  }
  return Number(raw);
}
function option(name, parse2) {
  try {
    return parse2();
  } catch (e) {
    throw new UsageError(`${name}: ${messageOf2(e).replace(/^`[\w-]+`: /, "")}`);
  }
}
var COMMANDS2 = {
  init: {
    usage: INIT_USAGE,
    options: {
      "stack-name": { type: "string" },
      region: { type: "string" },
      "content-dir": { type: "string" },
      edge: { type: "string" },
      users: { type: "string" },
      branch: { type: "string" },
      repository: { type: "string" },
      force: { type: "boolean" }
    },
    async run(values, ctx) {
      const lines2 = await initCommand(ctx.cwd, {
        stackName: str(values, "stack-name"),
        region: str(values, "region"),
        contentDir: str(values, "content-dir"),
        edge: str(values, "edge"),
        users: str(values, "users"),
        branch: str(values, "branch"),
        repository: str(values, "repository"),
        force: values.force === true
      });
      for (const line of lines2) ctx.io.out(line);
      return EXIT_OK;
    }
  },
  preview: {
    usage: PREVIEW_USAGE,
    options: {
      config: { type: "string" },
      port: { type: "string" },
      watch: { type: "boolean" },
      "exit-after": { type: "string" },
      "share-path": { type: "string" },
      "share-expires-in": { type: "string" },
      "audit-file": { type: "string" }
    },
    run(values, ctx) {
      const portOption = str(values, "port");
      const exitAfter = str(values, "exit-after");
      const seconds = exitAfter === void 0 ? void 0 : Number(exitAfter);
      if (seconds !== void 0 && !(Number.isFinite(seconds) && seconds > 0)) {
        throw new UsageError(
          `--exit-after: expected a number of seconds, got '${exitAfter ?? ""}'`
        );
      }
      const sharePath2 = str(values, "share-path");
      const watch2 = values.watch;
      return runPreview(
        {
          config: str(values, "config") ?? DEFAULT_CONFIG,
          port: portOption !== void 0 ? port(portOption, "--port") : port((ctx.env.PORT ?? "").trim() || "8080", "PORT (the environment variable)"),
          watch: typeof watch2 === "boolean" ? watch2 : ctx.isTTY,
          exitAfterSeconds: seconds,
          sharePath: sharePath2 === void 0 ? void 0 : option("--share-path", () => parseSharePath("share", sharePath2)),
          shareExpiresInSeconds: option(
            "--share-expires-in",
            () => parseDuration(str(values, "share-expires-in") ?? "1h")
          ),
          auditFile: str(values, "audit-file")
        },
        ctx
      );
    }
  },
  check: {
    usage: CHECK_USAGE,
    options: {
      config: { type: "string" },
      workflows: { type: "string" },
      bootstrap: { type: "boolean" }
    },
    async run(values, ctx) {
      const reader = values.bootstrap === true ? await bootstrapReader() : void 0;
      try {
        const report = await checkCommand(ctx.cwd, {
          config: str(values, "config") ?? DEFAULT_CONFIG,
          workflows: str(values, "workflows") ?? ".github/workflows",
          bootstrap: reader?.read
        });
        for (const line of report.lines) ctx.io.out(line);
        return report.problems === 0 ? EXIT_OK : EXIT_FAILED;
      } finally {
        reader?.destroy();
      }
    }
  },
  "bootstrap-template": {
    usage: BOOTSTRAP_TEMPLATE_USAGE,
    options: {},
    async run(_values, ctx) {
      ctx.io.out(EMBEDDED_TEMPLATES["bootstrap.yaml"].replace(/\n$/, ""));
      return EXIT_OK;
    }
  }
};
function usageErrorOf(verb, e) {
  const code = typeof e === "object" && e !== null && "code" in e ? e.code : void 0;
  const quoted = /'([^']+)'/.exec(messageOf2(e))?.[1] ?? "";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return new UsageError(`${verb}: unknown option ${quoted}`);
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return new UsageError(`${verb}: ${quoted.replace(/ <value>$/, "")} needs a value`);
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return new UsageError(`${verb}: unexpected argument '${quoted}'`);
    default:
      return new UsageError(`${verb}: ${messageOf2(e)}`);
  }
}
async function runCli(argv, ctx) {
  const { io } = ctx;
  const [verb, ...rest] = argv;
  if (verb === "--help" || verb === "-h" || verb === "help") {
    io.out(USAGE.trimEnd());
    return EXIT_OK;
  }
  const command = verb === void 0 ? void 0 : COMMANDS2[verb];
  if (verb === void 0 || command === void 0 || !Object.hasOwn(COMMANDS2, verb)) {
    io.err(
      verb === void 0 ? "secure-dist: a command is needed" : `secure-dist: unknown command '${verb}'`
    );
    io.err("");
    io.err(USAGE.trimEnd());
    return EXIT_USAGE;
  }
  try {
    let values;
    try {
      values = (0, import_node_util2.parseArgs)({
        args: [...rest],
        options: { ...command.options, ...HELP },
        strict: true,
        allowPositionals: false,
        allowNegative: true
      }).values;
    } catch (e) {
      throw usageErrorOf(verb, e);
    }
    if (values.help === true) {
      io.out(command.usage.trimEnd());
      return EXIT_OK;
    }
    return await command.run(values, ctx);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`secure-dist ${e.message.startsWith(`${verb}: `) ? "" : `${verb}: `}${e.message}`);
      io.err(`(see ${CLI_COMMAND} ${verb} --help)`);
      return EXIT_USAGE;
    }
    io.err(`secure-dist ${verb}: ${messageOf2(e)}`);
    return EXIT_FAILED;
  }
}

// src/cli/index.ts
var here = import_node_path13.default.dirname((0, import_node_url.fileURLToPath)(import.meta.url));
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  io: {
    out: (line) => process.stdout.write(`${line}
`),
    err: (line) => process.stderr.write(`${line}
`)
  },
  isTTY: process.stdout.isTTY === true,
  s3ServerScript: import_node_path13.default.join(here, "..", "s3-server", "index.mjs"),
  handleSignals: true
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(
      `secure-dist: ${e instanceof Error ? e.stack ?? e.message : String(e)}
`
    );
    process.exitCode = 1;
  }
);
/*! Bundled license information:

chokidar/index.js:
  (*! chokidar - MIT License (c) 2012 Paul Miller (paulmillr.com) *)
*/
