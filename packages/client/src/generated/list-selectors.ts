/**
 * GENERATED FILE — DO NOT EDIT.
 * The selectors of `backups.list`: exactly one is given per call.
 * From `x-selector` on list's parameters of the bundled spec, by packages/client/scripts/render-generated.mjs
 * (run `pnpm --filter @backup-api/client generate`). A test fails when this file drifts from the spec.
 */

export const LIST_SELECTORS = [
  { name: "computeInstanceId", parameters: ["computeInstanceId"], needs: "all", paginated: true },
  { name: "archive", parameters: ["archive.archiveId", "archive.folderId"], needs: "all", paginated: true },
  { name: "folderId", parameters: ["folderId"], needs: "all", paginated: true },
  { name: "instancePolicy", parameters: ["instancePolicy.computeInstanceId", "instancePolicy.policyId"], needs: "any", paginated: true },
  { name: "resourceId", parameters: ["resourceId"], needs: "all", paginated: true },
  { name: "policyId", parameters: ["policyId"], needs: "all", paginated: false },
  { name: "backup", parameters: ["backup.backupId", "backup.folderId"], needs: "all", paginated: true },
] as const;

/** The ways to pick which backups `backups.list` returns, each with the fields it takes. */
export interface ListSelectors {
  /** **Selector — by instance.** List the backups of this Compute Cloud instance. */
  computeInstanceId: string;
  /** **Selector — by archive.** All of `archiveId` and `folderId`. */
  archive: { archiveId: string; folderId: string };
  /** **Selector — by folder.** List every backup in this folder. */
  folderId: string;
  /** **Selector — by instance and policy.** At least one of `computeInstanceId`, `policyId`. */
  instancePolicy: { computeInstanceId: string; policyId?: string } | { computeInstanceId?: string; policyId: string };
  /** **Selector — by resource.** List the backups of this registered resource (`Backup.resourceId`). */
  resourceId: string;
  /** **Selector — by policy.** List the backups made under this policy. `pageToken` is not allowed with it. */
  policyId: string;
  /** **Selector — one backup.** All of `backupId` and `folderId`. */
  backup: { backupId: string; folderId: string };
}

/** Selectors that take no `pageToken`: they answer in one page. */
export type UnpaginatedSelector = "policyId";
