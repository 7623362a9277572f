import { createRequire as __cagCreateRequire } from "node:module";
import { fileURLToPath as __cagFileURLToPath } from "node:url";
import { dirname as __cagDirname } from "node:path";
const require = __cagCreateRequire(import.meta.url);
const __filename = __cagFileURLToPath(import.meta.url);
const __dirname = __cagDirname(__filename);
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-EVVZM25H.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key2, node, visitor, path) {
      const ctrl = callVisitor(key2, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path, ctrl);
        return visit_(key2, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key2, node, visitor, path) {
      const ctrl = await callVisitor(key2, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path, ctrl);
        return visitAsync_(key2, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key2, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key2, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key2, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key2, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key2, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key2, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key2, node, path);
      return void 0;
    }
    function replaceNode(key2, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key2] = node;
      } else if (identity.isPair(parent)) {
        if (key2 === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj2, key2, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj2, key2, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key2, ...rest] = path;
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key2, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key2);
        const node = this.get(key2, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key2, ...rest] = path;
        const node = this.get(key2, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key2, ...rest] = path;
        if (rest.length === 0)
          return this.has(key2);
        const node = this.get(key2, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key2, ...rest] = path;
        if (rest.length === 0) {
          this.set(key2, value);
        } else {
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str3) => str3.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str3, indent, comment) => str3.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str3.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str3) => /^(%|---|\.\.\.)/m.test(str3);
    function lineLengthOverLimit(str3, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str3.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str3[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str3 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str3 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str3 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str3 += "\\0";
                    break;
                  case "0007":
                    str3 += "\\a";
                    break;
                  case "000b":
                    str3 += "\\v";
                    break;
                  case "001b":
                    str3 += "\\e";
                    break;
                  case "0085":
                    str3 += "\\N";
                    break;
                  case "00a0":
                    str3 += "\\_";
                    break;
                  case "2028":
                    str3 += "\\L";
                    break;
                  case "2029":
                    str3 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str3 += "\\x" + code.substr(2);
                    else
                      str3 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str3 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str3 += "\n";
                  i += 2;
                }
                str3 += indent;
                if (json[i + 2] === " ")
                  str3 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str3 = start ? str3 + json.slice(start) : json;
      return implicitKey ? str3 : foldFlowLines.foldFlowLines(str3, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str3 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str3);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str3 : foldFlowLines.foldFlowLines(str3, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj2;
      if (identity.isScalar(item)) {
        obj2 = item.value;
        let match = tags.filter((t) => t.identify?.(obj2));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj2 = item;
        tagObj = tags.find((t) => t.nodeClass && obj2 instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj2?.constructor?.name ?? (obj2 === null ? "null" : typeof obj2);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str3 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str3;
      return identity.isScalar(node) || str3[0] === "{" || str3[0] === "[" ? `${props} ${str3}` : `${props}
${ctx.indent}${str3}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key: key2, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key2) && key2.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key2) || !identity.isNode(key2) && typeof key2 === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key2 || keyComment && value == null && !ctx.inFlow || identity.isCollection(key2) || (identity.isScalar(key2) ? key2.type === Scalar.Scalar.BLOCK_FOLDED || key2.type === Scalar.Scalar.BLOCK_LITERAL : typeof key2 === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str3 = stringify.stringify(key2, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str3.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str3 === "" ? "?" : explicitKey ? `? ${str3}` : str3;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str3 = `? ${str3}`;
        if (keyComment && !keyCommentDone) {
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str3;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
        str3 = `? ${str3}
${indent}:`;
      } else {
        str3 = `${str3}:`;
        if (keyComment)
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str3.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str3 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str3;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key2) => (merge.identify(key2) || identity.isScalar(key2) && (!key2.type || key2.type === Scalar.Scalar.PLAIN) && merge.identify(key2.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key2, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key2))
            map.set(key2, value2);
        } else if (map instanceof Set) {
          map.add(key2);
        } else if (!Object.prototype.hasOwnProperty.call(map, key2)) {
          Object.defineProperty(map, key2, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key: key2, value }) {
      if (identity.isNode(key2) && key2.addToJSMap)
        key2.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key2))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key2, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key2, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key2, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key2) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key2.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key2, value, ctx) {
      const k = createNode.createNode(key2, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key2, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key2;
        this.value = value;
      }
      clone(schema) {
        let { key: key2, value } = this;
        if (identity.isNode(key2))
          key2 = key2.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key2, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str4 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str4 += stringifyComment.lineComment(str4, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str4);
      }
      let str3;
      if (lines.length === 0) {
        str3 = flowChars.start + flowChars.end;
      } else {
        str3 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str3 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str3 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str3;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str3 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str3.includes("\n"));
        if (i < items.length - 1) {
          str3 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str3.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str3 += ",";
          }
        }
        if (comment)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment));
        lines.push(str3);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str3 = start;
          for (const line of lines)
            str3 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str3}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key2) {
      const k = identity.isScalar(key2) ? key2.value : key2;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key2 || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap2 = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj2, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add2 = (key2, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj2, key2, value);
          else if (Array.isArray(replacer) && !replacer.includes(key2))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key2, value, ctx));
        };
        if (obj2 instanceof Map) {
          for (const [key2, value] of obj2)
            add2(key2, value);
        } else if (obj2 && typeof obj2 === "object") {
          for (const key2 of Object.keys(obj2))
            add2(key2, obj2[key2]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key2) {
        const it = findPair(this.items, key2);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const it = findPair(this.items, key2);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key2) {
        return !!findPair(this.items, key2);
      }
      set(key2, value) {
        this.add(new Pair.Pair(key2, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap2;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap2 = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap2.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj2, ctx) => YAMLMap2.YAMLMap.from(schema, obj2, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq2 = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key2) {
        const idx = asItemIndex(key2);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key2, value) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key2}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj2, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj2 && Symbol.iterator in Object(obj2)) {
          let i = 0;
          for (let it of obj2) {
            if (typeof replacer === "function") {
              const key2 = obj2 instanceof Set ? it : String(i++);
              it = replacer.call(obj2, key2, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key2) {
      let idx = identity.isScalar(key2) ? key2.value : key2;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq2;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq2 = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq2.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj2, ctx) => YAMLSeq2.YAMLSeq.from(schema, obj2, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str3) => str3,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str3) => new Scalar.Scalar(str3[0] === "t" || str3[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str3) => str3.slice(-3).toLowerCase() === "nan" ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str3) => parseFloat(str3),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str3) {
        const node = new Scalar.Scalar(parseFloat(str3));
        const dot = str3.indexOf(".");
        if (dot !== -1 && str3[str3.length - 1] === "0")
          node.minFractionDigits = str3.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str3, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str3) : parseInt(str3.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str3) => str3,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str3) => str3 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str3, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str3) : parseInt(str3, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str3) => parseFloat(str3),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str3, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str3)}`);
        return str3;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str3 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str3.length);
          for (let i = 0; i < str3.length; ++i)
            buffer[i] = str3.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str3;
        if (typeof node_buffer.Buffer === "function") {
          str3 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str3 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str3.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str3.substr(o, lineWidth);
          }
          str3 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str3 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq2 = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq2.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key2, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key2 = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key2 = keys[0];
              value = it[key2];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key2 = it;
          }
          pairs2.items.push(Pair.createPair(key2, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq2.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap2.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap2.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap2.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap2.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap2.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key2, value;
          if (identity.isPair(pair)) {
            key2 = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key2, ctx);
          } else {
            key2 = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key2))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key2, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key: key2 } of pairs$1.items) {
          if (identity.isScalar(key2)) {
            if (seenKeys.includes(key2.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key2.value}`);
            } else {
              seenKeys.push(key2.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str3) => str3.slice(-3).toLowerCase() === "nan" ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str3) => parseFloat(str3.replace(/_/g, "")),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str3) {
        const node = new Scalar.Scalar(parseFloat(str3.replace(/_/g, "")));
        const dot = str3.indexOf(".");
        if (dot !== -1) {
          const f = str3.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str3, offset, radix, { intAsBigInt }) {
      const sign = str3[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str3 = str3.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str3 = `0b${str3}`;
            break;
          case 8:
            str3 = `0o${str3}`;
            break;
          case 16:
            str3 = `0x${str3}`;
            break;
        }
        const n2 = BigInt(str3);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str3, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str3 = value.toString(radix);
        return value < 0 ? "-" + prefix + str3.substr(1) : prefix + str3;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap2.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key2) {
        let pair;
        if (identity.isPair(key2))
          pair = key2;
        else if (key2 && typeof key2 === "object" && "key" in key2 && "value" in key2 && key2.value === null)
          pair = new Pair.Pair(key2.key, null);
        else
          pair = new Pair.Pair(key2, null);
        const prev = YAMLMap2.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key2, keepPair) {
        const pair = YAMLMap2.findPair(this.items, key2);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key2, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap2.findPair(this.items, key2);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key2));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str3, asBigInt) {
      const sign = str3[0];
      const parts = sign === "-" || sign === "+" ? str3.substring(1) : str3;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str3, _onError, { intAsBigInt }) => parseSexagesimal(str3, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str3) => parseSexagesimal(str3, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str3) {
        const match = str3.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key2) => key2 !== "yaml11").map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key2, value, options = {}) {
        const k = this.createNode(key2, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        return assertCollection(this.contents) ? this.contents.delete(key2) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key2, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key2, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key2) {
        return identity.isCollection(this.contents) ? this.contents.has(key2) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key2, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key2], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key2, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key2) {
      if (!key2)
        return null;
      switch (key2.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key2.source.includes("\n"))
            return true;
          if (key2.end) {
            for (const st of key2.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key2.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap2 = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap2.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key: key2, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key2 ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key2) {
            if (key2.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key2 && key2.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key2)) {
            onError(key2 ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key2 ? composeNode(ctx, key2, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key2, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key2 || key2.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq2 = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq2.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap2.YAMLMap : YAMLSeq2.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key: key2, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key2 ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key2))
            onError(
              key2,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key2 ? composeNode(ctx, key2, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key2))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap2.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap2.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq2.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar2, onError) {
      const start = scalar2.offset;
      const header = parseBlockScalarHeader(scalar2, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar2.source ? splitLines(scalar2.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar2.source)
          end2 += scalar2.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar2.indent + header.indent;
      let offset = scalar2.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar2.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar2, strict, onError) {
      const { offset, type, source, end } = scalar2;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar2, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar2;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar2 = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar2 = new Scalar.Scalar(value);
      }
      scalar2.range = range;
      scalar2.source = value;
      if (type)
        scalar2.type = type;
      if (tagName)
        scalar2.tag = tagName;
      if (tag.format)
        scalar2.format = tag.format;
      if (comment)
        scalar2.comment = comment;
      return scalar2;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key2 of Object.keys(token))
          if (key2 !== "type" && key2 !== "offset")
            delete token[key2];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key2 of Object.keys(token))
            if (key2 !== "type" && key2 !== "offset")
              delete token[key2];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key: key2, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key2)
        res += stringifyToken(key2);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field3, index] of path) {
        const tok = item?.[field3];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field3 = path[path.length - 1][0];
      const coll = parent?.[field3];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field3 of ["key", "value"]) {
        const token = item[field3];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field3, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field3 === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer2 = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer2;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar2) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar2.end) {
            sep2 = scalar2.end;
            sep2.push(this.sourceToken);
            delete scalar2.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar2.offset,
            indent: scalar2.indent,
            items: [{ start, key: scalar2, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar2);
      }
      *blockScalar(scalar2) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar2.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar2.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key2 = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: key2, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap2.YAMLMap;
    exports.YAMLSeq = YAMLSeq2.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/model/objects.ts
function setOwn(out, key2, value) {
  if (key2 === "__proto__")
    Object.defineProperty(out, key2, { value, enumerable: true, writable: true, configurable: true });
  else out[key2] = value;
}

// src/model/symbolic.ts
var OPEN = "\uE000";
var CLOSE = "\uE001";
var REF_SEP = "\uE002";
var TOKEN_RE = /\uE000([a-z])([^\uE000\uE001]*)\uE001/g;
var KIND_LETTER = { unresolved: "u", self: "s", region: "r", ref: "f" };
var LETTER_KIND = { u: "unresolved", s: "self", r: "region", f: "ref" };
function unresolved(expression) {
  return OPEN + KIND_LETTER.unresolved + sanitizeText(expression) + CLOSE;
}
function resourceRef(address, attribute) {
  return OPEN + KIND_LETTER.ref + sanitizeText(address) + REF_SEP + sanitizeText(attribute) + CLOSE;
}
function refAddress(text2) {
  const m = /^\uE000f([^\uE000\uE001]*)\uE001$/.exec(text2);
  if (!m) return null;
  const body = m[1] ?? "";
  const sep2 = body.indexOf(REF_SEP);
  return sep2 < 0 ? { address: body, attribute: "" } : { address: body.slice(0, sep2), attribute: body.slice(sep2 + 1) };
}
var SELF_ACCOUNT = OPEN + KIND_LETTER.self + CLOSE;
var SELF_REGION = OPEN + KIND_LETTER.region + CLOSE;
function sanitizeText(text2) {
  return /[\uE000-\uE002]/.test(text2) ? text2.replace(/[\uE000-\uE002]/g, "\uFFFD") : text2;
}
function hasToken(text2) {
  return text2.includes(OPEN);
}
function tokensIn(text2) {
  const out = [];
  for (const m of text2.matchAll(TOKEN_RE)) {
    out.push({ kind: LETTER_KIND[m[1] ?? "u"] ?? "unresolved", text: m[2] ?? "" });
  }
  return out;
}
function unresolvedExpressions(text2) {
  return [
    ...new Set(
      tokensIn(text2).filter((t) => t.kind === "unresolved").map((t) => t.text)
    )
  ];
}
function isSelfAccount(text2) {
  return text2 === SELF_ACCOUNT;
}
function isWholeUnresolved(text2) {
  const m = /^\uE000u([^\uE000\uE001]*)\uE001$/.exec(text2);
  return m !== null;
}
function renderText(text2) {
  if (!hasToken(text2)) return text2;
  return text2.replace(TOKEN_RE, (_m, letter, body) => {
    const kind = LETTER_KIND[letter];
    if (kind === "self") return "${own-account}";
    if (kind === "region") return "${region}";
    return "${" + body.replace(REF_SEP, ".") + "}";
  });
}
function renderValue(value) {
  if (typeof value === "string") return renderText(value);
  if (Array.isArray(value)) return value.map(renderValue);
  if (value !== null && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      setOwn(out, renderText(k), renderValue(v));
    }
    return out;
  }
  return value;
}

// src/sources/snapshot.ts
var MAX_FILE_BYTES = 16 * 1024 * 1024;
function tooLarge(size) {
  if (size <= MAX_FILE_BYTES) return void 0;
  return {
    error: `file is too large to analyse (${(size / 1048576).toFixed(1)} MiB, limit ${MAX_FILE_BYTES / 1048576} MiB)`
  };
}
function memorySnapshot(files) {
  const enc = new TextEncoder();
  const map = /* @__PURE__ */ new Map();
  for (const [p, c] of Object.entries(files)) map.set(p, typeof c === "string" ? enc.encode(c) : c);
  return {
    paths: [...map.keys()].sort(),
    read(path) {
      return map.get(path) ?? { error: "file not found" };
    }
  };
}

// src/sources/text.ts
var decoder = new TextDecoder("utf-8", { fatal: true });
var texts = /* @__PURE__ */ new WeakMap();
function readText(snapshot, path) {
  let byPath = texts.get(snapshot);
  if (!byPath) {
    byPath = /* @__PURE__ */ new Map();
    texts.set(snapshot, byPath);
  }
  let read = byPath.get(path);
  if (read === void 0) {
    const bytes = snapshot.read(path);
    read = bytes instanceof Uint8Array ? decodeText(bytes) : { error: bytes.error };
    byPath.set(path, read);
  }
  return read;
}
function textsRead(snapshot) {
  return [...texts.get(snapshot) ?? []];
}
function primeTexts(snapshot, entries) {
  let byPath = texts.get(snapshot);
  if (!byPath) {
    byPath = /* @__PURE__ */ new Map();
    texts.set(snapshot, byPath);
  }
  for (const [path, read] of entries) if (!byPath.has(path)) byPath.set(path, read);
}
function decodeText(bytes) {
  const large = tooLarge(bytes.byteLength);
  if (large) return large;
  let text2;
  try {
    text2 = decoder.decode(bytes);
  } catch {
    return { error: "file is not valid UTF-8 text" };
  }
  if (text2.charCodeAt(0) === 65279) text2 = text2.slice(1);
  if (text2.includes("\0")) return { error: "file is binary (contains NUL bytes)" };
  if (text2.includes("\r")) text2 = text2.replace(/\r\n?/g, "\n");
  return { text: sanitizeText(text2) };
}

// src/iac/cloudformation/located.ts
function scalar(value, line) {
  return { kind: "scalar", value, line };
}
function entryOf(map, key2) {
  return map.entries.find((e) => e.key === key2);
}
function field(node, key2) {
  return node?.kind === "map" ? entryOf(node, key2)?.value : void 0;
}
function asString(node) {
  return node?.kind === "scalar" && typeof node.value === "string" ? node.value : void 0;
}
function setOwnIfAbsent(out, key2, value) {
  if (!Object.hasOwn(out, key2)) setOwn(out, key2, value);
}
function toPlain(node) {
  switch (node.kind) {
    case "scalar":
      return node.value;
    case "seq":
      return node.items.map(toPlain);
    case "map": {
      const out = {};
      for (const e of node.entries) setOwn(out, e.key, toPlain(e.value));
      return out;
    }
  }
}
function fromPlain(value, line) {
  if (Array.isArray(value)) return { kind: "seq", items: value.map((v) => fromPlain(v, line)), line };
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(([key2, v]) => ({
      key: key2,
      keyLine: line,
      value: fromPlain(v, line)
    }));
    return { kind: "map", entries, line };
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return scalar(value, line);
  }
  return scalar(null, line);
}
function relocate(node, line) {
  switch (node.kind) {
    case "scalar":
      return node.line === line ? node : scalar(node.value, line);
    case "seq":
      return { kind: "seq", items: node.items.map((n) => relocate(n, line)), line };
    case "map":
      return {
        kind: "map",
        entries: node.entries.map((e) => ({ key: e.key, keyLine: line, value: relocate(e.value, line) })),
        line
      };
  }
}
function pathLinesOf(node) {
  const out = {};
  const walk = (n, prefix) => {
    if (n.kind === "map") {
      for (const e of n.entries) {
        const path = prefix === "" ? e.key : `${prefix}/${e.key}`;
        setOwnIfAbsent(out, path, e.keyLine);
        walk(e.value, path);
      }
    } else if (n.kind === "seq") {
      n.items.forEach((item, i) => {
        const path = prefix === "" ? String(i) : `${prefix}/${i}`;
        setOwnIfAbsent(out, path, item.line);
        walk(item, path);
      });
    }
  };
  walk(node, "");
  return out;
}
var ACCOUNT_RE = /(?<!\d)\d{12}(?!\d)/g;
var ARN_RE = /arn:aws[a-z-]*:[^\s"',]+/g;
var MAX_VALUE_TEXT = 512;
var NAME_ONLY = /* @__PURE__ */ new Set(["Ref", "Fn::GetAtt", "Condition", "Fn::FindInMap", "Fn::ImportValue"]);
var FIRST_ARG_IS_NAME = /* @__PURE__ */ new Set(["Fn::If", "Fn::Join", "Fn::Split", "Fn::Select"]);
function valueLinesOf(node) {
  const out = {};
  const add2 = (text2, line) => setOwnIfAbsent(out, text2, line);
  const scan = (n) => {
    if (n.value === null || typeof n.value === "boolean") return;
    const text2 = String(n.value);
    if (typeof n.value === "number" && !/^\d{12}$/.test(text2)) return;
    if (text2.length <= MAX_VALUE_TEXT) add2(text2, n.line);
    for (const re of [ACCOUNT_RE, ARN_RE]) {
      for (const m of text2.matchAll(re)) {
        const within = n.textLine === void 0 ? 0 : text2.slice(0, m.index).split("\n").length - 1;
        add2(m[0], n.textLine === void 0 ? n.line : n.textLine + within);
      }
    }
  };
  const walk = (n) => {
    if (n.kind === "scalar") scan(n);
    else if (n.kind === "seq") n.items.forEach(walk);
    else if (n.entries.length === 1 && (n.entries[0]?.key === "Ref" || n.entries[0]?.key.startsWith("Fn::"))) {
      const { key: key2, value } = n.entries[0];
      if (NAME_ONLY.has(key2)) return;
      if (FIRST_ARG_IS_NAME.has(key2) && value.kind === "seq") value.items.slice(1).forEach(walk);
      else walk(value);
    } else for (const e of n.entries) walk(e.value);
  };
  walk(node);
  return out;
}
var JSON_STRING = /"((?:[^"\\\n]|\\.)*)"/g;
function textValueLinesOf(node) {
  const out = {};
  const walk = (n) => {
    if (n.kind === "seq") n.items.forEach(walk);
    else if (n.kind === "map") for (const e of n.entries) walk(e.value);
    else if (n.textLine !== void 0 && typeof n.value === "string") {
      n.value.split("\n").forEach((text2, i) => {
        for (const m of text2.matchAll(JSON_STRING)) {
          let literal;
          try {
            literal = JSON.parse(m[0]);
          } catch {
            continue;
          }
          if (typeof literal === "string") setOwnIfAbsent(out, literal, n.textLine + i);
        }
      });
    }
  };
  walk(node);
  return out;
}
function exprText(node, max = 120) {
  let text2;
  if (node.kind === "scalar") text2 = String(node.value);
  else if (node.kind === "map" && node.entries.length === 1 && node.entries[0]?.key === "Ref") {
    const arg = node.entries[0].value;
    text2 = `Ref ${arg.kind === "scalar" ? String(arg.value) : JSON.stringify(toPlain(arg))}`;
  } else if (node.kind === "map" && node.entries.length === 1 && node.entries[0]?.key.startsWith("Fn::")) {
    const e = node.entries[0];
    text2 = `${e.key} ${JSON.stringify(toPlain(e.value))}`;
  } else text2 = JSON.stringify(toPlain(node));
  return text2.length > max ? `${text2.slice(0, max - 1)}\u2026` : text2;
}

// src/iac/cloudformation/parse.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/iac/cloudformation/json.ts
var JsonSyntaxError = class extends Error {
};
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
function parseStrictJson(text2, file, maxDepth) {
  let i = 0;
  let line = 1;
  const errors = [];
  let depthReported = false;
  const skipWhitespace = () => {
    for (; ; ) {
      const c = text2.charCodeAt(i);
      if (c === 10) line++;
      else if (c !== 32 && c !== 9 && c !== 13) return;
      i++;
    }
  };
  const readString = () => {
    const start = i;
    i++;
    for (; ; ) {
      const c = text2.charCodeAt(i);
      if (Number.isNaN(c) || c === 10) throw new JsonSyntaxError("unterminated string");
      if (c === 92) i += 2;
      else if (c === 34) break;
      else i++;
    }
    i++;
    const raw = text2.slice(start, i);
    return raw.includes("\\") || /[\u0000-\u001f]/.test(raw) ? JSON.parse(raw) : raw.slice(1, -1);
  };
  const readValue = (depth) => {
    skipWhitespace();
    const at = line;
    const c = text2[i];
    if (depth > maxDepth && (c === "{" || c === "[")) {
      if (!depthReported) {
        depthReported = true;
        errors.push({ file, line: at, message: `nesting deeper than ${maxDepth} levels` });
      }
      skipValue();
      return { kind: "scalar", value: null, line: at };
    }
    if (c === "{") return readObject(depth, at);
    if (c === "[") {
      i++;
      const items = [];
      skipWhitespace();
      if (text2[i] === "]") {
        i++;
        return { kind: "seq", items, line: at };
      }
      for (; ; ) {
        items.push(readValue(depth + 1));
        skipWhitespace();
        const next = text2[i++];
        if (next === "]") return { kind: "seq", items, line: at };
        if (next !== ",") throw new JsonSyntaxError("expected , or ]");
      }
    }
    if (c === '"') return { kind: "scalar", value: readString(), line: at };
    for (const [word, value2] of [
      ["true", true],
      ["false", false],
      ["null", null]
    ]) {
      if (text2.startsWith(word, i)) {
        i += word.length;
        return { kind: "scalar", value: value2, line: at };
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text2);
    if (!m) throw new JsonSyntaxError("unexpected character");
    i += m[0].length;
    const n = Number(m[0]);
    const value = /^-?\d+$/.test(m[0]) && !Number.isSafeInteger(n) ? m[0] : n;
    return { kind: "scalar", value, line: at };
  };
  const readObject = (depth, at) => {
    i++;
    const entries = [];
    let index;
    const find = (key2) => {
      if (index === void 0 && entries.length > 16) index = new Map(entries.map((e, n) => [e.key, n]));
      if (index !== void 0) return index.get(key2);
      const at2 = entries.findIndex((e) => e.key === key2);
      return at2 < 0 ? void 0 : at2;
    };
    skipWhitespace();
    if (text2[i] === "}") {
      i++;
      return { kind: "map", entries, line: at };
    }
    for (; ; ) {
      skipWhitespace();
      if (text2[i] !== '"') throw new JsonSyntaxError("expected a string key");
      const keyLine = line;
      const key2 = readString();
      skipWhitespace();
      if (text2[i++] !== ":") throw new JsonSyntaxError("expected :");
      const value = readValue(depth + 1);
      const seen = find(key2);
      if (seen === void 0) {
        index?.set(key2, entries.length);
        entries.push({ key: key2, keyLine, value });
      } else {
        errors.push({ file, line: keyLine, message: `invalid JSON: duplicate key ${JSON.stringify(key2)}` });
        entries[seen] = { key: key2, keyLine, value };
      }
      skipWhitespace();
      const next = text2[i++];
      if (next === "}") return { kind: "map", entries, line: at };
      if (next !== ",") throw new JsonSyntaxError("expected , or }");
    }
  };
  const skipValue = () => {
    let level = 0;
    do {
      const c = text2[i];
      if (c === void 0) throw new JsonSyntaxError("unexpected end");
      if (c === '"') {
        readString();
        continue;
      }
      if (c === "{" || c === "[") level++;
      else if (c === "}" || c === "]") level--;
      else if (c === "\n") line++;
      i++;
    } while (level > 0);
  };
  try {
    const root = readValue(0);
    skipWhitespace();
    if (i < text2.length) return null;
    return { root, errors };
  } catch (e) {
    if (e instanceof JsonSyntaxError || e instanceof SyntaxError) return null;
    throw e;
  }
}

// src/iac/cloudformation/yaml-tags.ts
var import_yaml = __toESM(require_dist(), 1);
var SHORT_FORMS = {
  Ref: "Ref",
  Condition: "Condition",
  Sub: "Fn::Sub",
  GetAtt: "Fn::GetAtt",
  If: "Fn::If",
  Join: "Fn::Join",
  Select: "Fn::Select",
  Split: "Fn::Split",
  FindInMap: "Fn::FindInMap",
  ImportValue: "Fn::ImportValue",
  Base64: "Fn::Base64",
  Cidr: "Fn::Cidr",
  GetAZs: "Fn::GetAZs",
  Equals: "Fn::Equals",
  And: "Fn::And",
  Or: "Fn::Or",
  Not: "Fn::Not",
  Transform: "Fn::Transform",
  ToJsonString: "Fn::ToJsonString",
  Length: "Fn::Length"
};
function longFormOf(tag) {
  if (!tag?.startsWith("!")) return void 0;
  return Object.hasOwn(SHORT_FORMS, tag.slice(1)) ? SHORT_FORMS[tag.slice(1)] : void 0;
}
function scalarArgument(longForm, text2) {
  if (longForm === "Fn::GetAtt") {
    const dot = text2.indexOf(".");
    return dot < 0 ? [text2] : [text2.slice(0, dot), text2.slice(dot + 1)];
  }
  return text2;
}
var IntrinsicSeq = class extends import_yaml.YAMLSeq {
  toJSON(arg, ctx) {
    const value = super.toJSON(arg, ctx);
    const key2 = longFormOf(this.tag);
    return key2 ? { [key2]: value } : value;
  }
};
var IntrinsicMap = class extends import_yaml.YAMLMap {
  // biome-ignore lint/suspicious/noExplicitAny: matches the base class signature
  toJSON(arg, ctx) {
    const value = super.toJSON(arg, ctx);
    const key2 = longFormOf(this.tag);
    return key2 ? { [key2]: value } : value;
  }
};
function tagsFor(name, longForm) {
  const tag = `!${name}`;
  return [
    { tag, resolve: (text2) => ({ [longForm]: scalarArgument(longForm, text2) }) },
    { tag, collection: "seq", nodeClass: IntrinsicSeq },
    { tag, collection: "map", nodeClass: IntrinsicMap }
  ];
}
var CFN_TAGS = Object.entries(SHORT_FORMS).flatMap(
  ([name, longForm]) => tagsFor(name, longForm)
);

// src/iac/cloudformation/parse.ts
var MAX_DEPTH = 256;
var MAX_ALIAS_NODES = 1e5;
function looksLikeJson(file, text2) {
  return file.toLowerCase().endsWith(".json") || /^\s*[{[]/.test(text2);
}
function parseTemplateText(text2, file) {
  const format = looksLikeJson(file, text2) ? "json" : "yaml";
  if (format === "json") {
    const strict = parseStrictJson(text2, file, MAX_DEPTH);
    if (strict) return { ...strict, format };
  }
  const label = format === "json" ? "invalid JSON" : "invalid YAML";
  const lineCounter = new import_yaml2.LineCounter();
  const errors = [];
  let doc;
  try {
    doc = (0, import_yaml2.parseDocument)(text2, {
      customTags: CFN_TAGS,
      lineCounter,
      uniqueKeys: true,
      schema: "core",
      version: "1.2",
      prettyErrors: false
    });
  } catch (e) {
    return { root: null, errors: [{ file, message: `${label}: ${e.message}` }], format };
  }
  const lineAt = (offset) => lineCounter.linePos(offset).line;
  for (const err of doc.errors) errors.push(yamlError(file, label, err, lineAt));
  const builder = new TreeBuilder(doc, text2, file, lineAt, errors);
  let root = null;
  try {
    root = doc.contents ? builder.build(doc.contents, 0, 1) : null;
  } catch (e) {
    if (!(e instanceof AliasBudgetExceeded)) throw e;
    errors.push({ file, line: e.line, message: e.message });
    root = null;
  }
  return { root, errors, format };
}
function yamlError(file, label, err, lineAt) {
  const message = err.message.split("\n")[0] ?? err.message;
  return { file, line: lineAt(err.pos[0]), message: `${label}: ${message}` };
}
var AliasBudgetExceeded = class extends Error {
  constructor(line) {
    super(
      `YAML aliases expand to more than ${MAX_ALIAS_NODES} nodes (an alias bomb?); the template was not read`
    );
    this.line = line;
  }
  line;
};
var TreeBuilder = class {
  constructor(doc, text2, file, lineAt, errors) {
    this.doc = doc;
    this.text = text2;
    this.file = file;
    this.lineAt = lineAt;
    this.errors = errors;
  }
  doc;
  text;
  file;
  lineAt;
  errors;
  aliasNodes = 0;
  sizes = /* @__PURE__ */ new WeakMap();
  expanding = /* @__PURE__ */ new Set();
  depthReported = false;
  lineOf(node, fallback) {
    return node.range ? this.lineAt(node.range[0]) : fallback;
  }
  /** A tagged block collection starts at its first item; the tag may stand on a line before. */
  tagLine(node, fallback) {
    if (!node.tag || !node.range || (0, import_yaml2.isScalar)(node)) return fallback;
    const written = node.tag.startsWith("tag:yaml.org,2002:") ? `!!${node.tag.slice(18)}` : node.tag;
    const at = this.text.lastIndexOf(written, node.range[0]);
    return at >= 0 && node.range[0] - at < 1e3 ? this.lineAt(at) : fallback;
  }
  build(node, depth, parentLine) {
    if (node === null || node === void 0) return scalar(null, parentLine);
    const line = this.tagLine(node, this.lineOf(node, parentLine));
    if (depth > MAX_DEPTH) {
      if (!this.depthReported) {
        this.depthReported = true;
        this.errors.push({ file: this.file, line, message: `nesting deeper than ${MAX_DEPTH} levels` });
      }
      return scalar(null, line);
    }
    if ((0, import_yaml2.isAlias)(node)) return this.buildAlias(node, depth, line);
    const longForm = longFormOf(node.tag);
    if (node.tag && !longForm && !node.tag.startsWith("tag:yaml.org,2002:")) {
      this.errors.push({ file: this.file, line, message: `unknown tag ${node.tag}` });
    }
    if ((0, import_yaml2.isScalar)(node)) {
      if (longForm) {
        const arg = fromPlain(Object.values(node.value)[0], line);
        if (arg.kind === "scalar" && node.type === "BLOCK_LITERAL") arg.textLine = line + 1;
        return intrinsic(longForm, arg, line);
      }
      const built2 = scalar(scalarValue(node.value, node.source, node.type), line);
      if (node.type === "BLOCK_LITERAL") built2.textLine = line + 1;
      return built2;
    }
    let built;
    if ((0, import_yaml2.isSeq)(node)) {
      built = {
        kind: "seq",
        items: node.items.map((item) => this.build(item, depth + 1, line)),
        line
      };
    } else if ((0, import_yaml2.isMap)(node)) {
      built = this.buildMap(node.items, depth, line);
    } else {
      return scalar(null, line);
    }
    return longForm ? intrinsic(longForm, built, line) : built;
  }
  buildMap(pairs, depth, line) {
    const entries = [];
    const put = (entry) => {
      const at = entries.findIndex((e) => e.key === entry.key);
      if (at >= 0) entries[at] = entry;
      else entries.push(entry);
    };
    for (const pair of pairs) {
      if (!(0, import_yaml2.isPair)(pair)) continue;
      const keyNode = pair.key;
      const keyLine = keyNode ? this.lineOf(keyNode, line) : line;
      if (keyNode !== null && !(0, import_yaml2.isScalar)(keyNode)) {
        if ((0, import_yaml2.isAlias)(keyNode) || (0, import_yaml2.isMap)(keyNode) || (0, import_yaml2.isSeq)(keyNode)) {
          this.errors.push({ file: this.file, line: keyLine, message: "mapping key is not a plain value" });
        }
        continue;
      }
      const key2 = keyNode === null ? "" : String(scalarValue(keyNode.value, keyNode.source, keyNode.type));
      if (key2 === "<<" && keyNode?.type === "PLAIN") {
        for (const merged of this.mergeSources(pair.value, depth, keyLine)) {
          for (const e of merged.entries) if (!entries.some((x) => x.key === e.key)) entries.push(e);
        }
        continue;
      }
      put({ key: key2, keyLine, value: this.build(pair.value, depth + 1, keyLine) });
    }
    return { kind: "map", entries, line };
  }
  mergeSources(node, depth, line) {
    const built = this.build(node, depth + 1, line);
    const list2 = built.kind === "seq" ? built.items : [built];
    return list2.filter((n) => n.kind === "map");
  }
  buildAlias(node, depth, line) {
    const target = node.resolve(this.doc);
    if (!target || this.expanding.has(target)) {
      this.errors.push({ file: this.file, line, message: "YAML alias refers to no anchor before it" });
      return scalar(null, line);
    }
    this.aliasNodes += this.sizeOf(target);
    if (this.aliasNodes > MAX_ALIAS_NODES) throw new AliasBudgetExceeded(line);
    this.expanding.add(target);
    try {
      return this.build(target, depth + 1, line);
    } finally {
      this.expanding.delete(target);
    }
  }
  /** Node count of a subtree with its aliases expanded, memoised so a bomb is measured, not built. */
  sizeOf(node, depth = 0) {
    const known = this.sizes.get(node);
    if (known !== void 0) return known;
    if (depth > MAX_DEPTH) return 1;
    let size = 1;
    if ((0, import_yaml2.isAlias)(node)) {
      const target = node.resolve(this.doc);
      this.sizes.set(node, 1);
      size = target ? this.sizeOf(target, depth + 1) : 1;
    } else if ((0, import_yaml2.isSeq)(node)) {
      for (const item of node.items) {
        size += item ? this.sizeOf(item, depth + 1) : 1;
        if (size > MAX_ALIAS_NODES) break;
      }
    } else if ((0, import_yaml2.isMap)(node)) {
      for (const pair of node.items) {
        size += pair.value ? this.sizeOf(pair.value, depth + 1) : 1;
        if (size > MAX_ALIAS_NODES) break;
      }
    }
    this.sizes.set(node, size);
    return size;
  }
};
function intrinsic(key2, arg, line) {
  return { kind: "map", entries: [{ key: key2, keyLine: line, value: arg }], line };
}
function scalarValue(value, source, type) {
  if (typeof value === "number") {
    if (type === "PLAIN" && source !== void 0 && /^[-+]?\d+$/.test(source)) {
      const digits = source.replace(/^[-+]/, "");
      if (digits.length > 1 && digits.startsWith("0") || !Number.isSafeInteger(value)) return source;
    }
    return value;
  }
  if (typeof value === "string" || typeof value === "boolean" || value === null) return value;
  if (value instanceof Date) return source ?? value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (value === void 0) return null;
  return source ?? String(value);
}

// src/iac/cloudformation/parameters.ts
function failure(line, message) {
  return line === void 0 ? { error: message } : { error: `line ${line}: ${message}`, line };
}
var FORMS = 'expected [{"ParameterKey": ..., "ParameterValue": ...}], ["Key=Value"] or {"Parameters": {"Key": "Value"}}';
function parseParametersFile(text2, file) {
  try {
    return readParameters(text2, file);
  } catch (e) {
    return failure(void 0, `the parameters file could not be read: ${e.message}`);
  }
}
function readParameters(text2, file) {
  const parsed = parseTemplateText(text2, file);
  const first = parsed.errors[0];
  if (first) return failure(first.line, first.message);
  const root = parsed.root;
  if (!root) return failure(1, `the parameters file is empty; ${FORMS}`);
  const parameters = /* @__PURE__ */ Object.create(null);
  if (root.kind === "seq") {
    for (const item of root.items) {
      const problem = addListItem(item, parameters);
      if (problem) return failure(item.line, problem);
    }
    return { parameters: { ...parameters } };
  }
  const section = root.kind === "map" ? field(root, "Parameters") : void 0;
  if (section?.kind === "map") {
    for (const e of section.entries) {
      const value = parameterValue(e.value);
      if (value === void 0) {
        return failure(e.keyLine, `parameter ${e.key}: the value is not a string or a list`);
      }
      setOwn(parameters, e.key, value);
    }
    return { parameters: { ...parameters } };
  }
  return failure(root.line, `not a parameters file: ${FORMS}`);
}
function addListItem(item, into) {
  if (item.kind === "scalar" && typeof item.value === "string") {
    const eq = item.value.indexOf("=");
    if (eq <= 0) return `"${item.value}" is not Key=Value`;
    setOwn(into, item.value.slice(0, eq), item.value.slice(eq + 1));
    return void 0;
  }
  if (item.kind !== "map") return `an entry is not {"ParameterKey", "ParameterValue"}; ${FORMS}`;
  const key2 = field(item, "ParameterKey");
  if (key2?.kind !== "scalar" || typeof key2.value !== "string" || key2.value === "") {
    return "an entry has no ParameterKey";
  }
  const valueNode = field(item, "ParameterValue");
  if (valueNode === void 0) {
    if (toPlain(field(item, "UsePreviousValue") ?? { kind: "scalar", value: false, line: 0 }) === true) {
      return void 0;
    }
    return `parameter ${key2.value} has no ParameterValue`;
  }
  const value = parameterValue(valueNode);
  if (value === void 0) return `parameter ${key2.value}: ParameterValue is not a string`;
  setOwn(into, key2.value, value);
  return void 0;
}
function parameterValue(node) {
  if (node.kind === "scalar") return node.value === null ? "" : String(node.value);
  if (node.kind === "seq" && node.items.every((i) => i.kind === "scalar")) {
    return node.items.map((i) => String(toPlain(i) ?? ""));
  }
  return void 0;
}

// src/iac/cloudformation/choices.ts
var MAX_VARIANTS = 32;
var Run = class {
  constructor(prefix, enumerator, preset = /* @__PURE__ */ new Map()) {
    this.prefix = prefix;
    this.enumerator = enumerator;
    for (const [k, v] of preset) this.decided.set(k, v);
  }
  prefix;
  enumerator;
  pos = 0;
  trace = [];
  decided = /* @__PURE__ */ new Map();
  /** Option already taken for a key in this run (preset or chosen), undefined if none yet. */
  decision(key2) {
    return this.decided.get(key2);
  }
  /** The option to take at a choice point, or null: collapsed, use an unresolved token. */
  choose(point) {
    const known = this.decided.get(point.key);
    if (known !== void 0) return known;
    let decision;
    const replay = this.prefix[this.pos];
    if (replay !== void 0) {
      decision = replay;
      this.pos++;
    } else if (point.labels.length <= 1) {
      decision = { key: point.key, option: point.labels.length === 1 ? 0 : null };
    } else if (this.enumerator.reserve(point.labels.length - 1)) {
      for (let i = 1; i < point.labels.length; i++) {
        this.enumerator.queue([...this.trace, { key: point.key, option: i, label: point.labels[i] ?? "" }]);
      }
      decision = { key: point.key, option: 0, label: point.labels[0] ?? "" };
    } else {
      this.enumerator.collapsed = true;
      decision = { key: point.key, option: null };
    }
    this.trace.push(decision);
    this.decided.set(point.key, decision.option);
    return decision.option;
  }
  /** Labels of the decisions this variant made, in order. */
  labels() {
    return this.trace.flatMap((d) => d.label && d.option !== null ? [d.label] : []);
  }
};
var VariantEnumerator = class {
  constructor(max = MAX_VARIANTS) {
    this.max = max;
  }
  max;
  planned = 1;
  pending = [];
  /** Set when some choice point could not be split within the budget. */
  collapsed = false;
  reserve(extra) {
    if (this.planned + extra > this.max) return false;
    this.planned += extra;
    return true;
  }
  queue(prefix) {
    this.pending.push(prefix);
  }
  /** Run `body` once per variant; it gets a fresh Run each time. */
  each(body, preset) {
    const out = [];
    let prefix = [];
    while (prefix !== void 0) {
      const run = new Run(prefix, this, preset);
      out.push({ run, result: body(run) });
      prefix = this.pending.shift();
    }
    return out;
  }
};

// src/iac/cloudformation/detect.ts
var TEMPLATE_EXTENSION = /\.(ya?ml|json|template)$/i;
var YAML_VERSION_KEY = /^["']?AWSTemplateFormatVersion["']?[ \t]*:/m;
var JSON_VERSION_KEY = /"AWSTemplateFormatVersion"\s*:/;
var YAML_RESOURCES_KEY = /^["']?Resources["']?[ \t]*:/m;
var RESOURCE_TYPE = /["']?Type["']?\s*:\s*["']?(?:AWS|Custom)::/;
var CFN_TYPE = /^(?:AWS|Custom)::/;
function looksLikeTemplate(path, text2) {
  try {
    if (!TEMPLATE_EXTENSION.test(path)) return false;
    if (!text2.includes("AWSTemplateFormatVersion") && !text2.includes("Resources")) return false;
    const json = looksLikeJson(path, text2);
    if (!json && YAML_VERSION_KEY.test(text2)) return true;
    if (json) return jsonLooksLikeTemplate(text2);
    if (!YAML_RESOURCES_KEY.test(text2) || !RESOURCE_TYPE.test(text2)) return false;
    return parsedLooksLikeTemplate(path, text2);
  } catch {
    return false;
  }
}
function jsonLooksLikeTemplate(text2) {
  let value;
  try {
    value = JSON.parse(text2);
  } catch {
    return JSON_VERSION_KEY.test(text2) || RESOURCE_TYPE.test(text2);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const top = value;
  if ("AWSTemplateFormatVersion" in top) return true;
  const resources = top.Resources;
  if (resources === null || typeof resources !== "object" || Array.isArray(resources)) return false;
  return Object.values(resources).some(
    (r) => r !== null && typeof r === "object" && CFN_TYPE.test(String(r.Type))
  );
}
function parsedLooksLikeTemplate(path, text2) {
  const { root } = parseTemplateText(text2, path);
  if (root === null) return true;
  const resources = field(root, "Resources");
  if (resources?.kind !== "map") return false;
  return resources.entries.some((e) => CFN_TYPE.test(asString(field(e.value, "Type")) ?? ""));
}

// src/iac/cloudformation/resolved.ts
var NO_VALUE = /* @__PURE__ */ Symbol("AWS::NoValue");
function newCtx(run) {
  return { run, frozen: run === null, conditionMemo: /* @__PURE__ */ new Map(), conditionStack: [], mapKeys: /* @__PURE__ */ new Map() };
}

// src/iac/cloudformation/conditions.ts
function conditionKey(name) {
  return `cond:${name}`;
}
function evalCondition(r, name, ctx, line) {
  const decided = ctx.run?.decision(conditionKey(name));
  if (decided !== void 0) return decided === null ? null : decided === 0;
  const memo = ctx.conditionMemo.get(name);
  if (memo !== void 0) return memo;
  const node = r.template.conditions.get(name);
  if (!node) {
    r.error(line, `unknown condition ${name}`);
    return null;
  }
  if (ctx.conditionStack.includes(name)) {
    const cycle = [...ctx.conditionStack.slice(ctx.conditionStack.indexOf(name)), name].join(" -> ");
    r.error(node.line, `circular reference between conditions: ${cycle}`);
    return null;
  }
  ctx.conditionStack.push(name);
  let value;
  try {
    value = evalConditionExpr(r, node, ctx, 0);
  } finally {
    ctx.conditionStack.pop();
  }
  if (value !== null) ctx.conditionMemo.set(name, value);
  return value;
}
function evalConditionExpr(r, node, ctx, depth) {
  if (node.kind === "scalar") {
    if (typeof node.value === "boolean") return node.value;
    if (node.value === "true" || node.value === "false") return node.value === "true";
  }
  const only = node.kind === "map" && node.entries.length === 1 ? node.entries[0] : void 0;
  if (!only) {
    r.error(node.line, `not a condition: ${exprText(node)}`);
    return null;
  }
  const args = only.value.kind === "seq" ? only.value.items : [only.value];
  switch (only.key) {
    case "Condition": {
      const name = only.value.kind === "scalar" ? only.value.value : null;
      if (typeof name !== "string") {
        r.error(node.line, `Condition needs a condition name, found ${exprText(only.value)}`);
        return null;
      }
      return evalCondition(r, name, ctx, node.line);
    }
    case "Fn::Equals": {
      const [a, b] = args;
      if (args.length !== 2 || !a || !b) {
        r.error(node.line, `Fn::Equals needs two values, found ${exprText(only.value)}`);
        return null;
      }
      const frozen = { ...ctx, frozen: true };
      return equals(r.resolve(a, frozen, depth + 1), r.resolve(b, frozen, depth + 1));
    }
    case "Fn::Not": {
      const [a] = args;
      if (args.length !== 1 || !a) {
        r.error(node.line, `Fn::Not needs one condition, found ${exprText(only.value)}`);
        return null;
      }
      const v = evalConditionExpr(r, a, ctx, depth + 1);
      return v === null ? null : !v;
    }
    case "Fn::And":
    case "Fn::Or": {
      const isAnd = only.key === "Fn::And";
      let unknown = false;
      for (const a of args) {
        const v = evalConditionExpr(r, a, ctx, depth + 1);
        if (v === null) unknown = true;
        else if (v !== isAnd) return v;
      }
      return unknown ? null : isAnd;
    }
    default:
      r.error(node.line, `${only.key} cannot be used in a condition`);
      return null;
  }
}
function equals(a, b) {
  const ta = a === NO_VALUE ? "" : JSON.stringify(toPlain(a));
  const tb = b === NO_VALUE ? "" : JSON.stringify(toPlain(b));
  if (ta === tb) return true;
  if (hasToken(ta) || hasToken(tb)) return null;
  const sa = a !== NO_VALUE && a.kind === "scalar" ? String(a.value) : ta;
  const sb = b !== NO_VALUE && b.kind === "scalar" ? String(b.value) : tb;
  return sa === sb;
}

// src/iac/cloudformation/text.ts
var TOKEN_SPAN = /\uE000[a-z][^\uE000\uE001]*\uE001/g;
var DYNAMIC_REF = /\{\{resolve:[^{}]*\}\}/g;
function tokenizeDynamicReferences(text2) {
  if (!text2.includes("{{resolve:")) return text2;
  return text2.replace(DYNAMIC_REF, (m) => unresolved(renderText(m)));
}
function splitOutsideTokens(text2, delimiter) {
  if (delimiter === "") {
    const parts2 = [];
    let start2 = 0;
    for (const m of text2.matchAll(TOKEN_SPAN)) {
      parts2.push(...text2.slice(start2, m.index), m[0]);
      start2 = m.index + m[0].length;
    }
    parts2.push(...text2.slice(start2));
    return parts2;
  }
  const masked2 = text2.replace(TOKEN_SPAN, (m) => "\uE002".repeat(m.length));
  const parts = [];
  let start = 0;
  let at = masked2.indexOf(delimiter, start);
  while (at >= 0) {
    parts.push(text2.slice(start, at));
    start = at + delimiter.length;
    at = masked2.indexOf(delimiter, start);
  }
  parts.push(text2.slice(start));
  return parts;
}

// src/iac/cloudformation/intrinsics.ts
function choose(ctx, point) {
  const decided = ctx.run?.decision(point.key);
  if (decided !== void 0) return decided;
  if (ctx.frozen || !ctx.run) return null;
  return ctx.run.choose(point);
}
function argsOf(arg) {
  return arg.kind === "seq" ? arg.items : void 0;
}
function bad(r, node, message) {
  r.error(node.line, message);
  return r.unknown(exprText(node), node.line);
}
var fnIf = (r, arg, node, ctx, depth) => {
  const args = argsOf(arg);
  const name = args?.[0]?.kind === "scalar" ? args[0].value : void 0;
  if (args?.length !== 3 || typeof name !== "string") {
    return bad(r, node, `Fn::If needs [ConditionName, ValueIfTrue, ValueIfFalse], found ${exprText(arg)}`);
  }
  let value = evalCondition(r, name, ctx, node.line);
  if (value === null) {
    const key2 = conditionKey(name);
    const option = choose(ctx, { key: key2, labels: [`Fn::If ${name}=true`, `Fn::If ${name}=false`] });
    if (option === null) return r.unknown(`Fn::If ${name}`, node.line);
    value = option === 0;
  }
  return r.resolve(value ? args[1] : args[2], ctx, depth + 1);
};
var SUB_VARIABLE = /\$\{([^}]*)\}/g;
var fnSub = (r, arg, node, ctx, depth) => {
  let templateNode = arg;
  let variables;
  const args = argsOf(arg);
  if (args) {
    templateNode = args[0];
    const vars = args[1];
    if (vars?.kind === "map") variables = vars;
    else if (vars !== void 0 || args.length !== 2) templateNode = void 0;
  }
  const template = templateNode ? r.text(r.resolve(templateNode, ctx, depth + 1)) : void 0;
  if (template === void 0) {
    return bad(r, node, `Fn::Sub needs a string or [String, {Variables}], found ${exprText(arg)}`);
  }
  const cache = /* @__PURE__ */ new Map();
  const variableText = (name) => {
    const known = cache.get(name);
    if (known !== void 0) return known;
    const variable = variables?.entries.find((e) => e.key === name);
    let resolved;
    if (variable) resolved = r.resolve(variable.value, ctx, depth + 1);
    else if (name.includes(".") && !name.startsWith("AWS::")) {
      const dot = name.indexOf(".");
      const getAtt = {
        kind: "map",
        entries: [
          {
            key: "Fn::GetAtt",
            keyLine: node.line,
            value: fromPlain([name.slice(0, dot), name.slice(dot + 1)], node.line)
          }
        ],
        line: node.line
      };
      resolved = r.resolve(getAtt, ctx, depth + 1);
    } else resolved = r.refName(name, node.line, ctx);
    const text3 = subText(r, resolved, name, node);
    cache.set(name, text3);
    return text3;
  };
  const out = template.replace(
    SUB_VARIABLE,
    (_m, inner) => inner.startsWith("!") ? `\${${inner.slice(1)}}` : variableText(inner.trim())
  );
  const text2 = scalar(out, node.line);
  if (templateNode?.kind === "scalar" && templateNode.textLine !== void 0)
    text2.textLine = templateNode.textLine;
  return r.resolve(text2, ctx, depth + 1);
};
function subText(r, value, name, node) {
  if (value === NO_VALUE) return "";
  if (value.kind === "scalar") return value.value === null ? "" : String(value.value);
  if (value.kind === "seq" && value.items.every((i) => i.kind === "scalar")) {
    return value.items.map((i) => String(i.value ?? "")).join(",");
  }
  r.error(node.line, `Fn::Sub variable \${${name}} is not a string`);
  return r.text(r.unknown(`Fn::Sub \${${name}}`, node.line)) ?? "";
}
var fnJoin = (r, arg, node, ctx, depth) => {
  const args = argsOf(arg);
  const [delimNode, listNode] = args ?? [];
  if (args?.length !== 2 || !delimNode || !listNode) {
    return bad(r, node, `Fn::Join needs [Delimiter, [Values]], found ${exprText(arg)}`);
  }
  const delimiter = r.text(r.resolve(delimNode, ctx, depth + 1));
  const list2 = r.resolve(listNode, ctx, depth + 1);
  if (delimiter === void 0) return bad(r, node, "Fn::Join delimiter is not a string");
  if (list2 === NO_VALUE) return scalar("", node.line);
  if (list2.kind === "scalar" && typeof list2.value === "string" && hasToken(list2.value)) return list2;
  if (list2.kind !== "seq") return bad(r, node, `Fn::Join values are not a list: ${exprText(listNode)}`);
  const parts = [];
  for (const item of list2.items) {
    const text2 = r.text(item);
    if (text2 === void 0) return bad(r, node, `Fn::Join value is not a string: ${exprText(item)}`);
    parts.push(text2);
  }
  return scalar(parts.join(delimiter), node.line);
};
var fnSelect = (r, arg, node, ctx, depth) => {
  const args = argsOf(arg);
  const [indexNode, listNode] = args ?? [];
  if (args?.length !== 2 || !indexNode || !listNode) {
    return bad(r, node, `Fn::Select needs [Index, [Values]], found ${exprText(arg)}`);
  }
  const indexText = r.text(r.resolve(indexNode, ctx, depth + 1));
  const list2 = r.resolve(listNode, ctx, depth + 1);
  const listHasToken = list2 !== NO_VALUE && hasToken(JSON.stringify(toPlain(list2)));
  if (indexText === void 0 || !/^\d+$/.test(indexText.trim())) {
    if (indexText !== void 0 && hasToken(indexText)) return r.unknown(exprText(node), node.line);
    return bad(r, node, `Fn::Select index is not a number: ${exprText(indexNode)}`);
  }
  const index = Number(indexText.trim());
  if (list2 !== NO_VALUE && list2.kind === "seq") {
    const item = list2.items[index];
    if (item !== void 0) return item;
    if (listHasToken) return r.unknown(exprText(node), node.line);
    return bad(r, node, `Fn::Select index ${index} is out of range (${list2.items.length} values)`);
  }
  if (listHasToken) return r.unknown(exprText(node), node.line);
  return bad(r, node, `Fn::Select values are not a list: ${exprText(listNode)}`);
};
var fnSplit = (r, arg, node, ctx, depth) => {
  const args = argsOf(arg);
  const [delimNode, sourceNode] = args ?? [];
  if (args?.length !== 2 || !delimNode || !sourceNode) {
    return bad(r, node, `Fn::Split needs [Delimiter, String], found ${exprText(arg)}`);
  }
  const delimiter = r.text(r.resolve(delimNode, ctx, depth + 1));
  const source = r.text(r.resolve(sourceNode, ctx, depth + 1));
  if (delimiter === void 0 || source === void 0) {
    return bad(r, node, `Fn::Split needs a string delimiter and source, found ${exprText(arg)}`);
  }
  if (hasToken(delimiter)) return r.unknown(exprText(node), node.line);
  if (delimiter === "") {
    if (hasToken(source)) return r.unknown(exprText(node), node.line);
    return bad(r, node, `Fn::Split delimiter is empty: ${exprText(arg)}`);
  }
  const items = splitOutsideTokens(source, delimiter).map((part) => scalar(part, node.line));
  return { kind: "seq", items, line: node.line };
};
function lookup(r, level, keyNode, choiceName, accept, ctx, depth) {
  const key2 = r.text(r.resolve(keyNode, ctx, depth + 1));
  if (key2 !== void 0 && !hasToken(key2)) {
    const entry2 = level.entries.find((e) => e.key === key2);
    return entry2 ? { entry: entry2 } : { missing: key2 };
  }
  const candidates = level.entries.filter(accept);
  const bound = key2 === void 0 ? void 0 : ctx.mapKeys.get(key2);
  const same = bound === void 0 ? void 0 : candidates.find((c) => c.key === bound);
  if (same) return { entry: same };
  if (candidates.length === 0) return { missing: renderText(key2 ?? exprText(keyNode)) };
  const point = { key: `Fn::FindInMap ${choiceName}[${exprText(keyNode)}]`, labels: [] };
  point.labels = candidates.map((c) => `${point.key}=${c.key}`);
  const option = choose(ctx, point);
  if (option === null) return null;
  const entry = candidates[option];
  if (entry && key2 !== void 0 && bound === void 0) ctx.mapKeys.set(key2, entry.key);
  return entry ? { entry } : null;
}
var fnFindInMap = (r, arg, node, ctx, depth) => {
  const args = argsOf(arg);
  const [mapNameNode, topNode, secondNode, defaultNode] = args ?? [];
  if (!args || args.length < 3 || args.length > 4 || !mapNameNode || !topNode || !secondNode) {
    return bad(r, node, `Fn::FindInMap needs [MapName, TopLevelKey, SecondLevelKey], found ${exprText(arg)}`);
  }
  const fallback = defaultNode?.kind === "map" ? defaultNode.entries.find((e) => e.key === "DefaultValue") : void 0;
  const mapName = r.text(r.resolve(mapNameNode, ctx, depth + 1));
  if (mapName === void 0 || hasToken(mapName)) return r.unknown(exprText(node), node.line);
  const map = r.template.mappings.get(mapName);
  if (map?.kind !== "map") return bad(r, node, `Fn::FindInMap: no mapping named ${mapName}`);
  const second = r.text(r.resolve(secondNode, ctx, depth + 1));
  const secondKnown = second !== void 0 && !hasToken(second) ? second : void 0;
  const hasSecond = (e) => e.value.kind === "map" && (secondKnown === void 0 || e.value.entries.some((x) => x.key === secondKnown));
  const missing = (key2) => {
    if (fallback) return r.resolveAt(fallback.value, node.line, ctx, depth);
    return bad(r, node, `Fn::FindInMap: mapping ${mapName} has no key ${key2}`);
  };
  const top = lookup(r, map, topNode, mapName, hasSecond, ctx, depth);
  if (top === null) return r.unknown(exprText(node), node.line);
  if ("missing" in top) return missing(top.missing);
  if (top.entry.value.kind !== "map")
    return bad(r, node, `Fn::FindInMap: ${mapName}.${top.entry.key} is not a mapping`);
  const leaf = lookup(r, top.entry.value, secondNode, `${mapName}[${top.entry.key}]`, () => true, ctx, depth);
  if (leaf === null) return r.unknown(exprText(node), node.line);
  if ("missing" in leaf) return missing(`${top.entry.key}.${leaf.missing}`);
  return r.resolveAt(leaf.entry.value, node.line, ctx, depth);
};
var fnImportValue = (r, arg, node, ctx, depth) => {
  const name = r.text(r.resolve(arg, ctx, depth + 1));
  if (name === void 0) return bad(r, node, `Fn::ImportValue needs an export name, found ${exprText(arg)}`);
  const exports = r.options.exports;
  if (!hasToken(name) && exports?.has(name))
    return relocate(fromPlain(exports.get(name), node.line), node.line);
  return r.unknown(`Fn::ImportValue ${renderText(name)}`, node.line);
};
var fnBase64 = (r, arg, _node, ctx, depth) => r.resolve(arg, ctx, depth + 1);
var fnToJsonString = (r, arg, node, ctx, depth) => {
  const value = r.resolve(arg, ctx, depth + 1);
  if (value === NO_VALUE) return bad(r, node, "Fn::ToJsonString of AWS::NoValue");
  return scalar(JSON.stringify(toPlain(value)), node.line);
};
var fnLength = (r, arg, node, ctx, depth) => {
  const value = r.resolve(arg, ctx, depth + 1);
  if (value !== NO_VALUE && value.kind === "seq") return scalar(value.items.length, node.line);
  return r.unknown(exprText(node), node.line);
};
var deployTime = (r, _arg, node) => r.unknown(exprText(node), node.line);
var INTRINSICS = {
  "Fn::If": fnIf,
  "Fn::Sub": fnSub,
  "Fn::Join": fnJoin,
  "Fn::Select": fnSelect,
  "Fn::Split": fnSplit,
  "Fn::FindInMap": fnFindInMap,
  "Fn::ImportValue": fnImportValue,
  "Fn::Base64": fnBase64,
  "Fn::ToJsonString": fnToJsonString,
  "Fn::Length": fnLength,
  "Fn::GetAZs": deployTime,
  "Fn::Cidr": deployTime,
  "Fn::Transform": deployTime
};

// src/iac/cloudformation/resolve.ts
var MAX_RESOLVE_DEPTH = 512;
function isOpaqueAttribute(type, attribute) {
  if (type.startsWith("Custom::") || type === "AWS::CloudFormation::CustomResource") return true;
  if (type === "AWS::CloudFormation::Stack") return attribute.startsWith("Outputs.");
  if (type === "AWS::SSM::Parameter") return attribute === "Value";
  if (type === "AWS::CloudFormation::WaitCondition") return attribute === "Data";
  return false;
}
function isNestedStackType(type) {
  return type === "AWS::CloudFormation::Stack" || type === "AWS::Serverless::Application";
}
function isCustomType(type) {
  return type.startsWith("Custom::") || type === "AWS::CloudFormation::CustomResource";
}
var Resolver = class {
  constructor(template, options) {
    this.template = template;
    this.options = options;
  }
  template;
  options;
  errorMap = /* @__PURE__ */ new Map();
  paramValues = /* @__PURE__ */ new Map();
  paramStack = [];
  get errors() {
    return [...this.errorMap.values()];
  }
  error(line, message) {
    const key2 = `${line}\0${message}`;
    if (!this.errorMap.has(key2)) this.errorMap.set(key2, { file: this.template.file, line, message });
  }
  /** A reference to a resource of this template (own account). */
  ref_(logicalId, attribute) {
    return resourceRef((this.options.refPrefix ?? "") + logicalId, attribute);
  }
  /** A token for a value that cannot be known, at a line. */
  unknown(expression, line) {
    return scalar(unresolved(expression), line);
  }
  resolve(node, ctx, depth = 0) {
    if (depth > MAX_RESOLVE_DEPTH) {
      this.error(node.line, `expression nested deeper than ${MAX_RESOLVE_DEPTH} levels`);
      return this.unknown("expression nested too deeply", node.line);
    }
    if (node.kind === "scalar") {
      if (typeof node.value !== "string") return node;
      const out = scalar(tokenizeDynamicReferences(node.value), node.line);
      if (node.textLine !== void 0) out.textLine = node.textLine;
      return out;
    }
    if (node.kind === "seq") {
      const items = [];
      for (const item of node.items) {
        const r = this.resolve(item, ctx, depth + 1);
        if (r !== NO_VALUE) items.push(r);
      }
      return { kind: "seq", items, line: node.line };
    }
    const only = node.entries.length === 1 ? node.entries[0] : void 0;
    if (only && (only.key === "Ref" || only.key.startsWith("Fn::"))) {
      return this.intrinsic(only.key, only.value, node, ctx, depth + 1);
    }
    const entries = [];
    for (const e of node.entries) {
      const r = this.resolve(e.value, ctx, depth + 1);
      if (r !== NO_VALUE) entries.push({ key: e.key, keyLine: e.keyLine, value: r });
    }
    return { kind: "map", entries, line: node.line };
  }
  intrinsic(fn, arg, node, ctx, depth) {
    if (fn === "Ref") return this.ref(arg, node.line, ctx, depth);
    if (fn === "Fn::GetAtt") return this.getAtt(arg, node.line, ctx, depth);
    if (fn === "Fn::Equals" || fn === "Fn::And" || fn === "Fn::Or" || fn === "Fn::Not") {
      const v = evalConditionExpr(this, node, ctx, depth);
      return v === null ? this.unknown(exprText(node), node.line) : scalar(v, node.line);
    }
    const impl = Object.hasOwn(INTRINSICS, fn) ? INTRINSICS[fn] : void 0;
    if (impl) return impl(this, arg, node, ctx, depth);
    this.error(node.line, `unsupported intrinsic function ${fn}`);
    return this.unknown(exprText(node), node.line);
  }
  /** Text of a resolved scalar; undefined for lists, maps and AWS::NoValue. */
  text(r) {
    if (r === NO_VALUE || r.kind !== "scalar") return void 0;
    return r.value === null ? "" : String(r.value);
  }
  /** A name given literally (or computed without unknown parts), else undefined after an error. */
  literalName(node, what, ctx, depth) {
    const text2 = this.text(node.kind === "scalar" ? node : this.resolve(node, ctx, depth + 1));
    if (text2 === void 0 || text2 === "" || hasToken(text2)) {
      this.error(node.line, `${what} must be a literal name, found ${exprText(node)}`);
      return void 0;
    }
    return text2;
  }
  ref(arg, line, ctx, depth) {
    const name = this.literalName(arg, "Ref", ctx, depth);
    if (name === void 0) return this.unknown(`Ref ${exprText(arg)}`, line);
    return this.refName(name, line, ctx);
  }
  /** Value of `Ref: name` (also `${name}` in Fn::Sub). */
  refName(name, line, ctx) {
    if (name.startsWith("AWS::")) return this.pseudo(name, line);
    if (this.template.parameters.has(name)) return this.parameter(name, line, ctx);
    const resource = this.template.resources.get(name);
    if (resource) {
      if (isCustomType(resource.type)) return this.unknown(`Ref ${name}`, line);
      return scalar(this.ref_(name, "Ref"), line);
    }
    if (generatesResources(this.template)) {
      return scalar(this.ref_(name, "Ref"), line);
    }
    this.error(line, `Ref to ${name}, which is neither a parameter nor a resource of this template`);
    return this.unknown(`Ref ${name}`, line);
  }
  pseudo(name, line) {
    switch (name) {
      case "AWS::AccountId":
        return scalar(this.options.selfAccount ?? SELF_ACCOUNT, line);
      case "AWS::Partition":
        return scalar("aws", line);
      case "AWS::Region":
        return scalar(SELF_REGION, line);
      case "AWS::URLSuffix":
        return scalar("amazonaws.com", line);
      case "AWS::NoValue":
        return NO_VALUE;
      case "AWS::StackName":
        return this.options.stack ? scalar(this.options.stack, line) : this.unknown(name, line);
      case "AWS::StackId":
      case "AWS::NotificationARNs":
        return this.unknown(name, line);
      default:
        this.error(line, `unknown pseudo parameter ${name}`);
        return this.unknown(`Ref ${name}`, line);
    }
  }
  parameter(name, line, ctx) {
    let value = this.paramValues.get(name);
    if (value === void 0) {
      value = this.parameterValue(name, line, ctx);
      this.paramValues.set(name, value);
    }
    return fromPlain(value, line);
  }
  parameterValue(name, line, ctx) {
    const def2 = this.template.parameters.get(name);
    if (!def2) return unresolved(`Ref ${name}`);
    const token = unresolved(`Ref ${name}`);
    if (def2.type.startsWith("AWS::SSM::Parameter::Value<")) return token;
    const isList = def2.type === "CommaDelimitedList" || def2.type.startsWith("List<");
    const bound = this.options.boundParameters;
    const given = this.options.parameters;
    const supplied = bound || !given || !Object.hasOwn(given, name) ? void 0 : given[name];
    let raw;
    if (bound && Object.hasOwn(bound, name)) raw = bound[name];
    else if (supplied !== void 0)
      raw = Array.isArray(supplied) ? supplied.map(sanitizeText) : sanitizeText(supplied);
    else if (def2.default !== void 0) {
      if (this.paramStack.includes(name)) {
        const cycle = [...this.paramStack.slice(this.paramStack.indexOf(name)), name].join(" -> ");
        this.error(line, `circular reference between parameters: ${cycle}`);
        return token;
      }
      this.paramStack.push(name);
      try {
        const r = this.resolve(def2.default, { ...newCtx(null), conditionMemo: ctx.conditionMemo }, 1);
        raw = r === NO_VALUE ? void 0 : toPlain(r);
      } finally {
        this.paramStack.pop();
      }
    }
    if (raw === void 0) return token;
    if (typeof raw === "string" && isWholeUnresolved(raw)) return raw;
    return isList ? listValue(raw) : scalarText(raw);
  }
  getAtt(arg, line, ctx, depth) {
    let parts;
    if (arg.kind === "seq") parts = arg.items;
    else if (arg.kind === "scalar" && typeof arg.value === "string") {
      const dot = arg.value.indexOf(".");
      parts = dot < 0 ? [arg] : [scalar(arg.value.slice(0, dot), arg.line), scalar(arg.value.slice(dot + 1), arg.line)];
    } else parts = [];
    const [first, ...rest] = parts;
    if (!first || rest.length === 0) {
      this.error(line, `Fn::GetAtt needs [LogicalId, Attribute], found ${exprText(arg)}`);
      return this.unknown(`Fn::GetAtt ${exprText(arg)}`, line);
    }
    const logicalId = this.literalName(first, "Fn::GetAtt logical id", ctx, depth);
    const attrs = rest.map((p) => this.text(p.kind === "scalar" ? p : this.resolve(p, ctx, depth + 1)));
    const attribute = attrs.every((a) => a !== void 0) ? attrs.join(".") : void 0;
    const expression = `Fn::GetAtt ${logicalId ?? exprText(first)}.${attribute ?? "?"}`;
    if (logicalId === void 0 || attribute === void 0 || attribute === "" || hasToken(attribute)) {
      return this.unknown(expression, line);
    }
    const resource = this.template.resources.get(logicalId);
    if (!resource) {
      if (generatesResources(this.template)) return scalar(this.ref_(logicalId, attribute), line);
      this.error(line, `Fn::GetAtt of ${logicalId}, which is not a resource of this template`);
      return this.unknown(expression, line);
    }
    if (isNestedStackType(resource.type) && attribute.startsWith("Outputs.")) {
      const outputs = this.stackOutputs(logicalId);
      const name = attribute.slice("Outputs.".length);
      if (outputs?.has(name)) return fromPlain(outputs.get(name), line);
      if (outputs)
        this.error(line, `Fn::GetAtt ${logicalId}.${attribute}: the nested template has no output ${name}`);
      return this.unknown(expression, line);
    }
    if (isOpaqueAttribute(resource.type, attribute)) return this.unknown(expression, line);
    return scalar(this.ref_(logicalId, attribute), line);
  }
  outputsMemo = /* @__PURE__ */ new Map();
  /** Outputs of a nested stack of this template, once; undefined when not readable or circular. */
  stackOutputs(logicalId) {
    const known = this.outputsMemo.get(logicalId);
    if (known === "reading") {
      this.error(
        this.template.resources.get(logicalId)?.line ?? 1,
        `circular reference: the parameters of nested stack ${logicalId} depend on its own outputs`
      );
      return void 0;
    }
    if (this.outputsMemo.has(logicalId)) return known;
    this.outputsMemo.set(logicalId, "reading");
    const outputs = this.options.nested?.outputsOf(this, logicalId);
    this.outputsMemo.set(logicalId, outputs);
    return outputs;
  }
  /** A value read from elsewhere in the template (a mapping), resolved and placed at `line`. */
  resolveAt(node, line, ctx, depth) {
    const r = this.resolve(node, ctx, depth + 1);
    return r === NO_VALUE ? r : relocate(r, line);
  }
};
function generatesResources(template) {
  return template.transforms.some((t) => t !== "AWS::LanguageExtensions");
}
function scalarText(raw) {
  if (Array.isArray(raw)) return raw.map((v) => String(v ?? "")).join(",");
  if (raw === null || typeof raw === "object") return JSON.stringify(raw);
  return String(raw);
}
function listValue(raw) {
  if (Array.isArray(raw)) return raw.map((v) => typeof v === "string" ? v : JSON.stringify(v));
  return splitOutsideTokens(String(raw), ",").map((s) => s.trim());
}

// src/iac/cloudformation/template.ts
function sectionEntries(root, name, file, errors) {
  const section = field(root, name);
  if (section === void 0 || section.kind === "scalar" && section.value === null) return [];
  if (section.kind !== "map") {
    errors.push({ file, line: section.line, message: `${name} is not a mapping` });
    return [];
  }
  return section.entries;
}
function indexTemplate(root, file, errors) {
  const parameters = /* @__PURE__ */ new Map();
  for (const e of sectionEntries(root, "Parameters", file, errors)) {
    const type = asString(field(e.value, "Type")) ?? "String";
    const def2 = field(e.value, "Default");
    parameters.set(e.key, { name: e.key, type, line: e.keyLine, ...def2 ? { default: def2 } : {} });
  }
  const mappings = new Map(sectionEntries(root, "Mappings", file, errors).map((e) => [e.key, e.value]));
  const conditions = new Map(sectionEntries(root, "Conditions", file, errors).map((e) => [e.key, e.value]));
  const resourceEntries = sectionEntries(root, "Resources", file, errors);
  const resources = /* @__PURE__ */ new Map();
  for (const e of resourceEntries) {
    if (e.value.kind !== "map") continue;
    const type = asString(field(e.value, "Type"));
    if (type !== void 0) resources.set(e.key, { logicalId: e.key, type, line: e.keyLine, node: e.value });
  }
  const transformNode = field(root, "Transform");
  const transforms = (transformNode?.kind === "seq" ? transformNode.items : transformNode ? [transformNode] : []).map((n) => asString(n) ?? asString(field(n, "Name")) ?? "unknown transform");
  return {
    file,
    root,
    parameters,
    mappings,
    conditions,
    resources,
    resourceEntries,
    outputs: sectionEntries(root, "Outputs", file, errors),
    transforms
  };
}

// src/iac/cloudformation/foreach.ts
var PREFIX = "Fn::ForEach::";
var MAX_FOREACH_ENTRIES = 1e4;
function hasForEach(node) {
  if (node.kind === "seq") return node.items.some(hasForEach);
  if (node.kind === "map") return node.entries.some((e) => e.key.startsWith(PREFIX) || hasForEach(e.value));
  return false;
}
function expandForEach(template, options) {
  if (!hasForEach(template.root)) return { template, errors: [] };
  const resolver = new Resolver(template, options);
  const expander = new Expander(template.file, resolver);
  const root = expander.map(template.root, /* @__PURE__ */ new Map(), 0);
  const errors = [...expander.errors];
  const indexed = indexTemplate(root, template.file, errors);
  errors.push(...resolver.errors);
  return { template: indexed, errors };
}
var Expander = class {
  constructor(file, resolver) {
    this.file = file;
    this.resolver = resolver;
  }
  file;
  resolver;
  errors = [];
  produced = 0;
  limitReported = false;
  error(line, message) {
    this.errors.push({ file: this.file, line, message });
  }
  node(node, bindings, depth) {
    if (node.kind === "scalar") return bindings.size > 0 ? substituteScalar(node, bindings) : node;
    if (node.kind === "seq") {
      return {
        kind: "seq",
        items: node.items.map((i) => this.node(i, bindings, depth + 1)),
        line: node.line
      };
    }
    const only = node.entries.length === 1 ? node.entries[0] : void 0;
    if (only?.key === "Ref" && only.value.kind === "scalar" && typeof only.value.value === "string") {
      const bound = bindings.get(only.value.value);
      if (bound !== void 0) return scalar(bound, node.line);
    }
    return this.map(node, bindings, depth);
  }
  map(node, bindings, depth) {
    const entries = [];
    for (const e of node.entries) {
      if (e.key.startsWith(PREFIX)) entries.push(...this.loop(e, bindings, depth));
      else
        entries.push({
          key: bindings.size > 0 ? substituteKey(e.key, bindings) : e.key,
          keyLine: e.keyLine,
          value: this.node(e.value, bindings, depth + 1)
        });
    }
    return { kind: "map", entries, line: node.line };
  }
  loop(entry, bindings, depth) {
    const args = entry.value.kind === "seq" ? entry.value.items : [];
    const [idNode, collectionNode, fragment] = args;
    const id = idNode?.kind === "scalar" && typeof idNode.value === "string" ? idNode.value : void 0;
    if (args.length !== 3 || id === void 0 || id === "" || !collectionNode || fragment?.kind !== "map") {
      this.error(
        entry.keyLine,
        `${entry.key} needs [Identifier, Collection, {OutputKey: OutputValue}], found ${exprText(entry.value)}`
      );
      return [];
    }
    if (depth > 64) {
      this.error(entry.keyLine, `${entry.key}: Fn::ForEach nested too deeply`);
      return [];
    }
    const elements = this.collection(entry.key, this.node(collectionNode, bindings, depth + 1));
    const out = [];
    for (const element2 of elements) {
      if (this.produced >= MAX_FOREACH_ENTRIES) {
        if (!this.limitReported) {
          this.limitReported = true;
          this.error(
            entry.keyLine,
            `${entry.key}: Fn::ForEach produces more than ${MAX_FOREACH_ENTRIES} entries; the rest is not analysed`
          );
        }
        break;
      }
      const inner = new Map(bindings);
      inner.set(id, element2);
      const expanded = this.map(fragment, inner, depth + 1);
      this.produced += expanded.entries.length;
      out.push(...expanded.entries);
    }
    return out;
  }
  /** The elements of a loop's collection; one unresolved token when the list is not known. */
  collection(loopKey, node) {
    const r = this.resolver.resolve(node, newCtx(null));
    if (r === NO_VALUE) return [];
    if (r.kind === "seq") {
      const items = [];
      for (const item of r.items) {
        if (item.kind !== "scalar") {
          this.error(item.line, `${loopKey}: the collection holds a value that is not a string`);
          return [];
        }
        items.push(item.value === null ? "" : String(item.value));
      }
      return items;
    }
    if (r.kind === "scalar" && typeof r.value === "string" && hasToken(r.value)) {
      return [isWholeUnresolved(r.value) ? r.value : unresolved(`${loopKey} ${exprText(node)}`)];
    }
    this.error(node.line, `${loopKey}: the collection is not a list: ${JSON.stringify(toPlain(r))}`);
    return [];
  }
};
function alphanumeric(value) {
  return renderText(value).replace(/[^A-Za-z0-9]/g, "");
}
function substituteKey(key2, bindings) {
  let out = key2;
  for (const [id, value] of bindings) {
    out = out.split(`\${${id}}`).join(hasToken(value) ? renderText(value) : value).split(`&{${id}}`).join(alphanumeric(value));
  }
  return out;
}
function substituteScalar(node, bindings) {
  if (typeof node.value !== "string" || !node.value.includes("${") && !node.value.includes("&{"))
    return node;
  let text2 = node.value;
  for (const [id, value] of bindings) {
    text2 = text2.split(`\${${id}}`).join(value).split(`&{${id}}`).join(alphanumeric(value));
  }
  if (text2 === node.value) return node;
  const out = scalar(text2, node.line);
  if (node.textLine !== void 0) out.textLine = node.textLine;
  return out;
}

// src/iac/cloudformation/load.ts
function loadTemplate(snapshot, file) {
  const read = readText(snapshot, file);
  if ("error" in read) return { template: null, errors: [{ file, message: read.error }] };
  try {
    return loadTemplateText(read.text, file);
  } catch (e) {
    return {
      template: null,
      errors: [{ file, message: `internal error while parsing: ${e.message}` }]
    };
  }
}
function loadTemplateText(text2, file) {
  const parsed = parseTemplateText(text2, file);
  const errors = [...parsed.errors];
  if (parsed.root === null) {
    if (errors.length === 0) errors.push({ file, line: 1, message: "the template is empty" });
    return { template: null, errors };
  }
  if (parsed.root.kind !== "map") {
    errors.push({
      file,
      line: parsed.root.line,
      message: "the template is not a mapping (object) at the top level"
    });
    return { template: null, errors };
  }
  const template = indexTemplate(parsed.root, file, errors);
  if (!field(parsed.root, "Resources")) {
    errors.push({ file, line: 1, message: "the template has no Resources section" });
  }
  return { template, errors };
}
var TemplateCache = class {
  constructor(snapshot) {
    this.snapshot = snapshot;
  }
  snapshot;
  loaded = /* @__PURE__ */ new Map();
  paths;
  texts = /* @__PURE__ */ new Map();
  load(file) {
    let t = this.loaded.get(file);
    if (!t) {
      t = loadTemplate(this.snapshot, file);
      this.loaded.set(file, t);
    }
    return t;
  }
  /**
   * Whether the file's text contains `needle`: a cheap test before parsing (exports, nested
   * stacks). An unreadable file counts as mentioning it, so its error is reported.
   */
  mentions(file, needle) {
    const known = this.loaded.get(file);
    if (known && !known.template) return true;
    let text2 = this.texts.get(file);
    if (text2 === void 0) {
      const read = readText(this.snapshot, file);
      text2 = "text" in read ? read.text : null;
      this.texts.set(file, text2);
    }
    return text2 === null || text2.includes(needle);
  }
  /** Whether the snapshot holds the file. */
  has(file) {
    this.paths ??= new Set(this.snapshot.paths);
    return this.paths.has(file);
  }
};

// src/iac/cloudformation/exports.ts
var MAX_PASSES = 8;
function collectExports(snapshot, files, optionsFor = () => ({}), cache = new TemplateCache(snapshot)) {
  const templates = [];
  for (const file of files) {
    if (!cache.mentions(file, "Export")) continue;
    const { template } = cache.load(file);
    if (!template) continue;
    const expanded = expandForEach(template, optionsFor(file)).template;
    if (expanded.outputs.length > 0) templates.push(expanded);
  }
  try {
    return settle(templates, optionsFor);
  } catch {
    return /* @__PURE__ */ new Map();
  }
}
function settle(templates, optionsFor) {
  let exports = /* @__PURE__ */ new Map();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next2 = exportsOnce(templates, exports, optionsFor);
    if (sameExports(next2, exports)) return exports;
    exports = next2;
  }
  const next = exportsOnce(templates, exports, optionsFor);
  for (const [name, value] of next) {
    if (JSON.stringify(exports.get(name)) !== JSON.stringify(value)) {
      next.set(name, unresolved(`Fn::ImportValue ${name}`));
    }
  }
  return next;
}
function exportsOnce(templates, known, optionsFor) {
  const out = /* @__PURE__ */ new Map();
  const ambiguous = /* @__PURE__ */ new Set();
  for (const template of templates) {
    const resolver = new Resolver(template, { ...optionsFor(template.file), exports: known });
    for (const output of template.outputs) {
      const nameNode = field(field(output.value, "Export"), "Name");
      const valueNode = field(output.value, "Value");
      if (!nameNode || !valueNode) continue;
      const ctx = newCtx(null);
      const condition = asString(field(output.value, "Condition"));
      if (condition !== void 0) {
        const holds = evalCondition(resolver, condition, ctx, output.keyLine);
        if (holds === false) continue;
        if (holds === null) ctx.conditionMemo.set(condition, true);
      }
      const name = resolver.text(resolver.resolve(nameNode, ctx));
      if (name === void 0 || name === "" || hasToken(name)) continue;
      const resolved = resolver.resolve(valueNode, ctx);
      const value = resolved === NO_VALUE ? unresolved(`Fn::ImportValue ${name}`) : toPlain(resolved);
      if (out.has(name) && JSON.stringify(out.get(name)) !== JSON.stringify(value)) ambiguous.add(name);
      else out.set(name, value);
    }
  }
  for (const name of ambiguous) out.set(name, unresolved(`Fn::ImportValue ${name}`));
  return out;
}
function sameExports(a, b) {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (!b.has(k) || JSON.stringify(b.get(k)) !== JSON.stringify(v)) return false;
  return true;
}

// src/iac/cloudformation/nested-stacks.ts
var MAX_NESTING = 8;
function nestedTemplatePath(parentFile, templateUrl) {
  if (typeof templateUrl !== "string" || templateUrl === "" || hasToken(templateUrl))
    return { kind: "unknown" };
  if (/^[a-z][a-z0-9+.-]*:/i.test(templateUrl)) return { kind: "remote", url: templateUrl };
  return relativePath(parentFile.split("/").slice(0, -1), templateUrl);
}
function relativePath(base, relative) {
  if (relative.startsWith("/") || relative.startsWith("\\") || relative.includes("\\")) {
    return { kind: "outside", url: relative };
  }
  const parts = [...base];
  for (const part of relative.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return { kind: "outside", url: relative };
      parts.pop();
    } else parts.push(part);
  }
  return parts.length === 0 ? { kind: "unknown" } : { kind: "local", path: parts.join("/") };
}
var templateUrlLocator = (parent, resource, properties) => {
  const url = resource.type === "AWS::Serverless::Application" ? properties.Location : properties.TemplateURL;
  return nestedTemplatePath(parent.file, url);
};
function boundParameters(properties) {
  const p = properties.Parameters;
  if (p === null || typeof p !== "object" || Array.isArray(p)) return {};
  return p;
}
function refuseChild(context, parentFile, child) {
  if (child === parentFile || context.chain.includes(child)) {
    return `includes ${child}, which includes it again: not followed`;
  }
  if (context.chain.length + 1 >= MAX_NESTING) return `nests deeper than ${MAX_NESTING} levels: not followed`;
  return null;
}
function childOptions(context, parent, properties) {
  const inner = { ...context, chain: [...context.chain, parent.file] };
  return {
    ...context.shared,
    boundParameters: boundParameters(properties),
    refPrefix: `${parent.refPrefix}${parent.logicalId}/`,
    nested: new NestedStackOutputs(inner)
  };
}
var NestedStackOutputs = class {
  constructor(context) {
    this.context = context;
  }
  context;
  outputsOf(parent, logicalId) {
    const resource = parent.template.resources.get(logicalId);
    if (!resource) return void 0;
    const propertiesNode = field(resource.node, "Properties");
    const resolved = propertiesNode ? parent.resolve(propertiesNode, newCtx(null)) : NO_VALUE;
    const properties = resolved === NO_VALUE || resolved.kind !== "map" ? {} : toPlain(resolved);
    const target = this.context.locate(parent.template, resource, properties);
    if (target.kind !== "local" || !this.context.cache.has(target.path)) return void 0;
    if (refuseChild(this.context, parent.template.file, target.path) !== null) return void 0;
    const { template } = this.context.cache.load(target.path);
    if (!template) return void 0;
    const options = childOptions(
      this.context,
      { file: parent.template.file, refPrefix: parent.options.refPrefix ?? "", logicalId },
      properties
    );
    const expanded = expandForEach(template, options);
    return evaluateOutputs(new Resolver(expanded.template, options));
  }
};
function evaluateOutputs(resolver) {
  const out = /* @__PURE__ */ new Map();
  for (const output of resolver.template.outputs) {
    const valueNode = field(output.value, "Value");
    if (!valueNode) continue;
    const ctx = newCtx(null);
    const condition = asString(field(output.value, "Condition"));
    if (condition !== void 0) {
      const holds = evalCondition(resolver, condition, ctx, output.keyLine);
      if (holds === false) continue;
      if (holds === null) ctx.conditionMemo.set(condition, true);
    }
    const resolved = resolver.resolve(valueNode, ctx);
    out.set(output.key, resolved === NO_VALUE ? unresolved(`Outputs.${output.key}`) : toPlain(resolved));
  }
  return out;
}
function nestedStackProblem(parentFile, logicalId, line, target, exists) {
  switch (target.kind) {
    case "error":
      return { error: { file: parentFile, line, message: `nested stack ${logicalId}: ${target.message}` } };
    case "local":
      return exists ? {} : {
        note: `${parentFile}: nested stack ${logicalId} names ${target.path}, which is not in the repository`
      };
    case "outside":
      return {
        note: `${parentFile}: nested stack ${logicalId} names ${target.url}, outside the repository: not followed`
      };
    case "remote":
      return {
        note: `${parentFile}: nested stack ${logicalId} uses ${target.url}: its resources are not analysed`
      };
    default:
      return {};
  }
}
function nestedParents(cache, files, optionsFor = () => ({})) {
  const parents = /* @__PURE__ */ new Map();
  for (const file of files) {
    if (!cache.mentions(file, "AWS::CloudFormation::Stack") && !cache.mentions(file, "AWS::Serverless::Application"))
      continue;
    const { template } = cache.load(file);
    if (!template) continue;
    let resolver;
    for (const resource of template.resources.values()) {
      if (!isNestedStackType(resource.type)) continue;
      resolver ??= new Resolver(template, optionsFor(file));
      const propertiesNode = field(resource.node, "Properties");
      const resolved = propertiesNode ? resolver.resolve(propertiesNode, newCtx(null)) : NO_VALUE;
      if (resolved === NO_VALUE || resolved.kind !== "map") continue;
      const target = templateUrlLocator(template, resource, toPlain(resolved));
      if (target.kind !== "local" || target.path === file) continue;
      const list2 = parents.get(target.path) ?? [];
      if (!list2.includes(file)) list2.push(file);
      parents.set(target.path, list2);
    }
  }
  return parents;
}
function outermostTemplates(wanted, parents) {
  const out = [];
  const add2 = (file, seen) => {
    const up = (parents.get(file) ?? []).filter((p) => !seen.has(p));
    if (up.length === 0) {
      if (!out.includes(file)) out.push(file);
      return;
    }
    for (const p of up) add2(p, /* @__PURE__ */ new Set([...seen, file]));
  };
  for (const file of wanted) add2(file, /* @__PURE__ */ new Set());
  return out;
}

// src/iac/cloudformation/include.ts
var MAX_INCLUDE_DEPTH = 8;
function includeLocation(node) {
  if (asString(field(node, "Name")) !== "AWS::Include") return void 0;
  return { location: field(field(node, "Parameters"), "Location") };
}
function hasInclude(node) {
  if (node.kind === "seq") return node.items.some(hasInclude);
  if (node.kind === "map") {
    return node.entries.some(
      (e) => e.key === "Fn::Transform" && includeLocation(e.value) !== void 0 || hasInclude(e.value)
    );
  }
  return false;
}
function expandIncludes(snapshot, template) {
  const out = { template, errors: [], notes: [], files: [] };
  if (!hasInclude(template.root)) return out;
  const snippet = (spec, line, chain) => {
    const located = includeLocation(spec);
    const location = asString(located?.location);
    if (location === void 0) {
      out.notes.push(
        `${template.file}:${line}: AWS::Include with a Location that is not a literal path: not analysed`
      );
      return void 0;
    }
    const target = nestedTemplatePath(chain[chain.length - 1] ?? template.file, location);
    if (target.kind === "remote") {
      out.notes.push(
        `${template.file}:${line}: AWS::Include of ${location}: the snippet is not in the repository, not analysed`
      );
      return void 0;
    }
    if (target.kind !== "local") {
      out.notes.push(
        `${template.file}:${line}: AWS::Include of ${location}, outside the repository: not followed`
      );
      return void 0;
    }
    if (chain.includes(target.path) || chain.length > MAX_INCLUDE_DEPTH) {
      out.errors.push({
        file: template.file,
        line,
        message: `AWS::Include of ${target.path} includes itself: not followed`
      });
      return void 0;
    }
    const read = readText(snapshot, target.path);
    if ("error" in read) {
      out.errors.push({
        file: template.file,
        line,
        message: `AWS::Include of ${target.path}: ${read.error}`
      });
      return void 0;
    }
    if (!out.files.includes(target.path)) out.files.push(target.path);
    const parsed = parseTemplateText(read.text, target.path);
    out.errors.push(...parsed.errors);
    if (parsed.root === null) return void 0;
    return expand(relocate(parsed.root, line), [...chain, target.path]);
  };
  const expand = (node, chain) => {
    if (node.kind === "scalar") return node;
    if (node.kind === "seq") return { ...node, items: node.items.map((i) => expand(i, chain)) };
    const only = node.entries.length === 1 ? node.entries[0] : void 0;
    if (only?.key === "Fn::Transform" && includeLocation(only.value)) {
      return snippet(only.value, node.line, chain) ?? node;
    }
    const entries = [];
    for (const e of node.entries) {
      if (e.key === "Fn::Transform" && includeLocation(e.value)) {
        const s = snippet(e.value, e.keyLine, chain);
        if (s?.kind === "map") entries.push(...s.entries);
        else if (s !== void 0) {
          out.errors.push({
            file: template.file,
            line: e.keyLine,
            message: "AWS::Include: the snippet is not a mapping"
          });
        }
      } else entries.push({ ...e, value: expand(e.value, chain) });
    }
    return { kind: "map", entries, line: node.line };
  };
  const root = expand(template.root, [template.file]);
  out.template = indexTemplate(root, template.file, out.errors);
  return out;
}

// src/iac/cloudformation/read-template.ts
function readTemplate(snapshot, file, options = {}) {
  const cache = options.cache ?? new TemplateCache(snapshot);
  const loaded = cache.load(file);
  const result = { resources: [], errors: [...loaded.errors], files: [file] };
  if (!loaded.template) return result;
  const notes = [];
  try {
    const context = {
      cache,
      locate: options.locate ?? templateUrlLocator,
      chain: options.chain ?? [],
      shared: {
        ...options.exports ? { exports: options.exports } : {},
        ...options.selfAccount ? { selfAccount: options.selfAccount } : {},
        ...options.stack ? { stack: options.stack } : {}
      }
    };
    const resolveOptions = { ...options, nested: new NestedStackOutputs(context) };
    const included = expandIncludes(snapshot, loaded.template);
    result.errors.push(...included.errors);
    notes.push(...included.notes);
    result.files.push(...included.files);
    const expanded = expandForEach(included.template, resolveOptions);
    result.errors.push(...expanded.errors);
    const template = expanded.template;
    const resolver = new Resolver(template, resolveOptions);
    for (const entry of template.resourceEntries) {
      result.resources.push(...readResource(resolver, entry.key, entry.keyLine, entry.value, options, notes));
    }
    result.errors.push(...resolver.errors);
    readNestedStacks(snapshot, template, context, options, result, notes);
  } catch (e) {
    result.errors.push({
      file,
      message: `internal error while reading the template: ${e.message}`
    });
  }
  if (notes.length > 0) result.notes = [.../* @__PURE__ */ new Set([...result.notes ?? [], ...notes])];
  return result;
}
function readResource(resolver, logicalId, line, node, options, notes) {
  const file = resolver.template.file;
  if (node.kind !== "map") {
    resolver.error(line, `resource ${logicalId} is not a mapping`);
    return [];
  }
  const type = asString(field(node, "Type"));
  if (type === void 0) {
    resolver.error(line, `resource ${logicalId} has no Type`);
    return [];
  }
  const preset = /* @__PURE__ */ new Map();
  const conditionLabels = [];
  const conditionNode = field(node, "Condition");
  if (conditionNode !== void 0) {
    const name = asString(conditionNode);
    const value = name === void 0 ? null : evalCondition(resolver, name, newCtx(null), conditionNode.line);
    if (name === void 0)
      resolver.error(conditionNode.line, `resource ${logicalId}: Condition is not a name`);
    if (value === false) {
      notes.push(`${file}: ${logicalId} is not created (condition ${name} is false)`);
      return [];
    }
    if (value === null && name !== void 0) {
      preset.set(conditionKey(name), 0);
      conditionLabels.push(`Condition ${name}`);
    }
  }
  const propertiesNode = field(node, "Properties");
  const enumerator = new VariantEnumerator(MAX_VARIANTS);
  const variants = enumerator.each((run) => {
    if (propertiesNode === void 0) return emptyMap(line);
    const resolved = resolver.resolve(propertiesNode, newCtx(run));
    if (resolved === NO_VALUE) return emptyMap(line);
    if (resolved.kind !== "map") {
      resolver.error(propertiesNode.line, `resource ${logicalId}: Properties is not a mapping`);
      return emptyMap(line);
    }
    return resolved;
  }, preset);
  if (enumerator.collapsed) {
    notes.push(
      `${file}: ${logicalId} has more than ${MAX_VARIANTS} variants; further Fn::If/Fn::FindInMap choices are left unresolved`
    );
  }
  const base = {
    source: options.source ?? "cloudformation",
    type,
    address: logicalId,
    file,
    line,
    unit: options.unit ?? file,
    ...options.stack ? { stack: options.stack } : {},
    ...options.selfAccount ? { selfAccount: options.selfAccount } : {}
  };
  const constructPath = asString(field(field(node, "Metadata"), "aws:cdk:path"));
  const valueLines2 = propertiesNode ? valueLinesOf(propertiesNode) : {};
  const plain = variants.map(({ run, result }) => ({
    labels: run.labels(),
    properties: result,
    plain: toPlain(result)
  }));
  return collapseVariants(plain).map((v) => {
    const conditional = [...conditionLabels, ...v.labels].join("; ");
    const record2 = {
      ...base,
      properties: v.plain,
      pathLines: pathLinesOf(v.properties),
      // Literal source text first; then strings inside resolved policy text at their lines.
      valueLines: { ...textValueLinesOf(v.properties), ...valueLines2 }
    };
    if (constructPath) record2.constructPath = constructPath;
    if (conditional) record2.conditional = conditional;
    return record2;
  });
}
function emptyMap(line) {
  return { kind: "map", entries: [], line };
}
function collapseVariants(variants) {
  if (variants.length < 2) return variants;
  const groups = /* @__PURE__ */ new Map();
  for (const v of variants) {
    const key2 = JSON.stringify(v.plain);
    const group = groups.get(key2);
    if (!group) groups.set(key2, { ...v, labels: [...v.labels] });
    else group.labels = group.labels.filter((l) => v.labels.includes(l));
  }
  return [...groups.values()];
}
function readNestedStacks(snapshot, template, context, options, result, notes) {
  const parents = result.resources.filter((r) => isNestedStackType(r.type));
  for (const stack of parents) {
    const def2 = template.resources.get(stack.address);
    if (!def2) continue;
    const target = context.locate(template, def2, stack.properties);
    const exists = target.kind === "local" && context.cache.has(target.path);
    const problem = nestedStackProblem(template.file, stack.address, def2.line, target, exists);
    if (problem.note) notes.push(problem.note);
    if (problem.error) result.errors.push(problem.error);
    if (target.kind !== "local" || !exists) continue;
    const refused = refuseChild(context, template.file, target.path);
    if (refused !== null) {
      result.errors.push({
        file: template.file,
        line: def2.line,
        message: `nested stack ${stack.address} ${refused}`
      });
      continue;
    }
    const child = readTemplate(snapshot, target.path, {
      ...options.source ? { source: options.source } : {},
      unit: options.unit ?? template.file,
      cache: context.cache,
      locate: context.locate,
      chain: [...context.chain, template.file],
      ...context.shared,
      boundParameters: boundParameters(stack.properties),
      refPrefix: `${options.refPrefix ?? ""}${stack.address}/`
    });
    for (const record2 of child.resources) {
      const conditional = [stack.conditional, record2.conditional].filter(Boolean).join("; ");
      const nested = { ...record2, address: `${stack.address}/${record2.address}` };
      if (conditional) nested.conditional = conditional;
      result.resources.push(nested);
    }
    result.errors.push(...child.errors);
    for (const f of child.files) if (!result.files.includes(f)) result.files.push(f);
    if (child.notes) notes.push(...child.notes);
  }
}

// src/iac/terraform/lexer.ts
var HclSyntaxError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var PUNCT = ["...", "=>", "==", "!=", "<=", ">=", "&&", "||", "{", "}", "[", "]", "(", ")", ","];
var SINGLE = ".?:=<>+-*/%!~";
var Lexer = class {
  constructor(src) {
    this.src = src;
  }
  src;
  pos = 0;
  buffer = [];
  peek(n = 0) {
    while (this.buffer.length <= n) this.buffer.push(this.scan());
    return this.buffer[n];
  }
  next() {
    const t = this.peek();
    this.buffer.shift();
    return t;
  }
  /** True when no token has been read ahead, so template scanning may start at `pos`. */
  get clean() {
    return this.buffer.length === 0;
  }
  scan() {
    const src = this.src;
    let nl = false;
    for (; ; ) {
      const c2 = src[this.pos];
      if (c2 === "\n") {
        nl = true;
        this.pos++;
      } else if (c2 === " " || c2 === "	" || c2 === "\r") {
        this.pos++;
      } else if (c2 === "#" || c2 === "/" && src[this.pos + 1] === "/") {
        while (this.pos < src.length && src[this.pos] !== "\n") this.pos++;
      } else if (c2 === "/" && src[this.pos + 1] === "*") {
        const end = src.indexOf("*/", this.pos + 2);
        if (end < 0) throw new HclSyntaxError("unterminated comment", this.pos);
        if (src.slice(this.pos, end).includes("\n")) nl = true;
        this.pos = end + 2;
      } else {
        break;
      }
    }
    const s = this.pos;
    if (s >= src.length) return { kind: "eof", text: "", s, e: s, nl };
    const c = src[s];
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*(?:::[A-Za-z_][A-Za-z0-9_-]*)*/.exec(src.slice(s, s + 512));
      this.pos = s + m[0].length;
      return { kind: "ident", text: m[0], s, e: this.pos, nl };
    }
    if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(src.slice(s, s + 64));
      this.pos = s + m[0].length;
      return { kind: "number", text: m[0], s, e: this.pos, nl };
    }
    if (c === '"') {
      this.pos = s + 1;
      return { kind: "quote", text: '"', s, e: this.pos, nl };
    }
    if (c === "<" && src[s + 1] === "<") {
      const m = /^<<(-?)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\n/.exec(src.slice(s, s + 256));
      if (m) return this.heredoc(s, m[0].length, m[2], m[1] === "-", nl);
    }
    for (const p of PUNCT) {
      if (src.startsWith(p, s)) {
        this.pos = s + p.length;
        return { kind: "punct", text: p, s, e: this.pos, nl };
      }
    }
    if (SINGLE.includes(c)) {
      this.pos = s + 1;
      return { kind: "punct", text: c, s, e: this.pos, nl };
    }
    throw new HclSyntaxError(`unexpected character ${JSON.stringify(c)}`, s);
  }
  /** A heredoc token's text is its (de-indented) template source. */
  heredoc(s, headerLength, marker, indent, nl) {
    const start = s + headerLength;
    const lines = [];
    let p = start;
    for (; ; ) {
      if (p >= this.src.length) throw new HclSyntaxError(`heredoc ${marker} has no closing marker`, s);
      const eol = this.src.indexOf("\n", p);
      const line = this.src.slice(p, eol < 0 ? this.src.length : eol);
      p = eol < 0 ? this.src.length : eol + 1;
      if (line.trim() === marker) {
        this.pos = eol < 0 ? this.src.length : eol;
        break;
      }
      lines.push(line);
    }
    let body = lines;
    if (indent) {
      const widths = lines.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)[0].length);
      const cut = widths.length === 0 ? 0 : Math.min(...widths);
      body = lines.map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)[0].length)));
    }
    const text2 = body.length === 0 ? "" : `${body.join("\n")}
`;
    return { kind: "heredoc", text: text2, s, e: this.pos, nl };
  }
  /**
   * Literal template text from `pos`. Raw mode (heredocs, template files, hcl2json strings)
   * knows only the `$${` and `%%{` escapes; quoted mode also backslash escapes and ends at `"`.
   */
  scanText(quoted) {
    const src = this.src;
    let out = "";
    while (this.pos < src.length) {
      const c = src[this.pos];
      const n = src[this.pos + 1];
      if ((c === "$" || c === "%") && n === c && src[this.pos + 2] === "{") {
        out += `${c}{`;
        this.pos += 3;
      } else if ((c === "$" || c === "%") && n === "{") {
        this.pos += 2;
        const strip = src[this.pos] === "~";
        if (strip) this.pos++;
        return { text: out, stop: c === "$" ? "interp" : "directive", stripBefore: strip };
      } else if (quoted && c === '"') {
        this.pos++;
        return { text: out, stop: "quote", stripBefore: false };
      } else if (quoted && c === "\\") {
        out += this.escape();
      } else {
        out += c;
        this.pos++;
      }
    }
    if (quoted) throw new HclSyntaxError("unterminated string", this.pos);
    return { text: out, stop: "eof", stripBefore: false };
  }
  escape() {
    const src = this.src;
    const c = src[this.pos + 1];
    const simple = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
    if (c !== void 0 && simple[c] !== void 0) {
      this.pos += 2;
      return simple[c];
    }
    const hex = c === "u" ? 4 : c === "U" ? 8 : 0;
    if (hex > 0) {
      const digits = src.slice(this.pos + 2, this.pos + 2 + hex);
      const code = Number.parseInt(digits, 16);
      if (/^[0-9A-Fa-f]+$/.test(digits) && digits.length === hex && code <= 1114111) {
        this.pos += 2 + hex;
        return code === 57344 || code === 57345 ? "\uFFFD" : String.fromCodePoint(code);
      }
    }
    throw new HclSyntaxError(`invalid escape sequence \\${c ?? ""}`, this.pos);
  }
};

// src/iac/terraform/parser.ts
var BINARY = {
  "||": { op: "||", prec: 1 },
  "&&": { op: "&&", prec: 2 },
  "==": { op: "==", prec: 3 },
  "!=": { op: "!=", prec: 3 },
  "<": { op: "<", prec: 4 },
  ">": { op: ">", prec: 4 },
  "<=": { op: "<=", prec: 4 },
  ">=": { op: ">=", prec: 4 },
  "+": { op: "+", prec: 5 },
  "-": { op: "-", prec: 5 },
  "*": { op: "*", prec: 6 },
  "/": { op: "/", prec: 6 },
  "%": { op: "%", prec: 6 }
};
var MAX_DEPTH2 = 200;
function parseTemplate(src) {
  const p = new Parser(src);
  const parts = p.templateParts(false);
  return { k: "template", parts, src, s: 0, e: src.length };
}
var Parser = class {
  constructor(src) {
    this.src = src;
    this.lex = new Lexer(src);
  }
  src;
  lex;
  /** Newline sensitivity per nesting level: true directly inside an object constructor. */
  nlStack = [false];
  depth = 0;
  expression() {
    if (++this.depth > MAX_DEPTH2) throw new HclSyntaxError("expression nested too deeply", this.lex.pos);
    try {
      const cond = this.binary(0);
      const q = this.lex.peek();
      if (!this.continues(q, "?")) return cond;
      this.lex.next();
      const a = this.withNl(false, () => this.expression());
      this.expect(":");
      const b = this.expression();
      return { k: "cond", cond, a, b, src: this.src, s: cond.s, e: b.e };
    } finally {
      this.depth--;
    }
  }
  binary(minPrec) {
    let left = this.unary();
    for (; ; ) {
      const t = this.lex.peek();
      const info = t.kind === "punct" ? BINARY[t.text] : void 0;
      if (!info || info.prec <= minPrec || this.nlSensitive && t.nl) return left;
      this.lex.next();
      const right = this.binary(info.prec);
      left = { k: "binary", op: info.op, l: left, r: right, src: this.src, s: left.s, e: right.e };
    }
  }
  unary() {
    const t = this.lex.peek();
    if (t.kind === "punct" && (t.text === "!" || t.text === "-")) {
      this.lex.next();
      const x = this.unary();
      if (t.text === "-" && x.k === "lit" && typeof x.value === "number") {
        return { k: "lit", value: -x.value, src: this.src, s: t.s, e: x.e };
      }
      return { k: "unary", op: t.text, x, src: this.src, s: t.s, e: x.e };
    }
    return this.postfix(this.primary());
  }
  postfix(base) {
    let obj2 = base;
    for (; ; ) {
      const t = this.lex.peek();
      if (this.nlSensitive && t.nl) return obj2;
      if (t.kind === "punct" && t.text === ".") {
        this.lex.next();
        const n = this.lex.next();
        if (n.kind === "ident") {
          obj2 = { k: "attr", obj: obj2, name: n.text, src: this.src, s: obj2.s, e: n.e };
        } else if (n.kind === "number" && /^[0-9]+$/.test(n.text)) {
          const key2 = { k: "lit", value: Number(n.text), src: this.src, s: n.s, e: n.e };
          obj2 = { k: "index", obj: obj2, key: key2, src: this.src, s: obj2.s, e: n.e };
        } else if (n.kind === "punct" && n.text === "*") {
          obj2 = this.splat(obj2, true, n.e);
        } else {
          throw new HclSyntaxError(`expected an attribute name after ".", found ${describe(n)}`, n.s);
        }
      } else if (t.kind === "punct" && t.text === "[") {
        this.lex.next();
        const star = this.lex.peek();
        if (star.kind === "punct" && star.text === "*" && this.lex.peek(1).text === "]") {
          this.lex.next();
          const close = this.lex.next();
          obj2 = this.splat(obj2, false, close.e);
        } else {
          const key2 = this.withNl(false, () => this.expression());
          const close = this.expect("]");
          obj2 = { k: "index", obj: obj2, key: key2, src: this.src, s: obj2.s, e: close.e };
        }
      } else {
        return obj2;
      }
    }
  }
  /** `x.*.a.b` (attribute splat) or `x[*].a[0]` (full splat): the traversals after it apply per element. */
  splat(obj2, attrOnly, end) {
    let each = { k: "splatItem", src: this.src, s: end, e: end };
    for (; ; ) {
      const t = this.lex.peek();
      if (this.nlSensitive && t.nl) break;
      if (t.kind === "punct" && t.text === "." && this.lex.peek(1).kind === "ident") {
        this.lex.next();
        const n = this.lex.next();
        each = { k: "attr", obj: each, name: n.text, src: this.src, s: each.s, e: n.e };
      } else if (!attrOnly && t.kind === "punct" && t.text === "[" && this.lex.peek(1).text !== "*") {
        this.lex.next();
        const key2 = this.withNl(false, () => this.expression());
        const close = this.expect("]");
        each = { k: "index", obj: each, key: key2, src: this.src, s: each.s, e: close.e };
      } else {
        break;
      }
    }
    return { k: "splat", obj: obj2, each, src: this.src, s: obj2.s, e: Math.max(each.e, end) };
  }
  primary() {
    const t = this.lex.next();
    const src = this.src;
    switch (t.kind) {
      case "number":
        return { k: "lit", value: Number(t.text), src, s: t.s, e: t.e };
      case "quote":
        return this.quoted(t.s);
      case "heredoc": {
        const inner = parseTemplate(t.text);
        return { ...inner, src, s: t.s, e: t.e };
      }
      case "ident":
        return this.identifier(t);
      case "punct":
        if (t.text === "(") {
          const x = this.withNl(false, () => this.expression());
          const close = this.expect(")");
          return { k: "paren", x, src, s: t.s, e: close.e };
        }
        if (t.text === "[") return this.withNl(false, () => this.tuple(t));
        if (t.text === "{") return this.object(t);
        break;
      case "eof":
        throw new HclSyntaxError("unexpected end of expression", t.s);
    }
    throw new HclSyntaxError(`unexpected ${describe(t)}`, t.s);
  }
  identifier(t) {
    const src = this.src;
    if (t.text === "true" || t.text === "false")
      return { k: "lit", value: t.text === "true", src, s: t.s, e: t.e };
    if (t.text === "null") return { k: "lit", value: null, src, s: t.s, e: t.e };
    const open = this.lex.peek();
    if (open.kind === "punct" && open.text === "(" && !open.nl) {
      this.lex.next();
      return this.withNl(false, () => this.call(t));
    }
    return { k: "var", name: t.text, src, s: t.s, e: t.e };
  }
  call(name) {
    const args = [];
    let expand = false;
    for (; ; ) {
      const t = this.lex.peek();
      if (t.kind === "punct" && t.text === ")") break;
      args.push(this.expression());
      const sep2 = this.lex.peek();
      if (sep2.kind === "punct" && sep2.text === "...") {
        this.lex.next();
        expand = true;
        break;
      }
      if (sep2.kind === "punct" && sep2.text === ",") {
        this.lex.next();
        continue;
      }
      break;
    }
    const close = this.expect(")");
    return { k: "call", name: name.text, args, expand, src: this.src, s: name.s, e: close.e };
  }
  tuple(open) {
    if (this.isFor()) return this.forExpr(open, false);
    const items = [];
    for (; ; ) {
      const t = this.lex.peek();
      if (t.kind === "punct" && t.text === "]") break;
      items.push(this.expression());
      const sep2 = this.lex.peek();
      if (sep2.kind === "punct" && sep2.text === ",") {
        this.lex.next();
        continue;
      }
      break;
    }
    const close = this.expect("]");
    return { k: "tuple", items, src: this.src, s: open.s, e: close.e };
  }
  object(open) {
    if (this.isFor()) return this.withNl(false, () => this.forExpr(open, true));
    return this.withNl(true, () => {
      const items = [];
      for (; ; ) {
        const t = this.lex.peek();
        if (t.kind === "punct" && t.text === "}") break;
        const rawKey = this.postfix(this.primary());
        const key2 = rawKey.k === "var" ? { k: "lit", value: rawKey.name, src: this.src, s: rawKey.s, e: rawKey.e } : rawKey;
        const eq = this.lex.next();
        if (eq.kind !== "punct" || eq.text !== "=" && eq.text !== ":") {
          throw new HclSyntaxError(`expected "=" after an object key, found ${describe(eq)}`, eq.s);
        }
        const value = this.expression();
        items.push({ key: key2, value });
        const sep2 = this.lex.peek();
        if (sep2.kind === "punct" && sep2.text === ",") this.lex.next();
        else if (!sep2.nl && !(sep2.kind === "punct" && sep2.text === "}")) {
          throw new HclSyntaxError(
            `expected "," or a newline between object items, found ${describe(sep2)}`,
            sep2.s
          );
        }
      }
      const close = this.expect("}");
      return { k: "object", items, src: this.src, s: open.s, e: close.e };
    });
  }
  isFor() {
    const a = this.lex.peek();
    return a.kind === "ident" && a.text === "for" && this.lex.peek(1).kind === "ident";
  }
  forExpr(open, object) {
    this.lex.next();
    const first = this.expectIdent();
    let keyVar = null;
    let valVar = first;
    if (this.lex.peek().text === ",") {
      this.lex.next();
      keyVar = first;
      valVar = this.expectIdent();
    }
    const kw = this.lex.next();
    if (kw.kind !== "ident" || kw.text !== "in")
      throw new HclSyntaxError(`expected "in", found ${describe(kw)}`, kw.s);
    const coll = this.expression();
    this.expect(":");
    let keyExpr = null;
    let valExpr = this.expression();
    let group = false;
    if (object) {
      this.expect("=>");
      keyExpr = valExpr;
      valExpr = this.expression();
      if (this.lex.peek().text === "...") {
        this.lex.next();
        group = true;
      }
    }
    let cond = null;
    const maybeIf = this.lex.peek();
    if (maybeIf.kind === "ident" && maybeIf.text === "if") {
      this.lex.next();
      cond = this.expression();
    }
    const close = this.expect(object ? "}" : "]");
    return {
      k: "for",
      keyVar,
      valVar,
      coll,
      keyExpr,
      valExpr,
      cond,
      group,
      object,
      src: this.src,
      s: open.s,
      e: close.e
    };
  }
  quoted(start) {
    const parts = this.withNl(false, () => this.templateParts(true));
    return { k: "template", parts, src: this.src, s: start, e: this.lex.pos };
  }
  /** Template parts up to the closing quote (quoted) or the end of the text. */
  templateParts(quoted) {
    const flat = [];
    for (; ; ) {
      if (!this.lex.clean) throw new HclSyntaxError("internal: template scan after lookahead", this.lex.pos);
      const chunk = this.lex.scanText(quoted);
      if (chunk.text !== "") flat.push({ k: "text", text: chunk.text });
      if (chunk.stop === "quote" || chunk.stop === "eof") break;
      const at = this.lex.pos;
      if (chunk.stop === "interp") {
        const expr = this.withNl(false, () => this.expression());
        const stripAfter = this.closeMarker();
        flat.push({ k: "interp", expr, stripBefore: chunk.stripBefore, stripAfter });
      } else {
        const dir = this.directive();
        if (dir === null) {
          this.lex.pos = at;
          flat.push({ k: "text", text: chunk.stripBefore ? "%{~" : "%{" });
          continue;
        }
        const stripAfter = this.closeMarker();
        flat.push({ k: "dir", dir, stripBefore: chunk.stripBefore, stripAfter, s: at });
      }
    }
    applyStrip(flat);
    const pos = { i: 0 };
    const parts = nest(flat, pos, null);
    if (pos.i < flat.length) {
      const item = flat[pos.i];
      throw new HclSyntaxError("unexpected template directive", item.s ?? 0);
    }
    return parts;
  }
  directive() {
    const t = this.lex.peek();
    if (t.kind !== "ident") return null;
    switch (t.text) {
      case "if": {
        this.lex.next();
        return { k: "if", cond: this.withNl(false, () => this.expression()) };
      }
      case "else":
      case "endif":
      case "endfor":
        this.lex.next();
        return { k: t.text };
      case "for": {
        this.lex.next();
        const first = this.expectIdent();
        let keyVar = null;
        let valVar = first;
        if (this.lex.peek().text === ",") {
          this.lex.next();
          keyVar = first;
          valVar = this.expectIdent();
        }
        const kw = this.lex.next();
        if (kw.text !== "in") throw new HclSyntaxError(`expected "in", found ${describe(kw)}`, kw.s);
        return { k: "for", keyVar, valVar, coll: this.withNl(false, () => this.expression()) };
      }
      default:
        return null;
    }
  }
  /** `}` or `~}` closing an interpolation or directive; true for `~}`. */
  closeMarker() {
    const t = this.lex.next();
    if (t.kind === "punct" && t.text === "~") {
      this.expectRaw("}");
      return true;
    }
    if (t.kind === "punct" && t.text === "}") return false;
    throw new HclSyntaxError(`expected "}" to close the template sequence, found ${describe(t)}`, t.s);
  }
  expectRaw(text2) {
    const t = this.lex.next();
    if (t.text !== text2) throw new HclSyntaxError(`expected "${text2}", found ${describe(t)}`, t.s);
  }
  expect(text2) {
    const t = this.lex.next();
    if (t.kind !== "punct" || t.text !== text2)
      throw new HclSyntaxError(`expected "${text2}", found ${describe(t)}`, t.s);
    return t;
  }
  expectIdent() {
    const t = this.lex.next();
    if (t.kind !== "ident") throw new HclSyntaxError(`expected a name, found ${describe(t)}`, t.s);
    return t.text;
  }
  get nlSensitive() {
    return this.nlStack[this.nlStack.length - 1] ?? false;
  }
  continues(t, text2) {
    return t.kind === "punct" && t.text === text2 && !(this.nlSensitive && t.nl);
  }
  withNl(sensitive, fn) {
    this.nlStack.push(sensitive);
    try {
      return fn();
    } finally {
      this.nlStack.pop();
    }
  }
};
function applyStrip(flat) {
  flat.forEach((item, i) => {
    if (item.k === "text") return;
    const prev = flat[i - 1];
    const next = flat[i + 1];
    if (item.stripBefore && prev?.k === "text") prev.text = prev.text.replace(/[ \t\r\n]+$/, "");
    if (item.stripAfter && next?.k === "text") next.text = next.text.replace(/^[ \t\r\n]+/, "");
  });
}
function nest(flat, pos, until) {
  const out = [];
  while (pos.i < flat.length) {
    const item = flat[pos.i];
    if (item.k === "text") {
      if (item.text !== "") out.push({ k: "text", text: item.text });
      pos.i++;
      continue;
    }
    if (item.k === "interp") {
      out.push({ k: "interp", expr: item.expr });
      pos.i++;
      continue;
    }
    const d = item.dir;
    if (d.k === "else" || d.k === "endif") {
      if (until !== "if") throw new HclSyntaxError(`unexpected %{${d.k}}`, item.s);
      return out;
    }
    if (d.k === "endfor") {
      if (until !== "for") throw new HclSyntaxError("unexpected %{endfor}", item.s);
      return out;
    }
    pos.i++;
    if (d.k === "if") {
      const then = nest(flat, pos, "if");
      let otherwise = [];
      const mid = flat[pos.i];
      if (mid?.k === "dir" && mid.dir.k === "else") {
        pos.i++;
        otherwise = nest(flat, pos, "if");
      }
      const end = flat[pos.i];
      if (end?.k !== "dir" || end.dir.k !== "endif")
        throw new HclSyntaxError("%{if} without %{endif}", item.s);
      pos.i++;
      out.push({ k: "if", cond: d.cond, then, else: otherwise });
    } else {
      const body = nest(flat, pos, "for");
      const end = flat[pos.i];
      if (end?.k !== "dir" || end.dir.k !== "endfor")
        throw new HclSyntaxError("%{for} without %{endfor}", item.s);
      pos.i++;
      out.push({ k: "for", keyVar: d.keyVar, valVar: d.valVar, coll: d.coll, body });
    }
  }
  if (until !== null) throw new HclSyntaxError(`%{${until}} without %{end${until}}`, 0);
  return out;
}
function describe(t) {
  return t.kind === "eof" ? "the end of the expression" : JSON.stringify(t.text);
}

// src/iac/terraform/positions.ts
var ACCOUNT_RE2 = /(?<![0-9])[0-9]{12}(?![0-9])/g;
function scanHcl(text2) {
  const s = new HclScanner(text2);
  const body = s.body(true);
  return {
    blocks: body.blocks,
    attributes: body.attributes,
    literals: s.literals.sort((a, b) => a.offset - b.offset)
  };
}
function spanKey(file, start, end) {
  return `${file}#${start}#${end}`;
}
function literalsIn(file, start, end) {
  const lits = file.literals;
  let lo = 0;
  let hi = lits.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (lits[mid].offset < start) lo = mid + 1;
    else hi = mid;
  }
  const out = [];
  for (let i = lo; i < lits.length && lits[i].offset < end; i++) out.push(lits[i]);
  return out;
}
function lineValues(literal) {
  const out = [literal.value];
  for (const m of literal.value.matchAll(ACCOUNT_RE2)) if (m[0] !== literal.value) out.push(m[0]);
  return out;
}
var HclScanner = class {
  constructor(text2) {
    this.text = text2;
    for (let i = 0; i < text2.length; i++) if (text2.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }
  text;
  pos = 0;
  literals = [];
  lineStarts = [0];
  line(offset) {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  body(top) {
    const attributes = [];
    const blocks2 = [];
    const t = this.text;
    while (this.pos < t.length) {
      this.skipSpace(true);
      if (this.pos >= t.length) break;
      const c = t[this.pos];
      if (c === "}") {
        if (!top) return { attributes, blocks: blocks2 };
        this.pos++;
        continue;
      }
      if (!/[A-Za-z_]/.test(c)) {
        this.skipExpression();
        if (t[this.pos] === "\n") this.pos++;
        continue;
      }
      const start = this.pos;
      const name = this.ident();
      this.skipSpace(false);
      if (t[this.pos] === "=" && t[this.pos + 1] !== "=") {
        this.pos++;
        this.skipSpace(false);
        const items = t[this.pos] === "[" ? [] : void 0;
        this.skipExpression(items);
        attributes.push({ name, line: this.line(start), start, end: this.pos, ...items ? { items } : {} });
        continue;
      }
      const labels = [];
      for (; ; ) {
        this.skipSpace(false);
        const d = t[this.pos];
        if (d === '"') labels.push(this.quoted(false));
        else if (d !== void 0 && /[A-Za-z_]/.test(d)) labels.push(this.ident());
        else break;
      }
      if (t[this.pos] === "{") {
        this.pos++;
        const inner = this.body(false);
        if (t[this.pos] === "}") this.pos++;
        blocks2.push({ type: name, labels, line: this.line(start), start, end: this.pos, ...inner });
      } else {
        this.skipExpression();
      }
    }
    return { attributes, blocks: blocks2 };
  }
  ident() {
    const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(this.text.slice(this.pos, this.pos + 256));
    const id = m?.[0] ?? this.text[this.pos];
    this.pos += id.length;
    return id;
  }
  /** Whitespace and comments; newlines too when `newlines`. */
  skipSpace(newlines) {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t[this.pos];
      if (c === " " || c === "	" || c === "\r" || newlines && c === "\n") this.pos++;
      else if (c === "#" || c === "/" && t[this.pos + 1] === "/") this.toEol();
      else if (c === "/" && t[this.pos + 1] === "*") this.blockComment();
      else break;
    }
  }
  toEol() {
    const eol = this.text.indexOf("\n", this.pos);
    this.pos = eol < 0 ? this.text.length : eol;
  }
  blockComment() {
    const end = this.text.indexOf("*/", this.pos + 2);
    this.pos = end < 0 ? this.text.length : end + 2;
  }
  /**
   * An argument's expression: up to a newline or an unmatched "}" outside brackets. With `items`,
   * the expression is a tuple and the line of each top-level element is collected.
   */
  skipExpression(items) {
    const t = this.text;
    let depth = 0;
    let expectItem = false;
    while (this.pos < t.length) {
      const c = t[this.pos];
      if (c === "\n" && depth === 0) return;
      if (c === "}" && depth === 0) return;
      if (items && expectItem && depth === 1 && !/[\s,\]]/.test(c) && c !== "#" && c !== "/") {
        items.push(this.line(this.pos));
        expectItem = false;
      }
      if (items && depth === 1 && c === ",") expectItem = true;
      if (c === "(" || c === "[" || c === "{") {
        depth++;
        if (items && depth === 1 && c === "[") expectItem = true;
      } else if (c === ")" || c === "]" || c === "}") depth--;
      if (c === '"') {
        this.quoted(true);
        continue;
      }
      if (c === "<" && t[this.pos + 1] === "<" && this.heredoc()) continue;
      if (c === "#" || c === "/" && t[this.pos + 1] === "/") {
        this.toEol();
        continue;
      }
      if (c === "/" && t[this.pos + 1] === "*") {
        this.blockComment();
        continue;
      }
      if (/[0-9]/.test(c) && !/[A-Za-z0-9_.]/.test(t[this.pos - 1] ?? "")) {
        const m = /^[0-9]+/.exec(t.slice(this.pos, this.pos + 64));
        if (m[0].length === 12)
          this.literals.push({ value: m[0], line: this.line(this.pos), offset: this.pos });
        this.pos += m[0].length;
        continue;
      }
      this.pos++;
    }
  }
  /** A quoted template starting at `pos` (on the quote); records it as a literal when `record`. */
  quoted(record2) {
    const t = this.text;
    const start = this.pos;
    this.pos++;
    let out = "";
    while (this.pos < t.length) {
      const c = t[this.pos];
      if (c === '"') {
        this.pos++;
        break;
      }
      if (c === "\n") break;
      if (c === "\\") {
        const n = t[this.pos + 1] ?? "";
        const simple = { n: "\n", t: "	", r: "\r", '"': '"', "\\": "\\" };
        out += simple[n] ?? n;
        this.pos += 2;
        continue;
      }
      if ((c === "$" || c === "%") && t[this.pos + 1] === "{") {
        const from = this.pos;
        this.pos += 2;
        this.skipInterpolation();
        out += t.slice(from, this.pos);
        continue;
      }
      out += c;
      this.pos++;
    }
    if (record2) this.literals.push({ value: out, line: this.line(start), offset: start });
    return out;
  }
  /** Inside `${...}` / `%{...}` up to the matching "}". */
  skipInterpolation() {
    const t = this.text;
    let depth = 0;
    while (this.pos < t.length) {
      const c = t[this.pos];
      if (c === '"') {
        this.quoted(true);
        continue;
      }
      if (c === "{") depth++;
      if (c === "}") {
        if (depth === 0) {
          this.pos++;
          return;
        }
        depth--;
      }
      if (c === "\n" && depth === 0) return;
      this.pos++;
    }
  }
  /** A heredoc at `pos`; false (nothing consumed) when `<<` does not start one. */
  heredoc() {
    const t = this.text;
    const m = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\n/.exec(t.slice(this.pos, this.pos + 256));
    if (!m) return false;
    const marker = m[1];
    let p = this.pos + m[0].length;
    while (p < t.length) {
      const eol = t.indexOf("\n", p);
      const end = eol < 0 ? t.length : eol;
      const line = t.slice(p, end);
      if (line.trim() === marker) {
        this.pos = end;
        return true;
      }
      this.recordLine(line, p);
      p = end + 1;
    }
    this.pos = t.length;
    return true;
  }
  /** The JSON strings and bare account ids of one heredoc line. */
  recordLine(line, offset) {
    const ln = this.line(offset);
    for (const m of line.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
      let value = m[1];
      try {
        value = JSON.parse(`"${value}"`);
      } catch {
      }
      this.literals.push({ value, line: ln, offset: offset + (m.index ?? 0) });
    }
    const unquoted = line.replace(/"((?:[^"\\]|\\.)*)"/g, (q) => " ".repeat(q.length));
    for (const m of unquoted.matchAll(ACCOUNT_RE2)) {
      this.literals.push({ value: m[0], line: ln, offset: offset + (m.index ?? 0) });
    }
  }
};
function scanJson(text2) {
  const lineStarts = [0];
  for (let i = 0; i < text2.length; i++) if (text2.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const line = (o) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const literals = [];
  const tree = readJsonTree(text2, literals, line);
  literals.sort((a, b) => a.offset - b.offset);
  const blocks2 = [];
  if (tree?.kind === "object") {
    for (const entry of tree.entries) {
      const depth = entry.key === "resource" || entry.key === "data" ? 2 : entry.key === "locals" || entry.key === "terraform" ? 0 : 1;
      collectJsonBlocks(entry.key, [], entry.value, depth, entry.line, blocks2);
    }
  }
  return { blocks: blocks2, attributes: [], literals };
}
function collectJsonBlocks(type, labels, node, labelDepth, line, out) {
  if (node.kind === "array") {
    for (const item of node.items) collectJsonBlocks(type, labels, item, labelDepth, line, out);
    return;
  }
  if (node.kind !== "object") return;
  if (labelDepth > 0) {
    for (const e of node.entries)
      collectJsonBlocks(type, [...labels, e.key], e.value, labelDepth - 1, e.line, out);
    return;
  }
  out.push(jsonBlock(type, labels, node, line));
}
function jsonBlock(type, labels, node, line) {
  const attributes = [];
  const blocks2 = [];
  for (const e of node.entries) {
    attributes.push({ name: e.key, line: e.line, start: e.start, end: e.value.end });
    const items = e.value.kind === "array" ? e.value.items : [e.value];
    for (const item of items) if (item.kind === "object") blocks2.push(jsonBlock(e.key, [], item, e.line));
  }
  return { type, labels, line, start: node.start, end: node.end, attributes, blocks: blocks2 };
}
function readJsonTree(text2, literals, line) {
  let p = 0;
  const ws = () => {
    while (p < text2.length && /\s/.test(text2[p])) p++;
  };
  const str3 = () => {
    const start = p;
    p++;
    while (p < text2.length && text2[p] !== '"') p += text2[p] === "\\" ? 2 : 1;
    p++;
    try {
      return JSON.parse(text2.slice(start, p));
    } catch {
      return text2.slice(start + 1, p - 1);
    }
  };
  const value = (depth) => {
    ws();
    const start = p;
    const c = text2[p];
    if (depth > 200) throw new Error("too deep");
    if (c === "{") {
      p++;
      const entries = [];
      for (; ; ) {
        ws();
        if (text2[p] === "}" || p >= text2.length) break;
        if (text2[p] !== '"') throw new Error("key");
        const keyStart = p;
        const key2 = str3();
        ws();
        if (text2[p] === ":") p++;
        const v = value(depth + 1);
        entries.push({ key: key2, line: line(keyStart), start: keyStart, value: v });
        ws();
        if (text2[p] === ",") p++;
      }
      p++;
      return { kind: "object", start, end: p, entries };
    }
    if (c === "[") {
      p++;
      const items = [];
      for (; ; ) {
        ws();
        if (text2[p] === "]" || p >= text2.length) break;
        items.push(value(depth + 1));
        ws();
        if (text2[p] === ",") p++;
      }
      p++;
      return { kind: "array", start, end: p, items };
    }
    if (c === '"') {
      const s = str3();
      literals.push({ value: s, line: line(start), offset: start });
      return { kind: "scalar", start, end: p };
    }
    const m = /^[^,\]}\s]+/.exec(text2.slice(p, p + 64));
    const raw = m?.[0] ?? text2[p] ?? "";
    if (/^[0-9]{12}$/.test(raw)) literals.push({ value: raw, line: line(start), offset: start });
    p += Math.max(raw.length, 1);
    return { kind: "scalar", start, end: p };
  };
  try {
    return value(0);
  } catch {
    return null;
  }
}

// src/iac/terraform/cache.ts
var TerraformCache = class {
  files = /* @__PURE__ */ new Map();
  templates = /* @__PURE__ */ new Map();
  /** Parse a file once per distinct text. */
  source(path, text2, parse) {
    const versions = this.files.get(path) ?? [];
    const hit = versions.find((v) => v.text === text2);
    if (hit) return hit.parsed;
    const parsed = parse(path, text2).then((outcome2) => ({
      outcome: outcome2,
      scan: path.endsWith(".json") ? scanJson(text2) : scanHcl(text2)
    }));
    versions.push({ text: text2, parsed });
    this.files.set(path, versions);
    return parsed;
  }
  /** A string from hcl2json (or a template file) as a template expression. */
  template(text2) {
    let t = this.templates.get(text2);
    if (t === void 0) {
      try {
        t = parseTemplate(text2);
      } catch (e) {
        t = e instanceof HclSyntaxError ? e : new HclSyntaxError(String(e), 0);
      }
      if (this.templates.size > 2e5) this.templates.clear();
      this.templates.set(text2, t);
    }
    return t;
  }
};
function createTerraformCache() {
  return new TerraformCache();
}

// src/iac/terraform/hcl-native.ts
var Unsure = class extends Error {
};
var UNSURE = new Unsure("not sure");
var MAX_DEPTH3 = 100;
var IDENT_START = /[A-Za-z_]/;
var IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
var NUMBER2 = /[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
var HEREDOC = /<<(-?)([A-Za-z_][A-Za-z0-9_-]*)\n/y;
var REFUSED_CHARS = /[\0-\x08\x0b-\x1f\x7f\ufeff\ud800-\udfff]/;
var BINARY_OPS = ["||", "&&", "==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "%"];
function parseHclNative(text2) {
  if (REFUSED_CHARS.test(text2)) return void 0;
  try {
    const p = new NativeReader(text2);
    return p.convertBody(p.file());
  } catch {
    return void 0;
  }
}
var NativeReader = class {
  constructor(t) {
    this.t = t;
  }
  t;
  pos = 0;
  depth = 0;
  /** Inside a `for` expression, where `?` and `:` could mean two things. */
  inFor = 0;
  file() {
    const body = this.body(true);
    if (this.pos < this.t.length) throw UNSURE;
    return body;
  }
  // ---------------------------------------------------------------- structure
  body(top) {
    const t = this.t;
    const body = { attributes: /* @__PURE__ */ new Map(), blocks: [] };
    for (; ; ) {
      this.space(true);
      if (this.pos >= t.length) {
        if (top) return body;
        throw UNSURE;
      }
      if (t[this.pos] === "}") {
        if (top) throw UNSURE;
        return body;
      }
      const name = this.ident();
      this.space(false);
      if (t[this.pos] === "=") {
        this.attribute(body, name);
        this.endOfLine();
        continue;
      }
      const labels = [];
      for (; ; ) {
        const c2 = t[this.pos];
        if (c2 === '"') labels.push(this.label());
        else if (c2 !== void 0 && IDENT_START.test(c2)) labels.push(this.ident());
        else break;
        this.space(false);
      }
      if (t[this.pos] !== "{") throw UNSURE;
      this.pos++;
      this.space(false);
      let inner;
      const c = t[this.pos];
      if (c === "\n") {
        inner = this.body(false);
      } else if (c === "}") {
        inner = { attributes: /* @__PURE__ */ new Map(), blocks: [] };
      } else {
        inner = { attributes: /* @__PURE__ */ new Map(), blocks: [] };
        const arg = this.ident();
        this.space(false);
        this.attribute(inner, arg);
        this.space(false);
      }
      if (t[this.pos] !== "}") throw UNSURE;
      this.pos++;
      body.blocks.push({ type: name, labels, body: inner });
      this.endOfLine();
    }
  }
  /** `= value` of an argument whose name was read. */
  attribute(body, name) {
    const t = this.t;
    if (t[this.pos] !== "=" || t[this.pos + 1] === "=" || t[this.pos + 1] === ">") throw UNSURE;
    this.pos++;
    if (body.attributes.has(name)) throw UNSURE;
    body.attributes.set(name, this.expression(false));
  }
  /** After an argument or a block: a newline (a line comment may come first) or the end. */
  endOfLine() {
    this.space(false);
    const c = this.t[this.pos];
    if (c === "\n") this.pos++;
    else if (c !== void 0) throw UNSURE;
  }
  label() {
    const node = this.quoted();
    if (node.k !== "str" || node.v === void 0 || node.wrap !== void 0) throw UNSURE;
    if (this.t.slice(node.s, node.e).includes("${")) throw UNSURE;
    return node.v;
  }
  ident() {
    IDENT.lastIndex = this.pos;
    const m = IDENT.exec(this.t);
    if (!m) throw UNSURE;
    this.pos += m[0].length;
    return m[0];
  }
  /**
   * Spaces, tabs and comments; newlines too when `newlines`. Where newlines matter, a block
   * comment spanning lines is refused.
   */
  space(newlines) {
    const t = this.t;
    for (; ; ) {
      const c = t[this.pos];
      if (c === " " || c === "	" || newlines && c === "\n") this.pos++;
      else if (c === "#" || c === "/" && t[this.pos + 1] === "/") {
        const eol = t.indexOf("\n", this.pos);
        this.pos = eol < 0 ? t.length : eol;
      } else if (c === "/" && t[this.pos + 1] === "*") {
        const end = t.indexOf("*/", this.pos + 2);
        if (end < 0) throw UNSURE;
        if (!newlines && t.slice(this.pos, end).includes("\n")) throw UNSURE;
        this.pos = end + 2;
      } else return;
    }
  }
  // ---------------------------------------------------------------- expressions
  /** An expression; `nl`: newlines between its tokens are insignificant (inside brackets). */
  expression(nl) {
    if (++this.depth > MAX_DEPTH3) throw UNSURE;
    const first = this.binary(nl);
    this.space(nl);
    let out = first;
    if (this.t[this.pos] === "?") {
      if (this.inFor > 0) throw UNSURE;
      this.pos++;
      this.expression(nl);
      this.space(nl);
      if (this.t[this.pos] !== ":") throw UNSURE;
      this.pos++;
      const b = this.expression(nl);
      out = { k: "cond", s: first.s, e: b.e };
    }
    this.depth--;
    return out;
  }
  binary(nl) {
    const first = this.unary(nl);
    let last = first;
    const t = this.t;
    for (; ; ) {
      this.space(nl);
      const op = BINARY_OPS.find((o) => t.startsWith(o, this.pos));
      if (op === void 0) break;
      if (t.startsWith("<<", this.pos)) throw UNSURE;
      this.pos += op.length;
      last = this.unary(nl);
    }
    return last === first ? first : { k: "other", s: first.s, e: last.e, postfix: false };
  }
  unary(nl) {
    this.space(nl);
    const c = this.t[this.pos];
    if (c === "-" || c === "!") {
      const s = this.pos;
      this.pos++;
      const x = this.unary(nl);
      return { k: "unary", s, e: x.e, op: c, x };
    }
    return this.postfix(this.primary(nl));
  }
  primary(nl) {
    this.space(nl);
    const t = this.t;
    const s = this.pos;
    const c = t[s];
    if (c === void 0) throw UNSURE;
    if (c >= "0" && c <= "9") return this.number();
    if (c === '"') return this.quoted();
    if (c === "<") return this.heredoc();
    if (c === "(") {
      this.pos++;
      this.expression(true);
      this.space(true);
      if (t[this.pos] !== ")") throw UNSURE;
      this.pos++;
      return { k: "other", s, e: this.pos, postfix: true };
    }
    if (c === "[") return this.tuple();
    if (c === "{") return this.object();
    const name = this.ident();
    if (name === "true" || name === "false") return { k: "lit", s, e: this.pos, v: name === "true" };
    if (name === "null") return { k: "lit", s, e: this.pos, v: null };
    if (t[this.pos] === "(") {
      this.pos++;
      this.args();
      return { k: "other", s, e: this.pos, postfix: true };
    }
    if (t[this.pos] === ":" && t[this.pos + 1] === ":") throw UNSURE;
    return { k: "other", s, e: this.pos, postfix: true };
  }
  /** Function arguments after "(", up to and with ")". */
  args() {
    const t = this.t;
    for (; ; ) {
      this.space(true);
      if (t[this.pos] === ")") break;
      this.expression(true);
      this.space(true);
      if (t.startsWith("...", this.pos)) {
        this.pos += 3;
        this.space(true);
        break;
      }
      if (t[this.pos] !== ",") break;
      this.pos++;
    }
    if (t[this.pos] !== ")") throw UNSURE;
    this.pos++;
  }
  /** `.name`, `.0`, `.*`, `[expr]`, `[*]` right after a traversal root, call or parentheses. */
  postfix(node) {
    if (node.k !== "other" || !node.postfix) {
      const c = this.t[this.pos];
      if (c === "." || c === "[") throw UNSURE;
      return node;
    }
    const t = this.t;
    let e = node.e;
    let splats = 0;
    for (; ; ) {
      const c = t[this.pos];
      if (c === "." && t[this.pos + 1] !== ".") {
        this.pos++;
        const d = t[this.pos];
        if (d === "*") {
          if (++splats > 1) throw UNSURE;
          this.pos++;
        } else if (d !== void 0 && d >= "0" && d <= "9") {
          while (t[this.pos] >= "0" && t[this.pos] <= "9") this.pos++;
          if (t[this.pos] === "." && /[0-9]/.test(t[this.pos + 1] ?? "")) throw UNSURE;
          if (/[A-Za-z_]/.test(t[this.pos] ?? "")) throw UNSURE;
        } else this.ident();
      } else if (c === "[") {
        if (t.startsWith("[*]", this.pos)) {
          if (++splats > 1) throw UNSURE;
          this.pos += 3;
        } else {
          this.pos++;
          this.expression(true);
          this.space(true);
          if (t[this.pos] !== "]") throw UNSURE;
          this.pos++;
        }
      } else break;
      e = this.pos;
    }
    return { k: "other", s: node.s, e, postfix: true };
  }
  number() {
    const t = this.t;
    const s = this.pos;
    NUMBER2.lastIndex = s;
    const m = NUMBER2.exec(t);
    this.pos += m[0].length;
    if (/[A-Za-z0-9_.]/.test(t[this.pos] ?? "")) throw UNSURE;
    const v = Number(m[0]);
    if (!Number.isFinite(v) || v !== 0 && (v > 1e300 || v < 1e-300)) throw UNSURE;
    return { k: "lit", s, e: this.pos, v };
  }
  tuple() {
    const t = this.t;
    const s = this.pos;
    this.pos++;
    this.space(true);
    if (this.forAhead()) return this.forExpr(s, "]");
    const items = [];
    for (; ; ) {
      this.space(true);
      if (t[this.pos] === "]") break;
      items.push(this.expression(true));
      this.space(true);
      if (t[this.pos] !== ",") break;
      this.pos++;
    }
    if (t[this.pos] !== "]") throw UNSURE;
    this.pos++;
    return { k: "tuple", s, e: this.pos, items };
  }
  object() {
    const t = this.t;
    const s = this.pos;
    this.pos++;
    this.space(true);
    if (this.forAhead()) return this.forExpr(s, "}");
    const items = [];
    for (; ; ) {
      this.space(true);
      const c = t[this.pos];
      if (c === "}") break;
      let key2;
      if (c === '"') key2 = { str: this.quoted() };
      else key2 = { name: this.ident() };
      this.space(false);
      const eq = t[this.pos];
      if (eq === ":" || eq === "=" && t[this.pos + 1] !== "=" && t[this.pos + 1] !== ">") this.pos++;
      else throw UNSURE;
      items.push({ key: key2, value: this.expression(false) });
      this.space(false);
      const sep2 = t[this.pos];
      if (sep2 === ",") this.pos++;
      else if (sep2 !== "\n" && sep2 !== "}") throw UNSURE;
    }
    this.pos++;
    return { k: "object", s, e: this.pos, items };
  }
  /** `for name` (or `for name,`) at `pos`: the start of a for expression. */
  forAhead() {
    const t = this.t;
    if (!t.startsWith("for", this.pos) || /[A-Za-z0-9_-]/.test(t[this.pos + 3] ?? "")) return false;
    if (!/^[ \t]+[A-Za-z_]/.test(t.slice(this.pos + 3, this.pos + 5))) throw UNSURE;
    return true;
  }
  forExpr(s, close) {
    const t = this.t;
    this.inFor++;
    this.pos += 3;
    this.space(true);
    this.ident();
    this.space(true);
    if (t[this.pos] === ",") {
      this.pos++;
      this.space(true);
      this.ident();
      this.space(true);
    }
    if (this.ident() !== "in") throw UNSURE;
    this.expression(true);
    this.space(true);
    if (t[this.pos] !== ":") throw UNSURE;
    this.pos++;
    this.expression(true);
    this.space(true);
    if (close === "}") {
      if (!t.startsWith("=>", this.pos)) throw UNSURE;
      this.pos += 2;
      this.expression(true);
      this.space(true);
      if (t.startsWith("...", this.pos)) {
        this.pos += 3;
        this.space(true);
      }
    }
    if (t.startsWith("if", this.pos) && !/[A-Za-z0-9_-]/.test(t[this.pos + 2] ?? "")) {
      this.pos += 2;
      this.expression(true);
      this.space(true);
    }
    if (t[this.pos] !== close) throw UNSURE;
    this.pos++;
    this.inFor--;
    return { k: "other", s, e: this.pos, postfix: false };
  }
  // ---------------------------------------------------------------- templates
  /** A quoted template at `pos` (on the quote). */
  quoted() {
    const t = this.t;
    const s = this.pos;
    this.pos++;
    const parts = [];
    let text2 = "";
    for (; ; ) {
      const c = t[this.pos];
      if (c === void 0 || c === "\n") throw UNSURE;
      if (c === '"') {
        this.pos++;
        break;
      }
      if (c === "\\") {
        const n = t[this.pos + 1];
        const decoded = n === "n" ? "\n" : n === "t" ? "	" : n === "r" ? "\r" : n === '"' || n === "\\" ? n : "";
        if (decoded === "") throw UNSURE;
        text2 += decoded;
        this.pos += 2;
        continue;
      }
      const interp = this.templateMarker();
      if (interp) {
        if (text2 !== "") parts.push(text2);
        text2 = "";
        parts.push(this.interpolation());
        continue;
      }
      text2 += c;
      this.pos++;
    }
    if (text2 !== "") parts.push(text2);
    return this.template(s, parts, true);
  }
  /**
   * At `$` or `%`: true (and past the `${`) for an interpolation; refuses escapes, directives
   * and strip markers; false for a literal character.
   */
  templateMarker() {
    const t = this.t;
    const c = t[this.pos];
    if (c !== "$" && c !== "%") return false;
    const n = t[this.pos + 1];
    if (n === c && t[this.pos + 2] === "{") throw UNSURE;
    if (n !== "{") return false;
    if (c === "%" || t[this.pos + 2] === "~") throw UNSURE;
    this.pos += 2;
    return true;
  }
  /** The expression of `${...}` after the `${`, and the closing "}". */
  interpolation() {
    const inner = this.expression(true);
    this.space(true);
    if (this.t[this.pos] !== "}") throw UNSURE;
    this.pos++;
    return inner;
  }
  template(s, parts, quoted) {
    const e = this.pos;
    const only = parts.length === 1 ? parts[0] : void 0;
    if (quoted && only !== void 0 && typeof only !== "string") {
      const v2 = only.k === "other" || only.k === "cond" ? this.wrapped(only) : void 0;
      return { k: "str", s, e, v: v2, wrap: only };
    }
    let v = "";
    for (const part of parts) {
      if (typeof part === "string") {
        if (!isNfc(part)) v = void 0;
        else if (v !== void 0) v += part;
      } else if (part.k !== "other") v = void 0;
      else if (v !== void 0) v += this.wrapped(part);
    }
    return { k: "str", s, e, v, wrap: void 0 };
  }
  /** A heredoc at `pos`; its node ends with the closing marker's line (not its newline). */
  heredoc() {
    const t = this.t;
    const s = this.pos;
    HEREDOC.lastIndex = s;
    const m = HEREDOC.exec(t);
    if (!m) throw UNSURE;
    const flush = m[1] === "-";
    const marker = m[2];
    const lines = [];
    let p = s + m[0].length;
    for (; ; ) {
      const eol = t.indexOf("\n", p);
      const end = eol < 0 ? t.length : eol;
      const line = t.slice(p, end);
      const trimmed = line.replace(/^[ \t]+/, "");
      if (trimmed.replace(/[ \t]+$/, "") === marker) {
        this.pos = end;
        break;
      }
      if (eol < 0) throw UNSURE;
      lines.push({ start: p, end });
      p = end + 1;
    }
    let cut = 0;
    if (flush) {
      cut = Number.POSITIVE_INFINITY;
      for (const l of lines) {
        if (l.start === l.end) continue;
        const indent = /^[ \t]*/.exec(t.slice(l.start, l.end))[0];
        if (indent.includes("	") || l.start + indent.length === l.end) throw UNSURE;
        cut = Math.min(cut, indent.length);
      }
      if (cut === Number.POSITIVE_INFINITY) cut = 0;
    }
    const after = this.pos;
    const parts = [];
    let text2 = "";
    for (const l of lines) {
      this.pos = Math.min(l.start + cut, l.end);
      while (this.pos < l.end) {
        if (this.templateMarker()) {
          if (text2 !== "") parts.push(text2);
          text2 = "";
          parts.push(this.interpolation());
          if (this.pos > l.end) throw UNSURE;
          continue;
        }
        text2 += t[this.pos];
        this.pos++;
      }
      text2 += "\n";
    }
    if (text2 !== "") parts.push(text2);
    this.pos = after;
    return this.template(s, parts, false);
  }
  // ---------------------------------------------------------------- conversion
  wrapped(node) {
    return `\${${this.t.slice(node.s, node.e)}}`;
  }
  convert(node) {
    switch (node.k) {
      case "lit":
        return node.v;
      case "str":
        if (node.v === void 0) throw UNSURE;
        return node.v;
      case "tuple":
        return node.items.map((i) => this.convert(i));
      case "object": {
        const entries = [];
        const seen = /* @__PURE__ */ new Set();
        for (const item of node.items) {
          const key2 = "name" in item.key ? item.key.name : this.convert(item.key.str);
          if (typeof key2 !== "string" || seen.has(key2)) throw UNSURE;
          seen.add(key2);
          entries.push([key2, this.convert(item.value)]);
        }
        return sortedObject(entries);
      }
      case "unary": {
        const x = node.x;
        if (x.k !== "lit") return this.wrapped(node);
        if (node.op === "-" && typeof x.v === "number") return -x.v;
        if (node.op === "!" && typeof x.v === "boolean") return !x.v;
        throw UNSURE;
      }
      case "cond":
      case "other":
        return this.wrapped(node);
    }
  }
  /** hcl2json's value of a body: arguments, then blocks nested under their labels. */
  convertBody(body) {
    const root = /* @__PURE__ */ new Map();
    for (const [name, node] of body.attributes) root.set(name, { value: this.convert(node) });
    for (const block of body.blocks) {
      let level = root;
      const path = [block.type, ...block.labels];
      for (let i = 0; i < path.length; i++) {
        const key2 = path[i];
        const slot = level.get(key2);
        const last = i === path.length - 1;
        if (last) {
          if (slot === void 0) level.set(key2, { list: [block.body] });
          else if ("list" in slot) slot.list.push(block.body);
          else throw UNSURE;
        } else if (slot === void 0) {
          const map = /* @__PURE__ */ new Map();
          level.set(key2, { map });
          level = map;
        } else if ("map" in slot) level = slot.map;
        else throw UNSURE;
      }
    }
    const finish = (level) => sortedObject(
      [...level].map(([k, slot]) => [
        k,
        "value" in slot ? slot.value : "list" in slot ? slot.list.map((b) => this.convertBody(b)) : finish(slot.map)
      ])
    );
    return finish(root);
  }
};
function sortedObject(entries) {
  for (const [k] of entries) if (!isNfc(k)) throw UNSURE;
  entries.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const out = {};
  for (const [k, v] of entries) setOwn(out, k, v);
  return out;
}
function isNfc(s) {
  return /^[\x00-\x7f]*$/.test(s) || s.normalize("NFC") === s;
}

// src/iac/terraform/hcl.ts
var loading;
function loadParser() {
  loading ??= import("./chunk-JPWBRRUB.js").then((m) => m.parse);
  return loading;
}
var MAX_HCL_NESTING = 500;
function bracketDepth(text2) {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) {
      depth++;
      if (depth > max) max = depth;
    } else if ((c === 41 || c === 93 || c === 125) && depth > 0) depth--;
  }
  return max;
}
async function parseHcl(file, text2) {
  const depth = bracketDepth(text2);
  if (depth > MAX_HCL_NESTING) {
    return {
      errors: [{ file, message: `nesting is ${depth} levels deep (limit ${MAX_HCL_NESTING}): not parsed` }]
    };
  }
  const sanitize = /\\[uU]|[\uE000-\uE002]/.test(text2);
  const native = parseHclNative(text2);
  if (native !== void 0) return { body: sanitize ? sanitizeDeep(native) : native };
  let parse;
  try {
    parse = await loadParser();
  } catch (e) {
    loading = void 0;
    return { errors: [{ file, message: `cannot load the HCL parser: ${messageOf(e)}` }] };
  }
  const turn = queue.then(async () => {
    try {
      const parsed = await parse(file, text2);
      const body = sanitize ? sanitizeDeep(parsed) : parsed;
      return { body: isRecord(body) ? body : {} };
    } catch (e) {
      return { errors: hclErrors(file, messageOf(e)) };
    }
  });
  queue = turn.then(
    () => void 0,
    () => void 0
  );
  return turn;
}
var queue = Promise.resolve();
function parseTfJson(file, text2) {
  const r = parseJsonObject(file, text2, ".tf.json");
  return "doc" in r ? { body: normalizeJsonConfig(r.doc) } : r;
}
function parseJsonValues(file, text2) {
  const r = parseJsonObject(file, text2, ".tfvars.json");
  return "doc" in r ? { body: r.doc } : r;
}
function parseJsonObject(file, text2, kind) {
  let doc;
  try {
    doc = parseJsonText(text2);
  } catch (e) {
    return {
      errors: [{ file, line: jsonErrorLine(text2, messageOf(e)), message: `invalid JSON: ${messageOf(e)}` }]
    };
  }
  if (!isRecord(doc))
    return { errors: [{ file, line: 1, message: `a ${kind} file must hold a JSON object` }] };
  return { doc };
}
function hclErrors(file, message) {
  const body = /^parse config: \[([\s\S]*)\]\s*$/.exec(message.replace(/^Error: /, ""))?.[1];
  if (body === void 0) return [{ file, message: `HCL syntax error: ${message}` }];
  const marker = new RegExp(`(?:^|\\s)${escapeRegExp(file)}:(\\d+),(\\d+)(?:-\\d+(?:,\\d+)?)?: `, "g");
  const hits = [...body.matchAll(marker)];
  if (hits.length === 0) return [{ file, message: `HCL syntax error: ${body}` }];
  const out = [];
  hits.forEach((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = i + 1 < hits.length ? hits[i + 1]?.index ?? body.length : body.length;
    const text2 = body.slice(start, end).trim();
    out.push({ file, line: Number(m[1]), message: `HCL syntax error: ${text2}` });
  });
  return out;
}
var BLOCKS_WITH_TWO_LABELS = /* @__PURE__ */ new Set(["resource", "data"]);
var BLOCKS_WITH_ONE_LABEL = /* @__PURE__ */ new Set(["module", "variable", "output", "provider"]);
function normalizeJsonConfig(doc) {
  const out = {};
  for (const [key2, value] of Object.entries(doc)) {
    if (key2 === "//") continue;
    if (BLOCKS_WITH_TWO_LABELS.has(key2) && isRecord(value)) {
      const types = {};
      for (const [type, byName] of Object.entries(value)) {
        if (!isRecord(byName)) continue;
        const names = {};
        for (const [name, body] of Object.entries(byName))
          setOwn(names, name, bodies(body).map(normalizeJsonBody));
        setOwn(types, type, names);
      }
      setOwn(out, key2, types);
    } else if (BLOCKS_WITH_ONE_LABEL.has(key2) && isRecord(value)) {
      const names = {};
      for (const [name, body] of Object.entries(value))
        setOwn(names, name, bodies(body).map(normalizeJsonBody));
      setOwn(out, key2, names);
    } else if (key2 === "locals" || key2 === "terraform") {
      setOwn(out, key2, bodies(value));
    } else {
      setOwn(out, key2, value);
    }
  }
  return out;
}
function normalizeJsonBody(body) {
  const out = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === "//") continue;
    if (k === "dynamic" && isRecord(v)) {
      const dyn = {};
      for (const [label, blocks2] of Object.entries(v)) {
        setOwn(
          dyn,
          label,
          bodies(blocks2).map((b) => ({ ...b, content: bodies(b.content) }))
        );
      }
      setOwn(out, k, dyn);
    } else {
      setOwn(out, k, v);
    }
  }
  return out;
}
function bodies(value) {
  if (Array.isArray(value)) return value.filter(isRecord);
  return isRecord(value) ? [value] : [];
}
function jsonErrorLine(text2, message) {
  const pos = /position (\d+)/.exec(message)?.[1];
  if (pos !== void 0) return text2.slice(0, Number(pos)).split("\n").length;
  const line = /line (\d+)/.exec(message)?.[1];
  return line === void 0 ? void 0 : Number(line);
}
function parseJsonText(text2) {
  return JSON.parse(text2.replace(/(?<!\\)((?:\\\\)*)\\u[eE]00[01]/g, "$1\\ufffd"));
}
function sanitizeDeep(value) {
  if (typeof value === "string") return sanitizeText(value);
  if (Array.isArray(value)) return value.map(sanitizeDeep);
  if (isRecord(value)) {
    const out = {};
    for (const [k, v] of Object.entries(value)) setOwn(out, sanitizeText(k), sanitizeDeep(v));
    return out;
  }
  return value;
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function messageOf(e) {
  return e instanceof Error ? e.message : String(e);
}
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/iac/terraform/paths.ts
function dirOf(path) {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function normalizeDir(dir) {
  const n = normalizeRepoPath(dir);
  return n ?? dir;
}
function resolveInRepo(base, relative) {
  if (relative.startsWith("/") || relative.startsWith("~") || /^[A-Za-z]:[\\/]/.test(relative)) return null;
  if (relative.includes("\\")) return null;
  return normalizeRepoPath(base === "" ? relative : `${base}/${relative}`);
}
function normalizeRepoPath(path) {
  const out = [];
  for (const seg of path.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (out.length === 0) return null;
      out.pop();
      continue;
    }
    out.push(seg);
  }
  return out.join("/");
}
function relativeDir(from, to) {
  const a = from === "" ? [] : from.split("/");
  const b = to === "" ? [] : to.split("/");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const parts = [...a.slice(i).map(() => ".."), ...b.slice(i)];
  return parts.length === 0 ? "." : parts.join("/");
}
var indexes = /* @__PURE__ */ new WeakMap();
function indexOf(paths) {
  let index = indexes.get(paths);
  if (!index) {
    index = { byDir: /* @__PURE__ */ new Map(), all: new Set(paths) };
    for (const p of paths) {
      const d = dirOf(p);
      const list2 = index.byDir.get(d);
      if (list2) list2.push(p);
      else index.byDir.set(d, [p]);
    }
    indexes.set(paths, index);
  }
  return index;
}
var NONE = Object.freeze([]);
function filesIn(paths, dir) {
  return indexOf(paths).byDir.get(dir) ?? NONE;
}
function hasPath(paths, path) {
  return indexOf(paths).all.has(path);
}
function isTerraformFile(path) {
  return path.endsWith(".tf") || path.endsWith(".tf.json");
}

// src/iac/terraform/roots.ts
function createLayoutMemo() {
  return /* @__PURE__ */ new Map();
}
function isLayoutFile(path) {
  return isTerraformFile(path) && !/(^|\/)\.terraform\//.test(path);
}
function terraformLayout(paths, readText2, memo) {
  const byDir = /* @__PURE__ */ new Map();
  for (const p of paths) {
    if (!isLayoutFile(p)) continue;
    const d = dirOf(p);
    const list2 = byDir.get(d);
    if (list2) list2.push(p);
    else byDir.set(d, [p]);
  }
  const modules = [];
  for (const [dir, files] of [...byDir].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    const info = {
      dir,
      files: [...files].sort(),
      calls: [],
      hasBackend: false,
      hasProvider: false
    };
    if (readText2) {
      for (const f of info.files) {
        const text2 = readText2(f);
        if (text2 === void 0) continue;
        let summary = memo?.get(f)?.text === text2 ? memo.get(f)?.summary : void 0;
        if (!summary) {
          summary = summarizeFile(f, text2);
          memo?.set(f, { text: text2, summary });
        }
        for (const c of summary.calls) addCall(info, c.name, c.source);
        if (summary.hasBackend) info.hasBackend = true;
        if (summary.hasProvider) info.hasProvider = true;
      }
    }
    modules.push(info);
  }
  const called = new Set(
    modules.flatMap((m) => m.calls.map((c) => c.dir)).filter((d) => d !== null)
  );
  const roots = modules.filter((m) => !called.has(m.dir) || m.hasBackend || m.hasProvider).map((m) => m.dir);
  return { roots, modules };
}
var LAYOUT_BLOCK = /(?:module|terraform|provider)(?![A-Za-z0-9_-])(?![ \t\r]*[.=])/;
function summarizeFile(file, text2) {
  const summary = { calls: [], hasBackend: false, hasProvider: false };
  if (file.endsWith(".json")) {
    summarizeJson(summary, text2);
    return summary;
  }
  if (!LAYOUT_BLOCK.test(text2)) return summary;
  const scan = scanHcl(text2);
  for (const b of scan.blocks) {
    if (b.type === "module" && b.labels[0] !== void 0) {
      const attr = b.attributes.find((a) => a.name === "source");
      const lit = attr ? scan.literals.find((l) => l.offset >= attr.start && l.offset < attr.end) : void 0;
      if (lit) summary.calls.push({ name: b.labels[0], source: lit.value });
    } else if (b.type === "terraform") {
      if (b.blocks.some((x) => x.type === "backend" || x.type === "cloud")) summary.hasBackend = true;
    } else if (b.type === "provider") {
      summary.hasProvider = true;
    }
  }
  return summary;
}
function summarizeJson(summary, text2) {
  let doc;
  try {
    doc = parseJsonText(text2);
  } catch {
    return;
  }
  if (!isRecord(doc)) return;
  if (isRecord(doc.module)) {
    for (const [name, body] of Object.entries(doc.module)) {
      for (const b of Array.isArray(body) ? body : [body])
        if (isRecord(b) && typeof b.source === "string") summary.calls.push({ name, source: b.source });
    }
  }
  const tf2 = Array.isArray(doc.terraform) ? doc.terraform : [doc.terraform];
  if (tf2.some((t) => isRecord(t) && (t.backend !== void 0 || t.cloud !== void 0)))
    summary.hasBackend = true;
  if (doc.provider !== void 0) summary.hasProvider = true;
}
function addCall(info, name, source) {
  const local = source.startsWith("./") || source.startsWith("../");
  const dir = local ? resolveInRepo(info.dir, source.replace(/\/+$/, "")) : null;
  info.calls.push({ name, source, dir });
}
function modulesAffectedBy(layout, changed) {
  const byDir = new Map(layout.modules.map((m) => [m.dir, m]));
  const closure = (root) => {
    const seen = /* @__PURE__ */ new Set();
    const stack = [root];
    while (stack.length > 0) {
      const d = stack.pop();
      if (seen.has(d)) continue;
      seen.add(d);
      for (const c of byDir.get(d)?.calls ?? []) if (c.dir !== null) stack.push(c.dir);
    }
    return seen;
  };
  const inside3 = (path, dir) => dir === "" || path.startsWith(`${dir}/`);
  return layout.roots.filter((root) => {
    const dirs = [...closure(root)];
    return changed.some((p) => dirs.some((d) => inside3(p, d)));
  });
}

// src/iac/terraform/decisions.ts
var Run2 = class {
  constructor(forced = /* @__PURE__ */ new Map()) {
    this.forced = forced;
  }
  forced;
  taken = /* @__PURE__ */ new Map();
  /** Decisions taken in this run that were not forced, in order. */
  fresh = [];
  descriptions = /* @__PURE__ */ new Map();
  traces = [];
  /** The branch of an unknown condition in this run (true unless forced otherwise). */
  decide(key2, description) {
    let v = this.taken.get(key2);
    if (v === void 0) {
      v = this.forced.get(key2);
      if (v === void 0) {
        v = true;
        this.fresh.push(key2);
      }
      this.taken.set(key2, v);
      if (!this.descriptions.has(key2)) this.descriptions.set(key2, description);
    }
    const text2 = this.descriptions.get(key2) ?? description;
    for (const t of this.traces) {
      t.decisions.set(key2, v);
      t.descriptions.set(key2, text2);
    }
    return v;
  }
  /** The branch `decide` would give, without deciding. */
  peek(key2) {
    return this.taken.get(key2) ?? this.forced.get(key2) ?? true;
  }
  /** Note that the current evaluation read a source span (for the line map). */
  touch(span) {
    for (const t of this.traces) t.touched.add(span);
  }
  traced(fn) {
    const trace = { decisions: /* @__PURE__ */ new Map(), descriptions: /* @__PURE__ */ new Map(), touched: /* @__PURE__ */ new Set() };
    this.traces.push(trace);
    try {
      return { value: fn(), trace };
    } finally {
      this.traces.pop();
    }
  }
};
var CycleError = class extends Error {
};
var Lazy = class {
  entries = [];
  busy = false;
  get(run, compute) {
    for (const e of this.entries) {
      let fits = true;
      for (const [k, v] of e.trace.decisions) {
        if (run.peek(k) !== v) {
          fits = false;
          break;
        }
      }
      if (!fits) continue;
      for (const [k] of e.trace.decisions) run.decide(k, e.trace.descriptions.get(k) ?? k);
      for (const s of e.trace.touched) run.touch(s);
      return e.value;
    }
    if (this.busy) throw new CycleError("cycle");
    this.busy = true;
    try {
      const { value, trace } = run.traced(compute);
      this.entries.push({ trace, value });
      return value;
    } finally {
      this.busy = false;
    }
  }
};
function enumerateVariants(fn, limit) {
  const variants = [];
  const pending = [/* @__PURE__ */ new Map()];
  while (pending.length > 0) {
    if (variants.length >= limit) return { variants, truncated: true };
    const forced = pending.pop();
    const run = new Run2(forced);
    const value = fn(run);
    variants.push({
      value,
      decisions: [...run.taken].map(([key2, branch]) => ({
        key: key2,
        description: run.descriptions.get(key2) || key2,
        branch
      }))
    });
    const forks = [];
    const prefix = new Map(forced);
    for (const key2 of run.fresh) {
      const fork = new Map(prefix);
      fork.set(key2, false);
      forks.push(fork);
      prefix.set(key2, run.taken.get(key2));
    }
    pending.push(...forks);
  }
  return { variants, truncated: false };
}

// src/iac/terraform/ast.ts
function sourceOf(node) {
  return node.src.slice(node.s, node.e).trim();
}

// src/iac/terraform/values.ts
var Unknown = class {
  constructor(text2) {
    this.text = text2;
  }
  text;
  toToken() {
    return unresolved(jsonSafe(this.text));
  }
};
function jsonSafe(text2) {
  return text2.replace(/"/g, "'").replace(/\\/g, "/");
}
var RefObject = class _RefObject {
  /** `path` is the attribute path below the resource, e.g. "arn" or "tags[\"Name\"]" ("" for the whole object). */
  constructor(address, path) {
    this.address = address;
    this.path = path;
  }
  address;
  path;
  attr(name) {
    return new _RefObject(this.address, this.path === "" ? name : `${this.path}.${name}`);
  }
  index(key2) {
    const k = typeof key2 === "number" ? `[${key2}]` : `[${JSON.stringify(key2)}]`;
    return this.path === "" ? new _RefObject(this.address + k, "") : new _RefObject(this.address, this.path + k);
  }
  toToken() {
    return resourceRef(jsonSafe(this.address), jsonSafe(this.path === "" ? "id" : this.path));
  }
};
function isObject(v) {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === null || proto === Object.prototype;
}
function newObject(entries = []) {
  const o = /* @__PURE__ */ Object.create(null);
  for (const [k, v] of entries) setOwn(o, k, v);
  return o;
}
function sortedKeys(o) {
  return Object.keys(o).sort(compareStrings);
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function typeName(v) {
  if (v === null) return "null";
  if (v instanceof Unknown) return "unknown";
  if (v instanceof RefObject) return "resource";
  if (Array.isArray(v)) return "list";
  if (isObject(v)) return "object";
  return typeof v;
}
function residual(v, limit = 160) {
  const text2 = render(v);
  return text2.length > limit ? `${text2.slice(0, limit - 1)}\u2026` : text2;
}
function render(v) {
  if (v instanceof Unknown) return v.text;
  if (v instanceof RefObject) return v.path === "" ? v.address : `${v.address}.${v.path}`;
  if (typeof v === "string") return JSON.stringify(renderText(v));
  if (Array.isArray(v)) return `[${v.map(render).join(", ")}]`;
  if (isObject(v)) {
    return `{${sortedKeys(v).map(
      (k) => `${/^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? k : JSON.stringify(renderText(k))} = ${render(v[k])}`
    ).join(", ")}}`;
  }
  return String(v);
}
var ConversionError = class extends Error {
};
function toStringValue(v) {
  if (typeof v === "string") return v;
  if (typeof v === "number") return formatNumber(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  if (v instanceof Unknown) return v.toToken();
  if (v instanceof RefObject) return v.toToken();
  if (v === null) throw new ConversionError("a null value cannot be used as a string");
  throw new ConversionError(`a ${typeName(v)} cannot be used as a string`);
}
function formatNumber(n) {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  return String(n);
}
var MAX_NODES = 2e6;
function toJson(v, budget = { left: MAX_NODES }) {
  if (--budget.left < 0) throw new ConversionError(`the value has more than ${MAX_NODES} elements`);
  if (v instanceof Unknown) return v.toToken();
  if (v instanceof RefObject) return v.toToken();
  if (Array.isArray(v)) return v.map((x) => toJson(x, budget));
  if (isObject(v)) {
    const out = {};
    for (const k of Object.keys(v)) setOwn(out, k, toJson(v[k], budget));
    return out;
  }
  return v;
}
function fromJson(v) {
  if (Array.isArray(v)) return v.map(fromJson);
  if (typeof v === "object" && v !== null) {
    return newObject(Object.entries(v).map(([k, x]) => [k, fromJson(x)]));
  }
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return null;
}
function equalValues(a, b) {
  if (a instanceof RefObject && b === null || b instanceof RefObject && a === null) return false;
  if (a instanceof Unknown || b instanceof Unknown || a instanceof RefObject || b instanceof RefObject) {
    if (a instanceof RefObject && b instanceof RefObject && a.address === b.address && a.path === b.path)
      return true;
    return new Unknown(`${residual(a)} == ${residual(b)}`);
  }
  if (typeof a === "string" && typeof b === "string") {
    if (a === b) return true;
    return hasToken(a) || hasToken(b) ? new Unknown(`${residual(a)} == ${residual(b)}`) : false;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    let unknown = null;
    for (let i = 0; i < a.length; i++) {
      const r = equalValues(a[i], b[i]);
      if (r === false) return false;
      if (r instanceof Unknown) unknown = r;
    }
    return unknown ?? true;
  }
  if (isObject(a) && isObject(b)) {
    const ka = sortedKeys(a);
    const kb = sortedKeys(b);
    if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
    let unknown = null;
    for (const k of ka) {
      const r = equalValues(a[k], b[k]);
      if (r === false) return false;
      if (r instanceof Unknown) unknown = r;
    }
    return unknown ?? true;
  }
  return a === b;
}

// src/iac/terraform/functions.ts
var FunctionError = class extends Error {
};
function isKnownFunction(name) {
  return FUNCTIONS.has(name);
}
function callFunction(name, rawArgs, env, text2) {
  const fn = FUNCTIONS.get(name);
  if (!fn) return new Unknown(text2);
  if (rawArgs.length < fn.min || fn.max !== void 0 && rawArgs.length > fn.max) {
    throw new FunctionError(
      `${name}() takes ${fn.min === fn.max ? fn.min : `${fn.min} or more`} arguments, got ${rawArgs.length}`
    );
  }
  const args = rawArgs.map((a) => a instanceof RefObject && a.path !== "" ? a.toToken() : a);
  if (!fn.unknowns && args.some((a) => a instanceof Unknown || a instanceof RefObject)) {
    return new Unknown(`${name}(${args.map((a) => residual(a, 80)).join(", ")})`);
  }
  try {
    return fn.call(args, env);
  } catch (e) {
    if (e instanceof ConversionError) throw new FunctionError(`${name}(): ${e.message}`);
    if (e instanceof FunctionError && !e.message.startsWith(`${name}()`) && !/^[a-z:_]+\(\)/.test(e.message)) {
      throw new FunctionError(`${name}(): ${e.message}`);
    }
    throw e;
  }
}
var FUNCTIONS = /* @__PURE__ */ new Map();
function def(names, d) {
  for (const n of Array.isArray(names) ? names : [names]) FUNCTIONS.set(n, d);
}
var MAX_ELEMENTS = 1e5;
var MAX_WIDTH = 1e4;
var MAX_JSON = 16 * 1024 * 1024;
function bounded(items) {
  if (items.length > MAX_ELEMENTS)
    throw new FunctionError(`a list of more than ${MAX_ELEMENTS} elements is not evaluated`);
  return items;
}
function str(v, what = "argument") {
  if (v === null) throw new FunctionError(`the ${what} must not be null`);
  return toStringValue(v);
}
function num(v) {
  if (typeof v === "number") return v;
  if (typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v))) return Number(v);
  throw new FunctionError(`a number is required, got ${typeName(v)}`);
}
function list(v) {
  if (Array.isArray(v)) return v;
  throw new FunctionError(`a list is required, got ${typeName(v)}`);
}
function obj(v) {
  if (isObject(v)) return v;
  throw new FunctionError(`a map or object is required, got ${typeName(v)}`);
}
function masked(s, fn) {
  if (!hasToken(s)) return fn(s, (t) => t);
  const tokens = [];
  const text2 = s.replace(/\uE000[a-z][^\uE000\uE001]*\uE001/g, (m) => {
    tokens.push(m);
    return `\uE000${tokens.length - 1}\uE001`;
  });
  return fn(text2, (t) => t.replace(/\uE000([0-9]+)\uE001/g, (_m, i) => tokens[Number(i)] ?? ""));
}
function key(v) {
  return v instanceof Unknown ? `?${v.text}` : JSON.stringify(v, (_k, x) => x instanceof RefObject ? x.toToken() : x);
}
function dedupe(items) {
  const seen = /* @__PURE__ */ new Set();
  return items.filter((v) => {
    const k = key(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function toSet(items) {
  const out = dedupe(items);
  if (out.every((v) => typeof v === "string")) return out.sort(compareStrings);
  if (out.every((v) => typeof v === "number")) return out.sort((a, b) => a - b);
  return out;
}
function contains(items, v) {
  let unknown = null;
  for (const item of items) {
    const eq = equalValues(item, v);
    if (eq === true) return true;
    if (eq instanceof Unknown) unknown = eq;
  }
  return unknown ?? false;
}
function jsonEncode(v) {
  const budget = { left: MAX_JSON };
  return encode(v, budget);
}
function encode(v, budget) {
  const out = encodeValue(v, budget);
  budget.left -= Array.isArray(v) || isObject(v) ? 2 : out.length + 1;
  if (budget.left < 0) throw new FunctionError(`jsonencode(): the document is larger than ${MAX_JSON} bytes`);
  return out;
}
function encodeValue(v, budget) {
  if (v === null) return "null";
  if (v instanceof Unknown || v instanceof RefObject) return quoteJson(toStringValue(v));
  if (typeof v === "string") return quoteJson(v);
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new FunctionError("cannot encode a non-finite number");
    return formatNumber(v);
  }
  if (typeof v === "boolean") return v ? "true" : "false";
  if (Array.isArray(v)) return `[${v.map((x) => encode(x, budget)).join(",")}]`;
  return `{${sortedKeys(v).map((k) => `${quoteJson(k)}:${encode(v[k], budget)}`).join(",")}}`;
}
function quoteJson(s) {
  return JSON.stringify(s).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
def("jsonencode", { min: 1, max: 1, unknowns: true, call: ([v]) => jsonEncode(v) });
def("jsondecode", {
  min: 1,
  max: 1,
  call([s]) {
    const text2 = str(s);
    try {
      return fromJson(parseJsonText(text2));
    } catch (e) {
      throw new FunctionError(`jsondecode(): invalid JSON: ${e.message}`);
    }
  }
});
def("base64encode", {
  min: 1,
  max: 1,
  call: ([s]) => {
    const bytes = new TextEncoder().encode(str(s));
    let bin = "";
    for (const b of bytes) bin += String.fromCharCode(b);
    return btoa(bin);
  }
});
def("base64decode", {
  min: 1,
  max: 1,
  call: ([s]) => {
    try {
      const bin = atob(str(s));
      return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
    } catch {
      throw new FunctionError("base64decode(): invalid base64 or not UTF-8");
    }
  }
});
function formatString(fmt, args) {
  let next = 0;
  return fmt.replace(
    /%([-+# 0]*)([0-9]+)?(?:\.([0-9]+))?([a-zA-Z%])/g,
    (_m, flags, width, prec, verb) => {
      if (verb === "%") return "%";
      if (next >= args.length)
        throw new FunctionError("format(): not enough arguments for the format string");
      const v = args[next++];
      let out;
      switch (verb) {
        case "s":
          out = str(v);
          break;
        case "d":
          out = v instanceof Unknown ? toStringValue(v) : formatNumber(Math.trunc(num(v)));
          break;
        case "f":
          out = v instanceof Unknown ? toStringValue(v) : num(v).toFixed(prec === void 0 ? 6 : Number(prec));
          break;
        case "t":
          out = str(v);
          break;
        case "q":
          out = JSON.stringify(str(v));
          break;
        case "v":
          out = flags.includes("#") ? jsonEncode(v) : typeof v === "string" ? v : isObject(v) || Array.isArray(v) ? jsonEncode(v) : str(v);
          break;
        default:
          throw new FunctionError(`format(): unsupported verb %${verb}`);
      }
      if (width !== void 0 && Number(width) > MAX_WIDTH)
        throw new FunctionError(`format(): width ${width} is too large`);
      if (width !== void 0 && out.length < Number(width)) {
        const pad = (flags.includes("0") ? "0" : " ").repeat(Number(width) - out.length);
        out = flags.includes("-") ? out + pad : pad + out;
      }
      return out;
    }
  );
}
def("format", {
  min: 1,
  unknowns: true,
  call: ([f, ...rest]) => f instanceof Unknown ? f : formatString(str(f), rest)
});
def("formatlist", {
  min: 1,
  call([f, ...rest]) {
    const fmt = str(f);
    const lengths = rest.filter(Array.isArray).map((l) => l.length);
    if (lengths.some((n2) => n2 !== lengths[0]))
      throw new FunctionError("formatlist(): list arguments differ in length");
    const n = lengths[0] ?? 1;
    const out = [];
    bounded(new Array(Math.min(n, MAX_ELEMENTS + 1)));
    for (let i = 0; i < n; i++)
      out.push(
        formatString(
          fmt,
          rest.map((a) => Array.isArray(a) ? a[i] : a)
        )
      );
    return out;
  }
});
def("join", {
  min: 2,
  call([sep2, ...lists]) {
    const s = str(sep2);
    return lists.flatMap((l) => list(l)).map((v) => str(v, "list element")).join(s);
  }
});
def("split", {
  min: 2,
  max: 2,
  call: ([sep2, s]) => masked(str(s), (text2, unmask) => text2.split(str(sep2)).map(unmask))
});
function mayBacktrack(pattern) {
  const stack = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
      continue;
    }
    if (ch === "[") inClass = true;
    else if (ch === "(") stack.push(false);
    else if (ch === "|" && stack.length > 0) stack[stack.length - 1] = true;
    else if ((ch === "*" || ch === "+" || ch === "{") && stack.length > 0) stack[stack.length - 1] = true;
    else if (ch === ")") {
      const risky = stack.pop() ?? false;
      const next = pattern.slice(i + 1);
      const repeats = /^([*+]|\{\d*,\d*\}|\{([2-9]|\d{2,})\})/.test(next);
      if (risky && repeats) return true;
      if (risky && stack.length > 0) stack[stack.length - 1] = true;
    }
  }
  return false;
}
function regExp(pattern, flags = "") {
  if (mayBacktrack(pattern) || pattern.length > 1e3) {
    throw new FunctionError(
      `the regular expression ${JSON.stringify(pattern.slice(0, 80))} is too complex to evaluate safely`
    );
  }
  try {
    return new RegExp(pattern.replace(/\(\?P</g, "(?<"), flags);
  } catch (e) {
    throw new FunctionError(`invalid regular expression ${JSON.stringify(pattern)}: ${e.message}`);
  }
}
def("replace", {
  min: 3,
  max: 3,
  call([s, sub, rep]) {
    const needle = str(sub);
    const replacement = str(rep);
    return masked(str(s), (text2, unmask) => {
      if (needle.length > 1 && needle.startsWith("/") && needle.endsWith("/")) {
        return unmask(text2.replace(regExp(needle.slice(1, -1), "g"), replacement));
      }
      return unmask(text2.split(needle).join(replacement));
    });
  }
});
function regexMatch(m) {
  if (m.groups && Object.keys(m.groups).length > 0) {
    return newObject(Object.entries(m.groups).map(([k, v]) => [k, v ?? null]));
  }
  if (m.length > 1) return m.slice(1).map((g) => g ?? null);
  return m[0];
}
def("regex", {
  min: 2,
  max: 2,
  call([p, s]) {
    const text2 = str(s);
    if (hasToken(text2)) return new Unknown(`regex(${residual(p)}, ${residual(text2)})`);
    const m = text2.match(regExp(str(p)));
    if (!m) throw new FunctionError("regex(): the pattern did not match");
    return regexMatch(m);
  }
});
def("regexall", {
  min: 2,
  max: 2,
  call([p, s]) {
    const text2 = str(s);
    if (hasToken(text2)) return new Unknown(`regexall(${residual(p)}, ${residual(text2)})`);
    return [...text2.matchAll(regExp(str(p), "g"))].map(regexMatch);
  }
});
var stringFn = (name, fn) => def(name, { min: 1, max: 1, call: ([s]) => masked(str(s), (t, unmask) => unmask(fn(t))) });
stringFn("lower", (s) => s.toLowerCase());
stringFn("upper", (s) => s.toUpperCase());
stringFn("trimspace", (s) => s.trim());
stringFn("chomp", (s) => s.replace(/(\r?\n)+$/, ""));
stringFn("title", (s) => s.replace(new RegExp("\\b\\p{L}", "gu"), (c) => c.toUpperCase()));
def("trim", {
  min: 2,
  max: 2,
  call([s, chars]) {
    const set = new Set(str(chars));
    return masked(str(s), (t, unmask) => {
      let a = 0;
      let b = t.length;
      while (a < b && set.has(t[a])) a++;
      while (b > a && set.has(t[b - 1])) b--;
      return unmask(t.slice(a, b));
    });
  }
});
def("trimprefix", {
  min: 2,
  max: 2,
  call: ([s, p]) => {
    const t = str(s);
    const x = str(p);
    return t.startsWith(x) ? t.slice(x.length) : t;
  }
});
def("trimsuffix", {
  min: 2,
  max: 2,
  call: ([s, p]) => {
    const t = str(s);
    const x = str(p);
    return x !== "" && t.endsWith(x) ? t.slice(0, -x.length) : t;
  }
});
def("startswith", { min: 2, max: 2, call: ([s, p]) => str(s).startsWith(str(p)) });
def("endswith", { min: 2, max: 2, call: ([s, p]) => str(s).endsWith(str(p)) });
def("strcontains", { min: 2, max: 2, call: ([s, p]) => str(s).includes(str(p)) });
def("substr", {
  min: 3,
  max: 3,
  call([s, o, l]) {
    const text2 = str(s);
    if (hasToken(text2)) return new Unknown(`substr(${residual(text2)}, ${residual(o)}, ${residual(l)})`);
    const chars = [...text2];
    let off = num(o);
    if (off < 0) off += chars.length;
    const len = num(l);
    return chars.slice(off, len < 0 ? void 0 : off + len).join("");
  }
});
def("tostring", { min: 1, max: 1, call: ([v]) => v === null ? null : str(v) });
def("tonumber", { min: 1, max: 1, call: ([v]) => v === null ? null : num(v) });
def("tobool", {
  min: 1,
  max: 1,
  call([v]) {
    if (v === null || typeof v === "boolean") return v ?? null;
    if (v === "true" || v === "false") return v === "true";
    throw new FunctionError(`tobool(): cannot convert ${typeName(v)} to bool`);
  }
});
def("tolist", { min: 1, max: 1, call: ([v]) => list(v) });
def("toset", { min: 1, max: 1, call: ([v]) => toSet(list(v)) });
def("tomap", { min: 1, max: 1, call: ([v]) => obj(v) });
def("length", {
  min: 1,
  max: 1,
  call([v]) {
    if (typeof v === "string") return hasToken(v) ? new Unknown(`length(${residual(v)})`) : [...v].length;
    if (Array.isArray(v)) return v.length;
    return Object.keys(obj(v)).length;
  }
});
def("keys", { min: 1, max: 1, call: ([v]) => sortedKeys(obj(v)) });
def("values", {
  min: 1,
  max: 1,
  call: ([v]) => {
    const o = obj(v);
    return sortedKeys(o).map((k) => o[k]);
  }
});
def("concat", { min: 1, call: (args) => bounded(args.flatMap((a) => list(a))) });
def("flatten", {
  min: 1,
  max: 1,
  call([v]) {
    const out = [];
    const walk = (x, depth) => {
      if (depth > 100) throw new FunctionError("flatten(): nested too deeply");
      if (Array.isArray(x)) for (const y of x) walk(y, depth + 1);
      else out.push(x);
    };
    for (const x of list(v)) walk(x, 0);
    return bounded(out);
  }
});
def("merge", {
  min: 0,
  call(args) {
    const out = newObject();
    for (const a of args) {
      if (a === null) continue;
      const o = obj(a);
      for (const [k, v] of Object.entries(o)) setOwn(out, k, v);
    }
    return out;
  }
});
def("distinct", { min: 1, max: 1, call: ([v]) => dedupe(list(v)) });
def("compact", { min: 1, max: 1, call: ([v]) => list(v).filter((x) => x !== null && x !== "") });
def("lookup", {
  min: 2,
  max: 3,
  unknowns: true,
  call([m, k, d]) {
    if (m instanceof Unknown || m instanceof RefObject || k instanceof Unknown || k instanceof RefObject) {
      return new Unknown(`lookup(${residual(m)}, ${residual(k)})`);
    }
    const o = obj(m);
    const name = str(k);
    if (hasToken(name)) return new Unknown(`lookup(${residual(m)}, ${residual(name)})`);
    if (Object.hasOwn(o, name)) return o[name];
    if (d === void 0) throw new FunctionError(`lookup(): the map has no key ${JSON.stringify(name)}`);
    return d;
  }
});
def("element", {
  min: 2,
  max: 2,
  call([l, i]) {
    const items = list(l);
    if (items.length === 0) throw new FunctionError("element(): the list is empty");
    const n = Math.trunc(num(i));
    if (n < 0) throw new FunctionError("element(): negative index");
    return items[n % items.length];
  }
});
def("index", {
  min: 2,
  max: 2,
  call([l, v]) {
    const items = list(l);
    for (let i = 0; i < items.length; i++) {
      const eq = equalValues(items[i], v);
      if (eq instanceof Unknown) return new Unknown(`index(${residual(l)}, ${residual(v)})`);
      if (eq) return i;
    }
    throw new FunctionError("index(): the value is not in the list");
  }
});
def("contains", { min: 2, max: 2, call: ([l, v]) => contains(list(l), v) });
def("coalesce", {
  min: 1,
  unknowns: true,
  call(args) {
    for (const a of args) {
      if (a instanceof Unknown || a instanceof RefObject)
        return new Unknown(`coalesce(${args.map((x) => residual(x, 80)).join(", ")})`);
      if (a !== null && a !== "") return a;
    }
    throw new FunctionError("coalesce(): no non-null, non-empty argument");
  }
});
def("coalescelist", {
  min: 1,
  unknowns: true,
  call(args) {
    for (const a of args) {
      if (a instanceof Unknown || a instanceof RefObject)
        return new Unknown(`coalescelist(${args.map((x) => residual(x, 80)).join(", ")})`);
      if (list(a).length > 0) return a;
    }
    return [];
  }
});
def("slice", {
  min: 3,
  max: 3,
  call: ([l, a, b]) => list(l).slice(num(a), num(b))
});
def("reverse", { min: 1, max: 1, call: ([l]) => [...list(l)].reverse() });
def("sort", {
  min: 1,
  max: 1,
  call([l]) {
    const items = list(l).map((v) => str(v, "list element"));
    return items.sort(compareStrings);
  }
});
def("range", {
  min: 1,
  max: 3,
  call(args) {
    const n = args.map(num);
    const [start, end, step] = n.length === 1 ? [0, n[0], 1] : [n[0], n[1], n[2] ?? (n[0] <= n[1] ? 1 : -1)];
    if (step === 0) throw new FunctionError("range(): step must not be zero");
    const out = [];
    for (let i = start; step > 0 ? i < end : i > end; i += step) {
      out.push(i);
      if (out.length > 1024) throw new FunctionError("range(): more than 1024 elements");
    }
    return out;
  }
});
def("zipmap", {
  min: 2,
  max: 2,
  call([k, v]) {
    const ks = list(k);
    const vs = list(v);
    if (ks.length !== vs.length) throw new FunctionError("zipmap(): the lists differ in length");
    return newObject(ks.map((x, i) => [str(x, "key"), vs[i]]));
  }
});
def("setunion", { min: 1, call: (args) => toSet(args.flatMap((a) => list(a))) });
def("setintersection", {
  min: 1,
  call([first, ...rest]) {
    return toSet(list(first).filter((v) => rest.every((r) => contains(list(r), v) === true)));
  }
});
def("setsubtract", {
  min: 2,
  max: 2,
  call: ([a, b]) => toSet(list(a).filter((v) => contains(list(b), v) !== true))
});
def("setproduct", {
  min: 1,
  call(args) {
    let out = [[]];
    for (const a of args) out = bounded(out.flatMap((prefix) => list(a).map((v) => [...prefix, v])));
    return out;
  }
});
def("one", {
  min: 1,
  max: 1,
  call([l]) {
    const items = list(l);
    if (items.length > 1) throw new FunctionError("one(): the list has more than one element");
    return items[0] ?? null;
  }
});
def("chunklist", {
  min: 2,
  max: 2,
  call([l, n]) {
    const items = list(l);
    const size = num(n);
    if (size <= 0) return [items];
    const out = [];
    for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
    return out;
  }
});
def("alltrue", { min: 1, max: 1, call: ([l]) => list(l).every((v) => v === true || v === "true") });
def("anytrue", { min: 1, max: 1, call: ([l]) => list(l).some((v) => v === true || v === "true") });
def("sum", { min: 1, max: 1, call: ([l]) => list(l).reduce((a, v) => a + num(v), 0) });
def("min", { min: 1, call: (args) => Math.min(...args.map(num)) });
def("max", { min: 1, call: (args) => Math.max(...args.map(num)) });
def("abs", { min: 1, max: 1, call: ([v]) => Math.abs(num(v)) });
def("ceil", { min: 1, max: 1, call: ([v]) => Math.ceil(num(v)) });
def("floor", { min: 1, max: 1, call: ([v]) => Math.floor(num(v)) });
def("file", {
  min: 1,
  max: 1,
  call([p], env) {
    const path = str(p);
    return hasToken(path) ? new Unknown(`file(${residual(path)})`) : env.readFile(path);
  }
});
def("fileexists", { min: 1, max: 1, call: ([p], env) => env.fileExists(str(p)) });
def("templatefile", {
  min: 2,
  max: 2,
  unknowns: true,
  call([p, vars], env) {
    if (p instanceof Unknown || p instanceof RefObject) return new Unknown(`templatefile(${residual(p)}, \u2026)`);
    const path = str(p);
    if (hasToken(path)) return new Unknown(`templatefile(${residual(path)}, \u2026)`);
    const text2 = env.readFile(path);
    if (vars instanceof Unknown || vars instanceof RefObject)
      return new Unknown(`templatefile(${JSON.stringify(path)}, ${residual(vars)})`);
    return env.renderTemplate(text2, obj(vars), path);
  }
});
def("provider::aws::arn_parse", {
  min: 1,
  max: 1,
  call([a]) {
    return masked(str(a), (text2, unmask) => {
      const parts = text2.split(":");
      if (parts.length < 6 || parts[0] !== "arn")
        throw new FunctionError(`arn_parse(): not an ARN: ${JSON.stringify(a)}`);
      const [, partition, service, region, account, ...resource] = parts.map(unmask);
      return newObject([
        ["partition", partition],
        ["service", service],
        ["region", region],
        ["account_id", account],
        ["resource", resource.join(":")]
      ]);
    });
  }
});
def("provider::aws::arn_build", {
  min: 5,
  max: 5,
  unknowns: true,
  call: (args) => `arn:${args.map((a) => str(a)).join(":")}`
});
for (const name of ["uuid", "timestamp", "bcrypt", "plantimestamp", "uuidv5"]) {
  def(name, {
    min: 0,
    unknowns: true,
    call: (args) => new Unknown(`${name}(${args.map((a) => residual(a, 40)).join(", ")})`)
  });
}

// src/iac/terraform/evaluate.ts
var EvaluationError = class extends Error {
};
var Scope = class _Scope {
  constructor(vars, parent = null) {
    this.vars = vars;
    this.parent = parent;
  }
  vars;
  parent;
  lookup(name) {
    if (this.vars.has(name)) return this.vars.get(name);
    return this.parent?.lookup(name);
  }
  has(name) {
    return this.vars.has(name) || (this.parent?.has(name) ?? false);
  }
  with(vars) {
    return new _Scope(vars, this);
  }
};
var EMPTY_SCOPE = new Scope(/* @__PURE__ */ new Map());
var MAX_DEPTH4 = 400;
var Evaluator = class {
  constructor(host) {
    this.host = host;
  }
  host;
  inTry = 0;
  depth = 0;
  /** Evaluate with errors reported (not thrown), e.g. a local value computed from inside try(). */
  isolated(fn) {
    const saved = this.inTry;
    this.inTry = 0;
    try {
      return fn();
    } finally {
      this.inTry = saved;
    }
  }
  /**
   * An error: thrown inside try()/can(), otherwise reported; the value becomes unresolved,
   * named by `text` (default: the node's source).
   */
  fail(message, node, text2) {
    if (this.inTry > 0) throw new EvaluationError(message);
    this.host.report(message);
    return new Unknown(text2 ?? sourceOf(node));
  }
  eval(e, scope = EMPTY_SCOPE) {
    if (++this.depth > MAX_DEPTH4) {
      this.depth--;
      return this.fail("expression nested too deeply", e);
    }
    try {
      return this.evalNode(e, scope);
    } finally {
      this.depth--;
    }
  }
  evalNode(e, scope) {
    switch (e.k) {
      case "lit":
        return e.value;
      case "template":
        return this.template(e.parts, scope, e);
      case "var":
      case "attr":
      case "index":
        return this.traversal(e, scope);
      case "splat":
        return this.splat(e, scope);
      case "splatItem":
        return this.fail("a splat item outside a splat", e);
      case "call":
        return this.call(e, scope);
      case "tuple":
        return e.items.map((i) => this.eval(i, scope));
      case "object": {
        const out = newObject();
        for (const item of e.items) {
          const k = this.objectKey(this.eval(item.key, scope), item.key);
          if (k === null) continue;
          setOwn(out, k, this.eval(item.value, scope));
        }
        return out;
      }
      case "for":
        return this.forExpr(e, scope);
      case "cond": {
        const branch = this.condition(this.eval(e.cond, scope), e.cond, (c) => `${c} ? \u2026 : \u2026`);
        if (branch === null) return new Unknown(sourceOf(e));
        return this.eval(branch ? e.a : e.b, scope);
      }
      case "binary":
        return this.binary(e, scope);
      case "unary": {
        const x = this.eval(e.x, scope);
        if (x instanceof Unknown || x instanceof RefObject || typeof x === "string" && hasToken(x)) {
          return new Unknown(`${e.op}${residual(x)}`);
        }
        if (e.op === "!") {
          const b = asBool(x);
          return b === null ? this.fail(`operator ! needs a bool, got ${typeName(x)}`, e) : !b;
        }
        const n = asNumber(x);
        return n === null ? this.fail(`operator - needs a number, got ${typeName(x)}`, e) : -n;
      }
      case "paren":
        return this.eval(e.x, scope);
    }
  }
  objectKey(k, node) {
    if (typeof k === "string") return k;
    if (typeof k === "number" || typeof k === "boolean") return toStringValue(k);
    if (k instanceof Unknown || k instanceof RefObject) return toStringValue(k);
    this.fail(`an object key must be a string, got ${typeName(k)}`, node);
    return null;
  }
  /**
   * A boolean condition; an unknown one is decided by the current run (one variant per
   * branch). Null when the value is not a bool at all.
   */
  condition(v, node, describe2) {
    if (v instanceof Unknown || v instanceof RefObject || typeof v === "string" && hasToken(v)) {
      const key2 = residual(v, 400);
      return this.host.run.decide(key2, describe2(residual(v, 120)));
    }
    const b = asBool(v);
    if (b === null) this.fail(`a condition must be a bool, got ${typeName(v)}`, node);
    return b;
  }
  traversal(e, scope) {
    const steps = [];
    let base = e;
    while (base.k === "attr" || base.k === "index") {
      steps.unshift(base);
      base = base.obj;
    }
    if (base.k !== "var") {
      let v2 = this.eval(base, scope);
      for (const s of steps) v2 = this.step(v2, s, scope);
      return v2;
    }
    const local = scope.lookup(base.name);
    if (local !== void 0) {
      let v2 = local;
      for (const s of steps) v2 = this.step(v2, s, scope);
      return v2;
    }
    const resolved = steps.map(
      (s) => s.k === "attr" ? { kind: "attr", name: s.name, node: s } : { kind: "index", key: this.eval(s.key, scope), node: s }
    );
    const { value, used } = this.host.reference(base.name, resolved, this, e);
    let v = value;
    for (const s of resolved.slice(used))
      v = s.kind === "attr" ? this.attr(v, s.name, s.node) : this.index(v, s.key, s.node);
    return v;
  }
  step(v, s, scope) {
    if (s.k === "attr") return this.attr(v, s.name, s);
    if (s.k === "index") return this.index(v, this.eval(s.key, scope), s);
    return this.fail("internal: not a traversal", s);
  }
  attr(v, name, node) {
    if (v instanceof Unknown) return new Unknown(`${v.text}.${name}`);
    if (v instanceof RefObject) return v.attr(name);
    if (isObject(v)) {
      if (Object.hasOwn(v, name)) return v[name];
      return this.fail(`this object has no attribute "${name}" (${sourceOf(node)})`, node);
    }
    return this.fail(`cannot read attribute "${name}" of a ${typeName(v)} (${sourceOf(node)})`, node);
  }
  index(v, key2, node) {
    if (v instanceof Unknown) return new Unknown(`${v.text}[${residual(key2, 80)}]`);
    if (v instanceof RefObject) {
      if (typeof key2 === "string" || typeof key2 === "number") return v.index(key2);
      return new Unknown(`${residual(v)}[${residual(key2, 80)}]`);
    }
    if (key2 instanceof Unknown || key2 instanceof RefObject || typeof key2 === "string" && hasToken(key2)) {
      return new Unknown(sourceOf(node));
    }
    if (Array.isArray(v)) {
      const i = asNumber(key2);
      if (i === null || !Number.isInteger(i))
        return this.fail(`a list index must be a whole number (${sourceOf(node)})`, node);
      if (i < 0 || i >= v.length)
        return this.fail(`index ${i} is out of range for a list of ${v.length} (${sourceOf(node)})`, node);
      return v[i];
    }
    if (isObject(v)) {
      const k = typeof key2 === "number" ? toStringValue(key2) : key2;
      if (typeof k === "string" && Object.hasOwn(v, k)) return v[k];
      return this.fail(`no element with key ${JSON.stringify(k)} (${sourceOf(node)})`, node);
    }
    return this.fail(`cannot index a ${typeName(v)} (${sourceOf(node)})`, node);
  }
  splat(e, scope) {
    const v = this.eval(e.obj, scope);
    if (v === null) return [];
    if (v instanceof Unknown) return new Unknown(`${v.text}[*]${chainText(e.each)}`);
    const items = Array.isArray(v) ? v : [v];
    return items.map((item) => this.splatEach(e.each, item, scope));
  }
  splatEach(each, item, scope) {
    if (each.k === "splatItem") return item;
    if (each.k === "attr") return this.attr(this.splatEach(each.obj, item, scope), each.name, each);
    if (each.k === "index")
      return this.index(this.splatEach(each.obj, item, scope), this.eval(each.key, scope), each);
    return this.fail("internal: unexpected splat traversal", each);
  }
  call(e, scope) {
    if (e.name === "try" || e.name === "can") return this.tryCall(e, scope);
    if (!isKnownFunction(e.name)) {
      this.host.note(`function ${e.name}() is not evaluated statically; its result is unresolved`);
      return new Unknown(sourceOf(e));
    }
    let args = e.args.map((a) => this.eval(a, scope));
    if (e.expand) {
      const last = args[args.length - 1];
      if (last instanceof Unknown || last instanceof RefObject) return new Unknown(sourceOf(e));
      if (!Array.isArray(last)) return this.fail(`the ... argument of ${e.name}() must be a list`, e);
      args = [...args.slice(0, -1), ...last];
    }
    try {
      return callFunction(e.name, args, this.host.functions, sourceOf(e));
    } catch (err) {
      if (err instanceof FunctionError || err instanceof ConversionError) return this.fail(err.message, e);
      throw err;
    }
  }
  tryCall(e, scope) {
    const TOO_COMPLEX = /too complex to evaluate safely/;
    if (e.args.length === 0) return this.fail(`${e.name}() needs an argument`, e);
    if (e.name === "can") {
      this.inTry++;
      try {
        const v = this.eval(e.args[0], scope);
        return v instanceof Unknown ? new Unknown(sourceOf(e)) : true;
      } catch (err) {
        if (err instanceof EvaluationError && TOO_COMPLEX.test(err.message)) return new Unknown(sourceOf(e));
        if (err instanceof EvaluationError) return false;
        throw err;
      } finally {
        this.inTry--;
      }
    }
    const errors = [];
    for (const arg of e.args) {
      this.inTry++;
      try {
        return this.eval(arg, scope);
      } catch (err) {
        if (!(err instanceof EvaluationError)) throw err;
        errors.push(err.message);
      } finally {
        this.inTry--;
      }
    }
    return this.fail(`no argument of try() could be evaluated: ${errors.join("; ")}`, e);
  }
  forExpr(e, scope) {
    const coll = this.eval(e.coll, scope);
    const entries = this.iterate(coll, e.coll);
    if (entries === null) return e.object ? newObject() : [];
    const list2 = [];
    const obj2 = newObject();
    const grouped = /* @__PURE__ */ new Map();
    for (const [k, v] of entries) {
      const vars = /* @__PURE__ */ new Map([[e.valVar, v]]);
      if (e.keyVar !== null) vars.set(e.keyVar, k);
      const inner = scope.with(vars);
      if (e.cond) {
        const c = this.eval(e.cond, inner);
        if (!(c instanceof Unknown || c instanceof RefObject || typeof c === "string" && hasToken(c))) {
          const b = asBool(c);
          if (b === null) {
            this.fail(`the "if" clause of a for expression must be a bool, got ${typeName(c)}`, e.cond);
            continue;
          }
          if (!b) continue;
        }
      }
      if (!e.object) {
        list2.push(this.eval(e.valExpr, inner));
        continue;
      }
      const key2 = this.objectKey(this.eval(e.keyExpr, inner), e.keyExpr);
      if (key2 === null) continue;
      const value = this.eval(e.valExpr, inner);
      if (e.group) {
        const g = grouped.get(key2) ?? [];
        g.push(value);
        grouped.set(key2, g);
      } else if (Object.hasOwn(obj2, key2)) {
        this.fail(`duplicate key ${JSON.stringify(key2)} in a for expression (use ... to group)`, e);
      } else {
        setOwn(obj2, key2, value);
      }
    }
    if (!e.object) return list2;
    if (e.group) return newObject([...grouped]);
    return obj2;
  }
  /** Key/value pairs of a collection; one unresolved pair for an unknown collection. */
  iterate(coll, node) {
    if (Array.isArray(coll)) return coll.map((v, i) => [i, v]);
    if (isObject(coll)) return sortedKeys(coll).map((k) => [k, coll[k]]);
    if (coll instanceof Unknown) return [[new Unknown(coll.text), new Unknown(coll.text)]];
    if (coll instanceof RefObject) return [[new Unknown(residual(coll)), coll]];
    this.fail(`cannot iterate over a ${typeName(coll)} (${sourceOf(node)})`, node);
    return null;
  }
  binary(e, scope) {
    const l = this.eval(e.l, scope);
    if (e.op === "&&" || e.op === "||") {
      const lb = this.boolOrUnknown(l, e.l);
      if (lb === false && e.op === "&&") return false;
      if (lb === true && e.op === "||") return true;
      const r2 = this.eval(e.r, scope);
      const rb = this.boolOrUnknown(r2, e.r);
      if (lb instanceof Unknown || rb instanceof Unknown) {
        if (rb === false && e.op === "&&") return false;
        if (rb === true && e.op === "||") return true;
        return new Unknown(`${residual(l)} ${e.op} ${residual(r2)}`);
      }
      return rb;
    }
    const r = this.eval(e.r, scope);
    if (e.op === "==" || e.op === "!=") {
      const eq = equalValues(l, r);
      if (eq instanceof Unknown) return new Unknown(`${residual(l)} ${e.op} ${residual(r)}`);
      return e.op === "==" ? eq : !eq;
    }
    if (isUnknownish(l) || isUnknownish(r)) return new Unknown(`${residual(l)} ${e.op} ${residual(r)}`);
    const a = asNumber(l);
    const b = asNumber(r);
    if (a === null || b === null)
      return this.fail(`operator ${e.op} needs numbers, got ${typeName(l)} and ${typeName(r)}`, e);
    switch (e.op) {
      case "<":
        return a < b;
      case ">":
        return a > b;
      case "<=":
        return a <= b;
      case ">=":
        return a >= b;
      case "+":
        return a + b;
      case "-":
        return a - b;
      case "*":
        return a * b;
      case "/":
        return b === 0 ? this.fail("division by zero", e) : a / b;
      case "%":
        return b === 0 ? this.fail("modulo by zero", e) : a % b;
    }
  }
  boolOrUnknown(v, node) {
    if (isUnknownish(v)) return new Unknown(residual(v));
    const b = asBool(v);
    if (b === null) {
      this.fail(`a logical operator needs a bool, got ${typeName(v)}`, node);
      return new Unknown(sourceOf(node));
    }
    return b;
  }
  /** A template: a single interpolation keeps its value's type, anything else is a string. */
  template(parts, scope, node) {
    if (parts.length === 1 && parts[0].k === "interp") return this.eval(parts[0].expr, scope);
    return this.render(parts, scope, node);
  }
  render(parts, scope, node) {
    let out = "";
    for (const p of parts) {
      if (p.k === "text") {
        out += p.text;
      } else if (p.k === "interp") {
        const v = this.eval(p.expr, scope);
        try {
          out += toStringValue(v);
        } catch (err) {
          if (!(err instanceof ConversionError)) throw err;
          out += toStringValue(this.fail(`${err.message} in a template (${sourceOf(p.expr)})`, p.expr));
        }
      } else if (p.k === "if") {
        const b = this.condition(this.eval(p.cond, scope), p.cond, (c) => `%{if ${c}}`);
        out += this.render(b === false ? p.else : p.then, scope, node);
      } else {
        const entries = this.iterate(this.eval(p.coll, scope), p.coll) ?? [];
        for (const [k, v] of entries) {
          const vars = /* @__PURE__ */ new Map([[p.valVar, v]]);
          if (p.keyVar !== null) vars.set(p.keyVar, k);
          out += this.render(p.body, scope.with(vars), node);
        }
      }
    }
    return out;
  }
};
function isUnknownish(v) {
  return v instanceof Unknown || v instanceof RefObject || typeof v === "string" && hasToken(v);
}
function asBool(v) {
  if (typeof v === "boolean") return v;
  if (v === "true") return true;
  if (v === "false") return false;
  return null;
}
function asNumber(v) {
  if (typeof v === "number") return v;
  if (typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v))) return Number(v);
  return null;
}
function chainText(e) {
  if (e.k === "attr") return `${chainText(e.obj)}.${e.name}`;
  if (e.k === "index") return `${chainText(e.obj)}[${sourceOf(e.key)}]`;
  return "";
}

// src/iac/terraform/modules.ts
var RESOURCE_META = /* @__PURE__ */ new Set([
  "count",
  "for_each",
  "provider",
  "depends_on",
  "lifecycle",
  "provisioner",
  "connection"
]);
var MODULE_META = /* @__PURE__ */ new Set([
  "source",
  "version",
  "count",
  "for_each",
  "providers",
  "depends_on"
]);
var MAX_MODULE_DEPTH = 32;
function parseSource(path, text2) {
  return path.endsWith(".json") ? Promise.resolve(parseTfJson(path, text2)) : parseHcl(path, text2);
}
function readDownloadedModules(ctx) {
  const path = ctx.rootDir === "" ? ".terraform/modules/modules.json" : `${ctx.rootDir}/.terraform/modules/modules.json`;
  if (!hasPath(ctx.snapshot.paths, path)) return null;
  const r = readText(ctx.snapshot, path);
  ctx.files.add(path);
  if ("error" in r) {
    ctx.errors.push({ file: path, message: r.error });
    return null;
  }
  try {
    const doc = parseJsonText(r.text);
    const out = /* @__PURE__ */ new Map();
    const mods = isRecord(doc) && Array.isArray(doc.Modules) ? doc.Modules : [];
    for (const m of mods) {
      if (isRecord(m) && typeof m.Key === "string" && typeof m.Dir === "string" && m.Key !== "")
        out.set(m.Key, m.Dir);
    }
    return out;
  } catch (e) {
    ctx.errors.push({ file: path, message: `invalid modules.json: ${e.message}` });
    return null;
  }
}
async function loadModuleTree(ctx, dir, chain = [], keyPath = []) {
  const config = await loadModule(ctx, dir);
  for (const call of config.calls.values()) {
    call.target = await resolveCall(ctx, config, call, [...chain, dir], [...keyPath, call.name]);
  }
  return config;
}
var ABSOLUTE_SOURCE = /^(?:\/|\\|~|[A-Za-z]:[\\/]|file:)/;
async function resolveCall(ctx, caller, call, chain, keyPath) {
  const fail = (reason) => {
    ctx.errors.push({ file: call.file, line: call.line, message: `module "${call.name}": ${reason}` });
    return { kind: "broken", reason };
  };
  const source = call.source;
  let dir = null;
  let kind = "local";
  if (source.startsWith("./") || source.startsWith("../")) {
    dir = resolveInRepo(caller.dir, source.replace(/\/+$/, ""));
    if (dir === null) return fail(`source ${JSON.stringify(source)} points outside the repository`);
  } else {
    const listed = ctx.downloaded?.get(keyPath.join("."));
    if (listed === void 0 && ABSOLUTE_SOURCE.test(source))
      return fail(`source ${JSON.stringify(source)} points outside the repository (an absolute path)`);
    if (listed === void 0) {
      ctx.notes.push(
        `module "${keyPath.join(".")}" (${source}) is not in the repository; its inputs are reported as module-input`
      );
      return { kind: "opaque" };
    }
    dir = resolveInRepo(ctx.rootDir, listed);
    if (dir === null)
      return fail(`the downloaded source ${JSON.stringify(listed)} lies outside the repository`);
    kind = "downloaded";
  }
  if (!filesIn(ctx.snapshot.paths, dir).some(isTerraformFile)) {
    if (kind === "downloaded") return { kind: "opaque" };
    return fail(
      `no Terraform files in ${dir === "" ? "the repository root" : dir} (source ${JSON.stringify(source)})`
    );
  }
  if (chain.includes(dir))
    return fail(`module recursion: ${[...chain, dir].map((d) => d || ".").join(" -> ")}`);
  if (chain.length >= MAX_MODULE_DEPTH) return fail(`modules nested deeper than ${MAX_MODULE_DEPTH}`);
  return { kind, config: await loadModuleTree(ctx, dir, chain, keyPath) };
}
var moduleMemos = /* @__PURE__ */ new WeakMap();
async function loadModule(ctx, dir) {
  const paths = filesIn(ctx.snapshot.paths, dir).filter(isTerraformFile);
  const ordered = [...paths.filter((p) => !isOverride(p)), ...paths.filter(isOverride)];
  const inputs = [];
  for (const path of ordered) {
    ctx.files.add(path);
    const r = readText(ctx.snapshot, path);
    if ("error" in r) inputs.push({ path, error: r.error });
    else inputs.push({ path, parsed: await ctx.cache.source(path, r.text, parseSource) });
  }
  let memos = moduleMemos.get(ctx.cache);
  if (!memos) {
    memos = /* @__PURE__ */ new Map();
    moduleMemos.set(ctx.cache, memos);
  }
  let memo = memos.get(dir);
  if (!memo || !sameInputs(memo.inputs, inputs)) {
    memo = { inputs, ...mergeModule(dir, inputs) };
    memos.set(dir, memo);
  }
  ctx.errors.push(...memo.errors);
  const calls = /* @__PURE__ */ new Map();
  for (const [name, call] of memo.config.calls) calls.set(name, { ...call, target: { kind: "opaque" } });
  return { ...memo.config, calls };
}
function sameInputs(a, b) {
  return a.length === b.length && a.every((x, i) => {
    const y = b[i];
    if (x.path !== y.path) return false;
    if ("error" in x) return "error" in y && x.error === y.error;
    return "parsed" in y && x.parsed === y.parsed;
  });
}
function mergeModule(dir, inputs) {
  const config = {
    dir,
    files: [],
    scans: /* @__PURE__ */ new Map(),
    variables: /* @__PURE__ */ new Map(),
    locals: /* @__PURE__ */ new Map(),
    resources: /* @__PURE__ */ new Map(),
    data: /* @__PURE__ */ new Map(),
    calls: /* @__PURE__ */ new Map(),
    outputs: /* @__PURE__ */ new Map(),
    providers: []
  };
  const errors = [];
  for (const input of inputs) {
    const { path } = input;
    if ("error" in input) {
      errors.push({ file: path, message: input.error });
      continue;
    }
    const parsed = input.parsed;
    if ("errors" in parsed.outcome) {
      errors.push(...parsed.outcome.errors);
      continue;
    }
    config.files.push(path);
    config.scans.set(path, parsed.scan);
    addFile(errors, config, path, parsed.outcome.body, parsed.scan, isOverride(path));
  }
  return { config, errors };
}
var blockIndexes = /* @__PURE__ */ new WeakMap();
function blockKey(type, labels) {
  return [type, ...labels].join("\0");
}
function blockIndex(scan) {
  let index = blockIndexes.get(scan);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const b of scan.blocks) {
      for (let n = 0; n <= b.labels.length; n++) {
        const key2 = blockKey(b.type, b.labels.slice(0, n));
        const list2 = index.get(key2);
        if (list2) list2.push(b);
        else index.set(key2, [b]);
      }
    }
    blockIndexes.set(scan, index);
  }
  return index;
}
function isOverride(path) {
  const base = path.slice(path.lastIndexOf("/") + 1).replace(/\.json$/, "");
  return base === "override.tf" || base.endsWith("_override.tf");
}
function addFile(errors, config, file, body, scan, override) {
  const dup = (what, line) => {
    errors.push({ file, line, message: `duplicate ${what}` });
  };
  const blocks2 = blockIndex(scan);
  const block = (type, labels, index, b) => {
    const matches = blocks2.get(blockKey(type, labels)) ?? [];
    const s = matches[index] ?? matches[0];
    return { file, body: b, line: s?.line ?? 1, start: s?.start ?? 0, end: s?.end ?? 0, scanned: s };
  };
  const named = (kind, target, what) => {
    const byName = body[kind];
    if (!isRecord(byName)) return;
    for (const [name, bodies2] of Object.entries(byName)) {
      asBodies(bodies2).forEach((b, i) => {
        const cfg = block(kind, [name], i, b);
        const existing = target.get(name);
        if (existing && override) existing.body = { ...existing.body, ...b };
        else if (existing) dup(`${what} "${name}"`, cfg.line);
        else target.set(name, cfg);
      });
    }
  };
  named("variable", config.variables, "variable");
  named("output", config.outputs, "output");
  for (const mode of ["resource", "data"]) {
    const byType2 = body[mode];
    if (!isRecord(byType2)) continue;
    const target = mode === "resource" ? config.resources : config.data;
    for (const [type, byName] of Object.entries(byType2)) {
      if (!isRecord(byName)) continue;
      for (const [name, bodies2] of Object.entries(byName)) {
        asBodies(bodies2).forEach((b, i) => {
          const key2 = `${type}.${name}`;
          const cfg = block(mode, [type, name], i, b);
          const existing = target.get(key2);
          if (existing && override) existing.body = { ...existing.body, ...b };
          else if (existing)
            dup(
              `${mode === "data" ? "data source" : "resource"} ${mode === "data" ? "data." : ""}${key2}`,
              cfg.line
            );
          else target.set(key2, { ...cfg, mode: mode === "resource" ? "managed" : "data", type, name });
        });
      }
    }
  }
  const calls = body.module;
  if (isRecord(calls)) {
    for (const [name, bodies2] of Object.entries(calls)) {
      asBodies(bodies2).forEach((b, i) => {
        const cfg = block("module", [name], i, b);
        if (config.calls.has(name)) {
          dup(`module "${name}"`, cfg.line);
          return;
        }
        const source = b.source;
        if (typeof source !== "string" || source.includes("${")) {
          errors.push({
            file,
            line: cfg.line,
            message: `module "${name}": source must be a literal string`
          });
          return;
        }
        config.calls.set(name, { ...cfg, name, source, target: { kind: "opaque" } });
      });
    }
  }
  const localBlocks = scan.blocks.filter((s) => s.type === "locals");
  asBodies(body.locals).forEach((b, i) => {
    const scanned = localBlocks[i];
    for (const [name, raw] of Object.entries(b)) {
      const attr = scanned?.attributes.find((a) => a.name === name);
      if (config.locals.has(name) && !override) {
        dup(`local value "${name}"`, attr?.line ?? scanned?.line ?? 1);
        continue;
      }
      config.locals.set(name, {
        name,
        file,
        raw,
        line: attr?.line ?? scanned?.line ?? 1,
        start: attr?.start ?? 0,
        end: attr?.end ?? 0
      });
    }
  });
  const providers = body.provider;
  if (isRecord(providers)) {
    for (const [name, bodies2] of Object.entries(providers)) {
      asBodies(bodies2).forEach((b, i) => {
        const alias = typeof b.alias === "string" ? b.alias : null;
        config.providers.push({ ...block("provider", [name], i, b), name, alias });
      });
    }
  }
}
function asBodies(v) {
  if (Array.isArray(v)) return v.filter(isRecord);
  return isRecord(v) ? [v] : [];
}

// src/iac/terraform/policy-document.ts
function renderPolicyDocument(props, report) {
  const statements = [];
  const sidIndex = /* @__PURE__ */ new Map();
  const add2 = (st, replace, origin) => {
    const sid = typeof st.Sid === "string" ? st.Sid : "";
    const at = sid === "" ? void 0 : sidIndex.get(sid);
    if (at !== void 0) {
      if (replace) statements[at] = st;
      else report(`duplicate Sid ${JSON.stringify(sid)} in ${origin}`);
      return;
    }
    if (sid !== "") sidIndex.set(sid, statements.length);
    statements.push(st);
  };
  const sources = [...documents(props.source_json), ...documents(props.source_policy_documents)];
  sources.forEach((text2, i) => {
    for (const st of parsedStatements(text2, `source_policy_documents[${i}]`, report))
      add2(st, false, "source_policy_documents");
  });
  const inlineSids = /* @__PURE__ */ new Set();
  for (const block of blocks(props.statement)) {
    const st = renderStatement(block);
    const sid = typeof st.Sid === "string" ? st.Sid : "";
    if (sid !== "" && inlineSids.has(sid)) report(`duplicate Sid ${JSON.stringify(sid)} in statement blocks`);
    if (sid !== "") inlineSids.add(sid);
    add2(st, true, "statement");
  }
  const overrides = [...documents(props.override_policy_documents), ...documents(props.override_json)];
  overrides.forEach((text2, i) => {
    for (const st of parsedStatements(text2, `override_policy_documents[${i}]`, report))
      add2(st, true, "override_policy_documents");
  });
  const document = {
    Version: typeof props.version === "string" ? props.version : "2012-10-17"
  };
  if (typeof props.policy_id === "string" && props.policy_id !== "") document.Id = props.policy_id;
  document.Statement = statements;
  return {
    document,
    json: escapeHtml(JSON.stringify(document, null, 2)),
    minified: escapeHtml(JSON.stringify(document))
  };
}
function documents(v) {
  if (v === null || v === void 0 || v === "") return [];
  if (Array.isArray(v)) return v.flatMap(documents);
  return [typeof v === "string" ? v : JSON.stringify(v)];
}
function blocks(v) {
  if (Array.isArray(v)) return v.filter(isRecord);
  return isRecord(v) ? [v] : [];
}
function parsedStatements(text2, origin, report) {
  if (isWholeUnresolved(text2.trim())) {
    report(
      `${origin} is not known statically (${unresolvedExpressions(text2).join(", ")}); its statements are missing from the document`
    );
    return [];
  }
  let doc;
  try {
    doc = parseJsonText(text2);
  } catch (e) {
    report(`${origin} is not valid JSON (${e.message}): ${renderText(text2).slice(0, 120)}`);
    return [];
  }
  if (!isRecord(doc)) {
    report(`${origin} is not a policy document`);
    return [];
  }
  const st = doc.Statement;
  return Array.isArray(st) ? st.filter(isRecord) : isRecord(st) ? [st] : [];
}
function renderStatement(b) {
  const out = {};
  if (typeof b.sid === "string" && b.sid !== "") out.Sid = b.sid;
  out.Effect = typeof b.effect === "string" && b.effect !== "" ? b.effect : "Allow";
  setList(out, "Action", b.actions, false);
  setList(out, "NotAction", b.not_actions, false);
  setList(out, "Resource", b.resources, true);
  setList(out, "NotResource", b.not_resources, true);
  const principals = principalSet(b.principals);
  if (principals !== void 0) out.Principal = principals;
  const notPrincipals = principalSet(b.not_principals);
  if (notPrincipals !== void 0) out.NotPrincipal = notPrincipals;
  const conditions = conditionMap(b.condition);
  if (conditions !== void 0) out.Condition = conditions;
  return out;
}
function strings(v) {
  if (v === null || v === void 0) return [];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (typeof v === "string") return [v];
  if (typeof v === "number" || typeof v === "boolean") return [String(v)];
  return [JSON.stringify(v)];
}
function reverseSortedSet(v, policyVars) {
  const items = [...new Set(strings(v))].map((s) => policyVars ? s.replaceAll("&{", "${") : s);
  return items.sort(compareStrings).reverse();
}
function single(items) {
  return items.length === 1 ? items[0] : items;
}
function setList(out, key2, v, policyVars) {
  const items = reverseSortedSet(v, policyVars);
  if (items.length > 0) out[key2] = single(items);
}
function principalSet(v) {
  const list2 = blocks(v);
  if (list2.length === 0) return void 0;
  const byType2 = /* @__PURE__ */ new Map();
  for (const p of list2) {
    const type = typeof p.type === "string" ? p.type : String(p.type);
    const ids = reverseSortedSet(p.identifiers, true);
    byType2.set(type, [...byType2.get(type) ?? [], ...ids]);
  }
  const star = byType2.get("*");
  if (byType2.size === 1 && star && star.length === 1 && star[0] === "*") return "*";
  const out = {};
  for (const type of [...byType2.keys()].sort(compareStrings)) setOwn(out, type, single(byType2.get(type)));
  return out;
}
function conditionMap(v) {
  const list2 = blocks(v);
  if (list2.length === 0) return void 0;
  const byTest = /* @__PURE__ */ new Map();
  for (const c of list2) {
    const test = String(c.test ?? "");
    const variable = String(c.variable ?? "");
    const vars = byTest.get(test) ?? /* @__PURE__ */ new Map();
    const values = strings(c.values).map((s) => s.replaceAll("&{", "${"));
    vars.set(variable, [...vars.get(variable) ?? [], ...values]);
    byTest.set(test, vars);
  }
  const out = {};
  for (const test of [...byTest.keys()].sort(compareStrings)) {
    const vars = byTest.get(test);
    const inner = {};
    for (const variable of [...vars.keys()].sort(compareStrings))
      setOwn(inner, variable, single(vars.get(variable)));
    setOwn(out, test, inner);
  }
  return out;
}
function escapeHtml(json) {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// src/iac/terraform/data-sources.ts
var OPAQUE_DATA = /* @__PURE__ */ new Set([
  "terraform_remote_state",
  "external",
  "http",
  "aws_ssm_parameter",
  "aws_ssm_parameters_by_path",
  "aws_secretsmanager_secret_version",
  "aws_secretsmanager_secret",
  "aws_organizations_organization",
  "aws_organizations_organizational_units",
  "aws_organizations_organizational_unit",
  "aws_organizations_account",
  "aws_cloudformation_export",
  "aws_cloudformation_stack"
]);
var DataSources = class {
  constructor(mi) {
    this.mi = mi;
  }
  mi;
  policies = /* @__PURE__ */ new Map();
  lazyPolicy(key2) {
    let l = this.policies.get(key2);
    if (!l) {
      l = new Lazy();
      this.policies.set(key2, l);
    }
    return l;
  }
  reference(steps, node) {
    const [t, n] = steps;
    if (t?.kind !== "attr" || n?.kind !== "attr")
      return { value: this.mi.ev.fail(`invalid data reference ${sourceOf(node)}`, node), used: steps.length };
    const key2 = `${t.name}.${n.name}`;
    const decl = this.mi.config.data.get(key2);
    if (!decl) {
      return {
        value: this.mi.ev.fail(
          `reference to undeclared data source data.${key2}`,
          node,
          `${this.mi.prefix}data.${key2}`
        ),
        used: 2
      };
    }
    this.mi.run.touch(spanKey(decl.file, decl.start, decl.end));
    let used = 2;
    let instance = { key: null, suffix: "", bindings: /* @__PURE__ */ new Map() };
    const expanded = decl.body.count !== void 0 || decl.body.for_each !== void 0;
    if (expanded) {
      const idx = steps[2];
      const keys = this.mi.expand(`data.${key2}`, decl);
      if (idx?.kind !== "index") {
        const all = keys.map((k) => this.instance(decl, k, void 0));
        if (decl.body.count !== void 0) return { value: all, used };
        return { value: newObject(keys.map((k, i) => [String(k.key ?? "*"), all[i]])), used };
      }
      used = 3;
      const found = keys.find((k) => k.key !== null && String(k.key) === String(idx.key)) ?? keys.find((k) => k.key === null);
      if (!found)
        return {
          value: this.mi.ev.fail(`data.${key2} has no instance ${residual(idx.key)}`, node),
          used: steps.length
        };
      instance = found;
    }
    const attr = steps[used];
    if (attr?.kind !== "attr") return { value: this.instance(decl, instance, void 0), used };
    return { value: this.instance(decl, instance, attr.name), used: used + 1 };
  }
  instance(decl, inst, attr) {
    const address = `${this.mi.prefix}data.${decl.type}.${decl.name}${inst.suffix}`;
    const unknown = (a) => new Unknown(`${address}.${a}`);
    switch (decl.type) {
      case "aws_iam_policy_document": {
        const doc = this.policy(decl, inst);
        if (attr === void 0)
          return newObject([
            ["json", doc.json],
            ["minified_json", doc.minified],
            ["id", unknown("id")]
          ]);
        if (attr === "json") return doc.json;
        if (attr === "minified_json") return doc.minified;
        return unknown(attr);
      }
      case "aws_caller_identity":
        if (attr === "account_id" || attr === "id") return this.callerAccount(decl, address);
        return new RefObject(address, attr ?? "");
      case "aws_partition": {
        const known = {
          partition: "aws",
          id: "aws",
          dns_suffix: "amazonaws.com",
          reverse_dns_prefix: "com.amazonaws"
        };
        return attr !== void 0 && known[attr] !== void 0 ? known[attr] : unknown(attr ?? "partition");
      }
      case "aws_region":
        if (attr === "name" || attr === "region" || attr === "id" || attr === void 0) return SELF_REGION;
        return unknown(attr);
      default:
        if (OPAQUE_DATA.has(decl.type) || !decl.type.startsWith("aws_"))
          return attr === void 0 ? new Unknown(address) : unknown(attr);
        return new RefObject(address, attr ?? "");
    }
  }
  policy(decl, inst) {
    const key2 = `${decl.type}.${decl.name}${inst.suffix}`;
    return this.lazyPolicy(key2).get(
      this.mi.run,
      () => this.mi.at(
        decl.file,
        decl.line,
        () => this.mi.ev.isolated(() => {
          const body = this.mi.evalBody(
            decl.body,
            new Scope(inst.bindings),
            RESOURCE_META,
            decl.scanned,
            decl.file
          );
          let props = {};
          try {
            props = toJson(body);
          } catch (e) {
            if (!(e instanceof ConversionError)) throw e;
            this.mi.report(`data.${key2}: ${e.message}; the document is not evaluated`);
          }
          return renderPolicyDocument(props, (m) => this.mi.report(`data.${key2}: ${m}`));
        })
      )
    );
  }
  /** data.aws_caller_identity: the own account, unless read through a provider alias that assumes a role elsewhere. */
  callerAccount(decl, address) {
    const provider = typeof decl.body.provider === "string" ? decl.body.provider.replace(/^\$\{\s*|\s*\}$/g, "") : "aws";
    const alias = provider.startsWith("aws.") ? provider.slice(4) : null;
    if (alias === null) return SELF_ACCOUNT;
    const p = this.mi.config.providers.find((x) => x.name === "aws" && x.alias === alias);
    const assume = p && Array.isArray(p.body.assume_role) ? p.body.assume_role.find(isRecord) : void 0;
    if (!p || !assume) {
      this.mi.note(`${address} is read through provider ${provider}, whose account is not known statically`);
      return new Unknown(`${address}.account_id`);
    }
    const arn = this.mi.at(p.file, p.line, () => this.mi.evalRaw(assume.role_arn));
    const account = typeof arn === "string" ? /^arn:[^:]*:iam::([0-9]{12}):/.exec(arn)?.[1] : void 0;
    return account ?? new Unknown(`${address}.account_id`);
  }
};

// src/iac/terraform/expansion.ts
var SINGLE2 = { key: null, suffix: "", bindings: /* @__PURE__ */ new Map() };
var MAX_COUNT = 1e4;
function countInstances(v, report) {
  const n = typeof v === "number" ? v : typeof v === "string" && /^[0-9]+$/.test(v) ? Number(v) : null;
  if (n !== null && Number.isInteger(n) && n >= 0) {
    if (n > MAX_COUNT)
      report(`count ${n} is more than ${MAX_COUNT}; only the first ${MAX_COUNT} instances are read`);
    return Array.from({ length: Math.min(n, MAX_COUNT) }, (_x, i) => ({
      key: i,
      suffix: `[${i}]`,
      bindings: /* @__PURE__ */ new Map([["count", newObject([["index", i]])]])
    }));
  }
  if (v instanceof Unknown || v instanceof RefObject || typeof v === "string" && hasToken(v)) {
    return [
      {
        key: null,
        suffix: "[*]",
        bindings: /* @__PURE__ */ new Map([["count", newObject([["index", new Unknown(residual(v))]])]])
      }
    ];
  }
  report(`count must be a whole number, got ${residual(v)}`);
  return [];
}
function forEachInstances(v, report) {
  if (isObject(v)) {
    return Object.keys(v).sort(compareStrings).map((k) => ({ key: k, suffix: keySuffix(k), bindings: eachBinding(k, v[k]) }));
  }
  if (Array.isArray(v)) {
    const keys = [...new Set(v.map(keyString))];
    return keys.sort(compareStrings).map((k) => ({ key: k, suffix: keySuffix(k), bindings: eachBinding(k, k) }));
  }
  if (v instanceof Unknown || v instanceof RefObject) {
    const text2 = residual(v);
    return [{ key: null, suffix: "[*]", bindings: eachBinding(new Unknown(text2), new Unknown(text2)) }];
  }
  report(`for_each must be a map or a set of strings, got ${residual(v)}`);
  return [];
}
function keySuffix(k) {
  return `[${JSON.stringify(renderText(k))}]`;
}
function eachBinding(key2, value) {
  return /* @__PURE__ */ new Map([
    [
      "each",
      newObject([
        ["key", key2],
        ["value", value]
      ])
    ]
  ]);
}
function keyString(v) {
  try {
    return toStringValue(v);
  } catch {
    return residual(v);
  }
}

// src/iac/terraform/instance.ts
var MAX_LAZY_DEPTH = 120;
var ModuleInstance = class _ModuleInstance {
  constructor(state, config, address, inputs) {
    this.state = state;
    this.config = config;
    this.address = address;
    this.inputs = inputs;
    this.ev = new Evaluator(this);
    this.data = new DataSources(this);
    this.functions = {
      readFile: (path) => this.readFile(path),
      fileExists: (path) => {
        const p = resolveInRepo(this.state.rootDir, path);
        return p !== null && hasPath(this.state.snapshot.paths, p);
      },
      renderTemplate: (text2, vars, path) => this.renderTemplate(text2, vars, path)
    };
  }
  state;
  config;
  address;
  inputs;
  ev;
  data;
  functions;
  vars = /* @__PURE__ */ new Map();
  locals = /* @__PURE__ */ new Map();
  outputs = /* @__PURE__ */ new Map();
  expansions = /* @__PURE__ */ new Map();
  children = /* @__PURE__ */ new Map();
  computing = [];
  get run() {
    return this.state.run;
  }
  /** "module.a." for instances below the root, "" for the root. */
  get prefix() {
    return this.address === "" ? "" : `${this.address}.`;
  }
  report(message) {
    const { file, line } = this.state.location;
    this.state.errors.push({ file, line, message });
  }
  note(message) {
    this.state.notes.add(message);
  }
  at(file, line, fn) {
    const saved = this.state.location;
    this.state.location = { file, line };
    try {
      return fn();
    } finally {
      this.state.location = saved;
    }
  }
  // --- evaluation of hcl2json values -------------------------------------------------------
  /** A value from hcl2json: strings are templates, objects attribute maps, arrays lists. */
  evalRaw(raw, scope = new Scope(/* @__PURE__ */ new Map())) {
    if (typeof raw === "string") {
      if (!raw.includes("${") && !raw.includes("%{")) return raw;
      const tmpl = this.state.cache.template(raw);
      if (tmpl instanceof HclSyntaxError) {
        this.report(`cannot parse the expression ${JSON.stringify(raw.slice(0, 200))}: ${tmpl.message}`);
        return new Unknown(raw.replace(/^\$\{([\s\S]*)\}$/, "$1"));
      }
      return this.ev.eval(tmpl, scope);
    }
    if (Array.isArray(raw)) return raw.map((x) => this.evalRaw(x, scope));
    if (isRecord(raw)) {
      const out = newObject();
      for (const [k, v] of Object.entries(raw)) {
        const key2 = k.includes("${") ? this.keyOf(this.evalRaw(k, scope)) : k;
        define(out, key2, this.evalRaw(v, scope));
      }
      return out;
    }
    if (typeof raw === "number" || typeof raw === "boolean") return raw;
    return null;
  }
  keyOf(v) {
    try {
      return toStringValue(v);
    } catch {
      return renderText(residual(v));
    }
  }
  /**
   * A block body: arguments evaluated (null ones dropped, as Terraform treats them as unset),
   * nested blocks as arrays of bodies, dynamic blocks expanded after the static ones.
   */
  evalBody(body, scope, skip, scanned, file) {
    const out = newObject();
    for (const [name, raw] of Object.entries(body)) {
      if (skip.has(name) || name === "dynamic") continue;
      const line = scanned ? argumentLine(scanned, name) : void 0;
      const compute = () => {
        if (Array.isArray(raw) && raw.length > 0 && raw.every(isRecord)) {
          const nested = scanned?.blocks.filter((b) => b.type === name) ?? [];
          return raw.map((b, i) => this.evalBody(b, scope, EMPTY, nested[i], file));
        }
        return this.evalRaw(raw, scope);
      };
      const v = file !== void 0 && line !== void 0 ? this.at(file, line, compute) : compute();
      if (v !== null) define(out, name, v);
    }
    const dynamic = body.dynamic;
    if (isRecord(dynamic)) {
      for (const [label, specs] of Object.entries(dynamic)) {
        const generated = Array.isArray(out[label]) ? [...out[label]] : [];
        for (const spec of Array.isArray(specs) ? specs.filter(isRecord) : [])
          generated.push(...this.dynamicBlocks(label, spec, scope, file));
        if (generated.length > 0) define(out, label, generated);
      }
    }
    return out;
  }
  dynamicBlocks(label, spec, scope, file) {
    const iterator = typeof spec.iterator === "string" ? spec.iterator.replace(/^\$\{\s*|\s*\}$/g, "") : label;
    const coll = this.evalRaw(spec.for_each, scope);
    const node = {
      k: "lit",
      value: null,
      src: String(spec.for_each),
      s: 0,
      e: String(spec.for_each).length
    };
    const entries = this.ev.iterate(coll, node) ?? [];
    const content = Array.isArray(spec.content) ? spec.content.find(isRecord) : isRecord(spec.content) ? spec.content : void 0;
    if (!content) {
      this.report(`dynamic "${label}" has no content block`);
      return [];
    }
    return entries.map(([key2, value]) => {
      const inner = scope.with(
        /* @__PURE__ */ new Map([
          [
            iterator,
            newObject([
              ["key", key2],
              ["value", value]
            ])
          ]
        ])
      );
      return this.evalBody(content, inner, EMPTY, void 0, file);
    });
  }
  // --- count / for_each ------------------------------------------------------------------
  /** The instances of a resource, data source or module call. */
  expand(cacheKey, block, scope = new Scope(/* @__PURE__ */ new Map())) {
    return this.lazy(this.expansions, cacheKey).get(
      this.run,
      () => this.at(
        block.file,
        block.line,
        () => this.ev.isolated(() => {
          const report = (m) => this.report(m);
          if (block.body.count !== void 0)
            return countInstances(this.evalRaw(block.body.count, scope), report);
          if (block.body.for_each !== void 0)
            return forEachInstances(this.evalRaw(block.body.for_each, scope), report);
          return [SINGLE2];
        })
      )
    );
  }
  // --- references ------------------------------------------------------------------------
  reference(root, steps, ev, node) {
    const attr0 = steps[0]?.kind === "attr" ? steps[0].name : void 0;
    switch (root) {
      case "var":
        if (attr0 === void 0) break;
        return { value: this.variable(attr0, node), used: 1 };
      case "local":
        if (attr0 === void 0) break;
        return { value: this.local(attr0, node), used: 1 };
      case "data":
        return this.data.reference(steps, node);
      case "module":
        if (attr0 === void 0) break;
        return this.moduleReference(attr0, steps, node);
      case "path":
        if (attr0 === "module") return { value: relativeDir(this.state.rootDir, this.config.dir), used: 1 };
        if (attr0 === "root" || attr0 === "cwd") return { value: ".", used: 1 };
        break;
      case "terraform":
        if (attr0 === "workspace") return { value: new Unknown("terraform.workspace"), used: 1 };
        break;
      case "each":
      case "count":
      case "self":
        return {
          value: ev.fail(`${root}. is not available here (${sourceOf(node)})`, node),
          used: steps.length
        };
      default:
        if (attr0 !== void 0) return this.resourceReference(root, attr0, node);
    }
    return { value: ev.fail(`unknown reference ${sourceOf(node)}`, node), used: steps.length };
  }
  variable(name, node) {
    const decl = this.config.variables.get(name);
    if (!decl)
      return this.ev.fail(
        `reference to undeclared input variable var.${name}`,
        node,
        `${this.prefix}var.${name}`
      );
    this.run.touch(spanKey(decl.file, decl.start, decl.end));
    return this.cached(this.vars, name, `var.${name}`, () => this.computeVariable(name, decl));
  }
  computeVariable(name, decl) {
    const input = this.inputs;
    let value;
    if (input.kind === "root") {
      value = input.values.get(name)?.value;
    } else if (Object.hasOwn(input.call.body, name)) {
      const line = input.call.scanned?.attributes.find((a) => a.name === name)?.line ?? input.call.line;
      value = input.caller.at(
        input.call.file,
        line,
        () => input.caller.ev.isolated(() => input.caller.evalRaw(input.call.body[name], input.scope))
      );
    }
    if (value === void 0 && Object.hasOwn(decl.body, "default")) {
      value = this.at(decl.file, decl.line, () => this.evalRaw(decl.body.default));
    }
    if (value === void 0) {
      if (input.kind === "root") return new Unknown(`var.${name}`);
      input.caller.at(
        input.call.file,
        input.call.line,
        () => input.caller.report(`module "${input.call.name}": the required variable "${name}" is not set`)
      );
      return new Unknown(`${this.prefix}var.${name}`);
    }
    return convertToType(value, decl.body.type);
  }
  local(name, node) {
    const decl = this.config.locals.get(name);
    if (!decl)
      return this.ev.fail(
        `reference to undeclared local value local.${name}`,
        node,
        `${this.prefix}local.${name}`
      );
    this.run.touch(spanKey(decl.file, decl.start, decl.end));
    return this.cached(
      this.locals,
      name,
      `local.${name}`,
      () => this.at(decl.file, decl.line, () => this.evalRaw(decl.raw))
    );
  }
  /** A lazy value with cycle and depth checks; errors inside it are reported, not thrown. */
  cached(map, key2, label, compute) {
    if (this.state.depth > MAX_LAZY_DEPTH) {
      this.report(`references nested deeper than ${MAX_LAZY_DEPTH} levels at ${this.prefix}${label}`);
      return new Unknown(`${this.prefix}${label}`);
    }
    try {
      return this.lazy(map, key2).get(this.run, () => {
        this.computing.push(label);
        this.state.depth++;
        try {
          return this.ev.isolated(compute);
        } finally {
          this.state.depth--;
          this.computing.pop();
        }
      });
    } catch (e) {
      if (!(e instanceof CycleError)) throw e;
      const from = this.computing.indexOf(label);
      const path = [...this.computing.slice(Math.max(from, 0)), label].join(" -> ");
      this.report(`cycle between values: ${path}`);
      return new Unknown(`${this.prefix}${label}`);
    }
  }
  lazy(map, key2) {
    let l = map.get(key2);
    if (!l) {
      l = new Lazy();
      map.set(key2, l);
    }
    return l;
  }
  // --- modules -----------------------------------------------------------------------------
  moduleReference(name, steps, node) {
    const call = this.config.calls.get(name);
    if (!call)
      return {
        value: this.ev.fail(
          `reference to undeclared module module.${name}`,
          node,
          `${this.prefix}module.${name}`
        ),
        used: 1
      };
    const address = `${this.prefix}module.${name}`;
    if (call.target.kind === "opaque" || call.target.kind === "broken")
      return { value: new Unknown(address), used: 1 };
    const instances = this.callInstances(call);
    const expanded = call.body.count !== void 0 || call.body.for_each !== void 0;
    let child;
    let used = 1;
    if (!expanded) {
      child = instances[0]?.child;
    } else {
      const idx = steps[1];
      if (idx?.kind !== "index") {
        const all = instances.map((i) => i.child.allOutputs());
        if (call.body.count !== void 0) return { value: all, used: 1 };
        return {
          value: newObject(instances.map((i, n) => [String(i.key.key ?? "*"), all[n]])),
          used: 1
        };
      }
      used = 2;
      child = (instances.find((i) => i.key.key !== null && String(i.key.key) === String(idx.key)) ?? instances.find((i) => i.key.key === null))?.child;
      if (!child)
        return {
          value: this.ev.fail(`module.${name} has no instance ${residual(idx.key)}`, node),
          used: steps.length
        };
    }
    if (!child) return { value: new Unknown(address), used: 1 };
    const out = steps[used];
    if (out?.kind !== "attr") return { value: child.allOutputs(), used };
    return { value: child.output(out.name, node, this), used: used + 1 };
  }
  /** The instances of a module call under the current decisions. */
  callInstances(call) {
    if (call.target.kind !== "local" && call.target.kind !== "downloaded") return [];
    const config = call.target.config;
    return this.expand(`module.${call.name}`, call).map((key2) => {
      const address = `${this.prefix}module.${call.name}${key2.suffix}`;
      const id = `${address}|${[...key2.bindings].map(([k, v]) => `${k}=${residual(v, 400)}`).join(",")}`;
      let child = this.children.get(id);
      if (!child) {
        child = new _ModuleInstance(this.state, config, address, {
          kind: "call",
          caller: this,
          call,
          scope: new Scope(key2.bindings)
        });
        this.children.set(id, child);
      }
      return { key: key2, child };
    });
  }
  output(name, node, caller) {
    const decl = this.config.outputs.get(name);
    if (!decl) return caller.ev.fail(`module ${this.address} has no output "${name}"`, node);
    return this.cached(
      this.outputs,
      name,
      `output.${name}`,
      () => this.at(decl.file, decl.line, () => this.evalRaw(decl.body.value))
    );
  }
  allOutputs() {
    const node = { k: "var", name: this.address, src: this.address, s: 0, e: this.address.length };
    return newObject(
      [...this.config.outputs.keys()].sort(compareStrings).map((n) => [n, this.output(n, node, this)])
    );
  }
  // --- managed resources -------------------------------------------------------------------
  resourceReference(type, name, node) {
    const decl = this.config.resources.get(`${type}.${name}`);
    if (!decl)
      return {
        value: this.ev.fail(
          `reference to undeclared resource ${type}.${name}`,
          node,
          `${this.prefix}${type}.${name}`
        ),
        used: 1
      };
    const ref = new RefObject(`${this.prefix}${type}.${name}`, "");
    if (decl.body.count === void 0 && decl.body.for_each === void 0) return { value: ref, used: 1 };
    const keys = this.expand(`${type}.${name}`, decl);
    if (keys.some((k) => k.key === null)) return { value: ref, used: 1 };
    if (decl.body.count !== void 0) return { value: keys.map((k) => ref.index(k.key)), used: 1 };
    return { value: newObject(keys.map((k) => [String(k.key), ref.index(k.key)])), used: 1 };
  }
  // --- files -------------------------------------------------------------------------------
  readFile(path) {
    const p = resolveInRepo(this.state.rootDir, path);
    if (p === null) {
      const from = this.state.rootDir === "" ? "the repository root" : this.state.rootDir;
      throw new FunctionError(
        `refusing to read ${JSON.stringify(path)} (relative to ${from}): the path leaves the repository`
      );
    }
    this.state.files.add(p);
    const r = readText(this.state.snapshot, p);
    if ("error" in r) throw new FunctionError(`cannot read ${p}: ${r.error}`);
    return r.text;
  }
  renderTemplate(text2, vars, path) {
    const tmpl = this.state.cache.template(text2);
    if (tmpl instanceof HclSyntaxError) throw new FunctionError(`template ${path}: ${tmpl.message}`);
    const scope = new Scope(new Map(Object.keys(vars).map((k) => [k, vars[k]])));
    if (tmpl.k === "template") return this.ev.template(tmpl.parts, scope, tmpl);
    return this.ev.eval(tmpl, scope);
  }
};
var EMPTY = /* @__PURE__ */ new Set();
function argumentLine(scanned, name) {
  for (const a of scanned.attributes) if (a.name === name) return a.line;
  for (const b of scanned.blocks) if (b.type === name) return b.line;
  return void 0;
}
function define(obj2, key2, value) {
  setOwn(obj2, key2, value);
}
function convertToType(value, type) {
  if (typeof type !== "string") return value;
  const t = type.replace(/^\$\{\s*|\s*\}$/g, "");
  if (/^set\(/.test(t) && Array.isArray(value)) {
    const seen = /* @__PURE__ */ new Set();
    const out = value.filter((v) => {
      const k = JSON.stringify(toJson(v));
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    return out.every((v) => typeof v === "string") ? out.sort(compareStrings) : out;
  }
  if (t === "number" && typeof value === "string" && /^-?[0-9]+(\.[0-9]+)?$/.test(value))
    return Number(value);
  if (t === "string" && (typeof value === "number" || typeof value === "boolean"))
    return toStringValue(value);
  return value;
}

// src/iac/terraform/variables.ts
function autoVarFiles(paths, rootDir) {
  const inRoot = filesIn(paths, rootDir);
  const named = (n) => inRoot.filter((p) => baseName(p) === n);
  const auto = inRoot.filter((p) => /\.auto\.tfvars(\.json)?$/.test(baseName(p))).sort();
  return [...named("terraform.tfvars"), ...named("terraform.tfvars.json"), ...auto];
}
async function loadVariableFiles(ctx, extra) {
  const out = /* @__PURE__ */ new Map();
  const files = [...autoVarFiles(ctx.snapshot.paths, ctx.rootDir), ...extra];
  for (const file of files) {
    ctx.files.add(file);
    const r = readText(ctx.snapshot, file);
    if ("error" in r) {
      ctx.errors.push({ file, message: `cannot read variable file: ${r.error}` });
      continue;
    }
    if (file.endsWith(".json")) {
      const parsed2 = parseJsonValues(file, r.text);
      if ("errors" in parsed2) {
        ctx.errors.push(...parsed2.errors);
        continue;
      }
      const lines = jsonKeyLines(r.text);
      for (const [k, v] of Object.entries(parsed2.body))
        out.set(k, { value: fromJson(v), file, line: lines.get(k) ?? 1 });
      continue;
    }
    const parsed = await parseHcl(file, r.text);
    if ("errors" in parsed) {
      ctx.errors.push(...parsed.errors);
      continue;
    }
    const scan = scanHcl(r.text);
    for (const [k, raw] of Object.entries(parsed.body)) {
      const line = scan.attributes.find((a) => a.name === k)?.line ?? 1;
      out.set(k, { value: literalValue(raw, file, line, ctx.errors), file, line });
    }
  }
  return out;
}
function literalValue(raw, file, line, errors) {
  const host = {
    run: new Run2(),
    functions: {
      readFile: () => {
        throw new FunctionError("file functions are not available in variable files");
      },
      renderTemplate: () => new Unknown("templatefile(\u2026)"),
      fileExists: () => false
    },
    reference: (root, _steps, ev2, node) => ({
      value: ev2.fail(`variable files cannot refer to ${root}. (${sourceOf(node)})`, node),
      used: 0
    }),
    report: (message) => errors.push({ file, line, message }),
    note: () => {
    }
  };
  const ev = new Evaluator(host);
  return evalLiteral(raw, ev, (msg) => errors.push({ file, line, message: msg }));
}
function evalLiteral(raw, ev, report) {
  if (typeof raw === "string") {
    if (!raw.includes("${") && !raw.includes("%{")) return raw;
    try {
      return ev.eval(parseTemplate(raw));
    } catch (e) {
      report(`cannot evaluate ${JSON.stringify(raw)}: ${e.message}`);
      return new Unknown(raw);
    }
  }
  if (Array.isArray(raw)) return raw.map((x) => evalLiteral(x, ev, report));
  if (isRecord(raw))
    return newObject(Object.entries(raw).map(([k, v]) => [k, evalLiteral(v, ev, report)]));
  if (typeof raw === "number" || typeof raw === "boolean") return raw;
  return null;
}
function jsonKeyLines(text2) {
  const out = /* @__PURE__ */ new Map();
  text2.split("\n").forEach((l, i) => {
    const m = /^\s*"((?:[^"\\]|\\.)*)"\s*:/.exec(l);
    if (m && !out.has(m[1])) out.set(m[1], i + 1);
  });
  return out;
}

// src/iac/terraform/read-root.ts
async function readTerraformRoot(snapshot, rootDir, options) {
  try {
    return await readRoot(snapshot, rootDir, options);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const file = normalizeDir(rootDir) || ".";
    return {
      resources: [],
      errors: [{ file, message: `internal error while reading this Terraform root: ${message}` }],
      files: []
    };
  }
}
async function readRoot(snapshot, rootDir, options) {
  const root = normalizeDir(rootDir);
  const ctx = {
    snapshot,
    cache: options.cache ?? createTerraformCache(),
    rootDir: root,
    errors: [],
    notes: [],
    files: /* @__PURE__ */ new Set(),
    downloaded: null
  };
  if (!filesIn(snapshot.paths, root).some(isTerraformFile)) {
    return {
      resources: [],
      errors: [{ file: root === "" ? "." : root, message: "no Terraform files in this directory" }],
      files: []
    };
  }
  ctx.downloaded = readDownloadedModules(ctx);
  const config = await loadModuleTree(ctx, root);
  const values = await loadVariableFiles(ctx, options.tfvars ?? []);
  for (const [name, v] of values) {
    if (!config.variables.has(name))
      ctx.notes.push(`${v.file}: a value is given for undeclared variable "${name}"`);
  }
  const state = {
    snapshot,
    cache: ctx.cache,
    rootDir: root,
    errors: ctx.errors,
    notes: new Set(ctx.notes),
    files: ctx.files,
    run: new Run2(),
    location: { file: config.files[0] ?? root, line: 1 },
    depth: 0
  };
  const rootInstance = new ModuleInstance(state, config, "", { kind: "root", values });
  const limit = options.maxVariants ?? 16;
  const resources = [];
  const collect = (path, where, produce) => {
    let result;
    try {
      result = enumerateVariants((run) => {
        state.run = run;
        let instances = [rootInstance];
        for (const call of path)
          instances = instances.flatMap((mi) => mi.callInstances(call).map((c) => c.child));
        return instances.flatMap(produce);
      }, limit);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      state.errors.push({
        file: where.file,
        line: where.line,
        message: `internal error while evaluating ${where.what}: ${message}`
      });
      return;
    }
    const { variants, truncated } = result;
    if (truncated) {
      state.errors.push({
        file: where.file,
        line: where.line,
        message: `${where.what} depends on more than ${limit} combinations of conditions that cannot be decided statically; only ${limit} were evaluated`
      });
    }
    resources.push(...mergeVariants(variants));
  };
  const walk = (cfg, path, prefix) => {
    for (const res of cfg.resources.values()) {
      if (!options.grantTypes.has(res.type)) continue;
      collect(path, { file: res.file, line: res.line, what: `${prefix}${res.type}.${res.name}` }, (mi) => {
        const expansion = state.run.traced(() => mi.expand(`${res.type}.${res.name}`, res));
        return expansion.value.map((k) => {
          const { value, trace } = state.run.traced(
            () => mi.at(
              res.file,
              res.line,
              () => mi.evalBody(res.body, new Scope(k.bindings), RESOURCE_META, res.scanned, res.file)
            )
          );
          return record(mi, {
            type: res.type,
            address: `${mi.prefix}${res.type}.${res.name}${k.suffix}`,
            file: res.file,
            line: res.line,
            span: [res.start, res.end],
            scanned: res.scanned,
            properties: plainProperties(value, state, res),
            touched: [trace.touched, expansion.trace.touched],
            unit: root
          });
        });
      });
    }
    for (const call of cfg.calls.values()) {
      if (call.target.kind === "local" || call.target.kind === "downloaded") {
        walk(call.target.config, [...path, call], `${prefix}module.${call.name}.`);
        continue;
      }
      if (call.target.kind !== "opaque") continue;
      collect(path, { file: call.file, line: call.line, what: `${prefix}module.${call.name}` }, (mi) => {
        const expansion = state.run.traced(() => mi.expand(`module.${call.name}`, call));
        return expansion.value.map((k) => {
          const { value, trace } = state.run.traced(
            () => mi.at(
              call.file,
              call.line,
              () => mi.evalBody(call.body, new Scope(k.bindings), MODULE_META, call.scanned, call.file)
            )
          );
          const properties = plainProperties(value, state, call);
          properties.source = call.source;
          return record(mi, {
            type: "module",
            address: `${mi.prefix}module.${call.name}${k.suffix}`,
            file: call.file,
            line: call.line,
            span: [call.start, call.end],
            scanned: call.scanned,
            properties,
            touched: [trace.touched, expansion.trace.touched],
            unit: root
          });
        });
      });
    }
  };
  walk(config, [], "");
  resources.sort(
    (a, b) => cmp(a.file, b.file) || a.line - b.line || cmp(a.address, b.address) || cmp(a.conditional ?? "", b.conditional ?? "")
  );
  const notes = [...state.notes].sort(cmp);
  return {
    resources,
    errors: dedupeErrors(state.errors),
    files: [...state.files].sort(cmp),
    ...notes.length > 0 ? { notes } : {}
  };
}
function plainProperties(value, state, at) {
  const out = {};
  for (const k of Object.keys(value)) {
    try {
      setOwn(out, k, toJson(value[k]));
    } catch (e) {
      if (!(e instanceof ConversionError)) throw e;
      state.errors.push({
        file: at.file,
        line: at.line,
        message: `argument ${k}: ${e.message}; it is not evaluated`
      });
      setOwn(out, k, new Unknown(k).toToken());
    }
  }
  return out;
}
function record(mi, r) {
  const scan = mi.config.scans.get(r.file);
  return {
    source: "terraform",
    type: r.type,
    address: r.address,
    file: r.file,
    line: r.line,
    unit: r.unit,
    properties: r.properties,
    pathLines: r.scanned ? pathLines(r.scanned) : {},
    valueLines: scan ? valueLines(scan, r.file, r.span, r.touched, r.properties) : {}
  };
}
function pathLines(block) {
  const out = {};
  const walk = (b, prefix) => {
    for (const a of b.attributes) {
      out[prefix + a.name] ??= a.line;
      a.items?.forEach((line, i) => {
        out[`${prefix}${a.name}/${i}`] ??= line;
      });
    }
    const counts = /* @__PURE__ */ new Map();
    for (const nested of b.blocks) {
      if (nested.type === "dynamic") {
        const label = nested.labels[0];
        if (label !== void 0) out[prefix + label] ??= nested.line;
        continue;
      }
      const i = counts.get(nested.type) ?? 0;
      counts.set(nested.type, i + 1);
      out[prefix + nested.type] ??= nested.line;
      out[`${prefix}${nested.type}/${i}`] = nested.line;
      walk(nested, `${prefix}${nested.type}/${i}/`);
    }
  };
  walk(block, "");
  return out;
}
var PRINCIPAL_LIKE = /[0-9]{12}|^arn:|^\*$|\$\{|amazonaws\.com|amazon\.com|^o-[a-z0-9]{10,32}$|^ou-|^r-[0-9a-z]{4,32}$|^[0-9a-f]{64}$|accounts\.google\.com|graph\.facebook\.com/;
function valueLines(scan, file, [start, end], touched, properties) {
  const out = {};
  const set = (v, line) => {
    if (!Object.hasOwn(out, v)) setOwn(out, v, line);
  };
  for (const [v, line] of spanIndex(scan, start, end)) set(v, line);
  const spans = [];
  const prefix = `${file}#`;
  if (!file.includes("#")) {
    for (const group of touched) {
      for (const t of group) {
        if (!t.startsWith(prefix)) continue;
        const [s, e] = t.slice(prefix.length).split("#");
        const span = [Number(s), Number(e)];
        if (span[0] < start || span[1] > end) spans.push(span);
      }
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  if (spans.length === 0) return out;
  let words;
  for (const [s, e] of spans) {
    const index = spanIndex(scan, s, e);
    if (index.size === 0) continue;
    words ??= wordsOf(renderText(JSON.stringify(properties)));
    if (index.size <= words.size) {
      for (const [w, line] of index) if (words.has(w)) set(w, line);
    } else {
      for (const w of words) {
        const line = index.get(w);
        if (line !== void 0) set(w, line);
      }
    }
  }
  return out;
}
var spanIndexes = /* @__PURE__ */ new WeakMap();
function spanIndex(scan, start, end) {
  let byFile = spanIndexes.get(scan);
  if (!byFile) {
    byFile = /* @__PURE__ */ new Map();
    spanIndexes.set(scan, byFile);
  }
  const key2 = `${start}#${end}`;
  let index = byFile.get(key2);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const lit of literalsIn(scan, start, end)) {
      for (const v of lineValues(lit)) if (PRINCIPAL_LIKE.test(v) && !index.has(v)) index.set(v, lit.line);
    }
    byFile.set(key2, index);
  }
  return index;
}
function wordsOf(text2) {
  const words = new Set(text2.split(/["\\\s,[\]{}]+/));
  for (const m of text2.matchAll(/[0-9]{12}/g)) words.add(m[0]);
  return words;
}
function mergeVariants(variants) {
  if (variants.length === 1) return variants[0].value;
  const signature = (r) => `${r.address}
${JSON.stringify(r.properties)}`;
  const seenIn = /* @__PURE__ */ new Map();
  for (const v of variants)
    for (const s of new Set(v.value.map(signature))) seenIn.set(s, (seenIn.get(s) ?? 0) + 1);
  const out = [];
  const emitted = /* @__PURE__ */ new Set();
  for (const v of variants) {
    const conditional = v.decisions.map((d) => `${d.description} (${d.branch ? "true" : "false"} branch)`).join("; ");
    for (const r of v.value) {
      const sig = signature(r);
      const always = seenIn.get(sig) === variants.length;
      const id = always ? sig : `${sig}
${conditional}`;
      if (emitted.has(id)) continue;
      emitted.add(id);
      out.push(always || conditional === "" ? r : { ...r, conditional });
    }
  }
  return out;
}
function dedupeErrors(errors) {
  const seen = /* @__PURE__ */ new Set();
  return errors.filter((e) => {
    const k = `${e.file}
${e.line ?? ""}
${e.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/catalog/known-accounts.json
var known_accounts_default = {
  $comment: "Generated by scripts/build-catalog.mjs from the data set below and aws-service-accounts.json; do not edit by hand.",
  dataset: {
    name: "known_aws_accounts",
    repository: "https://github.com/fwdcloudsec/known_aws_accounts",
    file: "accounts.yaml",
    commit: "c2922afb0450f63bad28865ff0784cdaa3a8b4e4",
    date: "2025-09-17",
    licence: "Apache-2.0",
    notice: "NOTICE",
    licenceFile: "src/catalog/known-accounts.LICENSE"
  },
  entries: [
    {
      accountId: "002294850712",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "002991280229",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "003033775354",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "006742885340",
      name: "Palo Alto Networks Cortex",
      kind: "vendor",
      source: "https://docs-cortex.paloaltonetworks.com/r/Cortex-XDR/Cortex-XDR-Pro-Administrator-Guide/Create-an-Assumed-Role",
      retrieved: "2025-09-17"
    },
    {
      accountId: "008923505280",
      name: "Grafana",
      kind: "vendor",
      source: "https://grafana.com/docs/grafana-cloud/integrations/integrations/integration-cloudwatch/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "009160069308",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "009996457667",
      name: "AWS Elastic Load Balancing log delivery (eu-west-3)",
      kind: "aws-service",
      region: "eu-west-3",
      source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
      retrieved: "2026-12-02"
    },
    {
      accountId: "010251424122",
      name: "Domo",
      kind: "vendor",
      source: "https://knowledge.domo.com/Connect/Connecting_to_Data_with_Connectors/Configuring_Each_Connector/Connectors_for_File_Retrieval/Amazon_S3_AssumeRole_Connector",
      retrieved: "2025-09-17"
    },
    {
      accountId: "012205512454",
      name: "Expel",
      kind: "vendor",
      source: "https://registry.terraform.io/modules/expel-io/cloudtrail/aws/latest",
      retrieved: "2025-09-17"
    },
    {
      accountId: "012615275169",
      name: "Tenable",
      kind: "vendor",
      source: "https://docs.tenable.com/tenableio/vulnerabilitymanagement/Content/Settings/Connectors_ConfigureAWS_KeylessAutoDiscovery.htm",
      retrieved: "2025-09-17"
    },
    {
      accountId: "013126148197",
      name: "AWS Redshift audit logging (me-south-1)",
      kind: "aws-service",
      region: "me-south-1",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html#db-auditing-bucket-permissions",
      retrieved: "2026-12-02"
    },
    {
      accountId: "013241004608",
      name: "AWS EKS ECR Repositories",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/eks/latest/userguide/add-ons-images.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "013944500484",
      name: "DisruptOps, Inc.",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "015990171708",
      name: "Claroty",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "017663287629",
      name: "New Relic",
      kind: "vendor",
      source: "https://docs.newrelic.com/docs/integrations/amazon-integrations/get-started/connect-aws-services-infrastructure",
      retrieved: "2025-09-17"
    },
    {
      accountId: "017920819041",
      name: "DoIt",
      kind: "vendor",
      source: "https://help.doit.com/docs/optimize/flexsave/aws",
      retrieved: "2025-09-17"
    },
    {
      accountId: "020402002396",
      name: "AWS API Gateway",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "024196225137",
      name: "DuckbillGroup",
      kind: "vendor",
      source: "https://www.lastweekinaws.com/blog/are-aws-account-ids-sensitive-information/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "027434742980",
      name: "AWS Elastic Load Balancing log delivery (us-west-1)",
      kind: "aws-service",
      region: "us-west-1",
      source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
      retrieved: "2026-12-02"
    },
    {
      accountId: "028811157404",
      name: "AWS Redshift logging",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "030157059230",
      name: "Hyperproof",
      kind: "vendor",
      source: "https://docs.hyperproof.io/user/en/hypersyncs/connecting-aws/cross-account-role",
      retrieved: "2025-09-17"
    },
    {
      accountId: "030935290150",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "032379705303",
      name: "BuildKite (log output)",
      kind: "vendor",
      source: "https://buildkite.com/docs/pipelines/managing-log-output",
      retrieved: "2025-09-17"
    },
    {
      accountId: "033677994240",
      name: "AWS Elastic Load Balancing log delivery (us-east-2)",
      kind: "aws-service",
      region: "us-east-2",
      source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
      retrieved: "2026-12-02"
    },
    {
      accountId: "034638983726",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "035351147821",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "036437403198",
      name: "Densify",
      kind: "vendor",
      source: "https://www.densify.com/docs/Content/Data_Collection_for_Public_Cloud_Systems/AWS_Data_Collection_Prerequisites_for_an_IAM_Role.htm",
      retrieved: "2025-09-17"
    },
    {
      accountId: "037604701340",
      name: "AWS Elastic Load Balancing log delivery (cn-northwest-1)",
      kind: "aws-service",
      region: "cn-northwest-1",
      source: "https://docs.amazonaws.cn/en_us/elasticloadbalancing/latest/application/enable-access-logging.html",
      retrieved: "2026-12-02"
    },
    {
      accountId: "039163547507",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "041313461515",
      name: "AWS Redshift logging",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "044642040396",
      name: "Plerion",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "048591011584",
      name: "AWS Elastic Load Balancing log delivery (us-gov-west-1)",
      kind: "aws-service",
      region: "us-gov-west-1",
      source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
      retrieved: "2026-12-02"
    },
    {
      accountId: "051362938876",
      name: "AWS Redshift logging",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "053454850223",
      name: "AWS Redshift audit logging (eu-central-1)",
      kind: "aws-service",
      region: "eu-central-1",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html#db-auditing-bucket-permissions",
      retrieved: "2026-12-02"
    },
    {
      accountId: "054676820928",
      name: "AWS Elastic Load Balancing log delivery (eu-central-1)",
      kind: "aws-service",
      region: "eu-central-1",
      source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
      retrieved: "2026-12-02"
    },
    {
      accountId: "056196542512",
      name: "SSLMate (Sandbox Site)",
      kind: "vendor",
      source: "https://sslmate.com/help/reference/misc#aws_integration",
      retrieved: "2025-09-17"
    },
    {
      accountId: "057012691312",
      name: "cloudsploit",
      kind: "vendor",
      source: "https://cloudsploit.freshdesk.com/support/solutions/articles/17000008755-connecting-an-aws-account-to-cloudsploit",
      retrieved: "2025-09-17"
    },
    {
      accountId: "057172825058",
      name: "Fugue",
      kind: "vendor",
      source: "https://docs.fugue.co/setup.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "061190967865",
      name: "CloudZero",
      kind: "vendor",
      source: "https://www.cloudzero.com/hubfs/CloudZero%20Configuration%20Guide%20-%20Automated.pdf",
      retrieved: "2025-09-17"
    },
    {
      accountId: "061510835048",
      name: "AWS API Gateway",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "062663104137",
      name: "Cloudera",
      kind: "vendor",
      source: "https://blog.cloudera.com/cloudera-altus-cloud-services-youre-in-control-part-2/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "062897671886",
      name: "Sophos",
      kind: "vendor",
      source: "https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-partner-providers.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "066549572091",
      name: "Epsagon",
      kind: "vendor",
      source: "https://docs.epsagon.com/docs/faq",
      retrieved: "2025-09-17"
    },
    {
      accountId: "066635153087",
      name: "AWS EKS ECR Repositories",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/eks/latest/userguide/add-ons-images.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "069019280451",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "071303700930",
      name: "Funnel",
      kind: "vendor",
      source: "https://help.funnel.io/en/articles/1494351-amazon-s3-bucket-configuration",
      retrieved: "2025-09-17"
    },
    {
      accountId: "075028567923",
      name: "AWS Redshift audit logging (sa-east-1)",
      kind: "aws-service",
      region: "sa-east-1",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html#db-auditing-bucket-permissions",
      retrieved: "2026-12-02"
    },
    {
      accountId: "076674570225",
      name: "AWS Elastic Load Balancing log delivery (me-south-1)",
      kind: "aws-service",
      region: "me-south-1",
      source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
      retrieved: "2026-12-02"
    },
    {
      accountId: "078992246105",
      name: "Telestream Cloud",
      kind: "vendor",
      source: "https://docs.telestream.dev/docs/aws-private-cloud",
      retrieved: "2025-09-17"
    },
    {
      accountId: "080595016317",
      name: "Qualys Cloud View",
      kind: "vendor",
      source: "https://qualysguard.qualys.com/qwebhelp/fo_portal/scans/ec2_connector.htm",
      retrieved: "2025-09-17"
    },
    {
      accountId: "081802104111",
      name: "Ermetic",
      kind: "vendor",
      source: "https://github.com/ermetic/utilities/blob/main/AWS/ControlTower/cloudformation/ermetic-controltower.yaml",
      retrieved: "2025-09-17"
    },
    {
      accountId: "085540434294",
      name: "Drata",
      kind: "vendor",
      source: "https://github.com/drata/terraform-aws-drata-autopilot-role/blob/f774d423a62df3a3dd03008a68c3b3d70b95be33/variables.tf#L1-L5",
      retrieved: "2025-09-17"
    },
    {
      accountId: "086441151436",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "089661699081",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "090321488786",
      name: "AWS Redshift audit logging (ap-northeast-3)",
      kind: "aws-service",
      region: "ap-northeast-3",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html#db-auditing-bucket-permissions",
      retrieved: "2026-12-02"
    },
    {
      accountId: "091741439927",
      name: "NETSCOUT",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "094919933512",
      name: "Nirmata",
      kind: "vendor",
      source: "https://nirmata-documentation.readthedocs.io/en/latest/CloudProviders.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "098369216593",
      name: "AWS Elastic Load Balancing log delivery (af-south-1)",
      kind: "aws-service",
      region: "af-south-1",
      source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
      retrieved: "2026-12-02"
    },
    {
      accountId: "099720109477",
      name: "Canonical",
      kind: "vendor",
      source: "https://ubuntu.com/server/docs/cloud-images/amazon-ec2",
      retrieved: "2025-09-17"
    },
    {
      accountId: "103749124141",
      name: "BigPanda",
      kind: "vendor",
      source: "https://docs.bigpanda.io/docs/etl-sync",
      retrieved: "2025-09-17"
    },
    {
      accountId: "107430051933",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "107630771604",
      name: "SegmentIO",
      kind: "vendor",
      source: "https://segment.com/docs/destinations/amazon-s3/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "109351309407",
      name: "AWS API Gateway",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "111890595117",
      name: "AWS Redshift audit logging (cn-north-1)",
      kind: "aws-service",
      region: "cn-north-1",
      source: "https://docs.amazonaws.cn/en_us/redshift/latest/mgmt/db-auditing.html#db-auditing-bucket-permissions",
      retrieved: "2026-12-02"
    },
    {
      accountId: "112070389366",
      name: "Holori",
      kind: "vendor",
      source: "https://doc.holori.com/Import%20from%20provider/connectaws/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "112543817624",
      name: "Splunk",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "113285607260",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "114774131450",
      name: "AWS Elastic Load Balancing log delivery (ap-southeast-1)",
      kind: "aws-service",
      region: "ap-southeast-1",
      source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
      retrieved: "2026-12-02"
    },
    {
      accountId: "118283430703",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "118652503430",
      name: "Presidio",
      kind: "vendor",
      source: "https://github.com/fwdcloudsec/known_aws_accounts/blob/c2922afb0450f63bad28865ff0784cdaa3a8b4e4/accounts.yaml",
      retrieved: "2025-09-17"
    },
    {
      accountId: "119688915426",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "122442690527",
      name: "Palo Alto Networks",
      kind: "vendor",
      source: "https://github.com/terraform-providers/terraform-provider-aws/issues/6674",
      retrieved: "2025-09-17"
    },
    {
      accountId: "122931797421",
      name: "teraproc",
      kind: "vendor",
      source: "http://www.teraproc.com/awskey/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "124790101291",
      name: "TrendMicro",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "124839743349",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "127311923021",
      name: "AWS Elastic Load Balancing log delivery (us-east-1)",
      kind: "aws-service",
      region: "us-east-1",
      source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
      retrieved: "2026-12-02"
    },
    {
      accountId: "129086577509",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "131827586825",
      name: "Oracle",
      kind: "vendor",
      source: "https://blogs.oracle.com/linux/post/running-oracle-linux-in-public-clouds",
      retrieved: "2025-09-17"
    },
    {
      accountId: "134183635603",
      name: "signalfx",
      kind: "vendor",
      source: "https://signalfx-product-docs.readthedocs-hosted.com/en/latest/getting-started/send-data.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "135916806842",
      name: "Orca Security",
      kind: "vendor",
      source: "https://orcasecurity.force.com/s/article/Orca-Scanner-Accounts-for-AWS-Trusted-Entities?topic=Onboarding&subtopic=AWS&article=Orca-Scanner-Accounts-for-AWS-Trusted-Entities",
      retrieved: "2025-09-17"
    },
    {
      accountId: "139710491120",
      name: "k9 security",
      kind: "vendor",
      source: "https://www.k9security.io/docs/how-to-configure-k9-access/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "142548018081",
      name: "TigerData",
      kind: "vendor",
      source: "https://docs.tigerdata.com/migrate/latest/livesync-for-s3/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "143972945659",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "144182107116",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "147995105371",
      name: "Trend Micro deepsecurity",
      kind: "vendor",
      source: "https://esupport.trendmicro.com/media/13166096/Generate-AWS-Role.pdf",
      retrieved: "2025-09-17"
    },
    {
      accountId: "151742754352",
      name: "AWS EKS ECR Repositories",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/eks/latest/userguide/add-ons-images.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "151784055945",
      name: "Barracuda Networks",
      kind: "vendor",
      source: "https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-partner-providers.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "152659312504",
      name: "Slack EKM",
      kind: "vendor",
      source: "https://slackhq.com/dotcom/dotcom/wp-content/uploads/sites/6/2019/08/Slack-EKM-Implementation-Guide-1.pdf",
      retrieved: "2025-09-17"
    },
    {
      accountId: "156460612806",
      name: "AWS Elastic Load Balancing log delivery (eu-west-1)",
      kind: "aws-service",
      region: "eu-west-1",
      source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
      retrieved: "2026-12-02"
    },
    {
      accountId: "160190466495",
      name: "Temporal Technologies, Inc.",
      kind: "vendor",
      source: "https://temporal-auditlogs-config.s3.us-west-2.amazonaws.com/cloudformation/iam-role-for-temporal-audit-logs.yaml",
      retrieved: "2025-09-17"
    },
    {
      accountId: "163602625436",
      name: "StackGuardian",
      kind: "vendor",
      source: "https://docs.stackguardian.io/docs/connectors/csp/aws",
      retrieved: "2025-09-17"
    },
    {
      accountId: "165736516723",
      name: "Cloudability",
      kind: "vendor",
      source: "https://github.com/edrans/tf-aws-iam-cloudability",
      retrieved: "2025-09-17"
    },
    {
      accountId: "166639821150",
      name: "AWS API Gateway",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "168085023892",
      name: "RedisCloud",
      kind: "vendor",
      source: "https://redis.io/kb/doc/1yfuezjxdv/migrating-from-elasticache-to-redis-cloud-via-s3-bucket",
      retrieved: "2025-09-17"
    },
    {
      accountId: "173985203412",
      name: "Plerion",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "174803364771",
      name: "AWS API Gateway",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "175877067165",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "178123968615",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "178591426237",
      name: "Xi Frame",
      kind: "vendor",
      source: "https://github.com/fwdcloudsec/known_aws_accounts/blob/c2922afb0450f63bad28865ff0784cdaa3a8b4e4/accounts.yaml",
      retrieved: "2025-09-17"
    },
    {
      accountId: "179619298502",
      name: "Starburst",
      kind: "vendor",
      source: "https://docs.starburst.io/starburst-galaxy/security-and-compliance/manage-cluster-connectivity/private-connections/aws-privatelink-for-rds.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "181328463391",
      name: "Microsoft Purview",
      kind: "vendor",
      source: "https://learn.microsoft.com/en-us/purview/register-scan-amazon-rds",
      retrieved: "2025-09-17"
    },
    {
      accountId: "183060441923",
      name: "Quartzy",
      kind: "vendor",
      source: "https://support.quartzy.com/hc/en-us/articles/12312389576731-Benchling-Integration-Setup-Guide",
      retrieved: "2025-09-17"
    },
    {
      accountId: "187074758985",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "188461706213",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "188619942792",
      name: "Redlock - PrismaCloud",
      kind: "vendor",
      source: "https://docs.paloaltonetworks.com/prisma/prisma-cloud/prisma-cloud-admin/connect-your-cloud-platform-to-prisma-cloud/onboard-aws/manually-set-up-prisma-cloud-role-for-aws",
      retrieved: "2025-09-17"
    },
    {
      accountId: "190560391635",
      name: "AWS Elastic Load Balancing log delivery (us-gov-east-1)",
      kind: "aws-service",
      region: "us-gov-east-1",
      source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
      retrieved: "2026-12-02"
    },
    {
      accountId: "190812797848",
      name: "Monte Carlo",
      kind: "vendor",
      source: "https://docs.getmontecarlo.com/docs/create-and-register-an-aws-agent",
      retrieved: "2025-09-17"
    },
    {
      accountId: "192799248640",
      name: "Nordcloud",
      kind: "vendor",
      source: "https://docs.klarity.nordcloudapp.com/onboarding-billing/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "193415116832",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "193672423079",
      name: "AWS Redshift audit logging (us-east-1)",
      kind: "aws-service",
      region: "us-east-1",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html#db-auditing-bucket-permissions",
      retrieved: "2026-12-02"
    },
    {
      accountId: "195145609632",
      name: "AWS API Gateway",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "197857026523",
      name: "Azure Sentinel",
      kind: "vendor",
      source: "https://github.com/fwdcloudsec/known_aws_accounts/blob/c2922afb0450f63bad28865ff0784cdaa3a8b4e4/accounts.yaml",
      retrieved: "2025-09-17"
    },
    {
      accountId: "198361731867",
      name: "Snyk",
      kind: "vendor",
      source: "https://support.snyk.io/hc/en-us/articles/360004002418-AWS-Lambda-integration",
      retrieved: "2025-09-17"
    },
    {
      accountId: "200235630647",
      name: "VManage",
      kind: "vendor",
      source: "https://www.cisco.com/c/en/us/td/docs/routers/sdwan/configuration/Network-Optimization-and-High-Availability/Network-Optimization-High-Availability-book/b_Network-Optimization-and-HA_chapter_00.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "202279780353",
      name: "nOps",
      kind: "vendor",
      source: "https://help.nops.io/manual_setup",
      retrieved: "2025-09-17"
    },
    {
      accountId: "202754554539",
      name: "Archera",
      kind: "vendor",
      source: "https://help.archera.ai/en/articles/5611146-what-is-the-archera-aws-account-id",
      retrieved: "2025-09-17"
    },
    {
      accountId: "203796963081",
      name: "MadKudu",
      kind: "vendor",
      source: "https://support.madkudu.com/hc/en-us/articles/360036908291-Amazon-S3-Giving-MadKudu-access-to-an-S3-bucket",
      retrieved: "2025-09-17"
    },
    {
      accountId: "205499583182",
      name: "ProsperOps",
      kind: "vendor",
      source: "https://console.prosperops.com/onboarding",
      retrieved: "2025-09-17"
    },
    {
      accountId: "205767712438",
      name: "Qualys Cloud View",
      kind: "vendor",
      source: "https://qualysguard.qualys.com/qwebhelp/fo_portal/scans/ec2_connector.htm",
      retrieved: "2025-09-17"
    },
    {
      accountId: "210876761215",
      name: "AWS Redshift audit logging (eu-west-1)",
      kind: "aws-service",
      region: "eu-west-1",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html#db-auditing-bucket-permissions",
      retrieved: "2026-12-02"
    },
    {
      accountId: "213217834095",
      name: "Sonrai Security",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "216624486486",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "216690786812",
      name: "Rockset",
      kind: "vendor",
      source: "https://docs.rockset.com/documentation/docs/customer-managed-encryption-keys",
      retrieved: "2025-09-17"
    },
    {
      accountId: "217452466226",
      name: "Mackerel",
      kind: "vendor",
      source: "https://mackerel.io/docs/entry/integrations/aws#:~:text=How%20to%20configure%20an%20IAM%20role",
      retrieved: "2025-09-17"
    },
    {
      accountId: "218546966473",
      name: "Stitch",
      kind: "vendor",
      source: "https://www.stitchdata.com/docs/destinations/amazon-s3/connecting-an-amazon-s3-data-warehouse-to-stitch",
      retrieved: "2025-09-17"
    },
    {
      accountId: "220197662125",
      name: "Testable",
      kind: "vendor",
      source: "https://docs.testable.io/guides/self-hosted-aws.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "225965583551",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "226609089145",
      name: "sst.dev",
      kind: "vendor",
      source: "https://github.com/sst/sst/blob/master/packages/sst/src/constructs/NextjsSite.ts",
      retrieved: "2025-09-17"
    },
    {
      accountId: "230378978437",
      name: "AlertLogic",
      kind: "vendor",
      source: "https://docs.alertlogic.com/prepare/iam-role-creation.htm#top",
      retrieved: "2025-09-17"
    },
    {
      accountId: "232482882421",
      name: "Cloudinary",
      kind: "vendor",
      source: "https://support.cloudinary.com/hc/en-us/articles/203276521-How-do-I-allow-Cloudinary-to-read-from-my-private-S3-bucket-",
      retrieved: "2025-09-17"
    },
    {
      accountId: "232771856781",
      name: "sst.dev",
      kind: "vendor",
      source: "https://github.com/sst/sst/blob/master/packages/sst/src/constructs/NextjsSite.ts",
      retrieved: "2025-09-17"
    },
    {
      accountId: "239734009475",
      name: "AlertLogic",
      kind: "vendor",
      source: "https://docs.alertlogic.com/prepare/iam-role-creation.htm#top",
      retrieved: "2025-09-17"
    },
    {
      accountId: "241254095402",
      name: "Kustomer",
      kind: "vendor",
      source: "https://help.kustomer.com/en_us/amazon-kinesis-data-streams-rJhIYV2fM",
      retrieved: "2025-09-17"
    },
    {
      accountId: "242987662583",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "243001516183",
      name: "Snotra",
      kind: "vendor",
      source: "https://snotra.cloud/about",
      retrieved: "2025-09-17"
    },
    {
      accountId: "246478207311",
      name: "AWS Redshift logging",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "247460962669",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "249472122084",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "253602268883",
      name: "RunReveal",
      kind: "vendor",
      source: "https://runreveal-public-assets.s3.us-east-2.amazonaws.com/runreveal-cloudformation.yml",
      retrieved: "2025-09-17"
    },
    {
      accountId: "255798382450",
      name: "Turbot",
      kind: "vendor",
      source: "https://turbot.com/v5/docs/integrations/aws/import-aws-account",
      retrieved: "2025-09-17"
    },
    {
      accountId: "258201882842",
      name: "Postman",
      kind: "vendor",
      source: "https://learning.postman.com/docs/designing-and-developing-your-api/deploying-an-api/deploying-an-api-aws/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "262260360010",
      name: "AWS Redshift audit logging (us-west-1)",
      kind: "aws-service",
      region: "us-west-1",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html#db-auditing-bucket-permissions",
      retrieved: "2026-12-02"
    },
    {
      accountId: "262312530599",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "263844535661",
      name: "Sysdig",
      kind: "vendor",
      source: "https://docs.sysdig.com/en/docs/administration/saas-regions-and-ip-ranges/#aws-account-ids",
      retrieved: "2025-09-17"
    },
    {
      accountId: "264756907367",
      name: "FireEye",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "265975144233",
      name: "SignifAI",
      kind: "vendor",
      source: "https://docs.signifai.io/docs/amazon-web-services",
      retrieved: "2025-09-17"
    },
    {
      accountId: "269135526815",
      name: "Drata",
      kind: "vendor",
      source: "https://github.com/drata/terraform-aws-drata-autopilot-role/blob/f774d423a62df3a3dd03008a68c3b3d70b95be33/variables.tf#L1-L5",
      retrieved: "2025-09-17"
    },
    {
      accountId: "270852171095",
      name: "CloudWisdom, metricly",
      kind: "vendor",
      source: "https://github.com/fwdcloudsec/known_aws_accounts/blob/c2922afb0450f63bad28865ff0784cdaa3a8b4e4/accounts.yaml",
      retrieved: "2025-09-17"
    },
    {
      accountId: "279843869311",
      name: "DoIt",
      kind: "vendor",
      source: "https://help.doit.com/docs/optimize/flexsave/aws",
      retrieved: "2025-09-17"
    },
    {
      accountId: "281013829959",
      name: "hava",
      kind: "vendor",
      source: "https://github.com/teamhava/hava-integration-controltower/blob/main/lambda/README.md",
      retrieved: "2025-09-17"
    },
    {
      accountId: "282025262664",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "282028653949",
      name: "LogicMonitor",
      kind: "vendor",
      source: "https://github.com/fwdcloudsec/known_aws_accounts/blob/c2922afb0450f63bad28865ff0784cdaa3a8b4e4/accounts.yaml",
      retrieved: "2025-09-17"
    },
    {
      accountId: "283769539786",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "284668455005",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "287228555773",
      name: "AWS API Gateway",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "287590803701",
      name: "Turbot",
      kind: "vendor",
      source: "https://turbot.com/v5/docs/integrations/aws/import-aws-account",
      retrieved: "2025-09-17"
    },
    {
      accountId: "292230061137",
      name: "CrowdStrike",
      kind: "vendor",
      source: "https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-partner-providers.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "296578399912",
      name: "AWS EKS ECR Repositories",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/eks/latest/userguide/add-ons-images.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "297058826802",
      name: "AWS Redshift logging",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "297986523463",
      name: "McAfee",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "299900769157",
      name: "Doppler",
      kind: "vendor",
      source: "https://docs.doppler.com/docs/aws-iam",
      retrieved: "2025-09-17"
    },
    {
      accountId: "305753120797",
      name: "EDB Postgres",
      kind: "vendor",
      source: "https://www.enterprisedb.com/edb-docs/d/edb-postgres-ark-platform/user-guides/administrative-users-guide/3.0/EDB_Ark_Administrative_User_Guide.1.20.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "307160386991",
      name: "AWS Redshift audit logging (eu-west-2)",
      kind: "aws-service",
      region: "eu-west-2",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html#db-auditing-bucket-permissions",
      retrieved: "2026-12-02"
    },
    {
      accountId: "307185671274",
      name: "Scale",
      kind: "vendor",
      source: "https://scale.com/docs/aws-s3",
      retrieved: "2025-09-17"
    },
    {
      accountId: "307653271100",
      name: "MVision ePO",
      kind: "vendor",
      source: "https://docs.mcafee.com/bundle/prod-name-n.n.x-guide-type/page/GUID-9B6E696A-78DA-4F41-A0FC-39699DD39639.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "310125036783",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "310957700191",
      name: "CloudYali",
      kind: "vendor",
      source: "https://docs.cloudyali.io/docs/connecting_aws",
      retrieved: "2025-09-17"
    },
    {
      accountId: "313564881002",
      name: "AWS Redshift audit logging (ap-east-1)",
      kind: "aws-service",
      region: "ap-east-1",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html#db-auditing-bucket-permissions",
      retrieved: "2026-12-02"
    },
    {
      accountId: "314658760392",
      name: "StackDriver",
      kind: "vendor",
      source: "https://web.archive.org/web/20150423044518/https://support.stackdriver.com/customer/portal/articles/1491790-setting-up-stackdriver-for-your-aws-account",
      retrieved: "2025-09-17"
    },
    {
      accountId: "316881668097",
      name: "Steampipe Cloud",
      kind: "vendor",
      source: "https://cloud.steampipe.io/user/<USER-NAME>/create/connection",
      retrieved: "2025-09-17"
    },
    {
      accountId: "318212636800",
      name: "Rockset",
      kind: "vendor",
      source: "https://docs.rockset.com/documentation/docs/customer-managed-encryption-keys",
      retrieved: "2025-09-17"
    },
    {
      accountId: "322919613312",
      name: "Common Room",
      kind: "vendor",
      source: "https://www.commonroom.io/docs/signals/product-usage-integrations/s3/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "324264561773",
      name: "Guardicore",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "324528010823",
      name: "Hightouch",
      kind: "vendor",
      source: "https://hightouch.com/docs/security/aws",
      retrieved: "2025-09-17"
    },
    {
      accountId: "324880187172",
      name: "Spacelift",
      kind: "vendor",
      source: "https://docs.spacelift.io/integrations/cloud-providers/aws",
      retrieved: "2025-09-17"
    },
    {
      accountId: "328067584297",
      name: "globus",
      kind: "vendor",
      source: "https://docs.globus.org/how-to/amazon-aws-s3-endpoints/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "328676173091",
      name: "orbitera",
      kind: "vendor",
      source: "https://support.orbitera.com/support/solutions/articles/147040-add-new-aws-accounts",
      retrieved: "2025-09-17"
    },
    {
      accountId: "336818582268",
      name: "Rapid7",
      kind: "vendor",
      source: "https://insightvm.help.rapid7.com/docs/aws-connect-to-cloud-configuration-assessment",
      retrieved: "2025-09-17"
    },
    {
      accountId: "338661164609",
      name: "mParticle",
      kind: "vendor",
      source: "https://docs.mparticle.com/guides/data-warehouse-sync/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "339405024189",
      name: "Domo",
      kind: "vendor",
      source: "https://knowledge.domo.com/Connect/Connecting_to_Data_with_Connectors/Configuring_Each_Connector/Connectors_for_File_Retrieval/Amazon_S3_AssumeRole_Connector",
      retrieved: "2025-09-17"
    },
    {
      accountId: "340457201789",
      name: "Upwind",
      kind: "vendor",
      source: "https://docs.upwind.io/public/getting-started/connect-cloud-account/aws/v1/organization#run-cloudformation-stackset-template",
      retrieved: "2025-09-17"
    },
    {
      accountId: "340481513670",
      name: "Anodot",
      kind: "vendor",
      source: "https://support.anodot.com/hc/en-us/articles/360034553113-Enable-Reading-from-the-Kinesis-Stream",
      retrieved: "2025-09-17"
    },
    {
      accountId: "341876425553",
      name: "Census",
      kind: "vendor",
      source: "https://docs.getcensus.com/sources/available-sources/s3",
      retrieved: "2025-09-17"
    },
    {
      accountId: "345186984524",
      name: "Armor Anywhere",
      kind: "vendor",
      source: "https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-partner-providers.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "351456651185",
      name: "Ox",
      kind: "vendor",
      source: "https://docs.ox.security/making-connections/aws",
      retrieved: "2025-09-17"
    },
    {
      accountId: "352813966189",
      name: "CloudCheckr",
      kind: "vendor",
      source: "https://support.cloudcheckr.com/cloudcheckr-api-userguide/cloudcheckr-admin-api-reference-guide/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "353360065216",
      name: "Workato",
      kind: "vendor",
      source: "https://docs.workato.com/connectors/s3.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "353488359550",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "354116250941",
      name: "Temporal Technologies, Inc.",
      kind: "vendor",
      source: "https://temporal-auditlogs-config.s3.us-west-2.amazonaws.com/cloudformation/iam-role-for-temporal-audit-logs.yaml",
      retrieved: "2025-09-17"
    },
    {
      accountId: "359345898052",
      name: "AWS API Gateway",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "361669875840",
      name: "AWS Redshift audit logging (ap-southeast-1)",
      kind: "aws-service",
      region: "ap-southeast-1",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html#db-auditing-bucket-permissions",
      retrieved: "2026-12-02"
    },
    {
      accountId: "365689465814",
      name: "AWS Redshift audit logging (af-south-1)",
      kind: "aws-service",
      region: "af-south-1",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html#db-auditing-bucket-permissions",
      retrieved: "2026-12-02"
    },
    {
      accountId: "365761988620",
      name: "Forcepoint",
      kind: "vendor",
      source: "https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-partner-providers.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "368064434614",
      name: "AWS Redshift logging",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "370134896156",
      name: "Fugue",
      kind: "vendor",
      source: "https://docs.fugue.co/setup.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "371444783282",
      name: "SendSafely",
      kind: "vendor",
      source: "https://sendsafely.zendesk.com/hc/en-us/articles/360028308212-Configuring-your-own-S3-Bucket-for-use-with-SendSafely",
      retrieved: "2025-09-17"
    },
    {
      accountId: "376248598259",
      name: "Weave Cloud",
      kind: "vendor",
      source: "https://eksctl.io/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "378365507264",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "380873608913",
      name: "Sonrai Security",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "381031177744",
      name: "AttackIQ",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "383009515534",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "383597477331",
      name: "AWS Elastic Load Balancing log delivery (ap-northeast-3)",
      kind: "aws-service",
      region: "ap-northeast-3",
      source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
      retrieved: "2026-12-02"
    },
    {
      accountId: "386209384616",
      name: "AWS Billing",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/billing-getting-started.html#step-2",
      retrieved: "2025-09-17"
    },
    {
      accountId: "386705975570",
      name: "mParticle",
      kind: "vendor",
      source: "https://docs.mparticle.com/guides/data-warehouse-sync/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "387553343826",
      name: "Cloudera",
      kind: "vendor",
      source: "https://blog.cloudera.com/cloudera-altus-cloud-services-youre-in-control-part-2/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "388731089494",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "391106570357",
      name: "AWS Redshift audit logging (us-east-2)",
      kind: "aws-service",
      region: "us-east-2",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html#db-auditing-bucket-permissions",
      retrieved: "2026-12-02"
    },
    {
      accountId: "391854517948",
      name: "Cloudflare",
      kind: "vendor",
      source: "https://developers.cloudflare.com/logs/logpush/aws-s3",
      retrieved: "2025-09-17"
    },
    {
      accountId: "392220576650",
      name: "AWS API Gateway",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "392442076723",
      name: "AWS Redshift logging",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "393309748692",
      name: "Hevo",
      kind: "vendor",
      source: "https://docs.hevodata.com/destinations/cloud-storage-based/amazon-s3-destination/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "393649089167",
      name: "Spotinst",
      kind: "vendor",
      source: "https://docs.spot.io/connect-your-cloud-provider/first-account/aws-manually",
      retrieved: "2025-09-17"
    },
    {
      accountId: "393727464233",
      name: "Summit Route",
      kind: "vendor",
      source: "https://summitroute.com/aws_security_assessments/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "394634713161",
      name: "AWS API Gateway",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "395540211253",
      name: "Zencoder",
      kind: "vendor",
      source: "https://support.brightcove.com/using-zencoder-s3",
      retrieved: "2025-09-17"
    },
    {
      accountId: "398671365691",
      name: "AWS Redshift logging",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "398997493752",
      name: "unusd.cloud",
      kind: "vendor",
      source: "https://unusd-cloud-saas-prod-artifacts-spoke.s3.eu-west-1.amazonaws.com/spoke-role.yml",
      retrieved: "2025-09-17"
    },
    {
      accountId: "404001805210",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "404641285394",
      name: "AWS Redshift audit logging (ap-northeast-1)",
      kind: "aws-service",
      region: "ap-northeast-1",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html#db-auditing-bucket-permissions",
      retrieved: "2026-12-02"
    },
    {
      accountId: "405773942477",
      name: "Axonius.com",
      kind: "vendor",
      source: "https://github.com/fwdcloudsec/known_aws_accounts/blob/c2922afb0450f63bad28865ff0784cdaa3a8b4e4/accounts.yaml",
      retrieved: "2025-09-17"
    },
    {
      accountId: "406095609952",
      name: "Logz.io",
      kind: "vendor",
      source: "https://github.com/fwdcloudsec/known_aws_accounts/blob/c2922afb0450f63bad28865ff0784cdaa3a8b4e4/accounts.yaml",
      retrieved: "2025-09-17"
    },
    {
      accountId: "408097707231",
      name: "AWS Redshift logging",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "414351767826",
      name: "Databricks",
      kind: "vendor",
      source: "https://docs.databricks.com/administration-guide/account-settings/aws-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "414502572119",
      name: "rev.com",
      kind: "vendor",
      source: "https://www.rev.com/api/s3bucketpolicy",
      retrieved: "2025-09-17"
    },
    {
      accountId: "420376844563",
      name: "AWS Redshift logging",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "422074288268",
      name: "RudderStack",
      kind: "vendor",
      source: "https://www.rudderstack.com/docs/destinations/aws-iam-role-for-rudderstack/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "422820575223",
      name: "Tenable",
      kind: "vendor",
      source: "https://docs.tenable.com/tenableio/vulnerabilitymanagement/Content/Settings/Connectors_ConfigureAWS_KeylessAutoDiscovery.htm",
      retrieved: "2025-09-17"
    },
    {
      accountId: "423155938983",
      name: "SSLMate",
      kind: "vendor",
      source: "https://sslmate.com/help/reference/misc#aws_integration",
      retrieved: "2025-09-17"
    },
    {
      accountId: "428641199958",
      name: "Upsolver",
      kind: "vendor",
      source: "https://github.com/fwdcloudsec/known_aws_accounts/blob/c2922afb0450f63bad28865ff0784cdaa3a8b4e4/accounts.yaml",
      retrieved: "2025-09-17"
    },
    {
      accountId: "429269239926",
      name: "QRadar",
      kind: "vendor",
      source: "https://github.com/fwdcloudsec/known_aws_accounts/blob/c2922afb0450f63bad28865ff0784cdaa3a8b4e4/accounts.yaml",
      retrieved: "2025-09-17"
    },
    {
      accountId: "429538831549",
      name: "Slack EKM",
      kind: "vendor",
      source: "https://slackhq.com/dotcom/dotcom/wp-content/uploads/sites/6/2019/08/Slack-EKM-Implementation-Guide-1.pdf",
      retrieved: "2025-09-17"
    },
    {
      accountId: "430639793359",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "432263259397",
      name: "Azure Billing Management",
      kind: "vendor",
      source: "https://docs.microsoft.com/en-us/azure/cost-management/aws-integration-manage",
      retrieved: "2025-09-17"
    },
    {
      accountId: "434091160558",
      name: "AWS Redshift logging",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "434813966438",
      name: "Lacework",
      kind: "vendor",
      source: "https://support.lacework.com/hc/en-us/articles/360017546933-Getting-Started",
      retrieved: "2025-09-17"
    },
    {
      accountId: "436163563069",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "438908802199",
      name: "Qualys",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "440082503234",
      name: "KubeCost",
      kind: "vendor",
      source: "https://docs.kubecost.com/v/1.0x/install-and-configure/install/cloud-integration/aws-cloud-integrations/aws-cloud-integration-using-irsa",
      retrieved: "2025-09-17"
    },
    {
      accountId: "445632894446",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "447226417196",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "448721096076",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "451234325714",
      name: "Flexera",
      kind: "vendor",
      source: "https://github.com/flexera-public/aws-control-tower/blob/1da3eb7d96e6f31cf64fa317d77a3405ac61431f/template/flexeraOptimaAWSControlTower.yaml#L227",
      retrieved: "2025-09-17"
    },
    {
      accountId: "452118225523",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "452565589796",
      name: "AWS Commerce Analytics Service",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/marketplace/latest/userguide/commerce-analytics-service.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "453052556044",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "453761072151",
      name: "Turbot",
      kind: "vendor",
      source: "https://turbot.com/v5/docs/integrations/aws/import-aws-account",
      retrieved: "2025-09-17"
    },
    {
      accountId: "454464851268",
      name: "Cloudhealth",
      kind: "vendor",
      source: "https://github.com/mozilla/security/blob/master/operations/cloudformation-templates/cloudhealth_iam_role.json",
      retrieved: "2025-09-17"
    },
    {
      accountId: "455263428931",
      name: "AWS EKS ECR Repositories",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/eks/latest/userguide/add-ons-images.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "457424274508",
      name: "Codeshield",
      kind: "vendor",
      source: "https://codeshield-public-templates-production.s3.eu-central-1.amazonaws.com/aws_connect_codeshield.yml",
      retrieved: "2025-09-17"
    },
    {
      accountId: "457615622431",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "461305247324",
      name: "SafeGraph",
      kind: "vendor",
      source: "https://docs.safegraph.com/docs/s3#s3-bucket-configuration",
      retrieved: "2025-09-17"
    },
    {
      accountId: "463932680998",
      name: "Orca Security",
      kind: "vendor",
      source: "https://orcasecurity.force.com/s/article/Orca-Scanner-Accounts-for-AWS-Trusted-Entities?topic=Onboarding&subtopic=AWS&article=Orca-Scanner-Accounts-for-AWS-Trusted-Entities",
      retrieved: "2025-09-17"
    },
    {
      accountId: "464168911255",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "464622532012",
      name: "Datadog",
      kind: "vendor",
      source: "https://docs.datadoghq.com/integrations/guide/aws-manual-setup/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "473191095985",
      name: "AWS Redshift logging",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "474240146802",
      name: "AWS API Gateway",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "475085895292",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "476299211833",
      name: "StackGuardian",
      kind: "vendor",
      source: "https://docs.stackguardian.io/docs/connectors/csp/aws",
      retrieved: "2025-09-17"
    },
    {
      accountId: "476419727788",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "478299826944",
      name: "skeddly",
      kind: "vendor",
      source: "http://thecloudmarket.com/owner/478299826944",
      retrieved: "2025-09-17"
    },
    {
      accountId: "480864352451",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "485979073181",
      name: "AWS Redshift logging",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "490991382221",
      name: "Contrast Security",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "491585149902",
      name: "AWS EKS ECR Repositories",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/eks/latest/userguide/add-ons-images.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "492519147666",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "496947949261",
      name: "Redlock - PrismaCloud",
      kind: "vendor",
      source: "https://docs.paloaltonetworks.com/prisma/prisma-cloud/prisma-cloud-admin/connect-your-cloud-platform-to-prisma-cloud/onboard-aws/manually-set-up-prisma-cloud-role-for-aws",
      retrieved: "2025-09-17"
    },
    {
      accountId: "506403581195",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "507069717855",
      name: "AWS API Gateway",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "507241528517",
      name: "AWS Elastic Load Balancing log delivery (sa-east-1)",
      kind: "aws-service",
      region: "sa-east-1",
      source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
      retrieved: "2026-12-02"
    },
    {
      accountId: "507897595701",
      name: "Rackspace",
      kind: "vendor",
      source: "https://manage.rackspace.com/aws/docs/product-guide/patching/ec2/meltdown.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "509560245411",
      name: "dynatrace",
      kind: "vendor",
      source: "https://help.dynatrace.com/monitor-cloud-virtualization-and-hosts/cloud/how-do-i-start-amazon-web-services-monitoring/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "515570774723",
      name: "ChaosSearch",
      kind: "vendor",
      source: "https://docs.chaossearch.io/docs/prerequisites",
      retrieved: "2025-09-17"
    },
    {
      accountId: "517716713836",
      name: "CrowdStrike",
      kind: "vendor",
      source: "https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-partner-providers.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "525325868955",
      name: "Anyscale",
      kind: "vendor",
      source: "https://docs.anyscale.com/1.0.0/cloud-deployment/aws/manage-clouds/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "525921808201",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "526464060896",
      name: "mParticle",
      kind: "vendor",
      source: "https://docs.mparticle.com/guides/data-warehouse-sync/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "529900636122",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "530014582677",
      name: "Rackspace",
      kind: "vendor",
      source: "https://manage.rackspace.com/aws/docs/product-guide/patching/ec2/meltdown.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "536727724300",
      name: "MongoDB Atlas",
      kind: "vendor",
      source: "https://github.com/mongodb/mongodbatlas-cloudformation-resources/blob/50e556bb4641ac6baed07a3b3b5bbf28c01d73bc/cfn-resources/datalakes/test/add-policy.json",
      retrieved: "2025-09-17"
    },
    {
      accountId: "540339316802",
      name: "CenturyLinkCloud",
      kind: "vendor",
      source: "https://www.ctl.io/knowledge-base/cloud-application-manager/deploying-anywhere/using-your-aws-account/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "544388816663",
      name: "AWS API Gateway",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "545334166883",
      name: "CloudHiro",
      kind: "vendor",
      source: "https://cloudhiro.com/AWS/AWSRegistrationGuide.php",
      retrieved: "2025-09-17"
    },
    {
      accountId: "546914126324",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "552740612889",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "553461782468",
      name: "AWS Redshift logging",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "553950354547",
      name: "Orca Security",
      kind: "vendor",
      source: "https://orcasecurity.force.com/s/article/Orca-Scanner-Accounts-for-AWS-Trusted-Entities?topic=Onboarding&subtopic=AWS&article=Orca-Scanner-Accounts-for-AWS-Trusted-Entities",
      retrieved: "2025-09-17"
    },
    {
      accountId: "554582317989",
      name: "LaunchDarkly",
      kind: "vendor",
      source: "https://launchdarkly.com/docs/home/flags/segment-config#expand-creating-the-aws-role",
      retrieved: "2025-09-17"
    },
    {
      accountId: "558211695259",
      name: "Cloud Ranger",
      kind: "vendor",
      source: "https://github.com/fwdcloudsec/known_aws_accounts/blob/c2922afb0450f63bad28865ff0784cdaa3a8b4e4/accounts.yaml",
      retrieved: "2025-09-17"
    },
    {
      accountId: "558608220178",
      name: "AWS EKS ECR Repositories",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/eks/latest/userguide/add-ons-images.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "561602220360",
      name: "DoIt",
      kind: "vendor",
      source: "https://help.doit.com/docs/optimize/flexsave/aws",
      retrieved: "2025-09-17"
    },
    {
      accountId: "568526795995",
      name: "Cisco Umbrella",
      kind: "vendor",
      source: "https://docs.umbrella.com/umbrella-user-guide/docs/enable-logging-to-your-own-s3-bucket",
      retrieved: "2025-09-17"
    },
    {
      accountId: "582318560864",
      name: "AWS Elastic Load Balancing log delivery (ap-northeast-1)",
      kind: "aws-service",
      region: "ap-northeast-1",
      source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
      retrieved: "2026-12-02"
    },
    {
      accountId: "582488909970",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "583371261087",
      name: "mParticle",
      kind: "vendor",
      source: "https://docs.mparticle.com/guides/data-warehouse-sync/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "585459848136",
      name: "SecureCloudDB",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "585772288577",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "588158338731",
      name: "Plerion",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "589173575009",
      name: "Red Hat Hybrid Cloud",
      kind: "vendor",
      source: "https://access.redhat.com/documentation/en-us/hybrid_committed_spend/1-latest/html-single/integrating_amazon_web_services_aws_data_into_hybrid_committed_spend/index",
      retrieved: "2025-09-17"
    },
    {
      accountId: "590381155156",
      name: "AWS EKS ECR Repositories",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/eks/latest/userguide/add-ons-images.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "595013617770",
      name: "AWS Redshift logging",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "595280932656",
      name: "SegmentIO",
      kind: "vendor",
      source: "https://segment.com/docs/destinations/amazon-s3/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "595653072700",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "600734575887",
      name: "AWS Elastic Load Balancing log delivery (ap-northeast-2)",
      kind: "aws-service",
      region: "ap-northeast-2",
      source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
      retrieved: "2026-12-02"
    },
    {
      accountId: "601306020600",
      name: "Databricks",
      kind: "vendor",
      source: "https://docs.databricks.com/administration-guide/account-settings/aws-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "602401143452",
      name: "AWS EKS ECR Repositories",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/eks/latest/userguide/add-ons-images.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "607237235771",
      name: "TrendMicro",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "608710470296",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "612791702201",
      name: "JupiterOne",
      kind: "vendor",
      source: "https://github.com/JupiterOne/jupiterone-aws-cloudformation/commit/c9abbbcc3e29474c6605a6f8ace5ec0ff475d3f8",
      retrieved: "2025-09-17"
    },
    {
      accountId: "614065512851",
      name: "AWS API Gateway",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "615915377779",
      name: "AWS Redshift logging",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "617935088040",
      name: "Twingate",
      kind: "vendor",
      source: "https://www.twingate.com/docs/terraform-aws",
      retrieved: "2025-09-17"
    },
    {
      accountId: "618708667954",
      name: "freshservice",
      kind: "vendor",
      source: "https://support.freshservice.com/support/solutions/articles/207515-creating-a-role-arn-for-integrating-amazon-web-services-aws-in-freshservice",
      retrieved: "2025-09-17"
    },
    {
      accountId: "619233833001",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "622384692065",
      name: "Domo",
      kind: "vendor",
      source: "https://knowledge.domo.com/Connect/Connecting_to_Data_with_Connectors/Configuring_Each_Connector/Connectors_for_File_Retrieval/Amazon_S3_AssumeRole_Connector",
      retrieved: "2025-09-17"
    },
    {
      accountId: "623197973179",
      name: "AWS Redshift logging",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "624537489435",
      name: "instaclustr",
      kind: "vendor",
      source: "https://support.instaclustr.com/hc/en-us/articles/226565607-Setting-Up-a-Datacenter-with-EBS-Encryption",
      retrieved: "2025-09-17"
    },
    {
      accountId: "627743545735",
      name: "Spotinst",
      kind: "vendor",
      source: "https://docs.spot.io/connect-your-cloud-provider/first-account/aws-manually",
      retrieved: "2025-09-17"
    },
    {
      accountId: "631144002099",
      name: "AWS API Gateway",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "631402103377",
      name: "Caveonix",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "634729597623",
      name: "Checkpoint Cloudguard",
      kind: "vendor",
      source: "https://supportcenter.checkpoint.com/supportcenter/portal?eventSubmit_doGoviewsolutiondetails=&solutionid=sk159912&partition=Basic&product=CloudGuard",
      retrieved: "2025-09-17"
    },
    {
      accountId: "635005593121",
      name: "Prophetstor Federator.ai",
      kind: "vendor",
      source: "https://prophetstor.com/wp-content/uploads/documentation/Federator.ai/Setup%20Guide/Federator.ai%20AWS%20IAM%20Role%20and%20IAM%20Policy%20Setup%20Guide.pdf",
      retrieved: "2025-09-17"
    },
    {
      accountId: "635144173025",
      name: "redline13",
      kind: "vendor",
      source: "https://www.redline13.com/blog/aws-setup/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "635631232127",
      name: "AWS Elastic Load Balancing log delivery (eu-south-1)",
      kind: "aws-service",
      region: "eu-south-1",
      source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
      retrieved: "2026-12-02"
    },
    {
      accountId: "638102146993",
      name: "AWS Elastic Load Balancing log delivery (cn-north-1)",
      kind: "aws-service",
      region: "cn-north-1",
      source: "https://docs.amazonaws.cn/en_us/elasticloadbalancing/latest/application/enable-access-logging.html",
      retrieved: "2026-12-02"
    },
    {
      accountId: "644042651268",
      name: "AWS API Gateway",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "646602203151",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "651179539253",
      name: "AWS Redshift logging",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "652050842985",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "652364314486",
      name: "AWS API Gateway",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "652711504416",
      name: "AWS Elastic Load Balancing log delivery (eu-west-2)",
      kind: "aws-service",
      region: "eu-west-2",
      source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
      retrieved: "2026-12-02"
    },
    {
      accountId: "660998842044",
      name: "AWS Redshift audit logging (cn-northwest-1)",
      kind: "aws-service",
      region: "cn-northwest-1",
      source: "https://docs.amazonaws.cn/en_us/redshift/latest/mgmt/db-auditing.html#db-auditing-bucket-permissions",
      retrieved: "2026-12-02"
    },
    {
      accountId: "665986001363",
      name: "Convox",
      kind: "vendor",
      source: "https://convox.com/docs/aws-integration",
      retrieved: "2025-09-17"
    },
    {
      accountId: "668912161003",
      name: "AWS Redshift logging",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "669213148797",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "669305197877",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "672188301118",
      name: "Zesty",
      kind: "vendor",
      source: "https://github.com/zesty-co/AWS-Integration/blob/main/Zesty-Minimal-ReadOnly-IAM-Role.json",
      retrieved: "2025-09-17"
    },
    {
      accountId: "675479154635",
      name: "ThingSpace",
      kind: "vendor",
      source: "https://thingspace.verizon.com/resources/documentation/cloudconnector/Getting_Started/Streaming_to_AWS/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "675681123645",
      name: "TrendMicro",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "679703615338",
      name: "Armor Anywhere",
      kind: "vendor",
      source: "https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-partner-providers.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "681348832753",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "682251015962",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "687132894031",
      name: "Domo",
      kind: "vendor",
      source: "https://knowledge.domo.com/Connect/Connecting_to_Data_with_Connectors/Configuring_Each_Connector/Connectors_for_File_Retrieval/Amazon_S3_AssumeRole_Connector",
      retrieved: "2025-09-17"
    },
    {
      accountId: "691523222388",
      name: "Ottertune",
      kind: "vendor",
      source: "https://docs.ottertune.com/support/kb/articles/49EvgwW7/create-iam-role",
      retrieved: "2025-09-17"
    },
    {
      accountId: "693780578038",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "694668203235",
      name: "AWS Redshift logging",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "695990169366",
      name: "CloudManager for CloudVolumes",
      kind: "vendor",
      source: "https://docs.netapp.com/us-en/cloud_volumes/aws/media/cvs_aws_account_setup.pdf",
      retrieved: "2025-09-17"
    },
    {
      accountId: "703715109447",
      name: "AWS Redshift logging",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "710019948333",
      name: "Red Hat",
      kind: "vendor",
      source: "https://docs.redhat.com/en/documentation/red_hat_openshift_service_on_aws/4/html/prepare_your_environment/rosa-sts-ocm-role",
      retrieved: "2025-09-17"
    },
    {
      accountId: "710193521658",
      name: "ylastic",
      kind: "vendor",
      source: "https://blog.ylastic.com/post/153943542476/iam-role-with-external-id-for-cross-account-access",
      retrieved: "2025-09-17"
    },
    {
      accountId: "713597048934",
      name: "AWS Redshift logging",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "716309063777",
      name: "Improvado",
      kind: "vendor",
      source: "https://improvado.io/docs/aws-s3-destination",
      retrieved: "2025-09-17"
    },
    {
      accountId: "717025312494",
      name: "Sonrai Security",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "717210094962",
      name: "CloudConformity",
      kind: "vendor",
      source: "https://github.com/cloudconformity/documentation-api/blob/master/Accounts.md#update-account",
      retrieved: "2025-09-17"
    },
    {
      accountId: "718504428378",
      name: "AWS Elastic Load Balancing log delivery (ap-south-1)",
      kind: "aws-service",
      region: "ap-south-1",
      source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
      retrieved: "2026-12-02"
    },
    {
      accountId: "718770453195",
      name: "AWS API Gateway",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "719465667078",
      name: "kochava",
      kind: "vendor",
      source: "https://support.kochava.com/reference-information/traffic-import-tool",
      retrieved: "2025-09-17"
    },
    {
      accountId: "720226181253",
      name: "k9 security",
      kind: "vendor",
      source: "https://www.k9security.io/docs/how-to-configure-k9-access/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "726941830086",
      name: "TheGlobalSolutions.net",
      kind: "vendor",
      source: "http://www.theglobalsolutions.net/awspatching/saas_help.php",
      retrieved: "2025-09-17"
    },
    {
      accountId: "727378841472",
      name: "nOps",
      kind: "vendor",
      source: "https://help.nops.io/manual_setup",
      retrieved: "2025-09-17"
    },
    {
      accountId: "727815099310",
      name: "Orca Security",
      kind: "vendor",
      source: "https://orcasecurity.force.com/s/article/Orca-Scanner-Accounts-for-AWS-Trusted-Entities?topic=Onboarding&subtopic=AWS&article=Orca-Scanner-Accounts-for-AWS-Trusted-Entities",
      retrieved: "2025-09-17"
    },
    {
      accountId: "729911121831",
      name: "AWS Redshift audit logging (eu-north-1)",
      kind: "aws-service",
      region: "eu-north-1",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html#db-auditing-bucket-permissions",
      retrieved: "2026-12-02"
    },
    {
      accountId: "733251395267",
      name: "AlertLogic",
      kind: "vendor",
      source: "https://docs.alertlogic.com/prepare/iam-role-creation.htm#top",
      retrieved: "2025-09-17"
    },
    {
      accountId: "736689547456",
      name: "Plerion",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "737318609257",
      name: "Trend Micro Cloud One",
      kind: "vendor",
      source: "https://cloudone.trendmicro.com/docs/network-security/api-reference/tag/Notifications/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "741172661024",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "746108190720",
      name: "OpsLevel",
      kind: "vendor",
      source: "https://docs.opslevel.com/docs/infrastructure",
      retrieved: "2025-09-17"
    },
    {
      accountId: "749430749651",
      name: "CyberArk",
      kind: "vendor",
      source: "https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-partner-providers.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "749779118921",
      name: "Brightcove",
      kind: "vendor",
      source: "https://support.brightcove.com/using-dynamic-ingest-s3",
      retrieved: "2025-09-17"
    },
    {
      accountId: "753362059629",
      name: "AWS API Gateway",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "753542375798",
      name: "ParkMyCloud",
      kind: "vendor",
      source: "https://parkmycloud.atlassian.net/wiki/spaces/PMCUG/pages/43876427/Create+an+IAM+Role+in+AWS+for+ParkMyCloud",
      retrieved: "2025-09-17"
    },
    {
      accountId: "754237914691",
      name: "Symantec Cloud Workload Protection",
      kind: "vendor",
      source: "https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-partner-providers.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "754344448648",
      name: "AWS Elastic Load Balancing log delivery (ap-east-1)",
      kind: "aws-service",
      region: "ap-east-1",
      source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
      retrieved: "2026-12-02"
    },
    {
      accountId: "754728514883",
      name: "New Relic",
      kind: "vendor",
      source: "https://docs.newrelic.com/docs/integrations/amazon-integrations/get-started/connect-aws-services-infrastructure",
      retrieved: "2025-09-17"
    },
    {
      accountId: "755047402263",
      name: "cloudbreak",
      kind: "vendor",
      source: "https://docs.hortonworks.com/HDPDocuments/HDP2/HDP-2.3.0/bk_cldbrk_install/bk_CLBK_IAG/content/clbk_iam_console.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "755778135062",
      name: "Snyk",
      kind: "vendor",
      source: "https://support.snyk.io/hc/en-us/articles/360004002418-AWS-Lambda-integration",
      retrieved: "2025-09-17"
    },
    {
      accountId: "757211635381",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "757913464184",
      name: "Tealium",
      kind: "vendor",
      source: "https://docs.tealium.com/early-access/server-side-connectors/databricks-customer-provided-storage-connector/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "758245563457",
      name: "Check Point",
      kind: "vendor",
      source: "https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-partner-providers.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "759879836304",
      name: "AWS EKS ECR Repositories",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/eks/latest/userguide/add-ons-images.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "759994998399",
      name: "cloudsqueeze",
      kind: "vendor",
      source: "https://app.cloudsqueeze.ai/awsAddAccount",
      retrieved: "2025-09-17"
    },
    {
      accountId: "760740231472",
      name: "AWS Redshift audit logging (ap-northeast-2)",
      kind: "aws-service",
      region: "ap-northeast-2",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html#db-auditing-bucket-permissions",
      retrieved: "2026-12-02"
    },
    {
      accountId: "761931097553",
      name: "Sysdig",
      kind: "vendor",
      source: "https://docs.sysdig.com/en/docs/administration/saas-regions-and-ip-ranges/#aws-account-ids",
      retrieved: "2025-09-17"
    },
    {
      accountId: "762762565011",
      name: "AWS Redshift audit logging (ap-southeast-2)",
      kind: "aws-service",
      region: "ap-southeast-2",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html#db-auditing-bucket-permissions",
      retrieved: "2026-12-02"
    },
    {
      accountId: "763284681916",
      name: "Contrast Security",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "764870610256",
      name: "AWS Redshift logging",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "765225791966",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "765628985471",
      name: "Genys",
      kind: "vendor",
      source: "https://help.mypurecloud.com/articles/create-iam-resources-to-invoke-an-aws-lambda-function/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "781965151837",
      name: "Rafay",
      kind: "vendor",
      source: "https://docs.rafay.co/learn/quickstart/som/eks/setup/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "782774275127",
      name: "GitLab",
      kind: "vendor",
      source: "https://docs.gitlab.com/ee/solutions/cloud/aws/gitlab_single_box_on_aws.html#official-gitlab-releases-as-amis",
      retrieved: "2025-09-17"
    },
    {
      accountId: "783225319266",
      name: "AWS Elastic Load Balancing log delivery (ap-southeast-2)",
      kind: "aws-service",
      region: "ap-southeast-2",
      source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
      retrieved: "2026-12-02"
    },
    {
      accountId: "784971140435",
      name: "Orca Security",
      kind: "vendor",
      source: "https://orcasecurity.force.com/s/article/Orca-Scanner-Accounts-for-AWS-Trusted-Entities?topic=Onboarding&subtopic=AWS&article=Orca-Scanner-Accounts-for-AWS-Trusted-Entities",
      retrieved: "2025-09-17"
    },
    {
      accountId: "787223699828",
      name: "HYCU",
      kind: "vendor",
      source: "https://download.hycu.com/ec/v4.8.0/help/en/HYCU_UserGuide.pdf",
      retrieved: "2025-09-17"
    },
    {
      accountId: "787461962774",
      name: "Rezonate",
      kind: "vendor",
      source: "https://kb.rezonate.io/core-integrations/aws-integration/aws-required-privileges",
      retrieved: "2025-09-17"
    },
    {
      accountId: "790110701330",
      name: "Databricks",
      kind: "vendor",
      source: "https://docs.databricks.com/administration-guide/account-settings/aws-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "790247189693",
      name: "AWS Redshift logging",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "793525387755",
      name: "Salesforce",
      kind: "vendor",
      source: "https://help.salesforce.com/s/articleView?id=sf.voice_ac_iam_role.htm&language=en_US&type=5",
      retrieved: "2025-09-17"
    },
    {
      accountId: "793733611312",
      name: "Snowplow",
      kind: "vendor",
      source: "https://docs.snowplow.io/docs/get-started/snowplow-bdp/private-managed-cloud/setup-guide-aws/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "794878508631",
      name: "MediaMath",
      kind: "vendor",
      source: "https://apidocs.mediamath.com/reporting/log-level-data-service/overview#data-security-and-authorization",
      retrieved: "2025-09-17"
    },
    {
      accountId: "796887884028",
      name: "AWS API Gateway",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "797873946194",
      name: "AWS Elastic Load Balancing log delivery (us-west-2)",
      kind: "aws-service",
      region: "us-west-2",
      source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
      retrieved: "2026-12-02"
    },
    {
      accountId: "798376113853",
      name: "AWS API Gateway",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "799803075172",
      name: "Lucidchart",
      kind: "vendor",
      source: "https://lucidchart.zendesk.com/hc/en-us/articles/208018563-Create-an-IAM-User-or-a-Cross-Account-Role-in-AWS-for-Lucidchart",
      retrieved: "2025-09-17"
    },
    {
      accountId: "800184023465",
      name: "AWS EKS ECR Repositories",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/eks/latest/userguide/add-ons-images.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "802587217904",
      name: "Serverless",
      kind: "vendor",
      source: "https://www.serverless.com/framework/docs/guides/monitoring/notifications",
      retrieved: "2025-09-17"
    },
    {
      accountId: "802876684602",
      name: "Axonius.com",
      kind: "vendor",
      source: "https://github.com/fwdcloudsec/known_aws_accounts/blob/c2922afb0450f63bad28865ff0784cdaa3a8b4e4/accounts.yaml",
      retrieved: "2025-09-17"
    },
    {
      accountId: "805246085872",
      name: "qubole",
      kind: "vendor",
      source: "https://docs.qubole.com/en/latest/user-guide/managing-accounts/aws/iam-roles/override-iam-roles.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "805950163170",
      name: "Qualys AWS EC2 Connector",
      kind: "vendor",
      source: "https://qualys-secure.force.com/discussions/s/question/0D52L00004TnxTqSAJ/aws-ec2-connector-creation-automation",
      retrieved: "2025-09-17"
    },
    {
      accountId: "806199016981",
      name: "AWS IP address ranges notifications",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/vpc/latest/userguide/aws-ip-ranges.html#subscribe-notifications",
      retrieved: "2025-09-17"
    },
    {
      accountId: "809336252980",
      name: "Drata",
      kind: "vendor",
      source: "https://github.com/drata/terraform-aws-drata-autopilot-role/blob/f774d423a62df3a3dd03008a68c3b3d70b95be33/variables.tf#L1-L5",
      retrieved: "2025-09-17"
    },
    {
      accountId: "810369035479",
      name: "Fugue",
      kind: "vendor",
      source: "https://docs.fugue.co/setup.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "811620960246",
      name: "TrendMicro",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "814021343637",
      name: "Cloudaware",
      kind: "vendor",
      source: "https://github.com/fwdcloudsec/known_aws_accounts/blob/c2922afb0450f63bad28865ff0784cdaa3a8b4e4/accounts.yaml",
      retrieved: "2025-09-17"
    },
    {
      accountId: "814480443879",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "815843069303",
      name: "Atlassian",
      kind: "vendor",
      source: "https://support.atlassian.com/cloud-automation/docs/configure-aws-sns-for-jira-automation/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "817364327683",
      name: "Axonius.com",
      kind: "vendor",
      source: "https://github.com/fwdcloudsec/known_aws_accounts/blob/c2922afb0450f63bad28865ff0784cdaa3a8b4e4/accounts.yaml",
      retrieved: "2025-09-17"
    },
    {
      accountId: "819232936619",
      name: "Temporal Technologies, Inc.",
      kind: "vendor",
      source: "https://temporal-auditlogs-config.s3.us-west-2.amazonaws.com/cloudformation/iam-role-for-temporal-audit-logs.yaml",
      retrieved: "2025-09-17"
    },
    {
      accountId: "819402241893",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "819814149250",
      name: "StarTree",
      kind: "vendor",
      source: "https://dev.startree.ai/docs/get-started-with-startree-cloud/byoc/cloud-provider#create-an-iam-role",
      retrieved: "2025-09-17"
    },
    {
      accountId: "820923007224",
      name: "Claroty",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "823104324086",
      name: "Red Canary",
      kind: "vendor",
      source: "https://help.redcanary.com/hc/en-us/articles/16640944173463-Integrate-Amazon-Web-Services-AWS-with-Red-Canary",
      retrieved: "2025-09-17"
    },
    {
      accountId: "825838939522",
      name: "Tines",
      kind: "vendor",
      source: "https://www.tines.com/docs/credentials/aws/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "826182721854",
      name: "Usage AI",
      kind: "vendor",
      source: "https://cloudopt.usage.ai/onboard",
      retrieved: "2025-09-17"
    },
    {
      accountId: "826438284864",
      name: "k9 security",
      kind: "vendor",
      source: "https://www.k9security.io/docs/how-to-configure-k9-access/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "828603743433",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "829095311197",
      name: "Transcend",
      kind: "vendor",
      source: "https://transcend.io/blog/why-we-built-cli-terraform-provider",
      retrieved: "2025-09-17"
    },
    {
      accountId: "829690693026",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "829909441867",
      name: "Temporal Technologies, Inc.",
      kind: "vendor",
      source: "https://temporal-auditlogs-config.s3.us-west-2.amazonaws.com/cloudformation/iam-role-for-temporal-audit-logs.yaml",
      retrieved: "2025-09-17"
    },
    {
      accountId: "834469178297",
      name: "Fivetran",
      kind: "vendor",
      source: "https://fivetran.com/docs/logs/cloudwatch/setup-guide",
      retrieved: "2025-09-17"
    },
    {
      accountId: "835822366011",
      name: "ADC Application Deployment, ADM Delivery Management",
      kind: "vendor",
      source: "https://docs.citrix.com/en-us/citrix-application-delivery-management-service/hybrid-multi-cloud-deployments/autoscale-for-aws/autoscale-for-aws-configuration.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "842447150064",
      name: "ServiceNow",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "842984801698",
      name: "Onelogin",
      kind: "vendor",
      source: "https://onelogin.service-now.com/kb_view_customer.do?sysparm_article=KB0010344",
      retrieved: "2025-09-17"
    },
    {
      accountId: "843529240033",
      name: "FoxPass",
      kind: "vendor",
      source: "https://docs.foxpass.com/docs/access-control-integration-with-amazon-ec2",
      retrieved: "2025-09-17"
    },
    {
      accountId: "849137399833",
      name: "AWS API Gateway",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "854209929931",
      name: "Fortinet",
      kind: "vendor",
      source: "https://fortinetweb.s3.amazonaws.com/docs.fortinet.com/v2/attachments/bf017449-572a-11e9-81a4-00505692583a/forticasb-4.1.0-admin-guide.pdf",
      retrieved: "2025-09-17"
    },
    {
      accountId: "855262394183",
      name: "GitLab",
      kind: "vendor",
      source: "https://docs.gitlab.com/ee/solutions/cloud/aws/gitlab_single_box_on_aws.html#official-gitlab-releases-as-amis",
      retrieved: "2025-09-17"
    },
    {
      accountId: "855739686837",
      name: "AWS API Gateway",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "857223745291",
      name: "Tines",
      kind: "vendor",
      source: "https://www.tines.com/docs/credentials/aws/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "857795874556",
      name: "AlertLogic",
      kind: "vendor",
      source: "https://docs.alertlogic.com/prepare/iam-role-creation.htm#top",
      retrieved: "2025-09-17"
    },
    {
      accountId: "859597730677",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "862820443276",
      name: "Trend Micro deepsecurity",
      kind: "vendor",
      source: "https://esupport.trendmicro.com/media/13166096/Generate-AWS-Role.pdf",
      retrieved: "2025-09-17"
    },
    {
      accountId: "863002038009",
      name: "CloudPhysics",
      kind: "vendor",
      source: "https://www.cloudphysics.com/connectaws/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "865078226113",
      name: "Datadog",
      kind: "vendor",
      source: "https://docs.datadoghq.com/integrations/guide/aws-manual-setup/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "865932855811",
      name: "AWS Redshift audit logging (ap-south-1)",
      kind: "aws-service",
      region: "ap-south-1",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html#db-auditing-bucket-permissions",
      retrieved: "2026-12-02"
    },
    {
      accountId: "866607715269",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "867642063380",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "868324285112",
      name: "TrendMicro",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "874540850173",
      name: "SailPoint",
      kind: "vendor",
      source: "https://documentation.sailpoint.com/saas/help/ciem/aws/config/config_aws_manual.html#commercial",
      retrieved: "2025-09-17"
    },
    {
      accountId: "874749492622",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "877085696533",
      name: "AWS EKS ECR Repositories",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/eks/latest/userguide/add-ons-images.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "883241448326",
      name: "Claroty",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "884047677700",
      name: "Emnify",
      kind: "vendor",
      source: "https://www.emnify.com/datastreamer-integration-into-aws",
      retrieved: "2025-09-17"
    },
    {
      accountId: "884866656237",
      name: "Spotinst",
      kind: "vendor",
      source: "https://docs.spot.io/connect-your-cloud-provider/first-account/aws-manually",
      retrieved: "2025-09-17"
    },
    {
      accountId: "885798887673",
      name: "AWS Redshift logging",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "886388586500",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "890234264427",
      name: "Bridgecrew",
      kind: "vendor",
      source: "https://bridgecrew.cloud",
      retrieved: "2025-09-17"
    },
    {
      accountId: "891612552178",
      name: "Tailscale",
      kind: "vendor",
      source: "https://tailscale.com/kb/1255/log-streaming?tab=amazon+s3",
      retrieved: "2025-09-17"
    },
    {
      accountId: "894794104037",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "896126563706",
      name: "Threat Stack",
      kind: "vendor",
      source: "https://threatstack.zendesk.com/hc/en-us/articles/206006626-AWS-EC2-Integration",
      retrieved: "2025-09-17"
    },
    {
      accountId: "897822967062",
      name: "AWS Elastic Load Balancing log delivery (eu-north-1)",
      kind: "aws-service",
      region: "eu-north-1",
      source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
      retrieved: "2026-12-02"
    },
    {
      accountId: "900612956339",
      name: "AWS EKS ECR Repositories",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/eks/latest/userguide/add-ons-images.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "900889452093",
      name: "AWS EKS ECR Repositories",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/eks/latest/userguide/add-ons-images.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "902366379725",
      name: "AWS Redshift audit logging (us-west-2)",
      kind: "aws-service",
      region: "us-west-2",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html#db-auditing-bucket-permissions",
      retrieved: "2026-12-02"
    },
    {
      accountId: "902500896138",
      name: "wpengine",
      kind: "vendor",
      source: "https://wpengine.com/support/configuring-largefs-store-transfer-unlimited-data/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "902542641901",
      name: "Temporal Technologies, Inc.",
      kind: "vendor",
      source: "https://temporal-auditlogs-config.s3.us-west-2.amazonaws.com/cloudformation/iam-role-for-temporal-audit-logs.yaml",
      retrieved: "2025-09-17"
    },
    {
      accountId: "902917483333",
      name: "InfoBlox",
      kind: "vendor",
      source: "https://docs.infoblox.com/space/BloxOneDDI/512098335/AWS+-+General",
      retrieved: "2025-09-17"
    },
    {
      accountId: "903692715234",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "907379612154",
      name: "AWS Redshift audit logging (ca-central-1)",
      kind: "aws-service",
      region: "ca-central-1",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html#db-auditing-bucket-permissions",
      retrieved: "2026-12-02"
    },
    {
      accountId: "910226215634",
      name: "StrongDM",
      kind: "vendor",
      source: "https://www.strongdm.com/docs/admin/logs/log-stream/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "913057016266",
      name: "Scalyr",
      kind: "vendor",
      source: "https://app.scalyr.com/solutions/import-logs-from-s3",
      retrieved: "2025-09-17"
    },
    {
      accountId: "913128560467",
      name: "env0",
      kind: "vendor",
      source: "https://docs.env0.com/docs/aws-costs",
      retrieved: "2025-09-17"
    },
    {
      accountId: "913179291432",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "915173422425",
      name: "AWS Redshift audit logging (eu-west-3)",
      kind: "aws-service",
      region: "eu-west-3",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html#db-auditing-bucket-permissions",
      retrieved: "2026-12-02"
    },
    {
      accountId: "918309763551",
      name: "AWS EKS ECR Repositories",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/eks/latest/userguide/add-ons-images.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "919814621061",
      name: "Scalr",
      kind: "vendor",
      source: "https://docs.scalr.io/docs/aws",
      retrieved: "2025-09-17"
    },
    {
      accountId: "922761411349",
      name: "Spotinst",
      kind: "vendor",
      source: "https://docs.spot.io/connect-your-cloud-provider/first-account/aws-manually",
      retrieved: "2025-09-17"
    },
    {
      accountId: "926226587429",
      name: "Sumo Logic",
      kind: "vendor",
      source: "https://help.sumologic.com/03Send-Data/Sources/02Sources-for-Hosted-Collectors/Amazon-Web-Services/Grant-Access-to-an-AWS-Product",
      retrieved: "2025-09-17"
    },
    {
      accountId: "926826061926",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "934957504740",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "936182149045",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "944830124550",
      name: "Fugue",
      kind: "vendor",
      source: "https://docs.fugue.co/setup.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "945512339897",
      name: "AWS Redshift logging",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "945612479654",
      name: "AWS Redshift audit logging (eu-south-1)",
      kind: "aws-service",
      region: "eu-south-1",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html#db-auditing-bucket-permissions",
      retrieved: "2026-12-02"
    },
    {
      accountId: "949680696695",
      name: "IBM",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "949777495771",
      name: "site24x7",
      kind: "vendor",
      source: "https://github.com/fwdcloudsec/known_aws_accounts/blob/c2922afb0450f63bad28865ff0784cdaa3a8b4e4/accounts.yaml",
      retrieved: "2025-09-17"
    },
    {
      accountId: "951887872838",
      name: "Auth0",
      kind: "vendor",
      source: "https://auth0.com/docs/integrations/aws/sso",
      retrieved: "2025-09-17"
    },
    {
      accountId: "955633302743",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "956491294349",
      name: "GitLab",
      kind: "vendor",
      source: "https://docs.gitlab.com/ee/solutions/cloud/aws/gitlab_single_box_on_aws.html#official-gitlab-releases-as-amis",
      retrieved: "2025-09-17"
    },
    {
      accountId: "956882708938",
      name: "Sumo Logic",
      kind: "vendor",
      source: "https://help.sumologic.com/03Send-Data/Sources/02Sources-for-Hosted-Collectors/Amazon-Web-Services/Grant-Access-to-an-AWS-Product",
      retrieved: "2025-09-17"
    },
    {
      accountId: "956993596390",
      name: "Vanta",
      kind: "vendor",
      source: "https://help.vanta.com/hc/en-us/articles/8451925240980-Connecting-Vanta-AWS-Organization",
      retrieved: "2025-09-17"
    },
    {
      accountId: "957664736811",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "958145178466",
      name: "Cloudera",
      kind: "vendor",
      source: "https://blog.cloudera.com/cloudera-altus-cloud-services-youre-in-control-part-2/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "960118270566",
      name: "AWS Redshift logging",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "961992271922",
      name: "AWS EKS ECR Repositories",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/eks/latest/userguide/add-ons-images.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "962727799805",
      name: "Atlas DataLake",
      kind: "vendor",
      source: "https://github.com/fwdcloudsec/known_aws_accounts/blob/c2922afb0450f63bad28865ff0784cdaa3a8b4e4/accounts.yaml",
      retrieved: "2025-09-17"
    },
    {
      accountId: "965013871422",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "966208727603",
      name: "Atmosphere IOT",
      kind: "vendor",
      source: "https://docs.atmosphereiot.com/aws-integration-setup-guide/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "967800896805",
      name: "Archera",
      kind: "vendor",
      source: "https://help.archera.ai/en/articles/5611146-what-is-the-archera-aws-account-id",
      retrieved: "2025-09-17"
    },
    {
      accountId: "968246515281",
      name: "AWS API Gateway",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "968898580625",
      name: "CloudCraft",
      kind: "vendor",
      source: "https://github.com/fwdcloudsec/known_aws_accounts/blob/c2922afb0450f63bad28865ff0784cdaa3a8b4e4/accounts.yaml",
      retrieved: "2025-09-17"
    },
    {
      accountId: "969236854626",
      name: "AWS API Gateway",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-accounts.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "973841112453",
      name: "AWS GuardDuty Announcements",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_sns.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "976280145156",
      name: "Orca Security",
      kind: "vendor",
      source: "https://orcasecurity.force.com/s/article/Orca-Scanner-Accounts-for-AWS-Trusted-Entities?topic=Onboarding&subtopic=AWS&article=Orca-Scanner-Accounts-for-AWS-Trusted-Entities",
      retrieved: "2025-09-17"
    },
    {
      accountId: "977081816279",
      name: "AWS CloudTrail",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-supported-regions.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "977238331021",
      name: "AWS GuardDuty service accounts",
      kind: "aws-service",
      source: "https://docs.aws.amazon.com/guardduty/latest/ug/gdu-service-account-region-list.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "978540733285",
      name: "Aqua",
      kind: "vendor",
      source: "https://blog.plerion.com/the-deputy-is-confused-about-aws-security-hub/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "978576646331",
      name: "Vectra",
      kind: "vendor",
      source: "https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-partner-providers.html",
      retrieved: "2025-09-17"
    },
    {
      accountId: "983328018169",
      name: "UiPath",
      kind: "vendor",
      source: "https://forum.uipath.com/t/how-to-configure-aws-s3-storage-bucket-log-export-configuration-for-orchestrator-service-in-automation-cloud/506448",
      retrieved: "2025-09-17"
    },
    {
      accountId: "983530947477",
      name: "Qleet",
      kind: "vendor",
      source: "https://docs.qleet.io/guides/add-aws-account/",
      retrieved: "2025-09-17"
    },
    {
      accountId: "985666609251",
      name: "AWS Elastic Load Balancing log delivery (ca-central-1)",
      kind: "aws-service",
      region: "ca-central-1",
      source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
      retrieved: "2026-12-02"
    }
  ]
};

// src/catalog/index.ts
var byId;
function catalog() {
  if (!byId) {
    const map = /* @__PURE__ */ new Map();
    for (const entry of known_accounts_default.entries) map.set(entry.accountId, entry);
    byId = map;
  }
  return byId;
}
function lookupAccount(accountId, userNames) {
  const userName = userNames && Object.hasOwn(userNames, accountId) ? userNames[accountId] : void 0;
  if (typeof userName === "string" && userName.trim() !== "") return { label: userName.trim(), kind: "user" };
  const entry = catalog().get(accountId);
  return entry ? { label: entry.name, kind: entry.kind } : null;
}
function isAwsServiceAccount(accountId) {
  return catalog().get(accountId)?.kind === "aws-service";
}
var catalogDataset = {
  name: known_accounts_default.dataset.name,
  repository: known_accounts_default.dataset.repository,
  commit: known_accounts_default.dataset.commit,
  date: known_accounts_default.dataset.date
};

// src/model/types.ts
var GATED = /* @__PURE__ */ new Set(["external", "public", "federated", "unresolved"]);

// src/diff/diff.ts
function grantKey(g) {
  return JSON.stringify([
    g.principal.id,
    g.classification,
    g.resource.unit,
    g.resource.address,
    g.resource.target ?? "",
    sortedCopy(g.actions),
    sortedCopy(g.notActions),
    g.via ?? ""
  ]);
}
var NONE2 = [];
function sortedCopy(list2) {
  if (!list2) return NONE2;
  return list2.length < 2 ? list2 : [...list2].sort();
}
function diffGrants(before, after) {
  const beforeKeys = new Set(before.map(grantKey));
  const afterKeys = /* @__PURE__ */ new Set();
  const out = [];
  for (const g of after) {
    const k = grantKey(g);
    if (afterKeys.has(k)) continue;
    afterKeys.add(k);
    out.push({ grant: g, change: beforeKeys.has(k) ? "unchanged" : "added" });
  }
  const removedKeys = /* @__PURE__ */ new Set();
  for (const g of before) {
    const k = grantKey(g);
    if (afterKeys.has(k) || removedKeys.has(k)) continue;
    removedKeys.add(k);
    out.push({ grant: g, change: "removed" });
  }
  return out;
}
function presentGrants(grants) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const g of grants) {
    const k = grantKey(g);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ grant: g, change: "present" });
  }
  return out;
}
function isGated(g) {
  return GATED.has(g.classification);
}

// src/model/glob.ts
function globToRegExp(pattern, flags = "") {
  let re = "";
  for (const ch of pattern) {
    if (ch === "*") re += "[^]*";
    else if (ch === "?") re += "[^]";
    else re += ch.replace(/[.+^${}()|[\]\\/-]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, flags);
}
function isGlob(pattern) {
  return pattern.includes("*") || pattern.includes("?");
}
function globMatch(pattern, text2, ignoreCase = false) {
  if (!isGlob(pattern)) return ignoreCase ? pattern.toLowerCase() === text2.toLowerCase() : pattern === text2;
  return globToRegExp(pattern, ignoreCase ? "i" : "").test(text2);
}
function pathGlobToRegExp(pattern) {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "*" && pattern[i + 1] === "*") {
      re += ".*";
      i++;
      if (pattern[i + 1] === "/") i++;
    } else if (ch === "*") re += "[^/]*";
    else if (ch === "?") re += "[^/]";
    else re += ch.replace(/[.+^${}()|[\]\\/-]/g, "\\$&");
  }
  return new RegExp(`^${re}(/.*)?$`);
}

// src/discover/discover.ts
var SKIPPED_DIR = /(^|\/)(node_modules|\.git|\.terraform(?!\/modules)|vendor\/bundle)(\/|$)/;
var TEMPLATE_EXT = /\.(ya?ml|json|template|cfn)$/i;
var TERRAFORM_EXT = /\.tf(\.json)?$/;
var NOT_TEMPLATES = /(^|\/)(package(-lock)?\.json|tsconfig[^/]*\.json|\.github\/workflows\/[^/]+|[^/]*\.tfvars\.json|[^/]*\.tfstate|\.pre-commit[^/]*|docker-compose[^/]*|cdk\.json|[^/]*\.schema\.json)$/;
function selectPaths(snapshot, options) {
  const include = (options.include ?? []).map(pathGlobToRegExp);
  const exclude = (options.exclude ?? []).map(pathGlobToRegExp);
  return snapshot.paths.filter(
    (p) => !SKIPPED_DIR.test(p) && (include.length === 0 || include.some((re) => re.test(p))) && !exclude.some((re) => re.test(p))
  );
}
function cdkAssemblyOf(path, assemblies) {
  return assemblies.find((a) => path === a || path.startsWith(`${a}/`));
}
function discoverUnits(paths, isTemplate, findRoots, early) {
  const cdkAssemblies = paths.filter((p) => /(^|\/)manifest\.json$/.test(p)).map((p) => p.slice(0, Math.max(0, p.lastIndexOf("/")))).filter((dir) => /(^|\/)cdk\.out$/.test(dir) || paths.includes(`${dir}/tree.json`)).filter((dir, _i, all) => !all.some((other) => other !== dir && dir.startsWith(`${other}/`))).sort();
  const terraformFiles = paths.filter((p) => TERRAFORM_EXT.test(p));
  const templates = paths.filter(
    (p) => TEMPLATE_EXT.test(p) && !NOT_TEMPLATES.test(p) && !cdkAssemblyOf(p, cdkAssemblies) && isTemplate(p)
  );
  const cloudformation = { templates, cdkAssemblies };
  early?.({ templates, terraformRoots: [], cdkAssemblies, terraformFiles, cloudformation });
  return {
    templates,
    terraformRoots: terraformFiles.length > 0 ? findRoots(terraformFiles) : [],
    cdkAssemblies,
    terraformFiles,
    cloudformation
  };
}

// src/policy/arn.ts
var OPEN2 = "\uE000";
var CLOSE2 = "\uE001";
function splitOutsideTokens2(text2, sep2) {
  const out = [];
  let cur = "";
  let inToken = false;
  for (const ch of text2) {
    if (ch === OPEN2) inToken = true;
    else if (ch === CLOSE2) inToken = false;
    if (!inToken && ch === sep2) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}
function splitArn(text2) {
  if (!text2.startsWith("arn:")) return null;
  const parts = splitOutsideTokens2(text2, ":");
  if (parts.length < 6) return null;
  return {
    partition: parts[1] ?? "",
    service: parts[2] ?? "",
    region: parts[3] ?? "",
    account: parts[4] ?? "",
    resource: parts.slice(5).join(":")
  };
}
function hasWildcard(text2) {
  return stripTokens(text2).includes("*") || stripTokens(text2).includes("?");
}
function stripTokens(text2) {
  return hasToken(text2) ? text2.replace(/\uE000[a-z][^\uE000\uE001]*\uE001/g, "") : text2;
}
function replaceTokens(text2, placeholder) {
  return hasToken(text2) ? text2.replace(/\uE000[a-z][^\uE000\uE001]*\uE001/g, placeholder) : text2;
}
var PARTITION_RE = /^aws[a-z0-9-]*$/;
var ACCOUNT_RE3 = /^\d{12}$/;
function globMatch2(pattern, value) {
  return globsIntersect(
    pattern,
    value.replace(/[*?]/g, (c) => c === "*" ? "" : "")
  );
}
var MAX_GLOB = 512;
function globsIntersect(a, b) {
  const x = a.toLowerCase().slice(0, MAX_GLOB);
  const y = b.toLowerCase().slice(0, MAX_GLOB);
  const memo = /* @__PURE__ */ new Map();
  const width = y.length + 1;
  const f = (i, j) => {
    const key2 = i * width + j;
    const cached = memo.get(key2);
    if (cached !== void 0) return cached;
    let r;
    if (i === x.length && j === y.length) r = true;
    else if (i < x.length && x[i] === "*") r = f(i + 1, j) || j < y.length && f(i, j + 1);
    else if (j < y.length && y[j] === "*") r = f(i, j + 1) || i < x.length && f(i + 1, j);
    else if (i === x.length || j === y.length) r = false;
    else r = (x[i] === "?" || y[j] === "?" || x[i] === y[j]) && f(i + 1, j + 1);
    memo.set(key2, r);
    return r;
  };
  return safely(() => f(0, 0), true);
}
function globCovers(outer, inner) {
  const o = outer.toLowerCase();
  const i = inner.toLowerCase();
  if (o === "*") return true;
  if (!o.includes("*") && !o.includes("?")) return o === i;
  const star = o.indexOf("*");
  if (star === o.length - 1 && !o.slice(0, star).includes("?")) return i.startsWith(o.slice(0, star));
  if (!i.includes("*") && !i.includes("?")) return safely(() => globMatch2(o, i), false);
  return false;
}
function safely(fn, onFailure) {
  try {
    return fn();
  } catch {
    return onFailure;
  }
}

// src/policy/actions.ts
var ASSUME_ACTIONS = [
  "sts:AssumeRole",
  "sts:AssumeRoleWithSAML",
  "sts:AssumeRoleWithWebIdentity"
];
function readStringList(value, what, problems) {
  if (value === void 0) return null;
  const items = Array.isArray(value) ? value : [value];
  const out = [];
  for (const item of items) {
    if (typeof item === "string") out.push(item.trim());
    else problems.push(`${what} holds a value that is not a string; ignored`);
  }
  return out;
}
function outputActions(actions) {
  return [...new Set(actions.map((a) => renderText(a)))].sort();
}
function matchPattern(action) {
  return hasToken(action) ? replaceTokens(action, "*") : action;
}
function trustAdmits(actions, notActions) {
  if (actions?.some((a) => ASSUME_ACTIONS.some((x) => globMatch2(matchPattern(a), x)))) return true;
  if (notActions !== null && actions === null) {
    return ASSUME_ACTIONS.some((x) => !notActions.some((n) => globMatch2(matchPattern(n), x)));
  }
  return false;
}
function denyCoversActions(deny, grant) {
  const denyActions = deny.actions?.filter((a) => !hasToken(a)) ?? null;
  if (grant.notActions !== null || grant.actions === null) {
    return denyActions?.includes("*") === true;
  }
  const wanted = grant.actions.map(matchPattern);
  if (denyActions !== null) {
    return wanted.every((a) => denyActions.some((d) => globCovers(d, a)));
  }
  if (deny.notActions !== null) {
    return wanted.every((a) => !deny.notActions.some((n) => globsIntersect(matchPattern(n), a)));
  }
  return false;
}
function denyCoversResources(deny, allow) {
  if (deny.notResources !== null) return false;
  if (deny.resources === null) return true;
  const denyRes = deny.resources;
  if (denyRes.includes("*")) return true;
  if (allow.notResources !== null || allow.resources === null) return false;
  return allow.resources.every(
    (r) => denyRes.some((d) => d === r || !hasToken(d) && !hasToken(r) && globCovers(d, r))
  );
}

// src/policy/zone.ts
function defaultPartition(ctx) {
  const p = ctx.partition?.trim();
  return p && PARTITION_RE.test(p) ? p : "aws";
}
function selfAccountText(ctx) {
  const s = ctx.selfAccount?.trim();
  return s && ACCOUNT_RE3.test(s) ? s : renderText(SELF_ACCOUNT);
}
function trustedExpressions(zone) {
  const out = /* @__PURE__ */ new Set();
  for (const e of zone.expressions ?? []) {
    if (typeof e !== "string") continue;
    let t = e.trim();
    if (t.startsWith("${") && t.endsWith("}")) t = t.slice(2, -1).trim();
    if (t) out.add(t);
  }
  return out;
}
function allTrusted(expressions, zone) {
  if (expressions.length === 0) return false;
  const trusted = trustedExpressions(zone);
  return expressions.every((e) => trusted.has(e.trim()));
}
function zoneHasAccount(ctx, partition, account) {
  const def2 = defaultPartition(ctx);
  for (const raw of ctx.zone.accounts ?? []) {
    const e = String(raw).trim();
    if (ACCOUNT_RE3.test(e)) {
      if (e === account && partition === def2) return true;
      continue;
    }
    const m = /^(aws[a-z0-9-]*):(\d{12})$/.exec(e);
    if (m && m[1] === partition && m[2] === account) return true;
    const arn = splitArn(e);
    if (arn && arn.partition === partition && arn.account === account) return true;
  }
  return false;
}
function accountStatus(field3, partition, ctx) {
  const f = field3.trim();
  if (isSelfAccount(f)) return { status: "inside", kind: "self-account", account: selfAccountText(ctx) };
  const tokens = tokensIn(f);
  if (tokens.length > 0) {
    const rendered = renderText(f);
    const exprs = unresolvedExpressions(f);
    const onlyUnresolved = tokens.every((t) => t.kind === "unresolved");
    if (onlyUnresolved && allTrusted(exprs, ctx.zone)) {
      return { status: "inside", kind: "trusted-expression", account: rendered };
    }
    const ref = refAddress(f);
    const expressions = exprs.length > 0 ? exprs : ref ? [ref.attribute ? `${ref.address}.${ref.attribute}` : ref.address] : [rendered];
    return { status: "unresolved", account: rendered, expressions };
  }
  if (hasWildcard(f)) return { status: "wildcard" };
  if (!ACCOUNT_RE3.test(f)) return { status: "invalid", account: f };
  const self = ctx.selfAccount?.trim();
  if (self && self === f && partition === defaultPartition(ctx)) {
    return { status: "inside", kind: "self-account", account: f };
  }
  if (zoneHasAccount(ctx, partition, f)) return { status: "inside", kind: "zone-account", account: f };
  return { status: "outside", account: f };
}
var ORG_RE = /^o-[a-z0-9]{10,32}$/;
function orgStatus(value, ctx) {
  const v = value.trim();
  const tokens = tokensIn(v);
  if (tokens.length > 0) {
    const exprs = unresolvedExpressions(v);
    if (tokens.every((t) => t.kind === "unresolved") && allTrusted(exprs, ctx.zone)) {
      return { status: "inside", org: renderText(v), kind: "trusted-expression" };
    }
    return {
      status: "unresolved",
      org: renderText(v),
      expressions: exprs.length > 0 ? exprs : [renderText(v)]
    };
  }
  if (hasWildcard(v) || v === "") return { status: "wildcard" };
  const trusted = (ctx.zone.organizations ?? []).map((o) => String(o).trim());
  if (ORG_RE.test(v) && trusted.includes(v)) return { status: "inside", org: v };
  return { status: "outside", org: v };
}
function orgPathStatus(value, ctx) {
  const v = value.trim();
  const tokens = tokensIn(v);
  if (tokens.length > 0) {
    const exprs = unresolvedExpressions(v);
    if (tokens.every((t) => t.kind === "unresolved") && allTrusted(exprs, ctx.zone)) {
      return { status: "inside", path: renderText(v), kind: "trusted-expression" };
    }
    return {
      status: "unresolved",
      path: renderText(v),
      expressions: exprs.length > 0 ? exprs : [renderText(v)]
    };
  }
  const wild = v.search(/[*?]/);
  const prefix = wild < 0 ? v : v.slice(0, wild);
  const slash = prefix.indexOf("/");
  const first = slash < 0 ? prefix : prefix.slice(0, slash);
  if (slash < 0) {
    if (wild >= 0 || v === "") return { status: "wildcard" };
    if (!ORG_RE.test(first)) return { status: "unresolved", path: v, expressions: [v] };
    const trustedOrgs = (ctx.zone.organizations ?? []).map((o) => String(o).trim());
    return trustedOrgs.includes(first) ? { status: "inside", path: v, org: first } : { status: "outside", path: v, org: first };
  }
  if (!ORG_RE.test(first)) return { status: "unresolved", path: v, expressions: [v] };
  const orgs = (ctx.zone.organizations ?? []).map((o) => String(o).trim());
  if (orgs.includes(first)) return { status: "inside", path: v, org: first };
  for (const raw of ctx.zone.orgPaths ?? []) {
    let p = String(raw).trim();
    if (!p) continue;
    if (!p.endsWith("/")) p += "/";
    if (prefix.startsWith(p)) return { status: "inside", path: v, org: first };
  }
  return { status: "outside", path: v, org: first };
}

// src/policy/principal.ts
var KEYS = /* @__PURE__ */ new Map([
  ["AWS", "AWS"],
  ["Service", "Service"],
  ["Federated", "Federated"],
  ["CanonicalUser", "CanonicalUser"]
]);
var WEB_IDENTITY = /* @__PURE__ */ new Set([
  "cognito-identity.amazonaws.com",
  "www.amazon.com",
  "graph.facebook.com",
  "accounts.google.com"
]);
var SERVICE_RE = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.(amazonaws\.com(\.cn)?|amazon\.com)$/i;
var UNIQUE_ID_RE = /^(AROA|AIDA|ANPA|AGPA|ASIA|AKIA)[A-Z0-9]+$/;
var CANONICAL_RE = /^[0-9a-f]{64}$/i;
var PUBLIC_PRINCIPAL = { type: "Public", id: "*", accountId: null };
function detectPrincipalKey(raw) {
  if (typeof raw === "number") return "AWS";
  if (typeof raw !== "string") return "AWS";
  const t = raw.trim();
  if (t === "*") return "*";
  if (ACCOUNT_RE3.test(t)) return "AWS";
  const arn = splitArn(t);
  if (arn) {
    const res = stripTokens(arn.resource);
    return res.startsWith("saml-provider/") || res.startsWith("oidc-provider/") ? "Federated" : "AWS";
  }
  if (WEB_IDENTITY.has(t.toLowerCase())) return "Federated";
  if (!hasToken(t) && SERVICE_RE.test(t)) return "Service";
  if (hasToken(t) && !isWholeUnresolved(t) && SERVICE_RE.test(replaceTokens(t, "x"))) return "Service";
  if (CANONICAL_RE.test(t)) return "CanonicalUser";
  return "AWS";
}
function displayText(text2, ctx) {
  const self = ctx.selfAccount?.trim();
  const t = self && ACCOUNT_RE3.test(self) && text2.includes(SELF_ACCOUNT) ? text2.split(SELF_ACCOUNT).join(self) : text2;
  return renderText(t);
}
function shortRender(raw) {
  try {
    const s = typeof raw === "string" ? renderText(raw) : JSON.stringify(renderValue(raw));
    return (s ?? String(raw)).slice(0, 200);
  } catch {
    return "<unprintable>";
  }
}
function normalizePrincipal(key2, raw, ctx = {}) {
  try {
    return normalizeUnsafe(key2, raw, ctx);
  } catch (e) {
    return invalidPrincipal("AWS", raw, [
      `principal could not be read: ${e instanceof Error ? e.message : String(e)}`
    ]);
  }
}
function normalizeUnsafe(key2, raw, ctx) {
  const notes = [];
  let type;
  let forceUnresolved;
  const k = typeof key2 === "string" ? key2 : String(key2);
  if (k === "auto" || k === "*") {
    type = detectPrincipalKey(raw);
    if (k === "*" && type !== "*") notes.push(`invalidPrincipal:key "*" with a value other than "*"`);
  } else {
    type = KEYS.get(k);
    if (type === void 0) {
      const ci = [...KEYS.keys()].find((x) => x.toLowerCase() === k.trim().toLowerCase());
      if (ci) {
        type = KEYS.get(ci);
        forceUnresolved = `principal key "${k}" is not written "${ci}"`;
        notes.push(`principalKeyCase:${k}`);
      } else {
        type = detectPrincipalKey(raw);
        forceUnresolved = `unknown principal key "${k}"`;
        notes.push(`unknownPrincipalKey:${k}`);
      }
    }
  }
  let text2;
  if (typeof raw === "string") text2 = raw.trim();
  else if (typeof raw === "number") {
    if (!Number.isInteger(raw) || raw < 0) return invalidPrincipal(typeType(type), raw, notes);
    text2 = String(raw);
    if (type === "AWS") notes.push("numericAccount");
  } else return invalidPrincipal(typeType(type), raw, [...notes, "invalidPrincipal:not a string"]);
  let out;
  if (text2 === "*") out = publicPrincipal(notes, type !== "AWS" && type !== "*");
  else if (type === "Service") out = normalizeService(text2, ctx, notes);
  else if (type === "Federated") out = normalizeFederated(text2, ctx, notes);
  else if (type === "CanonicalUser") out = normalizeCanonical(text2, ctx, notes);
  else out = normalizeAws(text2, ctx, notes);
  if (forceUnresolved) out.forceUnresolved = forceUnresolved;
  return out;
}
function typeType(t) {
  return t === void 0 || t === "*" ? "AWS" : t;
}
function invalidPrincipal(type, raw, notes) {
  return {
    principal: { type, id: shortRender(raw), accountId: null },
    kind: "invalid",
    account: null,
    unresolved: [],
    invalid: true,
    notes: notes.some((n) => n.startsWith("invalidPrincipal")) ? notes : [...notes, "invalidPrincipal"]
  };
}
function publicPrincipal(notes, invalid) {
  const out = {
    principal: { ...PUBLIC_PRINCIPAL },
    kind: "public",
    account: null,
    unresolved: [],
    notes
  };
  if (invalid) {
    out.invalid = true;
    notes.push("invalidPrincipal");
  }
  return out;
}
function unresolvedWhole(type, text2, ctx, notes) {
  return {
    principal: { type, id: displayText(text2, ctx), accountId: null },
    kind: "unresolved",
    account: null,
    unresolved: unresolvedExpressions(text2),
    notes
  };
}
function normalizeAws(text2, ctx, notes) {
  const partition = defaultPartition(ctx);
  if (text2 === "") return invalidPrincipal("AWS", text2, [...notes, "invalidPrincipal:empty"]);
  if (isSelfAccount(text2)) {
    const acct = selfAccountText(ctx);
    return {
      principal: { type: "AWS", id: `arn:${partition}:iam::${acct}:root`, accountId: acct },
      kind: "self-account",
      account: acct,
      partition,
      unresolved: [],
      self: true,
      accountField: SELF_ACCOUNT,
      notes
    };
  }
  if (refAddress(text2)) {
    const acct = selfAccountText(ctx);
    return {
      principal: { type: "AWS", id: displayText(text2, ctx), accountId: acct },
      kind: "self-resource",
      account: acct,
      partition,
      unresolved: [],
      self: true,
      accountField: SELF_ACCOUNT,
      notes
    };
  }
  if (isWholeUnresolved(text2)) return unresolvedWhole("AWS", text2, ctx, notes);
  if (ACCOUNT_RE3.test(text2)) {
    return {
      principal: { type: "AWS", id: `arn:${partition}:iam::${text2}:root`, accountId: text2 },
      kind: "account",
      account: text2,
      partition,
      unresolved: [],
      accountField: text2,
      notes
    };
  }
  const arn = splitArn(text2);
  if (arn) return normalizeIamArn(text2, arn, "AWS", ctx, notes);
  if (UNIQUE_ID_RE.test(text2)) {
    return {
      principal: { type: "AWS", id: text2, accountId: null },
      kind: "unique-id",
      account: null,
      unresolved: [],
      notes: [...notes, "uniquePrincipalId"]
    };
  }
  if (hasToken(text2)) return unresolvedWhole("AWS", text2, ctx, notes);
  if (/^\d+$/.test(text2))
    return invalidPrincipal("AWS", text2, [...notes, "invalidPrincipal:account id is not 12 digits"]);
  return invalidPrincipal("AWS", text2, [...notes, "invalidPrincipal:not an account id or ARN"]);
}
function normalizeIamArn(text2, arn, type, ctx, notes) {
  const def2 = defaultPartition(ctx);
  let partition = arn.partition;
  if (hasToken(partition)) partition = def2;
  else if (!PARTITION_RE.test(partition)) notes.push(`invalidPrincipal:unknown partition ${partition}`);
  const service = arn.service;
  const resource = arn.resource;
  const plainResource = stripTokens(resource);
  const field3 = arn.account.trim();
  const id = displayText(text2, ctx);
  if (!hasToken(field3) && hasWildcard(field3)) {
    return {
      principal: { type: "Public", id, accountId: null },
      kind: "public",
      account: null,
      partition,
      unresolved: [],
      invalid: true,
      notes: [...notes, "invalidPrincipal:wildcard account"]
    };
  }
  if (!hasToken(field3) && /^[a-z]+$/.test(field3)) {
    const known = field3 === "cloudfront";
    return {
      principal: { type, id, accountId: null },
      kind: known ? "aws-owned" : "invalid",
      account: field3,
      partition,
      unresolved: [],
      invalid: known ? void 0 : true,
      notes: known ? notes : [...notes, `invalidPrincipal:account field "${field3}"`]
    };
  }
  let kind;
  let issuer;
  const svc = stripTokens(service);
  if (service === "iam" || service === "sts" || hasToken(service)) {
    if (plainResource === "root" && resource === "root") kind = "account";
    else if (plainResource.startsWith("role/")) kind = "role";
    else if (plainResource.startsWith("user/")) kind = "user";
    else if (plainResource.startsWith("assumed-role/") || plainResource.startsWith("federated-user/"))
      kind = "session";
    else if (plainResource.startsWith("group/")) {
      kind = "group";
      notes.push("groupPrincipal");
    } else if (resource.startsWith("saml-provider/")) kind = "saml-provider";
    else if (resource.startsWith("oidc-provider/")) {
      kind = "oidc-provider";
      issuer = renderText(resource.slice("oidc-provider/".length)).toLowerCase();
    } else kind = "iam-other";
  } else {
    kind = "iam-other";
    notes.push(`invalidPrincipal:ARN of service ${svc}`);
  }
  if (type === "AWS" && (kind === "saml-provider" || kind === "oidc-provider")) {
    notes.push("invalidPrincipal:identity provider under AWS");
  }
  if (type === "Federated" && kind !== "saml-provider" && kind !== "oidc-provider") {
    notes.push("invalidPrincipal:not an identity provider");
  }
  if (kind === "iam-other" && !notes.some((n) => n.startsWith("invalidPrincipal"))) {
    notes.push("invalidPrincipal:not a principal ARN");
  }
  if ((kind === "role" || kind === "user" || kind === "session") && hasWildcard(resource)) {
    notes.push("invalidPrincipal:wildcard in principal ARN");
  }
  const base = { partition, notes, ...issuer !== void 0 ? { issuer } : {} };
  const invalid = notes.some((n) => n.startsWith("invalidPrincipal")) ? { invalid: true } : {};
  if (isSelfAccount(field3)) {
    const acct = selfAccountText(ctx);
    return {
      principal: {
        type,
        id: kind === "account" ? `arn:${partition}:iam::${acct}:root` : id,
        accountId: acct
      },
      kind,
      account: acct,
      unresolved: [],
      self: true,
      accountField: SELF_ACCOUNT,
      ...invalid,
      ...base
    };
  }
  if (hasToken(field3)) {
    const acct = renderText(field3);
    const exprs = unresolvedExpressions(field3);
    const ref = refAddress(field3);
    return {
      principal: {
        type,
        id: kind === "account" ? `arn:${partition}:iam::${acct}:root` : id,
        accountId: acct
      },
      kind,
      account: acct,
      unresolved: exprs.length > 0 ? exprs : [ref ? `${ref.address}.${ref.attribute}` : acct],
      accountField: field3,
      ...invalid,
      ...base
    };
  }
  if (!ACCOUNT_RE3.test(field3)) {
    return {
      principal: { type, id, accountId: null },
      kind: "invalid",
      account: null,
      unresolved: [],
      invalid: true,
      ...base,
      notes: [...notes, `invalidPrincipal:account field "${field3}"`]
    };
  }
  return {
    principal: {
      type,
      id: kind === "account" ? `arn:${partition}:iam::${field3}:root` : id,
      accountId: field3
    },
    kind,
    account: field3,
    unresolved: [],
    accountField: field3,
    ...invalid,
    ...base
  };
}
function normalizeService(text2, ctx, notes) {
  if (isWholeUnresolved(text2)) return unresolvedWhole("Service", text2, ctx, notes);
  const shape = replaceTokens(text2, "x");
  if (SERVICE_RE.test(shape)) {
    return {
      principal: { type: "Service", id: displayText(text2, ctx), accountId: null },
      kind: "service",
      account: null,
      unresolved: [],
      notes
    };
  }
  if (hasToken(text2)) return unresolvedWhole("Service", text2, ctx, notes);
  return invalidPrincipal("Service", text2, [...notes, "invalidPrincipal:not a service principal"]);
}
function normalizeFederated(text2, ctx, notes) {
  const lower = text2.toLowerCase();
  if (WEB_IDENTITY.has(lower)) {
    return {
      principal: { type: "Federated", id: text2, accountId: null },
      kind: "web-identity",
      account: null,
      unresolved: [],
      issuer: lower,
      notes
    };
  }
  if (refAddress(text2)) {
    const acct = selfAccountText(ctx);
    return {
      principal: { type: "Federated", id: displayText(text2, ctx), accountId: acct },
      kind: "federated-unknown",
      account: acct,
      partition: defaultPartition(ctx),
      unresolved: [],
      self: true,
      accountField: SELF_ACCOUNT,
      notes
    };
  }
  if (isWholeUnresolved(text2)) return unresolvedWhole("Federated", text2, ctx, notes);
  const arn = splitArn(text2);
  if (arn) return normalizeIamArn(text2, arn, "Federated", ctx, notes);
  if (hasToken(text2)) return unresolvedWhole("Federated", text2, ctx, notes);
  return invalidPrincipal("Federated", text2, [...notes, "invalidPrincipal:not an identity provider"]);
}
function normalizeCanonical(text2, ctx, notes) {
  if (hasToken(text2)) return unresolvedWhole("CanonicalUser", text2, ctx, notes);
  const valid = CANONICAL_RE.test(text2);
  return {
    principal: { type: "CanonicalUser", id: text2, accountId: null },
    kind: "canonical-user",
    account: null,
    unresolved: [],
    ...valid ? {} : { invalid: true },
    notes: valid ? notes : [...notes, "invalidPrincipal:not a canonical user id"]
  };
}

// src/policy/condition-values.ts
function rootArn(partition, account) {
  return `arn:${partition}:iam::${account}:root`;
}
function textOf(raw) {
  if (typeof raw === "string") return raw.trim();
  if (typeof raw === "number" && Number.isInteger(raw) && raw >= 0) return String(raw);
  return null;
}
function fromAccountStatus(st, partition, path) {
  switch (st.status) {
    case "inside":
      return {
        status: "inside",
        insideKind: st.kind,
        principal: { type: "AWS", id: rootArn(partition, st.account), accountId: st.account },
        expressions: [],
        ...ACCOUNT_RE3.test(st.account) ? { account: st.account, partition } : {},
        path
      };
    case "outside":
      return {
        status: "outside",
        principal: { type: "AWS", id: rootArn(partition, st.account), accountId: st.account },
        expressions: [],
        account: st.account,
        partition,
        path
      };
    case "unresolved":
      return {
        status: "unresolved",
        principal: { type: "AWS", id: rootArn(partition, st.account), accountId: st.account },
        expressions: st.expressions,
        path
      };
    default:
      return null;
  }
}
function evaluateValue(dim, raw, path, ctx) {
  const text2 = textOf(raw);
  if (text2 === null || text2 === "") return null;
  const partition = defaultPartition(ctx);
  switch (dim) {
    case "account":
    case "sourceAccount":
    case "accessPointAccount":
      return fromAccountStatus(accountStatus(text2, partition, ctx), partition, path);
    case "org":
    case "sourceOrg": {
      const st = orgStatus(text2, ctx);
      if (st.status === "wildcard") return null;
      const principal = { type: "AWS", id: st.org, accountId: null };
      if (st.status === "unresolved")
        return { status: "unresolved", principal, expressions: st.expressions, path };
      if (st.status === "inside") {
        return { status: "inside", principal, insideKind: st.kind, expressions: [], org: st.org, path };
      }
      return { status: "outside", principal, expressions: [], org: st.org, path };
    }
    case "orgPath":
    case "sourceOrgPath": {
      const st = orgPathStatus(text2, ctx);
      if (st.status === "wildcard") return null;
      if (st.status === "unresolved") {
        const principal2 = { type: "AWS", id: st.path, accountId: null };
        return { status: "unresolved", principal: principal2, expressions: st.expressions, path };
      }
      const principal = { type: "AWS", id: st.org ?? st.path, accountId: null };
      if (st.status === "inside")
        return { status: "inside", principal, insideKind: st.kind, expressions: [], path };
      return { status: "outside", principal, expressions: [], path };
    }
    case "principalArn":
    case "sourceArn":
    case "accessPointArn":
      return evaluateArnValue(dim, text2, path, ctx);
    case "userId":
      return evaluateUserId(text2, path, ctx);
    case "eventSourceToken": {
      if (isWholeUnresolved(text2) || unresolvedExpressions(text2).length > 0) {
        const exprs = unresolvedExpressions(text2);
        if (allTrusted(exprs, ctx.zone)) return null;
        return { status: "unresolved", principal: tokenPrincipal(text2), expressions: exprs, path };
      }
      if (hasWildcard(text2)) return null;
      return { status: "identity", principal: tokenPrincipal(text2), expressions: [], path };
    }
  }
}
function tokenPrincipal(text2) {
  return { type: "AWS", id: `lambda:EventSourceToken=${renderText(text2)}`, accountId: null };
}
function evaluateUserId(text2, path, ctx) {
  const partition = defaultPartition(ctx);
  if (ACCOUNT_RE3.test(text2) || isSelfAccount(text2)) {
    return fromAccountStatus(accountStatus(text2, partition, ctx), partition, path);
  }
  const exprs = unresolvedExpressions(text2);
  if (exprs.length > 0 || isWholeUnresolved(text2)) {
    if (allTrusted(exprs, ctx.zone)) {
      return {
        status: "inside",
        insideKind: "trusted-expression",
        principal: { type: "AWS", id: renderText(text2), accountId: null },
        expressions: [],
        path
      };
    }
    return {
      status: "unresolved",
      principal: { type: "AWS", id: renderText(text2), accountId: null },
      expressions: exprs,
      path
    };
  }
  const colon = text2.indexOf(":");
  const idPart = colon < 0 ? text2 : text2.slice(0, colon);
  if (idPart === "" || hasWildcard(idPart)) return null;
  return {
    status: "identity",
    principal: { type: "AWS", id: renderText(text2), accountId: null },
    expressions: [],
    path
  };
}
function evaluateArnValue(dim, text2, path, ctx) {
  const def2 = defaultPartition(ctx);
  const asWritten = (accountId) => ({
    type: "AWS",
    id: displayText(text2, ctx),
    accountId
  });
  if (refAddress(text2)) {
    const acct = selfAccountText(ctx);
    return {
      status: "inside",
      insideKind: "self-resource",
      principal: dim === "principalArn" ? asWritten(acct) : { type: "AWS", id: rootArn(def2, acct), accountId: acct },
      expressions: [],
      path
    };
  }
  if (isWholeUnresolved(text2)) {
    const exprs = unresolvedExpressions(text2);
    if (allTrusted(exprs, ctx.zone)) {
      return {
        status: "inside",
        insideKind: "trusted-expression",
        principal: asWritten(null),
        expressions: [],
        path
      };
    }
    return { status: "unresolved", principal: asWritten(null), expressions: exprs, path };
  }
  const arn = splitArn(text2);
  if (!arn) {
    if (hasWildcard(text2)) return null;
    const exprs = unresolvedExpressions(text2);
    return {
      status: "unresolved",
      principal: asWritten(null),
      expressions: exprs.length > 0 ? exprs : [renderText(text2)],
      path
    };
  }
  const partition = PARTITION_RE.test(arn.partition) ? arn.partition : def2;
  const field3 = arn.account.trim();
  if (field3 === "") {
    const bucket = arn.resource.split("/")[0] ?? "";
    const own = arn.service === "s3" && (refAddress(bucket) !== null || (ctx.ownBucketNames ?? []).includes(bucket));
    if (own) {
      const acct = selfAccountText(ctx);
      return {
        status: "inside",
        insideKind: "own-bucket",
        principal: dim === "principalArn" ? asWritten(acct) : { type: "AWS", id: rootArn(def2, acct), accountId: acct },
        expressions: [],
        path
      };
    }
    if (hasWildcard(stripTokens(arn.resource)) && stripTokens(bucket).replace(/[*?]/g, "") === "")
      return null;
    const exprs = unresolvedExpressions(text2);
    return {
      status: "unresolved",
      principal: asWritten(null),
      expressions: exprs.length > 0 ? exprs : [`owner of ${renderText(text2)}`],
      ...exprs.length > 0 ? {} : { ownerUnknown: true },
      path
    };
  }
  const st = accountStatus(field3, partition, ctx);
  if (dim !== "principalArn") return fromAccountStatus(st, partition, path);
  switch (st.status) {
    case "inside":
      return {
        status: "inside",
        insideKind: st.kind,
        principal: asWritten(st.account),
        expressions: [],
        ...ACCOUNT_RE3.test(st.account) ? { account: st.account, partition } : {},
        path
      };
    case "outside":
      return {
        status: "outside",
        principal: asWritten(st.account),
        expressions: [],
        account: st.account,
        partition,
        path
      };
    case "unresolved":
      return { status: "unresolved", principal: asWritten(st.account), expressions: st.expressions, path };
    default:
      return null;
  }
}

// src/policy/shape.ts
function isObject2(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function formatPath(path) {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out === "" ? p : `.${p}`;
  return out === "" ? "(top level)" : out;
}

// src/policy/conditions.ts
var POSITIVE = /* @__PURE__ */ new Set(["stringequals", "stringequalsignorecase", "stringlike", "arnequals", "arnlike"]);
var NEGATED = /* @__PURE__ */ new Set([
  "stringnotequals",
  "stringnotequalsignorecase",
  "stringnotlike",
  "arnnotequals",
  "arnnotlike"
]);
function parseOperator(raw) {
  let s = raw.trim().toLowerCase();
  let qualifier = "";
  if (s.startsWith("forallvalues:")) {
    qualifier = "forallvalues";
    s = s.slice("forallvalues:".length);
  } else if (s.startsWith("foranyvalue:")) {
    qualifier = "foranyvalue";
    s = s.slice("foranyvalue:".length);
  }
  let ifExists = false;
  if (s.endsWith("ifexists") && s !== "ifexists") {
    ifExists = true;
    s = s.slice(0, -"ifexists".length);
  }
  let category = "other";
  if (POSITIVE.has(s)) category = "positive";
  else if (NEGATED.has(s)) category = "negated";
  else if (s === "bool") category = "bool";
  else if (s === "null") category = "null";
  else if (s === "ipaddress") category = "ip";
  else if (s === "notipaddress") category = "notip";
  return { base: s, qualifier, ifExists, category };
}
function conditionEntries(condition, path, problems) {
  if (condition === void 0 || condition === null) return [];
  if (!isObject2(condition)) {
    problems.push(`Condition at ${formatPath(path)} is not an object; ignored (no narrowing)`);
    return [];
  }
  const out = [];
  for (const [op, block] of Object.entries(condition)) {
    if (!isObject2(block)) {
      problems.push(
        `Condition operator "${renderText(op)}" at ${formatPath(path)} does not hold an object; ignored`
      );
      continue;
    }
    const operator = parseOperator(op);
    for (const [key2, value] of Object.entries(block)) {
      out.push({
        operatorText: op,
        operator,
        key: key2,
        keyLower: key2.trim().toLowerCase(),
        values: Array.isArray(value) ? value : [value],
        hasArray: Array.isArray(value),
        path: [...path, op, key2]
      });
    }
  }
  return out;
}
var IDENTITY_KEYS = /* @__PURE__ */ new Map([
  ["aws:principalaccount", { dim: "account", presence: "always" }],
  ["kms:calleraccount", { dim: "account", presence: "always" }],
  ["aws:principalorgid", { dim: "org", presence: "optional" }],
  ["aws:principalorgpaths", { dim: "orgPath", presence: "optional" }],
  ["aws:principalarn", { dim: "principalArn", presence: "signed" }],
  ["aws:userid", { dim: "userId", presence: "always" }],
  ["aws:sourceaccount", { dim: "sourceAccount", presence: "optional" }],
  ["aws:sourceowner", { dim: "sourceAccount", presence: "optional" }],
  ["aws:sourcearn", { dim: "sourceArn", presence: "optional" }],
  ["aws:sourceorgid", { dim: "sourceOrg", presence: "optional" }],
  ["aws:sourceorgpaths", { dim: "sourceOrgPath", presence: "optional" }],
  ["lambda:eventsourcetoken", { dim: "eventSourceToken", presence: "optional" }],
  ["s3:dataaccesspointaccount", { dim: "accessPointAccount", presence: "optional" }],
  ["s3:dataaccesspointarn", { dim: "accessPointArn", presence: "optional" }]
]);
var SOURCE_DIMS = /* @__PURE__ */ new Set([
  "sourceAccount",
  "sourceArn",
  "sourceOrg",
  "sourceOrgPath",
  "eventSourceToken"
]);
var NETWORK_KEYS = /* @__PURE__ */ new Set(["aws:sourceip", "aws:vpcsourceip", "aws:sourcevpc", "aws:sourcevpce"]);
var RANK = {
  principalArn: 1,
  userId: 2,
  eventSourceToken: 2,
  account: 3,
  sourceAccount: 3,
  accessPointAccount: 3,
  sourceArn: 3,
  accessPointArn: 3,
  orgPath: 4,
  sourceOrgPath: 4,
  org: 5,
  sourceOrg: 5
};
function summarizeConditions(entries, ctx) {
  const out = {
    constraints: [],
    network: false,
    serviceOnly: false,
    viaService: false,
    externalId: false,
    claims: /* @__PURE__ */ new Map(),
    claimKeys: /* @__PURE__ */ new Set(),
    notes: []
  };
  for (const e of entries) {
    const op = e.operator;
    if (e.keyLower === "kms:viaservice") out.viaService = true;
    if (e.keyLower === "sts:externalid") out.externalId = true;
    if (e.keyLower === "aws:principalisawsservice") {
      if (op.category === "bool" && !op.ifExists && op.qualifier !== "forallvalues" && e.values.length > 0) {
        if (e.values.every((v) => v === true || typeof v === "string" && v.trim().toLowerCase() === "true")) {
          out.serviceOnly = true;
        }
      }
      continue;
    }
    if (NETWORK_KEYS.has(e.keyLower)) {
      if ((op.category === "positive" || op.category === "ip") && op.qualifier !== "forallvalues" && e.values.length > 0) {
        if (!op.ifExists || e.keyLower === "aws:sourceip") out.network = true;
      }
      continue;
    }
    const info = IDENTITY_KEYS.get(e.keyLower);
    if (info) {
      const c = constraintFrom(e, info, ctx, out.notes);
      if (c) out.constraints.push(c);
      continue;
    }
    if (isClaimKey(e.keyLower)) {
      out.claimKeys.add(e.keyLower);
      if (op.category === "positive" && op.qualifier !== "forallvalues" && !op.ifExists) {
        const list2 = out.claims.get(e.keyLower) ?? [];
        list2.push({ keyLower: e.keyLower, values: e.values, hasArray: e.hasArray, path: e.path });
        out.claims.set(e.keyLower, list2);
      }
    }
  }
  return out;
}
function isClaimKey(keyLower) {
  const colon = keyLower.lastIndexOf(":");
  if (colon <= 0) return false;
  const prefix = keyLower.slice(0, colon);
  return prefix === "saml" || prefix.includes(".");
}
function constraintFrom(e, info, ctx, notes) {
  const op = e.operator;
  const name = `${e.operatorText} ${e.key}`;
  if (op.category !== "positive") return null;
  if (op.qualifier === "forallvalues") {
    notes.push(`notNarrowing:${name} (ForAllValues is true when the key is absent)`);
    return null;
  }
  let signedOnly = false;
  if (op.ifExists) {
    if (info.presence === "optional") {
      notes.push(`notNarrowing:${name} (the key is absent for some callers)`);
      return null;
    }
    signedOnly = info.presence === "signed";
  }
  if (e.values.length === 0) {
    notes.push(`notNarrowing:${name} (no values)`);
    return null;
  }
  const values = [];
  for (let i = 0; i < e.values.length; i++) {
    const raw = e.values[i];
    const path = e.hasArray ? [...e.path, i] : e.path;
    const v = evaluateValue(info.dim, raw, path, ctx);
    if (v === null) {
      notes.push(`notNarrowing:${name} (wildcard or invalid value)`);
      return null;
    }
    values.push(v);
  }
  return { dim: info.dim, key: e.key, keyLower: e.keyLower, signedOnly, values, path: e.path };
}
function allInside(c) {
  return c.values.length > 0 && c.values.every((v) => v.status === "inside");
}
function tightest(cs) {
  const rank = (c) => {
    if (c.values.some((v) => v.ownerUnknown)) return 10;
    return RANK[c.dim] + (c.values.some((v) => v.status === "unresolved") ? 0.5 : 0);
  };
  let best;
  for (const c of cs) {
    if (!best || rank(c) < rank(best) || rank(c) === rank(best) && c.values.length < best.values.length) {
      best = c;
    }
  }
  return best;
}

// src/policy/outcome.ts
var ANY = { kind: "any" };
function scopeOf(principal, ctx) {
  if (principal.type === "AWS" && principal.accountId !== null && ACCOUNT_RE3.test(principal.accountId)) {
    const arn = splitArn(principal.id);
    return {
      kind: "account",
      partition: arn ? arn.partition : defaultPartition(ctx),
      account: principal.accountId
    };
  }
  if (principal.type === "AWS" && /^o-[a-z0-9]{10,32}$/.test(principal.id))
    return { kind: "org", org: principal.id };
  return ANY;
}
function outcome(ctx, principal, classification, extra = {}) {
  const o = { principal, classification, notes: extra.notes ?? [], scope: scopeOf(principal, ctx) };
  if (extra.subkind !== void 0) o.subkind = extra.subkind;
  if (extra.via !== void 0) o.via = extra.via;
  if (extra.unresolved !== void 0 && extra.unresolved.length > 0)
    o.unresolved = [...new Set(extra.unresolved)];
  if (extra.conditionPath !== void 0) o.conditionPath = extra.conditionPath;
  return o;
}

// src/policy/federated.ts
var GITHUB = "token.actions.githubusercontent.com";
var MULTI_TENANT = /* @__PURE__ */ new Set(["app.terraform.io", "gitlab.com"]);
var WEB_CLAIM = /* @__PURE__ */ new Map([
  ["cognito-identity.amazonaws.com", "cognito-identity.amazonaws.com:aud"],
  ["accounts.google.com", "accounts.google.com:aud"],
  ["graph.facebook.com", "graph.facebook.com:app_id"],
  ["www.amazon.com", "www.amazon.com:app_id"]
]);
function isFederatedKind(kind) {
  return kind === "saml-provider" || kind === "oidc-provider" || kind === "federated-unknown" || kind === "web-identity";
}
function federatedOutcomes(np, cs, ctx, notes) {
  const provider = np.principal;
  if (np.kind === "web-identity") return webIdentityOutcomes(np, cs, ctx, notes);
  if (!np.self) {
    const st = np.accountField !== void 0 ? accountStatus(np.accountField, np.partition ?? defaultPartition(ctx), ctx) : { status: "invalid", account: "" };
    if (st.status === "outside") return [outcome(ctx, provider, "external", { subkind: "federated", notes })];
    if (st.status !== "inside") {
      return [
        outcome(ctx, provider, "unresolved", { subkind: "federated", unresolved: np.unresolved, notes })
      ];
    }
  }
  const issuer = np.kind === "saml-provider" ? "saml" : np.kind === "oidc-provider" ? np.issuer : inferIssuer(cs.claimKeys);
  if (issuer === "saml")
    return [outcome(ctx, provider, "internal", { subkind: "federated-same-account", notes })];
  if (issuer === void 0 || issuer === "") {
    return [
      outcome(ctx, provider, "federated", { subkind: "oidc", notes: [...notes, "federatedProviderUnknown"] })
    ];
  }
  if (issuer === GITHUB || issuer.startsWith(`${GITHUB}/`)) return githubOutcomes(np, issuer, cs, ctx, notes);
  if (MULTI_TENANT.has(issuer)) return subjectOutcomes(np, issuer, cs, ctx, notes);
  return [outcome(ctx, provider, "internal", { subkind: "federated-same-account", notes })];
}
function inferIssuer(keys) {
  for (const k of keys) if (k.startsWith("saml:")) return "saml";
  for (const k of keys) {
    const colon = k.lastIndexOf(":");
    if (colon > 0) return k.slice(0, colon);
  }
  return void 0;
}
function claimValues(cs, key2) {
  const list2 = cs.claims.get(key2);
  if (!list2 || list2.length === 0) return void 0;
  return list2.reduce((a, b) => b.values.length < a.values.length ? b : a);
}
function valuePath(claim, i) {
  return claim.hasArray ? [...claim.path, i] : claim.path;
}
function githubOutcomes(np, issuer, cs, ctx, notes) {
  const provider = np.principal;
  const claim = claimValues(cs, `${issuer}:sub`);
  if (!claim) return [outcome(ctx, provider, "public", { subkind: "github-any-repo", notes })];
  const trusted = new Set((ctx.zone.githubOrgs ?? []).map((o) => String(o).trim().toLowerCase()));
  return claim.values.map((raw, i) => {
    const conditionPath = valuePath(claim, i);
    if (typeof raw !== "string" || raw.trim() === "") {
      return outcome(ctx, provider, "public", { subkind: "github-any-repo", notes, conditionPath });
    }
    const text2 = raw.trim();
    const principal = {
      type: "Federated",
      id: `${provider.id}#${renderText(text2)}`,
      accountId: provider.accountId
    };
    const exprs = unresolvedExpressions(text2);
    if (exprs.length > 0)
      return outcome(ctx, principal, "unresolved", {
        subkind: "github-oidc",
        unresolved: exprs,
        notes,
        conditionPath
      });
    const owner = githubOwner(text2);
    if (owner === null)
      return outcome(ctx, principal, "public", { subkind: "github-any-repo", notes, conditionPath });
    if (owner !== "" && trusted.has(owner.toLowerCase())) {
      return outcome(ctx, principal, "internal", { subkind: "github-org", notes, conditionPath });
    }
    return outcome(ctx, principal, "federated", { subkind: "github-oidc", notes, conditionPath });
  });
}
function githubOwner(pattern) {
  const wild = pattern.search(/[*?]/);
  const m = /^repo:([^/*?]+)\//i.exec(pattern) ?? /^repository_owner:([^:*?]+):/i.exec(pattern);
  if (m) return m[1] ?? "";
  return wild < 0 ? "" : null;
}
function subjectOutcomes(np, issuer, cs, ctx, notes) {
  const provider = np.principal;
  const claim = claimValues(cs, `${issuer}:sub`);
  if (!claim) return [outcome(ctx, provider, "public", { subkind: "federated-unnarrowed", notes })];
  return claim.values.map((raw, i) => claimOutcome(ctx, provider, raw, "oidc", notes, valuePath(claim, i)));
}
function claimOutcome(ctx, provider, raw, subkind, notes, conditionPath) {
  if (typeof raw !== "string" || raw.trim() === "") {
    return outcome(ctx, provider, "public", { subkind: "federated-unnarrowed", notes, conditionPath });
  }
  const text2 = raw.trim();
  const principal = {
    type: "Federated",
    id: `${provider.id}#${renderText(text2)}`,
    accountId: provider.accountId
  };
  const exprs = unresolvedExpressions(text2);
  if (exprs.length > 0)
    return outcome(ctx, principal, "unresolved", { subkind, unresolved: exprs, notes, conditionPath });
  if (/^[*?]/.test(text2) || hasWildcard(text2) && text2.replace(/[*?]/g, "") === "") {
    return outcome(ctx, principal, "public", { subkind: "federated-unnarrowed", notes, conditionPath });
  }
  return outcome(ctx, principal, "federated", { subkind, notes, conditionPath });
}
function webIdentityOutcomes(np, cs, ctx, notes) {
  const provider = np.principal;
  const issuer = np.issuer ?? provider.id.toLowerCase();
  const subkind = issuer === "cognito-identity.amazonaws.com" ? "cognito" : "web-identity";
  if (issuer === "cognito-identity.amazonaws.com") {
    const amr = cs.claims.get("cognito-identity.amazonaws.com:amr") ?? [];
    const guest = amr.some((c) => c.values.some((v) => typeof v === "string" && /unauthenticated/i.test(v)));
    if (guest) return [outcome(ctx, provider, "public", { subkind: "cognito-unauthenticated", notes })];
  }
  const key2 = WEB_CLAIM.get(issuer);
  const claim = key2 ? claimValues(cs, key2) : void 0;
  if (!claim) return [outcome(ctx, provider, "public", { subkind: "federated-unnarrowed", notes })];
  return claim.values.map((raw, i) => claimOutcome(ctx, provider, raw, subkind, notes, valuePath(claim, i)));
}

// src/policy/classify.ts
function insideSubkind(c, cs) {
  switch (c.dim) {
    case "org":
    case "sourceOrg":
      return "org-narrowed";
    case "orgPath":
    case "sourceOrgPath":
      return "ou-narrowed";
    case "account":
      return c.keyLower === "kms:calleraccount" && cs.viaService ? "aws-managed-key-pattern" : "account-narrowed";
    case "principalArn":
      return "arn-narrowed";
    default:
      return "source-narrowed";
  }
}
function outsideSubkind(dim, v) {
  switch (dim) {
    case "org":
    case "sourceOrg":
      return "org";
    case "orgPath":
    case "sourceOrgPath":
      return "ou";
    case "principalArn": {
      const res = splitArn(v.principal.id)?.resource ?? "";
      if (res === "root") return "account";
      if (res.startsWith("role/")) return "role";
      if (res.startsWith("user/")) return "user";
      if (res.startsWith("assumed-role/") || res.startsWith("federated-user/")) return "session";
      return "account";
    }
    case "userId":
      return v.account !== void 0 ? "account" : "identity";
    case "eventSourceToken":
      return "event-source-token";
    default:
      return "account";
  }
}
function unresolvedOf(cs, except) {
  const determinate = cs.some((c) => c.values.every((v) => v.status !== "unresolved"));
  const out = [];
  for (const c of cs) {
    if (c === except) continue;
    for (const v of c.values) {
      if (v.status === "unresolved" && !(v.ownerUnknown && determinate)) out.push(...v.expressions);
    }
  }
  return out;
}
function applicable(cs, signed, sourceOnly) {
  return cs.constraints.filter((c) => (signed || !c.signedOnly) && (!sourceOnly || SOURCE_DIMS.has(c.dim)));
}
function classifyPrincipal(np, cs, ctx, opts = {}) {
  const notes = [...np.notes];
  if (cs.externalId) notes.push("externalId");
  if (np.forceUnresolved) {
    return {
      outcomes: [
        outcome(ctx, np.principal, "unresolved", { subkind: np.kind, unresolved: np.unresolved, notes })
      ]
    };
  }
  if (opts.notPrincipal) {
    return { outcomes: publicOutcomes({ ...PUBLIC_PRINCIPAL }, "not-principal", cs, ctx, notes) };
  }
  switch (np.kind) {
    case "public":
      return {
        outcomes: publicOutcomes(
          np.principal,
          np.principal.id === "*" ? "anonymous" : "authenticated-any-account",
          cs,
          ctx,
          notes
        )
      };
    case "service":
      if (ctx.trustPolicy && np.principal.id.toLowerCase() === "rolesanywhere.amazonaws.com") {
        return { outcomes: [outcome(ctx, np.principal, "federated", { subkind: "roles-anywhere", notes })] };
      }
      return { outcomes: serviceOutcomes(np.principal, cs, ctx, notes) };
    case "canonical-user":
      return { outcomes: canonicalOutcomes(np, cs, ctx, notes) };
    case "unresolved":
    case "unique-id":
    case "invalid":
      return { outcomes: unresolvedOutcomes(np, cs, ctx, notes) };
    default:
      if (isFederatedKind(np.kind)) return { outcomes: federatedOutcomes(np, cs, ctx, notes) };
      return accountOutcomes(np, cs, ctx, notes);
  }
}
function publicOutcomes(principal, defaultSubkind, cs, ctx, notes) {
  if (cs.serviceOnly) {
    return serviceOutcomes({ type: "Service", id: "*", accountId: null }, cs, ctx, [
      ...notes,
      "principalIsAWSService"
    ]);
  }
  const cons = applicable(cs, false, false);
  const inside3 = cons.filter(allInside);
  if (inside3.length > 0) {
    const c = tightest(inside3);
    return c.values.map(
      (v) => outcome(ctx, v.principal, "internal", { subkind: insideSubkind(c, cs), notes, conditionPath: v.path })
    );
  }
  if (cons.length === 0) {
    return [
      outcome(ctx, principal, "public", {
        subkind: cs.network ? "network-restricted" : defaultSubkind,
        notes
      })
    ];
  }
  return perValue(tightest(cons), cons, cs, ctx, notes);
}
function perValue(t, cons, cs, ctx, notes, via, serviceOnInside) {
  const others = unresolvedOf(cons, t);
  const viaExtra = via !== void 0 ? { via } : {};
  return t.values.map((v) => {
    const base = { notes, conditionPath: v.path, ...viaExtra };
    if (v.status === "inside") {
      if (serviceOnInside)
        return outcome(ctx, serviceOnInside, "service", { ...base, subkind: "source-narrowed" });
      return outcome(ctx, v.principal, "internal", { ...base, subkind: insideSubkind(t, cs) });
    }
    if (v.status === "unresolved") {
      return outcome(ctx, v.principal, "unresolved", { ...base, unresolved: [...v.expressions, ...others] });
    }
    const extraNotes = via !== void 0 && v.status === "outside" ? [...notes, "serviceActsForExternalAccount"] : notes;
    if (others.length > 0) {
      return outcome(ctx, v.principal, "unresolved", { ...base, notes: extraNotes, unresolved: others });
    }
    return outcome(ctx, v.principal, "external", {
      ...base,
      notes: extraNotes,
      subkind: outsideSubkind(t.dim, v)
    });
  });
}
function serviceOutcomes(principal, cs, ctx, notes) {
  const src = applicable(cs, false, true);
  if (src.length === 0) {
    const subkind = principal.id === "*" ? "any-service" : "service";
    return [outcome(ctx, principal, "service", { subkind, notes: [...notes, "confusedDeputyRisk"] })];
  }
  const via = principal.id;
  const inside3 = src.filter(allInside);
  if (inside3.length > 0) {
    return [outcome(ctx, principal, "service", { subkind: "source-narrowed", via, notes })];
  }
  return perValue(tightest(src), src, cs, ctx, notes, via, principal);
}
function accountOutcomes(np, cs, ctx, notes) {
  const p = np.principal;
  if (np.self) {
    return {
      outcomes: [
        outcome(ctx, p, "internal", {
          subkind: np.kind === "self-resource" ? "self-resource" : "self-account",
          notes
        })
      ]
    };
  }
  const partition = np.partition ?? defaultPartition(ctx);
  const st = np.kind === "aws-owned" || np.accountField === void 0 ? { status: "outside", account: np.account ?? "" } : accountStatus(np.accountField, partition, ctx);
  if (st.status === "inside") return { outcomes: [outcome(ctx, p, "internal", { subkind: st.kind, notes })] };
  const cons = applicable(cs, true, false);
  const inside3 = cons.filter(allInside);
  if (inside3.length > 0) {
    const c = tightest(inside3);
    return {
      outcomes: [
        outcome(ctx, p, "internal", { subkind: insideSubkind(c, cs), notes, conditionPath: c.path })
      ]
    };
  }
  if (st.status === "outside" && ACCOUNT_RE3.test(st.account)) {
    for (const c of cons) {
      if (c.dim !== "account" && c.dim !== "principalArn") continue;
      const literal = c.values.every((v) => v.account !== void 0);
      if (literal && !c.values.some((v) => v.account === st.account && v.partition === partition)) {
        const admitted = c.values.map((v) => v.account).join(", ");
        return { outcomes: [], dropped: `contradictory:${c.key} admits only ${admitted}` };
      }
    }
  }
  const unresolved2 = unresolvedOf(cons);
  if (st.status === "unresolved") {
    return {
      outcomes: [
        outcome(ctx, p, "unresolved", {
          subkind: np.kind,
          unresolved: [...np.unresolved, ...unresolved2],
          notes
        })
      ]
    };
  }
  if (st.status !== "outside") {
    return { outcomes: [outcome(ctx, p, "unresolved", { subkind: "invalid", unresolved: unresolved2, notes })] };
  }
  if (unresolved2.length > 0) {
    return { outcomes: [outcome(ctx, p, "unresolved", { subkind: externalKind(np), unresolved: unresolved2, notes })] };
  }
  return { outcomes: [outcome(ctx, p, "external", { subkind: externalKind(np), notes })] };
}
function externalKind(np) {
  switch (np.kind) {
    case "aws-owned":
      return "aws-owned-account";
    case "iam-other":
    case "saml-provider":
    case "oidc-provider":
      return "account";
    default:
      return np.kind;
  }
}
function unresolvedOutcomes(np, cs, ctx, notes) {
  if (np.kind === "unresolved" && allTrusted(np.unresolved, ctx.zone)) {
    return [outcome(ctx, np.principal, "internal", { subkind: "trusted-expression", notes })];
  }
  const cons = applicable(cs, true, false);
  const inside3 = cons.filter(allInside);
  if (inside3.length > 0) {
    const c = tightest(inside3);
    return [
      outcome(ctx, np.principal, "internal", { subkind: insideSubkind(c, cs), notes, conditionPath: c.path })
    ];
  }
  const subkind = np.kind === "unresolved" ? void 0 : np.kind;
  return [
    outcome(ctx, np.principal, "unresolved", {
      ...subkind ? { subkind } : {},
      unresolved: [...np.unresolved, ...unresolvedOf(cons)],
      notes
    })
  ];
}
function canonicalOutcomes(np, cs, ctx, notes) {
  const own = (ctx.ownCanonicalUserIds ?? []).map((s) => String(s).toLowerCase());
  if (own.includes(np.principal.id.toLowerCase())) {
    return [outcome(ctx, np.principal, "internal", { subkind: "own-canonical-user", notes })];
  }
  const cons = applicable(cs, true, false);
  const inside3 = cons.filter(allInside);
  if (inside3.length > 0) {
    const c = tightest(inside3);
    return [
      outcome(ctx, np.principal, "internal", { subkind: insideSubkind(c, cs), notes, conditionPath: c.path })
    ];
  }
  const unresolved2 = unresolvedOf(cons);
  if (unresolved2.length > 0) {
    return [outcome(ctx, np.principal, "unresolved", { subkind: "canonical-user", unresolved: unresolved2, notes })];
  }
  return [outcome(ctx, np.principal, "external", { subkind: "canonical-user", notes })];
}

// src/policy/deny-guards.ts
var ORG_PATH_DIMS = /* @__PURE__ */ new Set(["orgPath", "sourceOrgPath"]);
function guardFrom(stmt, ctx) {
  if (stmt.effect !== "Deny") return null;
  const problems = [];
  const entries = conditionEntries(stmt.condition, stmt.conditionPath, problems);
  if (problems.length > 0) return null;
  if (stmt.notPrincipals !== null && stmt.principals === null) {
    if (entries.length > 0) return null;
    return notPrincipalGuard(stmt, ctx);
  }
  if (stmt.principals === null) return null;
  const coversAll = stmt.principals.some((e) => {
    const np = normalizePrincipal(e.key, e.value, ctx);
    return np.kind === "public" && !np.invalid && !np.forceUnresolved;
  });
  if (!coversAll || entries.length === 0) return null;
  const members = [];
  let predicates = 0;
  for (const e of entries) {
    const op = e.operator;
    if (e.keyLower === "aws:principalisawsservice") {
      const allFalse = e.values.length > 0 && e.values.every((v) => v === false || typeof v === "string" && v.trim().toLowerCase() === "false");
      if (op.category === "bool" && op.qualifier === "" && allFalse) {
        members.push({ kind: "service" });
        continue;
      }
      return null;
    }
    const info = IDENTITY_KEYS.get(e.keyLower);
    if (!info || op.category !== "negated" || e.values.length === 0) return null;
    if (op.qualifier !== "" && !ORG_PATH_DIMS.has(info.dim)) return null;
    predicates++;
    const source = info.dim.startsWith("source") || info.dim === "eventSourceToken";
    for (const raw of e.values) {
      const v = evaluateValue(info.dim, raw, [], ctx);
      if (v === null) members.push({ kind: "other" });
      else if (v.status === "inside") members.push({ kind: "inside" });
      else if (v.status === "outside" && !source && v.account !== void 0 && v.partition !== void 0) {
        members.push({ kind: "account", partition: v.partition, account: v.account });
      } else if (v.status === "outside" && !source && v.org !== void 0)
        members.push({ kind: "org", org: v.org });
      else members.push({ kind: "other" });
    }
  }
  if (predicates === 0) return null;
  return { label: stmt.label, statement: stmt, members, incomplete: false };
}
function notPrincipalGuard(stmt, ctx) {
  const entries = stmt.notPrincipals ?? [];
  if (entries.length === 0) return null;
  const members = [];
  const accountsListed = /* @__PURE__ */ new Set();
  const accountsOfIdentities = [];
  for (const e of entries) {
    const np = normalizePrincipal(e.key, e.value, ctx);
    if (np.forceUnresolved) {
      members.push({ kind: "other" });
      continue;
    }
    if (np.kind === "service") {
      members.push({ kind: "service" });
      continue;
    }
    if (np.self) {
      members.push({ kind: "inside" });
      if (np.kind === "self-account") accountsListed.add("self");
      else accountsOfIdentities.push("self");
      continue;
    }
    const accountKinds = ["account", "role", "user", "session", "group", "iam-other"];
    if (!accountKinds.includes(np.kind) || np.accountField === void 0) {
      members.push({ kind: "other" });
      continue;
    }
    const partition = np.partition ?? defaultPartition(ctx);
    const st = accountStatus(np.accountField, partition, ctx);
    if (st.status === "inside") members.push({ kind: "inside" });
    else if (st.status === "outside") members.push({ kind: "account", partition, account: st.account });
    else members.push({ kind: "other" });
    const key2 = st.status === "inside" || st.status === "outside" ? `${partition}:${st.account}` : np.accountField;
    if (np.kind === "account") accountsListed.add(key2);
    else accountsOfIdentities.push(key2);
  }
  const incomplete = accountsOfIdentities.some((a) => !accountsListed.has(a));
  return { label: stmt.label, statement: stmt, members, incomplete };
}
function memberAllows(m, scope) {
  switch (m.kind) {
    case "inside":
    case "service":
      return true;
    case "account":
      return scope.kind === "account" && (scope.account !== m.account || scope.partition !== m.partition);
    case "org":
      return scope.kind === "org" && scope.org !== m.org;
    default:
      return false;
  }
}
function guardNarrows(guard, grant, allow) {
  if (grant.classification !== "external" && grant.classification !== "public" && grant.classification !== "unresolved") {
    return false;
  }
  if (grant.via !== void 0) return false;
  if (grant.principal.type !== "AWS" && grant.principal.type !== "Public") return false;
  if (!denyCoversActions(guard.statement, allow)) return false;
  if (!denyCoversResources(guard.statement, allow)) return false;
  return guard.members.every((m) => memberAllows(m, grant.scope));
}

// src/policy/json.ts
var MAX_JSON_DEPTH = 256;
var JsonSyntaxError2 = class extends Error {
};
var NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
function parseStrictJson2(text2) {
  const parser = new StrictParser(text2);
  try {
    const value = parser.parseDocument();
    return { ok: true, value, duplicates: parser.duplicates };
  } catch (e) {
    if (e instanceof JsonSyntaxError2) return { ok: false, error: e.message };
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
function mergeDuplicate(a, b) {
  if (isObject2(a) && isObject2(b)) {
    const out2 = {};
    for (const [k, v] of Object.entries(a)) setOwn(out2, k, v);
    for (const [k, v] of Object.entries(b))
      setOwn(out2, k, Object.hasOwn(out2, k) ? mergeDuplicate(out2[k], v) : v);
    return out2;
  }
  const items = [...Array.isArray(a) ? a : [a], ...Array.isArray(b) ? b : [b]];
  const out = [];
  for (const item of items) {
    if ((typeof item === "string" || typeof item === "number") && out.includes(item)) continue;
    out.push(item);
  }
  return out;
}
var StrictParser = class {
  constructor(s) {
    this.s = s;
  }
  s;
  pos = 0;
  depth = 0;
  duplicates = [];
  parseDocument() {
    if (this.s.charCodeAt(0) === 65279) this.pos = 1;
    this.ws();
    if (this.pos >= this.s.length) this.fail("empty document");
    const value = this.value([]);
    this.ws();
    if (this.pos < this.s.length) this.fail(`unexpected ${this.describe()} after the JSON value`);
    return value;
  }
  fail(message) {
    let line = 1;
    let col = 1;
    const end = Math.min(this.pos, this.s.length);
    for (let i = 0; i < end; i++) {
      if (this.s.charCodeAt(i) === 10) {
        line++;
        col = 1;
      } else col++;
    }
    throw new JsonSyntaxError2(`${message} at line ${line}, column ${col}`);
  }
  describe() {
    if (this.pos >= this.s.length) return "end of input";
    const ch = this.s[this.pos] ?? "";
    return /[\x20-\x7e]/.test(ch) ? `character '${ch}'` : `character U+${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
  }
  ws() {
    const s = this.s;
    while (this.pos < s.length) {
      const c = s.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.pos++;
      else break;
    }
  }
  value(path) {
    this.ws();
    const c = this.s[this.pos];
    switch (c) {
      case "{":
        return this.object(path);
      case "[":
        return this.array(path);
      case '"':
        return this.string();
      case "t":
        return this.literal("true", true);
      case "f":
        return this.literal("false", false);
      case "n":
        return this.literal("null", null);
      default:
        if (c === "-" || c !== void 0 && c >= "0" && c <= "9") return this.number();
        return this.fail(`unexpected ${this.describe()}`);
    }
  }
  enter() {
    if (++this.depth > MAX_JSON_DEPTH) this.fail(`nesting deeper than ${MAX_JSON_DEPTH} levels`);
  }
  object(path) {
    this.enter();
    this.pos++;
    const out = {};
    this.ws();
    if (this.s[this.pos] === "}") {
      this.pos++;
      this.depth--;
      return out;
    }
    for (; ; ) {
      this.ws();
      if (this.s[this.pos] !== '"')
        this.fail(`expected a property name in double quotes, found ${this.describe()}`);
      const key2 = this.string();
      this.ws();
      if (this.s[this.pos] !== ":") this.fail(`expected ':' after property name, found ${this.describe()}`);
      this.pos++;
      const keyPath = [...path, key2];
      const v = this.value(keyPath);
      if (Object.hasOwn(out, key2)) {
        this.duplicates.push(`duplicate key "${key2}" at ${formatPath(path)}`);
        setOwn(out, key2, mergeDuplicate(out[key2], v));
      } else setOwn(out, key2, v);
      this.ws();
      const c = this.s[this.pos];
      if (c === ",") {
        this.pos++;
        continue;
      }
      if (c === "}") {
        this.pos++;
        this.depth--;
        return out;
      }
      this.fail(`expected ',' or '}' in object, found ${this.describe()}`);
    }
  }
  array(path) {
    this.enter();
    this.pos++;
    const out = [];
    this.ws();
    if (this.s[this.pos] === "]") {
      this.pos++;
      this.depth--;
      return out;
    }
    for (; ; ) {
      out.push(this.value([...path, out.length]));
      this.ws();
      const c = this.s[this.pos];
      if (c === ",") {
        this.pos++;
        continue;
      }
      if (c === "]") {
        this.pos++;
        this.depth--;
        return out;
      }
      this.fail(`expected ',' or ']' in array, found ${this.describe()}`);
    }
  }
  literal(word, value) {
    if (this.s.startsWith(word, this.pos)) {
      this.pos += word.length;
      return value;
    }
    return this.fail(`unexpected ${this.describe()}`);
  }
  number() {
    NUMBER_RE.lastIndex = this.pos;
    const m = NUMBER_RE.exec(this.s);
    if (!m || m[0] === "-") this.fail(`invalid number`);
    const text2 = m[0];
    const next = this.s[this.pos + text2.length];
    if (next !== void 0 && /[0-9.eE+-]/.test(next)) {
      this.pos += text2.length;
      this.fail("invalid number");
    }
    this.pos += text2.length;
    return Number(text2);
  }
  string() {
    const s = this.s;
    this.pos++;
    let out = "";
    let start = this.pos;
    for (; ; ) {
      if (this.pos >= s.length) this.fail("unterminated string");
      const c = s.charCodeAt(this.pos);
      if (c === 34) {
        out += s.slice(start, this.pos);
        this.pos++;
        return out;
      }
      if (c < 32) this.fail("control character in string");
      if (c !== 92) {
        this.pos++;
        continue;
      }
      out += s.slice(start, this.pos);
      const e = s[this.pos + 1];
      switch (e) {
        case '"':
        case "\\":
        case "/":
          out += e;
          break;
        case "b":
          out += "\b";
          break;
        case "f":
          out += "\f";
          break;
        case "n":
          out += "\n";
          break;
        case "r":
          out += "\r";
          break;
        case "t":
          out += "	";
          break;
        case "u": {
          const hex = s.slice(this.pos + 2, this.pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
            this.pos++;
            this.fail("invalid \\u escape in string");
          }
          const code = Number.parseInt(hex, 16);
          out += code === 57344 || code === 57345 ? "\uFFFD" : String.fromCharCode(code);
          this.pos += 4;
          break;
        }
        default:
          this.pos++;
          this.fail("invalid escape in string");
      }
      this.pos += 2;
      start = this.pos;
    }
  }
};

// src/policy/parse.ts
function element(obj2, name, where, diag) {
  if (Object.hasOwn(obj2, name)) return { value: obj2[name], key: name };
  const lower = name.toLowerCase();
  let found;
  for (const k of Object.keys(obj2)) {
    if (k.toLowerCase() !== lower) continue;
    diag.errors.push(`element "${renderText(k)}" in ${where} should be written "${name}"; read as ${name}`);
    found = found ? { value: mergeDuplicate(found.value, obj2[k]), key: found.key } : { value: obj2[k], key: k };
  }
  return found;
}
function readStatements(doc, diag) {
  const st = element(doc, "Statement", "the policy", diag);
  if (st === void 0) {
    if (Object.hasOwn(doc, "Effect") || Object.hasOwn(doc, "Principal")) {
      diag.errors.push("policy has no Statement element; the document was read as a single statement");
      return [readStatement(doc, null, [], diag)];
    }
    diag.errors.push("policy has no Statement element");
    return [];
  }
  const value = st.value;
  if (Array.isArray(value)) {
    const out = [];
    value.forEach((item, i) => {
      if (isObject2(item)) out.push(readStatement(item, i, [st.key, i], diag));
      else diag.errors.push(`${st.key}[${i}] is not an object; ignored`);
    });
    return out;
  }
  if (isObject2(value)) return [readStatement(value, null, [st.key], diag)];
  diag.errors.push("Statement is neither an object nor an array");
  return [];
}
function readStatement(s, index, path, diag) {
  const where = path.length === 0 ? "the policy" : formatPath(path);
  const sidRaw = element(s, "Sid", where, diag)?.value;
  const label = typeof sidRaw === "string" && sidRaw.trim() !== "" ? renderText(sidRaw.trim()) : `#${index === null ? 0 : index}`;
  const effectUnresolved = [];
  const effect = readEffect(element(s, "Effect", where, diag)?.value, where, diag, effectUnresolved);
  const p = element(s, "Principal", where, diag);
  const np = element(s, "NotPrincipal", where, diag);
  const principalPath = [...path, p?.key ?? "Principal"];
  const notPrincipalPath = [...path, np?.key ?? "NotPrincipal"];
  const principals = p === void 0 ? null : principalEntries(p.value, principalPath, diag, where);
  const notPrincipals = np === void 0 ? null : principalEntries(np.value, notPrincipalPath, diag, where);
  if (p !== void 0 && np !== void 0) {
    diag.errors.push(`${where} has both Principal and NotPrincipal`);
  }
  const a = element(s, "Action", where, diag);
  const na = element(s, "NotAction", where, diag);
  const r = element(s, "Resource", where, diag);
  const nr = element(s, "NotResource", where, diag);
  const c = element(s, "Condition", where, diag);
  return {
    index,
    path,
    label,
    effect,
    effectUnresolved,
    principals,
    notPrincipals,
    principalPath,
    notPrincipalPath,
    actions: readStringList(a?.value, `Action of ${where}`, diag.errors),
    notActions: readStringList(na?.value, `NotAction of ${where}`, diag.errors),
    resources: readStringList(r?.value, `Resource of ${where}`, diag.errors),
    notResources: readStringList(nr?.value, `NotResource of ${where}`, diag.errors),
    condition: c?.value,
    conditionPath: [...path, c?.key ?? "Condition"]
  };
}
function readEffect(raw, where, diag, unresolved2) {
  if (raw === "Allow") return "Allow";
  if (raw === "Deny") return "Deny";
  if (raw === void 0) {
    diag.errors.push(`${where} has no Effect; read as Allow (fail closed)`);
    return "Allow";
  }
  const values = Array.isArray(raw) ? raw : [raw];
  const texts2 = values.map((v) => typeof v === "string" ? v.trim() : "");
  if (texts2.some((t) => hasToken(t))) {
    for (const t of texts2) unresolved2.push(...unresolvedExpressions(t));
    diag.errors.push(`Effect of ${where} is not known statically; read as Allow (fail closed)`);
    return "Allow";
  }
  const lower = texts2.map((t) => t.toLowerCase());
  if (lower.includes("allow") || !lower.every((t) => t === "deny")) {
    diag.errors.push(`Effect of ${where} is not "Allow" or "Deny"; read as Allow (fail closed)`);
    return "Allow";
  }
  diag.errors.push(`Effect of ${where} is not written "Deny"; read as Deny`);
  return "Deny";
}
function principalEntries(raw, path, diag, where) {
  if (typeof raw === "string") return [{ key: raw.trim() === "*" ? "*" : "auto", value: raw, path }];
  if (typeof raw === "number") return [{ key: "auto", value: raw, path }];
  if (Array.isArray(raw)) {
    const out = [];
    raw.forEach((item, i) => {
      if (typeof item === "string" || typeof item === "number")
        out.push({ key: "auto", value: item, path: [...path, i] });
      else if (isObject2(item)) out.push(...mapEntries(item, [...path, i], diag, where));
      else diag.errors.push(`principal at ${formatPath([...path, i])} is not a string; ignored`);
    });
    return out;
  }
  if (isObject2(raw)) return mapEntries(raw, path, diag, where);
  diag.errors.push(`principal element of ${where} is neither "*", an object nor an array; ignored`);
  return [];
}
function mapEntries(obj2, path, diag, where) {
  const out = [];
  for (const [key2, value] of Object.entries(obj2)) {
    if (Array.isArray(value)) {
      value.forEach((item, j) => {
        if (Array.isArray(item) || isObject2(item)) {
          diag.errors.push(
            `principal at ${formatPath([...path, key2, j])} in ${where} is not a string; ignored`
          );
        } else out.push({ key: key2, value: item, path: [...path, key2, j] });
      });
    } else if (isObject2(value)) {
      diag.errors.push(`principal at ${formatPath([...path, key2])} in ${where} is an object; ignored`);
    } else out.push({ key: key2, value, path: [...path, key2] });
  }
  return out;
}

// src/policy/analyze.ts
function analyzePolicy(doc, ctx) {
  try {
    return analyzeUnsafe(doc, sanitizeContext(ctx));
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { grants: [], errors: [`policy could not be analysed: ${reason}`] };
  }
}
function stringList(v) {
  if (!Array.isArray(v)) return [];
  const out = [];
  for (const x of v) {
    if (typeof x === "string") out.push(x);
    else if (typeof x === "number" && Number.isSafeInteger(x) && x >= 0) out.push(String(x));
  }
  return out;
}
function sanitizeContext(ctx) {
  const z = isObject2(ctx) && isObject2(ctx.zone) ? ctx.zone : {};
  const zone = {
    accounts: stringList(z.accounts),
    organizations: stringList(z.organizations),
    orgPaths: stringList(z.orgPaths),
    expressions: stringList(z.expressions),
    githubOrgs: stringList(z.githubOrgs)
  };
  const out = { zone, trustPolicy: isObject2(ctx) && ctx.trustPolicy === true };
  if (isObject2(ctx)) {
    if (typeof ctx.selfAccount === "string") out.selfAccount = ctx.selfAccount;
    if (typeof ctx.partition === "string") out.partition = ctx.partition;
    if (ctx.ownBucketNames !== void 0) out.ownBucketNames = stringList(ctx.ownBucketNames);
    if (ctx.ownCanonicalUserIds !== void 0) out.ownCanonicalUserIds = stringList(ctx.ownCanonicalUserIds);
  }
  return out;
}
function analyzeUnsafe(doc, ctx) {
  const diag = { errors: [], notes: [] };
  let value = doc;
  if (typeof doc === "string") {
    const parsed = parseStrictJson2(doc);
    if (!parsed.ok) return { grants: [], errors: [`invalid JSON in policy: ${parsed.error}`] };
    value = parsed.value;
    for (const d of parsed.duplicates)
      diag.errors.push(`${d} in policy; the values were merged (fail closed)`);
  }
  if (!isObject2(value)) {
    const what = value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
    return { grants: [], errors: [`policy is not a JSON object (found ${what})`] };
  }
  const statements = readStatements(value, diag);
  const pending = [];
  for (const stmt of statements) {
    if (stmt.effect === "Allow") pending.push(...grantsOf(stmt, ctx, diag));
  }
  const guards = statements.map((s) => guardFrom(s, ctx)).filter((g) => g !== null);
  for (const p of pending) applyGuards(p, guards);
  const result = { grants: pending.map((p) => p.grant), errors: diag.errors };
  if (diag.notes.length > 0) result.notes = diag.notes;
  return result;
}
function applyGuards(p, guards) {
  for (const g of guards) {
    if (!guardNarrows(g, p.outcome, p.statement)) continue;
    p.grant.classification = "internal";
    p.grant.subkind = "deny-guarded";
    delete p.grant.unresolved;
    const notes = p.grant.notes ?? [];
    notes.push(`narrowedByDeny:${g.label}`);
    if (g.incomplete) notes.push("guardIncomplete");
    p.grant.notes = notes;
    return;
  }
}
function grantsOf(stmt, ctx, diag) {
  const where = stmt.index === null ? "Statement" : `Statement[${stmt.index}]`;
  const name = stmt.label.startsWith("#") ? where : `${where} (${stmt.label})`;
  if (stmt.actions === null && stmt.notActions === null) {
    diag.errors.push(`${name} has no Action or NotAction; no grant`);
    return [];
  }
  if (stmt.actions !== null && stmt.notActions !== null) {
    diag.errors.push(`${name} has both Action and NotAction`);
  }
  if ((stmt.actions ?? []).length === 0 && (stmt.notActions ?? []).length === 0) {
    diag.errors.push(`${name} has an empty Action; no grant`);
    return [];
  }
  if (ctx.trustPolicy && !trustAdmits(stmt.actions, stmt.notActions)) {
    diag.notes.push(
      `trust-without-assume:${stmt.label} (${name} allows no sts:AssumeRole* action; no grant)`
    );
    return [];
  }
  const problems = [];
  const entries = conditionEntries(stmt.condition, stmt.conditionPath, problems);
  diag.errors.push(...problems);
  const summary = summarizeConditions(entries, ctx);
  const conditions = renderConditions(stmt.condition);
  const actions = outputActions(stmt.actions ?? []);
  const notActions = stmt.notActions !== null && stmt.notActions.length > 0 ? outputActions(stmt.notActions) : void 0;
  const targets = [];
  if (stmt.notPrincipals !== null) {
    targets.push({
      np: { principal: { ...PUBLIC_PRINCIPAL }, kind: "public", account: null, unresolved: [], notes: [] },
      path: stmt.notPrincipalPath,
      notPrincipal: true
    });
  }
  if (stmt.principals !== null) {
    for (const e of stmt.principals) {
      targets.push({ np: normalizePrincipal(e.key, e.value, ctx), path: e.path, notPrincipal: false });
    }
  }
  if (targets.length === 0) {
    const what = stmt.principals === null ? "has no Principal" : "has an empty Principal";
    diag.notes.push(`${name} ${what}; no grant`);
    return [];
  }
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const t of targets) {
    const r = classifyPrincipal(t.np, summary, ctx, { notPrincipal: t.notPrincipal });
    if (r.dropped)
      diag.notes.push(`${name}: grant to ${t.np.principal.id} cannot take effect (${r.dropped})`);
    for (const o of r.outcomes) {
      const key2 = `${o.principal.type}\0${o.principal.id}\0${o.classification}\0${o.via ?? ""}`;
      if (seen.has(key2)) continue;
      seen.add(key2);
      const notes = [...o.notes, ...summary.notes];
      if (notActions) notes.push("broadActions");
      if (stmt.effectUnresolved.length > 0) notes.push("effectUnresolved");
      const grant = {
        principal: {
          type: o.principal.type,
          id: renderText(o.principal.id),
          accountId: renderAccount(o.principal.accountId)
        },
        classification: o.classification,
        actions,
        conditions,
        path: t.path,
        statement: stmt.label
      };
      if (o.subkind !== void 0) grant.subkind = o.subkind;
      if (notActions) grant.notActions = notActions;
      if (o.via !== void 0) grant.via = renderText(o.via);
      const unresolved2 = [...o.unresolved ?? [], ...stmt.effectUnresolved];
      if (unresolved2.length > 0) grant.unresolved = [...new Set(unresolved2)];
      if (notes.length > 0) grant.notes = [...new Set(notes)];
      if (o.conditionPath !== void 0) grant.conditionPath = o.conditionPath;
      out.push({ grant, outcome: o, statement: stmt });
    }
  }
  return out;
}
function renderAccount(a) {
  return a === null ? null : renderText(a);
}
function renderConditions(condition) {
  const out = {};
  if (!isObject2(condition)) return out;
  for (const [op, block] of Object.entries(condition)) {
    if (isObject2(block)) {
      setOwn(out, renderText(op), renderValue(block));
    }
  }
  return out;
}

// src/grants/paths.ts
function valuesAt(root, path) {
  let frontier = [{ value: root, path: "" }];
  for (const part of path.split("/")) {
    const next = [];
    for (const { value, path: at } of frontier) {
      if (part === "*") {
        const list2 = Array.isArray(value) ? value : value === void 0 || value === null ? [] : [value];
        list2.forEach((v, i) => {
          next.push({ value: v, path: join(at, String(i)) });
        });
      } else if (Array.isArray(value) && /^\d+$/.test(part)) {
        if (Number(part) < value.length) next.push({ value: value[Number(part)], path: join(at, part) });
      } else if (value !== null && typeof value === "object" && !Array.isArray(value)) {
        if (Object.hasOwn(value, part)) {
          next.push({ value: value[part], path: join(at, part) });
        }
      } else if (Array.isArray(value) && value.length === 1) {
        const only = value[0];
        if (only !== null && typeof only === "object" && Object.hasOwn(only, part)) {
          next.push({ value: only[part], path: join(join(at, "0"), part) });
        }
      }
    }
    frontier = next;
  }
  return frontier.filter((l) => l.value !== void 0 && l.value !== null);
}
function valueAt(root, path) {
  return valuesAt(root, path)[0]?.value;
}
function valueAtPath(root, path) {
  let cur = root;
  for (const key2 of path) {
    if (cur === null || typeof cur !== "object") return void 0;
    cur = cur[key2];
  }
  return cur;
}
function join(a, b) {
  return a === "" ? b : `${a}/${b}`;
}

// src/grants/synthesize.ts
var SERVICE_RE2 = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.(amazonaws\.com(\.cn)?|amazon\.com)$/;
function field2(row, props, name) {
  const path = row.fields?.[name];
  return path ? valueAt(props, path) : void 0;
}
function str2(v) {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return void 0;
}
function principalElement(p) {
  const s = p.trim();
  if (s === "*") return "*";
  if (!hasToken(s) && SERVICE_RE2.test(s)) return { Service: s };
  return { AWS: s };
}
function statement(principal, actions, condition) {
  const st = { Effect: "Allow", Principal: principal, Action: actions };
  if (condition && Object.keys(condition).length > 0) st.Condition = condition;
  return st;
}
function addCondition(cond, op, key2, value) {
  if (value === void 0 || value === null || value === "") return;
  const block = cond[op] ?? {};
  block[key2] = value;
  cond[op] = block;
}
var lambdaPermission = (row, props) => {
  const principal = str2(field2(row, props, "principal"));
  if (principal === void 0) return null;
  const cond = {};
  addCondition(cond, "ArnLike", "AWS:SourceArn", field2(row, props, "sourceArn"));
  addCondition(cond, "StringEquals", "AWS:SourceAccount", str2(field2(row, props, "sourceAccount")));
  addCondition(cond, "StringEquals", "aws:PrincipalOrgID", field2(row, props, "orgId"));
  addCondition(cond, "StringEquals", "lambda:EventSourceToken", field2(row, props, "eventSourceToken"));
  addCondition(cond, "StringEquals", "lambda:FunctionUrlAuthType", field2(row, props, "functionUrlAuthType"));
  const viaUrl = field2(row, props, "invokedViaFunctionUrl");
  if (viaUrl === true || viaUrl === "true")
    addCondition(cond, "Bool", "lambda:InvokedViaFunctionUrl", "true");
  const action = field2(row, props, "action") ?? (row.mechanism === "lambda-layer-permission" ? "lambda:GetLayerVersion" : "lambda:InvokeFunction");
  return {
    doc: { Statement: [statement(principalElement(principal), action, cond)] },
    principalPaths: [row.fields?.principal ?? ""]
  };
};
var eventBridgePermission = (row, props) => {
  const principal = str2(field2(row, props, "principal"));
  if (principal === void 0) return null;
  const cond = {};
  const key2 = str2(field2(row, props, "conditionKey"));
  const type = str2(field2(row, props, "conditionType")) ?? "StringEquals";
  if (key2) addCondition(cond, type, key2, field2(row, props, "conditionValue"));
  const element2 = principal.trim() === "*" ? "*" : { AWS: principal };
  return {
    doc: { Statement: [statement(element2, field2(row, props, "action") ?? row.actions ?? [], cond)] },
    principalPaths: [row.fields?.principal ?? ""]
  };
};
var kmsGrant = (row, props) => {
  const statements = [];
  const paths = [];
  const grantee = str2(field2(row, props, "grantee"));
  const ops = field2(row, props, "operations");
  const opList = Array.isArray(ops) ? ops : ops === void 0 ? [] : [ops];
  if (grantee !== void 0) {
    const actions = opList.map((o) => {
      const s = str2(o) ?? "";
      return isWholeUnresolved(s) || s.includes(":") ? s : `kms:${s}`;
    });
    statements.push(statement({ AWS: grantee }, actions.length > 0 ? actions : ["kms:*"]));
    paths.push(row.fields?.grantee ?? "");
  }
  const retiring = str2(field2(row, props, "retiring"));
  if (retiring !== void 0) {
    statements.push(statement({ AWS: retiring }, "kms:RetireGrant"));
    paths.push(row.fields?.retiring ?? "");
  }
  return statements.length > 0 ? { doc: { Statement: statements }, principalPaths: paths } : null;
};
var ORG_ARN = /^arn:aws[a-z0-9-]*:organizations::[^:]*:organization\/(o-[a-z0-9]+)$/;
var OU_ARN = /^arn:aws[a-z0-9-]*:organizations::[^:]*:ou\/(o-[a-z0-9]+)\/(ou-[a-z0-9-]+)$/;
function sharedPrincipal(value) {
  const v = value.trim();
  if (/^(all|\*)$/i.test(v)) return { principal: "*" };
  if (v === "IAM_ALLOWED_PRINCIPALS") return { principal: { AWS: SELF_ACCOUNT } };
  const org = ORG_ARN.exec(v);
  if (org) return { principal: { AWS: "*" }, condition: { StringEquals: { "aws:PrincipalOrgID": org[1] } } };
  const ou = OU_ARN.exec(v);
  if (ou) {
    return {
      principal: { AWS: "*" },
      condition: { "ForAnyValue:StringLike": { "aws:PrincipalOrgPaths": `${ou[1]}/*/${ou[2]}/*` } }
    };
  }
  if (/^o-[a-z0-9]{10,32}$/.test(v)) {
    return { principal: { AWS: "*" }, condition: { StringEquals: { "aws:PrincipalOrgID": v } } };
  }
  return { principal: { AWS: v } };
}
var principalList = (row, props) => {
  const statements = [];
  const paths = [];
  const actionsValue = field2(row, props, "actions");
  const actions = actionsValue !== void 0 ? actionsValue : row.actions ?? ["*"];
  for (const name of ["principals", "organization", "ou", "group"]) {
    const path = row.fields?.[name];
    if (!path) continue;
    for (const located of valuesAt(props, path.endsWith("*") ? path : `${path}/*`)) {
      const text2 = str2(located.value);
      if (text2 === void 0) continue;
      const parts = !hasToken(text2) && text2.includes(",") ? text2.split(",") : [text2];
      for (const part of parts) {
        if (part.trim() === "") continue;
        const { principal, condition } = sharedPrincipal(part);
        statements.push(statement(principal, actions, condition));
        paths.push(located.path);
      }
    }
  }
  return statements.length > 0 ? { doc: { Statement: statements }, principalPaths: paths } : null;
};
var ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers";
var AUTH_USERS = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";
var LOG_DELIVERY = "http://acs.amazonaws.com/groups/s3/LogDelivery";
var ACL_ACTIONS = {
  READ: ["s3:ListBucket"],
  WRITE: ["s3:PutObject", "s3:DeleteObject"],
  READ_ACP: ["s3:GetBucketAcl"],
  WRITE_ACP: ["s3:PutBucketAcl"],
  FULL_CONTROL: ["s3:ListBucket", "s3:PutObject", "s3:DeleteObject", "s3:GetBucketAcl", "s3:PutBucketAcl"]
};
var CANNED = {
  "public-read": [{ grantee: ALL_USERS, permissions: ["READ"] }],
  "public-read-write": [{ grantee: ALL_USERS, permissions: ["READ", "WRITE"] }],
  "authenticated-read": [{ grantee: AUTH_USERS, permissions: ["READ"] }],
  "log-delivery-write": [{ grantee: LOG_DELIVERY, permissions: ["WRITE", "READ_ACP"] }],
  "aws-exec-read": [{ grantee: "ec2.amazonaws.com", permissions: ["READ"] }]
};
function aclPrincipal(grantee) {
  if (grantee === ALL_USERS) return "*";
  if (grantee === AUTH_USERS) return { AWS: "arn:aws:iam::*:root" };
  if (grantee === LOG_DELIVERY) return { Service: "logging.s3.amazonaws.com" };
  if (SERVICE_RE2.test(grantee)) return { Service: grantee };
  return { CanonicalUser: grantee };
}
function cannedName(acl) {
  return acl.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase();
}
var s3Acl = (row, props) => {
  const statements = [];
  const paths = [];
  const acl = str2(field2(row, props, "acl"));
  if (acl !== void 0) {
    for (const g of CANNED[cannedName(acl)] ?? []) {
      statements.push(
        statement(
          aclPrincipal(g.grantee),
          g.permissions.flatMap((p) => ACL_ACTIONS[p] ?? [])
        )
      );
      paths.push(row.fields?.acl ?? "");
    }
  }
  const grantsPath = row.fields?.grants;
  if (grantsPath) {
    for (const located of valuesAt(props, `${grantsPath}/*`)) {
      const g = located.value;
      const grantee = Array.isArray(g.grantee) ? g.grantee[0] : g.grantee ?? g;
      const who = str2(grantee.uri) ?? str2(grantee.id) ?? (grantee.email_address ? `email:${grantee.email_address}` : "");
      if (!who) continue;
      const perms = g.permission ?? g.permissions ?? [];
      const permList = (Array.isArray(perms) ? perms : [perms]).map((p) => str2(p) ?? "");
      statements.push(
        statement(
          aclPrincipal(who),
          permList.flatMap((p) => ACL_ACTIONS[p] ?? [`s3:${p}`])
        )
      );
      paths.push(located.path);
    }
  }
  return statements.length > 0 ? { doc: { Statement: statements }, principalPaths: paths } : null;
};
var functionUrl = (row, props) => {
  const auth = str2(field2(row, props, "authType"));
  if (auth === void 0 || auth.toUpperCase() !== "NONE") return null;
  const cond = { StringEquals: { "lambda:FunctionUrlAuthType": "NONE" } };
  return {
    doc: { Statement: [statement("*", "lambda:InvokeFunctionUrl", cond)] },
    principalPaths: [row.fields?.authType ?? ""]
  };
};
var kmsDefaultPolicy = (row, props) => {
  if (row.policy && valueAt(props, row.policy) !== void 0) return null;
  return {
    doc: { Statement: [statement({ AWS: `arn:aws:iam::${SELF_ACCOUNT}:root` }, "kms:*")] },
    principalPaths: [""]
  };
};
var ACCOUNT_RE4 = /^\d{12}$/;
var PRINCIPAL_ARN_RE = /arn:aws[a-z0-9-]*:(?:iam|sts)::\d{12}:[A-Za-z0-9+=,.@_/:-]+/g;
var PRINCIPAL_INPUT_NAME = /principal|arn|account|trust/i;
var MODULE_META2 = /* @__PURE__ */ new Set(["source", "version", "providers", "depends_on", "count", "for_each"]);
var moduleInput = (_row, props) => {
  const statements = [];
  const paths = [];
  const seen = /* @__PURE__ */ new Set();
  const add2 = (principal, path) => {
    if (seen.has(principal)) return;
    seen.add(principal);
    statements.push(statement({ AWS: principal }, "*"));
    paths.push(path);
  };
  const walk = (value, path, name) => {
    if (typeof value === "string") {
      if (ACCOUNT_RE4.test(value.trim())) add2(value.trim(), path);
      for (const m of value.matchAll(PRINCIPAL_ARN_RE)) add2(m[0], path);
      if (hasToken(value) && PRINCIPAL_INPUT_NAME.test(name) && isWholeUnresolved(value)) add2(value, path);
    } else if (typeof value === "number" && ACCOUNT_RE4.test(String(value))) {
      add2(String(value), path);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => {
        walk(v, `${path}/${i}`, name);
      });
    } else if (value !== null && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) walk(v, path === "" ? k : `${path}/${k}`, k);
    }
  };
  for (const [k, v] of Object.entries(props)) if (!MODULE_META2.has(k)) walk(v, k, k);
  return statements.length > 0 ? { doc: { Statement: statements }, principalPaths: paths } : null;
};
var SYNTHESIZERS = {
  "lambda-permission": lambdaPermission,
  "eventbridge-permission": eventBridgePermission,
  "kms-grant": kmsGrant,
  "principal-list": principalList,
  "s3-acl": s3Acl,
  "function-url": functionUrl,
  "kms-default-policy": kmsDefaultPolicy,
  "module-input": moduleInput
};

// src/grants/table.ts
var tf = (type, mechanism, policy, target) => ({
  type,
  mechanism,
  policy,
  ...target ? { target } : {}
});
var cfn = tf;
var policyRow = (type, policy, target) => tf(type, "resource-policy", policy, target);
var GRANT_TABLE = [
  // ---- Terraform: IAM trust, S3
  { ...tf("aws_iam_role", "trust-policy", "assume_role_policy"), trust: true },
  policyRow("aws_s3_bucket_policy", "policy", "bucket"),
  policyRow("aws_s3_bucket", "policy"),
  { type: "aws_s3_bucket", mechanism: "s3-acl", synth: "s3-acl", fields: { acl: "acl", grants: "grant" } },
  {
    type: "aws_s3_bucket_acl",
    mechanism: "s3-acl",
    synth: "s3-acl",
    fields: { acl: "acl", grants: "access_control_policy/*/grant" },
    target: "bucket"
  },
  policyRow("aws_s3_access_point", "policy"),
  policyRow("aws_s3control_access_point_policy", "policy", "access_point_arn"),
  policyRow("aws_s3control_multi_region_access_point_policy", "details/*/policy"),
  policyRow("aws_s3control_object_lambda_access_point_policy", "policy", "name"),
  policyRow("aws_s3control_bucket_policy", "policy", "bucket"),
  policyRow("aws_s3tables_table_bucket_policy", "resource_policy", "table_bucket_arn"),
  policyRow("aws_s3tables_table_policy", "resource_policy", "name"),
  // ---- KMS
  policyRow("aws_kms_key", "policy"),
  policyRow("aws_kms_key_policy", "policy", "key_id"),
  policyRow("aws_kms_replica_key", "policy"),
  policyRow("aws_kms_external_key", "policy"),
  policyRow("aws_kms_replica_external_key", "policy"),
  {
    type: "aws_kms_grant",
    mechanism: "kms-grant",
    synth: "kms-grant",
    fields: { grantee: "grantee_principal", retiring: "retiring_principal", operations: "operations" },
    target: "key_id"
  },
  // ---- Lambda
  {
    type: "aws_lambda_permission",
    mechanism: "lambda-permission",
    synth: "lambda-permission",
    fields: {
      principal: "principal",
      action: "action",
      sourceArn: "source_arn",
      sourceAccount: "source_account",
      orgId: "principal_org_id",
      eventSourceToken: "event_source_token",
      functionUrlAuthType: "function_url_auth_type",
      invokedViaFunctionUrl: "invoked_via_function_url"
    },
    target: "function_name"
  },
  {
    type: "aws_lambda_layer_version_permission",
    mechanism: "lambda-layer-permission",
    synth: "lambda-permission",
    fields: { principal: "principal", action: "action", orgId: "organization_id" },
    target: "layer_name"
  },
  // ---- messaging, secrets, containers, storage
  policyRow("aws_sqs_queue", "policy"),
  policyRow("aws_sqs_queue_policy", "policy", "queue_url"),
  policyRow("aws_sns_topic", "policy"),
  policyRow("aws_sns_topic_policy", "policy", "arn"),
  policyRow("aws_secretsmanager_secret", "policy"),
  policyRow("aws_secretsmanager_secret_policy", "policy", "secret_arn"),
  policyRow("aws_ecr_repository_policy", "policy", "repository"),
  policyRow("aws_ecr_registry_policy", "policy"),
  policyRow("aws_ecrpublic_repository_policy", "policy", "repository_name"),
  policyRow("aws_ecr_repository_creation_template", "repository_policy"),
  policyRow("aws_efs_file_system_policy", "policy", "file_system_id"),
  policyRow("aws_dynamodb_resource_policy", "policy", "resource_arn"),
  policyRow("aws_kinesis_resource_policy", "policy", "resource_arn"),
  policyRow("aws_glacier_vault", "access_policy"),
  policyRow("aws_glacier_vault_lock", "policy", "vault_name"),
  policyRow("aws_backup_vault_policy", "policy", "backup_vault_name"),
  // ---- events, logs, APIs, search, catalogues
  policyRow("aws_cloudwatch_event_bus_policy", "policy", "event_bus_name"),
  {
    type: "aws_cloudwatch_event_permission",
    mechanism: "eventbridge-permission",
    synth: "eventbridge-permission",
    fields: {
      principal: "principal",
      action: "action",
      conditionKey: "condition/0/key",
      conditionType: "condition/0/type",
      conditionValue: "condition/0/value"
    },
    actions: ["events:PutEvents"],
    target: "event_bus_name"
  },
  policyRow("aws_cloudwatch_log_destination_policy", "access_policy", "destination_name"),
  policyRow("aws_cloudwatch_log_resource_policy", "policy_document"),
  policyRow("aws_api_gateway_rest_api", "policy"),
  policyRow("aws_api_gateway_rest_api_policy", "policy", "rest_api_id"),
  policyRow("aws_opensearch_domain", "access_policies"),
  policyRow("aws_opensearch_domain_policy", "access_policies", "domain_name"),
  policyRow("aws_elasticsearch_domain", "access_policies"),
  policyRow("aws_elasticsearch_domain_policy", "access_policies", "domain_name"),
  policyRow("aws_glue_resource_policy", "policy"),
  policyRow("aws_ses_identity_policy", "policy", "identity"),
  policyRow("aws_codeartifact_domain_permissions_policy", "policy_document", "domain"),
  policyRow("aws_codeartifact_repository_permissions_policy", "policy_document", "repository"),
  policyRow("aws_sagemaker_model_package_group_policy", "resource_policy", "model_package_group_name"),
  policyRow("aws_networkfirewall_resource_policy", "policy", "resource_arn"),
  policyRow("aws_codebuild_resource_policy", "policy", "resource_arn"),
  policyRow("aws_media_store_container_policy", "policy", "container_name"),
  // ---- sharing without a policy document
  {
    type: "aws_ram_principal_association",
    mechanism: "ram-share",
    synth: "principal-list",
    fields: { principals: "principal" },
    actions: ["ram:default-permission"],
    target: "resource_share_arn"
  },
  {
    type: "aws_snapshot_create_volume_permission",
    mechanism: "snapshot-share",
    synth: "principal-list",
    fields: { principals: "account_id" },
    actions: ["ec2:CreateVolume"],
    target: "snapshot_id"
  },
  ...["aws_db_snapshot", "aws_db_snapshot_copy"].map(
    (type) => ({
      type,
      mechanism: "snapshot-share",
      synth: "principal-list",
      fields: { principals: "shared_accounts" },
      actions: ["rds:RestoreDBInstanceFromDBSnapshot", "rds:CopyDBSnapshot"]
    })
  ),
  {
    type: "aws_db_cluster_snapshot",
    mechanism: "snapshot-share",
    synth: "principal-list",
    fields: { principals: "shared_accounts" },
    actions: ["rds:RestoreDBClusterFromSnapshot", "rds:CopyDBClusterSnapshot"]
  },
  {
    type: "aws_ami_launch_permission",
    mechanism: "ami-launch-permission",
    synth: "principal-list",
    fields: {
      principals: "account_id",
      organization: "organization_arn",
      ou: "organizational_unit_arn",
      group: "group"
    },
    actions: ["ec2:RunInstances"],
    target: "image_id"
  },
  {
    type: "aws_vpc_endpoint_service",
    mechanism: "endpoint-service-permission",
    synth: "principal-list",
    fields: { principals: "allowed_principals" },
    actions: ["ec2:CreateVpcEndpoint"]
  },
  {
    type: "aws_vpc_endpoint_service_allowed_principal",
    mechanism: "endpoint-service-permission",
    synth: "principal-list",
    fields: { principals: "principal_arn" },
    actions: ["ec2:CreateVpcEndpoint"],
    target: "vpc_endpoint_service_id"
  },
  {
    type: "aws_ssm_document",
    mechanism: "document-share",
    synth: "principal-list",
    fields: { principals: "permissions/account_ids" },
    actions: ["ssm:SendCommand"]
  },
  {
    type: "aws_servicecatalog_portfolio_share",
    mechanism: "portfolio-share",
    synth: "principal-list",
    fields: { principals: "principal_id" },
    actions: ["servicecatalog:*"],
    target: "portfolio_id"
  },
  {
    type: "aws_lakeformation_permissions",
    mechanism: "lakeformation-permission",
    synth: "principal-list",
    fields: { principals: "principal", actions: "permissions" }
  },
  { type: "module", mechanism: "module-input", synth: "module-input" },
  // ---- CloudFormation
  { ...cfn("AWS::IAM::Role", "trust-policy", "AssumeRolePolicyDocument"), trust: true },
  policyRow("AWS::S3::BucketPolicy", "PolicyDocument", "Bucket"),
  { type: "AWS::S3::Bucket", mechanism: "s3-acl", synth: "s3-acl", fields: { acl: "AccessControl" } },
  policyRow("AWS::S3::AccessPoint", "Policy"),
  policyRow("AWS::S3::MultiRegionAccessPointPolicy", "Policy", "MrapName"),
  policyRow("AWS::S3ObjectLambda::AccessPointPolicy", "PolicyDocument", "ObjectLambdaAccessPoint"),
  policyRow("AWS::S3Outposts::BucketPolicy", "PolicyDocument", "Bucket"),
  policyRow("AWS::S3Express::BucketPolicy", "PolicyDocument", "Bucket"),
  policyRow("AWS::S3Express::AccessPoint", "Policy"),
  policyRow("AWS::S3Tables::TableBucketPolicy", "ResourcePolicy", "TableBucketARN"),
  policyRow("AWS::S3Tables::TablePolicy", "ResourcePolicy", "TableARN"),
  { ...policyRow("AWS::KMS::Key", "KeyPolicy"), synth: "kms-default-policy" },
  policyRow("AWS::KMS::ReplicaKey", "KeyPolicy"),
  {
    type: "AWS::Lambda::Permission",
    mechanism: "lambda-permission",
    synth: "lambda-permission",
    fields: {
      principal: "Principal",
      action: "Action",
      sourceArn: "SourceArn",
      sourceAccount: "SourceAccount",
      orgId: "PrincipalOrgID",
      eventSourceToken: "EventSourceToken",
      functionUrlAuthType: "FunctionUrlAuthType",
      invokedViaFunctionUrl: "InvokedViaFunctionUrl"
    },
    target: "FunctionName"
  },
  {
    type: "AWS::Lambda::Url",
    mechanism: "function-url-auth",
    synth: "function-url",
    fields: { authType: "AuthType" },
    target: "TargetFunctionArn"
  },
  {
    type: "AWS::Lambda::LayerVersionPermission",
    mechanism: "lambda-layer-permission",
    synth: "lambda-permission",
    fields: { principal: "Principal", action: "Action", orgId: "OrganizationId" },
    target: "LayerVersionArn"
  },
  policyRow("AWS::SQS::QueuePolicy", "PolicyDocument", "Queues/*"),
  policyRow("AWS::SQS::QueueInlinePolicy", "PolicyDocument", "Queue"),
  policyRow("AWS::SNS::TopicPolicy", "PolicyDocument", "Topics/*"),
  policyRow("AWS::SNS::TopicInlinePolicy", "PolicyDocument", "TopicArn"),
  policyRow("AWS::SecretsManager::ResourcePolicy", "ResourcePolicy", "SecretId"),
  policyRow("AWS::ECR::Repository", "RepositoryPolicyText"),
  policyRow("AWS::ECR::RegistryPolicy", "PolicyText"),
  policyRow("AWS::ECR::PublicRepository", "RepositoryPolicyText"),
  policyRow("AWS::ECR::RepositoryCreationTemplate", "RepositoryPolicy"),
  policyRow("AWS::EFS::FileSystem", "FileSystemPolicy"),
  policyRow("AWS::DynamoDB::Table", "ResourcePolicy/PolicyDocument"),
  policyRow("AWS::DynamoDB::Table", "StreamSpecification/ResourcePolicy/PolicyDocument"),
  policyRow("AWS::DynamoDB::GlobalTable", "Replicas/*/ResourcePolicy/PolicyDocument"),
  policyRow(
    "AWS::DynamoDB::GlobalTable",
    "Replicas/*/ReplicaStreamSpecification/ResourcePolicy/PolicyDocument"
  ),
  { ...policyRow("AWS::Events::EventBusPolicy", "Statement", "EventBusName"), statementOnly: true },
  {
    type: "AWS::Events::EventBusPolicy",
    mechanism: "eventbridge-permission",
    synth: "eventbridge-permission",
    fields: {
      principal: "Principal",
      action: "Action",
      conditionKey: "Condition/Key",
      conditionType: "Condition/Type",
      conditionValue: "Condition/Value"
    },
    actions: ["events:PutEvents"],
    target: "EventBusName"
  },
  policyRow("AWS::Events::EventBus", "Policy"),
  policyRow("AWS::EventSchemas::RegistryPolicy", "Policy", "RegistryName"),
  policyRow("AWS::Logs::Destination", "DestinationPolicy"),
  policyRow("AWS::Logs::ResourcePolicy", "PolicyDocument"),
  // The policy text sits inside a DestinationPolicy object (DeliveryDestinationName + policy).
  policyRow("AWS::Logs::DeliveryDestination", "DeliveryDestinationPolicy/DeliveryDestinationPolicy"),
  policyRow("AWS::ApiGateway::RestApi", "Policy"),
  policyRow("AWS::OpenSearchService::Domain", "AccessPolicies"),
  policyRow("AWS::Elasticsearch::Domain", "AccessPolicies"),
  policyRow("AWS::Backup::BackupVault", "AccessPolicy"),
  policyRow("AWS::Backup::LogicallyAirGappedBackupVault", "AccessPolicy"),
  policyRow("AWS::CodeArtifact::Domain", "PermissionsPolicyDocument"),
  policyRow("AWS::CodeArtifact::Repository", "PermissionsPolicyDocument"),
  policyRow("AWS::Kinesis::ResourcePolicy", "ResourcePolicy", "ResourceArn"),
  policyRow("AWS::CloudTrail::ResourcePolicy", "ResourcePolicy", "ResourceArn"),
  policyRow("AWS::SSM::ResourcePolicy", "Policy", "ResourceArn"),
  policyRow("AWS::VpcLattice::ResourcePolicy", "Policy", "ResourceArn"),
  policyRow("AWS::MSK::ClusterPolicy", "Policy", "ClusterArn"),
  policyRow("AWS::XRay::ResourcePolicy", "PolicyDocument"),
  policyRow("AWS::APS::ResourcePolicy", "PolicyDocument", "WorkspaceArn"),
  policyRow("AWS::Lex::ResourcePolicy", "Policy", "ResourceArn"),
  policyRow("AWS::Organizations::ResourcePolicy", "Content"),
  policyRow("AWS::Lambda::ResourcePolicy", "PolicyDocument", "ResourceArn"),
  policyRow("AWS::S3Vectors::VectorBucketPolicy", "Policy", "VectorBucketArn"),
  policyRow("AWS::S3Files::FileSystemPolicy", "Policy", "FileSystemId"),
  policyRow("AWS::EventsV2::ResourcePolicy", "PolicyDocument", "EventBusArn"),
  policyRow("AWS::Bedrock::ResourcePolicy", "PolicyDocument", "ResourceArn"),
  policyRow("AWS::VpcLattice::AuthPolicy", "Policy", "ResourceIdentifier"),
  {
    type: "AWS::Signer::ProfilePermission",
    mechanism: "resource-policy",
    synth: "lambda-permission",
    fields: { principal: "Principal", action: "Action" },
    target: "ProfileName"
  },
  {
    type: "AWS::RAM::ResourceShare",
    mechanism: "ram-share",
    synth: "principal-list",
    fields: { principals: "Principals" },
    actions: ["ram:default-permission"],
    target: "ResourceArns/*"
  },
  {
    type: "AWS::RAM::PrincipalAssociation",
    mechanism: "ram-share",
    synth: "principal-list",
    fields: { principals: "Principal" },
    actions: ["ram:default-permission"],
    target: "ResourceShareArn"
  },
  {
    type: "AWS::EC2::VPCEndpointServicePermissions",
    mechanism: "endpoint-service-permission",
    synth: "principal-list",
    fields: { principals: "AllowedPrincipals" },
    actions: ["ec2:CreateVpcEndpoint"],
    target: "ServiceId"
  },
  {
    type: "AWS::EC2::NetworkInterfacePermission",
    mechanism: "resource-policy",
    synth: "principal-list",
    fields: { principals: "AwsAccountId", actions: "Permission" },
    target: "NetworkInterfaceId"
  },
  {
    type: "AWS::ImageBuilder::DistributionConfiguration",
    mechanism: "ami-launch-permission",
    synth: "principal-list",
    fields: {
      principals: "Distributions/*/AmiDistributionConfiguration/LaunchPermissionConfiguration/UserIds",
      organization: "Distributions/*/AmiDistributionConfiguration/LaunchPermissionConfiguration/OrganizationArns",
      ou: "Distributions/*/AmiDistributionConfiguration/LaunchPermissionConfiguration/OrganizationalUnitArns",
      group: "Distributions/*/AmiDistributionConfiguration/LaunchPermissionConfiguration/UserGroups"
    },
    actions: ["ec2:RunInstances"]
  },
  {
    type: "AWS::ServiceCatalog::PortfolioShare",
    mechanism: "portfolio-share",
    synth: "principal-list",
    fields: { principals: "AccountId" },
    actions: ["servicecatalog:*"],
    target: "PortfolioId"
  },
  {
    type: "AWS::LakeFormation::Permissions",
    mechanism: "lakeformation-permission",
    synth: "principal-list",
    fields: { principals: "DataLakePrincipal/DataLakePrincipalIdentifier", actions: "Permissions" }
  },
  {
    type: "AWS::LakeFormation::PrincipalPermissions",
    mechanism: "lakeformation-permission",
    synth: "principal-list",
    fields: { principals: "Principal/DataLakePrincipalIdentifier", actions: "Permissions" }
  },
  {
    type: "AWS::Serverless::Function",
    mechanism: "function-url-auth",
    synth: "function-url",
    fields: { authType: "FunctionUrlConfig/AuthType" }
  },
  {
    type: "AWS::Serverless::Api",
    mechanism: "resource-policy",
    synth: "principal-list",
    fields: { principals: "Auth/ResourcePolicy/AwsAccountWhitelist" },
    actions: ["execute-api:Invoke"]
  },
  // CustomStatements is a list of statements, not a document.
  { ...policyRow("AWS::Serverless::Api", "Auth/ResourcePolicy/CustomStatements"), statementOnly: true }
];
var byType = /* @__PURE__ */ new Map();
for (const row of GRANT_TABLE) {
  const rows = byType.get(row.type) ?? [];
  rows.push(row);
  byType.set(row.type, rows);
}
function rowsFor(type) {
  return byType.get(type) ?? [];
}
var TERRAFORM_GRANT_TYPES = new Set(
  GRANT_TABLE.filter((r) => !r.type.includes("::") && r.type !== "module").map((r) => r.type)
);
var CLOUDFORMATION_GRANT_TYPES = new Set(
  GRANT_TABLE.filter((r) => r.type.includes("::")).map((r) => r.type)
);

// src/grants/extract.ts
function extractGrants(records, zone) {
  const grants = [];
  const errors = [];
  const seen = /* @__PURE__ */ new Map();
  for (const record2 of records) {
    for (const row of rowsFor(record2.type)) {
      for (const grant of grantsOfRow(record2, row, zone, errors)) {
        const key2 = dedupeKey(grant);
        const first = seen.get(key2);
        if (first) {
          mergeConditional(first, grant);
          continue;
        }
        seen.set(key2, grant);
        grants.push(grant);
      }
    }
  }
  return { grants, errors };
}
function policySources(record2, row) {
  const sources = [];
  if (row.policy) {
    for (const { value, path } of valuesAt(record2.properties, row.policy)) {
      sources.push({ doc: row.statementOnly ? { Statement: value } : value, policyPath: path });
    }
  }
  if (row.synth) {
    const synthesized = SYNTHESIZERS[row.synth](row, record2.properties);
    if (synthesized) {
      sources.push({ doc: synthesized.doc, policyPath: "", principalPaths: synthesized.principalPaths });
    }
  }
  return sources;
}
function grantsOfRow(record2, row, zone, errors) {
  const targets = targetsOf(record2, row);
  const out = [];
  for (const source of policySources(record2, row)) {
    const policyGrants = analyzeSource(record2, row, source, zone, errors);
    for (const pg of policyGrants) {
      const line = lineOf(record2, source, pg);
      for (const target of targets) out.push(toGrant(record2, row, pg, line, target));
    }
  }
  return out;
}
function analyzeSource(record2, row, source, zone, errors) {
  const { doc } = source;
  if (typeof doc === "string" && isWholeUnresolved(doc.trim())) {
    const expr = unresolvedExpressions(doc);
    return [
      {
        principal: { type: "AWS", id: renderText(doc.trim()), accountId: null },
        classification: zone.expressions.length > 0 && expr.every((e) => zone.expressions.includes(e)) ? "internal" : "unresolved",
        actions: ["*"],
        conditions: {},
        unresolved: expr,
        notes: ["policy document could not be resolved statically"],
        path: []
      }
    ];
  }
  const ctx = {
    zone,
    trustPolicy: row.trust === true,
    ...record2.selfAccount ? { selfAccount: record2.selfAccount } : {}
  };
  const analysis = analyzePolicy(doc, ctx);
  for (const message of analysis.errors) {
    errors.push({
      file: record2.file,
      line: record2.pathLines?.[source.policyPath] ?? record2.line,
      message: `${record2.address} (${record2.type}): ${message}`
    });
  }
  return analysis.grants;
}
function targetsOf(record2, row) {
  if (!row.target) return [record2.address];
  const values = valuesAt(record2.properties, row.target);
  if (values.length === 0) return [record2.address];
  return [...new Set(values.map(({ value }) => targetName(value)))];
}
function targetName(value) {
  if (typeof value !== "string") return renderText(JSON.stringify(value) ?? "");
  const ref = refAddress(value);
  return ref ? ref.address.replace(/\['([^']*)'\]/g, '["$1"]') : renderText(value);
}
function lineOf(record2, source, pg) {
  const pathLines2 = record2.pathLines ?? {};
  let full;
  if (source.principalPaths) {
    const statementIndex = typeof pg.path[1] === "number" ? pg.path[1] : 0;
    full = source.principalPaths[statementIndex] ?? "";
  } else {
    full = source.policyPath;
    for (const part of pg.path) {
      const text2 = String(part);
      if (text2 !== "") full = full === "" ? text2 : `${full}/${text2}`;
    }
  }
  const exact = pathLines2[full];
  if (exact !== void 0) return exact;
  const valueLines2 = record2.valueLines;
  if (valueLines2) {
    const raw = valueAtPath(source.doc, pg.path);
    const { id, accountId } = pg.principal;
    const rendered = typeof raw === "string" ? renderText(raw) : void 0;
    for (const c of [typeof raw === "string" ? raw : void 0, rendered, id, accountId]) {
      const line = c ? valueLines2[c] : void 0;
      if (line !== void 0) return line;
    }
  }
  for (let i = full.lastIndexOf("/"); i >= 0; i = i === 0 ? -1 : full.lastIndexOf("/", i - 1)) {
    const line = pathLines2[full.slice(0, i)];
    if (line !== void 0) return line;
  }
  return record2.line;
}
function toGrant(record2, row, pg, line, target) {
  const resource = {
    source: record2.source,
    file: record2.file,
    line,
    address: record2.address,
    type: record2.type,
    target,
    unit: record2.unit,
    ...record2.stack ? { stack: record2.stack } : {},
    ...record2.constructPath ? { constructPath: record2.constructPath } : {}
  };
  const grant = {
    // accountId is a 12-digit account or null: an unknown account is never shown as one.
    principal: {
      ...pg.principal,
      accountId: /^\d{12}$/.test(pg.principal.accountId ?? "") ? pg.principal.accountId : null
    },
    classification: pg.classification,
    mechanism: row.mechanism,
    resource,
    actions: pg.actions,
    conditions: pg.conditions
  };
  if (pg.subkind) grant.subkind = pg.subkind;
  if (pg.notActions?.length) grant.notActions = pg.notActions;
  if (pg.via) grant.via = pg.via;
  if (record2.conditional) grant.conditional = record2.conditional;
  if (pg.unresolved?.length) grant.unresolved = pg.unresolved;
  const notes = [...pg.notes ?? []];
  if (row.mechanism === "module-input")
    notes.push("passed into an opaque module: its actions are decided inside");
  if (notes.length > 0) grant.notes = notes;
  return grant;
}
function mergeConditional(kept, again) {
  if (kept.conditional === void 0) return;
  if (again.conditional === void 0) {
    delete kept.conditional;
    return;
  }
  const parts = new Set(kept.conditional.split(" | "));
  if (!parts.has(again.conditional)) kept.conditional = `${kept.conditional} | ${again.conditional}`;
}
function dedupeKey(g) {
  return JSON.stringify([
    g.resource.unit,
    g.resource.file,
    g.resource.address,
    g.resource.target,
    g.mechanism,
    g.principal.id,
    g.classification,
    g.actions,
    g.notActions ?? [],
    g.via ?? "",
    g.conditions
  ]);
}

// src/iac/detect.ts
function isTemplateFile(snapshot, path) {
  const read = readText(snapshot, path);
  if ("error" in read) return true;
  return looksLikeTemplate(path, read.text);
}

// src/iac/cdk/assembly.ts
var MAX_ASSEMBLY_DEPTH = 8;
var ACCOUNT = /^\d{12}$/;
function join2(dir, name) {
  return dir === "" ? name : `${dir}/${name}`;
}
function dirParts(dir) {
  return dir === "" ? [] : dir.split("/");
}
function inside(root, path) {
  return root === "" || path.startsWith(`${root}/`);
}
function loadCdkAssembly(cache, root) {
  const assembly = {
    root,
    stacks: [],
    nestedTemplates: cache.snapshot.paths.filter(
      (p) => inside(root, p) && p.endsWith(".nested.template.json")
    ),
    assetObjects: /* @__PURE__ */ new Map(),
    errors: [],
    files: []
  };
  new AssemblyReader(cache, assembly).read(root, "", 0, /* @__PURE__ */ new Set());
  return assembly;
}
var AssemblyReader = class {
  constructor(cache, assembly) {
    this.cache = cache;
    this.assembly = assembly;
  }
  cache;
  assembly;
  error(file, line, message) {
    this.assembly.errors.push(line === void 0 ? { file, message } : { file, line, message });
  }
  /**
   * A path named by the manifest in `dir`, if it stays inside the cdk.out folder; otherwise an
   * error naming the property, and undefined.
   */
  resolvePath(manifest, dir, node, what) {
    const text2 = asString(node);
    if (text2 === void 0 || text2 === "") {
      this.error(manifest, node?.line, `${what} is missing or not a string`);
      return void 0;
    }
    const target = relativePath(dirParts(dir), text2);
    if (target.kind !== "local" || !inside(this.assembly.root, target.path)) {
      this.error(
        manifest,
        node?.line,
        `${what} ${JSON.stringify(text2)} points outside the cdk.out folder ${this.assembly.root || "."}: not read`
      );
      return void 0;
    }
    return target.path;
  }
  read(dir, unitPrefix, depth, visited) {
    const manifest = join2(dir, "manifest.json");
    if (visited.has(dir)) {
      this.error(manifest, void 0, "this assembly is nested in itself: not read again");
      return;
    }
    visited.add(dir);
    this.assembly.files.push(manifest);
    const root = this.parse(manifest);
    if (!root) return;
    const version = field(root, "version");
    if (asString(version) === void 0) {
      this.error(
        manifest,
        version?.line ?? root.line,
        "manifest.json has no version: not a CDK cloud assembly manifest?"
      );
    }
    const artifacts = field(root, "artifacts");
    if (artifacts === void 0) return;
    if (artifacts.kind !== "map") {
      this.error(manifest, artifacts.line, "artifacts is not a mapping");
      return;
    }
    for (const { key: id, keyLine, value } of artifacts.entries) {
      const type = asString(field(value, "type"));
      if (value.kind !== "map" || type === void 0) {
        this.error(manifest, keyLine, `artifact ${id} has no type`);
        continue;
      }
      const properties = field(value, "properties");
      if (type === "aws:cloudformation:stack") this.stack(manifest, dir, id, value, unitPrefix);
      else if (type === "cdk:asset-manifest") this.assets(manifest, dir, id, properties);
      else if (type === "cdk:cloud-assembly") {
        const nested = this.resolvePath(
          manifest,
          dir,
          field(properties, "directoryName"),
          `artifact ${id}: directoryName`
        );
        if (nested === void 0) continue;
        if (!this.cache.has(join2(nested, "manifest.json"))) {
          this.error(manifest, keyLine, `artifact ${id}: the Stage assembly ${nested} has no manifest.json`);
        } else if (depth + 1 >= MAX_ASSEMBLY_DEPTH) {
          this.error(
            manifest,
            keyLine,
            `artifact ${id}: Stage assemblies nest deeper than ${MAX_ASSEMBLY_DEPTH} levels: not read`
          );
        } else this.read(nested, `${unitPrefix}${id}/`, depth + 1, visited);
      }
    }
  }
  parse(file) {
    const read = readText(this.cache.snapshot, file);
    if ("error" in read) {
      this.error(file, void 0, read.error);
      return void 0;
    }
    const parsed = parseTemplateText(read.text, file);
    const syntax = parsed.errors.find((e) => e.message.startsWith("invalid JSON"));
    if (parsed.format === "json" && syntax) {
      this.assembly.errors.push({ ...syntax, message: `${syntax.message}; the file is not read` });
      return void 0;
    }
    for (const e of parsed.errors) this.assembly.errors.push(e);
    if (parsed.root === null) {
      if (parsed.errors.length === 0) this.error(file, 1, "the file is empty");
      return void 0;
    }
    if (parsed.root.kind !== "map") {
      this.error(file, parsed.root.line, "the file is not a JSON object");
      return void 0;
    }
    return parsed.root;
  }
  stack(manifest, dir, id, artifact, unitPrefix) {
    const properties = field(artifact, "properties");
    const templateNode = field(properties, "templateFile");
    const templateFile = this.resolvePath(manifest, dir, templateNode, `artifact ${id}: templateFile`);
    if (templateFile === void 0) return;
    if (!this.cache.has(templateFile)) {
      this.error(
        manifest,
        templateNode?.line,
        `artifact ${id}: the template file ${templateFile} is missing from the cdk.out folder`
      );
      return;
    }
    const stack = {
      artifactId: id,
      unit: `${unitPrefix}${id}`,
      stackName: asString(field(properties, "stackName")) ?? id,
      templateFile,
      constructPaths: /* @__PURE__ */ new Map()
    };
    const displayName = asString(field(artifact, "displayName"));
    if (displayName) stack.displayName = displayName;
    const env = asString(field(artifact, "environment"));
    const m = env === void 0 ? null : /^aws:\/\/([^/]*)\/(.*)$/.exec(env);
    if (m) {
      if (ACCOUNT.test(m[1] ?? "")) stack.selfAccount = m[1];
      if (m[2] && m[2] !== "unknown-region") stack.region = m[2];
    } else if (env !== void 0) {
      this.error(
        manifest,
        field(artifact, "environment")?.line,
        `artifact ${id}: environment ${JSON.stringify(env)} is not aws://ACCOUNT/REGION`
      );
    }
    this.metadata(stack, field(artifact, "metadata"));
    const extra = asString(field(artifact, "additionalMetadataFile"));
    if (extra !== void 0) {
      const target = relativePath(dirParts(dir), extra);
      if (target.kind === "local" && inside(this.assembly.root, target.path) && this.cache.has(target.path)) {
        const root = this.parse(target.path);
        if (root) this.metadata(stack, root);
      }
    }
    this.assembly.stacks.push(stack);
  }
  /** Construct path -> entries; an aws:cdk:logicalId entry links a logical id to its path. */
  metadata(stack, node) {
    if (node?.kind !== "map") return;
    for (const { key: path, value } of node.entries) {
      if (value.kind !== "seq") continue;
      for (const entry of value.items) {
        if (asString(field(entry, "type")) !== "aws:cdk:logicalId") continue;
        const logicalId = asString(field(entry, "data"));
        if (logicalId) stack.constructPaths.set(logicalId, path.replace(/^\//, ""));
      }
    }
  }
  assets(manifest, dir, id, properties) {
    const file = this.resolvePath(manifest, dir, field(properties, "file"), `artifact ${id}: file`);
    if (file === void 0 || !this.cache.has(file)) return;
    this.assembly.files.push(file);
    const root = this.parse(file);
    const files = field(root, "files");
    if (files?.kind !== "map") return;
    for (const { value } of files.entries) {
      const source = asString(field(field(value, "source"), "path"));
      if (source === void 0) continue;
      const target = relativePath(dirParts(dir), source);
      if (target.kind !== "local" || !inside(this.assembly.root, target.path)) continue;
      const destinations = field(value, "destinations");
      if (destinations?.kind !== "map") continue;
      for (const d of destinations.entries) {
        const key2 = asString(field(d.value, "objectKey"));
        if (key2 !== void 0 && !hasToken(key2)) this.assembly.assetObjects.set(key2, target.path);
      }
    }
  }
};

// src/iac/cdk/read-assembly.ts
function inside2(root, path) {
  return root === "" || path.startsWith(`${root}/`);
}
function cdkNestedLocator(assembly, cache) {
  return (parent, resource, properties) => {
    if (resource.type !== "AWS::CloudFormation::Stack") return { kind: "unknown" };
    const dir = parent.file.split("/").slice(0, -1);
    const metadata = resource.node.entries.find((e) => e.key === "Metadata")?.value;
    const assetPath = metadata?.kind === "map" ? metadata.entries.find((e) => e.key === "aws:asset:path")?.value : void 0;
    let path;
    let named;
    if (assetPath?.kind === "scalar" && typeof assetPath.value === "string") {
      named = assetPath.value;
      const target = relativePath(dir, assetPath.value);
      if (target.kind !== "local" || !inside2(assembly.root, target.path)) {
        return { kind: "outside", url: assetPath.value };
      }
      path = target.path;
    } else {
      const url = typeof properties.TemplateURL === "string" ? properties.TemplateURL : "";
      const key2 = url.slice(url.lastIndexOf("/") + 1);
      if (key2 !== "" && !hasToken(key2)) {
        named = key2;
        path = assembly.assetObjects.get(key2);
      }
    }
    if (path !== void 0 && cache.has(path)) return { kind: "local", path };
    return {
      kind: "error",
      message: named === void 0 ? "its template cannot be found in the cdk.out folder (no aws:asset:path metadata, no asset object key)" : `its template ${path ?? named} is missing from the cdk.out folder`
    };
  };
}
function readCdkAssembly(assembly, options) {
  const result = {
    resources: [],
    errors: [...assembly.errors],
    files: [...assembly.files]
  };
  const notes = [];
  const locate = cdkNestedLocator(assembly, options.cache);
  const read = /* @__PURE__ */ new Set();
  for (const stack of assembly.stacks) {
    const r = readTemplate(options.cache.snapshot, stack.templateFile, {
      source: "cdk",
      unit: stack.unit,
      stack: stack.stackName,
      cache: options.cache,
      locate,
      ...stack.selfAccount ? { selfAccount: stack.selfAccount } : {},
      ...options.exports ? { exports: options.exports } : {}
    });
    add(result, r, notes, read);
    for (const record2 of r.resources) withConstructPath(record2, stack);
  }
  for (const file of assembly.nestedTemplates) {
    if (read.has(file)) continue;
    notes.push(
      `${file}: no stack of the assembly names this nested template; read on its own, its parameters unresolved`
    );
    const r = readTemplate(options.cache.snapshot, file, {
      source: "cdk",
      unit: file.slice(assembly.root === "" ? 0 : assembly.root.length + 1),
      cache: options.cache,
      locate,
      ...options.exports ? { exports: options.exports } : {}
    });
    add(result, r, notes, read);
  }
  if (notes.length > 0) result.notes = notes;
  return result;
}
function add(into, r, notes, read) {
  into.resources.push(...r.resources);
  into.errors.push(...r.errors);
  for (const f of r.files) {
    read.add(f);
    if (!into.files.includes(f)) into.files.push(f);
  }
  if (r.notes) notes.push(...r.notes);
}
function withConstructPath(record2, stack) {
  if (record2.constructPath) return;
  const path = stack.constructPaths.get(record2.address);
  if (path) record2.constructPath = path;
}

// src/iac/read-units.ts
async function readUnits(snapshot, units, options, terraformCache = createTerraformCache()) {
  const resources = [];
  const errors = [];
  const parameters = options.cfnParameters ?? {};
  const cache = new TemplateCache(snapshot);
  const family = units.cloudformation ?? { templates: units.templates, cdkAssemblies: units.cdkAssemblies };
  const assemblies = new Map(
    [.../* @__PURE__ */ new Set([...family.cdkAssemblies, ...units.cdkAssemblies])].map((dir) => [
      dir,
      loadCdkAssembly(cache, dir)
    ])
  );
  const allTemplates = [.../* @__PURE__ */ new Set([...family.templates, ...units.templates])];
  const templateOptions = /* @__PURE__ */ new Map();
  for (const file of allTemplates) templateOptions.set(file, { parameters });
  for (const a of assemblies.values()) {
    for (const s of a.stacks) {
      templateOptions.set(s.templateFile, {
        stack: s.stackName,
        ...s.selfAccount ? { selfAccount: s.selfAccount } : {}
      });
    }
  }
  const exports = collectExports(
    snapshot,
    [...templateOptions.keys()],
    (f) => templateOptions.get(f) ?? {},
    cache
  );
  const parents = nestedParents(cache, allTemplates, () => ({ parameters }));
  for (const file of outermostTemplates(units.templates, parents)) {
    const r = readTemplate(snapshot, file, {
      parameters,
      exports,
      unit: file,
      source: "cloudformation",
      cache
    });
    resources.push(...r.resources);
    errors.push(...r.errors);
  }
  for (const dir of units.cdkAssemblies) {
    const assembly = assemblies.get(dir);
    if (!assembly) continue;
    const r = readCdkAssembly(assembly, { cache, exports });
    resources.push(...r.resources);
    errors.push(...r.errors);
  }
  for (const root of units.terraformRoots) {
    const r = await readTerraformRoot(snapshot, root, {
      ...options.tfvars ? { tfvars: options.tfvars } : {},
      grantTypes: TERRAFORM_GRANT_TYPES,
      cache: terraformCache
    });
    resources.push(...r.resources);
    errors.push(...r.errors);
  }
  return { resources, errors: dedupeErrors2(errors) };
}
function dedupeErrors2(errors) {
  const seen = /* @__PURE__ */ new Set();
  return errors.filter((e) => {
    const k = `${e.file}\0${e.line ?? ""}\0${e.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// src/iac/terraform-plan/json-errors.ts
var WS = /* @__PURE__ */ new Set([" ", "	", "\n", "\r"]);
var NUMBER_RE2 = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var LITERALS = ["true", "false", "null"];
var ESCAPE_RE = /^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/;
function findJsonSyntaxError(text2) {
  const stack = [];
  let expect = "value";
  let i = 0;
  let first = true;
  const fail = (offset, reason) => problemAt(text2, offset, reason);
  if (text2.trim() === "") return fail(0, "the file is empty");
  while (true) {
    while (i < text2.length && WS.has(text2[i])) i++;
    if (i >= text2.length) {
      if (stack.length === 0 && expect === "after-value") return null;
      return fail(text2.length, "unexpected end of input");
    }
    const c = text2[i];
    if (stack.length === 0 && expect === "after-value")
      return fail(i, "unexpected text after the JSON value");
    if (expect === "colon") {
      if (c !== ":") return fail(i, "expected ':' after a property name");
      i++;
      expect = "value";
      continue;
    }
    if (expect === "after-value") {
      const top = stack[stack.length - 1];
      if (c === ",") {
        i++;
        expect = top === "{" ? "key" : "value";
        first = false;
        continue;
      }
      if (c === "}" && top === "{" || c === "]" && top === "[") {
        stack.pop();
        i++;
        continue;
      }
      return fail(i, top === "{" ? "expected ',' or '}' in an object" : "expected ',' or ']' in an array");
    }
    if (expect === "key") {
      if (c === "}" && first) {
        stack.pop();
        i++;
        expect = "after-value";
        continue;
      }
      if (c !== '"') return fail(i, "expected a property name in double quotes");
      const end = scanString(text2, i);
      if (typeof end !== "number") return fail(end.offset, end.reason);
      i = end;
      expect = "colon";
      continue;
    }
    first = false;
    if (c === "{" || c === "[") {
      stack.push(c);
      i++;
      first = true;
      expect = c === "{" ? "key" : "value";
      while (i < text2.length && WS.has(text2[i])) i++;
      if (c === "[" && text2[i] === "]") {
        stack.pop();
        i++;
        expect = "after-value";
      }
      continue;
    }
    if (c === '"') {
      const end = scanString(text2, i);
      if (typeof end !== "number") return fail(end.offset, end.reason);
      i = end;
      expect = "after-value";
      continue;
    }
    const word = /^(true|false|null)/.exec(text2.slice(i, i + 5));
    if (word) {
      i += word[1].length;
      expect = "after-value";
      continue;
    }
    if (c === "-" || c >= "0" && c <= "9") {
      NUMBER_RE2.lastIndex = i;
      const m = NUMBER_RE2.exec(text2);
      if (!m) return fail(i + 1, i + 1 >= text2.length ? "unexpected end of input" : "invalid number");
      i += m[0].length;
      if (/^(\.|[eE][+-]?)$/.test(text2.slice(i))) return fail(text2.length, "unexpected end of input");
      expect = "after-value";
      continue;
    }
    const rest = text2.slice(i);
    if (LITERALS.some((w) => rest.length < w.length && w.startsWith(rest))) {
      return fail(text2.length, "unexpected end of input");
    }
    return fail(i, `unexpected character ${JSON.stringify(c)}`);
  }
}
function scanString(text2, start) {
  let i = start + 1;
  while (i < text2.length) {
    const c = text2[i];
    if (c === '"') return i + 1;
    if (c === "\\") {
      if (i + 1 >= text2.length) break;
      if (!ESCAPE_RE.test(text2.slice(i + 1, i + 6))) {
        if (/^(u[0-9a-fA-F]{0,3})?$/.test(text2.slice(i + 1))) break;
        return { offset: i, reason: "invalid escape in a string" };
      }
      i += text2[i + 1] === "u" ? 6 : 2;
      continue;
    }
    if (c.charCodeAt(0) < 32) return { offset: i, reason: "control character in a string" };
    i++;
  }
  return { offset: text2.length, reason: "unexpected end of input inside a string" };
}
function problemAt(text2, offset, reason) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text2.length; i++) {
    if (text2.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return {
    offset,
    line,
    column: offset - lineStart + 1,
    reason,
    truncated: offset >= text2.length && text2.trim() !== ""
  };
}

// src/iac/terraform-plan/plan-document.ts
function isObject3(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
var SUPPORTED_MAJORS = /* @__PURE__ */ new Set([0, 1]);
var SHOW_JSON = "expected the output of `terraform show -json PLANFILE`";
function parsePlanDocument(text2) {
  let root;
  try {
    root = JSON.parse(text2);
  } catch {
    const p = findJsonSyntaxError(text2);
    if (!p) return { error: { message: "the file is not valid JSON" } };
    const where = `line ${p.line}, column ${p.column} (offset ${p.offset})`;
    if (p.truncated) {
      return {
        error: { line: p.line, message: `the JSON ends unexpectedly at ${where}: the file looks truncated` }
      };
    }
    return { error: { line: p.line, message: `invalid JSON at ${where}: ${p.reason}` } };
  }
  if (!isObject3(root)) {
    return { error: { message: `not a Terraform plan: the JSON is not an object; ${SHOW_JSON}` } };
  }
  const version = root.format_version;
  const hasPlanParts = "resource_changes" in root || "planned_values" in root;
  if (version === void 0) {
    return { error: { message: `not a Terraform plan: no format_version; ${SHOW_JSON}` } };
  }
  if (typeof version !== "string") {
    return { error: { message: `not a Terraform plan: format_version is not a string; ${SHOW_JSON}` } };
  }
  const m = /^(\d+)\.(\d+)(?:\.\d+)?$/.exec(version);
  if (!m || !SUPPORTED_MAJORS.has(Number(m[1]))) {
    return {
      error: {
        message: `unsupported Terraform plan format_version "${version}": this reader understands 0.x and 1.x`
      }
    };
  }
  if (!hasPlanParts) {
    const what = "values" in root ? "Terraform state, not a plan (it has values but no planned_values)" : "not a Terraform plan (no resource_changes or planned_values)";
    return { error: { message: `${what}; ${SHOW_JSON}` } };
  }
  const problems = [];
  const resourceChanges = [];
  const rawChanges = root.resource_changes ?? [];
  if (!Array.isArray(rawChanges)) {
    problems.push({ message: "resource_changes is not a list: the plan's changes cannot be read" });
  } else {
    rawChanges.forEach((raw, i) => {
      const rc = readChange(raw, `resource_changes[${i}]`, problems);
      if (rc) resourceChanges.push(rc);
    });
  }
  const deferred = root.deferred_changes;
  if (Array.isArray(deferred)) {
    deferred.forEach((raw, i) => {
      const inner = isObject3(raw) ? raw.resource_change : void 0;
      const rc = readChange(inner, `deferred_changes[${i}].resource_change`, problems);
      if (rc) resourceChanges.push({ ...rc, deferred: true });
    });
  }
  const plan = {
    formatVersion: version,
    resourceChanges,
    plannedValues: isObject3(root.planned_values) ? root.planned_values : void 0,
    priorState: isObject3(root.prior_state) ? root.prior_state : void 0,
    configuration: isObject3(root.configuration) ? root.configuration : void 0,
    errored: root.errored === true,
    incomplete: root.complete === false
  };
  if (typeof root.terraform_version === "string") plan.terraformVersion = root.terraform_version;
  return { plan, problems };
}
function readChange(raw, where, problems) {
  if (!isObject3(raw)) {
    problems.push({ message: `${where} is not an object` });
    return void 0;
  }
  const { address, type, name, change } = raw;
  if (typeof address !== "string" || typeof type !== "string" || typeof name !== "string" || !isObject3(change)) {
    const label = typeof address === "string" ? `${where} (${address})` : where;
    problems.push({ message: `${label} lacks address, type, name or change` });
    return void 0;
  }
  const actions = Array.isArray(change.actions) ? change.actions.filter((a) => typeof a === "string") : [];
  if (actions.length === 0) {
    problems.push({ message: `${address}: the change has no actions` });
    return void 0;
  }
  const index = raw.index;
  const rc = {
    address,
    moduleAddress: typeof raw.module_address === "string" ? raw.module_address : modulePart(address, raw.mode, type, name),
    mode: raw.mode === "data" ? "data" : "managed",
    type,
    name,
    index: typeof index === "number" || typeof index === "string" ? index : void 0,
    actions,
    before: change.before,
    after: change.after,
    afterUnknown: change.after_unknown
  };
  if (typeof raw.deposed === "string") rc.deposed = raw.deposed;
  return rc;
}
function modulePart(address, mode, type, name) {
  const local = `${mode === "data" ? "data." : ""}${type}.${name}`;
  if (address.startsWith(local)) return "";
  const at = address.lastIndexOf(`.${local}`);
  return at > 0 ? address.slice(0, at) : "";
}

// src/iac/terraform-plan/configuration.ts
function moduleConfig(configuration, steps) {
  let mod = configuration?.root_module;
  for (const step of steps) {
    if (!isObject3(mod)) return void 0;
    const calls = mod.module_calls;
    const call = isObject3(calls) ? calls[step.call] : void 0;
    mod = isObject3(call) ? call.module : void 0;
  }
  return isObject3(mod) ? mod : void 0;
}
function configResource(mod, mode, type, name) {
  const list2 = mod?.resources;
  if (!Array.isArray(list2)) return void 0;
  for (const r of list2) {
    if (!isObject3(r) || r.type !== type || r.name !== name) continue;
    if ((r.mode ?? "managed") !== mode) continue;
    return {
      mode,
      type,
      name,
      expressions: isObject3(r.expressions) ? r.expressions : {},
      providerConfigKey: typeof r.provider_config_key === "string" ? r.provider_config_key : "aws"
    };
  }
  return void 0;
}
function allConfigResources(configuration) {
  const out = [];
  const walk = (mod, steps, depth) => {
    if (!isObject3(mod) || depth > 32) return;
    if (Array.isArray(mod.resources)) {
      for (const r of mod.resources) {
        if (!isObject3(r) || typeof r.type !== "string" || typeof r.name !== "string") continue;
        const resource = configResource(mod, r.mode === "data" ? "data" : "managed", r.type, r.name);
        if (resource?.mode === "managed") out.push({ steps, resource });
      }
    }
    const calls = mod.module_calls;
    if (!isObject3(calls)) return;
    for (const [call, value] of Object.entries(calls).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
      if (isObject3(value)) walk(value.module, [...steps, { call }], depth + 1);
    }
  };
  walk(configuration?.root_module, [], 0);
  return out;
}
function moduleDir(configuration, root, steps) {
  if (root === void 0) return void 0;
  let dir = root;
  let mod = configuration?.root_module;
  for (const step of steps) {
    if (!isObject3(mod)) return void 0;
    const calls = mod.module_calls;
    const call = isObject3(calls) ? calls[step.call] : void 0;
    if (!isObject3(call)) return void 0;
    const source = call.source;
    if (typeof source !== "string" || !/^\.\.?\//.test(source)) return void 0;
    dir = joinDir(dir, source);
    if (dir === void 0) return void 0;
    mod = call.module;
  }
  return dir;
}
function joinDir(dir, relative) {
  const parts = dir === "" ? [] : dir.split("/");
  for (const part of relative.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return void 0;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}
function asExpression(v) {
  if (!isObject3(v)) return void 0;
  if (!("references" in v) && !("constant_value" in v)) return void 0;
  const refs = Array.isArray(v.references) ? v.references.filter((r) => typeof r === "string") : [];
  return "constant_value" in v ? { constantValue: v.constant_value, references: refs } : { references: refs };
}
function expressionAt(expressions, path) {
  let cur = expressions;
  for (const seg of path) {
    const expr = asExpression(cur);
    if (expr) return expr;
    if (typeof seg === "number") {
      if (!Array.isArray(cur)) return void 0;
      cur = cur[seg];
    } else {
      if (Array.isArray(cur) && cur.length === 1) cur = cur[0];
      if (!isObject3(cur)) return void 0;
      cur = cur[seg];
    }
  }
  return asExpression(cur);
}
function isConfigured(resource, attribute) {
  return Object.hasOwn(resource.expressions, attribute);
}
function blockCount(expressions, path) {
  let cur = expressions;
  for (const seg of path) {
    if (typeof seg === "number") {
      if (!Array.isArray(cur)) return void 0;
      cur = cur[seg];
    } else {
      if (!isObject3(cur)) return void 0;
      cur = cur[seg];
    }
  }
  return Array.isArray(cur) ? cur.length : void 0;
}
var INSTANCE_REFS = /^(each\.(key|value)|count\.index|self)(\.|\[|$)/;
function primaryReferences(expr) {
  const refs = [...new Set(expr.references)].filter((r) => !INSTANCE_REFS.test(r));
  return refs.filter((r) => !refs.some((o) => o !== r && (o.startsWith(`${r}.`) || o.startsWith(`${r}[`)))).sort();
}
var MANAGED_ATTR_REF = /^([a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*)(\[[^\]]+\])?\.([a-z_][a-z0-9_]*)$/;
function managedAttributeRef(ref) {
  if (/^(var|local|module|data|path|terraform)\./.test(ref)) return null;
  const m = MANAGED_ATTR_REF.exec(ref);
  if (!m) return null;
  return { resource: m[1], key: m[2] ?? "", attribute: m[3] };
}

// src/iac/terraform-plan/locate.ts
var BLOCK_RE = /^\s*(resource|data)\s+"?([A-Za-z0-9_-]+)"?\s+"?([A-Za-z0-9_-]+)"?\s*\{/;
var LITERAL_RE = /"((?:[^"\\\n]|\\.)*)"/g;
function resourceLocator(snapshot) {
  const byDir = /* @__PURE__ */ new Map();
  const indexDir = (dir) => {
    const cached = byDir.get(dir);
    if (cached) return cached;
    const found = /* @__PURE__ */ new Map();
    const prefix = dir === "" ? "" : `${dir}/`;
    for (const path of snapshot.paths) {
      if (!path.startsWith(prefix) || path.slice(prefix.length).includes("/") || !path.endsWith(".tf"))
        continue;
      const read = readText(snapshot, path);
      if ("error" in read) continue;
      indexBlocks(path, read.text, found);
    }
    byDir.set(dir, found);
    return found;
  };
  return (_moduleAddress, type, name, context) => {
    if (context?.moduleDir === void 0) return void 0;
    return indexDir(context.moduleDir).get(`${context.mode ?? "managed"} ${type} ${name}`);
  };
}
function indexBlocks(file, text2, into) {
  const lines = text2.split("\n");
  let current;
  let depth = 0;
  lines.forEach((raw, i) => {
    const line = codeOf(raw);
    if (current === void 0) {
      const m = BLOCK_RE.exec(line);
      if (!m) return;
      const key2 = `${m[1] === "data" ? "data" : "managed"} ${m[2]} ${m[3]}`;
      current = { file, line: i + 1, valueLines: {} };
      if (!into.has(key2)) into.set(key2, current);
      depth = braceBalance(line);
      if (depth <= 0) current = void 0;
      return;
    }
    for (const lit of line.matchAll(LITERAL_RE)) {
      const value = lit[1] ?? "";
      const lines2 = current.valueLines ?? {};
      for (const key2 of [value, ...value.match(/\b\d{12}\b/g) ?? []]) {
        if (key2 !== "" && lines2[key2] === void 0) lines2[key2] = i + 1;
      }
    }
    depth += braceBalance(line);
    if (depth <= 0) current = void 0;
  });
}
function codeOf(line) {
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "#" || c === "/" && line[i + 1] === "/") return line.slice(0, i);
  }
  return line;
}
function braceBalance(code) {
  const bare = code.replace(LITERAL_RE, "");
  let n = 0;
  for (const c of bare) {
    if (c === "{") n++;
    else if (c === "}") n--;
  }
  return n;
}
var MAX_PROBES = 40;
function inferRoot(configuration, candidates, find, planDir) {
  const probes = allConfigResources(configuration).slice(0, MAX_PROBES);
  if (probes.length === 0) return void 0;
  let best = [];
  let bestScore = 0;
  for (const candidate of [...new Set(candidates)]) {
    let score = 0;
    for (const { steps, resource } of probes) {
      const dir = moduleDir(configuration, candidate, steps);
      if (dir === void 0) continue;
      const address = moduleAddressOf(steps);
      if (find(address, resource.type, resource.name, { moduleDir: dir, mode: "managed" })) score++;
    }
    if (score > bestScore) {
      best = [candidate];
      bestScore = score;
    } else if (score === bestScore && score > 0) best.push(candidate);
  }
  if (best.length === 1) return best[0];
  return best.includes(planDir) ? planDir : void 0;
}
function moduleAddressOf(steps) {
  return steps.map((s) => `module.${s.call}`).join(".");
}

// src/iac/terraform-plan/addresses.ts
var NAME_RE = /^[A-Za-z_][A-Za-z0-9_-]*/;
function parseModuleAddress(address) {
  const steps = [];
  let rest = address;
  while (rest !== "") {
    if (steps.length > 0) {
      if (!rest.startsWith(".")) return null;
      rest = rest.slice(1);
    }
    if (!rest.startsWith("module.")) return null;
    rest = rest.slice("module.".length);
    const name = NAME_RE.exec(rest);
    if (!name) return null;
    const step = { call: name[0] };
    rest = rest.slice(name[0].length);
    if (rest.startsWith("[")) {
      const key2 = readKey(rest);
      if (!key2) return null;
      step.key = key2.value;
      rest = rest.slice(key2.length);
    }
    steps.push(step);
  }
  return steps;
}
function readKey(text2) {
  const num2 = /^\[(\d+)\]/.exec(text2);
  if (num2) return { value: Number(num2[1]), length: num2[0].length };
  if (!text2.startsWith('["')) return null;
  let i = 2;
  while (i < text2.length) {
    const c = text2[i];
    if (c === "\\") {
      i += 2;
      continue;
    }
    if (c === '"') break;
    i++;
  }
  if (text2[i + 1] !== "]") return null;
  try {
    const value = JSON.parse(text2.slice(1, i + 1));
    return typeof value === "string" ? { value, length: i + 2 } : null;
  } catch {
    return null;
  }
}
function keySuffix2(key2) {
  if (key2 === void 0) return "";
  return typeof key2 === "number" ? `[${key2}]` : `[${JSON.stringify(key2)}]`;
}
function resourceAddress(moduleAddress, local) {
  return moduleAddress === "" ? local : `${moduleAddress}.${local}`;
}

// src/iac/terraform-plan/own-references.ts
function ownResourceRef(expr, scope, providerKey, anyAttribute) {
  const refs = primaryReferences(expr);
  if (refs.length !== 1) return null;
  const m = managedAttributeRef(refs[0]);
  if (!m || m.attribute !== "arn" && !anyAttribute) return null;
  const [type = "", name = ""] = m.resource.split(".");
  const target = configResource(scope.mod, "managed", type, name);
  if (!target || target.providerConfigKey !== providerKey) return null;
  return resourceRef(resourceAddress(scope.moduleAddress, `${m.resource}${m.key}`), m.attribute);
}

// src/iac/terraform-plan/policy-document-data.ts
var MERGED_DOCUMENTS = [
  "source_policy_documents",
  "override_policy_documents",
  "source_json",
  "override_json"
];
function policyFromDataSource(values, unknownAt, configured) {
  for (const attr of MERGED_DOCUMENTS) {
    if (values[attr] === void 0 && (configured === void 0 || configured.has(attr))) return null;
  }
  const sources = documentList(values.source_policy_documents, values.source_json);
  const overrides = documentList(values.override_policy_documents, values.override_json);
  if (sources === null || overrides === null) return null;
  const inline = values.statement;
  if (inline === void 0 || inline !== null && !Array.isArray(inline)) return null;
  let statements = sources.flatMap(statementsOf);
  const inlineStatements = [];
  for (let i = 0; i < (inline ?? []).length; i++) {
    const block = inline?.[i];
    if (!isObject3(block)) return null;
    const st = statementOf(block, ["statement", i], unknownAt);
    if (st === null) return null;
    inlineStatements.push(st);
  }
  statements = mergeBySid(statements, inlineStatements);
  for (const doc2 of overrides) statements = mergeBySid(statements, statementsOf(doc2));
  const doc = { Version: text(values.version) || "2012-10-17" };
  if (text(values.policy_id)) doc.Id = text(values.policy_id);
  doc.Statement = statements;
  return doc;
}
function documentList(list2, single2) {
  const texts2 = [];
  if (Array.isArray(list2)) texts2.push(...list2);
  else if (list2 !== void 0 && list2 !== null) texts2.push(list2);
  if (single2 !== void 0 && single2 !== null && single2 !== "") texts2.push(single2);
  const docs = [];
  for (const t of texts2) {
    if (typeof t !== "string" || hasToken(t)) return null;
    try {
      const parsed = JSON.parse(t);
      if (!isObject3(parsed)) return null;
      docs.push(parsed);
    } catch {
      return null;
    }
  }
  return docs;
}
function statementsOf(doc) {
  const s = doc.Statement;
  if (Array.isArray(s)) return s.filter(isObject3);
  return isObject3(s) ? [s] : [];
}
function mergeBySid(base, extra) {
  const out = [...base];
  for (const st of extra) {
    const sid = typeof st.Sid === "string" && st.Sid !== "" ? st.Sid : void 0;
    const at = sid === void 0 ? -1 : out.findIndex((o) => o.Sid === sid);
    if (at >= 0) out[at] = st;
    else out.push(st);
  }
  return out;
}
function text(v) {
  return typeof v === "string" ? v : "";
}
function statementOf(block, path, unknownAt) {
  const st = {};
  if (text(block.sid)) st.Sid = text(block.sid);
  st.Effect = text(block.effect) || "Allow";
  const lists = [
    ["actions", "Action", true],
    ["not_actions", "NotAction", false],
    ["resources", "Resource", true],
    ["not_resources", "NotResource", false]
  ];
  for (const [attr, key2, unknownIfMissing] of lists) {
    const at = [...path, attr];
    const v = block[attr] === void 0 && unknownIfMissing ? [unknownAt(at)] : stringsOf(block[attr], at, unknownAt);
    if (v.length > 0) st[key2] = v;
  }
  const principals = block.principals === void 0 ? unknownAt([...path, "principals"]) : block.principals;
  const principal = principalsOf(principals, [...path, "principals"], unknownAt);
  if (principal !== void 0) st.Principal = principal;
  const notPrincipal = principalsOf(block.not_principals, [...path, "not_principals"], unknownAt);
  if (notPrincipal !== void 0) st.NotPrincipal = notPrincipal;
  const condition = conditionsOf(block.condition, [...path, "condition"], unknownAt);
  if (condition === null) return null;
  if (condition !== void 0) st.Condition = condition;
  return st;
}
function stringsOf(v, path, unknownAt) {
  if (typeof v === "string") return [v];
  if (!Array.isArray(v)) return [];
  return v.map(
    (x, i) => typeof x === "string" ? x : x === null ? unknownAt([...path, i]) : JSON.stringify(x)
  );
}
function principalsOf(v, path, unknownAt) {
  if (typeof v === "string") return { AWS: v };
  if (!Array.isArray(v) || v.length === 0) return void 0;
  const out = {};
  const add2 = (type, ids) => {
    out[type] = [...out[type] ?? [], ...ids];
  };
  let star = false;
  v.forEach((block, i) => {
    if (typeof block === "string") {
      add2("AWS", [block]);
      return;
    }
    if (!isObject3(block)) return;
    const type = typeof block.type === "string" && !hasToken(block.type) ? block.type : "AWS";
    const at = [...path, i, "identifiers"];
    const ids = block.identifiers === void 0 ? [unknownAt(at)] : stringsOf(block.identifiers, at, unknownAt);
    if (type === "*") {
      star = true;
      return;
    }
    add2(type, ids);
  });
  if (star && Object.keys(out).length === 0) return "*";
  if (star) add2("AWS", ["*"]);
  return out;
}
function conditionsOf(v, path, unknownAt) {
  if (v === void 0 || typeof v === "string") return null;
  if (!Array.isArray(v) || v.length === 0) return void 0;
  const out = {};
  for (let i = 0; i < v.length; i++) {
    const block = v[i];
    if (!isObject3(block)) return null;
    const test = block.test;
    const variable = block.variable;
    if (typeof test !== "string" || typeof variable !== "string" || hasToken(test) || hasToken(variable))
      return null;
    const at = [...path, i, "values"];
    const values = block.values === void 0 ? [unknownAt(at)] : stringsOf(block.values, at, unknownAt);
    const byKey = out[test] ?? {};
    byKey[variable] = [...byKey[variable] ?? [], ...values];
    out[test] = byKey;
  }
  return Object.keys(out).length > 0 ? out : void 0;
}

// src/iac/terraform-plan/unknowns.ts
function withUnknowns(value, unknown, tokenFor, path = []) {
  if (unknown === true) return tokenFor(path);
  if (Array.isArray(unknown)) {
    const base = Array.isArray(value) ? [...value] : [];
    unknown.forEach((u, i) => {
      if (u === false || u === null) return;
      const merged = withUnknowns(base[i], u, tokenFor, [...path, i]);
      while (base.length < i) base.push(null);
      base[i] = merged ?? null;
    });
    return base;
  }
  if (isObject3(unknown)) {
    if (Object.keys(unknown).length === 0) return value;
    const base = isObject3(value) ? { ...value } : {};
    for (const [key2, u] of Object.entries(unknown)) {
      const merged = withUnknowns(base[key2], u, tokenFor, [...path, key2]);
      if (merged !== void 0) base[key2] = merged;
    }
    return base;
  }
  return value;
}
function renderPath(path) {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

// src/iac/terraform-plan/data-source-fallback.ts
var DATA_REF = /^data\.aws_iam_policy_document\.([A-Za-z_][A-Za-z0-9_-]*)(\[(?:\d+|"(?:[^"\\]|\\.)*")\])?(\.(?:json|minified_json))?$/;
function policyFromDataSourceReference(plan, scope, config, attribute, instanceKey) {
  const expr = expressionAt(config.expressions, [attribute]);
  if (!expr) return null;
  const refs = primaryReferences(expr);
  if (refs.length !== 1) return null;
  const m = DATA_REF.exec(refs[0]);
  if (!m) return null;
  const name = m[1];
  const dynamicIndex = expr.references.some((r) => /^(each\.(key|value)|count\.index)/.test(r));
  if (!m[3] && !dynamicIndex) return null;
  const key2 = m[2] ? JSON.parse(m[2].slice(1, -1)) : dynamicIndex ? instanceKey : void 0;
  const dataAddress = resourceAddress(
    scope.moduleAddress,
    `data.aws_iam_policy_document.${name}${keySuffix2(key2)}`
  );
  const dataConfig = configResource(scope.mod, "data", "aws_iam_policy_document", name);
  const tokenFor = (raw) => (path) => dataToken(scope, dataAddress, dataConfig, raw, path);
  const found = dataValues(plan, dataAddress, tokenFor);
  if (!found) return null;
  const configured = dataConfig ? new Set(Object.keys(dataConfig.expressions)) : void 0;
  const doc = policyFromDataSource(found.values, tokenFor(found.raw), configured);
  return doc ? { text: JSON.stringify(doc), dataAddress } : null;
}
function dataValues(plan, address, tokenFor) {
  const change = plan.resourceChanges.find((r) => r.mode === "data" && r.address === address);
  if (change && isObject3(change.after)) {
    const merged = withUnknowns(change.after, change.afterUnknown, tokenFor(change.after));
    return isObject3(merged) ? { values: merged, raw: change.after } : null;
  }
  const prior = plan.priorState?.values;
  for (const tree of [plan.plannedValues?.root_module, isObject3(prior) ? prior.root_module : void 0]) {
    const values = findValues(tree, address);
    if (values) return { values, raw: values };
  }
  return null;
}
function dataToken(scope, address, config, raw, path) {
  if (config && configPathAligned(config.expressions, raw, path)) {
    const expr = expressionAt(config.expressions, path);
    if (expr) {
      const ref = ownResourceRef(expr, scope, config.providerConfigKey, false);
      if (ref) return ref;
      const refs = primaryReferences(expr);
      if (refs.length > 0) return unresolved(refs.join(", "));
    }
  }
  return unresolved(`${address}.${renderPath(path)} (known after apply)`);
}
var SET_BLOCKS = /* @__PURE__ */ new Set(["principals", "not_principals", "condition"]);
var LIST_ATTRIBUTES = /* @__PURE__ */ new Set([
  "identifiers",
  "values",
  "actions",
  "not_actions",
  "resources",
  "not_resources"
]);
function configPathAligned(expressions, raw, path) {
  for (let i = 1; i < path.length; i++) {
    const seg = path[i];
    const parent = path[i - 1];
    if (typeof seg !== "number" || typeof parent !== "string") continue;
    if (LIST_ATTRIBUTES.has(parent)) break;
    const prefix = path.slice(0, i);
    const written = blockCount(expressions, prefix);
    const evaluated = valueAt2(raw, prefix);
    const count = Array.isArray(evaluated) ? evaluated.length : void 0;
    if (written === void 0 || count === void 0 || written !== count) return false;
    if (SET_BLOCKS.has(parent) && written !== 1) return false;
  }
  return true;
}
function valueAt2(root, path) {
  let cur = root;
  for (const seg of path) {
    if (typeof seg === "number") cur = Array.isArray(cur) ? cur[seg] : void 0;
    else cur = isObject3(cur) ? cur[seg] : void 0;
  }
  return cur;
}
function findValues(mod, address, depth = 0) {
  if (!isObject3(mod) || depth > 32) return void 0;
  if (Array.isArray(mod.resources)) {
    for (const r of mod.resources) {
      if (isObject3(r) && r.address === address && isObject3(r.values)) return r.values;
    }
  }
  if (Array.isArray(mod.child_modules)) {
    for (const c of mod.child_modules) {
      const v = findValues(c, address, depth + 1);
      if (v) return v;
    }
  }
  return void 0;
}

// src/iac/terraform-plan/change-reader.ts
function sidesOf(actions) {
  switch (actions.join(",")) {
    case "create":
      return { before: false, after: true, forgotten: false, known: true };
    case "delete":
      return { before: true, after: false, forgotten: false, known: true };
    case "update":
    case "no-op":
    case "delete,create":
    case "create,delete":
      return { before: true, after: true, forgotten: false, known: true };
    case "read":
      return { before: false, after: false, forgotten: false, known: true };
    case "forget":
      return { before: true, after: false, forgotten: true, known: true };
    case "create,forget":
      return { before: true, after: true, forgotten: true, known: true };
    default:
      return { before: true, after: true, forgotten: false, known: false };
  }
}
function readChange2(ctx, rc) {
  const reader = new ChangeReader(ctx, rc);
  const sides = sidesOf(rc.actions);
  const before = [];
  const after = [];
  if (!sides.known)
    ctx.notes.push(`${rc.address}: unknown plan actions [${rc.actions.join(", ")}], read as an update`);
  if (rc.deferred)
    ctx.notes.push(`${rc.address}: the change is deferred to a later plan; its values are read as planned`);
  if (sides.before && isObject3(rc.before)) before.push(reader.record(reader.beforeProperties()));
  if (sides.forgotten && isObject3(rc.before)) {
    ctx.notes.push(`${rc.address}: forgotten by Terraform but not destroyed: its grants remain in AWS`);
    after.push(reader.record(reader.beforeProperties()));
  }
  if (sides.after && (rc.after !== void 0 || rc.afterUnknown !== void 0)) {
    after.push(reader.record(reader.afterProperties()));
  }
  return { before, after };
}
function tableAttributes(type) {
  const rows = rowsFor(type);
  const single2 = (p) => p !== void 0 && !p.includes("/");
  return {
    policies: [...new Set(rows.map((r) => r.policy).filter(single2))],
    targets: new Set(rows.map((r) => r.target).filter(single2))
  };
}
var ChangeReader = class {
  constructor(ctx, rc) {
    this.ctx = ctx;
    this.rc = rc;
    this.attrs = tableAttributes(rc.type);
    const steps = parseModuleAddress(rc.moduleAddress);
    const mod = steps ? moduleConfig(ctx.plan.configuration, steps) : void 0;
    this.scope = { moduleAddress: rc.moduleAddress, mod };
    this.config = configResource(mod, "managed", rc.type, rc.name);
    this.moduleDir = steps ? moduleDir(ctx.plan.configuration, ctx.root, steps) : void 0;
  }
  ctx;
  rc;
  attrs;
  scope;
  config;
  moduleDir;
  location;
  record(properties) {
    const loc = this.locate();
    const r = {
      source: "terraform-plan",
      type: this.rc.type,
      address: this.rc.address,
      file: loc.file,
      line: loc.line,
      unit: this.ctx.unit,
      properties
    };
    if (loc.valueLines && Object.keys(loc.valueLines).length > 0) r.valueLines = loc.valueLines;
    const self = this.ctx.self.forProvider(this.config?.providerConfigKey ?? "aws");
    if (self) r.selfAccount = self;
    return r;
  }
  locate() {
    if (!this.location) {
      const found = this.ctx.options.findResourceLine?.(this.rc.moduleAddress, this.rc.type, this.rc.name, {
        moduleDir: this.moduleDir,
        mode: "managed"
      });
      this.location = found ?? { file: this.ctx.file, line: 1 };
    }
    return this.location;
  }
  beforeProperties() {
    return this.finish(isObject3(this.rc.before) ? { ...this.rc.before } : {}, false);
  }
  afterProperties() {
    const { after, afterUnknown } = this.rc;
    if (afterUnknown === true) {
      const token = unresolved(`${this.rc.address} (known after apply)`);
      return Object.fromEntries(this.attrs.policies.map((p) => [p, token]));
    }
    const merged = withUnknowns(after ?? {}, afterUnknown, (path) => this.unknownToken(path));
    return this.finish(isObject3(merged) ? merged : {}, true);
  }
  /**
   * Policy attributes: "" (no policy) and computed ones the configuration does not set are
   * dropped; unknown ones are read from their data source when they refer to one.
   */
  finish(props, after) {
    for (const attr of this.attrs.policies) {
      const value = props[attr];
      if (value === void 0 || value === null) continue;
      if (value === "") {
        delete props[attr];
        continue;
      }
      if (this.config && !isConfigured(this.config, attr)) {
        delete props[attr];
        this.noteOnce(
          `${this.rc.address}.${attr} is not set in the configuration: the provider computes it (e.g. from a separate policy resource or an AWS default), so it is not read as a grant of this resource`
        );
        continue;
      }
      const unknownTree = this.rc.afterUnknown;
      const unknown = isObject3(unknownTree) && unknownTree[attr] === true;
      if (after && unknown && typeof value === "string" && isWholeUnresolved(value)) {
        props[attr] = this.unknownPolicy(attr, value);
      }
    }
    return props;
  }
  /** An unknown policy: its data source's statements (T18), else it stays one unresolved token. */
  unknownPolicy(attr, token) {
    const fallback = this.config ? policyFromDataSourceReference(this.ctx.plan, this.scope, this.config, attr, this.rc.index) : null;
    if (fallback) {
      this.noteOnce(
        `${this.rc.address}.${attr} is known only after apply: its statements were read from ${fallback.dataAddress} in the plan`
      );
      return fallback.text;
    }
    const expr = this.config ? expressionAt(this.config.expressions, [attr]) : void 0;
    const refs = expr ? primaryReferences(expr) : [];
    const because = refs.length > 0 ? ` (it depends on ${refs.join(", ")})` : "";
    this.noteOnce(
      `${this.rc.address}.${attr} is known only after apply${because}: the principals it admits are unresolved`
    );
    return token;
  }
  noteOnce(note) {
    if (!this.ctx.notes.includes(note)) this.ctx.notes.push(note);
  }
  /** The token for a value of this resource known only after apply. */
  unknownToken(path) {
    const first = path[0];
    const top = path.length === 1 && typeof first === "string" ? first : void 0;
    const isPolicy = top !== void 0 && this.attrs.policies.includes(top);
    if (this.config && !isPolicy) {
      const expr = expressionAt(this.config.expressions, path);
      const isTarget = top !== void 0 && this.attrs.targets.has(top);
      const ref = expr ? ownResourceRef(expr, this.scope, this.config.providerConfigKey, isTarget) : null;
      if (ref) return ref;
    }
    return unresolved(`${this.rc.address}.${renderPath(path)} (known after apply)`);
  }
};

// src/iac/terraform-plan/self-account.ts
var ACCOUNT_RE5 = /^\d{12}$/;
function selfAccounts(plan) {
  const identities = [];
  const add2 = (moduleAddress, r) => {
    if (!isObject3(r) || r.mode !== "data" || r.type !== "aws_caller_identity" || typeof r.name !== "string")
      return;
    const values = isObject3(r.values) ? r.values : isObject3(r.after) ? r.after : void 0;
    const account = values?.account_id;
    if (typeof account === "string" && ACCOUNT_RE5.test(account))
      identities.push({ moduleAddress, name: r.name, account });
  };
  const walk = (mod, depth) => {
    if (!isObject3(mod) || depth > 32) return;
    const address = typeof mod.address === "string" ? mod.address : "";
    if (Array.isArray(mod.resources)) for (const r of mod.resources) add2(address, r);
    if (Array.isArray(mod.child_modules)) for (const c of mod.child_modules) walk(c, depth + 1);
  };
  const prior = plan.priorState?.values;
  walk(isObject3(prior) ? prior.root_module : void 0, 0);
  walk(plan.plannedValues?.root_module, 0);
  for (const rc of plan.resourceChanges) {
    if (rc.mode === "data" && rc.type === "aws_caller_identity") {
      add2(rc.moduleAddress, { mode: "data", type: rc.type, name: rc.name, after: rc.after ?? null });
    }
  }
  const byKey = /* @__PURE__ */ new Map();
  for (const id of identities) {
    const steps = parseModuleAddress(id.moduleAddress) ?? [];
    const key2 = configResource(moduleConfig(plan.configuration, steps), "data", "aws_caller_identity", id.name)?.providerConfigKey ?? "aws";
    const set = byKey.get(key2) ?? /* @__PURE__ */ new Set();
    set.add(id.account);
    byKey.set(key2, set);
  }
  const defaults = /* @__PURE__ */ new Set();
  for (const [key2, accounts] of byKey) if (!isAliased(key2)) for (const a of accounts) defaults.add(a);
  return {
    forProvider(providerConfigKey) {
      const own = byKey.get(providerConfigKey);
      if (own?.size === 1) return [...own][0];
      if (own && own.size > 1) return void 0;
      if (!isAliased(providerConfigKey) && defaults.size === 1) return [...defaults][0];
      return void 0;
    }
  };
}
function isAliased(key2) {
  return key2.slice(key2.lastIndexOf(":") + 1).includes(".");
}

// src/iac/terraform-plan/read-plan.ts
function readPlan(file, text2, options) {
  try {
    return readPlanUnsafe(file, text2, options);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      before: [],
      after: [],
      errors: [{ file, message: `the plan could not be read: ${reason}` }],
      notes: []
    };
  }
}
function readPlanUnsafe(file, text2, options) {
  const parsed = parsePlanDocument(text2);
  if ("error" in parsed) {
    const { line, message } = parsed.error;
    const given = options.root !== void 0 ? { root: options.root } : {};
    return {
      before: [],
      after: [],
      errors: [{ file, ...line ? { line } : {}, message }],
      notes: [],
      ...given
    };
  }
  const { plan, problems } = parsed;
  const errors = problems.map((p) => ({ file, message: p.message }));
  if (plan.errored) {
    errors.push({
      file,
      message: "the plan is marked errored (planning failed): its changes are incomplete"
    });
  }
  const planDir = dirOf2(file);
  const root = options.root ?? (options.findResourceLine ? inferRoot(plan.configuration, options.rootCandidates ?? [planDir], options.findResourceLine, planDir) : void 0);
  const ctx = {
    file,
    unit: root ?? file,
    plan,
    options,
    root,
    self: selfAccounts(plan),
    notes: []
  };
  const before = [];
  const after = [];
  let carrying = 0;
  for (const rc of plan.resourceChanges) {
    if (rc.mode !== "managed" || !options.grantTypes.has(rc.type)) continue;
    carrying++;
    const read = readChange2(ctx, rc);
    before.push(...read.before);
    after.push(...read.after);
  }
  const version = `format_version ${plan.formatVersion}${plan.terraformVersion ? `, Terraform ${plan.terraformVersion}` : ""}`;
  const where = root !== void 0 ? `the before/after of the Terraform root "${root === "" ? "." : root}"` : "a Terraform root that was not found in the repository (grants point at the plan file)";
  const notes = [
    `${file}: Terraform plan (${version}) read as ${where}: ${plan.resourceChanges.length} resource changes, ${carrying} of resource types that can grant access`
  ];
  if (plan.incomplete) {
    notes.push(
      `${file}: the plan is not complete (targeted or deferred): resources outside it are not compared`
    );
  }
  notes.push(...ctx.notes);
  return { before, after, errors, notes, ...root !== void 0 ? { root } : {} };
}
function dirOf2(file) {
  const i = file.lastIndexOf("/");
  return i < 0 ? "" : file.slice(0, i);
}

// src/allowlist/match.ts
function isExpired(approval, today) {
  return approval.expires !== void 0 && approval.expires < today;
}
function principalMatches(pattern, grant) {
  const p = grant.principal;
  if (pattern === "*") return p.id === "*";
  if (/^\d{12}$/.test(pattern)) return p.accountId === pattern;
  const root = /^arn:(aws[a-z0-9-]*):iam::(\d{12}):root$/.exec(pattern);
  if (root) return p.accountId === root[2] && (p.id.startsWith(`arn:${root[1]}:`) || p.id === pattern);
  return globMatch(pattern, p.id);
}
function resourceMatches(patterns, grant) {
  if (!patterns) return true;
  const r = grant.resource;
  const names = [
    r.address,
    r.target,
    r.constructPath,
    `${r.unit}/${r.address}`,
    r.stack ? `${r.stack}/${r.address}` : void 0
  ];
  return patterns.some((pat) => names.some((n) => n !== void 0 && globMatch(pat, n)));
}
function actionsMatch(patterns, grant) {
  if (!patterns) return true;
  if (grant.notActions?.length) return patterns.includes("*");
  return grant.actions.every((a) => patterns.some((pat) => globMatch(pat, a, true)));
}
function findApproval(allowlist, grant, today) {
  for (const a of allowlist.approvals) {
    if (isExpired(a, today)) continue;
    if (principalMatches(a.principal, grant) && resourceMatches(a.resources, grant) && actionsMatch(a.actions, grant)) {
      return a;
    }
  }
  return null;
}
function approvalHealth(allowlist, grants, today) {
  const expired = allowlist.approvals.filter((a) => isExpired(a, today));
  const unused = allowlist.approvals.filter(
    (a) => !isExpired(a, today) && !grants.some(
      (g) => principalMatches(a.principal, g) && resourceMatches(a.resources, g) && actionsMatch(a.actions, g)
    )
  );
  return { expired, unused };
}

// src/verdict/verdict.ts
function verdictReasons(principals, errors, failOnUnresolved, mode) {
  const reasons = [];
  const blocking = principals.filter(
    (p) => !p.approved && (failOnUnresolved || p.classification !== "unresolved")
  );
  if (blocking.length > 0) {
    const what = mode === "diff" ? "new external access" : "external access";
    const names = blocking.slice(0, 3).map((p) => p.id);
    const more = blocking.length > 3 ? ` and ${blocking.length - 3} more` : "";
    reasons.push(
      `${blocking.length} principal${blocking.length === 1 ? "" : "s"} with ${what} not approved: ${names.join(", ")}${more}`
    );
  }
  const blockingErrors = errors.filter((e) => e.blocking);
  if (blockingErrors.length > 0) {
    const files = [...new Set(blockingErrors.map((e) => e.file))];
    reasons.push(
      `${files.length} file${files.length === 1 ? "" : "s"} could not be analysed: ${files.slice(0, 3).join(", ")}${files.length > 3 ? ` and ${files.length - 3} more` : ""}`
    );
  }
  return reasons;
}

// src/report/build.ts
var SEVERITY = ["public", "unresolved", "federated", "external", "service", "internal"];
var CHANGE_ORDER = { added: 0, present: 1, unchanged: 2, removed: 3 };
function buildReport(input) {
  const { allowlist, today } = input;
  const labelOf = accountLabels(allowlist);
  const ranks = sortRanks(input.grants);
  const sorted = sortChanged(input.grants, ranks);
  const grants = new Array(sorted.length);
  const approvalAt = new Array(sorted.length).fill(null);
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i];
    const label = c.grant.principal.accountId ? labelOf(c.grant.principal.accountId) : null;
    const rg = Object.assign({ id: `g${i + 1}`, change: c.change }, c.grant);
    if (label) rg.label = label.label;
    if (isGated(c.grant) && c.change !== "removed") {
      const approval = findApproval(allowlist, c.grant, today);
      rg.approved = approval !== null;
      approvalAt[i] = approval;
    }
    grants[i] = rg;
  }
  const inScope = [];
  for (let i = 0; i < grants.length; i++) {
    const g = grants[i];
    if (isGated(g) && (input.mode === "audit" ? g.change === "present" : g.change === "added"))
      inScope.push(i);
  }
  const principals = groupPrincipals(grants, inScope, approvalAt, input, labelOf, ranks.principal);
  const blockingErrors = input.errors.map(
    (e) => ({
      ...e,
      blocking: input.changedFiles === void 0 || input.changedFiles.has(e.file)
    })
  );
  blockingErrors.sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message)
  );
  const present = grants.filter((g) => g.change !== "removed");
  const health = approvalHealth(allowlist, present.filter(isGated), today);
  const reasons = verdictReasons(principals, blockingErrors, input.failOnUnresolved, input.mode);
  let unapproved = 0;
  let unresolved2 = 0;
  for (const p of principals) {
    if (!p.approved) unapproved++;
    if (p.classification === "unresolved") unresolved2++;
  }
  let removed = 0;
  for (const g of grants) if (g.change === "removed" && isGated(g)) removed++;
  return {
    schemaVersion: 1,
    mode: input.mode,
    verdict: reasons.length > 0 ? "fail" : "pass",
    reasons,
    summary: {
      newAccess: principals.length,
      unapproved,
      unresolved: unresolved2,
      removed,
      grants: present.length
    },
    principals,
    grants,
    allowlist: {
      file: allowlist.file || null,
      expired: health.expired.map(approvalRef),
      unused: input.mode === "audit" ? health.unused.map(approvalRef) : [],
      warnings: allowlist.warnings
    },
    errors: blockingErrors,
    notes: input.notes ?? []
  };
}
function accountLabels(allowlist) {
  const known = /* @__PURE__ */ new Map();
  return (accountId) => {
    let label = known.get(accountId);
    if (label === void 0) {
      label = lookupAccount(accountId, allowlist.accountNames);
      known.set(accountId, label);
    }
    return label;
  };
}
function groupPrincipals(grants, inScope, approvalAt, input, labelOf, idRank) {
  const byId2 = /* @__PURE__ */ new Map();
  for (const i of inScope) {
    const id = grants[i].principal.id;
    const list2 = byId2.get(id);
    if (list2) list2.push(i);
    else byId2.set(id, [i]);
  }
  const out = [];
  for (const indexes2 of byId2.values()) {
    const list2 = indexes2.map((i) => grants[i]);
    const first = list2[0];
    const classification = list2.length === 1 ? first.classification : SEVERITY.find((c) => list2.some((g) => g.classification === c)) ?? first.classification;
    const approvals = indexes2.map((i) => approvalAt[i] ?? null);
    const approved = approvals.every((a) => a !== null);
    const p = Object.assign({}, first.principal, {
      classification,
      approved,
      approval: approved && approvals[0] ? approvalRef(approvals[0]) : null,
      grants: list2.map((g) => g.id)
    });
    if (first.label) p.label = first.label;
    const labelKind = first.principal.accountId ? labelOf(first.principal.accountId)?.kind : void 0;
    if (labelKind) p.labelKind = labelKind;
    if (!approved && input.pendingAllowlist) {
      const pending = list2.map((g) => findApproval(input.pendingAllowlist, g, input.today));
      if (pending.every((a) => a !== null) && pending[0]) p.pendingApproval = approvalRef(pending[0]);
    }
    if (!approved) {
      const expired = input.allowlist.approvals.find(
        (a) => isExpired(a, input.today) && list2.some(
          (g) => findApproval({ ...input.allowlist, approvals: [{ ...a, expires: void 0 }] }, g, input.today)
        )
      );
      if (expired) p.expiredApproval = approvalRef(expired);
    }
    out.push(p);
  }
  const keyed = out.map((p) => ({ p, severity: SEVERITY.indexOf(p.classification), id: idRank.get(p.id) }));
  keyed.sort((a, b) => a.severity - b.severity || a.id - b.id);
  return keyed.map((k) => k.p);
}
function approvalRef(a) {
  const ref = {
    index: a.index,
    line: a.line,
    principal: a.principal,
    reason: a.reason,
    approved_by: a.approved_by
  };
  if (a.ticket !== void 0) ref.ticket = a.ticket;
  if (a.expires !== void 0) ref.expires = a.expires;
  if (a.resources !== void 0) ref.resources = a.resources;
  if (a.actions !== void 0) ref.actions = a.actions;
  return ref;
}
function sortRanks(list2) {
  const compare = new Intl.Collator().compare;
  return {
    file: localeRanks(
      list2.map((c) => c.grant.resource.file),
      compare
    ),
    address: localeRanks(
      list2.map((c) => c.grant.resource.address),
      compare
    ),
    principal: localeRanks(
      list2.map((c) => c.grant.principal.id),
      compare
    ),
    actions: localeRanks(
      list2.map((c) => c.grant.actions.join(",")),
      compare
    ),
    target: localeRanks(
      list2.map((c) => c.grant.resource.target ?? ""),
      compare
    )
  };
}
function sortChanged(list2, ranks) {
  const keyed = list2.map((c) => {
    const g = c.grant;
    return {
      c,
      order: CHANGE_ORDER[c.change],
      file: ranks.file.get(g.resource.file),
      line: g.resource.line,
      address: ranks.address.get(g.resource.address),
      principal: ranks.principal.get(g.principal.id),
      actions: ranks.actions.get(g.actions.join(",")),
      target: ranks.target.get(g.resource.target ?? "")
    };
  });
  keyed.sort(
    (a, b) => a.order - b.order || a.file - b.file || a.line - b.line || a.address - b.address || a.principal - b.principal || a.actions - b.actions || a.target - b.target
  );
  return keyed.map((k) => k.c);
}
function localeRanks(values, compare) {
  const unique = [...new Set(values)].sort(compare);
  const ranks = /* @__PURE__ */ new Map();
  let rank = 0;
  for (let i = 0; i < unique.length; i++) {
    if (i > 0 && compare(unique[i - 1], unique[i]) !== 0) rank++;
    ranks.set(unique[i], rank);
  }
  return ranks;
}

// src/analyze/analyze.ts
function createDiscoveryMemo() {
  return { layout: createLayoutMemo(), templates: /* @__PURE__ */ new Map() };
}
function discover(snapshot, options = {}, memo = createDiscoveryMemo(), early) {
  const paths = selectPaths(snapshot, options);
  let layout = { roots: [], modules: [] };
  const units = discoverUnits(
    paths,
    (p) => {
      const read = readText(snapshot, p);
      const known = "text" in read ? memo.templates.get(p) : void 0;
      if (known && "text" in read && known.text === read.text) return known.isTemplate;
      const isTemplate = isTemplateFile(snapshot, p);
      if ("text" in read) memo.templates.set(p, { text: read.text, isTemplate });
      return isTemplate;
    },
    (files) => {
      const text2 = (p) => {
        const r = readText(snapshot, p);
        return "text" in r ? r.text : void 0;
      };
      layout = terraformLayout(files, text2, memo.layout);
      return layout.roots;
    },
    early
  );
  return { units, layout };
}
function shareTexts(base, head) {
  if (!base.oid || !head.oid) return;
  const same = [];
  for (const [path, read] of textsRead(base)) {
    const oid = base.oid(path);
    if (oid !== void 0 && head.oid(path) === oid) same.push([path, read]);
  }
  primeTexts(head, same);
}
async function analyzeUnits(snapshot, units, allowlist, options = {}, terraformCache) {
  const read = await readUnits(snapshot, units, options, terraformCache);
  const extraction = extractGrants(read.resources, allowlist.zone);
  const grants = allowlist.trustAwsServiceAccounts ? extraction.grants.map(trustServiceAccount) : extraction.grants;
  return { grants, errors: [...read.errors, ...extraction.errors] };
}
function trustServiceAccount(g) {
  if (g.classification !== "external" || !g.principal.accountId || !isAwsServiceAccount(g.principal.accountId))
    return g;
  return { ...g, classification: "internal", subkind: "aws-service-account" };
}
function runnerFor(options) {
  return options.runner ?? ((snapshot, _side, units) => analyzeUnits(snapshot, units, options.allowlist, options));
}
async function runAudit(snapshot, options) {
  const runner = options.runner;
  runner?.prepare?.(snapshot, "head");
  const begin = runner?.begin;
  const { units } = discover(
    snapshot,
    options,
    void 0,
    begin ? (early) => begin.call(runner, snapshot, "head", early) : void 0
  );
  const analysis = await runnerFor(options)(snapshot, "head", units);
  const plans = readPlans(snapshot, units, options);
  const head = plans.replace(analysis, plans.after);
  return buildReport({
    mode: "audit",
    grants: presentGrants(head.grants),
    errors: [...head.errors, ...plans.errors],
    allowlist: options.allowlist,
    today: options.today,
    failOnUnresolved: options.failOnUnresolved ?? true,
    notes: [...options.notes ?? [], ...plans.notes]
  });
}
async function runDiff(base, head, options) {
  const changed = options.changedFiles ? [...options.changedFiles] : changedFiles(base, head);
  const memo = createDiscoveryMemo();
  const before = discover(base, options, memo);
  shareTexts(base, head);
  const after = discover(head, options, memo);
  const unitsBefore = affectedUnits(base, before, changed);
  const unitsAfter = affectedUnits(head, after, changed);
  const run = runnerFor(options);
  const plans = readPlans(head, after.units, options);
  const b = plans.replace(await run(base, "base", unitsBefore), plans.before);
  const a = plans.replace(await run(head, "head", unitsAfter), plans.after);
  const skipped = countUnits(after.units) - countUnits(unitsAfter);
  const notes = [...options.notes ?? [], ...plans.notes];
  if (skipped > 0)
    notes.push(
      `${skipped} unit${skipped === 1 ? " was" : "s were"} not read: the change does not touch ${skipped === 1 ? "it" : "them"}.`
    );
  const grants = diffGrants(b.grants, a.grants);
  return buildReport({
    mode: "diff",
    grants,
    errors: [...a.errors, ...plans.errors],
    changedFiles: /* @__PURE__ */ new Set([...changed, ...(options.plans ?? []).map((p) => p.file)]),
    allowlist: options.allowlist,
    ...options.pendingAllowlist ? { pendingAllowlist: options.pendingAllowlist } : {},
    today: options.today,
    failOnUnresolved: options.failOnUnresolved ?? true,
    notes
  });
}
function readPlans(head, units, options) {
  const before = [];
  const after = [];
  const errors = [];
  const notes = [];
  const roots = /* @__PURE__ */ new Set();
  const locate = resourceLocator(head);
  for (const plan of options.plans ?? []) {
    const dir = plan.file.includes("/") ? plan.file.slice(0, plan.file.lastIndexOf("/")) : "";
    const r = readPlan(plan.file, plan.text, {
      grantTypes: TERRAFORM_GRANT_TYPES,
      findResourceLine: locate,
      rootCandidates: [...units.terraformRoots, dir]
    });
    const b = extractGrants(r.before, options.allowlist.zone);
    const a = extractGrants(r.after, options.allowlist.zone);
    before.push(...b.grants);
    after.push(...a.grants);
    errors.push(...r.errors, ...b.errors, ...a.errors);
    notes.push(...r.notes);
    if (r.root !== void 0) {
      roots.add(r.root);
      notes.push(
        `Terraform root "${r.root || "."}" is read from the plan ${plan.file}; its HCL is not used.`
      );
    } else {
      notes.push(
        `The plan ${plan.file} could not be tied to a Terraform root of the repository: its grants are reported beside the HCL's.`
      );
    }
  }
  const trust = (g) => options.allowlist.trustAwsServiceAccounts ? g.map(trustServiceAccount) : g;
  return {
    before: trust(before),
    after: trust(after),
    errors,
    notes,
    replace(side, planGrants) {
      if ((options.plans ?? []).length === 0) return side;
      const inPlanRoot = (unit) => roots.has(unit);
      return {
        grants: [
          ...side.grants.filter((g) => !(g.resource.source === "terraform" && inPlanRoot(g.resource.unit))),
          ...planGrants
        ],
        // Terraform parsed the root's files when it made the plan: the HCL reader's doubts do not count.
        errors: side.errors.filter(
          (e) => !/\.(tf|tf\.json|tfvars|tfvars\.json)$/.test(e.file) || ![...roots].some((r) => r === "" || e.file.startsWith(`${r}/`))
        )
      };
    }
  };
}
function countUnits(u) {
  return u.templates.length + u.terraformRoots.length + u.cdkAssemblies.length;
}
function affectedUnits(snapshot, discovery, changed) {
  const { units, layout } = discovery;
  const changedSet = new Set(changed);
  const exportsChanged = units.templates.some(
    (t) => changedSet.has(t) && textOf2(snapshot, t).includes("Export")
  );
  const templates = units.templates.filter(
    (t) => changedSet.has(t) || exportsChanged && textOf2(snapshot, t).includes("ImportValue")
  );
  const cdkAssemblies = units.cdkAssemblies.filter(
    (a) => changed.some((p) => a === "" || p.startsWith(`${a}/`))
  );
  const affectedRoots = new Set(
    modulesAffectedBy(layout, [...changed, ...modulesReadingFiles(snapshot, layout, changed)])
  );
  return {
    ...units,
    templates,
    cdkAssemblies,
    terraformRoots: units.terraformRoots.filter((r) => affectedRoots.has(r))
  };
}
function modulesReadingFiles(snapshot, layout, changed) {
  const names = [
    ...new Set(changed.filter((p) => !/\.tf(\.json)?$/.test(p)).map((p) => p.slice(p.lastIndexOf("/") + 1)))
  ];
  if (names.length === 0) return [];
  const out = [];
  for (const m of layout.modules) {
    if (m.files.some((f) => names.some((n) => textOf2(snapshot, f).includes(n))))
      out.push(m.files[0] ?? m.dir);
  }
  return out;
}
function textOf2(snapshot, path) {
  const r = readText(snapshot, path);
  return "text" in r ? r.text : "";
}
function changedFiles(base, head) {
  const basePaths = new Set(base.paths);
  const headPaths = new Set(head.paths);
  const changed = base.paths.filter((p) => !headPaths.has(p));
  for (const p of head.paths) {
    if (!basePaths.has(p)) {
      changed.push(p);
      continue;
    }
    const oa = base.oid?.(p);
    const ob = head.oid?.(p);
    if (oa !== void 0 && ob !== void 0) {
      if (oa !== ob) changed.push(p);
      continue;
    }
    const a = base.read(p);
    const b = head.read(p);
    if (!(a instanceof Uint8Array) || !(b instanceof Uint8Array) || !sameBytes(a, b)) changed.push(p);
  }
  return changed.sort();
}
function sameBytes(a, b) {
  return a.byteLength === b.byteLength && Buffer.compare(a, b) === 0;
}

// src/github/fs-snapshot.ts
import {
  closeSync,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync
} from "node:fs";
import { join as join3, sep } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
var listings = /* @__PURE__ */ new WeakMap();
function directorySnapshot(root) {
  const realRoot = realpathSync(root);
  const files = /* @__PURE__ */ new Map();
  const walk = (dir, relDir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const abs = join3(dir, e.name);
      const rel = relDir === "" ? e.name : `${relDir}/${e.name}`;
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(abs, rel);
      } else if (e.isFile()) {
        files.set(rel, abs);
      } else if (e.isSymbolicLink()) {
        let target;
        try {
          target = realpathSync(abs);
        } catch {
          files.set(rel, { error: "symbolic link to a missing file" });
          continue;
        }
        if (target !== realRoot && !target.startsWith(realRoot + sep)) {
          files.set(rel, { error: "symbolic link points outside the repository; not followed" });
        } else if (statSync(target).isFile()) {
          files.set(rel, target);
        }
      }
    }
  };
  walk(realRoot, "");
  return directorySnapshotOf({ root: realRoot, files });
}
function directorySnapshotOf(listing) {
  const { files } = listing;
  const snapshot = {
    paths: [...files.keys()].sort(),
    read(path) {
      const f = files.get(path);
      if (f === void 0) return { error: "file not found" };
      if (typeof f !== "string") return f;
      try {
        return readBounded(f);
      } catch (err) {
        return { error: `cannot read file: ${err.code ?? String(err)}` };
      }
    }
  };
  listings.set(snapshot, listing);
  return snapshot;
}
function readBounded(file) {
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const large = tooLarge(size);
    if (large) return large;
    if (size === 0) return readFileSync(fd);
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, null);
      if (n === 0) break;
      read += n;
    }
    return read === size ? bytes : bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
function directoryListingOf(snapshot) {
  return listings.get(snapshot);
}

// src/github/git-snapshot.ts
import { execFileSync } from "node:child_process";
var PRELOAD = /\.(tf|tf\.json|tfvars|tfvars\.json|ya?ml|json|template|cfn)$/i;
function isPreloaded(path) {
  return PRELOAD.test(path);
}
function git(repo, args, input) {
  return execFileSync("git", ["-C", repo, ...args], {
    input,
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ["pipe", "pipe", "pipe"]
  });
}
function isGitRef(repo, ref) {
  try {
    git(repo, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
function resolveCommit(repo, ref) {
  return git(repo, ["rev-parse", "--verify", `${ref}^{commit}`]).toString().trim();
}
var listings2 = /* @__PURE__ */ new WeakMap();
var stores = /* @__PURE__ */ new Map();
function blobStore(repo) {
  let store = stores.get(repo)?.deref();
  if (!store) {
    store = /* @__PURE__ */ new Map();
    stores.set(repo, new WeakRef(store));
  }
  return store;
}
function gitSnapshot(repo, ref) {
  const out = git(repo, ["ls-tree", "-r", "-z", "--long", `${ref}^{commit}`]).toString("utf8");
  const entries = /* @__PURE__ */ new Map();
  for (const rec of out.split("\0")) {
    if (!rec) continue;
    const tab = rec.indexOf("	");
    const [mode, type, oid, size] = rec.slice(0, tab).split(/\s+/);
    if (type !== "blob" || !mode || !oid) continue;
    entries.set(rec.slice(tab + 1), { mode, oid, size: Number(size) });
  }
  return gitSnapshotOf({ repo, entries });
}
function gitSnapshotOf(listing, preload = isPreloaded) {
  const { repo, entries } = listing;
  const store = blobStore(repo);
  let preloaded = false;
  const load = (paths) => {
    const oids = /* @__PURE__ */ new Set();
    for (const p of paths) {
      const e = entries.get(p);
      if (e && !store.has(e.oid) && e.mode !== "120000" && e.mode !== "160000" && e.size <= MAX_FILE_BYTES)
        oids.add(e.oid);
    }
    if (oids.size === 0) return;
    const want = [...oids];
    const buf = git(repo, ["cat-file", "--batch"], `${want.join("\n")}
`);
    let pos = 0;
    for (const oid of want) {
      const nl = buf.indexOf(10, pos);
      const header = buf.subarray(pos, nl).toString();
      if (header.endsWith(" missing")) {
        pos = nl + 1;
        continue;
      }
      const size = Number(header.split(" ")[2]);
      store.set(oid, buf.subarray(nl + 1, nl + 1 + size));
      pos = nl + 1 + size + 1;
    }
  };
  const snapshot = {
    paths: [...entries.keys()].sort(),
    oid(path) {
      return entries.get(path)?.oid;
    },
    read(path) {
      const e = entries.get(path);
      if (!e) return { error: "file not found" };
      if (e.mode === "120000") return { error: "symbolic link; not followed" };
      if (e.mode === "160000") return { error: "git submodule; not read" };
      const large = tooLarge(e.size);
      if (large) return large;
      if (!store.has(e.oid)) {
        if (!preloaded) {
          preloaded = true;
          load([path, ...[...entries.keys()].filter(preload)]);
        }
        if (!store.has(e.oid)) load([path]);
      }
      return store.get(e.oid) ?? { error: "cannot read blob" };
    }
  };
  listings2.set(snapshot, listing);
  return snapshot;
}
function gitListingOf(snapshot) {
  return listings2.get(snapshot);
}

// src/github/worker-messages.ts
function packTexts(entries) {
  const paths = [];
  const texts2 = [];
  const ends = [];
  const others = [];
  let end = 0;
  for (const entry of entries) {
    const [path, read] = entry;
    if ("text" in read && !path.includes("\0") && !NON_ASCII.test(read.text)) {
      paths.push(path);
      texts2.push(read.text);
      end += read.text.length;
      ends.push(end);
    } else {
      others.push(entry);
    }
  }
  return { paths: paths.map((p) => `${p}\0`).join(""), joined: texts2.join(""), ends, others };
}
var NON_ASCII = /[^\x00-\x7f]/;
function unpackTexts(packed) {
  const out = [];
  let start = 0;
  let from = 0;
  for (const end of packed.ends) {
    const stop = packed.paths.indexOf("\0", from);
    out.push([packed.paths.slice(from, stop), { text: packed.joined.slice(start, end) }]);
    from = stop + 1;
    start = end;
  }
  out.push(...packed.others);
  return out;
}
function doneReply(id, result) {
  if (!jsonExact(result)) return { reply: { type: "done", id, result }, transfer: [] };
  const json = new TextEncoder().encode(JSON.stringify(result));
  const own = json.byteOffset === 0 && json.byteLength === json.buffer.byteLength;
  return { reply: { type: "json", id, json }, transfer: own ? [json.buffer] : [] };
}
function replyResult(reply) {
  return reply.type === "json" ? JSON.parse(new TextDecoder().decode(reply.json)) : reply.result;
}
function jsonExact(v) {
  switch (typeof v) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(v) && !Object.is(v, -0);
    case "object": {
      if (v === null) return true;
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) if (!(i in v) || !jsonExact(v[i])) return false;
        return true;
      }
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) return false;
      for (const k in v) if (!jsonExact(v[k])) return false;
      return true;
    }
    default:
      return false;
  }
}

export {
  isGlob,
  memorySnapshot,
  textsRead,
  primeTexts,
  decodeText,
  require_dist,
  parseParametersFile,
  createTerraformCache,
  isLayoutFile,
  dedupeErrors2 as dedupeErrors,
  analyzeUnits,
  runAudit,
  runDiff,
  directorySnapshot,
  directorySnapshotOf,
  directoryListingOf,
  isPreloaded,
  isGitRef,
  resolveCommit,
  gitSnapshot,
  gitSnapshotOf,
  gitListingOf,
  packTexts,
  unpackTexts,
  doneReply,
  replyResult,
  jsonExact
};
