/**
 * A template's parameters and Conditions as CloudFormation evaluates them for given parameter
 * values: each value (or its default), the Conditions (Fn::Equals, Fn::Not, Fn::And, Fn::Or,
 * Condition), and what CloudFormation refuses before creating anything (an undeclared or
 * missing parameter, a value outside AllowedValues or AllowedPattern, a failing Rules
 * assertion). Used by the CLI (`init` checks the bootstrap parameters it prints, `check` lists
 * the resources a rendered stack creates) and by the tests' IAM evaluation.
 */
import { isJsonObject, jsonAt, objectAt, type Json } from './json.js';
import type { Template } from './template.js';

const asList = (value: Json | undefined): Json[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

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
): Record<string, boolean> {
  const { condition } = conditionTest(template, parameterValues(template, parameters));
  const names = Object.keys(isJsonObject(template.Conditions) ? template.Conditions : {});
  return Object.fromEntries(names.map((name) => [name, condition(name)]));
}

/**
 * What CloudFormation would refuse before creating anything: a parameter it does not declare,
 * a required one missing, a value outside AllowedValues, AllowedPattern, MinLength or MaxLength,
 * and every Rules assertion that fails (its AssertDescription).
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
    const maxLength = jsonAt(parameter, 'MaxLength');
    if (typeof maxLength === 'number' && value.length > maxLength) {
      problems.push(`${name}: '${value}' is longer than ${maxLength} characters`);
    }
    const minLength = jsonAt(parameter, 'MinLength');
    if (typeof minLength === 'number' && value.length < minLength) {
      problems.push(`${name}: '${value}' is shorter than ${minLength} characters`);
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
