/**
 * Step 4 of a call: the result. An answer is read as openapi-fetch reads it with `parseAs:
 * 'stream'` (a success's body left unread, an error's read), then typed by its documented status.
 */
import { byStatus, checkResponse, type OperationValidators } from '@hwc-workspace/validators';
import { type WorkspaceErrorBody, WorkspaceUnreadableAnswerError } from './errors.js';
import type { OperationDescriptor } from './generated/descriptor.js';
import { limitResponse, ResponseTooLarge, readLimitedText } from './generated/limit.js';
import { mediaKind } from './generated/media.js';
import { isSafeMethod, type WorkspaceResult } from './operation.js';
import type { Scrubber } from './scrub.js';

/** An answer as the dispatch step hands it over: the success body unread, an error body read. */
export interface RawAnswer {
  readonly data?: ReadableStream<Uint8Array> | null;
  readonly error?: unknown;
  readonly response: Response;
  /** The most the body may weigh once decompressed (maxResponseBytes). */
  readonly maxBytes: number;
}

/**
 * No body for 204, HEAD or an empty length; a success's body stays a stream; an error's is read
 * (inside the attempt, so a broken or oversized one counts as that attempt's failure) and parsed
 * as JSON when it is JSON.
 */
export async function readAnswer(response: Response, method: string, maxBytes: number): Promise<RawAnswer> {
  const length = response.headers.get('Content-Length');
  if (
    response.status === 204 ||
    method === 'HEAD' ||
    (length === '0' && !response.headers.get('Transfer-Encoding')?.includes('chunked'))
  ) {
    return response.ok ? { data: undefined, response, maxBytes } : { error: undefined, response, maxBytes };
  }
  if (response.ok) return { data: response.body, response, maxBytes };
  let error: unknown = await readLimitedText(response, maxBytes);
  try {
    error = JSON.parse(error as string);
  } catch {
    /* kept as text */
  }
  return { error, response, maxBytes };
}

function isErrorBody(value: unknown): value is WorkspaceErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as { error_code?: unknown }).error_code === 'string';
}

/** The start of an answer's text for a message, credentials scrubbed first (a cut could split one). */
function snippet(text: string, scrub: Scrubber): string {
  const clean = scrub(text);
  return clean.length > 200 ? `${clean.slice(0, 200)}…` : clean;
}

/**
 * Turns an answer into a typed result. A success is read as its documented media
 * type says (JSON parsed, text as a string, anything else as a Blob; nothing for a status
 * without a body); a success that cannot be read (not JSON, cut short, too large, or off-spec
 * with `validateResponses`) throws WorkspaceUnreadableAnswerError. Failures become `error`.
 */
export async function toResult<T>(
  op: OperationDescriptor,
  validators: OperationValidators,
  raw: RawAnswer,
  validateResponses: boolean,
  scrub: Scrubber = (t) => t,
): Promise<WorkspaceResult<T>> {
  const { response } = raw;
  const requestId = response.headers.get('X-Request-Id') ?? undefined;
  const fail = (error: WorkspaceErrorBody): WorkspaceResult<T> => ({ error, response, requestId });
  const type = response.headers.get('Content-Type');
  if (response.ok) {
    // The service accepted the request: an answer that cannot be read is not a refusal.
    const unreadable = (reason: string) =>
      new WorkspaceUnreadableAnswerError(op.operationId, response, reason, isSafeMethod(op.method));
    const spec = byStatus(op.responses, response.status);
    const kind = spec?.kind ?? mediaKind(type);
    if (!raw.data) return { data: undefined as T, response, requestId };
    let text: string;
    try {
      if (kind === 'binary') return { data: (await limitResponse(response, raw.maxBytes).blob()) as T, response, requestId };
      text = await readLimitedText(response, raw.maxBytes);
    } catch (error) {
      throw unreadable(error instanceof ResponseTooLarge ? error.message : 'the connection broke while it was being read');
    }
    if (kind === 'text') return { data: text as T, response, requestId };
    if (text === '' && spec === null) return { data: undefined as T, response, requestId };
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw unreadable(`the body is not JSON (${type ?? 'no content type'}): ${snippet(text, scrub)}`);
    }
    if (validateResponses) {
      const check = checkResponse(validators, response.status, data);
      if (!check.ok) {
        const first = check.issues[0];
        throw unreadable(`the body does not match the spec at ${first?.path || '(root)'}: ${first?.message}`);
      }
    }
    return { data: data as T, response, requestId };
  }
  if ((response.status >= 300 && response.status < 400) || response.type === 'opaqueredirect') {
    const location = response.headers.get('Location');
    let host = 'an unknown place';
    try {
      if (location) host = new URL(location, response.url || undefined).host;
    } catch {
      /* unreadable Location */
    }
    return fail({
      error_code: 'HWC.CLIENT.REDIRECT',
      error_msg: `The service answered ${response.status || 'a redirect'} towards ${host}; the client does not follow redirects, so nothing was sent there.`,
    });
  }
  if (isErrorBody(raw.error)) return fail(raw.error);
  const text = typeof raw.error === 'string' ? raw.error : JSON.stringify(raw.error ?? '');
  return fail({
    error_code: `HWC.CLIENT.HTTP_${response.status}`,
    error_msg: `The service answered ${response.status} without a Huawei error body (${type ?? 'no content type'}).`,
    error_detail: snippet(text, scrub),
  });
}
