import { describe, expect, it } from "vitest";
import {
  BackupUsageError,
  CLIENT_DEFAULTS,
  createBackupClient,
  DEFAULT_REGION,
  REGIONS,
  type BackupClientOptions,
} from "../../src/index.js";
import { fakeApi, json } from "../support/fake-api.js";

const params = { backupId: "b1", folderId: "f1" };
const make = (options: unknown) => () => createBackupClient(options as BackupClientOptions);
/** The message of what `run` throws (a test fails if it throws nothing). */
const thrownBy = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected it to throw");
};
const answersEverything = () =>
  fakeApi([json(200, { id: "op", done: true, response: { "@type": "type.googleapis.com/google.protobuf.Empty" } })]);

describe("client options", () => {
  it("check a fixed token at once, saying which problem it has without quoting it", () => {
    expect(make({ iamToken: "" })).toThrow(BackupUsageError);
    expect(thrownBy(make({ iamToken: "" }))).toBe("createBackupClient: iamToken is empty");
    expect(thrownBy(make({ iamToken: "Bearer t1.abc" }))).toBe(
      'createBackupClient: iamToken starts with "Bearer ": give the token alone, the client adds "Bearer " itself',
    );
    expect(thrownBy(make({ iamToken: "two words" }))).toBe(
      "createBackupClient: iamToken holds whitespace (a space, a tab or a line break), which a header value cannot",
    );
    expect(thrownBy(make({ iamToken: "t1.tök" }))).toBe(
      "createBackupClient: iamToken holds a control or non-ASCII character, which a header value cannot",
    );
    expect(thrownBy(make({ iamToken: 42 }))).toBe("createBackupClient: iamToken must be a string, got a number");
    expect(thrownBy(make({ iamToken: null }))).toBe("createBackupClient: iamToken must be a string, got null");
  });

  it("need exactly one of iamToken and getIamToken", () => {
    expect(make({})).toThrow(/exactly one of iamToken .* or getIamToken/);
    expect(make({ iamToken: "a", getIamToken: () => "b" })).toThrow(BackupUsageError);
    expect(make(undefined)).toThrow("createBackupClient: expected an options object");
  });

  it("check region, URLs and numbers, naming the option", () => {
    expect(make({ iamToken: "t", region: "us" })).toThrow(
      `createBackupClient: region must be one of ${Object.keys(REGIONS).join(", ")}, got the string "us"`,
    );
    expect(make({ iamToken: "t", region: "toString" })).toThrow(/region must be one of/);
    expect(thrownBy(make({ iamToken: "t", baseUrl: "localhost:4010" }))).toBe(
      'createBackupClient: baseUrl must be an absolute http(s) URL, got the string "localhost:4010"',
    );
    expect(thrownBy(make({ iamToken: "t", baseUrl: "" }))).toBe(
      'createBackupClient: baseUrl must be an absolute http(s) URL, got the string ""',
    );
    expect(thrownBy(make({ iamToken: "t", operationsBaseUrl: 42 }))).toBe(
      "createBackupClient: operationsBaseUrl must be an absolute http(s) URL, got the number 42",
    );
  });

  it("take whole numbers only, and say what they got, its type included", () => {
    expect(thrownBy(make({ iamToken: "t", maxRetries: "3" }))).toBe(
      'createBackupClient: maxRetries must be a non-negative integer, got the string "3"',
    );
    expect(thrownBy(make({ iamToken: "t", maxRetries: 1.5 }))).toBe(
      "createBackupClient: maxRetries must be a non-negative integer, got the number 1.5",
    );
    expect(thrownBy(make({ iamToken: "t", maxRetries: Infinity }))).toBe(
      "createBackupClient: maxRetries must be a non-negative integer, got the number Infinity",
    );
    expect(thrownBy(make({ iamToken: "t", timeoutMs: -1 }))).toBe(
      "createBackupClient: timeoutMs must be a non-negative integer of ms, or Infinity, got the number -1",
    );
    expect(thrownBy(make({ iamToken: "t", timeoutMs: 2.5 }))).toBe(
      "createBackupClient: timeoutMs must be a non-negative integer of ms, or Infinity, got the number 2.5",
    );
    for (const name of ["baseDelayMs", "maxDelayMs", "maxRetryAfterMs"]) {
      expect(thrownBy(make({ iamToken: "t", retry: { [name]: "5" } }))).toBe(
        `createBackupClient: retry.${name} must be a non-negative integer of ms, or Infinity, got the string "5"`,
      );
      expect(thrownBy(make({ iamToken: "t", retry: { [name]: 0.5 } }))).toMatch(/got the number 0\.5$/);
    }
    expect(thrownBy(make({ iamToken: "t", maxRetries: true }))).toBe(
      "createBackupClient: maxRetries must be a non-negative integer, got a boolean",
    );
    // what the README promises still goes
    expect(() => createBackupClient({ iamToken: "t", timeoutMs: Infinity, maxRetries: 0 })).not.toThrow();
    expect(() => createBackupClient({ iamToken: "t", timeoutMs: 0, retry: CLIENT_DEFAULTS.retry })).not.toThrow();
  });

  it("reject NaN, which would silently turn a limit off", () => {
    expect(thrownBy(make({ iamToken: "t", timeoutMs: NaN }))).toBe(
      "createBackupClient: timeoutMs must be a non-negative integer of ms, or Infinity, got the number NaN",
    );
    expect(thrownBy(make({ iamToken: "t", maxRetries: NaN }))).toBe(
      "createBackupClient: maxRetries must be a non-negative integer, got the number NaN",
    );
  });

  it("pick each region's API host and operations host from the generated table (a region is a whole installation)", async () => {
    for (const [region, hosts] of Object.entries(REGIONS)) {
      const api = answersEverything();
      const client = createBackupClient({ iamToken: "t", fetch: api.fetch, region: region as keyof typeof REGIONS });
      await client.backups.get(params);
      await client.operations.get("op");
      await client.operations.wait("op");
      expect(
        api.requests.map((request) => request.url),
        region,
      ).toEqual([
        `${hosts.api}/backup/v1/backups/b1?folderId=f1`,
        `${hosts.operations}/operations/op`,
        `${hosts.operations}/operations/op`,
      ]);
    }
  });

  it("default to the spec's first region", async () => {
    const api = answersEverything();
    await createBackupClient({ iamToken: "t", fetch: api.fetch }).backups.get(params);
    expect(api.requests[0]!.url).toBe(`${REGIONS[DEFAULT_REGION].api}/backup/v1/backups/b1?folderId=f1`);
  });

  it("send operations to baseUrl when only that is given, and to operationsBaseUrl when that is", async () => {
    const api = answersEverything();
    const mock = createBackupClient({ iamToken: "t", fetch: api.fetch, region: "kz", baseUrl: "http://mock:4010/" });
    await mock.operations.get("op");
    const both = createBackupClient({
      iamToken: "t",
      fetch: api.fetch,
      baseUrl: "http://a",
      operationsBaseUrl: "http://b",
    });
    await both.operations.get("op");
    expect(api.requests.map((request) => request.url)).toEqual([
      "http://mock:4010/operations/op",
      "http://b/operations/op",
    ]);
  });

  it("strip every trailing slash of baseUrl and operationsBaseUrl", async () => {
    const api = answersEverything();
    const client = createBackupClient({
      iamToken: "t",
      fetch: api.fetch,
      baseUrl: "http://mock:4010/api//",
      operationsBaseUrl: "http://ops//",
    });
    await client.backups.get(params);
    await client.operations.get("op");
    expect(api.requests.map((request) => request.url)).toEqual([
      "http://mock:4010/api/backup/v1/backups/b1?folderId=f1",
      "http://ops/operations/op",
    ]);
  });

  it("call the injected fetch with one real Request, carrying the client's default headers", async () => {
    const calls: unknown[][] = [];
    const fetch = async (...args: unknown[]) => {
      calls.push(args);
      return new Response("{}", { headers: { "content-type": "application/json" } });
    };
    const client = createBackupClient({ iamToken: "t", fetch, headers: { "x-client-trace-id": "trace-1" } });
    await client.backups.listArchives({ computeInstanceId: "i1" });
    const [request, ...rest] = calls[0]!;
    expect(request).toBeInstanceOf(Request);
    expect(rest.filter((argument) => argument !== undefined)).toEqual([]);
    expect((request as Request).headers.get("x-client-trace-id")).toBe("trace-1");
    expect((request as Request).headers.get("authorization")).toBe("Bearer t");
  });

  it("keep every default in CLIENT_DEFAULTS, the one place the README's table of defaults reads", () => {
    expect(Object.keys(CLIENT_DEFAULTS).sort()).toEqual(["maxRetries", "retry", "timeoutMs", "wait"]);
  });
});

describe("per-call options", () => {
  it("are checked as the client's are, naming the call, before anything is sent", async () => {
    const api = answersEverything();
    const client = createBackupClient({ iamToken: "t", fetch: api.fetch });
    // a NaN would retry, or wait, without end
    await expect(client.backups.get(params, { maxRetries: NaN })).rejects.toThrow(
      new BackupUsageError("backups.get: maxRetries must be a non-negative integer, got the number NaN"),
    );
    await expect(client.backups.get(params, { timeoutMs: -1 })).rejects.toThrow(
      "backups.get: timeoutMs must be a non-negative integer of ms, or Infinity, got the number -1",
    );
    await expect(client.operations.wait("op1", { pollIntervalMs: NaN })).rejects.toThrow(
      "operations.wait: pollIntervalMs must be a non-negative integer of ms, or Infinity, got the number NaN",
    );
    await expect(client.operations.wait("op1", { maxPollIntervalMs: "5" as unknown as number })).rejects.toThrow(
      'operations.wait: maxPollIntervalMs must be a non-negative integer of ms, or Infinity, got the string "5"',
    );
    expect(api.requests).toEqual([]);
  });
});
