/** Reads a request body on node:http without ever holding more than `limit` bytes of it. */
import type { IncomingMessage } from 'node:http';

export type BodyRead = { ok: true; body: Uint8Array<ArrayBuffer> } | { ok: false; reason: 'too-large' | 'aborted' };

export async function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > limit) return { ok: false, reason: 'too-large' };
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > limit) return { ok: false, reason: 'too-large' };
      chunks.push(chunk as Buffer);
    }
  } catch {
    return { ok: false, reason: 'aborted' };
  }
  return { ok: true, body: new Uint8Array(Buffer.concat(chunks)) };
}
