/**
 * `npm run build` beside `npm run dev` (as an editor runs it to give the preview's search a
 * fresh index) left every draft and scheduled article with a cover failing in the preview with
 * Astro's English "Local images must be imported." (LocalImageUsedWrongly), until the next edit
 * that changed the preview's pictures.
 *
 * Every Astro process of the project writes its lists of what content imports into the same
 * `.astro/` folder: the pictures (content-assets.mjs) and the .mdx modules (content-modules.mjs).
 * A build's lists leave out what readers of that build never get (src/lib/loaders.ts: a draft's
 * or a scheduled article's cover is not even read), the preview's have them. The dev server sees
 * the build's lists written and reads them (Astro's vite-plugin-content-virtual-mod.js), and a
 * cover missing from the list reaches `<Image>` as the path written in the article. The other
 * way round, a build that read the lists after the preview had written them again would publish
 * the preview's pictures, an embargoed cover among them.
 *
 * `astro sync` and `astro check` (`npm run check`, the type checks) sync the content as a build
 * does, and did the same to the preview.
 *
 * So a build reads its own lists from memory, as its content sync wrote them, and puts back the
 * files it found before that sync: the preview reads its own lists again (its watcher reports
 * them written). Only a list that still holds what the build wrote is put back: one the preview
 * has written since is left as it is. A sync, which has no hook after its content sync and reads
 * no list, puts them back as it ends (a preview that wrote its lists during those seconds has
 * them at its next change of a picture).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normalizePath } from 'vite';

/** Astro's lists in `.astro/` (astro/dist/content/consts.js: ASSET_IMPORTS_FILE, MODULES_IMPORTS_FILE; astro is pinned). */
const LISTS = ['content-assets.mjs', 'content-modules.mjs'];

/** A file's text, or undefined when there is none. */
function readIfThere(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Writes `text` as Astro writes these files, a temporary file renamed over it: never read half-written. */
function writeWhole(file: string, text: string): void {
  writeFileSync(`${file}.baodao.tmp`, text);
  renameSync(`${file}.baodao.tmp`, file);
}

export default function buildContentLists(): AstroIntegration {
  /** The lists as found before the content sync, by file. */
  const found = new Map<string, string | undefined>();
  /** The lists as the build's content sync wrote them, by Vite's id of the file. */
  const built = new Map<string, string>();
  /** Puts back each list found before the sync where it now holds `written(file)` (what this process wrote). */
  const putBack = (written: (file: string) => string | undefined) => {
    for (const [file, before] of found) {
      const text = readIfThere(file);
      if (before !== undefined && text !== undefined && text !== before && text === written(file)) writeWhole(file, before);
    }
  };
  return {
    name: 'baodao-build-content-lists',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' && command !== 'sync') return;
        for (const name of LISTS) {
          const file = path.join(fileURLToPath(config.root), '.astro', name);
          found.set(file, readIfThere(file));
        }
        if (command === 'sync') {
          process.once('exit', () => putBack(readIfThere));
          return;
        }
        updateConfig({
          vite: { plugins: [{ name: 'baodao-build-content-lists', enforce: 'pre', load: (id) => built.get(normalizePath(id)) }] },
        });
      },
      // After Astro's content sync, before Vite reads any module.
      'astro:build:start': () => {
        for (const file of found.keys()) {
          const text = readIfThere(file);
          if (text !== undefined) built.set(normalizePath(file), text);
        }
        putBack((file) => built.get(normalizePath(file)));
      },
    },
  };
}
