// The client's rows: the one-operation bundle and the per-call latency on loopback. Run alone with
// `npm run bench:client` when the whole bench is too slow on a loaded machine; bench.mjs runs it too.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadSpec, normalize } from '@hwc-workspace/codegen';
import { bundleFloors, printFloors } from './bundle-floors.mjs';
import { formatRatio, latencyInterleaved, printTable } from './lib.mjs';
import { benchBodies } from './validators-bench.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const fmt = (n, unit) => `${n >= 100 ? Math.round(n).toLocaleString('en') : n.toFixed(2)} ${unit}`;
const log = (m) => process.stderr.write(`bench: ${m}\n`);

/** The CreateOrder createDesktops example of the spec: the body every client row sends. */
export function createDesktopsExample(model) {
  return model.operations.find((o) => o.operationId === 'CreateOrder').requestExamples.find((e) => e.name === 'createDesktops')
    .value;
}

/**
 * The client's rows for the bench table, and `floors` (bundle-floors.mjs) for the tables printed
 * after it. `model` and `bodies`: the normalized spec and the validator bench's bodies.
 */
export async function clientRows(example, model, bodies) {
  const rows = [];
  // 4. Bundle: a consumer that validates and calls one operation, minified, gzipped, nothing
  // excluded; then the same taken apart (bundle-floors.mjs; the tables after the main one).
  const floors = await bundleFloors(model, bodies);
  const kB = (bytes) => fmt(bytes / 1024, 'kB');
  const validators = floors.parts[0];
  rows.push({
    name: 'bundle: validate + call createOrder alone (esbuild, min+gzip)',
    ours: kB(floors.whole.gz),
    peer: `${kB(floors.whole.raw)} raw`,
    ratio: '-',
    target: '<= 16 kB',
    met: floors.whole.gz <= 16 * 1024,
  });
  rows.push({
    name: '  of which the CreateOrder validators (compiled.js, as shipped)',
    ours: kB(validators.gz),
    peer: `${kB(validators.raw)} raw`,
    ratio: '-',
    target: '-',
    met: true,
  });
  rows.push({
    name: '  of which the client and validation runtime (validators stubbed)',
    ours: kB(floors.clientOnly.gz),
    peer: `${kB(floors.clientOnly.raw)} raw`,
    ratio: '-',
    target: '-',
    met: true,
  });
  rows.push({
    name: "  floor toward 12 kB: token-only client + the validator's schemas as data, no validator code",
    ours: kB(floors.floor.gz),
    peer: `${kB(floors.floor.raw)} raw`,
    ratio: '-',
    target: '-',
    met: true,
  });

  // 5. Per-call latency on loopback: raw fetch vs the client with a token vs the client with AK/SK,
  // and the signature alone against the previous implementation (WebCrypto, written here as the peer).
  log('latency');
  const { createServer } = await import('node:http');
  const { createWorkspaceClient, signRequest } = await import('@hwc-workspace/client');
  const { authorizationFor, authorizationWith, signerFor, signHeaders } = await import(
    pathToFileURL(join(root, 'packages/client/dist/signing.js')).href
  );
  const { sha256Hex } = await import(pathToFileURL(join(root, 'packages/client/dist/hash.js')).href);
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () =>
      res.writeHead(200, { 'Content-Type': 'application/json', 'X-Request-Id': 'r' }).end('{"order_id":"CS1"}'),
    );
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const endpoint = `http://127.0.0.1:${server.address().port}`;
  const orderUrl = `${endpoint}/v2/p1/periodic/subscribe/order`;
  const tokenClient = createWorkspaceClient({ endpoint, projectId: 'p1', auth: { token: 't' }, validate: false });
  const akskClient = createWorkspaceClient({
    endpoint,
    projectId: 'p1',
    auth: { accessKey: 'AK', secretKey: 'SK' },
    validate: false,
  });
  const akskValidating = createWorkspaceClient({
    endpoint,
    projectId: 'p1',
    auth: { accessKey: 'AK', secretKey: 'SK' },
    validate: true,
  });

  // The peer: the signer as it was before issue 10 (three dependent WebCrypto round trips), same steps.
  const subtle = globalThis.crypto.subtle;
  const enc = new TextEncoder();
  const hexOf = (buf) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
  const wcKeys = new Map();
  const wcSha = async (data) => hexOf(await subtle.digest('SHA-256', typeof data === 'string' ? enc.encode(data) : data));
  const wcHmac = async (key, data) => {
    if (!wcKeys.has(key))
      wcKeys.set(key, subtle.importKey('raw', enc.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']));
    return hexOf(await subtle.sign('HMAC', await wcKeys.get(key), enc.encode(data)));
  };
  async function webCryptoAuthorization(parts, credentials) {
    const names = Object.keys(parts.headers).sort();
    const path = parts.url.pathname.endsWith('/') ? parts.url.pathname : `${parts.url.pathname}/`;
    const text = [
      parts.method,
      path,
      '',
      names.map((n) => `${n}:${parts.headers[n].trim()}\n`).join(''),
      names.join(';'),
      await wcSha(parts.body),
    ].join('\n');
    const signature = await wcHmac(
      credentials.secretKey,
      `SDK-HMAC-SHA256\n${parts.headers['x-sdk-date']}\n${await wcSha(text)}`,
    );
    return `SDK-HMAC-SHA256 Access=${credentials.accessKey}, SignedHeaders=${names.join(';')}, Signature=${signature}`;
  }
  async function webCryptoSignRequest(request, credentials) {
    const copy = request.clone();
    const url = new URL(copy.url);
    const body = new Uint8Array(await copy.arrayBuffer());
    const headers = new Headers(copy.headers);
    headers.set(
      'X-Sdk-Date',
      new Date()
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, ''),
    );
    const signed = { host: url.host, 'x-sdk-date': headers.get('X-Sdk-Date') };
    for (const name of ['content-type', 'x-project-id']) if (headers.get(name) !== null) signed[name] = headers.get(name);
    headers.set('Authorization', await webCryptoAuthorization({ method: copy.method, url, headers: signed, body }, credentials));
    return new Request(url, { method: copy.method, headers, body, signal: copy.signal, redirect: copy.redirect });
  }
  const freshRequest = () =>
    new Request(orderUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Project-Id': 'p1' },
      body: JSON.stringify(example),
    });
  const parts = {
    method: 'POST',
    url: new URL(orderUrl),
    headers: {
      host: new URL(orderUrl).host,
      'x-sdk-date': '20261123T120000Z',
      'content-type': 'application/json',
      'x-project-id': 'p1',
    },
    body: enc.encode(JSON.stringify(example)),
  };
  const creds = { accessKey: 'AK', secretKey: 'SK' };
  // The client sets its HMAC key up once (signerFor); so does this row.
  const signer = signerFor(creds);
  if (authorizationFor(parts, creds) !== (await webCryptoAuthorization(parts, creds)))
    throw new Error('Failed to benchmark: the WebCrypto peer signs differently');
  // Calls over loopback, interleaved call by call (lib.mjs latencyInterleaved): ratios per round,
  // their median and spread. The wire peer carries AK/SK's three extra headers, signed once
  // beforehand: what the signature costs on the wire, without computing it.
  const wireHeaders = new Headers({ 'Content-Type': 'application/json', 'X-Project-Id': 'p1' });
  signHeaders('POST', new URL(orderUrl), wireHeaders, JSON.stringify(example), signer);
  const signedOnce = Object.fromEntries(wireHeaders);
  const canonicalStandIn = `POST\n/v2/p1/periodic/subscribe/order/\n\ncontent-type:application/json\nhost:${new URL(orderUrl).host}\nx-project-id:p1\nx-sdk-date:20261123T120000Z\n\ncontent-type;host;x-project-id;x-sdk-date\n`;
  const calls = await latencyInterleaved(
    {
      raw: async () =>
        (
          await fetch(orderUrl, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Auth-Token': 't' },
            body: JSON.stringify(example),
          })
        ).json(),
      rawAkSkHeaders: async () =>
        (await fetch(orderUrl, { method: 'POST', headers: signedOnce, body: JSON.stringify(example) })).json(),
      // The same, computing what no AK/SK signer can skip: the body's SHA-256, the canonical
      // request's (here a text of its size) and the HMAC, with the client's own hash module.
      rawAkSkHashes: async () => {
        const body = JSON.stringify(example);
        const digest = sha256Hex(`${canonicalStandIn}${sha256Hex(body)}`);
        signer.hmac(`SDK-HMAC-SHA256\n20261123T120000Z\n${digest}`);
        return (await fetch(orderUrl, { method: 'POST', headers: signedOnce, body })).json();
      },
      token: () => tokenClient.createOrder(example),
      aksk: () => akskClient.createOrder(example),
      akskValidating: () => akskValidating.createOrder(example),
    },
    { rounds: 61, calls: 40 },
  );
  server.close();
  // No network: signRequest on a fresh Request (clone, body read, headers, hashes, new Request),
  // the signature alone over prepared parts (canonical request, two SHA-256, one HMAC), and what
  // a fresh Request, its body read and a copy with that body cost by themselves (the floor of
  // signRequest's shape).
  const local = await latencyInterleaved(
    {
      sign: () => signRequest(freshRequest(), creds),
      signWebCrypto: () => webCryptoSignRequest(freshRequest(), creds),
      authorization: async () => authorizationWith(parts, signer),
      authorizationWebCrypto: () => webCryptoAuthorization(parts, creds),
      requestOnly: async () => {
        const request = freshRequest();
        const body = new Uint8Array(await request.clone().arrayBuffer());
        return new Request(request.url, { method: 'POST', headers: request.headers, body });
      },
    },
    { rounds: 41, calls: 40 },
  );
  const us = (ms) => fmt(ms * 1000, 'µs');
  const row = (name, m, a, b, target, limit, digits) => {
    const r = m.ratio(a, b);
    return {
      name,
      ours: us(m.ms[a]),
      peer: us(m.ms[b]),
      ratio: formatRatio(r, digits),
      target: limit === undefined ? '-' : target,
      met: limit === undefined || r.median <= limit,
    };
  };
  rows.push(row('latency per call: client (token) vs raw fetch', calls, 'token', 'raw', '<= 1.2x', 1.2));
  rows.push(row('latency per call: client (AK/SK) vs client (token)', calls, 'aksk', 'token', '<= 1.15x', 1.15));
  rows.push(row("  floor: raw fetch with AK/SK's headers (signed once) vs raw fetch", calls, 'rawAkSkHeaders', 'raw'));
  // What the hashes add to a raw fetch, over a token call: the least AK/SK can cost over token.
  const hashFloor = calls.stat((t) => 1 + (t.rawAkSkHashes - t.rawAkSkHeaders) / t.token);
  rows.push({
    name: "  floor: token + the signature's two SHA-256 and HMAC (timed on raw fetch) vs token",
    ours: us(calls.ms.token + calls.ms.rawAkSkHashes - calls.ms.rawAkSkHeaders),
    peer: us(calls.ms.token),
    ratio: formatRatio(hashFloor),
    target: '-',
    met: true,
  });
  rows.push(row('latency per call: client (AK/SK + validation) vs raw fetch', calls, 'akskValidating', 'raw'));
  // The signing target (issue 10) is about the signer's own work: signRequest less the floor of
  // building, cloning and reading a Request and building the signed copy, which no signer of a
  // Request can skip.
  const signWork = (local.ms.sign - local.ms.requestOnly) * 1000;
  rows.push({
    ...row('signing alone: signRequest on a fresh Request vs WebCrypto signer', local, 'sign', 'signWebCrypto'),
    target: '<= floor + 20 µs',
    met: signWork <= 20,
  });
  rows.push({
    ...row(
      '  signature over prepared parts (authorizationWith) vs WebCrypto',
      local,
      'authorization',
      'authorizationWebCrypto',
      '',
      undefined,
      3,
    ),
    target: '<= 20 µs',
    met: local.ms.authorization * 1000 <= 20,
  });
  rows.push(row("  floor: new Request + clone + arrayBuffer + the copy's new Request, no signing", local, 'requestOnly', 'sign'));
  process.stderr.write(
    `bench: latency rows: each figure the median of ${calls.rounds} (network) or ${local.rounds} (local) rounds of 40 calls per contender, interleaved call by call; ratio = median of per-round ratios (IQR over rounds); signRequest less the floor = ${signWork.toFixed(1)} µs\n`,
  );

  return { rows, floors };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const model = normalize(await loadSpec(join(root, 'spec/openapi.yaml'), root));
  const { rows, floors } = await clientRows(createDesktopsExample(model), model, await benchBodies(root, model));
  printTable(rows);
  printFloors(floors);
  process.stdout.write(
    `\nMachine: ${process.platform} ${process.arch}, Node ${process.version}. Client rows only. Targets and floors: README.md.\n`,
  );
}
