/**
 * Spec text reaches generated code only through emit/escape.ts. Each emitter runs on a spec whose
 * every free-text field tries to end its comment or string (LF, CR, U+2028, U+2029, `*\/`, quotes)
 * and declare `pwnedBy…`; TypeScript's parser then lists what each emitted file declares at its top
 * level. The scratch build in tools/contract-tests/test/hostile.test.ts compiles and imports the same spec.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsdoc, jsonCode, lineComment, specText } from '../src/emit/escape.js';
import { EMITTERS, loadSpec, normalize } from '../src/index.js';
import type { SpecModel } from '../src/model.js';
import { hostileSpec, payload } from './hostile-spec.js';

/** Every name a file declares at its top level (exported or not), as TypeScript parses it. */
function declared(path: string, text: string): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const names: string[] = [];
  for (const s of source.statements) {
    if (ts.isVariableStatement(s)) for (const d of s.declarationList.declarations) names.push(d.name.getText(source));
    else if (
      (ts.isFunctionDeclaration(s) || ts.isTypeAliasDeclaration(s) || ts.isInterfaceDeclaration(s) || ts.isClassDeclaration(s)) &&
      s.name
    )
      names.push(s.name.text);
  }
  return names;
}

let model: SpecModel;
beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'hwc-hostile-'));
  writeFileSync(join(root, 'openapi.json'), JSON.stringify(hostileSpec()));
  model = normalize(await loadSpec(join(root, 'openapi.json'), root));
});

describe.each(EMITTERS.map((e) => [e.name, e] as const))(
  'the %s emitter on a spec full of line terminators and comment closers',
  (_name, emitter) => {
    it('declares nothing the spec text spells out', async () => {
      const files = await emitter.emit(model);
      expect(files.size).toBeGreaterThan(0);
      for (const [path, text] of files) {
        const source = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
        expect((source as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics, path).toEqual([]);
        expect(
          declared(path, text).filter((n) => n.startsWith('pwnedBy')),
          path,
        ).toEqual([]);
        expect(text, path).not.toMatch(/[\r\u2028\u2029]/);
      }
    });
  },
);

describe('specText', () => {
  const hostile = payload('X');
  it.each(['\n', '\r', '\r\n', '\u2028', '\u2029'])('keeps a line comment on one line whatever the terminator (%j)', (t) => {
    const line = lineComment(`a${t}export const x = 1;`);
    expect(line).toBe('// a export const x = 1;');
    expect(declared('x.ts', line)).toEqual([]);
  });

  it('breaks comment closers in JSDoc and splits lines on every terminator', () => {
    const block = jsdoc([hostile]).join('\n');
    expect(declared('x.ts', block)).toEqual([]);
    expect(block).not.toMatch(/[\r\u2028\u2029]/);
    expect(block.match(/\*\//g)).toHaveLength(1); // only the block's own end
  });

  it('writes string literals that read back as the same text', () => {
    const code = specText(hostile, 'string');
    expect(code).not.toMatch(/[\r\n\u2028\u2029]/);
    expect(JSON.parse(code)).toBe(hostile);
  });

  it('writes object literals whose __proto__ key stays an own key', () => {
    const value = JSON.parse(
      '{"__proto__": {"a": 1}, "b": ["\\u2028", {"__proto__": 2}], "c": "{\\"__proto__\\": 3}"}',
    ) as unknown;
    const code = jsonCode(value, 2);
    expect(code).not.toMatch(/[\u2028\u2029]/);
    const read = new Function(`return ${code};`)() as Record<string, unknown>;
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect(Object.keys(read)).toEqual(['__proto__', 'b', 'c']);
    expect(JSON.stringify(read)).toBe(JSON.stringify(value));
  });
});
