#!/usr/bin/env node
/** `npm run mock`: a local Workspace order API that checks tokens and answers with the spec's examples. */
import type { OperationFixture } from './fixture.js';
import { FIXTURES } from './generated/fixtures.js';
import { startMockServer } from './server.js';

/** A `curl` line for one operation of the spec: the first with a request example, else the first. */
function tryLine(url: string): string {
  const fixtures = Object.values(FIXTURES as Readonly<Record<string, OperationFixture>>);
  const example = fixtures.find((f) => Object.keys(f.requestExamples).length > 0) ?? fixtures[0];
  if (!example) return '';
  const body = Object.values(example.requestExamples)[0];
  const path = example.path.replace(/\{([^}]+)\}/g, (_m, name: string) => (name === 'project_id' ? 'my-project' : encodeURIComponent(`my-${name}`)));
  const data = body === undefined ? '' : ` -H 'Content-Type: application/json' -d '${JSON.stringify(body).replace(/'/g, "'\\''")}'`;
  return `Try:\n  curl -s -X ${example.method} '${url}${path}' -H 'X-Auth-Token: any'${data}\n`;
}

const { url } = await startMockServer({ port: Number(process.env.PORT ?? 4010), host: process.env.HOST ?? '127.0.0.1' });
process.stdout.write(`Workspace order API mock listening on ${url}\n${tryLine(url)}`);
