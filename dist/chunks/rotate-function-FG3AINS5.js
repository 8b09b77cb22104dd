import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  generateAcceptedPassword,
  loadPasswordStrength,
  writeUsersToStore
} from "./chunk-KJGFZ7XS.js";
import "./chunk-G4J3SGDI.js";
import {
  generatePassword,
  rotateCommand
} from "./chunk-NACYOFZD.js";
import "./chunk-LNAKOLWH.js";
import "./chunk-BLIXWCCM.js";
import "./chunk-JQU4YPGZ.js";
import "./chunk-NFHBT35A.js";
import "./chunk-K2FH5ZTW.js";
import "./chunk-MYOD7Q3R.js";
import "./chunk-AS6KOWFD.js";
import {
  findStack
} from "./chunk-MGAK7Q3W.js";
import "./chunk-IT4OAERR.js";
import "./chunk-26JBDLYB.js";
import "./chunk-JF4YC73R.js";
import "./chunk-PDFFG6FQ.js";
import "./chunk-NEVWDQX3.js";
import "./chunk-BVQRH3CV.js";
import "./chunk-XTZQASZY.js";
import "./chunk-5QN63TKD.js";
import "./chunk-4OCHXJPB.js";
import "./chunk-JNDCI63N.js";
import "./chunk-KYOWAUJZ.js";
import "./chunk-NK3CPSQ2.js";
import "./chunk-Y3OGFZ63.js";
import "./chunk-NZFEZEH7.js";
import {
  functionUsersSecretName
} from "./chunk-PXDLMUJ4.js";
import "./chunk-SOL7IOYU.js";
import "./chunk-CP4RI5SQ.js";
import "./chunk-K5URBFBM.js";
import "./chunk-UKM5WMLN.js";
import "./chunk-D22ES55I.js";
import "./chunk-XCFNAXQZ.js";
import "./chunk-7ETXDB3S.js";
import "./chunk-6OYQYP35.js";
import "./chunk-I2U5RAZF.js";
import "./chunk-DLMDHKR3.js";
import "./chunk-ENLR6UGX.js";
import "./chunk-4HYRB2NO.js";
import "./chunk-UBJO4MIY.js";
import "./chunk-TXAZJPJQ.js";
import "./chunk-OUTO4LQ5.js";
import "./chunk-B24XUMLI.js";
import "./chunk-DINEOMRY.js";
import "./chunk-K3S6XDS2.js";
import "./chunk-ENM7MXJK.js";
import "./chunk-IRWZ55A6.js";
import "./chunk-A7WE35HY.js";
import "./chunk-FYMYVZR6.js";
import "./chunk-UUDKA7NK.js";

// src/commands/rotate-function.ts
async function rotateFunctionCommand(site, run, ctx, deps) {
  const siteStack = `${site.stackName}-site`;
  const deployed = await findStack(ctx.clients.cloudFormation(site.region), siteStack, site.region);
  if (deployed === void 0) {
    throw new Error(
      `stack '${siteStack}' does not exist in ${site.region}: run \`command: deploy\` first, then \`rotate\``
    );
  }
  const outputs = deployed.outputs;
  const kvsArn = outputs.UsersStoreArn;
  if (kvsArn === void 0) {
    throw new Error(
      `stack '${siteStack}' (${site.region}) has no KeyValueStore (output UsersStoreArn): it was not deployed with \`edge: function\`. Run \`deploy\` with \`edge: function\` first (it moves the users there), then \`rotate\`.`
    );
  }
  const strength = await loadPasswordStrength();
  const draw = deps.generatePassword ?? generatePassword;
  let storeWrites = 0;
  const sessions = run.endSessions.kind === "all" ? { ...run, endSessions: { kind: "users", users: [...site.users] } } : run;
  const report = await rotateCommand(site, sessions, ctx, {
    secrets: ctx.clients.secretsManager(site.region),
    setSecret: deps.setSecret,
    secret: { name: functionUsersSecretName(site.stackName), region: site.region },
    deployedSite: () => Promise.resolve(deployed),
    generatePassword: () => generateAcceptedPassword(draw, strength),
    ...deps.requestToken !== void 0 ? { requestToken: deps.requestToken } : {},
    ...deps.generateToken !== void 0 ? { generateToken: deps.generateToken } : {},
    // The tokens too (issue 23 item 3): their digests, under the pepper, never their values.
    deploy: async ({ users, tokens }) => {
      await writeUsersToStore(site, ctx, kvsArn, users, deps.setSecret, tokens);
      storeWrites += 1;
      return { url: outputs.Url };
    }
  });
  return { ...report, storeWrites };
}
export {
  rotateFunctionCommand
};
