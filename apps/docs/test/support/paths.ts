import { fileURLToPath } from "node:url";
import { loadBundle, type SpecNode } from "@backup-api/spec-walker/node";

export const APP_DIR = fileURLToPath(new URL("../../", import.meta.url));
export const PAGE = fileURLToPath(new URL("../../dist/index.html", import.meta.url));
export const RENDERED_SPEC = fileURLToPath(new URL("../../dist/openapi.docs.json", import.meta.url));
export const SAMPLES = fileURLToPath(new URL("../../samples/", import.meta.url));
export const GUIDES = fileURLToPath(new URL("../../guides/", import.meta.url));
export const GUIDE_SAMPLES = fileURLToPath(new URL("../../samples/guides/", import.meta.url));
export const TEST_OUTPUT = fileURLToPath(new URL("../../test-output/", import.meta.url));

/** A fresh copy of the bundled spec (a test may edit it). */
export function bundledSpec(): SpecNode {
  return loadBundle();
}
