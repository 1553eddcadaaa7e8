// startMock's documented types, checked by vitest's typecheck (a runtime test cannot fail on a type).
import { describe, expectTypeOf, it } from "vitest";
import { type RunningMock, startMock } from "../../src/index.js";

describe("startMock's types", () => {
  it("takes the documented options", () => {
    expectTypeOf(startMock).parameter(0).toEqualTypeOf<
      | {
          port?: number;
          host?: string;
          seed?: number;
          specPath?: string;
          startTimeoutMs?: number;
          upstreamUrl?: string;
          onOutput?: (chunk: string, stream: "stdout" | "stderr") => void;
        }
      | undefined
    >();
    // @ts-expect-error port is a number, not a string
    expectTypeOf(startMock).toBeCallableWith({ port: "4010" });
  });

  it("resolves to a RunningMock whose stop() is awaited", () => {
    expectTypeOf(startMock).returns.resolves.toEqualTypeOf<RunningMock>();
    expectTypeOf<RunningMock["stop"]>().returns.toEqualTypeOf<Promise<void>>();
  });
});
