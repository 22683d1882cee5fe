/**
 * A file that never answers, or stops half way, ends in an error that names it and the wait;
 * a slow file that keeps arriving is read to the end.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FILE_TIMEOUT_MS } from '../../src/config/timeouts.ts';
import { DataLoadError, fetchBytes, fetchJson } from '../../src/data/fetch-data.ts';
import { fileTimeoutMs, secondsText } from '../../src/data/file-timeout.ts';

/** A fetch that answers only when `answer` says so, and honours the abort like the browser's. */
function stubFetch(answer: (signal: AbortSignal) => Promise<Response> | null): void {
  vi.stubGlobal('fetch', (_url: string, init?: RequestInit) => {
    const signal = init?.signal as AbortSignal;
    return new Promise<Response>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
      answer(signal)?.then(resolve, reject);
    });
  });
}

/** A body that sends `chunks` at `everyMs`, then ends (or never ends). */
function body(chunks: string[], everyMs: number, end = true): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    async pull(controller) {
      if (i < chunks.length) {
        await new Promise((r) => setTimeout(r, everyMs));
        controller.enqueue(new TextEncoder().encode(chunks[i++]));
      } else if (end) controller.close();
      else await new Promise(() => undefined);
    },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the wait for a file', () => {
  it('is 20 s, said as "20 s"', () => {
    expect(FILE_TIMEOUT_MS).toBe(20_000);
    expect(fileTimeoutMs()).toBe(20_000);
    expect(secondsText(20_000)).toBe('20 s');
    expect(secondsText(1_500)).toBe('1.5 s');
  });

  it('a file that never answers is named with the wait', async () => {
    stubFetch(() => null);
    const e = await fetchJson('http://x/data/context.geojson', 'data/context.geojson', 50).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DataLoadError);
    expect((e as DataLoadError).message).toBe('data/context.geojson: did not answer within 0.1 s');
    expect((e as DataLoadError).file).toBe('data/context.geojson');
  });

  it('a file that stops arriving half way is named the same way', async () => {
    stubFetch(() => Promise.resolve(new Response(body(['{"a":'], 5, false))));
    await expect(fetchJson('http://x/data/atlas.json', 'data/atlas.json', 60)).rejects.toThrow('data/atlas.json: did not answer within 0.1 s');
  });

  it('a slow file that keeps arriving is read to the end: the wait restarts with every piece', async () => {
    const pieces = ['{"n":', '[1,', '2,', '3,', '4', ']}'];
    stubFetch(() => Promise.resolve(new Response(body(pieces, 30))));
    // 6 pieces 30 ms apart: 180 ms in all, never 80 ms without one
    expect(await fetchJson('http://x/data/atlas.json', 'data/atlas.json', 80)).toEqual({ n: [1, 2, 3, 4] });
  });

  it('the other failures keep their words: HTTP status, not fetched, not JSON', async () => {
    stubFetch(() => Promise.resolve(new Response('no', { status: 404, statusText: 'Not Found' })));
    await expect(fetchBytes('http://x/fonts/a.woff2', 'fonts/a.woff2', 1000)).rejects.toThrow('fonts/a.woff2: HTTP 404 Not Found');
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(fetchJson('http://x/data/a.json', 'data/a.json', 1000)).rejects.toThrow('data/a.json: could not be fetched (Failed to fetch)');
    stubFetch(() => Promise.resolve(new Response('<html>')));
    await expect(fetchJson('http://x/data/a.json', 'data/a.json', 1000)).rejects.toThrow('data/a.json: is not valid JSON');
  });
});
