import { createRequire as __cagCreateRequire } from "node:module";
import { fileURLToPath as __cagFileURLToPath } from "node:url";
import { dirname as __cagDirname } from "node:path";
const require = __cagCreateRequire(import.meta.url);
const __filename = __cagFileURLToPath(import.meta.url);
const __dirname = __cagDirname(__filename);
import{pathLines,readTerraformRoot}from"./chunk-LJL3S2BT.js";import"./chunk-CK4ILT2Y.js";import"./chunk-AM7D2JN3.js";import"./chunk-4BYLGLOC.js";import"./chunk-RVSZU4GF.js";import"./chunk-43ALHKG6.js";export{pathLines,readTerraformRoot};
