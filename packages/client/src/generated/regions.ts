/**
 * GENERATED FILE — DO NOT EDIT.
 * Each region's API host and operations host: a region is a whole installation.
 * From `servers` (x-region) and getOperation's `servers` of the bundled spec, by packages/client/scripts/render-generated.mjs
 * (run `pnpm --filter @backup-api/client generate`). A test fails when this file drifts from the spec.
 */

export const REGIONS = {
  /** Main region */
  ru: { api: "https://backup.api.cloud.yandex.net", operations: "https://operation.api.cloud.yandex.net" },
  /** Kazakhstan region */
  kz: { api: "https://backup.api.yandexcloud.kz", operations: "https://operation.api.yandexcloud.kz" },
} as const;

export type Region = keyof typeof REGIONS;

/** The region of the spec's first server, the main one. */
export const DEFAULT_REGION: Region = "ru";
