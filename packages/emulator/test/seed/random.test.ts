import { describe, expect, it } from "vitest";
import { Random, hashKey } from "../../src/seed/random.js";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("Random", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const draw = (seed: number) => {
      const random = new Random(seed);
      return Array.from({ length: 8 }, () => random.uint32());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it("int stays within both ends, and reaches both", () => {
    const random = new Random(3);
    const seen = new Set<number>();
    for (let index = 0; index < 2000; index++) {
      const value = random.int(-2, 2);
      expect(Number.isInteger(value) && value >= -2 && value <= 2).toBe(true);
      seen.add(value);
    }
    expect([...seen].sort()).toEqual([-1, -2, 0, 1, 2].sort());
    expect(() => random.int(3, 2)).toThrow(RangeError);
  });

  it("next is in [0, 1), chance follows its probability", () => {
    const random = new Random(11);
    let hits = 0;
    for (let index = 0; index < 10_000; index++) {
      const value = random.next();
      expect(value >= 0 && value < 1).toBe(true);
      if (random.chance(0.3)) hits++;
    }
    expect(hits).toBeGreaterThan(2700);
    expect(hits).toBeLessThan(3300);
  });

  it("pick and sample draw from the array; sample has no repeats", () => {
    const random = new Random(5);
    const items = ["a", "b", "c", "d", "e"];
    for (let index = 0; index < 50; index++) expect(items).toContain(random.pick(items));
    const sampled = random.sample(items, 3);
    expect(new Set(sampled).size).toBe(3);
    expect(random.sample(items, 9)).toHaveLength(5);
    expect(() => random.pick([])).toThrow(RangeError);
  });

  it("uuid is UUID version 4 text, cloudId is 20 characters of [a-z0-9] after its prefix", () => {
    const random = new Random(1);
    for (let index = 0; index < 200; index++) {
      expect(random.uuid()).toMatch(UUID_V4);
      expect(random.cloudId("fhm")).toMatch(/^fhm[a-z0-9]{17}$/);
    }
    expect(random.hex(32)).toMatch(/^[0-9a-f]{32}$/);
    expect(() => random.cloudId("FH")).toThrow(RangeError);
  });

  it("hashKey separates its parts and spreads close inputs", () => {
    expect(hashKey("ab", "c")).not.toBe(hashKey("a", "bc"));
    expect(hashKey(1, "x")).toBe(hashKey(1, "x"));
    expect(hashKey(1, "x")).not.toBe(hashKey(2, "x"));
  });
});
