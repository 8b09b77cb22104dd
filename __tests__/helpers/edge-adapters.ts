/**
 * The two edge runtimes behind one interface, for the conformance suite
 * (edge-conformance.test.ts): each adapter deploys the same users, realm and access rules its
 * own way and answers viewer requests (and runs responses through its viewer-response trigger),
 * and every answer is reduced to one runtime-neutral outcome. Lambda@Edge: buildEdgeConfig → renderEdgeCode → loadHandlerFromSource. CloudFront
 * Functions: buildStoreEntries (the KeyValueStore) + renderFunctionCode (realm and pepper) and
 * renderResponseFunctionCode (`trusted-pages`, the viewer-response function) →
 * loadFunctionFromSource (the cloudfront-js-2.0 emulation).
 */
import { buildEdgeConfig, loadHandlerFromSource, renderEdgeCode } from '../../src/edge/config.js';
import type { AccessRule } from '../../src/edge/core/index.js';
import {
  isGeneratedResponse,
  viewerRequestEvent,
  viewerResponseEvent,
  type ViewerRequestOptions,
  type ViewerResponseOptions,
} from '../../src/edge/events.js';
import {
  loadFunctionFromSource,
  localKeyValueStore,
  type LocalKeyValueStore,
} from '../../src/edge/function/emulator.js';
import {
  functionViewerRequestEvent,
  functionViewerResponseEvent,
  isFunctionResponse,
  type FunctionValues,
} from '../../src/edge/function/events.js';
import { njsFunction } from '../../src/edge/function/njs.js';
import { needs, type Tool } from './prerequisites.js';
import { renderFunctionCode, renderResponseFunctionCode } from '../../src/edge/function/render.js';
import { buildStoreEntries, generatePepper } from '../../src/edge/function/store.js';

export type Outcome =
  | {
      kind: 'forward';
      uri: string;
      method: string;
      querystring: string;
      /** Header name (lower case) ⇒ values. */
      headers: Record<string, string[]>;
    }
  | { kind: 'respond'; status: number; headers: Record<string, string[]>; body: string };

export interface Deployment {
  realm: string;
  users: { user: string; password: string; expires?: number }[];
  access?: AccessRule[];
  /** Epoch milliseconds the edge sees. */
  now?: () => number;
  /** `trusted-pages` (src/edge/core/content-policy.ts). */
  trustedPages?: boolean;
}

/** A response after the viewer-response trigger: its status and headers (lower case ⇒ values). */
export interface ViewerResponse {
  status: number;
  headers: Record<string, string[]>;
}

export interface Site {
  send(options: ViewerRequestOptions): Promise<Outcome>;
  /** A response from the cache or the origin through the viewer-response trigger. */
  respond(options: ViewerResponseOptions): Promise<ViewerResponse>;
}

export interface Adapter {
  readonly name: 'lambda' | 'function' | 'function under njs';
  /** The system tool the adapter runs on, if any (helpers/prerequisites.ts). */
  readonly needs?: Tool;
  deploy(deployment: Deployment): Site;
}

export const lambdaAdapter: Adapter = {
  name: 'lambda',
  deploy(deployment) {
    const config = buildEdgeConfig({
      scope: 'conformance',
      realm: deployment.realm,
      users: deployment.users,
      access: deployment.access,
      trustedPages: deployment.trustedPages,
    });
    const handler = loadHandlerFromSource(
      renderEdgeCode(config),
      deployment.now ? { now: deployment.now } : {},
    );
    return {
      async send(options) {
        const result = await handler(viewerRequestEvent(options));
        const headers: Record<string, string[]> = {};
        for (const [name, values] of Object.entries(result.headers ?? {})) {
          headers[name] = values.map((v) => v.value);
        }
        if (isGeneratedResponse(result)) {
          return {
            kind: 'respond',
            status: Number(result.status),
            headers,
            body: result.body ?? '',
          };
        }
        return {
          kind: 'forward',
          uri: result.uri,
          method: result.method,
          querystring: result.querystring,
          headers,
        };
      },
      async respond(options) {
        const result = await handler(viewerResponseEvent(options));
        if (!isGeneratedResponse(result)) throw new Error('viewer-response returned a request');
        const headers: Record<string, string[]> = {};
        for (const [name, values] of Object.entries(result.headers ?? {})) {
          headers[name] = values.map((v) => v.value);
        }
        return { status: Number(result.status), headers };
      },
    };
  },
};

function valuesOf(values: FunctionValues): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, v] of Object.entries(values)) {
    out[name] = v.multiValue ? v.multiValue.map((m) => m.value) : [v.value];
  }
  return out;
}

export interface FunctionSite extends Site {
  readonly store: LocalKeyValueStore;
  readonly code: string;
  readonly pepper: string;
}

/**
 * Deploys the CloudFront Functions runtime, keeping its store and code for the tests; runs it
 * under the cloudfront-js-2.0 emulation, or with `engine: 'njs'` under nginx's njs.
 */
export function deployFunction(
  deployment: Deployment,
  pepper = generatePepper(),
  engine: 'emulation' | 'njs' = 'emulation',
): FunctionSite {
  const store = localKeyValueStore(
    buildStoreEntries({
      scope: 'conformance',
      pepper,
      users: deployment.users,
      access: deployment.access,
      // The suite shares its credentials with the Lambda runtime, some short on purpose (RFC
      // examples); the 128-bit rule itself is tested in edge-function-store.test.ts.
      requireStrongPasswords: false,
    }),
  );
  const code = renderFunctionCode({ realm: deployment.realm, pepper });
  const responseCode = renderResponseFunctionCode({ trustedPages: deployment.trustedPages });
  const load = (source: string) =>
    engine === 'njs'
      ? njsFunction(source, store, deployment.now, needs('njs').executable)
      : loadFunctionFromSource(source, {
          store,
          ...(deployment.now ? { now: deployment.now } : {}),
        });
  const handler = load(code);
  const responseHandler = load(responseCode);
  return {
    store,
    code,
    pepper,
    async send(options) {
      const result = await handler(functionViewerRequestEvent(options));
      if (isFunctionResponse(result)) {
        return {
          kind: 'respond',
          status: result.statusCode,
          headers: valuesOf(result.headers ?? {}),
          body: result.body?.data ?? '',
        };
      }
      const query: string[] = [];
      for (const [name, values] of Object.entries(valuesOf(result.querystring))) {
        for (const value of values) query.push(value === '' ? name : `${name}=${value}`);
      }
      return {
        kind: 'forward',
        uri: result.uri,
        method: result.method,
        querystring: query.join('&'),
        headers: valuesOf(result.headers),
      };
    },
    async respond(options) {
      const result = await responseHandler(functionViewerResponseEvent(options));
      if (!isFunctionResponse(result)) throw new Error('viewer-response returned a request');
      return { status: result.statusCode, headers: valuesOf(result.headers ?? {}) };
    },
  };
}

export const functionAdapter: Adapter = {
  name: 'function',
  deploy: (deployment) => deployFunction(deployment),
};

/** The same function under njs, the engine CloudFront Functions' runtime comes from. */
export const njsAdapter: Adapter = {
  name: 'function under njs',
  needs: 'njs',
  deploy: (deployment) => deployFunction(deployment, generatePepper(), 'njs'),
};

export const ADAPTERS: readonly Adapter[] = [lambdaAdapter, functionAdapter, njsAdapter];
