/** A local HTTP server that records every request and answers with `handler` (a test helper). */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

export interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const servers: { close: () => void }[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

/**
 * Starts a server (on `host`, 127.0.0.1 unless told) closed after each test; `handler` runs once a
 * request's body is read, `n` counting the requests so far, this one included.
 */
export async function serve(
  handler: (req: IncomingMessage, res: ServerResponse, n: number, seen: Seen) => void,
  { host = '127.0.0.1' }: { host?: string } = {},
) {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const entry = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      seen.push(entry);
      handler(req, res, seen.length, entry);
    });
  });
  await new Promise<void>((ok) => server.listen(0, host, ok));
  servers.push({ close: () => (server.closeAllConnections(), server.close()) });
  return { url: `http://${host}:${(server.address() as AddressInfo).port}`, seen, server };
}

export const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(body));
