import { createRequire as __cagCreateRequire } from "node:module";
import { fileURLToPath as __cagFileURLToPath } from "node:url";
import { dirname as __cagDirname } from "node:path";
const require = __cagCreateRequire(import.meta.url);
const __filename = __cagFileURLToPath(import.meta.url);
const __dirname = __cagDirname(__filename);
import {
  TextCache,
  analyzeUnits,
  dedupeErrors,
  dedupeSkipped,
  directoryListingOf,
  directorySnapshotOf,
  gitListingOf,
  jsonExact,
  packTexts,
  replyResult,
  require_dist
} from "./chunk-MW5I3E5H.js";
import {
  require_ucs2length
} from "./chunk-IMQQHULC.js";
import {
  isGlob,
  isSharedIssuer,
  normalizeIssuer
} from "./chunk-AVC32SKA.js";
import {
  __commonJS,
  __toESM
} from "./chunk-EVVZM25H.js";

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// src/pool/worker-pool.ts
import { availableParallelism } from "node:os";

// src/analyze/partition.ts
var SMALLEST_CHUNK = 1 / 16;
function chunkUnits(units, workers, weightOf) {
  const n = Math.max(1, workers);
  const family = units.cloudformation ?? { templates: units.templates, cdkAssemblies: units.cdkAssemblies };
  const chunks = [];
  const cfnItems = [
    ...units.cdkAssemblies.map((unit, order) => ({
      kind: "cdkAssemblies",
      unit,
      order,
      weight: weightOf(unit)
    })),
    ...units.templates.map((unit, order) => ({
      kind: "templates",
      unit,
      order,
      weight: weightOf(unit)
    }))
  ];
  if (cfnItems.length > 0) {
    const groups = Array.from({ length: Math.min(n, cfnItems.length) }, () => ({
      load: 0,
      items: []
    }));
    for (const item of [...cfnItems].sort((a, b) => b.weight - a.weight)) {
      const lightest = groups.reduce((min, g) => g.load < min.load ? g : min);
      lightest.items.push(item);
      lightest.load += item.weight;
    }
    for (const g of groups) {
      const of = (kind) => g.items.filter((i) => i.kind === kind).sort((a, b) => a.order - b.order).map((i) => i.unit);
      chunks.push({
        templates: of("templates"),
        terraformRoots: [],
        cdkAssemblies: of("cdkAssemblies"),
        terraformFiles: units.terraformFiles,
        cloudformation: family
      });
    }
  }
  const roots = units.terraformRoots.map((unit) => ({ unit, weight: Math.max(1, weightOf(unit)) }));
  let remaining = roots.reduce((s, r) => s + r.weight, 0);
  const smallest = remaining / n * SMALLEST_CHUNK;
  let current = [];
  let load = 0;
  let target = 0;
  const flush = () => {
    if (current.length === 0) return;
    chunks.push({
      templates: [],
      terraformRoots: current,
      cdkAssemblies: [],
      terraformFiles: units.terraformFiles,
      cloudformation: { templates: [], cdkAssemblies: [] }
    });
    remaining -= load;
    current = [];
    load = 0;
  };
  for (const r of roots) {
    if (current.length === 0) target = Math.max(smallest, remaining / (2 * n));
    current.push(r.unit);
    load += r.weight;
    if (load >= target) flush();
  }
  flush();
  return chunks;
}

// src/pool/worker-session.ts
import { Worker } from "node:worker_threads";
function spawn() {
  const w = { worker: new Worker(new URL("./worker.js", import.meta.url)) };
  w.worker.unref();
  w.worker.on("error", (err) => {
    w.gone ??= err;
  });
  w.worker.on("exit", (code) => {
    w.gone ??= new Error(`worker exited (${code})`);
  });
  return w;
}
var IN_FLIGHT = 2;
function startSession(workers, open, local) {
  const chunks = [];
  const results = [];
  const inFlight = /* @__PURE__ */ new Map();
  let next = 0;
  let done = 0;
  let closed = false;
  let settled = false;
  let localBusy = false;
  let resolveAll;
  let rejectAll;
  const all = new Promise((resolve, reject) => {
    resolveAll = resolve;
    rejectAll = reject;
  });
  all.catch(() => void 0);
  const stop = (err) => {
    if (settled) return;
    settled = true;
    for (const { worker } of workers) {
      worker.removeAllListeners("message");
      void worker.terminate();
    }
    if (err) rejectAll(err);
    else resolveAll(results);
  };
  const finished = (id, result) => {
    results[id] = result;
    done++;
    if (closed && done === chunks.length) stop();
  };
  const feed = (w) => {
    while (!settled && next < chunks.length && (inFlight.get(w) ?? 0) < IN_FLIGHT) {
      const id = next++;
      inFlight.set(w, (inFlight.get(w) ?? 0) + 1);
      const msg = { type: "units", id, units: chunks[id] };
      w.worker.postMessage(msg);
    }
  };
  const readHere = async () => {
    localBusy = true;
    try {
      while (!settled && next < chunks.length) {
        const id = next++;
        finished(id, await local(chunks[id]));
      }
    } finally {
      localBusy = false;
    }
  };
  const pump = () => {
    for (const w of workers) feed(w);
    if (!localBusy && next < chunks.length)
      readHere().catch((err) => stop(new Error(`reading in the main thread failed: ${err.message}`)));
  };
  for (const w of workers) {
    if (w.gone) {
      stop(new Error(`worker failed: ${w.gone.message}`));
      break;
    }
    w.worker.on("message", (reply) => {
      if (reply.type === "failed") {
        stop(new Error(`worker failed: ${reply.error}`));
        return;
      }
      inFlight.set(w, (inFlight.get(w) ?? 1) - 1);
      finished(reply.id, replyResult(reply));
      feed(w);
    });
    w.worker.once("error", (err) => stop(new Error(`worker failed: ${err.message}`)));
    w.worker.once("exit", (code) => stop(new Error(`worker exited (${code}) before finishing`)));
    w.worker.postMessage(open);
  }
  return {
    add(more, first) {
      if (closed) throw new Error("session already finished");
      if (settled) return;
      if (first) for (const w of workers) w.worker.postMessage(first);
      chunks.push(...more);
      for (const w of workers) feed(w);
    },
    finish() {
      closed = true;
      for (const { worker } of workers) worker.ref();
      if (done === chunks.length) stop();
      else pump();
      return all;
    }
  };
}

