/**
 * What the runner gives the action for one step, in the tests that run the bundle as a process:
 * `INPUT_<NAME>` for each run input (upper case, hyphens kept, as the runner names them), and the
 * site settings among the same values written into the workspace as the site file the step
 * names (`config`, default secure-dist.yml). A string setting 'true'/'false' is a YAML boolean
 * there and a whole number a YAML number, as a person writes them; `users` and `exclude` may be
 * comma lists; other values go in as they are. Without `users`, the file lists the users of
 * `basic-auth-users`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { SITE_SETTINGS } from '../../src/site/validate.generated.js';

const isSetting = (name: string): boolean =>
  name === 'users' || SITE_SETTINGS.some((s) => s === name);

function yamlValue(name: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (name === 'users' || name === 'exclude')
    return value
      .split(/[,\n]/)
      .map((v) => v.trim())
      .filter((v) => v !== '');
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/** The site file's settings among `values`, as the file holds them. */
export function siteSettings(values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const settings: Record<string, unknown> = Object.fromEntries(
    Object.entries(values)
      .filter(([k]) => isSetting(k))
      .map(([k, v]) => [k, yamlValue(k, v)]),
  );
  const users = values['basic-auth-users'];
  if (settings.users === undefined && typeof users === 'string' && users !== '') {
    settings.users = users
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => l.slice(0, l.indexOf(':')).trim());
  }
  return settings;
}

/** Writes the site file into `workspace`; returns the INPUT_* variables of the run inputs. */
export function actionInputs(
  workspace: string,
  values: Readonly<Record<string, unknown>>,
): Record<string, string> {
  const config = typeof values.config === 'string' ? values.config : 'secure-dist.yml';
  writeFileSync(path.join(workspace, config), stringify(siteSettings(values)));
  return Object.fromEntries(
    Object.entries(values)
      .filter(([k]) => !isSetting(k))
      .map(([k, v]) => [`INPUT_${k.toUpperCase()}`, String(v)]),
  );
}
