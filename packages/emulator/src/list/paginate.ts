// One page of a sorted listing: start right after the previous page's last key, walk in the asked direction
// inside the filter's time range, keep what the predicate accepts, stop after one page.
import type { TimeRange } from "./filter.js";
import type { Direction } from "./order-by.js";
import type { BackupRecord } from "../state/model.js";
import { lowerBound, type SortKey } from "./sorted-index.js";

export interface PageRequest<T extends SortKey = BackupRecord> {
  direction: Direction;
  range: TimeRange;
  /** The last key of the previous page. */
  after: SortKey | undefined;
  pageSize: number;
  accept: (record: T) => boolean;
}

export interface Page<T extends SortKey = BackupRecord> {
  records: T[];
  /** Whether anything is left after this page. */
  hasMore: boolean;
}

const MAX_SEQ = 0xffffffff;

/** The index range [start, end) of the listing inside the time range. */
function rangeBounds(listing: readonly SortKey[], range: TimeRange): [number, number] {
  const start = range.from
    ? lowerBound(listing, { createdAtMs: range.from.ms, seq: range.from.inclusive ? -1 : MAX_SEQ }, true)
    : 0;
  const end = range.to
    ? lowerBound(listing, { createdAtMs: range.to.ms, seq: range.to.inclusive ? MAX_SEQ : -1 }, true)
    : listing.length;
  return [start, Math.max(start, end)];
}

export function paginate<T extends SortKey = BackupRecord>(listing: readonly T[], request: PageRequest<T>): Page<T> {
  const [start, end] = rangeBounds(listing, request.range);
  const ascending = request.direction === "asc";
  let index: number;
  if (ascending) index = request.after ? Math.max(start, lowerBound(listing, request.after, true)) : start;
  else index = (request.after ? Math.min(end, lowerBound(listing, request.after)) : end) - 1;
  const step = ascending ? 1 : -1;
  const records: T[] = [];
  for (; ascending ? index < end : index >= start; index += step) {
    const record = listing[index]!;
    if (!request.accept(record)) continue;
    if (records.length === request.pageSize) return { records, hasMore: true };
    records.push(record);
  }
  return { records, hasMore: false };
}
