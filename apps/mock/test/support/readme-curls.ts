// Reads the `curl` lines of the README so the tests run exactly what the README tells people to run.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { operations } from "./spec.js";

export interface ReadmeCurl {
  line: string;
  method: string;
  url: URL;
  headers: Record<string, string>;
  body?: string;
}

function tokens(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

export function parseCurl(line: string): ReadmeCurl {
  const args = tokens(line).slice(1);
  let method = "GET";
  const headers: Record<string, string> = {};
  let body: string | undefined;
  let url: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "-X") method = args[++i]!;
    else if (arg === "-H") {
      const [name, ...rest] = args[++i]!.split(":");
      headers[name!.trim().toLowerCase()] = rest.join(":").trim();
    } else if (arg === "-d") body = args[++i]!;
    else if (arg.startsWith("-")) continue;
    else url = arg;
  }
  if (!url) throw new Error(`No URL in README line: ${line}`);
  return { line, method, url: new URL(url), headers, ...(body !== undefined ? { body } : {}) };
}

export function readmeCurls(): ReadmeCurl[] {
  const readme = readFileSync(fileURLToPath(new URL("../../README.md", import.meta.url)), "utf8");
  return readme
    .split("\n")
    .filter((line) => line.startsWith("curl "))
    .map(parseCurl);
}

/** The spec operation a method + path resolves to, as Prism routes it. */
export function operationFor(method: string, pathname: string): string {
  const hit = operations.find(
    (o) =>
      o.method.toUpperCase() === method && new RegExp(`^${o.path.replace(/\{[^}]+\}/g, "[^/:]+")}$`).test(pathname),
  );
  if (!hit) throw new Error(`No operation for ${method} ${pathname}`);
  return hit.operationId;
}

/** `Prefer: code=400, example=x` → `{ code: 400, example: "x" }`. */
export function parsePrefer(value: string | undefined): { code?: number; example?: string } {
  const out: { code?: number; example?: string } = {};
  for (const part of (value ?? "").split(",")) {
    const [key, val] = part.split("=").map((s) => s.trim());
    if (key === "code") out.code = Number(val);
    if (key === "example" && val) out.example = val;
  }
  return out;
}
