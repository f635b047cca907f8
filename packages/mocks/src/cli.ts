#!/usr/bin/env node
/** `npm run mock`: a local Workspace order API that checks tokens and answers with the spec's examples. */
import { FIXTURES } from './generated/fixtures.js';
import { startMockServer } from './server.js';

const { url } = await startMockServer({ port: Number(process.env.PORT ?? 4010), host: process.env.HOST ?? '127.0.0.1' });
const example = FIXTURES.createOrder;
const body = JSON.stringify(example.requestExamples.addVolumes);
process.stdout.write(
  `Workspace order API mock listening on ${url}\n` +
    `Try:\n  curl -s -X POST '${url}${example.path.replace('{project_id}', 'my-project')}' -H 'Content-Type: application/json' -H 'X-Auth-Token: any' -d '${body}'\n`,
);
