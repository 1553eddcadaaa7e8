/** A random UUID v4, from Web Crypto (Node 20+, Deno, Bun, and browsers in secure contexts). */
export const uuid = (): string => crypto.randomUUID();
