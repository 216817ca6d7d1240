/**
 * The built site's Pagefind index, run inside Node:
 * pagefind.js imported from the built site, `fetch` answered from the built files, and a
 * `document` whose <html lang> is zh-CN (Pagefind 1.6 reads it with querySelector('html')).
 * The search itself is the site's own SearchEngine, the code the search page runs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SearchEngine, openIndex, type Manifest, type PagefindApi } from '../../src/lib/search-engine.ts';
import { SITE } from './site.ts';

let loads = 0;

function installShim(site: string) {
  const html = { lang: 'zh-CN', getAttribute: (name: string) => (name === 'lang' ? 'zh-CN' : null) };
  Object.assign(globalThis, {
    document: { currentScript: null, documentElement: html, querySelector: (s: string) => (s === 'html' ? html : null) },
  });
  globalThis.fetch = async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const file = url.startsWith('file:') ? fileURLToPath(url.split('?')[0]!) : path.join(site, url.split('?')[0]!);
    try {
      return new Response(readFileSync(file));
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
}

export function readManifest(site = SITE): Manifest {
  return JSON.parse(readFileSync(path.join(site, 'pagefind/parts.json'), 'utf8')) as Manifest;
}

/** Opens the site's merged index in Node; each call gets a fresh Pagefind module. */
/** The words of every search an engine from openSiteSearch has asked Pagefind for, in order (null: a filter alone). */
export const searched: (string | null)[] = [];

export async function openSiteSearch(site = SITE): Promise<SearchEngine> {
  installShim(site);
  const pagefind = await openIndex(readManifest(site), async (url) => {
    const file = pathToFileURL(path.join(site, url)).href;
    return (await import(`${file}?load=${loads++}`)) as PagefindApi;
  });
  return new SearchEngine({
    ...pagefind,
    search: (term, options) => {
      searched.push(term);
      return pagefind.search(term, options);
    },
  });
}
