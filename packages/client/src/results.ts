import { checkResponse, type OperationValidators } from '@hwc-workspace/validators';
import type { WorkspaceErrorBody } from './errors.js';

export type WorkspaceResult<T> =
  | { readonly data: T; readonly error?: undefined; readonly response: Response; readonly requestId: string | undefined }
  | { readonly data?: undefined; readonly error: WorkspaceErrorBody; readonly response: Response; readonly requestId: string | undefined };

function isErrorBody(value: unknown): value is WorkspaceErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as { error_code?: unknown }).error_code === 'string';
}

function snippet(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/**
 * Turns openapi-fetch's answer (`parseAs: 'text'`) into a typed result. Bodies that are not JSON,
 * or (with `validateResponses`) do not match the spec, become error objects, never exceptions.
 */
export function toResult<T>(validators: OperationValidators, raw: { data?: unknown; error?: unknown; response: Response }, validateResponses: boolean): WorkspaceResult<T> {
  const { response } = raw;
  const requestId = response.headers.get('X-Request-Id') ?? undefined;
  const fail = (error: WorkspaceErrorBody): WorkspaceResult<T> => ({ error, response, requestId });
  const type = response.headers.get('Content-Type') ?? 'no content type';
  if (response.ok) {
    const text = typeof raw.data === 'string' ? raw.data : '';
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return fail({ error_code: 'HWC.CLIENT.INVALID_JSON', error_msg: `The service answered ${response.status} with a body that is not JSON (${type}).`, error_detail: snippet(text) });
    }
    if (validateResponses) {
      const check = checkResponse(validators, response.status, data);
      if (!check.ok) {
        const first = check.issues[0];
        return fail({ error_code: 'HWC.CLIENT.UNEXPECTED_SHAPE', error_msg: `The ${response.status} body does not match the spec at ${first?.path || '(root)'}: ${first?.message}.`, error_detail: JSON.stringify(check.issues) });
      }
    }
    return { data: data as T, response, requestId };
  }
  if (isErrorBody(raw.error)) return fail(raw.error);
  const text = typeof raw.error === 'string' ? raw.error : JSON.stringify(raw.error ?? '');
  return fail({ error_code: `HWC.CLIENT.HTTP_${response.status}`, error_msg: `The service answered ${response.status} without a Huawei error body (${type}).`, error_detail: snippet(text) });
}
