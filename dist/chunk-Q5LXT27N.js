import { createRequire as __cagCreateRequire } from "node:module";
import { fileURLToPath as __cagFileURLToPath } from "node:url";
import { dirname as __cagDirname } from "node:path";
const require = __cagCreateRequire(import.meta.url);
const __filename = __cagFileURLToPath(import.meta.url);
const __dirname = __cagDirname(__filename);
import{pathLines,readTerraformRoot}from"./chunk-VL5OLBTA.js";import"./chunk-YW4MAPHK.js";import"./chunk-GHLKK3E3.js";import"./chunk-SQ3GCXJ4.js";import"./chunk-SSMYQJ6I.js";import"./chunk-HC46GSKQ.js";import"./chunk-Z5QGI33E.js";import"./chunk-LJX2HUUU.js";import"./chunk-43ALHKG6.js";export{pathLines,readTerraformRoot};