// src/pool/worker-pool.ts
var MIN_UNITS_FOR_WORKERS = 24;
function parallelReader(sources, max = availableParallelism()) {
  const threads = Math.min(max, 8);
  const prepared = /* @__PURE__ */ new Map();
  const begun = /* @__PURE__ */ new Map();
  const chunksOf = (snapshot, units) => {
    const weights = unitWeights(snapshot, units);
    return chunkUnits(units, threads, (u) => weights.get(u) ?? 1);
  };
  const openSession = (snapshot, context, transfer, workers, texts, follow) => startSession(
    workers,
    {
      type: "open",
      snapshot: transfer,
      texts: packTexts(texts),
      ...follow ? { terraformTextsFollow: true } : {},
      allowlist: context.allowlist,
      options: context.options
    },
    (chunk) => analyzeInSteps(snapshot, chunk, context)
  );
  const readAndExtract = async (snapshot, units, context) => {
    const started = begun.get(snapshot);
    begun.delete(snapshot);
    if (started) {
      const texts = textsRead(snapshot);
      started.session.add(chunksOf(snapshot, remainingUnits(units, started.early)), {
        type: "texts",
        texts: packTexts(texts.slice(started.textsSent))
      });
      return merged(await started.session.finish());
    }
    const ready = prepared.get(snapshot) ?? [];
    prepared.delete(snapshot);
    const transfer = sources[context.side] ? transferOf(snapshot) : void 0;
    if (!transfer || threads < 2 || countUnits(units) < MIN_UNITS_FOR_WORKERS) {
      for (const w of ready) void w.worker.terminate();
      return analyzeUnits(snapshot, units, context.allowlist, context.options, context.terraform);
    }
    const chunks = chunksOf(snapshot, units);
    const wanted = Math.min(threads, chunks.length) - 1;
    for (const w of ready.splice(wanted)) void w.worker.terminate();
    while (ready.length < wanted) ready.push(spawn());
    const session = openSession(snapshot, context, transfer, ready, textsRead(snapshot), false);
    session.add(chunks);
    return merged(await session.finish());
  };
  return {
    readAndExtract,
    discoveryStarts(snapshot, context) {
      if (context.kind !== "audit") return;
      if (prepared.has(snapshot) || threads < 2 || !sources[context.side] || !transferOf(snapshot)) return;
      if (roughUnitCount(snapshot) < MIN_UNITS_FOR_WORKERS) return;
      prepared.set(
        snapshot,
        Array.from({ length: threads - 1 }, () => spawn())
      );
    },
    unitsAhead(snapshot, early, context) {
      const ready = prepared.get(snapshot);
      const transfer = sources[context.side] ? transferOf(snapshot) : void 0;
      if (!ready || ready.length === 0 || !transfer || begun.has(snapshot) || countUnits(early) === 0) return;
      prepared.delete(snapshot);
      const texts = textsRead(snapshot);
      const session = openSession(snapshot, context, transfer, ready, texts, true);
      session.add(chunksOf(snapshot, early));
      begun.set(snapshot, { session, early, textsSent: texts.length });
    }
  };
}
function textsRead(snapshot) {
  return snapshot.texts?.entries() ?? [];
}
function merged(results) {
  return {
    grants: results.flatMap((r) => r.grants),
    errors: dedupeErrors(results.flatMap((r) => r.errors)),
    notes: [...new Set(results.flatMap((r) => r.notes))].sort(),
    skipped: dedupeSkipped(results.flatMap((r) => r.skipped))
  };
}
function remainingUnits(units, early) {
  const without = (list, given) => {
    const set = new Set(given);
    return list.filter((u) => !set.has(u));
  };
  return {
    ...units,
    templates: without(units.templates, early.templates),
    terraformRoots: without(units.terraformRoots, early.terraformRoots),
    cdkAssemblies: without(units.cdkAssemblies, early.cdkAssemblies)
  };
}
function countUnits(units) {
  return units.templates.length + units.terraformRoots.length + units.cdkAssemblies.length;
}
function transferOf(snapshot) {
  const dir = directoryListingOf(snapshot);
  if (dir) return { kind: "dir", listing: dir };
  const git = gitListingOf(snapshot);
  if (git) return { kind: "git", listing: git };
  return void 0;
}
function roughUnitCount(snapshot) {
  const dirs = /* @__PURE__ */ new Set();
  let templates = 0;
  for (const p of snapshot.paths) {
    if (p.endsWith(".tf") || p.endsWith(".tf.json")) dirs.add(p.slice(0, Math.max(0, p.lastIndexOf("/"))));
    else if (/\.(ya?ml|json|template)$/i.test(p)) templates++;
  }
  return dirs.size + templates;
}
var LOCAL_STEP = 8;
async function analyzeInSteps(snapshot, units, context) {
  const { allowlist, options, terraform: cache } = context;
  const roots = units.terraformRoots;
  if (roots.length <= LOCAL_STEP)
    return sameFormAsWorkers(await analyzeUnits(snapshot, units, allowlist, options, cache));
  const parts = [];
  if (units.templates.length > 0 || units.cdkAssemblies.length > 0)
    parts.push(await analyzeUnits(snapshot, { ...units, terraformRoots: [] }, allowlist, options, cache));
  for (let i = 0; i < roots.length; i += LOCAL_STEP) {
    await new Promise((resolve) => setImmediate(resolve));
    const step = {
      ...units,
      templates: [],
      cdkAssemblies: [],
      cloudformation: { templates: [], cdkAssemblies: [] },
      terraformRoots: roots.slice(i, i + LOCAL_STEP)
    };
    parts.push(await analyzeUnits(snapshot, step, allowlist, options, cache));
  }
  return sameFormAsWorkers(merged(parts));
}
function sameFormAsWorkers(result) {
  return jsonExact(result) ? JSON.parse(JSON.stringify(result)) : result;
}
function unitWeights(snapshot, units) {
  const weights = /* @__PURE__ */ new Map();
  for (const d of [...units.terraformRoots, ...units.cdkAssemblies]) weights.set(d, 0);
  for (const p of snapshot.paths) {
    if (!/\.(tf|tf\.json|json)$/.test(p)) continue;
    const slash = p.lastIndexOf("/");
    const dir = slash < 0 ? "" : p.slice(0, slash);
    if (weights.has(dir)) weights.set(dir, (weights.get(dir) ?? 0) + 1);
  }
  for (const t of units.templates) weights.set(t, 1);
  return weights;
}

