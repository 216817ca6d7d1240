/**
 * Astro's glob loader, with front matter read by `readFrontmatter` so that dates keep the
 * meaning editors give them (the site's time zone), and with ids that are the file's path
 * under the folder, without its extension (`2024/01/weifang-minzheng`), tolerant of bad
 * entries in development (see `tolerant`). Bodies are not kept in Astro's content store
 * (their rendered HTML is): with `summaries`, an entry without a summary gets its first
 * paragraph as one.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { readBody } from './article-body.ts';
import { linksAttachment } from './attachments.ts';
import { withBodyPictures } from './body-picture.ts';
import { contentDir, idFromPath, publicDir, type SavedSections } from './content-dir.ts';
import { readFrontmatter, type Frontmatter } from './frontmatter.ts';
import { PICTURE_FILE } from './images.ts';
import { picturePathProblem } from './picture-file.ts';
import { utf8Text } from './utf8-text.ts';
import { buildTime, unpublishedAsWritten, withdrawnAsWritten } from './publish.ts';
import { withSummary } from './summary.ts';
import { publishedAsWritten, topicUnpublishedAsWritten, type Selectable, type WrittenArticle } from './topics.ts';
import { decodePath } from './urls.ts';
import { folderNames } from './written-file.ts';

/** How Astro's image() writes a local picture into an entry's data (astro/dist/content/consts.js). */
const IMAGE_IMPORT_PREFIX = '__ASTRO_IMAGE_';

/** The local pictures of an entry's parsed data, as written (`./photo.jpg`). */
function localPictures(value: unknown): string[] {
  if (typeof value === 'string') return value.startsWith(IMAGE_IMPORT_PREFIX) ? [value.slice(IMAGE_IMPORT_PREFIX.length)] : [];
  if (Array.isArray(value)) return value.flatMap(localPictures);
  if (value && typeof value === 'object') return Object.values(value).flatMap(localPictures);
  return [];
}

/**
 * Whether every local picture of an entry (`sources`, as written beside `filePath`) passes the
 * content check's rule for pictures: Astro reads them only when a page loads, and one that is
 * missing or damaged then fails every page of the preview; one named in another case than its
 * file shows on a Mac or a PC and stops the build on the server. The folder is read anew for
 * each entry: pictures may have been renamed since the last.
 */
async function picturesReadable(sources: string[], filePath: string | undefined): Promise<boolean> {
  if (!filePath) return true;
  const names = folderNames();
  for (const src of sources) {
    if (await picturePathProblem(path.dirname(filePath), { src, written: decodePath(src), within: contentDir() }, names)) return false;
  }
  return true;
}

/**
 * The text Astro's glob loader read of each file, by the front matter object its entry type
 * returned, which the loader hands on to parseData: parseData takes the file from here instead
 * of reading it again, and its front matter as written is parsed once (`writtenOf`). At 10,000
 * articles each read and parse is seconds of `npm run dev`'s start. Weak, so the text goes with
 * the object, also for the files whose digest has not changed and never reach parseData.
 */
const readByAstro = new WeakMap<object, string>();
const parsedByAstro = new WeakMap<object, Frontmatter | undefined>();

/** Remembers `contents` as the text behind `info`'s data (see readByAstro). */
function remember<I>(info: I, contents: string): I {
  const data = (info as { data?: unknown }).data;
  if (data && typeof data === 'object') readByAstro.set(data, contents);
  return info;
}

/** The file's text behind `data`, as Astro read it, or read now (a file Astro could not parse). */
async function contentsOf(data: object, filePath: string): Promise<string> {
  return readByAstro.get(data) ?? readFile(filePath, 'utf8');
}

/** The front matter as written of the file behind `data`, parsed once; undefined where it cannot be read. */
function writtenOf(data: object, contents: string): Frontmatter | undefined {
  if (!parsedByAstro.has(data)) {
    let written: Frontmatter | undefined;
    try {
      written = readFrontmatter(contents);
    } catch {
      written = undefined;
    }
    parsedByAstro.set(data, written);
  }
  return parsedByAstro.get(data);
}

/** The entry types Astro passes to its glob loader beside the public LoaderContext. */
type GlobContext = LoaderContext & {
  entryTypes?: Map<string, { getEntryInfo(params: { contents: string; fileUrl: URL }): unknown }>;
};

