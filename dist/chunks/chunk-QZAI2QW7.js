import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  credentialsForEdge,
  credentialsOfSite,
  tokensForEdge
} from "./chunk-W5IS5ANB.js";
import {
  InputError
} from "./chunk-BLIXWCCM.js";
import {
  DeployError,
  deleteStackAndWait,
  deployOptions,
  deployStack,
  describeStack,
  makeCtx,
  planReport,
  planStack,
  siteConfigNote,
  siteInfo,
  stackInput,
  syncDeployedSite
} from "./chunk-NFSSWAMZ.js";
import {
  readUsersSecret,
  secretError,
  secretName,
  writeUsersSecret
} from "./chunk-YAPTHUYW.js";
import {
  EDGE_REGION
} from "./chunk-3AXTJEKJ.js";
import {
  findStack
} from "./chunk-XG2Q2WMP.js";
import {
  errorMessage,
  errorName,
  httpStatus,
  isThrottling,
  retry
} from "./chunk-XTZQASZY.js";
import {
  DescribeKeyValueStoreCommand
} from "./chunk-TC2EJGQS.js";
import {
  GetSecretValueCommand
} from "./chunk-RAED3ZZT.js";
import {
  DescribeKeyValueStore$,
  ListKeys$,
  UpdateKeys$,
  commonParams
} from "./chunk-67T7LNB4.js";
import {
  synthFor
} from "./chunk-ZAIL7KPR.js";
import {
  PENDING_USERS_STORE_ARN,
  PENDING_WEB_ACL_ARN,
  functionUsersSecretName,
  pepperSecretName,
  usersStoreName,
  withEdgeWebAcl,
  withParameters,
  withUsersStore
} from "./chunk-ZWPJB2DR.js";
import {
  buildStoreEntries,
  buildTokenEntries,
  functionPasswordProblem,
  pepperProblem,
  planStoreUpdate
} from "./chunk-CFGTWJJ7.js";
import {
  ownNotFoundPageEntry,
  ownNotFoundPageOf,
  publishOwnNotFoundPage
} from "./chunk-KDWBTRNX.js";
import {
  getEndpointPlugin,
  makeBuilder
} from "./chunk-LZPZB67I.js";
import {
  require_node_crypto
} from "./chunk-BRIDDQXI.js";
import {
  __toESM
} from "./chunk-UUDKA7NK.js";

// src/commands/deploy-function.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);

// node_modules/@aws-sdk/client-cloudfront-keyvaluestore/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "CloudFrontKeyValueStore", "CloudFrontKeyValueStoreClient", getEndpointPlugin);
var _ep0 = {
  KvsARN: { type: "contextParams", name: "KvsARN" }
};
var _mw0 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-cloudfront-keyvaluestore/dist-es/commands/DescribeKeyValueStoreCommand.js
var DescribeKeyValueStoreCommand2 = class extends command(_ep0, _mw0, "DescribeKeyValueStore", DescribeKeyValueStore$) {
};

// node_modules/@aws-sdk/client-cloudfront-keyvaluestore/dist-es/commands/ListKeysCommand.js
var ListKeysCommand = class extends command(_ep0, _mw0, "ListKeys", ListKeys$) {
};

// node_modules/@aws-sdk/client-cloudfront-keyvaluestore/dist-es/commands/UpdateKeysCommand.js
var UpdateKeysCommand = class extends command(_ep0, _mw0, "UpdateKeys", UpdateKeys$) {
};

