/** Occurrences of each value, most frequent first, ties by name. */
export function countBy(values: Iterable<string>): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** " (person 3, event 1)" or "" when there is nothing to list. */
export const formatCounts = (counts: Array<[string, number]>): string =>
  counts.length ? ` (${counts.map(([k, n]) => `${k} ${n}`).join(', ')})` : '';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
