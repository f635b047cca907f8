import { describe, expect, it } from 'vitest';
import { LINEAR_PATTERN, planPattern, toRe2 } from '../src/patterns.js';
import { normaliseForUnicode, usesForeignAnchors } from '../src/regex.js';
import { linearTest } from '../src/runtime/linear.js';

describe('normaliseForUnicode', () => {
  it.each([
    // [written for the non-Unicode grammar, the same in Unicode mode]
    ["^[a-zA-Z0-9/_!'(){}\\*\\s\\.\\-\\=\\:]+$", "^[a-zA-Z0-9/_!'(){}\\*\\s\\.\\-=:]+$"], // amazonaws.com/iotanalytics
    ['^\\{[\\w\\s:\\{\\}\\[\\]"]*}$', '^\\{[\\w\\s:\\{\\}\\[\\]"]*\\}$'], // amazonaws.com/storagegateway
    ['^a\\-b\\@c\\#$', '^a-b@c#$'],
    ['^{x}$', '^\\{x\\}$'],
    ['^x{2,3}\\.{1}$', '^x{2,3}\\.{1}$'],
  ])('%s → %s', (pattern, unicode) => {
    expect(normaliseForUnicode(pattern)).toBe(unicode);
    expect(new RegExp(unicode, 'u').source).toBe(unicode);
  });

  it.each(['\\Asnap-[0-9a-f]{8}\\z', '^\\e$', '^(a$', '^[]a]$'])('leaves %s alone (undefined)', (pattern) => {
    expect(normaliseForUnicode(pattern)).toBeUndefined();
  });

  it('means the same on every ASCII character', () => {
    const pattern = "^[a-zA-Z0-9/_!'(){}\\*\\s\\.\\-\\=\\:]+$";
    const before = new RegExp(pattern);
    const after = new RegExp(normaliseForUnicode(pattern) ?? '', 'u');
    for (let c = 0; c < 128; c++)
      expect(after.test(String.fromCharCode(c)), `char ${c}`).toBe(before.test(String.fromCharCode(c)));
  });

  it('recognises Ruby anchors', () => {
    expect(usesForeignAnchors('\\A(25[0-5]|2[0-4]\\d)\\z')).toBe(true);
    expect(usesForeignAnchors('^a\\\\z$')).toBe(false);
    expect(usesForeignAnchors('^[A-Z]$')).toBe(false);
  });
});

describe('toRe2', () => {
  it.each([
    // [ECMAScript pattern, a string, whether it matches]
    ['^a.b$', 'a\nb'],
    ['^a.b$', 'a\u2028b'],
    ['^a.b$', 'a\u00e9b'],
    ['^\\s+$', '\u00a0\u3000'],
    ['^\\S+$', '\u00a0'],
    ['^[\\s-]+$', '\ufeff-'],
    ['^[\\p{Script=Han}a-z]+$', '中文x'],
    ['^\\u{1F600}\\u00e9$', '😀é'],
    ['^(?<word>[a-z]+)$', 'abc'],
  ])('%s on %j answers as RegExp does', (pattern, value) => {
    const re2 = toRe2(pattern);
    expect(re2).toBeDefined();
    expect(linearTest(re2 ?? '', value)).toBe(new RegExp(pattern, 'u').test(value));
  });

  it.each(['^(a)\\1$', '^(?=a)a$', '^(?<!a)b$', '^[^\\S]$'])('cannot say %s', (pattern) => {
    expect(toRe2(pattern)).toBeUndefined();
  });
});

describe('planPattern', () => {
  it.each([
    // [pattern, rule put in the JSON Schema, warning (lenient) — every warning is an error with strict]
    ['^[a-z]+$', { pattern: '^[a-z]+$' }, undefined],
    [
      '^(a+)+$',
      { [LINEAR_PATTERN]: '^(a+)+$' },
      /can take exponential time .*`\(a\+\)\+` .* checked with a linear-time engine \(RE2\)/,
    ],
    ['^.*a.*b$', { [LINEAR_PATTERN]: '^.*a.*b$' }, /polynomial .*checked with a linear-time engine/],
    ['^[a-z\\=]+$', { pattern: '^[a-z=]+$' }, /rewritten for Unicode mode\. It is read as "\^\[a-z=\]\+\$"/],
    [
      '\\Asnap-[0-9a-f]{8}\\z',
      {},
      /not an ECMAScript regular expression \(\\A and \\z are Ruby's anchors.*Did you mean \^ and \$\?/,
    ],
    ['^(a', {}, /is not a valid regular expression .*so it is not checked/],
    ['^(a+)+\\1$', {}, /more than linear time.*backreference.*cannot express it, so it is not checked/],
  ])('%s', (pattern, rule, warning) => {
    const lenient = planPattern(pattern, false);
    expect(lenient.rule).toEqual(rule);
    expect(lenient.error).toBeUndefined();
    if (warning) expect(lenient.warning).toMatch(warning);
    else expect(lenient.warning).toBeUndefined();
    const strict = planPattern(pattern, true);
    expect(strict.error !== undefined).toBe(warning !== undefined);
    if (strict.error) expect(strict.rule).toEqual({});
  });
});
