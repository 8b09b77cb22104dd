import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  userNameProblem
} from "./chunk-K5URBFBM.js";

// src/run/input-error.ts
var InputError = class extends Error {
  constructor(input, message) {
    super(`\`${input}\`: ${message}`);
    this.input = input;
    this.name = "InputError";
  }
  input;
};
function envInputSource(env = process.env) {
  return (name) => env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`];
}
function inputValue(input, parse) {
  try {
    return parse();
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(input, e instanceof Error ? e.message : String(e));
  }
}

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
    const problem = userNameProblem(user);
    if (problem !== void 0) throw new InputError(input, `'${entry}': ${problem}`);
    if (!users.includes(user)) users.push(user);
  }
  return { kind: "users", users };
}

export {
  InputError,
  envInputSource,
  inputValue,
  END_NO_SESSIONS,
  parseEndSessions
};
