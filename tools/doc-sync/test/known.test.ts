/**
 * Known vs drift by exact match: a difference is known only when the spec records that exact
 * difference (same field, same kind, same values). For each kind that can be recorded, a recorded
 * difference beside a new one of the same kind on the same field: the new one is drift.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Finding, run } from '../src/index.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(HERE, 'fixtures');
const CLEAN = readFileSync(join(FIXTURES, 'clean-page.txt'), 'utf8');

type Edit = [file: string, from: string, to: string];

/** Runs a page against a copy of the fixture spec with these text edits. */
async function findings(page: string, edits: readonly Edit[]): Promise<{ code: number; drift: Finding[]; known: Finding[] }> {
  const root = mkdtempSync(join(tmpdir(), 'doc-sync-known-'));
  cpSync(join(FIXTURES, 'spec'), join(root, 'spec'), { recursive: true });
  for (const [file, from, to] of edits) {
    const path = join(root, 'spec', file);
    const text = readFileSync(path, 'utf8');
    expect(text, `${file} holds ${JSON.stringify(from)}`).toContain(from);
    writeFileSync(path, text.replace(from, to));
  }
  writeFileSync(join(root, 'page.txt'), page);
  const r = await run(['page.txt'], { root, cwd: root, json: true });
  const all = (JSON.parse(r.stdout) as { pages: { findings: Finding[] }[] }).pages.flatMap((p) => p.findings);
  return { code: r.code, drift: all.filter((f) => !f.known), known: all.filter((f) => f.known) };
}

const conflict = (indent: string, ...differences: string[]) =>
  [
    `${indent}x-doc-conflict:`,
    `${indent}  - summary: recorded for the test`,
    `${indent}    differences:`,
    ...differences.map((d) => `${indent}      - ${d}`),
  ].join('\n');
const COLOR = '    color:\n      type: string\n';
const page = (...edits: [string, string][]) =>
  edits.reduce((t, [from, to]) => {
    expect(t).toContain(from);
    return t.replace(from, to);
  }, CLEAN);

describe("exact match: the issue's case", () => {
  it('an enum value added on a field with an unrelated recorded conflict is drift, exit 1', async () => {
    const r = await findings(page(['  • BLUE: a blue one', '  • BLUE: a blue one\n\n  • GREEN: a green one']), [
      ['schemas/gadget.yaml', COLOR, `${COLOR}${conflict('      ', '{ kind: type-changed, values: [Integer] }')}\n`],
    ]);
    expect(r.code).toBe(1);
    expect(r.drift).toEqual([expect.objectContaining({ kind: 'enum-added', message: expect.stringContaining('GREEN') })]);
  });
});

describe('sources: page records and definition records are kept apart', () => {
  it('a record with source: api-definition does not make a page difference known', async () => {
    const r = await findings(page(['  • BLUE: a blue one', '  • BLUE: a blue one\n\n  • GREEN: a green one']), [
      [
        'schemas/gadget.yaml',
        COLOR,
        `${COLOR}${conflict('      ', '{ kind: enum-added, source: api-definition, values: [GREEN] }')}\n`,
      ],
    ]);
    expect(r.drift).toEqual([expect.objectContaining({ kind: 'enum-added', values: ['GREEN'] })]);
  });
});

