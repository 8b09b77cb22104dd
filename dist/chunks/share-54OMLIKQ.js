import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  readShareKeys,
  shareSecretName
} from "./chunk-MHAM3D2Z.js";
import {
  sharePath
} from "./chunk-5QVGRQOD.js";
import {
  signingKey
} from "./chunk-GX3SEE4F.js";
import "./chunk-YAPTHUYW.js";
import "./chunk-3AXTJEKJ.js";
import {
  findStackOutputs
} from "./chunk-XG2Q2WMP.js";
import "./chunk-XTZQASZY.js";
import "./chunk-BTJRBP5R.js";
import "./chunk-RAED3ZZT.js";
import "./chunk-CP4RI5SQ.js";
import "./chunk-K5URBFBM.js";
import {
  markdownCell
} from "./chunk-L4JO2DNT.js";
import "./chunk-XCFNAXQZ.js";
import "./chunk-NEVWDQX3.js";
import "./chunk-4345OKVF.js";
import "./chunk-RLGDIOXE.js";
import "./chunk-NWQFEUD5.js";
import "./chunk-34XQ5ZXT.js";
import "./chunk-D2OMORO5.js";
import "./chunk-EL4RIFJI.js";
import "./chunk-UBJO4MIY.js";
import "./chunk-KOVUP25K.js";
import "./chunk-OJBRYGFU.js";
import "./chunk-LZPZB67I.js";
import {
  extendedEncodeURIComponent
} from "./chunk-26O5NJF2.js";
import "./chunk-K3S6XDS2.js";
import "./chunk-ZM3UPS5L.js";
import {
  require_node_crypto
} from "./chunk-BRIDDQXI.js";
import {
  __toESM
} from "./chunk-UUDKA7NK.js";

