/**
 * Pagefind's worker (pagefind-worker.js, where its searches run) leaves out an index or filter
 * chunk that failed to download, without a word (its loadChunk catches the failure): a search
 * made while the connection drops finds nothing, or less, and the search page told the reader
 * 没有找到包含…的文章 and to try other words. The index build puts WORKER_GUARD before Pagefind's
 * own code in that file (guardedWorker): a search or filters call during which such a chunk
 * failed then answers as failed, and the page says 搜索暂时无法使用，请稍后再试。 (README "Search").
 *
 * Plain JavaScript, as it runs in the worker as written: it counts the chunk downloads that
 * fail (a wrapped fetch, which Pagefind calls for every chunk): a request refused, an error
 * status, and also a body that broke off after the headers (its arrayBuffer rejects) or is not
 * a chunk at all (a captive portal's or a CDN's HTML page with 200), which Pagefind's gunzip
 * rejects and loadChunk swallows just the same. A chunk is gzip (1f 8b), or, when a server
 * sent it with Content-Encoding: gzip and the browser unpacked it, Pagefind's own signature
 * pagefind_dcd: the two that Pagefind's decompress reads. It notes the count as each message
 * comes in (its listener is added before Pagefind's, so it runs first), and turns an answer
 * into an error when the count has grown meanwhile. Searches under way together share the
 * blame, as they share chunks: either may be missing one, and asking again fetches it.
 */
export const WORKER_GUARD = `/* Baodao: a search during which an index or filter chunk failed to download fails (src/lib/pagefind-worker-guard.ts). */
(() => {
  const CHUNK = /\\.pf_(index|filter)(\\?|$)/;
  const GUARDED = new Set(['search', 'debouncedSearch', 'preload', 'filters']);
  const asked = new Map();
  let failures = 0;
  const SIGNATURE = 'pagefind_dcd';
  const isChunk = (buffer) => {
    const start = new Uint8Array(buffer, 0, Math.min(buffer.byteLength, SIGNATURE.length));
    return (start[0] === 0x1f && start[1] === 0x8b) || String.fromCharCode(...start) === SIGNATURE;
  };
  const fetched = self.fetch.bind(self);
  self.fetch = (input, init) => {
    const chunk = CHUNK.test(typeof input === 'object' && 'url' in input ? input.url : String(input));
    return fetched(input, init).then(
      (response) => {
        if (chunk && !response.ok) failures++;
        else if (chunk) {
          const read = response.arrayBuffer.bind(response);
          response.arrayBuffer = () =>
            read().then(
              (buffer) => {
                if (!isChunk(buffer)) failures++;
                return buffer;
              },
              (error) => {
                failures++;
                throw error;
              },
            );
        }
        return response;
      },
      (error) => {
        if (chunk) failures++;
        throw error;
      },
    );
  };
  self.addEventListener('message', (event) => {
    const message = event.data;
    if (message && GUARDED.has(message.method)) asked.set(message.id, failures);
  });
  const post = self.postMessage.bind(self);
  self.postMessage = (response, ...rest) => {
    const before = response ? asked.get(response.id) : undefined;
    if (before === undefined) return post(response, ...rest);
    asked.delete(response.id);
    if (failures > before && !('error' in response)) return post({ id: response.id, error: 'a part of the search index failed to download' });
    return post(response, ...rest);
  };
})();
`;

/** Pagefind's worker script with WORKER_GUARD before its own code. */
export function guardedWorker(source: string): string {
  return source.startsWith(WORKER_GUARD) ? source : `${WORKER_GUARD}${source}`;
}