// src/kvs/store-io.ts
var UPDATE_KEYS_MAX_KEYS = 50;
var UPDATE_KEYS_MAX_BYTES = 3 * 1024 * 1024;
var LIST_KEYS_PAGE = 50;
var CONFLICT_ATTEMPTS = 5;
function storeChanges(current, desired) {
  return planStoreUpdate(
    [...current].map(([key, value]) => ({ key, value })),
    desired
  );
}
function storeBatches(changes) {
  const batches = [];
  let puts = [];
  let deletes = [];
  let bytes = 0;
  const flush = () => {
    if (puts.length + deletes.length > 0) batches.push({ puts, deletes });
    puts = [];
    deletes = [];
    bytes = 0;
  };
  const limit = UPDATE_KEYS_MAX_BYTES - 1024;
  const add = (size, push) => {
    if (puts.length + deletes.length >= UPDATE_KEYS_MAX_KEYS || bytes + size > limit) flush();
    push();
    bytes += size;
  };
  for (const entry of changes.puts) {
    const size = Buffer.byteLength(JSON.stringify({ Key: entry.key, Value: entry.value })) + 1;
    add(size, () => puts.push(entry));
  }
  for (const key of changes.deletes) {
    add(Buffer.byteLength(JSON.stringify({ Key: key })) + 1, () => deletes.push(key));
  }
  flush();
  return batches;
}
async function readStore(client, kvsArn, opts) {
  const described = await call(
    opts,
    kvsArn,
    "DescribeKeyValueStore",
    () => client.send(new DescribeKeyValueStoreCommand2({ KvsARN: kvsArn }))
  );
  if (described.ETag === void 0) {
    throw new Error(`KeyValueStore ${kvsArn}: DescribeKeyValueStore returned no ETag`);
  }
  const items = /* @__PURE__ */ new Map();
  let token;
  do {
    const next = token;
    const page = await call(
      opts,
      kvsArn,
      "ListKeys",
      () => client.send(
        new ListKeysCommand({
          KvsARN: kvsArn,
          MaxResults: LIST_KEYS_PAGE,
          ...next !== void 0 ? { NextToken: next } : {}
        })
      )
    );
    for (const item of page.Items ?? []) {
      if (item.Key !== void 0) items.set(item.Key, item.Value ?? "");
    }
    token = page.NextToken === "" ? void 0 : page.NextToken;
  } while (token !== void 0);
  return { etag: described.ETag, items };
}
async function writeStore(client, kvsArn, desired, opts) {
  const putKeys = /* @__PURE__ */ new Set();
  const deleteKeys = /* @__PURE__ */ new Set();
  let calls = 0;
  for (let attempt = 1; ; attempt++) {
    const { etag: start, items } = await readStore(client, kvsArn, opts);
    let etag = start;
    try {
      for (const batch of storeBatches(storeChanges(items, desired))) {
        const ifMatch = etag;
        const response = await call(
          opts,
          kvsArn,
          "UpdateKeys",
          () => client.send(
            new UpdateKeysCommand({
              KvsARN: kvsArn,
              IfMatch: ifMatch,
              ...batch.puts.length > 0 ? { Puts: batch.puts.map((e) => ({ Key: e.key, Value: e.value })) } : {},
              ...batch.deletes.length > 0 ? { Deletes: batch.deletes.map((key) => ({ Key: key })) } : {}
            })
          )
        );
        calls += 1;
        batch.puts.forEach((e) => putKeys.add(e.key));
        batch.deletes.forEach((k) => deleteKeys.add(k));
        if (response.ETag === void 0) {
          throw new Error(`KeyValueStore ${kvsArn}: UpdateKeys returned no ETag`);
        }
        etag = response.ETag;
      }
      return {
        kvsArn,
        puts: [...putKeys].sort(compare),
        deletes: [...deleteKeys].sort(compare),
        calls,
        etag
      };
    } catch (e) {
      if (!isConflict(e)) throw e;
      if (attempt >= CONFLICT_ATTEMPTS) {
        throw new Error(
          `KeyValueStore ${kvsArn}: another writer changed it during each of ${CONFLICT_ATTEMPTS} attempts (UpdateKeys refused our If-Match ETag); run one deploy or rotate at a time (a workflow \`concurrency\` group)`,
          { cause: e }
        );
      }
      opts.log(
        `KeyValueStore ${kvsArn}: changed by someone else while writing (attempt ${attempt}/${CONFLICT_ATTEMPTS}); reading it again`
      );
    }
  }
}
function isConflict(e) {
  const name = errorName(e);
  return name === "ConflictException" || name === "PreconditionFailed" || httpStatus(e) === 412;
}
async function call(opts, kvsArn, action, fn) {
  try {
    return await retry(() => fn(), {
      attempts: 6,
      baseDelayMs: 500,
      maxDelayMs: 8e3,
      sleep: opts.sleep,
      random: opts.random ?? Math.random,
      retryable: isThrottling
    });
  } catch (e) {
    if (isConflict(e)) throw e;
    const name = errorName(e);
    const hint = name === "AccessDeniedException" ? ` The role needs cloudfront-keyvaluestore:${action} on this store, which the bootstrap stack grants on its own store only: update the bootstrap stack to this version (secure-dist-action docs/runtimes.md, "Bootstrap with \`edge: function\`").` : "";
    throw new Error(
      `KeyValueStore ${kvsArn}: ${action} failed: ${name || "error"}: ${errorMessage(e)}.${hint}`,
      { cause: e }
    );
  }
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/kvs/users-store.ts
var BOOTSTRAP_FIX = 'update the bootstrap stack (cloudformation/bootstrap.yaml) to this version with CreateUsersStore=true, the default: it creates the store and lets the deploy role use it (secure-dist-action docs/runtimes.md, "Bootstrap with `edge: function`")';
async function findUsersStore(client, stackName) {
  const name = usersStoreName(stackName);
  try {
    const { KeyValueStore: store } = await client.send(
      new DescribeKeyValueStoreCommand({ Name: name })
    );
    if (store?.ARN === void 0) {
      throw new Error(`CloudFront returned no ARN for the KeyValueStore '${name}'`);
    }
    return store.ARN;
  } catch (e) {
    const why = errorName(e);
    const problem = why === "EntityNotFound" ? "does not exist" : why === "AccessDenied" || why === "AccessDeniedException" ? "may not be read by this role (cloudfront:DescribeKeyValueStore)" : `could not be read: ${why || "error"}: ${errorMessage(e)}`;
    throw new Error(
      `edge: function keeps the users in the bootstrap stack's KeyValueStore '${name}', which ${problem}: ${BOOTSTRAP_FIX}`,
      { cause: e }
    );
  }
}

// src/rotate/password-strength.ts
var GENERATED_FORM = /^[A-Za-z0-9_-]{24}$/;
var GENERATED_MIN_LOG10 = 20;
var CHOSEN_MIN_LOG10 = 128 * Math.log10(2);
var L33T_MAX_SUBSTITUTIONS = 4;
var loading;
function loadPasswordStrength() {
  loading ??= build();
  return loading;
}
async function build() {
  const [{ ZxcvbnFactory }, common, en] = await Promise.all([
    import("./dist-WMDHEGJE.js"),
    import("./dist-576GKQL6.js"),
    import("./dist-CNEKEBAT.js")
  ]);
  const zxcvbn = new ZxcvbnFactory({
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary },
    l33tMaxSubstitutions: L33T_MAX_SUBSTITUTIONS
  });
  const guessesLog10 = (password) => zxcvbn.check(password).guessesLog10;
  return {
    guessesLog10,
    problem: (password) => {
      const basic = functionPasswordProblem(password);
      if (basic !== void 0) return basic;
      return strengthProblem(password, guessesLog10(password.normalize("NFC")));
    }
  };
}
function strengthProblem(password, log10) {
  const about = `about 10^${Math.floor(log10)} guesses`;
  if (GENERATED_FORM.test(password)) {
    if (log10 >= GENERATED_MIN_LOG10) return void 0;
    return `has the form of a generated password (24 base64url characters) but zxcvbn-ts finds a pattern in it (${about}; a random one needs over 10^${GENERATED_MIN_LOG10}): it was not generated`;
  }
  if (log10 >= CHOSEN_MIN_LOG10) return void 0;
  return `can be guessed in ${about} (2^${Math.floor(log10 / Math.log10(2))}) by zxcvbn-ts's estimate; a password that \`rotate\` did not generate needs 2^128 (about 40 characters in which zxcvbn-ts sees no word, name, date, sequence or repeat)`;
}
var STRENGTH_ADVICE = "with `edge: function` the hashes are fast (HMAC-SHA-256) and readable, with the pepper, by anyone with read-only access to the account, so only generated passwords are safe: leave `basic-auth-users` empty and let `command: rotate` generate the passwords (24 random characters), or give one generated with `openssl rand -base64 36` (48 characters)";
function generateAcceptedPassword(generate, strength) {
  for (let i = 0; i < 20; i++) {
    const password = generate();
    if (strength.problem(password) === void 0) return password;
  }
  throw new Error(
    "password generator: 20 passwords in a row were refused by the edge: function strength check"
  );
}
async function checkFunctionPasswordStrength(users, refusal) {
  if (users.length === 0) return;
  const strength = await loadPasswordStrength();
  for (const { user, password } of users) {
    const problem = strength.problem(password);
    if (problem !== void 0) throw refusal(user, problem);
  }
}