// node_modules/@aws-sdk/cloudfront-signer/dist-es/sign.js
var import_node_crypto = __toESM(require_node_crypto());
function getSignedUrl({ dateLessThan, dateGreaterThan, url, keyPairId, privateKey, ipAddress, policy, passphrase, algorithm }) {
  const cloudfrontSignBuilder = new CloudfrontSignBuilder({
    keyPairId,
    privateKey,
    passphrase,
    algorithm
  });
  if (!url && !policy) {
    throw new Error("@aws-sdk/cloudfront-signer: Please provide 'url' or 'policy'.");
  }
  let baseUrl;
  if (url) {
    baseUrl = encodeUrlPath(url);
  } else if (policy) {
    const resources = getPolicyResources(policy);
    if (!resources[0]) {
      throw new Error("@aws-sdk/cloudfront-signer: No URL provided and unable to determine URL from first policy statement resource.");
    }
    baseUrl = resources[0].replace("*://", "https://");
  }
  if (policy) {
    cloudfrontSignBuilder.setCustomPolicy(policy);
  } else {
    cloudfrontSignBuilder.setPolicyParameters({
      url: baseUrl,
      dateLessThan,
      dateGreaterThan,
      ipAddress
    });
  }
  const startFlag = baseUrl.includes("?") ? "&" : "?";
  const attributes = cloudfrontSignBuilder.createCloudfrontAttribute();
  if (algorithm === "SHA256") {
    attributes["Hash-Algorithm"] = "SHA256";
  }
  const params = Object.entries(attributes).filter(([, value]) => value !== void 0).map(([key, value]) => `${extendedEncodeURIComponent(key)}=${extendedEncodeURIComponent(value)}`).join("&");
  const urlString = baseUrl + startFlag + params;
  return getResource(urlString);
}
function encodeUrlPath(url) {
  const protocolEnd = url.indexOf("//");
  if (protocolEnd === -1) {
    return url;
  }
  const authorityStart = protocolEnd + 2;
  const pathStart = url.indexOf("/", authorityStart);
  if (pathStart === -1) {
    return url;
  }
  const origin = url.slice(0, pathStart);
  const rest = url.slice(pathStart);
  const queryIndex = rest.indexOf("?");
  const rawPath = queryIndex === -1 ? rest : rest.slice(0, queryIndex);
  const rawQuery = queryIndex === -1 ? "" : rest.slice(queryIndex);
  const encodedPath = rawPath.replace(/[^/]+/g, (segment) => {
    try {
      return encodeURIComponent(decodeURIComponent(segment));
    } catch {
      return encodeURIComponent(segment);
    }
  });
  let encodedQuery = "";
  if (rawQuery) {
    const pairs = rawQuery.slice(1).split("&").filter((p) => p.length > 0).map((pair) => {
      const eqIdx = pair.indexOf("=");
      const rawKey = eqIdx === -1 ? pair : pair.slice(0, eqIdx);
      const rawValue = eqIdx === -1 ? "" : pair.slice(eqIdx + 1);
      return `${encodeQueryComponent(rawKey)}=${encodeQueryComponent(rawValue)}`;
    });
    encodedQuery = pairs.length > 0 ? `?${pairs.join("&")}` : "";
  }
  return origin + encodedPath + encodedQuery;
}
function encodeQueryComponent(component) {
  const wellFormedComponent = component.replace(/[\uD800-\uDFFF]/gu, "\uFFFD");
  return wellFormedComponent.split(/(%[0-9A-Fa-f]{2}|\+)/g).map((part, i) => {
    if (i % 2 === 1) {
      return part === "+" ? "+" : part.toUpperCase();
    }
    return encodeURIComponent(part).replace(/'/g, "%27");
  }).join("");
}
function getPolicyResources(policy) {
  const parsedPolicy = typeof policy === "string" ? JSON.parse(policy) : policy;
  return (parsedPolicy?.Statement ?? []).map((s) => s.Resource);
}
function getResource(urlString) {
  const protocol = urlString.slice(0, urlString.indexOf("//"));
  switch (protocol) {
    case "http:":
    case "https:":
    case "ws:":
    case "wss:":
      return urlString;
    case "rtmp:":
      const url = new URL(urlString);
      const origin = `${protocol}//${url.hostname}`;
      return urlString.substring(origin.length).replace(/(?::\d+)?\//, "");
    default:
      throw new Error("Invalid URI scheme. Scheme must be one of http, https, or rtmp");
  }
}
var CloudfrontSignBuilder = class {
  keyPairId;
  privateKey;
  passphrase;
  algorithm;
  policy;
  customPolicy = false;
  dateLessThan;
  constructor({ privateKey, keyPairId, passphrase, algorithm }) {
    this.keyPairId = keyPairId;
    this.privateKey = privateKey;
    this.policy = "";
    this.passphrase = passphrase;
    this.algorithm = algorithm ?? "SHA1";
  }
  buildPolicy(args) {
    const policy = {
      Statement: [
        {
          Resource: args.resource,
          Condition: {
            DateLessThan: {
              "AWS:EpochTime": args.dateLessThan
            }
          }
        }
      ]
    };
    if (args.dateGreaterThan) {
      policy.Statement[0].Condition["DateGreaterThan"] = {
        "AWS:EpochTime": args.dateGreaterThan
      };
    }
    if (args.ipAddress) {
      const cidr = this.parseCIDR(args.ipAddress);
      policy.Statement[0].Condition["IpAddress"] = {
        "AWS:SourceIp": cidr
      };
    }
    return policy;
  }
  normalizeBase64(str) {
    const replacements = {
      "+": "-",
      "=": "_",
      "/": "~"
    };
    return str.replace(/[+=/]/g, function(match) {
      return replacements[match];
    });
  }
  encodeToBase64(str) {
    return this.normalizeBase64(Buffer.from(str).toString("base64"));
  }
  validateIP(ipStr) {
    const octets = ipStr.split(".");
    if (octets.length !== 4) {
      throw new Error(`IP does not contain four octets.`);
    }
    const isValid = octets.every((octet) => {
      const num = Number(octet);
      return Number.isInteger(num) && num >= 0 && num <= 255;
    });
    if (!isValid) {
      throw new Error("invalid IP octets");
    }
  }
  validateMask(maskStr) {
    const mask = Number(maskStr);
    const isValid = Number.isInteger(mask) && mask >= 0 && mask <= 32;
    if (!isValid) {
      throw new Error("invalid mask");
    }
  }
  parseCIDR(cidrStr) {
    try {
      const cidrParts = cidrStr.split("/");
      if (cidrParts.some((part) => part.length === 0)) {
        throw new Error("missing ip or mask part of CIDR");
      }
      this.validateIP(cidrParts[0]);
      let mask = "32";
      if (cidrParts.length === 2) {
        this.validateMask(cidrParts[1]);
        mask = cidrParts[1];
      }
      return `${cidrParts[0]}/${mask}`;
    } catch (error) {
      const errMessage = `IP address "${cidrStr}" is invalid`;
      if (error instanceof Error) {
        throw new Error(`${errMessage} due to ${error.message}.`);
      } else {
        throw new Error(`${errMessage}.`);
      }
    }
  }
  epochTime(date) {
    return Math.round(date.getTime() / 1e3);
  }
  parseDate(date) {
    if (!date) {
      return void 0;
    }
    const parsedDate = new Date(date);
    return isNaN(parsedDate.getTime()) ? void 0 : this.epochTime(parsedDate);
  }
  parseDateWindow(expiration, start) {
    const dateLessThan = this.parseDate(expiration);
    if (!dateLessThan) {
      throw new Error("dateLessThan is invalid. Ensure the date value is compatible with the Date constructor.");
    }
    return {
      dateLessThan,
      dateGreaterThan: this.parseDate(start)
    };
  }
  signData(data, privateKey, passphrase) {
    const sign = (0, import_node_crypto.createSign)(this.algorithm === "SHA256" ? "RSA-SHA256" : "RSA-SHA1");
    sign.update(data);
    return sign.sign({ key: privateKey, passphrase }, "base64");
  }
  signPolicy(policy, privateKey, passphrase) {
    return this.normalizeBase64(this.signData(policy, privateKey, passphrase));
  }
  setCustomPolicy(policy) {
    this.customPolicy = true;
    this.policy = policy;
  }
  setPolicyParameters({ url, dateLessThan, dateGreaterThan, ipAddress }) {
    if (!url || !dateLessThan) {
      return false;
    }
    const resource = getResource(url);
    const parsedDates = this.parseDateWindow(dateLessThan, dateGreaterThan);
    this.dateLessThan = parsedDates.dateLessThan;
    this.customPolicy = Boolean(parsedDates.dateGreaterThan) || Boolean(ipAddress);
    this.policy = JSON.stringify(this.buildPolicy({
      resource,
      ipAddress,
      dateLessThan: parsedDates.dateLessThan,
      dateGreaterThan: parsedDates.dateGreaterThan
    }));
  }
  createCloudfrontAttribute() {
    if (!this.policy) {
      throw new Error("Invalid policy");
    }
    const signature = this.signPolicy(this.policy, this.privateKey, this.passphrase);
    return {
      Expires: this.customPolicy ? void 0 : this.dateLessThan,
      Policy: this.customPolicy ? this.encodeToBase64(this.policy) : void 0,
      "Key-Pair-Id": this.keyPairId,
      Signature: signature
    };
  }
};

// src/share/sign.ts
function signShareLink(request) {
  const origin = request.origin.replace(/\/+$/, "");
  const url = `${origin}${sharePath(request.path)}`;
  const common = {
    keyPairId: request.keyPairId,
    privateKey: request.privateKey,
    algorithm: "SHA256"
  };
  if (!request.path.endsWith("/")) {
    const signed2 = getSignedUrl({
      ...common,
      url,
      dateLessThan: new Date(request.expiresAt * 1e3)
    });
    return { url: signed2, policy: "canned", resource: url, expiresAt: request.expiresAt };
  }
  const resource = `${url}*`;
  const policy = JSON.stringify({
    Statement: [
      { Resource: resource, Condition: { DateLessThan: { "AWS:EpochTime": request.expiresAt } } }
    ]
  });
  const signed = getSignedUrl({ ...common, url, policy });
  return { url: signed, policy: "custom", resource, expiresAt: request.expiresAt };
}

// src/commands/share.ts
async function shareCommand(site, run, ctx, deps) {
  const path = run.sharePath;
  if (path === void 0) {
    throw new Error(
      "`path`: `command: share` needs the object key or folder (ending in /) to share"
    );
  }
  const name = shareSecretName(site.stackName);
  const stored = await readShareKeys(deps.secrets, name, site.region, deps.setSecret);
  const enable = `set \`share-links: true\` in ${site.file} and run \`command: deploy\` first (it creates the key and lets the site accept links)`;
  if (stored === void 0) {
    throw new Error(
      `this site has no share-link key yet (no secret '${name}' in ${site.region}): ${enable}`
    );
  }
  const key = signingKey(stored.state);
  if (key === void 0)
    throw new Error(`secret '${name}' (${site.region}) holds no signing key: ${enable}`);
  const stackName = `${site.stackName}-site`;
  const outputs = await findStackOutputs(deps.cloudFormation, stackName, site.region);
  if (outputs === void 0) {
    throw new Error(`stack '${stackName}' does not exist in ${site.region}: ${enable}`);
  }
  const keyId = outputs[`ShareKey${key.slot}Id`];
  if (keyId === void 0) {
    throw new Error(
      `stack '${stackName}' does not trust the current share key (slot ${key.slot}) yet: the last deploy with \`share-links: true\` (or the key rotation) did not finish. Run \`command: deploy\` again`
    );
  }
  const url = outputs.Url;
  if (url === void 0)
    throw new Error(`stack '${stackName}' has no output Url: was it deployed by this action?`);
  const expiresAt = Math.floor(ctx.now() / 1e3) + run.expiresInSeconds;
  const link = signShareLink({
    origin: new URL(url).origin,
    path,
    keyPairId: keyId,
    privateKey: key.privateKey,
    expiresAt
  });
  deps.setSecret(link.url);
  return {
    link,
    path,
    scope: path.endsWith("/") ? "folder" : "file",
    expiresAt: new Date(expiresAt * 1e3).toISOString(),
    keyId
  };
}
function shareSummaryMarkdown(r) {
  const what = r.scope === "file" ? `the file ${markdownCell(r.path)}` : `every file under ${markdownCell(r.path)} (a file name inserted before the \`?\` of the link opens that file)`;
  return [
    "### Share link",
    "",
    "| opens | expires | signed with key |",
    "|---|---|---|",
    `| ${what} | ${r.expiresAt} | \`${r.keyId}\` |`,
    "",
    "The link is in the step output `url` (masked in the log). It needs no password; anyone who has it can open what it names until it expires, and nothing else. `share-key-rotate: revoke` on `rotate` or `deploy` stops every link at once.",
    ""
  ].join("\n");
}
export {
  shareCommand,
  shareSummaryMarkdown
};
