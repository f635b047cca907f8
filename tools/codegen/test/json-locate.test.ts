import { describe, expect, it } from 'vitest';
import { isJsonText, locateJson } from '../src/json-locate.js';
import { parsePointer } from '../src/pointer.js';

const TEXT = [
  '{',
  '  "a": {',
  '    "b": [1, {"c": "x\\"}{"}],',
  '    "d": 2',
  '  },',
  '  "e~/f": 3,',
  '  "a": "duplicate: the first wins, as in the YAML locator"',
  '}',
].join('\n');

describe('locateJson', () => {
  it.each([
    // [pointer, line, exact]
    ['', 1, true],
    ['/a', 2, true],
    ['/a/b', 3, true],
    ['/a/b/1/c', 3, true],
    ['/a/d', 4, true],
    ['/e~0~1f', 6, true],
    ['/zz', 1, false],
    ['/a/b/7', 3, false],
    ['/a/d/x', 4, false],
  ])('%s is on line %d (exact: %s)', (pointer, line, exact) => {
    expect(locateJson(TEXT, parsePointer(pointer))).toEqual({ line, exact });
  });

  it('tells JSON from YAML', () => {
    expect(isJsonText(' \n{"openapi": "3.1.0"}')).toBe(true);
    expect(isJsonText('openapi: 3.1.0\n')).toBe(false);
  });
});
