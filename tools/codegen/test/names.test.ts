/** names.ts: identifiers made from spec strings never carry a meaning JavaScript gives a name. */
import { describe, expect, it } from 'vitest';
import { camelCase, isIdentifier } from '../src/names.js';

describe('reserved names', () => {
  it.each(['then', 'catch', 'finally', ...Object.getOwnPropertyNames(Object.prototype).filter((n) => /^[a-z]/i.test(n))])('%s is mapped like a reserved word', (name) => {
    expect(camelCase(name)).toBe(`${name}Operation`);
    expect(isIdentifier(name)).toBe(false);
  });

  it('__proto__ and its kin lose their underscores', () => {
    expect(camelCase('__proto__')).toBe('proto');
    expect(camelCase('__defineGetter__')).toBe('defineGetter');
  });
});
