import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  CONFIG_TAG
} from "./chunk-OZHE6KR6.js";

// src/site/deployed.ts
function deployedConfig(site, stack) {
  if (stack === void 0) return { state: "not-deployed" };
  const deployed = stack.tags[CONFIG_TAG];
  if (deployed === void 0) return { state: "unrecorded" };
  return deployed === site.fingerprint ? { state: "same" } : { state: "differs", deployed };
}
function configNote(site, config, consequence) {
  const stack = `${site.stackName}-site`;
  if (config.state === "differs") {
    return `${site.file} at this commit differs from the one \`${stack}\` was last deployed with (${CONFIG_TAG} ${config.deployed.slice(0, 12)}, this file ${site.fingerprint.slice(0, 12)}): ${consequence}`;
  }
  if (config.state === "unrecorded") {
    return `\`${stack}\` does not record the site file it was deployed with (tag ${CONFIG_TAG}; deployed before ${site.file}), so it cannot be compared with this one: the next deploy records it`;
  }
  return void 0;
}

export {
  deployedConfig,
  configNote
};
