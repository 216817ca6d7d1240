/**
 * One value kept while its key stays the same: `npm run dev` arranges the site's articles
 * again only when the content they come from has changed (src/lib/content.ts), not on every
 * request, which at 10,000 articles took seconds each time a page asked.
 */
export function cachedByKey<T>(compute: () => Promise<T>): (key: string) => Promise<T> {
  let kept: { key: string; value: Promise<T> } | undefined;
  return (key) => {
    if (kept?.key === key) return kept.value;
    const value = compute();
    const entry = { key, value };
    kept = entry;
    // A failure is not kept: the next request, after the editor's fix, tries again.
    value.catch(() => {
      if (kept === entry) kept = undefined;
    });
    return value;
  };
}
