import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { WORKER_GUARD, guardedWorker } from './pagefind-worker-guard.ts';

interface Message {
  id: string;
  method: string;
}

/**
 * A worker scope running the guard, then a stand-in for Pagefind's code: `answer` handles a
 * message as Pagefind does (fetching through the scope's fetch), and what the worker posts back
 * is collected in `posted`. `network` gives a URL's HTTP status (its body a gzipped chunk), or
 * the status and a body (`broken` when the connection drops while it comes), or undefined when
 * the connection fails.
 */
function worker(network: (url: string) => number | { status: number; body: Uint8Array | 'broken' } | undefined) {
  const listeners: ((event: { data: Message }) => void)[] = [];
  const posted: unknown[] = [];
  const scope: Record<string, unknown> = {
    addEventListener: (_type: string, listener: (event: { data: Message }) => void) => listeners.push(listener),
    postMessage: (message: unknown) => posted.push(message),
    fetch: (url: string) => {
      const answer = network(url);
      if (answer === undefined) return Promise.reject(new TypeError('Failed to fetch'));
      const { status, body } = typeof answer === 'number' ? { status: answer, body: CHUNK } : answer;
      const arrayBuffer = () => (body === 'broken' ? Promise.reject(new TypeError('network error')) : Promise.resolve(body.slice().buffer));
      return Promise.resolve({ ok: status < 300, status, url, arrayBuffer });
    },
  };
  scope['self'] = scope;
  runInNewContext(WORKER_GUARD, scope);
  const self = scope as { fetch: (url: string) => Promise<{ ok: boolean }>; postMessage: (message: unknown) => void };
  // Pagefind's listener comes after the guard's, as its code follows the guard in the file.
  let handle: (message: Message) => Promise<unknown> = async () => undefined;
  scope['addEventListener'] = undefined;
  listeners.push(({ data }) => void handle(data).then((response) => self.postMessage(response)));
  const send = (message: Message) => listeners.forEach((listener) => listener({ data: message }));
  return {
    posted,
    /** Sends `message`, answered by `answer` (fetching what it likes through the worker's fetch), and waits for the answer. */
    async ask(message: Message, answer: (fetch: typeof self.fetch) => Promise<unknown>) {
      const before = posted.length;
      handle = async ({ id }) => ({ id, result: await answer(self.fetch) });
      send(message);
      await expect.poll(() => posted.length).toBe(before + 1);
      return posted.at(-1);
    },
  };
}

/** Pagefind's loadChunk: a chunk that fails is left out, without a word. */
const quietly = (fetching: Promise<unknown>) => fetching.catch(() => undefined);
/** A chunk as Pagefind writes it: its signature and data, gzipped. */
const UNPACKED = new TextEncoder().encode('pagefind_dcd\u0001\u0002\u0003');
const CHUNK = new Uint8Array(gzipSync(UNPACKED));
/** Pagefind's _loadGenericChunk: the chunk's response, then its body (then gunzip, which throws on what is not gzip). */
const load = (fetch: (url: string) => Promise<{ ok: boolean }>, url: string) =>
  quietly(fetch(url).then((response) => (response as unknown as { arrayBuffer: () => Promise<ArrayBuffer> }).arrayBuffer()));
const found = { results: [] };

test('a search during which an index chunk failed to download answers as failed', async () => {
  const pagefind = worker((url) => (url.endsWith('.pf_index') ? undefined : 200));
  const answer = await pagefind.ask({ id: 'msg_1', method: 'search' }, async (fetch) => {
    await quietly(fetch('/pagefind/p1/index/en_1a2b.pf_index'));
    return found;
  });
  expect(answer).toEqual({ id: 'msg_1', error: expect.stringContaining('failed to download') });
});

test('the filters fail when a filter chunk failed, also one answered with an error status (a proxy’s 503)', async () => {
  const dropped = worker((url) => (url.endsWith('.pf_filter') ? undefined : 200));
  const answer = await dropped.ask({ id: 'msg_1', method: 'filters' }, async (fetch) => {
    await quietly(fetch('/pagefind/p1/filter/en_9f.pf_filter'));
    return { section: {} };
  });
  expect(answer).toEqual({ id: 'msg_1', error: expect.any(String) });
  const refused = worker((url) => (url.includes('.pf_filter') ? 503 : 200));
  const failed = await refused.ask({ id: 'msg_2', method: 'filters' }, async (fetch) => {
    // Pagefind throws on a status that is not ok, and loadFilterChunk swallows that too.
    await fetch('/pagefind/p1/filter/en_9f.pf_filter?v=2');
    return { section: {} };
  });
  expect(failed).toEqual({ id: 'msg_2', error: expect.any(String) });
});

