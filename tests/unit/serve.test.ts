/**
 * The pure parts of `npm start`'s server: which bytes a Range header asks for, which port PORT
 * names, and the one line said when the port cannot be had.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, listenProblem, portFrom } from '../../scripts/listen.mjs';
import { rangeOf } from '../../scripts/serve.ts';

describe('a Range header against a file of 100 bytes', () => {
  const of = (header: string | undefined) => rangeOf(header, 100);

  it('cuts one range of bytes: first-last, first-, and the last n', () => {
    expect(of('bytes=0-9')).toEqual({ kind: 'part', start: 0, end: 9 });
    expect(of('bytes=90-')).toEqual({ kind: 'part', start: 90, end: 99 });
    expect(of('bytes=-10')).toEqual({ kind: 'part', start: 90, end: 99 });
    expect(of('bytes = 5-7')).toEqual({ kind: 'part', start: 5, end: 7 });
  });

  it('stops a range at the end of the file; a suffix longer than the file is the whole file', () => {
    expect(of('bytes=50-1000')).toEqual({ kind: 'part', start: 50, end: 99 });
    expect(of('bytes=-500')).toEqual({ kind: 'part', start: 0, end: 99 });
  });

  it('rejects a backwards range, one past the end, an empty suffix and a malformed one (416)', () => {
    for (const h of ['bytes=5-1', 'bytes=100-', 'bytes=100-200', 'bytes=-0', 'bytes=-', 'bytes=abc', 'bytes=1-x', 'bytes=']) {
      expect([h, of(h)]).toEqual([h, { kind: 'unsatisfiable' }]);
    }
    expect(rangeOf('bytes=-5', 0)).toEqual({ kind: 'unsatisfiable' });
  });

  it('serves the whole file without a range, for another unit, and for several ranges', () => {
    expect(of(undefined)).toEqual({ kind: 'whole' });
    expect(of('items=0-5')).toEqual({ kind: 'whole' });
    expect(of('bytes=0-1,5-9')).toEqual({ kind: 'whole' });
  });
});

describe('the port of npm start', () => {
  it('is 4173 unless PORT says otherwise; 0 lets the system choose', () => {
    expect(DEFAULT_PORT).toBe(4173);
    expect(portFrom(undefined)).toEqual({ port: 4173 });
    expect(portFrom('')).toEqual({ port: 4173 });
    expect(portFrom(' 8080 ')).toEqual({ port: 8080 });
    expect(portFrom('0')).toEqual({ port: 0 });
  });

  it('a PORT that is not a port is named in one line', () => {
    for (const bad of ['abc', '-1', '65536', '80.5', '8080x']) {
      const r = portFrom(bad);
      expect(r).toEqual({ problem: `PORT must be a port number from 0 to 65535, not "${bad}"` });
    }
  });

  it('a port in use or not allowed is one line that says what to do', () => {
    const err = (code: string) => Object.assign(new Error(`listen ${code}: 127.0.0.1:4173`), { code });
    expect(listenProblem(err('EADDRINUSE'), 4173)).toBe('port 4173 is in use: set PORT to another port (PORT=4174 npm start)');
    expect(listenProblem(err('EACCES'), 80)).toBe('port 80 needs privileges this user does not have: set PORT to a port above 1023');
    expect(listenProblem(err('EADDRNOTAVAIL'), 4173)).toBe('could not listen on 127.0.0.1:4173: listen EADDRNOTAVAIL: 127.0.0.1:4173');
    for (const code of ['EADDRINUSE', 'EACCES', 'EADDRNOTAVAIL']) expect(listenProblem(err(code), 4173)).not.toContain('\n');
  });
});
