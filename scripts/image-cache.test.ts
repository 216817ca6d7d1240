import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { cachedPictures, picturesReused, pruneImageCache } from './image-cache.ts';
import { temporaryFolders } from '../tests/support/temporary.ts';

const temporary = temporaryFolders();

function folders(cached: string[], published: string[]) {
  const root = temporary('image-cache-');
  const cache = path.join(root, 'cache', 'assets');
  const site = path.join(root, 'dist');
  mkdirSync(cache, { recursive: true });
  mkdirSync(path.join(site, '_astro'), { recursive: true });
  for (const name of cached) writeFileSync(path.join(cache, name), '');
  for (const name of published) writeFileSync(path.join(site, '_astro', name), '');
  return { cache, site };
}

it('keeps the pictures the site holds and removes the others, with the notes of remote ones', async () => {
  const { cache, site } = folders(
    ['kept.Ab12_Z1x.webp', 'old.Cd34_Z2y.webp', 'remote.Ef56_Z3z.webp', 'remote.Ef56_Z3z.webp.json', 'gone.Gh78_Z4w.jpg.json'],
    ['kept.Ab12_Z1x.webp', 'remote.Ef56_Z3z.webp', 'page.Ij90.css'],
  );
  expect(await pruneImageCache(cache, site)).toBe(2);
  expect(readdirSync(cache).sort()).toEqual(['kept.Ab12_Z1x.webp', 'remote.Ef56_Z3z.webp', 'remote.Ef56_Z3z.webp.json']);
});

it('does nothing when there is no cache yet', async () => {
  const { site } = folders([], ['kept.Ab12_Z1x.webp']);
  expect(await pruneImageCache(path.join(site, 'no-cache'), site)).toBe(0);
});

it('tells the pictures a build took from the cache as it was before from those it made: a warm build of the same pictures made none', () => {
  const { cache, site } = folders(['kept.Ab12_Z1x.webp', 'old.Cd34_Z2y.webp', 'remote.Ef56_Z3z.webp.json'], ['kept.Ab12_Z1x.webp', 'new.Kl12_Z5v.jpg', 'page.Ij90.css']);
  const before = cachedPictures(cache);
  expect([...before].sort()).toEqual(['kept.Ab12_Z1x.webp', 'old.Cd34_Z2y.webp']);
  expect(picturesReused(before, site)).toEqual({ reused: 1, made: 1 });
  expect(picturesReused(cachedPictures(site.replace(/dist$/, 'no-cache')), site)).toEqual({ reused: 0, made: 2 });
  const same = folders(['a.Ab12_Z1x.webp', 'b.Cd34_Z2y.png'], ['a.Ab12_Z1x.webp', 'b.Cd34_Z2y.png']);
  expect(picturesReused(cachedPictures(same.cache), same.site)).toEqual({ reused: 2, made: 0 });
});
