import type { ResourceType } from "@backup-api/types";
import { str, usage } from "../errors/usage.js";

/** The seven ways to pick which backups `backups.list` returns. Exactly one is given per call. */
export interface ListSelectors {
  /** Backups of one Compute Cloud instance. */
  computeInstanceId: string;
  /** Backups in one archive. */
  archive: { archiveId: string; folderId: string };
  /** Every backup in a folder. */
  folderId: string;
  /** Backups of an instance under a policy; at least one of the two. */
  instancePolicy: { computeInstanceId: string; policyId?: string } | { computeInstanceId?: string; policyId: string };
  /** Backups of one registered resource (`Backup.resourceId`). */
  resourceId: string;
  /** Backups made under one policy (no `pageToken` with it). */
  policyId: string;
  /** One backup. */
  backup: { backupId: string; folderId: string };
}

type Only<K extends keyof ListSelectors> = { [P in K]: ListSelectors[P] } & {
  [P in Exclude<keyof ListSelectors, K>]?: never;
};

/** Exactly one of the seven selectors: giving none or two does not compile. */
export type ListSelector = { [K in keyof ListSelectors]: Only<K> }[keyof ListSelectors];

/** Paging and filters of `backups.list`. */
export interface ListPaging {
  /** Backups per page, 0 to 1000 (0 or absent: the server's default, 100). */
  pageSize?: number;
  /** Sort order as `<field> <asc|desc>` (default `createdAt desc`). */
  orderBy?: string;
  /** Filter on `created_at`, e.g. `created_at > "2026-01-01T00:00:00Z"`. */
  filter?: string;
  /** Only backups of resources of this kind. */
  type?: ResourceType;
}

/** Parameters of `backups.list`: one selector, paging, and `pageToken` (not allowed with `policyId`). */
export type ListBackupsInput =
  | (Exclude<ListSelector, Only<"policyId">> & ListPaging & { pageToken?: string })
  | (Only<"policyId"> & ListPaging & { pageToken?: never });

/** Parameters of `backups.listAll`: like `list`, without `pageToken` (it follows the pages itself). */
export type ListAllBackupsInput = ListSelector & ListPaging;

// Selector name, then the fields of a nested one: all of them are needed, but for instancePolicy any one will do.
const SELECTORS: Record<string, string[]> = {
  computeInstanceId: [],
  archive: ["archiveId", "folderId"],
  folderId: [],
  instancePolicy: ["computeInstanceId", "policyId"],
  resourceId: [],
  policyId: [],
  backup: ["backupId", "folderId"],
};

/** Checks the one-selector rule and flattens to the wire's dotted query names (`archive.archiveId`). */
export function listQuery(params: object, name: string): Record<string, unknown> {
  const p = (params ?? 0) as Record<string, unknown>;
  const bad = (what: string) => usage(name, what);
  const keys = Object.keys(SELECTORS);
  const given = keys.filter((k) => p[k] !== undefined);
  if (given.length !== 1) {
    bad(`give exactly one selector of ${keys.join(", ")}; got ${given.join(" and ") || "none"}`);
  }
  const k = given[0]!;
  const fields = SELECTORS[k]!;
  const v = p[k] as Record<string, unknown>;
  const { pageSize, orderBy, filter, type, pageToken } = p;
  if (k === "policyId" && pageToken !== undefined) bad("pageToken is not allowed with the policyId selector");
  const q: Record<string, unknown> = { pageSize, orderBy, filter, type, pageToken };
  // wire name and value of each field: a plain selector is its own single field
  const all = fields.length ? fields.map((f) => [`${k}.${f}`, v?.[f]] as const) : [[k, v] as const];
  const set = all.filter((e) => e[1] !== undefined);
  const any = k === "instancePolicy";
  if (any ? !set.length : set.length < all.length) bad(`the ${k} selector needs ${fields.join(any ? " or " : " and ")}`);
  for (const [f, x] of set) q[f] = str(name, f, x);
  return q;
}
