/**
 * A spec whose every piece of free text tries to end the comment or string it is written into and
 * declare an export of its own (`pwnedBy…`): each of JavaScript's line terminators (LF, CR, U+2028,
 * U+2029) and a comment closer, in operationIds, paths, summaries, descriptions, enum values,
 * property and parameter names, example names and response descriptions. Beside them, the names
 * JavaScript gives a meaning to: an operation `then`, parameters `toString` and `constructor`, a
 * property `__proto__`, an example `__proto__`. And schemas that refer to themselves through arrays,
 * unions and allOf (`Nested: { type: array, items: { $ref: Nested } }`), sent by `saveForest`.
 */

/** Text that, written raw into a `//` comment, a JSDoc block or a string, declares `pwnedBy<tag>…`. */
export function payload(tag: string): string {
  return [
    `x */ export const pwnedBy${tag}Close = 1; /*`,
    `\u2028export const pwnedBy${tag}LS = 1;//`,
    `\u2029export const pwnedBy${tag}PS = 1;//`,
    `\rexport const pwnedBy${tag}CR = 1;//`,
    `\nexport const pwnedBy${tag}LF = 1;//`,
    `"; export const pwnedBy${tag}Quote = 1; //`,
    `'; export const pwnedBy${tag}Apos = 1; //`,
    '`; export const pwnedBy' + tag + 'Tick = 1; //',
  ].join('');
}

const p = payload;
const error = { type: 'object', properties: { error_code: { type: 'string' }, error_msg: { type: 'string' } } };

export function hostileSpec(): Record<string, unknown> {
  const itemName = `item${p('PropName')}`;
  return {
    openapi: '3.1.0',
    info: {
      title: `Hostile ${p('Title')}`,
      version: '1.0.0',
      description: p('InfoDescription'),
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      { url: 'https://api.{region}.example.test', variables: { region: { default: 'r1', enum: ['r1', `r2${p('Region')}`] } } },
    ],
    paths: {
      [`/v1/{project_id}/things${p('Path').replace(/[{}]/g, '')}/{thing_id}`]: {
        post: {
          operationId: `createThing${p('OpId')}`,
          summary: p('Summary'),
          description: p('Description'),
          parameters: [
            { name: 'project_id', in: 'path', required: true, schema: { type: 'string' } },
            {
              name: 'thing_id',
              in: 'path',
              required: true,
              description: p('ParamDescription'),
              schema: { type: 'string', enum: ['t-1', `t-2${p('ParamEnum')}`] },
            },
            { name: `q${p('ParamName')}`, in: 'query', required: false, schema: { type: 'string' } },
          ],
          requestBody: {
            required: true,
            description: p('BodyDescription'),
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Thing' },
                examples: { [`ex${p('ExampleName')}`]: { summary: p('ExampleSummary'), value: { kind: 'a', [itemName]: 'v' } } },
              },
            },
          },
          responses: {
            '200': {
              description: p('ResponseDescription'),
              content: {
                'application/json': {
                  schema: { $ref: '#/components/schemas/Thing' },
                  examples: { ok: { value: { kind: `a` } } },
                },
              },
            },
            '400': { description: p('ErrorDescription'), content: { 'application/json': { schema: error } } },
          },
        },
      },
      '/v1/{project_id}/then': {
        get: {
          operationId: 'then',
          summary: 'An operation whose name makes any object holding it a thenable.',
          parameters: [
            { name: 'project_id', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'toString', in: 'query', required: true, schema: { type: 'string', maxLength: 8 } },
            { name: 'constructor', in: 'query', required: false, schema: { type: 'string', enum: ['a', 'b'] } },
          ],
          responses: {
            '200': {
              description: 'The echo.',
              content: {
                'application/json': {
                  schema: { $ref: '#/components/schemas/Echo' },
                  examples: { ['__proto__']: { value: { toString: 'x' } }, plain: { value: { toString: 'y' } } },
                },
              },
            },
          },
        },
      },
      '/v1/{project_id}/forest': {
        post: {
          operationId: 'saveForest',
          parameters: [{ name: 'project_id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Forest' } } } },
          responses: { '204': { description: 'Saved.' } },
        },
      },
      '/v1/{project_id}/catch': {
        delete: {
          operationId: 'catch',
          parameters: [{ name: 'project_id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '204': { description: 'Gone.' } },
        },
      },
      '/v1/{project_id}/finally': {
        put: {
          operationId: 'finally',
          parameters: [
            { name: 'project_id', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'hasOwnProperty', in: 'header', required: false, schema: { type: 'string' } },
          ],
          responses: { '204': { description: 'Done.' } },
        },
      },
      '/v1/{project_id}/proto': {
        post: {
          operationId: '__proto__',
          parameters: [{ name: 'project_id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '204': { description: 'Done.' } },
        },
      },
      '/v1/{project_id}/to-string': {
        get: {
          operationId: 'toString',
          parameters: [{ name: 'project_id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '204': { description: 'Done.' } },
        },
      },
    },
    components: {
      schemas: {
        Thing: {
          type: 'object',
          title: p('SchemaTitle'),
          description: p('SchemaDescription'),
          required: ['kind'],
          properties: {
            kind: { type: 'string', description: p('PropDescription'), enum: ['a', `b${p('Enum')}`], example: p('PropExample') },
            [itemName]: { type: 'string', description: 'A property whose name is hostile.' },
            ['__proto__']: { type: 'string', description: 'A property named __proto__.' },
            constructor: { type: 'integer' },
            valueOf: { type: 'boolean', default: false },
          },
        },
        Forest: {
          type: 'object',
          properties: {
            tree: { $ref: '#/components/schemas/Tree' },
            nested: { $ref: '#/components/schemas/Nested' },
            json: { $ref: '#/components/schemas/Json' },
            ping: { $ref: '#/components/schemas/Ping' },
            wrap: { $ref: '#/components/schemas/Wrap' },
          },
        },
        Base: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
        Tree: {
          allOf: [
            { $ref: '#/components/schemas/Base' },
            { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Tree' } } } },
          ],
        },
        Nested: { type: 'array', items: { $ref: '#/components/schemas/Nested' } },
        Json: {
          anyOf: [
            { type: 'string' },
            { type: 'number' },
            { type: 'array', items: { $ref: '#/components/schemas/Json' } },
            { type: 'object', additionalProperties: { $ref: '#/components/schemas/Json' } },
          ],
        },
        Ping: { type: 'array', items: { $ref: '#/components/schemas/Pong' } },
        Pong: { type: 'array', items: { $ref: '#/components/schemas/Ping' } },
        Wrap: { allOf: [{ $ref: '#/components/schemas/Rows' }], maxItems: 3 },
        Rows: { type: 'array', items: { $ref: '#/components/schemas/Wrap' } },
        Echo: {
          type: 'object',
          required: ['toString'],
          properties: { toString: { type: 'string' }, then: { type: 'string' } },
        },
      },
    },
  };
}
