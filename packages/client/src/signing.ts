/**
 * Huawei's AK/SK request signing, SDK-HMAC-SHA256 (Node and browsers alike; hashes in hash.ts).
 * The body is read once; those exact bytes are hashed and sent.
 */
import { hmacSha256, sha256Hex } from './hash.js';
export interface AkSkCredentials {
  readonly accessKey: string;
  readonly secretKey: string;
  /** Session token of temporary keys; sent (and signed) as X-Security-Token. */
  readonly securityToken?: string;
}

/**
 * AK/SK credentials made ready to sign many requests: the HMAC key is set up once (signerFor),
 * and the secret key stays inside `hmac`'s closure, where nothing can print it.
 */
export interface Signer {
  readonly accessKey: string;
  readonly securityToken?: string;
  /** HMAC-SHA256 of a string to sign under the secret key, lower-hex. */
  readonly hmac: (stringToSign: string) => string;
}

export function signerFor(credentials: Pick<AkSkCredentials, 'accessKey' | 'secretKey' | 'securityToken'>): Signer {
  return {
    accessKey: credentials.accessKey,
    ...(credentials.securityToken ? { securityToken: credentials.securityToken } : {}),
    hmac: hmacSha256(credentials.secretKey),
  };
}

export const ALGORITHM = 'SDK-HMAC-SHA256';
export { sha256Hex } from './hash.js';

const UNRESERVED = /^[A-Za-z0-9\-._~]*$/;
/** A path whose segments all need neither decoding nor encoding. */
const PLAIN_PATH = /^[A-Za-z0-9\-._~/]*$/;

/** Percent-encoding of the signing guide: unreserved characters kept, the rest as %XX (upper-case). */
export function encodeRfc3986(value: string): string {
  // Most path segments and query keys need no encoding: skip the two passes (measured: signing
  // runs cold between network calls, where every pass shows).
  if (UNRESERVED.test(value)) return value;
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `YYYYMMDDTHHMMSSZ` in UTC. */
export function sdkDate(date: Date): string {
  const iso = date.toISOString();
  // `YYYY-MM-DDTHH:MM:SS.sssZ` for years 0 to 9999: cut, not searched (signing runs once per call).
  if (iso.length === 24)
    return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
  return iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function parseSdkDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!)) : undefined;
}

export interface SigningParts {
  readonly method: string;
  readonly url: URL;
  /** The headers to sign, by lower-case name. */
  readonly headers: Readonly<Record<string, string>>;
  /** The bytes sent; a string is hashed as its UTF-8 bytes, which is what fetch sends for it. */
  readonly body: Uint8Array | string;
}

