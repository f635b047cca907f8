/**
 * break-unions.ts, given/want: long unions one member per line, everything else as it was. Each
 * output is also parsed by TypeScript and printed back: the same declarations as the input.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { breakLongUnions } from '../src/emit/break-unions.js';

/** The declarations of a text as TypeScript's printer writes them (layout and leading `|` gone). */
function printed(text: string): string {
  const source = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const diagnostics = (source as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
  expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  return ts.createPrinter({ removeComments: true }).printFile(source);
}

const lines = (...l: string[]) => l.join('\n');
/** What a line taken from the middle of a declaration needs around it to parse. */
const IN_INTERFACE = ['interface I {', '}'];
const IN_OBJECT = ['type T = {', '    a: 1;'];
const IN_ALIAS = ['type T =', ';'];

describe('given a line, at width 40', () => {
  it.each([
    ['a short union stays', 'type A = "x" | "y";', 'type A = "x" | "y";'],
    [
      'a long line without a union stays',
      `type A = B<C<D<E<F<"${'x'.repeat(40)}">>>>>;`,
      `type A = B<C<D<E<F<"${'x'.repeat(40)}">>>>>;`,
    ],
    [
      'an alias: after `=`, four spaces in',
      'export type OperationId = "CreateOrder" | "ShowJob" | "ListImages";',
      lines('export type OperationId =', '    | "CreateOrder"', '    | "ShowJob"', '    | "ListImages";'),
    ],
    [
      'a property of an interface keeps its indentation',
      '        CreateOrderType: "createDesktops" | "addVolumes" | "rebuildDesktops";',
      lines(
        '        CreateOrderType:',
        '            | "createDesktops"',
        '            | "addVolumes"',
        '            | "rebuildDesktops";',
      ),
      IN_INTERFACE,
    ],
    [
      'in parentheses after `} &`: the closing one on its own line',
      '    } & (components["schemas"]["A"] | components["schemas"]["B"]);',
      lines('    } & (', '        | components["schemas"]["A"]', '        | components["schemas"]["B"]', '    );'),
      IN_OBJECT,
    ],
    [
      'a type argument after a comma',
      '  query?: Pick<NonNullable<Q>, "os_type" | "image_type" | "limit">;',
      lines('  query?: Pick<NonNullable<Q>,', '      | "os_type"', '      | "image_type"', '      | "limit"', '  >;'),
      IN_INTERFACE,
    ],
    [
      'only the shallowest union; members over the width are broken again',
      'type A = ("aaaaaaaaaa" | "bbbbbbbbbb" | "cccccccccc")[] | null;',
      lines(
        'type A =',
        '    | (',
        '        | "aaaaaaaaaa"',
        '        | "bbbbbbbbbb"',
        '        | "cccccccccc"',
        '    )[]',
        '    | null;',
      ),
    ],
    [
      'a member that fits stays whole',
      'type A = ("aaaa" | "bbbb")[] | Record<string, "cccccc" | "dd">;',
      lines('type A =', '    | ("aaaa" | "bbbb")[]', '    | Record<string, "cccccc" | "dd">;'),
    ],
    [
      'a union that began on an earlier line (`} | …`)',
      '        } | components["schemas"]["A"] | null;',
      lines('        }', '            | components["schemas"]["A"]', '            | null;'),
      IN_OBJECT,
    ],
    [
      'a line that is itself a continuation keeps its bar and indentation',
      '    | "aaaaaaaaaaaaaaa" | "bbbbbbbbbbbbbbbbb" | "c"',
      lines('    | "aaaaaaaaaaaaaaa"', '    | "bbbbbbbbbbbbbbbbb"', '    | "c"'),
      IN_ALIAS,
    ],
    [
      'bars and quotes inside string literals are text',
      String.raw`type A = "a|b\"|" | 'c|\'d' | "e\\" | "fff";`,
      lines('type A =', String.raw`    | "a|b\"|"`, String.raw`    | 'c|\'d'`, String.raw`    | "e\\"`, '    | "fff";'),
    ],
    [
      'brackets inside string literals do not count',
      'type A = X["(<{[" | ")"] | Y["]>})"] | Z;',
      lines('type A =', '    | X["(<{[" | ")"]', '    | Y["]>})"]', '    | Z;'),
    ],
    [
      'the return type of a function type (`=>` is not a bracket)',
      'type F = (a: number) => "aaaaaaaaa" | "bbbbbbbbbbbb";',
      lines('type F = (a: number) =>', '    | "aaaaaaaaa"', '    | "bbbbbbbbbbbb";'),
    ],
    [
      'a block comment inside the line is skipped',
      'type A = /* x | y | z */ "aaaaaaaaa" | "bbbbbbbbbbb";',
      lines('type A =', '    | /* x | y | z */ "aaaaaaaaa"', '    | "bbbbbbbbbbb";'),
    ],
    [
      'a leading bar after an opener is kept, not doubled',
      'type A = Array<| "aaaaaaaaaaa" | "bbbbbbbbbbbbbbbb">;',
      lines('type A = Array<', '    | "aaaaaaaaaaa"', '    | "bbbbbbbbbbbbbbbb"', '>;'),
    ],
  ])('%s', (_what, given, want, around = ['', '']) => {
    expect(breakLongUnions(given, 40)).toBe(want);
    const [before, after] = around;
    expect(printed(lines(before, breakLongUnions(given, 40), after))).toBe(printed(lines(before, given, after)));
  });
});

describe('left as they are, at width 20', () => {
  it.each([
    [
      'a JSDoc block',
      lines('/**', ' * @description "a" | "b" | "c" | "d" | "e" | "f"', ' * and " | unbalanced', ' */', 'type A = 1;'),
    ],
    ['a one-line JSDoc', '/** @description a | b | c | d | e | f | g */'],
    ['a `//` comment', '// CreateOrder: POST /v2/{project_id} | GET | HEAD | PUT'],
    ['the code after a `//` comment start', 'type A = 1; // "x" | "y" | "z" | "w" | "v"'],
    ['a line whose string literal does not end there', 'type A = "x" | "y" | "z | w'],
    ['a line that opens a block comment', 'type A = "x" | "y" | "z"; /* a | b', ' c | d | e | f | g | h */'],
  ])('%s', (_what, given) => {
    expect(breakLongUnions(given, 20)).toBe(given);
  });

  it('a block comment ends where it ends: the code after it is broken again', () => {
    const given = lines('/* a', ' | b */', 'type A = "xxxxxxx" | "yyyyyyyy";');
    expect(breakLongUnions(given, 20)).toBe(lines('/* a', ' | b */', 'type A =', '    | "xxxxxxx"', '    | "yyyyyyyy";'));
  });
});

it('every union of a whole declaration file, which still parses to the same declarations', () => {
  const given = lines(
    'export interface components {',
    '    schemas: {',
    '        /** @description The | kinds. */',
    '        Kind: "createDesktops" | "addVolumes" | "rebuildDesktops" | "createDesktopPool";',
    '        Body: {',
    '            type: components["schemas"]["Kind"];',
    '        } & (components["schemas"]["CreateDesktops"] | components["schemas"]["AddVolumes"]);',
    '        Maybe: {',
    '            a?: string;',
    '        } | components["schemas"]["Kind"] | components["schemas"]["Body"] | null;',
    '    };',
    '}',
    'export type OperationId = "AddDesktopSubResources" | "CreateDesktopOrder" | "CreateOrder" | "ShowJob";',
    '',
  );
  const out = breakLongUnions(given, 60);
  expect(printed(out)).toBe(printed(given));
  expect(Math.max(...out.split('\n').map((l) => l.length))).toBeLessThanOrEqual(60);
  expect(out.split('\n').filter((l) => l.trimStart().startsWith('| ')).length).toBe(4 + 2 + 3 + 4);
});
