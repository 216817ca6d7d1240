/**
 * A worker that converts the search page's queries to simplified characters (simplifiedQuery):
 * its own script, so OpenCC's tables (~37 KB compressed) are fetched when the page first asks,
 * never with the page, and without a loader for on-demand modules in the page's script.
 */
import { simplifiedQuery } from '../lib/simplified.ts';
import { toSimplified } from '../lib/simplified-converter.ts';

addEventListener('message', (event: MessageEvent<string>) => {
  event.ports[0]?.postMessage(simplifiedQuery(event.data, toSimplified) ?? null);
});
