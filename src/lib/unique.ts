/** A map by `key`, leaving out every key that two or more items share. */
export function uniqueBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  const shared = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (map.has(k)) shared.add(k);
    else map.set(k, item);
  }
  for (const k of shared) map.delete(k);
  return map;
}
