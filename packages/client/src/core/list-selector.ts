// The one-selector rule of `backups.list`: the selectors and their fields come from the spec's `x-selector`
// (src/generated/list-selectors.ts); this file checks a call against them and flattens the one given into the
// wire's dotted query names (`archive.archiveId`).
import type { ListBackupsQuery } from "@backup-api/types";
import { LIST_SELECTORS, type ListSelectors, type UnpaginatedSelector } from "../generated/list-selectors.js";
import { requireParams, requireString, usage } from "../internal/checks.js";

export type { ListSelectors };

type Only<K extends keyof ListSelectors> = { [P in K]: ListSelectors[P] } & {
  [P in Exclude<keyof ListSelectors, K>]?: never;
};

/** Exactly one of the selectors: giving none or two does not compile. */
export type ListSelector = { [K in keyof ListSelectors]: Only<K> }[keyof ListSelectors];

/** Paging and filters of `backups.list`, typed as the spec declares them. */
export type ListPaging = Pick<ListBackupsQuery, "pageSize" | "orderBy" | "filter" | "type">;

/** Parameters of `backups.list`: one selector, paging, and `pageToken` (not with a selector that answers in one page). */
export type ListBackupsInput =
  | (Exclude<ListSelector, Only<UnpaginatedSelector>> & ListPaging & { pageToken?: string })
  | (Only<UnpaginatedSelector> & ListPaging & { pageToken?: never });

/** Parameters of `backups.listAll`: like `list`, without `pageToken` (it follows the pages itself). */
export type ListAllBackupsInput = ListSelector & ListPaging;

/** The wire query of a call, and whether its selector takes a `pageToken`. */
export interface ListQuery {
  query: ListBackupsQuery;
  paginated: boolean;
}

/** Checks the one-selector rule (before anything is sent) and builds the wire query. */
export function listQuery(apiMethod: string, input: unknown): ListQuery {
  const params = requireParams(apiMethod, input);
  const given = LIST_SELECTORS.filter((selector) => params[selector.name] !== undefined);
  if (given.length !== 1) {
    const names = LIST_SELECTORS.map((selector) => selector.name).join(", ");
    usage(
      apiMethod,
      `give exactly one selector of ${names}; got ${given.map((selector) => selector.name).join(" and ") || "none"}`,
    );
  }
  const { name, parameters, needs, paginated } = given[0]!;
  if (!paginated && params.pageToken !== undefined)
    usage(apiMethod, `pageToken is not allowed with the ${name} selector`);
  // paging and filters go as given: the types say what they are, and the server names a wrong one
  const { pageSize, orderBy, filter, type, pageToken } = params as ListBackupsQuery;
  const query: ListBackupsQuery = { pageSize, orderBy, filter, type, pageToken };
  // a plain selector (folderId) is its own one parameter; a nested one (archive) has a field per parameter
  // (archive.archiveId is its archiveId)
  const value = params[name] as Record<string, unknown> | undefined;
  const fieldOf = (parameter: string) => parameter.slice(name.length + 1);
  const values = parameters.map(
    (parameter) => [parameter, parameter === name ? value : value?.[fieldOf(parameter)]] as const,
  );
  const present = values.filter(([, field]) => field !== undefined);
  if (needs === "all" ? present.length < values.length : present.length === 0) {
    usage(apiMethod, `the ${name} selector needs ${parameters.map(fieldOf).join(needs === "all" ? " and " : " or ")}`);
  }
  for (const [parameter, field] of present) query[parameter] = requireString(apiMethod, parameter, field);
  return { query, paginated };
}
