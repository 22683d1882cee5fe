/**
 * Browser stand-in for `node-fetch`. citation-js imports it (to fetch DOIs and URLs, which this
 * app never asks it to do); bundled for the browser, the real package dies at load on Node
 * built-ins ("promisify is not a function"). The browser's own fetch does the same job.
 * vite.config.ts aliases `node-fetch` here.
 */
const nodeFetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => fetch(input, init);
export default nodeFetch;
export const Headers = globalThis.Headers;
