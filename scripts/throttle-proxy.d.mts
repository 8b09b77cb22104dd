import type { IncomingMessage } from 'node:http';

export interface ProxyLogEntry {
  readonly method: string | undefined;
  readonly path: string | undefined;
  /** 503 for a SlowDown answer, else the server's status (0 while in flight). */
  readonly status: number;
  readonly start: number;
  readonly end: number;
  /** Requests in flight at the proxy when this one arrived. */
  readonly inFlight: number;
}

export interface ThrottleProxy {
  readonly endpoint: string;
  readonly port: number;
  readonly counts: {
    readonly requests: number;
    readonly throttled: number;
    readonly reset: number;
  };
  readonly log: readonly ProxyLogEntry[];
  stop(): Promise<void>;
}

export interface ThrottleProxyOptions {
  /** The S3 server, `http://127.0.0.1:PORT`. */
  readonly target: string;
  /** Share of requests answered 503 SlowDown (0..1). */
  readonly share?: number;
  readonly seed?: number;
  /** Decides instead of `share` (n counts requests from 1). */
  readonly throttle?: (request: IncomingMessage, n: number) => boolean;
  /** Share of the other requests whose connection is destroyed after the server answered. */
  readonly resetShare?: number;
  /** Decides instead of `resetShare`. */
  readonly reset?: (request: IncomingMessage, n: number) => boolean;
  readonly maxSeconds?: number;
}

export function startThrottleProxy(options: ThrottleProxyOptions): Promise<ThrottleProxy>;
export function slowDownBody(resource: string, requestId: string): string;
