// A tiny spec that passes every lint rule of redocly.yaml; each lint-rule test breaks it in one place.
export type Spec = Record<string, any>;

const SHARED_ERRORS = {
  "400": "BadRequest",
  "401": "Unauthorized",
  "403": "Forbidden",
  "404": "NotFound",
  "429": "TooMany",
  "500": "Internal",
  "503": "Unavailable",
};

export function validFixtureSpec(): Spec {
  const errorResponses = Object.fromEntries(
    Object.entries(SHARED_ERRORS).map(([code, name]) => [code, { $ref: `#/components/responses/${name}` }]),
  );
  const errorComponents = Object.fromEntries(
    Object.values(SHARED_ERRORS).map((name) => [
      name,
      {
        description: `${name} error.`,
        content: {
          "application/json": {
            schema: { $ref: "#/components/schemas/Status" },
            examples: { sample: { value: { code: 3, message: "bad" } } },
          },
        },
      },
    ]),
  );
  return {
    openapi: "3.1.0",
    info: { title: "Fixture", version: "1.0.0", description: "Fixture.", license: { name: "MIT", identifier: "MIT" } },
    servers: [{ url: "https://api.example.test" }],
    security: [{ bearer: [] }],
    tags: [{ name: "Thing", description: "Things." }],
    paths: {
      "/v1/things/{thingId}": {
        get: {
          operationId: "get",
          tags: ["Thing"],
          summary: "Get a thing",
          description: "Gets a thing.",
          parameters: [{ $ref: "#/components/parameters/ThingId" }],
          responses: {
            "200": {
              description: "The thing.",
              content: {
                "application/json": {
                  schema: { $ref: "#/components/schemas/Thing" },
                  examples: { one: { value: { id: "t1", size: "42" } } },
                },
              },
            },
            ...errorResponses,
          },
        },
        delete: {
          operationId: "delete",
          tags: ["Thing"],
          summary: "Delete a thing",
          description: "Deletes a thing.",
          parameters: [{ $ref: "#/components/parameters/ThingId" }, { $ref: "#/components/parameters/IdempotencyKey" }],
          responses: {
            "200": {
              description: "Deleted.",
              content: {
                "application/json": {
                  schema: { $ref: "#/components/schemas/Thing" },
                  examples: { one: { value: { id: "t1" } } },
                },
              },
            },
            ...errorResponses,
          },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      parameters: {
        ThingId: { name: "thingId", in: "path", required: true, description: "The thing.", schema: { type: "string" } },
        IdempotencyKey: {
          name: "Idempotency-Key",
          in: "header",
          required: false,
          description: "Key.",
          schema: { type: "string", format: "uuid" },
        },
      },
      schemas: {
        Thing: {
          type: "object",
          description: "A thing.",
          properties: {
            id: { type: "string", description: "Id." },
            size: { type: "string", format: "int64", pattern: "^-?[0-9]+$", description: "Size." },
          },
        },
        Status: {
          type: "object",
          description: "Error.",
          required: ["code"],
          properties: { code: { type: "integer", format: "int32" }, message: { type: "string" } },
        },
      },
      responses: errorComponents,
    },
  };
}
