#!/usr/bin/env node
// Renders golden comments (Markdown) as GitHub shows them, to look at: GitHub's Markdown CSS in a
// 900 px wide page, screenshot by headless Chromium. A test-tooling step, not part of the bundle:
//
//   npm i --no-save --prefix /tmp/cag-render marked github-markdown-css
//   apt-get install -y chromium
//   CAG_RENDER_MODULES=/tmp/cag-render/node_modules node scripts/render-comments.mjs out/ fixtures/comments/*/comment.md
//
// Writes out/<scenario>.html and out/<scenario>.png.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, resolve } from "node:path";

const [outDir, ...files] = process.argv.slice(2);
if (!outDir || files.length === 0) {
  console.error("usage: render-comments.mjs <out-dir> <comment.md>...");
  process.exit(2);
}
const modules = process.env.CAG_RENDER_MODULES ?? join(process.cwd(), "node_modules");
const require = createRequire(join(resolve(modules), "noop.js"));
const { marked } = require("marked");
const css = readFileSync(require.resolve("github-markdown-css/github-markdown-light.css"), "utf8");
const chromium = process.env.CHROMIUM ?? "chromium";
const WIDTH = 900;

mkdirSync(outDir, { recursive: true });
for (const file of files) {
  // fixtures/comments/<scenario>/comment.md → <scenario>
  const name = basename(file) === "comment.md" ? basename(dirname(file)) : basename(file, ".md");
  // Folds open, so that the screenshot shows the allowlist entries as well.
  const body = marked
    .parse(readFileSync(file, "utf8"), { gfm: true })
    .replace(/<details>/g, "<details open>");
  const html = `<!doctype html><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; width: ${WIDTH}px; padding: 16px; border: 1px solid #d0d7de; }
</style><article class="markdown-body">${body}</article>`;
  const htmlFile = resolve(outDir, `${name}.html`);
  writeFileSync(htmlFile, html);
  const lines = readFileSync(file, "utf8").split("\n").length;
  execFileSync(
    chromium,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--hide-scrollbars",
      `--window-size=${WIDTH},${Math.min(4000, 200 + lines * 28)}`,
      `--screenshot=${resolve(outDir, `${name}.png`)}`,
      `file://${htmlFile}`,
    ],
    { stdio: "ignore" },
  );
  console.log(resolve(outDir, `${name}.png`));
}
