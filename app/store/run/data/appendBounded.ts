/** Appends `items` to `list` and keeps only the newest `max` entries: a ring buffer for immutable state. */
export function appendBounded<T>(list: readonly T[], items: readonly T[], max: number): T[] {
  if (items.length === 0) return list as T[];
  const joined = list.length === 0 ? items.slice() : list.concat(items);
  return joined.length > max ? joined.slice(joined.length - max) : joined;
}
