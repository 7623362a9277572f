import { createRequire as __cagCreateRequire } from "node:module";
import { fileURLToPath as __cagFileURLToPath } from "node:url";
import { dirname as __cagDirname } from "node:path";
const require = __cagCreateRequire(import.meta.url);
const __filename = __cagFileURLToPath(import.meta.url);
const __dirname = __cagDirname(__filename);
import{CALLER_SEARCH,TOP_LEVEL_ARGS,commitArgs,diffTreeArgs,grepAheadAnswer,grepAheadArgs,listTreeArgs}from"./chunk-U4ETHJ7L.js";import{existsSync,statSync}from"node:fs";import{resolve}from"node:path";import{parseArgs}from"node:util";import{spawn}from"node:child_process";import{realpathSync}from"node:fs";var COMMIT="@COMMIT@",SCRIPT=`
top=$(git -C "$1" rev-parse --show-toplevel 2>/dev/null) || top=
dir=\${top:-$1}
b=$(git -C "$dir" rev-parse --verify --quiet "$2^{commit}" 2>/dev/null) || exit 0
h=$(git -C "$dir" rev-parse --verify --quiet "$3^{commit}" 2>/dev/null) || exit 0
printf '%s\\0%s\\0%s\\0' "$top" "$b" "$h"
shift 3
for a do shift; if [ "$a" = "${COMMIT}" ]; then set -- "$@" "$b"; else set -- "$@" "$a"; fi; done
git -C "$dir" "$@" >&5 2>/dev/null &
grep=$!
git -C "$dir" ls-tree -r -z --long --full-tree "$h^{commit}" >&3 2>/dev/null
printf 'list %s\\0' "$?"
git -C "$dir" diff-tree -r -z --no-renames "$b^{commit}" "$h^{commit}" >&4 2>/dev/null
printf 'diff %s\\0' "$?"
wait "$grep"
printf 'grep %s\\0' "$?"
`;function askGitAhead(asked,search){let answers=new Map,searched;return{settled:new Promise(resolve2=>{let fds=[[],[],[],[],[],[]],child;try{child=spawn("sh",["-c",SCRIPT,"sh",asked.folder,asked.base,asked.head,...grepAheadArgs(search,COMMIT)],{stdio:["ignore","pipe","ignore","pipe","pipe","pipe"]})}catch{resolve2();return}for(let fd of[1,3,4,5])child.stdio[fd]?.on("data",c=>fds[fd].push(c));child.on("error",()=>resolve2()),child.on("close",()=>{try{let fields=Buffer.concat(fds[1]).toString("utf8").split("\0"),[top,base,head]=fields;if(top===void 0||!base||!head)return;let status=new Map;for(let f of fields.slice(3)){let[name,code]=f.split(" ");name&&code!==void 0&&status.set(name,Number(code))}answers.set(key(asked.folder,TOP_LEVEL_ARGS),top===""?new Error("not in a working tree"):Buffer.from(`${top}
`));let repo=top===""?asked.folder:realpathSync(top);answers.set(key(repo,commitArgs(asked.base)),Buffer.from(`${base}
`)),answers.set(key(repo,commitArgs(asked.head)),Buffer.from(`${head}
`)),status.get("list")===0&&answers.set(key(repo,listTreeArgs(head)),Buffer.concat(fds[3])),status.get("diff")===0&&answers.set(key(repo,diffTreeArgs(base,head)),Buffer.concat(fds[4]));let grep=status.get("grep");if(grep!==void 0){let found=grepAheadAnswer(Buffer.concat(fds[5]),grep,base);searched={repo,commit:base,key:searchKey(search),found}}}catch{}finally{resolve2()}})}),output(dir,args){let k=key(dir,args),out=answers.get(k);return answers.delete(k),out},search(repo,commit,ahead){if(!searched||searched.repo!==repo||searched.commit!==commit||searched.key!==searchKey(ahead))return;let{found}=searched;return searched=void 0,Promise.resolve(found)}}}function key(dir,args){return[dir,...args].join("\0")}function searchKey(search){return JSON.stringify([search.needles,search.extensions])}function parseCommandLine(argv){return parseArgs({args:argv,allowPositionals:!0,strict:!0,options:{base:{type:"string"},head:{type:"string"},repo:{type:"string"},allowlist:{type:"string"},format:{type:"string",default:"text"},output:{type:"string"},plan:{type:"string",multiple:!0},tfvars:{type:"string",multiple:!0},"cfn-parameters":{type:"string",multiple:!0},"cdk-out":{type:"string"},"cdk-out-base":{type:"string"},"terraform-modules":{type:"boolean"},include:{type:"string",multiple:!0},exclude:{type:"string",multiple:!0},"no-fail-on-unresolved":{type:"boolean"},today:{type:"string"},"repo-name":{type:"string"},help:{type:"boolean",short:"h"},version:{type:"boolean"}}})}function twoRevisions(cwd,values){return values.base!==void 0&&values.head!==void 0&&!isDirectory(cwd,values.base)&&!isDirectory(cwd,values.head)}function isDirectory(cwd,spec){let abs=resolve(cwd,spec);return existsSync(abs)&&statSync(abs).isDirectory()}function revisionsAsked(argv,cwd){let parsed;try{parsed=parseCommandLine(argv)}catch{return}let{values,positionals}=parsed;if(!(positionals[0]!=="diff"||values.help||values.version)&&!(values.base===void 0||values.head===void 0||!twoRevisions(cwd,values))&&!(values.repo!==void 0&&!isDirectory(cwd,values.repo)))return{folder:resolve(cwd,values.repo??"."),base:values.base,head:values.head}}function gitAheadFor(argv,cwd){let asked=revisionsAsked(argv,cwd);return asked?askGitAhead(asked,CALLER_SEARCH):void 0}export{parseCommandLine,twoRevisions,isDirectory,gitAheadFor};
