/**
 * The search page's traditional-to-simplified conversion (src/lib/simplified.ts), in a worker
 * started on first use: a query without Han characters never starts it.
 */
import { hasHan } from '../lib/simplified.ts';

let worker: Worker | undefined;

/**
 * `query` in simplified characters, or undefined when it has nothing to change. Rejects when
 * the worker's script did not load or run, ending that worker; the next query starts a new one.
 */
export function inSimplified(query: string): Promise<string | undefined> {
  if (!hasHan(query)) return Promise.resolve(undefined);
  const converter = (worker ??= new Worker(new URL('./simplified-worker.ts', import.meta.url), { type: 'module' }));
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    const failed = (error: ErrorEvent) => {
      if (worker === converter) worker = undefined;
      // A worker whose script failed to run stays alive with nothing to do, until the page closes.
      converter.terminate();
      reject(error);
    };
    converter.addEventListener('error', failed, { once: true });
    channel.port1.onmessage = (event: MessageEvent<string | null>) => {
      converter.removeEventListener('error', failed);
      resolve(event.data ?? undefined);
    };
    converter.postMessage(query, [channel.port2]);
  });
}
