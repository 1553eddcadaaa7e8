import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listOperations } from "@backup-api/spec-walker";
import { loadGuides } from "../../scripts/lib/guides.mjs";
import { bundledSpec, GUIDE_SAMPLES, GUIDES, PAGE, RENDERED_SPEC } from "../support/paths.js";

describe("the built page (dist/index.html)", () => {
  const html = readFileSync(PAGE, "utf8");

  it("is one self-contained file: no CDN logo, no external script, style, font or image", () => {
    expect(html).not.toContain("cdn.redoc.ly/redoc/logo");
    expect(html).not.toMatch(/<(script|link|img)\b[^>]*(src|href)=["']?(https?:)?\/\//i);
    expect(statSync(PAGE).size).toBeGreaterThan(500_000); // the Redoc bundle is inlined
  });

  it("renders the current bundled spec: every operation with both samples", () => {
    const rendered = JSON.parse(readFileSync(RENDERED_SPEC, "utf8"));
    const spec = bundledSpec();
    expect(listOperations(rendered).map((o) => o.operationId)).toEqual(listOperations(spec).map((o) => o.operationId));
    for (const op of listOperations(spec)) {
      expect(html).toContain(op.operation.summary);
    }
    for (const op of listOperations(rendered)) {
      expect(op.operation["x-codeSamples"]).toHaveLength(2);
    }
  });

  it("shows the guides as guides/ and samples/guides/ render now, after the introduction and before the release", () => {
    const { description } = JSON.parse(readFileSync(RENDERED_SPEC, "utf8")).info;
    const guides = loadGuides(GUIDES, GUIDE_SAMPLES);
    expect(guides).toHaveLength(1);
    for (const guide of guides) expect(description).toContain(guide.trim());
    expect(description.indexOf("# Getting started")).toBeLessThan(description.indexOf("# Automate backups end to end"));
    expect(description.indexOf("# Automate backups end to end")).toBeLessThan(description.indexOf("# Release"));
    // in the page itself (Redoc inlines its input)
    expect(html).toContain("client.policies.execute({ policyId: policy.id, computeInstanceId })");
  });
});