describe('exact match, kind by kind: the recorded difference is known, the new one beside it is drift', () => {
  it('required-changed: recorded "optional", the page now says mandatory', async () => {
    const spec: Edit[] = [
      ['schemas/gadget.yaml', COLOR, `${COLOR}${conflict('      ', '{ kind: required-changed, values: [optional] }')}\n`],
      ['schemas/gadget.yaml', 'required: [name]', 'required: [name, color]'],
    ];
    const known = await findings(CLEAN, spec);
    expect(known.drift).toEqual([]);
    expect(known.known).toContainEqual(expect.objectContaining({ kind: 'required-changed' }));
    // The same field, the same kind, another value: the spec made color optional, the page mandatory.
    const r = await findings(page(['color\n\nNo', 'color\n\nYes']), [spec[0]!]);
    expect(r.code).toBe(1);
    expect(r.drift).toEqual([expect.objectContaining({ kind: 'required-changed', impact: 'breaking' })]);
  });

  it('type-changed: recorded Integer, the page now says Boolean', async () => {
    const spec: Edit[] = [
      [
        'schemas/gadget.yaml',
        '    name:\n      type: string\n',
        `    name:\n      type: string\n${conflict('      ', '{ kind: type-changed, values: [Integer] }')}\n`,
      ],
    ];
    expect((await findings(page(['name\n\nYes\n\nString', 'name\n\nYes\n\nInteger']), spec)).drift).toEqual([]);
    const r = await findings(page(['name\n\nYes\n\nString', 'name\n\nYes\n\nBoolean']), spec);
    expect(r.drift).toEqual([expect.objectContaining({ kind: 'type-changed', impact: 'breaking' })]);
  });

  it('enum-added: YELLOW recorded, GREEN new', async () => {
    const r = await findings(
      page(['  • BLUE: a blue one', '  • BLUE: a blue one\n\n  • YELLOW: a yellow one\n\n  • GREEN: a green one']),
      [['schemas/gadget.yaml', COLOR, `${COLOR}${conflict('      ', '{ kind: enum-added, values: [YELLOW] }')}\n`]],
    );
    expect(r.drift).toEqual([
      expect.objectContaining({ kind: 'enum-added', impact: 'minor', message: expect.stringMatching(/lists GREEN,/) }),
    ]);
    expect(r.known).toContainEqual(
      expect.objectContaining({ kind: 'enum-added', message: expect.stringMatching(/lists YELLOW,/) }),
    );
  });

  it('enum-removed: PINK recorded, CYAN new', async () => {
    const r = await findings(CLEAN, [
      [
        'schemas/gadget.yaml',
        '      enum: [RED, BLUE]\n',
        `      enum: [RED, BLUE, PINK, CYAN]\n${conflict('      ', '{ kind: enum-removed, values: [PINK] }')}\n`,
      ],
    ]);
    expect(r.drift).toEqual([
      expect.objectContaining({ kind: 'enum-removed', impact: 'breaking', message: expect.stringMatching(/accepts CYAN,/) }),
    ]);
    expect(r.known).toContainEqual(
      expect.objectContaining({ kind: 'enum-removed', message: expect.stringMatching(/accepts PINK,/) }),
    );
  });

  it('field-added: legacy recorded, weight new', async () => {
    const row = (n: string) => `\n\n${n}\n\nNo\n\nInteger\n\nA ${n}.`;
    const r = await findings(page(['Size in centimetres.', `Size in centimetres.${row('legacy')}${row('weight')}`]), [
      [
        'schemas/gadget.yaml',
        '  required: [name]\n',
        `  required: [name]\n${conflict('  ', '{ kind: field-added, values: [legacy] }')}\n`,
      ],
    ]);
    expect(r.drift).toEqual([
      expect.objectContaining({ kind: 'field-added', impact: 'minor', message: expect.stringMatching(/weight/) }),
    ]);
    expect(r.known).toContainEqual(expect.objectContaining({ kind: 'field-added', message: expect.stringMatching(/legacy/) }));
  });

  it('field-removed: size recorded (and vendor_hint from the SDK), color new', async () => {
    const r = await findings(
      page(
        ['size\n\nNo\n\nInteger\n\nSize in centimetres.\n\n', ''],
        ['color\n\nNo\n\nString\n\nColor of the gadget.\n\n  • RED: a red one\n\n  • BLUE: a blue one\n\n', ''],
      ),
      [
        [
          'schemas/gadget.yaml',
          '  required: [name]\n',
          `  required: [name]\n${conflict('  ', '{ kind: field-removed, values: [size] }')}\n`,
        ],
      ],
    );
    expect(r.drift).toEqual([
      expect.objectContaining({
        kind: 'field-removed',
        impact: 'breaking',
        where: expect.objectContaining({ pointer: '/GadgetRequest/properties/color' }),
      }),
    ]);
    expect(r.known.map((f) => f.where.pointer).sort()).toEqual([
      '/GadgetRequest/properties/size',
      '/GadgetRequest/properties/vendor_hint',
    ]);
  });

  it('status-added: 409 recorded, 429 new', async () => {
    const r = await findings(
      page(['400\n\nThe request is malformed.', '400\n\nThe request is malformed.\n\n409\n\nTaken.\n\n429\n\nToo many.']),
      [
        [
          'paths/gadgets.yaml',
          '  operationId: BuyGadget\n',
          `  operationId: BuyGadget\n${conflict('  ', "{ kind: status-added, values: ['409'] }")}\n`,
        ],
      ],
    );
    expect(r.drift).toEqual([
      expect.objectContaining({ kind: 'status-added', impact: 'minor', message: expect.stringMatching(/^status 429/) }),
    ]);
    expect(r.known).toContainEqual(
      expect.objectContaining({ kind: 'status-added', message: expect.stringMatching(/^status 409/) }),
    );
  });

  it('status-removed: 500 recorded, 503 new', async () => {
    const extra = "    '500':\n      description: Failed.\n    '503':\n      description: Busy.\n    '400':\n";
    const r = await findings(CLEAN, [
      [
        'paths/gadgets.yaml',
        '  operationId: BuyGadget\n',
        `  operationId: BuyGadget\n${conflict('  ', "{ kind: status-removed, values: ['500'] }")}\n`,
      ],
      ['paths/gadgets.yaml', "    '400':\n", extra],
    ]);
    expect(r.drift).toEqual([
      expect.objectContaining({ kind: 'status-removed', impact: 'breaking', message: expect.stringMatching(/^status 503/) }),
    ]);
    expect(r.known).toContainEqual(
      expect.objectContaining({ kind: 'status-removed', message: expect.stringMatching(/^status 500/) }),
    );
  });

  it("example-changed: the erratum records the page's old example; a different one is drift", async () => {
    const spec: Edit[] = [
      [
        'paths/gadgets.yaml',
        '            value: { name: box, color: RED }\n',
        '            value: { name: box, color: RED }\n            x-doc-erratum:\n              summary: the page printed a size as a string\n              page: { name: box, color: RED, size: "10" }\n',
      ],
    ];
    const printed = await findings(page(['"name" : "box"', '"size" : "10",\n  "name" : "box"']), spec);
    expect(printed.drift).toEqual([]);
    expect(printed.known).toContainEqual(expect.objectContaining({ kind: 'example-changed' }));
    const r = await findings(page(['"name" : "box"', '"size" : "20",\n  "name" : "box"']), spec);
    expect(r.drift).toEqual([expect.objectContaining({ kind: 'example-changed', impact: 'patch' })]);
  });
});
