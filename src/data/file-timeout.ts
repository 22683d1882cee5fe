/** The wait for a file (config/timeouts.ts), and how a file that never answered is named. */
import { FILE_TIMEOUT_MS } from '../config/timeouts.ts';

declare global {
  var __atlasTimeoutMs: number | undefined;
}

/**
 * FILE_TIMEOUT_MS; in a test build (`--mode test`) a browser test may shorten it by setting
 * `__atlasTimeoutMs` before the page runs, so that "never answers" takes seconds, not 20 of
 * them. The reader's build has no such branch: the check is removed with the test mode.
 */
export function fileTimeoutMs(): number {
  if (import.meta.env.MODE === 'test') {
    const ms = globalThis.__atlasTimeoutMs;
    if (typeof ms === 'number' && ms > 0) return ms;
  }
  return FILE_TIMEOUT_MS;
}

/** "20 s", "1.5 s": the wait in the words of the messages. */
export const secondsText = (ms: number): string => `${Math.round(ms / 100) / 10} s`;

/** The message of a file that sent nothing for the whole wait. */
export const noAnswer = (file: string, ms: number): string => `${file}: did not answer within ${secondsText(ms)}`;
