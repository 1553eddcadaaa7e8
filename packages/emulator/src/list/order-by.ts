// `orderBy` of `list`: the service sorts on the creation time only, newest first unless told otherwise.
import { invalidArgument } from "../http/api-error.js";

export type Direction = "asc" | "desc";

const ORDER_BY = /^\s*(createdAt|created_at)(?:\s+(asc|desc))?\s*$/i;

/** `defaultOrderBy` is the spec's `default` of the parameter (`createdAt desc`). */
export function parseOrderBy(orderBy: string | undefined, defaultOrderBy: string): Direction {
  const parsed = ORDER_BY.exec(orderBy ?? defaultOrderBy);
  if (!parsed) {
    throw invalidArgument(
      [
        {
          field: "orderBy",
          description: `cannot sort by ${JSON.stringify(orderBy)}; the supported orders are "createdAt asc" and "createdAt desc"`,
        },
      ],
      "Invalid orderBy",
    );
  }
  return (parsed[2]?.toLowerCase() as Direction | undefined) ?? "asc";
}
