import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
// Astro's store itself, which its package does not export (astro is pinned).
import { MutableDataStore } from '../../node_modules/astro/dist/content/mutable-data-store.js';
import { afterEach, describe, expect, test } from 'vitest';
import { replaceEntry } from './loaders.ts';

describe('replaceEntry', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  // Astro's own store, writing its list of the pictures entries import, as npm run dev does.
  async function pictureList(edit: (store: ReturnType<MutableDataStore['scopedStore']>) => void): Promise<string> {
    const dir = mkdtempSync(path.join(tmpdir(), 'baodao-store-'));
    dirs.push(dir);
    const list = pathToFileURL(path.join(dir, 'content-assets.mjs'));
    const data = new MutableDataStore();
    const store = data.scopedStore('articles');
    const entry = { id: '2024/01/a', filePath: 'content/articles/2024/01/a.md', data: {}, digest: 'one', assetImports: ['./photo.jpg'] };
    store.set(entry);
    // Another article's picture: with none left at all, Astro writes an empty list whatever happened.
    store.set({ id: '2024/01/b', filePath: 'content/articles/2024/01/b.md', data: {}, digest: 'b', assetImports: ['./other.jpg'] });
    await data.writeAssetImports(list);
    expect(readFileSync(list, 'utf8')).toContain('photo.jpg');
    edit(store);
    await data.writeAssetImports(list);
    return readFileSync(list, 'utf8');
  }

  test('an edit that takes out an entry’s last picture takes it out of the list', async () => {
    const list = await pictureList((store) => replaceEntry(store, { id: '2024/01/a', filePath: 'content/articles/2024/01/a.md', data: {}, digest: 'two' }));
    expect(list).not.toContain('photo.jpg');
    expect(list).toContain('other.jpg');
  });

  test('an entry read again unchanged is left as it was, its picture listed', async () => {
    let changed: boolean | undefined;
    const list = await pictureList((store) => {
      changed = replaceEntry(store, { id: '2024/01/a', filePath: 'content/articles/2024/01/a.md', data: {}, digest: 'one', assetImports: ['./photo.jpg'] });
    });
    expect(changed).toBe(false);
    expect(list).toContain('photo.jpg');
  });
});
