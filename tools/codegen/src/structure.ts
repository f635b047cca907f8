/**
 * Part of stage 1, load: the document's structure, checked with Redocly's rules (the engine the
 * spec lint uses) before anything is emitted. Errors anywhere stop generation with `file:line`;
 * properties OpenAPI does not define are only warned about (the generator ignores them).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { createConfig, lint, type BaseResolver } from '@redocly/openapi-core';
import { SpecError } from './errors.js';
import { isBareMappingName, placeOf } from './load.js';

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

export async function checkStructure(entryPath: string, cwd: string, externalRefResolver?: BaseResolver): Promise<{ errors: SpecError[]; warnings: string[] }> {
  const config = await createConfig({ rules: RULES });
  const problems = await lint({ ref: entryPath, config, ...(externalRefResolver ? { externalRefResolver } : {}) });
  const errors: SpecError[] = [];
  const warnings: string[] = [];
  const sources = new Map<string, string>();
  for (const p of problems) {
    const loc = p.location[0];
    let place = relative(cwd, entryPath);
    if (loc) {
      const file = loc.source.absoluteRef;
      place = relative(cwd, file).split('\\').join('/');
      try {
        if (!sources.has(file)) sources.set(file, readFileSync(file, 'utf8'));
        place = placeOf(place, sources.get(file) ?? '', (loc.pointer ?? '').replace(/^#/, ''));
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
