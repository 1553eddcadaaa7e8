/**
 * GENERATED FILE — DO NOT EDIT.
 * The types of request-validators.js.
 * From the bundled spec, by packages/emulator/scripts/render-generated.mjs
 * (run `pnpm --filter @backup-api/emulator generate`). A test fails when this file drifts from it.
 */
import type { ValidateFunction } from "@backup-api/spec-walker";

/** The validator of each request schema, by its JSON pointer in the spec (`/components/parameters/PathBackupId/schema`). */
export declare const VALIDATORS: Readonly<Record<string, ValidateFunction>>;