// src/allowlist/load.ts
var import_yaml = __toESM(require_dist(), 1);

// src/allowlist/schema-validator.ts
var validate = validate10;
var pattern0 = new RegExp("^\\d{12}$", "u");
var pattern1 = new RegExp("^o-[a-z0-9]{10,32}$", "u");
var pattern2 = new RegExp("^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/([a-z0-9-]+/)*$", "u");
var pattern3 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]{0,38}$", "u");
var pattern5 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
var func0 = require_equal().default;
var func4 = require_ucs2length().default;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "trusted" || key0 === "accounts" || key0 === "approvals")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.trusted !== void 0) {
      let data0 = data.trusted;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "accounts" || key1 === "organizations" || key1 === "org-paths" || key1 === "expressions" || key1 === "github-orgs" || key1 === "module-sources" || key1 === "identity-providers" || key1 === "aws-service-accounts")) {
            const err1 = { instancePath: instancePath + "/trusted", schemaPath: "#/properties/trusted/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.accounts !== void 0) {
          let data1 = data0.accounts;
          if (Array.isArray(data1)) {
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data2 = data1[i0];
              if (typeof data2 === "string") {
                if (!pattern0.test(data2)) {
                  const err2 = { instancePath: instancePath + "/trusted/accounts/" + i0, schemaPath: "#/definitions/accountId/pattern", keyword: "pattern", params: { pattern: "^\\d{12}$" }, message: 'must match pattern "^\\d{12}$"' };
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                }
              } else {
                const err3 = { instancePath: instancePath + "/trusted/accounts/" + i0, schemaPath: "#/definitions/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            let i1 = data1.length;
            let j0;
            if (i1 > 1) {
              outer0: for (; i1--; ) {
                for (j0 = i1; j0--; ) {
                  if (func0(data1[i1], data1[j0])) {
                    const err4 = { instancePath: instancePath + "/trusted/accounts", schemaPath: "#/properties/trusted/properties/accounts/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                    if (vErrors === null) {
                      vErrors = [err4];
                    } else {
                      vErrors.push(err4);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err5 = { instancePath: instancePath + "/trusted/accounts", schemaPath: "#/properties/trusted/properties/accounts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.organizations !== void 0) {
          let data3 = data0.organizations;
          if (Array.isArray(data3)) {
            const len1 = data3.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data4 = data3[i2];
              if (typeof data4 === "string") {
                if (!pattern1.test(data4)) {
                  const err6 = { instancePath: instancePath + "/trusted/organizations/" + i2, schemaPath: "#/definitions/orgId/pattern", keyword: "pattern", params: { pattern: "^o-[a-z0-9]{10,32}$" }, message: 'must match pattern "^o-[a-z0-9]{10,32}$"' };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              } else {
                const err7 = { instancePath: instancePath + "/trusted/organizations/" + i2, schemaPath: "#/definitions/orgId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            let i3 = data3.length;
            let j1;
            if (i3 > 1) {
              outer1: for (; i3--; ) {
                for (j1 = i3; j1--; ) {
                  if (func0(data3[i3], data3[j1])) {
                    const err8 = { instancePath: instancePath + "/trusted/organizations", schemaPath: "#/properties/trusted/properties/organizations/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                    break outer1;
                  }
                }
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/trusted/organizations", schemaPath: "#/properties/trusted/properties/organizations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data0["org-paths"] !== void 0) {
          let data5 = data0["org-paths"];
          if (Array.isArray(data5)) {
            const len2 = data5.length;
            for (let i4 = 0; i4 < len2; i4++) {
              let data6 = data5[i4];
              if (typeof data6 === "string") {
                if (!pattern2.test(data6)) {
                  const err10 = { instancePath: instancePath + "/trusted/org-paths/" + i4, schemaPath: "#/properties/trusted/properties/org-paths/items/pattern", keyword: "pattern", params: { pattern: "^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/([a-z0-9-]+/)*$" }, message: 'must match pattern "^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/([a-z0-9-]+/)*$"' };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/trusted/org-paths/" + i4, schemaPath: "#/properties/trusted/properties/org-paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            let i5 = data5.length;
            let j2;
            if (i5 > 1) {
              const indices0 = {};
              for (; i5--; ) {
                let item0 = data5[i5];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j2 = indices0[item0];
                  const err12 = { instancePath: instancePath + "/trusted/org-paths", schemaPath: "#/properties/trusted/properties/org-paths/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i5;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/trusted/org-paths", schemaPath: "#/properties/trusted/properties/org-paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data0.expressions !== void 0) {
          let data7 = data0.expressions;
          if (Array.isArray(data7)) {
            const len3 = data7.length;
            for (let i6 = 0; i6 < len3; i6++) {
              let data8 = data7[i6];
              if (typeof data8 === "string") {
                if (func4(data8) < 1) {
                  const err14 = { instancePath: instancePath + "/trusted/expressions/" + i6, schemaPath: "#/properties/trusted/properties/expressions/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = { instancePath: instancePath + "/trusted/expressions/" + i6, schemaPath: "#/properties/trusted/properties/expressions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            let i7 = data7.length;
            let j3;
            if (i7 > 1) {
              const indices1 = {};
              for (; i7--; ) {
                let item1 = data7[i7];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j3 = indices1[item1];
                  const err16 = { instancePath: instancePath + "/trusted/expressions", schemaPath: "#/properties/trusted/properties/expressions/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i7;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/trusted/expressions", schemaPath: "#/properties/trusted/properties/expressions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data0["github-orgs"] !== void 0) {
          let data9 = data0["github-orgs"];
          if (Array.isArray(data9)) {
            const len4 = data9.length;
            for (let i8 = 0; i8 < len4; i8++) {
              let data10 = data9[i8];
              if (typeof data10 === "string") {
                if (!pattern3.test(data10)) {
                  const err18 = { instancePath: instancePath + "/trusted/github-orgs/" + i8, schemaPath: "#/properties/trusted/properties/github-orgs/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"' };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = { instancePath: instancePath + "/trusted/github-orgs/" + i8, schemaPath: "#/properties/trusted/properties/github-orgs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            let i9 = data9.length;
            let j4;
            if (i9 > 1) {
              const indices2 = {};
              for (; i9--; ) {
                let item2 = data9[i9];
                if (typeof item2 !== "string") {
                  continue;
                }
                if (typeof indices2[item2] == "number") {
                  j4 = indices2[item2];
                  const err20 = { instancePath: instancePath + "/trusted/github-orgs", schemaPath: "#/properties/trusted/properties/github-orgs/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i9 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                  break;
                }
                indices2[item2] = i9;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/trusted/github-orgs", schemaPath: "#/properties/trusted/properties/github-orgs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data0["module-sources"] !== void 0) {
          let data11 = data0["module-sources"];
          if (Array.isArray(data11)) {
            const len5 = data11.length;
            for (let i10 = 0; i10 < len5; i10++) {
              let data12 = data11[i10];
              if (typeof data12 === "string") {
                if (func4(data12) < 1) {
                  const err22 = { instancePath: instancePath + "/trusted/module-sources/" + i10, schemaPath: "#/properties/trusted/properties/module-sources/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/trusted/module-sources/" + i10, schemaPath: "#/properties/trusted/properties/module-sources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            let i11 = data11.length;
            let j5;
            if (i11 > 1) {
              const indices3 = {};
              for (; i11--; ) {
                let item3 = data11[i11];
                if (typeof item3 !== "string") {
                  continue;
                }
                if (typeof indices3[item3] == "number") {
                  j5 = indices3[item3];
                  const err24 = { instancePath: instancePath + "/trusted/module-sources", schemaPath: "#/properties/trusted/properties/module-sources/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i11 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                  break;
                }
                indices3[item3] = i11;
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/trusted/module-sources", schemaPath: "#/properties/trusted/properties/module-sources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data0["identity-providers"] !== void 0) {
          let data13 = data0["identity-providers"];
          if (Array.isArray(data13)) {
            const len6 = data13.length;
            for (let i12 = 0; i12 < len6; i12++) {
              let data14 = data13[i12];
              if (typeof data14 === "string") {
                if (func4(data14) > 512) {
                  const err26 = { instancePath: instancePath + "/trusted/identity-providers/" + i12, schemaPath: "#/properties/trusted/properties/identity-providers/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                if (func4(data14) < 1) {
                  const err27 = { instancePath: instancePath + "/trusted/identity-providers/" + i12, schemaPath: "#/properties/trusted/properties/identity-providers/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              } else {
                const err28 = { instancePath: instancePath + "/trusted/identity-providers/" + i12, schemaPath: "#/properties/trusted/properties/identity-providers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            let i13 = data13.length;
            let j6;
            if (i13 > 1) {
              const indices4 = {};
              for (; i13--; ) {
                let item4 = data13[i13];
                if (typeof item4 !== "string") {
                  continue;
                }
                if (typeof indices4[item4] == "number") {
                  j6 = indices4[item4];
                  const err29 = { instancePath: instancePath + "/trusted/identity-providers", schemaPath: "#/properties/trusted/properties/identity-providers/uniqueItems", keyword: "uniqueItems", params: { i: i13, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i13 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                  break;
                }
                indices4[item4] = i13;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/trusted/identity-providers", schemaPath: "#/properties/trusted/properties/identity-providers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data0["aws-service-accounts"] !== void 0) {
          if (typeof data0["aws-service-accounts"] !== "boolean") {
            const err31 = { instancePath: instancePath + "/trusted/aws-service-accounts", schemaPath: "#/properties/trusted/properties/aws-service-accounts/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/trusted", schemaPath: "#/properties/trusted/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.accounts !== void 0) {
      let data16 = data.accounts;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        for (const key2 in data16) {
          const _errs39 = errors;
          if (typeof key2 === "string") {
            if (!pattern0.test(key2)) {
              const err33 = { instancePath: instancePath + "/accounts", schemaPath: "#/definitions/accountId/pattern", keyword: "pattern", params: { pattern: "^\\d{12}$" }, message: 'must match pattern "^\\d{12}$"', propertyName: key2 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/accounts", schemaPath: "#/definitions/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key2 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          var valid25 = _errs39 === errors;
          if (!valid25) {
            const err35 = { instancePath: instancePath + "/accounts", schemaPath: "#/properties/accounts/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        for (const key3 in data16) {
          let data17 = data16[key3];
          if (typeof data17 === "string") {
            if (func4(data17) > 100) {
              const err36 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/accounts/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (func4(data17) < 1) {
              const err37 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/accounts/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          } else {
            const err38 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/accounts/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/accounts", schemaPath: "#/properties/accounts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.approvals !== void 0) {
      let data18 = data.approvals;
      if (Array.isArray(data18)) {
        const len7 = data18.length;
        for (let i14 = 0; i14 < len7; i14++) {
          let data19 = data18[i14];
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.principal === void 0) {
              const err40 = { instancePath: instancePath + "/approvals/" + i14, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "principal" }, message: "must have required property 'principal'" };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data19.reason === void 0) {
              const err41 = { instancePath: instancePath + "/approvals/" + i14, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data19.approved_by === void 0) {
              const err42 = { instancePath: instancePath + "/approvals/" + i14, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "approved_by" }, message: "must have required property 'approved_by'" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            for (const key4 in data19) {
              if (!(key4 === "principal" || key4 === "reason" || key4 === "approved_by" || key4 === "ticket" || key4 === "expires" || key4 === "resources" || key4 === "actions")) {
                const err43 = { instancePath: instancePath + "/approvals/" + i14, schemaPath: "#/properties/approvals/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data19.principal !== void 0) {
              let data20 = data19.principal;
              if (typeof data20 === "string") {
                if (func4(data20) > 2048) {
                  const err44 = { instancePath: instancePath + "/approvals/" + i14 + "/principal", schemaPath: "#/properties/approvals/items/properties/principal/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
                if (func4(data20) < 1) {
                  const err45 = { instancePath: instancePath + "/approvals/" + i14 + "/principal", schemaPath: "#/properties/approvals/items/properties/principal/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              } else {
                const err46 = { instancePath: instancePath + "/approvals/" + i14 + "/principal", schemaPath: "#/properties/approvals/items/properties/principal/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data19.reason !== void 0) {
              let data21 = data19.reason;
              if (typeof data21 === "string") {
                if (func4(data21) < 1) {
                  const err47 = { instancePath: instancePath + "/approvals/" + i14 + "/reason", schemaPath: "#/properties/approvals/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              } else {
                const err48 = { instancePath: instancePath + "/approvals/" + i14 + "/reason", schemaPath: "#/properties/approvals/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data19.approved_by !== void 0) {
              let data22 = data19.approved_by;
              if (typeof data22 === "string") {
                if (func4(data22) < 1) {
                  const err49 = { instancePath: instancePath + "/approvals/" + i14 + "/approved_by", schemaPath: "#/properties/approvals/items/properties/approved_by/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              } else {
                const err50 = { instancePath: instancePath + "/approvals/" + i14 + "/approved_by", schemaPath: "#/properties/approvals/items/properties/approved_by/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data19.ticket !== void 0) {
              if (typeof data19.ticket !== "string") {
                const err51 = { instancePath: instancePath + "/approvals/" + i14 + "/ticket", schemaPath: "#/properties/approvals/items/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data19.expires !== void 0) {
              let data24 = data19.expires;
              if (typeof data24 === "string") {
                if (!pattern5.test(data24)) {
                  const err52 = { instancePath: instancePath + "/approvals/" + i14 + "/expires", schemaPath: "#/properties/approvals/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              } else {
                const err53 = { instancePath: instancePath + "/approvals/" + i14 + "/expires", schemaPath: "#/properties/approvals/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data19.resources !== void 0) {
              let data25 = data19.resources;
              if (Array.isArray(data25)) {
                if (data25.length < 1) {
                  const err54 = { instancePath: instancePath + "/approvals/" + i14 + "/resources", schemaPath: "#/properties/approvals/items/properties/resources/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
                const len8 = data25.length;
                for (let i15 = 0; i15 < len8; i15++) {
                  let data26 = data25[i15];
                  if (typeof data26 === "string") {
                    if (func4(data26) < 1) {
                      const err55 = { instancePath: instancePath + "/approvals/" + i14 + "/resources/" + i15, schemaPath: "#/properties/approvals/items/properties/resources/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err55];
                      } else {
                        vErrors.push(err55);
                      }
                      errors++;
                    }
                  } else {
                    const err56 = { instancePath: instancePath + "/approvals/" + i14 + "/resources/" + i15, schemaPath: "#/properties/approvals/items/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
              } else {
                const err57 = { instancePath: instancePath + "/approvals/" + i14 + "/resources", schemaPath: "#/properties/approvals/items/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data19.actions !== void 0) {
              let data27 = data19.actions;
              if (Array.isArray(data27)) {
                if (data27.length < 1) {
                  const err58 = { instancePath: instancePath + "/approvals/" + i14 + "/actions", schemaPath: "#/properties/approvals/items/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
                const len9 = data27.length;
                for (let i16 = 0; i16 < len9; i16++) {
                  let data28 = data27[i16];
                  if (typeof data28 === "string") {
                    if (func4(data28) < 1) {
                      const err59 = { instancePath: instancePath + "/approvals/" + i14 + "/actions/" + i16, schemaPath: "#/properties/approvals/items/properties/actions/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err59];
                      } else {
                        vErrors.push(err59);
                      }
                      errors++;
                    }
                  } else {
                    const err60 = { instancePath: instancePath + "/approvals/" + i14 + "/actions/" + i16, schemaPath: "#/properties/approvals/items/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                }
              } else {
                const err61 = { instancePath: instancePath + "/approvals/" + i14 + "/actions", schemaPath: "#/properties/approvals/items/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
          } else {
            const err62 = { instancePath: instancePath + "/approvals/" + i14, schemaPath: "#/properties/approvals/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
      } else {
        const err63 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
  } else {
    const err64 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err64];
    } else {
      vErrors.push(err64);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
function allowlistSchemaValidator() {
  return validate;
}

// src/allowlist/load.ts
function validate2(value) {
  const validator = allowlistSchemaValidator();
  return { ok: validator(value), errors: validator.errors ?? [] };
}
var MAX_ALLOWLIST_BYTES = 1024 * 1024;
function parseAllowlist(file, text) {
  if (text.length > MAX_ALLOWLIST_BYTES)
    return { errors: [{ file, message: "allowlist is larger than 1 MiB" }] };
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset) => offset === void 0 ? void 0 : lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((e) => ({
        file,
        line: lineAt(e.pos[0]),
        message: `invalid YAML: ${firstLine(e.message)}`
      }))
    };
  }
  (0, import_yaml.visit)(doc, {
    Scalar(_key, node) {
      if (typeof node.value === "number" && typeof node.source === "string" && /^\d+$/.test(node.source)) {
        node.value = node.source;
      }
    }
  });
  let value;
  try {
    value = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (err) {
    return { errors: [{ file, line: 1, message: `invalid YAML: ${firstLine(err.message)}` }] };
  }
  const approvalLine = (index) => {
    const node = doc.getIn(["approvals", index], true);
    return lineAt(node?.range?.[0]) ?? 1;
  };
  const providerLine = (index) => {
    const node = doc.getIn(["trusted", "identity-providers", index], true);
    return lineAt(node?.range?.[0]) ?? 1;
  };
  const { ok, errors } = validate2(value);
  if (!ok) {
    const semantic = valueProblems(value, file, approvalLine, providerLine).filter(
      (s) => !errors.some((e) => `${e.instancePath.slice(1).replaceAll("/", ".")}` === s.field)
    );
    const schemaErrors = errors.map((e) => {
      const path = e.instancePath.split("/").slice(1).map(decodePointer);
      const node = doc.getIn(path, true);
      const where = e.instancePath === "" ? "the file" : e.instancePath.slice(1).replaceAll("/", ".");
      const extra = e.keyword === "additionalProperties" ? ` '${String(e.params.additionalProperty)}'` : "";
      return {
        file,
        line: lineAt(node?.range?.[0]) ?? 1,
        message: `${where}: ${e.message ?? "invalid"}${extra}`
      };
    });
    const all = [...schemaErrors, ...semantic.map(({ field: _f, ...e }) => e)];
    return { errors: all.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
  }
  const v = value;
  const semanticErrors = [];
  const warnings = [];
  const approvals = [];
  const seen = /* @__PURE__ */ new Map();
  semanticErrors.push(...valueProblems(v, file, approvalLine, providerLine).map(({ field: _f, ...e }) => e));
  (v.approvals ?? []).forEach((a, index) => {
    const line = approvalLine(index);
    const key = JSON.stringify([a.principal, a.resources ?? [], a.actions ?? []]);
    const dup = seen.get(key);
    if (dup !== void 0)
      warnings.push(`approvals.${index} repeats approvals.${dup} (same principal and scope)`);
    else seen.set(key, index);
    const shared = sharedProviderOnly(a.principal);
    if (shared) {
      warnings.push(
        `approvals.${index} approves every token of ${shared}, a shared issuer (any of its customers: public access)${a.resources ? ` on ${a.resources.join(", ")}` : " on every resource"}; add #<subject pattern> to approve one subject`
      );
    }
    if (a.principal === "*") {
      warnings.push(
        `approvals.${index} approves public access ("*")${a.resources ? ` on ${a.resources.join(", ")}` : " on every resource"}`
      );
    }
    approvals.push({ index, line, ...a });
  });
  if (semanticErrors.length > 0) return { errors: semanticErrors };
  const t = v.trusted ?? {};
  return {
    allowlist: {
      file,
      zone: {
        accounts: t.accounts ?? [],
        organizations: t.organizations ?? [],
        orgPaths: t["org-paths"] ?? [],
        expressions: t.expressions ?? [],
        githubOrgs: t["github-orgs"] ?? [],
        moduleSources: t["module-sources"] ?? [],
        identityProviders: t["identity-providers"] ?? []
      },
      trustAwsServiceAccounts: t["aws-service-accounts"] === true,
      accountNames: v.accounts ?? {},
      approvals,
      warnings
    }
  };
}
function valueProblems(value, file, lineOf, trustedLine = () => 1) {
  const out = [];
  const providers = value?.trusted?.["identity-providers"];
  if (Array.isArray(providers)) {
    providers.forEach((entry, index) => {
      if (typeof entry !== "string") return;
      const problem = identityProviderProblem(entry);
      if (!problem) return;
      const field = `trusted.identity-providers.${index}`;
      out.push({ file, line: trustedLine(index), message: `${field}: ${problem}`, field });
    });
  }
  const approvals = value?.approvals;
  if (!Array.isArray(approvals)) return out;
  approvals.forEach((a, index) => {
    if (a === null || typeof a !== "object") return;
    const { principal, expires } = a;
    const problem = typeof principal === "string" ? principalProblem(principal) : null;
    if (problem) {
      const field = `approvals.${index}.principal`;
      out.push({ file, line: lineOf(index), message: `${field}: ${problem}`, field });
    }
    if (typeof expires === "string" && /^\d{4}-\d{2}-\d{2}$/.test(expires) && !isRealDate(expires)) {
      const field = `approvals.${index}.expires`;
      out.push({
        file,
        line: lineOf(index),
        message: `${field}: '${expires}' is not a calendar date`,
        field
      });
    }
  });
  return out;
}
function principalProblem(p) {
  if (p === "*") return null;
  const hash = p.indexOf("#");
  if (hash >= 0) {
    const provider = p.slice(0, hash);
    if (provider === "") return `'${p}' names no identity provider before '#'`;
    if (isGlob(provider.replace(/\$\{[^}]*\}/g, "")))
      return `'${p}': the identity provider before '#' must be written out (its host, saml-provider/NAME, ARN or the expression the report prints), without wildcards`;
    if (p.slice(hash + 1) === "") return `'${p}' has no subject pattern after '#'`;
    return null;
  }
  if (p.includes("${") || !isGlob(p)) return null;
  const arn = /^arn:[^:*?]*:[^:*?]*:[^:*?]*:(\d{12}):./.exec(p);
  if (arn) return null;
  if (/^arn:aws[a-z0-9-]*:iam::\d{12}:(saml|oidc)-provider\/[^*?]+#/.test(p)) return null;
  return `'${p}' is a pattern that could match principals of any account; patterns must name the account (arn:aws:iam::123456789012:role/*). To approve public access write "*" alone.`;
}
function identityProviderProblem(entry) {
  if (entry.replace(/[*?]/g, "").trim() === "")
    return `'${entry}' would trust every identity provider; name the provider (saml-provider/Okta, oidc.eks.eu-west-1.amazonaws.com/id/ABC)`;
  const host = normalizeIssuer(entry.replace(/^(arn:[^:]*:iam::[^:]*:)?oidc-provider\//i, ""));
  if (!isGlob(host) && isSharedIssuer(host))
    return `'${entry}' is a shared issuer: every customer of it gets tokens. Trust a GitHub organisation with trusted.github-orgs, or approve provider#subject patterns`;
  return null;
}
function sharedProviderOnly(principal) {
  if (principal.includes("#")) return null;
  const host = normalizeIssuer(principal.replace(/^(arn:[^:]*:iam::[^:]*:)?oidc-provider\//i, ""));
  return !isGlob(host) && host.includes(".") && isSharedIssuer(host) ? host : null;
}
function isRealDate(s) {
  const d = /* @__PURE__ */ new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
function decodePointer(s) {
  const t = s.replaceAll("~1", "/").replaceAll("~0", "~");
  return /^\d+$/.test(t) ? Number(t) : t;
}
function firstLine(s) {
  return s.split("\n")[0] ?? s;
}

// src/sources/overlay-snapshot.ts
function overlaySnapshot(base, mount, overlay) {
  const prefix = `${mount.replace(/\/+$/, "")}/`;
  const mounted = new Map(overlay.paths.map((p) => [`${prefix}${p}`, p]));
  const paths = [...base.paths.filter((p) => !p.startsWith(prefix)), ...mounted.keys()].sort();
  const ignored = base.ignored?.filter((p) => !p.startsWith(prefix));
  return {
    texts: new TextCache(),
    paths,
    ...ignored ? { ignored } : {},
    read(path) {
      const inner = mounted.get(path);
      if (inner !== void 0) return overlay.read(inner);
      if (path.startsWith(prefix)) return { error: "file not found" };
      return base.read(path);
    }
  };
}

// src/sources/terraform-modules.ts
import { lstatSync, readdirSync, realpathSync } from "node:fs";
import { join, relative, sep } from "node:path";
var MAX_MOUNT_FILES = 2e4;
var MAX_MOUNT_BYTES = 256 * 1024 * 1024;
var MAX_SEARCH_DIRS = 1e5;
var MAX_DEPTH = 32;
var SKIP = /* @__PURE__ */ new Set([".git", "node_modules"]);
var ModuleMountError = class extends Error {
};
function terraformModuleMounts(workspace, roots, warn) {
  const real = realpathSync(workspace);
  const found = roots === "all" ? findModuleFolders(real, warn) : roots.map((r) => named(real, r));
  const mounts = [];
  for (const rel of found) {
    const listed = listMount(join(real, ...rel.split("/")), rel);
    if (typeof listed === "string") warn(`${rel} is not mounted: ${listed}`);
    else mounts.push({ mount: rel, snapshot: listed });
  }
  return mounts;
}
function withModuleMounts(snapshot, mounts) {
  return mounts.reduce((s, m) => overlaySnapshot(s, m.mount, m.snapshot), snapshot);
}
function modulesOf(root) {
  return root === "" ? ".terraform/modules" : `${root}/.terraform/modules`;
}
function named(workspace, root) {
  const rel = modulesOf(
    root.replace(/^\.\/+/, "").replace(/\/+$/, "").replace(/^\.$/, "")
  );
  const abs = join(workspace, ...rel.split("/"));
  let why;
  try {
    if (!lstatSync(abs).isDirectory()) why = "is not a folder (a symbolic link or a file)";
    else if (!inside(realpathSync(abs), workspace)) why = "lies outside the workspace";
  } catch {
    why = "does not exist: run `terraform init -backend=false` in that root first";
  }
  if (why) throw new ModuleMountError(`terraform-modules: ${rel} ${why}`);
  return rel;
}
function findModuleFolders(workspace, warn) {
  const out = [];
  let visited = 0;
  const walk = (abs, rel, depth) => {
    if (++visited > MAX_SEARCH_DIRS || depth > MAX_DEPTH) return;
    for (const e of entries(abs)) {
      if (!e.isDirectory() || SKIP.has(e.name)) continue;
      const childRel = rel === "" ? e.name : `${rel}/${e.name}`;
      if (e.name === ".terraform") {
        const modules = entries(join(abs, e.name)).find((m) => m.name === "modules");
        if (modules?.isDirectory()) {
          if (entries(join(abs, e.name, "modules")).some((m) => m.name === "modules.json" && m.isFile()))
            out.push(`${childRel}/modules`);
        } else if (modules?.isSymbolicLink()) warn(`${childRel}/modules is a symbolic link: not mounted`);
        continue;
      }
      walk(join(abs, e.name), childRel, depth + 1);
    }
  };
  walk(workspace, "", 0);
  if (visited > MAX_SEARCH_DIRS)
    warn(`terraform-modules: the search stopped after ${MAX_SEARCH_DIRS} folders; name the roots instead`);
  return out.sort();
}
function entries(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}
function listMount(abs, rel) {
  const files = /* @__PURE__ */ new Map();
  let bytes = 0;
  let tooMany;
  const walk = (dir, relDir) => {
    for (const e of entries(dir)) {
      if (tooMany) return;
      const path = relDir === "" ? e.name : `${relDir}/${e.name}`;
      const full = join(dir, e.name);
      if (e.isSymbolicLink()) {
        files.set(path, { error: `symbolic link in ${rel}; not followed` });
      } else if (e.isDirectory()) {
        walk(full, path);
      } else if (e.isFile()) {
        bytes += lstatSync(full).size;
        files.set(path, full);
        if (files.size > MAX_MOUNT_FILES) tooMany = `more than ${MAX_MOUNT_FILES} files`;
        else if (bytes > MAX_MOUNT_BYTES) tooMany = `more than ${MAX_MOUNT_BYTES / 1048576} MiB`;
      }
    }
  };
  walk(abs, "");
  if (tooMany) return tooMany;
  return directorySnapshotOf({ root: abs, files });
}
function inside(path, root) {
  const rel = relative(root, path);
  return rel === "" || !rel.startsWith("..") && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel);
}

export {
  parallelReader,
  parseAllowlist,
  overlaySnapshot,
  terraformModuleMounts,
  withModuleMounts
};
