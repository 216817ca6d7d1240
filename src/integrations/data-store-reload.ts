/**
 * `npm run dev`: a page left 404 (or showing the article as it was) after Astro had read its
 * article again and logged "Reloaded data", until the next change to the content.
 *
 * Pages read the content from a module Astro loads from its data store file
 * (.astro/data-store.json), which it writes again after each change. Once written, Astro
 * invalidates that module as an HMR update (astro/dist/content/vite-plugin-content-virtual-mod.js,
 * invalidateDataStore: invalidateModule(…, true)), and Vite keeps a module loaded while it was
 * invalidated unless the invalidation was not an HMR one (vite/dist/node/chunks/node.js,
 * transformRequest: `if (timestamp > mod.lastInvalidationTimestamp)`, which an HMR update
 * leaves). So when a page was asked for while the store was out of date (an article taken out
 * while Astro reads it again, for an attachment or a picture that changed) and Astro wrote the
 * store again before that load had ended (reading and parsing some megabytes is slow on a busy
 * machine), the load was kept, and every page after read the store of before: the article 404
 * until the next change (tests/dev-server.browser.test.ts's attachment test, under load; with
 * Astro's read of the store slowed by 1.5 s and of an article by 1 s, every time).
 *
 * Here the module is invalidated once more when the watcher reports the file written, not as
 * an HMR update: a load begun before then is not kept, and one kept is thrown away, with the
 * pages that import it. A load begun after reads the file as written.
 *
 * The modules that import it, up to the pages, are thrown away too, as their runner evaluated
 * them, not only Vite's transforms of them: astro/dist/content/data-store.js keeps the store it
 * first read (globalDataStore), and the runner evaluates it, and the modules between it and the
 * pages (runtime.js, astro:content, src/lib/content.ts), anew only when Vite tells it they
 * changed. When Vite had transformed one of them again before the pages asked (its pre-transform
 * of a module's imports, or another request's, on a busy machine), it told them nothing had, and
 * the pages read the store of before the change, the article of a section taken out of
 * sections.yaml on the front page, until the next change (tests/dev-server.browser.test.ts, 2 of
 * 9 cold runs under load: the front page rendered by a src/lib/content.ts evaluated after the
 * store was written, with the data-store.js of before).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isRunnableDevEnvironment, type EnvironmentModuleNode, type Plugin } from 'vite';

/** The module through which Astro's content runtime reads the data store (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

/** A Vite plugin that invalidates `moduleId` and the modules importing it, not as an HMR update, also as evaluated, whenever the watcher reports `file` written. */
export function reloadWhenWritten(file: string, moduleId: string): Plugin {
  return {
    name: 'baodao-reload-when-written',
    apply: 'serve',
    configureServer(server) {
      const written = path.resolve(file);
      const invalidate = (changed: string) => {
        if (path.resolve(changed) !== written) return;
        for (const environment of Object.values(server.environments)) {
          // The module and every module that imports it, up to the pages (Vite's invalidateModule fills `thrown`).
          const thrown = new Set<EnvironmentModuleNode>();
          const module = environment.moduleGraph.getModuleById(moduleId);
          if (module) environment.moduleGraph.invalidateModule(module, thrown);
          if (!isRunnableDevEnvironment(environment)) continue;
          for (const id of [moduleId, ...[...thrown].map((thrownModule) => thrownModule.id)]) {
            const evaluated = id && environment.runner.evaluatedModules.getModuleById(id);
            if (evaluated) environment.runner.evaluatedModules.invalidateModule(evaluated);
          }
        }
      };
      server.watcher.on('add', invalidate);
      server.watcher.on('change', invalidate);
    },
  };
}

/** Astro's data store in `npm run dev` (.astro/data-store.json: Astro's getDataStoreFile, astro is pinned), reloaded as above. */
export default function dataStoreReload(): AstroIntegration {
  return {
    name: 'baodao-data-store-reload',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'dev') return;
        const file = path.join(fileURLToPath(config.root), '.astro', 'data-store.json');
        updateConfig({ vite: { plugins: [reloadWhenWritten(file, DATA_STORE_MODULE)] } });
      },
    },
  };
}
