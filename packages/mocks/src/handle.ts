/** One operation's answer to one request, shared by the MSW handlers and the real mock server. */
import { validateRequest } from '@hwc-workspace/validators';
import type { OperationId } from '@hwc-workspace/types';
import type { OperationFixture } from './fixture.js';
import { exampleOf, invalidBodyError, nextRequestId } from './responses.js';

export function jsonResponse(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', 'X-Request-Id': nextRequestId() } });
}

async function readJson(request: Request): Promise<{ ok: true; body: unknown } | { ok: false }> {
  try {
    return { ok: true, body: JSON.parse(await request.text()) };
  } catch {
    return { ok: false };
  }
}

/** The 200 example for a valid body: the one named like the request's branch, else the first. */
function successFor(fixture: OperationFixture, body: unknown): unknown {
  const examples = fixture.responses['200']?.examples ?? {};
  const tag = fixture.discriminator && typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[fixture.discriminator] : undefined;
  return typeof tag === 'string' && tag in examples ? examples[tag] : exampleOf(fixture, 200);
}

/**
 * Validates the body against the spec (400 naming the first issue when invalid) and answers
 * with `answer(body)`, or by default with the 200 example matching the request.
 */
export async function handleOperation(fixture: OperationFixture, request: Request, answer?: (body: unknown) => Response): Promise<Response> {
  const parsed = await readJson(request);
  if (!parsed.ok) return jsonResponse({ error_code: 'WKS.0001', error_msg: 'The request body is not valid JSON.' }, 400);
  const result = validateRequest(fixture.operationId as OperationId, parsed.body);
  if (!result.ok) return jsonResponse(invalidBodyError(result.issues), 400);
  return answer ? answer(parsed.body) : jsonResponse(successFor(fixture, parsed.body), 200);
}
