import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  createS3Client
} from "./chunk-L4JO2DNT.js";

// src/aws/clients.ts
var EDGE_REGION = "us-east-1";
var ALL_SERVICES = {
  cloudFormation: true,
  cloudFront: true,
  secretsManager: true,
  cloudWatchLogs: true,
  keyValueStore: true
};
async function loadServices(needs) {
  const [cfn, cf, sm, logs, kvs] = await Promise.all([
    needs.cloudFormation ? import("./dist-es-MRLN232M.js") : void 0,
    needs.cloudFront ? import("./dist-es-3ZRH3KF7.js") : void 0,
    needs.secretsManager ? import("./dist-es-4OX5X6HV.js") : void 0,
    needs.cloudWatchLogs ? import("./dist-es-VMYLAL2H.js") : void 0,
    needs.keyValueStore ? import("./client-5QNKWD3B.js") : void 0
  ]);
  return {
    ...cfn ? { cloudFormation: (c) => new cfn.CloudFormationClient(c) } : {},
    ...cf ? { cloudFront: (c) => new cf.CloudFrontClient(c) } : {},
    ...sm ? { secretsManager: (c) => new sm.SecretsManagerClient(c) } : {},
    ...logs ? { cloudWatchLogs: (c) => new logs.CloudWatchLogsClient(c) } : {},
    ...kvs ? { keyValueStore: (c) => kvs.createKeyValueStoreClient(c) } : {}
  };
}
function loaded(make, service) {
  if (make === void 0) {
    throw new Error(`internal error: the ${service} client was not loaded for this command`);
  }
  return make;
}
function memo(make, all) {
  const byRegion = /* @__PURE__ */ new Map();
  return (region) => {
    let client = byRegion.get(region);
    if (client === void 0) {
      client = make(region);
      byRegion.set(region, client);
      all.push(client);
    }
    return client;
  };
}
function createClients(credentials, maxAttempts = 6, renew, preloaded = {}) {
  let services = preloaded;
  const all = [];
  const common = {
    ...credentials !== void 0 ? { credentials } : {},
    maxAttempts,
    retryMode: "adaptive"
  };
  const s3 = memo((region) => createS3Client({ region, credentials, maxAttempts }), all);
  const cloudFront = memo(
    (region) => loaded(services.cloudFront, "CloudFront")({ region, ...common }),
    all
  );
  const cloudFormation = memo(
    (region) => loaded(services.cloudFormation, "CloudFormation")({ region, ...common }),
    all
  );
  const secretsManager = memo(
    (region) => loaded(services.secretsManager, "Secrets Manager")({ region, ...common }),
    all
  );
  const keyValueStore = memo(
    (region) => loaded(services.keyValueStore, "KeyValueStore")({ region, ...common }),
    all
  );
  const cloudWatchLogs = memo(
    (region) => loaded(services.cloudWatchLogs, "CloudWatch Logs")({ region, ...common }),
    all
  );
  return {
    s3,
    cloudFront: () => cloudFront(EDGE_REGION),
    cloudFormation,
    cloudWatchLogs,
    secretsManager: (region = EDGE_REGION) => secretsManager(region),
    keyValueStore: () => keyValueStore(EDGE_REGION),
    load: async (needs) => {
      const missing = {
        cloudFormation: needs.cloudFormation === true && services.cloudFormation === void 0,
        cloudFront: needs.cloudFront === true && services.cloudFront === void 0,
        secretsManager: needs.secretsManager === true && services.secretsManager === void 0,
        cloudWatchLogs: needs.cloudWatchLogs === true && services.cloudWatchLogs === void 0,
        keyValueStore: needs.keyValueStore === true && services.keyValueStore === void 0
      };
      services = { ...services, ...await loadServices(missing) };
    },
    ...renew !== void 0 ? {
      ensureCredentialsValidFor: async (ms) => {
        await renew(ms);
      }
    } : {},
    destroy: () => all.forEach((c) => c.destroy())
  };
}

export {
  EDGE_REGION,
  ALL_SERVICES,
  loadServices,
  createClients
};
