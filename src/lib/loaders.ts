/**
 * Astro's glob loader, with front matter read by `readFrontmatter` so that dates keep the
 * meaning editors give them (the site's time zone), and with ids that are the file's path
 * under the folder, without its extension (`2024/01/weifang-minzheng`). Bodies are not kept
 * in Astro's content store (their rendered HTML is): with `summaries`, an entry without a
 * summary gets its first paragraph as one.
 */
import { readFile } from 'node:fs/promises';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { readFrontmatter } from './frontmatter.ts';
import { withSummary } from './summary.ts';

/** `2024/01/weifang.md` → `2024/01/weifang` */
export function idFromPath(entry: string): string {
  return entry.replace(/\.[^./]+$/, '');
}

export function markdownGlob({ summaries = false, ...options }: { pattern: string; base: string; summaries?: boolean }): Loader {
  const inner = glob({ ...options, retainBody: false, generateId: ({ entry }) => idFromPath(entry) });
  return {
    name: 'baodao-markdown',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          if (!props.filePath) return context.parseData(props);
          const { data, body } = readFrontmatter(await readFile(props.filePath, 'utf8'));
          return context.parseData({ ...props, data: (summaries ? withSummary(data, body) : data) as typeof props.data });
        },
      }),
  };
}
