import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  generateAcceptedPassword,
  loadPasswordStrength,
  writeUsersToStore
} from "./chunk-QZYQJSCB.js";
import {
  generatePassword,
  rotateCommand
} from "./chunk-6WFPRQ2M.js";
import "./chunk-JDWLOOKV.js";
import "./chunk-UHUAHCQV.js";
import "./chunk-JQU4YPGZ.js";
import "./chunk-JIJYNNLS.js";
import "./chunk-AS6KOWFD.js";
import {
  findStack
} from "./chunk-NSQCZHTL.js";
import "./chunk-IT4OAERR.js";
import "./chunk-5BSYEB4P.js";
import "./chunk-BVQRH3CV.js";
import "./chunk-XQZPGFII.js";
import "./chunk-OKG6DDTV.js";
import "./chunk-A52O6EIF.js";
import "./chunk-4RD2TGIY.js";
import "./chunk-ND5JMWQS.js";
import "./chunk-YZEKHBGW.js";
import {
  functionUsersSecretName
} from "./chunk-H62I5HWJ.js";
import "./chunk-CP4RI5SQ.js";
import "./chunk-XTZQASZY.js";
import "./chunk-DLMDHKR3.js";
import "./chunk-BLIXWCCM.js";
import "./chunk-NFHBT35A.js";
import "./chunk-MYOD7Q3R.js";
import "./chunk-G5YMYUNM.js";
import "./chunk-JVX2FHWE.js";
import "./chunk-NEVWDQX3.js";
import "./chunk-33P7TVTU.js";
import "./chunk-K5URBFBM.js";
import "./chunk-EQYNO2FG.js";
import "./chunk-XCFNAXQZ.js";
import "./chunk-7ETXDB3S.js";
import "./chunk-HW4ABADX.js";
import "./chunk-6OYQYP35.js";
import "./chunk-I2U5RAZF.js";
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
