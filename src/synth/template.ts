/**
 * CloudFormation YAML ⇒ plain JSON. The short forms (`!Ref`, `!Sub`, `!GetAtt`, …) are read with
 * the `yaml` package's custom tags and expanded to the long JSON form CloudFormation itself
 * uses (`{ "Ref": … }`, `{ "Fn::GetAtt": [ … ] }`), so a rendered template is exactly what
 * `TemplateBody` carries.
 */
import { readFileSync } from 'node:fs';
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type CollectionTag,
  type ScalarTag,
} from 'yaml';
import { isJsonObject, type Json, type JsonObject } from './json.js';

/** A parsed template: a JSON object with at least a `Resources` mapping. */
export type Template = JsonObject;

type Kind = 'scalar' | 'seq' | 'map';

interface Intrinsic {
  /** The long-form key (`Ref`, `Condition`, `Fn::Join`, …). */
  readonly key: string;
  /** Node kinds the short form accepts. */
  readonly kinds: readonly Kind[];
  /** For list forms: how many items (inclusive range). */
  readonly items?: readonly [number, number];
}

const INTRINSICS: Readonly<Record<string, Intrinsic>> = {
  Ref: { key: 'Ref', kinds: ['scalar'] },
  Condition: { key: 'Condition', kinds: ['scalar'] },
  GetAtt: { key: 'Fn::GetAtt', kinds: ['scalar', 'seq'], items: [2, 2] },
  Sub: { key: 'Fn::Sub', kinds: ['scalar', 'seq'], items: [1, 2] },
  Join: { key: 'Fn::Join', kinds: ['seq'], items: [2, 2] },
  Select: { key: 'Fn::Select', kinds: ['seq'], items: [2, 2] },
  Split: { key: 'Fn::Split', kinds: ['seq'], items: [2, 2] },
  If: { key: 'Fn::If', kinds: ['seq'], items: [3, 3] },
  Equals: { key: 'Fn::Equals', kinds: ['seq'], items: [2, 2] },
  Not: { key: 'Fn::Not', kinds: ['seq'], items: [1, 1] },
  And: { key: 'Fn::And', kinds: ['seq'], items: [2, 10] },
  Or: { key: 'Fn::Or', kinds: ['seq'], items: [2, 10] },
  FindInMap: { key: 'Fn::FindInMap', kinds: ['seq'], items: [3, 4] },
  Base64: { key: 'Fn::Base64', kinds: ['scalar', 'map'] },
  Cidr: { key: 'Fn::Cidr', kinds: ['seq'], items: [3, 3] },
  ImportValue: { key: 'Fn::ImportValue', kinds: ['scalar', 'map'] },
  GetAZs: { key: 'Fn::GetAZs', kinds: ['scalar', 'map'] },
};

/** Every short form, registered for scalars, sequences and mappings; shapes are checked below. */
function customTags(): (ScalarTag | CollectionTag)[] {
  const tags: (ScalarTag | CollectionTag)[] = [];
  for (const name of Object.keys(INTRINSICS)) {
    const tag = `!${name}`;
    tags.push({ tag, resolve: (value: string) => value });
    tags.push({ tag, collection: 'seq' });
    tags.push({ tag, collection: 'map' });
  }
  return tags;
}

/** Parse template text (YAML or JSON); `source` names the file in errors. */
export function parseTemplate(text: string, source: string): Template {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    customTags: customTags(),
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const problems = [...doc.errors, ...doc.warnings];
  const first = problems[0];
  if (first !== undefined) {
    const { line, col } = lineCounter.linePos(first.pos[0]);
    throw new Error(`${source}:${line}:${col}: ${first.message}`);
  }
  const where = (node: { range?: [number, number, number] | null | undefined }): string => {
    const offset = node.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return `${source}:${line}:${col}`;
  };

  const convert = (node: unknown): Json => {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      throw new Error(
        `${where(node)}: YAML aliases (*${node.source}) are not supported by CloudFormation`,
      );
    }
    if (isScalar(node)) {
      const value = node.value;
      let json: Json;
      if (value === null || typeof value === 'string' || typeof value === 'boolean') json = value;
      else if (typeof value === 'number' && Number.isFinite(value)) json = value;
      else throw new Error(`${where(node)}: unsupported scalar ${String(node.source)}`);
      return node.tag === undefined ? json : intrinsic(node.tag, 'scalar', json, where(node));
    }
    if (isSeq(node)) {
      const json = node.items.map((item) => convert(item));
      return node.tag === undefined ? json : intrinsic(node.tag, 'seq', json, where(node));
    }
    if (isMap(node)) {
      const json: JsonObject = {};
      for (const pair of node.items) {
        const key = pair.key;
        if (!isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) {
          throw new Error(`${where(node)}: mapping keys must be plain strings`);
        }
        const name = String(key.value);
        if (name === '__proto__') throw new Error(`${where(key)}: '__proto__' is not a valid key`);
        json[name] = convert(pair.value);
      }
      return node.tag === undefined ? json : intrinsic(node.tag, 'map', json, where(node));
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

function intrinsic(tag: string, kind: Kind, value: Json, where: string): Json {
  // Standard YAML tags (`!!str`, …) keep their plain meaning.
  if (tag.startsWith('tag:yaml.org,2002:')) return value;
  const name = tag.startsWith('!') ? tag.slice(1) : tag;
  const fn = Object.hasOwn(INTRINSICS, name) ? INTRINSICS[name] : undefined;
  if (fn === undefined) throw new Error(`${where}: unknown tag ${tag}`);
  if (!fn.kinds.includes(kind)) {
    throw new Error(`${where}: ${tag} takes ${fn.kinds.join(' or ')}, not a ${kind}`);
  }
  if (name === 'GetAtt' && typeof value === 'string') {
    // `!GetAtt Resource.Attribute`: the attribute itself may contain dots.
    const dot = value.indexOf('.');
    if (dot <= 0 || dot === value.length - 1) {
      throw new Error(`${where}: !GetAtt expects 'Resource.Attribute', got '${value}'`);
    }
    return { [fn.key]: [value.slice(0, dot), value.slice(dot + 1)] };
  }
  if ((name === 'Ref' || name === 'Condition') && (typeof value !== 'string' || value === '')) {
    throw new Error(`${where}: ${tag} expects a name`);
  }
  if (Array.isArray(value) && fn.items !== undefined) {
    const [min, max] = fn.items;
    if (value.length < min || value.length > max) {
      const expected = min === max ? `${min}` : `${min} to ${max}`;
      throw new Error(`${where}: ${tag} expects a list of ${expected} items, got ${value.length}`);
    }
  }
  return { [fn.key]: value };
}

/** Read and parse a template file. */
export function loadTemplate(path: string): Template {
  return parseTemplate(readFileSync(path, 'utf8'), path);
}
