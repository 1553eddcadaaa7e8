/** A random UUID v4 from Web Crypto (Node 20+, browsers, Deno, Bun). */
export const uuid = (): string =>
  crypto.randomUUID?.() ??
  // randomUUID needs a secure context in browsers (https); getRandomValues does not
  "10000000-1000-4000-8000-100000000000".replace(/[018]/g, (ch) =>
    (+ch ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (+ch / 4)))).toString(16),
  );
