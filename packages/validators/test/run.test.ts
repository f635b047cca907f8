import { describe, expect, it } from 'vitest';
import { runValidator, type CompiledValidator } from '../src/index.js';

describe('runValidator', () => {
  it('reports input nested deeper than a recursive validator can follow as an issue, not a RangeError', () => {
    // What Ajv generates for a recursive schema: one call per level.
    const recursive: CompiledValidator = (data: unknown): boolean => (Array.isArray(data) ? data.every((d) => recursive(d)) : typeof data === 'string');
    let deep: unknown = 'leaf';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(runValidator(recursive, deep)).toEqual({ ok: false, issues: [{ path: '', message: 'is nested too deeply to be checked', keyword: 'depth' }] });
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

describe('checkInput', () => {
  it('a location left out holds no inherited members: parameters named toString or constructor are absent, not functions', async () => {
    const { checkInput } = await import('../src/index.js');
    // Reads like Ajv's generated code without ownProperties: `data.query.toString !== undefined`.
    const names: CompiledValidator = (data: unknown) => {
      const d = data as Record<string, Record<string, unknown>>;
      const found = ['path', 'query', 'headers'].flatMap((at) => ['toString', 'constructor', 'hasOwnProperty'].filter((n) => d[at]?.[n] !== undefined).map((n) => `/${at}/${n}`));
      names.errors = found.map((instancePath) => ({ instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } }));
      return found.length === 0;
    };
    const validators = { operationId: 'X', callShape: 'input' as const, request: undefined, parameters: names, responses: {}, hints: {} };
    expect(checkInput(validators, {}).ok).toBe(true);
  });
});
