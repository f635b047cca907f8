#!/usr/bin/env node
/**
 * `npm run mock` / `hwc-workspace-mock`: a local Workspace order API that checks tokens or AK/SK
 * signatures and answers with the spec's examples.
 *
 *   --port <n>            PORT             (4010)
 *   --host <h>            HOST             (127.0.0.1)
 *   --token <t>           HWC_MOCK_TOKENS=t1,t2        accepted tokens (any token when none is given)
 *   --access-key AK:SK    HWC_MOCK_ACCESS_KEYS=AK:SK,… access keys whose signatures are accepted
 */
import { parseArgs } from 'node:util';
import type { OperationFixture } from './fixture.js';
import { FIXTURES } from './generated/fixtures.js';
import { startMockServer } from './server.js';

function fail(message: string): never {
  process.stderr.write(`hwc-workspace-mock: ${message}\n`);
  process.exit(1);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      token: { type: 'string', multiple: true },
      'access-key': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
}
try {
  args = parse();
} catch (error) {
  fail(
    `${(error as Error).message}\nUsage: hwc-workspace-mock [--port 4010] [--host 127.0.0.1] [--token T]… [--access-key AK:SK]…`,
  );
}
if (args.help) {
  process.stdout.write(
    'Usage: hwc-workspace-mock [--port 4010] [--host 127.0.0.1] [--token T]… [--access-key AK:SK]…\n(or PORT, HOST, HWC_MOCK_TOKENS=t1,t2, HWC_MOCK_ACCESS_KEYS=AK:SK,AK2:SK2)\n',
  );
  process.exit(0);
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const tokens = [...(args.token ?? []), ...list(process.env.HWC_MOCK_TOKENS)];
// Built with fromEntries, so that any access key (even `__proto__`) is an own entry.
const accessKeys: Record<string, string> = Object.fromEntries(
  [...(args['access-key'] ?? []), ...list(process.env.HWC_MOCK_ACCESS_KEYS)].map((pair) => {
    const at = pair.indexOf(':');
    if (at <= 0 || at === pair.length - 1) fail('an access key is given as AK:SK (the secret key is not shown)');
    return [pair.slice(0, at), pair.slice(at + 1)];
  }),
);
const portText = args.port ?? process.env.PORT ?? '4010';
const port = Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`the port must be a number from 0 to 65535, got "${portText}"`);
const host = args.host ?? process.env.HOST ?? '127.0.0.1';

let url: string;
try {
  ({ url } = await startMockServer({ port, host, auth: { ...(tokens.length > 0 ? { tokens } : {}), accessKeys } }));
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE')
    fail(`port ${port} on ${host} is already in use (another mock?). Stop it, or choose another port: --port 4011 or PORT=4011.`);
  if (code === 'EACCES') fail(`not allowed to listen on port ${port} of ${host}; choose a port above 1023 (--port).`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') fail(`cannot listen on host "${host}": no such local address.`);
  throw error;
}
/** A `curl` line for one operation of the spec: the first with a request example, else the first. */
function tryLine(token: string): string {
  const fixtures = Object.values(FIXTURES as Readonly<Record<string, OperationFixture>>);
  const example = fixtures.find((f) => Object.keys(f.requestExamples).length > 0) ?? fixtures[0];
  if (!example) return '';
  const body = Object.values(example.requestExamples)[0];
  const path = example.path.replace(/\{([^}]+)\}/g, (_m, name: string) =>
    name === 'project_id' ? 'my-project' : encodeURIComponent(`my-${name}`),
  );
  const data =
    body === undefined ? '' : ` -H 'Content-Type: application/json' -d '${JSON.stringify(body).replace(/'/g, "'\\''")}'`;
  return `Try:\n  curl -s -X ${example.method} '${url}${path}' -H 'X-Auth-Token: ${token}'${data}\n`;
}
const keys = Object.keys(accessKeys);
process.stdout.write(
  `Workspace order API mock listening on ${url}\n` +
    `Auth: ${tokens.length > 0 ? `${tokens.length} token(s)` : 'any X-Auth-Token'}${keys.length > 0 ? `; AK/SK signatures of ${keys.join(', ')}` : '; no access keys (AK/SK requests get 401: add --access-key AK:SK)'}\n` +
    tryLine(tokens[0] ?? 'any'),
);
