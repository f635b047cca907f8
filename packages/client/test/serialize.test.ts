/**
 * serialize.ts, given/want: one parameter (style × explode) and one value in, the exact path,
 * query string or header out, or the issues that stop the call with their places. The value
 * examples are OpenAPI 3.1's own (§4.8.12.4 "Style Examples"): color = "blue",
 * ["blue", "black", "brown"], { R: 100, G: 200, B: 150 }.
 */
import type { Issue } from '@hwc-workspace/validators';
import { describe, expect, it } from 'vitest';
import type { OperationDescriptor, ParameterDescriptor } from '../src/index.js';
import { buildHeaders, buildPath, buildQuery } from '../src/serialize.js';

const STRING = 'blue';
const ARRAY = ['blue', 'black', 'brown'];
const OBJECT = { R: 100, G: 200, B: 150 };

/** Only `path` and `parameters` are read by the serializers. */
function op(path: string, parameter: Partial<ParameterDescriptor> & Pick<ParameterDescriptor, 'in'>): OperationDescriptor {
  const p: ParameterDescriptor = {
    name: 'color',
    required: false,
    style: parameter.in === 'query' ? 'form' : 'simple',
    explode: false,
    type: 'string',
    ...parameter,
  };
  const described: Pick<OperationDescriptor, 'path' | 'parameters'> = { path, parameters: [p] };
  return described as OperationDescriptor;
}

function path(style: string, explode: boolean, value: unknown) {
  const issues: Issue[] = [];
  return {
    out: buildPath(op('/things/{color}', { in: 'path', style, explode, required: true }), { color: value }, issues),
    issues,
  };
}
function query(style: string, explode: boolean, value: unknown, extra: Partial<ParameterDescriptor> = {}) {
  const issues: Issue[] = [];
  return { out: buildQuery(op('/things', { in: 'query', style, explode, ...extra }), { color: value }, issues), issues };
}
function header(explode: boolean, value: unknown) {
  const issues: Issue[] = [];
  return { out: buildHeaders(op('/things', { in: 'header', name: 'X-Color', explode }), { 'X-Color': value }, issues), issues };
}

describe('path parameters', () => {
  it.each([
    ['simple', false, STRING, '/things/blue'],
    ['simple', false, ARRAY, '/things/blue,black,brown'],
    ['simple', true, ARRAY, '/things/blue,black,brown'],
    ['simple', false, OBJECT, '/things/R,100,G,200,B,150'],
    ['simple', true, OBJECT, '/things/R=100,G=200,B=150'],
    ['label', false, STRING, '/things/.blue'],
    ['label', false, ARRAY, '/things/.blue,black,brown'],
    ['label', true, ARRAY, '/things/.blue.black.brown'],
    ['label', false, OBJECT, '/things/.R,100,G,200,B,150'],
    ['label', true, OBJECT, '/things/.R=100.G=200.B=150'],
    ['matrix', false, STRING, '/things/;color=blue'],
    ['matrix', false, ARRAY, '/things/;color=blue,black,brown'],
    ['matrix', true, ARRAY, '/things/;color=blue;color=black;color=brown'],
    ['matrix', false, OBJECT, '/things/;color=R,100,G,200,B,150'],
    ['matrix', true, OBJECT, '/things/;R=100;G=200;B=150'],
    ['simple', false, 42, '/things/42'],
    ['simple', false, true, '/things/true'],
    ['simple', false, 'a/b?c#d e', '/things/a%2Fb%3Fc%23d%20e'],
    ['simple', false, "it's (x)*!", '/things/it%27s%20%28x%29%2A%21'],
    ['simple', false, 'ü', '/things/%C3%BC'],
    ['simple', false, '...', '/things/...'],
  ])('%s explode=%s %j → %s', (style, explode, value, want) => {
    expect(path(style, explode, value)).toEqual({ out: want, issues: [] });
  });

  it.each([
    ['', '/things/'],
    ['.', '/things/.'],
    ['..', '/things/..'],
    [[], '/things/'],
  ])('%j would change the path: refused at /path/color', (value, out) => {
    expect(path('simple', false, value)).toEqual({
      out,
      issues: [{ path: '/path/color', message: 'must not be empty, "." or ".." (it would change the path)', keyword: 'path' }],
    });
  });

  it('leaves a placeholder without a value (or with an inherited one) as written', () => {
    const issues: Issue[] = [];
    expect(buildPath(op('/things/{color}/{toString}', { in: 'path', required: true }), {}, issues)).toBe(
      '/things/{color}/{toString}',
    );
    expect(issues).toEqual([]);
  });
});

