// Renders the client's tables from the bundled spec into src/generated/: hosts per region, google.rpc codes
// with their HTTP statuses, the list selectors and the proto3 defaults of every message. Shared by
// `pnpm --filter @backup-api/client generate` (writes the files) and the drift test (compares in memory).
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import {
  codeOfHttpStatus,
  fieldRule,
  findOperation,
  isMessageSchema,
  listOperations,
  listSelectors,
  loadBundle,
  messageProperties,
  regions,
  resolveRef,
  resolveRefAt,
  statusCodes,
  unionBranches,
} from "@backup-api/spec-walker/node";

const header = (what, from) => `/**
 * GENERATED FILE — DO NOT EDIT.
 * ${what}
 * From ${from} of the bundled spec, by packages/client/scripts/render-generated.mjs
 * (run \`pnpm --filter @backup-api/client generate\`). A test fails when this file drifts from the spec.
 */
`;

const literal = (value) => JSON.stringify(value);
/** A property name as TypeScript writes it: bare when it can be, quoted otherwise. */
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : literal(name));
const doc = (text) => (text ? `  /** ${text.replace(/\s+/g, " ").trim().replace(/\*\//g, "*\\/")} */\n` : "");

// ── Regions ───────────────────────────────────────────────────────────────────────────────────────────────

function renderRegions(spec) {
  const all = regions(spec);
  const entries = all.map(
    (region) =>
      `${doc(region.description)}  ${region.region}: { api: ${literal(region.api)}, operations: ${literal(region.operations)} },\n`,
  );
  return `${header(
    "Each region's API host and operations host: a region is a whole installation.",
    "`servers` (x-region) and getOperation's `servers`",
  )}
export const REGIONS = {
${entries.join("")}} as const;

export type Region = keyof typeof REGIONS;

/** The region of the spec's first server, the main one. */
export const DEFAULT_REGION: Region = ${literal(all[0].region)};
`;
}

// ── google.rpc codes ──────────────────────────────────────────────────────────────────────────────────────

function renderStatusCodes(spec) {
  const codes = statusCodes(spec);
  const declared = codeOfHttpStatus(spec);
  const rows = codes.map(
    (entry) => `  { code: ${entry.code}, name: ${literal(entry.name)}, httpStatus: ${entry.httpStatus} },\n`,
  );
  const declaredRows = [...declared].map(([status, code]) => `  ${status}: ${code},\n`);
  return `${header(
    "The google.rpc codes with their names and HTTP statuses (the gRPC-gateway mapping), and what a bare status stands for.",
    "`x-google-rpc-codes` on Status.code, and the examples of the declared error answers",
  )}
export const STATUS_CODES = [
${rows.join("")}] as const;

/** The name of a \`google.rpc.Code\`, such as \`NOT_FOUND\`. */
export type StatusCodeName = (typeof STATUS_CODES)[number]["name"];

/**
 * The code a bare HTTP status stands for (an error page that is not a google.rpc.Status): for a status the spec
 * declares, the code of its first example (a 409 is ABORTED, a 500 INTERNAL); else the one code mapping to it.
 */
export const CODE_OF_HTTP_STATUS: Readonly<Record<number, number>> = {
${declaredRows.join("")}};
`;
}

// ── List selectors ────────────────────────────────────────────────────────────────────────────────────────

function renderListSelectors(spec) {
  const selectors = listSelectors(findOperation(listOperations(spec), "list"));
  const table = [];
  const fields = [];
  for (const { name, parameters, needs, paginated } of selectors) {
    table.push(
      `  { name: ${literal(name)}, parameters: [${parameters.map((p) => literal(p.name)).join(", ")}], needs: ${literal(
        needs,
      )}, paginated: ${paginated} },\n`,
    );
    const plain = parameters.length === 1 && parameters[0].name === name;
    if (plain) {
      fields.push(`${doc(parameters[0].description)}  ${name}: string;\n`);
      continue;
    }
    const member = (parameter) => parameter.name.slice(name.length + 1);
    // "**Selector — by archive.** Identifier of …": the bold lead names the whole selector
    const lead = /^\*\*[^*]+\*\*/.exec(parameters[0].description ?? "")?.[0];
    const shape = (optionalExcept) =>
      `{ ${parameters
        .map((p) => `${member(p)}${optionalExcept === undefined || optionalExcept === p ? "" : "?"}: string`)
        .join("; ")} }`;
    const type = needs === "all" ? shape(undefined) : parameters.map((p) => shape(p)).join(" | ");
    fields.push(
      `${doc(
        lead &&
          `${lead} ${needs === "all" ? "All" : "At least one"} of ${parameters
            .map((p) => `\`${member(p)}\``)
            .join(needs === "all" ? " and " : ", ")}.`,
      )}  ${name}: ${type};\n`,
    );
  }
  const unpaginated = selectors.filter((selector) => !selector.paginated).map((selector) => literal(selector.name));
  return `${header(
    "The selectors of `backups.list`: exactly one is given per call.",
    "`x-selector` on list's parameters",
  )}
export const LIST_SELECTORS = [
${table.join("")}] as const;

/** The ways to pick which backups \`backups.list\` returns, each with the fields it takes. */
export interface ListSelectors {
${fields.join("")}}

/** Selectors that take no \`pageToken\`: they answer in one page. */
export type UnpaginatedSelector = ${unpaginated.join(" | ") || "never"};
`;
}

