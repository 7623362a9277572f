#!/usr/bin/env node
import { createRequire as __cagCreateRequire } from "node:module";
import { fileURLToPath as __cagFileURLToPath } from "node:url";
import { dirname as __cagDirname } from "node:path";
const require = __cagCreateRequire(import.meta.url);
const __filename = __cagFileURLToPath(import.meta.url);
const __dirname = __cagDirname(__filename);
import{gitAheadFor}from"./chunk-SOQTHPKQ.js";import"./chunk-OLJG76HR.js";import"./chunk-SSMYQJ6I.js";import"./chunk-LJX2HUUU.js";import"./chunk-43ALHKG6.js";var argv=process.argv.slice(2),gitAhead=gitAheadFor(argv,process.cwd()),{runCli}=await import("./chunk-W6J4DSSQ.js");process.stdout.on("error",err=>{throw err.code==="EPIPE"&&process.exit(process.exitCode??0),err});process.exitCode=await runCli(argv,{stdout:process.stdout,stderr:process.stderr,env:process.env,cwd:process.cwd(),...gitAhead?{gitAhead}:{}});
