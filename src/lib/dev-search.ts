/**
 * In `npm run dev`, the search index the server serves: the last build's
 * (src/integrations/search-index.ts), so that the search page can say how old it is. The
 * integration and the pages are loaded by different module loaders of one process, so the
 * file is kept on globalThis, as in dev-problems.ts.
 */
import { existsSync, statSync } from 'node:fs';

const KEY = Symbol.for('baodao.devSearchIndex');
type Holder = { [KEY]?: string };

/** Where the index's list of parts is, as the server serves it. */
export function setDevSearchIndex(manifest: string): void {
  (globalThis as Holder)[KEY] = manifest;
}

/** When the index the preview serves was written, or undefined without one (no build yet). */
export function devSearchIndexBuilt(): Date | undefined {
  const manifest = (globalThis as Holder)[KEY];
  return manifest && existsSync(manifest) ? statSync(manifest).mtime : undefined;
}
