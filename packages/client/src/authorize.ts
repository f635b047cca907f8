/**
 * Step 3 of a call: authorize. `{ token }` sets X-Auth-Token; AK/SK credentials set X-Project-Id
 * and sign (SDK-HMAC-SHA256) over the exact body text the call sends, passed in as an argument.
 * The same authorizer serves `client.raw` as an openapi-fetch middleware.
 */
import type { Middleware } from 'openapi-fetch';
import { type AkSkCredentials, signerFor, signHeaders, signOwnedRequest } from './signing.js';

/** `{ token }` sends X-Auth-Token; AK/SK credentials sign every request (SDK-HMAC-SHA256). */
export type WorkspaceAuth = { readonly token: string } | AkSkCredentials;

export interface Authorizer {
  /**
   * Sets the auth headers on `headers` for a request to `url` whose body is exactly `body`
   * ('' for none). Synchronous once the project is known; AK/SK waits for the IAM lookup before that.
   */
  headers(method: string, url: string, headers: Headers, body: string | Uint8Array): void | Promise<void>;
  /** The same for a built request (client.raw's calls, bodies that are not text): its body is read once. */
  request(request: Request): Request | Promise<Request>;
}

/**
 * The authorizer, for credentials checked by readCredentials (credentials.ts). They live only in
 * this closure: never on the client object, in an error, or in anything that can be printed.
 * `project`: the project ID, or the IAM lookup that finds it (awaited before signing).
 */
export function createAuthorizer(auth: WorkspaceAuth, project: () => string | Promise<string>): Authorizer {
  if ('token' in auth) {
    const token = auth.token;
    return {
      headers: (_method, _url, headers) => void headers.set('X-Auth-Token', token),
      request: (request) => (request.headers.set('X-Auth-Token', token), request),
    };
  }
  // The HMAC key set up once for all calls; the secret key lives on only inside it.
  const signer = signerFor(auth);
  const sign = (id: string, method: string, url: string, headers: Headers, body: string | Uint8Array) => {
    headers.set('X-Project-Id', id);
    signHeaders(method, new URL(url), headers, body, signer);
  };
  return {
    headers(method, url, headers, body) {
      const id = project();
      if (typeof id === 'string') return sign(id, method, url, headers, body);
      return id.then((known) => sign(known, method, url, headers, body));
    },
    async request(request) {
      request.headers.set('X-Project-Id', await project());
      return signOwnedRequest(request, signer);
    },
  };
}

/** The authorizer as openapi-fetch middleware, for `client.raw`. */
export function authMiddleware(authorizer: Authorizer): Middleware {
  return { onRequest: ({ request }) => authorizer.request(request) };
}