test('a search during which a chunk’s body broke off after its headers came answers as failed', async () => {
  const pagefind = worker((url) => (url.endsWith('.pf_index') ? { status: 200, body: 'broken' } : 200));
  const answer = await pagefind.ask({ id: 'msg_1', method: 'search' }, async (fetch) => {
    await load(fetch, '/pagefind/p1/index/en_1a2b.pf_index');
    return found;
  });
  expect(answer).toEqual({ id: 'msg_1', error: expect.stringContaining('failed to download') });
});

test('a chunk answered with 200 and a page that is not one (a captive portal’s, a CDN’s) fails the search or the filters', async () => {
  const portal = new TextEncoder().encode('<!DOCTYPE html><title>登录 Wi-Fi</title>');
  for (const [url, method] of [
    ['/pagefind/p1/index/en_1a2b.pf_index', 'search'],
    ['/pagefind/p1/filter/en_9f.pf_filter', 'filters'],
  ] as const) {
    const pagefind = worker((asked) => (asked === url ? { status: 200, body: portal } : 200));
    const answer = await pagefind.ask({ id: 'msg_1', method }, async (fetch) => {
      await load(fetch, url);
      return found;
    });
    expect(answer, url).toEqual({ id: 'msg_1', error: expect.any(String) });
  }
  const empty = worker(() => ({ status: 200, body: new Uint8Array() }));
  expect(await empty.ask({ id: 'msg_1', method: 'search' }, (fetch) => load(fetch, '/pagefind/p1/index/en_1a2b.pf_index'))).toEqual({
    id: 'msg_1',
    error: expect.any(String),
  });
});

test('a chunk read whole, gzipped or unpacked by the browser (sent with Content-Encoding: gzip), and a fragment of any body, fail nothing', async () => {
  const html = new TextEncoder().encode('<!DOCTYPE html>');
  const pagefind = worker((url) =>
    url.endsWith('.pf_fragment') ? { status: 200, body: html } : { status: 200, body: url.includes('/p2/') ? UNPACKED : CHUNK },
  );
  const answer = await pagefind.ask({ id: 'msg_1', method: 'search' }, async (fetch) => {
    expect(new Uint8Array((await load(fetch, '/pagefind/p1/index/en_1a2b.pf_index')) as ArrayBuffer)).toEqual(CHUNK);
    expect(new Uint8Array((await load(fetch, '/pagefind/p2/index/en_77.pf_index')) as ArrayBuffer)).toEqual(UNPACKED);
    await load(fetch, '/pagefind/p1/fragment/en_3c.pf_fragment');
    return found;
  });
  expect(answer).toEqual({ id: 'msg_1', result: found });
});

test('a search whose chunks all came answers as Pagefind answered, however many it fetched', async () => {
  const pagefind = worker(() => 200);
  const answer = await pagefind.ask({ id: 'msg_1', method: 'search' }, async (fetch) => {
    await fetch('/pagefind/p1/index/en_1a2b.pf_index');
    await fetch('/pagefind/p2/index/en_77.pf_index');
    return found;
  });
  expect(answer).toEqual({ id: 'msg_1', result: found });
});

test('a failure before a search began, or of a download Pagefind reports itself, does not fail it', async () => {
  const pagefind = worker((url) => (url.endsWith('.pf_index') ? 200 : undefined));
  // A fragment (a result's text) that fails rejects its own request: Pagefind says so, the guard need not.
  const data = await pagefind.ask({ id: 'msg_1', method: 'getData' }, async (fetch) => {
    await quietly(fetch('/pagefind/p1/fragment/en_3c.pf_fragment'));
    return null;
  });
  expect(data).toEqual({ id: 'msg_1', result: null });
  const answer = await pagefind.ask({ id: 'msg_2', method: 'search' }, async (fetch) => {
    await fetch('/pagefind/p1/index/en_1a2b.pf_index');
    return found;
  });
  expect(answer).toEqual({ id: 'msg_2', result: found });
  // A chunk that failed for an earlier search is not this one's: Pagefind fetched it again.
  const later = worker((url) => (url.endsWith('.pf_index') ? undefined : 200));
  await later.ask({ id: 'msg_1', method: 'search' }, (fetch) => quietly(fetch('/pagefind/p1/index/en_1a2b.pf_index')));
  expect(await later.ask({ id: 'msg_2', method: 'search' }, async () => found)).toEqual({ id: 'msg_2', result: found });
});

test('guardedWorker puts the guard first, once', () => {
  const source = 'const pagefind_version="1.6.0";';
  expect(guardedWorker(source)).toBe(`${WORKER_GUARD}${source}`);
  expect(guardedWorker(guardedWorker(source))).toBe(guardedWorker(source));
});
