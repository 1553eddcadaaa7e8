// A small seeded PRNG (mulberry32) and a string hash to derive independent streams from one seed. Pure
// arithmetic, no Node built-ins: the seed must come out identical in Node, browsers and workers.

const HEX_DIGITS = "0123456789abcdef";
/**
 * The alphabet of Cloud ids. The real ones draw from base32hex (`0-9a-v`), a subset of `[a-z0-9]`; 32 letters
 * also make a draw an unbiased 5-bit slice.
 */
const CLOUD_ID_ALPHABET = "0123456789abcdefghijklmnopqrstuv";
const CLOUD_ID_LENGTH = 20;
const CLOUD_ID_PREFIX = /^[a-z0-9]{3}$/;
/** `x` a random hex digit, `y` one of 8, 9, a, b (the variant bits `10`); the rest as written. */
const UUID_LAYOUT = "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx";

/**
 * Builds a string from character codes in one go. Concatenating piece by piece would leave a tree of V8 cons
 * strings behind each id, which at 100,000 backups costs more memory than the ids themselves.
 */
function fromCodes(codes: readonly number[]): string {
  return String.fromCharCode(...codes);
}

/** murmur3's finaliser: spreads every input bit over the output, so that close seeds give unrelated streams. */
function avalanche(value: number): number {
  let mixed = value >>> 0;
  mixed = Math.imul(mixed ^ (mixed >>> 16), 0x85ebca6b);
  mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
  return (mixed ^ (mixed >>> 16)) >>> 0;
}

/**
 * A 32-bit hash of the parts (FNV-1a over UTF-16 code units, then avalanched). Used as a seed: `hashKey(seed,
 * "backups", archiveIndex)` gives every consumer its own stream, so that drawing more in one place does not shift
 * the values drawn in another.
 */
export function hashKey(...parts: ReadonlyArray<string | number>): number {
  let hash = 0x811c9dc5;
  for (let partIndex = 0; partIndex < parts.length; partIndex++) {
    // The separator keeps ("ab", "c") and ("a", "bc") apart.
    const text = (partIndex === 0 ? "" : "\u0000") + String(parts[partIndex]);
    for (let charIndex = 0; charIndex < text.length; charIndex++) {
      hash = Math.imul(hash ^ text.charCodeAt(charIndex), 0x01000193);
    }
  }
  return avalanche(hash);
}

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** mulberry32: one 32-bit state, good enough statistically for test data and a handful of operations per call. */
  uint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let mixed = this.state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return (mixed ^ (mixed >>> 14)) >>> 0;
  }

  /** A float in [0, 1) with 32 bits of resolution. */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max], both ends included. Ranges wider than 2^32 keep only 32 bits of resolution. */
  int(min: number, max: number): number {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || max < min) {
      throw new RangeError(`Random.int: bad range [${min}, ${max}]`);
    }
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A float in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("Random.pick: empty array");
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** `count` distinct items in random order (all of them if there are fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = items.slice();
    const taken = Math.min(count, pool.length);
    for (let index = 0; index < taken; index++) {
      const swapWith = index + Math.floor(this.next() * (pool.length - index));
      const chosen = pool[swapWith] as T;
      pool[swapWith] = pool[index] as T;
      pool[index] = chosen;
    }
    return pool.slice(0, taken);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** `length` lowercase hex digits. */
  hex(length: number): string {
    const codes: number[] = [];
    let word = 0;
    for (let index = 0; index < length; index++) {
      if (index % 8 === 0) word = this.uint32();
      codes.push(HEX_DIGITS.charCodeAt(word & 15));
      word >>>= 4;
    }
    return fromCodes(codes);
  }

  /** A UUID version 4 (RFC 9562): random but for the version nibble `4` and the variant bits `10`. */
  uuid(): string {
    const codes: number[] = [];
    let word = 0;
    let nibbles = 0;
    for (let position = 0; position < UUID_LAYOUT.length; position++) {
      const slot = UUID_LAYOUT[position];
      if (slot !== "x" && slot !== "y") {
        codes.push(UUID_LAYOUT.charCodeAt(position));
        continue;
      }
      if (nibbles++ % 8 === 0) word = this.uint32();
      const nibble = slot === "y" ? 8 | (word & 3) : word & 15;
      word >>>= 4;
      codes.push(HEX_DIGITS.charCodeAt(nibble));
    }
    return fromCodes(codes);
  }

  /** A Cloud resource id: the 3-character type prefix (`b1g` folder, `fhm` VM in zone a, …), then 17 random. */
  cloudId(prefix: string): string {
    if (!CLOUD_ID_PREFIX.test(prefix)) throw new RangeError(`Random.cloudId: bad prefix ${JSON.stringify(prefix)}`);
    const codes = [prefix.charCodeAt(0), prefix.charCodeAt(1), prefix.charCodeAt(2)];
    let word = 0;
    for (let letter = 0; codes.length < CLOUD_ID_LENGTH; letter++) {
      // Six 5-bit letters per draw (30 of its 32 bits).
      if (letter % 6 === 0) word = this.uint32();
      codes.push(CLOUD_ID_ALPHABET.charCodeAt(word & 31));
      word >>>= 5;
    }
    return fromCodes(codes);
  }
}
