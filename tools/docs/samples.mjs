// x-codeSamples for the rendered reference, made from the operation model: a TypeScript call with
// @hwc-workspace/client and a curl line per operation. The docs build adds them to a bundled copy
// of the spec (spec/ itself stays as written); the docs test type-checks the TypeScript ones.
import { checkExamples, loadSpec, normalize, parsePointer } from '@hwc-workspace/codegen';

/** A placeholder value for a parameter without an example: its name, or a number. */
function placeholder(p) {
  const ex = p.schema?.example ?? p.schema?.examples?.[0];
  if (ex !== undefined) return ex;
  if (p.valueType === 'integer' || p.valueType === 'number') return 1;
  if (p.valueType === 'boolean') return true;
  if (p.valueType === 'array') return [`${p.name}-1`];
  return `${p.name}-1`;
}

/** `{ path: {…}, query: {…}, headers: {…}, body }` with what each required parameter needs. */
function inputOf(op) {
  const input = {};
  for (const p of op.parameters) {
    if (p.filledBy || !p.required) continue;
    const key = p.in === 'header' ? 'headers' : p.in;
    input[key] = { ...input[key], [p.name]: placeholder(p) };
  }
  const body = op.requestExamples[0]?.value;
  if (body !== undefined) input.body = body;
  return input;
}

export function typescriptSample(op) {
  const arg = op.callShape === 'body' ? (op.requestExamples[0]?.value ?? {}) : inputOf(op);
  return [
    "import { createWorkspaceClient } from '@hwc-workspace/client';",
    '',
    "const client = createWorkspaceClient({ region: 'ap-southeast-1', projectId: process.env.HWC_PROJECT_ID!, auth: { token: process.env.HWC_TOKEN! } });",
    `const { data, error, requestId } = await client.${op.methodName}(${JSON.stringify(arg, null, 2)});`,
    'if (error) console.error(error.error_code, error.error_msg, requestId);',
    'else console.log(data);',
    '',
  ].join('\n');
}

export function curlSample(op, serverUrl) {
  const input = inputOf(op);
  const path = op.path.replace(/\{([^}]+)\}/g, (_m, name) =>
    name === 'project_id' ? '$HWC_PROJECT_ID' : encodeURIComponent(String(input.path?.[name] ?? `${name}-1`)),
  );
  const query = Object.entries(input.query ?? {})
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
  const url = `${serverUrl.replace('{region}', 'ap-southeast-1')}${path}${query ? `?${query}` : ''}`;
  const lines = [`curl -X ${op.method} "${url}"`, '  -H "X-Auth-Token: $HWC_TOKEN"'];
  for (const [k, v] of Object.entries(input.headers ?? {})) lines.push(`  -H '${k}: ${String(v).replace(/'/g, "'\\''")}'`);
  if (op.body && input.body !== undefined)
    lines.push(
      `  -H 'Content-Type: ${op.body.primary.mediaType}'`,
      `  -d '${JSON.stringify(input.body).replace(/'/g, "'\\''")}'`,
    );
  return lines.join(' \\\n');
}

/** Removes the node a JSON pointer names (RFC 6901 tokens). */
function removeAt(document, pointer) {
  const tokens = parsePointer(pointer);
  const last = tokens.pop();
  const parent = tokens.reduce((node, t) => (node && typeof node === 'object' ? node[t] : undefined), document);
  if (parent && typeof parent === 'object' && last !== undefined) delete parent[last];
}

/**
 * The bundled spec with x-codeSamples on every operation, and the model it came from. An example
 * that does not match its schema is left out of both (the generator warns about it).
 */
export async function specWithSamples(entry, root) {
  const { model, dropped } = checkExamples(normalize(await loadSpec(entry, root)));
  const document = structuredClone(model.document);
  for (const pointer of dropped) removeAt(document, pointer);
  for (const op of model.operations) {
    const node = document.paths[op.path][op.method.toLowerCase()];
    node['x-codeSamples'] = [
      { lang: 'TypeScript', label: '@hwc-workspace/client', source: typescriptSample(op) },
      { lang: 'Shell', label: 'curl', source: curlSample(op, model.serverUrl) },
    ];
  }
  return { model, document };
}
