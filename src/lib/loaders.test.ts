import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, promises as fsPromises, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
// Astro's store itself, which its package does not export (astro is pinned).
import { MutableDataStore } from '../../node_modules/astro/dist/content/mutable-data-store.js';
import { imageSrcToImportId } from '../../node_modules/astro/dist/assets/utils/resolveImports.js';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { temporaryFolders } from '../../tests/support/temporary.ts';
import { savedSections } from './content-dir.ts';
import { attachmentsChanged, pictureImportId, replaceEntry, sectionsChanged, sectionsFile, tolerant } from './loaders.ts';

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
    // The store also writes it again a moment after the edit: once its folder was deleted, that
    // write failed the file's run when a later test kept it open so long.
    await data.waitUntilSaveComplete();
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

describe('attachmentsChanged', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
  });

  /**
   * An articles store, npm run dev's watcher (the file events it hears, 'all', and the articles
   * it is told to read again, 'change', in `asked`) and what attachmentsChanged gives: `setBack`,
   * called as Astro sets an article back after reading it.
   */
  function watched() {
    vi.useFakeTimers();
    vi.stubEnv('BAODAO_PUBLIC', '/site/public');
    const store = new MutableDataStore().scopedStore('articles');
    const watcher = new EventEmitter();
    const asked: string[] = [];
    watcher.on('change', (file: string) => asked.push(file));
    const setBack = attachmentsChanged({ watcher, store, config: { root: new URL('file:///site/') } } as unknown as LoaderContext);
    return { store, watcher, asked, setBack };
  }

  test('an attachment that comes back while its article is read again has the article read once more, once set back', () => {
    const { store, watcher, asked, setBack } = watched();
    const pdf = '/site/public/files/2024/01/a.pdf';
    const article = (note: string) => ({
      id: '2024/01/a',
      filePath: 'content/articles/2024/01/a.md',
      data: {},
      digest: note,
      rendered: { html: `<li><a href="/files/2024/01/a.pdf">判决书</a><span class="file-note">${note}</span></li>`, metadata: {} },
    });
    store.set(article('（PDF，1 KB）'));

    watcher.emit('all', 'unlink', pdf);
    vi.advanceTimersByTime(500);
    expect(asked).toEqual(['/site/content/articles/2024/01/a.md']);
    expect(store.has('2024/01/a')).toBe(false);
    // Copied back while Astro still reads the article (seconds, on a busy machine): nothing in the store links it.
    watcher.emit('all', 'add', pdf);
    vi.advanceTimersByTime(500);
    expect(asked).toHaveLength(1);
    // Astro sets the article back as it read it, before the file came back: without its note.
    store.set(article(''));
    setBack('2024/01/a');
    expect(asked).toEqual(['/site/content/articles/2024/01/a.md', '/site/content/articles/2024/01/a.md']);
    expect(store.has('2024/01/a')).toBe(false);
    // Read with the file there, nothing changed since: it stays.
    store.set(article('（PDF，1 KB）'));
    setBack('2024/01/a');
    expect(asked).toHaveLength(2);
    expect(store.has('2024/01/a')).toBe(true);
  });

  test('an article set back with no attachment it links changed while it was read, or one left out, is not read again', () => {
    const { store, watcher, asked, setBack } = watched();
    const linking = (id: string) => ({ id, filePath: `content/articles/${id}.md`, data: {}, digest: id, rendered: { html: '<a href="/files/x.pdf">x</a>', metadata: {} } });
    store.set(linking('2024/01/a'));
    store.set(linking('2024/01/b'));
    watcher.emit('all', 'change', '/site/public/files/x.pdf');
    vi.advanceTimersByTime(500);
    expect(asked).toHaveLength(2);
    // While they are read, a file neither links changes: neither is read again for it.
    watcher.emit('all', 'change', '/site/public/files/other.pdf');
    vi.advanceTimersByTime(500);
    store.set(linking('2024/01/a'));
    setBack('2024/01/a');
    // b is left out (a mistake in it): the store does not hold it.
    setBack('2024/01/b');
    watcher.emit('all', 'change', '/site/public/files/other.pdf');
    vi.advanceTimersByTime(500);
    setBack('2024/01/b');
    expect(asked).toHaveLength(2);
    expect(store.has('2024/01/a')).toBe(true);
  });
});

