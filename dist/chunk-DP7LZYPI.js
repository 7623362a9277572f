import { createRequire as __cagCreateRequire } from "node:module";
import { fileURLToPath as __cagFileURLToPath } from "node:url";
import { dirname as __cagDirname } from "node:path";
const require = __cagCreateRequire(import.meta.url);
const __filename = __cagFileURLToPath(import.meta.url);
const __dirname = __cagDirname(__filename);
import{pathLines,readTerraformRoot}from"./chunk-2WEI2KO3.js";import"./chunk-D537LE3H.js";import"./chunk-Y2ROFSMR.js";import"./chunk-TROJCVP6.js";import"./chunk-RVSZU4GF.js";import"./chunk-43ALHKG6.js";export{pathLines,readTerraformRoot};
