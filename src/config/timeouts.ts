/**
 * How long the page waits for a file of its own (data, a claim file, a font) to send something:
 * the server is the reader's own machine or the site the page came from, which answers in
 * milliseconds; a file that has sent nothing for 20 s is not coming, and the page says which one
 * instead of loading for ever. The wait restarts at every piece of the file that arrives, so a
 * slow but moving connection is never cut off.
 */
export const FILE_TIMEOUT_MS = 20_000;
