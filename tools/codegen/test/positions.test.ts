import { describe, expect, it } from 'vitest';
import { countRepeats, placeOf, SpecError, SpecErrors } from '../src/index.js';

describe('placeOf', () => {
  const yaml = 'openapi: 3.1.0\npaths:\n  /v1/x:\n    get:\n      operationId: X\n';
  const json = JSON.stringify({ openapi: '3.1.0', paths: { '/v1/x': { get: { operationId: 'X' } } } });
  const pretty = JSON.stringify(JSON.parse(json), null, 2);

  it('names the line of a node in a YAML file, and adds the pointer when only a parent was found', () => {
    expect(placeOf('spec/openapi.yaml', yaml, '/paths/~1v1~1x/get')).toBe('spec/openapi.yaml:4');
    expect(placeOf('spec/openapi.yaml', yaml, '/paths/~1v1~1x/post')).toBe('spec/openapi.yaml:3 #/paths/~1v1~1x/post');
    expect(placeOf('spec/openapi.yaml', yaml, '')).toBe('spec/openapi.yaml:1');
  });

  it('adds the JSON pointer to every place in a JSON file, on one line or many', () => {
    expect(placeOf('spec.json', json, '/paths/~1v1~1x/get')).toBe('spec.json:1 #/paths/~1v1~1x/get');
    expect(placeOf('spec.json', pretty, '/paths/~1v1~1x/get')).toBe('spec.json:5 #/paths/~1v1~1x/get');
  });

  it('takes a pointer token with a lone % as written', () => {
    expect(placeOf('spec/openapi.yaml', 'paths:\n  /v1/100%:\n    get: {}\n', '/paths/~1v1~1100%/get')).toBe(
      'spec/openapi.yaml:3',
    );
  });
});

describe('countRepeats', () => {
  it('reports a problem repeated at several places once, at its first place, with how many more there are', () => {
    const lines = [
      'a.json:1 #/p/0: bad example',
      'a.json:1 #/q: other',
      'a.json:1 #/p/1: bad example',
      'a.json:1 #/p/2: bad example',
      'a.json: no place',
    ];
    expect(countRepeats(lines)).toEqual([
      'a.json:1 #/p/0: bad example (the same at 2 more places)',
      'a.json:1 #/q: other',
      'a.json: no place',
    ]);
    expect(countRepeats(['a.yaml:3: x', 'a.yaml:9: x'])).toEqual(['a.yaml:3: x (the same at 1 more place)']);
  });

  it('groups errors too, and keeps every one of them', () => {
    const errors = [new SpecError('a.yaml:3', 'x'), new SpecError('a.yaml:9', 'x'), new SpecError('a.yaml:12', 'y')];
    const thrown = new SpecErrors(errors);
    expect(thrown.message).toBe('a.yaml:3: x (the same at 1 more place)\na.yaml:12: y');
    expect(thrown.errors).toHaveLength(3);
  });
});