describe('query parameters', () => {
  it.each([
    ['form', true, STRING, 'color=blue'],
    ['form', false, STRING, 'color=blue'],
    ['form', true, ARRAY, 'color=blue&color=black&color=brown'],
    ['form', false, ARRAY, 'color=blue,black,brown'],
    ['form', true, OBJECT, 'R=100&G=200&B=150'],
    ['form', false, OBJECT, 'color=R,100,G,200,B,150'],
    ['spaceDelimited', false, ARRAY, 'color=blue%20black%20brown'],
    ['pipeDelimited', false, ARRAY, 'color=blue|black|brown'],
    ['deepObject', true, OBJECT, 'color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150'],
    ['form', true, 0, 'color=0'],
    ['form', true, false, 'color=false'],
    ['form', true, '', 'color='],
    ['form', true, null, 'color='],
    ['form', true, [], ''],
    ['form', false, [], 'color='],
    ['form', true, {}, ''],
    ['form', true, { R: 1, G: undefined }, 'R=1'],
    ['form', true, 'a&b=c#d/e?f', 'color=a%26b%3Dc%23d%2Fe%3Ff'],
    ['form', true, 'a+b c', 'color=a%2Bb%20c'],
  ])('%s explode=%s %j → %j', (style, explode, value, want) => {
    expect(query(style, explode, value)).toEqual({ out: want, issues: [] });
  });

  it.each([
    ['a/b?c:d@e', 'color=a/b?c:d@e'],
    ["!$'()*;[]", "color=!$'()*;[]"],
    ['a&b=c#d+e f', 'color=a%26b%3Dc%23d%2Be%20f'],
  ])('allowReserved keeps reserved characters, not those that end or split the query: %j → %j', (value, want) => {
    expect(query('form', true, value, { allowReserved: true })).toEqual({ out: want, issues: [] });
  });

  it('sends nothing for an absent value, an inherited name, or a parameter the client fills', () => {
    const issues: Issue[] = [];
    expect(buildQuery(op('/things', { in: 'query', name: 'toString' }), {}, issues)).toBe('');
    expect(buildQuery(op('/things', { in: 'query', filledBy: 'projectId' }), { color: 'x' }, issues)).toBe('');
    expect(query('form', true, undefined).out).toBe('');
    expect(issues).toEqual([]);
  });
});

describe('header parameters (simple)', () => {
  it.each([
    [false, STRING, 'blue'],
    [false, ARRAY, 'blue,black,brown'],
    [true, ARRAY, 'blue,black,brown'],
    [false, OBJECT, 'R,100,G,200,B,150'],
    [true, OBJECT, 'R=100,G=200,B=150'],
    [false, 7, '7'],
    [false, 'a/b c;d', 'a/b c;d'],
    [false, 'ü', 'ü'],
    [false, '', ''],
  ])('explode=%s %j → %j', (explode, value, want) => {
    expect(header(explode, value)).toEqual({ out: { 'X-Color': want }, issues: [] });
  });

  it.each([
    ['a\r\nX-Evil: 1', 'must not contain line breaks or NUL'],
    ['a\0b', 'must not contain line breaks or NUL'],
    ['中文', 'must be Latin-1 text without control characters (fetch cannot send it in a header)'],
    [' padded', 'must not start or end with a space or tab (fetch would trim it, and another value would be sent)'],
    [['a', 'b\t'], 'must not start or end with a space or tab (fetch would trim it, and another value would be sent)'],
  ])('%j is refused at /headers/X-Color and not sent', (value, message) => {
    expect(header(false, value)).toEqual({ out: {}, issues: [{ path: '/headers/X-Color', message, keyword: 'header' }] });
  });
});

describe('refusals with their places', () => {
  const delimiter = (d: string) =>
    `must not contain ${JSON.stringify(d)}, which separates the items of this parameter (it would be read as more items)`;
  it.each([
    [
      'query form',
      () => query('form', false, ['a', 'b,c']),
      [{ path: '/query/color/1', message: delimiter(','), keyword: 'delimiter' }],
    ],
    [
      'query spaceDelimited',
      () => query('spaceDelimited', false, ['a b']),
      [{ path: '/query/color/0', message: delimiter(' '), keyword: 'delimiter' }],
    ],
    [
      'query pipeDelimited',
      () => query('pipeDelimited', false, ['a', 'b', 'c|d']),
      [{ path: '/query/color/2', message: delimiter('|'), keyword: 'delimiter' }],
    ],
    ['query form explode: no delimiter', () => query('form', true, ['a,b', 'c|d']), []],
    [
      'path label explode',
      () => path('label', true, ['a.b']),
      [{ path: '/path/color/0', message: delimiter('.'), keyword: 'delimiter' }],
    ],
    [
      'path matrix explode',
      () => path('matrix', true, ['a;b']),
      [{ path: '/path/color/0', message: delimiter(';'), keyword: 'delimiter' }],
    ],
    [
      'path simple',
      () => path('simple', false, ['x', 'a,b']),
      [{ path: '/path/color/1', message: delimiter(','), keyword: 'delimiter' }],
    ],
    [
      'header simple',
      () => header(false, ['a,b']),
      [{ path: '/headers/X-Color/0', message: delimiter(','), keyword: 'delimiter' }],
    ],
    [
      'query lone surrogate',
      () => query('form', true, 'a\ud800'),
      [{ path: '/query/color', message: 'must be well-formed text (it holds a lone surrogate)', keyword: 'format' }],
    ],
    [
      'path lone surrogate',
      () => path('simple', false, '\udc00'),
      [
        { path: '/path/color', message: 'must be well-formed text (it holds a lone surrogate)', keyword: 'format' },
        { path: '/path/color', message: 'must not be empty, "." or ".." (it would change the path)', keyword: 'path' },
      ],
    ],
  ])('%s', (_name, run, want) => {
    expect(run().issues).toEqual(want);
  });
});
