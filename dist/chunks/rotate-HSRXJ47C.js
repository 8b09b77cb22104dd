import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);
import {
  edgeSecrets,
  rotateCommand,
  rotateSummaryMarkdown,
  usersFromSecret,
  withTokens
} from "./chunk-W5UFMD3Q.js";
import "./chunk-W5IS5ANB.js";
import "./chunk-BLIXWCCM.js";
import "./chunk-KTTSF67B.js";
import "./chunk-OZHE6KR6.js";
import "./chunk-YAPTHUYW.js";
import "./chunk-3AXTJEKJ.js";
import "./chunk-RAED3ZZT.js";
import "./chunk-CP4RI5SQ.js";
import "./chunk-K5URBFBM.js";
import "./chunk-L4JO2DNT.js";
import "./chunk-NEVWDQX3.js";
import "./chunk-RLGDIOXE.js";
import "./chunk-NWQFEUD5.js";
import "./chunk-34XQ5ZXT.js";
import "./chunk-D2OMORO5.js";
import "./chunk-EL4RIFJI.js";
import "./chunk-UBJO4MIY.js";
import "./chunk-KOVUP25K.js";
import "./chunk-OJBRYGFU.js";
import "./chunk-LZPZB67I.js";
import "./chunk-26O5NJF2.js";
import "./chunk-K3S6XDS2.js";
import "./chunk-ZM3UPS5L.js";
import "./chunk-BRIDDQXI.js";
import "./chunk-UUDKA7NK.js";
export {
  edgeSecrets,
  rotateCommand,
  rotateSummaryMarkdown,
  usersFromSecret,
  withTokens
};
