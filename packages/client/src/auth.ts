import type { Middleware } from 'openapi-fetch';
import { signHeaders, signOwnedRequest, type AkSkCredentials } from './signing.js';

/** Where the client's own calls put the body text they send (null: no body), for signing in place. */
export const SENT_BODY = Symbol('hwc-workspace.sentBody');

/** `{ token }` sends X-Auth-Token; AK/SK credentials sign every request (SDK-HMAC-SHA256). */
export type WorkspaceAuth = { readonly token: string } | AkSkCredentials;

/**
 * The auth middleware, for credentials checked by readCredentials (credentials.ts). They live
 * only in this closure: they are never put on the client object, in an error, or in anything
 * that can be printed. `project`: the project ID, or the IAM lookup that finds it (awaited before signing).
 */
export function authMiddleware(auth: WorkspaceAuth, project: () => string | Promise<string>): Middleware {
  if ('token' in auth) {
    const token = auth.token;
    return { onRequest: ({ request }) => void request.headers.set('X-Auth-Token', token) };
  }
  const credentials: AkSkCredentials = { accessKey: auth.accessKey, secretKey: auth.secretKey, ...(auth.securityToken ? { securityToken: auth.securityToken } : {}) };
  return {
    onRequest: async ({ request, params }) => {
      request.headers.set('X-Project-Id', await project());
      // The client's own calls pass the exact text they send: the request is signed in place,
      // with no copy of its body. Other calls through `client.raw` are read once and rebuilt.
      const sent = (params as { [SENT_BODY]?: string | null })[SENT_BODY];
      if (sent !== undefined) {
        signHeaders(request.method, new URL(request.url), request.headers, sent ?? '', credentials);
        return undefined;
      }
      return signOwnedRequest(request, credentials);
    },
  };
}
