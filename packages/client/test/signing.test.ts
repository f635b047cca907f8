import { describe, expect, it } from 'vitest';
import {
  authorizationFor,
  canonicalRequest,
  encodeRfc3986,
  sdkDate,
  sha256Hex,
  signRequest,
  verifyRequest,
} from '../src/signing.js';

const empty = new Uint8Array();

describe("known-answer vectors of Huawei's signing guide", () => {
  it("reproduces the guide's GET with three signed headers", async () => {
    const parts = {
      method: 'GET',
      url: new URL(
        'https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0',
      ),
      headers: { 'content-type': 'application/json', host: 'service.region.example.com', 'x-sdk-date': '20191115T033655Z' },
      body: empty,
    };
    expect(await sha256Hex((await canonicalRequest(parts)).text)).toBe(
      'b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a',
    );
    expect(
      await authorizationFor(parts, { accessKey: 'QTWAOYTTINDUT2QVKYUC', secretKey: 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc' }),
    ).toBe(
      'SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe',
    );
  });

  it("reproduces the Go SDK's vector with only x-sdk-date signed", async () => {
    const parts = {
      method: 'GET',
      url: new URL('https://example.huaweicloud.com/path?limit=1'),
      headers: { 'x-sdk-date': '20060102T150405Z' },
      body: empty,
    };
    expect(await authorizationFor(parts, { accessKey: 'AccessKey', secretKey: 'SecretKey' })).toBe(
      'SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, Signature=5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624',
    );
  });

  it('builds the canonical query of the Go SDK example', async () => {
    const url = new URL('https://x.test/p');
    for (const [k, v] of [
      ['test', '一 (&=?!#%.*)'],
      ['multi', '1'],
      ['limit', '1'],
      ['path', '/tmp/123'],
      ['multi', '2'],
      ['enable', 'true'],
      ['multi', '3'],
    ] as const)
      url.searchParams.append(k, v);
    const { text } = await canonicalRequest({ method: 'GET', url, headers: { 'x-sdk-date': '20060102T150405Z' }, body: empty });
    expect(text.split('\n')[2]).toBe(
      'enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29',
    );
  });

  // Segments are decoded, then encoded as the guide says; a path that needs neither is taken as it is.
  it.each([
    ['/v2/p1/periodic/subscribe/order', '/v2/p1/periodic/subscribe/order/'],
    ['/v2/p1/x/', '/v2/p1/x/'],
    ['/', '/'],
    ['/v2/p1/jobs/a%2Fb%20c', '/v2/p1/jobs/a%2Fb%20c/'],
    ["/v2/it's/(x)", '/v2/it%27s/%28x%29/'],
    ['/v2/%ZZ/%e4%b8%80', '/v2/%25ZZ/%E4%B8%80/'],
  ])('canonical path of %s is %s', (path, want) => {
    const { text } = canonicalRequest({
      method: 'GET',
      url: new URL(`https://x.test${path}`),
      headers: { 'x-sdk-date': 'd' },
      body: empty,
    });
    expect(text.split('\n')[1]).toBe(want);
  });

  it.each([
    ['2026-11-22T10:00:00.999Z', '20261122T100000Z'],
    ['0099-01-02T03:04:05Z', '00990102T030405Z'],
    ['+012026-11-22T10:00:00Z', '+0120261122T100000Z'],
  ])('sdkDate of %s is %s', (iso, want) => {
    expect(sdkDate(new Date(iso))).toBe(want);
  });

  it('encodes like RFC 3986 with upper-case hex', () => {
    expect(encodeRfc3986("a-_.~ !'()*/")).toBe('a-_.~%20%21%27%28%29%2A%2F');
  });
});

describe('signRequest and verifyRequest', () => {
  const creds = { accessKey: 'AK1', secretKey: 'SECRET-KEY-1' };
  const date = new Date('2026-11-22T10:00:00Z');
  const make = (body = '{"a":1}', path = '/v2/p1/desktop/sub-resources?x=1') =>
    new Request(`https://workspace.ap-southeast-1.myhuaweicloud.com${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Project-Id': 'p1' },
      body,
    });
  const secretFor = (ak: string) => (ak === 'AK1' ? 'SECRET-KEY-1' : undefined);

  it('signs host, content-type, x-project-id and x-sdk-date, and keeps the body', async () => {
    const signed = await signRequest(make(), creds, { date });
    expect(signed.headers.get('X-Sdk-Date')).toBe('20261122T100000Z');
    expect(signed.headers.get('Authorization')).toMatch(
      /^SDK-HMAC-SHA256 Access=AK1, SignedHeaders=content-type;host;x-project-id;x-sdk-date, Signature=[0-9a-f]{64}$/,
    );
    expect(await verifyRequest(signed, secretFor, { now: date })).toEqual({ ok: true, accessKey: 'AK1' });
    expect(await signed.text()).toBe('{"a":1}');
  });

  it('signs and sends the security token of temporary keys', async () => {
    const signed = await signRequest(make(), { ...creds, securityToken: 'STS-TOKEN' }, { date });
    expect(signed.headers.get('X-Security-Token')).toBe('STS-TOKEN');
    expect(signed.headers.get('Authorization')).toContain('x-security-token');
    expect((await verifyRequest(signed, secretFor, { now: date })).ok).toBe(true);
  });

  // signRequest writes the signed headers in order itself; verifyRequest sorts them the generic way.
  it.each([
    [{}, undefined, 'host;x-sdk-date'],
    [{ 'Content-Type': 'text/plain' }, undefined, 'content-type;host;x-sdk-date'],
    [{ 'X-Project-Id': 'p1' }, 'STS', 'host;x-project-id;x-sdk-date;x-security-token'],
    [
      { 'Content-Type': 'application/json', 'X-Project-Id': 'p1' },
      'STS',
      'content-type;host;x-project-id;x-sdk-date;x-security-token',
    ],
    [{ 'X-Security-Token': 'given' }, undefined, 'host;x-sdk-date;x-security-token'],
  ])('signs the present default headers of %j (token %s): %s', async (headers, securityToken, names) => {
    const request = new Request('https://x.test:8443/v1/a%20b/c?z=1&a=2', { method: 'GET', headers });
    const signed = await signRequest(request, { ...creds, ...(securityToken ? { securityToken } : {}) }, { date });
    expect(signed.headers.get('Authorization')).toContain(`SignedHeaders=${names}, `);
    expect(await verifyRequest(signed, secretFor, { now: date })).toEqual({ ok: true, accessKey: 'AK1' });
  });

  const tamper: [string, (r: Request) => Promise<Request>][] = [
    ['one byte of the body', async (r) => new Request(r.url, { method: 'POST', headers: r.headers, body: '{"a":2}' })],
    [
      'the path',
      async (r) =>
        new Request(r.url.replace('sub-resources', 'sub-resourcez'), {
          method: 'POST',
          headers: r.headers,
          body: await r.text(),
        }),
    ],
    [
      'the query',
      async (r) => new Request(r.url.replace('x=1', 'x=2'), { method: 'POST', headers: r.headers, body: await r.text() }),
    ],
    [
      'the date',
      async (r) => {
        const h = new Headers(r.headers);
        h.set('X-Sdk-Date', '20261122T100001Z');
        return new Request(r.url, { method: 'POST', headers: h, body: await r.text() });
      },
    ],
    [
      'a signed header',
      async (r) => {
        const h = new Headers(r.headers);
        h.set('X-Project-Id', 'p2');
        return new Request(r.url, { method: 'POST', headers: h, body: await r.text() });
      },
    ],
  ];
  it.each(tamper)('fails verification after a change to %s', async (_name, change) => {
    const signed = await signRequest(make(), creds, { date });
    const result = await verifyRequest(await change(signed), secretFor, { now: date });
    expect(result.ok).toBe(false);
    expect(result.reason).toBe('signature does not match');
  });

  it('rejects a date more than 15 minutes off, an unknown key and a missing header', async () => {
    const signed = await signRequest(make(), creds, { date });
    expect((await verifyRequest(signed, secretFor, { now: new Date(date.getTime() + 16 * 60_000) })).reason).toMatch(
      /15 minutes/,
    );
    expect((await verifyRequest(signed, () => undefined, { now: date })).reason).toBe('unknown access key');
    expect((await verifyRequest(make(), secretFor, { now: date })).reason).toMatch(/Authorization/);
  });
});

describe('hash backends', () => {
  it('node:crypto is used in Node, and @noble/hashes (the browser backend) gives the same digests', async () => {
    const { hashBackend, nobleBackend } = await import('../src/hash.js');
    expect(hashBackend.name).toBe('node:crypto');
    // The signing guide's vector, through the portable backend.
    expect(nobleBackend.sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const nobleKeyed = nobleBackend.hmacSha256('MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc');
    const nodeKeyed = hashBackend.hmacSha256('MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc');
    for (const text of ['', 'a', 'é中文', 'x'.repeat(1000)]) {
      expect(nobleBackend.sha256Hex(text)).toBe(hashBackend.sha256Hex(text));
      expect(nobleBackend.sha256Hex(new TextEncoder().encode(text))).toBe(hashBackend.sha256Hex(text));
      // One key set up once signs each message as a fresh HMAC would.
      expect(nobleKeyed(text)).toBe(nodeKeyed(text));
    }
  });

  it("HMAC under a key set up once: RFC 4231's case 2, and createHmac's answer for keys up to and past the 64-byte block", async () => {
    const { createHmac } = await import('node:crypto');
    const { hashBackend, nobleBackend } = await import('../src/hash.js');
    const mac = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843';
    expect(hashBackend.hmacSha256('Jefe')('what do ya want for nothing?')).toBe(mac);
    expect(nobleBackend.hmacSha256('Jefe')('what do ya want for nothing?')).toBe(mac);
    for (const key of ['k', 'é中文', 'k'.repeat(64), 'k'.repeat(65), 'k'.repeat(131)]) {
      const node = hashBackend.hmacSha256(key);
      const noble = nobleBackend.hmacSha256(key);
      for (const data of ['', 'abc', 'x'.repeat(1000), 'abc']) {
        const expected = createHmac('sha256', key).update(data).digest('hex');
        expect(node(data)).toBe(expected);
        expect(noble(data)).toBe(expected);
      }
    }
  });
});

describe('User-Agent version', () => {
  it('is the package version (src/version.ts is stamped from package.json by npm run version)', async () => {
    const { readFileSync } = await import('node:fs');
    const { VERSION } = await import('../src/version.js');
    expect(VERSION).toBe(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
  });
});
