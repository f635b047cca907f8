import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Finding, run } from '../src/index.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(HERE, 'fixtures');
const CLEAN = readFileSync(join(FIXTURES, 'clean-page.txt'), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'doc-sync-'));

async function check(text: string, name = 'page.txt') {
  const file = join(tmp, name);
  writeFileSync(file, text);
  return run([file], { root: FIXTURES, cwd: tmp, json: true });
}
const drift = (stdout: string): Finding[] =>
  (JSON.parse(stdout) as { pages: { findings: Finding[] }[] }).pages.flatMap((p) => p.findings).filter((f) => !f.known);

describe('a clean page', () => {
  it('matches the fixture spec: exit 0, SDK-only fields known', async () => {
    const r = await check(CLEAN);
    expect(r.code).toBe(0);
    expect(drift(r.stdout)).toEqual([]);
    const all = (JSON.parse(r.stdout) as { pages: { operationId: string; findings: Finding[] }[] }).pages[0];
    expect(all?.operationId).toBe('BuyGadget');
    expect(all?.findings).toEqual([
      expect.objectContaining({
        kind: 'field-removed',
        known: true,
        where: expect.objectContaining({ pointer: '/GadgetRequest/properties/vendor_hint' }),
      }),
    ]);
  });
});

const MUTATIONS: [string, (t: string) => string, Partial<Finding>, { file: string; pointer: string; line?: number }][] = [
  [
    'row added',
    (t) =>
      t.replace(
        'size\n\nNo\n\nInteger\n\nSize in centimetres.',
        'size\n\nNo\n\nInteger\n\nSize in centimetres.\n\nweight\n\nNo\n\nInteger\n\nWeight in grams.',
      ),
    { kind: 'field-added' },
    { file: 'spec/schemas/gadget.yaml', pointer: '/GadgetRequest/properties', line: 7 },
  ],
  [
    'row removed',
    (t) => t.replace('size\n\nNo\n\nInteger\n\nSize in centimetres.\n\n', ''),
    { kind: 'field-removed' },
    { file: 'spec/schemas/gadget.yaml', pointer: '/GadgetRequest/properties/size', line: 13 },
  ],
  [
    'mandatory flipped',
    (t) => t.replace('color\n\nNo', 'color\n\nYes'),
    { kind: 'required-changed' },
    { file: 'spec/schemas/gadget.yaml', pointer: '/GadgetRequest/required', line: 6 },
  ],
  [
    'type changed',
    (t) => t.replace('size\n\nNo\n\nInteger', 'size\n\nNo\n\nString'),
    { kind: 'type-changed' },
    { file: 'spec/schemas/gadget.yaml', pointer: '/GadgetRequest/properties/size', line: 13 },
  ],
  [
    'enum value added to the prose',
    (t) => t.replace('  • BLUE: a blue one', '  • BLUE: a blue one\n\n  • GREEN: a green one'),
    { kind: 'enum-added' },
    { file: 'spec/schemas/gadget.yaml', pointer: '/GadgetRequest/properties/color', line: 10 },
  ],
  [
    'status added',
    (t) =>
      t.replace('400\n\nThe request is malformed.', '400\n\nThe request is malformed.\n\n409\n\nA gadget with this name exists.'),
    { kind: 'status-added' },
    { file: 'spec/paths/gadgets.yaml', pointer: '/post/responses', line: 19 },
  ],
  [
    'example changed',
    (t) => t.replace('"name" : "box"', '"name" : "crate"'),
    { kind: 'example-changed' },
    { file: 'spec/paths/gadgets.yaml', pointer: '/post/requestBody/content/application~1json/examples', line: 15 },
  ],
  [
    'date changed',
    (t) => t.replace('Updated on 2026-01-05', 'Updated on 2026-03-09'),
    { kind: 'updated-changed' },
    { file: 'spec/paths/gadgets.yaml', pointer: '/post/x-doc-page/updated', line: 6 },
  ],
];

describe.each(MUTATIONS)('mutation: %s', (_name, mutate, expected, where) => {
  it('is caught, pinned to the spec location, exit 1', async () => {
    const text = mutate(CLEAN);
    expect(text).not.toBe(CLEAN);
    const r = await check(text);
    expect(r.code).toBe(1);
    expect(drift(r.stdout)).toEqual([expect.objectContaining({ ...expected, known: false, where })]);
  });
});

describe('text output', () => {
  it('shows the change, the spec place and a YAML fragment for additions', async () => {
    const file = join(tmp, 'added.txt');
    writeFileSync(file, MUTATIONS[0]![1](CLEAN));
    const r = await run([file], { root: FIXTURES, cwd: tmp });
    expect(r.stdout).toContain('DRIFT  field-added');
    expect(r.stdout).toContain('spec: spec/schemas/gadget.yaml:7 #/GadgetRequest/properties');
    expect(r.stdout).toMatch(/weight:\n\s+type: integer\n\s+format: int32/);
  });
});

const BAD: [string, string | Buffer, RegExp][] = [
  ['an empty file', '', /empty\.txt:1: the file is empty/],
  ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), /binary\.txt:1: the file is binary/],
  [
    'a page that is not an API page',
    'Help Center/ Gadgets/ FAQ\nUpdated on 2026-01-01 GMT+08:00\n\nWhat is a gadget?\n\nA thing.\n',
    /not-api\.txt:\d+: no "URI" section/,
  ],
  [
    'a page with a table cut short',
    CLEAN.slice(0, CLEAN.indexOf('Size in centimetres.')),
    /cut\.txt:\d+: table "Table 2 Request body parameters" is cut short/,
  ],
];

describe.each(BAD)('bad input: %s', (name, content, message) => {
  it('exits 2 naming the file and line, without a stack trace', () => {
    const file = join(
      tmp,
      {
        'an empty file': 'empty.txt',
        'a binary file': 'binary.txt',
        'a page that is not an API page': 'not-api.txt',
        'a page with a table cut short': 'cut.txt',
      }[name] ?? 'x.txt',
    );
    writeFileSync(file, content);
    const r = spawnSync(process.execPath, [join(HERE, '../dist/cli.js'), file, '--root', FIXTURES], {
      encoding: 'utf8',
      cwd: tmp,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

const SEEDS = resolve(HERE, '../../../../shared/seeds');
describe.skipIf(!existsSync(SEEDS))('the real pages against the real spec', () => {
  it('report no unexplained drift', async () => {
    const files = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(SEEDS, f));
    expect(files).toHaveLength(4);
    const r = await run(files, { root: resolve(HERE, '../../..'), cwd: SEEDS, json: true });
    expect(drift(r.stdout)).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('the npm script', () => {
  it("prints doc-sync's report only and passes its exit code through", () => {
    const file = join(tmp, 'script-page.txt');
    writeFileSync(file, MUTATIONS[0]![1](CLEAN));
    const r = spawnSync(process.execPath, [join(HERE, '../bin/doc-sync.mjs'), 'script-page.txt', '--root', FIXTURES], {
      encoding: 'utf8',
      cwd: resolve(HERE, '../../..'),
      env: { ...process.env, INIT_CWD: tmp, DOC_SYNC_CWD: '' },
    });
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('script-page.txt: "Buying a Gadget" → BuyGadget: 1 change, 1 known');
    expect(r.stdout.trimEnd().split('\n').pop()).toMatch(/^impact: minor/);
    expect(r.stderr).toBe('');
  });
});