describe('an article left out for its picture in development', () => {
  const folder = temporaryFolders();
  afterEach(() => vi.unstubAllEnvs());

  /**
   * An article naming ./photo.jpg, not there, read by what tolerant makes of npm run dev's loader
   * context (its watcher: what it hears, 'all'; the files it is told to read again, 'change', in
   * `asked`); `during` runs while the article is read, before its picture is looked for.
   */
  async function leftOut(during: (watcher: EventEmitter, picture: string) => void) {
    const dir = folder('baodao-picture-');
    vi.stubEnv('BAODAO_CONTENT', dir);
    vi.stubEnv('BAODAO_PUBLIC', path.join(dir, 'public'));
    const article = path.join(dir, 'a.md');
    writeFileSync(article, '---\ntitle: 甲\ncover:\n  image: ./photo.jpg\n---\n');
    const watcher = new EventEmitter();
    const asked: string[] = [];
    watcher.on('change', (file: string) => asked.push(file));
    const context = tolerant(
      {
        watcher,
        store: new MutableDataStore().scopedStore('articles'),
        config: { root: pathToFileURL(`${dir}/`) },
        logger: { warn: () => undefined },
      } as unknown as LoaderContext,
      (async () => {
        during(watcher, path.join(dir, 'photo.jpg'));
        return { cover: { image: '__ASTRO_IMAGE_./photo.jpg' } };
      }) as LoaderContext['parseData'],
    );
    await context.parseData({ id: 'a', data: {}, filePath: article });
    await new Promise((resolve) => setTimeout(resolve, 800));
    return { asked, article };
  }

  test('a picture that comes while the article is read has it read again once writes have settled', async () => {
    // Heard, but its bytes not yet there when the article looks for it (a copy under way, or a read
    // begun before it came that ends after the one its coming asked for): left out, and never read again.
    const { asked, article } = await leftOut((watcher, picture) => watcher.emit('all', 'add', picture));
    expect(asked).toEqual([article]);
  });

  test('with no picture heard of since it was read, it is not read again', async () => {
    const { asked } = await leftOut(() => undefined);
    expect(asked).toEqual([]);
  });
});

describe('Astro’s list of pictures in development', () => {
  const folder = temporaryFolders();
  afterEach(() => vi.restoreAllMocks());

  test('a picture is looked for in the list by the name Astro gives it there', () => {
    // Otherwise the list would never be found right, and Astro asked again and again to write it.
    for (const [src, filePath] of [['./houlai-timu.jpg', '.build/dev-content/articles/2025/06/a.md'], ['./现场 照片.JPG', 'content/articles/2024/01/b c.md']] as const) {
      expect(pictureImportId(src, filePath)).toBe(imageSrcToImportId(src, filePath));
    }
  });

  test('a picture whose article is set while the list is being written for an earlier change is listed once writes have settled', async () => {
    const dir = folder('baodao-picture-list-');
    mkdirSync(path.join(dir, '.astro'));
    const list = path.join(dir, '.astro', 'content-assets.mjs');
    const data = new MutableDataStore();
    const articles = data.scopedStore('articles');
    articles.set({ id: '2024/01/b', filePath: 'content/articles/2024/01/b.md', data: {}, digest: 'b', assetImports: ['./other.jpg'] });
    articles.set({ id: '2024/01/c', filePath: 'content/articles/2024/01/c.md', data: {}, digest: 'c', assetImports: ['./left-out.jpg'] });
    await data.writeAssetImports(pathToFileURL(list));
    const context = tolerant(
      { watcher: new EventEmitter(), store: articles, config: { root: pathToFileURL(`${dir}/`) }, logger: { warn: () => undefined } } as unknown as LoaderContext,
      (async () => ({})) as LoaderContext['parseData'],
    );
    // Astro writes the list for an earlier change (an article left out, taken out of the store),
    // slowly, as on a busy machine: held before it renames the written list into place.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const rename = fsPromises.rename.bind(fsPromises);
    vi.spyOn(fsPromises, 'rename').mockImplementationOnce(async (...args) => {
      await held;
      return rename(...args);
    });
    articles.delete('2024/01/c');
    const earlier = data.writeAssetImports(pathToFileURL(list));
    // Meanwhile the picture is copied in and its article read again and set: Astro's write of the
    // list for it comes while the earlier one is under way, and is written with that one's data.
    context.store.set({ id: '2024/01/a', filePath: 'content/articles/2024/01/a.md', data: {}, digest: 'a', assetImports: ['./photo.jpg'] });
    await new Promise((resolve) => setTimeout(resolve, 800));
    release();
    await earlier;
    await expect.poll(() => readFileSync(list, 'utf8'), { timeout: 5_000 }).toContain('photo.jpg');
    expect(readFileSync(list, 'utf8')).toContain('other.jpg');
    expect(readFileSync(list, 'utf8')).not.toContain('left-out.jpg');
    await data.waitUntilSaveComplete();
  });
});

