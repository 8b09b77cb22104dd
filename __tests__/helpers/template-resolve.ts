/**
 * CloudFormation intrinsics resolved with sample values, for tests that evaluate what a template
 * renders to (policies, names, ARNs): Ref, Fn::GetAtt, Fn::Sub, Fn::Join, Fn::Split,
 * Fn::Select, Fn::If and AWS::NoValue, and the Conditions section (Fn::Equals, Fn::Not,
 * Fn::And, Fn::Or, Condition) for given parameter values.
 */
import { isJsonObject, type Json, type JsonObject } from '../../src/synth/json.js';
export {
  evaluateConditions,
  parameterProblems,
  parameterValues,
} from '../../src/synth/conditions.js';

export interface Scope {
  refs: Record<string, string>;
  attrs: Record<string, string>;
  conditions: Record<string, boolean>;
}

const NO_VALUE = Symbol('AWS::NoValue');
type Resolved = Json | typeof NO_VALUE;

export const asList = (value: Json | undefined): Json[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
export const strings = (value: Json | undefined): string[] =>
  asList(value).filter((v): v is string => typeof v === 'string');

function resolve(value: Json, scope: Scope): Resolved {
  if (Array.isArray(value)) {
    return value.map((v) => resolve(v, scope)).filter((v): v is Json => v !== NO_VALUE);
  }
  if (!isJsonObject(value)) return value;
  const keys = Object.keys(value);
  const [fn] = keys;
  if (keys.length === 1 && fn !== undefined) {
    const args = value[fn] ?? null;
    const lookup = (table: Record<string, string>, name: string): string => {
      const found = table[name];
      if (found === undefined) throw new Error(`no sample value for ${name}`);
      return found;
    };
    switch (fn) {
      case 'Ref':
        if (args === 'AWS::NoValue') return NO_VALUE;
        return lookup(scope.refs, String(args));
      case 'Fn::GetAtt':
        return lookup(scope.attrs, strings(args).join('.'));
      case 'Fn::Sub': {
        const text = Array.isArray(args) ? args[0] : args;
        if (typeof text !== 'string') throw new Error('Fn::Sub without a string');
        const variables: Record<string, string> = {};
        const map = Array.isArray(args) ? args[1] : undefined;
        for (const [name, item] of Object.entries(isJsonObject(map) ? map : {})) {
          variables[name] = String(resolved(item, scope));
        }
        return text.replace(
          /\$\{([^}!][^}]*)\}/g,
          (_m, name: string) =>
            variables[name] ??
            (name.includes('.') && !name.startsWith('AWS::')
              ? lookup(scope.attrs, name)
              : lookup(scope.refs, name)),
        );
      }
      case 'Fn::Split': {
        const [separator, source] = asList(args);
        return String(resolved(source ?? '', scope)).split(String(separator));
      }
      case 'Fn::Select': {
        const [index, list] = asList(args);
        const items = resolved(list ?? [], scope);
        const item = Array.isArray(items) ? items[Number(resolved(index ?? 0, scope))] : undefined;
        if (item === undefined) throw new Error(`Fn::Select: no item ${String(index)}`);
        return item;
      }
      case 'Fn::If': {
        const [name, then, otherwise] = asList(args);
        const chosen = scope.conditions[String(name)] === true ? then : otherwise;
        return resolve(chosen ?? null, scope);
      }
      case 'Fn::Join': {
        const [separator, items] = asList(args);
        const parts = resolve(items ?? [], scope);
        return Array.isArray(parts) ? parts.map(String).join(String(separator)) : '';
      }
    }
  }
  const out: JsonObject = {};
  for (const [key, item] of Object.entries(value)) {
    const result = resolve(item, scope);
    if (result !== NO_VALUE) out[key] = result;
  }
  return out;
}

/** `value` with every intrinsic replaced; throws when it is AWS::NoValue itself. */
export function resolved(value: Json | undefined, scope: Scope): Json {
  const result = resolve(value ?? null, scope);
  if (result === NO_VALUE) throw new Error('resolved to AWS::NoValue');
  return result;
}
