// Which port `npm start` listens on, and what it says when it cannot. Node built-ins only: start.mjs
// takes the port before it installs anything, so that a port in use is said at once.

/** Loopback only: the atlas is for the reader's own browser, not for the network. */
export const HOST = '127.0.0.1';
/** The port `npm start` has always used (it was vite preview's); PORT replaces it. */
export const DEFAULT_PORT = 4173;

/**
 * The port PORT asks for (the default when it is unset or empty), or the one line saying why it
 * cannot be used. 0 lets the system choose a free port.
 * @param {string | undefined} value
 * @returns {{ port: number } | { problem: string }}
 */
export function portFrom(value) {
  const text = (value ?? '').trim();
  if (text === '') return { port: DEFAULT_PORT };
  if (!/^\d+$/.test(text) || Number(text) > 65535) return { problem: `PORT must be a port number from 0 to 65535, not "${text}"` };
  return { port: Number(text) };
}

/**
 * One line for a server that could not listen: what is wrong and what to do, never a stack.
 * @param {unknown} error
 * @param {number} port
 * @returns {string}
 */
export function listenProblem(error, port) {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (code === 'EADDRINUSE') return `port ${port} is in use: set PORT to another port (PORT=${port === 65535 ? 4174 : port + 1} npm start)`;
  if (code === 'EACCES') return `port ${port} needs privileges this user does not have: set PORT to a port above 1023`;
  const why = error instanceof Error ? error.message : String(error);
  return `could not listen on ${HOST}:${port}: ${why}`;
}

/**
 * Listens on HOST:port; resolves with the port really listened on (the chosen one for 0), rejects
 * with the error the system gave.
 * @param {import('node:http').Server} server
 * @param {number} port
 * @returns {Promise<number>}
 */
export function listen(server, port) {
  return new Promise((resolve, reject) => {
    const failed = (/** @type {Error} */ e) => reject(e);
    server.once('error', failed);
    server.listen(port, HOST, () => {
      server.off('error', failed);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
