// The tables the docs show of what the client knows — hosts per region, google.rpc codes with their HTTP statuses
// and whether the client retries them, the defaults — rendered from the built client, whose tables are generated
// from the spec. A document holds each between markers, `<!-- generated:regions -->` … `<!-- /generated:regions -->`;
// fillTables() rewrites them, and each document's test fails when a committed table is stale.
import { CLIENT_DEFAULTS, REGIONS, RETRYABLE_STATUSES, STATUS_CODES } from "../dist/index.js";

const row = (cells) => `| ${cells.join(" | ")} |`;
const table = (head, rows) => [row(head), row(head.map(() => "---")), ...rows.map(row)].join("\n");
const code = (text) => `\`${text}\``;
const list = (items) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);

const renderers = {
  regions: () =>
    table(
      ["region", "API host", "operations host"],
      Object.entries(REGIONS).map(([region, hosts]) => [code(region), code(hosts.api), code(hosts.operations)]),
    ),
  codes: () =>
    table(
      ["code", "name", "HTTP", "the client retries this status"],
      STATUS_CODES.map((entry) => [
        entry.code,
        code(entry.name),
        entry.httpStatus,
        RETRYABLE_STATUSES.includes(entry.httpStatus) ? "yes" : "no",
      ]),
    ),
  retries: () => `network failures (no answer) and HTTP ${list(RETRYABLE_STATUSES)}`,
  defaults: () => {
    const flat = (object, prefix = "") =>
      Object.entries(object).flatMap(([name, value]) =>
        typeof value === "object" ? flat(value, `${prefix}${name}.`) : [[`${prefix}${name}`, value]],
      );
    const inWords = (ms) => (ms >= 3_600_000 ? `${ms / 3_600_000} h` : `${ms / 60_000} min`);
    const readable = (name, value) =>
      name.endsWith("Ms")
        ? `${value.toLocaleString("en-US")} ms${value >= 60_000 ? ` (${inWords(value)})` : ""}`
        : String(value);
    return table(
      ["option", "default"],
      flat(CLIENT_DEFAULTS).map(([name, value]) => [code(name), readable(name, value)]),
    );
  },
};

/** `text` with every generated block refreshed; throws naming a block this file cannot render. */
export function fillTables(text) {
  return text.replace(/<!-- generated:([\w-]+) -->\n[\s\S]*?<!-- \/generated:\1 -->/g, (_block, name) => {
    const render = renderers[name];
    if (!render) throw new Error(`doc-tables: no table named ${name} (known: ${Object.keys(renderers).join(", ")})`);
    return `<!-- generated:${name} -->\n${render()}\n<!-- /generated:${name} -->`;
  });
}

/** The names of the generated blocks in `text`. */
export const blocksIn = (text) => [...text.matchAll(/<!-- generated:([\w-]+) -->/g)].map((match) => match[1]);
