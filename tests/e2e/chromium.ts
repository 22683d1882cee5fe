/**
 * How the e2e tests and the benchmark launch Chromium: one place, so the numbers in the bench
 * JSON were measured with the browser the tests use. No vitest imports: bench/ loads this too.
 */
import { existsSync } from 'node:fs';

/** Debian's binary; the /usr/bin wrapper prints a shell error (STACK-NOTES.md). */
export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ?? ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));

/** The same flags the benchmark records; background networking off, or Chromium dials out. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