describe('sections.yaml saved in development', () => {
  const folder = temporaryFolders();
  const today = '- id: today\n  name: 今日资讯\n  order: 1\n';
  const law = '- id: law\n  name: 法治要闻\n  order: 2\n';
  afterEach(() => vi.useRealTimers());

  /** A content folder whose sections.yaml holds `text`, npm run dev's watcher (what it hears, 'all'; the files it is told to read again, 'change'), and a save of the file. */
  function dev(text: string) {
    const dir = folder('baodao-sections-');
    const file = path.join(dir, 'sections.yaml');
    writeFileSync(file, text);
    const watcher = Object.assign(new EventEmitter(), { add: () => undefined });
    const asked: string[] = [];
    watcher.on('change', (changed: string) => asked.push(changed));
    const store = new MutableDataStore().scopedStore('articles');
    const context = { watcher, store, config: { root: pathToFileURL(`${dir}/`) } } as unknown as LoaderContext;
    const save = (now: string) => {
      writeFileSync(file, now);
      watcher.emit('all', 'change', file);
    };
    return { sections: savedSections(dir, { development: true }), context, store, asked, save };
  }

  test('the articles left out are read again once when the sections’ ids change, not at a save that keeps them', () => {
    vi.useFakeTimers();
    const { sections, context, asked, save } = dev(today);
    const invalid = new Map([['2026/11/a', '/site/content/articles/2026/11/a.md']]);
    sectionsChanged(context, invalid, sections);
    save(today.replace('今日资讯', '今日要闻'));
    vi.advanceTimersByTime(500);
    expect(asked).toEqual([]);
    // Written in two steps, the first of an empty file (a list that cannot be read keeps the last).
    save('');
    save(today + law);
    vi.advanceTimersByTime(500);
    expect(asked).toEqual(['/site/content/articles/2026/11/a.md']);
  });

  test('once writes have settled, an article left out since the save is read again: it may have been checked against the sections before', () => {
    vi.useFakeTimers();
    const { sections, context, asked, save } = dev(today);
    const invalid = new Map<string, string>();
    sectionsChanged(context, invalid, sections);
    save(today + law);
    invalid.set('2026/11/b', '/site/content/articles/2026/11/b.md');
    vi.advanceTimersByTime(500);
    expect(asked).toEqual(['/site/content/articles/2026/11/b.md']);
  });

  test('an article in a section taken out is taken out of the store and read again, to be left out', () => {
    vi.useFakeTimers();
    const { sections, context, store, asked, save } = dev(today + law);
    store.set({ id: '2026/11/c', filePath: 'content/articles/2026/11/c.md', data: { section: 'law' }, digest: 'c' });
    store.set({ id: '2026/11/d', filePath: 'content/articles/2026/11/d.md', data: { section: 'today' }, digest: 'd' });
    sectionsChanged(context, new Map(), sections);
    save(today);
    expect(store.has('2026/11/c')).toBe(false);
    expect(store.has('2026/11/d')).toBe(true);
    expect(asked).toEqual([path.resolve(fileURLToPath(context.config.root), 'content/articles/2026/11/c.md')]);
  });

  test('a section renamed or moved is a section changed: its digest, by which the preview keeps the site’s arrangement, is another', async () => {
    const { sections, context, save } = dev(today + law);
    const store = new MutableDataStore().scopedStore('sections');
    const digests = () => ['today', 'law'].map((id) => store.get(id)?.digest);
    await sectionsFile(sections).load({ ...context, store, parseData: async ({ data }) => data, generateDigest: (data) => JSON.stringify(data) } as LoaderContext);
    const first = digests();
    expect(first).not.toContain(undefined);
    save(today.replace('今日资讯', '今日要闻') + law);
    await vi.waitFor(() => expect(store.get('today')?.data['name']).toBe('今日要闻'));
    const renamed = digests();
    expect(renamed[0]).not.toBe(first[0]);
    expect(renamed[1]).toBe(first[1]);
    save(today.replace('今日资讯', '今日要闻') + law.replace('order: 2', 'order: 0'));
    await vi.waitFor(() => expect(store.get('law')?.data['order']).toBe(0));
    expect(digests()[1]).not.toBe(renamed[1]);
  });
});
