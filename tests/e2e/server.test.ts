/**
 * The server of `npm start` (scripts/serve.ts), as a reader's browser meets it: a file that is not
 * there is a 404 and never the page, every reply carries the security headers, ranges are cut
 * right, and a port in use is said in one line. The tests' own server is this server, on the test
 * build; the start script is run for real only where it stops before building.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SECURITY_HEADERS } from '../../scripts/csp.ts';
import { HOST, listen } from '../../scripts/listen.mjs';
import { createAtlasServer } from '../../scripts/serve.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, process.env.ATLAS_DIST ?? 'dist-test');
const baseUrl = inject('baseUrl');

/** A reply as Node's client gets it: no header or size limit of its own in the way. */
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((done, fail) => {
    const req = request(url, { method, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

function expectSecurityHeaders(headers: Record<string, string | string[] | undefined>, what: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], `${what}: ${name}`).toBe(value);
}

describe('what the server answers', () => {
  it('a data file that is not there is a 404 with the security headers, never the page', async () => {
    for (const path of ['data/no-such-file.geojson', 'data/claims/no-such-file.json', 'fonts/no-such-font.woff2', 'no/such/page']) {
      const res = await get(`${baseUrl}${path}`);
      expect([path, res.status]).toEqual([path, 404]);
      expect(res.body.toString()).not.toMatch(/<html/i);
      expectSecurityHeaders(res.headers, path);
    }
  });

  it('serves the data at data/…, as the build wrote it, with its type and the security headers', async () => {
    for (const [path, type] of [
      ['data/atlas.json', 'application/json'],
      ['data/districts.geojson', 'application/geo+json'],
      ['data/claims/lachin.json', 'application/json'],
      ['', 'text/html;charset=utf-8'],
    ] as const) {
      const res = await get(`${baseUrl}${path}`);
      expect([path, res.status, res.headers['content-type']]).toEqual([path, 200, type]);
      expectSecurityHeaders(res.headers, path || 'index.html');
      if (path) expect(res.body.equals(readFileSync(join(dist, path))), path).toBe(true);
    }
  });

  it('a file deleted while the server runs is a 404 from then on, and the server goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-serve-'));
    mkdirSync(join(dir, 'data'));
    copyFileSync(join(dist, 'data/context.geojson'), join(dir, 'data/context.geojson'));
    copyFileSync(join(dist, 'index.html'), join(dir, 'index.html'));
    const server = createAtlasServer(dir);
    try {
      const url = `http://${HOST}:${await listen(server, 0)}/`;
      expect((await get(`${url}data/context.geojson`)).status).toBe(200);
      rmSync(join(dir, 'data/context.geojson'));
      const gone = await get(`${url}data/context.geojson`);
      expect(gone.status).toBe(404);
      expect(gone.body.toString()).not.toMatch(/<html/i);
      expectSecurityHeaders(gone.headers, 'deleted file');
      expect((await get(url)).status).toBe(200);
    } finally {
      server.closeAllConnections();
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ranges: the last 10 bytes (206), a backwards range (416 with the size), with the security headers', async () => {
    const file = readFileSync(join(dist, 'data/atlas.json'));
    const size = statSync(join(dist, 'data/atlas.json')).size;
    const last = await get(`${baseUrl}data/atlas.json`, { Range: 'bytes=-10' });
    expect(last.status).toBe(206);
    expect(last.headers['content-range']).toBe(`bytes ${size - 10}-${size - 1}/${size}`);
    expect(last.body.equals(file.subarray(size - 10))).toBe(true);
    expectSecurityHeaders(last.headers, '206');

    const part = await get(`${baseUrl}data/atlas.json`, { Range: 'bytes=5-14' });
    expect([part.status, part.headers['content-range']]).toEqual([206, `bytes 5-14/${size}`]);
    expect(part.body.equals(file.subarray(5, 15))).toBe(true);

    for (const range of ['bytes=5-1', `bytes=${size}-`]) {
      const bad = await get(`${baseUrl}data/atlas.json`, { Range: range });
      expect([range, bad.status, bad.headers['content-range']]).toEqual([range, 416, `bytes */${size}`]);
      expect(bad.body.length).toBe(0);
      expectSecurityHeaders(bad.headers, `416 for ${range}`);
    }
  });

  it('a hidden file, a path out of the folder, another method and oversized headers are refused, with the security headers', async () => {
    const refused = [
      { what: 'hidden file', res: await get(`${baseUrl}.env`), status: 403 },
      { what: 'path out of the folder', res: await get(`${baseUrl}..%2fpackage.json`), status: 403 },
      { what: 'POST', res: await get(baseUrl, {}, 'POST'), status: 405 },
      // Node's own parser stops these before any handler: 431 Request Header Fields Too Large
      { what: 'oversized headers', res: await get(baseUrl, { 'X-Padding': 'a'.repeat(20_000) }), status: 431 },
    ];
    for (const { what, res, status } of refused) {
      expect([what, res.status]).toEqual([what, status]);
      expectSecurityHeaders(res.headers, what);
    }
  });

  it('a reload of an unchanged file is a 304 with the security headers', async () => {
    const first = await get(`${baseUrl}data/events.geojson`);
    const etag = String(first.headers.etag);
    const again = await get(`${baseUrl}data/events.geojson`, { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expectSecurityHeaders(again.headers, '304');
  });
});

describe('npm start on a port in use', () => {
  let held: TcpServer;
  let port: number;
  beforeAll(async () => {
    held = createTcpServer();
    await new Promise<void>((done) => held.listen(0, HOST, done));
    port = (held.address() as AddressInfo).port;
  });
  afterAll(() => {
    held.close();
  });

  /** The start script's exit code and output; it stops before installing or building anything. */
  const start = (env: Record<string, string>) =>
    new Promise<{ code: number | null; out: string; err: string }>((done) => {
      const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: root, env: { ...process.env, ...env } });
      let out = '';
      let err = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (err += c.toString()));
      child.on('close', (code) => done({ code, out, err }));
    });

  it('says so in one line, with what to do, and exits non-zero without building or a stack trace', async () => {
    const { code, out, err } = await start({ PORT: String(port) });
    expect(code).not.toBe(0);
    expect(err.trim().split('\n')).toEqual([`port ${port} is in use: set PORT to another port (PORT=${port + 1} npm start)`]);
    // nothing was built, and no address was given out
    expect(out).toBe('');
  });

  it('a PORT that is not a port number is one line too', async () => {
    const { code, out, err } = await start({ PORT: 'eighty' });
    expect(code).not.toBe(0);
    expect(err.trim().split('\n')).toEqual(['PORT must be a port number from 0 to 65535, not "eighty"']);
    expect(out).toBe('');
  });
});
