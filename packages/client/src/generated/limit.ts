// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
// A verbatim copy of tools/codegen/src/runtime/limit.ts.
/**
 * A cap on what an answer may weigh once decompressed: the body stream errors past `maxBytes`,
 * so neither a huge answer nor a small gzip bomb can fill memory. The client imports its verbatim
 * copy (tools/codegen/src/runtime-copy.ts); doc-sync's download of definitions imports this one.
 */
export class ResponseTooLarge extends Error {
  constructor(
    readonly maxBytes: number,
    /** The Content-Length, when that is what passed the cap (nothing was read). */
    readonly declared?: number,
  ) {
    super(`the answer is larger than ${maxBytes} bytes`);
    this.name = 'ResponseTooLarge';
  }
}

export function limitResponse(response: Response, maxBytes: number): Response {
  if (!response.body) return response;
  const declared = Number(response.headers.get('Content-Length') ?? NaN);
  // An uncompressed body cannot outgrow its declared length (fetch fails on extra bytes): no
  // counting needed when that length is within the cap.
  const encoding = response.headers.get('Content-Encoding');
  if ((encoding === null || encoding === 'identity') && declared <= maxBytes) return response;
  let seen = 0;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    start(controller) {
      // A declared length over the cap fails on the first read, before anything is buffered.
      if (declared > maxBytes) controller.error(new ResponseTooLarge(maxBytes, declared));
    },
    transform(chunk, controller) {
      seen += chunk.byteLength;
      if (seen > maxBytes) controller.error(new ResponseTooLarge(maxBytes));
      else controller.enqueue(chunk);
    },
  });
  const limited = new Response(response.body.pipeThrough(counter), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  // Keep what callers read from the original: its URL, redirect flag and type.
  for (const key of ['url', 'redirected', 'type'] as const) Object.defineProperty(limited, key, { value: response[key] });
  return limited;
}

/**
 * Reads a body whole, failing with ResponseTooLarge past `maxBytes` (a declared length over it
 * fails before the first read). Counting while reading needs no second stream: measured, the
 * TransformStream of limitResponse costs a chunked answer tens of µs per call.
 */
export async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const body = response.body;
  if (!body) return new Uint8Array(0);
  const declared = Number(response.headers.get('Content-Length') ?? NaN);
  if (declared > maxBytes) {
    await body.cancel().catch(() => undefined);
    throw new ResponseTooLarge(maxBytes, declared);
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let seen = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    seen += value.byteLength;
    if (seen > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new ResponseTooLarge(maxBytes);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(seen);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** readLimited as text (UTF-8, a leading BOM dropped, as Response.text() reads it). */
export async function readLimitedText(response: Response, maxBytes: number): Promise<string> {
  return new TextDecoder().decode(await readLimited(response, maxBytes));
}
