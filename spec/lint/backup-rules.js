// Redocly plugin with the lint rules that keep this spec faithful to the real service.
// Each report says how to fix the problem, not only what it is.
// Loaded by redocly.yaml (`plugins:`); rule names are prefixed `backup/`.

const INT64_PATTERN = "^-?[0-9]+$";
const SHARED_ERRORS = ["400", "401", "403", "404", "429", "500", "503"];
const MUTATING = new Set(["post", "put", "patch", "delete"]);

/** int64 must travel as a string of digits (proto3 JSON mapping), never as a JSON number. */
function Int64AsString() {
  return {
    Schema(schema, ctx) {
      if (schema.format !== "int64") return;
      if (schema.type === "integer" || schema.type === "number") {
        ctx.report({
          message:
            "int64 travels as a JSON string of digits. Write `type: string`, `format: int64`, " +
            `\`pattern: '${INT64_PATTERN}'\`. (For a numeric query parameter, drop \`format: int64\` and keep ` +
            "`type: integer` with `minimum`/`maximum`.)",
          location: ctx.location.child("type"),
        });
      } else if (schema.pattern !== INT64_PATTERN) {
        ctx.report({
          message: `An int64 string needs \`pattern: '${INT64_PATTERN}'\` so validators and the mock reject non-digits.`,
          location: ctx.location.child(schema.pattern === undefined ? "format" : "pattern"),
        });
      }
    },
  };
}

/** Every operation answers the shared google.rpc.Status errors, declared once under components/responses. */
function SharedErrorResponses() {
  return {
    Operation(operation, ctx) {
      const codes = Object.keys(operation.responses ?? {});
      const missing = SHARED_ERRORS.filter((code) => !codes.includes(code));
      if (missing.length > 0) {
        ctx.report({
          message:
            `Missing shared error responses ${missing.join(", ")}. Add each as ` +
            "`'<code>': {$ref: ../components/responses/<Name>.yaml}` (see spec/components/responses/README.md).",
          location: ctx.location.child("responses").key(),
        });
      }
    },
  };
}

/** Calls that start work must accept an Idempotency-Key, so a client can retry them safely. */
function MutatingTakesIdempotencyKey() {
  return {
    Operation(operation, ctx) {
      // ctx.key is the operation's key in its path item: the HTTP method.
      if (!MUTATING.has(String(ctx.key))) return;
      const names = (operation.parameters ?? []).map((p) => ctx.resolve(p).node?.name?.toLowerCase());
      if (!names.includes("idempotency-key")) {
        ctx.report({
          message:
            "A mutating operation must accept the `Idempotency-Key` header: add " +
            "`$ref: ../components/parameters/HeaderIdempotencyKey.yaml` to its parameters.",
          location: ctx.location.child("parameters").key(),
        });
      }
    },
  };
}

/**
 * A proto3 enum's zero value is its default: proto3 JSON leaves it out of an answer, and the client fills it
 * back in as the first value listed. The first value must therefore be the `*_UNSPECIFIED` one.
 */
function EnumZeroIsUnspecified() {
  return {
    Schema(schema, ctx) {
      if (!Array.isArray(schema.enum) || schema.enum.length === 0) return;
      const [zero] = schema.enum;
      if (typeof zero === "string" && zero.endsWith("_UNSPECIFIED")) return;
      ctx.report({
        message:
          `This enum lists ${JSON.stringify(zero)} first, but its first value is its proto3 zero value, the default ` +
          "a client fills in when an answer leaves the field out. List the proto enum's `*_UNSPECIFIED` value " +
          "first (as `RESOURCE_TYPE_UNSPECIFIED` in ResourceType.yaml), in the proto's order.",
        location: ctx.location.child("enum"),
      });
    },
  };
}

/**
 * Decorator: writes the table of google.rpc codes into the description of the schema whose `code` property
 * lists them in `x-google-rpc-codes` (Status), when the spec is bundled. The codes are written once, as that
 * data; readers of the bundle, the docs and the generated types get the same facts as a table.
 */
function StatusCodeTable() {
  return {
    Schema: {
      leave(schema) {
        const codes = schema.properties?.code?.["x-google-rpc-codes"];
        if (!Array.isArray(codes)) return;
        const rows = codes.map(({ code, name, httpStatus }) => `| ${code} | ${name} | ${httpStatus} |`);
        schema.description = `${schema.description ?? ""}\n${["| code | name | HTTP |", "| --- | --- | --- |", ...rows].join("\n")}\n`;
      },
    },
  };
}

export default function backupRulesPlugin() {
  return {
    id: "backup",
    decorators: {
      oas3: {
        "status-code-table": StatusCodeTable,
      },
    },
    rules: {
      oas3: {
        "int64-as-string": Int64AsString,
        "shared-error-responses": SharedErrorResponses,
        "mutating-takes-idempotency-key": MutatingTakesIdempotencyKey,
        "enum-zero-is-unspecified": EnumZeroIsUnspecified,
      },
    },
  };
}
