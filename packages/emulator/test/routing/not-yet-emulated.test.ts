import { describe, expect, it } from "vitest";
import { NOT_YET_EMULATED, notYetEmulated } from "../../src/handlers/not-yet-emulated.js";
import { ApiError } from "../../src/http/api-error.js";
import { NOT_YET_EMULATED as exported } from "../../src/index.js";
import { SPEC_OPERATIONS } from "../../src/spec/bundled-spec.js";

describe("operations not emulated yet", () => {
  it("are operations of the spec, each listed once, and the list is what the package exports", () => {
    const specIds = new Set<string>(SPEC_OPERATIONS.map((operation) => operation.operationId));
    expect(NOT_YET_EMULATED.filter((operationId) => !specIds.has(operationId))).toEqual([]);
    expect(new Set(NOT_YET_EMULATED).size).toBe(NOT_YET_EMULATED.length);
    expect(exported).toBe(NOT_YET_EMULATED);
  });

  it("answer 501 UNIMPLEMENTED naming the operation, and nothing else", () => {
    const thrown = (() => {
      try {
        notYetEmulated("listArchives")({} as never);
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(ApiError);
    expect(thrown).toMatchObject({ codeName: "UNIMPLEMENTED", code: 12, httpStatus: 501 });
    expect((thrown as ApiError).message).toMatch(/^listArchives is not emulated yet/);
  });
});
