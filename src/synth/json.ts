/** Plain JSON values: what a CloudFormation template is once its YAML short forms are expanded. */
export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

export function isJsonObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path` (object keys and array indexes), or undefined when any step is missing. */
export function jsonAt(value: Json | undefined, ...path: (string | number)[]): Json | undefined {
  let current = value;
  for (const step of path) {
    if (typeof step === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[step];
    } else {
      if (!isJsonObject(current)) return undefined;
      current = Object.hasOwn(current, step) ? current[step] : undefined;
    }
  }
  return current;
}

/** The object at `path`; throws naming the path when it is missing or not an object. */
export function objectAt(value: Json | undefined, ...path: (string | number)[]): JsonObject {
  const found = jsonAt(value, ...path);
  if (!isJsonObject(found)) throw new Error(`expected an object at ${path.join('.')}`);
  return found;
}

/** Deep copy (templates are mutated while rendering; the parsed original stays untouched). */
export function cloneJson<T extends Json>(value: T): T {
  return structuredClone(value);
}
