import { describe, expect, it } from "vitest";
import { makeOffline } from "../../scripts/lib/make-offline.mjs";

const LOGOS = "src:e?`https://cdn.redoc.ly/redoc/logo-mini-full.svg`:`https://cdn.redoc.ly/redoc/logo-mini.svg`";

describe("makeOffline", () => {
  it("swaps Redoc's CDN logos for an inline SVG", () => {
    const out = makeOffline(`<html><script>${LOGOS}</script></html>`);
    expect(out).not.toContain("cdn.redoc.ly");
    expect(out).toContain("data:image/svg+xml,");
  });

  it("fails when the Redoc bundle no longer holds the logo URLs (so an upgrade is rechecked)", () => {
    expect(() => makeOffline("<html></html>")).toThrow(/Redoc bundle changed/);
  });

  it("fails when the page still loads anything from the network", () => {
    expect(() => makeOffline(`<script src="https://cdn.example.com/x.js"></script><script>${LOGOS}</script>`)).toThrow(
      /still loads external resources/,
    );
    expect(() =>
      makeOffline(`<link rel="stylesheet" href="//fonts.example.com/a.css"><script>${LOGOS}</script>`),
    ).toThrow(/still loads external resources/);
  });
});
