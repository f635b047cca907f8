import { describe, expect, it } from 'vitest';
import { type CompiledValidator, checkResponse, type OperationValidators, runValidator } from '../src/index.js';

describe('runValidator', () => {
  it('reports input nested deeper than a recursive validator can follow as an issue, not a RangeError', () => {
    // What Ajv generates for a recursive schema: one call per level.
    const recursive: CompiledValidator = (data: unknown): boolean =>
      Array.isArray(data) ? data.every((d) => recursive(d)) : typeof data === 'string';
    let deep: unknown = 'leaf';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(runValidator(recursive, deep)).toEqual({
      ok: false,
      issues: [{ path: '', message: 'is nested too deeply to be checked', keyword: 'depth' }],
    });
    expect(runValidator(recursive, [['leaf']])).toEqual({ ok: true, value: [['leaf']] });
  });
});

describe('byStatus', () => {
  it('takes the exact status, then its range, then default, and counts a documented null as found', async () => {
    const { byStatus } = await import('../src/index.js');
    const table = { '204': null, '2XX': 'range', default: 'default', '404': 'exact' };
    expect(byStatus(table, 404)).toBe('exact');
    expect(byStatus(table, 204)).toBeNull();
    expect(byStatus(table, 201)).toBe('range');
    expect(byStatus(table, 500)).toBe('default');
    expect(byStatus({ '200': 1 }, 500)).toBeUndefined();
    expect(byStatus(Object.create({ '500': 'inherited' }) as Record<string, string>, 500)).toBeUndefined();
  });
});

describe('checkResponse', () => {
  // A DELETE answering 204 without a body, 200 with a JSON body, 2XX as text, 404 with an error body.
  const object: CompiledValidator = (data: unknown) => {
    const ok = typeof data === 'object' && data !== null;
    object.errors = ok
      ? null
      : [{ instancePath: '', schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' }];
    return ok;
  };
  const validators: OperationValidators = {
    operationId: 'DeleteJob',
    callShape: 'input',
    request: undefined,
    parameters: undefined,
    responses: { '204': null, '200': object, '2XX': undefined, '404': object },
    hints: {},
  };

  it('accepts an absent body for a status documented without one', () => {
    expect(checkResponse(validators, 204, undefined)).toEqual({ ok: true, value: undefined });
  });

  it('refuses a body for a status documented without one', () => {
    for (const body of [{}, '', null]) {
      expect(checkResponse(validators, 204, body)).toEqual({
        ok: false,
        issues: [{ path: '', message: 'must be absent: DeleteJob documents status 204 without a body', keyword: 'body' }],
      });
    }
  });

  it('checks a JSON body, accepts any body whose media type is not JSON, and refuses an undocumented status', () => {
    expect(checkResponse(validators, 200, { id: 'j' }).ok).toBe(true);
    expect(checkResponse(validators, 200, 'text').ok).toBe(false);
    expect(checkResponse(validators, 202, 'id,name\n').ok).toBe(true);
    expect(checkResponse(validators, 500, {})).toMatchObject({
      ok: false,
      issues: [{ keyword: 'status', message: 'status 500 is not documented for DeleteJob (documented: 200, 204, 404, 2XX)' }],
    });
  });
});

describe('checkInput', () => {
  it('a location left out holds no inherited members: parameters named toString or constructor are absent, not functions', async () => {
    const { checkInput } = await import('../src/index.js');
    // Reads like Ajv's generated code without ownProperties: `data.query.toString !== undefined`.
    const names: CompiledValidator = (data: unknown) => {
      const d = data as Record<string, Record<string, unknown>>;
      const found = ['path', 'query', 'headers'].flatMap((at) =>
        ['toString', 'constructor', 'hasOwnProperty'].filter((n) => d[at]?.[n] !== undefined).map((n) => `/${at}/${n}`),
      );
      names.errors = found.map((instancePath) => ({
        instancePath,
        schemaPath: '#/type',
        keyword: 'type',
        params: { type: 'string' },
      }));
      return found.length === 0;
    };
    const validators = {
      operationId: 'X',
      callShape: 'input' as const,
      request: undefined,
      parameters: names,
      responses: {},
      hints: {},
    };
    expect(checkInput(validators, {}).ok).toBe(true);
  });
});
