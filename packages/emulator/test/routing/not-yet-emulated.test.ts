import { describe, expect, it } from "vitest";
import { NOT_YET_EMULATED, notYetEmulated } from "../../src/handlers/not-yet-emulated.js";
import { ApiError } from "../../src/http/api-error.js";
import { NOT_YET_EMULATED as exported } from "../../src/index.js";

describe("operations not emulated yet", () => {
  it("are none: every operation of the spec runs, and the list the package exports stays empty", () => {
    // Putting an operation back on the list is a regression of the emulator: this fails until it is taken off.
    expect(NOT_YET_EMULATED).toEqual([]);
    expect(exported).toBe(NOT_YET_EMULATED);
    expect(Object.isFrozen(NOT_YET_EMULATED)).toBe(true);
  });

  it("the 501 handler, kept for an operation a newer spec adds: an ApiError of code UNIMPLEMENTED, HTTP 501", () => {
    const thrown = (() => {
      try {
        notYetEmulated("getAgentInstallCommand")({} as never);
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(ApiError);
    expect(thrown).toMatchObject({ codeName: "UNIMPLEMENTED", code: 12, httpStatus: 501 });
    expect((thrown as ApiError).message).toMatch(/^getAgentInstallCommand is not emulated yet/);
  });
});
