/**
 * Credentials of the wrong type (a number read from YAML, an object, a string where the auth
 * object goes) are refused when the client is created, and no message, stack or inspection
 * carries them, whatever their type.
 */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createWorkspaceClient, WorkspaceConfigError } from '../src/index.js';
import { scrubber } from '../src/scrub.js';

const NUMBER = 987654321987;
const SECRET = 'SK-typed-secret-0123456789';

/** Every way an error can be printed. */
const printed = (e: unknown) =>
  [String(e), (e as Error)?.stack ?? '', inspect(e, { depth: 5 }), JSON.stringify(e) ?? ''].join('\n');

function creationError(auth: unknown): unknown {
  try {
    createWorkspaceClient({ endpoint: 'http://127.0.0.1:9', projectId: 'p1', auth: auth as never });
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('credentials of the wrong type are refused at creation, unseen', () => {
  it.each([
    ['a number secretKey (YAML reads digits as a number)', { accessKey: 'AK', secretKey: NUMBER }],
    ['a number accessKey', { accessKey: NUMBER, secretKey: SECRET }],
    ['a number securityToken', { accessKey: 'AK', secretKey: SECRET, securityToken: NUMBER }],
    ['a number token', { token: NUMBER }],
    ['a bigint secretKey', { accessKey: 'AK', secretKey: BigInt(NUMBER) }],
    ['an object secretKey', { accessKey: 'AK', secretKey: { value: SECRET, toString: () => SECRET } }],
    ['an array token', { token: [SECRET] }],
    ['a boolean secretKey beside a secret access key', { accessKey: SECRET, secretKey: true }],
  ])('%s', (_n, auth) => {
    const error = creationError(auth);
    expect(error).toBeInstanceOf(WorkspaceConfigError);
    expect((error as Error).message).toMatch(/^Failed to create the Workspace client: auth\.\w+ must be a string/);
    expect(printed(error)).not.toContain(String(NUMBER));
    expect(printed(error)).not.toContain(SECRET);
  });

  it.each([
    ['a string', SECRET],
    ['a number', NUMBER],
    ['an array', [SECRET]],
  ])('auth given as %s is refused without echoing it', (_n, auth) => {
    const error = creationError(auth);
    expect(error).toBeInstanceOf(WorkspaceConfigError);
    expect((error as Error).message).toMatch(/auth must be \{ token \} or \{ accessKey, secretKey/);
    expect(printed(error)).not.toContain(String(NUMBER));
    expect(printed(error)).not.toContain(SECRET);
  });

  it('a credential that a header cannot carry as given is refused at creation (fetch would trim or reject it)', () => {
    for (const auth of [
      { token: ` ${SECRET}` },
      { token: `${SECRET}\t` },
      { token: `${SECRET}€` },
      { accessKey: `AK\u0001`, secretKey: SECRET },
      { accessKey: 'AK', secretKey: SECRET, securityToken: `${SECRET} ` },
    ]) {
      const error = creationError(auth);
      expect(error).toBeInstanceOf(WorkspaceConfigError);
      expect(printed(error)).not.toContain(SECRET);
    }
  });

  it('a secret key is never sent in a header: any well-formed string is accepted', () => {
    expect(creationError({ accessKey: 'AK', secretKey: ` ${SECRET} €` })).toBeUndefined();
  });
});

describe('the scrubber knows secrets of any type', () => {
  it('scrubs a number, a bigint and the text of an object', () => {
    const scrub = scrubber([NUMBER as never, BigInt(NUMBER + 1) as never, { toString: () => SECRET } as never]);
    expect(scrub(`Received type number (${NUMBER}); ${NUMBER + 1}; ${SECRET}`)).toBe(
      'Received type number ([redacted]); [redacted]; [redacted]',
    );
  });
});

describe('an answer that echoes a credential', () => {
  it('is scrubbed from the messages and details the client writes', async () => {
    const { serve } = await import('./serve.js');
    const { caught } = await import('./caught.js');
    const TOKEN = 'TOKEN-echoed-0123456789';
    const echo = (status: number) =>
      serve((req, res) =>
        res
          .writeHead(status, { 'Content-Type': 'text/html' })
          .end(`<pre>X-Auth-Token was ${String(req.headers['x-auth-token'])}</pre>`),
      );
    const ok = await echo(200);
    const unreadable = await caught(
      createWorkspaceClient({ endpoint: ok.url, projectId: 'p1', auth: { token: TOKEN } }).addDesktopSubResources({
        sub_resource_sku: 's',
        desktop_ids: ['d'],
      }),
    );
    expect((unreadable as Error).message).toMatch(/not JSON/);
    expect(printed(unreadable)).not.toContain(TOKEN);
    const bad = await echo(502);
    const result = await createWorkspaceClient({
      endpoint: bad.url,
      projectId: 'p1',
      auth: { token: TOKEN },
    }).addDesktopSubResources({ sub_resource_sku: 's', desktop_ids: ['d'] });
    expect(result.error?.error_code).toBe('HWC.CLIENT.HTTP_502');
    expect(JSON.stringify(result.error)).not.toContain(TOKEN);
  });
});
