// Listings are kept sorted by (createdAt, seq), one array per selector value, so a page is a binary search
// plus a walk of at most one page: its cost does not grow with the number of records stored. Backups, resources
// and tasks all carry such a key, so one index serves them all.

export interface SortKey {
  createdAtMs: number;
  seq: number;
}

export function compareKeys(a: SortKey, b: SortKey): number {
  return a.createdAtMs - b.createdAtMs || a.seq - b.seq;
}

/** The first index whose key is ≥ `key` (`strict`: > `key`). */
export function lowerBound(records: readonly SortKey[], key: SortKey, strict = false): number {
  let low = 0;
  let high = records.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const order = compareKeys(records[middle]!, key);
    if (order < 0 || (strict && order === 0)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Puts `record` in its place (after any equal key). */
export function insertSorted<T extends SortKey>(records: T[], record: T): void {
  records.splice(lowerBound(records, record, true), 0, record);
}

export function removeSorted<T extends SortKey>(records: T[], record: T): void {
  const index = lowerBound(records, record);
  if (records[index] === record) records.splice(index, 1);
}
