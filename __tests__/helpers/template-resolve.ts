/**
 * CloudFormation intrinsics resolved with sample values, for tests that evaluate what a template
 * renders to (policies, names, ARNs): Ref, Fn::GetAtt, Fn::Sub, Fn::Join, Fn::Split,
 * Fn::Select, Fn::If and AWS::NoValue, and the Conditions section (Fn::Equals, Fn::Not,
 * Fn::And, Fn::Or, Condition) for given parameter values.
 */
import {
  isJsonObject,
  jsonAt,
  objectAt,
  type Json,
  type JsonObject,
} from '../../src/synth/json.js';
import type { Template } from '../../src/synth/template.js';

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

/** Parameter values as CloudFormation sees them: the given ones, else each default. */
export function parameterValues(
  template: Template,
  parameters: Readonly<Record<string, string>>,
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, parameter] of Object.entries(objectAt(template, 'Parameters'))) {
    const fallback = jsonAt(parameter, 'Default');
    const value =
      parameters[name] ??
      (typeof fallback === 'string' || typeof fallback === 'number' ? String(fallback) : undefined);
    if (value !== undefined) values[name] = value;
  }
  return values;
}

/**
 * The condition functions (Fn::Equals, Fn::Not, Fn::And, Fn::Or, Condition) over parameter
 * values, with the template's named Conditions evaluated on demand.
 */
function conditionTest(
  template: Template,
  values: Readonly<Record<string, string>>,
): { test: (node: Json) => boolean; condition: (name: string) => boolean } {
  const definitions = isJsonObject(template.Conditions) ? template.Conditions : {};
  const results: Record<string, boolean> = {};
  const value = (node: Json): string => {
    if (typeof node === 'string' || typeof node === 'number') return String(node);
    const ref = jsonAt(node, 'Ref');
    if (typeof ref === 'string' && values[ref] !== undefined) return values[ref];
    throw new Error(`cannot evaluate ${JSON.stringify(node)}`);
  };
  const test = (node: Json): boolean => {
    const [fn] = Object.keys(isJsonObject(node) ? node : {});
    const args = asList(jsonAt(node, fn ?? ''));
    switch (fn) {
      case 'Fn::Equals':
        return value(args[0] ?? null) === value(args[1] ?? null);
      case 'Fn::Not':
        return !test(args[0] ?? null);
      case 'Fn::And':
        return args.every(test);
      case 'Fn::Or':
        return args.some(test);
      case 'Condition':
        return condition(String(jsonAt(node, 'Condition')));
    }
    throw new Error(`cannot evaluate ${JSON.stringify(node)}`);
  };
  const condition = (name: string): boolean => {
    results[name] ??= test(definitions[name] ?? null);
    return results[name];
  };
  return { test, condition };
}

/** Evaluate a template's Conditions for parameter values (defaults filled in). */
export function evaluateConditions(
  template: Template,
  parameters: Readonly<Record<string, string>>,
): Scope['conditions'] {
  const { condition } = conditionTest(template, parameterValues(template, parameters));
  const names = Object.keys(isJsonObject(template.Conditions) ? template.Conditions : {});
  return Object.fromEntries(names.map((name) => [name, condition(name)]));
}

/**
 * What CloudFormation would refuse before creating anything: a parameter it does not declare,
 * a required one missing, a value outside AllowedValues or AllowedPattern, and every Rules
 * assertion that fails (its AssertDescription).
 */
export function parameterProblems(
  template: Template,
  parameters: Readonly<Record<string, string>>,
): string[] {
  const declared = objectAt(template, 'Parameters');
  const problems: string[] = [];
  for (const name of Object.keys(parameters)) {
    if (!Object.hasOwn(declared, name)) problems.push(`${name}: not a parameter of the template`);
  }
  const values = parameterValues(template, parameters);
  for (const [name, parameter] of Object.entries(declared)) {
    const value = values[name];
    if (value === undefined) {
      problems.push(`${name}: required, no default`);
      continue;
    }
    const allowed = jsonAt(parameter, 'AllowedValues');
    if (Array.isArray(allowed) && !allowed.map(String).includes(value)) {
      problems.push(`${name}: '${value}' is not one of ${allowed.map(String).join(', ')}`);
    }
    const pattern = jsonAt(parameter, 'AllowedPattern');
    // CloudFormation matches the whole value against AllowedPattern.
    if (typeof pattern === 'string' && !new RegExp(`^(?:${pattern})$`).test(value)) {
      problems.push(`${name}: '${value}' does not match ${pattern}`);
    }
  }
  const { test } = conditionTest(template, values);
  for (const rule of Object.values(isJsonObject(template.Rules) ? template.Rules : {})) {
    const when = jsonAt(rule, 'RuleCondition');
    if (when !== undefined && !test(when)) continue;
    for (const assertion of asList(jsonAt(rule, 'Assertions'))) {
      if (!test(jsonAt(assertion, 'Assert') ?? null)) {
        problems.push(String(jsonAt(assertion, 'AssertDescription') ?? 'a rule fails'));
      }
    }
  }
  return problems;
}
