/** One operation's answer to one request, shared by the MSW handlers and the real mock server. */
import { OPERATIONS, type OperationDescriptor } from '@hwc-workspace/client';
import type { OperationId } from '@hwc-workspace/types';
import { validateRequest } from '@hwc-workspace/validators';
import type { OperationFixture } from './fixture.js';
import { mediaKind, mediaTypeOf } from './generated/media.js';
import { readParameters } from './request.js';
import { exampleOf, invalidRequestError, nextRequestId, successStatus } from './responses.js';

export function jsonResponse(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', 'X-Request-Id': nextRequestId() },
  });
}

/** An answer in the documented media type of a status: no body, JSON, or the example as text. */
export function documentedResponse(fixture: OperationFixture, status: string, value: unknown): Response {
  const code = /^\d{3}$/.test(status) ? Number(status) : status === 'default' ? 200 : Number(status.charAt(0)) * 100;
  const { mediaType = null, kind = null } = fixture.responses[status] ?? {};
  if (mediaType === null || code === 204 || code === 304)
    return new Response(null, { status: code, headers: { 'X-Request-Id': nextRequestId() } });
  if (kind === 'json') return jsonResponse(value ?? {}, code);
  return new Response(typeof value === 'string' ? value : JSON.stringify(value ?? ''), {
    status: code,
    headers: { 'Content-Type': mediaType, 'X-Request-Id': nextRequestId() },
  });
}

export function descriptorOf(fixture: OperationFixture): OperationDescriptor {
  return (OPERATIONS as Record<string, OperationDescriptor>)[fixture.methodName] as OperationDescriptor;
}

/** A body in a media type the operation does not declare: the service answers 415. */
function undeclaredMediaType(op: OperationDescriptor, request: Request): string | undefined {
  if (!op.body || request.body === null) return undefined;
  const sent = mediaTypeOf(request.headers.get('Content-Type'));
  const declared = mediaTypeOf(op.body.mediaType);
  const jsonFamily = op.body.kind === 'json' && mediaKind(sent) === 'json';
  return sent === declared || jsonFamily ? undefined : sent || 'a body without Content-Type';
}

async function parseJsonBody(op: OperationDescriptor, request: Request): Promise<{ ok: true; body: unknown } | { ok: false }> {
  if (op.body?.kind !== 'json') return { ok: true, body: undefined };
  const text = await request.text();
  if (text === '' && !op.body.required) return { ok: true, body: undefined };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** The success example for a valid request: the one named like the request's branch, else the first. */
function successFor(fixture: OperationFixture, body: unknown): Response {
  const status = successStatus(fixture);
  const examples = fixture.responses[status]?.examples ?? {};
  const tag =
    fixture.discriminator && typeof body === 'object' && body !== null
      ? (body as Record<string, unknown>)[fixture.discriminator]
      : undefined;
  return documentedResponse(
    fixture,
    status,
    typeof tag === 'string' && Object.hasOwn(examples, tag) ? examples[tag] : exampleOf(fixture, status),
  );
}

/**
 * Checks the parameters and the body against the spec like the service (400 naming the first
 * issue when invalid) and answers with `answer(body)`, or by default with the documented
 * success example matching the request.
 */
export async function handleOperation(
  fixture: OperationFixture,
  request: Request,
  answer?: (body: unknown) => Response,
): Promise<Response> {
  const op = descriptorOf(fixture);
  const params = readParameters(op, new URL(request.url), request.headers);
  if (!params.ok) return jsonResponse({ error_code: 'WKS.0001', error_msg: `The request is malformed: ${params.message}.` }, 400);
  const undeclared = undeclaredMediaType(op, request);
  if (undeclared)
    return jsonResponse(
      { error_code: 'APIGW.0202', error_msg: `The request body must be ${op.body?.mediaType}, not ${undeclared}.` },
      415,
    );
  const parsed = await parseJsonBody(op, request);
  if (!parsed.ok) return jsonResponse({ error_code: 'WKS.0001', error_msg: 'The request body is not valid JSON.' }, 400);
  const input =
    op.callShape === 'body' ? parsed.body : { ...params.input, ...(parsed.body !== undefined ? { body: parsed.body } : {}) };
  const result = validateRequest(fixture.operationId as OperationId, input);
  if (!result.ok) return jsonResponse(invalidRequestError(result.issues), 400);
  return answer ? answer(parsed.body) : successFor(fixture, parsed.body);
}
