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