// src/commands/deploy-function.ts
async function functionUsers(site, run, ctx, setSecret) {
  const warn = (m) => ctx.log.warn(m);
  if (run.basicAuthUsers.length > 0) {
    if (site.automationTokens.length > 0) {
      throw new Error(
        `\`automation-tokens\` in ${site.file} needs the users in AWS Secrets Manager, where \`rotate\` keeps the token values: leave \`basic-auth-users\` empty (and run \`command: rotate\`), or remove \`automation-tokens\``
      );
    }
    const credentials = run.basicAuthUsers.map((u) => ({ user: u.user, password: u.password }));
    await checkFunctionPasswordStrength(
      credentials,
      (user, problem) => new InputError(
        "basic-auth-users",
        `user '${user}': the password is too weak for \`edge: function\`: it ${problem}; ${STRENGTH_ADVICE}`
      )
    );
    return { credentials, tokens: [] };
  }
  const regional = functionUsersSecretName(site.stackName);
  const stored = await readUsersSecret(
    ctx.clients.secretsManager(site.region),
    regional,
    setSecret
  );
  if (stored !== void 0 && stored.state.users.length > 0) {
    return {
      ...stored.state.sessionKeyId !== void 0 ? { sessionKeyId: stored.state.sessionKeyId } : {},
      credentials: await checked(
        credentialsOfSite(credentialsForEdge(stored.state, ctx.now()), site, regional, warn),
        regional,
        site.region
      ),
      tokens: tokensForEdge(stored.state.tokens ?? [], site.automationTokens, warn)
    };
  }
  const legacy = secretName(site.stackName);
  const old = await readUsersSecret(ctx.clients.secretsManager(), legacy, setSecret);
  if (old !== void 0 && old.state.users.length > 0) {
    return {
      credentials: await checked(
        credentialsOfSite(credentialsForEdge(old.state, ctx.now()), site, legacy, warn),
        legacy,
        EDGE_REGION
      ),
      tokens: tokensForEdge(old.state.tokens ?? [], site.automationTokens, warn),
      migrate: old.state
    };
  }
  return {
    credentials: [],
    tokens: [],
    noUsersYet: NO_USERS_YET(site.file, regional, site.region)
  };
}
var NO_USERS_YET = (file, secret, region) => `\`basic-auth-users\` is empty and the Secrets Manager secret '${secret}' (${region}) holds no users yet, so the site lets nobody in: run \`command: rotate\` (it gives the users of ${file} generated passwords and writes them to the KeyValueStore), or set \`basic-auth-users\``;
async function checked(credentials, secret, region) {
  await checkFunctionPasswordStrength(
    credentials,
    (user, problem) => new Error(
      `secret '${secret}' (${region}): a password of user '${user}' is too weak for \`edge: function\`: it ${problem}. Give the user a generated one: \`command: rotate\` with \`rotate-users: ${user}\` (${STRENGTH_ADVICE})`
    )
  );
  return credentials;
}
async function readPepper(site, ctx, setSecret) {
  const name = pepperSecretName(site.stackName);
  let value;
  try {
    value = (await ctx.clients.secretsManager(site.region).send(new GetSecretValueCommand({ SecretId: name }))).SecretString;
  } catch (e) {
    throw secretError(e, name, site.region, "read", "secretsmanager:GetSecretValue");
  }
  if (value === void 0) throw new Error(`secret '${name}' (${site.region}) holds no string`);
  setSecret(value);
  const problem = pepperProblem(value);
  if (problem !== void 0) {
    throw new Error(`secret '${name}' (${site.region}): the pepper ${problem}`);
  }
  return value;
}
async function writeUsersToStore(site, ctx, kvsArn, credentials, setSecret, tokens) {
  const pepper = await readPepper(site, ctx, setSecret);
  const access = site.access.map((rule) => ({ users: rule.users, globs: rule.globs }));
  const entries = [
    ...credentials.length === 0 ? [] : buildStoreEntries({
      scope: site.stackName,
      pepper,
      users: credentials,
      access,
      previewUsers: site.previews?.users
    }),
    ...buildTokenEntries({ pepper, tokens, access })
  ];
  const client = ctx.clients.keyValueStore?.();
  if (client === void 0) throw new Error("edge: function needs a KeyValueStore client");
  const result = await writeStore(client, kvsArn, entries, {
    sleep: ctx.sleep,
    log: (line) => ctx.log.info(line)
  });
  const users = (keys) => keys.map((k) => k.slice(2)).join(", ");
  ctx.log.info(
    result.calls === 0 ? `KeyValueStore ${kvsArn}: the users are up to date (${entries.length}); nothing written` : `KeyValueStore ${kvsArn}: wrote ${result.puts.length} user(s)${result.puts.length > 0 ? ` (${users(result.puts)})` : ""}, removed ${result.deletes.length}${result.deletes.length > 0 ? ` (${users(result.deletes)})` : ""} in ${result.calls} call(s)`
  );
  return result;
}
function storeArnOf(site) {
  const arn = site.outputs.UsersStoreArn;
  if (arn === void 0) {
    throw new Error(
      `stack '${site.stackName}' has no output UsersStoreArn: was it deployed with \`edge: function\`?`
    );
  }
  return arn;
}
async function deleteEdgeStack(client, stackName, opts) {
  const ctx = makeCtx(client, stackName, opts, opts.roleArn);
  const current = await describeStack(ctx, stackName);
  if (current === void 0) return void 0;
  try {
    await deleteStackAndWait(
      ctx,
      current,
      `secure-dist-delete-${Math.floor(opts.now() / 1e3)}`,
      opts.roleArn
    );
    opts.log(`${stackName}: deleted (edge: function needs no Lambda@Edge function)`);
    return void 0;
  } catch (e) {
    if (!(e instanceof DeployError)) throw e;
    return `the old edge stack '${stackName}' (${EDGE_REGION}) could not be deleted yet: ${e.message}
Lambda@Edge removes the replicas of a function only hours after its last CloudFront association is removed, and the function cannot be deleted before; the site already uses the CloudFront Function, and the next deploy deletes this stack again.`;
  }
}
async function putOwnNotFoundPage(site, ctx, bucket) {
  const html = ownNotFoundPageOf(site);
  if (html === void 0 || bucket === void 0) return;
  const entry = ownNotFoundPageEntry(html, site.cacheControl);
  if (await publishOwnNotFoundPage(ctx.clients.s3(site.region), bucket, entry, false))
    ctx.log.info(`uploaded ${entry.key} before the site stack maps missing keys to it`);
}
async function deployFunctionStacks(site, run, ctx, deps) {
  const usersInSecret = run.basicAuthUsers.length === 0;
  const users = await functionUsers(site, run, ctx, deps.setSecret);
  const rendered = synthFor(site, run, [], {
    usersInSecretsManager: usersInSecret,
    sessionKeyId: users.sessionKeyId,
    ...deps.renderFunctionCode !== void 0 ? { renderFunctionCode: deps.renderFunctionCode } : {}
  });
  const storeArn = await findUsersStore(ctx.clients.cloudFront(), site.stackName);
  const synth = { ...rendered, site: withUsersStore(rendered.site, storeArn) };
  const common = deployOptions(site, run, ctx);
  const edgeClient = ctx.clients.cloudFormation(EDGE_REGION);
  const siteClient = ctx.clients.cloudFormation(site.region);
  const deployedSite = await findStack(siteClient, synth.site.stackName, site.region);
  const deployedEdge = await findStack(edgeClient, synth.edge.stackName, EDGE_REGION);
  const switching = deployedSite !== void 0 && (deployedSite.parameters.EdgeRuntime ?? "lambda") === "lambda";
  const lambdaEdge = deployedEdge !== void 0 && (deployedEdge.parameters.EdgeRuntime ?? "lambda") === "lambda";
  const wantWebAcl = site.rateLimit > 0;
  await putOwnNotFoundPage(site, ctx, deployedSite?.outputs.BucketName);
  const warnings = users.noUsersYet === void 0 ? [] : [users.noUsersYet];
  if (users.noUsersYet !== void 0) ctx.log.warn(users.noUsersYet);
  let edge = notDeployed(synth.edge.stackName);
  let webAclArn = deployedEdge?.outputs.WebAclArn;
  if (wantWebAcl && !lambdaEdge) {
    edge = await deployStack(edgeClient, stackInput(synth.edge), common);
    webAclArn = edge.outputs.WebAclArn;
  }
  const siteFor = (acl) => !wantWebAcl ? synth.site : acl !== void 0 ? withEdgeWebAcl(synth.site, { WebAclArn: acl }) : (
    // `rate-limit` turned on while switching: the web ACL comes with the edge update below.
    withParameters(synth.site, { WebAclArn: deployedSite?.parameters.WebAclArn ?? "" })
  );
  const aclForSite = webAclArn;
  let siteDeploys = 0;
  let store;
  const fillStore = async (kvsArn) => {
    if (kvsArn === void 0) {
      throw new Error(
        `stack '${synth.site.stackName}' has no output UsersStoreArn after its deploy with edge: function`
      );
    }
    if (users.migrate !== void 0 && usersInSecret) {
      const name = functionUsersSecretName(site.stackName);
      await writeUsersSecret(
        ctx.clients.secretsManager(site.region),
        name,
        users.migrate,
        (deps.requestToken ?? import_node_crypto.randomUUID)()
      );
      ctx.log.info(
        `copied the users of '${secretName(site.stackName)}' (${EDGE_REGION}) into '${name}' (${site.region}); the us-east-1 secret is kept (delete it by hand once you will not switch back)`
      );
    }
    store = await writeUsersToStore(
      site,
      ctx,
      kvsArn,
      users.credentials,
      deps.setSecret,
      users.tokens
    );
  };
  const siteInput = (stack) => stackInput(stack, site.fingerprint);
  let siteStack;
  if (switching) {
    ctx.log.info(
      `${synth.site.stackName}: switching from Lambda@Edge to the CloudFront Function: the function and its store first, then the users, then the association`
    );
    const prepared = await deployStack(
      siteClient,
      siteInput(
        withParameters(siteFor(aclForSite), {
          EdgeRuntime: "lambda",
          PrepareFunction: "true",
          EdgeFunctionVersionArn: deployedSite.parameters.EdgeFunctionVersionArn ?? ""
        })
      ),
      common
    );
    siteDeploys += 1;
    await fillStore(prepared.outputs.UsersStoreArn);
    siteStack = await deployStack(siteClient, siteInput(siteFor(aclForSite)), common);
    siteDeploys += 1;
  } else {
    siteStack = await deployStack(siteClient, siteInput(siteFor(aclForSite)), common);
    siteDeploys += 1;
    await fillStore(siteStack.outputs.UsersStoreArn);
  }
  if (lambdaEdge && wantWebAcl) {
    edge = await deployStack(edgeClient, stackInput(synth.edge), common);
    webAclArn = edge.outputs.WebAclArn;
    if (webAclArn !== aclForSite) {
      siteStack = await deployStack(siteClient, siteInput(siteFor(webAclArn)), common);
      siteDeploys += 1;
    }
  } else if (deployedEdge !== void 0 && !wantWebAcl) {
    const warning = await deleteEdgeStack(edgeClient, synth.edge.stackName, common);
    if (warning !== void 0) {
      warnings.push(warning);
      ctx.log.warn(warning);
    } else {
      edge = { ...notDeployed(synth.edge.stackName), stackStatus: "DELETE_COMPLETE" };
    }
  }
  if (store === void 0) throw new Error("the users were not written to the KeyValueStore");
  return {
    edge,
    site: siteStack,
    store,
    info: siteInfo(siteStack.outputs, void 0),
    siteDeploys,
    switchedFromLambda: switching,
    warnings
  };
}
function notDeployed(stackName) {
  return {
    stackName,
    status: "skipped",
    outputs: {},
    changes: [],
    durationMs: 0,
    stackStatus: "NONE"
  };
}
async function deployFunctionCommand(site, run, ctx, deps) {
  const report = await deployFunctionStacks(site, run, ctx, deps);
  return {
    ...report,
    content: await syncDeployedSite(site, run, ctx, report.site, report.info)
  };
}
function storeSummaryMarkdown(report) {
  const names = (keys) => keys.map((k) => `\`${k.slice(2)}\``).join(", ");
  const out = ["### Users (CloudFront KeyValueStore)", ""];
  if (report.store.calls === 0) out.push("Up to date: nothing written.");
  else {
    out.push(
      `Written in ${report.store.calls} UpdateKeys call(s): ${report.store.puts.length} user(s) put` + (report.store.puts.length > 0 ? ` (${names(report.store.puts)})` : "") + `, ${report.store.deletes.length} removed` + (report.store.deletes.length > 0 ? ` (${names(report.store.deletes)})` : "") + ". CloudFront serves the change at its edge locations shortly after; AWS documents no propagation time."
    );
  }
  if (report.switchedFromLambda) {
    out.push("", "The site switched from Lambda@Edge to the CloudFront Function in this run.");
  }
  for (const w of report.warnings) out.push("", `> ${w.replace(/\n/g, " ")}`);
  out.push("");
  return out.join("\n");
}
async function planFunctionCommand(site, run, ctx) {
  const synth = synthFor(site, run, [], {
    standInHashes: true,
    usersInSecretsManager: run.basicAuthUsers.length === 0
  });
  const common = {
    timeoutSeconds: site.stackTimeoutSeconds,
    sleep: ctx.sleep,
    now: ctx.now,
    log: (line) => ctx.log.info(line)
  };
  const edgeClient = ctx.clients.cloudFormation(EDGE_REGION);
  const siteClient = ctx.clients.cloudFormation(site.region);
  const deployedEdge = await findStack(edgeClient, synth.edge.stackName, EDGE_REGION);
  const deployedSite = await findStack(siteClient, synth.site.stackName, site.region);
  const config = siteConfigNote(site, deployedSite, ctx);
  const names = site.users.map((n) => `\`${n}\``).join(", ");
  const skipped = [
    `The users in the KeyValueStore were not compared (plan reads no password and no hash): deploy writes ${names === "" ? "no user" : names} (the users of ${site.file}) and removes any other user, only the keys that changed.`
  ];
  let edge = { stackName: synth.edge.stackName, status: "skipped", changes: [] };
  if (site.rateLimit > 0) {
    edge = await planStack(edgeClient, stackInput(synth.edge), common);
  } else if (deployedEdge !== void 0) {
    skipped.push(
      `The edge stack \`${synth.edge.stackName}\` (${EDGE_REGION}) would be deleted after the site stack moves to the CloudFront Function (its Lambda versions and users secret are kept).`
    );
  }
  const store = deployedSite?.parameters.UsersStoreArn || PENDING_USERS_STORE_ARN;
  const withStore = withUsersStore(synth.site, store);
  const siteStack = await planStack(
    siteClient,
    stackInput(
      site.rateLimit > 0 ? withEdgeWebAcl(withStore, { WebAclArn: PENDING_WEB_ACL_ARN, ...deployedEdge?.outputs }) : withStore,
      site.fingerprint
    ),
    common
  );
  return planReport(site, ctx, {
    edge,
    site: siteStack,
    info: siteInfo(deployedSite?.outputs ?? {}, void 0),
    skipped,
    config
  });
}

export {
  loadPasswordStrength,
  generateAcceptedPassword,
  functionUsers,
  readPepper,
  writeUsersToStore,
  storeArnOf,
  deleteEdgeStack,
  deployFunctionStacks,
  deployFunctionCommand,
  storeSummaryMarkdown,
  planFunctionCommand
};