// ── proto3 defaults ───────────────────────────────────────────────────────────────────────────────────────

function renderProto3Defaults(spec) {
  const messages = new Map();
  // `$ref`'d schemas are entered under their component name, inline ones as `<parent>.<field>`
  // (`BadRequest.fieldViolations[]`).
  const entryName = (resolved, reference, inlineName) => {
    const component = /^\/components\/schemas\/([^/]+)$/.exec(resolved.pointer)?.[1];
    return reference?.$ref && component ? component : inlineName;
  };
  const visit = (resolved, name) => {
    if (messages.has(name)) return name;
    const entry = {
      extends: undefined,
      scalars: {},
      lists: {},
      messages: {},
      byType: {},
    };
    messages.set(name, entry);
    // an allOf of one $ref'd message and additions extends that message: only what differs is listed
    const [base, ...otherBases] = (resolved.node.allOf ?? []).filter((part) => part.$ref);
    const baseSchema =
      base && otherBases.length === 0 ? resolveRefAt(spec, base, `${resolved.pointer}/allOf/0`) : undefined;
    if (baseSchema) entry.extends = visit(baseSchema, entryName(baseSchema, base));
    const inherited = new Map(
      (baseSchema ? messageProperties(spec, baseSchema) : []).map((field) => [field.name, field.property]),
    );
    for (const field of messageProperties(spec, resolved)) {
      if (inherited.get(field.name) === field.property) continue;
      // A required scalar is always sent and a oneof's scalar has presence: nothing to fill in (fieldRule). A
      // required message or list is followed: what is inside it still has its defaults (PolicySettings.retention).
      const kind = fieldRule(spec, field);
      if (kind.kind === "message")
        entry.messages[field.name] = visit(
          kind.schema,
          entryName(kind.schema, field.property, `${name}.${field.name}`),
        );
      if (kind.kind === "list") {
        const items = kind.items;
        const itemsReference = resolveRef(spec, field.property).items;
        entry.lists[field.name] = isMessageSchema(items.node)
          ? visit(items, entryName(items, itemsReference, `${name}.${field.name}[]`))
          : null;
      }
      if (kind.kind === "scalar") {
        entry.scalars[field.name] = kind.defaultValue;
      }
    }
    for (const [typeUrl, branch] of unionBranches(spec, resolved))
      entry.byType[typeUrl] = visit(branch, entryName(branch, { $ref: `#${branch.pointer}` }, undefined));
    return name;
  };
  for (const name of Object.keys(spec.components.schemas)) {
    const resolved = resolveRefAt(spec, spec.components.schemas[name], `/components/schemas/${name}`);
    if (isMessageSchema(resolved.node)) visit(resolved, name);
  }
  // An entry with nothing to fill, at any depth, is left out, and so is every reference to one.
  const fills = (name, seen = new Set()) => {
    const entry = messages.get(name);
    if (!entry || seen.has(name)) return false;
    seen.add(name);
    const follows = (names) => names.some((next) => fills(next, new Set(seen)));
    return (
      Object.keys(entry.scalars).length > 0 ||
      Object.keys(entry.lists).length > 0 ||
      follows([entry.extends, ...Object.values(entry.messages), ...Object.values(entry.byType)].filter(Boolean))
    );
  };
  const kept = new Set([...messages.keys()].filter((name) => fills(name)));
  // Each message is a constant (`BackupDefaults`), defined after the messages it refers to.
  const constantOf = (name) =>
    `${name
      .replace(/\[\]$/, "Item")
      .split(".")
      .map((part) => part[0].toUpperCase() + part.slice(1))
      .join("")}Defaults`;
  const references = (entry) =>
    [
      entry.extends,
      ...Object.values(entry.lists),
      ...Object.values(entry.messages),
      ...Object.values(entry.byType),
    ].filter((name) => name && kept.has(name));
  const ordered = [];
  const place = (name, path = []) => {
    if (ordered.includes(name)) return;
    if (path.includes(name))
      throw new Error(`spec: the messages ${[...path, name].join(" → ")} refer to each other in a cycle`);
    for (const next of references(messages.get(name))) place(next, [...path, name]);
    ordered.push(name);
  };
  for (const name of [...kept].sort()) place(name);
  const object = (record) =>
    `{ ${Object.entries(record)
      .map(([name, value]) => `${key(name)}: ${value}`)
      .join(", ")} }`;
  const constants = ordered.map((name) => {
    const entry = messages.get(name);
    const parts = [];
    if (entry.extends && kept.has(entry.extends)) parts.push(`  extends: ${constantOf(entry.extends)},\n`);
    if (Object.keys(entry.scalars).length)
      parts.push(
        `  scalars: ${object(
          Object.fromEntries(Object.entries(entry.scalars).map(([field, zero]) => [field, literal(zero)])),
        )},\n`,
      );
    // a list is filled with [] whatever its items; items with nothing to fill are not followed
    const lists = Object.entries(entry.lists).map(([field, item]) => [
      field,
      item !== null && kept.has(item) ? constantOf(item) : "null",
    ]);
    if (lists.length) parts.push(`  lists: ${object(Object.fromEntries(lists))},\n`);
    for (const kind of ["messages", "byType"]) {
      const followed = Object.entries(entry[kind])
        .filter(([, message]) => kept.has(message))
        .map(([field, message]) => [field, constantOf(message)]);
      if (followed.length) parts.push(`  ${kind}: ${object(Object.fromEntries(followed))},\n`);
    }
    return `/** ${name} */\nexport const ${constantOf(name)}: MessageDefaults = {\n${parts.join("")}};\n`;
  });
  // One constant per operation, not one table of them all: a table would bring every message into an app that
  // makes one call, while a constant brings only the messages of its own answer.
  const responses = listOperations(spec).map(({ operationId, operation }) => {
    const schema = operation.responses?.["200"]?.content?.["application/json"]?.schema;
    const component = /^#\/components\/schemas\/([^/]+)$/.exec(schema?.$ref ?? "")?.[1];
    if (!component || !kept.has(component))
      throw new Error(`spec: ${operationId}'s 200 answer is not a $ref to a message with defaults`);
    if (!/^[A-Za-z_$][\w$]*$/.test(operationId))
      throw new Error(`spec: operationId ${literal(operationId)} cannot name a constant`);
    // responseOfGet: named apart from the messages' constants (getResource answers with GetResourceResponse)
    const constant = `responseOf${operationId[0].toUpperCase()}${operationId.slice(1)}`;
    return `/** ${operationId} answers with ${component}. */\nexport const ${constant}: ResponseDefaults<${literal(
      operationId,
    )}> = ${constantOf(component)};\n`;
  });
  return `${header(
    'What proto3 JSON leaves out of each message at its default, to be filled back in at every depth: strings (""), int64s ("0"), booleans (false), numbers (0), enums (their *_UNSPECIFIED value) and lists ([]). Message-typed fields (timestamps, objects, Any) have presence: they are followed, never filled; so do the scalars of a oneof (RetentionRule\'s maxCount), and a required scalar is always sent. Which field is which follows @backup-api/spec-walker\'s fieldRule. Then, one constant per operation, the message it answers with.',
    "components/schemas and each operation's 200 answer",
  )}
/**
 * One message. \`extends\`: a message whose fields it has too (an \`allOf\`); \`scalars\`: each scalar field with its
 * default value; \`lists\`: each list field, with the message its items are when they have defaults of their own;
 * \`messages\`: the message-typed fields to follow; \`byType\`: for a union, the message of each \`@type\`.
 */
export interface MessageDefaults {
  readonly extends?: MessageDefaults;
  readonly scalars?: Readonly<Record<string, string | boolean | number>>;
  readonly lists?: Readonly<Record<string, MessageDefaults | null>>;
  readonly messages?: Readonly<Record<string, MessageDefaults>>;
  readonly byType?: Readonly<Record<string, MessageDefaults>>;
}

/**
 * The message one operation answers with (its 200 body). \`responseOf\` is never set: it is there for the type
 * alone, so that a call cannot decode its answer with another operation's message.
 */
export type ResponseDefaults<OperationId extends string> = MessageDefaults & { readonly responseOf?: OperationId };

${constants.join("\n")}
${responses.join("\n")}`;
}

// ── Files ─────────────────────────────────────────────────────────────────────────────────────────────────

const generatedFile = (name, renderFile) => {
  const path = fileURLToPath(new URL(`../src/generated/${name}`, import.meta.url));
  return { name, path, render: async () => renderFile(loadBundle()), readCommitted: () => readFile(path, "utf8") };
};

/** Every generated file: its name, where it lives, what renders it and how to read the committed copy. */
export const GENERATED_FILES = [
  generatedFile("regions.ts", renderRegions),
  generatedFile("status-codes.ts", renderStatusCodes),
  generatedFile("list-selectors.ts", renderListSelectors),
  generatedFile("proto3-defaults.ts", renderProto3Defaults),
];