/** What an entry type reads from a file: its front matter and its body. */
interface EntryInfo {
  data: Record<string, unknown>;
  body: string;
}

/**
 * An entry readers of this build never see (`unseen`, given its front matter as written) is read
 * for its front matter only: a withdrawn article (撤稿), and in a build a draft, an article
 * dated after the build or a topic none of whose articles is published. Astro would otherwise
 * render its body, compile an .mdx one, and publish every picture it names (cover, poster, a
 * body picture) as a file of the site: an
 * embargoed photo would be online before its article, and a picture a takedown is about would
 * stay online under the name its published copies gave away. So its body is read as empty and
 * an .mdx one is never compiled (no deferred render, whose module would import it);
 * `markdownGlob` leaves its cover and video out of its data. Every build starts from an empty
 * data store (scripts/build-site.ts), so an article read this way before its date (or a topic
 * before its first article's) is read whole by the first build after it, though its file has
 * not changed.
 */
function readingFrontmatterOnly(context: LoaderContext, unseen: (data: Record<string, unknown>) => boolean): LoaderContext {
  const { entryTypes } = context as GlobContext;
  const root = fileURLToPath(context.config.root);
  const skipped = new Set<string>();
  const store = new Proxy(context.store, {
    get(target, property, receiver) {
      if (property === 'set') {
        return (entry: Parameters<typeof target.set>[0]) =>
          target.set(entry.filePath && skipped.has(path.resolve(root, entry.filePath)) ? { ...entry, deferredRender: false } : entry);
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const types =
    entryTypes &&
    new Map(
      [...entryTypes].map(([extension, type]) => [
        extension,
        {
          ...type,
          getEntryInfo: async (params: { contents: string; fileUrl: URL }) => {
            const info = remember((await type.getEntryInfo(params)) as EntryInfo, params.contents);
            const file = fileURLToPath(params.fileUrl);
            if (!unseen(writtenOf(info.data, params.contents)?.data ?? {})) {
              skipped.delete(file);
              return info;
            }
            skipped.add(file);
            return { ...info, body: '' }; // the same data object: what Astro read stays remembered
          },
        },
      ]),
    );
  return { ...context, store, ...(types && { entryTypes: types }) } as LoaderContext;
}

/** Front matter as written (dates as text), or nothing where it cannot be read: the content check names that. */
function asWritten(contents: string): Record<string, unknown> {
  try {
    return readFrontmatter(contents).data;
  } catch {
    return {};
  }
}

/**
 * In development (`npm run dev`, where Astro gives loaders a watcher) an entry that fails to
 * parse (its YAML or its schema), whose file is not UTF-8 (utf8Text, as the content check
 * reads it: a GBK file would show as mojibake), or whose picture cannot be read, is left out,
 * with a line in the terminal, instead of stopping the whole server at start (or failing every
 * page): the editor keeps previewing everything else, and the content check beside it
 * (src/integrations/content-check.ts) says what is wrong. A build never gets here with such
 * an entry: its content check stops first, and without a watcher errors are thrown as ever.
 */
/** How long after a failed read a file is read again (lookAgain): longer than an editor's save takes. */
const SETTLED_MS = 500;

/**
 * Sets `entry` in `store`, deleting first the entry it replaces when that one named pictures.
 * Astro writes the list of the pictures entries import (.astro/content-assets.mjs) again only
 * when an entry names a picture or is deleted: an edit that took an article's last picture out
 * left its import in the list, and once the editor deleted the file every page of the preview
 * failed with Astro's English ImageNotFound until a restart. A deletion has the list written
 * again, from the entries as they are then.
 */
export function replaceEntry(store: DataStore, entry: Parameters<DataStore['set']>[0]): boolean {
  const before = store.get(entry.id);
  if (before?.assetImports?.length && before.digest !== entry.digest) store.delete(entry.id);
  return store.set(entry);
}

/** Astro's list of the pictures entries import in npm run dev (.astro/content-assets.mjs: settings.dotAstroDir, ASSET_IMPORTS_FILE; astro is pinned). */
const PICTURE_LIST = path.join('.astro', 'content-assets.mjs');

/** How Astro's list names an entry's local picture (imageSrcToImportId, astro/dist/assets/utils/resolveImports.js; astro is pinned). Exported for its tests. */
export function pictureImportId(src: string, filePath: string): string {
  return `${src}?${new URLSearchParams({ astroContentImageFlag: '', importer: filePath })}`;
}

/** The pictures Astro's list (`text`) leaves out of `wanted`, and those it names of `files` that are not wanted. */
function pictureListWrong(text: string, wanted: ReadonlySet<string>, files: ReadonlySet<string>): string[] {
  const listed = [...text.matchAll(/^import \w+ from ("(?:[^"\\]|\\.)*");$/gm)].map(([, id]) => JSON.parse(id!) as string);
  const stale = listed.filter((id) => !wanted.has(id) && files.has(importerOf(id)));
  return [...[...wanted].filter((id) => !listed.includes(id)), ...stale];
}

/** The entry file a picture of Astro's list was named by (`importer`). */
function importerOf(id: string): string {
  return new URLSearchParams(id.slice(id.indexOf('?') + 1)).get('importer') ?? '';
}

/**
 * Astro writes its list of the pictures entries import a moment after each change (debounced),
 * and a write asked for while another is under way is lost: written with the data of the one
 * under way (MutableDataStore's #writeFileAtomic: `#pending`, then the first call's `data` again;
 * withastro/astro#15672), or skipped as written (writeAssetImports clears `#assetsDirty` once the
 * one under way ends, after the change had set it). On a busy machine a picture copied in, its article read
 * again and set while the list was being written for the articles left out just before, stayed
 * out of the list: the article's page failed with Astro's English LocalImageUsedWrongly until
 * the next change (tests/dev-server.browser.test.ts, 1 in 15–20 cold runs under load; every time
 * with each write of the list slowed by 1.5 s). A picture taken out could stay in it the same way,
 * and every page fail with ImageNotFound. So once writes have settled after an entry is set or
 * taken out, the list is read back, and while it does not name the pictures of this collection's
 * entries as they are, Astro is asked to write it again (it writes it from all entries then, and
 * skips a write that changes nothing). Returns what the store calls at each change.
 */
function pictureListKept(context: LoaderContext): (filePath?: string) => void {
  const list = path.join(fileURLToPath(context.config.root), PICTURE_LIST);
  // The scoped store has Astro's addAssetImport, not in DataStore's public type (astro is pinned).
  const store = context.store as DataStore & { addAssetImport: (src: string, filePath?: string) => void };
  /** The files of the entries set or taken out here: their pictures in the list are this collection's. */
  const files = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let asked = 0;
  const check = async () => {
    timer = undefined;
    const wanted = new Set<string>();
    for (const { filePath, assetImports } of store.values()) {
      for (const src of filePath ? (assetImports ?? []) : []) wanted.add(pictureImportId(src, filePath!));
    }
    const text = await readFile(list, 'utf8').catch(() => undefined);
    const [wrong] = text === undefined ? [] : pictureListWrong(text, wanted, files);
    if (wrong === undefined || asked >= LIST_ASKS) {
      asked = 0;
      return;
    }
    asked += 1;
    // Any picture will do: Astro lists them anew from the entries as they are.
    store.addAssetImport(wrong.slice(0, wrong.indexOf('?')), importerOf(wrong));
    later();
  };
  // Each time later: asked while a write is under way, Astro writes that write's data once more.
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void check(), (SETTLED_MS + ASTRO_SAVE_MS) * 2 ** Math.min(asked, 4)).unref();
  };
  return (filePath?: string) => {
    if (filePath) files.add(filePath);
    asked = 0;
    later();
  };
}

/** Astro's delay before it writes its store and lists after a change (SAVE_DEBOUNCE_MS, astro/dist/content/mutable-data-store.js). */
const ASTRO_SAVE_MS = 500;
/** How many times in a row Astro is asked to write its list of pictures again before this gives up until the next change. */
const LIST_ASKS = 10;

/**
 * A picture added, replaced, renamed or deleted changes no entry's text, so Astro reads no entry
 * again. An article left out for a picture not there yet stayed out once the editor copied it in
 * (and the content check, passing, no longer said why); one whose picture was deleted or renamed
 * kept it among Astro's imports, and every page of the preview failed with Astro's English
 * ImageNotFound until a restart. So a picture that comes or changes has the entries left out
 * (`invalid`, their files) read again, and one that goes has the entries showing it read again,
 * taken out of the store first (Astro skips a file whose text it has read), to be left out.
 */
function picturesChanged(context: LoaderContext, invalid: ReadonlyMap<string, string | undefined>): () => number {
  const { watcher, store } = context;
  let events = 0;
  if (!watcher) return () => events;
  const root = fileURLToPath(context.config.root);
  watcher.on('all', (event, file) => {
    // Pictures only: an editor's swap and backup files (.x.md.swp, x.md~) come and go at every save.
    if (!PICTURE_FILE.test(file)) return;
    events += 1;
    if (event === 'add' || event === 'change') {
      for (const entryFile of invalid.values()) if (entryFile) watcher.emit('change', entryFile);
    } else if (event === 'unlink') {
      for (const { id, filePath, assetImports } of store.values()) {
        if (!filePath || !assetImports?.some((src) => path.resolve(root, path.dirname(filePath), src) === file)) continue;
        store.delete(id);
        watcher.emit('change', path.resolve(root, filePath));
      }
    }
  });
  return () => events;
}

/**
 * An attachment (public/files/…) added, replaced or deleted changes no entry's text either, but
 * the note after each link to it (（PDF，179 KB）, attachmentLinks in markdown-plugins.ts) is
 * written when the body is rendered: the preview kept the old file's size after a new one was
 * copied over it, the note of a file since deleted, and no note for one copied in after its
 * link, until the article was saved again. So the entries whose bodies link the file are read
 * again, taken out of the store first (Astro skips a file whose text it has read); an .mdx body,
 * compiled on request and not kept in the store, is looked for in its file. Returns what the
 * store calls once an entry is set back (or left out, `tolerant`): an attachment that changed
 * while Astro read that entry again may have been read before it changed, and the entry, out
 * of the store then, was not found for it (a file deleted and copied back within the seconds a
 * busy machine takes to render a long article kept no note): it is read once more.
 */
export function attachmentsChanged(context: LoaderContext): (id: string) => void {
  const { watcher, store } = context;
  if (!watcher) return () => undefined;
  const root = fileURLToPath(context.config.root);
  const files = path.join(publicDir(), 'files');
  /** The body whose links an entry's notes follow: its rendered HTML, or an .mdx file's text. */
  const bodyOf = (entryFile: string, rendered: { html: string } | undefined) =>
    rendered?.html ?? (entryFile.endsWith('.mdx') ? readIfThere(entryFile) : '');
  /** The entries out of the store while Astro reads them again, by id: their file, and the attachments changed since (addresses). */
  const reading = new Map<string, { entryFile: string; changed: Set<string> }>();
  const readAgain = (id: string, entryFile: string) => {
    store.delete(id);
    reading.set(id, { entryFile, changed: new Set() });
    watcher.emit('change', entryFile);
  };
  const reread = (address: string) => {
    for (const { changed } of reading.values()) changed.add(address);
    for (const { id, filePath, rendered } of store.values()) {
      if (!filePath) continue;
      const entryFile = path.resolve(root, filePath);
      if (linksAttachment(bodyOf(entryFile, rendered), address)) readAgain(id, entryFile);
    }
  };
  // A copy is written in steps, each a change (the first of an empty file): the body is read once
  // they have settled, or it showed the size half-way (1 KB).
  const settling = new Map<string, ReturnType<typeof setTimeout>>();
  watcher.on('all', (event, file) => {
    const rel = path.relative(files, file);
    if (!['add', 'change', 'unlink'].includes(event) || rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return;
    const address = `/files/${rel.split(path.sep).join('/')}`;
    clearTimeout(settling.get(address));
    settling.set(
      address,
      setTimeout(() => {
        settling.delete(address);
        reread(address);
      }, SETTLED_MS).unref(),
    );
  });
  return (id) => {
    const read = reading.get(id);
    if (!read) return;
    reading.delete(id);
    const entry = store.get(id);
    // Left out (a mistake in it): read whole once it is put right, with the files as they are then.
    if (!entry) return;
    if ([...read.changed].some((address) => linksAttachment(bodyOf(read.entryFile, entry.rendered), address))) readAgain(id, read.entryFile);
  };
}

/**
 * Runs `then` when `file` is saved, and again once writes have settled (`settled`): an editor's
 * program empties a file, then writes it, and the watcher may report only the first (see lookAgain).
 */
function whenSaved(watcher: NonNullable<LoaderContext['watcher']>, file: string, then: (settled: boolean) => void): void {
  watcher.on('all', (event, changed) => {
    if (path.resolve(changed) !== path.resolve(file) || !['add', 'change'].includes(event)) return;
    then(false);
    setTimeout(() => then(true), SETTLED_MS).unref();
  });
}

/**
 * A section added to or taken out of sections.yaml changes no article's text, so Astro reads no
 * article again: one left out for a section that did not exist yet stayed out once the editor
 * added it (the content check, passing, no longer said why), and one whose section had gone
 * stayed in, and every page of the preview failed (buildSiteIndex: unknown section). So a save
 * of the file that changes the sections' ids has the entries left out (`invalid`) read again,
 * and one of any save has those in a section no longer there taken out of the store and read
 * again, to be left out (the article's schema reads the sections as saved: savedSections). Only
 * then: each save is looked at twice (whenSaved), and each look had every article left out read
 * again, 10,000 at a time once a mistake that left them all out at the server's start was fixed.
 * Once writes have settled, those left out since the first look are read again too: an article
 * saved with the section it names may have been checked against the sections before.
 */
export function sectionsChanged(context: LoaderContext, invalid: ReadonlyMap<string, string | undefined>, sections: SavedSections): void {
  const { watcher, store } = context;
  if (!watcher) return;
  const root = fileURLToPath(context.config.root);
  const idsOf = () => new Set(sections.list().map(({ id }) => id));
  let ids = idsOf();
  let leftOut = new Set<string>();
  whenSaved(watcher, sections.file, (settled) => {
    const before = ids;
    ids = idsOf();
    const changed = ids.size !== before.size || [...ids].some((id) => !before.has(id));
    for (const [id, entryFile] of invalid) if (entryFile && (changed || (settled && !leftOut.has(id)))) watcher.emit('change', entryFile);
    leftOut = new Set(invalid.keys());
    for (const { id, filePath, data } of store.values()) {
      if (!filePath || ids.has(String(data['section']))) continue;
      store.delete(id);
      watcher.emit('change', path.resolve(root, filePath));
    }
  });
}

/**
 * content/sections.yaml as a collection: the list the articles' section is checked against
 * (savedSections), read again at each save in development. Astro's file loader read it apart:
 * emptied the collection before reading it, and a section with a mistake, or a save read
 * half-written, left it without the sections from there on, though the articles still named
 * them, and every page of the preview failed until the next save; a new section was there for
 * the pages, not for the articles' check. A list that cannot be read keeps the last one: the
 * content check names the mistake. A build reads it once, checked before it starts.
 */
export function sectionsFile(sections: SavedSections): Loader {
  return {
    name: 'baodao-sections',
    load: async ({ store, parseData, generateDigest, watcher, config }) => {
      const filePath = path.relative(fileURLToPath(config.root), sections.file).split(path.sep).join('/');
      const sync = async () => {
        const list = sections.list();
        const parsed = await Promise.all(list.map(async (section) => ({ id: section.id, data: await parseData({ id: section.id, data: { ...section } }) })));
        for (const id of store.keys()) if (!parsed.some((section) => section.id === id)) store.delete(id);
        // With a digest, as the site's arrangement is kept by its entries' digests (src/lib/content.ts): a section renamed is one changed.
        for (const { id, data } of parsed) store.set({ id, data, filePath, digest: generateDigest(data) });
      };
      await sync();
      if (watcher) {
        watcher.add(sections.file);
        whenSaved(watcher, sections.file, () => void sync());
      }
    },
  };
}

/** A file's text, or nothing when it has gone since the store read it (the watcher says so). */
function readIfThere(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/**
 * `context` with `parse` as its parseData: in development an entry it cannot read is left out
 * (see above), and read again when what it waited for comes (picturesChanged, sectionsChanged,
 * attachmentsChanged, lookAgain); in a build, `parse` itself. Exported for its tests.
 */
export function tolerant(context: LoaderContext, parse: LoaderContext['parseData'], sections?: SavedSections): LoaderContext {
  if (!context.watcher) return { ...context, parseData: parse };
  /** The entries left out, by id, with the file each was read from (see picturesChanged). */
  const invalid = new Map<string, string | undefined>();
  const setBack = attachmentsChanged(context);
  const picturesSeen = picturesChanged(context, invalid);
  const listChanged = pictureListKept(context);
  const store = new Proxy(context.store, {
    get(target, property, receiver) {
      if (property === 'set') {
        return (entry: Parameters<typeof target.set>[0]) => {
          let set = false;
          const before = target.get(entry.id);
          if (invalid.has(entry.id)) target.delete(entry.id);
          else set = replaceEntry(target, entry);
          if (before?.assetImports?.length || target.get(entry.id)?.assetImports?.length) listChanged(entry.filePath ?? before?.filePath);
          setBack(entry.id);
          return set;
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const parseData: LoaderContext['parseData'] = async (props) => {
    const pictures = picturesSeen();
    try {
      // Astro decoded the file as UTF-8, each byte that is not as U+FFFD: only a text with one
      // needs its bytes read again to tell a GBK file from a U+FFFD written on purpose.
      if (props.filePath && (await contentsOf(props.data, props.filePath)).includes('\uFFFD') && utf8Text(await readFile(props.filePath)) === undefined) {
        throw new Error('not UTF-8');
      }
      const data = await parse(props);
      if (!(await picturesReadable(localPictures(data), props.filePath))) throw new Error('unreadable picture');
      invalid.delete(props.id);
      return data;
    } catch {
      invalid.set(props.id, props.filePath);
      const file = props.filePath ? path.relative(process.cwd(), props.filePath) : props.id;
      context.logger.warn(`${file} 有错误，开发服务器暂不显示它（错误见“内容检查”）`);
      if (props.filePath) lookAgain(props.filePath, await contentsOf(props.data, props.filePath).catch(() => undefined), pictures);
      return props.data;
    }
  };
  /**
   * A save read half-written: an editor's program empties the file, then writes it, and the
   * watcher may report only the first (on a busy machine the article then stayed out of the
   * preview, as 有错误, until the next save). Once writes have settled, a file that now holds
   * other text than the one read is reported changed again, so Astro reads it anew. So is one
   * during whose reading a picture came or changed (`pictures`, the picture events heard before
   * it): a picture copied in is read while it is written, or a read begun before it came ends
   * after the one its coming asked for, and on a busy machine the article stayed out of the
   * preview for good, its picture there (picturesChanged asks at each event, not after the last).
   */
  const lookAgain = (filePath: string, read: string | undefined, pictures: number) => {
    setTimeout(() => {
      readFile(filePath, 'utf8').then(
        (now) => (now !== read || picturesSeen() !== pictures) && context.watcher?.emit('change', filePath),
        () => undefined, // gone: the watcher says so
      );
    }, SETTLED_MS).unref();
  };
  if (sections) sectionsChanged(context, invalid, sections);
  // Astro reads the front matter itself before parseData, with the entry types it gives its
  // glob loader (not in LoaderContext's public type; astro is pinned): a YAML error there
  // would stop the server, so it gets nothing, and parseData, parsing the text Astro read, finds it.
  const { entryTypes } = context as GlobContext;
  const forgiving = entryTypes && new Map(
    [...entryTypes].map(([extension, type]) => [
      extension,
      {
        ...type,
        getEntryInfo: async (params: { contents: string; fileUrl: URL }) => {
          try {
            return remember(await type.getEntryInfo(params), params.contents);
          } catch {
            return remember({ data: {}, body: '', slug: '', rawData: '' }, params.contents);
          }
        },
      },
    ]),
  );
  return { ...context, store, parseData, ...(forgiving && { entryTypes: forgiving }) } as LoaderContext;
}

/**
 * `context` without Astro's glob loader's English warnings about a folder that is not there or
 * holds no file: a newsroom may have no topics, people or 单页 yet, and needs no word about it
 * (a folder the site cannot do without, articles/, is named by the content check).
 */
export function quietAboutEmptyFolders(context: LoaderContext): LoaderContext {
  const logger = Object.create(context.logger) as LoaderContext['logger'];
  logger.warn = (message) => {
    if (!/^The base directory ".*" does not exist\.$|^No files found matching /.test(message)) context.logger.warn(message);
  };
  return { ...context, logger };
}

/** Astro's glob loader for YAML files (people), tolerant in development. */
export function yamlGlob(options: { pattern: string; base: string }): Loader {
  const inner = glob({ ...options, generateId: ({ entry }) => idFromPath(entry) });
  return { name: 'baodao-yaml', load: (context) => inner.load(tolerant(quietAboutEmptyFolders(context), context.parseData)) };
}

/** An unseen entry's front matter without its pictures (see readingFrontmatterOnly), and without a body. */
function frontmatterOnly({ data }: EntryInfo): EntryInfo {
  const { cover, video, ...rest } = data;
  return { data: rest, body: '' };
}

/** The articles (.md, .mdx) anywhere under `folder`, with their front matter as written; one that cannot be read has none. */
function articlesAsWritten(folder: string): WrittenArticle[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((rel) => /\.mdx?$/.test(rel))
    .map((rel) => ({ id: idFromPath(rel.split(path.sep).join('/')), data: asWritten(readFileSync(path.join(folder, rel), 'utf8')) }));
}

/**
 * Whether a build shows readers nothing of a topic that selects from the articles of `folder`
 * (topicUnpublishedAsWritten). The articles are read once, for the first topic asked about.
 */
function topicUnseen({ articles, timeZone }: { articles: string; timeZone: string }, now: Date): (data: Record<string, unknown>) => boolean {
  let published: Selectable<unknown> | undefined;
  return (data) => topicUnpublishedAsWritten(data, (published ??= publishedAsWritten(articlesAsWritten(articles), now, timeZone)), timeZone);
}

/**
 * Astro's glob loader for Markdown and MDX (articles, topics, pages), tolerant in development.
 * `summaries`: an entry without `summary` gets its first paragraph. `bodyPictures`: an entry
 * without a cover or a video gets its body's pictures, to share one (body-picture.ts).
 * `scheduledIn`: the time zone in which an entry's `date` is read to schedule it (articles). `sections` (articles): the
 * sections their schema checks them against, after a change of which they are read again (sectionsChanged). `selecting` (topics): the folder
 * of the articles entries select and its time zone; in a build, a topic that readers do not get
 * (none of its articles published, src/lib/topics.ts) is read as a draft is, for its front
 * matter only. `site`: the site's address, with which the content check reads bodies (a link
 * written with it is one of the site's own). Development shows drafts and scheduled articles in full, marked (and so the
 * topics waiting for them); only a withdrawn article is never read there either.
 */
export function markdownGlob({
  summaries = false,
  bodyPictures = false,
  scheduledIn,
  sections,
  selecting,
  site,
  ...options
}: {
  pattern: string;
  base: string;
  summaries?: boolean;
  bodyPictures?: boolean;
  scheduledIn?: string;
  sections?: SavedSections;
  selecting?: { articles: string; timeZone: string };
  site?: string | undefined;
}): Loader {
  const inner = glob({ ...options, retainBody: false, generateId: ({ entry }) => idFromPath(entry) });
  return {
    name: 'baodao-markdown',
    load: (loaded) => {
      const context = quietAboutEmptyFolders(loaded);
      const now = buildTime();
      const waiting = selecting && !context.watcher ? topicUnseen(selecting, now) : () => false;
      const unseen = (data: Record<string, unknown>) =>
        context.watcher ? withdrawnAsWritten(data) : unpublishedAsWritten(data, now, scheduledIn) || waiting(data);
      return inner.load(
        tolerant(readingFrontmatterOnly(context, unseen), async (props) => {
          if (!props.filePath) return context.parseData(props);
          const contents = await contentsOf(props.data, props.filePath);
          const written = writtenOf(props.data, contents) ?? readFrontmatter(contents); // the latter throws what is wrong
          const { data, body } = unseen(written.data) ? frontmatterOnly(written) : written;
          // In development, a body the content check names a problem in is left out, by the check's
          // own reading of it (readBody; its links, which the preview does not need, are not
          // resolved against the other articles as the check resolves them): an .mdx one that does not compile
          // would otherwise fail its page with Astro's English MDXError. So is one with a picture
          // that cannot be read. (A build is checked before it starts.)
          if (context.watcher) {
            const report = readBody(body, { mdx: props.filePath.endsWith('.mdx'), lineOffset: 0, folder: '', draft: data['draft'] === true, site });
            if (report.problems.length > 0) throw new Error(report.problems[0]!.message);
            if (!(await picturesReadable(report.images.map((image) => image.src), props.filePath))) throw new Error('unreadable picture');
          }
          const read = summaries ? withSummary(data, body) : data;
          return context.parseData({ ...props, data: (bodyPictures ? withBodyPictures(read, body, { mdx: props.filePath.endsWith('.mdx') }) : read) as typeof props.data });
        }, sections),
      );
    },
  };
}
