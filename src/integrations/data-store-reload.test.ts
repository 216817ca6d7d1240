import { renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { createServer, isRunnableDevEnvironment, type Plugin, type ViteDevServer } from 'vite';
import { temporaryFolders } from '../../tests/support/temporary.ts';
import { reloadWhenWritten } from './data-store-reload.ts';

const temporary = temporaryFolders();
const STORE = '\0test:store';
let server: ViteDevServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/**
 * A data store in a folder of its own, written as Astro writes it (a temporary file renamed over
 * it), and a Vite server whose `test:store` module is the store's text, read by `read` (after
 * whatever it waits for), with reloadWhenWritten on; `astroInvalidates` does what Astro does once
 * it has written its store (invalidateDataStore, an HMR invalidation).
 */
async function storeServer(read: (file: string) => Promise<string> = (file) => readFile(file, 'utf8')) {
  const folder = temporary('baodao-data-store-');
  const file = path.join(folder, 'data-store.json');
  const write = (text: string) => {
    writeFileSync(`${file}.tmp`, text);
    renameSync(`${file}.tmp`, file);
  };
  write('"before"');
  const store: Plugin = {
    name: 'test-store',
    resolveId: (id) => (id === 'test:store' ? STORE : undefined),
    load: async (id) => (id === STORE ? `export default ${await read(file)};` : undefined),
  };
  server = await createServer({
    root: folder,
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false },
    plugins: [store, reloadWhenWritten(file, STORE)],
  });
  server.watcher.add(file);
  const ssr = server.environments['ssr']!;
  if (!isRunnableDevEnvironment(ssr)) throw new Error('no runnable ssr environment');
  const astroInvalidates = () => {
    const module = ssr.moduleGraph.getModuleById(STORE)!;
    ssr.moduleGraph.invalidateModule(module, undefined, Date.now(), true);
    const evaluated = ssr.runner.evaluatedModules.getModuleById(STORE);
    if (evaluated) ssr.runner.evaluatedModules.invalidateModule(evaluated);
  };
  return { folder, write, ssr, astroInvalidates };
}

test('a store read while it is written again, and kept by Vite, is read anew once the watcher reports it written', async () => {
  // A load that waits, once it has read the file, for as long as the test holds it: a store of
  // some megabytes read on a busy machine.
  let held: Promise<void> | undefined;
  let hasRead: (() => void) | undefined;
  const { write, ssr, astroInvalidates } = await storeServer(async (file) => {
    const text = await readFile(file, 'utf8');
    hasRead?.();
    await held;
    return text;
  });
  const read = async () => ((await ssr.runner.import('test:store')) as { default: string }).default;
  // The watcher is ready once it reports a write.
  const ready = new Promise((resolve) => server!.watcher.once('change', resolve));
  expect(await read()).toBe('before');
  write('"before"');
  await ready;
  // Astro writes its store at most every 500 ms (SAVE_DEBOUNCE_MS); the watcher drops a second change to a file within 50 ms.
  const debounce = () => new Promise((resolve) => setTimeout(resolve, 600));
  await debounce();

  // An article taken out of the store while Astro reads it again: a page asks, and its load reads that store.
  write('"without the article"');
  astroInvalidates();
  let release!: () => void;
  held = new Promise((resolve) => (release = resolve));
  const readThen = new Promise<void>((resolve) => (hasRead = resolve));
  const asked = read();
  await readThen;
  await debounce();
  // The article set back, and the store written again, while that load is still going on.
  write('"with the article"');
  astroInvalidates();
  release();
  held = undefined;
  // That page had the store it asked for; the pages after it have the one written since.
  expect(await asked).toBe('without the article');
  await expect.poll(read, { timeout: 5_000 }).toBe('with the article');
});

test('the modules between the pages and the store are evaluated anew once the watcher reports it written, though Vite transformed them again before the pages asked', async () => {
  const { folder, write, ssr, astroInvalidates } = await storeServer();
  // As Astro's content runtime: one module keeps the store it first read (astro/dist/content/data-store.js,
  // globalDataStore), one between it and the pages reads through it (runtime.js, astro:content, src/lib/content.ts).
  writeFileSync(path.join(folder, 'data-store.js'), "let instance;\nexport const globalDataStore = { get: () => (instance ??= import('test:store').then((store) => store.default)) };\n");
  writeFileSync(path.join(folder, 'runtime.js'), "import { globalDataStore } from './data-store.js';\nexport const getCollection = () => globalDataStore.get();\n");
  writeFileSync(path.join(folder, 'page.js'), "import { getCollection } from './runtime.js';\nexport const render = () => getCollection();\n");
  const render = async () => ((await ssr.runner.import('/page.js')) as { render: () => Promise<string> }).render();
  const ready = new Promise((resolve) => server!.watcher.once('change', resolve));
  expect(await render()).toBe('before');
  write('"before"');
  await ready;
  await new Promise((resolve) => setTimeout(resolve, 600));

  // The store written without the article, Astro's HMR invalidation, and the watcher's report.
  const reported = new Promise((resolve) => server!.watcher.once('change', resolve));
  write('"without the article"');
  astroInvalidates();
  await reported;
  // Vite transforms the modules between again before the page asks for them (its pre-transform of
  // a module's imports, or another page's request on a busy machine): it then tells the page's
  // runner they have not changed, and the runner kept the module that held the store of before.
  await ssr.transformRequest('/runtime.js');
  await ssr.transformRequest('/data-store.js');
  expect(await render()).toBe('without the article');
});
