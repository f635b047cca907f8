/**
 * Part of stage 1, load: the document's structure, checked with Redocly's rules (the engine the
 * spec lint uses) before anything is emitted. Errors anywhere stop generation with `file:line`;
 * properties OpenAPI does not define are only warned about (the generator ignores them).
 */
import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { type BaseResolver, createConfig, lint } from '@redocly/openapi-core';
import { SpecError } from './errors.js';
import { parsePointer } from './pointer.js';
import { definedAt, parsedWithPositions, placeOf } from './positions.js';
import { ConfinedResolver } from './resolver.js';
import { workerSlot } from './thread.js';

/** Structural rules: unknown `type` or `in`, undeclared or unused path parameters, duplicates, bad names. */
const RULES = {
  struct: 'error',
  'path-parameters-defined': 'error',
  'operation-parameters-unique': 'error',
  'path-declaration-must-exist': 'error',
  'spec-components-invalid-map-name': 'error',
  'no-unresolved-refs': 'error',
} as const;

const WARN_ONLY = /is not expected here/;

/**
 * OpenAPI lets a discriminator mapping name a component schema of the document by its bare name
 * (`Cat` for `#/components/schemas/Cat`); Redocly takes such a value for a file reference it
 * cannot resolve. True for that false "Can't resolve $ref", which is then not reported.
 */
export function isBareMappingName(problem: {
  message: string;
  location: readonly { source: { absoluteRef: string }; pointer?: string }[];
}): boolean {
  const loc = problem.location[0];
  if (!loc || !/can't resolve \$ref/i.test(problem.message)) return false;
  const tokens = parsePointer((loc.pointer ?? '').replace(/^#/, ''));
  if (tokens.length < 3 || tokens[tokens.length - 2] !== 'mapping' || tokens[tokens.length - 3] !== 'discriminator') return false;
  try {
    const { doc } = parsedWithPositions(readFileSync(loc.source.absoluteRef, 'utf8'));
    const value = doc.getIn(tokens);
    return typeof value === 'string' && /^[A-Za-z0-9._-]+$/.test(value) && doc.hasIn(['components', 'schemas', value]);
  } catch {
    return false;
  }
}

export async function checkStructure(
  entryPath: string,
  cwd: string,
  externalRefResolver?: BaseResolver,
): Promise<{ errors: SpecError[]; warnings: string[] }> {
  const config = await createConfig({ rules: RULES });
  const problems = await lint({ ref: entryPath, config, ...(externalRefResolver ? { externalRefResolver } : {}) });
  const errors: SpecError[] = [];
  const warnings: string[] = [];
  const sources = new Map<string, string>();
  for (const p of problems) {
    const loc = p.location[0];
    let place = relative(cwd, entryPath);
    if (loc) {
      // Reported where the node is written: Redocly names the file whose `$ref` pulled it in.
      const { file, pointer } = definedAt(loc.source.absoluteRef, (loc.pointer ?? '').replace(/^#/, ''));
      place = relative(cwd, file).split('\\').join('/');
      try {
        if (!sources.has(file)) sources.set(file, readFileSync(file, 'utf8'));
        place = placeOf(place, sources.get(file) ?? '', pointer);
      } catch {
        /* the file itself may be the missing one */
      }
    }
    const message = p.message.split(`${cwd}/`).join('');
    if (p.severity !== 'error' || isBareMappingName(p)) continue;
    if (WARN_ONLY.test(message)) warnings.push(`${place}: ${message} (ignored)`);
    else errors.push(new SpecError(place, `${message} [${p.ruleId}]`));
  }
  return { errors, warnings };
}

/** What a structure check found, as plain data (it crosses from its worker thread). */
export interface StructureFindings {
  readonly errors: readonly { readonly location: string; readonly detail: string }[];
  readonly warnings: readonly string[];
}

/** The check on its own resolver (confined like the loader's), as plain data. */
export async function structureFindings({ entryPath, cwd }: { entryPath: string; cwd: string }): Promise<StructureFindings> {
  const { errors, warnings } = await checkStructure(entryPath, cwd, new ConfinedResolver(dirname(entryPath), cwd));
  return { errors: errors.map((e) => ({ location: e.location, detail: e.detail })), warnings };
}

const slot = workerSlot<{ entryPath: string; cwd: string }, StructureFindings>(new URL('./structure-worker.js', import.meta.url));

/**
 * Starts the structure check's worker now (the CLI does, before loading): Redocly's lint then
 * reads and checks the spec on a second core while this thread bundles it (graph-beta: ~4 s of
 * its load), and generate() waits for its findings before anything is returned or reported.
 */
export function startStructureWorker(): void {
  slot.start();
}

/** The check on the started worker, or undefined when none was started (then load checks in this thread). */
export function structureOnWorker(entryPath: string, cwd: string): Promise<StructureFindings> | undefined {
  if (!slot.started) return undefined;
  const pending = slot.run({ entryPath, cwd }, structureFindings);
  pending.catch(() => undefined); // awaited by generate(); a load that fails first drops it
  return pending;
}
