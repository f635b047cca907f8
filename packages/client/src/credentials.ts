/**
 * The credentials given to the client, read once and checked when it is created: each must be a
 * string (a secret key read from YAML as a number, an object, anything else is refused), and
 * those that travel in a header must be sendable as they are. No message here ever shows a value.
 */
import type { WorkspaceAuth } from './authorize.js';
import { WorkspaceConfigError } from './errors.js';
import { headerValueProblem } from './headers.js';
import { hasControlCharacters } from './scrub.js';

const fail = (why: string) => new WorkspaceConfigError(`Failed to create the Workspace client: ${why}`);

function kindOf(value: unknown): string {
  return value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : typeof value === 'object'
        ? 'an object'
        : `a ${typeof value}`;
}

/** One credential: a string, without line breaks; `header`: also sendable in a header as it is. */
function credential(name: string, value: unknown, header: boolean): string {
  if (typeof value !== 'string') {
    throw fail(
      `auth.${name} must be a string, not ${kindOf(value)} (value not shown). Did you read it from YAML or JSON without quotes?`,
    );
  }
  if (hasControlCharacters(value))
    throw fail(`auth.${name} contains a line break or NUL (value not shown). Did you paste it with its newline?`);
  const problem = header ? headerValueProblem(value) : undefined;
  if (problem) throw fail(`auth.${name} ${problem} (value not shown). Did you copy it with surrounding spaces?`);
  return value;
}

/**
 * The auth option, checked and copied (getters are read once): `{ token }`, `{ accessKey,
 * secretKey, securityToken? }`, or undefined/null for none.
 */
export function readCredentials(auth: unknown): WorkspaceAuth | undefined {
  if (auth === undefined || auth === null) return undefined;
  if (typeof auth !== 'object' || Array.isArray(auth)) {
    throw fail(`auth must be { token } or { accessKey, secretKey, securityToken? }, not ${kindOf(auth)} (value not shown).`);
  }
  const given = auth as Record<string, unknown>;
  if ('token' in given) {
    const token = credential('token', given.token, true);
    if (token === '') throw fail('auth.token is empty. Did you pass the X-Subject-Token of IAM?');
    return { token };
  }
  if (given.accessKey === undefined || given.secretKey === undefined || given.accessKey === '' || given.secretKey === '') {
    throw fail('auth needs both accessKey and secretKey. Did you mean { token }?');
  }
  const accessKey = credential('accessKey', given.accessKey, true);
  // The secret key only keys the HMAC: it is never sent, so any string will do.
  const secretKey = credential('secretKey', given.secretKey, false);
  const securityToken =
    given.securityToken === undefined || given.securityToken === ''
      ? undefined
      : credential('securityToken', given.securityToken, true);
  return { accessKey, secretKey, ...(securityToken !== undefined ? { securityToken } : {}) };
}

/** Every credential string, so that no message taken from a lower layer can carry one. */
export function secretsOf(auth: WorkspaceAuth | undefined): string[] {
  if (!auth) return [];
  return 'token' in auth
    ? [auth.token]
    : [auth.accessKey, auth.secretKey, ...(auth.securityToken !== undefined ? [auth.securityToken] : [])];
}
