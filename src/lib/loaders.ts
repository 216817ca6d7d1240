/**
 * Astro's glob loader, with front matter read by `readFrontmatter` so that dates keep the
 * meaning editors give them (the site's time zone), and with ids that are the file's path
 * under the folder, without its extension (`2024/01/weifang-minzheng`).
 */
import { readFile } from 'node:fs/promises';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { readFrontmatter } from './frontmatter.ts';

/** `2024/01/weifang.md` → `2024/01/weifang` */
export function idFromPath(entry: string): string {
  return entry.replace(/\.[^./]+$/, '');
}

export function markdownGlob(options: { pattern: string; base: string }): Loader {
  const inner = glob({ ...options, generateId: ({ entry }) => idFromPath(entry) });
  return {
    name: 'baodao-markdown',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          if (!props.filePath) return context.parseData(props);
          const { data } = readFrontmatter(await readFile(props.filePath, 'utf8'));
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      }),
  };
}
