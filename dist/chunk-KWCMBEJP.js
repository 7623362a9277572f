import { createRequire as __cagCreateRequire } from "node:module";
import { fileURLToPath as __cagFileURLToPath } from "node:url";
import { dirname as __cagDirname } from "node:path";
const require = __cagCreateRequire(import.meta.url);
const __filename = __cagFileURLToPath(import.meta.url);
const __dirname = __cagDirname(__filename);
import{pathLines,readTerraformRoot}from"./chunk-Z2ZNJBNA.js";import"./chunk-TX6W2JYI.js";import"./chunk-U5CAGDX4.js";import"./chunk-D42VSANI.js";import"./chunk-SKSHACWK.js";import"./chunk-43ALHKG6.js";export{pathLines,readTerraformRoot};
