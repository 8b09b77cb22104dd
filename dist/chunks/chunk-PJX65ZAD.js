import { createRequire as __secureDistCreateRequire } from 'node:module';
const require = __secureDistCreateRequire(import.meta.url);

// node_modules/@zxcvbn-ts/dictionary-compression/dist/decompress.mjs
function decompress(encodedString) {
  const decompressedArray = encodedString.split(/([A-Z])/g);
  const decompressedData = [];
  let last = "";
  let i;
  for (i = 1; i < decompressedArray.length; i += 2) {
    last = last.slice(0, decompressedArray[i].charCodeAt(0) - 65) + decompressedArray[i + 1];
    decompressedData.push(last);
  }
  return decompressedData;
}

export {
  decompress
};
