// Parses and renders every ```mermaid block of the given Markdown files with Mermaid itself, in a
// headless Chromium; prints one line per diagram and exits 1 if any fails.
//
//   node scripts/check-mermaid.mjs WORKDIR CHROMIUM FILE.md...
//
// WORKDIR must hold node_modules/mermaid (scripts/check-mermaid.sh installs it there). Each
// rendered diagram is written to WORKDIR/svg/, and WORKDIR/gallery.html shows them all.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";

const [work, chromium, ...files] = process.argv.slice(2);
if (!work || !chromium || files.length === 0) {
  console.error("usage: node check-mermaid.mjs WORKDIR CHROMIUM FILE.md...");
  process.exit(2);
}
const mermaidJs = path.join(work, "node_modules/mermaid/dist/mermaid.min.js");
if (!fs.existsSync(mermaidJs)) {
  console.error(`no Mermaid at ${mermaidJs}: run scripts/check-mermaid.sh`);
  process.exit(2);
}

const blocks = [];
for (const file of files) {
  const text = fs.readFileSync(file, "utf8");
  for (const m of text.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)) {
    blocks.push({ file: path.basename(file), text: m[1] });
  }
}
if (blocks.length === 0) {
  console.error("no mermaid blocks found");
  process.exit(1);
}

// The page renders each block in turn and writes the results as JSON into <pre id="out">.
const page = `<!doctype html><meta charset="utf-8"><body><pre id="out">pending</pre>
<script src="${pathToFileURL(mermaidJs)}"></script>
<script>
const blocks = ${JSON.stringify(blocks.map((b) => b.text)).replace(/</g, "\\u003c")};
mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
(async () => {
  const results = [];
  for (let i = 0; i < blocks.length; i++) {
    try {
      await mermaid.parse(blocks[i]);
      const { svg } = await mermaid.render("m" + i, blocks[i]);
      results.push({ ok: true, svg });
    } catch (e) {
      results.push({ ok: false, error: String((e && e.message) || e) });
    }
  }
  document.getElementById("out").textContent = JSON.stringify(results);
})();
</script>`;
const pagePath = path.join(work, "check.html");
fs.writeFileSync(pagePath, page);
const run = spawnSync(
  chromium,
  ["--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
   "--virtual-time-budget=120000", "--dump-dom", pathToFileURL(pagePath).href],
  { encoding: "utf8", maxBuffer: 1 << 28 },
);
const out = /<pre id="out">([\s\S]*?)<\/pre>/.exec(run.stdout || "");
const unescape = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
let results;
try {
  results = JSON.parse(unescape(out[1]));
} catch {
  console.error("the page did not finish rendering:", (run.stderr || "").slice(0, 2000));
  process.exit(1);
}

fs.mkdirSync(path.join(work, "svg"), { recursive: true });
let failed = 0;
let gallery = '<!doctype html><meta charset="utf-8"><body style="font-family:sans-serif">';
results.forEach((r, i) => {
  const b = blocks[i];
  const kind = b.text.split("\n")[0];
  if (r.ok) {
    const name = `${String(i).padStart(3, "0")}-${b.file.replace(/\.md$/, "")}.svg`;
    fs.writeFileSync(path.join(work, "svg", name), r.svg);
    gallery += `<h3>${i} ${b.file} ${kind}</h3><div style="max-width:900px">${r.svg}</div>`;
    console.log(`ok     ${b.file} #${i} ${kind}`);
  } else {
    failed++;
    console.log(`FAILED ${b.file} #${i} ${kind}: ${r.error.split("\n").slice(0, 4).join(" | ")}`);
  }
});
fs.writeFileSync(path.join(work, "gallery.html"), gallery);
console.log(`${results.length - failed} of ${blocks.length} diagrams parsed and rendered; gallery: ${path.join(work, "gallery.html")}`);
process.exit(failed === 0 && results.length === blocks.length ? 0 : 1);
