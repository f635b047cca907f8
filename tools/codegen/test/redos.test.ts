import { describe, expect, it } from 'vitest';
import { exponentialGroup } from '../src/redos.js';

describe('exponentialGroup (linear-time ReDoS check)', () => {
  it.each(['^(a+)+$', '(\\w*)*', '^(?:x+y?)+$', '((ab)*c)*', '(a{1,})*', '^([a-z]+\\.?)+@', '(-[a-z-]+)*', '(a[a-z]+)*', '(\\.\\w*\\.?)*x'])('refuses %s', (p) => {
    expect(exponentialGroup(p)).toBeDefined();
  });
  it.each([
    '^[\\p{Script=Han}A-Za-z0-9-]+$',
    '^[A-Za-z](?:[A-Za-z0-9_-]{0,13}[A-Za-z0-9_])?$',
    '^[\\p{Script=Han}A-Za-z0-9](?:[\\p{Script=Han}A-Za-z0-9-]{0,13}[\\p{Script=Han}A-Za-z0-9])?$',
    '^(?:[0-9]{1,3}\\.){3}[0-9]{1,3}$',
    '^[(+*]+$',
    '^\\(a+\\)+$',
    '^(ab|cd)*$',
    '(me|[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*)',
    '^[a-z0-9]+(\\.[a-z0-9]+)*$',
  ])('accepts %s', (p) => {
    expect(exponentialGroup(p)).toBeUndefined();
  });
});
