import { describe, expect, it } from "vitest";
import { parseRetryAfter, retryDelay } from "../../src/internal/retry.js";

const policy = { baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 5000 };

describe("backoff", () => {
  it("doubles per retry with jitter between half and all of the step, capped", () => {
    for (let i = 0; i < 200; i++) {
      const d0 = retryDelay(policy, 0, null);
      const d2 = retryDelay(policy, 2, null);
      const d9 = retryDelay(policy, 9, null);
      expect(d0).toBeGreaterThanOrEqual(50);
      expect(d0).toBeLessThanOrEqual(100);
      expect(d2).toBeGreaterThanOrEqual(200);
      expect(d2).toBeLessThanOrEqual(400);
      expect(d9).toBeGreaterThanOrEqual(500);
      expect(d9).toBeLessThanOrEqual(1000);
    }
  });

  it("is jittered (not the same delay every time)", () => {
    const seen = new Set(Array.from({ length: 20 }, () => retryDelay(policy, 1, null)));
    expect(seen.size).toBeGreaterThan(1);
  });

  it("uses Retry-After when within maxRetryAfterMs", () => {
    expect(retryDelay(policy, 0, "3")).toBe(3000);
    expect(retryDelay(policy, 0, "10")).toBeLessThanOrEqual(100);
  });

  it("parses Retry-After as seconds or an HTTP date, and ignores garbage", () => {
    expect(parseRetryAfter("0")).toBe(0);
    expect(parseRetryAfter(" 2 ")).toBe(2000);
    const at = new Date(Date.now() + 4000).toUTCString();
    expect(parseRetryAfter(at)).toBeGreaterThan(2500);
    expect(parseRetryAfter(new Date(Date.now() - 60_000).toUTCString())).toBe(0);
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it("takes Retry-After: 0 as 'retry now', not as absent", () => {
    expect(retryDelay(policy, 0, "0")).toBe(0);
  });
});
