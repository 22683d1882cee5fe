/**
 * The server of the built app: what `npm start` gives the reader, and what the browser tests run
 * against. Static files of one folder (dist/, or dist-test/), through sirv, on node:http:
 * - the data is what the build wrote to <folder>/data/ (vite.config.ts, servedData(): geodata's
 *   atlas.json and *.geojson, and data/claims/<subject>.json from geodata/claim-files/), so the
 *   served names are the build's and cannot drift from it;
 * - a file that is not there is a 404, never the page: with a single-page fallback a missing
 *   data/context.geojson came back as index.html, and the reader was told it "is not valid JSON";
 * - every reply carries the security headers (scripts/csp.ts): files, 206, 304, 403, 404, 405,
 *   416, and the 400/431 Node itself sends for a request it cannot parse;
 * - files are looked up at each request (sirv's dev mode), so a file deleted or rebuilt while the
 *   server runs is answered as it is now, and a read that fails ends that reply, not the server.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import sirv from 'sirv';
import { SECURITY_HEADERS } from './csp.ts';

/** What a Range header asks of a file of a given size. */
export type RangeAnswer =
  /** no range, or one this server does not cut (another unit, several ranges): the whole file, 200 */
  | { kind: 'whole' }
  /** one range inside the file: 206 with bytes start..end (inclusive) */
  | { kind: 'part'; start: number; end: number }
  /** a bytes range that names nothing in the file, or is written wrongly: 416 */
  | { kind: 'unsatisfiable' };

/**
 * Reads a Range header (RFC 9110 §14) against a file's size. One range of bytes is served; a
 * header in another unit is ignored, as the RFC requires; several ranges get the whole file, which
 * the RFC allows (multipart replies are not worth their code here). A bytes range written wrongly
 * ("5-1", "abc") or past the end is rejected with 416, the other answer the RFC allows.
 */
export function rangeOf(header: string | undefined, size: number): RangeAnswer {
  if (header === undefined) return { kind: 'whole' };
  const m = /^\s*bytes\s*=\s*(.*)$/i.exec(header);
  if (!m) return { kind: 'whole' };
  const specs = (m[1] ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (specs.length > 1) return { kind: 'whole' };
  const spec = /^(\d*)-(\d*)$/.exec(specs[0] ?? '');
  if (!spec || (spec[1] === '' && spec[2] === '')) return { kind: 'unsatisfiable' };
  const [first, last] = [spec[1] ?? '', spec[2] ?? ''];
  if (first === '') {
    // a suffix: the last n bytes (all of them when the file is shorter)
    const n = Number(last);
    if (n === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'part', start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(first);
  if (start >= size) return { kind: 'unsatisfiable' };
  if (last === '') return { kind: 'part', start, end: size - 1 };
  const end = Number(last);
  if (end < start) return { kind: 'unsatisfiable' };
  return { kind: 'part', start, end: Math.min(end, size - 1) };
}

const setSecurityHeaders = (res: ServerResponse): void => {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
};

const plain = (res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void => {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
};

/**
 * sirv 3.0.2 reads Range naively: "bytes=-10" gives the first 11 bytes, "bytes=5-1" a negative
 * length, and an end of 0 is taken as "to the end". So the header is rewritten, once the file's
 * size is known, into the one form sirv reads right ("bytes=start-end" with end > 0), or into one
 * it answers with 416 and "Content-Range: bytes * /size" ("bytes=size-"), or removed.
 */
function normaliseRange(req: IncomingMessage, size: number): void {
  const header = req.headers.range;
  if (header === undefined) return;
  // a Range on anything but GET is ignored (RFC 9110 §14.2); HEAD is answered as a GET would be, without the cut
  const answer = req.method === 'GET' ? rangeOf(header, size) : { kind: 'whole' as const };
  if (answer.kind === 'part' && answer.end > 0) req.headers.range = `bytes=${answer.start}-${answer.end}`;
  else if (answer.kind === 'unsatisfiable') req.headers.range = `bytes=${size}-`;
  // the whole file; "bytes=0-0" of a longer file too, which sirv cannot cut (a server may always send it all)
  else delete req.headers.range;
}

/** The request handler: the files of `dir`, the security headers on every reply. */
export function atlasHandler(dir: string): (req: IncomingMessage, res: ServerResponse) => void {
  const files = sirv(dir, {
    dev: true,
    // a weak ETag and "no-cache": a reload asks again and gets a 304 for what has not changed
    etag: true,
    // no fallback to index.html: a path that is not a file is a 404 (see above)
    single: false,
    dotfiles: false,
    setHeaders: (res, _pathname, stats) => {
      res.setHeader('Accept-Ranges', 'bytes');
      normaliseRange(res.req, stats.size);
    },
  });
  return (req, res) => {
    setSecurityHeaders(res);
    // a file read that fails (deleted between lookup and read) ends this reply only
    res.on('pipe', (source) => source.on('error', () => res.destroy()));
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Only GET and HEAD\n', { Allow: 'GET, HEAD' });
    let path: string;
    try {
      path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    } catch {
      return plain(res, 400, 'Bad request\n');
    }
    // sirv keeps every lookup inside dir already; a path that tries to leave it, or names a hidden
    // file, is refused outright rather than looked for
    if (path.split(/[/\\]/).some((part) => part === '..' || part.startsWith('.')) || path.includes('\0')) return plain(res, 403, 'Forbidden\n');
    files(req, res, () => plain(res, 404, 'Not found\n'));
  };
}

const STATUS_TEXT: Readonly<Record<number, string>> = { 400: 'Bad Request', 408: 'Request Timeout', 413: 'Payload Too Large', 431: 'Request Header Fields Too Large' };

/**
 * A request Node cannot parse (headers over its limit, a malformed request line) never reaches
 * the handler: Node answers it on the socket itself, without the security headers. This answers
 * it the same way, with them.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex & { _httpMessage?: { headersSent?: boolean } | null }) => {
    // a reply already under way on this (kept-alive) socket cannot be followed by another: as Node does, close it
    if (error.code === 'ECONNRESET' || !socket.writable || socket._httpMessage?.headersSent) {
      socket.destroy();
      return;
    }
    const status =
      error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW' ? 413 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const head = [`HTTP/1.1 ${status} ${STATUS_TEXT[status]}`, ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `${k}: ${v}`), 'Content-Length: 0', 'Connection: close'];
    // what the client is still sending is read and dropped: a socket closed with unread data is
    // reset, and the client would lose the reply ("socket hang up") before reading it
    socket.on('data', () => undefined);
    socket.resume();
    socket.end(`${head.join('\r\n')}\r\n\r\n`);
    setTimeout(() => socket.destroy(), 5_000).unref();
  });
}

/** A server for the files of `dir`, not yet listening (scripts/listen.mjs listens on loopback). */
export function createAtlasServer(dir: string): Server {
  const server = createServer(atlasHandler(dir));
  answerClientErrors(server);
  return server;
}
