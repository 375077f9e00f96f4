// Parses every ```mermaid block of a Markdown file with Mermaid's own parser; exits 1 if one fails.
// Setup, once, in this folder:  npm install --no-save mermaid@11 jsdom
// Then:  cvc diff OLD NEW --format markdown > /tmp/d.md && node tests/mermaid/check-blocks.mjs /tmp/d.md
import { JSDOM } from "jsdom";
import fs from "fs";

const dom = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = dom.window;
globalThis.document = dom.window.document;
globalThis.DOMParser = dom.window.DOMParser;
const { default: mermaid } = await import("mermaid");
mermaid.initialize({ startOnLoad: false });

const md = fs.readFileSync(process.argv[2], "utf8");
const blocks = [...md.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]);
let bad = 0;
for (const block of blocks) {
  try {
    const parsed = await mermaid.parse(block);
    console.log("ok", parsed.diagramType);
  } catch (e) {
    bad++;
    console.log("FAIL", String(e.message || e).slice(0, 300));
    console.log(block);
  }
}
console.log(`${blocks.length} diagrams, ${bad} failed`);
process.exit(bad ? 1 : 0);
