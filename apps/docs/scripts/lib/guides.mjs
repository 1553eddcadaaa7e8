// The guides: markdown pages (guides/*.md) whose code comes from real files in samples/guides/, put in at build
// time, so the page cannot show code that differs from what is type-checked (the .ts) or run against the mock
// (the .sh). A page names a file, or one `// #region <name>` of it, with `<!-- code: <file>[#<region>] -->`.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";

export const GUIDES_DIR = new URL("../../guides/", import.meta.url);
export const GUIDE_SAMPLES_DIR = new URL("../../samples/guides/", import.meta.url);

const PLACEHOLDER = /^<!-- code: ([\w.-]+?)(?:#([\w-]+))? -->$/gm;
const FENCE_LANGUAGE = /** @type {Record<string, string>} */ ({ ".ts": "ts", ".sh": "sh" });
const REGION_START = /^\s*\/\/ #region ([\w-]+)\s*$/;
const REGION_END = /^\s*\/\/ #endregion\b/;

/**
 * A TypeScript file's regions, in file order. Fails when a line of code is outside every region (the page
 * would not show it), or when regions nest, repeat a name or are left open.
 * @param {string} source @param {string} file for messages
 * @returns {Array<{ name: string, code: string }>}
 */
export function regionsOf(source, file) {
  /** @type {Array<{ name: string, lines: string[] }>} */
  const regions = [];
  /** @type {{ name: string, lines: string[] } | undefined} */
  let open;
  const lines = source.split("\n");
  lines.forEach((line, index) => {
    const where = `${file}:${index + 1}`;
    const start = REGION_START.exec(line);
    if (start) {
      if (open) throw new Error(`${where}: region ${start[1]} opens inside region ${open.name}`);
      if (regions.some((region) => region.name === start[1])) throw new Error(`${where}: a second region ${start[1]}`);
      open = { name: /** @type {string} */ (start[1]), lines: [] };
      regions.push(open);
    } else if (REGION_END.test(line)) {
      if (!open) throw new Error(`${where}: #endregion without a #region`);
      open = undefined;
    } else if (open) {
      open.lines.push(line);
    } else if (line.trim() !== "" && !line.trim().startsWith("//")) {
      throw new Error(`${where}: code outside every region would be missing from the page: ${line.trim()}`);
    }
  });
  if (open) throw new Error(`${file}: region ${open.name} is never closed`);
  return regions.map(({ name, lines: body }) => ({ name, code: body.join("\n").trim() }));
}

/**
 * Puts the code each placeholder of a guide names in its place, as a fenced block. Fails when a placeholder
 * names a missing file or region, or when a TypeScript file's regions are not all shown, once each, in order:
 * read top to bottom, the page shows the whole program.
 * @param {string} markdown the guide
 * @param {(file: string) => string} readSample the text of a file of samples/guides/
 * @returns {{ markdown: string, files: string[] }} the rendered guide and the files it shows
 */
export function renderGuide(markdown, readSample) {
  /** @type {Map<string, { regions: Array<{ name: string, code: string }>, shown: string[] }>} */
  const typeScript = new Map();
  /** @type {Set<string>} */
  const files = new Set();
  const rendered = markdown.replace(
    PLACEHOLDER,
    (_, /** @type {string} */ file, /** @type {string | undefined} */ region) => {
      const language = FENCE_LANGUAGE[extname(file)];
      if (!language) throw new Error(`<!-- code: ${file} -->: only .ts and .sh files can be shown`);
      const source = readSample(file);
      files.add(file);
      let code = source.trim();
      if (language === "ts") {
        let entry = typeScript.get(file);
        if (!entry) {
          entry = { regions: regionsOf(source, file), shown: [] };
          typeScript.set(file, entry);
        }
        if (region === undefined) throw new Error(`<!-- code: ${file} -->: name a region (${file}#<region>)`);
        const found = entry.regions.find((candidate) => candidate.name === region);
        if (!found) throw new Error(`<!-- code: ${file}#${region} -->: ${file} has no region ${region}`);
        entry.shown.push(region);
        code = found.code;
      } else if (region !== undefined) {
        throw new Error(`<!-- code: ${file}#${region} -->: only TypeScript files have regions`);
      }
      return `\`\`\`${language}\n${code}\n\`\`\``;
    },
  );
  for (const [file, { regions, shown }] of typeScript) {
    const names = regions.map((region) => region.name);
    if (shown.join() !== names.join()) {
      throw new Error(
        `the guide shows the regions of ${file} as [${shown.join(", ")}]; show each once, in file order: [${names.join(", ")}]`,
      );
    }
  }
  if (files.size === 0) throw new Error("the guide shows no code: put <!-- code: <file>#<region> --> where it goes");
  return { markdown: rendered, files: [...files] };
}

/**
 * Every guide of guides/, rendered, in file-name order. Fails when a file of samples/guides/ is shown by no
 * guide (type-checked or tested, but on no page).
 * @param {string} guidesDir @param {string} samplesDir
 * @returns {string[]} the guides' markdown
 */
export function loadGuides(guidesDir, samplesDir) {
  const guides = readdirSync(guidesDir)
    .filter((file) => file.endsWith(".md"))
    .sort();
  /** @type {Set<string>} */
  const shown = new Set();
  const rendered = guides.map((guide) => {
    const { markdown, files } = renderGuide(readFileSync(join(guidesDir, guide), "utf8"), (file) => {
      const path = join(samplesDir, file);
      if (!existsSync(path)) throw new Error(`${guide}: <!-- code: ${file} --> names no file of samples/guides/`);
      return readFileSync(path, "utf8");
    });
    for (const file of files) shown.add(file);
    return markdown;
  });
  const unshown = readdirSync(samplesDir).filter((file) => extname(file) in FENCE_LANGUAGE && !shown.has(file));
  if (unshown.length) throw new Error(`samples/guides/ files no guide shows: ${unshown.join(", ")}`);
  return rendered;
}