/** A segment's text; a malformed escape (`%ZZ`) is kept as written rather than thrown on. */
function decodeSegment(segment: string): string {
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function canonicalPath(url: URL): string {
  const pathname = url.pathname;
  if (PLAIN_PATH.test(pathname)) return pathname.endsWith('/') ? pathname : `${pathname}/`;
  const segments = pathname.split('/').map((s) => encodeRfc3986(decodeSegment(s)));
  const path = segments.join('/');
  return path.endsWith('/') ? path : `${path}/`;
}

function canonicalQuery(url: URL): string {
  if (url.search === '') return '';
  return [...url.searchParams.entries()]
    .map(([k, v]) => [encodeRfc3986(k), encodeRfc3986(v)] as const)
    .sort(([ka, va], [kb, vb]) => (ka < kb ? -1 : ka > kb ? 1 : va < vb ? -1 : va > vb ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

/** The canonical request of the signing guide, and the signed header list. */
export function canonicalRequest(parts: SigningParts): { text: string; signedHeaders: string } {
  const given = Object.keys(parts.headers);
  const lower: Record<string, string> = Object.create(null);
  const names: string[] = [];
  for (const name of given) {
    const n = name.toLowerCase();
    lower[n] = parts.headers[name] as string;
    names.push(n);
  }
  names.sort();
  let headerBlock = '';
  for (const n of names) headerBlock += `${n}:${String(lower[n]).trim()}\n`;
  const signedHeaders = names.join(';');
  return { text: canonicalText(parts.method, parts.url, headerBlock, signedHeaders, parts.body), signedHeaders };
}

/** The canonical request around its header block (`name:value\n` per header, sorted) and signed header list. */
function canonicalText(method: string, url: URL, headerBlock: string, signedHeaders: string, body: Uint8Array | string): string {
  return `${method.toUpperCase()}\n${canonicalPath(url)}\n${canonicalQuery(url)}\n${headerBlock}\n${signedHeaders}\n${sha256Hex(body)}`;
}

/** The Authorization value for a canonical request. */
function authorization(signer: Signer, date: string, text: string, signedHeaders: string): string {
  const signature = signer.hmac(`${ALGORITHM}\n${date}\n${sha256Hex(text)}`);
  return `${ALGORITHM} Access=${signer.accessKey}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}

/** Signs exactly the given headers (which must include x-sdk-date) and returns the Authorization value. */
export function authorizationFor(parts: SigningParts, credentials: Pick<AkSkCredentials, 'accessKey' | 'secretKey'>): string {
  return authorizationWith(parts, signerFor(credentials));
}

/** authorizationFor with a signer set up beforehand (one per client). */
export function authorizationWith(parts: SigningParts, signer: Signer): string {
  const date = parts.headers['x-sdk-date'] ?? parts.headers['X-Sdk-Date'];
  if (!date) throw new TypeError('Failed to sign the request: x-sdk-date is not among the signed headers. Did you set it?');
  const { text, signedHeaders } = canonicalRequest(parts);
  return authorization(signer, date, text, signedHeaders);
}

/**
 * Returns a copy of `request` signed with AK/SK: adds X-Sdk-Date (and X-Security-Token for
 * temporary keys), signs host, x-sdk-date and the present ones of content-type, x-project-id
 * and x-security-token, over the exact body bytes, which the returned request carries.
 */
export async function signRequest(
  request: Request,
  credentials: AkSkCredentials,
  options: { date?: Date } = {},
): Promise<Request> {
  return signOwnedRequest(request.clone(), signerFor(credentials), options);
}

/**
 * Signs in place: sets X-Sdk-Date, X-Security-Token (temporary keys) and Authorization on
 * `headers`, over `body`, the exact bytes (or text, hashed as UTF-8) that will be sent.
 */
export function signHeaders(
  method: string,
  url: URL,
  headers: Headers,
  body: Uint8Array | string,
  signer: Signer,
  date: Date = new Date(),
): void {
  const sdk = sdkDate(date);
  headers.set('X-Sdk-Date', sdk);
  if (signer.securityToken) headers.set('X-Security-Token', signer.securityToken);
  // The headers signed by default, when present, written in the canonical (sorted) order:
  // content-type, host, x-project-id, x-sdk-date, x-security-token. No object, no sort per call.
  const type = headers.get('content-type');
  const project = headers.get('x-project-id');
  const token = headers.get('x-security-token');
  let block = type === null ? '' : `content-type:${type.trim()}\n`;
  block += `host:${url.host.trim()}\n`;
  if (project !== null) block += `x-project-id:${project.trim()}\n`;
  block += `x-sdk-date:${sdk}\n`;
  if (token !== null) block += `x-security-token:${token.trim()}\n`;
  const names = `${type === null ? '' : 'content-type;'}host${project === null ? '' : ';x-project-id'};x-sdk-date${token === null ? '' : ';x-security-token'}`;
  headers.set('Authorization', authorization(signer, sdk, canonicalText(method, url, block, names, body), names));
}

/** signRequest for a request nobody else will read: its body is consumed, not copied (faster). */
export async function signOwnedRequest(request: Request, signer: Signer, options: { date?: Date } = {}): Promise<Request> {
  const url = new URL(request.url);
  const body = new Uint8Array(await request.arrayBuffer());
  const headers = new Headers(request.headers);
  signHeaders(request.method, url, headers, body, signer, options.date);
  return new Request(url, {
    method: request.method,
    headers,
    ...(request.method === 'GET' || request.method === 'HEAD' ? {} : { body }),
    signal: request.signal,
    // Keep the caller's choice: the client never follows redirects.
    redirect: request.redirect,
  });
}

export interface Verification {
  readonly ok: boolean;
  /** Why not, in words safe to send back (no secrets). */
  readonly reason?: string;
  readonly accessKey?: string;
}

const AUTH = /^SDK-HMAC-SHA256 Access=([^,\s]+), SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/;

/**
 * Checks a received request's AK/SK signature, as the gateway does: the Authorization header,
 * a date within `maxSkewMs` (15 minutes) of `now`, and the signature over the signed headers,
 * path, query and body. `secretFor` maps an access key to its secret (undefined: unknown key).
 */
export async function verifyRequest(
  request: Request,
  secretFor: (accessKey: string) => string | undefined,
  options: { now?: Date; maxSkewMs?: number; body?: Uint8Array } = {},
): Promise<Verification> {
  const match = AUTH.exec(request.headers.get('Authorization') ?? '');
  if (!match) return { ok: false, reason: 'missing or malformed SDK-HMAC-SHA256 Authorization header' };
  const [, accessKey = '', signedHeaders = '', signature = ''] = match;
  const secretKey = secretFor(accessKey);
  if (typeof secretKey !== 'string') return { ok: false, reason: 'unknown access key', accessKey };
  const date = parseSdkDate(request.headers.get('X-Sdk-Date') ?? '');
  if (!date) return { ok: false, reason: 'missing or malformed X-Sdk-Date', accessKey };
  const skew = Math.abs((options.now ?? new Date()).getTime() - date.getTime());
  if (skew > (options.maxSkewMs ?? 15 * 60_000))
    return { ok: false, reason: 'X-Sdk-Date is more than 15 minutes away from the server clock', accessKey };
  const names = signedHeaders.split(';');
  if (!names.includes('x-sdk-date')) return { ok: false, reason: 'x-sdk-date is not signed', accessKey };
  const url = new URL(request.url);
  const headers = Object.create(null) as Record<string, string>;
  for (const name of names) {
    const value = name === 'host' ? (request.headers.get('host') ?? url.host) : request.headers.get(name);
    if (value === null) return { ok: false, reason: `signed header ${name} is missing`, accessKey };
    headers[name] = value;
  }
  const body = options.body ?? new Uint8Array(await request.clone().arrayBuffer());
  const expected = authorizationFor({ method: request.method, url, headers, body }, { accessKey, secretKey });
  const expectedSignature = expected.slice(expected.lastIndexOf('=') + 1);
  let diff = expectedSignature.length ^ signature.length;
  for (let i = 0; i < expectedSignature.length; i++) diff |= expectedSignature.charCodeAt(i) ^ (signature.charCodeAt(i) || 0);
  return diff === 0 ? { ok: true, accessKey } : { ok: false, reason: 'signature does not match', accessKey };
}
