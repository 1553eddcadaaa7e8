// HMAC-SHA-256 (RFC 2104 over FIPS 180-4), synchronous and in plain JS. Web Crypto's `subtle.sign` gives the same
// bytes, but it is asynchronous and costs about 100 µs a call (a hop to its worker and back), which a page token is
// made and checked with on every paged answer; this costs a few microseconds and keeps the core free of Node
// built-ins. The key's padded blocks are hashed once, when the signer is made, so a short message costs three
// block compressions. Tested against Web Crypto on random keys and messages (test/list/hmac-sha256.test.ts).

const BLOCK_BYTES = 64;

/** The first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const ROUND_CONSTANTS = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

/** The first 32 bits of the fractional parts of the square roots of the first 8 primes. */
const INITIAL_STATE = new Uint32Array([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

const rotateRight = (word: number, bits: number) => (word >>> bits) | (word << (32 - bits));

/** Mixes one 64-byte block (at `offset` in `bytes`) into `state`. */
function compress(state: Uint32Array, bytes: Uint8Array, offset: number, schedule: Uint32Array): void {
  for (let index = 0; index < 16; index++) {
    const at = offset + index * 4;
    schedule[index] = (bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!;
  }
  for (let index = 16; index < 64; index++) {
    const before15 = schedule[index - 15]!;
    const before2 = schedule[index - 2]!;
    const sigma0 = rotateRight(before15, 7) ^ rotateRight(before15, 18) ^ (before15 >>> 3);
    const sigma1 = rotateRight(before2, 17) ^ rotateRight(before2, 19) ^ (before2 >>> 10);
    schedule[index] = (schedule[index - 16]! + sigma0 + schedule[index - 7]! + sigma1) | 0;
  }
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  let e = state[4]!;
  let f = state[5]!;
  let g = state[6]!;
  let h = state[7]!;
  for (let index = 0; index < 64; index++) {
    const sum1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25);
    const choice = (e & f) ^ (~e & g);
    const temporary1 = (h + sum1 + choice + ROUND_CONSTANTS[index]! + schedule[index]!) | 0;
    const sum0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22);
    const majority = (a & b) ^ (a & c) ^ (b & c);
    const temporary2 = (sum0 + majority) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + temporary1) | 0;
    d = c;
    c = b;
    b = a;
    a = (temporary1 + temporary2) | 0;
  }
  state[0] = state[0]! + a;
  state[1] = state[1]! + b;
  state[2] = state[2]! + c;
  state[3] = state[3]! + d;
  state[4] = state[4]! + e;
  state[5] = state[5]! + f;
  state[6] = state[6]! + g;
  state[7] = state[7]! + h;
}

/**
 * The buffers a hash works in, reused from one hash to the next: a signer makes its hashes one after another,
 * never two at once, and allocating them for each was most of a page token's cost.
 */
interface Scratch {
  schedule: Uint32Array;
  working: Uint32Array;
  /** The message's last blocks with the padding; grown when a message needs more. */
  padded: Uint8Array;
}

const newScratch = (): Scratch => ({
  schedule: new Uint32Array(64),
  working: new Uint32Array(8),
  padded: new Uint8Array(2 * BLOCK_BYTES),
});

/**
 * Finishes a hash whose `state` has absorbed `absorbedBytes` (whole blocks) already: hashes `message` with the
 * padding (a 1 bit, zeros, the total length in bits) and writes the 32-byte digest into `digest`.
 */
function finish(
  state: Uint32Array,
  absorbedBytes: number,
  message: Uint8Array,
  scratch: Scratch,
  digest: Uint8Array,
): Uint8Array {
  const totalBits = (absorbedBytes + message.length) * 8;
  const paddedLength = Math.ceil((message.length + 9) / BLOCK_BYTES) * BLOCK_BYTES;
  if (scratch.padded.length < paddedLength) scratch.padded = new Uint8Array(paddedLength);
  const { padded, working, schedule } = scratch;
  padded.fill(0, 0, paddedLength);
  padded.set(message);
  padded[message.length] = 0x80;
  writeUint32(padded, paddedLength - 8, Math.floor(totalBits / 2 ** 32));
  writeUint32(padded, paddedLength - 4, totalBits >>> 0);
  working.set(state);
  for (let offset = 0; offset < paddedLength; offset += BLOCK_BYTES) compress(working, padded, offset, schedule);
  for (let index = 0; index < 8; index++) writeUint32(digest, index * 4, working[index]!);
  return digest;
}

/** Big-endian, as SHA-256 writes its words. */
function writeUint32(bytes: Uint8Array, offset: number, word: number): void {
  bytes[offset] = word >>> 24;
  bytes[offset + 1] = word >>> 16;
  bytes[offset + 2] = word >>> 8;
  bytes[offset + 3] = word;
}

/** SHA-256 of `message`. */
export function sha256(message: Uint8Array): Uint8Array {
  return finish(INITIAL_STATE, 0, message, newScratch(), new Uint8Array(32));
}

/** A signer for one key: `sign(message)` returns HMAC-SHA-256(key, message), 32 new bytes. */
export function createHmacSha256(key: Uint8Array): (message: Uint8Array) => Uint8Array {
  const block = new Uint8Array(BLOCK_BYTES);
  block.set(key.length > BLOCK_BYTES ? sha256(key) : key);
  const scratch = newScratch();
  const padState = (pad: number) => {
    const state = INITIAL_STATE.slice();
    compress(
      state,
      block.map((byte) => byte ^ pad),
      0,
      scratch.schedule,
    );
    return state;
  };
  const innerState = padState(0x36);
  const outerState = padState(0x5c);
  const innerDigest = new Uint8Array(32);
  return (message) =>
    finish(
      outerState,
      BLOCK_BYTES,
      finish(innerState, BLOCK_BYTES, message, scratch, innerDigest),
      scratch,
      new Uint8Array(32),
    );
}
