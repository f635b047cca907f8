import { byStatus, checkResponse, type OperationValidators } from '@hwc-workspace/validators';
import { WorkspaceUnreadableAnswerError, type WorkspaceErrorBody } from './errors.js';
import { ResponseTooLarge } from './limit.js';
import type { Scrubber } from './scrub.js';
import { isSafeMethod, type MediaKind, type OperationDescriptor } from './operation.js';

export type WorkspaceResult<T> =
  | { readonly data: T; readonly error?: undefined; readonly response: Response; readonly requestId: string | undefined }
  | { readonly data?: undefined; readonly error: WorkspaceErrorBody; readonly response: Response; readonly requestId: string | undefined };

/** What openapi-fetch answers with `parseAs: 'stream'`: the success body unread, an error body read. */
export interface RawAnswer {
  readonly data?: ReadableStream<Uint8Array> | null;
  readonly error?: unknown;
  readonly response: Response;
}

function isErrorBody(value: unknown): value is WorkspaceErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as { error_code?: unknown }).error_code === 'string';
}

/** The start of an answer's text for a message, credentials scrubbed first (a cut could split one). */
function snippet(text: string, scrub: Scrubber): string {
  const clean = scrub(text);
  return clean.length > 200 ? `${clean.slice(0, 200)}…` : clean;
}

function kindOf(contentType: string | null): MediaKind {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  return type === '' || type.startsWith('text/') || type.endsWith('xml') ? 'text' : 'binary';
}

/**
 * Turns openapi-fetch's answer into a typed result. A success is read as its documented media
 * type says (JSON parsed, text as a string, anything else as a Blob; nothing for a status
 * without a body); a success that cannot be read (not JSON, cut short, too large, or off-spec
 * with `validateResponses`) throws WorkspaceUnreadableAnswerError. Failures become `error`.
 */
export async function toResult<T>(op: OperationDescriptor, validators: OperationValidators, raw: RawAnswer, validateResponses: boolean, scrub: Scrubber = (t) => t): Promise<WorkspaceResult<T>> {
  const { response } = raw;
  const requestId = response.headers.get('X-Request-Id') ?? undefined;
  const fail = (error: WorkspaceErrorBody): WorkspaceResult<T> => ({ error, response, requestId });
  const type = response.headers.get('Content-Type');
  if (response.ok) {
    // The service accepted the request: an answer that cannot be read is not a refusal.
    const unreadable = (reason: string) => new WorkspaceUnreadableAnswerError(op.operationId, response, reason, isSafeMethod(op.method));
    const spec = byStatus(op.responses, response.status);
    const kind = spec?.kind ?? kindOf(type);
    if (!raw.data) return { data: undefined as T, response, requestId };
    let text: string;
    try {
      if (kind === 'binary') return { data: (await new Response(raw.data).blob()) as T, response, requestId };
      text = await new Response(raw.data).text();
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
  if (response.status >= 300 && response.status < 400 || response.type === 'opaqueredirect') {
    const location = response.headers.get('Location');
    let host = 'an unknown place';
    try {
      if (location) host = new URL(location, response.url || undefined).host;
    } catch {
      /* unreadable Location */
    }
    return fail({ error_code: 'HWC.CLIENT.REDIRECT', error_msg: `The service answered ${response.status || 'a redirect'} towards ${host}; the client does not follow redirects, so nothing was sent there.` });
  }
  if (isErrorBody(raw.error)) return fail(raw.error);
  const text = typeof raw.error === 'string' ? raw.error : JSON.stringify(raw.error ?? '');
  return fail({ error_code: `HWC.CLIENT.HTTP_${response.status}`, error_msg: `The service answered ${response.status} without a Huawei error body (${type ?? 'no content type'}).`, error_detail: snippet(text, scrub) });
}
