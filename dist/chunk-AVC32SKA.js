import { createRequire as __cagCreateRequire } from "node:module";
import { fileURLToPath as __cagFileURLToPath } from "node:url";
import { dirname as __cagDirname } from "node:path";
const require = __cagCreateRequire(import.meta.url);
const __filename = __cagFileURLToPath(import.meta.url);
const __dirname = __cagDirname(__filename);

// src/model/objects.ts
function setOwn(out, key, value) {
  if (key === "__proto__")
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/model/json.ts
var DEFAULT_MAX_DEPTH = 256;
function describeJsonError(error) {
  return `${error.reason} at line ${error.line}, column ${error.column}`;
}
function parseJson(text, options = {}) {
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(neutralizeMarkerEscapes(body)) };
  } catch (e) {
    const read = readJson(text, options);
    if (!read.ok) return { ...read, engineMessage: e instanceof Error ? e.message : String(e) };
    return { ok: true, value: plainValue(read.root) };
  }
}
function readJson(text, options = {}) {
  const reader = new Reader(
    text,
    options.maxDepth ?? DEFAULT_MAX_DEPTH,
    options.tooDeep ?? "fail",
    options.duplicates ?? "last",
    options.bigIntegers === "digits"
  );
  try {
    return { ok: true, root: reader.document(), warnings: reader.warnings };
  } catch (e) {
    if (e instanceof Stop) return { ok: false, error: errorAt(text, e.offset, e.reason) };
    throw e;
  }
}
function plainValue(node) {
  if (node.kind === "scalar") return node.value;
  if (node.kind === "seq") return node.items.map(plainValue);
  const out = {};
  for (const e of node.entries) setOwn(out, e.key, plainValue(e.value));
  return out;
}
function neutralizeMarkerEscapes(text) {
  return text.includes("\\") ? text.replace(/(?<!\\)((?:\\\\)*)\\u[eE]00[01]/g, "$1\\ufffd") : text;
}
var Stop = class {
  constructor(offset, reason) {
    this.offset = offset;
    this.reason = reason;
  }
  offset;
  reason;
};
function errorAt(text, offset, reason) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return {
    offset,
    line,
    column: offset - lineStart + 1,
    reason,
    truncated: offset >= text.length && text.trim() !== ""
  };
}
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var HEX4 = /^[0-9a-fA-F]{4}$/;
var WORDS = [
  ["true", true],
  ["false", false],
  ["null", null]
];
var Reader = class {
  constructor(text, maxDepth, tooDeep, duplicates, keepDigits) {
    this.text = text;
    this.maxDepth = maxDepth;
    this.tooDeep = tooDeep;
    this.duplicates = duplicates;
    this.keepDigits = keepDigits;
  }
  text;
  maxDepth;
  tooDeep;
  duplicates;
  keepDigits;
  i = 0;
  line = 1;
  warnings = [];
  tooDeepReported = false;
  document() {
    if (this.text.charCodeAt(0) === 65279) this.i = 1;
    this.ws();
    if (this.i >= this.text.length) this.stop("empty document");
    const root = this.value(0);
    this.ws();
    if (this.i < this.text.length) this.stop(`unexpected ${this.found()} after the JSON value`);
    return root;
  }
  stop(reason, offset = this.i) {
    throw new Stop(offset, reason);
  }
  /** At the end of the text: the value was cut off. */
  stopAtEnd() {
    return this.stop("unexpected end of input", this.text.length);
  }
  found() {
    if (this.i >= this.text.length) return "end of input";
    const c = this.text.charCodeAt(this.i);
    return c >= 32 && c <= 126 ? `character '${this.text[this.i]}'` : `character U+${c.toString(16).padStart(4, "0")}`;
  }
  ws() {
    const s = this.text;
    for (; ; ) {
      const c = s.charCodeAt(this.i);
      if (c === 10) this.line++;
      else if (c !== 32 && c !== 9 && c !== 13) return;
      this.i++;
    }
  }
  value(depth) {
    this.ws();
    const at = this.line;
    const c = this.text.charCodeAt(this.i);
    if (c === 123 || c === 91) {
      if (depth >= this.maxDepth) {
        if (this.tooDeep === "fail") this.stop(`nesting deeper than ${this.maxDepth} levels`);
        if (!this.tooDeepReported) {
          this.tooDeepReported = true;
          this.warnings.push({ kind: "too-deep", line: at, maxDepth: this.maxDepth });
        }
        this.skipNested();
        return { kind: "scalar", value: null, line: at };
      }
      return c === 123 ? this.object(depth, at) : this.array(depth, at);
    }
    if (c === 34) return { kind: "scalar", value: this.string(), line: at };
    if (c === 45 || c >= 48 && c <= 57)
      return { kind: "scalar", value: this.number(), line: at };
    for (const [word, value] of WORDS) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return { kind: "scalar", value, line: at };
      }
      const rest = this.text.length - this.i;
      if (rest > 0 && rest < word.length && word.startsWith(this.text.slice(this.i))) this.stopAtEnd();
    }
    return this.stop(this.i >= this.text.length ? "unexpected end of input" : `unexpected ${this.found()}`);
  }
  array(depth, at) {
    this.i++;
    const items = [];
    this.ws();
    if (this.text.charCodeAt(this.i) === 93) {
      this.i++;
      return { kind: "seq", items, line: at };
    }
    for (; ; ) {
      items.push(this.value(depth + 1));
      this.ws();
      const c = this.text.charCodeAt(this.i);
      if (c === 44) {
        this.i++;
        continue;
      }
      if (c === 93) {
        this.i++;
        return { kind: "seq", items, line: at };
      }
      this.stop(`expected ',' or ']' in an array, found ${this.found()}`);
    }
  }
  object(depth, at) {
    this.i++;
    const entries = [];
    let index;
    const find = (key) => {
      if (index === void 0 && entries.length > 16) {
        index = /* @__PURE__ */ new Map();
        entries.forEach((e, n2) => {
          if (!index?.has(e.key)) index?.set(e.key, n2);
        });
      }
      if (index !== void 0) return index.get(key);
      const n = entries.findIndex((e) => e.key === key);
      return n < 0 ? void 0 : n;
    };
    this.ws();
    if (this.text.charCodeAt(this.i) === 125) {
      this.i++;
      return { kind: "map", entries, line: at };
    }
    for (; ; ) {
      this.ws();
      if (this.text.charCodeAt(this.i) !== 34)
        this.stop(`expected a property name in double quotes, found ${this.found()}`);
      const keyLine = this.line;
      const key = this.string();
      this.ws();
      if (this.text.charCodeAt(this.i) !== 58)
        this.stop(`expected ':' after a property name, found ${this.found()}`);
      this.i++;
      const value = this.value(depth + 1);
      const seen = find(key);
      if (seen === void 0) {
        index?.set(key, entries.length);
        entries.push({ key, keyLine, value });
      } else {
        this.warnings.push({ kind: "duplicate", key, line: keyLine });
        if (this.duplicates === "keep") entries.push({ key, keyLine, value });
        else entries[seen] = { key, keyLine, value };
      }
      this.ws();
      const c = this.text.charCodeAt(this.i);
      if (c === 44) {
        this.i++;
        continue;
      }
      if (c === 125) {
        this.i++;
        return { kind: "map", entries, line: at };
      }
      this.stop(`expected ',' or '}' in an object, found ${this.found()}`);
    }
  }
  number() {
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.text);
    if (!m) {
      if (this.i + 1 >= this.text.length) this.stopAtEnd();
      this.stop("invalid number");
    }
    const digits = m[0];
    const end = this.i + digits.length;
    if (/^(\.|[eE][+-]?)$/.test(this.text.slice(end))) this.stopAtEnd();
    const next = this.text.charCodeAt(end);
    if (next === 46 || next === 101 || next === 69 || next >= 48 && next <= 57) {
      this.stop("invalid number", end);
    }
    this.i = end;
    const n = Number(digits);
    return this.keepDigits && !Number.isSafeInteger(n) && /^-?\d+$/.test(digits) ? digits : n;
  }
  string() {
    const s = this.text;
    this.i++;
    let out = "";
    let start = this.i;
    for (; ; ) {
      if (this.i >= s.length) this.stop("unterminated string");
      const c = s.charCodeAt(this.i);
      if (c === 34) {
        out += s.slice(start, this.i);
        this.i++;
        return out;
      }
      if (c < 32) this.stop("control character in a string");
      if (c !== 92) {
        this.i++;
        continue;
      }
      out += s.slice(start, this.i);
      const e = s[this.i + 1];
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
          const hex = s.slice(this.i + 2, this.i + 6);
          if (!HEX4.test(hex)) {
            if (/^[0-9a-fA-F]{0,3}$/.test(s.slice(this.i + 2))) this.stop("unterminated string", s.length);
            this.stop("invalid escape in a string");
          }
          const code = Number.parseInt(hex, 16);
          out += code === 57344 || code === 57345 ? "\uFFFD" : String.fromCharCode(code);
          this.i += 4;
          break;
        }
        case void 0:
          this.stop("unterminated string", s.length);
          break;
        default:
          this.stop("invalid escape in a string");
      }
      this.i += 2;
      start = this.i;
    }
  }
  /** Past a value nested too deeply, without building it (iteratively: no recursion). */
  skipNested() {
    let level = 0;
    do {
      const c = this.text.charCodeAt(this.i);
      if (Number.isNaN(c)) this.stopAtEnd();
      if (c === 34) {
        this.string();
        continue;
      }
      if (c === 123 || c === 91) level++;
      else if (c === 125 || c === 93) level--;
      else if (c === 10) this.line++;
      this.i++;
    } while (level > 0);
  }
};

// src/model/types.ts
var GATED = /* @__PURE__ */ new Set(["external", "public", "federated", "unresolved"]);

// src/catalog/iam-actions.json
import { gunzipSync } from "node:zlib";
var packed = "H4sIAAAAAAACA+y9a3PjOLIo+P38CkRHT8S550pjgS9JteGI63KVqz2j6vKh3a2I3dgPtISS2UWRGpJylebG/veNzMSboOzq7pnYD/vFFoHEK5FIAIl8/O//YD8Uj82x/+EN++GDqEVb9GLLHk+s27Tloe8uHo9ltZ2WxX66Lfrir/vfuv+DbRtWNz0T27L/K3tfbJ5YsenLpn7D+ifBKlHv+ifWfMavri/anpV9x+piL1j3VLSiY1/L/gmzD614LpujzP3Pz21T92zTbMt69z8mCNGKrleVAdCEXU5kO8+iYpXoe9Gy/7xjd6Ldl11XNnXH9kVd7MRe1P2Erdm6LXsxYQ/sodjtyno3YTnLRbGdsBVblV3/PyasrLfim+hYWfcNa9l/ypabY7sRrD8dIKtnxeFQlaJjfTPRQyhbdpX/DAM7iO4N+wsr2HPRlsVjJRCmOfbsgjUtezNhP7KiPuns//HXHyb/wX44FJsvxU7ADPyvTdUct9NNcyirpr9QWP9fs79G/K/RLMpmyyjjWKoqN6LeYKmPtw+Y1In2udyI7oc37H//B2M/FNFG/mQ/tD+8Yf/X/z3B3wVNdn/d1H1R1qIt/1nA9P2teXwn+qKsusucxe/EoWpOgEIn/R7mM1Dycs1Sp8jl+of/YOz/mWBPkke3J/CL/VBst63ousem+cKK5PHNX9785Y1Mm0LixY8/TAhy09SfRQsDPrTNc7kVrS5gsqYqzynXF5veBoZvA7AVgDKdT58me1f04mtx0vnyewCwa5vjwYeaYqqBrUX/tWm/HNrmc1mZNmXyVKYbeB9wANA2zV7nwofJ6jZPYnu0CqsEC+RLWVVuxzHJ7/axs7ANHxc/wswym5quDoB7cQ/lL9eMd12zKYteXBO+12X/dEUT+7ZpvlyuZ5OILd8hsiHvZ0LBHQ3wch1PMsaXedPs4feCLbHiD9AvAKeMxYTPGE8gwWRfriFx8Usn2u5yza6b/aESvcjFruz6FokV+teKohdOj1j29tiVtei6XByatr+X+IKca01id5LCLtdsCQOD3A8027J5lvmDYZn1k7o+Z5ndZZZBfy/XnLN3Arrr4mq8a8tw37jqXMQyQvLlOmY8+qUrduJd0Rfw6fU7HXY8s3o+V11fMD7Dvt8VbbEXPbS3kMO5OvZPjeIJCMrNpJgx8rIrPAK5aZv9gEB4RJ2HTEkLjEfYEiR5kx5xOenQwhzTTUGklZum3Yn+fl+0/U/NXlwBMy/qjeigqx9Eb3cgn7HYRq2Qvy5zxlOJ55yzDPGcR8AuEc95zGKJ2Ms8YXxGHcxTFt/Wz2WPqIGKy91RkmPOYg/zecZi/XvOYhxDvmBzD/H5gsUWFnI+w+0sTC3d5YolQ2rBZOr8+2dR993lKmaJTRsAwXl3uUpZgq1hwuy+b1pxXfRi17Ql1s5Tyn57ksmnyxVLA+heLVjyUOy6yzyeLCacs7tjH0T2WuH1XvTHg+zfehyVa8LVkD7jMH0SWxDt1a/3ap2whf4V/SY2vWJpUddUz4JmgkXPzRdhOoE0dy+KdmNzOUBJJukbf1PF+NOdcEyyf0Mz+MPMLn4Sha9YVG+v6ro51hs841yuWeL1hsM2LXF3qjewOw8J/13ZbZpn0Z6Akh6KXS4PPJcPcl5+qftAKj9si38Rj1JM6XKdMB5/N2vKXJ5gHUA2GzhUFHVRnf4p2uBhROYxD5ZOJfLD7Iow2eWzaHGPPVviQoJOW9p+A3tndboimBxRNmPXMD3VXVOVm5M8lsud60lsvlxhez83/Ye2qHuxvcxZ+nPzs/hKGZc5m98dH6tyo7/lhoefd3DkFl+hmbnsJP62e8BZdk+nyVVZfxHbKwtQblG/p6i6YdyUNZzwc7Fp9ntRb+XoZizq3T7mM5ZQ+a0mw3zG+KzFLKvdnLNYVksQXuWY1t3DEun6ctMhh9c3HsL0ZY780+mCrBPh+by7XM1Y6vWI8jiuzNR0CWETu3ziTyhMDXLCm6a1x4eH7MDspwroflMgvpxFO/PX60wt1TNzpfu3nrFfi6oEeIUNZ/00x7qfEqUHlw8wlQ12lLnQtBxMdmAJXBN5Ghg4E72v+7KvJIPTZGfDzAZAsItbEDDHNkROG6QFgtufBUKTFpiSFzA9QFUQR5Sl8PMG8CKhJw5EWTftrqjlTmXgf1TwF830xxAr2WzEob9ry33Rnt7vi7L6BQkAZvq6ajrgAFDcwmfVi7Y2BzE4edEJ7bHCUzPiecLZ+9pPAVxTdbf156bdK5RPOEv8WjE1ll8D8PhD83wNN9+x+mJ7SLDUeUoDg/V87HDxU9c+HXqVBgVhtikDJnaCJw3ZyM/FXtBAkiAOQr3FDFqcIRzbRLCfHjZFiAg2ou3Lz0B+YlrQgaQ/MVmALqkhiNFVc22grxQwnFeyq+O27Gk3xqVi5COXd2r6w4UHwHNiCHczFoFc6DFcLp+xaGG3muOCtGCRUSa6hJcTJR2y9Vjxnxm73UNFodbssusZ3DiPwkuDyQ8UpcNqYomLkDfTgXQGFHKnh5uLDo+5I2jCc6DX6kOxC4IrpjGWSax6pCWHssKsZS+m22ZflPX0mdg4cY49sV/IFvX20JR1D0eSILh1urHhx2pxgb/hIqqmivk/0sZyvgtjpSwJjkGIrspKCzHB7Rbm8qGxJ+YhZnKT2ezFOxz4r3rcwB757L3sG5yyuOyX5BVv5cFirS/owVpmTi18vJqIZQ7VxGpdQb2KRwObiwaNwAqKdCMAE4cbySO2cBZYzN5/81YTJBo27l9L0714H6z7uhVbUfdlARLBiMVejYNFCwOkg5UeXXe54mzhj45S1ehgmS6DHUC4xGohUFHMeIoLXW7mXic5t3b3CZ9E1tbgXypzsW+eBdbTNnuPrKJafPUn8x9H0bkIYFEn6q3pIO1kAAssxJ52osVXEw5dO61EGLN7WMHR+QcWTJTHw1cRs98wn386EKrXsc2eGtizGtowg5xK5+LdadPsD8deTJtDX+5LuD0Br9Awo5cmJUDS9LRWC1yXpTOuWrFe8swRQ1m1wHrQsChygPtTTJcMPE+2TVXBWdFfL/LuIMmbpW4tKCFZ3vcCr/LR7LjfF0pwkkDt6s6zYlF6b+cukIz1fUZsrzbq6BpxG3Jwbl3NWN5U1WOx+eKPaU3nmGHyK68UA3RmY4ix3wE2NKfO1awbf6Sg49tw3G6Nz0Uvxusgqrhp2r2cXL3G6WRKBz1Bp07gel2P17IWnrfwJeSj2D+KVmaDYG7XFiAFujv2VpY9zJ2o+2lLMudTaBGoPOaCkiBfflhyfpmCiGu35wtdENDoeVGKwuGMyJGo2q25DpjMmZXL2YLmXx6M6KKlpEfqXgDlZAl1Hseq8HJsMlKnKjjj1cACFfjHzUFd08YboFuaTJOrhDt5w5VAh3+VYEZCDPRcWzCA4+O+7N2Mm6alZ4+iAhT5PDfAceXaGUNyNJNXF+cmAXMtBUz7zeEMnRdVddO0X4t2K7YPTVMpadF1U9cCV466GbF3zfGxEtdVuflCi+J+0wpRd08NLIifmmr7dwEEQlMDU7JmfxenOxD4Xa7ZSnzuVeHlu7bYgQDyY3PsxLvmK2yYy1+gxMdyuzWt8OZZ3MFmgq8nebl70nXcb4BzAO9py4NV4nQQD+Jb7yytciuem0NYBAGo6g4FvOdJMDp56nTrzNp1oh8Hu8B8Bxw3CnxcPltKgdnPeMihphs9D24Nw3zrjY4kaW4BmWig+rbc7UByOdoxCRHaSKuq+forstdVs3snKhBqnuylc2ee86RgDyWUlkTxofki8MQwhzbvoU38AhwikfObUm4Sb4vNl6rZPRQdSY2vnwq6nf69br5WYrsTt73YY8qnWjyUe7FqdmV9L+guildTwpchaxQcP9AILcnGi30ZNvli1VErXww0JhJ1dB+WzWO2kHDIRJbHAxyMV6C3oA4gj5X4dAABHzITSE2GyJ5ELEbu9NAcmqrZIecggYxXONoCQuG0W3RCCcSsOcpnLIPdD18CYZczSMqxaYG39oXcEvE34gsLStKGA3PEYnsq4WDkohNS7M7B91AkG6tB5gmLFZ5xTyh7fB50R2OkszgcksbqIeChC4ZwU0rp65L+PoD+BlwmfhVtJ2VBbK4XNG4Y1mgoAZqmX++/ic3RQH5o4N4Dv/7WHOGQbu87DhIwic/tVpM7gUf5j6KDKaAR+JTjnvesTmpqWoVklJN4kkBlgESCX4vHJ3qJghnLA7RLtw9nEfOmH65s2iVlScorcatUrcOblBzUUDCNPRvsh5AoT5PuWpW76tVG3UQCq3epqRHXx4CxwCyNMRZDlrfbAx1Ww8vfu/JkwwcLmzko8fnV1+7K2i9c8U05snmV9bPo+nJHtx6pllEqZh7IHT3g3dqwiLSlPNvDT6VywJd6KmAYRk5I3DNQiSwJcjr7HEgvKKZ81L8/PIm9aIvKqSQX3bHCW1B8QyJhZlYGsAK3STh0ZfL6BT/lEze885ujI89sEX1sxI7AKG7o3XWGb6OmZnUZmyktATw9ztWREmoYO0LCAfKGBMRed7Eig5XX3aFeNVHO3CgKG7Z9mTtE1n6umq9TOCiIthp5sYEHVQBjQ3CkOZU/SmhrCaDv2CYBNx5Yi7d11xe1nB+dT1eCY62mKvDekpmykpfJwvmRmCGPcOIim7vildYCRHpsDl7K62bHGswAsyF0ivq5bJsa7r8Ko4hGK9260T0Wm2nbwNuxBQoJFz+OS/qrUvPj7L2pFr/X4hFPShJCCSo9sA+it1Os2xe8ipVQDubDghnZaxg+MHdPH0Xfwmvqq9HqdsjC7P5QlZ9PI0+LHZP56jGxM7h8bIt68yRCIBcqz1L4Q0FXEFhmGdjfmscXar0AEFPgq9xvnUIq8ZwUay0er65X1rn6gGphsKmJeutN4hybR5mc0biEzzkOwNp7UGC4Fo8/oZIGN2+o+ix+vvZgfajbGVv1Jo4ozQxF7Q10XFg19Mgc9fI4mMDeWmz6X9oKuUOgOwiF3QGJwrA7IHyG7oDWFbXrcxHsYZ6oZ196oqd2zbnPbVWeyWiKEWbQsDr+PZIgWisC3DStHH74gMYn0STBY9lP8lhGLMudxlRiOGoO8tdQnhs6T1GyPFGpOX5pNs0sDtbiI6EmvCRL5kIhqV/ID7gKH8qL/9LX52P/9BL8sX8yBWT6C2X+y1YPLncvQBOQVQhX2nb6mrZ0IYfLn23OguxM+d+axxfK/dY8GnB4fSx24oUiEsoU62ETeAkdT0UFqvpQbLDfVE0t5MoAKiH1IZ0AullXd7d48p6kjCfHHkiMPmJ1oI4Zj++pZ5fraJJO5iyTu1M0WUheZBrBsuO1nqlJ8RlZ19Xd7cdmK6pO1RT1qpUc65pBK7lsJZaw6ptDq7lsdYbMJQJt5JnqANYRy+s0NE/PXarxc51G5UyCI94BNSf38dvj5ovAnZZemq6qSoJ1hBjFqg1qSefAjPgVc4G8BMfi9Wuw8I8lWn2E9eQ2zVbsRP1b86jtI/xiaq90VwEuQSw7dXdNeAJqalH3v6dCWdSqDtQ1vr8mKGVV0uMV5rtrwWLd+AlOdRc2d/kkkT1AGX2GtkC4gok0ELzhbp6Keieumy08ashlwCJ8ctXYuMypLP7AsvALbT5wBpCuZyxVbaH2HLQFO+pH0RdgdgKvHdRuTu+3pjBqo+rGViyhxlZhwfskmsQspV6s6NmEWripUHaci8+t6J70WDrhQ0irE933dWhLjMNbYqxUK85j1loFTfjCtGmqSglwG3lJMmk2Pas0eY0fAvs2Ftuie3psinbbGWiTdrEVn4tj1YdUHa51nQ+N+a1UYBm/u6Xj11WF4pC3Rb95QjpQoPC6uZB3SLZ4//kzJD+LVflZbE6bSj/UsEUg6dfDxugiODJhdRkG7V/d1Fpf5NcsuwWTK/jh17sGDdLNEbV8JP9iPDGZdqNr9k6jyRpoxLjU0xjvi5EqAD38Sb3R8laNI5S33ou+Jy1QEBxAS7lUcyoFKqVijtdOzjgPKabKYqTP78w4PSZjjjsMCe42QPdnO3+weFliDc/XLFh7622t9QkcpC8dBPwbJsFayYdS2mKNqGOKrquaXSc7xwz8m7+8eQNn2A6PVyCpRZUlr4Cntjko7yl3wqE51IIF8EWcAjBfxGkA1o3AWVD74nBAFSwXkO65YEvZ0UFdwrlNqMRXl7bKBjFpXwbACgMerIL4NgDdxY8TVrQ1KL66oGAVGgIfNtK93Mp3tRFoYVNsnsRLxINAoYoei04civ7pVbPlAdtiEC/n++rRe1dVirp3lO7cagYA9kFukPdyabNpjs4UZBl7TXVTHgE2AK8iHgd82Ej3civf1YaRQm2OkID38ANYSJ8pbsNeALAjzvIq6r6vpmA9zyRSfXVNEn6sWyr7u+tzZXZoIX6OqIfgxLCtV3m3/F/sCgawnZUJUtlXNdB9VwvDCs8tWy2DQDVOsR3dTy4IohuYKbeiOzR1J87MhAc5Xkf3HZWoKkD7Y9cGZkL33IJ41fpVVzT4vRf9U7P1agk0PYaFYBcuAgX/nJ5dBHAcauz3dzNQ62tqU8Wo1+w7h+iWfgXFhREVQM4eJDUj/ce8V82LgnRq7c5W+9pKnSp7sT9UgQ3U68aFgtPqQk3bF9WAjVCy1W9KOLTN9rjpR8BlbjdQRvqeM8f/PHfqCNfXfW+FXnVjDP8vg5osXwkw0gMKS1/AxYUF7AwFU2FWlZnCd1XnF+xsBU7UCJeWFk17djW4oGdq6b6nGlOJkmm9ZkH6pbrXFLMK9YE9yhTxAEcrN/4ujqPrCfPsOuFbYuGgTMFfKHvhww/rO7tzmHps4LFKuu+rxanjfFkX9JWXWwfY7XJZ78jO+dxavLAgrfLd9ssZmtGtd9svdqF+sPAGHX6ZKStIp9bzeHhtpVpMXAwRC2mWIHlkG9BVjm4ER9ClOlTF4KikMzrbSYtMCwgQbPgLV5RgF+teLDcodaaIgn0+bKqyHtCATLa6olLGIIPCT3ORfGjoffPyLoomUerIIu03z7skYtkdsvDLdbwAARix78t1vGRz+n2HjyMJvJqAZoQSLcnkBBwOIK2T7UM6Z+/er94/vEdnNRPOJzye8GzCF5NoNoHuxJNoPomWk3g2ieNJnEzidJLMJkk0SdJJMp8ky0m6nGR8kkWTLJ5kySSbSwnmaFf58v6paMt6p6wVX9n9eDkJjUAqo1rNfXj/AA9h8SSZLCZLHFaEI0twcHMYH1/iEDmOMplEKQ504Y81znC4XI04w0EvcNyzSbrA0c8QATT6dJJlk2w+yRaMi152Ko8XbKlQkAMKMhcFkJZYKMhhrDH6AvCwkBMWYhsLeUovdNSabAcMyZbgOeByFS9YairHDKyd+7XLrIQlVvXgP2XO7q4ern+C57kRQnkNldgk8un+4XKdwOxEOC9znBGu5mKBdSWIf45oXwDCAdWE4QU87YLVkU1mpNljp/zycLmGTs5lfQkQK+NHF1dDeswFuFAJL8IIXjqtBQymde4Svhe91Ka4Q/qQj54EBObbH7WXN9VmEjGeqY8onfw5i52Uo3QbQLRs7q4fW+Z8mDq3qZecJXjwAXcJk0GpqSvTOF/D1DFLsB+d+mLqXskDFflQ4+Vf7tS5EnbPBKhBvty1AdiZGl7u3NkiZ9TyPJcUfO6o2MxYBh63bk218DoVcU8PJ+LGY07ESPHVKZOwKHLKJGGPGF7z/DXNx69qMA151/ArzyPGF1phnj71yOBxedCQUc5SFbuKVsqM12vJB1raWvoR40tpb2m8X0Us8Rt3KslZNBvTrI9wG0yltpbbEzPadRR8lsaS4adpzNIaW45nk9dM28tU4/Al0oB6BUMiwHFOtLENPM8VGKhrWOVGqtNeD8/UGioQEt9/R9dMoeA7APgOFLuTV+EQwOJAtqbYa7thiXhFW0LaVnwuwRjmJTwHCoSqa4+/p54LpwK73l7U3bBvOt1h6irR48ShckFDuqem68XWmXvzUvHdxPIqH0SOJbP2ODazFW/v5cyTyyJXlVZj7Z1GJqQv5CjhETt1ljQorMIgnXalhjsZuoTdII30cxKFe5r4XZ2kY52dZFZ3F35/ly92GBwvGqtrSw8i8XYSz5peqrNpN29kc2YpyqK9EynZyWGBDZmrPTxJWRIaVj5DNTiyQJhkkzlL1RhzOCU6OsZLFp8ZYy7HGK/gNdP3CcCD/qZCsyU1jQ1DAc0p0OeTw5MaGgM95cDwlEsBY+qCQyQbl0nGMjlWfwuNsYXxsUozsjP7I7QDl0XtJdjUoS04ue0nmEgENsH0vR4JmWlMMlCAdkFhwpMh4GQ+uu/qHo3vvxpEa694Civzf+di45k1qrMrTxkDed4WZpPI2fQ/F49tuRnZ9AvbIybT0IqLPh7rLZqk+KDOpYSgxkubZ6gdWC2dbUjDBIpt4V9dvL6Gi1DRAOtXSnHgXlPaPaIZKHhNI1vAq8PBcx6K5vxqy/DyOFu+xe6QmpvsA6rjpe9MT1BN1zD0QAO6Gu7WA65bBjVNYnlAdytCP2iZrAj0PE1FOZdedk1FOVUkuZZTE9o6zKki5BS6IqsCAIJKY7KMGLGBiIlBeENKA/iPmoMH9f2Kn2HcZqHuS0S6C2jE4Eva6+NrzkHbcOlU53hLSdbRdgg/OMaSbZ4FOmaMh75Cb6rmq3UF0kr716p+ywn1jW20NwTgCiLS7t4UDHnBRH+JJ3Q+Nb8pRbXt6LfeynLcbHK2wHrgEhg5d8KIa98aERry5VK/WDaDDeCOB/6trCZi6VSzar7SjW5AYMbM2XSaVIr1t9ItvgaNLFyVx1oNGOlSj745qJ8e1YE/pUA7YN3kAyrl4yGWeeq6JZ8ZvPMuVMIhSyPdOfZNtymqsg5e7SALJLt9Ad6v2UhJ6SOeQKcEG6A1Ipl7KmPsXRd0Cd0ai23jKEHW+YBVYhbRlJuBNBOV9Q6qeKbJB1fbWjs1Z3zmtCIV2u/ATw9qLMte3TSt2BRdf7kaMy29O/aDEaSDEeSjA3i9K1AL1125q4sq4MNFqgxsDtL+lo2UwhkyYCGrnaKqIKzFp7o6oQMYbd5JTnXOdixsk971rdHLUlZWw8LSRt2BpmMJKU5Zb3BVM1pBVzVjm7MySg+0cGy1mT1LwZWNdD4MXjY+Pf5G2uxvj9ud0G4pOZPuQ99/21RHOGCty3oLLAV2fGlEP94UaSMHWtE8FTWawVGeX+x8tbPRetHb6tnCcIXi2vWp5ViD8ZlXG95K6i/IFnv016mdACtnuCftsixRY7nq+7Z8PPbCvWgk5ydlxZJPj0ixW8PUtSOLd+IAnmdqtcKXxAe42+HBLK04i1Jy+kS+HCQ7QC/1jCMaRp1koBuosQkiCjk3JOWiSVluahfq6+/wADU2y+EV2rdF3WkntN8V0sUN5AJfejq7TnSdSoU3EkTH/lD05WNZlf3JgfD9abvFc/BZvBdO4t2xB4dCGG0CbYraciO/gjFk3AAy8BXo6pqlL3R1zXg02lXwoD3o6jqI9bLuwEXVGed0V9st+AiommJrnA/64iPL3mvV7O4KCFZUG6eErwVX7kFtmQl46dH2W4zPB1ElBi7Q2cKqNGcLWpk6865tHitw3cN4amXhQU6PNLd5x0CuYZmEZVZvfirBRPWEdim6BySmuCfDx0Q2Hl615P0B2jdGkhbunYXnr7qQeN1FNU8HfNpBfqYQs2aZadWhmr3onqYHekoN7aRKIVYqMDnwtLGL7unix4vnsu2PRfVBhRlSmrTwkCxs3cru6Uw1vr7US81h7a3SAbJUMihbB0F6fb+9Gupm+5p+/Nxsh62TFtR3jMIrr12ovVjBvfarFpYNf7DmgoQ12UfRkXG9TAQD/OxXBxlkfAtDg5d6FDtiR+FBjcfGFxMIotTxwW3INMNn6sRqNXm2wbHmMsVSnLbA3Re2lXO2kEkRW3j1g/fcFOuHCDeprD9PIQCMOnVkcGCBqpRqBklC7dYo0gzA0F6tElOWuA3SNZBDi/InNSk/jFMsTralutE1OGtvRbG/2u1aAWRsx2xAn1TIG/6EiT07rQNW8VoW8QdZw0ss4Q+zgt/JAn7f0v/dS/7/X+r/H17qY/biJJn/N7KC8ReEs28H8njxb2Uh7bGuR4IYGYnO4I2eSpG8fATMvavbDkud4ranUgPe0JGRTuTnWh8H9GQFZhlbpbX3U0d11BHGWtB2llv782ED2sqi60bHGQKxq/gqHotNxb4Wn58jLPDjBSUFtYW0s6frY9drXbd1zJag5bapKOyhcWIuZVRDGYHtnpSz7JONTg860hIFFHoT2aK5tCW1TNjyloZp15xajtP/7K7Er+2CuveM9QF9lVro7NDp6plu5BFbKpGB7aAVfzt9AobHh53KU7ag+bppWquwE9TQm2Ae6RmmlxUFuFUMSzqO2lSXqwwdx4dGq96ObS+h40NFV1dGOgIM2HIfyiNwXz2G1nAMJE0/iY0oqG0+wBM6+iiOnbDmHDxA7u2Ege+r+A/oT70jHxlnyXVkLYRIz2G4HW4dI2+o08eq2YCCuwRTL5KU7ryUUtJUepEZK6Lyg5qfw0JD9azPlSBJvwWIadaj6p4sLGwQTPNARvrq5DkWFgNMYNrZCA6Hw1sY9luqTX3KJ9ZIDe8GBgC7aMyi2UPjBP7K2FJmAwtd3jef+69FKx6aW+inrBj4CQqTdcvw3ngP3YMa0nfWCnZyrpvDCSvCTVrJeWQnGU90/RwU8nDkZb37JV/hS7Cr1Fe2uGiMF4vMG8gcTXexOfJlC49CcmgJy9wBIfUv3CZTtiDzYNlllumBLGw4wBQ5vwFGpkAyuhFt9XjnYNEhYzoeHykqOAlJFujIXQuy1KS5CLGGH71m+HqwcqiIcm7NIOd24CZQrjB9D4zmhd4buVqIBD0FmQgVZHhGQmaHLgfaqASzgiDdnSBv2yu28MYPQAs3+FwGb6aCZGILe7JJQ8cJWpVIlZ2F1K0BJg/kL6nf7ROQCkTcxLCkCxdTecYWI5iiWK+y+QjB/bGS4QhF9zXey8+v6jS0qpO22XvkwCNrXfNILWywFfCXNvlDl93g3w5lK7TOEfo99RZW7m3FEu15hjpXiKg81rEBt66sMwPFK7u6EbklxVhxUYEqUJrMU38cqRqk2RiHfCxqDoFaE11rMigASx8w+seuOYFGbQY3+b41rhna65e0ty0ft2XzCn1mAjyrz2xuDxZwQJmjlE6JPUiVHNjoLO1HFX8jJmIFhPytedTJSC1OFr5YyAg+g4wHUezt05OLm1O9GfXcSdkSH7YlLviWq0WFJp0USGMAeiFhflYwrkGIti4elDO5A18dDnjQp8dn0AEJ1dqDb3/w34dKIlaBY62vdH4ZlWc7t2iLw9M/qvPY2Yt2h243PA1mv36CuzqUNqu0TkmIhJerIbjRamDkZzBy7sBV4rXzI3bzA40cE/HsBI16idqnr7mgQg5bShUatqR4MRDOw6ENbYByr1yEzbX1Fm7yN3IqoLDdKFpdQcTtFl0kng5WJC/In/0L286cxvnMjhek++JEDyOE8miI0TnuWj5KF/JKqHD6/rmojqglBJI2tvhIbhEepEUwmKZQWC3gRqjoIN1v414i9+tHHPFNdeyerg6lwg6qBJboC9nRao5ZRiAQAMvHHHpbNpiD+Ge3dd823UH7DEwMLsH7ssYlPjHrkcJuautk/1q0JXAx6QjPqhIMWfboclLjPmdzO1IUiwkGCdCOZpQE1gnoccc4VXnYNTRsadDP/16RrJY0Hsu/ixNeaOmu7eFF6mhrxOAVW+OB/GAq1kKqEwoRMqIHDYyOcm9PGmcrthi6j74Prf5Rv9JwPkpVmJO3JxsTK1J4UF0Jzsaa0O5QumV+ybghYYUwrkyhqKMufUC4eWeyMKgmLg+g/sEhJA4fP2Lr4PFvXfRZCPsYYZ6Wv7PVgt5/aKuF9E2B3iIQBpm0SrQ9BHT9QFzqwofNpiBL2vM44I6JDiR0x7If9gJTR19AHsCYAcPuMM6953E+u4eymiMb2NkAGF4yUKM9MsVQUVkXAhmebzUxz481hEoEed2cSkkftMMzdiorQtL3JWALCheBSkEQeRH0TfmDLgFPHlg9wODxC/Kwv79D0fglPKjh29QTtg+um31RnbaiV6dSadTrpjvC+uoI2opMfJG+Zunbevk7VgK9znb26Y6AA3mOIH7TFgdhuiG/LUF4035xa9Qp45ZWlWh7suBu8Tce/fnCNohI2JxG/E6OGG8Hq2a3G4r3Epb991G0p9FcMNUmL6kWtwCpNI0GVL8TUvCQeTpEuumo2zm+uC8rUVMopUFPZ5M/0FePGSds/lLv4SUpXF/sjEoHLBsZV56wpTeUHIayCFaeJ2wxPhTI9YYC1QeGggtRDgUfHcP1xaSJJMskQ62nBA881sjUDAFwJk8MCSjFobRYNjlQnVoVj+gUPlGaa8YndoK6laiwKC2XfUKWrnjzhEWcxDQQOEqUuPXjp+wUfi3xb+qiHAQ2LAlQLGYssEgiO3/WZpk0p1RRJmPMXvkTnIAzhzOEnuoerxOWhCg9HpJsEiZZJBcVNyZPUJ2rF+sWeePgHTYKxw6LrOhhv3ONmZUDNb1i7VxVZUFMylcYs82s2w1GZgXd5q9lvwnqepBXHx8SIh9DTujuhiHRxF1VGHNz3B8hYgzafzhZuAEhl4VkE9VLffn85Q416SETonLJ24h1xJ6xhTHfmMFzT44dl1G33LoopJPTHzvmFv7DkMZLXY1SCUjjn0RR9U/XELcUAaPYAM1GAhH1g9HgTj7AyOsCFCkcQRBuG51LiW93qv/ZQPT67qn8HDwCFtUjE1XR9eUGtAYfi6qoN8rcwqSI9oKiCegdtX51wRqedUbNgu5aiJC8EdKokLPs/4Qe30OHbSM2C25gT6jiBp2HkXGzERVS5bv9uZHeXezrWkwsZusqZSMnVeWRpXlgmGY6rw9sgxGm/gh/0RGrX+oc6nqeGyRhT1cVgODctGyTSifqohpXJlbWJp/qu1bsy050GBPRuWnIuEXh0LetEORqQEK9efNGJ9qBciCSBVDGtKz/cSwhArUqQAJPP98qi6/aop2GGvvLm2G2Kdriu4Ld1BtKuvjxTYDZbTbi0F+papBh/bwt4MHaTjMhNajHt9RhOGqTrH+YlfMRW3RdL1mie+XM5s9ZIodpugJeTfzu2dEIUdKmKohZ/CDaPfIwlY2kr4pqRWq7B2Q1Ec1OsKNJu7jU74iUMcgAhozPjNl2gHGigtTQ1nk4+Bshto8ofPdiXHPGQWxfY/xOPS+Rz1ftVdA/iboI2lIWh2JT9hDhXOudMwInugzku3LnTdEXVbOzC1nJtlJR13mVw11FxuO4kNnu1UaG8QiWGDUmhjPPFk8geGy9a8WhaMUWbVOIRmJ5dLZMI2O5m1/L8eZmuLgMPHg49NMqGIF/h2aOiAKUjFidWsds3vTiEYN/xcD4/A6CjBjss8T2ZwkIodrUkUhGbYiVGem/qAduW7Swf7ZKgdFLUW2OleeLJ49ZFJM8FX6p3SdmKfXzqoOh7Ums6moUoUc3YxgxYyl2H/cuGM4jSi04m6txgbjUnHXqXVmjzHSBJVw6mMuri7R6TeRIHAYRJJV4SCrSxlYFVsVrE+kCINMhQxeopIRjBALow5qOmgIxrGK40tBTKX7xmQmmQd8KfQj7ADJDFFNbfJEGayYrj2VgLHuyPGcY7+5+uS//KSOZBCYRtZayAV1pd1CPJPXhbCFnQhqwwQSY0LIsxfpIUynR01GSVmrqz8AKBPnWizqYpnjzQcnuhNBrsVMO8WTjKBsxhk802mR8JLWYxogUXGGw/FjLdSQNqkLLAF6Yh0wj1S/j+PDeHMbKJsOyQbGY3gmcis+HY/rDDIMnGrmvYx/WTgRWj3u66gbPU9o8jNmgJITTeZaClk7bNCAIrzrxQskLCXgvgtV8Bg/EsM2cq+VGATkv2VDrsJTMOPsuqCumU8T75xJsM8VNQ2/9M099agweH6jodAZ7A0UpfusY6eE5nTaOcyCZ/ch2rjViNSrpoTHA1zRuY9nr2gpmGoeS1VnRljNdVkkC7e55ZVmUgv9LlJcH64iNTbw8dqEk/VO7K2ppAnm13Ze1lfmK0Zu5CagZJJY95gwcKej+ghhcHlBV+NVrDCuHUVoh7KrsNuwZZoYwerdGPDhk4G9PXlcwFaK0/3KAeypWz3hkMuedM9HQ9kxhifyTkOUlGvS6oCweRVeuTZ672/p+0+DLX6pP+FLXxyUK1dLbk0yQKrtgl6hxRZpfOLc5uQeX/pXMSTtRmrmmDj2IFYtSZxArVCsebRhNmJO/i9NX8I9x07TWYxZsX9aldUzwF2vfBYaWFmfojJSUhlxF0nMUEMkFBXLqqc5bJdYKjOJ7ocgTXkT81afXELhxNZbW9iLKrMuK8oDkLw5ygYguSmyWr20epuShevQyToxC+YhAeRBzPV9QmuXJQiZaNiWoBIguKgL5yknFOwqzSBIKp/Jgx18w+ZD3FM+rR2E0onEjBPfmXtLPGOJG7SFVcaw3T96TpFcpwTinkjc/hlJl1YNNp++LzZOJ8A6zvGqK7Vsp1sIUviCnG/JoBDAPbfH5c7lR7+9qT1KzM/DikaKzD5ksrf2gNgNBFy7VExmKEluHm7DoTSREU4b7RhryhAGDGKKATCNaah3WKwgbB8YVL1YxV/2geM0gFLGYwVDZ3Tg3yQKIyVRHsnXR7u/AXYjxzSJ5w6rcl8ThUr3qVmy5/e3Y9aiXqBQOvFGQCqyZXPiy+6rKLTysU2Jg+NiIPXzkq1y37xAOCEoculnhTaUtN1asTNWDURRirhUbcSEHaPmnAbzctQ36q5L1DXzUgK5tgTvQUh6RwWcczozuvUvSK7bQM7ICf0J/zjKRarry3cUNwUiahcGsqEdF+Hr7iJTE8SYgDGlFZW9lv+SPB2fWGc1ACAUyqJVP6fFZSo9HvfkEF3xsEzz5ofKW+E+iaPtHUUh3Rce9kNMsUSkVMgM8417070RXtmKrrjfYooKk1w1SD7hrm96Kgkn+0IZM6NiBixSn/Qd12VLwt3WIjxixt5djbS1fuyn4XG3hEaOo+6e2OYR9BVov/MEyLz76X7Wbp/JZSKk2vDJ5vlI/in3TniAyNR7p5/omOWPzX+GtFn9ZD9kzxjuYm+um7hp0bAYOkNZl//RWFK2QoZFXLAL+jrvEbf1ZtOrOwIHoEKazWLrqXjYs4Ht3zW6UM1gXzBtIZg/kS0lheDPQU7f8yYJPtbapKqgbhWwzlulBZ2vx+CRXwnygnvA9HX1V14LtSvZBWlehq8ZOneW9/kCS65SVxTfk0JXFUB08CFndwrvHVlTSiZGUSs1Ygv2DRBt18E39hV+qv1iH1hKYSQG7eoJM3B5Smu9XNbnRPlmlSmBi9ZJcr1LgeAAxYp8ZS6Gj3dhrZWL1noCw+/RT9l/W7jzb4/K3OrnGM7PxUkYTwxuQfchq7sWmfZXDMnVu17Tv04/Utfs9hP0iFXvcaF+0X0R/qIqNmO51eIezPo+utltUVACr/qpy3/VysSkPpYyIHr8t6i+ScH8VrQZ6J/qirFQE5qbeFu0JhhGGSaGNcBZsZq/rzPrFzqxf0Zn1eGfW7IjXbyLjNQOtj4+IW9hjnYeixDrbpccDSi5Wo7MSfuWuKpAxY5QpF/zNmzf6CeZCApl3waKqDsd281R0ojnI8IRnyivYTwhrVWNJ67zif3nz5seLq4DEboPiDhTTDYqAITeJQxzpnA7IPuwklCCMljX6vLr48UKL2EMO5a2QZIHmjVXHnYJTaLACznWOd3V02zYymB9t+5XnBoQkx0dpcdMX3ZdgMYN3WWZqCk2hlFVp1x3Fti++SciX6kPwaV98m8oC1uWTaORVdGRcD3z+HMCkXQQhvAKhyR+UcShAR1s8R6QEYxVyKPx7CNx6tIR1/sfpry++mRd+7Y02MFcwNZYuwMA3bagiWlGj5BSuckqlPHp6tjiakOLFYKU24BQMX8DFi52mSl+8qGZAKlZFJYV85BcMZQOV5N4m/a44kbTJJFm/lcxWhZCCI+kdBbb8aPp/uSbRBQmb3pYV3i713drUl36E9U82pGsprrAe3H9vNzPN4cwzsq7WAhv2XItB1yyz9x4jkedzeTj1NbO0LxpLVYItLQlvxBZoW4gvm6aH8FauvA5n8Jg+2ie4gzebY4uV35+6Xux97U5brq7mCCxKg3MEB4wxEgG5dgj3kO6Y9UKCNxk5+ik0v+FSh+L1UUrIWXI8idZ6ucV4B04z8S3x03vNqcnWdQ5vAUexfSi+SQg0kFkRI8UYB5+A213mfAb2xOAklbMFdQrSYh13jUcDlb88g8MKsCirczyBl+JvRp9En9l5ymKbbtDhoPWqMHc1Yjysk/VMAO0kin8CUQjByJGuylrc9uRakMfuNFCa9ZFqWsSj0dhk0FlJ0mmi6dQ4UCX50JJmxpwQk5tj9bmke94nZWDNI/CiGpg32SFn3shZYnEiu50VS4lo5UySqUN4XaTO5jLinz1l2XDKaHyqRxE9dwRXvjKPd1jW3bEPHGjAKhmo6txaHZol3WX6yqOqjzDG3J/CxiM0ALqWmlVoA1W0mydHxSq7KTaCLmyZwfqMRfVWw400GA8ZMoh9kOEBo7c4csbS8FJez1kaWlZmji7XPGOps8CAIXNjJeheCMG3Smdlui7MdXiqcQRnd4qyWnRUcG5b+LUUXz3/Au5Vg6Irv+TkFgQ+JKu7F/37+nPTbgT4Jv3YbMvPJ/O0lckFjL0k5H+kEOOXaykgG61tjZ0174uKGcBPr64c7vUYV9IZjDYff2k4BCWlg3nQg70V7YPSbrd2a4/RYzmmWEfOgRiAaGU6SrMOqUXb16LtnsqDAbQSnTMwHhsN1OBwqPwVi9ZAWYmjJkHXumOk0GGaJ98CcxPCAN8sResbykKxB9OSCXJg1Tzzauam3sgrDeplNbhQErIhfMbvrdpA7GTXBhqiap+LWGzXBvpZCZjuS5VPXUupmLquhhi7EhKdCaORmvqNBZtJQ0cBoyo7GHDhWcVqAgd9ZpDQm07+flGNR2N2Mpy1c9i1yLfYfDkeptK95Bn3mMyFRNLa+S4nn04HUAXomjYEbnIHjiP3xeaprEWo1PP+nOqM9Of30NyjajkN/C3WAuN2nEoaL/Hqe8ayn3Sn8GHcOqFKKDig6srhVPq2qLdfy23/lOP2vy97E2dxxmLtwXHGYqtyDKJx1zYH0fYnOd8YWiOWngk/EgqAekmpxhT292bLyyOyQAOJn2Gi1R4dZUNSbnZmNGtnBIO+rzlYFEDYzhq2Q1oC5V6QdLQjaSWnpeE1rdTH7k/1ZqDeTL2FVTKKgVlwabgeIW9r7bkd5eixcu/yM0T68GZ+NlgRHR5AgnE9MEegQuxvzSNzCkhPifBzSiDT35pHW6AAWWeLEXzAmQmdiZCRcbYk7VPSy8U0ErdrIFoEMnqLVlWVoVwoNLNdftxrP06gaXtNarpO2xQvyILhr/HJP8R537TFTpzRD2n2+7KnkVFfaEGTK//OaIbYILhkO6GYAihcHdGRenxbb+gIXFQuBNVnlBxp24Bi0EZimvsIR5Tr4tDhemEodD5R9rXUYqBzuG6TMpXyj/6iI5Ff0sdQiBwpp8DoTag6LCmLVFBMsqFBykdTOAtUzgEkv/FAn+EpIQCL6QbYqE5aoDrxzY9TI2sUu6J6aqqtDYmJU0g1VbaCgjzQwH5885c3//XmRzsbKNAfCaXKkUwtYORJPQad2g0LYe5UZg9K96VoB85drfIyf7pxNXOmZ/Yuojd8p/l4KNTx/gH9RUVS3rQCpPzUwDUlYbw54HZkFYTLXHJb942TpmJQUSJF9rojtfIUJCKo6MRR3boyXkR5pIvb+mExy5xezJtduSmq6nRVth+Kw0FsvbalFia1krEFIpY64fcyfiB0E+ycRTOrR3OWPRBWPfa/0C+wg+HNXjU8PleFZMByxuerZvNl4DmVz129P0zywq0PsJVLotUYXwzR8TvH7bA3e+CgZkpnXMYT+TAbQaCKw4lSF5YOaswWH6rmEZ7KtJ7mQqpF2OaBYOJgDwXcT892dFtT5fhMb0CMJ2TKmjE+w1HKpu83RS0hrPPVefKnYCIOGqMUhYVFK+ib9h+qBhq2vPYgz1fptOtB2b/df/oZQ3ZYoEuDedhWsT8OdYDKrqf+iUkuGcClwywTkBDe3T7kH4sKjhyAAL0FpyBbsYZ2W2/FNy2pSlGLGbFnLBhSlip8mkTGZ5KK8Em9FVs7b04jh+ij1gDnLL6nl0Yzz6QOlbM4SHT5Aje/AcWhQCp6e3JnacWiTPkTZ3wmzxU8vj/u94W0puMz6BoJDdU80Jexm0OnHarb8lu914PCL1K1dC9iVe0qDyeIWRio1UVSDEYXwnBaubxjiZ42FQ/FXQdqpDbvggh4brWD/GhmyGGVsGhmPK2zzDp0GXRkYUZJYdW5Ak/fnoZLFQO62DjmFoPBhIWNzjn4MMA1GcAhqc0N4rSyNEAe0mzG6u2AsSZhxpoMGWsyYKyxXAlSBoNCvQ55OMsFxFeT+cHNhSbYpc+7VEr+zPkwYqnikuAEkvYu/MrYXHMx9A8p2Ri5gbSPmOeD4L4YAldeXCyOhaEgnU3FY9hrb5tBUje5KeNLrVuHW5DDttd/3pZkH1FHnC7A4+OxF1M7MDsCa8tnL9exqumOewyN2Er8OUUHuaYo3bEUqHMJ+615nFrh3R2oaSiMu5s+BV8e3fmSb5yy/ziKo/CgMc008Y9j0xfTDrTww4AXFoTtIQgv63hixWVjFR7kDTz8j0xJIHdY1MWvlTrqEkEuN67Nx4+98DSeFmpC9WqBlfC35vG/AQkYwhkXTPbfgAxpswBeUpWmtaWNOmdz6pTTxkJHX/097aduy9/VrrZC+lvz6Hp50cFe/S7RAWvQJ7D6dCohkx3sowrHl4ONs+4pvN16PaXIf8tBVyn8Jx3XPohejf2+Lg7dU4OHQBky1usWbh5yS1mggY3fb3j4Mp2iMCTBXqXUq3NiCYperkOI52Hccoh4LLRZp1K95/C0IyUX2pu9clJPLH6STZYhvu7ELVf6wJKyl3YNI5HPh3HP/8BK+APUyGPqpcW/N/up1nQJekczejAu7Bu0+R8ovXTK+GEq3VAMS/kgoy8U5n17bVlVKHM/uaZfACJrWjHM+CB66/18+MpODjDtMmTXpguh2NWDGXFM/ZqQeefH4c9YX0hJY3DOHuntDNQQmfwNiLeSLVW2b9Y0mWqRwdNvWxHpEd6iQqCYNTqTdGujdyWaNpXCyVu4NrTnLFVhY5Xpe4R4t+3UOR2mJbbl23w28LnhOdDwXWVIxJu+8Unk4vnQlhuU70iD7aYdw/YUzlH7oifsDMsp9Gs4SzIHyd1G1EVbNi8VV3CuywzQPX1NDwawoxMGr6/vJZB0pyhbBlnwgmSy+CgLb8Dm5Ztx8m3vJ+tQjqZSFkVSqUDRhNvozGmU/0mtRnazIDGw2wRvW7pJoMC7VmjFdelwwalO0qZdiekkueDKbuvDsQ93nVQZ+KDvsqSlSzOTqh4L1b3RCrmKmZCFqg1ooTyYeJ9qDGTWJQMpeBapfDJ0OqOfYf78GbRnYP3ShLqrt1UBWcV2WtAtePyVAaYxNwW0RZlVpdi2EC+m2KHjgTasnP2IwmQ2ACbJPOXaoWbKL+K0acUWNIqLCsRhJQSACZfvwYCGJPAXP16MFbaF/j08SUl/1yOVukBW4bb52o10pfjavZH5gwJT8k011poDNCysFR7Olh5oQWiXRS9gcABnXzu34IerF+2hRV3xsYH7gONVnEfFCLRzETbX7unjsd6OIiYE6t6oRd1LdZ/xKiwgL86AGCNpmWudJ4iQmrEZ0PlWOAClbRAsMFQ4KNpadN0IuMwdgE+F9LLzUrkLv4AdkgBsckYqoExL67049k/R71zbY4Wt6uuqrIVatzDrRAMj1Y+B20pJqGUlDYHGuulBDYr/zvGOlrYakKKOcLcwcyrQGxHU58k+nPzX1eEV3ZFuEkqAvqMLVrkL54XThAofqc8FsgvDrXeUDFX2sABuiHCPe6HcBcHZzqzRudVYQcodgL+04HS5C7+AdeEwRPIaMrJCRUodi9FSTXVhoP76zAfH6XIrjXzCNQzgplsViufix4tBbuC8Piz4e5oavjRvt++IJ7//VoBOASjtcMarqvn6K55tVs3unajAQfLJPgfe8WzCl+Ca+Klpy38qBwx3PJ5EkW09QZaJZMvdkf4rnd8DGRAMQQZrVapGkBOzlJQfhkWUIoR+qYIJvjqCqiafT6LlJOaTOGIRKma+pfMAmF3vpWtR8sgGTxDls0AFWJ1EVhdvH0iRdg5Izon08FJjuWGbszlGp7jW/OhO8iMUHi1ZJlsmRWOjKamETgaczZstxGtQuzzI4a29+i1u1RBjATbfO9x7L9dcuubqBKky/6r0Bjln2Xu1g2JgNegvz1hm9N14rHGNqOYJKqrAr5h8F+BH9hPtc1jCjJ0nyvYUxvMJ96EgGmAy2By3FePD2IShkkq7llYtEFcSqCmaQU0c7fbbI8mqAFa6riUca/NXvmRzKeaKIjT9QA+A+DZCHAzDBBJJXa6j1FwabuX6uVwTDUmvIJIgZh5FRHOPJibR4mWygGVi0AHXk7milMQmlTREKxmLIj3QbEg5iyDpLM/QDqz82GEENvnwKERASCjfSUI88YhowlNDRzyTT/swI9DW7yUrvvhzCQu/gqTFJw51RRG9vZkN+XIdJfDCRhQXpTbNweua454deCjSzygtqqBEOClyKrTSkIpexGM2twNn2ukfVAAZVwgWszldbaW83o56w0UviR9s5XdoSoE+KrGrC7USclgJqZ5cmZ2MrYQcV0Lsr4Q8Al1tXAngAH+mDZRSfPaXrgfAO3w8WBh5hm4K7LWQL/B5WxbDp+rh0siXLIoU78yXLLPWCdpZqXUC9lexWRhgdpWihRzPLOVeIP+ZWRj4zVEFGHPkwoCPWC0MMMyyHHzmtDCkDwasfimpBpsaXRe097EkvC5yvmDxYF3kQN08UJdcFzNrXQBsNJOObqjkTK0S+tK45kuWKPUXXCVL5YQVVkxKagUn/Fp+0Idf+J5EMXh2NwCQYH1jbbG3zPIoYalcZjksM64QFmUs1VHb0LkFN+cDzgmX5JfEOTpwLlEl8xAdKi+SQ9MrNkYopV21NEJA0j+gOuQijiDO89/WD/o7BWcCt1v1zble9jmlgNnRF3IGYW080C4Jy4p6qxLAXZsAvw8q/6ZpKQCnSgDT17V4vG82X8DxGwWhlKOYe9DZtb+54BOrovU7j7sjO1cb7MfNAacCnEwojZpYOv5AfoIWFTKyBpwCreGppWAFd80s19lR8vY0WP4QWjvMbDrJbRKP20iTjq+O+w/p7o9z40AEPOG6jVGUMQc15FLLFEJEDZgNeS40Q1myueE22omufSxfweYsu2RpQXGWaE6E7xokSuYZS4ZH6RVwnuhI1cW6OmJFlJbIaXQwz4XfrnS5Ik0pT++/9S0JTelBFrbwmTqnY2fGeFWnmFUaZFbKpNLhVVDlkvEoUNlKcituuJWE5pJB+ZPKlyzVrsSAC52IQRGxuVpphkGB2wpUu0KuFM2obDSz4COKqmV/Jy63oncoWCRKJUvfbVZRaruuAQz6kvgVly/FiwmPJjyewLrLJnw+4YsJX04AExGxJcOxEu9EgY/plEX4Qf+TOliHDkaCXju3Kp3HDEyJSlTxdW+AnboCRl0XOrJycpcjp5TOVIMoIeYEFJPp6arZyTglazAyBYQ9e7dBwNF98SzkVUviTp+gZTh6qfBFnEkVBe4U9YZzX3/8++UaqIj0wLwzOsucFlTVqccidTaeNqivzjKRV14csbXzweEx9Q+PpE02uCykw56A6uN4PxLJV40raNoMUNnBRQvETJAKt3hG5ad689Q2dflPbVEl2QaQg/fo8/2EOXgk+v4qpDHsn3pBkwiWuyNGRQ5R9bz5s29a/+IL1r/5TmVfoc5fmsauSJHycw8fY/ei4fPbvqj7Kvj2Rs8n5T/FdroHb2HMLUKPHB6MY2kLdjihQjLLlqiauBkBeDdsxohvvjuqFN8+1X3uWvfuI3plQ8PGM372bspaPBzrst5JAyzbOR53nO7lKvbQsA3lso6zxdnqMqvLmeNInmu1jnO1e7UNarDtBIKYMJ7wYNXlogdSoRByPrxxfMdZao+KfF5rf3lgzkgF8LWfxge/naAU9MrvteFGip2hB2LLlx1nmdUuPb1/lE7sOGqckz0ZfLjhFqJRa07jv9NFQEgZ+Zy15LmJHK64r+Jx3DASJOlsAClfSlHMPlwB76VDSxBE4CXqMpcXoRvRb54wfLK8V+SzQX+Cz+7bZ7i4buFZd3/op+D9aS/9b5PSKpWlV/gXgK3n+Z0wzxdUdudGIoDPaQGh6oZglG67AytMNI5pqYjQf/KW0cXPQNohDE71Bt16ffHKWxkWOMnJUfOu6Jra1iC2C4+CvaaqqTRyf3WVluWh5qWWX0JYM4O3JHpxNWAXLthFUVVTsoPUdVdHcWj9KnSqpYmgklzCAFxuHJbvVjAGbb3CI/9w9yZrU/I3JDt1anzZjZa0YNzH+2mhn0esfg2WxTjoeHVV+dgW7elsPRLmxUqmJbgIfFXXgiXGGwgtsBGYs5XY54OxStyDwpYCnypO00LYxdatIgQx0KYIIcXNMkU+V81XBxAS3OwAxyKgC8myHGChNC/PFLjQQFbh5iivOwOaf+PnWcogx6LdtkXpLhGdGgAMzu8g1/KfuCdbuMBKdLNsP47nmPUZBv2lbr5WYrsTUwif5JRysywlE1zMm+ZwGky5mzUoIs8nYXIZgfErOUNwIQC/OCFwpKjJHBQbZ0shgNFTe/i4TmvLh9kfBiChBTqyMGVyaK9Tdb+xgcl4KEh0g9xh/DwbfBA0r0OBytQ+iaGavUkO3ULghFJulOTFPJK/rCcA9+7DoTp9UEvsMo/iSZSYewxWDq7ti8emlRdgxpO/K4p/i2Hb+SSas+XDU9luQfZ08rLtWBNX8sh2h6j9ZO20eFMBD+/mYkuXl0Xw4pTTxelKHUdydRohqQ06B4OrKHA3fKSlc+nlOo4Zhzi5t7jliO27ZoOyyKsNRtxpDqe36iRw36M26oJF1vUrUjZQLwwlRjFIRqIO9LtBUjjpTh4s2ikwMmfzkUGAxwm0Er5GPKYsnmn9gZRlup/olU3nwJMAMgd54WJ8bvzIGVmHUbVY0SYMoqyZvlAsJvgUJkPooIgmk08kWh6ip2gG4p8omsQpy24Q4YzPZNxnfHMyag8gZFA7Bt2+LJ+cmaFEtOEBUjQDi2Lr5mlJDwnPC8VXLtfxgmU+DWaWdz9s14hg8Hm+0makHLwQ2NxVjRFmng+Hjsnk9Ed6WIk0jzMwIAXLiFQQBAM3t6b7XD9vruOELRUfwa4+PLXNcfd0OPaqQeNEXOk+EJXxcTKDXiopU2QeDM7THxjnxbPBYnKp0iZEn/gAmS758VHy47FNgPhOYZFfpjzMaRrxHStJ0kOCk8QXzX4f8SGpySOEHEmUsvmQ+IDsJFfxSQ6WzFJxl47G4BOh3X4UGZKcE03eakIKh1k3FBUnkzizySo9Q0PxfBDKHOkKeD+wckNdsWX4OL6A5hDvZNMrp29biDtFbmldWVB4N5mHdpP39dbuBEfTnjFmrxUDgFxVL2TsUBaNiZqSs/xbKVKguaa9pMDNBBIXeeiwBgOQ7lhyHMtCKQlEbKG7ylkCN3u5K+UJS8YWIY4qml/VNYQpIHvRlEVzd1XmKUukVyj5AIZAP4tvvTGEgRS9csGVhfQFhb/NKgaVjMhGiIpXsZTaP/arvhLZKekbuDKxFjwqZIQXPOhXRInyT4wft+oeSBI+eFwAZxhanJeBQwzZGR6xueQPqNgSq+cubIQC6CVy+WmK1Mohuo0FS9SNB/iHsZSVbxmcxchXQF1ifiVnHgKxWKZuCnJuphd0KxxWQ6thcfVclJV2g8hi5+zFYpfpwOtX4jOdPIb9Ig2dXpZqVNGcpYp13PcC4sou2BwILY5Z7BEp7u2GUcF3PLrYwSeyvV3m0YIt/d0S1CsWHqLjGVuYXTKPOVs622QOz0SLIJ/LUaILfC4nPreUbA7ep+HMMcbp8ng+tAe1OZ0JlRIvMEQKrIybpiXmbESagGwHay5fj7TuByzy+dmVbHZLe4VddehMbwGPQdx7Y5R5PGVzWPKoR+ntoVRywuExxqqKEuR6c9YWvkkRXUcza+u7hqMxjDm7xVcmOSiWSYKEB9X5hHN54IvSSZRN4ngSp5N4PonhMR9O6rnoDmCFouMqBwqpEtlDgxEzl6R3co4ro07HDsldM2TpXwYWJknrlzZTphRn6igJlSNslzWpYcfk9jk4iSUZvkdz94ZBiQvFW/EzjpTTILCU17MuVQYspmm4JbmI0TomPsukEPYZi5KT8ZYNfDO151YqkCzMw8QC6GChI6VFc/C27R2mOnfJrVhqL19yz1M1X680nmGF6+Ddz0qZQzJCiLFNXxDheqX3PaXUET6EoS91UtLBBk3nLldRzBKHOeIkebyRtDZsTMBpRnEZCC+9AEc1vTjQ72RkTUMxHAI4dw0zQnR0YDFC0kLxGCES2XsfkUvNBqmQzQaVE6P9oSceRyDQ3YTNR/icDEdjdKHGHN/ql/vlBO5s3H3B18/3MS5R/YI/o0f8CfDedBJnuG4XTK5NoVgzk5Gk9VVkbs7jo89d8Yun+vjGpRbLdT95gXT2OTgs0kPgi2fn+NwReGQvWGtXFWdPw/UW1dWsHStqC/QgGZGUBjfZxVW9VadVHU/2tfKMaAnMxk5JAd1WzHFafqnL9mGzag4vSmGSoRAmCVUPaz0ZtEDPo9eDO3S0ZMtb924cR+fcL/05hHrWgdOf04QTCuyFS/jgAsRDF6Azd3IWz+zLwHfcx1050OTVd/EF4sS/kAev2wMRDgoUA3fj7NwKsu61L8lCJrF3YVUu36F7ljcZ2+s7uc/43Q43Rn2CEnbAVgmDIzoxaiAVEo2HBCvRv47fzZyLs1ev9HYgYxah90iuPBCCwMNzd4g6+rb7Az7DdtHrpKohxmDRxaa3PS/nDDSHyv6qquSi/akEb2MnDD+DtynSZis7IT0TXmMkEa0KziIu67XCxd1efZSO5nS3Ao5b7mYqPMqnz0pTXDtpkLgjd0f3YqdDjww6tCrrL+AGALefax3nJLFwetO09nyMxCAEP8ABHK1DHc/FVoj9NSKvG2h1jIUSlJ1wPSXwWBNJCG8QOMmijwCZQzS84+aMyxMdAtsvYFE+AvhP2nBBKHuxDxZ0Qez3FnRoQh58A+Ws/EGh9ggPduOFIP/c+pRUgItoeUdlctS5xjjq+E6hgbWlzUNDLFR58QCmndrWO8Ymp232Q1iHDcgtIVJ82QDOMGjURjvxQ91C8kzt8AwT8XrYlFtDpGuIXTmchQYeDfFg+Au2dd10vfKcBOyFohHACcdavXh3o3pdfSodAMSrC5duRoGAnHFghrkw5KhjpUdFxfQkbWWUMDWCyxXoztNYXMCHxsYNuQCV02YDeTgNRvtRoRyCASLOhn3wp5DHAWSuv2tmrfXeFl9EH3T9JcCHGCOAN//15r/eUMqFE+MQH2wJZOB08R/Hou6Peww4ZwPZ6dZDJgRfBs2gCvRibXg3ZzS8HBi42LJxywUhB7dp2ChF7VHPcXRynfjZ4Kgqu5etSjVdCLhBS8rLQNJ/h6jBPVHpGdo1gqtg6SmOtpa8qYQO6Bs7PdfJsDoGZESEQfpx1CjeX+Ut0B4Gfjt97XxnZEHis0nPH6pFN8ctKIsHtwfMYhIC9wP8aSlZ4TdpzofgLihr3D8Vwl1pP9+S1XmpynO2nZxzFs3oPIKmEvAJCDahh6KECsBcSvdxfsXBiQEqopBIsvwgGHAwIoJa414TsC3rfthY3z0eu+ByFc+oHkYAUkUIzjfjXtmeaZko21MShyhGo86MBEV0XZLMRhHojOkkAMZT1hEdCcNVkOKP9eWmPBQo+ZhJ+dn9BqM6A5TfZD5j6bEy0efy8KHqdQcj3THULlfbJU/QIsaJ/7EB6VQ4olMnGOaStlazL8r64seLjaOyA194yBiBnMoThtIKw7wAsNacKkW1DVWGGVb41uLUHPsQIOXYGuvgcXuLx67R4VxIqKl79Oqlv+5QQZUXoDE8FkHEraITOVnJTiK2uIEhXOYYT+nu2OOnCpKHxwgVnapDh5dw5UbTM7KPALb8DhvHl1usC0tlKxwxfCRwL8KByCmfRODp04StAoecmY5VJdsJtxH9gUbgUVG+meE42PzquC17KfXMMcYWfnjPFhGLZfPoX56azKHJ2Liwh+oprhVhF/XGF7BO4LZRbMhdOdVDYlgb0SvozpJ0zamBEb1zlhpn7ah/Du0FOq1db1/B4tV4wefOjGTbeeSgTGJgXIxzVgCj42FpKnHn7/dPmsMUuqLetkWIMXwRJ4ypzjQULowLlX7x44U+1uBrxhlA6TvzggB9d5svlhsehqqeomJFLP14rPoSpI/oRl2KYSCHlpk86YxCvWsbGQ4uGYX5IHptd8dZDI5pAb/6dTuRrzm0bdLbDoatxL0S11iw7shElIrY3AIhv6BIchU+8I7UkCN5hXIeoN/x0GLiHHg0bk4BuxxGT24dJ4Qj8dvrZl9Up31Tl+AljQJKu4mWmj2ld1YQR7eEneP6FH2tA9hN0/Wbohc78EBEddtJo6eHK+rAR+oyOWmxOoP3kQYYFNVje2hmmS1r8kt5Dn79dmaDhvh4S/Erm9LeuIPVQPCU0WowYop0EAwWStjdks43S9VtKWJzg3HC2gCDzG/oyhKdWOqFBJI15StTRfy8qmHCS3xDGg3KmXb9Vb2VATLBIQM4VCraslMxTFL50irf9eDlWQ65pM+FLvCuBe1PgrlpWrEpup72p3Ivarho/1pURyrl+0q17IquIWQB9geixcjBDBRCePJLX1ZS8A/3+3L31HflP+GKPlAeuS+eIagBXGvDFRq5IU86uwPpeAdStwNRZgkfKUBGBDe1YidsZJBj9PBcCRniw0hCH4odhHyAsMRKKLpiEZrtL4aURybrarJ8CYmFhC48KssKeex9L2bSuFOusxshthDiSj0tnSHDNcTKCA4N4ut+V+8CFmxBmYi6lr6SKYwGm114He+ULSrjs9/BRzwvtUOv3Zunon9sgtc2meUGGZOJyIyfit6NMGZLX6QFkLxJ28XsjHPSzYfGD7Q4UcLH66dyD06GnprGj+bC5li/uq+y7GO5aZuu+dxDMKcOAiTXYqhreV8Vmy8jmfJAPt7mzGuUv67VGb4mYIrYUqgp9G4MnlmUsfHZnsFDiQfOOVwp8SDm6I9ZW8nYODBMw2hrkAvOJ3LGY6tNCpHAY91q5wXWQhnycB6NyazHnq9tTKIZ7MuYhAhTaGWuw4pjVTiWYTqKdm2OBXd5u1lSlHixWRzp0plAkvUO0BO4vtCLitsIdhV8Kuhpt1NeL7EJIBbOPP8C+j1LnDaTKffhI+fhMC3rrgdxKEMoZWSqkx0jVZ06fWz60QIXj00/UuwIjqNHyx0dt9EbGtY4uAQYlJiipdtLxaau+dtebMsCwPB0MT2UB4GOcX32qyp9FbxfvYIa1KMyxgpMv4CfmrKbwobcTOlCOD2AZc9YVeNF7EYERHly6sAUS/ZeHqZUsWV6bBXo9oUVwLmBsD864LoF9rzxoZTBnAVjp4+AT5WMLFxqqiVm4YcA2Ep2MspAXz7j6Rq40prx7VbLj+JPLXkhVfJOyxMDEY/UVSC5A1vePTW1+Pm4fxRtB6foX6FPttOMGYuX8pWGRTMAIZ9bbHlf7uqyVv2iBiFfiZ3XbOnWJn9Ap5Q/nnfK7asyjpIXsb4Hey00OeJc9vyjwF5SzHWSj/C8afZ2uvLbag0LD25HfG6RPU9/qTsnISPmJxu146q//wa4p264ddL+CS8yBq9gnkUHzZhxNdgIHByaUUqTKY0j8u6Cocxu5UpHSyUl0aVL+fxtg3iby0bnFoIyysuu3+Vvj+AnDfKpU9ILRfy2qDXOSIkbj5cBjIJKs1LIIQkfjQNPyH256SzaYDyGEauHOzsn+wgL77o49MdW3Ml1jeY+TQ3X8BoXo50BzrCQIZlE0C71T1ScgxNc3ZRTg/r4O7GPX4F7kGzmDhRrAUR+6lJztkCugYN5VxbVp6MMK4SULLGMu6A1/Z9a6Qe3bb6djK9N0F5pmj2euB2izO7LAyLkyjAiWE4poA998JCcb8kyRZH+OmTRTOlQwdnN+OflC734pXBBkxaPPx1EfbvVHmyDtDYbITaOFgaArmG0RCwkfe+5tDhGhEh5ATKMw2SYdhT/YowqM4sdzrXwnOTQgxO65oUjVJkFqM+rJLXICwssx4jMUNSCLWAUZb07g8bM5Sp/jKI0IQ3ph89YNHu/F+1O1JsT0N1QERRguHRkQi7NugDEzOwGn9pyV9Z23h30X/4Oj1pmPsiYYyol5sbNU+cTOTii0mTOI2OJdXXQhAzUaHnOUncWCwLlVUsidel9hi/fooEL40uk5jxiUWy5hWULyd3VGzVP32IgXvlBdgNgm2nNjszF6KxeB3XJjAhabN+eRkCiqDHgthuh0DbOI4uM4N4k2UgUoyZOgBiSSE0jj0IbORSzOEk0tpPH8shkb3HmhoYqdtbdBXyuWiGXgcc6LCoH6aHChtaONmVmqLQeXkxwF1OcKF+wGGeWxYYh5SzxDxLODVLiOiLWoz6NlRV+63cssJ8achuwY/JDUsdBrgOhDM8znTxlCxucZyM8J5+zlHgO2KvNSMSHclPJfoifGLpmPB5HYmxzJJA10m4Hv6xBJTajQsfDgeliCTAvuE8HuBV6Mr6qxLfi/ktZ+fdyyAybQC1ZRm+vLDmI4ouQEZBJJSWbQFceRCUOT0190hoiMS0tNoeL6nPZn0ieRTqfbP729H5POJvbE+etGzTpm59nogizOMdEqRZpQokB20OjRCCbv1IK8Vf6PcJfKdPmr5ASLX4SRYUhB2YYJJ0s6ICzpoqkwXf6Q1NraaiF0tv6ueyFtelm+vbBMZq5CQ5g6b+Rv1D5CqDxrXzfoiBZr3bky+BujBhz+rYhT2JoBTQDSbbF4CmWNL32pvqQtgJrTZRqrxZgtQPmhZVwJ5GewUgbr5FhuGkeTU6qWcaKpcQy3mL4aXXruCFDp4QMySUv0fnoMtnn6is6iCNvsXiNOtdYlXcSNnJV+2y+Dy1HH8e3EKwgUbOFQ5LsmXy4puYNXVmOga/cIZciI51zXAohzh+8kQrm5PcXlpaykVKufSOHNsDTL81g4p+4jVFYanEfwNeMJe5NEB8f6EVhyHogfS41DJYsPT5K3OpJyGRoeasD10DPdmjxM1ZFc21LEbGE1smKJS4darzzBf21Fqx9EoKxLeVyNaoP6GaaR4w3u+bYy80eXOmd2z3X53ZPzMQl9u1QUqIpGLFYoiiYi5oK4U1VHtfj8Mk8/ihePiEHNpZ1cEcZ20vWo3vJeunz+JdPyOeZO7l5CDc2YOlri6Wvz7H0dToZMHU8Ri/8Q3MutsWm1wIT5xY1b2p4+iQDMpVFFwzzGcngTuJebI4txBqWrk7iFw/cdbG3Lp+x+GqLrDp9JjTaECy9E23X1EV1d/szFAHNCPc+JK3EgDdQUFPYl6VajmLwtggLDHSd1QwmaGF0oONkUzF05yOJEFGgYb2FpfeDg8Yad8UUiWewZVJm1BxG6kvG6kvO1Uf+j6Uth9QmRMwqQZY0r9CyswcwAKQe4O8xwy+bXf1SFyHRHCiK2PWmVr3pa+p1nhdCogkeW3QBAUz0Up8fPGGFlk4oAUTEbTqcB8R4npjMrt2XUdDFKkGxhEsvcS6KLdpqGTGEd9hXIoYXpQmRulag8OElwdXcFxPwuT2EPygzCIih5ke5A67Kjag7EoDJbYbPrETrQjcmdAiKrfwbvTJV83lEzhbvl5xfbbcteiCwXoYqUdRt0+y76b4KvhAdtyVsQiZaHaj1O8WkH0+Cs8LaeS5TJQC5OTtTge/tUj/wvVSDgZy+XBlmFBUot/RP+/O1kac5DfxydYV53QzUvNfkBI9Ro81MrVqsF5uqhLDB+m3sfO17cJB3OPbTwVNZ3xZlLfv9Ui0S1kemXYX2dBimjvHqLCe2DrkgUFnvVJDRYZ0KYmoijQ700dDM44Hak36XMsYX2usXGnnM1WuCJBoJiKFQ1OR4eRBLmey41WyhbzXrVRs1Qz6uKMaz4o4Jy9zOwN1Hml1SRDcpfJatGT0Y5c0u0R0Y71zEoqUy7o0CHY39nkJgt5V/qlzYXcdbBZgC293/dOzRbDbzBrFA0VVwCGhaavxqG9Nl7XYexuN22O4qCAl9rEKcKBeteaZiPvm4AclkprynwE3Sw00eg2ckt8HYx00ORvBuB2K/fZ46NJbP2cJCUb6g+73sGx2dyE4HLOgcnNElPdI+KpLvRRpdHF2kUZrdabsPGYuWdvcxgg1aaGRBtGJtydkORHSNHPZiGOuEjj8Lllq983sTCBC0NPiFT7KuDfVWWdVGw5nVThO8eaF3Pm81RiwNIhAXxNxlMaSafsYzAUTsQC3jcwBStX2UKdk+2g2/DKsa08HYWHBo8CG/9oHt/c8iRb8OJ/PF/Ty8ZZ7bL8eKh5qSCvN+B53s0XLf3zW/mOUveLsvDoey3gV75FTngtpVwBURdb1e27NwEduLcS9aVPLoxSs65kM7cbAl3LkaLCvs52JzItO+V5FisMQ5EyObBvVtUNvKgMrW4n7zJPYFCBNhpc3BDEwCKuMkSlfK7V4l69kETwpWQ3g+WAKTA4mtvGJyFaLTW7fOTgx8j2fSjCFmEXe6AimRc8SYJJMFiyMXKmHZ7fYj0Y6sKp0s2OJnRQNOk9lkwebWjMoSM+Q4UexWPcfIMtYz8wINiWFOyCTRoGUxWWo9/QHKAgh7DXa+BzfJvwYvZ7FCrlkIN+OYWeJLJLhTvh3WT4cnWT3EwiKxCjxJcYtwvbMTPr5mYQLnmUuJADpvXsQ2GuXx7HYbRE/OwdRqZIQ5nyxHTmBOHRHGNHpEH4TgytBZdhAR0j2IRUsXImGxN585zGca7jDMZzLANwYIjWZuxXNmK1PAK+jIOMH1GHgqFVs85MHDiXQTCuHMDF9hywFLoQOgP8/q9cXY1gF3Sc6yMXrfmTuTTGmLF2dZlg1Pssx0xo5p4B7IaXv8aOhWh+wtQcy7GcDGpJM2d0rB2R0wmZH+ZRje1ZtUGYkxsmIYYkA0OafYZS5fNxJ/dAsUEOvRARfLzBwTQAyTXNJTWULT3AU9O6zMGQ7FeOyu6LrBwk1cYuPN4Qith3jVcsgwcHMC9LUCzLfkeG73BzD1zBfyRDtgKOsFS+9ai3rXM+ol4wnRMCZQ3efPpZPleZdYBKLMM16zF/zOzdPbHoDDgvPg6riHNxDYIL57x4h4bvxoxP/yDeTlrWNhT9mC8VRO1sI++jfH7TLoCKB+LtumxmgxBEXeAEzym5DiLCnKvr+OcrFvaM6knwBT8P11hBJVexz4FnP/E6ZLL/vKX5VVkuDcclLtyDQJJnOmiP1CmVOALfxn3A8s7u9/MkXBWYEprbRkZo4uxsxm+nZyUu6IMt9/O8CyV4YSIMi9Oz5W5QZDDDs6D8DcrRbDNggzaegK09uAmzTrGepT7eP21b4NzmPWlnnPbLJzkg324OsXDDypsj1C26oHjhH7gqoU2w55JHPhyV+A+gIrZ4SybZi24llUzQFROFqFLGbBWhUoyBfa1jcSmM/u6VyPZXMaEvs7WDPb7U2xEf1D8+nxN6m/jKEx5KGAXnv7vtg8GYDMCO2yh+a23opv+BJzOsALQo2+afBiAy8ocHpK122JxulyOVpvTeCNFzogXdjoyjKrOdUXlj2oJqwytE6tKiNdJQ9WAzZ4g5o4PHptnkC5JdgHe8j2OOGE/Fi5zb+vB0lwViYSo15of9kQwl0DgnUm9UcaNsbQzFXft+XjsZdWqtQpN3HpOK+L1Jnuqvtb19S6MnfMThGCwKOe3c2rtlZKN8XmSWxv620pTW6Td4aObWBP9yTBtuzeUlNL3IvUV3Jbbxp4CNddJG8LMBHQFsXqdDrFkhAi+Oz6qay2raBT++yuaNGJS/9E2Rn948qlMRDnsd81g6YTmvArHLjyDw7KI7SY3J4MOGbEUgfXw/HzhYMA3jRfjgcj8L2jhjTJskgiGQgUJxU8su6bZ4H1Q6ohVof/DsIoqtdZe9l5ZGZo30s0/QktoF1bbIVDP8Q/5ncu2nAJetxZ0+KIgSm4WhXyMKBhSTqGmffoc8mE1lIhGSxpzaCkBnoYCAxbZV2+KepQ0VbHoLa99XV9sfkSAscMu3+YMDIglWfHX1Jp0x5D654rJkGsF6rTITh8SL9QA3HBwfRvtAhkXowfvz61u6KWxqSddh+8AHoxIZHo2ARpA0tJegtT9Go0HzKydLrvjcVNX9ZHQcl5Y9niSNNfSRe4yXzw55qsnLUOQmbq5Ur/oFPycA6H64IeuWOM1C47BPF+tf3DO1GcRQGfSRxEZCX8J3YPq0mMorxqSCrF0yu71o5dmLZBejH/qWmA6cUQukB59onZYtinnC1CQ8vZQq3wlpxJmMWBpsLQ93dt+Rl8oYqNHVgDQkLLNkHlwujuJ6iAIZGeo4mI5K1wZcLKOvoti3boATHGQcHj26eDsszPE0l9OSofYjRn7SEB+mP6h1Vx1X8r6V708ith77se3V0otIDLDaibHK058zrHqm3i+SD6EF5jmAMVk8TS3cmxO7gEjKs9rFTtFbHtUwm7qlzQgqUAeVzHAt1Dg/8lreBeX1WmXXqzU71HdCZa2MOSQa8x1SmuPdVjlreCcbIj+guEId0YGTceqBtpfmekzgk9NjqO1ryQQu4c/y0VhrVZdkxZqGCr6oyV8zaB3saNT2gVNB71bDXd6GEl5N0iwe7Dbn86CJuMtPKp5exfbeByIZJTlJ8KCMIODtJ3qN4CF3tar2b5GE7JJUfTK/9e9PbM38kT3cCtwTsKyKmjPzFe7uqiMtxEKsM5y3QNCmyKPszaWSe+TAXtT0TXy14OBCqYTzapfwZPw4/M0oSUsiCpuaAUicwS8M8VbVP30y/i9Ix+XkDlcMQZ1hQhpgjCTFnwROHlBjY/uoSgtZ0WCvxdnNC5zD16gKLbPd7Ayc8gqcSje2VZjnYyTHeM4nVfwi+kJ/DjMi0P06rseq/nXq7t8G/zJFToZLeMneW8NdaE9+nnYy2ddbjlhhDB4uRzebSs73GZtvnm2FnhgUc6fgbUvmp3dKYdjsDOCheYgi1r3Z8pJyE8V4jTCm5LU1Fv2hPqhUrze6+is7AvVqkN1V9T58B6fWRWh1P5vWtFFmtQFVrGtIYh9S04BXAKB2HGqiilM5OzdSigQSUtbUthSgrC2LeDourLvZhWzS48kQEI53KBQYKmT6IAO4dwH0ag7DuE1B6fniHpMJCtvnbs+uBEWjmWi4PDhnDjAev0oDO/FwOyplbkVYqokLLlO6vDD7io1uLx6noFeisRV79TBoFobFg035Vv4Mj9bg/Ab1EZGFibjjE6hyHcwBBITZ+Os5aPnLnmSjdyFcBumilTyqXkNuYkoavO3A6hwQeMQPv8XMF6fK+Xo1aMjjJj6z03jUIUV9rq1AAXN007xBDgJvu7OOkuWjsQaCuTtymwwPD8P9kYuKZ1R+E6aQmYgRlJMu7mROarZqdHsCCy/Ymo1hS0vGmhRwNJlx6iojlYP6FNEMj7gAZ17389bKiblmc9Z4Jn3gzzF6cYYukFJjkysxyfmebEn+fUmujs/EzP7aleWHO9HJ9AUPb+zikEzWt/EiEE2kvTyBO28KIELdgyNLM8hZNccDZ55k4hnzuTyBfGa+FgDsAa23ws2cI7TnE3UshZZpEYZoFKCzbRoIqCRTSgdZColxfOkvMEBEaUcazBI5YER8JjaQAKgr+3J4hwBZZx2kI3ZtkYkaE+gWogAWmxhWFQKU1VJvyWxJcDh3x7UpaeGYtDpAgKBJHuPPzWhqILFs9UxoIl1jzEDifCRsOcCFrVhJxj/B9p9B1Lce61aKVDOqH9FGaAwRCB5+DsZkjgYNIaRXoCONwFbWLH8JomP2ax/RTGI9Op4SLIecJSL4bigmWBRZDzlEWGalLHvSO8qQXXR44h7XSpDLRz9WLJ+ZzFZrFAy6SJYRGvtGdVxCutPc9RrDIIrT9X5QZoUMe1gyi/LuGStqy2XJyHKVSK+e2BkdLu25PT19stxrezlhqmRLPhglmBYjg8m2MJTUPwsSr2j9vCQDK+pFE6sy7bGs4oOqoczp+Et7C/4hDEWKNfAhAboY+MyBx1huO3Jyfol7a5vZaIRu2QTLqwDm4IWE9ihfNLrVlI7DWHc8Xn4UW3yliiEIaTZlgmvZkMlxAF2rPxJ6dULxQS5/y/7L1bcxu5kj/4VfAw+zJBhln3oiP8IMuX1gx9rKHUZsS8lcgSVWOSxVNF2tb59Bt5AZBAoSi5Z87sbuw/OqIt4la4JBKJROYvEawakF0XKvMnlkBCBxPLDUkcTagd2gxjjrZgnQG2GeRZVkwisLfWy4SV/iQfa3C51cslFDDXwdO9+CSO2/g0CIg3sCRxu5FzT0APEv5AKj8w0JGMtMaGJ/9vFmmiEsSzu1NlHV6hCGHyOFYlqLd5raj7G/LP/7yUMyrUvEZgfVnE+VZ3zePzh4OPC5F7Gp6nfh+MRFKtv2t1yVO/x2cYShM6kt0ZtIhuIU4MeRu1x+f32MR9SzAIaHBBryZUCwnvj34vIpNgBSJIXSbiMqEwbjpyCVajVweq1hPKtB+dGEAnGjApaf5Riw/oOCVOcBJsUz5Nup26PZ9CkcnwKmuH8QqYTG+FenTgDcYZYqw/W8qNihEwu8BB3c8UBri8O28xrHUnwudpd0mwRHpsrI8wvqGSvcvHX8dOO4LO2HiC4waAbYxuFHWS0sBZNGG/8lut8cOS0x7hhYsw3zpWA5g50Xe0xCtyohS1oKX9OlWwn2c7qXWFMeIEQOtMzSkeEQeHM4/6MzW3E7qcqQ0HuIWuY7siijUpY6l79CSvw+BBTXpj12tFS4u9pvbhT9LaXgXGbefXHzdO6GBAAK8aHNCtrw3un+rd7lWGc1jSN54LUSTAuAPS3n5fHTYwroHlHF7iLYEE7eO0PZw0KVt4Zm3W+C35hDAXPw/wjvpnt6MpoGdV/RP8oyTqwYwMRf3vtkc3xZsw8MHcoQPmmH0BOanqosaygHxR/dkC7A0RCSX8ub/0Ja1zrvqnh7bqNn5Jk2HLYowk9C21Wjxbwc11/VYH/cC/LvIrjupGj/Rs0hmLF3d0H8WIHB90T/GcwJkCt7c7HQ8jd4KJ2brku7kDMUXjadusFxv1RTnCF3rFt8zbuXzh1pAWG0ZM1PTNxvMAoNRpkH4yBPtUb2obUYYswdw0/SxmJy/hp0bzcguhOozTJliImVGDM2ow4g482NuZAJVDQWhXsSopyAiGcEhUQk+0cCkl1AKRi9gt2C/9+LmMB1E+GUsvCU4p9JamFMwJ9E4nyzLpTGlGRLFLnXWkGw/28lPV7M4dx26lwOeEtEDoQYlzSVmq1Ni7xxAXfNg/c8uwsQwzjrPOJljaGgH4TjBKEEy0nTLwUb7x5xELJWFKXL6KysShw92McfsOCZ5ARe6q/XFX69EvNdgJz/Gyfuzq/gnDd7otmAjW6CXKlLFSGSPawPAyQ6fAY8drp6Z2KmrT4fhbO/jFrerx2p9gURR8GaUXoG1nHuywKIE4iDwB/UCpzjvaoM7g4azaVd1+UBgS37plpvvziSKpBUvbbFmv7oadh8TRs4LKhY8KC1LgNGiBCSZDeVYU84K8NXr9pzXLN36NYQlpBMeY5MEZkXmu/+fWePF6FUyWdPM8dc16quNXuTWcTPE+uD800+CcQiU3V74q2v08vUR5owVH2govRaCIeBikHeTX4eQ3/zK1JXftoNSulfFMq0A7FLzLPAlCiCavyHi88PNeC7d8979V2gdWb3xQF6ChcYUAfnxaxTOySG1+cKBJnRPlCgBtQC/xvq66utMQVgZ6u+77zzDD724x6q/+bgHbCN/qNKJwFIvSn1qHSWNlPw0f5pjELSiRKg0p4rvM/tAIrgd2gE8dWMavQOV63+zrD3V9BH5nQjqImTCjRmykiixnKDK2RYC2I5zJIYKyqOr2X86n2oRDjtCSt8Shp6qgKDRkl0dQ3uJoNpodxB65ODlREpqeKA1OEEAlw+7m0MtzZ8LwkQu3Jr0qoXbHn0TAmLLTmGtEJRplPjqDUa7nEPU0OIv2FeoKJssEekf8Rvwn/dR21CMI/+7OGGo2WAIw0ZdJFMTmtEUaKB2dYqs5S4d+sdwvlt+3x3bXbuGRew1xoAh0V0qRy4AQqeKTpIylBRbEd61tfTh97qrjE8hNDpUsE5UBecBrE2jY6l+moJREM5UxSAi82dBDU6HmF4gEnl/mw0Rwjx3QyLJUmZkGvdXnKrOEAi+AxW7XAH5fPYDlpfUiEThX6HDV9ABoj09RHM4vUvNVA7zkZk+xtRKXzOBBr2AqA8coUGN2DfkDQOlBwDAT+ozpD9+Cohl1A//0KBK4V4oUCe89Dr4fxIwZTBaB3cLJ9ezK6Sr1icSa2EZfqiPi2wK9w0PSzeFH+72+OUg2RQ4tIGeKFaS3AfkqISkFbSrzGiJsHUgXh8imZGbpivj0HCJb9oe2YAk//cjvVHbT4QOIRyD44mD6T5gt9KrobcYM20CwmGhmQzemzkqj9SYtNL1YhNiHxTDN0IeSjJ95uNFsOKChm61Q/EeTKJtEucr0erKua8FuuwLvVKWwcgwWc+VydLgbpAMmDqH3jm3fnIi7IKSn4J6ZubRoBLjsVIe30koli3ZrWwlN8kqlOMm61CRXcwJiwp1nmHjis2kc531XUeAhusrcds0B4i2DrgdYGLQJpIyXA7zXyMOhx4YzWExaPqOgAqNRuV1XKnO3DpzEc1sc8Rv9htOvfiPpsJHSNkKgjSIAneuKM1x93zdnWMJAKUqZKdLCS2qll+L3DmDvxH3hfHUjRP3W6Squa+2mhkCjYKt9SYsuigXvHcdq/b3a1sOCnAF3DPrPq6FNT0fqadNTYaiHmwjdMv06Ni/sWKkNUz4yfqx9J8QHOBBXQfNJt4+laQwy4X3mlrpkLMrRazFyHgZUzoX0W1kum9F+kUa/H8W3YEVNTMW+i+hG0J2dzVRQKSU+7bYM8QwCTSVajNJWJwA8zm2DUU3GliCA9m3cHyMKPcpNL93YB+GpS45tXw+nBy17DIS2MzPgzidD3BkXb0b3Hw4GcfGdT1z1KOoAiAR4te5xTIntu7TliZJAi4n2uABff1OPzjm2b4gBwt8dQO8HwZYDIxS2iP0cZEcZVuNDDWCx9YEe4iMCn47ANcN+Hm0Zbg68aPD2cXd+8L4SBxEj4OjhV3Z3rshfcWxuV3Zuv9SnaoMHRaQiDi/ioyjLSQ40lihYDvB/dOlo+H4ffIY38Y/lRopVVAY7I7eFBnT1N4fL7h7gdS/4rAsZyhShZ134S4RAhp/TB7gdhwpSjrDf3tWg2XEKYpr0Izx2LbBrrxinvnEYX+eXokTZGqUIruoX9o35IQz4Q/vLK8upY/BY/P4MxVHhmn2uT/gLc2vj/wUaZ36/+oi+WPSWmKvyE0wDRQa+paFSabpXMJWDKVuK/5R31CFqOkOEvk2tQ/Ditbi8rylyPf6ipzL8CjmL00fQs09HUs0AL5HoK1M5h1e0jxx2QOQTb9r6CtE5tUrj5ZZdo83bBKLD32GS84rm9MAYYcpBLp1BLjN6szfzdd/VB7oEuo8D8EF2Ogt8NdJ2TDUPBG1boA/AHJ1FBbb0qe30gLX3FsrZIjEdrPintuP1A5k/x6Oj3uA0ijgV2Rldk8SjId4ByWWdyAVBd5haFsQ0DbHo20oUfdI6KmbisASWtaaWlECwd/uePVVdvRHfADMs5yPZYA4XCkDUm/7k0EU0tHiAhViCnIqziqf2zNAXPqGGMjJ/OkFMz/R8QtlYnsY5iM2mnblpJhU16AkguDmi5FvTN/Ro/qrN4jLXdXUC+4NwTGLTy17Jsshw3ohciVdIJlTTdQ1oODKMZKiNS8XfBBmuqf9W61DfDDgva1yDpUdCRcoFsX4UN9V+2e4oNrLJhgju3O1r7LXABr9v71h4RxScm7FyUAAX2khb1rb0hWrZByHd2VoIunGpHvHXC0VUzn1XAB6+bw4w9Ku+b7ZsD6CtmNzJyC9+VYqiPJsco1jOZzLWBJQ1MxrPXhwknGoNRqFw4zEThp75JvwcbweE0tv6sCHrPFOHQ7wbokeVCg0J+KUoupipbKx1qJYA/6VhAXfDQM6f2m68RyG4MbTluj2Hx7sCqxs8GyRd3z0f1k9de2j+UV+cxdcHP77UjMdnMIB8iMt4F0QqiOzhwo2QTG2qHWhBtN8qXAelGDnzttiLdRoyg8s0tMIXCGxizY+XM5ULcg4158jQujmEJt0TbgDc5867nfXnnonLG9tdkV0IWfBcdesn1HFq28LQV2Hvvu+qA5wbiLAGH6NIifZbHLVSVMcS7oTlfx6MlmLDw9eN8UPJ675Pj/4ntizKPzX8OdGhF7oSj62BnECDteAwmhdXBj/wETwsQYoKd6lnb+PggJcqeb8jiPPiQ/NoFdgzldJEEMfZk5Z7hlJJtbYGezNiGfsjSC88x2jIJ1cMWqf0uXlRmak58nqcl/dVXzP8kdMHtAnDzrQ7DESHeGd2NbEHckqFLSFjI9HOfmy4ttetKNXTgmpFNkL8+qPuumZTk6pxiXGIZLcye7kEpn/fNdstWxcm911NVRy6t2ZuUXOCPmAz/ZM2OQwtDsp8RgcQLMHyJncG7utEvmy4CLNHM6WnHVKdfQsJAw0AxTAbUksQ+FzRCvJ33z9/qnp47PmJqkMI3nb393NFI40y0CLWqwrpNhMdGVYrRbVSVtOLM0ruYCfY9icm2iF5rnzyhIRoWR932H501lU1paOWQu98oYEw6z6EuQNngHDBEQC80HwbxqPinFi5du+LEVoUnVh5a6I1DWE9CA42MkeCo8UZ69OBqTofmdn4l/j3fXMa8De/Qm4t+xnGIOKegtGxOAYcI0k8LI04clmAV15pjYnOv63s/NT2p2BhyHgT0OrumsP3YAVbZAplQjb0ZPEoRZT8j5a8jO1k0aMaGPs+H9YDZVJQJKVGomErcbAVhSe0lA6jxOo3sTGQCcGe4kezOVc7ekngIirrT9Vuh2392e3oEdP5LD6Dw3c1O4v1jV8mKizyfteuIc6VeYEu/GfZgRg6AwgZdmRDDBDujIFkEazqmcDZwCkNvoZW8Y0RZwdzcyFoA8PbyllLpfrQmuldHY9olLFkeNrjUSK/AKBL/1R9h/wML+QyZQhGG4SftdESuDtyHl5FEjzvaFoyCKDe185A3T1IMBnTNV36+2kPUeA8gBRJ9Z/rk3UZujvWa3LfpMW9bQFOiLgw2pADXxUJV+vvh/bnrt5sa35MA0dbMFwEZhTq2ChS57oyjIFKkl2czXoroDl1fzVQg1vJzw/VtArOYEXMfusatiGajV9Fp78dtbC+b78ebrt63/R1bzFx7hNjJCXuKcv6R2P8JRhatrTLo9WaMcYR0k3hT/5HbzKA9Qp8dQkvUYSxZlu1dlXywoT+N+CWptHinAq5/AV+aMb9yvqkxVZGd5q1VYOV8s/N6Y/zAyv2jJrUoEq9f9aPSDfwkGmNvAfjZXAu5+oKUoOeZfiViIFAsBvtO72wT2eYbNpcEHI8TDNalwy/uhCom/6yYhxcsqXwZsF1zYVu2mWDb6b8j2Cjw4libxeVhhY/zDsBmPK0aB7r9fN6R9bIgABmtIVaeJD80x8XLGsZnn9j94x4luGNcPe9Oa6q5gR2c6B44DwnVqaKTu3RIUH/OSjwGGSlshEC1ETncqrtuTtrm+AuxLAorzlsLRdx6ugXGCr0mR9MAvzhb+3JsFtjz641BZ8BBLTa18LuaTFTJgTP1VbDLOPmvXU+Zx6L/WRzk/Uy6Hb5qUE9U09KW6Yse/gnTn9dQQBuZealNdVWaTMyoQLpdmMDlMP2cD9FcgMbQwAd0B6Y6f6NUC9eEXAijN8piv72VZH8BIEIA3NN0rVT9s4z93gt9PVgngMkRSj5YZJywun4FegotCXeCiitTU2lXlPrrS1+SZvl2BxoqXhTL7Ei7nUtfWiZU6uoRDFSJcmlN5OK9339CSdQhqs4cRUkn2s2E+o55jtJnvqDLFgGPwikVCJF5YHPjtFW9tR0m9uqo1DzViVGzqjBD4XIxU0IkEXPcXpDZAFgtRA/SQ1KMyB4hS8TYzGI9Cazzn+EDDjTSKdwQzDKNMjr3z9fV6d627JJqmYCA2tM0/Ripk0zhaFqQkCh7lbHUOFftPEehK+oxkACXrnrgp1bDef4ovgLNPT53J0/dXV93zXVzgzDbejIpm5hxxSzc3Ux0hlLkyUqRNi9fkGb99Y3dOJigcYFlPC2Dn5cl/hJ723DMpwRjL1gZHsM+ABBgMyOoBTmDYiTQebOBCEZWfNtcSl+qZh9FBSwt5yGCFLm6xi8kiyyAbegxvDMjbYmIhvsQAZSs/n8UiX/1j4YlBprykhw4va5FH+yEjFWiTMJtjqKfGuK1WAtFWKGCEZzXpI7vEJGYgeAcu6BaAEDMBJvO+9qt+nStDzYQOBhlqqUZw+hToU6FFXYGzMvcMv71HYYYwbQKJwR9vQWTb2WAl+qVVEEcQtKtX9rH9i9TyeCkzlqJ0yCO39+8WhY3lAFjGj5ElnEJzST3tbiuTuRwKvb2ryWD6abXeKC6Q5Doun1mBIlasY0RuYuT+lPVTf9PbWZX+Vl3VmwxosKtGCt/6NF+z9atP8/aNGQ+A/ixhDcmbIAeTwGq+LO8cuObh15T9GPkbQhQjk5qyKMH/ugEAtheLOnA2OhUr/UmAyca2pj4LaHOijj9jI3Dopqgc4Pp3zksm3MbaBM2Lzx3Nedaqo9eMnC35fst+/ras9BE2+1XKxNmG4p5JANc69BMX6dEO5UQ//PrNXT7WxQx96xsQTchWSJpXPNcbsDwBrut3gBXcM1A4E+M+tmzNBmgOa1NyHnZgCoZT7OPifD8dxXW92CFrjFb3PLJUMvIDyn2/4MEEQSexWAUcq7hbvcP5+a/lh34dvwWkKvKac4HXcy37HMIi/vQQXr4f0XoGxn1gTLwYQTmgMD8eOCxjGZuKR0sYgkjAsf076CA+UKwEw47TP1jLRFapaC/7Fg91YZM3pa/IZdzqURS6rYAkykwXcOEYbOO7YANO1VIIW8KDHKY7Wh0G2LmLi0LgJPcaWihDONwswChIKzBOSRzkyYcgqrKTj6UT+d2S8hthI5LIIa+EPV7J69NDTfwj/jrv3RbOpuWCr5eqwPNxstqaAvK0duqsX3Zxg6lByv7qutwdZCz0EiCokgCa/n2MuxGzmBaQQ/hLYDfg7bG93VJznbNMDVhb6thscLiJrDD0trP3QsCx077krPQtR2DBEanCEekR2RvnSGc7eu1jv1s3r8EfO9m5LGwrPxTdgBO6OQfm27u9418BBXr7uanvb3zeFqs4Hs+9YocQkhttvfNdvDnwThhoQNxdhoDDU67ePpZ9XV/IoCa6xLRJmHtkb36Vsmu09tZ0rGplW6Wpufn1oQDz7U6BfLtmX8Sx95RMsgAX6q2Ll6pjLChTvVkI4VQWwLfLrouT0k0DmpgnU+pMAf0Ii1vMpI2wsZ8ORgZqzo6xPOcdX3P1syTymP7WFz30ID10/VblcftjSOOyr75dOVdZNjhytRPYpl4MKMUcN0b6RSMIpoGMISAxfCW4K+7j7v2odqB8v69UzafX0aeGup5hoBGfgsBXmxnYNQSkAfem0UgItu25MoUWja4QcEM1NmU+kFoWiN5CW6aLfNAWxTNggHM7MPc3DWc1l4uelN+EbyHaA4r+B6TDw3SonSyZBH+LTBhQOea6zc+0/rGV4M5BqY7s2c/sUzux9H++odE6aLsBOCXVzOVFy+f+bPkL7c6TBY1zX998FDS0mj0FvMzi/uNX00RbltOdIupa7kaShIuTtZpQ6lwCF3943gNMm+j/e4SszjUeKP+/2zZ7MnpKvA0xHUAtkDAtChTaBKgD7B6NlCSpNpHtB/TwaUCIKkN0Ty581A9EmRBanCLDLKpeYFCy+wBczYl8fKxmZNaGL8A9DdmsplYoQ5qJmVEi+5qT812l5PLjadwDEwN16VcFBnwHHYW6HerD0hLtoDhNoriW65cSZW/SmOcTSDUJP80o2YmvVhw6eLnaUV+GgGeKWKAXZAr8BdfRpdZTS6G1Aznnw3A/kwHTJff5mApVv2iwGRiJmBOmLAduL2OEh75RNDiJ/nLjtX+V9lUQO6X72Cbb2CY41yKb6XeWeJ26z7gkLiT/98WAcdvDX8lCgXkMPf2KAtbwbQVDbqy6sb8as6otpI9eEr2Xn3nb1drdbxA/VOcHSdghCmQpxElGoKQcp/kseHbdW8DsRgfY2d04JKLDgmbFoP+4+4CX3YYyLyy6nBJ5kpBg/ReCVaUad5egS70+0EQUjgN4a7crx3YO+j9T33rZgvoQcC9ixyaCvpzrli+P7Y1U/1YROGDyBQ1+l6V/W9YdzT/2oflK3JiAKjRSUImlcIEJZfaAd1SeP1BVDaiw0JyDQBy9YAEvd0Vx22Z0As2OiAiuFRXiwuEET5Cna5uXApr5XnaVfj1vrHcLYGBS7UHZ2p8ZIeIupLowmUkc7Uzz+fagBqdWvp9GHJqWVuIzWGvAxiZR2fOvCwvdzZ0YLy5beZvm4dx0tKCLkDQKUfTpebGikmUGZR4Vxvpq9s8KXyouX22KxfGGmozLiXORT6wFtmwTsG4ZM0IhH++Pf6+ZZWAn/e6X5iNJHnw6n6hen3PBCZf017+1mjT+Nx0B5OgO1w2zTyMwT0oXliqQqucm3YA8FnGkQXeE8E5BhAdmlOyNppe6AH7ScmQiiXTUqDDfJCo4Dkc7m5coi4G02ywWE4V3PvW8Rw+R4SpyB4AwaEO/smXCyWg/i0BmUDuhbNaMLcYhA5VnZ4mak57nW3WAGwADyMZQkYGCcTMLbEaEO8zG61CARnu1ZeZmSvZSYyzAQABTQVeOXhWd4nFK9IouZIxV5ySqFrA/SaWzqiWGCWXHOXynJJnIWm3TxEukX7q1lrH5Ile/hDiBYiKVcCAey2seVGrfOMogDEMT1ycm/G1x7NFizy1xKiJfmzD8lzse70IfmBbEAF2K6mArP+xl+t5IC1aZgYMGuEFjAvuKRhEwyG+Z1gvNNJMSk5Nkg0ieJJlEwAx+kCneDwBmRizM+GGxTfYT+M7kkEKy5VcWE7AlhAcBdgzNZS5cM9typUNpht4CHZyG4DZKpsbLch8Fd41wB8VXZ5Y2F4kOHGAsCsuD3628ofeToy8gCNwajTC+NLL40vHR9f+vL4ANoalCJhPh/F+FmPtw+f2y9TZegt/nINEu+dQwbIxTuiQkL/vgZQ2N24fZ62LB3M57cYuaYqb64/RLPrLzcHVhVw8u0fNy5/VeXy19/abu8XvPvb1y8fP1zfe+nIi/VXv8XIav+4AUYJ5fijsEepVfhLt8T2HOEuI7MI9JlYj9tpTBv2mjhRoNu9NscYma2VykKztVKZP1srPS6/YHC2VhSsYeSbafib6fCbafCbafibLjkBznZ7PDV7oPpL5ARSkvtq6iLhsZzjFqGg6aRmU/QD4o1zvA9U/vgvsSuVf3x/963dnff1MK+4jm0IdD+zvNPv5sM2bza7ULIbRC3wvWZdH/pQzeWHOzjlH6pQ7uf6xXEuVDI6TghlNzrOBciZ7jqgcQF4+msT4Sw8E4GScYGfe3wk5MLxFYYgCV2724mwJRAHrg6glyahyV6o5PJkL1QanuyFSkYnOzQiDECfXhhIVFhZaDG0Snfp+k/m0d7YnW0EWp6gdfN220E4g6Y9VBLYQ7F/HRow2zJTp5C0ZabybCplqtKfHi78WuqcdONtF6hnM0dqd6h3qgN1ucBUl/D7Cr5vh3UNYJJ+Zc6aQp5X7YCYrV4FSnRNuyXke3hqHFD44Dz5bYx0edCQ239rBwonsujQuRustCgzdQrJONZtV2/+DhpJWZOSp5h+GWJTix9ksLYSzpK82KaEfrWJ7T3NBABl/0NLmQNYGvZbJIM0EKB4KFeGplDdOV8ygRC2Fs/dLb4GpGp+YJDeDB4G+PFDexhBQAxE9kBWQdDOcCWXvEZ2Ildx7LRfgIsSvhiIgRjQA2CiZjk8PW2pouLjL8CT0geLMz8Ian8I1PMDdshcOREFLieD5s5VAgOnwneH6tg/tQjyz0Dset3QPbiB4b1/tuMmjXgiBk7G87m/aPhqFW4Db4f2/oWYIpRjV8AiaJdkMDtYb+TTESHd9da2N470yNGLNp7bQDiRXC/bNQzzm1AwUfPZ0qMPPztMFYTSRKWQ88epM1MLlWQitxylF5y9MYLp3y1KFc0FxUBsVdcNFC7QsxDV4Gw6vlveBpZ7104Sv5C4ywhurvqXLSpCKUV5cMZliViDpgMyqyb7Mz+9wFOozz2SFzoFMYklcSX8NZ8CYzlyuBUYVut21rwNpSouTc9TlTMzWWYqxWdRaNgGsk7GxwXRlEPUQ1+qN3oJcxXNRZf87EJF+eDDuQ1+RA0bjQooU+32Eg5ggjks5+Qeo9d/OAZCpA1yGqTZ8HqvObRUceDADRS1eNi2fW23fSXjeNPLph6LV+tef+eI2H7hSEncI2UePlFyh5F6B0puD5RkeKAkcgwrlbI3vE1FiN3x88VZfThfknGOAGdI6pwhmXeGZCNnSPKaM0Sl3hFinXleUz1TFKHrglCQD4QCNBAQvNWdtygKHHSZmCDhFKQKn6boJjx6YF7UxMxfUrzMHVEdSGS6rvbHqtmO+A1xphqUJpmUf4378HABa4glU6KUKfLu/ABui9YsI8ra/f58YN0jmjWg7UJcgGM31f14OIGvhs7i6Mb6qmjjCUduRItcl/h6QFT75rBl/QP7H+sOsmku/zQIYFFOeKaIRRb65FIlNmU4CuB2zqfNyY021np+KR67bF4MY8y+9rY69+4Mn7VLUKAV2GEfmsogbxFM6+xy91cq+Xo+PbTnw2ZQjy2yx/JBdN073UNFk0zIRhenPcpyr7O70TX+O1QGE6RF0iDdRemnXfvTCXINiRrsKkr1dEA4KtkOhMfdsAtORJC+nlkDLlz4Mg1PoD0Sjt6aDpTMm395Y8vIoHTNFNPVz6bftBQRWqfBbUqEmBOAOtXxOBWB1HofVke0fzoBdPNmyj4UwZ55cfLOpydg/2xrYf0vwqMKlhat/eyne7KUmjKkgW6n+tnrCGT2nn2q0C0o+C3OHpSf1oZZv1BVlBy28rhrf75UH8qEa0737eZ8YY5tEVEfZbK6G5shpwVvqkJVpz/I2eNyE2+dOIPTE5h/j9WwJYTZxh6C9FabDQSCHqvoFJImH3r+pyBCj9Z2i4n6v04dudVPN8YlcrSVUGHhS9vUHYSyeTbI+Bf2rYeQ/9Seu37aPk7Be+Ei5XGBw3aKdYLoU6GKgViKUxdQJPi5keK2PYhhugYzlfZQTw9n8PUaa0uW8YM1jtWhXFtaukiO1ZFlhKXMWA/D3Tp27f44yjoo15b++7nawRPbZvoqBvU2UPEvbN5QM6+bTlmzPo9uV8yUo2zW37W/91idE+ApPNbdFFwxGZtJKA/bMxLvC8eAV0zUv8ATXaWnBkF56VN+OWnF1H+fnhiic3S4spATZ/vxsVlPN+DvDBazsIGGfGG8mOO2Ol1X/WgPdL7n6HqJ/Ygwnu26ejjvKlLCBknNlBDuTM1us666zfR3BZV/HbTw26flsIm/yoKGLb2ORwzrvWIThSr91d1k22q77zp0QLC6KRAMI3BqfsB7jzkcAccPbSEiANMHL+M9eO0d1s8S+ABCZxqPI+N1iNGcwWoNcmeI+1FvKJwOps3ft5Q5v6bVBFwOcrDJJ1E5ScCwi1mgdivV9ulQiyFvvxlqpOSPIBdckVhwtWuqHk0g5iCyv1uVkzQCzwWaDtDjEKwJAQqWau6+0nHf61+mq7ew7H/DVede64bjRM3/AxZWdgC0mDFoQ/4DlpYvZpg2iedqviSmxqPD2pSZzNT8jtkQoulCPwrjXLuKcIJiNb8ndvFBcAt8cKV5hEIpTOTcOFqvGw4DtaIpnq80QbxbJbNJkk/S1MecD61odm1ME+9BevtW7c41GdxYk3gvp7DWgCIHrN8cTPrg50ATzFcNgGM2EaPAGtC/ji3SiKP14ArhUONS+9oFOna9q5q9WFo9c2mkIgYmlR8nFCx81SEIzK14Gp2pQhRFRZ1zgzFOzCm+I1EHDcEnTE4qKr60Gw7KGCdMyPCnia01t77XaH9pxkVR+zLhmQEzLMkSp7QY7vLCyLMWDuTdKsoANOPc9V8fvx6NtVZUqDjW8EDwcxKVVtXiBD92rspROYnmOrLvu1UcqVyiPGi6zEGf14Cv74HnRxUU8IZh+av1yWmXioBb9WNzqDdy9KUqQTh7t4pTVZz7JwdVQgCQYNEctyHs6KiYxMmEtmppty9udkjEbrpbWG/egqIsR/AoRrvYFgBLqBw2b35f9d9t/IEkUcXIbmZ6RI8biMPEszhJMjUHYs0nsHVjYpl/6FuHrpqbGIzgSWljs4EGzfLOpFC54AVpqqLsFoGPMrDcSlP1ATHRRw6I2N8kGMeHF0rqOov/RSJP/tlEHpV/mcxjDIH0P0aucenSaDwf0uZlwvxNivTJkWnx90gwepEEv4AK3SHHNLXPw5bvgturoL7e842CszvIhpcpvAwTG4ZHrkzQKrxqZUir8II5Z1pdzlWcEa0u56q0FAkHWWSdRsms26FItOJ2KRIsuOchioQw0eWntqvXVY+ruKsOYMTJSsTmsJWKXRhgOaBfiCUdm5AW8BPo16BAY60olz2G365YhC3rqOdxNIkLVTqUvIwhnJ44PJcgCgUoG1ufIWkv41SVRLlLkI9mgnSXwG490l2CQEQxySOwondJd5mA/fwYpS6TVKMKAHHGHnFC5O04ujt15/Xp3FEvS4qQjYwvziZxDm4LmkyXSaFKS6bLNHUDtwTl32Qo/0axliqj+Hpczo3isEQbxcRFQUaJxyXaKA6JtIkVaaN4TKaN4SOjIm0RFGmjOCzTJgR84Eq08Wwo0UbxK0VaApgIyrRR7HKRBHBroLSRt5LchM5xxcEed60nbIKQmWiZw7rRAruYadO7JcofadcCCuEWODXNA9JTeu66+nCSsehJTohm0C0OC59PMBFGkHzUNon+nu71Lk4dPvKNwinSpk9V8qnecAVGfIEanpi8TCMNwqr7BJH4Yq8rt6jZonmIU5U4Z8QySSBakL9g7xZJys4hvlidRoLJW+5OT/2Gn2NM+VJlcjO56Lt4I1pU32veZ5SUOfuM00wgHV5DDAKfjZ4WXCt0XFBW+r7lz6UDAYd7FsEWogMDtyzUnKs4ouw4sqBJc8J2T+Y2HDLZ1EQi8NAiV6khVEGCCzhyABUHDCiYgCmN+5GIxMy7MDd6OGT/73FVyAM6yxw6u7qxfYT2S/2vSE5VFjjQ+FveXY1TfSrXRxZkI7XHMy6pOZ0zCSUjE0SxwwApKw8JaNyayxt54ZE3cgFjWQs/5LHX05YS1A14qfBY/C2mC+jwBOT+wHbiFkPcdRGXoEmQzBWToH24Kcv0NAEjlWoHjh+aQcGW6Zv+rt7uyWs8V0kGncohjKjgzV+qAyBYmuiIzKsXwJdK54feEWYDCE6u558bvbrBXQw1YxXPnKCBwN7ndmNgTeT5cwdbDFP4QwHLGnYmSSdRBhcpoI/5BASTZBKn+mY2myQR3ojSSZKhViNSueVbPKCRk6ZH9hWj0EB/pyzpUr2ic2UISi098khyjDIsjqcFHU88nek3AiBHecPsHpA5VOoxyAXIGMktxaXFv6nelxYc87uBGoGsAmxqCVsoOiPChdFTcNllvaurvnbYdJyomBaudu46MT7n++0mZK2C6BS5uqthYlxWviR1Q7NDsCh3y0SBWyLVoHuiphVMKXQO/Wuvg/zb20rLgZqDy43zGz5d45hLmvMdfgwZQOgKRzklbfOluaNxsty/mGlM/ypmWIWzS3kUZg7yAZ/GVFhanypJ4OYCRG3YlnMAOJcuh0OiZJtRnfiwuX6qTuLKgXAQ6KgTSDMWEE/V6UvdI/IEauESLc+y7LmqH3ztD9lahfVtGTQoCVDl9OO6PcDTNNn9W8w8NCUBgVBqIMAsClTaMW6u264FTTZRL9Jz7NAznCldXe3xJzAN7L7pAzg4jghioGzIXn2Dw7blvIlh0k7D2Uv8z0fJt7ZZ212psrt1V9eHu6eqs4PKQGpzdi5wyURlq/pheX8t2iNTNC6nomhkkiJ3kiJ3ktLfGnaE4TOCuqK4PxKyEGQ5n7yvtqKfibSAs+6GiXtOlBePisSeFkmBul9+avE5HhofiY9n/5SPE5DQuGrZU3GgSvcVmmYVJRIKCH6H1HMmTiBq6bS2HX6VVqolZZ0pCj9sUVDdkU0UnhHE1PCigR+1xlC5KobXppXD3l01H2iF9FfwpysADzSBovQ/WSPoqvGidHgf5wPFzBlpVDDCBfeRUnIvag6Xjh3F+JWz3vxKBGCZ+oOkFPduYDHQmrOqcfIKzTmdYqEZgceVKPpS/TL3K9QQRLT6+Kc0ibPGdSUp2MF/gLkaJmMNTfSuYlPU1Cr4qOTvDDSeuHmuSO7A2PJg5NehMiIGaO81XsvBFR5T+EFRd9UoVieYSx/BP4VS439O0W80qvYYJ80+2F7jgU49iOC3VVfRC6XGXbo5PLasg5X0o+cSM1D+0vMIKVFQhzIbao8pfSB/rOjlASUMQ6mo6BUbb+bc+nVy4JUBAsXWe63+/db0Da0dJDimkn27q6tjEId1g/BVAiFMF36L8fog0wUG81/CDSSpBKy1WH0SAtfvE5z+9eaBIppfDCHDcWg4+DnCXZNJMJmvc7b/iVPX7tbVqdq123Dch/2eXOygoHIrvH371s13LQ1HKnglN6ibHBakdOFjiDGYmx/1sKjJCk/9NZUHzxUKcQBd5kR0Aca/vlTHow4QhHoVxfB1FMtOfyI0f6d2JKAW+Nhy2Bxb8O3/9fatzpBIVXAwbcZqAECVU2BQ05vxQcXBxO8IAvAfbehrInPUNn9BZf6zPWD8YMYXZDoziNZOqcQG1RkUj2bSXaTa/XloREgBLkcAvs/GUr68brua3TTg5+dz1W06uBCAa/KntjNREkvRET/yRel1ZqmiLNAZgG/QgR4HueKZRJV3zWG7qxGmU+OdPuwwNjlFYIkw+gZS5SpWhe31iiMH2aIkbHHJXJa0ex759BJ0uHQnJssEdMcyDYHnQSQ7mXC7Thp9fWNrRRS2gjZQrBLTAeECZeKM/NGC//2W25IrDy6K6YeueTxZ78dUfhmEG+HGoDtA/vteR9nHqkMHJaMzURk0b4Mhpd5YaGeLfR9FZjBYHaMRfAa/rQN6JnX1+qnWvmnoAQYuTtZrR7pZqtRpC/HQmfQWcKdq2p3tupgYZ0wcldMlRoIG+NR2dukXKo5vqw7DhcKiDmiRfDW9OuEATYmizwX33m3dgTnzbVcvqvNh/XQN80HAjn198mkFfZcFsWbe1r+rT+ejyzQGAY2SUECjxI205vIAcG4OdCSRu8btiOTf/UkjdpAJ8tP54eIh64IfeHElNebKI8s/zwJEwsM8qAOhAnGlSwmnMIaXgHoii6sgBnQeCWXRqfW54/jCwrLcZ+wamgReWuTlZWYhSdwsmAU4YhECaE25FJzAnShECzXZMEsB76Mv7aZ5fA59Hayv5CdcWIkkVOUlDx/WrJgRGetHJ+Setpn+ISCbxwlEht+oOwnzrJnISgQ9ZHCTS8WXKk4+7pqtFlrRNeyp7hrXX+z2fBoma7iNi92xQwUJ+qGrf14C2NVliJB82ElASnRKuECSHELHKTEIodPV6+ZYu4UozTXRHvSGE4V5NisE3GI6dRyukbF5mmNt7EoSde0CJ5rYIeRbNqd4NIgl00C0NRUx7FBBvUI4A6OgGIL85gStZcP5rGLdmOiEaSyVrWUhiGAC8wO12hkea/HlgKIAIUQF9nKZoA0EVklVaVpc+rB7Kv239mF5RhW1KggjSscBWiITaygEoDHFQUiCjBonoChu/EWUOsWoxXom4dQ4bPhzdzW+6VytDQQwqHapczB9mVuOI+nZ/DHX1wtOr3zyyLWSSx/ptY/t4id69aOxFXM3Xf1rjYETRiLy1qdeyWJm700hC7wSdGBvMIXvKdFxmNp21WG0Ecr0arz4UQdfdwdeKcGOvrqfpp3Rz1/8umn6tR1wEH2npKwLjNjJdhhdoDCkSkY20qXRxQvYz4PLO5De5w7NViN1Dfx9x/B/bC3cM5Zr7pQExQrRJb6i6D2TM68pgF51HE0NO85NzUaamqTDxmwjJd5HeuJAk4RQvakNYBvQxBKaSGQT8JjMsKkgS9XNj3rj1Mu4+SVgP2q2hLkokN/VJxHXHkNfRihZiY/gb4ZNSwcfQQUAtYCdxzfTciw2IWIKamB1bZAVq4IgyHnGIEAhRCSQcwNc7OrY6BmeJGSAcVefPDNOw9NgjQIMCzoQZFeQwWKys4xjZCB65/KjSyGGTRxgWZDRn49aLzHmB2IDkM5UtNngA+W9iX1nMoVhsKyBFsFOAh17pJmhSCQ6G39pi6yPv44dHwjkkc/XCPbAXtigu9JckuPdmQYXOkItKF91OFrZzirYzoox8UUvKTaQHn0M0ie0edu1247D4EWz5flwqLs/6qo7PdTVieJa2IcbtJqyP7UsGxyIu7pjMRTIq1uXYDQ1x5Nrw6Amz1rOMwX75/5U79/8yxtH4Nu17EXplNWpLk4XmCJgI+GGpcOcWwJS3PxaY2OECr4xueGoWPzAcoffxYB6yHBhtgXmRiYdNRD5kAd19Y9zV7/fUaTq9OMjxsZIP/W/Fuf+1KFgWHw9nDDAWFQe68N/UpFi1Rw27U8q/seG6/2N/yXa4a5hyl0C/2R7+E5OBDmbGC6+5fgbplu4/6mYa+yMm0aD1Tyz0FgOR4NwRzAc/MOOB37OaUBLNM+hEWGyHhJWwTHhX3/Tf7ijwqS7BP8t9vjF0l0MALyKNNOzdlQqRtseALzuvyNKdyyiZmejQQpXkbURdDB7nvVRoafBYPSYvrwI0gO2QTJ+Ntro8Mb3SIzDQDuLAJYJHskRfLBT6L8jz1oa8dsM0XKsiTl2qTm25BwLeo4lQceGomNN0vGQpmMm6pipGmLn+vNkKDiayb3osjdQWIeDeOArgy6i41jQC0NY8AJTnGZtMEo5+OzRRb6LNhsyd/z684BgQgmhVZEocGv9GD8efjRdi4Zx+DSzUnNSNdYbDqyjxAWUnmwYt2ym3dX4ld06q6nyut6hqjvGix66qQUKrlTpt/jnICAudIHYnTGxUSU1wJsIo+Ye/Mkwwdv4POTYagVJIWC72uxOFOcsskIHxDLAyOQqxzGs6NCDik7YbrTUPR4pyFDXbs54044K2dLsjsFPVFGD9aEGpynY7B2Mu0mhmYtlwGa0QKSi4v3uXB+7hjPMO6XK4WFf9/Xzru179C5RUQoLB58BBbQoD3wFYoahxH9Ht/+/taf6ASPIi0u+ihIOkPvU4AgT0QohZblTzQKmikpBgaWJvuzGv9XHwcur8pqFmBt7KH9VCIp4ENpartZLC4TW/GRgxGBvt7+/ZnE+6MPvrGK+aA51ta210VnZk+HI/9bagTHBHULAweTeUkiClX0vI+sDCENHdlnSSWTIXKLY5y76IORQavFJEsZSpXRzUyXTxVKVDB6YMI8piMVEM0IQhTqEeY0AgyaIOSD0a0pZalcF43+gsfzoeggktFRFiIIgJB4T0FIVdxbykHqRCjrCjmBgwZmam6MB7VZsWFwI4+CS2FLN+VUvkRQGT1H6dqriGcZyhzRLaksyUnI6G6Xut6LUxtlODOlBsEJNehjNpUbQ9lQyEFDxVvvbtjtVO4zV9me3e3eL12QaeuIQ6hJtMzCGYEYUu1TGasrl20uVGFJe4lOYXr4ooiXAP7mo0RjSVtZ9Y4jJxDkB4L3UVVNHGV/hIZ4w0bvVaUeZeZVNAmSP7wX08uG0mTrRy28OcMfWIjjKckTQYjHplU8HFI6i/uYgqX6hMrmpoMycdYc6TNgC3D3qE20KLCD0DSqFrYGaUQO2xjmF2QQkXBKxoyjIZC3bKYm+l2fUbf5gUxCKia2iFJu3BE9f06YJ0Qxf/CD2un4STIVIwvoNnhCrEYkyQ9ADDNXEwfSOUyovYnHzQ6UXCtfqiUF6FkRKkw9UqhE7F6ow0ggElgsSLLajKZZ/k2NGIYSWhUqFyEXvwEi5lj0zGYj+k5JIw9qmwBhIJ8SLlPmMG2vlAsE2yun/RMljeHpZiKkvVLqquvqpPffWdgn0C2iqI8+gdORQiHTExg9GwjmfmBaZO6+Iw4YPZ+KX/okr2WCYON6tSJvxuauOT3ijcYKfxuGTKobVeJU0HcMFyZWnc1eexlCfDu+5ZRcBoPPPgpEi4bMoRkD/vNo5k50jLiGhHzZW8o36FrkvdKHFUKtkR85GVm17Ar/po5ZFMBo2sdOVKg5SWMpQC6c3OCSE2fNKZZrYbVNRwpwZ/iQPOPyTKkTJ3fNhTeiGmhOmtnI69qE08KGYsl4ZkHQoVBp58i+KkUZEjHKXD14SGn9brB+KiB/q4659dl7XHbnxNRL/mIT4GpHQfvVVQr1R9VV9ry+SLM/Im/CvoI5PQDJuql+MwLp+Gn0N/VyfblD3MlPZqmtO9Y1Wi7WHDeoX0SJEl6Fr4PXu3J84Zuxt1VX7+lR37LmP4z/UJ/3zA4QGxkAUpmdk3WE0vrI1/fUXm9VIrFSXwhKzOa6piueuOZ5Kt0l9+oIpl20ZUsWU3BwudF6bOCCq6vmku85Y1KAFfmjbE0pugGO6rlB8fSUs6V+YE0EcD3/f9y/ZMHyqfrSw4IyKjNba3bM+vlHr+GCumLIw7diR4rwufvkFOu/b8gvQ5j3wbGPO3akj0Zbkwtf1Tgy5rjZjTxoP580WjAm4CAXXrADD8Q1liZicVbcPFbQxO+uRljDHs5QIFGM4PE+PTpFcbORSp6afK3APyZvPLc6Jbzx4vgudsUBuEF3n0ujeUBGB4tZ23+vuYhUqcikKB4lx9+2nqtu/u41UVELVd7egZQSd5W2C4AFgXH+bq+S8rz9BAeCNKIyBpxdoJ1f4JXwoxdJOATD7Z6wwURSe1DQf/Lf24SObbpfquj2CvlTY4DPve48Ug/sR+ws2ANhd0Giyajdf0JLZUGWpKjHsdqRydsHEMB7sMZBjqFBxvuXoD17XLmARRq6M8DHKRY6Z5EaZao4Rdpqn+aBNfLHrF7sMTKfeGHVPCif+/9IgKOQTPmfb8UjNCFEPRILW9BMnmn7imOknjg39gKLVnpLa+GaZqYTnZzlTCTa1jFSKLYFVLAcSzQWQAdzT3UlbpiqDSYMICnqdlxk9r5OUCt9hGJMcopIKrUQOuGTedGG00nIwW0uYrUQbwYDl7UwrNOBvDCgCcvG6FyEEyBo0V+mpPqL1jjPXYEsE1tSmcwk9tyQq4SWAF3xegiW91F9pa2SXQPD+Q5NJdz+YTb6r4UMO/j+DsZrUGN3VY7xgmsREFebMc3ABEjBSWiRwB3UWANyDIRzoiaz7B91K4Q7fUAyHTDvTO8qEHID/3EVAXAOYuLm/DpiTq7npcI6jyMHdXdgxYVfxQoogLG3Hs7goIawBOE+ClzQNuPxQg/+i9v9OcLIg4KRYKxwcGgzTYsEHX44LCi9WNGm0nv27RUF+4/hpMHo4DTc63bwo6B9u0BrchBPYrEAf+m/dDMc94OGP0SFM5uVwkS9Gh2Q56ZXcOMB7o8Tsyf9pJqZt0yB0UQ3AVxBYxGNr9NKVOEwttgZk0mCDghf+CIo2W7imK1MEz19Mezv25nVz+NGcDAi9Pvvwuk9kjIZwHNEEHo+tksXJYaMO0hOAbwjvARPFgXNmTpa26BhEDTF61pl2pZBlrgBM1PqRpC7vJ/38jP0qLtT7XJ8+dXV93zXVzlE8zlSC3b05bOv+ZOI4JDeHH2A1vDV90y8C+Pdt16zRORlD72j/CrSDdtJmWpPZAxphRY/yxgCTIuxW6+8E1jADpVt1fEIm+kezffpQb7vaBCbFAjcHCGdKbGwG2njTR0woeIHJ1UDzpplKR6dmEbKGUsv6vzAqhCQY4ge0trBWsNvdWQJFCe+z5rClz78+HkNgSvAOJD9B6wPJ43QkoySQ/x6IpcErM6uxlC1GtjGcLrDpsYBbjp0D/UIGST1UWGf6lY5tu/N7YXPeDmDaNSq1V8XLfuvdSZyy/9U+2PxDfQJhfaRZN/ft0OrbLc7Jb4VN98Ev050PNr+vADfVL0KpohQx10ExShblzs1p2Bgk2jKnuh90G9LcEtuu2UxHBunnB2qOdNjPtzXP6Dzgl6dUW+rHcV27oRO9CoMCb8ec/MhDlRR9hfVMl8ovWnqTUkgdGEQGbFFfWPe9OfvguC4m4BF/X/enz12zEVqzFB68MI62BuooVP7t9vqjr7tjM3rRwSTQwXTYw1z0sBjrIjhjE0jooI+ybzCIQOeiXFgaWvkeQmmRq6LAjYYbxJyeYRN0XNofq5M5fRKYp8Qf1jLlS0emEm94IJ1/fXysgcFa1zzznEehtgYDXgJOELz8lfC21yC+YqQSGDti2BVyBgB4MopsVQzAnfCUANJkMpwSAEbEUex29+3IlMNQ8epgX+QywMiAMN8qZWdpngl6++K3vQKBaRYWz0uo9dn2FwC3nIkiEVfPFMDSteZxjOG/7gGxo7JWxMbtAS2JB0PAFrMz/ZveIXPCu0QGE0q3isFJqkVXCmtugT5yePKTdMeIZN7dAbByZ3a6AIgGDeLobgCx3v88NH8/w4Q87NB0DVDtYKGol4OFojC+3fqp6ms9Oe9Walkf6p/it5ZGUcef0G6OTuhtASJzOrapMtpUQ8e/4BSEnAGDBVk+cCiETNaj+L/DG/7a3neki/bYT7fn7hwSL07tsVmrniMiBU1SHeAOHX9Pi9E3h77ZPg3dpP8AELcn8mP+Ad7RgD+q5od2X+3gKZ0U3xxg1DpTf6rBwXz9HUPac9NeQFDTcjwTLduYp9ftbkevPaZkeSmPfbcd8Fn0imv708f+1FjRedgKexJe4bAajJ6tew28oT33i3ZrNPepUfanXIpEYJJGvVCNgVknHAAxFbKVoSfn7flkpnPFtp8ja0lis2guH/kMhw30ZoZtJYYrupKRB82k2dC6DnCSoFn0rL4QPWzzawqBDn9Wz8opi3AYJk9Yjv+adnXf7NAnloOUhCr6hWQLaxBinDooAEO6LLartsFiu2ori/1oHoPFfjSP4444WJ6BYz7TGMX9/rZrj21f4YJGOzRzr6/N0+fXA0x2tzZ42gCv3BOGqHkdBU/n8rZD14dvTXc6Vzus9VgRMwOHvYddsw7nlXhaNadwrjFEtR/s4RzWM66htSdku316WlRb/maoo5jxpVrf1WuE38XfwS9PUoXk2O2dFlTJbqlXcIHlh9tidPCpKkeGnqpidOCpVst/vr2t4aJJ0FWmFwnYPw9XFY0JvYB8SSEXOHdXE9RIOF1weFxYvuLC8uWDtVD5xRVltf3I0OKxoc0uj80fWsxDC3UQFPCBOdevr6Y3i7ZCw/6y1x4DzjdA/GVikKbNr9xvpG2Z4z8xYbYzUOlMxSVpqXwKhn7AjpHd4E4CMiw4Hyzw7TZRc0yGDTQzQI2EJ65xp4yAm8KzJb74an0kIH/j/HD3yfjNTBZ1Y+ICfttewquF2YVx3MPv8IaNvZ34Gdzi3IIMfuMle+pqkh0BStRdVRwuasjjGUhE5qE2Je+F99vjp6rZgcUpXhjIXSGQGtbrjupz9Xu3Q9dR3jPG0Rd8PX89pf8eKUtYu1SejuwwMf6EfiXW0hIIvNT39614XnJt/tkVBQyyydCHwO1YlepWy8l9TJt4S1hcmyk9fZBqxcecntFbDgYukPcAMAY9NYdze+7JCAkbCViUkcEra/xVSb2nnwu9J3wa9+YFaNsdYvA7qKU1Lisi0jeL8ZZSWAnJiE/e/SYFAaju/lY326cHitlNdHxpglZg4nVwJkRbd1np6v0zTvfNBsNUUyld286LCdHst5ZeaI3EPGeSBFXugurLI5oGqc2O1W74cxzQqXms189rE3HdQDj56ehG6aZqi1UDbRawhnydknf4NTHMfTjKdN2xYF2rzZ5DS9fd6e2/Srf2fbPV2jAug57YJtktDcDvzQbMF2RhnWrLWrMMLqcTRBG8eAjDL1u2t6UGilsuo9N1/EBbw/TcKCC5iskwqsd/tX7phn5IAWgqiZwpZQVrWeW1rRcs2KP5EUv7XLY/P2y7cHHy7eRy8GO0FIAH9D0c8qg15io2dQqa47HKzWHT/Gg252pnK4ip1plTm/v2X0PXciBvlJ/H3iAZtRVVV9HxuHu+rRGE6EsFIU8RYUpbKYpwdx8BhAqUJbd4b8zpgEDmNPBgNN5aJDPBabhj4GJ28o5nsK+tx7eZCWBCV2aEBI8RsbAMLOhLY+6FOdn/I9WTqaW2AQEv9gJvnY43WKpyehPd/Gh6QBNHbtZ2MnS6UB+bT1nsE3Cg1LCZXux1MQaDOamiwqp8ygkAxTqmb5DAL6oTbe1ybTmGiP1Ol4IJYymISYicSYjlLPzuHEQY4ucB0d9DM5KFpiQPjrxwRz4+7mim4mi43q7OSAKOqzkdMw+7+sbsCdtA/24J6jdwPzTTiLWkhK2iiEnRk5NzinJkRklihTHSAPQooTGP2F4b/FC2zaG2EDNgTHw4XVenetuiHeGSkNzh9V6sBjYfXA3EV5rZ5UB/n77SIQ/wN+g59xW7qxp5I86xVWfrwcDi6Pqp2W26GocZx7z9esojAQB/lF87iKjysJPWo1a1vVTlGLug+4fDC9DUwEwlYs2raIam+dT9Xr8DwDXGIyMsPJefjpFqFi1klXglgBKOHSwkIJKyteGAl4U4ctgKeiL0+LSQpIgfREpbMMIaISudTaa31HkMyjj4WjRjEdFZBNsYbJrP9WmwRAlZVt/VLGORW8Ay5/gyHmPQD/F68xOwoGTSWHf47rDMrPm91zNaRxR7kS4Kiv1TWN7NCUbqzlXmsQS8OmaTV9n2yJOIINYG3O2/xdXjwmDarX6Hcf8W+/pRe8cXhlTUdtSBTYTg83IPEGePQXXvNIXhHlDXz3/C5zREB9+5X3XInw9yhiQjWbGTvz/t2QXajUr3LI/m4iyP+Bp21d/hEiHyepzet9ptAIpodxFElPdlh0JcIwr0Y9IzPZP9gK1LfhyQ1R4HQ0jFXGJLmWkJLv3i6r6E6f9TX+iDRwOcc3K34VH76hPSYfr3LSrE33fNBv15cN1lqFfY2c4Nql1vHqb1DqIMBBFS1mR1r5yCdNWgHIF+TAnT/lAd+6f2NF7HFAmpnS9LjTM0Q2ZfgDtuBkUV1w0DjkOTO5tEWgKyTgSyQERwjpQHNjwzkwd2q6Pd4VufdbmAB2KuSW+no+fZIoy2BCCj8DDDTcJOdMeBe0oMA67U9pevagoomQbuFIIauuBF87/ah45bUJuuH6Ic7hAn1TGt0LHbBxWp7NQpHIj03tWk7dAXr0E7usDUxuX26x531cFA34w3AMWmEiIn0Mzl2rKOd9F8aTqG98/xOaGqbHQ0aIl+Tjnbr9Wj7mesEuVeckgAnSa86l2DAvEEd0Aav+ZTn9ruQ4cwJ3N6jmPd1N1JXulI40LGtpqs8eAz1SeFjn2t89k/TJfg+5/+PgRGEcAo2iWBeO2p3uhWdPVC5SjIbOoN9ZOUYqQmRbRfRwVmfB0Q6TA44gLc3ncV+tWVd2jdmqrSO/cD7TnThL6I1BUzUJoGNC2Y6d5pNhhNCoIdDrUdDTtLYDPUzRQPUjllr+92Nuh3bjpOoWbwcvVv7cOi3bKwN0NDb8QiH51gI9/LTvOtyPBTCCU7u9xDltqxP1LNz5MK4rVLVjZnLsdFyl1qh/W4/GISnNmZS0sFC+nOVF0/inkkQ6kthuHe76vDRncDNkA0w5dDfJw/79FwVmaXbFCkw/HVYhClIxO69ebnA4e4s/PmtKunBkAdGtso5CX8cM+9tR9MDGPwxgHG4LjePNG1kzUQjM09OQYI9QGdaKxEs+cR9CoToFeJitM7duOIMvorBaOf8GcKMPjabqljDm8jcxoOjGD7fAOeFtWu+YcB3gd36f5MLw3iAiVZGQJj070JLnKCSPBKJfc0XO4mBdlUDBgbxBFTcaZdDdAPH/cGJaQA1VVtm8PWwKeHEGcVWmKQdt2NeiP7jGjxQOlmxTj5g9kDfo5YTQ3oJwvAEy0FnV8/Q0gyCJBjzwt5SeKNG+6bdnxCEddy39vzacgbl3ULqgY5mTRX8Eh36vAu6MnwWXDm79hdIYY1q50qMeFbwmyC2kCOeM5QbTItdbcQ6QkMs8+Q9mQ7Ni6uSWE3Fbh49uL4AYlQ0zBNBQLR6/FQPCrvoEy9u1Dm8CpbFdSpomAO8qb+FnzFvwmlXjtO3UsOLiqC8JUHBq1zj4FV/ILziwR4e1+tv+/a7YCk+e4luOKQev3MOOagbWhf71ajgcKDPOz92qX4l1kKwDTPFlV/uqtrQeNROsoaySphyBrh2M2Cp3/gvNf0HDzzA0wMQpV5H0tmQh4Ql4cecYyDplM6aoXa8KuSTggDUqJIaN0ktFsNKkhmhA0gnWr8dBZC2ARgpgOXGzcaXQ64s/gUOoTM8f8RhJHgDoCXCAcx1TCmXv+0AwgpCbkj+Bdd/Ac9lJP2358vtNNiMBddDr6W9v2HO3xOv0Xo2ZsjWzSA8QsHLCFUVe9RB3BVntqu+Yf77qpxQUmzZNSBeJcGQASKZrdUER0Soi8aKo/C3c3gQEAEDpy9kkEVKsCZ/Vl1G/bxl/XzP54fumZz9QEfDzicFFi4OoUW7dZV34GjVbPu2r59PFFdcZcGQ6Nzf7KEdPVB6oDw1HqxZ7PwV8OfMahmnro1muGRdg9msYJ+nf6AocKVjYmh0bxmai7agp/IcNwT1L4rzOCxYjConhFRaVT8pp3jGUmmzFQRAEg4vshOV7IdZ5sjXicifExafLi6vZNdKIn26G+nbw4NN+RsN7fiPxj7nXv6iz5gV8Lu7sA0AZUF5gXfwEwTYriQjt3Gv5bVpiHE4bLd1aLIXd9aH7vwZ4uRz+Yjn83NZ3P72cL5bM6fhQuE3qcbsVEN4thMJeYrDNcMEGY8nzqF2KCkNYKCCrSMpVPn9Qtd7zRfgVxvN5g4CIJhUK2ApcQyvD1Kb3fgo9SQ3aH2WvK43PK4PKDVVnFfYzBnAJX52XYbZIage/OUbgo/5nyLUJFcfpEF+OKfh2qElcb9sFGSYUIzz0zzNfwoyjDiEGZYrjlTOQWv/Pr4YbCRXWqzz5AO88JAKs/004HX7v++u6g47v++C+uLe4x2GyjwhnLCsgHYfQqF5/UAfYeC6CJbf7jWBp0zNUfvTpyhoSbYblhTHVXCIEue0bsDdpOjILYcOGGVrS7GLYDi+Ntxrd+Y+NaI8SfR/RXI+GPX4WOSp0ROqYmxjTKJKDQQlrddT76cd6eGiN6KpZizak6HWkeHhRSSY7y5ZGswPWTwWhVDI12zk5262X9F+SwmXNDU86Hat5uHcHRB6IDSRdhw5gGC27yhPBHoArUw4bKUZ8tud+1DtZtitq0BvuMiwxZv9uNNU54oe9jUv0aKQtZwS4SKmk1hYN+dnoqi41rce/H2bpSyBtwpd/Cu8iDeVa6Ny3Gq8QXqM04QNs0wAAXTG2ZzRm5vWvCD7bi5lZnTiqyt+2J8OjRwXzYZbZvlJ24cpAxrdEiJ9NQco+WHcZ8BRcokd40y5owQGqlSDhMNuq3oEmvzT3y0/3cIndD0Jpi3E2VLQ5ewsg4V75vr6litCe4zNr55pK1kXpKxLQD2O+GxXp1P7d262iFIVK7mzb6+bxfNDypF0tClzqxyll1eKBSxQefDrr5vEY7x5gAYjVqN+VCtrculJpNEg4kuM5U5S7fMEKnlqeo2NydA6CNEGG0oqld0wCD10unYiN7iga8Tmw4A+odYLvJ+2ts8zV5RScYF8m3/9dEyWegjBon+jwWRKobYvjn0NT0uF2RKQSRTsLgL3WYnQn9p7aoCCrGm6iRE1YyWBg0DThMIiMj/rTQA9hP0q7aHNdA9MGMcEVoW/+ztLo1ys9dgh8aDhSQwNvhohNfZb9pYCJNQ3tHtIbv3tDnQcY/dQxLLNJZCbimyp7sZ0dzOX88VfDjEXOyQ6bcJFgY/LcN4gagDvEPuJ1hiu59WuULOGFiLlfB7rB+C13nzIF6vY4A8uPD6jdE1xeMXC/r65/tdC36K/OqMUOsbTCPh2ymmQfjcuvqYFx8Q/V/H5jl1esEVzljD0oCste6bASCDbsYCufl1BiUC0/L1WB/uz+Q5GMEjeH3YAEIsBiaFsNR3d39ggCLyBpmpzP3tDPEFkMhpj5Q6xTCoprdjBYT5A+/06QNMtKnoJgeK7zESaUdBwFhiGVQOFAo01SHTIWvvQRMi83LV6RrVPPS+NP37uT3VF1sLlH/hAwQZeLFNDztwXXVdU3fGA9PWddJFBWEcX633xjie06TVCtzQpz+OhyGJBvJksO/mOEV8ElNcp4hCOpTmoONehvDTrNe7CrStP+rpkZ0Mpl3t0MWFMrIhhMSpN9Ontpd1ZbIo/rQ+YlhYCN9mCotEIVfjE8+0PezA/OIEiPunwQgvFRJNkXXQdHs825o2bViwOXAMVDVIcSqb1Gm1Xtc7kjMCzR0Hn20GN4hps6+29RSN9U1pP2dYSTO4YD2Z6YNp6rLeJng8biv6oC1hksRNBp0PtKkHORX3DIPl+BfD+gd5hp8hrz3262+979JUnAHryafXYZZ/kwpN8SBnUEmfpMF6TubwZPqnHV5+IxRP8SfGBho2IHNl5ZFdNb6TmmO1x2JQ6ihvivBrWv+CitVuaghDRvedngDNXFZ/VQXvG6ZzpOjunqeVtcFwGr9Y0muV3blkdePS5ZZjXmxLSVZskqbVzkRpM9MayPSrdvVj82u6a2hvtLsfded+LlDgFW1MT2i9+mJTXM5r0SyO8dB0Ghpmv1h/dM0uF/Xa7dftsXaqY4os9SPFCa/XsVgGm+gUzUNF82HR7/Xz9Fg1nSmmE3xjRWNeZ0p66UMoYhdbSqeyZObAEvsgUyI24G6wo53UN+HC0w602qycClaUJV7RyPQH+f3SRgTHXzonBot/8UOvaeVVnTmuf/fDbo2xjwz6N9L0oNyrG2Rgj1c26yN87Kv1dA/OCYarynMsmGsrH6qTT0s26Y0PYTet1lZSFWnDgg3fwFFw6nuxlWXVYKlXNjat2Efgda2a4peaf7nFlxs5Vqen8QYgN1TZJ61Bjq3Unk9HkK0AsEUXF2kibvyuWiM+iEdfXroMNG9ODFvYprkWykCJXduepoRd7lLdWAHZBOm2jBDbi8p+lqjW7mrVVHs4EeBvmQM7m4yQbVMiMVx0KJYFc0cqH+uRj2GOX8llvUFm2wO44KbqngM0EcgLVWTSCVQbmnWbLHI5DtShDKfKuYOLtktTbvJY8Wl33tUjdTBPVBzXd+kSx/ZEV/xpR+ahtuVBllfNUFa46iBbVPcmyp8e/D1dN5sueCsayRcvMl31+Nisp/sGtNbTR4wNY6oHc1+o7E76eJHRZjTU5kgTnD1aXYimgdq+QHoi4J6BhOOlj1aYVgbIZqyuKDLejL6TOTv8UqHxphBnvTls5SUk1JpX7kKD8Ea7rvrTlIOzjrboFRxvkj7pcahLhcabCvG6C2Ve1dC0Ohza84GOrde06lQQoTjw9llvtGgwYP5jBV5uwqfzF8qNN+gy1mDueOWBYmKswHgTHpWGs8ern8C6w6B9jDbjFhsESzHVvMAoP45rm3dcOxmkHZ8eUWdvpv0XmIRI9vViSbfR+rDuno/atwrsXZyWhtl+dZ/CRGK4qGYrfqcD+SMN9GQnEq7NmZerTo9gSd33o30YlnMbfNy1P6e7duvU1oluUeCewPZGhj3MltVx2teAaAK6WVHRzRhUGX7pcOkLnD4lNOjp6flYj1SVRdxm/CNNpI2a5F5tNqABRzi7RzB2icAVgh87llaAYFwvClyJuP2E1YWCtDGC//hrje99/wHvK+9WeW6A8hj6i0zNvx0PV+aIfLcqCxXPvuijhEy/HPizVVlM5uD/fEtLNaj87bj20nJh1STR5VbRLFdzbkeil0WzaBLN5iragE9e09fvn9vmeN1s0E+XUSN5tmCWJkk+SRMCsIMEMK84QnTYdkeVknySFIQvc8eCKFlf37dmFsgn3LiplZMim0SzCHx2mu3h5vgj5y+CiVQeGQzDm6ObHiV/qwwQn+5jlqmELGpkt+NyAhVm9qmQHr3RfAYe3uNSzV8gALTNn40Oopyp+Yen9fHrUc95gqOafzysd9UPifByU+0pVF4xyQs1v6n2A5/yuARfM0pEI0sKYP9ulYCF27Hav39uq55iLup3fYND9m6VxJN0NkkjNQ9MUVRMskzN0RxT+8XlJS1Bym/vSTRJk0kRTUqAE0ggDq1YzW/H9buVXrUZCt+w/PyOneQ4Ge4e8Cj93aqcTZjA2caPvwyJgLiB3RNp4Jt2PnwXyI5q/o2PPzLB1ZO4qh+u1rt3qzk6Ja7dnqUp9Ro3DtpxQpX71s7Tu9ssU/k14DE1awi3jKONDZnmN/DqsQKX4X0Fax+nqmClucH6SyIqywQioTKRFI3RVH/f3mrNAXkj3OaJyt2RoW2nBSGYF5P5HGyPMdZUDEs3U8XxYL6O2xow0bXFqtl7N4ctEUHpLelHTi+ySQFIMaYgJaA5GoF1wIaHxTGhWsk42EDiJSlAT2x2Avea3RPeYzIDzoX4LUBigDcd4lZgqJvCeAfpah/sA6sGelvWBCwRAXCIgLiLykk05/Ui95xbc66+u43BwcaUjfNJXASYO0dsRQ+FY3uiWG467O6qgG2qy4rkObhagKcoBycSUxEfnz8dtxV26t0qjsD+if5MJ0VhLUXereCXjn60giWOfORFj4kVGWw8M7FfSP9tw+5qLyY53yrO3j/fHXfNiYYJCdfCaoAPNbEusCwlvu0besuR2AtNZBa8BTdNSdlRhluaeWVhzpk5w+a/W80n6Rx8ocUizVXBz/GCuIEIMHgm4bMgE8RNqsodhG2qv1RrmjhzcvMil5MsVYXLpVVOtP/1sHu+8fdxROwi55Enk3g2iVM4T9J8kifIHmfgfvAT8YlWWTbJkWmWObA3Ol9LVTgrntsVB7YCLmsYh0fTMaRnqmCa4fPaTmo855WO0sHRkEnyn8OxVg44k4qi7nw8gd9rYA9emVc2xBI7ggFwAo7UH/nVUXOub+LNkSMuJ/EkSXBH0EeZMzw7qKdQKLVm2vg7U1GMoPj5JAVGj+pRxofFJzYqVkJubGLRJuUkAeoJHIApuLaPMSniUbM70GDTWRmr/N/r59uqAeDiTDvzWWe6FJwtjTVbmqsCXhN4Tpms0/kkS2D181TFCZ9caQk0HZeSpjHBR3f14W+pvdkkS1Q8P64HOXS+ROUQ8DiLsR+xSlJ2b0tLaCYHUN7n/lTvCQoJ/LS69kSi4BfxmCH3SgksZHNr1uPdKocgBZXYISBN0D6IVEHHHR6/GW/7/OPhBEuSgX2stiHkQAy0Ahkgdd1Wpyf8ahJN8hnuImgA9h/8O6cDLTPDzCPeBXEsJxfO1q+bBx1GgUTed7e4ib2DdpVrBOyb44+UWFCakNczggy3J+IiPCG4W/NsUhS050dPijkYe+Ie1zVVQTRSRBinRMtcgKlltnVeTvI5buuCELTz+aQAMmZSKlikuNNaZCN8FuhXz7ywSCZFqub2ZDeSWiFOFhxBlPYk2BQsQbQICfVY1xvXb04VgRHx91Dao5WOgaE7x0s50+i/rluwBKrSQTOySVRM8MhGJhtN4gRZbTbBsxkmP55PkhkQCDKaSZJOkmyCV44J8gISeidpDMJrmk7SDNg07kHcS9GENkeWTbJ8khWTrJxkcya3PJnkKaxvnk9oLYoZSMBFPME5naAkBJNVlJNijkw+mpTxpEwmZTopM+b5ZTkp55P5bDKPJvN4Mk8m83QyzybzfAKCWzmZw9hnfDbEk2iWMJ1nTOuwHCXTPEwSCXMFqXi/oIZXRzcvYxVnFMsbe4LG7xzdJKfeQdcQHo+RuCLoajRL1VyI5+9WJbA445UDF0wmQxwS3FVZkar5No92rpKUdzj9jKOBqJ+PX2ShERVHzg0ghxtAEnGrOI0qlmcC248BM5rQ3SCeaeGCfmairVglsyuhuORCk3kSuESLk9uXwsVWZd6DKwvzpiHiYIlVPLPiHv70xXcru5udt5aXkzleV8hKlj+ttWjYQ6YcvFqymoydxvSNHsIh6c4WurOUlRKyH6sAZAQQqIzsFi25URHlR5J5QY1QQj+MdghnP4pmKopFST2/grKjOS9eFEVqbk+WKBkCirsi7wvCri+mBkXU1wimr5RKf0uwZKESWLAQIMekRVdAvCgdBuTCgBD4m5Ldy2KdI9NZgW5EmiulHPffF+J+S4LrL4hwjvD2FyW3bDaU2bIxYc2KaSSjvShwZZknZr1SxEpii/+YlSqO7a+5kb/ymStj/c9LVxi7djO4Z5Pe1He6SfCSNc9fJT/NjeTkik0vi0wDecmRlS4KRtwEiG1D8ef/CD//jwk/ZSpknjILCjtjavkoJAUFRSAp/IQkn0v6e0fmcQWecWlHijpSzgkIOUHxphgXauapFGR+R4oxIsyLwsu41GIllrBw0kvphH6MiCkXnzuGMoovoADu/Lg8EuPbao+xMMRLSXQjVPJwpmbySURF0a3DCSkjTSzuiNEIqSiSan85BTIAjIpmI/p1BzYHJNX5TCUlB2LTCaNI6wsVZfiI5C/RQs3N4wvE1TB1sIp+SYO8OQdPr28ASmxfQfC7uS/AvVuAnhGxaZyQPyrBuJnzH1Wzqyjk6H+2B/zm/Gdvzp0OA1Yf1jXhcLm4FgtVWk0z1tRLhXlaYkQ6NZgQJoSQSmbWI3SRqDgSPwFRHP9vRhHlA8mTkoevSEY/vFBxMdCxUjKLhAtE4Yb/37fHdtdunzGCoBRncWD2kcINQ6oZG+v/Kwssvigd+Z8TrGM1rK0Or1Qi4rV458K0edscOcwpvFEJ9Tx2yRWMccZHVfZYQQjNC1WOisx6vKdm/fmIU08e4EYrgf1JTZifT1XP6HNYgqOVGohJdMilNuvaBpCKZyRB6bnE3zRSltCBmFk8F3sgjpAtLehpVKy9QzyJDeZaDl/9vJ0wZzAlsY0Q/Ip3lN+BFF8C+azA79DXEnFzgAOGQITilAYVmEE9R2ZFuZfyY6WKcu/mQaSD+JR3x3otGDfshkvMDPYT3VWoLPbHRF5bIKQi/P/u77s/Kl4pRH2zW5GZkt2UctsUz8faWYYZjX1IXpaJwzK9eC2i1bxwK6ICMh5R2u6sgr23g0sGdyRihrT9qB3/hsQrWQ6/yMQOoj8N9Ueud2zJtyT8270kYWuxuSMt1Ny/IaGwYe8Dll8ns5duRVgqci5Fdi3icHWsQ/MTfbeAwdj1L9WajBAg09deM2tyb1I0oh8giYmTrLRXKyxgblZ0FgYuU3SLwspJSnvJpsQJ3KOYGr24bVjUnT3ahuVXMjTHGH8LVbo3KeyWM4po1hzWzbHayRPWETCwGQ3mhft8qNGmDP8aBucya7Lph5xbSpF7aW6NCBxGgNIX/UX0bdAcSh2p2Xz0Shz2+AFaCL6yieiEMKn2JDLxGYgG7AVOcsEiU3FMB585u78NqDCaoRiJj/0eIRIHJMITKwmPdsyW7pu6M+LAfOyqCBsSD3cx1fB6XLBUYE6gotTMOR48LCM36Zp1baWV+ana1a6pDZ1WQl9P57KeKgqABzQ1uFIt9UwVzFprS6mRYEWREDyvRIhL4B98LOj1j+eU7FydmHMl7nWJCg5uS1TUXpaomOVH8taDmzKmEszO5AWIpkZakXiEUIYvR9SUmd3YrMyi3W7pjuEG9NNckUxRfJ4XO1cp2kawKwV96ecZ4EH+DoxSQW5rpxKoR8bvX3RcWGErioSVC3bsw6G/Ox9RyQjZg2sA7WWaFH8PzccubpoImBXMw5e2hYpzhznCJS5m7j+4y1Ey83l5oaMJckoJ9h47Vj8AxfIKu59/gtEPfPmfaPZDAEMhK8dyt2t/1hsSiS1ciyqDGnaghU5rVMCW4HVXMNCLeXp5SPr40FuCev/MNhyQY2V1vgIP5HRUw4lLcjyg8ne3Koo/1MeuNijQqYrSTqiM7XM3Zpa8iVGuvDtVh83D84f6ZIwmYcDHai9jnyNSHd+a8d4vFN6FMKgDkLdqq2FoykkRASyRQEXRoJHwwG4xYLzxFO4VX4hgsnnzmFV82/7EMk52QTRRHtdys6OqJo7EfseUVMORSWNBNLW8ZDkZxa8xnUzGTCdB1H7BRjKKx4wkkzEjycQxksxDzwvwZD1mH4mjjoM2koVjI5mmwkwSAi6M2Ukmvp0k6oxfbSWZh6wk84CVZOpZSUbxy2aSiWMmCd0l+LEQCylGWEjxKhZSvJqF5EMWko+ykNxlIZM0F5GCHC6SS1VbkItEAy6SXOAixctcBJ7aXn47u8Rn5MNavqyr9RPLy3gZ+UfdycqA30aGKMVFjpSHOVJxgSPlv8eR8ksciQ6ym69GfzzkTzOfPxHenVHc0x+CayzrH3y3xrezJTxzudElSkMAUTmJ0+CIMG5ceNPwF9025wWC7a1BwQX8DeGwNO4e6JDT4JZZWna7GWWAFFslAat4rTkG5LdUpaGN9IFi1Sfe1nFCaUYlbTcuG2fNXqP/QoSW9tDAZoGAsv9eP5MEJdg6apMATDFlNSAnzFWGZARX2fPp3RIN2O/WXV0fKFhXXKpkVBFoIllGkcpwT18PNUkwsI8PPW/6f9/3/14/32zeLSFa4JAnLFWKLGxDDgqEb6iSTzvS44lwgOaReAmP7wmJ+Z/aLmSgvEhU4mn4bhlX8LarfzT1T0RaROUcXPLgQWcJssZgN6HaCntJlKUVXtx/mvj74/4j1KL5jCHwKIiO8mLYdObmE0V/1o8NrWtcqvRY7ZmB6/viMo0BV5uOQKRtjkmSotkZdc9oRyhVn5ya9GYQeIBoKZ0B8OIoY7vqgaaSVCUpV05SVdBaWC0YXzrBZCCRbMzcN5MM7keO2gzfVHSbuSoH2jOOoglmBhlrtLTyExLhjgj/+oMj+1Mc3teu2TauBp0GAFdwfQJ8ajCIHGSA2WrQUOFDvTtVPA8x/+sq3syKJYPnf+eStQTjhJkZR54Ks4lvTd8YFUpibiAj2qumtz0HWwC4u50QzB4MBTTstu3XCz5PS3i7d4BEzcN9ao8gbywlGNXYcwGT4FiKUvYu0IFwsWzi6jg+tR0IV0s4FLLBKWYwT9Oxs8zsvmN7MhexuzVKCUuVGlFN7HPEUHVPC6tZcAYCqin3qdgo3su5isoLTl+LOW5EK+p5uZGKS9PYHGxKhg/F4hEn0AS8aLudTcJKD17KBbwLZ2YzzuHZFdfA5OcibioLlYt5odLj2tx3cf6bw9Yy6o+Hx7bjp2pUXGQHe7unqCx3FSBuumftggwCYlCiPJN2O6fzlq12cR1ZPQJHL4HLmsfa+/aG7J5yuOq/UoxYlY7JPphBGLFPewaxI4BrhGR9OeICKnGYJPbmQBjdq2OjkXQ59+brosKATFQMekCCw81hWa+f17v6fXNAKHKtD/cz2GnES47a9XfHuYTcefgMCD76rlRBh4FVMuEN4AUPlMJ7vWWjgjGXH+lY8oIPiXb8CEkHdD3wpYOV8d0gz40UndOK4RMemtpZv0YTy8To2FeqNH8Vfl17D5Cp7DMGqryQp4V4z0/wHp0FXT1UlB3Pxq4Qy4WGDxlk+IcwsoQeDIlzeS1ORcBTt01f/lipOHZKpEN50803jBRmEI3lHQeS8MG/QismYS6YOh4oxZj9oOcKIk0I2bwCIiT9dWvCgAHhC04fI8Z71kFTnNGroZbQJRzj3jBub0desR8OPUQukCuhze78LFZBBgzvClfPgRZz4kGFFipnKzBzQ7Q9voX3kBReQozBnPSUg9kDwzHYeXi0irGii8DwKUIHKSVdcf+CsZc2c/etvMheamC2RXbqM3HM/p6tecBo/IJhlbUTL3UPXFsrNBrPTN7Q9qoMvTO8yiwriiXrpnu2k/IKg604NxT0ovGWY27+OlPz2+oZwgH2RwhFqLfHS1bocTpaLc7EK8Jt2BTMWmnP5mp+j+yQFOhkH+aZg9niYBBG8oYTCgeLZU6xGO/RMlJeCaEKtUatJYfFNCSZhA4L0VCibqtzX38z+hN+CohCpmlz3zItEZZpCXDeecg2jfz8NWS+YzKFJ3YkgukkA6MXQgYYsBr9cAxH6eAVmOD3Rw2Al/VD25686fRs50DEmr/Keq78HeO53DeeA7nttWgR/99BgpireFdXvVT9q8IKRIUGenCOZwx3UK3ri9ZM9JQCq3QNUP1dU92gm2lIi2xfvUG+90WcVGkDAPdZFb0N0XXOWsIXS2szHvsXoaD2PvTeotXqhVHs0fZOwHBKq37pvoEkieed8RQnXXTGzsJFxgbU0NNI0jIWIjNsLoSegBAH6yokgWdBSTf7FBZrs5uhuJqHxFWVXRBK8khld8GTH0NzGcbGalyQkvG7FNzLXERwEQeSkvGtzVNVmMjgXk0QMjIrZBAD9AsBJ4x/tN+DmAf5COaBiuYC8ADwCyS/RfP8fBLH2vWbLOsLvWKxNpDndUNunAQ5HAWkXPiCZP9ukc59ZuFyJdINsPE3/IhVfNh8aKrtoQWjSFwy8OvGhUyBBPWHTZaV1eGGMI6ksFSZpE6U5dNCUMeoWgk8TSagUYqEd8kkn6lsGHDLCrDSso4P8fbo8vp7HYPW3tolWyvV3C3/56EagZMpx+BksjCcTLzzL87xvg0c7hw/y9W8f/HV6SswKBZazt68u+R2mV7jmT8U0T/U1ghakHaSSdL+Vu2aDUanEbVBi1eBTs2+Gy6LTK2a09Omq34KecIJ17Gve1D+e5FVXLil74f2567egEEnFn63Yp8++xsi8tpfn2t7/12qhDNA+QahRUDL8+x2o2PEsVDwEI1hrmwxxDjlZAd7te0bDOzqF9UZATQpREVB5ccCpFHHkG0ZqYxGqt+blA4hg4X/PO7aagPJBOuxNB+CNKrppkW5viJE2oCfTZuXEVrYgVlXRHZ/PasIES2I2sDfkQxOKRz8lhR3FiblujpVu3ZLyt+ZynQXnPTIhuZbRhyBfTAwYOyDGHkYIc9MSfCrq5GvriC8zMlOihYSIzfg0SC6HcS2gz5h9yB0lBPSrl53YdKRFKHxd/8iLcw8WpipDGK74Q+Ku6pbhmBPh8FVDxogTeafR4o2ZxoKEpXGirk973b3T1173j5dV+unmu7PCHFgCGsGttxQWj6F6V26aB7pbBVxGMcbpaXUywLwOi98xJD0LYQbbLbDka+sjwx+t9nXFNJLXFKd3SBj1vMzANvwwz8wvfbpA/Rh9FFbtAwNz9jT0oOeu6mgmeLZHx1wLHwVRvUqS7j4thDafB/anwdYuj87iCCKa4kRK3FI1+3x2XYw8dcEvl+a18eZ3VPm1TOKRsjK7jMRNDO4DsvwJpf6aYyJObJIGOgtEFj29uzP0IoHjfFlw92GnPtq++V80htsFZiW1XAmbkdnYqWysdjuIxOyMkFxL9Alh4IzAwqyLw5ai4Uw1huwB280enkHsTwHkTxZDqHWTm0H9AMS+Qtb1/Db4SaNPd45M0JEsLmlZK39dL8+jssHNweQ1CGWHnj83KPl+lL92ddf1kevoWAkWx2fSgCj9m7kqiEWqg5/a4r60W8BcbRqDnUncV+57CDrzb+IOE1VvUfwSw4Njz+HBaab+rhrnxl0V5YVOVBtUBGIgMFDnWo6PVgJEOKnm/qxOTSnQF0v+82/vBUw4xrwtGdoccY4feMXCQ1pmOV2T+cPBuVnuNUYEb/nsKqAfu9mhsZ6YZCY1dcnt2xf694OEERBcfGtPmzqzaLdfqh3DTwvSLZ2C5IeBlKs+abzwUwB2DOWfDhrEd8qbyEqOYffhbcuXCCU9T/+QiM6vp1wq+9WBdpwmb/B1v+uxtcXDZzh89ZCaMFi+yD3chdAhdJ//2CmEAM1vr5btiKqR+GphTtqjvdrvbes7hvK+Z/Vh73fdQpJryM1LyM199ujcLA8pGWiotSuC9hlTFJExyOiw4SMHQrF9yFMbHjYy0KVg/UG860JQozYdovJXEUZGnaVfuvovLVEl+Q7eG9fRjGYc+Mb1m2729lXBfXxV70+n+rrdr+vDhuMvogRKaFJYaMIjaEliUMKwGYz4YIXqVREuc6GUwclaOrk4BYAC0JW+P4qwwP1cDYWhTbbj98/w+NUf4Tb5iIcTHsSTwoDlaBy+YFP1b7ZsVNdieIZeGsqmCOEOQzIFVFh7UVTZx/o+OFDmoIrCoGmLdot6pQhbRKbwz9ItUxkwx3jrzduhTMjrkURBQA1v/J6V+/rU/dsHrpiUIyMMJWU681UdH7YNyerEUZjF4pJiiPKTadFDmYgB3HT/NDhCGSRy3UZxhIflnGVIyPsJkqsIjgC6E/q5NUWxxiTOx7RI9nvAAv7XS4ZJbf/N3Pvtt02kqQLv0pe9NzML24TJ4L0Wr6QJdvlbrnNgVTW5b8gEpIwIgEWANrWPP1eccjMyESCkqur95obW0RGniNPcfiiq8HY0OyWvEVJu14YRL1DiVvIUz8rj8Nj8CqibxVP/q0iEPL7uK/AtvNj263brTY0eFfM3apO3pwuyt0OBFn1rnqotjcIrwJR3+1NCq/scL3y71JPwbuUAdRHcQn3Qn6k81Ceth60/VP/9m35o9ddn4K2L7dbOJl1DfDLLRbubnSvt6NpPvltmB53cwvqH+/astsaEvNFxIWEmW2efzxWXQXBWYwgzWSapBBBIMsOYA8OpP8wOd3Pbutrnnt9S6XwZCZrONkfgqbdVhzegPOZLy7hod3qEp2YXpwrnBy+BOHU/uN4h6afVX9+qN8VqYoHlKwK1SiLmuCJlgLAN3uXYHb7TnO1yvf1A1Cv9MLQu4VNIvAEHdo71cC4rHdHBVAKpksIlgnHIl509FsxVflEA81epBYfnvpznm7fL+EjTahxQwF8Jj3g+Essahe3097KbEPnuqHxqKHJyw1NT7R0MW5q7jR1Nd3UaC4uZrYyixtiOgC3LuxAAcplX2gQJcafvCDoDS0SS9Qq1Lki1Zc4+DPKZPapnsKdzOsp3K0m+KdYopnIw+NANfRFdd9V/SP8WtrRKVZqOTE6cKVaMvcVhOu0Qqe7Kf6O4ileXuq7GY8n3mgMkhrdbzIYXvycGX8BUQPLeVMzuFxGNh5enWJveuml3gxJrpsJcyWwDVbpxKBjZnfQsew03FOqVweQBzoz0vQzPNSUNroaWiytHNC0VEqTATdAng2QDQ3Vt7p096jb1F7czFrHS5fWaWlmuE39m49XKazW0c0nQEM3n19Y8nwVNZudWUIvrnYzpDrzyi6gF1a7uB4QxgqIc07ecyyZPHftu/ph196Vu85KY/mIEvkg7nGQypZyKLsSIziNc+OR5SS/dULpTVarQ+mFaxzFyQvk9SjejgKzhSt1Ul0xS9Xtqr5H0kA2J30yow3udroATfc2EBbOzzkmRfu9if7ZNJvh2Ae4BT66JOESTcrbwB1kC0rV/qYdPz3cJXiGjywdCQHKdpSfRjuaUZQDcA9//p1XLcubzxKVXQ/tYfxZq1++1A9GOn2WqJgR5OAZBGfp4fnaTAI1wSqUVWb+tqKhzWNldijaVzLc6qJorXme7QdjhETcSABDQN/EufhkDvpPuNCEcoSTojNGvHY/65HMaAzJWVC2H0D/YYDB0i2ynVmc5QI7cX6WnC3V4vce33fwptK14qRcVpsOLI5g3yIbh8/NZDtRSQYfL8gpMgFzpfFILf/6EQqND/YrNCTOaMixCI9DZMVZth+sq/rQPNRNJfB4osTtGUo8EOgixrezCwICwivbRbAYUUsqksUgpjBCXGMnsmV4HLRqefQ1MSAy2AWYSzy144XEiVl6Y9W/u1qoOBGQPjB2UVxvKnOWG9wVhB1byrUHI3SWqFVvRwIWeYywEc5VbHpWCaztxLIEuwSQu00X8bn51xiY7T142s//Z93+IGd5vBSShRyUDaZwHgoIdD8kMwtvf+TqMd5VsqnV8q+sDdo3gLVjcEXeenqzJLhwYIuZ2ie0h6U2KLWMZi1K4WJ3V+7QHG+HPjHTbU7advDGAmx6vlc4nmhP9vKJArZ5WMh4/Mj87NRBg1dOcWQk6qbqB81w8DuVqaPb2V1Vwt1j9xSU5Fj3HOXTk8zFEgixjP3IkH4vZmY6Rxwj59oGcg8VFCSVZVXN97prG1IqhUoQBI6YY1cO4KASyvRWJwo9VLs74qIays1TMI9DEZKG3CG2nmmMFkwkKqI7iuAjio0miNkUUt8pEislEURfDxXj5BAoRqLQ0uTyn9eunYmK2v2h7WXWHg/zcewgfJfm5nUANAtnpVoNcAwe1qZAXMFrHkb5NGFt85UxUhujt3uVvrbK8Q4SqH8S07SQ8KN0tq7sqRqppVO8NuLHR2aGIFhaYxKfJXCEmmb9VpW74RFVSStnGo27dcIuvwApa1/VCUEhJfrQZVVHopZGvm2LXvpdBaGFOOBOcgmeI8Qhu+qa2fga2BgvCKku+31XNnQqE1xIP/32tpwMdlzCAhpA4zY9XX+L6u5Y77Ye15g9Vq4HspgWlJ+b+xY6HvewSZ4fDtovCQ7Mrq6+VwHi6x/lQTLMP8+/fOhpX2W7Ua8tfJvwWVP305hf/EmOJdt/b+xEr7UFhVOYw2mjPR9FLKiKOiG+56iofg4pzPdipALRjKgm8gmKoN3b5omOVbLM/YK3mwJuBm07aOvWSC1uwfbf2jtqCRYqMyHCVr2rSNMGMlYsRTv3ubcM3xtIg6xHjnSVC567BQsjynX0J2txZKBrhofDLTaC4sCm3fphL2l4rKnk0jbHfkQNZqSWhus8MWqklqKptGGg/5tz4y/cC7qPrxYx8l8xYZgJZdI9UdTlVXEbCYst2dNblTg9hVvWqKfrSFhpjQZYNB3UWDgukWGaGCF8QgrJgP6RhW6jmZcavtH6AisnukHWzUNoie1AbtjouO7lwYgrnJy4ZEakvs7GJWiq4bVlNdowZVzW65pkWzPK//Dj+RX5H348T+R/VTdsD0x+Q2slRYH8giqcF3v2ygJ4EILFQAdfWQyPRbAY6Ocri+EhsSZJsPQcidi4AEHk5AV3UFwrJ7IamrByb7u94skSmjwwlDhLFZmZ32QqhULgyifQEnp6vb1sIRWOEHzVltv3PCYookELBvn1ptWQr7eZ0jtIRZclBiHI7FX3om2f6up6qAF7QihkIDzM++nEnDvPIi6V+81a6uHp6acolwwqYaAWtIGaN3RuxouCBQFSxsWVI4ZfGKNr3QC6LPx6A/A2D4/vantj6vUVfH+qhTZigb6qwoN5NHMGuPp25V3Mr+p9PRhtoI8GUdg7sL4CK9NbF8Zq4TBngXi8hVqJljj0sVWpAejVM8GHFIxAvWTAILW8vr4ShHxkAkKwHiq3FSv8NzWNXYWGm2C35Dop8Mwv1HI8yIxSKocUhlgwvsb39IMkgOW4NxEM4/cKyk/VID9Ru0C1mng+uaD9TCxXXZRyHijwAlmwJbbDBl4omhtZVAAKhNbb4jPHFwCdlr8WolQ68o7Xh0x1l4PH7SKERR/g/sJnc3CG8sdsKbkcHjfT++ZC75v55L55XQ3GJw24U49HIqvVNVxfXzke6BnGHCG+/dh2cBmrmq1+OmUqTr7e27HMVAIjs+5qrRbGMfJlyLcLsCvTjMet0biRowvUvjx01fa4eY3e0NCGjXYA3qSdIKY0af4ygG/406xCg0ghuHLzjemkLXLfT2Y0rXvDZCLfcNzWbTgbpU0az5zvdmhPSGHf5iAq0rzGrsPgJKwnYq6Sv7d3AF53PVT8YSRZwuPyAw4PvsfQSsbQ07Gok8EZAB61wBHwyP79M36TjkHWxdD3fMixa+itve4qcLOswHMFtdUxGyt+KQ8HlszSqWYb9ou1hAtd3AIMPFiPanRKq0vRBiRzteRa4W3EA0hePv9kbvigmQGNg/0hId8sdIu/Ku+qnXT9ecbTItj2Qq2G6oCOOXPsA9pGOZNDbnitFk8AjqD1wBkhcvjFa4NVHhaAQwK1frkjzmBh1PWm3FnYEyj4a6N1DdA9O3fFFebzuj9K13aoIMGaW1PkRKU4Vd4kFakCLE9nsuN+eN+2A8DuHLQqp5g7xscpDRL+6awI8rTSMOz4N2UezSXmlfOGOGHSDxKMkwMzh3QagHyuMlw7xVwtoHtk5+x2Eu1zCKHUOnprZLLUY1G2vWBHTD4HrQpiMV7/qV3/Xw9VQyPzuWGwO9q04UF+HFp3ssHGZMxbty/z1nqCeyBrYMUVFRx7wfqjebABi6niF6P97NjwkkXH+eEfVXXgD+fwprh9rJp/tmI/FNWJl/5cJb83j3g/ewalkQCKw0REZdpVN+35bgcaKNosQfZo9sqzSGXjDYO+G9vsOdhm2wWeBjLEVhxpNiMwfzRlJOr3ZuevGRJmTG+fJ7fJb3X1g+zW4RJ5vtvplWa56Gp0kg+AQ7Bpt1XQM/a/2zs1IsQj77/bO6GGqQ/Vrm6qCVqdLDKAYc0wRY6JgdOUTrm/t3f2jMMfYKS/WHMlcJpgAUYpYVMikxSjYOzv7V3//tmkX6Gzig64kOrvuPAxH/wFAiuoFXYjkxM8wKnkIkb9HknlWfQsGxClfqg7G+TBlVQh25a7WblBU1ugPmEjzrYp/PJy8c5IEqn9OFXc3Nfd3kJOa4fUf9SbJxTE42nX3g8/yq5C19YGlA3VVb2pmh59eTOC8DmHW2m5oZu2ziHMONMeh0Th+ydZd+32uBnOt9/rnt1pVRLIhRpT2eLgqOjIDv2s5yJCDPwHgJaqk9mQ55AuxHI8rmbwiO2+dtuq+xbBmiRY1Fv0xzn/3l+0XQdYj4wqUaiEsYIE1i6gI5OkxHz8FsNnLBbHi34z5CpeAH9iTuBaE0MOB8q2DF1BbMuI93TzQmNYNyzUDY3ctsZNtQQXgXEOsq43JELHUFXbyQyQGHaTIAXXx6pCNAH0TK0uTfFoio1pvKRl0lynRQI8PXIUZzqd7EBsZoOvi7MnCoUhx0xFpFGM4c/EhCpjybrJwjcNyBP2f4azG1KF0PxLta3LXxNzh/sdmtuebiqzTdlXEw61vVwYDv1b9MPoq7DE8AJgwtq9PlVRGAffRPTgW9ROo7EcINscBJ/Ojd0bbiWL6+Ti6jMlGv+2uVoKL3leXJihmKtc1FOoHNfT75/JuqSQ+g6dgSwwxu24KR+QRHtW6x/agaknjaA+EfBCMyrl5NiTKGR61/6vI8BVSoedfTczjsf9xIncHRvlEuLievOd4lnxG7Z/87c3RNzb1fnf7Z211AgUIdJFrj1d4yp+Bbyyck3evxnZzDr2IMHigpSiJLe617Vo+j5RHBvBmFLWohZ/b++Eg7y+0toXUTr9ql1whDFrf067l1NkFCgzniwzGRdqzCG4IwVGxLZA9xBAzy0fnr8Tr9lELb3yixQWn1dE6DFqrlTFkQwKchltMPVKIJODyZfZaAO9so+F1G2hOQn1RKZhR8Z0ynsxddefNaF+0eLKoSauE+nuutOr9nSG8ZI18qqX8zJpPymIQswnvE9Wdh5gX7uqvz+7X1ibS+4eJLjSYiY9zkFLo7AhENyNxBc4Xo03yse205wboehL/2ni+GhKYFwrmIilYKIg7jt3rH9USqWdD7CpDT1d8MmFxsa7m09ZvhBXeT3J7HbhvQc9wjEPqki/CIWTb4gntSOJU6BgUvTq6CptqxZi03q7p4chgLjd79ofys/FXocemfRXbLTP9lReQyCPimHz+GK1PpV8GLI7tsajCGX3iBykic1jtS+5U+HcDkn4hkOXNHQ8xlvOmtwFiLV/b+o/jhWgMMZ8Uf285Vf4LfcHnlzW4x1PDeqwIFhcYzvM+50XTqCsuVNYFCoN3r+jNvs1pOYlhwVQD+LB1Miv2ig25QIWla0aL8CcE44QnQWsiG2WWBm0MJXyRBnchISwEm2jUHDYO21gk3hdIsrpTCP4KKH+E3EsWkzvdrdWEgHKWqdv6AY8iBzF5MjAghcVo4Tn144ZDdfzZ2d4NJ1RX33e2oxrZQbt3VpsFy+eY+0B3vWAVjltMwyvHuqRT25TBDUi26qKvbDxl1D59P9/1+4qVZd7xN1rwXDmRz8zaDDwoer/T7kv/6dtyh/9/9m0+zfnt9c8o+xQf47JICwlqE1O1bXYZnK5r6h0lOfPtiF0/h6Gz81de2y2EowX4ha2fW+E/FCIm75Ff00CJgY+SGsQMODTQSZEjpbImhavy80TgSaj2hz+Q+WRzDu3TlMCu9PAVdKxT2jFdFPTmBFgCUkyvF52Xwt1tHV0bGAZximhO8RCx8Tzy7ffTWxRlrQtPjfb6ifm+HocRsMMiBInxxl2UD1SprW6bDEoUzechTtJ+dQk5X+mZ7/ONctTg/HSWDhD4fbdeooLT9a5foHYrgqMavAap87BSZGiKuzYEERPlBInrbuWHCbgW8bO27EwtohRcLrVuXDbX3XPxbGRWZehIS1iFecXpkwMeAzA/1KFw5YqV2CS4g0XRX4+MV4cXBtcii+roax31MYoUPh4MiiAzwulL3k60IpEe8Y4XdV9kX5YSU5ND6VxMHIxtyZkrrcv1KF9JMd95MP1hWj4JxJ+x78Nw4FWCPIff178hnaeuMoGDNyo8rbHp25+xP8CTwSJITBXabs/lAiY63TdmrDHEoLgKoYnhulKEauUXOFEJQapcT6xqRYR1FrWjYikotEZY5XQlgN/WQ8eaDcPFbfFeAio5PfDQ1duTUhvfMLY8tgvHYR6dyXYt4XeNHPw4x+vMro00brIQn3Bx0/md4ZGbY53CGJjAKrhmQb9bIjJgKc1p5uAz7lwXkw/G+//WOWBPNbjiZEkmb8/th0v2quY7myIqm0cAWO6tun3WSrqzEbn1hWqKWAFiGJHDmYnlxHClgY+xsPlJDPdWoMib4+EWAJ/Zi/3fSnI6Sx0UEftbges87ozeTmZgrffS59ZICV7XdGZ9JGGh/IEXdA149eOUg2AED5QRaq9INjTDVBiMQwQ3a4FtyGhd/bh4rUHdR4+wMXNG5Wxwdv3ri579bRnYCT4Jd3z6tm26gdWcCsqhq/mTpLI020e6++VQ0ufHIc9ZipJZr8KSryTzSxWgCUnW+Q3HoX149MiYptDfxP3f0ic3R17h0x/DNB9j4OU32PHhxA/8xvFkL+Vn8PEodJ1imu+/lQ9m0l7qhxMcQhZInAkRgPmUUj0ivJZ0tMXUfRxV83aZrY59kO7nwXHDt0F/jbOs6Vd6lQma97WHk6130kXCBF08etkDvvVsVbXwq9TtYyJAi8pQp6i8Ge8GSxfYYkOnscLfsugYcgzglLq90d9adcVYSXktIDIfXpB+C1iXwYUOrM5ZCqH9rw/kvEk+FVzrQABuQA03abqvDYvrs1IAV0ERuFluHuJAbVwWhDTS8Rru215/KeaPN1gP2ZPrnK0uo2Ssyh1+xMtjDW4274CxnbFLYRLu2hhgV6XWqabkdcktLDAFib6XgbwGMtAG4sl+UWVzwinuUKQYmrcUjSuiBbasroQ7ScLavnlU+WHKSpyhtobjzpd1uRXshzBnuK1x73Wp/LunXFPCQ3B3NngbuT30oTyvVoSJAQYwEGfyaTNthaV0rnKjrsKb3jvn9kBjiA0VWqHJKxzATPg1RkOBXDnAi2g3z/jCF3RCK2Pg8bKhClKZHPhSpJaZe1aJUX5Q6fkKh0xUyqGPjEG1/SbzM/WsriFR8I+o3aUHf1UQvcmux/kdM/RewGucU+o5w1ABO6r0P51OUAoZACwdoV9fga+30wuUNha/pWNxd9B/MvHXb3bDW35Y0oG2LXm0mBIcUO2eoDmvp2g8LdmLu/drarRV1c2BuEGd8+hZlQ/D1VXk++/ptNyfrgzgy7ZkEhLk3I4gu/TRB5OFy5bGOZxkp6SHVUEpEzRW/3cQ6Dp/HUqeMSH7+XuiIYp2EZr8/LBdJRsXjhZx6hE2Qy1gMRUD0zKdtci91xkj2z+WBSQiBJSFWgTBGixRRbk6NFjyFCykCFKUAxw+Sj+5/JR2s/ls5zflobmYVwA/k0F0N9cAv7NJYiQxwXiChdTInzKq7eZhBa5OzKZHQ0w5HTSUps2Id+HXYBbNbkP+EL/X56ZCKUX+h7jAoN8D65mB0Pjez+GzZi2u/pQH27abzuKR8CMCKqznTGdXQp3dxvqkbwLIgwdB38xF05nnU/ndYAO6gOYsOoWjWJrsA3doR3APAhYUfrjw29hToh85wBMUPUkMsko7B3+STIDqHVKLazSb3vRPSQbxbWAY+91kRtCzXJVvQT8PSsPdXjnNMkzrXKxn8hGgL6jqvbN3/4/+wASWR9QLbgb5f3bBC7+5+a7xjQgTB/A2XliG3Wy83ADEdoO3ddNe+hn5cNJuyjSliAYtAkryzd3Qr5W+bFrjDUmEl6zrjU/Du3eKBIcQcoKUGyEjmFz1BstGEY8WLudr00FUT6u2oe6Mbp6go62dbMawKmb7WFPN+NEzcDpstdgiEu6V5Vy2ca/TkWRNUeEWDO6PvAZEVdqiDhD9U1kTWQbIPA9dBNKxI0Nb7Wmk3SjpZaQQ4SuNnDBzc14E/4oN4NFhKZOvsFu2k7bTvZPVHbXkMU1Rk93uYFAAsRIQsgwKzrVkqVXcoaYEodXUbE6tfo25napJCktO5vYvzmAiqLcQ92b0WL6VA1rkc6OGuLiKrHCdT0v7f+aLnAIaFHGT20759A+/fzgIC09/bzwHfaefgLf3IH56AtZL5nOzwvhbV6fl39AJlnQZHe9smyOntxQyNn+herZZeUT+dzbMhDi8oW84Fki83zH4JUv5aIQl29cME0nz7EPgswzI//j54WA1+cz3Dl6F//4yZEByANiZemXerhRvRNT/CEXAYki+dpRQadYgnFL1fIbB6LONbQbwDPq68CoFaKhGWj1Xt2EdLINC9kGDCzoXghk30ENpa0bI7UwG8H1gPJ9DOenG1PEakXRthKVOYWmKnPaUmQqw7YUC5VxW4qcXHqvS7CGRvE1+yV/boZWFCdiflEZMH7ezYUuJaIjpF+hnjAYY0Txz1ISokMPGGQa+oD0C7dEEHzbTlBWco2Cv6gbYXioKw8wT6WcD5E5X9NpYAcEoPnHTzn5oJoZoKx12fc/2m5L3BS+jXPdU9dvTh5dt1xOvGi3Y5CaKLND+Hr+jFYcORWZNcCbdn3Ibb2rHts+7IfBTwCKBag0KRnWOGmhvYEcKZjsGsnsRX38Xevx3YSCwsq4X6XEyKOnSzGd6Oj09p50vmyK71LbeABsR3kq+aZ88OrSl+vxZ/aYkIIX5ySdCI2B+pH7WgfFcBUjQlShSUKiCfttZsztx/Qzi4RohAnlfTU8z3bVd9z8WZ4uPk7OsX1gWtPyOfjFkYyMXygek8cjuYEDcnY6K77KjM5bygkoROlkXkhPjX06mPRiB6+gfyg0OJU3VgZeD4ETIPIJXg8PNVo3N+XuQ9eR9+QKAtYNw66yX35vSo2RZz4SLL+VypqeQEW77xDQl8SMsLui4QSEippqIpFl0vR9wrx4caII0MrLfhojdylIQF2wK78IBfE5ZWM8yTZiTjgAT/ICQ4i1tX/J5LCfAUaUutcKUD9FBjLBiDOa0o8wc+jaod20O69A97PU09EgYBQ4TSw/npKSnG/3dWPdJlc3j3W3BXn388e6q36UEI6KccV1FitsTlR2KSQcMsHYk/XAiXgySR9ROO4xFr0SQYFz3UHKElvVDIYyStwYFW7DozjYcljPkhDenqgcL1Sq24ZWOeDZhT6UZNCB4r9Qgwsl4ganxk1bX3VAgW96ANuA7AFuA6NWCuwcXQo4dbc7/GSsr3hJi87A8pOhuEHH0qOkAjwzucNgREL95Les7qd2CYa4aBygrdpakE+wZ6n2d1VnFTMQ5MIG9ZBzxY9d01NRTMIiqDQQSDkbjYX+X1QEkih3qlPBVEmYqRLLVKnPVInHVKEr2MTVS+wGbVdBaPuwHcQDoNI87pWmevv2rfnoWR/DktVUxvC4GkZU/MALkM4e3Pccf64x3DL4ugczUfLM8Xg3hg5ODv1jFrB5+HnYlXWjo1052dy0qTwVOq+eyjkjEqEiYdpwK8d0oSpsn36Oh2FPMe/dHPzR8fYHV2GfznwOUIIUZ6h0i0ZTY+hmmjDYvB+PJYiqmnL33Ne9WwSkzer7mU71c4XHTucaj6GbKzSSfl47XeErHVjKrnVHUUhFDEnx8yyEe0LhwtEpgULjCZ6AJ0c8J8dnhMn6yLUTfl9qNY3wM/tpSsoBM7VhIAqAELItARvd9zzuH2wOBJJ7LIfP9+c8phiELxY1xqItkT75/ly3MlHUQnYrd3qVOp1aik6tnD5h70OdiuzRetNVFd66QijxZ1F8xmYQ/iCAlYkchUSOgkWzdqYbA0/pkYEbc8ZSBoyNaEYGDSbckSkyFcdcPIbL0hUXuYqsZhmwpXPTTzCc0COD4bCchkT5eGSKKFJLr6cYwjS1FUJPTVPInOJ8szl25eb5SzV0gCGNEHNFtamaQedDMfVPbCGZWugE2XZ8kNLwaJQgFUVmYISW0BkeQp2I8mdqFWkhdfE/ZeYY03hMWDdKGqWVLtkM0mh0sIQkrKR8kX9SOarU3rnbRgsqiGaRcoYzyuzMAehs9+LKuVIQ4EZcQU+1xjnzX2y7dxl4kZ4f6WIicYGJ20NXHrfbakDdWOgKcQcXbj6jlUONm65Mtps1feVTBB/8Exktibg1MFkgk/4xJp7pSAvTmWYmyIK9ZYD/4mx4PlSBfCLVN2ycymES5SWDXs2zfbutdqFMDoE0p7gL0uN3FzI4ROW8y6bq9qrEnydG0km32drjsGn3oQHhFNdyMkDn2kp+L7saJAgBQp00ZfhBJ/s3pnp3q7JP1WB+XkUJqzmRWByA4NO/NrxIJxNL+UekFOrFI6YQT2pxya01MPfatJHu/HA+buFdkGEAKhlRjvFu1UK0ng7wVzXW1IyHe2pKRmsnYGTCwUzJ3glRLqP+/TPacVASfNF/5cyU3FpAD0XQPojDhB1Zmp44/YCefqVJ57OdTM6cbsGxpQWh3GawU8TyrGEBheB2+06GBDlD/iO8OR1+c3Ok0ojgazJh6Ruaqoiu6rdtBqh0bKoQi17A49iOGUnncdCKTFaj41pES6vspS9LzpepVI4jRmpK/vHl2gpd/1Gh44pG1stVCjoJbf1QLFXem8KvlirR5azU0rQWTngecwrelBAC71UUq0SPeo/MjxoPNLAzveBIj9mp+BTh8wXew4LpzjI5asBpqeSt1OWo7Cw0FLc8FMBnieQj0D5/0Ix7SlMxPgSTF5QXoRxath1ey7HV7oPVY6QBbGCpIQ4pdSHTi35iraxUtDTIZHNaKrZguOrN7bryFpA8wKuqG9owBpGDA6MpxyGD3vzNszg/jDN4gZrDTyrtgeLJLucqdwP/0sKcpObd4bey20K6Dq0icdM8sfVcrZwwtmRbtz+gNxwaMVkoNIDgLOge7YOBpqIQjSu2Z2kdzOXHrqqKm6/X0hnLb6WO/NJsGXkz2GSiwuaREEvU/GHPflzgUHzFphb4sag29aFm09/F5Ph9q7r6/hlzOAYXXVUNtY9E6BlL6KA/YCfPgZDm613ZkJS6UAmMwU1ddee7qhOBK/BB8HsPfj+FjsQrCjIStKnsYFKCDkA6JAYap4nG9z+DEi4Rffu+/0nibi/ktrmUQlQNQ0U/vegtFDZUk9hP4SAvDp0J6+JHAtVU+oODp0GBnmYMpjTbl4BLYFswke6GOOifDD38EBcptozgxO9sAnESIq7eVZ/KofpRPpOZJAHVnIMLVYV73PvnQ9n3EN0P4E8/gFLo0NXg8QfGT2g5nmuX9nIoLcImmXctVNQenm2om1THCTxvtsTpWpebgmKZJDXNllwxrxMnJE2uFqags+QsJxGOrdEB3MdYonNqRHK2oGg2bGAHKplorgOcJODT2LV7UbZa2HCG0K6c5oWRkr7QrEC5mVbqA12GgRjdouCbvtbpMTjZ7BMN5Yijvpm/bOtUS0U7Iwi1yTISExVb8AGG2eLoO+giPdlaDAIQk31ZQaiYHKISHvwuJwHwMeH2O5MqXW4LtcK4C98OmxEotIlnCQDRgR5iydq8oiDX6/NmywePz0YOmKG3AhajFTD2Wlnnk4GAHDsJMt7k8D5d3WzqQ7lzBnAdkW7fL54hmG0cnn/e99+SqxbCj90mbK5H/cUQBw63cozEXh/61RZ3c7AgYOvnv8D649U87C41jq0xmuNbEfD1NVyc26PiodxXu/p+mPYM1RTgwOh5h2K0NUnwH2/xk+PnSUB49wAu7ZK6aYE8qCHZVvd1U+OZFc7tUYnTZ1ylVxOkEY4Z6WkcWi/Rz4WWuH8cq2MVymZTZZgexrhx6PVXD7dqXz7VzYN7KXXyTVEFywGZQe8PxjhdYlfB/cqlp28TgG6H4QsZ1qiLXVnvP5X7ykaB4JMJmAfuYu+BR9juleaQoce1ZPnSzCZ6nujE6MoGrsDgFrYWFteBqFSDfub/BcOP/io2NCShGVGn/TUU5fCqQPUiRnp8NkD3kLiiaySOAWORrCt0wj9nf0hTjmvPyyp16vzc9D4adz8O9T8xA5C+ZgQyPQTc+4Xsfn6q/0s5ACtji6dVslDdkjoPD7BXd9+itLT7w3HAx240d/lDn6g4RiCfoDEqMEgm5Sqg/mjuDBjoH3J/wCCEY7xuu8EAbCEYy0WssRNsJCAsxY2rk+gAMfjjsjrs2mcyJAItEDvyUFsSPa6yBEiJI1sI/f59qHd6gEDXkawxBLT2H4EvDolaivEpQGpizDojG6wTf6Y42cbcQEWrtYGZh1/IBjZkkMyNMyr4AYm8hxd8YqbA7M6yIAyYYzPUe/+NaY1jbVQjmkFkIdQoTbAQKRSk9X6BkLvECIwvQYUBUtRN+1Q19DuhUcO2XbUP/JTVPdY5U5VQL2wVdvgoAjbdXq5UinxoLDCAD69w2Uk2pBDpHhsiGsnSPn0TlSKx5Sj0rcWivTVMRl0kEbPLHXHjYOxOWHGN5DRwPQos42K8IpfegkTXBkZClvb/EOwE7NDMUk2O+yqwCRF0iJgPnFUEU8dFtxGbWCbILPPeLhjjDm6A9zWaBUVz5tRbsDUbl5SGS2KUPpM3OvaHqtkGmv0KaZlFzhSVwYv8NYIz7YT7rx4GMoYUrAOz4dzSunD2l1vnnMAjYuGfFvLAXJw+JRbBFY/YwxtzPuhAs6IgfbYU48sn2Qy/iA3okU8DBLJ9snupk7nob32vC6BukukujpI4ciMLZecgIaGz2UUIPE6Ug7cT5hc0jbp+rICrI9p1zYkZqSgmpPGzaALfzSnVhZcft4vUtJSFq4cHRq/DAXlAV7LsIrJBQuBv3FGjELptlF0/lluAGSIZHaDa2oKcEDY9hZ59/2yN+6L5791ucmNjd/upKUFPekrEYYvoCed0OIhsbyFwfdJJzPvTEyEYu2pn+/IQ5GiNGKs0EcaH549vGCYl5JqF0a43X8oDRWGoAU9i7taJIWZerpXIXlUvWIJsGD+fYhO0EB0F/owH3GPhzwJsc/tKJNIB8M+q7O4QMW1xg2YUgO748IDuhF7Tuxa2sxebTmSvavpFudscwYz4c99S7BQQfRdQwJdy6Oqf2JwUP0P49X39P9Vt+cwwGNCHpjzctEVbbnu/ueGtqp4BKs9D1RqAJAeZ56Fq70F+O9u0ux2jH2niQJoD2W0IXZu38mAS9qV4o+IMz2qAmTIE4ptQMsNwzDY8VG1nqP0EGesVovxZSv59SlJ6QyQQ+ue4JzcUgWJ8WQEi1xqkIQKjDqSf0SceFliVmUYF0B9x+YPS2i0AnZ7Wx8HJ+ztrqRzCW8DgYSZBvqArteaOTMUmyI8G59GFXphpwtMbFXIYZeqApzSuDEb5SiEm+REclPVYojCGx8TGX/23FM1Pq0DZ8LpCleocXgEHFFyKsuEK75cNOl1ddrFwzp3ADGu7H123fj3hsTOesig3WIQLlZjJYyB2gjYsD592z4dHlIgurg8QpRv/zofnHbjX4AWkRc+NBW2QCd72oRy203LqBTAflY4HhxwnYmxsqqGd039Uz3S0fSkPdKe348Wqb2/E6BZ/+rauMnfosE1g1XW1UB4X06ZqKwWARDOC4O91TZsr9Qw+3LDxWsRBCaahJLAppy6xfAT+W7iUlHAjnhBb7q7c1OG4YN9h81dMwIYvAAsS2o/u2mD0lewb5AAB8bs1hsSEGbtp8Su4b11MB5BZulnZpAbyGde2cwOwA3ppTooiLVYnqTV88aJxzUUwDVyllJkDBKEEGUGGyp0BOYeV8vU4HI6MPIG4kLIeKAYby8EoRX3FXH2Gd4aOZAbbwkv91YHLaFW41BpOsyNn0QyOa7hgVVvzWrEXPuoaZMC/eoGOuQ5kvOU7IeYGdA49U9fhkVmHxmI9GoLbuaK2yykz3YKuOH57D7sWIpxvNtUOoOzDNoEiWY0yvEW/PvNTYCga1c5EJpM+9gPgZ8+Ldb3ZcWBeESDH90rQJL9WXDBSE2IGwj5QNw8ivkcMljDiV/wdYt701fvntj5c1FuwNkdAPaeAm668v683Nu7BuW0KSpYBxlRr1S3+MwAviFLcTNFKN4Qv9ImKVjZ48dxCYZn0hUzm1S7LnE+3JDrRlPm4LbHTlmTUlli2JVFx8zw1XvFBLyg5xDZaumkG3I5XUrg5V8uJ3sDjcKo3sBHFbjFx5LYesJoj03wJvGfSlzKZTSZ0FSSq050hcV2wnWQnos834SJFGNTZRBcIVNhpErlI5bpRbGvniJ2v5ipevX+WTr8CZ8+WkjqFhF/A69CU0RY4va4Wzq/XB3bzWdGJWP6nOTqZu8X8EjtDFPRtV/4Q3Zfb8DHorX63O1aHrsYt9EhO6uaT0DaWQ7lrHywNf5D6SDz98bVmiMy3IKatoAsg2ppvaBodoAU7wLcCAbf8scMtWBPSB1EijjvZYHtlYoo1NXT9zRA4xdBuRxAp8OWPYwmuHEaDKKn/i9IKX3u4BeNudkqzGarvH0auaLWF3rGU4uPbEKV2kj107aHqhudgTp9ImgHhe1rncR/UOwwAC7ZplmK/u9EfpfsuhjUVlesv8nHdDlP85UYJssn0exxzyxL40eAHtP826QPZfHvp2lDdJfumzdMd+q5+eJD8xh8kHkz5AAMLtlyWDL9ylC4XOwa189X2/th4ywMSLynxIyfKlpjITSaDiNIUDit2KdkypJmy4UUY/9xBvYrmStjGw42v1iC8+VmUnUVLldE576BknkVo5x4ij6IbNkS1nxbWVtUWCwbcenvShy2uc1T0rbyFTMZFdkmhL9CS3H2imABpa41xq+sAE9qHiqS/a7XEhmnJV/eu0GQrmm/Qss3V0sYzKuJEZeCuY6KuxVqwEuy6NWwTGwUY0kC8TrZJP6JOIY76arCOTfx18eUK7KOoKnjwm4BSt1GuIoj1SXGIeDhR6cC6W3JH0ONJ5xYtPGhhlKl8V/Z9fV9jLMQcDGPQbLNGFHWo1upPzPDZGU+xCJofc6uUFt0W9EaPiIrm7n4J+ewEQpZPOwjmRfv4RdWgis4L4xhiWrWUHAzGfahqyo1lFG+BJjFSUY6Tzyk1itLIKpBcJGIcfL3rURiWEHNn/MS3nxYc7/kZ/Qk5UBT8DRi0bECg8okolUstgs8B4MFfNpHlVTMnOfHqu9t4DnA2dgd6dxtHajnaXsxsLEQ8K+39+af5BSNVBMYnzka9IJu/k8xF28nCOKFoNstexWdn0fIsjgPctnTZbfVKfnN3x7+Uq2BR/zm+Wro2f4LMZTgwLmcdPH/561hPuvKc/av8CFPmsqQxnIEJXncVojyt9UPtwrksvlun8GaCeXy3BnldlJnwQR66YTSXP6O5+lhtMRCfZ8eDTC/PJIrHp6O6Zj2HxaE1UkS0w5H3kYHVyDDGJSWmdgEZh9RTy6hw18wdwqfbGVnpo6FQ8QLNVhOByJrp6zm8HTOB6Y7NhMrxr5SXFoj958YNmBqtUn+xFSJSKKlCc5VpbDa9yUe9+Tvn0bF+O7aFkAxT/akrD48QO5pnWAZNzHkFk0NMsQRI8GhFqMf6Z2p+qigLHq+QskTPbThn3UO2WKpU7AngTpwikAn1WgNhAkw+GGpYdLG1ShGgFR7Ha0Rx6SoQ+a1Bck+BHbcXqApU6QubjAv6OdpdCru7pP7uQmmsH4Dd5X3bPu3LDiBDFxS6NQYjG0yDfi2034T0Ek+u2od12fV188CMu0ZVAwWFVKm5hID/MigFwDtsYXYx/JrSV8A1geAaT9royBYYZOwo1soD56PzMwXnjkIl4F5d48UtR4Em+rdUDHu1VhnvjuDbnnnA+7gQF8+yVI59CeSwK6KgwtrQ8UfrNkeb6aK/rO/v9c80HLYZhSmFyrTZQO7Exo1ylcIlFO6fHAsXGCiDMUYPsDWqMfZ7iCu/Jrt4vKzCPwteGrjw0MgZyOe/NzXkS0abxDJwuV06gys8A8Xh45BkOsiTNeZZgfdbPD+Lo7M4USlv+XBbpp0jcTb+Io5UNt74C7vxx2LG41iEzoQbdxQh78FfqeT9mNgO/98dK815ehvHoYmL6r6r+kdpw7VWtEnz5nTTwi3g3W2UoVhNPEHQ6m18L8aQ2oVayPMHSs30a4Xs2jIWpznOoRQwTF9MGL79Cl5Eoa2Lklb+08AGm1iqTL6AULw2kP+UPgXT6b0F3azM7sJqPpU7WwS7hqbi2kIrPeXrSC1jukJSal0R8SeslMwEeIbzYtB43bAW3DcY9c5wnn6HXQGepeUo/CDDzHI8c4vbvVZRu63vn/3bG6o7ntk5NE4UoFq64R6i492u7h/FNOH7DLUq08cZcI8+rbiR503TDtpojI4qw0ejtMR34hhtVDykwucTR9YsFYq+aK6dcUJwFOHMPC28OL7CkonRjtTyTaxNJJ1rFoG+iiJ1OzAu2smWxgB7Pn4NoKGlPYDwgleBTs0cZbdoYyn6ib2Ljo24F8pbQ+I+k0lnfEN+zfJO5UBUp95pgvpisxfoIOMT24G9EsdLHbpMvNDMVewWTk39lIliS0oYty8KCeYhIUFG9m3kFS7FBYxME0gQ4oulfyFAmcaXK1uNzJljYXBPqAa+5ngUmd6GYUO8EW+BzJ/AuD28PJz5eDgzMYSRGELYv0KdSa1dG2w3okmp36SRYcApuJSzaHEW5fYUNNZ0YgTifhC7y3oiIPUv1YLSpv8173RXDJRhDD8zI6+RAP2rb/J/6TG+Qu83zA/Wx127+5U3+klBTy5LhWqMAODfK9YJPKNxSejqo76CAb4ejtu6xXu+PNgdsICHrgS4tpBmCaTQiIWumIhw9s3n/pQt3FW9gcDeNrzJrc6GDlDnh5ptaSIdq9JgKIJGkfwdjLpZZJ7/Sm4WI9jsBWr6jsMjsJ61B47yEXqANPsSnYHbow2JdSJqibkc8RZEQ4ZCAbfJpCvO+WQu5q+MZCIbsZ4TO8ghcvuI33xUAMkFVdU8dGUfNE29O+6etsalQ1liYgj7+w1QvrGkwolyA6sTbVCqku7uoNGaLgktNPo3f3sTyFhXvau3bJtAu0xC/3ZMbBRF03neMo2TnbZFgEHAKF0nOjA8wo4KHRCZPjf3rVdY20nfz+nyhO+nydmP1K2ytIk+vqLQN7rrsnx4XP1yQ7tqsoxfbR4WNdkyWFDj2ezYFlbM4esY2bCfw8xnquyat39762UUNLIeqPiXh4yy9W8my/m1YTPFBQZOKyp/uY0648myfq2doshAS9nW6+XpcjK8ogVmmsd17lo4mn95bCjbiXJ+bVxMcYEWat3/L7dRZzxZ1q+1UxQZaKlECvrl1srML5b5a632ig60HHdxVbfkG46/vMSO9O/knf6qA8HJMX2DKtpdddNqr5sMfJTw2kDf9X1n7eGfX+wADIh2PbAnujB7INy7HUR0SQqXV5eU1drWNxj1YniVu9CnpIXB4gdD2zlO7XFmKDK1hNJlosWyApgWWVEGIew2HnlshRGRWugrsUtjQe7gQm8c0qILe4k417cPrEdqtwCdC5fbZL25xVaZrHdlUZjIaAAv5Q7clZt3aUdRe8KZAcZ4J4GRHY1mjgFSOJSwN2mjsZwaPzFm4cGYGoDIxkUddTCOrDJP96pw0fKBo4EBbd3gQmiYHZIswHqCCCUoEAa/PgNPA5SoAkjeH3dPdghEnB+3AXpez3UIOYg35F7V0Kdg7gw9Yv0acTo5NsixAMjf3KTnZ0sIZgRvgpVyHO1hMSVGgziHd3PmzRPg/UZCOxGhDDEwcYj6a7EKOZqvdm7M1DLI/qzMXPmhQjKpLshQ/DjiBNR3iKblKMMMsEYRrZymrc5i8L4Uk9t21kMyDfMQqBbsVlKAjCTGYAXgbhuyforJC8ZlBHJ/hzACDOg7R7ghkP+LjbC3HOVtn1crlZnnAXrD2zdezIoCySpocStoMrWQnIJFCN/5HENGcXQDx4Ee1qLLGli0lL9HKv1wf4+sWzl5VyodMwxmj0X2RKXILQE+IfVBRk78K5EHlQ79UO52IJK347ICf36XXUbNzW1AhhOtWplw2YdA+xdi9KOgQXGGFkIoZ0tQ4JKfAf9FFO5KDhNsOQk4/JuOXJTNFl270XgZXW1dbiLnfP+b/3ifbsNIQjhJSc/9C+8ViR7xyYunwoKY99d3f+fM9CN1/ZWHw2J6Hd/GqRRRgJlHTwqVoAvKA73pBBk5qD44/iPmoubTUYI0zETwpc0QpoUU14YYhHGed8ooo6abTbmiVIfHal91dV8DnOC4AJPuPnYMkb6IB7K6X6wxMEmRjKHrKB8TzA6+0WtfDtVuVw+hTCYthAyKV8sLGkPrdEqTr0XKMEqeubyK828xpH/Qg4BYR9Q8Izk1dygqLZosLnEKSsclLYQZEjYVQwHYc0gtbf4iNaFkR6LEJao8qv7QNn2l4ydz+8DxM9w+cOr8UjfHodIYmpnTPPAfvdajDPcO9BeBeLNNSR6ZVAWqeweOHmvuu+TrGayZVMzcsy0dSJ9wgq8HLY6vuu/auCpTUU4heZzhI4Wxbt9ElB30u1wYqBYcPnTTARAPwyBhRPzFFPS99uGkULQMpztH7BHmiJVmvJcYwN9+hu44PO5YPXYimrK+QyCa6037pWzq+6on11SWh3OEPtRzlBhxYe/FmtcCfue5QO6/yJJ9uyOnSaWNka4+X54XrCwFnqMeU60xAWezIRLXaGI64XWJoWcL4ou+Gr7emaDwIkB8cQRojaHqvnY24CSpc+F+rhujO/3+GS2864YbEq3YBI1+0iOJR0OM97Hsttvj8BxEMUabC4KBhz0PIORNhrdvyx/9W5M4QyR5yuH7kjglSNxYW5gNFzAq642DKjuKVRAqQzo/3uMYTpK9oXThRHJAz5QpckyWmAk7eIIeTBCww670+8U0M0sEmBmiLwcyk6ibh63175puQpBcikuQ8VHnd7IrHqFfAri/7F5RgKaTPh8QfHT7miZ4lJN4gIhxAwpC8AD73HyvB6HAFL8i8rX9WDdbDlhP2wA5tl1qDgOVqQOUqeLsazcC8RPQ/gikObB/2efmO4z8gwHMXDPQ3xea6rWZaQJTVjmGUcNzdG1mz4ngCYEJYZGLli/QDnIgmyeqAEz8hmpHP3IaPJl+WW0AnMQOCZQT4zn9wgBEL45A7A+BqIIHIJ0cgewVQ7AI9Dh3urwM9Hmlbw9c8/WmJCw5GRbPtypchpvAMBRgRCUy+6HnDF4tCEwkX4pIhIsvJZ60IjbhFzMAH5oXqtARC/2CC7jPfK/AVtGaIcANKR3PLiICyykGuLV4NMVghixiQSQ8xSik2bL9cxTJ2uBgk+xfqIXmhAstYEB2AHC8MDughTRMFMLBS0trOWiFSnHIdPsQchgbIIfObVpR7cu6qZsHRDvv6nJ3iTjKIMdwWavI1cpwFpgu+5wFoiS8Ejo1IN9Xdi7hRNdzAne97OQ6I2GFPwn0lSUSJjCGSmkuMJY1z8UVSAPE4OOl06zDK5WtrwlDMA0OPF1NaYVcqYw7caXSKV6kiI+htXLqpikscFTmDjs5DehxpyCS7rhjQNiq2dKlSCxqWHrXbCV8U0GkDjQXIesyl25Bwa3q5sFOVNwevgQ+n44CpX5vytGJEp+OBKUlCX/thruk6oWV3eLzy5sumBCVwrKSd2HLZbdqMb1P/uVbtb13PlblbnicodBgWsogqejq0MLyhjuhK22g79P0IQ/h6cIFlbiklQOIL+umrx8ehx68fqdLYOKZpnajN2ov3On8I7dcJzzIiXynY4VgSAjAqHOCgkRnGauhzg/4PLVBmBlrmd6L4NS/uMSqxs5cGFpZGweCIV7qhR6BWi6rcrIFeEsJ1RQFqtIyAAI0SC7Krrqpyv2aUdxwI1IJlwB4EmjFSFt45LiIMOkXiMpT7q7xJkFgAWiZqf0OIMbOmiaVcsAmRnNL/iJnYLoPvYNCTQu4ABP4D4YldeOlnGUcDJD7DiQoYnhgsTQE79Wzcr1D5H0oO6Xe8ZnguGEBUA42Vcwn54qiz01/7ErEXKJTy6TQGDB+D3zKeDh1jdwb7cgDTZOaXazZPxKuIoWwnc7g8a4iZruoerZ1HPFgUg1gWf6j7bb04XqKkk6CkzOJrJZxY+QMYkiH6Hi3rwc7DkXVQChiKt09KUZSESkNYQ4+sUKis9TfDEPbIMa14/X+9j/fUpw7dLD/z9Hi1iKLc9RQVNupCNEFBstkzwawiUvHFOz+d/7w0FUPJcFZh+hW0B6HCnCuGf94ruJ5oHJ01ovSUIrxRf8Ne8z6K5KeBOjpqu7Qkt++T7vmK/drSP1p2ZVPQUAQDKIMsR+UpbPRlSHhzf1j3bmya4MHgZVpWXCggBuH0OIghGW8H3/7XJgQnaBPI9ksmiPCid7tNVwKgFlz2Gza2y+nKsMn72+fi0vdHfhgQ2vORYzbifzRqIC5W4KORTcqgsRtS8hNqh+oiYHLogVd3nBXMd/W8ldsq8SfIrYrwAXBAH2q2AVVRJydA7pt2Wy/lWDUWw2Sbrlue0ZLI7HbZbs5ws6jiaA7cySCvwYAF7NxWeckfA6PExxI1EIK/oLkjF74/lmP1+ctYar9cazhooeKQwyOAJ91zNjRKJKyT4iKY6lbVKkzP5C+FJFer+Zq6QYAHO/uCPTTtk/HAzhoUnARMW48JMVccSD57ZaB/VAOifwAzi7wJ06hZI+oa2GFvj822x19sO5Ekyz3X0eCLGxKGKdy84QyfQCVLbfScpjitoz4M0aot0osFyvZJueXDxC4BY2MEIlWMonpLB5EYbYG+NAxX0PnEo+v8dta/FqJ6M3AkpL1Ys16KzdcJR5oDruMlacQb5ObeUk+RirbkaKIQnEc5IwmupOTkE+/uiVwKlSi70DuPqHxv+X8La/5T/AVoVuJM8FiG2+b6hmQhEO7eL8ByzFlaHRskqpqEB4GfE/guXE4wO0avztxTaqqmZXHod3zmyJQjkifLvKNJfKxeNwy8ZsshxF6JMoNpHjZ9GeRc/w6OACYG16kXdmoALFBh4sCHAVvYw1e434jRYPzLe+rbnC+cGFVCcqYZVM2g1Eo6mutCPbB6jKDK4dFAQ+JzTtWKygNoztc46AiL+OeiZje+O3cjDIwGW6b9hZttXJYATlUoQJvhe2+Qvfvq0Qt3E3wRmXukJHEpiTxCXoO2s4XsVHDUdUfMcylwY2E8bD9BRHIeD7iHvcXzO7lRROKwPj4mG3+6uWlSzNi105d7qdgKPt+1qGJj6rLvcZvNB8F+GQPQLTbWdfuKkMqvklLgG21q0iwNesqdGbUOcYpQsPDmBPbGSBA6RzuV9/ImYk8q4CaHe21Dl6T+d+F/ue+1ET7ewG01dbbzcxgjTOF81FIFtBNVRPRLwn7ZdtB4yVTZuD0Dps1kYBKzvkMo/tWWBLsd6NWOR+lkAICPMyEX4jJMEoRufb9TIwJ/3QBvHQiz0tY4XNpJryg+UYDhu2WjMg+X960Xw9V8/mSDXbMyx/i15LprkZNMIdPBvLcqjPGvqkNwBCuDeEIkVh7EiP48M44Fq/AnazqjJ9xqi4ey+ahEu/VVMtQcHWgO1WUqhXCHeoQVsHaF6aVi0BPwDCoFudqqhaT47HQ7Vtaa0z4gV2h6EznX65sjihSOT2RrurmiU0+IWhucn2oNjDlFgGAqoZBoL90nLiP59rEeSGkPuJzlLLEZ3pc4PZD42iAdxcXu/a4/di1zYAyhA3FLrZjBdFKzFT9u8ctmgvvsPdguIA4ExBr2DJIcGyrTph9ccjh1493Xj+ATMMtIlX59W9iUJx5mWgppESWeUOzB0GZ419fBwE1Wl+07SCwIwhnQBv5pSagx61aHgcEG7qt7rTzKuMK0SFHj3mXmRavryoRVeUvVKWfe7YwHfjcVTD2xMciKjpLGa7KnoGiq62RjKTknJyqeDD8D4S/99UWMVcWuA4khpIIyjXH+MLn222HIahUNP9nua8oXrC7YEB1J0A+QOnGYChXKgktJUBRQlEloNNDmGZUYtjSchM7U39LqSPpeHyS8bYGCka2ukrV0hShkt+O+xJv8DCxuo1A7S/hIkMzabuEASMjsawAg5eEV3SRq3R6xlR6ihPISl0luslLAWezpAMH9IW5Tl+p/IZPYCdavLMZgOF5OtoMAEQon2IcFa/gmWTFdyqKzJ6B92f7Yi3AsFfsCDg0uCPAX6apUWoQkJEPCXYkNxsxBcnGo7Da2k2gphgFUWz2AfyygnhDeisgo+YULL9HrMbaTo9DHNgVDEiAjbxa8u1cVr0iXeLHtsNOYUUeu5BFNNzVYYKgcSuQYKDVnuEZxllJKGWh0iD7YFEZ0eQqk4z0sSqHI4lPUttAFcWfuhIURg+OwPHdFS+Z1TOVtnQwXpYQ9sEdUbSeXxIxzKngIcKgpqQIgYFcbsJWR5weqyVIU0dnCg1ANjpU+LvgIf5ycw1PmLYpdwYuh3kOsWW82ZfNhznyDxmE5y/73hx7Rx3BXKIN8MZhDyBcdBPn79KcS8jwU2ff0p5XRQVPreBFDNFY9LUTbD6mLwzajSZ08YCGCO+bFKFZtIQ7fM4nz83GPeVAMW4byf73MSDqUNgiGh5xV0mMxhxouTob/B0GNh1Pp5Z5qajeYzwb7xxYTh0DN+WD3/ebTO7PN4up7fkmN9vrjd5Sb1belnkT3DJvwGEHN4GbiEFBAq3InFZkk63IbCsy3Yps1IpFsBWZaYVFP/dut87hDZdcPLwDt91bleMz2btovXQDfu0N9+bxuL9j3JNc3ml15Bu8AP3iBfYvu7DGGCwy3NXrYP2vrEPINviUn/XPzSYoG3xuNvzgN+b+TiYKhDUy139uNkPZPVTDiVxEgLKP0fsX4lN8q5pttb1qHy6rXQ0SZylwWmuwj+vnZqNNRFD+bFQ30fwGa7CKmknauSQ+w3hKQGtuXHOVczIq2+GyYMtCtQCFyHtuNiiKbg/6TxIFwi9R/ngCUBIMUtLHaVNvEeDLRskElGujoqeGGWy0iWrCkcl3KAfak1HQY33olZPp7du3Nu3NfxrJFucbU5NYSRKCrGNMhxKQ//QkU8GyXPGVbc2phlqxlqTxc/zHW+eDL6oJtTgYkoXOEDjqiDdtUNDoi2kTwByBM+dCX7GvtWaRVn6mo5ex68jZOHsaLCAzJZzZMGXs3wGFJKKQQheydAuBgGTcC/iTrspA96kijw3QwUFpS1sYfaLi8AiCD/Djc09EnxuW5hbzM+o78Cl+s6XAKoJUuqzSd/gE5CvEFQQ3QNlYvGpRY+k6C3WDiPos41Aedj7IzUMPMC1KMcCnhlKson35UN1BgNlw4KxytzOoLkimnfyVzOmiv7Ahg10llnQ6N34Y5dRQ/i9ktoj/bgkW3eaF1rpOaxBht0Osu1A+JpgRhSPnRrBH0i9upMnduBhJOnNoxfqGTKdGyqU81AdwrJnKMdPpXrapjlKmcSfxuwaKmG6clb3fd2U/dMcNPKZeGBWXeGpcdvV9tXne7KoK4YWDJRmamSEKFKBF9NO5fbG9iTbxEg+OcpxorCYJtVWn9UN1eE0RQOeUEzYt+QwF4I6uDT+vdJ8/6Mx4K/QwK8hmlVYAwUHi5fRSsLNnbAo7EVRGsTrXzIRoVxrpEpYqd2be95idi+bpa3TkgLhFSRj84X9lSyPdhsrUx8HrBb6CfoKBxb7TC0BVkEK26R6BVI1qKBZqaToEJvKcfQFHI5W6BOhgIwdLT/QSRV4BdkHEBdPuCGNxdk/VgDFlrQ4/kdjFMBqRLCJFt4TqIL9lGo1Yzi3M5BOP30otvu3N32S7z6QYPF3CyUUJ6XHlmJLUamocyRYTSvcKi9SKTVFQwhTNeYSRlkAJ0LdzZWshIACw3mbLc21lRyUuznKAMKU/suk5wCaNp0APMomNEP54gbC6iRBgjc37pZ07ONEDrqZKb8sapFx6rmBSUGbIv72xiNEgi9tBwxGTuMyZTRIWrY92gvQb2OdzIRLC8dS/DctaNQ5Ecnw2SwmEKbLRjFcLOo+MTHioPJ4ssd3lKtODgvi4dKeCMh0le3C4PMV7kIbtaF7egeTe82f2G3m/Qws0tDCafobRmcAOprjh09/wEHusEeQeUW1Bni59XtkUTSD1iJqb/oDeCLN+UzbTdaMnw127f1cE8p5wEt5ubay4m3bkGXjeg7E96Ib0I1VFOcvu0Qn+52Z3RN7VYTOEHaT2mOdojaYoBMFFyWygSB0dUVKjKH9J5Pj3iunRHNYJkkdqC9Q4gLmebh0aTNbGZ2vpNBFdpwAm1mxDBcP66CYYrc24v+A8pf1tDBA1zavTB22xzpsZRFig7lypKDPdAQE/WA1fu6bjKrM9Qdcn6/FUOA0P7UuKm8otKIyJzcTA3ZJQ1/IFCGYFZ1xXg1/HDe0I/hTH7WE069Sxu+qmZWx09XvT649Qk/7MMsIRAwb4O54NegqmWZ0A2X+rym64q8oBO9JsHV+pxNSNMhsjSgGpjf4Rqj7oHl73Cpas8i7rJhNeONsfFBR2U/dT93SwUlM9C6qV9NHxygJCTTcLeum4Rf1C62TJk81k8KFxszhh5HU+UZvvc35PrOeT8+dT+L8sK7j14enAGJe7A/um79flAtS9RAw7Ba0hA2SwxExNfThUg9h5rKJypf0vWXXKMpMPm/iyqg6fqaNCWakNB0+T3bKjkl6rvG2BUPiu3ZN9rDmaLuo+0J25ykV/XRcNFS0DOSzqHl4ntRA11T55E43gZ8a/uxF8mpzydmZjDNAosPKo2k45NRuGIiMLYZ40ygNPEeqdOT2iGKJwaC64gnA9sA3DTsrvC5VOdLwAkGl2CfbB0uCG67ksh5oEp5fPOH5JqYk3QfYOictKhh1ZYAh/iVkttK4c1ZMSn1qloZkmh1uOTWL8ZLbvny8g3iCkJix7tyb1GPUJrs/BcSKN76giz/o04bdLY5yJyRN01LiF9lzG+7fxc7a6eXeIg27J7suEm59+sd7F4/OaIpDctANqnwkp7IMzM7dsbv/tuAMLHOtLAbEmYKjptCKPHljy6cgn2FKhS7C7ydGZ55CMIhagY28oyAAlsJ/vX7jAnW13ZZc7rYyRc+4LzH6rcm9IxbZx0u139VLJ8oowVB0fgMFLgo1jLEkn4xlXjYkLNs4gEicNR22MCDAfaHtQQWoQEBGcZq7GkVfn43h4poyCJC82+Nsc4prZGGYFacYohPWag6giNhTnYNMWk2NiZbwOld5ptTcZTTXsydE9NB/ka0Z+hR45gdXQ32/+9oa9jNnlUHpQQ55wCRw1GT75GZnkdKVjISROHDvuwyKhWRMfPlUDbQJ0syWjMaqCv0Qq0fSQigb5OlwUoIvpPT9WYH9J9vWiSILwcsqkDY7KDM9jTEpRrAsj0rcH87czxbE/xTFPse2inN/vbb0ZYWLpmYHEanZsapgYpqQpsSnC7LxrN8cOrSJncLiVYAWuDUPcAk6SBmYNL6OfquEzVWxUybwO+TNGWiMsLl36Ggu39inmGuVkmb+Ux1Z90YKCRl8wyHJSq9SlGQwaT15+xP+xEljfpyqhm8CoFkbYQAtGbaAH5ZFx2HR5ZKhF/14fD4ddPXV2gg5+fdQ1T3bo9nTz6Wk4omBPK8ZSQhHYaBzHB+W0K9gvTJu54aNHy/PJpokV0Q4zAt+fDRVcNU/IruDKZawx1WX7owEjk5uqH66PiO2nrkBCMXzewkUPxkcH8YRH/YE8NE0BThuCGlEdO68zwOb2k12Gd/UOQNtY+c+E8qN4gJbgc2GI6Kcb+8MmjpLYKsa6fwhKL01kRLs3S4s/nagg+7LZ2nT67QPA7XEcLZX4KJ1/LPaZpgQgOAfkTOpQ91XTS2LzxccF8SQArQTN8N76IutzU+7rDXp6upNjP4kX/K6qBq+b4ps8P7fVT0OCv2wigIroJAcx5L/bO+voYwmsl49FGdXQQOXG6a2fIFyVhvKIi9XQmi8S/QTFb4aEf48IjL7Xp9Og/2O3J03pKVCRFyFH3TyM+h5KdB2jSrBdtnykvwgiQDOUfCb9OglgYlset7Vlfvez9JSiW75xGtP07neRYeiqcm/p8OevBEN4mR/x2/B8qFwq+CKI2oNgV/zlJWoxliTxhVfDsWmqnaXBn9PXc7vbkI8wwRtF2y0CFN+072nr0xDJZzEgdmMaf4rzs3hpXbfgdQ428SwglhECViyAhmTyvU7PODdf01mjBJ9yz6R1nYClIc2gsZWDaK1xBuSEp2zsYKEPjKEDzPHFrDZSKmE0PgyRwH8sJsaB4Z+m8nO0tRR8wa3yPcVB2lVlx2bAJmxrh8/cvrrBSXl3m8QaEOIGphIk6w6u01IlDcKiZtptDXoDF5LOPJOXtuy5WnjT5XQMo130Hao/rAUpOBfgKQH6MopBT+csAWnrTRwUtDlu0WNVVk57s+QKhNuGDVeXRZo0PWAcyh6gvpEBVjdGHyMS1QKM3M+brWNFCoC17nS8u40WavH15lwr/gCUW4MN3EIYusTyIRacM1NBVF/rSxbPVS52MnbQBzDypW0foPIvZPAKtNVlJzmIUKfxcLY4WQDnbeLSe4yrctxq3t3GC2ZgvcIivbgghB5FJ42h1cwkFCU0cxErWenF2hWoeyR/+HXuOXeGPgZjY/szmWakKBErIoM+idiK2b+Vz06tSsln2f8zRjrJPBRokeU+24oCW/51/DTipuvHcovhE/NXs9ZSLb7FAH0P+uTqO+xcKj50Fe6WeEzoYrQudZIJQe+5rQeW8iLKUHhzxYiBglURj4gT5oZpwbPPYdoiUkuXaRGKQPxMVLSyPl+pWklWLHK1HG/aWOXkMVColWHeYqVWAeYFy5ulFaiOFAJzHUGdEJw8sTDocwSLg4XOEkPLoxnOkgDPUt8eh/YRw3oY4YRjSf+9vXO+r/xlUERgdxTiYAxKshRBSdTSbn9FHKulx64QlWTlsWsRZ2pFrFrEC7UkVi2gwdofEVg1kWvDMAXyWhGv1IoO0SKJySP2L74+sJbmxlkYqbzmwHkauOaQpsbN96ka3leP5fe67b6022p30xEsqpVMXMWZSo+bp8oqJnSQG8DT29YNBeyGDynvs4CPOxeTjvtsJvfZxMRHMYZEYMeF3AMnnI89+/f2TiMpkYMir/qvB82Kid0dIRxOYjB9YHecjznb+lvifplW3QbMmylgNXSFrM7iuXDhhGA5o32xgPDqEBb2S9VTZIBkTvGwNRgsDBXOo4waQrAjcP7wxgd/p2ZyIKBSFDugw0uVmN3O9psUTTCS3+p2p7UrMQ05u2MKY61M7HJoOjbaO6RplYoXwN9kY2Y3PfytExZ6O0I5lNz0SN117vkZZvan456Ykcrq/fPFOaq1kJVkY8D8CfcO6ofdHQUi7snexDkEduVmZ3pvJCXaaG8kFZbd3hhAcatjAv29vbNlf2w72O3AFC2mRwjWhvYtxsOX8Xb9nY7GBKpAQDFqZ+b3A/KCB9iWuAVqtPWkhvdpaIaHduSiCWCPxjRGxp1QmeWO1bPZashrVtjjzVXm7F3svUqcjXg30epbjLg34/0ZeSl1YwQV1Q4jhWkbQ4g9Jc9gYC25sLitlXU3TmG3swI/LayHWEWZs9vTGDu7LJhTnq3Ik4INaq7ipcpw+6dhlIZHt1lYxnoWQ4iLs9wJIk4vBRlEPD6Lk7M4xV19cRYvz+KVWuCjU3gvw10t9Q8D2H+zR7mkosyZ/JWcsjjnWYAE/5jSobbAQ9nYjgJAqXNTuQKjW3GVvcJn0POBx3/8HCQ2oCGDkw9nxr2X0YLj7cloS3CPAqdD/ezUgJ/vbhOAWJOYRWg/+bUxe9y7W1VUm6oGTDggZjsu91ngXLAg1AW88NvjcHEOLwy+iBJ60sQ7G+2/kBAO1ZDMIRvLHGI0UHYP2hhYWXYvaqFH1HMyOWM33SRmlba9SsXN9rIGubo+YsBbZxjfB9cELuf49sKZ5R0at+Ig0dfmKLapZMF2Sj6RXXjbM3oB4ZFzUjABvPy1uawgL1agy6OoU/61CnXvU0nGfu7dbRKFlPIn1yU/8qdXZ1T1LrIGXFBShuA9yot+xPxy4T5Bg/YA/2KbtLPw/4aX9F/6VJ56g9yqPPDwuA3LcMK3RyENm3hXuw9pP/f4aT31gv5rBS7+A3lhz3wt23zpzew9ljU+onfE6AdA7ymrSo2FHbTXeCy1ONfQkdKGElw8WwjuMqLkBI+SfE+DtK7fqXVP84mFY1pQ47w+2o10zuJYbSFfgHILdmMc50SbCFKncAVxeCU00EkQsZugKKOI/CJjtbDm9saL6M8XoG1NuASQLOgSCiiBfFJjtRw9DYSHDr70OJuukk1RuGC6RDsU6JFC1+2VcSbVZU5qncHqCTTPo0OnODY68zk/gkB/iuFsuBEaixFPoKkpCdlfTVhfaTOYidEPDrizBkhnXG6/133YTqYHlbAIou3nIc2NSyTh+uuh6o6nsnXHJuj+z579QOJFJEPnd/87IBIPGrcDrRU9CuArMEwHnoq0oSa78buk5IF0bMJQv2h4QJ7+kM2Yv9tf0S8YBoz74UwP2g71YT/jstvvQaShDB3p1iEBZR3jIGEhep3mZambw3HwSPHb1KZzvnlq2h+7avtQnUMTYEoYGNWG8ojUgqQ7loSkNva33Lxi9C+qBpt63bTt/whqehXKCtibxYwCLQrZSQ6lcDgO1pDq9fRa0opNKBCvGIlw3zIRhCLA56bvkYojDLvQ17hpUUnBDQ32MFmzzmastEgaYtpK7iXSWW9FTOuUQq4o0gsPPc0iuO0djkPRHgctLDmx6QW3PFwHwSYH7UiDu5i+9b16BqKIm+zahLUDGho8Hu+C6wVsiTbG8kGT0pKxaZMb0bmlsSof+c0YTcqvjEkuPk2M8CvtHd0ax53/UfdBaI9NuT+U9YPtOhCy8QylyM0CnEC6PcdTHGdhgpmm8Kw/xhnwl7SA3Fa76eIxOVB4Xz805W5TDuWufRhno+QZp0sjg3KopOGElw2SZ2Pbie/VY73ZBTJwwilnlG9Eglf4d7fx2ULb3fJYA/4LPpWAzXEsdfBKCr+xMDnhSg/DYdPB4HpxjX29oK7iswXf2uaungKcBbcCizxb6HuabUKoclv1uOKXq5WVUgS56RExgJL04FqXz2CE9m6NuCWDaSaGDPCaiYECJnU6CVUCFq5jGbrbJ5DIm1iwnmNP4na2SNGR03YWXMV1Z1EdoHMu2Pc6NLijAcT7KfeVIqG6uf5ZDQBUgEa39yX5KatoRZ6RVBoHMIBOk/kmAmmbhqVOl//ZbinEOLgmFip1GkSJ4C2PiZnsL1JP3YYZ9yXlarEZ8efGTMT6OEy/f8fCG29KJj0SsNIprwRM5Nvx/yuex4XmbMr/3d718LQL7clh86apaDZSHE/xN4Z1hXJkR1APSXgo/7P6GSKwcFTeV6fZexLiC8/CfgL+HCZoJkPZhnPTMTsmFwaSBilttms3T2RsNVXSiFgGosUsMzO6U2U4hI4V4Gwo+6dTWTVN2EhvJuzfpkoI0U9fPVge5mDfE/7dRWuc4VSu/3atU3IzVlc4VOTJ5kRcRYH1VTuWK7EyR1vIqAV61vIFZET9dSi16DIZB9ATPfZjp4c6OP9Xehj92S7Gr+1i8uo+pjZ+Q7CfHMVtnIRR290hQFji8RAUAnaYh6CIOBaqfBKzQH367MxkmRk81y/rfgPx0dBFMDyIBcAW342+OQOLkezdWECxihautUi0GKuPVZSBq739hXoSPN2nJwqU5TxRYHUyUo4noYkCZJji2Az1vgp1EWSd+9KazQv/R8/nMHUnjbRK41mjmJ/utLGi16FZyGlgHTf/AkBkQo4tGEzAbzmmyJkINzlaaHdK6CRF0p0cXiyTx3eUIGxh0OKBnSADA076TTmqJyVuZwiC8gIH3wZY8XZ6WkdXjdHKXF64i+gW0WqnywNnCTPzGmLAmYALrWCY60B947qL6r6r+keWoLjLEPP9OQ/Nf3Gb/bOnxtnrN1XnEtLXQzX1nuUYK9Z0XhPri4ZNFRFYXBGAkwVu2f2hBC+uN644wIZvoaetW1PvCPjx58xI2caklOb4jRyOFLZ4ItuIQqoT+se7tuy2o0wmJail8Eg9JQX4Ov8ox4PK38P6icmxHGPokd/cKBN9dm5UoLYe09F3GRyKLmuTTXBvarBwZz3upKNcIs3Fk8OiTlUyLQsAVJMBYz2tbup9dY2l37T4mXG9n+FFHMUedAUcedfVA7rI3rRGqo+BKCLYUGEYdOmRlbUSoczNmRbiPS6TQfHvFZ8HimeYHNNoGe0Smx9HaN+jfy04dB//Brmuk5+IqeekovrQdPXmEdpE+szEqi3ES2WpFuRBisBwIqaMRnMC5bPKHXFd3mPn4DhieaKKFgioBRPKnxK1gGB0IlYUDduFXYFMCYqXxaVeYzg8S610SdACWxZBuluvc1T0J1pTeHc0ChqV41LAiy3OAsK1aceHW8108vYseu91PdJ9j23fk2Dno4WRMqDhEhzIBDUbGoLUGYDM9N/rVy47tjQ9W9muASAX9Q0Qtc0KIcbAwkSPo0QYOttOY8xBuqiByGwlBbCRWuEAwOUx8XqN3/jPREVLPxm+hQcFkhKzfEGW77JOgeOwHI1bkao4NcxsA3ycpaD01ONZZNAf0oDSgsxE6M4oUauXLvJLl90wj5UeqKWeoCKX9/Jnr5j8tM4VdPZCJrFUK5pesMXm6UX7a3b4hgEhwx9qz9AC4sao5XRtjyI07mZmKDQzLC0zFIQLWY432ii2Oy1sbqG9lrRO1/VQ3dZ95eBSqAj7VGkLCpicnPugXtwFo4WzC0buLphclAdApaP3DPWJ3PQPLRoLjrdIXbDnrw8ZaTTlJzbf6fsaYP8FToteLBRKA3bIhTYaPUshsrbUT2TQCGRYd0WQ5DAV4SjwN2qO5EcIFChWi4gYmNNcbXmyAFDAWTggzEwALYKqxbuwU1ACQZHsgoJxfE/mlL+zCSVszvEcbsG779VNKxAeU0KKBCsAXmlQHYyEd2J6dVLsp1j/BU8cp7n4xoFmO4tOk2fSQBfCnvPaMwHLR7sLdjMdHX0UIiVmSElGjMmcgxp6g61ZqRTYhUKPJBCxHDhF/zotx0UIRmnBlaiFNSnmFXnFkJd6OWLwEj7hcWYmD5Pk5Tfc2JzvOrRZsPoxeEfI7B0h400H/p4WJAd6fUq0HCCXkS7Eafzq41eveqPcBM4S29bETeTs1UdxlEzt9L96TrtnsvNqG37Uzb58CoOjGwxx7ZFrqEe3dkM6c311CaL9dF6iETJhBmsc2JCR3cvdAjTRTFPNHM/zflM1LzQZSdz4F8GanDzPzcatyHlvTGacNPzyzo5bgMyn67WGrNTmvxwO1cOrJiO7DC6sMIj4ZzAnmP9VDdLmz80Gv2Wh+6lX9PxMFA6t0+UABr8pCTWYoqxM0fKu+CDOHABock2CkhMuuYCSk1DDQXS47hDSZb1DmLVMPkhwL8xUZJ8v9CGhVmLcg5RbWUArE3ElyVwoZY5YQK5TFJ7ARCzD0Fvj5mlpmTlLMeQB1o15Mqoa/17Ks+0sC0clpw3L26lH2yARBTY8StBgSy9MpBzWW2denal09osfdVftqj5sgzkN5OGBZOhSkPJSAmXYDCBHE6oZL8t3i88j7BmOYMTOAgYnw0dIuXEkC4QcHKSm+41Lvj/uhnpT9oMBMXCyfNHJn1xAg4Y0wmgQ+j+ICuZCejiFsPr4nIkvwniePUXDmhobEyzLR2+ot9WPcvfEar1xPk5nseMrcR10ETRfo0Jv+QdN2DibkF4F833ypVheRpg+19rxVDEwo5fS7HFaDPRDw+8SRkM3NFLBvXKnG2gMh9EKWrk9H1FEcxXnbings4CfWRKL1/4o57ZDCY5lPFxlVLy0xJE+OJxSDU6ghkZwxcJLwStox24bqRZ++9TiFIdS+6EdC5cHUQ7iDAeKmc9yFaVWpBJH5r4SZwETUqfdkdfw2Gl5Mm569lLbFyinOgrvrttxP/JAR+YqntsNA4P52l5BZ6b6Be9NrWoMlOo8lg07ki+ty47wzHD7i7jQLkNGsVvHiASCHsyDHJnMJUfGc+4dwmSMODKJJEeihaTQUkakprQOzqyldCbj/bM+1OggBiMh01IwArpq2Y0rQEk+GCNnetSCuZ0DsU1u4nBlKjnJIMUCfHidgYcwEvzsBckJ9DeKRg7t9PlDP9R7VIWCDRO1edzzd8XyTOfQnbRlrL3KEmZPoTO28dGKXCUeVxW4nwheRdshxzMY3qNG2ASVLt0Yr/DlY93tf5RdBQjJ3b60oTGWTlGIBqKFQ3EsTbujGC9ejua0IM2p0TZCX+B25PbBbXz6IYgCkBpuIX2qM+1ki/X+2eGo9NTUYyHu1KO9Fc/GmNbbR8Buy9lHwsZZ/mtVv1VVOjUEBL5P5ltGSlFgsFh5zsE3eGmE2gs7DbKSbofhOk5ge+6dnw7bYzaVCcN9wkW5HW/D0Ty014FgACRL5gAeH5/jolYSDXy8u40zZM4ZkU0elJnHDtfsDbVQ2XXdPOyqSaa8jVR2IvEsde/yk3MO3n6BcfJu/NPZ2czeOTEXL++0t/4xOrnT3uIzc7TTgsffLx680Hi+NowPtlxvecxZixN7563ZO9O1ny14/Th76ewWL58/ZgcDmx16+9hU5dC+/Y+3b+2v0JXzAMZlLIfCyMsohrIg3Sak7xzAw457ETyYgkLoqJrBLGh36H9nM/dRApojUkjhYGExSKuDKbBAt135I5QoRzFoHICoEISc/AeMl/0g4CaPz2BjiOn4t4SX3O04Bf50tfVl86zT6JcTFwHA/fgpxjT2k5Bh/TzgyxZJ6IeMtQaL7IFT+ZfEF3yGjnQ0GkzFH3mI3HBqnKZB+9wc2oPTy/Ja3rO6egSH1mXzT1mk295ON9Q+QXc7Mx30QyLwPVV6QPHvaVC9crdDmRatgbUzLHDbXhoobDgkus1j/R2EymaOYMWCmAPeB2uXloGzBSnExIG5g7+uaJ4IJG1X9UPbiAJgJ3KbYgWrsAXpj9ajVuTNcTgwNujhHoMA27TLagMyW93vGPXBhttxiZO/FQB7fK+3x3JHUYBFRO6IAWBFvmLOCrIT2eKtrhUwdmAFoWE+fgT7scdyoJAXqcrt1SVVOcEAMJwOrKCLx3KQFOLOCTGu7IiDiR4POVyv9ZjDTVoETrum8cJ4at6wF7lKDZB5hGA3nBDhQwKC/ESx+q3eVmZSokh9hnsPGpJDhxEd+/xHby+yJr7oYMeQ/LAkw/R0w8T20+581UKIohUEJuvJBQsM9t029++K/GwJeh5sNt2pU5sIhxE0vMeWwzCI4SyqcgsszVvwaDnkksXJds2fEcieWjbwUn5vyvAiincTg2RFiWVjvcQh8qDJryMmgJGBXmGZWGILsWTgKeAx7609PEYdXrlrGjw2OZaVEwPse9jcfTvzxG3f2bB9OxkqR3uRf59wHt9YTaclst+k3oOcrsItCKZKZ86Hqh8m8oYSxd6+K5/vys3T7Kl6nh3KujP5ZEqAvqsgahvq0I2dnp9zTCMKwg0HCrf5zCd5sGxaAOl6mOjdRLrjHwZ4vkyOv2Qi6h0nyg6m+vC2Tg/spxNo8cYTPgJMfsiAIVpgi0KF57e6+lF1/Lwoqu+tNfZhh4HtKArHwriIR2eMRwEM49EhxgRwg/c9pat0DSg8zcA4LiuV8zwWdhq14hPXKI+8f6tWi+uBI08uQ2pdsBnRvYYFzmZO/45OcQf+UT2vyxrDQkdpsDc5sh62KP8LuxaBXS9a24rxhdxgZ+J1GP0BLGukdpcgsVeo84Q5N+48nKSyRjiEvLEAaVY0Hgs4ocxYgExoYiwAzY3GoliB3U+vYRqzkNkPGBgSLGGkVprbVyZXxD51gflyJiZqejhct++7qsS3M1q/bMe4ZxYTIgJsND2QYHlxtgIt3Xgs2V5jNJYMPWbGUqM/rVSUFRXa1fAv/C9zu4CKvCj2x1lj2XHfOMp5aKDRKiTFkcby9aDhj8V4rNGlgFkQ1YvAhXPyK5zbvNGvWIko9NnngIi3jI4gbHjIMw6FvZkYKR6dgRF1shP7GoQokuXFzpB7BaVavBK90t7j1ZYe2sZjO7JhtzvRy7tNeLvUG4dzDdk8lsGYCjuykBmfS5CBInKHKCQ0fLt36OHDpAca3Pp4149QhvMw3vvmAA/U4qjThj1JZu6Pkc1iN8Lfe/Lg+lQNwRJgG8RcDN4RIqLLN1BNsDKJFNlB41fwOl7qu529p/L+qZxtKPBbULtNSQoJOaoEfpHvZlIOWxKGt5ckhF5vSRi/3iEBAwOKd1DuZvVWUntJnHH0vgas+wtqHz4r40sCuhqNRGagtzJEiMP3+DxMHauFrP7zFuHjiQ+wFuQ+UwzxlYX2MgkaQojbB0Grs2CNV3O1NCiAS8oPkZiTMHWsVl77rhIFjyrtj3YLTwj8AQb+n7fV/tACstDu2ZFT4XCfQpkSPKBfCO4MvopZ3N1AkE7F9ngFd3W8t7aybvvx386IGo7hsJmJEGo629/eugkT3Ot6VlxvunJ/XW06QklyYoB6aRcuOlakcr0EAJnqW4yfRjxdmOHBfZ/ZFDzFDxsZsSw6y0fwWWdeHSZG9b9QTz7G2DqL1IqrAaya7OuhMrrNOP0WYxhK+C9SK3f7BaNmeDQzYjBYIZlWFKleVHB7pBsmiz4ytXRbVeQoOGrbAXAPD++7Fh0gC3B6xYbpCydddcuhvttV/4B5F+6CLr5XpDKMy+NUhN8XWKLpJH6LI8AR1QBgUQy/wFPTdlZ3k6K1I9ht6rcgZUgFxHvVA8G+jYaVJk8hhBulVL/RGPPdGYlb0J7dte1AY4X3IoT2HHeaeMtTDeVjdU/OxxqVeEFakghjYOLVkX6QvVckbjmCTf0XDrg1JnKUgry7Mo6+WDAHedNu5kV1V+7KZsO/l+Z6hxJF4HUN8YeF27aaNeDtvS8HZtT7WyAuY+tvskzfanY6kXNmiLz9HP1K1WF3fKhD+TF5RskyH+i9qk4FdnqZnahm431/4nonnT+x5jVWrP2NRpPsxoxs8UbgZownciZeaMmWEEZzsf9EHBmAi4ItJlRUkbCxJZcjFjeicqFKXRQ0hWAC/gJpoIJ+FIQyjMMnUPjEcAj+q5ptV866snmaCFjYVf2m7apZpQ3YZ4dd2Sg3I5+7IcrJeS2I3BjGs2EmTV440aBYBZNZzxdKm8K1YtrXQ1xNtMsf0BNewZu2Gbp25z2OKJuMNvbmFL3rOTujVoYKEcmehq/GAJKBLDZVmJqWf4RI78s/BE1VgvPQFuSm4PIzA4feUKYAnR95bZxNp/8BFtaz/vgAr1hYCLM7AFmZgSoyVNspemn0WfXlsTv2oSJM4ikTSm06fdN+MOMHHhCZWq2rrm+bEpK0fTUm4L2Prf10dAWQ8UUfeYTYd+oabntg6AxerppSAzpl6Lsq819AiCk0RL+2vRaxopCtLoirfOMEAui8JqZHO3vRmUwtPpZ/oFgr0MCMEYBhW/Zrfw9DDmsTyW70eMIv6SUabhRacstmoTW3P8rUNLTm5maQyTdhs38pDwf2989ON+9s4TbwLHedOoNtROP+pWgjGvgvRRsLaOMS2og2+qvxAKK5vg7gkkGcFa/tVOZ02wsEJ0upZViE7UcB/ZAmlpoTwXLIH8oo1hyLqQ7PfqqGEWuBtvO6KQ/9Yzv02s1gerTIu8AOFgkZ02vjO4BOBWS6rxsCHl2ZykxDraMCNjilMj+Wf5Abwmh0KZ0s4r7utlV381g2X7ttBZc6eDhjnSK+xOQwU0kBczYjkFMZDXsNlOjzEmJC4ylSgF1R9R39Mwiw0ozMtfY3gQxxe5hIiY53+3r4WFVbkN8B43tXa9u00RXbJkkHsT+7EGEZTuxdYlW+sPzimFnY3yvOcnHMAgZyfRIbm0mmNJsNGBd1DtXf0LOLEt787a0hftr3oCZ72hOZo+HjKJGyGBMpcnRYbLfAODcti4BvEhEgkSJfoN27fcck3hv/Zg6iWJIfA7j1pqvKnvMWFch24E5SdXWLwqrYB7/WU2/ebIAVYAs0Btr06YLHAt9yTgiv62pgkwC1lNDYV/W+RnNRVg2iK3pqyoHHfGr8yk0wpQ/NI5jyb+U7i008gkmfqoHUDQjikzldgpWokuvHstt+HuDODXd4cD1+aajQUfVQf+g6fGn42NxYIvq+Zs7YkJfxfBodCPwk7WB8qbqHisu6RaBu6gn8WOGnbDxDxcSs6AAZUG3X7i1XXR929YC1oJ8mwkFjonVrJZwIQIYOJpjwDjctlVME1BVBJ9TExfMxnCLVECBmL39Sz6/r/6kIyxDq4Uc+I/J/och3oIEC0ksIQlHfEToBhKOoHp6xg/Ft2e1vHrv2+PCIMLzJaKc4CacvsXd8+ldg8J5vtwL6FhGLbuFu53gKo8Q4ZZjgOUWbY1j1kZQ6Sr8eB02YFjr4ttx7IYGEKm7WEB4wIKZUgEBbbX/vdvSk1Qc25AniBUf5qY7k2JFTXchFF/KpLjjNiPJQh8K4xdFKvMnhpykIfxkktDnpbr5XHTaYEL0YKcGWyLBtIzhk79VOMbIycdeBj0bcVszDb8x2t4OD2RtfPOt9jOb24H35M8DLKsq/lADq2MDW6Q/oaGVAdJH2FQcp0vlagPAxaEn1WRiSApBA4rz/Umq9zYqUrFa5QvimwF9268iN/pT49sN2bMigkVGncjJTjbOCVcvnfflQMQLwGL0kgniJh4ONnOVpZSK1qrZ1GcQEgCPyBDAgWNT4zQbUdGr2FR6ewWJRH3mxqzHQZXJ5fv0b7eoQSpAU1r8XVyirLofS+s9EKvnt6nqCNPkMxorddy14QvbekxVkBI5H27rEJn9su49didAU9A6JNDyx7Yatc67+3tYNd8M4IcxVtDzv7exDQTA55w9jjxcIDMf1kWzarwyNE0wgsXCIBHsms30A9OaWFK/nu+pn+fX+vupuWsubeIqOGMZEhB1raRN9HgcVtplNZfeFcijNvYQ09af4EOXSk4wGJ+wJVLsX14cRsfsZxe6xn4j8ABHd9VXZi+Y+vkWPNgX06fy/1L1Zc+NIsi74V+Khz8s18YpYCaZZPii3anUpO9WUKmU2L8cgEinhJAiwAVBZ6mvz38d8iQiPQIBSVlePzTxJRHhsHrsvn/9aPePa5sZGtFMQ2uGv1fMNBQ7RAg0K+QNMzSckOfkYXEcYNJpskuGig5sAhVY4lZsMe6rdr9Xz53Ks+hqNM1Xc1094i6t2VhunRcdOIXgXJpMhfdsl6yoVLTfdaMYj2c70ka7BnGcts8SmIxqtHKaQLj0jE6TIhl27bvBQ+J10KFnoa/G53OLfTdnuwGJAxeOv1fNVOYy/UXBNcFsxmq9cN0cLoyK02yr31Vj1sOaIfQT3aqyytLmUx1OKHWFiC+K40foGYyRjdhSpla6VfrH1EXvrlA+kURvrHvimS4E1rot5htmwqfjGCxdnZO1th0ylg1QzPB7rvjJTCB1CzC8KIfdr9axDquH+wSby/gxGgO9IRc/t9rHv2vpfFbpjwc2+a7ky99U+eaubSBSnJizWawIn4kq/7mt4b1FV8AUD+7FmC8fbLuqm/F4ZN0d3eXsX3qtP9JS1DSR5JrLH+sUMb6/Bcc71pIGPtNBvrVod1nO339ej9428uMuxfF81zfCpbkZyN7gqv1efdFMvd4Sq8r5qp0o/vCyOl+iuBa2GL4CSZIO0WXDC/2Al+Zd7eGMOX1rqO6wu/d42XLzT28ira95YpA0EKBPc26iPv49Vu3M5yqGoSNIDzZV93qgV1GxDHgNornjti8jBdjghiGY5PkIyTguEePtdxOgmdDC+Zaso1l6zwhETpxN8uYV1y6wCpRgYrfRl//xLc6yMyv69gSZGF9AcM7kfEfnkt7YebXga0KVvMGCgN0PRPdcb/SuVOmOAo4tXC2iq7d5g/K1lmWJP4ksIALrRmQrPqL0O2ZvZseF9ChoCNRuuXxsBgJgmUY5QDX39VDfVQ7Uzw4kiAWIn7G1ifcbTVUjgU1DjPWy8757NOBBL5Re8AOFAgtKrJVFM5s6t38xV5o8vpLnlIzqfO5PkDm9zLmvf3slNbX+/Cxs4lYdyW4/PB46xqIiUQ89Q2kInvhHCw12l4D0NnnCkl3NydrtqwcmstrN5d0c8mJRRksqc344tcvLNX9785ZwprTpVvrco7hXyY09iZVkOprLab8HpbwRuDNUSrnlCRTe6mVZOqJ/oNfwSfVM+u+zGD156oCwms4T7ett3T/sa7sqSkL8vMOGND1BjzSREFk5bmMQ3QVHPFTSBH/12Nb29LlQif6bq/WO1/Y7Png80lAIDLtaX2s/UTv82m6r8PU9AGwB0qVbdDt/ERuJioK5JqGJUDODZ3G61cW+U/tY3OgMG4sRKIZCqcZeIEnxvYHyEm8eqaZxU7dUsrAgiIzj62SZH4TYnfqPfT7OmKsrb7bEHYdIzUWFRBC0pqLwey0FDTwhmAfd5raLCpM711kZQqMDEWrfCaCvO8omA/TrVt35pBX6d8rXe+2gjLYgTN0XugkvEhLvwIp+wCCUA/nwDLNm1BfsEeZmJVBAYCnDMMEMBPo/RdCjgc2KHAn6mrg9HFE2HBj9vwDxqMM9S+nizpeeo+GSHELrvDCHAu2b6JVKoRC+jzRpCau/ZsyPK3h3rZkf/mqxrg30izHzA31KXl4If5vxIo6I18UYaMhHwPgHM743gApI08ulzu8XpOFmcOtySeQGlKvXHm7A1vXEgyFBvvAcA/OAarjRwiDPEJEZhmskwYf0E5hkl756ng49R+szwMLkWhL57nsxUMHjH8UM0VmmgyHD8cjliiPTEEq1VJlJxRMlnheNCSEqO6OCPrxvmITCoxHG66WhkOXQJSW2vJEuvy2EI7XbpdOcAXQrEHXe3oJVamf9TFY+68MCeBzgacqndhZfWXWhp3U2X1l0qQozM7mTJdCebm9/owou3ztmTMXdPxhgUWObkW6vo2IpfiKfizWhwbgYh+qeybo4UNTYu/lqV/XhflRT5srg58h0YQld0h+ChexwOVbsTlQXBBgmLDJrclqNs6AwGIdHL5/mfeRi+Ry1YCohDgYmRe448rzwQf/78kxfqY7t9/FH/q+x3oWv1rjo0HTo3K0nK4Rl12nxEqd2uJkP7v5P+L/9gMqFkU5+OaFxgHDC9TKvD4cWsWrfk5gUYcbs+Lg4HePys6vaBnedAuy2K4cCophq077wux7HqWxuRJ7lsv/XlMPbHLdhHWPMHOOIPF7sdvHTki/h9N4wCRguXdrffV+3ORv1xWoEPXgxTCNQXhCuPmyT8tg3kpmn0bafveMQ0TffDqjc46o/OrR0IAXbG6SN98zfai8PBeQzLXpFe3fZhzkgz1R2zrdDgy1cqjrkZZCbPb2h3mAmIWQT5mQTtm1OsnZo9Yj1Uv4eWwX03qqb6Haf9fTee/+VMlT28gsRH+zIBan5q2eQFC9Bn8rq5zXMpTKLVebJ4/gZkb4QJJmghJsXRZ0k4NB1hJfukOkESjwCwAiahmgg+sO1n0COGLV9QxPm125b3x6bsny/HSgZvnk0mScRccgSXiHfdeNVtSwkq9A410eB+wvt4pNZCQbK29Gu+u5PaUm+dEP4o9yvFqUOo7ECRK4xlwQAosbgFTMxzoCUxxu6seA6C1PemYX35kqFubZRlspmqhpEmfpRAaKa+OpTt9pmjioM3528HWE547eTtU3f8LBZdj5aMYeVtPdBlwZUod4I2JX8em/b2x0qz7Cz9Y0zTgiTo4srnIBoRBnkI3IL9BUS2A7WcT413bGwQEb9AwROH+YVUwkwK0A6RQfh/gDghnpGnAHbOqgEpkzBwKCaM3CxVbOCbkYTZugFOFlorAz/WxFYMP+89aIBtBc41qDFmFGtVAGvEyzIHZSHGAgG3xsl0w8+y9Ta47rtu/NhU+syMR2QoBuSyHI3wlNCWQ04AwkTFKVpf4TNAvAJilR7rZqxbXmbmEFxCbwx0puZJrBLNEZVyjpSCjYuXSgpvzAcjc6eTJrEYAGexSrl0AifA8yiyBWQqcTh3AdAz5XYc0CQnV4mdZqAHh27g+axDeOzENITn1LvOPhaXaCKlvfmXqgjOQ0xaWSX5Uq1oHtL/AeK1LXLtz0PKBL3UDxnZArwJLFUGA3HJA0EcsWMASAeB/Zm6R6NDsAZ7/W+G5RASH1WzBMUD/8t/0FVd0KSmY9XONGQJNw8cuwtt6IWOslBCJDJnTUfkBbd5OWvml8nRJaUDdQeWADIKro3GcDHnOXLdoZsQ7W44jW5JGwuuakdcFHdmSYCmWB8eqZ1+d870uwOj4m33AFpGLkutzewhKwcQ+xvfBVIQodKQeIj4lN2oIQxhqyymZ0C0nOxNcPK6YEuRyuw2HqnMLqK7WGXuXnKXA0DEKMvLwSbKa8pq2pSfM02kw06e8c6B5Rf+wkklj/PgYRQ4sMX5Iq6R9bZqBxDYwwO7XzR1e/x9MZAl5mE2zrEkWFhNxsuF0VUtlDsY6dnYBosc8m2LVrlEUu2CRACOwNiwQsCJMAnQOpnnsoUQQRQ8NEa1XXq68BkHOms7G2z1K58BfqPv5gftOFT9y2NWswZsfrym5dAl3M8oPaeIZZj11eXJTBLmkXIPqIRZVGy+9dpSZ7I7mIy743Z0sr628FDeU55ZBNmhb/hXVAlZttnIqVqXMZd8JtDLtfpSTn7pW8MVnpFNi09N55ie3aBlDlWp39HQUzl1T5xA6CoKdbvhc+0SmLbbvIz9atgYNZxyFo5UNINTw0vIr9yupeXsYgqtnAfQ3vtT5Q2iQ5SteE4zRYiSP01oFxQElWAn/HxyWgu6uUL6Y1PhY/fFYphyWpDrIHqqIIfyjQTH6Ppx8UDHadcHy/CJ3syhlxqwXlRrXrY8bcEGoINrSt93P8y3CFxBdDopNjl/JB4vcBAKsgRlVgygAtENN8SaYMj2KGehA0AZy7UAxCSi7ukJ8ovuGiYJt//cgAZp6BbuYS764bYqlq0KRFlPT1SemQrZLIdrIX+Og7XOIVMOBiJVCTULzk7dLHgYLUWzMPS4blYopjg0S7AL30IzzcTojsbYb3JcE6gFBXT71PXcItGWq5jD6LFhkO2kNJJOVWqcOaqdsdJLWbw/l1FCZKRm57S1ExRGzqwg15xoYj4cZ5+6/kv/ULb1v7g9KkoFf+ihEmYQ6brIkCi6OVRbY2PrBjdy3n4Iv7Gt6ifR16gItCLmLmEzl1OCnIq/bEEKC7rcq9NIaCqDWYSsxTE9MSCEwmrWwBw22Qk0Mg1CNZkT5FH0byycKJnnNOFtuLP0Wh4pD4/jUNZN2Fi57PfKkOCGeAHfJBL39jvu45LmHX4U3oQ2aoRHKeJJSLik7rgzZpbDWG6/ExConxnojNXUzYjobEDn+DGO5XbcV+NjN8lOaZ8xzctSt1XPkZVCuSCZmSqgBurhu0f8oZZBo4BgYOeYAKH2m3EyGIeuaQaTJDJ0+7KekOJHB94A5AVcW5Cz9HjTDfKZqi/FXib9JpkSznRaZ5h2/Hv1jGi1Lj2jLopreFfuCGum8mmvunL3jpPCGcZmmJ+XMvttMwSnac+xMctmxwaCXiEbQ6AtCE9lnmHStJApuwYw+N7WBy8rBmDZXh6CiHANADRWmgTOfgRhFj297eQkg12qUDlMVJT6mhfobSeZ9fYuAnOiWfZRuq0WIlQU6n3TQRxfKpHBylGmhTCr3eHZ+sHxdYm2GHR+pPsAG4nnTl0gyfa3CIzRLVY+2keKBQ16z1gqtjIVx/RG6J+vOkbWIT6oaImepaZ1KxCwmV85oE6uBQvVCtciNvtjO4KoZK3yX3671MI27MqHaizrhjpv+QyZMrc2iO2Rip/kxUGeDe4gQOYiNBLT6QX9T716VioW9Ri7trLfE3jQ2InUXI9NdHpw4plxYJ17Bq6EekgyO/Mkg1cOdwvD3rXDX81Cmk2pwz/LsChRq7b70f61G0aEV0V+Tub269kY5Q7XgIneCgMuu2ssuMKAbLrGxBoqtBXdxW73hTwFKCoAR+u1k4Ls6gyZs82/vVtBtBi8YYMF+9/LPQUngnGmiFl2nFFF8K45Voe+JqV/iqNuxhvtvt8d2x1FOFqT0JigF8kgPNNpiWAJVThzrmOinDNobABz5uL60ip0VBSzoRT8e9U94F+eS3ZlU3Qkp13R+rr7QcKyiNoojQxwOSc4PhsQ7W+U9c/doPvrRuVmMG3fo+wKeja+L7eP1aZiw4PMrTmjzuH8ZQYloWN4IGMJntFoyjDZNLSIXpcdwWaKGj9h5h/Jtq+JV+yBkBgYaVQbgN+CnH4zjY8yd2VQQCrjmrRRicQpBA3RRkWJczUH844HdhrIJisKRJ3OlItjw+M4MtYnMQRLs78YUJhSyF8RpEBgofYDkQVgncayO3FkvbSMfDWW/IppfG6q8XgwZqNRpFK9JjWXjSsXr79o+HrYXlcgpX27UV8OVTt36gHR18MW7eNGs9Umc+SELejsdLObEom7zEXW7LdxQxAQYl+JIba62KFwCsM2RfEmxFJErynrUx+Pl9pqh4T6BQajSq0BD03bT11vjgtcXseD7sRfx/HA8xnEcPaUxG+Z09dsrq/dwcuXOvnSmXyB552DJ81hw8+i9CzKz6IVXGIgSpcZqN/agxnAePwjpZEqRhyltKHQOeo9QvQB6ZwkUaFz6INxeiTqTdNEa/fPvIuRpRAvnHNixdxFUmnTPYT9YNtuXzbPi101sqNB98A+sV6K8A2pmvqp6p8trf4ypVnIGMMTepkayMt4cdNslPAmGMhYUAfKbroHLTnVdOaTS8VQASGyNzZd5um+Hw+LEd1mRC77VVgk6QhFC8R9s+RewpsT+oJf93Sdy9SabDJvuxvySgM9n9FeKjBJBR+sd1XZg6s4ifZicO2jc03HlZUh10xUWmI4hWZLtDaRaDIvC0CaX9Ck+cBzhuIBmkLU2kYJtNH7CuAQNhzDQpjoTQQ9dVdY7DVwOdAaS4J4uu67sXJA4AH1zTRaRakTbi9WsbbGv8M7O8tmYlUIqpRRoExVheRnsJvLn+4mHdza8wxA4OpDBWGoQPxkwOmciLsTrw1oWOt2PsC+lVCL2PpWz0PTPUyB9SiMetfviczFUxJhFQon6221PzRsK1kwJ4guyp6diKJgCW8A1eBaI5MKO7/w56e6anY4FlSynW9oekdFFGgCYwaMm3fVPWhZq0FRIAi3pRkIJJQDQRHhgXPc+PhZRuy88qyPuKqbCYOpIqFrs4s1iqn3+LILrVcqQVydMu0KO5nsm0yletahFZIT1TcGo1MmjIEHfLlLyDbDGgklgRm9WYJNsi6bbb/RHCTHQcE7NkU15p+ZjuiCYI92skN4E5yLxsEVcPjcWQpuMitzgStUSm6St7UFsFaJnJmbTOk+YBhSYM9A8I5RwmyFHxBlDA2orYGSnhiE78UxQrD3NRvOGNDBrtfEFLbEMI0UohOuka2RM/1XdhLCFZvgAnERUM8R4lrwgttDC+RT1wemyJXKpms3aJR8JWNwrOyaQMQ/wkRC71zeeZB7x9HfaBNxcoCzHWw5NhRZMrcN65npb8Cx2ID1nEQ8MbkBQ7BQokphtsrNOJOLJbHrBJ7q2DsNaGAbhe30N9zE23CT6YY7cS6Byr0NN7mZzNU7gJGYbLmgeUjDm27ibbqo7r6qATKtbnA5GRjGuDvYBMZ/JIxlM7i3mW24G4YFYuDB7dhhBdijyJWlfmv3qHzL8MIsi81OFEteJbQeUDmpd48ptPlZ8ppD9KVrgbzbdt+741j981gfQKAQ9PWgDUL5tHRTpETpuFy3jAS20FeyPpw3QCjLacr7qjE3zkB+QSDz7bsd2MCHcmDShHZhjNtP5jl3iGd9W8x+imZj3EM9BD0DMl5B02kdG71zDlh4iAmJwwyooWUNvgwicyKALE5WcrqKJGTGlpylqgjWyTcZqJRiC9VdC9ikKAKpyLY40AqAjsIxQgx1bI/RZhfUElBlG4U9RG+YmihDs6LltF0A+Yh3GskLLFUaoZ8lBvpBNp0MPgf2SDFt10c13H6NpyX+NMcuORrazqBCek02yVi7Z1WcwAN90np2jGmHrhcx5k8Z/pylBCUZGjUDKuuMDlhqhudGNjO34u4QzpDOZAirkGcVyAY3EmSz7lBB6smZHJ7DoVZNdrc9GfuG1cMQCNmlYx1x1QuLHX7Ri6f+NIe7Jwv8AiKqgvXQeXLDO+jULmesn+zhYPf7SL0rt9/BxDSQxD52TaVNcldTmtxUTKbFH6pyvi6G0aLyQqXppw6SbJZqLUnA/dhZTHHU0eZg2wA3bqA1X6zvJAjzqTjePCK6OP3jWDb1+KwtueGzAUhGu5YSwiizPJQcr6ue8Kayyd1Tb5IoHKp2xjw8gieXve3Cz9t6D5Z8/Ds1LT4VtA6WrkVvDoWFC64Z43A6z3k5jvFk5pM7XGjiO4ckkYVPyAPFiQ6QcsrLB6E92RBggcJOR/5JNkMlzh7SOuiTg3wwt99LwC2l06jQ+WBy3QLsmJmBIPGGfy/Mc4UxCLlgkCuSiJ92cVky7ujaXJMAacJujJlTJVDhzmz6Bb4MosGwQXutvIM92NC/0oPR7YGwXN7HL0Hh7mMNfisj/T7Vfdeicy+nV+3TLJIfihP+1t0LI3+N7eli1BKweDVKQdgSQUnk75X0xzzDoKqmOVZv66OhEoy9IFx6GSMPDxbnTyp8rJJpP+Art1mrpiDXUnQAf4sOgC+r4yecyFZo3Mxq96451u2Apg7oHOTD0pL4x8Gd1e2TUhV025Kb65JjeYLNLxkZQ1aH8UZWAH4w1HTnE2bJpIoR3/UPdVvZ9kDMb+5VeDEEwW8z3YfXIOGeioLoZfSGWiyAcvtYtxWEy2hngt/cQ5MOfbWjgJjKy0J+tC6NG5qFJe2hfDZZwjqVzbGcrcomi0dKQ7t1iJ7T5qHorZU2+79CX65NX8glNJGo/4gp9uEGN9+o2g2P9TfaiZc3CYMZ6DaaN+nnK960Inq6lA3gSFjrev1umdbuxRtwS49FyTPl5m4nteemWw/JVmU8ClXYekiWeWVu7wVhTOoiIUqc12yzM5hAaoloNoLnXpkHDueDxpLL8r/DBGdu11V4gwf3foyWQzSM09p0P7yYONumHAaj8vyf7l5mcBMX/9Pd+9HDYHqTt8q3uuqdvBQ+DEMTWQoRSKhuIZDw8A3lKDKnTllQklgE1f7eJaUv53PW7JftU62hVJUJbY4Nw6eSadYAt0/2Jr84jh1YSgAQPWKKP7NID2yX9L26ATP4Aa8s7x0mUbwOjkTmVoLD+Ik7p+VaGBlctxLx8z9jn8jiFe+vOgvh2oLMzc3BV3PTJOPL9m9Wr9cRKm8pCMSkq3DLktbLPmolW/R8hiEDwzFJe7Hb1y3zFqR+WtoPmw+mgSYYjIMtTZST6YP4EtsGk1mQris/UReGNg/UAFY7mo9w5k2mgt+/hLgjHvAYPFKyiY7cCWNWN9sOvIhVGhor8Fc24w5mGFrcCLbuZDUR5vfSbYoY3PfcwwQZZHyaQXRcSQYQOzfCxuG6777VoItQ2VNVNhMegBCjhvc8dOLLloGGyKBldfFU1k15X8NDDXtSj8+X7XCg267WfEExaLvuNL+47UbC+aTHGw8NxSWfXaXgcexPVFJ1Icspd2gPANcEzXPQXhltFIiH7CKxeFbTAjLkHtLMTT8HKYVZa9zEod6183xINXeDfBtO+wZQAM+XZuOdnWuzU+uO3YktYMxmTvQDMvLwBvSiVEhuYqsXFt/c1hsvaWXdBXc7Z/LfqRWO142A753dzKQGmRfEnYojMVh3qpiujztwXDgxgs5jjaYVxq7bPpZ1S3YM8xDN+kxD7RIbu3DcC3DMwAhP5RZXvUeSOgjCxt1H5+DF0KAnrkB/NcBAqSzPg7i16EEQS+NE9+YDKHZwzHvUdIfh5EEqG/TanMljCYbAZSKUgxIFNaOGBsk1pKgkB+zYcNGQNDiylUM3lE24ZJ06zMNoMT/k0Z0YaC+01d5V5JsDIhUszd7Fbe6lzR5DVAECI/vl4+3baxVpg1jSbCdMCGeUrmeTIEglHhumGlQzA0DZ22uVbw7bd/W47eoWwpa0DFsF4kv6f33dNc8PnUxdHff3ZW1JbMS5Lrwr6803MQh9Gk0RY8glKL0hhqLXWPy1QwPP7AX/qusvN7cI0AySH3mpjP4ND6oAu6E5X1o7TJlcO4ctPBfGsAz7oa8qktYYujdv3oTkybzUGRPiuu8e+pLROP5xLHswqaT8hJJxA0h6b6+WsiX992o8NOWWMBT6bTUTdklWK6MXCLyum+NB62801IKoqQLkqnpbNuOx/34CqB4v+ygM1mfBpvrnscL7eXQAJ3pwVKsftATJxGNz8oAyn4Lw2ou+wU2z+WGa/PXyFhYc/VmTaajCEAx/vbzln7lTuP5IFWAwPCPK4tJeQS+NYhxyuDObtluEWbHf2/5v4LhvKoaHgjgwKoEmIIK7KPOGgubCKkW8G31KeHy4ApSa9jhcl89GFvTXy1uyQOr6aa8w8OJ0rPDAWBnQGAh8Xv2ACz0XFi1J48WGMLZ2wSI2ioKBCNWLwVKeiR6Oa1rQztTIZ6YRWApjN+GlgoAmcMjJ6CsGGP3j74eaDn9nplCHOIgGz5ov3zhdFiSDqQXmhFwfu/pUWPH7vt49VEqSkSwLv0vYNvTab3gH8clFogMG3nQ/psTwVVKBzdCP8nlKyAkBWuOYdyqPwbSQSrZdXbLd6Wy7zvcUToeDN3LWDuIAAby6l09/t5V0GO9sWj59l73pK3C95HuJTy4SnTxgetDXbbAKSsQIZ34OvoEAeF//rQyxjuj4VLzUdH45c72j1C/cR2OHy2JPn1rbF1vKp8P2RNvM2DwdtqZpYXHmO5y61BDU36y1OA/cCj413Y/Pdnw5mu3KkMdnK7UyGWLwE4JodKZO+ijidW6CXDPHA7UGL09QNZ7lv9AcJWGlHTHy5pqWBJCysQ6iF2mN2H+gYANswuVYBwIr6aFawZQDawW7R7a3tG5JAI5w+3jc37doRBWrQjcMZBPWnwEsOb7w8gHDRzDr0FMeLRb5Vce5r7tGxA9DiavsJGB7p35T4JtoylqtJ2wAxO81cwFcWzAsCHTuo93UBlJ/w+lGHMDzxyGAx1DT/aCYRS7/SHNML37urn7h6+6yTaLuDB1SflPpq56qQX0K8MjMAhUd++1jOVSGyXcFIzTLRULwkzYYY+6tEQ4GvdTUsESipbHshiUSLeUa4SUSo4LJn4eJnHBw8/dYTZzGm5+e15lfRiTL6A6aLvXploKOgiMzb9BFDADwMM6BFyU5Ros7gHI2Disq/l45hUfTsEzBfOzcYtaqXW8uz6MEPdLkao6WDlfgw88NSh5Yxn9gW5heJp6qPniZEF7mpYUeUjIbyf2F65w9YFGx4JP+T3fvkowsEwmSGpGXfDwj/M6Emr4Lwn8eq2OgVPw8nIKVcv2wSdvNcibSb+MPkmGtrUgHTZmue8a1AWPlYyUFSBhVzhpA/M32Drd6Ywm76jWWhi7DbNYSQ0o+C9wW/1KNLKbPrag1tkEQVNprPJmEathQiAKSmaZq5UgaqUs6dvpxRvyohXqpAI2+7rt7fEwcrWk0SRR1TZOFGjAjc8WFLtvOHKYLjnlzvEZ99/xr0lqugGPYu7ote+G47xUG9ranoqoaIhlSdYLWvMDXNGwFbOsazHatiX4hPyoPauQHyAIXCHaycBeSLWiO7s3LRYVbdppaFnscUM3nZcevb9yAR/Q8QcisuY7M0r2iqGBHXqCWsNnmgmwy1+6VHH8udhXCrgQoP2CKTz9ATAfA/As1D0lumOIXt0V7CDF4aKrfvTzm+5upFNMh5K9vPOmlS9PtKjnj3AeTIZu+lyavIEPrPIHMk2JXL+SzwlAPu/rGc1scMLgpRL7yaU3Cm3nNsBkIMt8HwUlBOmLak8FXAi8qKEMFaBHWD2s7U0RJwwNhprCoKes9fcafhHRuELXhTE/cNU3BHlYmIjf64TpbnIrXBjqtOFLU2pT9i+giAv4YNgsE+TBZEI0BD/7V2Roj/okJhQ61n/WcoYtCxuJBCoxkZMpRxFLllK6HDCvCQiNw3MBGQRy/1lxHwAlBj+HbuyhTKxylz+UBfW9dGw7jWCwvXOlZlJ1FOZ+ZEpp8ysYTTPxpFgYZ+GewD65x8lVEgBhieq3+HIa5XoiTwJISszzzOLmJ1Jo2aXzQ8WMMZi5PbHjJrcUjrAA7eYcxm7UqLGPgQQaR6okx8KswOgSAmUElQhTLt2OUeI/HKFWFYROYGhs2baJM2dcp2q1hzOzwXACL45wbmXCIrMAMAFceTZbrqNcwDJsod6yKVfo+dFLbF2IWboihihFAOkd+m0L5cTnTOi9vKvYi0sDpHclYsK6d4SHFiR4eW2lC2ROrIAjpVE6/eVOz4DGL5tvLznZzE9m5UHZNc9E+/3isKEr05DWMSAQGUcJwBbbimPQ4wV2bHrZ6INnJDcVLNyJBBKf43LX12PUSaynKwe3CqRIsVzC2BpwYd3W7g3dgobJw7tzZSPTB46z/uDuItqRedam3FeH7WLPLeyBz570S2BgqtGfcGah+2n1RDf/zG/Gfd5qh767h9J+yMZMhzewmLTdm70lwQPvuavHUBcMmIR7soHxSUm4P7rP1oE3FXfDXmdxz1KHy8JL5YjlEFdI9cwXgDkyhuEhdNvCD19i4TwBdMx4UrYAetNvWXJbI5jFBOTjs0VIVM7nAXWtlHM0smCm+YYNZaLezW+KME8fPeW2YqnQHwlPlxAPSHSL5GhTD+lj2T9Uw/jfIU6b0MlVc4Pv6oW7/W4N2B/L5FC9Pg6V/x1X5X6lylJKAcQ0UaU13p1e5CYkZc3FLKUSpZIDo5OERNyEwNiq1GfCnm2EGVB7HEaPQ67pl6GnyugRXO12Ml/pzM+UkC8Kz5il+UfBgKOXE+YWdZfnnuS+MEO/PU/m9XAcU6vyRanl+Ggnh63Kfdw6Xzv9y/mjG2J/lBtj+3yk/XOTPd3tacNinRq4cjkA4fUJGes9Ci/FQlslsgoR0svDckqJERLaAUD3hQuKlJAPLFrhsm3UKZS7NM0Kr7/XKSuQi1q1Nq3JHAb/Rksj+m3pLnBoQrWSZ0AAu1GYUO4F7GY/cXQF++9sC3EnnAsGwbSVfEx1u6WbDtcwp0ecWguhxEXzbwOgpbjtsylkaDGQ5E69ysrN4syU4pt5WAz5B4eNJQ3cpS8dh0TlBWPp3ze4koVhcyLnTpGE7OIMlZk8V+2VpwwhfL1XRD2YkAAX+W7V93jaV+EYOleKDHlF7GpnCwYmck68QdtIkmbmpMlMjAby7NZJJnagRPugZzGeZQXPGNx7FTwrOTZyVXguuZQvuAi2481twZ1twx/o6Mry76h4e8HVFzlv+txe8Fb3ZBf50Xf/iKUZkclOVIUyeKikvFLSQdMOeV+IK3JTP4ILrxl3w82oq54ro6J2+VeP2UWNWTPMzgZZSOPae8PII5MDvsqnUL0Q4DrWRkq842WZ76nYzHHnqdoIhJy9zn7reif13HWKIvfiLG9+VYTs+BDxGIFgYv70UI1npLsCXr7qJocuhOZaul249kZpv4GragrPEtCGdNiJzWpGH7p+ibrh/GmkWyKXc0jaZKmxpGBbPOzTQfVRKs5JwVzYx6Orcrmw0tgXLbTZGAoX/22biz2C5ZLrtlktIFm5PTlySQWCjUtNLoJwcjdez/bqbyFVcyUbAwBbqC5rXQsL0Pu3PlP7VY+/uV9uyWdR7fM/NYuTAmaU8YusHCqnCbh3RfVl/fYL+XBMGF+3hGZFP0aYWj3jreA/ZzToSX+Dp4uRhhDRKBr+ny/dfPr87Nt9NaElyEqa7mlobGx/YGj71hLAM/zvhKAkhQX5KsFrMoCNPViPfFCNByEGVTJtwkkKbTDPIYFn3wooFgzc2/ErK5g9Yig07hibOhOSAjtPjccf/GxZRCsKrOE2gqdpX+JVc+2/G4+7559yYdS2m9zAgct7tu/55dx/2lIADktLZN0K+5ozGVVDwx3NXedgjWvEkg9YhOsnBrAcNm6rfjsESXCoplQrnJllUOA8pD6sdqypFDpkizlIdlsChHaYxCI73bTUGGiISLDXGYHPIOMBaMNQxBytmdQqAtJANJGj9ChXL8AC5FqhtG0RTN5mWCLqbn61YpklA0yY5Qa0bcUwL2nIB3g5olq0J2KJyCmJmnEFov7QtPIshQG+oonhaUSpryt2aVrqqwiqjSD1TcJGI3lJMMAbWJhj7tBXotBut3XYMGDK2wD/FJCnFGJ0MMoXThOKhg4onsqoMjP2OkMQ0ZtgSCxmfq7Xt3ADqsAJ6N4D2C2IbgVkjWPgAKrf1XKx20y6Y4gGiC5oCJt7mI29l+phNCWpZXZfHoZqWxYFZzcWMFSJOR612hF+f00E8hRkdPnV1uzSyE7413UkLT9fwPDpLwjMpPHvExvjwGNwTyWmw7tr+2PbmafDwSBukSV30R3Fltt+PbT2eygbpTpCdlrz5JnnsNqlDoY7l8N0k43W/GgbW7LA5+rkhBiQR79FQDcORZgabuJ8sasbu4b1pMc4RbTR2YXr4W1uPm44Autf0tN5p71SM+q29MaudDc6UaDNs+Qn3PGNId1nuoVjwzHDbANGkS48KvFlcKnbHMc3cHCk8HDQX5czdvuKpBR6MXUOPjylnYHbxducWtjSlETK5qPznStcbnMUnueGABGunRrhVFFgj7HyTKgiRQs4HNLAWzAoPWhQHRi2Kw8OmrVTlNxJh6O6DsaBtm4kF4DbsLvHBazhMg/HTpj6j8C2F1pK23FQDjaewbik/SGQPyKNv2gP67jSFnIj0DnpFHn+TYSLltNNzIp7cHNllaDKY4G0p6+WviQToM6DzAySQr5E7sZy91t9c5V7XvgDiJLafVqM56bTJdtX1E3KT4sfXmlDSZ/mICZLRZ8e4d0LjwIk05bHdPjpSGW2CN8lItK6W0xjsTXx2zZ66M6hJkxKZdGFoF5ZYXjoNU1/XUJHhxdbyNMT4sJOC6CdH2hWinm0Flt3bpq7a6Rhw6oKSba4f5dO0qfAxdGr028f6yQdbWt2VT2xLbjYjCVwFJ75xzaGQtwNdCvBQoA3qa9cc9yYMGIFhd/3nB4z6wLYVNmgM+uHpdEXGC1QyCDPfgzCT12ARRh57r6c4CqlwBgUx2NEbj6aDWeE+jvwhiJEgS/hKvH+PrDfNzolvYQQz2cJI5fjCTF9oana6rflrGrvSYhBiJ743nOajBYUZcT7e/tbdX3UPJInepGykVJxoLOO/n24N4V9QQ2SAY+Yg3MvdGWFT1s5ku1KF0wffSj4wXfVZ6MzXhHdGxJvXUUoK9aluy6b+V/X+OHbMM+t0K6Kepw8VGM/s92W70y0tVLRsv9X9Hg+y4766bL91NrFA6URDAUpMCFbuveCfm2t9bAEVy2GqKFNzjV27bUqiVdvURltVEhhKzHBivm1yiERVHg6AqPGwx663w9gfQZGRA57MYQa3plCJM1x+c9bqEupAntsAd9EwHCvOIMKRmU0kAKiXmkWGw0M+5x/7HgEFYowTBQqWvfwMoXbBYfpj29fbR+0QxqSMBCOxXXwOXYB3PEZ7zVWc14NG8oefy/fdrmLfeGpirpKUucckbgyFOAZLsWqHAcWYXmO2cxUirwEGFHepHAM/YXJ4sKjUhGhSMu7LVWyvVbm+PfFK1WA1RchrLeO1bagylcJuAp35XPbfLwY+ZHYwZnzfgnXjouXbYcVgvzCI1U5+xPth4LuYdfouaJPdnQ4l0Tb3mp7azsO6AA+WaechIbl1ekpvbPK5xP6YYyAGJ71wGfm0jBj2CK8N8dg/g3TU+wxO6lgVq3C4kxwdTnxJ3WVPM9K0L0NmyDLQPc0pQ6WhBesWtFbRSpYCv71i1iRZFftopnEgVEbLECMquusPEsOrrMZIBnHkLiv6RjaWeuXoNYNpKyo1x9hqhwNKSHIVFzTj4f/MY3UWvLio7BbhAgpQYng55pBCdPispYqqfg9RHKrbsn+oRhEzEyQvZfAqtrYH80Q04xYu7TkFxMAK5gsgSTfdg7fGGOZenDT+gnKT4pjDYuBNTGa50bBJB9inKzETVycvQaFDCCrKfuIKFMfOLgefksweTKcuSbiqlyevSpE8kzlGnLgtYTy5Z1ojKNngA0087nSrH4/3i66HsDyESRd68ll3qLlceJmfvi6APwTYcDKjJps1s5B33DsmRtlJejNWZDtUGBMTuubaLEuZJwrn+QVUIQNFprc7KitqgBy9FNiqaKkSUyBG8CEKazK6IfnrdXN8qNtZu05zRBHsGxSibYVAKkS6Jl3RlCYimsjs9lQdhszrn3U+3VfYo3UP72j3k0yJu4P8+XpF0k+xeWb64VSoHp5PwfiMF+1YX5cjoE7AFeogls7+0LVVa5GSVZzcUJGMqz0M1TBoEBra3mFnJ+kW3DlBunlhqC53iFdo5wNEivzWNXWHdgUGZTCKCaD9mWJvIixRu2MEF8QXMi1KaOnaD2unhXhlhJPkX4A8Y18TuekzyqcCnebbZdMYPPnU6+CVSv9W9hLqL7UVXB/hwEWo+jttjKN/BXt9Z6abqZRharzZZdlpz1TTpjs42Kb8kkcnGvrIMn7z8ZcNDzRiP2zj3KYAGB50WVOKidjd183rkKRGeH6127psqLUDDbv+9/o46qBGfvEjHqwzCvzycFAemZalCcNpIVlbcBSHE7nOvx/q4Rz41YPEwinmRL7/Zci0DPFUHYZINHNb7g9l/dCeyqdpAtle0zWRfbabxpDrRDETe3Zr+/5yLotgpG185/NIU3bpJayDVZ7KihMKyZysw8uZXIHqAu2c5/OglX5YyPqqrFPB67Fvq+fT+ZBkmGRaVPr1uMDIIOCd/Ip5Ycs752x1hewwpeloLLPV/VwtLxb8c8XNzWVN8ppiLCYV7sUn82gaYwQ7ntqHzrvxYPSCj11bLdojAAkunsqm3pUzOwVSnhPluaa0cm0+AcCaIZBZpA9SGm6/vpztfwkhOuzTMzkwzYjE6cZ+ihlMIpplr8iBXKPFEJnmGE5ncY0+5psE6aI9T/gCWLwwqJZqDufzQJGP3vOmSzEP9mXdCI+6TK1+F9ZJuWOrtGovDgeHOP8bzda3d9FK5dfH4dFN3tgB9M0qYzjIH3ScjdV+cHN+7cCrUn5ikfdubyzzcrU6tIP4GS1vynZ33/3ufPva1Qf5IZ0SFQfs7buy3h3FZ8GrlHklC4pcxhk7+EKtnlAWRArdtcp/2cpW55enGJn8JCMjwcg4BU6KqtZuMWAEYb0T7uIVM3q+V4RzbkxXc5UKlm9ytfKYCZ8kw0GiG01pMnx75foe9AGQ0mCv/PVQU+A0I1+4WqoczVsSZ3RAGmxGB9UHF+akACyYKHLLzEjBAI9AESkOY9emKtUmr1crlTjDDLBjwts7U6lxIClUKkZ5s1apWTmIExZjdYkYemizMIMEH1EiSmE+8KWbbJqcOhM9OcCRPVp6zMoxmIwW0vIpawNapSBRN78AE2pzbE/QJyDuEL8ikOJGiUqcSYnNmp2Umzgib/I4VhlfquMEXk40TzdxaiLgkCkmfpC2mfiBBmxpBiwm6ytITPdyFuZuw9xpvolXKnGm+WRUCa+IDt65AHopRKaP07M4k6/9OAcQYGM9GmfqGg7Kv+M5+ZWPybebGDyozaMCMAvs7kCQa66uX7zCgL5Q6Zfba/Msi9YqRXsxh8R76Yv2Tp78Io2lev+hbbWZIJL+mdtslA6oDsZSf26PjRLtnf2f3G+lLP6pMnEKzQE3300S+8lBj6XtGvj89+GgbDrWmqZ5Icyasa/isGQYaACN5a6XbDRlAqmpCJeW0KuiIwV+Q0ceEFB6qXRsmyKWf6QMqXcNNfOXajRB22DDsIkbis/mZxqw1Ihc+bzmzG0AtOSCbcQsr4uzZhkhRvNQzkgT+u6pbBYjPi0Ppb7u2a/igYeew+OzwT5icu+7sBahiAWGkH/PepOaCAextY7AhtziNgZ3Ra7KekrQ2E+/r1p81jlF2Hirk7Cy1xx2zVaHngBusRAviejNcTGJH43CO45aEmvlrimVJG5OqeTub0PNr58FfkgaiEWfcvlhhJJA8NVr7Rvn88Nql5YqF9/flQMHC1+qTAzKSUswG/FMDpmYgf8Moz933/Fp9k8GfYafEpTXx5T4pzYFs1/fzOkB3mFpbFfjB8nAc0NTLAVSkbbjXRqYW0MzQX0I5TI4tZgNw/eRxTihhm9UlGql2ZeD9loqJtAQcQRY3AP/KhCMURgVwg1Obj9UnbYesEXpQkgFsDKThr1QaKe6WgL04b4jwTyh0dhuczAw8zuKaYfyuBHkDzPFToO2OozHtlqEvUV2DGioLBkZKp//r5k946ord1Wv35KfrzhUPbTPRq+kUJy3HIOXP0Y5BUTXeTno+FJttceDPpw+XwkHZOGp9LUuTabcJcpFiKA7PD1oDjCyOmwuv/Tl4dGoBMDhVXdFEAU6ZFMz6X3Nn/ye2qQoMf0VFWAHxG/bblEoXCPhutLvBj3fTGPpLAu0k95V0lGdI6eK1tHtOzUNw99kreIycFOVO4flG1ho5BEGE8ZAHznzIZuZD6vgfMic+XDX15NRnk7jBxjE0ExmQSra0zvEwkAVU+1xickBYvzPI1sYX6EZ+sXUbYgFtDNNEqmzB7QbETWXAVETs4C0dx/Ob/wZCeceABOJfoOxkLkjivyCcZ0xn11LUXDBRSoPlh/PFzNZgxE/p3VAVFqRtNvqAjexWuslGikZAhbA2IJVAZ2zqqLQqiKdr2UohS/FkjB1fWNdeWKtpWNCNBif1kxdgqpr4Zjjg94GllKES8nwMwFvRvyFBoXO2OEac6YBaKZN1swf1Lg7mEQfOzeAm8uXCJMlsAgjuQjJIPpb3Vc/yqY5iQEh8aD9jC6Aw0KQylCQRBvOrH9M6Rl85WSuBRE5vjS/z+TBJI/SxQmYz+bad3uFAKIs+RSeKABhZz0HwwFeud+OzQsFaLKFofOKaKpheE0ZQBcqZGyG2kQuewVLxmaYY8jTYav1cC/Om6fDdqGJvakTdm9iS6BPXAhC2xlc+ItxLLX9WCQs10WAwv+rQ6y/SK11ERoQA1bQmrzSkCDCwgCejsxAbrtrGEXvmgYoLx4+iXwcIyI8V8QbeKorjNmrLsdyCVIcrbL88qPItAKsoSDmGhhFiY/oLnp7dWODz02snPKvh63e7JwWRmdrH0/lRA9k+41d1mtGw/Qy0MfZHrpvMXJXhQgff07P1xOsF5mMQTJ0x0HmLXzf4Zd+s+phXDfdjy+Hyj5CCoZNmbxOCmIFOHslXmKqomSDwA+ZxbfL0JnVeShrTqwNJzbwE60vuY3029yR4WdxglFgRD7DqM0aTA/lWoCzbW41OEb4oZUHtjxmlaG5Edl1kn2Htp3mQ95NJEyc0HBxOEOxpGv2N4sxUyZHR9SBr7oInch+r8lHrHj28TNStbZ9R/Nm+XMW6jQn20yVzXKdLKrDbB/eXq0DAgmzCMjd7CdWIAkyHH7itQMiVrwvD+ORAhasPzXH4fFU5DvTsfkIeIaEBRvePCDvnuu+G7WrHLlknt5+dNutsBq2IyPAFGVF+YAo1fpn+rHd9s+HwPYQBTbkeBlsX3A5v25no00NJ8x1X3c9qcEgOZO/A5s6LZVge07uetOLnoGf39U9Gm69ZIC1Q2xmK6Sz8RnRwBg3FpaqiaC6IJ+pHx51EFxCKOIFmhtPTJaL6FruTjSXwmYGjWV3BlNXzWUjqBVDZ2Vj9pt8Dr6yEFuMd0MN5iQaP88rq9WZBeA+4FGdzAMULv0rK6OMAoAf4uyezoIkXo5X1sZZ30wtO05mm0aCMKEcXlevLWBW+inRmmFLw8NUoF8sbQgX2O1wp4udlzQte9DNma+I/U6Bi+WzW6pH6QRNbWJh7SpkePNcNhAlqHYTS3TlUJauke5JphposA7YCcS+jDcenQo3KhEVokV1Yu8/ieI7C1SYcNRzqFBYd0OFuHt4cbKzh4e+gqh/JnDOc7t97DsdoZme/GRbbJtAbubilb/01ACuAMD4a8vTdRM8ruLZ+vGxTthZVsaBrpGpiTouBQ/56ZCz9nbgmqbbAgo4/b1x//OOZHcC6TkuppGe13oy2ankzdez6WEDlul7wj0P7ducpKbUFNeE/j8Pb0M+NSbOujMw+jqJlXnxOajuMoWcE/i7EfDybZG/33YHxG8AWwD0MQThJ1jjQ6xVffZNiCKV5h/46VDQnDpRXvqa8jJdnl5xdGHmYknZpedl2CkCQ8HDVY+uhtjZmVYh+NVLrbqLVBqRSTu6ObxQ4Po15S11ea/3kwgN7GSG8nmw2D6WpyJFoeSWVfybajh07YDbt37xg22/3jPNI1p+ZGxP88lYhFyRTwm7Q0qSy4G0jWzsH8gduC+duCWV5hWgXGJA77KJExSJxaGq+kAWmRxCypnPgoIdmaWvFjpiUSiTTT4X9zaMujQlpwRZ/kPT3ZfNiRpcAok52obI4bODNFpRhKQpJaeIHaweQ22Gz0GoThJ2yfebQGJgD7rrCqMpYBzB4zB2exNqk7blXK2v6va7+eG+Df1CznIrx4IEp+4zEFWwt2qUUB6A2a1MZIUMY75U3+rfZfhxzJLAbYUcuiHETW9BUgLP1ETlv+Co2Pj2OfUiA1HZTU0egdHytoP/vx5aL7fby+uK0bASFS8xeOItuP3IPCsUELml8J3LYb8LGXRmGRE5jEgMZrWxmEhUVLzIGryseV3PbN9zlZu+rKYWGIlhDbxfdSBYlxfkaowCL6celGg4AQbl1IB++rMrU1Esp1YUn5hbmSJrxup9Z9ik0T1GF45IMBzthNhmD2c4Foamp+4tLgMNqwkwlKgopcLZlg+w4pY3FP/QvPRBCeT2yZW7ZCoxAXZgXNLTk5Ygn9vvbiHEGhAvwV+NqqAH7j1dgEHMV2wqwoIYHusDf6I/UYf2hhuc7xWEEh1BlJdNDWcSlQKtcZEGGpgQWHuhVqHVAs2eHTefIdFKTz+IDbWSAcEovQgtLqjCXVysAbdfYFHW7QN1xK01IbCopcF0gCaguC43Q+4sNcqTh9YaJWVcG3g19wRaRd8p0lH/UJp7P2FQkLEG6x3B1qiysZBevt3jBT7c06vyniDbE5WIhaGv38lkiK8T4w4YWNb/4+/YBEHwcuUxwq9OWiD2LrwbzrKG/eevOcqv9dHPXnirvPhS0Ti/3q7r7rXO9vnS2bJ8YYP1lqgFbM3k7uqfFsvpXezVL5+Tr54DBFQNUWLCq148FJM19OLhlMmLh6O4Tt8SwRfEH7uU67oF4+r9fRMMQ1Adm1JRMhl/HJtSOPcdm3JR4l0Jbuo+oUjyccgWh777VjdOFjdFKljBhgfCJSFOs8ziJYXyaEPOYC5r1TmXbwGA2qDSPZGdaWQpx13duXngi0+x2GrH3imtTZu9n348NuVgTb0Iy+Ga2IdyghvdUgRBRjNqaRMZxxZUsYA6kSI23sbwk6auV3SMThNgwo+yNr+aRFYzV/RKRbEuA1HboTe4Bj5VJShDMACghknSVQOOa258y+GHwS0yKO6gKcRywSvGa9sGIRm1kSs4f7zDscNDfq2dVVKVYZsBiNY2ebNSutcbiksITb4wc5wQdkka5rSaMlF7VySacpuF3yJtfEstwm/xEv/k0BrhCA/US1Nqjq4gIfR4saGj/3uoUXfIJKjgqnvQHhi57in+j0eQabEdWdjzIePNzRfPbvNQ1jiscXcI5HP3LdlIb/+SSbSP/exEnJl7YuvrGNYKLikLtKPZjkNwKwTHCyYw6H7h7PC2lOTBFTyiFRS5cxCZXcruV16EPimsGfmJ73byW/joIBgjagDqrnbVT8UWcTodZBVMI9KTSNI3vvXz+V/Oeyd4B73NdzLX9rFudljgtDAmX8gEzywGAMseuv4ZXFmP9wvxE8tER/e62S3416mGuFY5f2ZbTtT6H+y5jUb96k7OmBy91OD/Cgy8bkToaBuGmwqu2PWTeUcK8Yt2CkrVmsHh/i5qswE1aZ1AOOLdDsGKSus3Fau1vFOXDSETp3r9Qa2sQspl6b6ihlemJV+epE+tcEBS/fUI0ftABnDfVDJhIG586nrZ2rfXAPQy4UYUv4odSRxiRxSH+fGxfXWbYD8yjBAH+ReIBq5tR1USaOR7WIKYFw06Ez8uSxxzYqKSee7CcZ4xIRoxhRu6cYMXgn+rabZEHHQbiNTugzZWcabbjcCBqR/3JU5MYoanlNW8pSqd7QlJp03WKP/r8X7yQqYhopKCnjQB7ltIm+nsuznek3DKX3q+88wkHJoOhOaugldxkazYTqwXeeg8wYNiDJ03Wi8lQIWVpndgt4KowyaxP74m27mkn30GXmy1Ztjce/CXBo6SEGqgcmKIdNpPThNRPJkADWJ4EfL5WaQu26fuO7SD0Kl0zJeLLSts0Y8A743GKQvzpdOSSTdK+OJLE7h49LqkW2fHrCv3oeFC+X5X7jmKWPtdCupF0kBJYQaT4AD4i//ohwr+WOqvyCn8hv4h+E+kTFDDSAjDqh3QkW6P/1Ppjf5nRoE3AoGxDPuJ9zi3U7DqHiMgk41WCVrn2RBI1biAQNcMK6amOW18I5dUxti0G8kCYCZ784JC6+S5Ql/KN1PDqIWnry/czSImSDLCgfQKBkwpJSKJLv3AAcjnSplShko51a1JT2biKzrchG3UP7hgsn+gUb20naLZnqDo1/kMyhhdtQ6zTjZvxiRuPaki1mrU/4+0BpQTLzYFlPCBpuCSnzYFLhGmKRby1FxQouSpbI7C+gRg9orpLSKKTT/g5hEbu+F8QssxJicdmdxNrlQ67YjjTCv0ECqOpq1Kpz0+ZSOL72uV+SNDwbr1jSgqpu1EmUCAjRiC3DAQTJnSybCCWGAma+pkTaZZ56TaKqqGcTrDNifk3FrC/e9M9T8ypzXsxSSvd50Vh8NMfLLj2LXdvjsOC+N82ulQZdM0NxyPl6jlnCfyT8Sc26Y77haC8mm/0EHOOhMQbZbGL6j6HeX9i7r91pcEHnvsK6+kMJFf1GxDQrXv7hcY5UxT8m8ZqaPc3YfK9BOcLMO2bMAJeAEqnvKhWjyVx2aUecMU4gyFlrD1hM4mvrmEbPOwEIYgMs80eVasDJjh1Xhoym0l9YyEB++EEbrtbFyb+CxV6691Px7L5nO5fYRd5Lb7CBz6ujfhqHIRaIgmhPWCLVScsjQWFGjpXdk0Fev+YfBsHlFgApqq6CPNiktnUqCdp0eaf7j/O4q7MpX7bUMvEhyTD/c3NCJfYUBABvBLX7Yj+rHDry+7e2sfsWalpNSUFWp1HO+7Y7tzNoz4TMZG8vu/FP2PTvU5nu9x4nY5PdnhfKa7q1P9LYIdXk+9hRLSIoaDT7nzJoq9iQMk09bq0G9h5oEryzQBfK0jLeMHZAKaVUaFsFTJLKM3sSrCfAazhvVvbdlg8GAH2yBRhSghVQkPAFrnZoxrDXcQr38g5g+Nxmalki/b+kt735U9WOubS0lqR2VTGPsUGVpqHbBUwFEJBXvAp9CEgVoZcbVUcfz+sezL7QhQ3yTxSBr0KsJEtg6AfymMgsACiVJvgDEA7hzj0VhgHeQ8Wvm6hCkxGCUhucH7TdTqeRir/c1jyTaYLr8RzGwVYDg5VDTV7y7w8C/157rtetGnXGKd2BUCP1eTsSBPoxtsksz3KhPlgBcSDSOhXYSXg1n4MO/IzCBMePPYg/FMMI3wjYNJmVN+dwhTpZIq+lGP28f5FfwnOjy9cnud3UX/s3vl3OEgbnz7CUQzX93athvpWo+hkJGQbmwm5cYNg+xl4aADp3KeM815GMpGZJ1RCPRVuYPAy5ZwgHBC7bbSNQDFTTXKLIy8LTKZbzYXfwjk8/nhZ7b+OLIDTpjK/tjeA2Cam44Yag7RFuRFLtF7+OQQkSu4Q/SL5znOPPFb7vHKiBvK4btRPFpqF4jjqezrEpCU3SL5s1eiCVpgCUWAAo9oOm8srZgwkzvlPUQzhMikhxLcS3HYfzuA4TkFOMM7p14+yGu6IjEpEpEh+IWZpwJ3FRwkMAzFmrHuwKCUeiupom5/QCOcEy2hm6m7GOAZGknwrQkc04kS840zByEYCM8UuDfa+MFyvIFI7yVfxai5ASHgRNWNiozBrN/0pW37wMJayyQfuE+0lrfrjIsBNb/DYnR95n4UpiNrkPyQzsWIRJdq5XYOvoS7F8VOWIXE7eJZlJKz8nQKbBCtkCOrR4XBN4sAExXaC1coH4ETbkY0vzYJRm9ZWoU4wY8uJQYn/5bwpEuK2cPu3lhIpvmHl70oFuQZmrtoakrmRmcqPWJsr5xYCpc5dipfA0oXALbkZxF4mrjshTakDnvxC7J3o5LJKthgBHWii53IHonEfSVmk/f3hNvs+qWDxkdrERpepcRvH8eLtGrBZQLmpEuQbuE3ZwgoCV46tmr8INsSMU4h/qUir0tyVF+qnIdDZsgIsTXTc4ZCqNKixKubcStHvLHisuU+rdSK45+C+Y7kOhYBTJ9BtUv9gSBcRZPXi3xiGRphtNPAmmJX8sBuiF5yIW7SDhfbCU2/RVZYmT7D8Nl4bI1vNkQ6SlRhtwH9KZtuuVH84oXuLFqeRfEZTbiXL3cOOV/0Tmx5eM3bmA3X3agmu9JP70YxTDZmNcw5KEVc4NpqBtJH3qPain2b4Q22qBlaD4xSwvcqJgyHOvWLeykgqlfrfGscLxpNRb4zDma7ToIf5/OuvWS9rOfmP3qyP4rRRCsc7TOKNeogHMfL6clF5sH6GNTyhp22To61ofJMBZFTgykvIQzArxEIUn4BocF8GQB7ZYpAQz/vxFmSRwA8/VcXux1EyYP/YZs9US4FQrSBysCrkPwKwghZZ4nBRVTrr9HbK34jWk74SFZnSQDLChyO2E31j7ANIGaph3eJWBKHqh0qiLL2QrBlZSnnYy2jfpPvwi65TQldR21ZtK1eNA1C+dIN8zh2AGy5r/9V8e3yA1q1G+g2K75z6Vj6JD+C17bIjM4z5MxqNM9ujkHrVbw6o+P9vh6ndX6tqx9X3UPdXoO147XcfQ4DyiIW26ACXsv6LRUYd2nx/uL/AIT6omx3i9t6Xy1uxnJ/WHTfFvR6/r/t8wVkLX4pOoTyKSxlEgmwKFi/ybXwxqzjQIIO/U5mNAIT/AoOJZZUqcKYzhRQk7A3MZ4khQ0MJSWU3DA6JYmEcPdMVWw+NLWp3NAzzjQVB/JzCernlneu12DQmvxR7NXsRFvSTA+N7gDhF82waOyxLfhOhoakfmjtIoZzEMNGw78JMeVjUwL83+WBJEJgLMGfALDyXdlAVnQteA/iQIz+iKQ2rsbSQ0wA/HFR5VX5zCi1nJk2XmPma+M5vyLv0s9sTO4+bgcjz4H7otOvpSw1Wm52w4d795NljJ6GENlR3n/XB5KUFjq8Lv5wcBOWqrDNoEy6GQQomkmmUgax/S8hBPSzzomUQ4Uy1Jtt2YB/GJB8fpYcuFIFQy+1DySBxBVwDcEwB9P2YlPWu4u+Lwnify37TwQsKtZRe5dqDQy/7jtC6QX3prIv95XuGF604Y8GwYJCYEcJtlm0mKJLI7dJoHxiysnV60zUX6rxr90wtuW+ujk+PFSDMZECcR3t/UCnVzNURGelHPU4NHPWsp5CkheTaVPYWXNTjVehEYOVZgcDDqMkyCUtj5XFZ2bSx91BJqQmYWLWXU7WvGhkHIRl1yvP4fDcOnRnHwhofKbMLNVrsfmIrU6oz8MiUToNlEOIzvWUcN4t/nL+X0Ya+mNg0CCPvvwxvNFYlueHhbloPMJCfiy/V9MKTBJW8Zfzx0XQ/mmaUX6AvKFcZXNs60CvuiPW1h0XPgrShJS7Q40TXdJSxLl8bjrm793sgMRQk6XTCO6Q3+Ai4BejU7gBfznvR1FI1wU6B1+pvsWcevqvmun4ZsDjSPtoLgk1hS9zLmHTDZUBcjGHk0X0+aV7In2U/eSZnkSFMYtG2Eh+j0PopS2Ybzj1xXBgzRcgs0/x/M2JBeceoPPsEIem5kiy8gjSCEFw6MguGS1h8fHbtwoBLbTUaKkK21TQcXomRPGSm7lJVaEzBUAQVRSJaXDLgw3Stjg0KGzefnF343iwgryTSHVwXzI5v2gatmBGkmmu3M112T7Vpve3ncv6pTuYt51u7caZyngeVOXTZOAs7hrJaD51/XXZw13mCuZCFN/V4+Nli3HffH5fqcxrfMDqCy3g+6ql8rLASIJpWHA2kK0WVwBl6zkBAjmvMWx6VHetPcVTMxmczCpa+Y28bFFr5fJMc3LOQN1jVcaqrxOFEDmi/Kcqs7BSyHaK3I1pZ4VKN103ztm3WVfmHPJgS3hIMvUZ3LPNdoCFBaJP5MZg/sRK3NuiwG7Bn3mTuEPGwVpHIw/zAoT0gchErnt22GlDby7XtLmECxcn7FAHD1ZrGzvU9I6Y2sDqL4v75lgdeggQaqjNpwC5CSdqqPWXWcmRNbFDREk/qoFNXjrp8dQ0hULiGBtBeAu8022lONcG8fGBBDXLqSXFUl22DxiMnoPocHmmJJqzuiGOLQA6dl4ROGowmE5A5Q/XU7Do1/WECtaRBCQv4u4gf74yDo/Ioe0VLcPE1DmOh24IO0xymtI0ZItGP3yhoiRhyWIYxv99eSi3MJE1kP+XfkfvZZwj/GsJKnYokQFC0dVSMwoCuunwyBg7o6Nw65uqBZxTdh8QAsUvuixJTRToYOC0CWJOjGXTPVyO1R6sdIQ9jkqofRuVcpGIs/KubhoPFWMjX6QcfAU+3RwPIJqodpO0ZL6XBKXWofAi4V5e9/UW4USMXDISckkWTw1o8SregGtW8zTd9ju2mNM+db3DBAQNER8owrfmCh8Vu6onS2XZkyusA44JnBBAiU1/QfRJ034yOYTVxfInvDNODrgQbsKPDbyBH5+HegtM7Q5VT2Cywg3mULZdX+7LF8SeRhCv6X3h5+VEIs9oXE4GDcRlttxy+x1gExwi/jjvvjStFXjwt+7+U9drcB70jdyhPZ8WCrPQ9JqKx5BoUgvP4TBYGB0JwtheevmbDQdnLruBRoF930pY8xVcOEpbSQpbkP0d3B+8lm5UoRsAIvvMUZVmNq6iKm66b+MP0quC71V1f9Ntv1fjb5srDcs7bduH6gAR8lq6vixVnEBDnPUUJwR/beCOVBSxYhP8Aye8RckIX5Kw3Z5O8YRNmTKCGs1+c7cJMBzvNKE5sFQ39UNbNoFEt3dBe66gks9RNVjUF2cB9WNb9exwtOB3PYPKgmBtHkKQbtxX1UO5fb6mYtjgH2030NQZ7LPst+u+QyHsbdc1gzR65uz2gRhxiCj1QQbgIypKmetCUChftdW3elQu5Zv/evNmW+LWef6Xc6axi5s/sCEqyBom2f9rmn9h6adFCT3M68oKaWc4eryVnZwsiqkXVp4SwjU8xRjHrH2StYa3YfkThSxsjlB5B2t09kLHbIkij1VhDY9o1esX4pRBUPF1+wCmjOd/Of+gcwlvg/aBF8LJ/lmyUNbF/TMD9iCejmEABV16XbknywhW+q3v9osOLzUg7nr+qdqCmYPVvHIGBHNIfAbjGQF2lO2xGsDu4/QcEJkWnGuB2YT/hu3C6bIEYTA3MMT24UVWStYhL0X/XVZyKadbx4kOhNZDX+7tPq1FtaeLoVxie9c7vlMyQe+3Dz/ZZ5HzhT73Ahfwj7f4XBZzPhHBGsz0xf9096drCWaZlmhA2E8WJvcCUzIKaa2hyLRGWRvO5JK1ky+eFnrmiwziDdg1ryhCU806LjG+gJDDJmplduBLs6DJGcYwQCZAZHKIa/yODjdxy0EhMmpOvthVg5ZBrCa9+DHoqHzv4RGgIQ0Qj+dDty9rKD9T62nZ1hsGbC+iRK39OujxG25Vfrrf6JGYe71nlQu58nPIs4zf0KFa1Oo4gN/GcN2UaPU6rTPKz6JCrbqmKe+7XgI+GCgpFecbMLyCp5UqQgMjxwVDWGNYkup3/uENVe64quEE04bE8frC3HHImstnac43Negcrd/PZvkKJYBEB4VOqoKB8m20AXB5IZO3tSqwFRd2lptXz/VsJVE+qabwq9HlO+F9XjnjovgVUy6KfQZ9bPuuaS5b5tN1OT6yoUvT1DAfr6pyZ8CnokylPwZRhgl9BEuEG8Dxp+3IoLBNTDQIFyBn2gYsd6cz6u1GZVasAlGbxMzYIDawvW5BIWJWbQqPHCxr5yYSGMrGudPgWCWSU9g9PZWAC9HS3NAQrHVpsOtUOll1lOFrbTQQ8CEPz5ONyvXJhf5xpktc0gqkPGUjgHqs4Yt5IUeZigtb9Uo8XUAxohMSZz5uokJl3rTfxEsVrckUeq2yybTfxOBtJzkXRyqJBqoC/r+pUOxFJgkmqBAYLkNwdzMjKEQwT2BTHMUEju3UoWhTET6rMzGFKKywt1uhg1gWmFgoqJpuTGT1TG5khu3vni/0VddSamlXlKIuwE4Um+AXa4D8CjIQC8TKAF6nDE4UnKguY2IVU7RkWz+rUNLn6dTRShe9yK0oIZvZsqAOwFaenY0MWSBxla+iQgcgEnuakYXHS5X7c8jpFEwnEpff8D1gRhIIoL+BDQo2wuSde4olvDTF+kOy8MwEgcm2bGZOYcQA/nNuIDdoy6hHxNrExO0Ot3a5Psh4lgxDXjE1wfg5ygJTE22gM/ExsMXcRanKwjeH4sTOdFeobHZjsnePdWArgoTMhKbxjsLViflCueNIZc5mgtATc+WRmeXMHcs/HCcQlmyYnp3hPegsWp/FUQjPMkhHErC5652ZQPJQc65K4pKUv7hDzF2HfvJ+Mr3oQEeGyuBdSeEXRfrCIHAdxm1+DgrDm7oEicqUmkThkCz8Gg+Hvnsqm8VYlXu1Pxh5uf1qib9Xz/MFf6+eQ4+K3e7X6nlTiTvTg/akiq1Y8POhvEUQ3UhjG0AziSj/tXrGCyBWSbFU4Dtah2g6pprqKa9jbTTxofoG7qYzzbFogKItZEXxQsbYa1eEhq/cHB2g6mKIi2X2a/XdWg8Q9fo4PvJ9/r1m6Z6Sivdlv7P0tobic7nluqKP+6fruiVVK6de14I2HolFG/iR2CtuBSLoun3QbwlKP9nVjUqgV+D3xTxyImxGeIVj28VPXU8GwKAF4EDhqLK7b+rtr9WzaAg7krmK4VhRHhp7VA5AN0hz9Wv1HD634pD9AUS85tiJgi0gnD8xM8nZmwcR9WK/Vs+/DVrN0h3kT3cfQ+PIAV7/v1bPn8ux6mtUiMJgO0Pjb2zaTtBOfdx3ny/mp0g+N0VyM0VyWedkOwnbLPAaB2Vaf2SRKJGjRdwk+c2cNOFTDXbbdfsg9uPbqt8PxnI9REHar2c61XUd9g0YSKFoj9OCNhTlAzVXOdgX7foS1NMbfKpphfK0xCvUE2vzL5h+oeLJauhKYz2tbAV8HfSKpUuhPIAgPw4nNYaAoqyx0tQgR30uv2sOTJCc5gwRfobH7qtPnj/bUgPfdP2i3M14ZlG68qm1ozt9EMpXDuT53AuUnHBuQ7qQtOfTyIsv1S2kc3M4cprYOq90EETNAfLJ2Vzsuq/bbX0om7+Xe1LIWu8eeHKgwxyp0DA0WNd8bAF7zOLE2dqWs9VFr6ovPl2fDVPDoRLClWFAtlBlkGC9teD4matMw7Xp2sj2LlQbPUcCtZECd/o20cEGw1XLkMk/qz19LR/nFsWwrQ7BZfEIeDntgz81gX4yOQ3xRGk2WVah/HMzWpcKE2YlpjdPQZu8lMlkmqMTre81uL1elwN4x+wQCNXOqkhDA3t5rlTmTIbpwL7CtkRyPnh0aXSxg8bWmMCkdfvDcawAnIzAJSaU5z6JzfzPY3WsAjnwe+j22zTdj69gwLC76h4+VE39VPXPstcGrd64RqgVVQ+WAOxrixY01bGydnrCkSJADhgFOsMZrXoNkARD5dFTKFSix1sgjp9xrlGZl4HMl5Ce/g35cZFRxHsvqzSB+Lml+TMdFpOk6gew6az/VYWfSg8Qt/pxrwThmzdvzHeh2Adv7brlgxHVTCILGmoCxcKQuHolTByqBzhk5zMzgZt1W+4PZf3QTvLoBNedcwfzo+7aUC0I+qcJ3FogqeYYlrNZNcE0K+DUhLIMEp2GP1T4LpirBOB2iSJYC6/ZmYzecuXP9f6lConCrRCx9ce+3H6H7cTLiIkLTrV5vpGxPflsaDtEb3IxzcIlEmXUzRiokT4LNXo19nCVE6pDLwdRhJWFfbWtD5XXMvroEHV7UOQFmiPSZIzbx2pfTmjpc0hT6RPOKye1m+u4fbzUS4xkTmfRCoAgaOngJ3wW0doAkK9oRcijH3jiIw16HCx11FZGaYiWA2Dl5JCWCJQHDJ2S8GZTuOZ4OYQXRl/ZW5oNEJgaoBA+4YDhL3iO4WA4kp4CNEb5xjISP2G4a+AXioxWzBFMWjn4CSt9FNiuGoRVDNZiG+y1T7Zupm2Tls22K1oZy0K9a6IJ4XSoQE2ViHHaoISDGw+Qf/4gISKwHCIEgIHuQbieTODKrFSU8WFWuCaIa3Zk1p0HcJeCfWJunRWIOqw1sQUUVMWULaCmKja4St5uAD4jMgwCfU/BDNpEuVprBoFKKcotLswKlX9bEjgwg7WGIiEIZt1ljIB4bdfIblO239HeGEPrTTNroT61fMDaUPHjjwXF+TZDQeodHopBAyiLoWAUFzMSZEJZjRJWRj8G6N+QTaUcCEIIRG6TSsZntu7DlYoj1oQA3xFURnOdA0QD0+miYnUaEgIm8I7WsCgeKEoGiwx0H6xqGCuAamQ53xrjOOloFHcqITNs+EZoETrKk79wUFzufjL6F24lbm96PU3RJWZaGsKcmCHlW9TMXvH6LUCse3HNqoNxAun8MWhrh1ocS4MbhLj/tujRRG+Y0MtEtK2ZdW2pelzM7daEcCSzPws5cZKEt7EP9R6Cd3QtShk36OYiv0nU0/ny4KU8CcKIcdFpZXII0aeybkDErElNRQOBrpqVvIS4nTOV+VvBVaTidfj1fDWJeDh5Zck3Fiy4OacmhanGo+mkx5HrYCRcL/Hnxvr+zLnyGIcc4Yzzc444jjv0oWuaoPKkqX6vt3AzAQIKrUFfAt3jYBmULvr0tWMzdAibwanoIXKoqu3jzXM7PlZDzTp87DlT0XY2pRooFo2oiYLJuZQ67t5SxUvtuxFx4r8qIn67kUwg75V5s+8PlQ5mQ26RZLdvsDS+ls2RDEPAD6YiIWlT/dajZUm3O2KQFBpaTTBIvyduwKEp2xOh3weKqXOgG+MkC8KlCJIwXE3fPVXXZb27EZTSLN1gD992HgkZjfn5Cq1wYXMvL13aspuiQavr0f1Sjc4X4pb8BBwkNbGb1eEiuCxpQPPgetVoVLuqBa0L3Oe9XA5olSGTm7QGUQ/mnKCp8wexm5/ItpC2k34J6Nt2MreJQG8AAHZzPcSkmWj139vuR1PtHsj/bVNtq/qAnqAxRRkk34pLwxwEfWCYWgZtOkuVhnmqNOAc+0/SPDGotngXZmeoD1W5na8C1ZyBfIlF0xIZYKMxgNboWiWUY9FSo2dpH7pUYGfZUth1xg0lTMZCEePukRNZxC5oM4eNusbbKm1XXnEcdPluDuBuFsqO93SX8RDbG81RErkw0MgiKCUsm+0RJL078zwGLwTKQEsBLf/gwhGkFTIGJFx092C6shjB/26moAClX8xMVkcksaDQuXO1ODR+1rGvHx6q/nReTWQzi/A/c1kliYxT/Nwdx7k8nCoW7stMDHNPSCMWJCiZyx+gDBdDQovXFMOUwWJekX+QWMYk/7OR0ubyByjDxhdsacSKbHPe0WXhU9fzIxAj1OEzEV1x9Yw3Zz24/WsLTLIxsLGEWX49zeREXgNNtDanBfXMFQ4+gmKyfELHUUbgvOiWZiHFNsgFyLcFlIRQ6rkIY+s+V2JEpF1pQUcMQp2VFmHEZ4hfiX2XzYwBIjZKPg5jvdeKoERYKUPyyv5UOcGlsthJC2T+OCei+AtOcALkAPH3T/FmypMo0UOfUMlAslLRmmqA//88trlXFPwo8D/BFqXajtw40c9N7FhkB+cmQwN+rvoHwMjqq6e6+oGWI6fZjbM1jv35m/AAbGK1Zv5vgP9r2SxgfyLZD7GgVaG5vwHuJ3Rqjs9wUtHbmGVbqQyXBcOSfIb1RerJxNZjWg1q/xqQocBW9WxlDCv/Wg+kM92isi0Wckv65bDybAX3f6OjxRuAJynCIU7kqNOniAUy8BPMaLU4C0Y9mY76hkZ9aRYLNoYNcdHimQmEuTN+iJwrL35L633dlMJOE/hncql0MiVg5O3ag5pjtK3fOJjMMUIEV4dB66PZHM8P7HVyDlGU0mQQcwiaRzOIJg+pnHkgBhQvqShnZ/wYQ4tr+RdNJfy85plE3Q1OJEzKnNbGKg1MHkiAoU/4VYa/Um6v/2RDI29nWvE30wHcI1amA3EksVRTMXWMCA9cv62ILsr4k5HOxSo7NoTHJtZBOplW3BK5lejwxTRTXhPtA0VfkUrNDKHKBEZ0rGArqcyEu0PTMRpTfwtOJjts4mxivKXmdkvVqyWwIbJdsq4XpuhEZoirMXOOFl+GiCSpQ/IqoOjotRDRkREZ/rvnuntanTyvncv72LVhGyMOKaOIhg0g+KOEddCIkZLQfpUurk9137U+qfgcpDUu9NK9Opg9QBku0ZowhcuZ4k+HUhf78n+6fqFjTbxY1psXSoOYPT9T2v8+Xd4fKgkEwEMNG5bMZ7/KXgwkr5KE/Oncp7HA3SHic59qmj80Yn7afK75kZqW8eZEKXMjFCrlf8+X8/oSwtaeH+0w2pDpxoNSO2CamFAemq3ILVNiY/gmMEFMKlxbEg2qJBPWLHExtfl14Ha1CrQTDj5jCJaqOPsMg2QUr6mKcxHFikjEj3xjJiXqXk1wsDW6zGkDGGz4zXO71ShKKkoEKjj4fbn1wqfYqRiJ5C9jCOiUy7i/1FGIHYd+Dy5fHJa+jk3Jf5JP/68wBhWxgisY2kO40FkWoamkZREodySL4BBPpyzaQMADexVPVRw7LYcviWw4kogfiWARelxC841VMjsTDsZHFF6GXBsXQrTvyd1sY4w6QS0usJoxDEvhlB0t4SdCVFW9qCDVaFgqEo8MuCwUbtfg09rpGxLJX0lgUDYYMEeYXZsxADipIwEaRmikzEA8Mm6gxkuO8Q4DiEACNBq8Due3J7q0mkrwAp+FK4npdquiTHdAdh1D6MWpG+cuJZAiuJ6Lb6kZXnYsTJ6BFW7I+NTb/EQTsZPROtxKTmSTc94gZeb5nEbKO9M/WF5Lt4M43H4sm5nbevC2aWOS/L0b62/PRiFqhpDnMutd8P67qeD6/dKp492LX6h+cj1+gZ59NtzdFexcjMNj/vNH0L+9t546dCwsod5peZ3j0fef3nXFFf/Ybx8hJDIqZcJ6ZodEeTnQF8X5NCMDZRqDa8iqaP8zWccPXVOR/cdNNX4EOMFttUMtp0Ovldby42X7xLpfEKHN6bI/d7v627OTcXi9Lnu2heDP4fcoWvNmCgiUdfXDq1Rqg/8Z5H9zfKhb9c9d9VQ1AMtH6n786uDIwJNObbtd9eOxHg5Vrykp5VQYC+MhYE2i1RoDchjwBR3QjrTRbGSE1mRkd7OJVPZLNdqEwnxnZ0LwNUP/ZbVC9BF90Vkdx0eMPIlI1eBndXE4OHfB/Bo7S3iW23pPWr3b7nvVikgmTqHgawo3aeMn8kcKlgJRjxvapfA9Q9uZOAng1DQR9oEDoO4+3BC06RmFUMGYbtpyH5zHdbM3VrJpzVdUwo2G+9Bt3x3vm2p47LoR/QgHDPyqj23LAgyza+AcrF1Xqs3FIpWKLtIHqggPKDb0QiEaYPK7zJqzczEhfCIFjgoWMiUiMxrNlAs9IHSYSM+fm6rdoQQDvEM/V8PAaIyIkumOceZxQxvoYKglK9H7+DtYLuhMr8fSvJiftT892byW8uzhCQEmEZUlJv/DUJFi4ygPh+GlYET/vGfQgPlYRFCOwsKmNOfw3SVdDOQi/UKWcyY7tQVd1fd92T+DOd+G9Ap3kVr/4+JwAIc+AiGEscBtSGu7xuoBXy4QxJfVPuLTbyw7s5/ed4fnf1AICBhWLEVUzJ9XugHk0qBDRkg5Im8R+hSblJHbWtggCT7IQCXo8OFsMCEGRDHkgw3GcoDsPeE7O6iTYymqZ2RD2KUEGoL/rrQ/O76U7IaivXw/dFv2P4y0/wmxjlE/U1E4u59c6DAxsiWgKghF9FLXfbWrUfd031R7OBTRO5+2T7mAlmqluR5FkOxnMeZXggvM7e7gfZsGCguYbPISD8wFAeMpRzVaysHkT6bW2MkofGHMEvwT1ur2sRwXHMHCi5F3Kvv5iXyu1wYCIA5D158szqH0CmCzo1PZ63ZX/a6LMcHOjM3Drvr9NdkDRhIvZDN04grFF60T+fxbF7iZ1BCI+mQuQyWEkNKg7lRez6xOhzKu7sFBp+prDDR9qgCX9A/5x10vBXasje9zt5RRju32gdEOUJEjv4Rs+Jag4nwsUbaTwgMFLSer7XedlWNkbKAAHdW4a58hHvpddf/RdAvsHe+WZ2u1cp2r3z+WI8cNqLxgi0syvr7gmYubTQFnze1YU5isG+0dSAr+XfU7WpsJNdTSOdQ3epgnx4UJEIT/OC23h4jjF75UKwwIYwSz0BP2gB0mPUELs2Anz9DR1Nlb/W6fxU5fwborNz59oudnqdt3NHLQvT/L3f6DScNsh8/WJobKtvmCp4ap30KAuDMN5IQSU2CpknmWXC3VKswROhQdDqAtwurGiEaAASnPP4SjQdkjmBkYV00wOUCu4P+ZsDFYoo1BtatLsk3XV/WzXKUm3EJiObUBTuETChNcTm2AUx4mN/pYmKlB5/DsLCcMMecZAPSy+3x+G+EdLDRciqSwJXZkzA4mMI8G/HHZ7vR7O5c68qW5r9MP4sUFS/qQJfyciJaoRtcpzu0EBHTMLH56OIa5QddXX526VqnDWMx2fRw/VdXunuN3JWLKJ9OIFaQx3lRN9VTKaUEPETuDmXNmIUntyhl6oczSnlQdr19SGa9tgDO5i/wb+8Zr9ok/vDdMz4FT24W4QBkpSFgtvfP9Pj2xCVDc+k6f/olIN2wrsFjyDVl+CcXOvNIBrSGcorkM+jKlSFdPiGdTIZPobbO7D5vOIpSsgnR2kNg9oE11bUNv/De7fEIQ4/8eYbc1eN1EPs1ubidoH2PT6bc078byAvXj99mYJ3/rjn1bNr/CXcU4Sxi77CssxEp07G9+QwWzY7yDm0QDHUWq4HwbeCpVWzbqqvTDPSafOCzptrtJGF8Bxa+oVPpQYzAcch4i0Tz8uGyHqh9vyv2hqT7wgwAmQahRMCu4FWRIw80jkECRCFIX/PdEvIOzRAGCXv2PK3r28ppLQDgM3EZoPuIY/Fv0ED9Rk0SWhG2NPh1boxlbUacweVPtcGon8FBswKIGzkK1+q3d9d3BFFOwyXiCkhkWXOBT9bH78Z7mJf5ERhg+M3vmTGRmdjf9LDMTIYrFs+szrh/hKvXPY739jkZ5p6IrWiq6LfuI3ORsaOE+JvTouB+A0Slh2U/IHxzTlZJlUhMy/u6Awk2IpPxFw8Nx6MMpKYHH6UCQJhuEwrk/trumshgAfmagWRBREAdAFGL9+k8VEvLtL408TWalnJwgiI9jp3d0rx6TopEHzu2nUAGEXvBiKdOMoU6ervzcxZ/oy3bnl4AfxaP+OIzdXofb9GidRD/PwS6McD5BIJ/pOnKDl2c3Dc5gPmkQ9QBDRLbzMLq7RqqYZAwBVbD8IEDqSQp2zWEgbd+E2qQIgy0AH3W4aUyIvNxIuXBIQwZgv4/kMTrJrhMCtCQzmc3BMhWBSdF0P3xq+CYougY0dD4NfrVUwfnvTfq65TjDs8N0bkgENKV23rovhwknTeICUoV7Sr2vx0Grr7xMlLiwKiztlwbQVIdyOjdMgnBoKY/j47apIWqDlLC5GZHqPVJdhKRtffWtr4ZHuFPtjk01zxcmXGhKcasKNdhr7Nw8nM658bHaT8ngo6DpDvV2QgMfLQ1cD30S+GYpng5bYV3pkT4dtu+lQWXAKI0V6/JZeqeil6VOUtZ/C40muXi1u2iHH3AfSDIt9/9VTy6wbX57FwMayVyWFV0m4blxhdPr7SYuUHnpQq2z/sCFqqV77KWe+2/v4tyNwPtebhVkheC6mxYEdizQvVYQiPPtXZKr1QMbJKyM6ioBkRYe5SLO7rueLl0AsoL1OcLoKIW3m0ZuR1DjsbwBkIGoALgMVvCumgMbSCBocI6IzE7zBRTbUq30xkTwuJkOXxvHKv9EviUAEd2QHTGghggvhDsCCl6dxVa4FGcqiiRNnKn88uIz9VNq2wq1chiee8MdFWfxSuU0mta2uVD53/V28PYuXrNebrLIKThCiQ1PclXg+r3h5fv2LgERWlPJlqr8hgpNYgn8l4CtGSOHJolawWJ8e5cARon+mqoVTEuEmIiiTeXXlel3cJKr/Ov1e0eD6BgRehMNAh+spchsMvOWoak3M+HAfmU9P+uiSA5PcBLOTkFA8eF+O1EGV3ZqQvQNwsD9h8Y592J4/P9p6rIGHzpbPjDUOZv35NN969+YxQnKoMOz1x8hmB/LP3lKJ9mLUzpavns2+JKXO/42bVxg9icrL1S4uwAAFiiORBloxWgNSaPccXgC2Ze7GjaRihNHQxup9YO2LHVTYrXW6wXsS3MnMVFrULkCi5zv8EEuqU2m1vBGeodPJAGklKtoLdCTVgBPzU8KgnCKVEFrESCSokTMtw20FOCdh8dqZ+08AeSJ5IBSFK7Wk2ULgEqFiPqBkTVcAvgiAecBaCkutC1LlIPR1T8u/KqiJa1/RGLK3BJX6LXk7wj4PdHq40JFhZurUOsTe8RGrZuDjukByGS0W8Cv4sRuAfEp1ma3gOAeaBqIOqg49nkRR6r4RD5uCYBNkRcfCNBdspTDYTRP1c5PKVipAFtK4vjtZaoIbSmbQq3NabiJc7WGOABgz8MdLxBRWyLJqrWzzWzilbNUhrfX8UoV7sYDd6LCbjybeK2KmY1nkyxV8Q+LkSX2ODnX6u13lEvp2LY4WW/gIvkPkq77WQp/L9kkEbB5upltwAKh+fbb4aEvd9WkaupB4i/j6yRWhR162OpyxmlPpqs6UWvc/Daw+SWaLvW3hiRVa9wON0k2qS+zZx+mx0vRt4xM5t5u4A7ibn6bZGUszj7u76vdb30DIe61LpT21yg7i9dnSXoG9aw1/Ge1M7tvkoB+U5uUgVnU6BShi6awzo8on4bWJJPz3VqjJ2a3sLkh8gisC2Fjkihv6SSscflcHg4EUGFs3XQMCKyaxeiiaeRC6mzeqBR7IAUVuGrC3syhceTlGQ1Z4AEAht9ZYO8d3l7lErpueHu1UinuteSiinyoegotsWMIfGkLYheqDY5u7e7AEg7mgDDPziCc9E2F5GuthVNZc7gq7ymKz8qcYlfRWqUf9fZE+xIbrROUG7lVAgbbrupNNB7YfzAyDZxAjr5CX22iAuYMqfXsHgRZMoxiHWcqDexFw9urQsXpp46CxF4VKpu77GCz9LZF8QM+3wD/TGaVyU0KSZwdCZpRqNRsSRQWKLgjsX+ss3kwXyqne2DYb7YNmC+5yg4YbsQY4icxxfEOmTSB9k3boFtOQiCU5VmcnMUprsflWZLQqjxL8rNkZbCzTTAF2G1i/dfOjSRRGWw5li7FtsAfQQXqWXzp/j/UvVtz27iyNvxXcLH2zVdSRTxLqcqFc5ys7Uw0tCeq+u5oibZZkUUNSTnj9evf6gOABgjKzqzZa7/vTWIRjTPQAPrw9Ki/USQfvyYkORplahUuMBv6b+Vy50uVOkwIAbCqvkf9JZ/kK3s8p9eW65Gd128Xxhw1ypAnnQbOHL7//wZHxNWpGWoM6mBg1yyS8Wj7wXvasDcMJxGkoUASF+KNc7Vtj/X79sdBv29UhGfQmLHwIwk5SyE4S4G2b/KpTdt5qbezfdFQzKhCA68bhMZcb1h6e9BWzXUyvCn+29sT8EC40qs/xyGHxvAVm+YxHhzGyrayF6GrJiCU5gJHtVC5c9XcrFRmuudGGcpVnNlLvsrptgWvscxwKPR52O8rG1SH7uA3ta8VfdFeysPb6ffDkW685ikX96KeePi7KnK8TF7y/LbuJ+OXt3cBE0/xyLuaOW9z92q5TqTBExovgWHqhz+36KGj7ZNXTp6fedlH0eg1QVKn0WsCA2s+L4mKssvm8L3nv90hyPCR5tcGdKMHxUbIEyBYp3fR8oQJ7lVu/R8UL3hdjCMhcHBNSNe+CMJNdGQPf0XUUDivhA2GavJiaRRjIerKfyWExBPn5BG4fLYQtwvC0Al/rPPvBVhNo/fCBjHPpt4Lm7Dwg6OPurKpCYlILm4DJJooRs0yQhJvm+IXe28AimL9+d0H3fpRYydlLP4Wn5K6+A0QokU8baPR2+NZ4cwLBTFW495VD0H7FD6EOY70bm51j6qrHjSkLH9yMGgl2QSVDeaMMct1ge7nKXIZQD2c0w2YHnayN5H3IIMMepiM4Sw5kC8gIDkmjRhYwaDmioPDAFWTUalTisXQFbaRZ3O4uE7jRmXjRlHENd60cKpc/Oi/dnfVQR93a7CYke9vtKp0rOYa8uWOKGSfEwPUCX9Mvw1GaX3YOaEe7Y4qE5WLV5Ytj5yRU4oKKgCnMy1n5OcABhJ0XmqmDMCkgQuVufWrKMaGyy2EAW0YjQewo0fBTS/VumsfWjk7NL079GEwtoSFMwkBkpj9oM6ssvhMb8h87wqAKfGUs1RimfgOuQGfW77w+EtG7P6bJogO04GCFBJpd53208DEJbIhbQKtf32qB/yT/TvLEyEDhBw5o3b7XWcbOW/uRWIc9OTkVNGnXT8HmcW5uDbdzok9Ewi8hprLsfXZQkX1XXNAA8Rqq9UyYETVDN5HnfmPPWluRBllu9+D2aqbw+tC0G5wdzNHdS9RkOL6Br68DqGxstL3zdotO2hbdRraObTpdDSjI75Z2JRt/WiHr358/Q9pVDg9vi7BPFRdIG2csT7sjgAGO8qlE8ZZjncj4uPdmEwbu4yIdYLNsrsxRLub1yGsJJNsPgl4oN4k1739fLdvb6r9XA4hmHU4X18H/WR0aeKbJWxt71vRazEocjCOXfvnk+jcHD946eNJ0ISBWegaQ9U1En1ne9fZuaefIvm+6nYOAXwgEy1B5U/ZeKqMCdNQHyqA+qyGCo1b/Cw+wWsJFXS6cdqCP18LU9ruTofNMUTyoyCdaMWo8pAHPuAiXLfv35ooTnBjtbAEAJiGzNFCEPs43CuVAAe+bl+AXOa+sXP3mR3N4ngGT6Djcf/EZ/6XChbgAZH1txqrrQCh0X3bNf+q37+9qrenrhmeOIrVXQevLHjrva223zEMkNM5MtUgYQdhsauoPT7RHff92w+Hu+ZQ23emSk1uE0GVn1yZgz+aQ8xGlwDCNFgCkNJSKEmdrC2c3+5P9aeurg8OttIsw4GDQiYbl8uuYQYKLIEPzg+8bQjdLcoC7c8kfmqOcUR43mMoi+aqwOLQFoJDsspk0HYFOr6CnYvyDtsMnHXQyYgJQxHfCvahfsjCw31lmlXMopVanW4ODCKAj2kGXvVWYf4J2ZoYEIim4wEEFoh86s9Dfo1b5T3vFKgWBEYtOKff4TP04eF0ME9YWNLRim8nwdlbvnjSQLNwQeK1evcWDyh8L4jpe37ynKkDvMNRiYtzswRYKXKenp0kZ4r+8gSNpucnpqZj4e/7t2vowzUyxp5nOJ3FsWcWINE41TIwZ6i1WIrYx0hopsobUEQyAigYw2ToJVDoUUSCFFTDzqijpinO8T+EIYmF3ly2EQSpWAY8wJ0lRLolPd3jdoEjTbREHVW0uGzvPpKWBH4hTEygsFEbUW7J/0dd+yeqyGCVpE+ig7Sfo4wG3+RNKSwQzcIY4/YSXaLF6tJCcbO+SDAeRYFhAbU99m2Gf7lrg7/P4gUC2R5sm4BJUb/58eOzdApm5PxcwRKWvu6sT3MNqBCUaWVOE5oyaNzSWezQ9AVsUukKBxYbYrmLOMM49rFaARYMhjl/azCmDNFy6oRkjNilO/AagkXFMaGIAXxgvbMlQ5W5iouvt7d1R4pF7QGow29fqtCIx4laYpxrWxbi6Fi1W6EdO38ZhqM4llTU/jgATCrAMKG38FtesGDfsjS/1m1HCu+ChRB+OR+rZt8+AjcQnLXw5oBPhJCL1tg38CeuKwQaBGP/2AxP2n2pULnDTEB22XUAoKjbaCWYsVq+8IDH9vzU4WB2j39KOMf7Tx0O4GFkdjwKtL21BoL4q8njIsa9m4uG/Q+fIKPGhc8UFtM49xxgpe7dmGGaynq0f/TGQTVYWd+07eBkdY5of3zi8HFW4EkGGkyQBAUvOHCBh0S3mbmsLPev8ON4NyuV46bo2oe/6xoP4QDPXJ6LwJJLQCFr8mArE7PwY1CPifsqtAkXE91Pr1sM6PL5cN084AU2MdlWejBonMS9yd5yV1Q+1OfdfAuv5IW8+8aP7fepRwjcmsjz0+MNwJsyZ74K5/rmXwh7Xo/aLbZQmXzA8IkTt8dQRalTUe5wgBWoGM7VVajoRzNs74G5Tlx0o0VoWcK5L/eRkBXVu/6+uR2el6cxYVjoo3UIEGmGH8m6YNyZ3V4DX4woBWDGs5llppeK82b6lSk+KhOxy3wr1ZL8JxFqIFwORKEaKoir8Pa0/V4Pl+3WxIHPidDghWG4IHMwY6EmAiP+yureSMF1NWzEcrMnN/84ME92REKzpYUz7Lf0zCQ8Hrc6w6u/dyqt789U5oATEMR6AQcTFjxNZHSoXgUERRP5NMHftd4IDgnx6KE5yJSuW8vNEgOHwm9PBG0TOgDU6uujXOujF64lOWqK6u7RnJVaLbgz8hcZZgWBIQBAy9NkQvwVMNdBxTAUs9Edg0YwLNe/2UoHjCHQUNHOiVaebSQ/IL8eauD778B8aaA4e/A3HKWgRNpkKp3oB8SI9foBaB7GoLE+0MOSzDOQnO2TbDvA31za21JwEDP9oP/K7HQBSIa5hpQqlyMEGMPeCJUikkeqyG8c7AHarjZIvyk8biGzGKmSAnlwCzOyvTwN7aF9aLb9+/rwtG/AVz7TtpGjsWHQX2dsEBrE6z/SucZ9Tv/R5io3AyDfLoQEnHp9JotD6vRoQbA2jxCAA6NxqXIP2gEiTmT8/AcLOj1E+NPpxfo0jJYsl06XLjmr6KN/JVZvga0JEKIUIr9yNqSj8OL7m6/I05/Zemk8ebAJ/60N+jdvx/HB9NfvDuiWSVYCks58fi20T7sbl2GzaoJF8JIOzhefDL65VKRpc6mMrk1GhHOwwJwMo2Tbs/v+gXxat/bt6WYOUbj5Hci4UV6ZOqE5klmC6qPxWe0e0EI1pN8IgUlw02yeP+rHuNltpVevk2+cLhRLTHguf5jG0ULhWyDQZCfp9T9e1dvY+STVnk5CQ0+K+bbZdWeKZLLX/3gFhM3xmdL86l9U8tk2+1ciT4E2pty2x6c7MEgMZzHJY+Wb8bkOZtSpjr7tUA+hftqE18L/ubqr0c/cJbbfX5+xAkLRwK/trtY2l6AJ2e0AsOVAYN7a8gZNn9Hgoz30pwfGM9HaLX5TTbwuwU5frUwJYC668tjyegGP35v2dNg5cpKVWhkBkaacRblE7tN16wFFsUZGwq5gGr15fjvVHRvlGbRNvK01/0KDC1S2udnRMsU4TJ+Ge7gf0a4yFoUqN+9LBEr3ZQcYssPTWYDRnFdFKsVM8PwlkLV1ynaqgbNuETrrirF0KlP5L/0DGTwKyR9aUy/cc66AZ3hoUiRa1lLlv9WP8efdduSUTOtxnHJVPdY7PQHF5PkLJy8ZAaNJbGoN/6IliYFA9KNFPiDwCYt63ON6AV/e15XRzMp1iZFy/7NT+zMT+nfMpzt1ZqsvwtMIgsqpiQTHTOemuF6JuW1ImPyC2d38jbMbL6zOTdzzprVs4NsXmG4y/xu9FBZqyYvg/Y2G16JLvK+bKlWc9hQXJSOYwMzTJoHloGFMYAuWS10QOABf6xt7lBk9mPZ7DT5VlmYxYwHLj21n+HUJiqMOYqrjj9WUgqkEFZT/GIwK3i4GodJXO5UTaqdSLUPLk6Dm3UdNCaJnn92QIk7+XKrlZXsHsib9+IMg2q3nOfnVQiwuv2r9FPf2q20br38qZLwBUMGGjAodOkP7gIHlR0epeZnGC/vcK9GpDpYWHDNQp7NfSrXyn4GlUUmYDUNLx7pKgVZoqVZD2wG6vBXXobum80oGeecdZnjBvlrKZ2KJbJPVYzz8eMBcidY5AKjBGwOpxUT+3M8fkXxRnw5aY7buGnDZBAUcqmLAFnEASEsdMgDEHayvklIPkDXFETqOXnyB9+q0WAORTcfzGFxVAPSbyGl1RRgr9c+2YdXOOvYknjL6pUAbdRbCpcp01Esr9tQavD9O1QgLs5g4s1aj9/LCO8csI6Pfn6sHikEDuMmJ0NqeO/as1iwH5YRh5Yv/kfPOP8T+wsH1M3eQsga4VBjWumvaHfXKPa68I2hdnfpajrKnjYP1ZdVwKvZFLusVK+ZEGXHgUAMza/f+0tfDhCYLAvbaqzqCxmqhTviea2U54fTk9CBLQw3TCx4C+fjqnwfv+FELwv8Ph233hFOPzpALxbhGxLfd2DS8exiSH2LcoBvp54P5JW2BawBDbbs5ieyeg7T3yMfhPV8FYe5lYNBnizCv+/aE4pCfqvEV5hoFivzpYmycy7DNu3eXd2JRgZYX2bMIHxXGB3fzRQE5eUElxaKoJISj7UTRi0box6VKsSAQSZvYdckYlxow3EVRdAH7dtwikkqK3ULoFB1Mjb6PDDSC8tOfxwzlYXTUXN/bO4rpFsYO3u8Z4kxQMmiwThrDGPq0x64FnsIRDQgSTto/Q+KZTD6pjgY6nYMpHOEMKoWPXcvhG/zMXvq5sCwfURhPTgrHquPfpYqP4GUITTA2LDj2HO5TjxfhQOE44EKE7JfNYw0+lxYgOeei0IrUlqdy0m6vdUMdGH2WXYiqFqKuiOoicbUpHhFAjJONqCsJ1JXauvjtIyqDi6euDDCHuQpe9OapEaulXy7ElxwgyBGe4ozyAM5Nemhz/U3lgHBLp7SgW3ct5G8e6w9/nJoja5jza4TMcJy9zAgkOmg0tfjDYaDHJSIfv6v39Q2cNZ8Pt62JX3WnA8yrlMDObVtAKwRFv68HPRqq8GbVXisLctaETNgJmYuQ8rVfPsL1qIQcQ/HlxsAgJj65yAndlR/QVdR0mMJf6dni4FdO3yF0WaRHNVIpjz6C1rttwtw8v9a1DfiYO7NnIZwBKJ8DoiH0vCyPPb5wzP9V6+mg1wwNnmlcFL19+vyAj5SF9vn3P1NoLD2pci43Kh/N5UZl7lxC5LfRDl3xJEJYJW8WNyobzeImUZk3jRuVe/wiUdloYjcqH2/DzJ3rDdi/rEeFpYENHIbUn4TS56NjvEsCzEGeK8e2H/BuEDpXtPrDEDmwn0FLk4vdDkJsHuo9+WzYWA1g3Q3fcCLKGgEvLCVc2xzaKNLEHDGLaOnZyFdg4qP8S8h+LgiVkiIycj64LRAle+ZxAm0cBqYI++mVfrEAH44+jfXPBF4cd8C5kPa4TPvhtGtadzK80625OxgcOoD1DFzMArcuYL42k3+VCoTqcNrW7DGiwf3pZuKqPAfM7L7nq66g15DegsABAhd37EAucakgrPAxlY8S3jnPaxtgfZxzgtJxv6YsT/PJ6kc0oUu4n2kcTv6pH+qHECUmSJDdfjjXJyf9WR/wT6w180USoN7Z7d531S0sCuZUOhOjs/Qmsubv7Gsry9Bvs8iuT4yKx2VhNEAT1ZY8d3T4zgiCbNadePAfT4MO3gHBOczB4xnNinizaokhFTaZWurp0dlkdFu0z1RRYgILgEWNhELIVIETgK5T1zWbHMDhheEB4FEK3g9mv2EfL8xKx59O+/+TQ3Cu59lP91oHUOnHQ5AbCfvxSLcTMQT42+I5qmjp9By/CGQqcDyxAS+17DJCPwoTL1wtJ9ZmT4hANtuSoZh0jA0Q5HrjguiWZ7YD2q+WeN8EgeSpA8+B+mODjg1oEKULkq/MTKU0hmUONz6yNCrKE5pQ2eDMJUVQ0kNZ5jpeC66lmZzrWWofyv11642Ajulxsa+6h5GIMQI0OTsp6MrQgFzvfdfcopsMxo7kmNniG0I8mdmy+Sg5D1RUiMVKH7CMwKqnMtIRX7mM0P/jkqERIsS76/g2nGFYdgDfPjBQQypmxXYRSaOMp4kyOi2DDyKYrEB+SMN7CpuSUyyUMlO5s4xIblsgTibMdnk6kH28QIHI1PIc04X+xtQuXkXoXkAdifRm5Z+kR7huj+2+vXv6sLujCrL2GJr70x3A12GU9nGjM1ynui6KbFU+F5oK7HSHQFWr08GdHmis7Af/R7MgEgoaIPpXzNHSDn+p0t8P/ekIU1DvApuf1orZTdgbBoFyN0o8eLtH8k3crYLXuYAWZ45MdIF4waEZI5xqqP2biG3x5WaFr1lwjUPrMpfBbeBu3T/HzaBEXqXI/Nuj+DUdzOtsIC8bxEuecnSy/cxZZ5YP4XsFWO7oBPzZI/4lZ7pz/SWInfrP477t6m4ehy7BFPAzQMwmZk6wT20jDiCHk3kkkZSRnc1kiCflYuxd+A3j9NIN7lNNP0vlxGlSOZu6Mq2ZtQ9c51U9nAiAGx+ZELga33Af286KgHPOTZckE4xysrAo1YqQ+EUFuyhBbu/gnUNa/0uIpcZ5fZTdRGYqTYBEY+lM34V42W0ycOLxFUAXEi10sfQ/aQQxlZEuP7YG8PTSWBcDMcN82uI4g07LpgYHEzWj1I02+D8Bzh6rVBc6lmGvY6UFYfFPgO9gi6FSnG2eqzPbavrRi0A6tUQ4cvrypgyUSjbNoY2qrescwlAkmaG6658O26Hqv58jfzVUd3MgnAPluZ1nmd6CDdGuqzsIpUhMecEyaNbZ8YbRwR3tItssgrhYOtQorXeBH2+Cf6qlH1FULdcmtOeSFKIgKKFRBUGFbhwI56AUcVaRGEWfMnTlpviUKzFZCwZuDa1CXboOaolljbTby3EoS7EU4Lj0RvG6uiM5zN2oxYCkZEUy/lBtbPRYFUWsH5ZCmvt6//1mep0C9tN9vf+9vHSWZHvTPlTfw2EfLUzO7b4GnYwm9kB05pgsTwGbBrGsJvM5AayAyq8Dv8mC8YMjmRnTz121oZVjNA8nAk2dLsDSPF/KuGsit9M1J88NHGpnM86RxHF62u+8HPjNI7GB5wK0wYBzmHJHCOjBHlFWSxHIbgU+gZxnpD3CUnYDtGhVwS5+ZjhId0H8yHpNEiSuyl06kAOssFS8PWGhApMXABE+mY4wDC8xNa9kABOta9Ya37QE2OoKLOPY0XGZdnhUhaFKVZRz4X7DinHDwHYlsvd+5rbcqoVpVuy3a7otKdcrHhNCKM3lwfnI0hJ3SEqMyAC1lygpB2oM3+HGK1DLcO0gxVhiOSDMoSkqc7XEFgEoQZSIOB0AO+uORwl2xkLEgmeJ05237e4JE9CiSbadEdxrgoJPse2+HR3dZUJNJ/TDf7Y32Gji6oVzg7l4rJp9ddPsm+Hp/28P4VvMZdgRHD2cxFrAxjhdN81biZe+Efo70waHzWhDXI2+8gZR0dNh6637xflYydzmZwImM5W2FnBHm/yypPvzTy1YeW7t6746PP24r7ugemjb7ZVDRBYH3d4xBcDYeGOyUVy8/nRDBgYjUk4RF7Pu1A/z6rC9BwuBEb1MnrRkEZbd10B/geRWd6KNhA0WeaTyd91eK+Upb+RlTrSRJFMWgrLwKMka8gVFoi8nKbBMhJNIgaUtWgbAk0PmKBMWIWLRpOrqCEjUhiPAWOSk9Q9tJZXZAvlNEBqQ5Nd2MBAq9haVgM9gPUwl/rxBzPODJFftaaizZK79oTWAYBDssz1Bq7YUY1yNs1LCa7SjwT+P1aHes7mVzRlYZHAVJBqOYI4+8wYV1EmCO/rvxvLHzwK31qx376ETDZ2T49tZn8NzfSQaAWopOv0ToyMt2f6m4dU8orqthyfCaH15aTbXJDcwpoyqoLzrSutq3Tkh9S0W6OK/CmNIt4ixedt6gfZtstDYLTQxZjtcarkAY15bKlwWvIahwY4to0TG4dvD0fIzD9JdSaP4S13th/t39zVDhKUGEapUmaiXpOP+4o3AfllXPGEaBxs6CckWAgdikBsYXnBunJ8Z1TM7qKurHcLpBzdPvQ8sX5MFl1y9lytfJ21hSJ/Jan7MkXoM/MACi2cK4a+eDEPLLdDe75kSNJI4hjKe2Cf1ng62ru177U/jeIdwQEosFhcUqiKpQo2cpD2HMApCojfQ/0TRIA/ptvcNGOCcutoX2sPZifWWCG3NZZsIUegU4FRYSj2ZUE4W9u9MNggu8Pm44FhltplskArtwP021X9WTcn2oKWdqA9/m5KxtAn8afj2Fw5inqOfnYfRxgvuMvS40Kv09evX9EEcR82uk6aultBJkCKSfU2xJMTyf/36tfPdkt8jF3S27OvXr8VXQdqCOu1f7UG21360hH+AEGlPLi90OosM40R5x61ub5uttjsxeZzvE+QNwydNZdPpTpxkVW9jHRY5aDgyNI/VUP93/XTV3B2awx2a5KfWS/jb+h242vyCowDPNEh9R240za6T5q7iTIQt2e1wtcJ7xD84rgVejFeIysWxhSe3rRhjhLjtzFGex95HOrYIqtRPeGV/bxbFFcklrmnIbJSllYWlSkGnZHVcFGlCOLR4jCsFn9OpAUS308AIOb1LnO6lL+1fNtm/eNTB3Olh8WyXNFyiadf7X6+uPryDpFSsCbDsc9cEwyMG8gl1jcZwoQUEAuKs3n6vu8/HEj7AqyThjAAL86luDezUpZIXGgxzmr6DQlHQcFn12o6jrKse6IFAo6ckKrWNvQRYQZM14UalKgmMNRiChMf6MlZxynnxsSaHvcwlDl5ZqJjbSjZ5sC7eQiwAVG4vpWHwJbhCbq3qPRVjgCzfudXBRU73i7xK3z6BOxFKW76t38E7cNwrQpkJ7FWIHhboa9hyAPfwqqc/MtF9hizNnyy+Z6ni/O3TL84cxFoFACEOC4sKm2Oct6k1io0E/e77X684hrp+Z01urXd4PSDwl/xjXcGlgRmTnDVD5u2Z0Tm3Q0+3/ow9J9rjkUMcBkW4JUjBi0M73NfdxQ99FXDwGOyQN3cHADunAkyQd7e86zZYGvSePfGEfI3sSjin/UZ3NFON5tP84VozAy7vNLRlfUANbJTowi5bZNPpVC8Q91BXQDwiUFzsFQfSkRaQ3Yayrrb33GLjf5tQEe/roWogAufqimxheI8kX48sCDQUKN2kacMwjZqAJSisXU3dAQDXn/7etF4LD80HctZ70SzHh/qHzdfXh12gfxjWC+bBNM+/KsdgAf5oR5BCom6Urt5UEaXh9UE7hci4BXgIrrvmsaIDMUZ/RMSG60OLAnS+b5v9Hu3kRnuDAjx0FFw4KJ8huL45sREVzAYvF4dMGBfT5wEcfJ/NjFTi5njo2TZjKp+msHlum67+Ue33c9r0c/C4nc4fon7lh8TQGaaL8QhDF7f9vv3xDUxqdpft3ft638A9XfLntbjEyZOabEPo4feRm0svaZWxtsT7SmvG+8oGwDjO2oYV4xGh5zXiB/96pU05cp2ZFtElei3D+UyFwVOE8XU5KnVHtyuU2TpVLP5iFaHyNXezhaTBAWOuZcnoQmNbBXIc9jiP8P6ibUKSQKPg4hKRMEclXqPgEmKrdgD9jNlKqEiWDbtJKJal2MS2rQRtgI2lSMDUWNL1jEpG6iXFlI9JDgRyJLfVmDfYamn5Ei58dKvYWN+Xv+Yr89eWS//cWsnD07IZ8T/WgAQlTlZv4pCGNSf8YV7Z6s5llHTnrFUEjoAx3mjtR1+NwtHdzG9poiK+xrosjBpmvkNQNq3cUNHCXdDRwsovAbO39wOY6RBsVIK3rmxsw1HChPaDnNxuEdRdm574ayywunhdcdZQM8eL4OzxdxraXX3bHOrdXMq8Df/XoaokUeA8cuUOTm6P5mWHWbiE4DlmUqFpc0eQGS7F0p0tJLTWnyvQW/c6StRpAPe20VHrlOYTufJV+HJukD2aQObdoe/r7YvKcEgDRdkIVedKGeMbmyQUSs337d2LmuNTBwqcXLoOxVlPbnGhYAFjSkwJsmtIic/Hi92OwCaWKir0Y1aLQlYguSXMDu1TGLoIxM5dI1pyfYnKv9IisLw+IymWbANWnQaqTk3V7s3pP1q142AdGlPizpODGi/GxccLUzw4yHCpWiYCvj/y+hHzjYal44mKXVafqtjw+kQlfr9JxkI/dBU5VIGbQn8BYx8zKmDqEnnNLlcqztzjI84sfI++dC3QyMIl5G+aOFpMXajIzNcdD7JdHV+aENDXDIt3SmGcGowzCnKq3NhPemNjjCzt2KCEJIrl4FCck3g0uzVCawE8FbTQHS6/PTkRQXv9AzUP2xdr2xW2W1mfhtHq0+rAxE6w2woLjkPTo39HCz8cu65typomQBE57xa9uMH/SMxnYHM6Z3t6fp/qUgEF0FmvYJyWurtYbylxXRhubqubrtmGXQ8QOK3+c6i7QwXv7e/KZCBT5Wqof1RPr/7xChItk/5JUtbLE0c/m0ur8L07SXsa/mpTu/qPEzgxdUwwlU2cP8f2sHuePuwiC7HecQlohunAK2bGUQK784G7Q5kyCDV+wKB9C1ZJ84TiCgnkQDUEd+8TNQzC03AH7BftQhEoYjEz1UajemfxVM3JLFh3Oq48c44PbzQQi8N88fHlQw0GGDqV0J+RKmR7S2hvEmwvSpCTUXvLVGVeexnxPdwqDG2WQomiXpKwMx91K0BUdbeCZyAzZtpvTE/JlNnfGVs/Zkt2Ur+0ADr2cd/+mJrkl82kYCunhwmH/of20Axtp60CVHd60E75nDRlb6yjIz+QZ9p7eJw0OrqzlhxNJmP85EBaubCe5F+oAdb4xv02gpMChDwusn8Pwt+DcS4gIASduURMvGqoNCBgyHjGkNNSCZVMoBIvwodaqPSknS+h7eFmvgxiwh+G8Tg6ZmR9Mm/RCHC+rx5udsE4N0RA6SQqpdeFn5fWhiUI8dWbthu+nPZDc6y64fcjxFSzU/iVrBlJDlMRRCR0LBaBv6OVSPlUD5wHhGoXWzTiWF3Wd9X+lxZMntEPhcH7SPDGmeFv45AO0KucOcoFBUw1hbNB/NaF13BCdV1YXRSg77gkgFKnPVts77Cla6elG6elG9HSa9tSzmbbeL3QoRls4ZuuGWozMCWegH09mnS6pfTTInc7x0wqX8EAGudMNB+4NzhaZ3IRwav/svB4u+cqGr9TadW9oJZXrbYaftlCTBxBNUeuWKicFwEc3jKanxQ5G+KosGZtImMUm9uqW0iupy6Rqz6Rqz6Rqz6xAmWOrGK9JYFjcZVlpFbmhSLWvXXL5Z/JZXNbb5+2e98lMlKJ3lyJKCARGwceI8jdHO8EsYfwKm8SRxVYebMOkqJSs+FmUXjL4Xe76SIbn4UkyMEdmJjHUg8GKlcJHfEQLrLaU5VkEg1AmjtZINg92ybaueWBtrNqp8gd4830GG/sGG8SZgtirK/tWItP0yO6iZROq2ltYrGiBkLVTiQrmOYAFO6gTwRfn+O3/tWOnGVf4U9f3UY0xgDpXAGhjHu2Xzhfs6byK9fcJHAYjekMIxlTW9bhs7bXr18b9gWeXJzb8dh6gEXY0fJymzXVqnAOfvBUHY7GqZ//AGwfsNGq0NuU0189dJUT38J27PXr//I//6WT3GAzIsj0vj70bvwVHgVOnwNBMBfJfwPU86loYmFWnc5WKnpWrQmoEvq5QruYALRdDGjYvW+fjlXffwIDRgQ7tofxGqqS5wKHJABW3xvDjzXA0xjzo3WMDF+HSCo+th3twkscXwoIqg+HTEXxl3qoAHETIXe9XZ0p7dKGo0Bcyzl1IHImDeVlfehd3+HzbY5Hhuk/3Q974CUqTnyK9c/11B6T8Pemvukbel3CEBgmmJ8dCs3vcInEF4cD4AiTeAa/mGLop/UdhJ+rEf3KoZcD7XPfSCULewiASbAN7srG/Ohml6tluPnGkgNFls3LVi5fB/aQ1T/DMwDWoLmHy21q5x5QlmCy1l192/xJP/3HTqSizAZyjOFCoS8cTj3+nGPQgzT81Up240WIIl5ou51ExXmIIgfjFIR02dLAoG0cxYjbPw3Nth8NAp/VFzfVFlnCAi77ySxTq3dfyyv+0/YUfkYRX2EytTqzZCFZOjlxWdzodvt9RB4tfkC8gfvmaL0nMntXw7ozPQZAPu5pBm8FZPzrivz74JO5dGXuFS9TK72PYCjgaavjOkSAnqzhtcejBjDr+31zVx+G6waxykc0Gbxa2+5pnFnsV4C/mrplQixBeu6OEtLwFgf7SCN8L1QS6cGC7xqnubCXV9i19DbE7byw+5s/iFggSCvej/hbvCDxt+kWZW8xWjYoDezFGFNyW2nhVRqPrs1A5DUkChHlbu2Frf3MTTtTySTbKqNIxYV9H6DEu+rvb9qq2/FvVtVEsfoMMgQEnBA+pCtxkecAFYgMJiK2qyh3DFVBnc8X7Gi0yy9Vtt9/eRLXcv0owN0ReBRkzpMAqNJ31X5fd36jUu2qHH4m8Hx7S450LdhCezowtal3lJJODTmZ3n4yYSMnvZghLLSier8C0/j6WHdds6uvWxoP/AjqEAw34ExJBrG5po6FjT0WzIEwvgYQtz/L6DeSpa9DLH2NqrIRC1tPcfH1FBffuFx8w1x8rXn4Bjk4hxXxmfLmDEveBFny2rLkdZAJr8dMeCOY8LXLhDeCCW+yaa67eQHX3Uxx3Y3Lda+nue5miutupriuHgvLVzeGr659vrrx2OjGY6Mbh43itcoRcfksk+5huZPhzCv4HLfbCF4HV7TRe3ll38srUPyKVqz0+3kFMABC6AbtuTrdPDRD+FrHh9KmCGsAcJtPqAAwTdqq0a6VF3S+XetLim1x+IYdLz4fePlMESAGWrWffousu6YFdG7QZK40zGuub952cdPQBN4mUSxFEPWfx27C7dJ9pTLh9PPUPNIlpZE5TsSzmBb22ciAs+h5aV9UXG3bY31G8OdL7haO6A5iykD+0hcunb2nRcAxwrew88K98LVrLJQDa+6mqyGEiDiS8YQOfA+eZpNCNN3lkDxtmklOd/kZWVuY50UvMeyT63XSZJNFVXq5WrNLtLnUOM6vJJk0cTM003nHaxgDq30hdyH0fzZRdGAFozYAl+F4rUOQiWZfXzESIsRrOB0GgiyF1OCCd7LAJU+Itb3849WeiMzwukzEApeZEdvi6bC979oDuzO8QHa8AKNkXT7d9kSh9CGkrSVjFJ1RLMCzTXjZsmHe7Y6MXEsDxvYKLSZMUZpCcjKAm7uRJhX40/C+QIYJ1idiSQGcBkaNg0mNLPuiRRAkXDiEUSH5Pvye2m2WZ5IntQzMZRHu1oj/XztBgz7Vg4gxH3EkeARLsmoPMKQxDcHfIobZaBlF2QQbtJyZAIrFMyxCX0E8097tK3pIL7XKeClrX6jldOWgzPxne2Nj8634CLeSCBecj3zvPvx5bLrQnlioOHXKixZOpKRoJeIluu0nXaeMXx9x2DnL2VcEfhzm7oLWWwbTo7+ZGv2NGP21P/qb0ehv9Ohv3NHfnBt9ASq4fnZoN+5Ybvzx24AeFqKCm53xctaAWb74M++qax/xlO2nIWcNiXPheeUhzhKN4ROhLBOMwiK2fsNMPn+YTo+WYiLjnncxA6MuVOLQ434UWkuzMg3yaTRxwUhlORyRk/XuMkW8brEpaF9IBFjXz10EqrsagfjmMHXzfotRGMDEvIE39TDt8XlFHn1gsjlyCrCl3tVtf6wgjmVo4uuqG+7bG3C9M6CCobwU7w2I54Law4SswF4IeiGwFSYLI2rqdAhygdZVfeia7b3GppwsjIjnlppb5q9DWmcfoB9fbTcYT41X3QdTCH6PFSG+/WSmT3UwB1oDYc+B18hYWnAONXQMJaEyGe43UChZDwUKPSMX0kvdqQPoGRg12ETCSJ0YiGxiIOL2OJEjncgxft4G37Whxf6wv923P0ILnVLmA4dimpOzqV1RhJMdJJqw7Oz73z8bnOsPfx7rriEBzoJilu2FvVGu/XjrHSaRJdnBGi15+UEGJUgjkDYEC46WOiVQQxxd7JuK4GojpuNac/2z09HCIk3x4bCDgFV4AH1sDtW++VfttedTPbxvfxxA5Pl7+RlQp0WzLsBOstpSNOpEdAxt4hgrAJIuASBxkFnp+i3qAjK6AP7SgLAEbzCpHAMoNHv7RB0lWzt3HCDDiWI8YrcowBtb4JmmQr2ik05C1N4xDuMCnozHExnYJYIeo6TSV2ourm89XOh9oHMhqT3rQ9OGYiF3RWC8D4NbbNMIXFm0hD64g1qOlwd+LE6ceN3p2GrxYMvm9SD7iZIr7KWoQNN5VZi1Z9Zowv+nUB3/TbDLer2hTznaF8oKrgaI6maCtv7lvRbiGKdDc9vUuzmFy5o/bI9nIBbYM77+doSXQ6C48HPePQhZ7uSZnTTzm/qwvX+ouu9z56gjci/ZyehFnwrmHtM4Rfxou++wm7Wn1ii/RyAy7yFy+3D/4OfR350YXT7REe1NpM0JBPhqIIrfRFO8ZJGRt6yfgT8LwtPQPuxDw2QSBFIUox26lGN8Q/ow7zmccxdu/RSZBErc1XOMkwfGt09+fjdVZns4Nvup+fdS3WynoZ7/cWqHKpDJpLlIjvWfw4gYv7qRYed/nCqAmECU7J2xHPaynqGU+FsY/8zLiR8Nnjn99PNQ8tmcJgN66Pik+FFEYt7d1XOBin7cV34Wj8TLe6y23yvQHAQmakwgQ0BrG1c3y8iuVX8JL0EvVWQzXNXPYRJCxPOha6r9ZBZKns443+poLs8UYQmFrJNgddgb2M3vpIkscL+bXIteqkBpO/lTdX+6cZIRNXTcDZHi8rn700N1mO/b9jjKoRN8YggKMT81QXpOE1mejnU3P+ro7fPhdAivuWlCWxhyXC8ffvNI5jpSc4B0HojR3Bxu6w6fu1PLIEARyj65eEMkoQLc87EPjNNZWlvkOCMmC+83iBwbngqZ5LjL1TB+oVXupAkzUHrHjA9cmzAi/osvI10I3LT8PPDNI5nfNFV//kCYpPOL2lbdLpgXEkLEIqrCmXyvQrEXiAACzFTNgaGTXtKNszn84onz18GCOG0iS3BxBCj87C86oc+RygLRXwgXB19vRuWMKM5mn1f7uhteUsgrpLSFHdqhvmnb73NrPu4UMko/k3W+15rA8IH6fAZhOX0cmgfWAwVWoZ8sgFmqbjjUXWBHixRB3hyBkfjd1p/HhPP6z3p7Csy9zfLKkDh4MSAHCXMzN9HJRGblPrVrKd8RHthuvq2O1bYZ/LvwKF2Ce+vX3bYaqn3rT9koXWRFz415iJ3JpHCGef04PoHGBCIzhsX26CkotjR7x5fpM8twgsrBdW0mrgAyKZAhcMV10pwsh/627R7Cldg0m+XUw+2DQYrcHDJJDgi8RW/bbjRy5rtLOtTVQ4ASPk9K9liog5zzTZkuIYix46K/mBWzKJ3FySzOOMrVRHCNWRTNongWJUAfZbMon0XFLFrOotUsXsziaBbHWE46i7NZnM/iYhYvZ/FqlkSzJJ4lySzJZkkxS5azZDVLo1kaz9JklqazNJulxSxdztLVLFvMsmiWJbMsnWXZLMtnWTHLVrN8McujWZ7N8nyWF7N8OctXs2IxK2Lr03ANF2wRVhGboqJhqLb3jJL+a7urf60HGDiwLOtuUWADBlbf2v3pAf82Ydttlh6+Zw6uvfnM4YNGQw2Ouzqcahlns7zQirU3ZZyrbH0yyRtKzkrgwMOoguO+2o6qzdCYgQvcxLkCE88veL2BYJnH5s0mjVS6Jr6qP2W5SsHl621ddYCDicBrKoIotuCD3O737Qm8G5bGRELr+IrPb7XkhiMhLV3wcJZ6Q3wdFLFoMIdEFVqGAs7XBYTDzNTqM1ymLQREwfINsAsrTkP75VLHT8q+xfB/bnDuV7gSIGDPlZY/GPQVwK4o2h2Yf7JwAT0RlkZwQG2PwYhxqH8DmQDmStQSX/5vNlGqclAY/Eb3hH+2N9JZOMpUgY9uDosUFapg3MhoqXIIO2sDzaz3FXxfkRk/iP4iMA1c64cxjdhCFdYBEnaRcSh4s4ljVQgpYZwojcGqYcVzVezbH7KJcaHyX05Q8lKt3tGbbQ1x0e8O9e53CHxS4r5EHHZ+CwAxfFo+VBgP9ffmzSaJVAFvqrV+Ul3jiwobncQqxwl8s0kSEc0afhX6gSF3YjRLwJJfijyTXEWZhz9PhRfs4pMsVX7Jbwn6sFIFvRQkRArY6uh1j4seIVHxfn+F1/s3mzTGVbF/s0mhuW+bqvcmNoWY1+/AyHuTckt1qKwUI/Y6F2A/MwDs6L2/ATaroYrSFYLthJZStlBLfQfUC/nNJotU/itfxSyObpaoOPZMud5sMgBYEXctCr8EsWDNpscdH+Vy/vFTwfehN5usUIVOJWwXpClAH2GGFT+lEahfnJGl77GKMr/NVFGilvryRI1bqRVZieaESoBXn3d883mzycHMEC8aLPLOE1WQpU2eqQLvBqNhyHOU/DdmdQJ7KJBDpLQF86Va0aFN6Su1bCoIhwHHFcy7WKkc+dYA8RULjAlFJ/KbTQHW+nDmvtkU1uf5f4NJTh7jglOGeORf4ZD/Qf4omeH/ACfUnG6C+V22LQCMkRrx3+GDaZAPhpig4HX/Gd72b/CyODERpf9vYGweFzvLasw9aenCjaj86kUM5v/Jq3HhsMVCs71/i+fFsH1/Od0wh6a9Y4I6vq8p3PImyrWXJ7NHMOlz2WOJkD0j/giYeAuPQQLQgmGQZapWxyP6A0aSQ5a5WmkOWRZqZa6R4D9afIvh/6UJIAUODQgzQ39+1tuVfsI9m/7yGSh4Xa5cBop+YQuHg4J7WBQbDlpGCTiFIAsto5RM9ILbp4wytcJBfFNGAI3GITCjQq0YWj1aqmWAk5Zwu4yd22UZL9TKAP8BQ811L+JYrYRNQ5yopcNQ4Y0SZdoUD3+uXP5axoVaAn8t4yUuKGKw+na50Oy0BHaaMDstk0itJthpmcRqSey0BHaaWGiNVK3G7LQEdlpIywy4UxaBO2WZFIpigcLLJoIpfahM6Wopb5llslIrwYkh3fLgEnhw6vHgMo1xSYCDI7R7zIPLFANnoBNhyq3WoUfTnEKRTvLkEnhyIt+W8YKbBmw4Ca+jDMw0R3y4zCK1HPHhEvhw6jO+MkvV0ufDZZappeDDZZarlebDZVaoKLet+Nh2H7S47U2ZLVWUu79XDtMuMzhVyFE1RztU74JY5pFaygtimSdqRQbQeaZWQf5d5rlanW6IGe02LDN5UxaxWsp7Y5lD42kr5TDGALR2gCVijHbgThnZm2SZwzoHnlrGFBjFLM04U0vJU8tiQbc+4qkl8NTYtCP2RBRWGMFA61da7sPx7Fngt2674bbdN60MIxEUg8yyFYOxv6CoCDq+02ND1zQ0ljIMp0fmlJmbHjDDjrkU2a0Y23F0vBtdbEq2veFV7SSl6NBmJSWuH75KnuuBiXWRbqu97zHocgfkDCkaI7lxMAjE9JfTjX9vPDy23+sPgqfiyza9AAQSYrEoYNFQU1dDh5NMdOSmoW0aM+c4REi90WmIX93DkByO+DDE9KZCvFK4R6QqOx7FoQjpFDvYmoKpzEUpzfRBiYaW76rDrgH7JDC3vDBnKNSJ65Oh2S5hq5I0Cv8k/HDvsMTS5VlJ8W1yeVRi3B59UGIqHpMEsT9xSmK59p1hTJxVZuOUjE9IrEmej5iDp1IC0uJ3YZsGAP/ibKQJkGch4fibxQIAtvD6tOaAtHgK6jydixRgGU9FLDB8KGLJOJ9IL9y6E5WNjkRsfvLBaXqUjA9EDBYVXQ01+Vzzl8I5FzFFHIzGO91w0MsiVpnY2uRKro9KDpfgnJR6PexHJyT2Ds5HGZcaTsqE+mAblWZqdea0xILMteVSrSSHMZi86VKtphbWihYhn5wXoJLTB8AlRm2CoFnmGKOfet3jEPjHq3cgIWbwgmPpOIcrRdQxZyuOFh+tsr6sULGePDhTY7NseufApURa0nb8sgIiKtpTF2feRD4mvgsrNteBE98RexWIYMi5NR9QUUb/ijBUicrYc0Zl8LLXr4JLlQdOaOJB/gFtrL6nApn/rz67ls+8vDJ7sTAb55eJe+9lgsBCzKEKc79g3r53tjfFjf99P3QV76m3T6N70mUeqczePjCLuXwgG9QjvD4NQbHD5Om8EafzZnQ6b8iJhIsUUeOddyGAr/7emCDrJcRmelr7K/3NJluqqwpUEyQfCZyrqKnA4xsCfcoby9fbW4QLwABqh90v4PRxU1cDtiAdVQbbiYPgYb1xdnVix9FsOV73bzZ5Sja/fGtzAqitVOaePla8lf1yMmKmuFD22elJhVj2GhD25G1QuJIFhStZaFQLlRlf7jwDz4aLkdwyD8otM6mZSd+1I6FhOtXv5UjrkYqRSBZT5x/K2NKpUQqdbahASLVQLfUVCOnkwGbhgU2DA5uG5FNpeA1nI8lUeu0JZgpXPI3JvozldwY+MMJm56Lny4dD+jIr45gUDUdpezv8qDokCcuJp8XCnuQXPdyi3JUAj3Rdm7q5ux/6i4NmX3BHBOHvs/LeKDHnPPz8GVnvz0pt47Q8HYbmwQx2UJL7UlGtkMVKSevSuXPA4ptlEC75rwtRz8lLxR0GV6m5rmppqpSe/sAWAxOeVs/k13+/tFH6JjwCNwdDjaDrp0hXkvY1GsqY35Pe31dEw49dUuz8dqpP9c5JWWippvhaVgN5nUTkoxkv9OHDKSqGQGD4+hu7samyHk7dwavlGXxrMS56EwcHxViwaSoysrEWZ9Y8R1ursQleMMMkLCWPoVmoC4OTZbxiJxI/1YMVToHeRcNr4XDpJHt7p/ts8vaJAQRCoPMeGMHIcVV7G4smuQP6UAXX2K7pMag3mJUSFdnWm8/S7AuFIE8Oof7ojvpD5RDR3zg14VF+b6qjAPBUJkG0YF6LxixJFy6tpwZxMgsYSIPVCNEy3zaHHeKixWopiiZvfC4avP+5pFL7nOrf4AKJ4UlNUToKYKwSU+BOk6sABiMGIzVVk8Mb192wSzRlpyAyAgctnopOAHdg2btNPKp4E7HHmiwbbn/uAMft0f3wQhdQXo5nZstOjlyoh9AivWn2+3l7O3+ohhokgf28ebDmwtsDW4Frg9FX5+g9RxhAD7gjMdocTrpQcUHC3i0Igs8Hsh4M4gKX09dDL63ctRHsKKuxetUlPFd8KLRWc3e42D00h3XdPTR4Pe6vWzipLBQ6xG79evtFjxQJCelmSVrxz7bjFJUC1D6X1ff6PXWHYiUKAJFE2VjX8OPq6uvFUYArJHonhwqP/MJjt/D02cJ5c1tFAAKqT3YTvE+9lrAKDSIAYaMAOzUWQv5IFbKJGPBKwJak4IpqK0cBKUwCjDshlYfqo9BPK6hQCkYAthWTlqJKoo0lnEcCLwqDxpgEnMsTVdYP7WPtL4iPbadXBMAWBMdik7j7PvH3fKL3+78/p4Ib7G6CRxY7g+1uwm5gyJ9Hyew7MBXQhM1eLEIn+M0DqpXzhU8rvvybyCQOTW6TI/zLKhwpFIlAASUvbFIz+EGpKUGDXLh1XNV7DopBLBtzcUnOwV9vu3roHzDoavg6hRTKJaRDGz+9nhgvuOMgwbdqfwJ5BwUlLwGarqYUHAG6RJnfHBjGw6JcABKbJtGXUfpAY1ZWh137sK76/geqUFQ6CtuSOM0hJ3L6RFJbPjU/73DYx0Fa1l4R6AYO+4XQ/noIZeqhFcUMLUjZrlumtI7iYhy8cbka2qMoDfLij5fHgRFlx74z9rdqj+qOURedlXEChL95E1wW26qvlaAhV9Kql24h9cMNgWqOCG3Sq+nl8wWJOBY5RWZHoCVaSF9MEcg/9m1fv6v62q4p82vxDqUl7HHuZIOLGZCBQ/0F2kwDocFH6CgiTEEIsWjehygBpgjelFDGh11DHv1L1skYF/8UoOr6obkTUYFsGZMhpJDZfqzr3U0F8rWfQRQKdj3SuNrjYTDh6SCuoM8fcOIqACMNeshDAl8/JC15ZcNfc/aKEF7ielWHsthUeQsyB0Ygi0iVnirNYzXU2/Zw0Gg2o4xMM7dE4pHC1BBfoelqGETwxgqUYta2IEXPLYnOBs82fSyNSqDkuTmnRve03e7CSLkWMiD7FZdV2qp7OC612T7Ksh4xYDfChKwBM74f+NdU7ii6vofiGW0CQUxMXK4LaPbVUYNOaOMjeYYtbb0o0S8Jw6T/TgKDJW2Tj/T0oB/csH+2Wp0oy+McgEWhy8gYwyzUgzJVS3oo68MSENBtj0ybYlseCTGilIpl9giac4bZ4KD2UyPGOKJmaN5sQFJpjwKV2yGhKwBaH4sP4k6EBpBify5U/vVQXzcPAOXSHCwkqcp52AgNBhfzO7OW0cxv3F5obpytkaeAiZ8dJ2g0jhKdGQaAg+8wonMLt3eREMI+27d41Ln1uOXJs01P/bZn+l4wLo4u+PIVUEYqNVZzcL+XTcb1dSGSo8yw4XJB8My6O/CIX3ftY7OrO2kD8qU6NLcwMyVeGkY9gRi3aLYGf/1SHXb7WhcDPi3E8hH3zpYpEuh1Mrl/GaI91LA3G22Q0XZf6r4nJftCZWJbX4I9hR4rz45iASoQubs/tp1Y25cEeATb6pL2E+SQw/tOn4yQnlPdRgpibrcLEQ1VA3syu7jEE5WmoN7p44/yxFqH75yvC5Va/gIN1tsGq7Gtjag1/voxQXWxHrjmyRUAMpbARMDcotIbHmfpM0Eic8msLlXm8apLy/suifdh2Dl985ejK+8LV6iqw7l5qHeNBTKMeO7oCWNGBn9eO3UTOJjkhizycdYA4gK55aTjciZjX0bt3d2+/oIvi93Etn82PuZZ9jTivqMFR7i2LAsTLEsusM0CpFap5mLneK8TGPUvMbMgJ/5Wd83tk0c6vqzdn27CV7W7rr6rhrZ7jJWg5auaTfTwdkikheF+R7nc9MmMoQp9CgenxtquzY/4NhnlDxE5RRwQoS6Uj1ICxIFmijQJ1IwrZW4HbZRvTOIhknj0gEnihUS7P90EGoRfHY/s3Wk7jMj4e1CkTrGNUcxD50LbfT48NhrlvoDlL38+H2VrXcyWSopJzORSTF3Yg2zUOVSHXQXWNptCZWyd6XyDo9rLDvJ1x6CR3qtOLN9SRRFEbvjwWO1P+lsBcLBQxY6f3mwQr/ejDcCjVroR/M0rPNMR3vkUAnsHVk6P+xpFlg5GJoquzpW+Ue/0KpNHNTR24/ikavzoQhVmWSFR4bQBYhws8HseGLU3G7WiyqD0jOi4vRemWPj4+dCDmhpXBB+o+Pd1A0iqkDFT7+staFftgkGS2LqITbV54TUavsUTDU5si1NuchZsc+40eum0SXbB8dLQ6OClNu0v1PJrd1dNAI8XarmmzYVZotxbU7+cbuCLXVBIVdilVmgDZ3dJYSguLBcHS7YAtyoLQjBR1IUbVLsxkNtwtMRJNcbRcGVxdrsoKsq/IF6o/BSLkaLtc66l+bmW5n5LC7elBbb0U33AIDXGsKXe0dQTVTxc7O7bLc9sWfenPY79bKmyQK/KQqVyqSGKpLfU4N4eWmoQcyx2IpernJdemYIgLYbHZA4zyaNxdXp4qDoMRJU91oAIDWKWpocANrQyEmZBls1dFgCE76/eMlfRwpjdF3jDK4l9XHf1YcfFpV1N5u4fUBZfI2n8e49+EgWqFmCYuHzMSaXZgaPLIzRYb5B3euQSdznAWPJigMTQBJVLbQ/X+z0HaxDbcBq9pX0Q8ZaQDhwqMR1ZEjVyllqsSIb9h+Yh7bf4zeVSZWYcoTay75ZcGaxYMSEdTzsZaMexe6CAVSLjQoO1K2Yu3BOG5r6hcGMpT7NmDh/bjrYNjHQ6mm56V/FUkmSu7qkvqeSmkFn3Hv6e2m2UOjm0bJY6fQgFbQpmyawgOSQ1nxVR0FteZvYLWQaePaWR9abvm75yv009DcDs9czVH5MjYSH2Hz5rwE6bbkv2nJw+OCQ35AnAJz6Z0LuEhTdTbzbF+Jq/r77XQfUXaKMhUUlKC9gIv/y7Zq9NkbtxJps2aZ5x8aO/bLVhA7yf3p36oX1wv4F2D7R8ZAzz4U+4hOImwuIZsV9F6ZkhBD2QaQ0Q526ULxOy5H+nPVGgQdZLlKuDFt7By9I5ktnZiGnCjYEr7pmLCYp0+a2K+i7bMq089Iu31kWpGRuyeTd5p0P6lC/t2MsVFy+bkufGXG4VMELc130PyKvBR7GQdCmX3NdH9NPL35H1RoVENH63b0+7j21H3OfdfXW4q69Ykbkw5uBWzHr04504cks3XlTiFm6Nyxki2+Z8Xx/h1D7QWbcI+C+QEtnm0PxQ41ZfSJFgqX4/IDiW11xmxs5Hdzas69ozs6FcapyMV95saGGDVn2zGV8ooyYhaz6R+ag96JTMYL6OX9oOmX5lT7yxrXvePZoXC+Amo69nq0DYBKu3p91dPbDNP3MqtVp3zWHbHKs9JAifRTArwfq97+CO2Bs+t2KPQToikRTkwhyY0CqWKDj816OmsmXEs4QBonTjX1ikysRZ72aCN8lEpnft8cm8L/T7111nhTd4KOI79Ahthl3J3WHKaPzXgA7ABSdqRZWbGxubwUaZNyy503DSmvA42RjbP9W+v7d5vt0erKTzbTbmjaZJJYS30aNufEmXtplgw1RgM9EQMI4N0YqbDOZQ2UWPzJ9+fENtCsqbnZ6AcTD7HKuokN3BoNDWswt+G/wweGHLPpUqjowhlMwD2j/d11K/tS82V/Lo7HWENPtKDm3IKKYdSbYdZkdGsdmSuI6dyUyxj953FcVyT0bxCzdDQtHKqTduK2BX0pNjsm8RDk9tivbXUpz5y2R83pjx2QndhUrdwQJ9WrARZpUk3mWF1WZOq3SohYARLEwGvaYu+nFGGCcdDe44wNtUst2QQst0yp111jw5SqXMpwAjvLaTwwQaJloo7i0JH5u8xVBqYhYEupmeDtv7dTXckz2eHD1DyFMJLpL+p1j7iaZCHnOZgP6KlqZXI3hRBZYBmZaLRYetibOPbecuDuMoaR1Dc60Tazu75eD2KDNiBUtq43iFQ4OHams8O3pJaCeY7qBfzaW1GJvL4CXwyeTlnB8Od82hRleLffuDRCDIDsG+8VCFNsdUFhL3vpjebwlu5tPgR6NNQuy7rMERZXx7uNpWh3EDcITxkiY/pJoXX46OEkx/OmwFSxvd0aPpAXqzmb7B/wcOQmBc6bprj6Bkq/ufPrJHF1Lty/AUupIK82qPmiCEdbI0Heoo4kGInj9OPiV+GYajsHw11hHvD738XGA4au+j7rWMVivSF4GrgsgD0TilEal4ulrj2wjOU+yONSbG3QcQNDRP9BtDvGkbZ9CI9OQtqg+ESCXCIhri7Bxr85CdRYETAOSGHWMEqWghrWQjDhFnWgQejNb2uQTPxdqGXtf8CVNGQq+A6Seaeo6Hwtkz/pbg/eDN58JaMpNIwhkV2B7B+V4EJ/zs7I1Wef0nIMCfiUmHXiqEHjPKjJFEgv5BHH9EkuFC/0fY4cB5CqBLpX0DsxnV1ekIBz0ZMWpHKpHh82Hb1RWEu8fg63ArEmVE4xeHXw1ccqwA0h50Ll2JWgMySwCFvX+BSTdX70mIJrPD5QX/+H1o9nyaa6AYWNTYZDBzsFlIJkCWQrKgBSJ0TfdVv/KD7cC1faY6o2dQyfLtk6kxPTPQ/WchYUDbnRJtZqY20ZmiPh+GVso++HMoh7FkuXBmAx6Xk+MM3t0+9Us2q59JboNwuOfdrj0IpHoOuut+FoIK/N4LaZaXRSZN2UOgIxHnGqW4wX6q7TDfN71Dbz4KUuREEOTDSNHm9UPV7OcDz5Et4FlSGcRnhxYwu3lznB/bdm9KGaXITGhdoIMugIUNRk3qBpF7isT38SD3L84WCg3R7OrDgPj0TKQ/yOAoo5JCvmIwBuwcMa92Owg97w79FMFEEd32vnmsw7kpLZyxOdx1IgJ5ILtDES4EDHKcdRZKDGftH4bjvKv31VMws00OZx+66va22Vqjn3ERLoko5rQfIFjaHa5JE3FJlxBKla6rx9Pg2RtBxupH/3qUJgy7/f0x3gUYe3gQBPAzbJbzvJkNQr+o6HjcP2k/e+dY+vpYd10D+FRrK2n8AKP3mRe2Y5nGNjsGtJ0iWMezJftYCEBosAJqD6Chr5vjAEo0FGJr8RxwL3s1Qk2EI7OP1AoWHZxXBLlQCD9CQOelNY1wC65eDquJZ9ksQic7UDe+B2+Kg7Enjg3mgH4fbsD4gl9cCdWZqAJZ1zfBuXBg7DGEaA7MmD4f1y2o3TK1lMzmuu417BvAszsji/YMK+1Jg1p7U3S0BGQH3V9AYrA/CtqPa0KIiMA+GtYqGSxZ6AhEJ4Gx/9jsB1J+JWzsExU0F8t99YSoFIWeniiBl665+Cxh7REiuxFHOerZeLYkMCFAUYVdZnyBMy3o/NmZfm5m/1cm9admLrd0Iir5S+ctyv/yzMFFGKqod87gRKu/b1JzGrp6hwNyQecSPLD1049MD8iCaOdMrLChevT5QunZ6/E3QQV3xxV9ljf2c7wKru3aLAW8mWoySSCrC7iFOksT3UMc7WmkctOBEmFfhJNvBKFNaaUSsq1xu4QfbClPvwqD+oppVwzFBD9yY2MTRSp5u6+23+GMJ5YxFoNesXPwyt8BEK9A5QOLxKMFtTlR6TPLHVyLxXKHcUpxzQNucIqOMJnkZ++r/v6mrbqd3mQgkBdMrsxVinbG750717vq4Vg1d/AKWlmbH50HLJ7EamLrCBTMm50E5kC5Mb4B8znbh2ipUosUCxZNnOv99+ZBPvtVFH2pGhTBkzW0lyjVwl6SrZqwcMJ0qV0fK5XK/Q5Qx+wI+PVW7gxYSBkuFtHvNMAYECS0hJsQgiNn+o7xgQcoWkE22k1RAm/Dw06/MAs76Fh6iE1AAYl4r2XIJrBYhwsA9jJ5oIvdg6BrcvegzFV30mwbcD/XuuSMdo9xSrbwmLg/yKzAX/1YLCxzKNZkSlR2fp0TTqbL1hE4LnxWW5DM8DLGQZSchwzColxyoB4ss1ayBZlAbVSpmzV6EpZlmRgvlYllJF1V3GUE45qNV42GK7SnCa1g5rvwo5DQYLCz8n31hIPjrDACDllpEf41XktBq4CHBdRd8/ykwWOop6U0evhbyMIlYhXiuZOJUcuhIqFgwfAwtIDssqRxS0OHE25MMFXQfsFmFWyq7uF0lEIwgBtGr+ENhKDpmi2IiZ10fYq4XyPuscsPgPzb7sH5MuLnF7gN5LUlhptrtNL3efE9U9GqNI8Lm4AnIzZLfIsXtlEO6eieBB+/7R7Eb3kmfD7oSxAdDVeEFyx7BUmBwTx3csBQuGe3Py6iJHhgRLnHzcHOd3HV3B28xgCp9mryv2vu734354W5qiXTN6mEVv5VeMajlRH80ja9bkfXoLZDFzvvXaRd/51BgS5zF/+7xqsmzPPb9oR3adx13zGDvrTZY3Hnfk/fhTnkm006WzIzs8Rl9cN+UelEmfEQvMtt3ANY37dgm+h5+dh2AJYmbmOQ+ktd7equ/3yQ53AvKdzTGz9J2uv22GxJRWZatG77RttZoVTQTof7oszleYSvD1C641UNfoCIcCprNs4aiayOJDHI7yI8egDx03uNREuAB7Z3d08MGS6MDVyR3XmX3s1ff15ZxsMR2WyZcTyq5m98jjk74syja/S8kq8H8WRaujcn2hh1p/0JtWZlBQ63+uFT4Gto4pU8fiWR3x2tUtgDeLKIV2HuvZ6iyCYKGfJ9U+93QTEyQE98V0QA4H30wbE9GzSMgSGyH0OEGtMuQD6JaGf0M+/L68v27u0J/HzIeKXFQV85kK8RmKa1FTKND4c7FptrpA6tzlmbetFglxXBxojTtaOSxJGljkfk+vWJA0V2kWgrDZwbjOtLctZ0LsrL9+U1W0+Uavnhoe7u6sMWjbGr7XBVDwNj5y5FM0DZuNThQfwnpbEuslrvy+qp7rRP2FZD98KyCoyVtD/yxzzjMY9ib9DZ6OcFVebhKj/Vw6d9e1PtyUmXpH7GXpgsbgd6NeDLAMeY7qqNhTFBt2ozTtY4JnX9pT8fPKIwKh0gwrkAhmPcOIsa96LOT04wDYzTpvEKE/sW4sSFsZHoLCflAFKRtan4LixN9VcTMTWQg9P6MAoIw4dabK43aw2Hw9cKAzAK+n/GSaIUhjIDrKT6saWx08p4VLjrEvbVALC8+K7QgTxIwT6qnjTttgJ6+ugSyLhcoHEHMCtBTei1nFGVgn2NIRAFZEAfMkK1cXsNievqCfB6kIPAHUGMwOZZmEx33psg3OC2PfQtz2BzeP36NX8Q0aKr03Afz4+otZ9v9w2AwuzbbbW/b0EpRBkxcDRSvnIoXxnKs+V1wlnUFvm6/nOou0O114Xttt2r/++Zgh7aoX62VUTmldTx0M3ZBGB+1PZnsrxRYmiBn4Z7ODW3rNxO2675V/0VPseabYP3TzIzgCva0RAgUpBujQ1+h+0lVE+O96oz5tcdQETvzAWka48VsTTBVBDUAqfUnEz8G2qBdoW8QYR9jVm1yEgt332+lIDxo/oMTkD9sd4O1EvuE/XoEgWMk/XSzntJp3vR60sCCH2+y8n5LgOv+V7LVm+w1XKXPaA5y4+6epzisg+nvV7kkphWlkmdhug9VMf+vh0cLwsynzGZBbAcRngC6bFNtA4VBN9lk8KMjS0WqJbs3b4lRI5M1odPEKJIDUXqtujliMgP/fyxbbb1BLuyc4ZqXU39nBHBA8m9vQz8VUCQoumlU46XhSjmDonglsehPQ2kLneytcdh3p58e4XjPcBqnx7QW82hx5Q5JUkXD7A9cAkdowO+Gp/rAJNM9aDb9ojn5eXqtv0cv49AkkN1yKRwhspg1J3JOrdU0igRnqPNzstHn+fNTsJiP7LYbWffjMHR1nRzQWgHf/Jx8bVr7pjaPpPInRPCDPLVzPe0m0G0765r6u6ybb9jiDrG+Rs9eoNvXpWPvy0UuY49jRj51yNYo9OzFoxUW5SsoDoz1DqVl9seIWjgou/CLUVLRxuXktfqyswRkhiPsaVVyYmm/oqDar1NtOwTzb7WE0168cBwOazkYgxAiJWAi+PzDgcqOHr/XT8h3uYGUYy+AMoQl3IF/maXzUMzaJsEqCk42jEiDpzJ9RVs+r+eBj0KiVqZyUn07GQTU5OrOGdRFuW3Jedy2gqIoDTdCHdSAWPhQszgCizc4aHN0KBLD2p8TXIdEEtd138OZ3t7ZvqjSBWw+87lN2pZXCKu2itD4j6kniXgO55PwNCbZRgz0Z8u1ExGqdWDlBguUcwPeu1EEc8Q+fCsgS+b5FStUGEDsHyBOetB7bjUM4PIBN0TeUvoB0tB5oeFWolpsRPSg74uXuCMSBf4UsUZzhAqRiAeFf53RS9Bj3IBG8H/ZvwlCfGD9kdP8VHNbOCgTE4jKYel0vs8QwRnoymOmGyrbicxYwQfMea8dpIDamb0wxmVzoNu1Pn5+FJqVjRejB6rZg9SCXeiQwq/EoPL4LKCOkgHi5qI8TBgYgaxZEYtDG5pXDkOZp6L4rMM4rAFo2zB/dfhbglvOouwFoHRus+ZgsM5yX8S2VaXgWQTDKSs92AWKwYag6dbXg06CbSmdUiSWTZbSjLC8vYXpxTdAmgaLDOuOJXsXX/P9WwKtsZAaYtvglXRt7Tc9n4BtMhTLz8lQYJbCiopnj/8clB5yUNNz5qRaCNOoT7pFvKkS549xhLq8lkS29Nw+nPHQPLtOUYfnW4emmFi83vuPOElPnLiCZMxpvAzvOTnbliAn+cuz1QVeI4ns3MnuceY/CM8d7YBi+1D56jzcpp2iTDu/fS4N09lstwTb0m1ogPKv4StRKZRmgVWDAgSvLpyiqfEcQk9PwcDHyawlATSgDCuwQ0E71uVhxpcOjWP0qYaDN4A5LzJJk4aOKc0bJO9OmWv8EqSEsIu+T7QocF+nsej7eyo99R4GvpIv8wv2Qfw4ni0LeV2bRjeIDxN+ZlpyqenCVabZU0Rv/kdEHiVfT28rx+qw26UEsnxQGhNFgm4ZMZTkXr7uxaAh5aJWNaH9sd8h8HJ5g/GpSEkHaDUHROrcEa2wpaUEt66/34uH6SHhDMouAZcU5TU4lajX0Z2/Z6DwiMayDaWPmdqKQJuKIRHNTAnmMtFhl1wyAQRwTQgtskRY/UlgCXuSN9U+/0ZLoIdNbHpVE5b2phOs9YwH1Hkl+3hDuafbVdoyjFy1n1zPDaHO4z0JwZMlwaXfQp6qQstORg8WGGOSyjhuvjP9kbgFue/H0AqhbcA2J/cTcbnUjpmHq1HHeqLazO6ADa9OlZDgzByHNNXR99N/Q7CVbDZfj8dL9vtyF9PBOmlWkcDtoJecRBG5HbjEZQTF/TpGcDqQPUHdmML6mGEUmKhUDH3+VacZ597fTGEiQCm0T242iUdpEDrSjwEmVTafV99ubqqDrub9k/nyFQ520dooabMEy73BUUxCJHVjwn/S12B86hMAlW5BFdfrpwPOTdBmzSYyOVihLwYKNg89xusNmMW9/Yp1GEINmzfFPpVAr704pUiZiobl0HLLzRqIoCvhVIq3j7RSIJydPzUUBkkAuXX4/D54M4Bqi76exREh+fARBxx1x9cxsYzs3luZjb+zGymZmATmIH1Ai6gxHSCkupepsZehBK6mU2sRrFD4Xqzn5O8uTkEIYOkyHcO8k0vz0gujMJOfXT9qG6qcBZIOSfF3NxXQ39xPL499c2h7nuji2LdlE43EY5SLV+zZi4qXoH502Vz01UU8yxe4evDIplNFsN0GFpBlnjsAPlonE9cFyebjm7bl83he72bogHH7VhOF2xPTQwI9WJtIiKZDpAVZeuO8fXBnsrvRSQNwHFzn23HdNSUVPb8oqdgWBFBzUdW0igMeTFqKf/UU3EZqXXbD7qsUWtpr/qDHA8TzR0LXjYU30WOHEfSWthG/lzUl7MD5uwwCD7qr48lj9XEUhWb8o/9j7b7fgPBk4PapvsKnDUFFWmZ4PMIcxuVICPSQDyWA0eAHVPrFEv7B4TjHhPi53Nb2uK3A6TVO2gwQSnEyXWFtgMrHYgWCPBbrFYY/dt8SCQO9sd2v0PmDqjWOu+7er8HKaqnw1a5rlEVIhRGpHJTiomDS0BDWBD+BVxEhK8UYW3BrqV6rHfYSBtab6qqqQpkeb+RiR16wfxJNxSnhuKPPT9C6cmkqXB4VNSBFTFdxAm34MSmsrJusr00X8rYvGtN+BMrCvp8uG3ZJciYcIHv/raFOOps4sjRZBCowtz3ExoHNDaw4UIilPCYmm2wZEAN9npfqvTqj/26ax+Og3G8L7wI3dieunsyzw/hfS/GDhx8MOSljVldqjQ0mqUfq7wn6FzAp8CxKACOBlXlYkzoYS2HGa/sbqALuHncVD1d0z9q0x2diWx6nACjvwV7hiZgu/6+udVvArpKYWh7W0epct19WygGJ8T3QX53JyMwlAHcHxBaKQj8ZixkjZVXdBpGazW5Cq9O2uE0huOxA0MGDNimx0HshxB47QRorWvLawdetpnj/TmfqMF759tvV3/ID9PMo9kbNrSYJao4w0xsDHEVLS+rp/Y0jDmIPAkmEEHqU636P17+gOKAbnTGto8sBVioCGVYnPCt6RvyPbDPJwxWbV9A4tjMTdKnesC/3efDkoO7kbyg2l3Ww1B3hICK5DpOm9Mo+qjTETCRowV2d7YxaKj8aFoDoaZCt3YhO4Ibst/INcduDIzLdXVHlWmbEP1LzE3/MGe0h37CJgTSlKSTEBEjIIntfXU41PvJDJwu7QhqY3Q6zmXTZI4jGpv4tEc0NhEWEe3A5hM+pU6ZBuTE4U5UPOiILZD5HbUdTyNxGUD79rUO6qk/oGrc5ABQpVaHykgBLdhI6FP1vkbr22BFMRuVBcqMzpXJ+l1h0AtmydgvinOlyywx/h+XiZBJ4ilvygdU+8iUX6b6SBCttcGRAONcV0sP6epOu4tQyNlF3+61gC1Ry/6tNr6lMkSrL2OAP4cHgW7LFRwWZDzMX6xe7zLVUdBjTRYOqpSy4RrUKSFsD7sLmgqj2GLjUGkZjaGN5IcRdw9EIkqtguTZuXT3592p4avus7JDGdXN2CPyJ0LlQzPYmu8NvbE2NJcaFDcHCMvAJYAjR4k6f9ddPFun2z2w9AQ9bpD/6MR5hyUpJ8NrjOroEDj730q9CaXEz+sRyJxkHj4/7qtDKJ9IPhOZ9DNnEiEMZ/o+L0TyrHyhMhlyM4c4fhAxRb/2ZjpuvS6U8U4Jrs0ty49gv47VShQej0tXorUaSBWqTLyiy8hROKPiPVa5LRyuvm7hWA7hrnmjcYn635jqY28A9Df7PNQPnJzL6vGqZ4dp8nE/i1Um28BlBWL1xrSGddPC97Szcelrejm4Din5aJJm6JgkeoefluN5Oz9Ps9jdO3+cmu33vh5Ox2cNOlnb0ik3X8C0kwkn7WQd9Rb5T3X2cjWV6tuZ4MGTawKB2ydeIsxyRuWREJV8S36DrlxBV0BPH4YZe2ksZKcuEW8EePVK9CX3m+qxtL46PgtbTmQGA8/coh6OYLU6+ASv3n39sv7664dfrwUIFr+PRrTv3wa5EihM9JvKHBBjw+w3a4vr8QzOPGhxucHIG6RtEKg7BFqjSkzVpQPjGLINf7P2kekZF4Arw6nP/drcMCZx7KI5Oi9Wk6QZBKPkQkQDLEsjdEDCaV/bn88gQcoulKFB5JDeYh60EbiDkJ+X9W1Xk5w/c42uoHm90QLLXD/Hu0Rmu5AXKv/l4tcLWiwT6zu4tq0FFSxHAquz34Ih/3ZmvmyWUOqrf7wOZa+1MCGU2yTamm/QZ071yevXr//LbDgIjTAXcQC5KO+72HTt9qTfKoQzxx8EFlz1MO/A8aepHvC+4Pj8GBjAehtzYGofABAcSBEBbFv/aA679oepbJQiM5Ha3cIMmjxuwnSWeXOA7dCCWHQisyWRdvl9M9QPJg//HhGwq6lLRU6mXpyZ9tg/sCxO0utv8iXIgO6GzHyRRMP2HjYbHKWCUHx17n64V6Ce/umwNfTGgwmj40DSCMu3p/1isrifJTmyCEGHvz1TiXrbS7sIrYrCaadY4KYA+XFMCmYXHmHQ0uJitwPmdt26xl4cQgkMvaJZlMyidBZl6HJuLFOPPdxqxAUHjZD1o+QB7FowXLVdvRtsiLXNAFtpE8LwUfPKQprEL7AdK1CfwtS92dBPCp0ibJsAy4v3JIJ4jWolY/Ge2gn23Cz1BYU4lPyWF4V01QJ+ffV02CJSlzavf66lzzbts95MwdFBM3/T0CiSTQVndBPNAB3cAV8HHd2dHgB4V7APFqIsmwFeYCrAvGjPW/g2wF5xRgbQ1/GRw3DdGeAV4OoDFUOoI7MYFFb99+n0yIEKM+LqlYyyZ5bASpjogOBsaaIzLtTKnAKSSEXLq6E+yk+xWhmDZOgNmambCQIwrFxGjMhUVAi1ZaaWH25va3Sc1mPlGhLTauWy9ZiZuQFIpWUoozFfh+w5iOo5cg9a0JmmQnIcoQmL/lW4EwNqDAuADqoPXm762YIdnt6VCGaUYOjrz4dHYWqTLPGGldG/V9v7endCd8A4I5R/DLAGP/W8XC5VXKDZ1BI8AXp6BYEPvR3gSxUtxADR5ct6jC/JWgc+Clj3SzCw77XBj2MvH+ZKrFO6WH8mcybyGdW+kpEIAiksxyAOZLUHNUqH6yBiz/dMpe4WL1OAQgOGZ0cMYbW0DN/OLbBQbX88XhnZcd8+maWpfRMhWqCBrlOpWKqJDXKiFegQ5FHzlxJEYqg1QmvL0Q5EDwdpKhevyFZOJYnTk3hB35cqs7HrNZOC8cutFo3QCTnwJQCZWY4FYGZRbBRcEQnu8P/k7ROEuyC8M39Yotxf4q7LAS4JzdG8J+WbMioUGrKZdhgFDVQMLw431qEb+Sp12Tkbrblzbe3ZiuO+gQFmaQagTJg4kPAc4bnTo2U0YpkRYdq6MwykOOYwl3jK8Bx/YD8J1MOhNDTKAZ6Nxh9+pDxP9tETuSIXVZjJE+AM8OyivsgeRLE5T8Kh3+jm4N0b1Jd2hyAp1Hv5XspQJqt32SaDjeSM4QZ6y2/MGkKio1gZ42g4a30jFxrMrO+VYo48E5sutAvhWFuOzkLgWGdPQj6KQNMfPNGjRf99MhE1QDiWMojP+WsYuXF4DQVUEPakxpOhrwdvM2yiQiWnB6spjwhnygaqRgQF1Oyn5hKX6BMYH63IOhmVnSrKxfL8ytiveYCjbkDTmamM7M+5iHFygKllpsHYEhwBAnIf1RFbq2jZy98P+2kmQE/j8L1TowS97HYXpbysTPkZ2szoK1xmgzyI+nQdC6ozlcc/jXB44SQ6qileteIMVIB4q1o664KQDwBWjNZFRPAxORR89qr5sltlHlhkbBhfv/NPSkeowN7iz3pZcKhTozmhAJ3259djfRjRpA6NrLed75oOG/Q0XfPFbqdx3TQu0TsyGqm/Nd1wqvZfbittTu549S439Q2gGhyCqfzi2TcV6ubf1lUHdeCuVfkHBuj4vFs7AqCPbfdetxnoDFSSjJxEeHUYj6gXLsFnqpAouipavqhG0+2Pbcf1nG8FX/FtaaVamrtqokGV/PylWmJ+uMS8ffr90PwhVOD4tbcgSy8ctoJbRK5eLx1rzgTXxs3V1RnaUtHN9fPOmNzAXwV4MLLxDdnZTE9BT2vu88EMUKaF4mIaCZU0WAgOSu74zHptTPl2DU+Djy2DF+JU8Hhr2FHbiExPea/nvESAJ2/OsFmQDH+QObLFiNbrh9DyTBtyTY+HyzM7Kzu7s0gR+bM7KIreN/1xXz1B9JzJ9V31Pfl7muUQLTgDGSwzXqLLZhAH53mtQPvajSYbDAFAnBCnH24Sny++wDFr4V/8FIJX8b46zQs2jOyPqFGv+dcrIzl9QbvHlEdYKDsU17WvMWyCSFxzYkBWSm0YSzCPFmSq1i21365qx2xkIHibAcah6fuTbsZ/veYUHKHPmBIOvbDbEdAuwhkaRDaxlFYWnypCP3MPZ5AuoKVWhl+3a9lY9N9VuUMbJHFsQi96QFBi0wTE+imkWoBNygpJBvDk4kobZy7ryW1aAhHi8Jqno8Frvut5uSWm3UKvIOrI3W6QK6cZLMJbwi3oTAM5ejpwFs91F7pKQSW37ZEMOJZu15cWQYqMPu9bQgErPnXVy4YHrkE0PxiUc9y15f/kAPaABburukDluDyifHKIvdHNfCAIM1K4xITAAoI9arGR/baS2kDALxazg7/1nkbzIyu6SFSUv2RUEBXC6SAgCqg4kieObc6StyeUH8PDruYNS/FexwNQZuB08tw2nRhmd6NOzYWQSElOgXgNPDWuWlWuXvSIsHPijg2khZYyJKS0lPFPITGKUn4IjYtKBQp84qzwtgtMQXJmsZYq1QenjZPlX49CyzlYEyDMoAW1hhlUCcZ/3F317SjaWuDT1VcbXpbYjHAe9tvO7xe9bIVugCPHnt0lEBI18nYJfkMTFFy5MUYuZXg7NIaL/GCmzhBcQq4suDq0x4puDP6O81EFeWCRUN4MVwn/bSIOujfImMLHZnpIKKYsB4Z3oPbPbyKA+Bz3LDVrwhWdW4EXIYqKIpupopxvAQYBY1HQf0sx3tetdq6AOQIYEVhmXnPYsFFzEzI+H4GTIi6CykZ8BjPYSK/ucUELIzpN8YDNGR6wmeIBG8sD8M/gtgdsErnT/bvGhjb6M3t5E9zLwXuLiItDbwJ7nTr7Fri6+urH5tODPQJ/pc+BMLPyVCcIc/dYjzO+/b+nDR9nGiZ2hGaYkCjd/w6Bsrenzse1h5TCYSuj5JylPn//1evKlByYD3E7uLr6OoI0mLyUZeLxgPqn8PthaB4xah6SkIUGf3stQvAZKw5LZj6+/oekROx9lw4/AZWlQ+Hevt6p54p+Fc40Xcsrp56H6tidnLIfqmN58grG5Idqe4+2B5YW//xC38PUFciFprOEMz2SrPFstvBz8oKnhgzcRB6AT4mWLKVylN8voBaYdbmj4MXoNS48A5gmLb/gGKJ21Sm2zFW8oGLxz49tJ7OSJo/K1f4PydiRKlKgqvle/3J9vRaO8HS2Y27WoEgdKOIXUbvwqExlw7BJkCcn51EV5VZvkwcVI7l24pbliGEq612HgQWsNFzFjzV49mw7AscCQT1082PV7BHiWC1/qatuuKkrNCa+OhESLsONiKJylYG01vkC5uyyMs+OLMdIBRorYWRRljOz5ZkDufaZBaGlwZJEmFrKmMJD21V39V011D+qYNDtbbW9r03cT4ecVj5cE1/945WkkzFECclknI//fvWPVz6GyW0/dyzdxnldCpuTac5WZzY0tPtMh6yZ0DFIBt9dKsI2DVO6IKfasujcqPiGRo/t/vTwzEgSTdDjhnxfPhEpLNnd7h3MGAKlhSySTPgLlfx+BAzvt6fbWwZWA688vPJhW1hQ09wdrqtjzRCQgIhHDzLwert66lHpkbDE5hs2FO4+S/X26Vj1/ScIZI76lrIGxzfeNWTeRJF8KoakyrHhOvYj2uaDUtakMxYpEO2aq3dXn2Vt+a8fr7BFGN0e49N/eet8KAxE8VK782J+sDOHqEEcBmOpCrAx9WoA11o9Boh0s0lg7y5AJPi26rbo7gKfmMNrsHzIpd852lcmUfnb6rD70eyG+xKdyh8agtn0BqC4r47vuhqB+ioI91CQryF3KVW5mXfoL/fPWJSABRTUz6O3uNBxTNBPCXqSq1z3cGkOGDLrQS/AL+2hGdruuqbQeMtAs0G2kZsqgYiWH0gREjmIiA2IeEwtuQOvvN6VhVraNeU+IWK15K46Fj2JY4CDtsBg9Y8Jcj0gIOZSLoievLKsvXyiVv74lUu18pcCB9KrjjWPJl6zY2cN9SxCwWY4eww+fLu+ZB0A/vS2HAyn3EhLrZkRM23CWcgdGKsPj812QG9iONiawx1VDevkn21z0AGAEjqwJxcon+FiKRo3ZR65S7UaT9GlSrmJDDq0rfbvGzRaCjz3LokLLVVOmwpNkSgeGXb8M5xoFdmJgNbfG19ygzNgZJv7+kCdrbG7bP7NfDA9ZxhguSFo+Q3njJHx1GKeeRPFHreAj1f1gN1lLHer44CQgl/efkKgSPExuj8Nu/bHQUwpWQRM7LxNojKHM6QqE3l/N3HVpznOLJ/iOXFq+UWCLs5hluPPOLrYBPYkxiq6YuCqX0G/njhad7tJIcFl2qnPtFO4Aguf5EStcKT5pQu/9aPxCvRX9d2T5PQOJzT7jiApJdrGtPtu/ecwN2oXtEgHtQunjFUut/UOARR281MPChJyeXO/Sh/bKTP3rm0HKsIkt4M1gN7fzo0VNFUB30KgG3C8oY1CzGfV1cWXS3JG39Q3Fgk3Vst2IOgKOMqccAQWfc8Y/P13/cR6WLDs24N+VgcdBau8PV5jdtI4cKOSjzQMGHSMohQYGzOpWS8htqchKlUiGqrLuiIXXIQViEHMQk7lsj/X1d2nehjlvYY6yZrlWvqDnY4Yb56DjJyxowAHEj9AEd9L+vp9V90iPLn2U9V+XSJNa/GfDtVDs/2l3h+NKSXI0T61j2jrYWPuRgsdKSh5C0YYHQ27LhEEziBZeLev+t4Ay67h2NoaM1WAQjXGhCr5DVgSQM5XTYehFKpHAbo7Gpazxh0CEvq65WB2YPF0OpgQc+/IVycR9nLm4zszeBJiz+J+A4521dcuyHYsYumi+cJKVghy1wi/mrIt/RIHS7u7LR0TvhLMYTs+m9HgFzjLZf0IDtqlWtFo1LvL6nB3YsDNKMN0oSK52D02fduxJxSeRCRHIonwim3u4gJ/FtYsEK0w2GvmEiRstIogZAgNT9T+OMAp5wwPep8OdVdpJ2Q+O2vYmTbv6r4SJS2D5ZOnqSnrg8GOJuMJtDB0pmKjSh5gZ8ahqdTxwJDgFmj3j3rOC9l6bdbAbTIyTJeGPaWr/9PdtzRHjiNp3vtX4LBzS1nyEYyHzOqQz1rtKjs1IVVpr1SQimQnRUaTjEypzea/j/kDgOPBUFT17PbuXjIVgANwOEDAAbh/Pta3NY0RXf5JmswTVDiry8PhNXupW4guzaZP/gWf+66qzZBOlUhTg3oS3GFyHClRenSWBb68UTmSfAV7CGldj0M32zZO3njbbqRX3Y1tXdX1k22KvPlVRgafmG6q+9wPX4d92fFuYYbnhCTCoThO3/4RjUtD+WiVMClJTUd6mS2uAGTyQOaRrxRmqvn4NkSM18B2XfdSE32RRq6Zbq6Ob2NhgJx8tuI03rlRT1xtcosmiCr7W72bYpWE11CnwtqwGMAp/MRCj9Ae3Ni7/VDr6EMcGi3MSKXcnAwATeysbgZCC8hg+SWneJUueELph0ic616BbU3PQ+hUkZggaR1aTDfkILGthcAkR6iTakG2ZUft2ZkclJDSG6ey6Vhrn5cfeHCXwwOYT/UTROiS2/GncWqeYBsikk829JvKVh+bp7qDnzqqgkqz+xI8Y9tWeBaEdILJn4+xj6vCE6Eafz6CCvmWfs6DCDdPGteuH74/to4DWqJStumMZmbd1HTH+t341/pnnACwmtp+rKsgG92SCrBMncm64fDS4gIbM9LsY73DSWGS3Ot3jU1vOqQTNMCjT7jRZ+iEllOnjHs9j8lwRc9F4M+w5+jGr0nh1B4VDuixfrq5lE/k/fsL6TXsbhGXJmQSU9qZu5uhCm/f1UJ2G6luetQy/OeDlZQ9Azb1QyXJxJ17AkfE4TvNL95lfOGvTQTjdSB7XPX4StFjBMC+yJAxPm3z+HyEt0uHW6qdwhpkCU92CnKwgZGjv51uf5BUer0L+EM/gZM8znxwCCDzrWmraHZhvtcimu/tD6m29Y8S/9ZV9cw3kab2oyAFxxmZ2V3npZu+1RA0Nv420ZXgR22IyK0cU+3THbtEu0SYeHkCgdKwc5+aw0dXuras+tRG6YnJMG6WmMW68fK6HCd8dlPr7bGbmieLor11TJhk07ghYP1wFUoI/QnbPWt4VsNzpR35ErY6FsDrqdrMI7USypDpR5p+hMAOHcMw2YzzEVBNGTuWU7mf3/j0kY7urvTFFOm2vm/Ui/RII5OjEqK4jxwY4WiwlEDRaYYaXa41mJLXgmPyMP5y53Zp/OVOduB5vgMCavSufPYNqW+OU5hKa4V1Z2FdSCRY9bFFlaJsw1qWYRIghxu3RZWmdOmJMHv4YPtkjrn5XfkMVzQklKbbi3Lrb3BmYmOz9QQnXnQOWjqtgdOvKIQgfvwTTYxOMM9AMmEa3EB961uMe942e8Sr7zDYHZ9DTkuEOmW5v7fc33vcWyt2IxShtcHNERwVo5YXVXkATARNQ8GDOVWEGuYUbTMwR/6WCaLhhruyfflHLaS8+vR8qDuEeVldffxlq42VqTpUns1bt1FndGYicwEpud6ZIbsjSFM4nzA5YtcZ1NVU5ZoUuRobMtyCch9rE6gbZhkyKIjya1bARLm1/aBxIWNxYJVicTyxaAXcQN9dbu7Bxc3l5l4VPjf3f2Bxs6IUc+Vb01Fw3qgOTe/glohgTbyX77r70Qw9mqD5pCJLHGD5/hzs8j16kTV7WP1k6zRrDYf5wDCDMju10AWWBNYZExZko6PNU3wCWxYmjb7pRyvTTIQGIY90612eALChKUvnX1t2nHGDDUKWnwEqNtfPpeT1Xlz+wo49TkNdAlTdY3t8rh6iQ/1w8YDIPipSgIZdUwg7iYeLHWHznirFJE4x475xolzo01E9XBgQlwtSkE6U90hnJ9THB8I0Qj3cRATJhVE6/DAXUq4aFS+cysIZzjhNt8V4vhxSJVWFNY3OVOE1sqXnTF0WUe4EGPJSGsKmBVwr2oqXbl0nIPHe5GoLOL7TxwfbgTeZ2wXCpoInRtnjPw5d7LThyDh7k8dmbXSyangzS0aDzulireGDSXVBmO5eAS9b2ro8tCeqf4v5s7cJjHTMmhHqWNd9WdGpKCO/VIL4AhM5zYMuBTjn9KrFU+wUdSrIXYcNgZa3dlkAKBODuAaGdjoKCkJmuA1sUzAIgAa2mQbICHmAnffnyNBg+iZryZDXztWWw0mIvvalLscjPsNnauG0wy/3yAuBvEXhHW+G+lAONTOfAez28ckfAnVbt/UO13SredMrte4FhgPK4AkF+8A/o6s12SFk/nFQ4qkFyOLLswf1fmimWiNhugv70L/qE63nFBzBOzPDCNF6eHnXjT8pstOnZ7giNbpxMtFtmwmWIe7bpi66gTweO1RcxNLe0VIc5IgnZZ11IMyGsAxniDgO9QRRGcJm/IywSK+h/YIyJics5HPmpc+uAbd9+1citYiGYD5AF8d9+5l7yGgVFByCCsg1cYG4Pkyy0Eerc4u7heEq2pa0Gw8ER9Nk21RlqYZxxx90xj2gYz4EePAagfgGErQRLCRMZQuVJaYy+CErWyiqBN/zrLgk+3gZHrJMgNIFN4PXBCuvNPmiLCTQY267GUd/vsZDWiBbA2pve+/nLKI7IQyeQZmI9i++VRpE6HPHGeFy5UgbU9pTnUnTud6Ij30oO9pV4jdZLawa7QtcUMH92R4AAm0ZMuzXBBeaQoCaygr+1j/Mln0rzPHpefqpr+rWp9eZF5gr4AzBXqBsiTLSDudfUNLF3/qHoKwugeftE1U4dNGaABDo4diWoah0HZZCuiifbv9Eu/MNxhqyaY9Ni6r9XJkLIpiHAy7b9p0ewQ88+BhTj4fpC4wSetNTx383VWPYTPkrBUOtSeBVzFQON9a4WadBM5lp5xZ7g2SwXN1J0WEquBbK5gvwePGJli6LK8GjsTd1WcAoNFOcc3wtwQCLKUUQdvhEt9hbVEVxfw64AYPPRLADuF8h0VLJbkEU9JxZ3q4JUznCG4M6rUzIRdkn1tpcdumF0m+eUk37RqHzQXOLSLmFVyzNX4hxizYvOef4mGuSmMMI3LSt7uuH2x4wX+FOJZwUpiTey8TrSGUdaRZOD1XEW88WTuuRgs5e4u8R5qZ6ZvrHvqXixEz11vrHeojeG+rnYaWpaH3WyRJMYWd951xqkRHE8eoHjzbE1/3Wj9PF9/rFJdSpThQQcl5zCTnRhWatvWYpzdKgmaJDQVaOAkq1figPB5eG0gQNPxx5VJz6dt7vijx1CrWyr/PgSeAAS90ITz3k3sKPFGoJWCgY6nfFrUnjnrD2RC0d18dURwOCxjK1/O/9OKF9Ri4aXtiWC7UavwkkqaVmZWlZWak0I4dgY1WzEuytxTkWI9EWamMtJ+CWRTC4TdXG4kZljtPYWq01uwgWoJ3EwVie7Wp1QBOVJsg/+JYRcs2SAJog0vUKghs5/G5XaqP53a7ZZdxDgjCSAqcnTybsMF6PaARWqEL3D38tPDfrQobDlu5n2zVZrt/xrNJQ5NtMLbh5qpC7Ti8bsuu0mC4pcPaJCyJjR87APQA7SOIhqEOSBa7FEJOQfwOqKvuGrel4bVyDQQKIApapQnYBE8ABmAMo0CEmhdhFmGXnWdYf7I+49q0D0aOTmoxGkqmFNpy1KBTLWW3c1qNP8+RAd/Z3A4gQr385530p/nrdD08XO6SJrtv8UKB8Yqtej80oFfKnQ9nsuzi9zhUHeArZESfnTEv9vet/tnW1ry8QFTxayJyr37rUErSbT+Qni1vUbtCq+dgfKyEInAgx/dhM5jgTFtL58l0D5k2cnvLmIsLQcm/Cn9yrgt73RIo2t7jTtZfiUGd9YbIOPuXaai+0kZjnIpinPIgUWsh2HqbgWvcKp+Etv+evWPsNmh1aeycx3wb3AveP/6nH9Io96/45DqB5vpR08/m6w77agXnAO/hAS3g2JEtjjuCWG25B9dbcwr1GYkAHcpfxbQ5P+ZZxWMMN46BlM+PbFWvhMdFxrCzikZ+UmlEzSZHiNGtbPd/QLCNlINiFjZijFg6HDElhOMRlXlSBD1RsYzGrg/tMCwTYrLCOZuhxXMPD9jS8cDwaiLw31LNjdmq9htDPJwtnp1ZpvUbPzcZ0YUT5ogEQUm9eega9C5VuNOnZEzayTM+44Tjabz88+ervnFqrSa1eG4tYN45GjmbXcYPUUTvWekeHqxPk/IXvwRSVbIACQAihkyZig0uFlbcMrrpnY41odRg8xih1CTrJvDscyBIEP5m9ttNwIJetnhM3MAZT8BN9IAtapyPnBQcKr/dX0IzRE4Q4vGkB7hnRmOTlAJ5HLUaUUIbUhLEweeJ+CG8a+7bfv3gFRM7sUeOGKyWAE2184acu72xVwl4MDBfuuEl90wDj7hSHcZTFAXAB9WavTozcbVxQMESgqGXOFKwwlbBK63Nk7gkizFKI5v4QywrtK1ItXGvZkqoNmaCctL/wpCmnAvqRlORHEg+JDZF9lEvIUbEhJ4pJiKoFKRJurF/N3KdneJqXDh/occp+LgEupvF8q54a4dZhArurtNBHNrVGbxh2PErQM9rzFUoY1TXNKY1tfgn1mfIX1nkoUetZ3tCSPHFDEq4drw3It09Z8KhHnr9btWnwPRQ8X61hHnldaW8pGfqZFYctlUL5VbXoKlqXUJhp7c6qskny4o4EmQR6KVddpFqBMUbxIgZaQRcc9AmMnUUzZftb17iUqRfx2QjkWuWJMLlUecLaQ2zOULwF/Hfjvp0UfT8RpCv5J5M7FITONA44ekHMJasmlabqiWG+R3QuGaJyOS/a6+ax3r3sWo7VMpe1asbvenMXX2TUcNeiBpFfqogk5YCJAqIGUIA37UQQGv63+Ws9uYby2dfjdDhOtEwCfAFbyUqr9eimVrCD+a2H5nK+jwzcaF2MwutzfC2a6M1x2H1DBzUdSj2FkRqeIhn0EtCWDR5H0ndV9RUVhpB0SRMAfFQ0pvu9QJy46w+/HbbkVLPUFYJ24eSB7nAcYMpDPca4S+UmIMtv4O/L8A4q99lASGZNYKOsezHnsHlCEoC/sFMIHcAxbqdmam2QW1shbk31IF1s6dJk8nuYQ+haepR7bPYUWNzwbZwESQpiKJ93p4yVhU/fh77tB+P1bFPAhlHeOBiXJOs6aj3qdCW/OVHJ3eKCux91V/UDPNA3+2/xTwxja9E52qO+vLyk8FqYKyCu+D5LK8dhMU1xwSSX80gz5nIsoiojmr1nXC/T4CrHKy3iN0dqzrRxz63RvB1IUKc9MCGzCWSsiLOs8mrWQCl4mOU0PgjUwxN5WXq8wHlyLcuh0ZlpTc5pvzX0SFvpsoyBFZKkG5ckqsOdb8nqCm0Zk22qG9Qm8wG+YbbZ1m1dBhh+qZywA/jXVRclCvCEA2Hb9j9/Z2q9oYX1CEzqqNaPt9EXaHCkImVgz5E04mQoUi8IHS5W/t+8Coh09lCg70iFqG1E7DQDVBd03F6xZy0OUGbAYs0x4rx6EluRXw14gbt1wAdgo5FvqArUGdmXGFVyjVoLIWQ5wlGirkYNAAEABMAAGO4zIAMpWm5jZN9r78sTtXnBBg3AmwY9TQToaTJ3BGVOzj5dni09KTIx98ABoalOuEgyBYesnHGTNN46n4fyWI1sks+roPZdW97DkaNtxskOvnWgWjpFl7eHuvyunS5lOe2FZPxnAHqG7wuEw6GtDQZxJR0k8ASaqLVuAgiKT93Qty1syjrbtrp1l16H0U8/yvYo48Qk7C5ivAwNuccDmSnlNBmYF4cLIkhnZ8vCcIgkXw/T1+Mk5KY9pkNRsdvvHGfoORfj6PxpKcZVjp6YeIfdRVtOU7OrL8YfcVc4DoOpBK0Mj+lo1buDepU8XMjoNgeWFIJ3nGNxJsxBPY5tv5fKcdB4lEpGhQU50WrMMRH8GkISYe4EA9zVwwkRaZIwUqkTvTuoIUoVVlKzdbBEN5yrKkIbVqjxDucqCUAPh2Nbn9X/t0AZxF49MV1cQjbtnKPn7Llimv1Tcnq1xFzl/Ov8usMCc1X/OOzOr9Yl9rEhySXDr0HkndpYfm9KiJxDzUGk8eyCotG96yoOZXmjpGHEdb93sIoQLhueaZfXPCPwycnGqnPVvDcIebYwWGOFWuHRy4aqwgfYnI0k0TDB3JM4WGE5xF5TWcLFnDyIy5aCU/Xvh52TsX6TpirLte29zLsB82+QmXbMzRyTjbDfagWIKYyfjRKg1fl3saSQRdwZggEz2RhX8A4ipWUQu+9J6n9WenOSi0otTUPZGBcvHVEUEg2aly8t2FattLbAeR6RFpyejLQgyGdcWmCXl2qhYPhPXTEJZYF3EkuDBYbWJIkWCmBGrmJC2WJMuVAo2xRUHU8oEFozl0LZppkwMfEEwCEm/Q6TZR93eHRjPDqXcBDeMTI9KEOAJBZHfojhbnCfI70VV4rrsM+U7nYZT53pHBfpzJvm0kiIlHU4imZ4m+F9PX5QSJ7g28g0Y2/O2Md22iYFwhMmGK8xe9XuRNJKE5TIQnD2F/7Hlr0zPkNHq4qqU7AvaAXBhLiXicIGWaRe6G08VuRiXvXDM/mXYzs1OpRA8kac7X+WjxcDZpRtjNuHF0BOn3bfwE1VEiMPMlcgOdf9fBGRKcJYHaK0mCyUwL6sHsoWFPzhLVgWqrotx6nZ2Yym25MFvE8qVGh4lgCfowoVqqBRJ1uqbfv6eb5bNtsrcigngP2YL2QJPFUvJHcZOrY1aRpRQq1oaGWn+QdouHD4ARe3GDcBiSj997bp/kZ2Y/MykFROcTAE3bVhAUq3dM/jOF+7yDylP8Ej+YdrWKxSfT35/gWA1CFIdE02ar/Wvf2dquXVDbkLq+UWHRXHuqL754VawRBZYtzaaMDw95KXjZW2kkEY0tvmH3gEJUki4Uat/t5eaemI1hOyc/tw/ctNChc+X5r9oCPmwMsRrDH/axxFCa0G/YFuXff7fdPtfd0vlTEv9NK//tdLIeiwvJUwAwzKjSMDNGLCh1ONK5oubGQjKR1Qa0g6oNNEpYPqRCCdLWyLjnTA40BHFyFL04VaOOICa1ohre2S1aGVWrGislb5bQmGbZVBiMNA64EAtxu1iAkQFKKcBQMlnTdJsNKSArV6Ed3JYz/Gqw7+I4au1UIKloCfrfjwN4qPYaBD8ZHqJAWFypCUCz4UWbngmxA/rn7uB+7MdZqiCmX0FQKQDqYW1h6RDKlgD3SVVm1lTaFqtEAtAwRPrSOVkNxIrnGzH1Me+5gc/ce04Ok6Jp30mv+HFiz/U3U0i3MUistz1YjLV5WHy1BlCPb6yz+ww1+ev69fnrObX57ewy//wM59+ef268vzdunL1/fmy1d35H927839qbzwprJV2c1UXkWn8npmKm/ETE5iW2/iT+/0v2zrTWJb7+pfLoSgv/+b99gktseugj029/fY3N9jF+4eW5grB73HrmJ7bBLbY9cze+xGbLGJv6Wm/5duqf/HNs8cD+kg0T+zecbmwc3K3TxNC97madL/2c3zX/2xOXvnjyzugFh30w7erPXzwUNdDf3u+4XJiUdMgqnfPL5cgJMe/03PNoeDxDs7NLpe++flv11evh3qcSoP4CPzdpzAJtWJXj0cAbNemb/mXq+gtZdup/h/5kB63pjN/Afdcvy3t7yj/5dfAzzRegI7rt+km+XcHYRbvykV7P8z+7wtYDd719USg1Ht+j2EB7loqoPxuHQjUXl2GRYLxFwRzRDE9nzDld74zzlk2zu6pb2bQ5PHD+Wh3FGwCHa+ubkiRGv9/RWI5lc/yw+Mrs/50yrwPUF/MPeFvgM0zwCmxs/NUP8s25a2iEGsVHB4FA3OrD5ZbDPevMaf4C21qEOai+pm6KvjjixtvaT3L7+jeRYaC9s9wgUS9TpF5+BsVvLG4vZL/wD2T9V3tushf4Fs+ljvhpcDGC6T3LZmey5mt+fMRDEGLpF4pRZeA26sYr2Jb8Qmju9W8LTu7OFpRpu43LfXqvhRd0cESwLfyB1ZNVukwSwBzNvbmoFZF1Z4m9gGn4EZ6eGmnL7ZGt+/3A3l42Ozo3yzp2fesTk6uXGXRwHi7kjRfNpaSMnskdnGxjk8a3N3RU0upa6odYhdKbSZgzNwn1u+HT1gAT4aLWOqE6RSbEsv9PcmtvSb43T6a8tnvzFvKhnh3K/ebGLb/8bd/g033vZv0tlOyHzs0eY+PR+aAQLYkjvdn12BNLIMPw9o0zshksCXJ6FqvHS55z+dsKyzIYxr9gEbpGndz7ptIaZGA7iZdTWrOmjjT+UVYBgDQSE2bUweHNvxE+VdQrFt190YLQYZoXdXjDJgjeyjLya2+IoW8mhcOAJQEKKldOapXfAaYEkROmBjjDzvC6VHuIZgJXsbGYS2wT2FqKa4RmD29GsPsQ/hLwFhAFVzfKxMQLgieAu0M/UQN7SQsAdpbsMibrHP1hAOXJbobxuF6557CEUXnFxIH7fXuEyITeLQMGs5yk+ytDjNUyGZktuiFXqaSal/egZHE2SI8GWcPoCdG3YB/jAGvwn4wLhuJ6nKMt5J9TM5o8MV6I439vThVzrGocp/bfsHCD1r3PpyzcWKOo0v4iYoYqFWPJwfm0d24sAjsh1YaMswmQuDSnKUcQQJ988rjWAHf0Pjut0FhftEkW4L9jSjQbMehCwjdC/agJDoL4GWsHGlZOWDlFnODk5gyEHhGpAdwkdAbVA7IFwXamNjIUE2D+c1jATwfPUEodi00wDMAvxvrcMSZmph5EQ1SE8Z6f7op9ODeJrqmnLYSaUo32muF/wOTxPwqvvRTOUJ3xP7Tq0KOaMJXU3LnywDdEZhvTAd0doAXQyRHKER03MGezQW911m8ev5eR95mrrNW3fhFc06WIa8b4AjNZnFr6Clgqels25Fl4Ys4RmNf8uiABXhjgoa3MbXjWw/lFXttrzils2SCvZPK5cFp0GxyTa771G/RG0xhwQSHvE00gEBXSSqoEXX/Lzu++/HA/z8rSufyL1pWzfQY0O0GjV8M8xGU/Su3+9bJLo9joeaTMaOozVSRq9FYcO7fN/TLQk4E5jovZyYZR++ga9mt6fl3hhDCG8DVpW0nfOp6k6Xh5vGHlfq5fiBXCkTlQf1YAAFUO+hk9pb0pAbk6IEgan1kpyo/GtT7SieYaIWh7qbqkd2KkK7eIcbSCH8GxC0qR2BW1uArKoMB7Te9YxT4I0IJLmUC2bQwaDR8Apg1GQpY4bQJlcb4UCvtG9UotI1xRJN1Mbp4dnWzNHRo0s03Q05kHpZR1R6+/HHRpdRXRL5NY3VDFpLg5qkIgpSLRu64HIuk5r9sRyqoWxaj9Sku+SHoX86+NVSokM4jg0CcjqUOjFCJ+1G3SLWQtRB+pq83nFShGqmas698JqIQMwgPrQoadFkXIToJwoAajVpW4SzhAZti/39CEteDZF03HYw40LnyCI6qqkg5qT4nRNfqXOEUrtLrFVK7kZdVVfX/f5j3TYQtFd+Mze5XvaucLfzgyusf9UzBR14RGAFUBKfDlhgIbTvlR5zyCgcYzAEfyDkUDAcc/IKAa3xnkIiLoMOrVSWymCGa5Wlpum1Wv47iHTLEiVHu9G4rZfzYkIHOyOAZF4C6YwIslkZ5L4QFkIKRSAFiFBMOij6WKwCqawiYlkHYvElsUF1nzsIy7HtE0DLczcADsxwjsG7HevRBar3BNGLgdRlZoFx4M0tVKFy2w14WXK7ASl+N8DG46/186QD7eITktsPvDJzVC16ojLBbOEHau1XjPxxLSNtXOMqzR0nbyybl6LG9XSgQpnNyDASLwrFNyDNybOXhOJmFqRNr9TCyIF+OoJgUEzsMPCQYKwR4xq2Uqm4IVurgoE0c7VwBEM13x7KjiqJ2LRSiHBPeNt6Vzc/IDJXih5nVrfOFeF+y+kAaGs/apNkvpfcm6S6A78NDX6yXVUPkcHm4OJQM0U7NZMrnOMjJnp9hiQTWWML7ZgYzakODEZVatirlSqcj8t7PHPtaMNHNC+fzwh22XBXCrE4rGIyE6vASfnFv3cDNhH92u3CB3zmBCSSStWiH75XfdzXqhdQCUoT4i4kc2Ib0UNvI9bwvNWiVykvv6TlqLSq5PHT3m2OFCKZ7ardZCh71+u4Gnhu1hFhGT4AZzfGnkbncisltfzctxVhXlo8bID+fYBP6l4tJTuutbRWzcQmwgm4cZxqVEa/sjuEYCbNeB6M53HmSgQiDEU5tdFsNJCixGHB2HWEf7PR9/OakJLX3Cn82xtSTKMOGN6v1dq+oete0IUTrpRLzJjryDU+YLiuB+vYHLhWm76fqG0kYpRJA7jiscoB1gjngQ4cNsITQhjAw4eMxwQEPDhbtBT4hhdY/PrkhGXTEabnZvw2NgS4hLZtfIIvw2QcNvDcDQZBB4l2AFcoSrQUPwYuZEfMV+aimX4mjrP+WBM8FLNj6I/aHmTcFaVtuu/RkA9tDS/BTAGGUZhy6uZYxhitH8YGoT3QGZsDuzMaJ2hrElGTqaYXe6D/DG0ZhBD+ZUOVHqtmIhhE7+Ehwa/gUHYvfJgL8214KO3kFNBshCMyNG1RghK19sFFwxa489Eees7IIgJl9qrMNnMyc2JXwcGdvZcTtUD+5+BlFqeaZP/lSJvsKM/RU6gLGhchURl44vqJNO0RZ+IF62323dejOXqfCcU2N+yIA3hi2PHwj/KJDTjcOyG7dhMAf3Zn4CHl9MDfezv1U9m0Z+3UQHjWTv3quRDmiJlYDOh118vszZf66UHsx4nKj0/11dOhHsaeIsRse7ogJTCgL2XTPvTPtCyxCzk/+TAshFrRboRRpEOx26sSLb4PNUS7F3g7sAnHOFh1D/2xq4CFz23/k6yZMN5u09rvZoWPyTS6NN8MoRfcfXWc4hVKCS1vn6aD8Z+yNzyOkyZsoUPf6gpW54niE4z0l75DmM7gKflsWaWLuQn4x8X40D87uxncL8ZFSxdx1H1ALxqaisLkLmbEnczL+4aYbBm5Bi0u/XFY8zWdRcOYHZkcPoS7nvuDTGlNCkKawS36F9TvoXfu5OH95OTIwH5A6xY+t5Hd4zn7wIYE//GpHHby0jYtHIlArcFnRkHA7TruQt4BSklMuPT0Z2Ner6XIIBNFdu1tQbxSgKycpSSjxQLSzcz81JFdiBSi8cblz4LAuOieu34sj+1kLl0tqkseLjrw6JaIwv+jP0Jg6abbk1kopLGgRFzHlUUNSXORvgjWBVt1lpopjOMhiqWFvOfeEMMyjGRk8kr1wLrmikWCrtM1oEyiDWzCdYI4R2mT8AmRhrbi5HM/2B10EQiQqg6/dlIE/CnG27ujqZtQ5axG+BLUUqMH0sx0zUEnJPvaaYaNiPgoQ089PR2Jv4zxVew8ng/wzueKhDHMwnU6f20Fzl/b4tUi9k3f24npraaLWRFiIf+7EKgv7ie2vuvlMpaNgL86jj/7obLalZ4xMDYTf3luNcEnhZwjj+5E10HaY9t/EH59nN7N7nswOa5iUxKE8zU6S+7n9b+T22u0x3JP/ROb478fe1L+TmkZs9vc0MDFKk66d1U1sCp8nrpx3xzY5tHsv6F+yW8YEI4hpmoO5U+mUJES8hWEn1kiQJbb8iffZZmrPvzAwnSfwfFQ7mprnRu9tvrRt8enuqmsbS8muNZMWJGupqlUrHJj3eQQn0QkwZYs2p/+Tc/uWI242SHtT9MkUaLU2VZt/b/WU0jNQHz6993LwZhBztlkALZeUBFQOl9k4IWXRoflZx0N9Pgw9D9hGeWlTbklyDueSPTqJ8CQyqk8DP1knLBmqwDKG0MZ1tTwMnzgZThWR+Mt1fIxrjmQafgpHpoDfcdh6wZkZ75wpw0k/bKwTpZtrAjlBA+Gbb/fxzvIBNdIIEPFHceJUAQjhTD31sUPBBN7g2MFRqynegbEBoACiMM+Hl+ZIEd3dsx+ge/diQTW34XafIzODYD0KdTmyhs0snPZ/NUdjl/uwRxocysFSO90mzsjHzR8VZvf5vqLdrKOAUDxZqNd733OybYgxnZ4bQAhYwq1Cnpi7A9k0g3OGvEsqnsDMTNsV2jfmOmHtBnRK1ko+/kupOf3IY90YmF7UQTdWLr9WJ3syNrpycZZboMOgSXlXI8gL5xKkBpwD4n+RMKIcGIeqTQ7NY0guJ/4hbbaFnCwQBMhj3ttIxRhHh0Qg/hGmVr4/QEHeb878B7Mg7HFLwR9mXQ19hxTiOdZeDbmrgPWkeg5hhh0Anat6L0nLontWq3sjw0ZHvkdp5DRsX6HYZ3QGrUI+m3MkWQS9ZoNlMRw4jtUSpG0YpFSdGe9sF1gwLmlI8dMZwFi3vz9GlzQGShB2pbp/4MPN6aQRAMjWJk7ap+r7J0KPIg4KwCY6xX2soUOo999wgZNVkQ7Le0N3SyfgiZSw8Oxq9p6tjBlx/TiecHEqJ/0YSBWAHNjpQ7s5TdX7uA591tC9PmbKzce4vj5MIsOGob8uum+O2axfngbiDLAyMJvMlARtNtOBvu7UZidS1REB9RAwVcHPniu1If+8GJV7Ce0S1jqC+8ZfnR0nA9tAxYlVXWF9kRpbhlTS+YK3wv7nmmdoHJwFpzKrnqwDIz0tS5hXfrlTkPoVyGD9jTyHucJKEBLlRZMgHY+BdaGdtLLG4hBgL/WygGOj3QOOX0/lCbM1+rV7qaiv6tTHdYdC9m3zC9Vdmj7l9g44nZq7noNhXi7zWJxTL70lTCh36qNrdG1B8pVipj/a2LLzVyotScbCCoGd/MH6CVZ9W8CWVHo8kILCzeTLJfXRgDYnjIk8gaNE9wBJ2sY2GDwp8vVUm30/N+u1BoFvFVrKz3f4GlFfaMgwNKeYKvSFTbg8LZUWUa0BN1nv0EDl5BKxHhoYbzhKBZZZkx/rtcq1cNEmwY5meFb9zUMWzn/maP2Jr/yNJv/zG0MBJjcYA9wN/THh7Yev/U97Ei+r4x2KInM/MhouBcGnJIiGvHX7qEvByisrTSXXtNX3Y96nMAjnVsWgWCA24gzJgjoQ1MNW4qkA9cEp7qDig0hgNSGTTofpfAZvOgP496JcYn+rYicaKczCABF4qYtNVLjpw49cQEZoK/Iaeq2fGq9Gur2kT3o5by6ydQK33Wbbu9Vb0cWp4mbmxY6AoCfLn8XKi04VGmh9AW0fRfc1g99P8lVt1D5sWkrNyk7ucwAKMLcIkrGIEL8BT2Si40HvWLc9tKCluk1RK/yshYmi0JBZooCbclRJsqNocytYS0HGHllIRcGLTep2jD0+PxyDi6m49dHufSf2pdk9bg/MadWO3weypeYXkjaCOQSKoQPNjAiFES3v0CIIkPnJM/5sPxaQ5QwtszJ2Tb2/ctV9cuWn8Qxe1ujJSSco1g9sBfNt9wOXQRrcB2b7wOQhiUgHgjG0N0RM78O5eEbBboxH5l28zCGTgkAoYD7e1fVz/bRTBUYKwXDIBPkMv559XQodxNWjL+t/xpaTJGdZ0Wi0FS55JMOTsb/XJZPU42iulUL+thNFdbPnQ+fjk/8wvSWDlB7WO4+whrZaY/jjWgIV3T8vhyZcpQ4pw/RC1WIaXFznAKh3oQosSonU917MKMbtIwh3UTH1E7n99QN5n7UcP3BvDk/JIp4xBCDG5s5yzvRtBQcWX39Rf3HX/7jL/8J29KYo4ajCAA=";
var data;
var load = () => data ??= JSON.parse(gunzipSync(Buffer.from(packed, "base64")).toString("utf8"));
var iam_actions_default = { get "about"() {
  return load()["about"];
}, get "package"() {
  return load()["package"];
}, get "licence"() {
  return load()["licence"];
}, get "services"() {
  return load()["services"];
} };

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
function globMatch(pattern, text, ignoreCase = false) {
  if (!isGlob(pattern)) return ignoreCase ? pattern.toLowerCase() === text.toLowerCase() : pattern === text;
  return globToRegExp(pattern, ignoreCase ? "i" : "").test(text);
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
function globCovers(wide, narrow) {
  const a = [...wide];
  const b = [...narrow];
  let reach = new Array(b.length + 1).fill(false);
  reach[0] = true;
  for (const ch of a) {
    const next = new Array(b.length + 1).fill(false);
    for (let j = 0; j <= b.length; j++) {
      if (ch === "*") {
        next[j] = reach[j] === true || j > 0 && next[j - 1] === true;
      } else if (j > 0 && reach[j - 1]) {
        const c = b[j - 1];
        next[j] = ch === "?" ? c !== "*" : c === ch;
      }
    }
    reach = next;
  }
  return reach[b.length] === true;
}

// src/model/lazy.ts
function lazyConstant(build) {
  let built;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
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
function refAddress(text) {
  const m = /^\uE000f([^\uE000\uE001]*)\uE001$/.exec(text);
  if (!m) return null;
  const body = m[1] ?? "";
  const sep = body.indexOf(REF_SEP);
  return sep < 0 ? { address: body, attribute: "" } : { address: body.slice(0, sep), attribute: body.slice(sep + 1) };
}
function refResourceAddress(text) {
  const ref = refAddress(text);
  return ref ? ref.address.replace(/\['([^']*)'\]/g, '["$1"]') : null;
}
var SELF_ACCOUNT = OPEN + KIND_LETTER.self + CLOSE;
var SELF_REGION = OPEN + KIND_LETTER.region + CLOSE;
function sanitizeText(text) {
  return /[\uE000-\uE002]/.test(text) ? text.replace(/[\uE000-\uE002]/g, "\uFFFD") : text;
}
function hasToken(text) {
  return text.includes(OPEN);
}
function tokensIn(text) {
  const out = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    out.push({ kind: LETTER_KIND[m[1] ?? "u"] ?? "unresolved", text: m[2] ?? "" });
  }
  return out;
}
function unresolvedExpressions(text) {
  return [
    ...new Set(
      tokensIn(text).filter((t) => t.kind === "unresolved").map((t) => t.text)
    )
  ];
}
function isSelfAccount(text) {
  return text === SELF_ACCOUNT;
}
function isWholeToken(text) {
  return /^\uE000[a-z][^\uE000\uE001]*\uE001$/.test(text);
}
function isWholeUnresolved(text) {
  const m = /^\uE000u([^\uE000\uE001]*)\uE001$/.exec(text);
  return m !== null;
}
function renderText(text) {
  if (!hasToken(text)) return text;
  return text.replace(TOKEN_RE, (_m, letter, body) => {
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

// src/policy/arn.ts
var OPEN2 = "\uE000";
var CLOSE2 = "\uE001";
function splitOutsideTokens(text, sep) {
  const out = [];
  let cur = "";
  let inToken = false;
  for (const ch of text) {
    if (ch === OPEN2) inToken = true;
    else if (ch === CLOSE2) inToken = false;
    if (!inToken && ch === sep) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}
function splitArn(text) {
  if (!text.startsWith("arn:")) return null;
  const parts = splitOutsideTokens(text, ":");
  if (parts.length < 6) return null;
  return {
    partition: parts[1] ?? "",
    service: parts[2] ?? "",
    region: parts[3] ?? "",
    account: parts[4] ?? "",
    resource: parts.slice(5).join(":")
  };
}
function hasWildcard(text) {
  return stripTokens(text).includes("*") || stripTokens(text).includes("?");
}
function stripTokens(text) {
  return hasToken(text) ? text.replace(/\uE000[a-z][^\uE000\uE001]*\uE001/g, "") : text;
}
function replaceTokens(text, placeholder) {
  return hasToken(text) ? text.replace(/\uE000[a-z][^\uE000\uE001]*\uE001/g, placeholder) : text;
}
var PARTITION_RE = /^aws[a-z0-9-]*$/;
var ACCOUNT_RE = /^\d{12}$/;
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
    const key = i * width + j;
    const cached = memo.get(key);
    if (cached !== void 0) return cached;
    let r;
    if (i === x.length && j === y.length) r = true;
    else if (i < x.length && x[i] === "*") r = f(i + 1, j) || j < y.length && f(i, j + 1);
    else if (j < y.length && y[j] === "*") r = f(i, j + 1) || i < x.length && f(i + 1, j);
    else if (i === x.length || j === y.length) r = false;
    else r = (x[i] === "?" || y[j] === "?" || x[i] === y[j]) && f(i + 1, j + 1);
    memo.set(key, r);
    return r;
  };
  return safely(() => f(0, 0), true);
}
function globCovers2(outer, inner) {
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

// src/policy/shape.ts
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function formatPath(path) {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out === "" ? p : `.${p}`;
  return out === "" ? "(top level)" : out;
}

// src/policy/json.ts
var MAX_JSON_DEPTH = 256;
function parsePolicyJson(text) {
  const read = readJson(text, { maxDepth: MAX_JSON_DEPTH, duplicates: "keep" });
  if (!read.ok) return { ok: false, error: describeJsonError(read.error) };
  if (read.warnings.length === 0) return { ok: true, value: plainValue(read.root), duplicates: [] };
  const duplicates = [];
  return { ok: true, value: mergeRepeatedKeys(read.root, [], duplicates), duplicates };
}
function mergeRepeatedKeys(node, path, duplicates) {
  if (node.kind === "scalar") return node.value;
  if (node.kind === "seq")
    return node.items.map((item, n) => mergeRepeatedKeys(item, [...path, n], duplicates));
  const out = {};
  for (const { key, value } of node.entries) {
    const v = mergeRepeatedKeys(value, [...path, key], duplicates);
    if (Object.hasOwn(out, key)) {
      duplicates.push(`duplicate key "${key}" at ${formatPath(path)}`);
      setOwn(out, key, mergeDuplicate(out[key], v));
    } else setOwn(out, key, v);
  }
  return out;
}
function mergeDuplicate(a, b) {
  if (isObject(a) && isObject(b)) {
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
function federatedAssumeAction(kind) {
  if (kind === "saml-provider") return "sts:AssumeRoleWithSAML";
  if (kind === "oidc-provider" || kind === "web-identity") return "sts:AssumeRoleWithWebIdentity";
  return null;
}
function admitsAction(actions, notActions, action) {
  if (actions?.some((a) => globMatch2(matchPattern(a), action))) return true;
  if (notActions !== null && actions === null)
    return !notActions.some((n) => globMatch2(matchPattern(n), action));
  return false;
}
function denyCoversActions(deny, grant) {
  const denyActions = deny.actions?.filter((a) => !hasToken(a)) ?? null;
  if (grant.notActions !== null || grant.actions === null) {
    return denyActions?.includes("*") === true;
  }
  const wanted = grant.actions.map(matchPattern);
  if (denyActions !== null) {
    return wanted.every((a) => denyActions.some((d) => globCovers2(d, a)));
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
    (r) => denyRes.some((d) => d === r || !hasToken(d) && !hasToken(r) && globCovers2(d, r))
  );
}

// src/policy/parse.ts
function element(obj, name, where, diag) {
  if (Object.hasOwn(obj, name)) return { value: obj[name], key: name };
  const lower = name.toLowerCase();
  let found;
  for (const k of Object.keys(obj)) {
    if (k.toLowerCase() !== lower) continue;
    diag.errors.push(`element "${renderText(k)}" in ${where} should be written "${name}"; read as ${name}`);
    found = found ? { value: mergeDuplicate(found.value, obj[k]), key: found.key } : { value: obj[k], key: k };
  }
  return found;
}
function isUnknownStatement(v) {
  return typeof v === "string" && isWholeUnresolved(v.trim());
}
function unknownStatement(token) {
  return { Effect: "Allow", Principal: { AWS: token.trim() }, Action: "*", Resource: "*" };
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
      if (isObject(item)) out.push(readStatement(item, i, [st.key, i], diag));
      else if (isUnknownStatement(item))
        out.push(readStatement(unknownStatement(item), i, [st.key, i], diag));
      else diag.errors.push(`${st.key}[${i}] is not an object; ignored`);
    });
    return out;
  }
  if (isObject(value)) return [readStatement(value, null, [st.key], diag)];
  if (isUnknownStatement(value)) return [readStatement(unknownStatement(value), null, [st.key], diag)];
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
  const texts = values.map((v) => typeof v === "string" ? v.trim() : "");
  if (texts.some((t) => hasToken(t))) {
    for (const t of texts) unresolved2.push(...unresolvedExpressions(t));
    diag.notes.push(`Effect of ${where} is not known statically; read as Allow (fail closed)`);
    return "Allow";
  }
  const lower = texts.map((t) => t.toLowerCase());
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
      else if (isObject(item)) out.push(...mapEntries(item, [...path, i], diag, where));
      else diag.errors.push(`principal at ${formatPath([...path, i])} is not a string; ignored`);
    });
    return out;
  }
  if (isObject(raw)) return mapEntries(raw, path, diag, where);
  diag.errors.push(`principal element of ${where} is neither "*", an object nor an array; ignored`);
  return [];
}
function mapEntries(obj, path, diag, where) {
  const out = [];
  for (const [key, value] of Object.entries(obj)) {
    if (Array.isArray(value)) {
      value.forEach((item, j) => {
        if (Array.isArray(item) || isObject(item)) {
          diag.errors.push(
            `principal at ${formatPath([...path, key, j])} in ${where} is not a string; ignored`
          );
        } else out.push({ key, value: item, path: [...path, key, j] });
      });
    } else if (isObject(value)) {
      diag.errors.push(`principal at ${formatPath([...path, key])} in ${where} is an object; ignored`);
    } else out.push({ key, value, path: [...path, key] });
  }
  return out;
}

// src/policy/iam-actions.ts
var LEVEL_NAMES = [
  "Permissions management",
  "Write",
  "Tagging",
  "Read",
  "List",
  "Unknown"
];
var LETTERS = "PWTRL";
var iamIndex = lazyConstant(buildIamIndex);
function buildIamIndex() {
  const services = /* @__PURE__ */ new Map();
  const levels = [];
  for (const [prefix, entry] of Object.entries(
    iam_actions_default.services
  )) {
    const service = {
      start: levels.length,
      names: [],
      byName: /* @__PURE__ */ new Map(),
      types: entry.r.map((t) => {
        const space = t.indexOf(" ");
        const shape = t.slice(space + 1);
        return {
          name: t.slice(0, space),
          arnService: shape.slice(0, shape.indexOf(":")).toLowerCase(),
          shape: arnShapePattern(shape)
        };
      }),
      appliesTo: []
    };
    let previous = "";
    for (const row of entry.a === "" ? [] : entry.a.split(" ")) {
      const m = /^(\d*)([^=]*)=([PWTRL])([\d,]*)$/.exec(row);
      if (!m) continue;
      const [, shared = "", rest = "", letter = "W", types = ""] = m;
      const name = previous.slice(0, Number(shared)) + rest;
      previous = name;
      service.byName.set(name.toLowerCase(), levels.length);
      service.names.push(name);
      service.appliesTo.push(types === "" ? [] : types.split(",").map(Number));
      levels.push(LETTERS.indexOf(letter));
    }
    services.set(prefix, service);
  }
  const levelArray = Uint8Array.from(levels);
  const byArnService = /* @__PURE__ */ new Map();
  for (const service of services.values()) {
    for (const t of service.types) {
      const list = byArnService.get(t.arnService);
      if (list) list.push(t);
      else byArnService.set(t.arnService, [t]);
    }
  }
  return {
    byArnService,
    services,
    prefixes: [...services.keys()],
    levels: levelArray,
    total: levelArray.length,
    totals: countLevels({ all: true, known: /* @__PURE__ */ new Set(), unknown: /* @__PURE__ */ new Set() }, levelArray)
  };
}
var emptySet = () => ({ all: false, known: /* @__PURE__ */ new Set(), unknown: /* @__PURE__ */ new Set() });
function addPattern(set, raw, idx) {
  const pattern = (hasToken(raw) ? replaceTokens(raw, "*") : raw).replace(/\$\{[^}]*\}/g, "*").trim().toLowerCase();
  if (pattern === "*" || /^\*+(:\*+)?$/.test(pattern)) {
    set.all = true;
    return;
  }
  const colon = pattern.indexOf(":");
  if (colon < 0) {
    set.unknown.add(raw);
    return;
  }
  const servicePattern = pattern.slice(0, colon);
  const namePattern = pattern.slice(colon + 1);
  const services = isGlob(servicePattern) ? idx.prefixes.filter((p) => globToRegExp(servicePattern).test(p)).map((p) => idx.services.get(p)) : [idx.services.get(servicePattern)].filter((s) => s !== void 0);
  let found = false;
  const nameRe = isGlob(namePattern) && namePattern !== "*" ? globToRegExp(namePattern, "i") : null;
  for (const s of services) {
    if (namePattern === "*") {
      for (let i = 0; i < s.names.length; i++) set.known.add(s.start + i);
      found ||= s.names.length > 0;
    } else if (nameRe) {
      for (let i = 0; i < s.names.length; i++) {
        if (!nameRe.test(s.names[i])) continue;
        set.known.add(s.start + i);
        found = true;
      }
    } else {
      const at = s.byName.get(namePattern);
      if (at !== void 0) {
        set.known.add(at);
        found = true;
      }
    }
  }
  if (!found) set.unknown.add(raw);
}
function expandActions(patterns) {
  const idx = iamIndex();
  const set = emptySet();
  for (const p of patterns) addPattern(set, p, idx);
  return set;
}
function expandNotActions(patterns) {
  const idx = iamIndex();
  const excluded = expandActions(patterns);
  if (excluded.all) return emptySet();
  const set = emptySet();
  for (let i = 0; i < idx.total; i++) if (!excluded.known.has(i)) set.known.add(i);
  return set;
}
function actionSetOf(actions, notActions) {
  const set = expandActions(actions);
  if (notActions && notActions.length > 0) unionInto(set, expandNotActions(notActions));
  return set;
}
function unionInto(into, other) {
  into.all ||= other.all;
  if (!into.all) for (const i of other.known) into.known.add(i);
  for (const u of other.unknown) into.unknown.add(u);
}
function actionSetWithin(inner, outer) {
  if (inner.all && !outer.all) return false;
  if (!outer.all) {
    for (const i of inner.known) if (!outer.known.has(i)) return false;
  }
  for (const u of inner.unknown) if (!outer.unknown.has(u)) return false;
  return true;
}
function countLevels(set, levels) {
  const counts = [0, 0, 0, 0, 0];
  if (set.all) for (const l of levels) counts[l]++;
  else for (const i of set.known) counts[levels[i]]++;
  const out = {};
  for (let l = 0; l < 5; l++) if (counts[l] > 0) out[LEVEL_NAMES[l]] = counts[l];
  if (set.unknown.size > 0) out.Unknown = set.unknown.size;
  return out;
}
function summarizeSet(set) {
  const idx = iamIndex();
  const levels = set.all && set.unknown.size === 0 ? { ...idx.totals } : countLevels(set, idx.levels);
  const known = set.all ? idx.total : set.known.size;
  return { levels, actionCount: known + set.unknown.size };
}
function accessOf(actions, notActions) {
  return summarizeSet(actionSetOf(actions, notActions));
}
function allActionLevels() {
  const idx = iamIndex();
  return { levels: { ...idx.totals }, actionCount: idx.total };
}
function documentActions(docs) {
  const out = { actions: [], notActions: [], problems: [] };
  for (const doc of docs) {
    let value = doc;
    if (typeof doc === "string") {
      const parsed = parsePolicyJson(doc);
      if (!parsed.ok) {
        out.problems.push(`invalid JSON in policy: ${parsed.error}`);
        continue;
      }
      value = parsed.value;
    }
    if (!isObject(value)) {
      out.problems.push("policy is not a JSON object");
      continue;
    }
    const diag = { errors: [], notes: [] };
    for (const stmt of readStatements(value, diag)) {
      if (stmt.effect !== "Allow") continue;
      if (stmt.actions) out.actions.push(...stmt.actions);
      else if (stmt.notActions) out.notActions.push(stmt.notActions);
    }
    out.problems.push(...diag.errors);
  }
  return out;
}
var PLAIN = "";
var ANY = "";
var ONE_PLAIN = "";
var ONE_ANY = "";
function arnShapePattern(shape) {
  let out = `arn:${ONE_PLAIN}${PLAIN}:`;
  for (const ch of shape.toLowerCase()) {
    if (ch === "%") out += ONE_PLAIN + PLAIN;
    else if (ch === "$") out += ONE_ANY + ANY;
    else out += ch;
  }
  return out;
}
var isRun = (c) => c === "*" || c === PLAIN || c === ANY;
function produces(token, ch) {
  if (token === PLAIN || token === ONE_PLAIN) return ch !== "/" && ch !== ":";
  if (token === "*" || token === ANY || token === "?" || token === ONE_ANY) return true;
  return token === ch;
}
function shareOne(a, b) {
  return a === "?" || produces(b, a);
}
function shapesIntersect(resource, shape) {
  const x = resource.toLowerCase().slice(0, 512);
  const y = shape;
  const memo = /* @__PURE__ */ new Map();
  const width = y.length + 1;
  const f = (i, j) => {
    const key = i * width + j;
    const cached = memo.get(key);
    if (cached !== void 0) return cached;
    memo.set(key, false);
    const a = x[i];
    const b = y[j];
    let r;
    if (a === void 0 && b === void 0) r = true;
    else if (a !== void 0 && isRun(a) && b !== void 0 && isRun(b)) r = f(i + 1, j) || f(i, j + 1);
    else if (a !== void 0 && isRun(a)) r = f(i + 1, j) || b !== void 0 && f(i, j + 1);
    else if (b !== void 0 && isRun(b))
      r = f(i, j + 1) || a !== void 0 && shareOne(a, b) && f(i + 1, j);
    else if (a === void 0 || b === void 0) r = false;
    else r = shareOne(a, b) && f(i + 1, j + 1);
    memo.set(key, r);
    return r;
  };
  return safely(() => f(0, 0), true);
}
function actionAppliesTo(action, resourceArnOrType) {
  const idx = iamIndex();
  const resource = (hasToken(resourceArnOrType) ? replaceTokens(resourceArnOrType, "*") : resourceArnOrType).trim();
  if (resource === "*") return true;
  const set = expandActions([action]);
  if (set.all || set.unknown.size > 0) return true;
  const typeName = /^[A-Za-z0-9_-]+$/.test(resource) ? resource.toLowerCase() : void 0;
  const arnService = /^arn:[^:]*:([^:*?]*):/i.exec(resource)?.[1]?.toLowerCase();
  const candidate = (t) => typeName !== void 0 ? t.name === typeName : (arnService === void 0 || t.arnService === arnService) && shapesIntersect(resource, t.shape);
  for (const service of idx.services.values()) {
    const end = service.start + service.names.length;
    for (let g = service.start; g < end; g++) {
      if (!set.known.has(g)) continue;
      for (const t of service.appliesTo[g - service.start]) if (candidate(service.types[t])) return true;
    }
  }
  if (typeName !== void 0) return false;
  const shapes = arnService !== void 0 ? idx.byArnService.get(arnService) ?? [] : [...idx.byArnService.values()].flat();
  return !shapes.some(candidate);
}

// src/policy/issuers.ts
var ISSUERS = [
  {
    name: "GitHub Actions",
    pattern: /^token\.actions\.githubusercontent\.com$/,
    tenancy: "shared",
    narrowing: ["sub"],
    // sub = repo:OWNER/REPO:…, or a customised template starting with repository_owner(_id).
    owner: [/^repo:([^/*?]+)\//i, /^repository_owner:([^:*?]+):/i, /^repository_owner_id:([^:*?]+):/i],
    docs: [
      "https://docs.github.com/en/actions/reference/security/oidc (sub, custom audience)",
      "https://docs.github.com/en/actions/how-tos/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services"
    ]
  },
  {
    name: "GitLab.com CI",
    pattern: /^gitlab\.com$/,
    tenancy: "shared",
    narrowing: ["sub"],
    owner: [/^project_path:([^/*?]+)\//i],
    docs: [
      "https://docs.gitlab.com/ci/secrets/id_token_authentication/ (sub = project_path:GROUP/PROJECT:ref_type:\u2026; aud chosen by the job)"
    ]
  },
  {
    name: "HCP Terraform",
    pattern: /^app\.terraform\.io$/,
    tenancy: "shared",
    narrowing: ["sub"],
    owner: [/^organization:([^:*?]+):/i],
    docs: [
      "https://developer.hashicorp.com/terraform/cloud-docs/workspaces/dynamic-provider-credentials/workload-identity-tokens (sub = organization:ORG:project:\u2026:workspace:\u2026:run_phase:\u2026)"
    ]
  },
  {
    name: "Buildkite",
    pattern: /^agent\.buildkite\.com$/,
    tenancy: "shared",
    narrowing: ["sub"],
    owner: [/^organization:([^:*?]+):/i],
    docs: [
      "https://buildkite.com/docs/pipelines/security/oidc/aws (provider https://agent.buildkite.com, sub = organization:ORG:pipeline:\u2026)",
      "https://buildkite.com/docs/agent/v3/cli-oidc (--audience chosen by the job)"
    ]
  },
  {
    name: "Google",
    pattern: /^accounts\.google\.com$/,
    tenancy: "shared",
    // accounts.google.com:aud is the azp (OAuth client / service account) when the token has one.
    narrowing: ["aud", "sub"],
    docs: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_aud"
    ]
  },
  {
    name: "Amazon Cognito identity pools",
    pattern: /^cognito-identity\.amazonaws\.com$/,
    tenancy: "shared",
    narrowing: ["aud"],
    docs: ["https://docs.aws.amazon.com/cognito/latest/developerguide/role-trust-and-permissions.html"]
  },
  {
    name: "Facebook",
    pattern: /^graph\.facebook\.com$/,
    tenancy: "shared",
    narrowing: ["app_id"],
    docs: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_appid"
    ]
  },
  {
    name: "Login with Amazon",
    pattern: /^www\.amazon\.com$/,
    tenancy: "shared",
    narrowing: ["app_id", "user_id"],
    docs: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_appid"
    ]
  },
  {
    name: "Microsoft Entra ID (multi-tenant endpoint)",
    pattern: /^login\.microsoftonline\.com\/(common|organizations|consumers)(\/v2\.0)?$/,
    tenancy: "shared",
    narrowing: ["sub"],
    docs: [
      "https://learn.microsoft.com/en-us/entra/identity-platform/howto-convert-app-to-be-multi-tenant (common / organizations accept users of any tenant)"
    ]
  },
  {
    name: "GitHub Enterprise (its own issuer)",
    pattern: /^token\.actions\.githubusercontent\.com\/[^/]+$/,
    tenancy: "tenant",
    narrowing: ["sub"],
    docs: [
      "https://docs.github.com/en/enterprise-cloud@latest/actions/reference/security/oidc#switching-to-a-unique-token-url (one issuer per enterprise)"
    ]
  },
  {
    name: "CircleCI organisation",
    pattern: /^oidc\.circleci\.com\/org\/[^/]+$/,
    tenancy: "tenant",
    narrowing: ["sub"],
    docs: [
      "https://circleci.com/docs/openid-connect-tokens/ (issuer https://oidc.circleci.com/org/ORG_ID: one issuer per organisation)"
    ]
  },
  {
    name: "Bitbucket Pipelines workspace",
    pattern: /^api\.bitbucket\.org\/2\.0\/workspaces\/[^/]+\/pipelines-config\/identity\/oidc$/,
    tenancy: "tenant",
    narrowing: ["sub"],
    docs: [
      "https://support.atlassian.com/bitbucket-cloud/docs/integrate-pipelines-with-resource-servers-using-oidc/ (one identity provider URL per workspace)"
    ]
  },
  {
    name: "Microsoft Entra ID tenant",
    pattern: /^(sts\.windows\.net\/[0-9a-f-]+|login\.microsoftonline\.com\/[0-9a-f-]{36}(\/v2\.0)?)$/,
    tenancy: "tenant",
    narrowing: ["sub"],
    docs: ["https://learn.microsoft.com/en-us/entra/identity-platform/access-tokens (iss names the tenant)"]
  },
  {
    name: "Amazon EKS cluster",
    pattern: /^oidc\.eks\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\/id\/[^/]+$/,
    tenancy: "tenant",
    narrowing: ["sub"],
    docs: [
      "https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html (sub = system:serviceaccount:NS:NAME; any pod of the cluster holds a token)"
    ]
  }
];
var UNKNOWN = {
  name: "identity provider",
  pattern: /^$/,
  tenancy: "tenant",
  narrowing: ["sub"],
  docs: []
};
function normalizeIssuer(text) {
  return text.trim().replace(/^https:\/\//i, "").replace(/\/+$/, "").toLowerCase();
}
function issuerFact(issuer) {
  const key = normalizeIssuer(issuer);
  return ISSUERS.find((f) => f.pattern.test(key)) ?? UNKNOWN;
}
function isSharedIssuer(issuer) {
  return issuerFact(issuer).tenancy === "shared";
}

// src/policy/zone.ts
function defaultPartition(ctx) {
  const p = ctx.partition?.trim();
  return p && PARTITION_RE.test(p) ? p : "aws";
}
function selfAccountText(ctx) {
  const s = ctx.selfAccount?.trim();
  return s && ACCOUNT_RE.test(s) ? s : renderText(SELF_ACCOUNT);
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
  const def = defaultPartition(ctx);
  for (const raw of ctx.zone.accounts ?? []) {
    const e = String(raw).trim();
    if (ACCOUNT_RE.test(e)) {
      if (e === account && partition === def) return true;
      continue;
    }
    const m = /^(aws[a-z0-9-]*):(\d{12})$/.exec(e);
    if (m && m[1] === partition && m[2] === account) return true;
    const arn = splitArn(e);
    if (arn && arn.partition === partition && arn.account === account) return true;
  }
  return false;
}
function accountStatus(field, partition, ctx) {
  const f = field.trim();
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
  if (!ACCOUNT_RE.test(f)) return { status: "invalid", account: f };
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

// src/policy/outcome.ts
var ANY2 = { kind: "any" };
function scopeOf(principal, ctx) {
  if (principal.type === "AWS" && principal.accountId !== null && ACCOUNT_RE.test(principal.accountId)) {
    const arn = splitArn(principal.id);
    return {
      kind: "account",
      partition: arn ? arn.partition : defaultPartition(ctx),
      account: principal.accountId
    };
  }
  if (principal.type === "AWS" && /^o-[a-z0-9]{10,32}$/.test(principal.id))
    return { kind: "org", org: principal.id };
  return ANY2;
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
var WEB_IDENTITY_NAMES = /* @__PURE__ */ new Set(["Google", "Facebook", "Login with Amazon"]);
function isFederatedKind(kind) {
  return kind === "saml-provider" || kind === "oidc-provider" || kind === "federated-unknown" || kind === "web-identity";
}
function federatedOutcomes(np, cs, ctx, notes) {
  const provider = np.principal;
  if (np.kind === "web-identity") {
    const issuer = np.issuer ?? provider.id.toLowerCase();
    return sharedOutcomes(provider, issuer, issuerFact(issuer), cs, ctx, notes);
  }
  if (!np.self) {
    const st = np.accountField !== void 0 ? accountStatus(np.accountField, np.partition ?? defaultPartition(ctx), ctx) : { status: "invalid", account: "" };
    if (st.status === "outside") return [outcome(ctx, provider, "external", { subkind: "federated", notes })];
    if (st.status !== "inside") {
      return [
        outcome(ctx, provider, "unresolved", { subkind: "federated", unresolved: np.unresolved, notes })
      ];
    }
  }
  if (np.kind === "saml-provider") return tenantOutcomes(provider, void 0, "saml", cs, ctx, notes);
  if (np.kind === "oidc-provider" && np.issuer) {
    const fact = issuerFact(np.issuer);
    if (fact.tenancy === "shared") return sharedOutcomes(provider, np.issuer, fact, cs, ctx, notes);
    return tenantOutcomes(provider, np.issuer, "oidc", cs, ctx, notes);
  }
  const shared = requiredSharedIssuer(cs);
  if (shared) {
    return sharedOutcomes(provider, shared.issuer, shared.fact, cs, ctx, [
      ...notes,
      `federatedProviderFromKeys:${shared.issuer}`
    ]);
  }
  return tenantOutcomes(provider, void 0, "oidc", cs, ctx, [...notes, "federatedProviderUnknown"]);
}
function requiredSharedIssuer(cs) {
  for (const key of cs.claims.keys()) {
    const colon = key.lastIndexOf(":");
    if (colon <= 0) continue;
    const issuer = key.slice(0, colon);
    if (normalizeIssuer(issuer) !== issuer) continue;
    const fact = issuerFact(issuer);
    if (fact.tenancy === "shared") return { issuer, fact };
  }
  return void 0;
}
function claimValues(cs, key) {
  const list = cs.claims.get(key);
  if (!list || list.length === 0) return void 0;
  return list.reduce((a, b) => b.values.length < a.values.length ? b : a);
}
function narrowingClaim(cs, issuer, fact) {
  for (const claim of fact.narrowing) {
    const found = claimValues(cs, `${issuer}:${claim}`);
    if (found) return found;
  }
  return void 0;
}
function valuePath(claim, i) {
  return claim.hasArray ? [...claim.path, i] : claim.path;
}
function subjectPrincipal(provider, text) {
  return {
    type: "Federated",
    id: `${provider.id}#${renderText(text)}`,
    accountId: provider.accountId,
    ...provider.provider ? { provider: provider.provider } : {}
  };
}
function sharedOutcomes(provider, issuer, fact, cs, ctx, notes) {
  const github = fact.name === "GitHub Actions";
  const anyone = github ? "github-any-repo" : "federated-unnarrowed";
  const narrowed = github ? "github-oidc" : issuer === "cognito-identity.amazonaws.com" ? "cognito" : WEB_IDENTITY_NAMES.has(fact.name) ? "web-identity" : "oidc";
  if (issuer === "cognito-identity.amazonaws.com") {
    const amr = cs.claims.get("cognito-identity.amazonaws.com:amr") ?? [];
    const guest = amr.some((c) => c.values.some((v) => typeof v === "string" && /unauthenticated/i.test(v)));
    if (guest) return [outcome(ctx, provider, "public", { subkind: "cognito-unauthenticated", notes })];
  }
  const claim = narrowingClaim(cs, issuer, fact);
  if (!claim) return [outcome(ctx, provider, "public", { subkind: anyone, notes })];
  const trusted = new Set((ctx.zone.githubOrgs ?? []).map((o) => String(o).trim().toLowerCase()));
  return claim.values.map((raw, i) => {
    const conditionPath = valuePath(claim, i);
    if (typeof raw !== "string" || raw.trim() === "")
      return outcome(ctx, provider, "public", { subkind: anyone, notes, conditionPath });
    const text = raw.trim();
    const principal = subjectPrincipal(provider, text);
    const exprs = unresolvedExpressions(text);
    if (exprs.length > 0)
      return outcome(ctx, principal, "unresolved", {
        subkind: narrowed,
        unresolved: exprs,
        notes,
        conditionPath
      });
    const owner = fact.owner ? subjectOwner(text, fact.owner) : wildcardFree(text);
    if (owner === null) return outcome(ctx, principal, "public", { subkind: anyone, notes, conditionPath });
    if (github && owner !== "" && trusted.has(owner.toLowerCase()))
      return outcome(ctx, principal, "internal", { subkind: "github-org", notes, conditionPath });
    return outcome(ctx, principal, "federated", { subkind: narrowed, notes, conditionPath });
  });
}
function wildcardFree(pattern) {
  if (/^[*?]/.test(pattern) || pattern.replace(/[*?]/g, "") === "") return null;
  return "";
}
function subjectOwner(pattern, owners) {
  for (const re of owners) {
    const m = re.exec(pattern);
    if (m) return m[1] ?? "";
  }
  return /[*?]/.test(pattern) ? null : "";
}
function tenantOutcomes(provider, issuer, subkind, cs, ctx, notes) {
  if (isTrustedProvider(provider, ctx.zone.identityProviders ?? []))
    return [outcome(ctx, provider, "internal", { subkind: "federated-same-account", notes })];
  const claim = issuer ? narrowingClaim(cs, issuer, issuerFact(issuer)) : void 0;
  if (!claim) return [outcome(ctx, provider, "federated", { subkind, notes })];
  return claim.values.map((raw, i) => {
    const conditionPath = valuePath(claim, i);
    if (typeof raw !== "string" || wildcardFree(raw.trim()) === null)
      return outcome(ctx, provider, "federated", { subkind, notes, conditionPath });
    const text = raw.trim();
    const principal = subjectPrincipal(provider, text);
    const exprs = unresolvedExpressions(text);
    if (exprs.length > 0)
      return outcome(ctx, principal, "unresolved", { subkind, unresolved: exprs, notes, conditionPath });
    return outcome(ctx, principal, "federated", { subkind, notes, conditionPath });
  });
}
function isTrustedProvider(provider, entries) {
  if (entries.length === 0) return false;
  const names = providerNames(provider);
  return entries.some((e) => names.some((n) => globMatch(String(e), n, true)));
}
function providerNames(provider) {
  const hash = provider.id.indexOf("#");
  const id = hash < 0 ? provider.id : provider.id.slice(0, hash);
  const names = [id];
  const ref = /^\$\{(.+)\.([^.]+)\}$/.exec(id);
  if (ref?.[1]) names.push(ref[1], `${ref[1]}.${ref[2]}`);
  const p = provider.provider;
  if (p) {
    names.push(p);
    if (p.startsWith("saml-provider/")) names.push(p.slice("saml-provider/".length));
    else names.push(`oidc-provider/${p}`);
  }
  return names;
}

// src/allowlist/match.ts
function isExpired(approval, today) {
  return approval.expires !== void 0 && approval.expires < today;
}
function principalMatches(pattern, grant) {
  const p = grant.principal;
  if (pattern === "*") return p.id === "*";
  if (p.type === "Federated") {
    if (federatedMatches(pattern, grant)) return true;
    if (grant.classification !== "external" || pattern.includes("#")) return false;
  }
  if (pattern.includes("${")) return p.id === pattern;
  if (/^\d{12}$/.test(pattern)) return p.accountId === pattern;
  const root = /^arn:(aws[a-z0-9-]*):iam::(\d{12}):root$/.exec(pattern);
  if (root) return p.accountId === root[2] && (p.id.startsWith(`arn:${root[1]}:`) || p.id === pattern);
  return globMatch(pattern, p.id);
}
function scopeNames(grant) {
  const r = grant.resource;
  if (hasKnownTarget(grant)) {
    const target = r.target;
    const names = [target, `${r.unit}/${target}`];
    if (r.targetConstructPath) names.push(r.targetConstructPath);
    if (r.stack) names.push(`${r.stack}/${target}`);
    return names;
  }
  return policyResourceNames(grant);
}
function scopeName(grant) {
  const r = grant.resource;
  return hasKnownTarget(grant) ? r.targetConstructPath ?? r.target : r.constructPath ?? r.address;
}
function policyResourceNames(grant) {
  const r = grant.resource;
  const names = [r.address, `${r.unit}/${r.address}`];
  if (r.constructPath) names.push(r.constructPath);
  if (r.stack) names.push(`${r.stack}/${r.address}`);
  return names;
}
function hasKnownTarget(grant) {
  const { target, address } = grant.resource;
  return target !== void 0 && target !== address && !target.includes("${");
}
function federatedMatches(pattern, grant) {
  const p = grant.principal;
  const hash = pattern.indexOf("#");
  const named = hash < 0 ? pattern : pattern.slice(0, hash);
  const gHash = p.id.indexOf("#");
  const own = p.id.slice(0, gHash < 0 ? p.id.length : gHash);
  const names = grant.classification === "external" ? [own] : providerNames(p);
  if (p.accountId !== null && p.provider) {
    const res = p.provider.startsWith("saml-provider/") ? p.provider : `oidc-provider/${p.provider}`;
    const partition = /^arn:([^:]+):/.exec(own)?.[1] ?? "aws";
    names.push(`arn:${partition}:iam::${p.accountId}:${res}`);
  }
  const lower = named.toLowerCase();
  if (!names.some((n) => n === named || n.toLowerCase() === lower)) return false;
  if (hash < 0) return true;
  if (gHash < 0) return false;
  return globCovers(pattern.slice(hash + 1), p.id.slice(gHash + 1));
}
function resourceMatches(patterns, grant) {
  if (!patterns) return true;
  const names = scopeNames(grant);
  return patterns.some((pat) => names.some((n) => globMatch(pat, n)));
}
function policyScopeWarnings(allowlist, grants) {
  const out = [];
  for (const a of allowlist.approvals) {
    for (const pattern of a.resources ?? []) {
      const targets = /* @__PURE__ */ new Set();
      for (const g of grants) {
        if (!hasKnownTarget(g) || !principalMatches(a.principal, g)) continue;
        if (scopeNames(g).some((n) => globMatch(pattern, n))) continue;
        if (!policyResourceNames(g).some((n) => globMatch(pattern, n))) continue;
        const { target, targetConstructPath } = g.resource;
        targets.add(
          JSON.stringify(target) + (targetConstructPath ? ` (or ${JSON.stringify(targetConstructPath)})` : "")
        );
      }
      if (targets.size === 0) continue;
      const use = [...targets].sort();
      out.push(
        `approvals.${a.index} is scoped to the policy resource ${JSON.stringify(pattern)}; a scope matches the resource the policy protects: use ${use.join(", ")} instead`
      );
    }
  }
  return out;
}
function actionsMatch(patterns, grant) {
  if (!patterns) return true;
  const role = grant.roleAccess;
  if (grant.notActions?.length || role?.notActions?.length || role?.managed?.length || role?.unresolved?.length)
    return patterns.includes("*");
  const covered = (a) => patterns.some((pat) => globMatch(pat, a, true));
  return grant.actions.every(covered) && (role?.actions ?? []).every(covered);
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

// src/model/variants.ts
function conditionOf(space, members) {
  return conditionsIn(space)(members);
}
function conditionsIn(space) {
  const options = /* @__PURE__ */ new Map();
  for (const run of space.runs) {
    for (const [key, label] of run) {
      const set = options.get(key) ?? /* @__PURE__ */ new Set();
      set.add(label);
      options.set(key, set);
    }
  }
  const answered = /* @__PURE__ */ new Map();
  return (members) => {
    const chosen = [...new Set(members)].filter((i) => i >= 0 && i < space.runs.length);
    if (chosen.length === space.runs.length) return void 0;
    const asked = chosen.join(",");
    if (answered.has(asked)) return answered.get(asked);
    const simple = simplify(
      chosen.map((i) => new Map(space.runs[i])),
      options
    );
    const answer = simple.length === 0 || simple.some((a) => a.size === 0) ? void 0 : describe(simple);
    answered.set(asked, answer);
    return answer;
  };
}
function describe(alts) {
  const first = alts.length > 1 ? alts[0] ?? /* @__PURE__ */ new Map() : /* @__PURE__ */ new Map();
  const common = [...first].filter(([k, v]) => alts.every((a) => a.get(k) === v));
  const rest = alts.map((a) => [...a].filter(([k]) => !common.some(([c]) => c === k)).map(([, v]) => v));
  const either = rest.map((labels) => labels.join(" and ")).join(" or ");
  if (common.length === 0) return `when ${either}`;
  return `when ${common.map(([, v]) => v).join(" and ")} and (${either})`;
}
function simplify(alts, options) {
  const ids = /* @__PURE__ */ new Map();
  const id = (text) => {
    let n = ids.get(text);
    if (n === void 0) {
      n = ids.size;
      ids.set(text, n);
    }
    return n;
  };
  const entries = /* @__PURE__ */ new Map();
  const canonical = (a) => {
    let e = entries.get(a);
    if (!e) {
      e = [...a].map(([k, v]) => [id(`k${k}`), id(`v${v}`)]).sort(([x], [y]) => x - y);
      entries.set(a, e);
    }
    return e;
  };
  const signature = (a, without) => {
    let s = "";
    for (const [k, v] of canonical(a)) if (k !== without) s += `${k}:${v},`;
    return s;
  };
  const unique = (list) => {
    const seen = /* @__PURE__ */ new Set();
    return list.filter((a) => {
      const s = signature(a);
      if (seen.has(s)) return false;
      seen.add(s);
      return true;
    });
  };
  let out = unique(alts);
  for (let changed = true; changed; ) {
    changed = false;
    for (const key of new Set(out.flatMap((a) => [...a.keys()]))) {
      const all = options.get(key);
      const keyId = id(`k${key}`);
      const byRest = /* @__PURE__ */ new Map();
      for (const a of out) {
        if (!a.has(key)) continue;
        const rest = signature(a, keyId);
        const group = byRest.get(rest);
        if (group) group.push(a);
        else byRest.set(rest, [a]);
      }
      for (const members of byRest.values()) {
        if (!all || members.length < all.size) continue;
        const taken = new Set(members.map((m) => m.get(key)));
        if ([...all].some((o) => !taken.has(o))) continue;
        const merged = new Map(members[0]);
        merged.delete(key);
        const at = out.indexOf(members[0]);
        const gone = new Set(members);
        out = out.filter((a) => !gone.has(a));
        out.splice(Math.min(at, out.length), 0, merged);
        changed = true;
        break;
      }
      if (changed) break;
    }
    out = absorb(unique(out));
  }
  return out;
}
function absorb(alts) {
  const within = (small, big) => small.size < big.size && [...small].every(([k, v]) => big.get(k) === v);
  return alts.filter((a) => !alts.some((b) => within(b, a)));
}
function conditionPhrase(conditional) {
  const parts = conditional.split(" | ");
  if (!parts.every((p) => p.startsWith("when "))) return { lead: "only if", text: conditional };
  const bare = parts.map((p) => p.slice("when ".length));
  const text = bare.length === 1 ? bare[0] ?? "" : bare.map((b) => b.includes(" or ") ? `(${b})` : b).join(" or ");
  return { lead: "when", text };
}

export {
  isGlob,
  globMatch,
  pathGlobToRegExp,
  setOwn,
  compareStrings,
  unresolved,
  resourceRef,
  refAddress,
  refResourceAddress,
  SELF_ACCOUNT,
  SELF_REGION,
  sanitizeText,
  hasToken,
  tokensIn,
  unresolvedExpressions,
  isSelfAccount,
  isWholeToken,
  isWholeUnresolved,
  renderText,
  renderValue,
  normalizeIssuer,
  isSharedIssuer,
  splitArn,
  hasWildcard,
  stripTokens,
  replaceTokens,
  PARTITION_RE,
  ACCOUNT_RE,
  defaultPartition,
  selfAccountText,
  allTrusted,
  accountStatus,
  orgStatus,
  orgPathStatus,
  outcome,
  isFederatedKind,
  federatedOutcomes,
  isExpired,
  scopeName,
  policyScopeWarnings,
  findApproval,
  approvalHealth,
  GATED,
  isObject,
  formatPath,
  lazyConstant,
  describeJsonError,
  parseJson,
  readJson,
  parsePolicyJson,
  outputActions,
  trustAdmits,
  federatedAssumeAction,
  admitsAction,
  denyCoversActions,
  denyCoversResources,
  readStatements,
  LEVEL_NAMES,
  expandActions,
  expandNotActions,
  actionSetOf,
  unionInto,
  actionSetWithin,
  summarizeSet,
  accessOf,
  allActionLevels,
  documentActions,
  actionAppliesTo,
  conditionOf,
  conditionsIn,
  conditionPhrase
};
