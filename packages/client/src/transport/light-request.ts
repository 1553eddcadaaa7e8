/**
 * What openapi-fetch builds for each call instead of a real `Request`.
 *
 * openapi-fetch constructs `new Request(url, init)` and passes it to `fetch`, which (in undici, and in browsers)
 * copies it into yet another Request: two constructions per call where hand-written `fetch(url, init)` pays
 * one. This class only records the URL and the init; the transport hands them straight to `fetch(url, init)`.
 * It keeps the parts middleware may read or change (`url`, `method`, `headers` as a real `Headers`, `signal`).
 */
export class LightRequest {
  declare readonly method: string;
  declare readonly headers: Headers;
  declare readonly signal: AbortSignal | undefined;

  constructor(
    readonly url: string,
    readonly init: RequestInit,
  ) {
    this.method = init.method!;
    this.headers = init.headers as Headers;
    this.signal = init.signal ?? undefined;
  }

  // openapi-fetch checks `result instanceof Request` on what middleware returns; a real Request is fine too.
  static [Symbol.hasInstance](v: unknown): boolean {
    return v instanceof Request || (v as LightRequest)?.constructor === LightRequest;
  }
}
