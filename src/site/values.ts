/**
 * The value parsers shared by the site file (src/site/) and the run inputs (src/run/):
 * durations, `max-delete`, `rate-limit`. Pure. Each throws an `Error` whose message says what
 * is wrong with the value and what is allowed, without naming where it came from: the caller
 * names the setting (`secure-dist.yml:7: stack-timeout: …`) or the input (`` `since`: … ``).
 */

export type MaxDelete =
  | { readonly kind: 'count'; readonly count: number }
  | { readonly kind: 'percent'; readonly percent: number };

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

export interface DurationRules {
  /** `0` is a duration (default: refused). */
  readonly allowZero?: boolean;
  /** The longest duration (default: 30 days). */
  readonly maxSeconds?: number;
}

/** `90`, `90s`, `15m`, `1h`, `1h30m`, `2d` ⇒ seconds; a YAML number is seconds. */
export function parseDuration(raw: string | number, rules: DurationRules = {}): number {
  const value = String(raw).trim();
  const maxSeconds = rules.maxSeconds ?? 30 * 86400;
  let seconds: number;
  if (/^\d+$/.test(value)) {
    seconds = Number(value);
  } else if (/^(\d+[smhd])+$/.test(value)) {
    seconds = 0;
    for (const m of value.matchAll(/(\d+)([smhd])/g))
      seconds += Number(m[1]) * (UNIT_SECONDS[m[2] ?? 's'] ?? 1);
  } else {
    throw new Error(`expected a duration such as 90s, 15m, 1h or 1h30m, got '${value}'`);
  }
  if (rules.allowZero !== true && seconds === 0) throw new Error('must be longer than zero');
  if (seconds > maxSeconds)
    throw new Error(`must be at most ${maxSeconds / 86400}d, got '${value}'`);
  return seconds;
}

/** `max-delete`: a count (`100`) or a percentage of the bucket (`50%`, at most 100%). */
export function parseMaxDelete(raw: string | number): MaxDelete {
  const value = String(raw).trim();
  const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(value);
  if (pct) {
    const percent = Number(pct[1]);
    if (percent > 100) throw new Error(`a percentage must be at most 100%, got '${value}'`);
    return { kind: 'percent', percent };
  }
  if (/^\d+$/.test(value)) return { kind: 'count', count: Number(value) };
  throw new Error(`expected a count or a percentage, got '${value}'`);
}

/** `rate-limit` when it is not set: see docs/security.md ("Rate limiting"). */
export const DEFAULT_RATE_LIMIT = 1000;
/** AWS WAF's bounds for a rate-based rule's limit (the lowest is 10). */
export const RATE_LIMIT_MIN = 10;
export const RATE_LIMIT_MAX = 2_000_000_000;

/** Requests per 5 minutes per IP address; `0` or `off` = no rate limiting. */
export function parseRateLimit(raw: string | number): number {
  const value = String(raw).trim();
  if (value === '') return DEFAULT_RATE_LIMIT;
  if (value === 'off' || value === '0') return 0;
  if (!/^\d+$/.test(value)) {
    throw new Error(
      `expected requests per 5 minutes per IP address (${RATE_LIMIT_MIN} to ${RATE_LIMIT_MAX}), or 0/off, got '${value}'`,
    );
  }
  const n = Number(value);
  if (n < RATE_LIMIT_MIN || n > RATE_LIMIT_MAX) {
    throw new Error(
      `AWS WAF accepts ${RATE_LIMIT_MIN} to ${RATE_LIMIT_MAX} requests per 5 minutes (or 0/off to turn it off), got ${n}`,
    );
  }
  return n;
}

/**
 * An expiry (`expires` of an automation token) as epoch seconds: a date (`2027-01-31`, its
 * first instant in UTC) or a time with its zone (`2027-01-31T12:00:00Z`, `…+02:00`); a time
 * without a zone is refused (whose clock?), as is a date that does not exist (`2027-02-30`).
 */
export function parseExpiry(raw: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2}))?$/.exec(
    raw,
  );
  const ms = m === null ? NaN : Date.parse(m[4] === undefined ? `${raw}T00:00:00Z` : raw);
  const day = m === null ? '' : `${m[1]}-${m[2]}-${m[3]}`;
  // Date.parse rolls 2027-02-30 over to March: the day must read back as written.
  const exists =
    !Number.isNaN(ms) && new Date(Date.parse(`${day}T00:00:00Z`)).toISOString().startsWith(day);
  const clock =
    m?.[4] === undefined || (Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6] ?? 0) < 60);
  if (m === null || !exists || !clock) {
    throw new Error(
      `'${raw}' is not a date (2027-01-31) or a time with its zone (2027-01-31T12:00:00Z)`,
    );
  }
  return Math.floor(ms / 1000);
}
