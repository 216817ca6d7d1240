/**
 * Astro keeps each picture it made in the cache's `assets/` folder, named as in the site's
 * `_astro/` folder, and never removes one. A picture no published article uses any more (a
 * picture replaced, an article withdrawn) would stay there for good, and the deploy workflow,
 * which carries the folder from run to run, would restore and save it forever.
 */
import { readdirSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * The cache folder of a build into `outDir`, named after it (`.build/dist-cache/` for `dist/`):
 * Astro keeps its pictures there (`assets/`), and the deploy workflow carries that folder.
 */
export function imageCacheDir(outDir: string): string {
  return path.resolve('.build', `${path.basename(path.resolve(outDir))}-cache`);
}

/**
 * Removes from `cacheAssets` every picture (and the `.json` Astro writes beside a remote one)
 * that the site just built in `siteDir` does not hold in its `_astro/` folder. Returns how many
 * files it removed.
 */
export async function pruneImageCache(cacheAssets: string, siteDir: string): Promise<number> {
  const cached = await readdir(cacheAssets).catch(() => [] as string[]);
  const used = new Set(await readdir(path.join(siteDir, '_astro')).catch(() => [] as string[]));
  const unused = cached.filter((name) => !used.has(name.replace(/\.json$/, '')));
  await Promise.all(unused.map((name) => rm(path.join(cacheAssets, name), { force: true })));
  return unused.length;
}

/** A picture's file, as Astro writes one into `_astro/` and its cache's `assets/`. */
const PICTURE = /\.(?:webp|jpe?g|png|avif|gif)$/i;

/** The pictures in a cache's `assets/` folder (`cacheAssets`), none when there is no cache: what a build may take instead of making. */
export function cachedPictures(cacheAssets: string): Set<string> {
  try {
    return new Set(readdirSync(cacheAssets).filter((name) => PICTURE.test(name)));
  } catch {
    return new Set();
  }
}

/**
 * Of the pictures the site built in `siteDir` holds in its `_astro/` folder, how many its build took
 * from the cache as it was before (`before`: cachedPictures) and how many it made.
 */
export function picturesReused(before: ReadonlySet<string>, siteDir: string): { reused: number; made: number } {
  const published = readdirSync(path.join(siteDir, '_astro')).filter((name) => PICTURE.test(name));
  const reused = published.filter((name) => before.has(name)).length;
  return { reused, made: published.length - reused };
}
