/**
 * Stage 1, load: read the multi-file spec and bundle it into one document. The only stage that
 * reads the disk. Syntax errors and dangling $refs are reported as `file:line` (positions.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { bundle, createConfig } from '@redocly/openapi-core';
import { SpecError, SpecErrors } from './errors.js';
import { specYamlFiles } from './files.js';
import { placeOf, yaml } from './positions.js';
import { ConfinedResolver } from './resolver.js';
import { checkStructure, isBareMappingName, type StructureFindings, structureOnWorker } from './structure.js';

export type OpenApiDocument = Record<string, unknown>;

export interface LoadedSpec {
  /** The bundled document: every external $ref turned into a local one. */
  readonly document: OpenApiDocument;
  /** The entry file, relative to the working directory (used in banners and messages). */
  readonly entry: string;
  /** The entry file's text, so later stages can turn a JSON pointer into a line number. */
  readonly entrySource: string;
  /** What loading ignored (properties OpenAPI does not define), for the CLI to print. */
  readonly warnings?: readonly string[];
  /**
   * The structure check, still running on its worker thread (when the CLI started one): its
   * errors stop generation and its warnings join the others; generate() waits for it.
   */
  readonly structure?: Promise<StructureFindings>;
}

/** At most this many aliases per file: a billion-laughs document is refused before anything expands it. */
export const MAX_ALIASES = 100;

function checkYamlSyntax(files: readonly string[], cwd: string): SpecError[] {
  const { LineCounter, parseDocument } = yaml();
  const errors: SpecError[] = [];
  for (const file of files) {
    const counter = new LineCounter();
    const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: counter, prettyErrors: false });
    // The first error only: YAML parsers cascade one mistake into many.
    for (const err of doc.errors.slice(0, 1)) {
      const { line, col } = counter.linePos(err.pos[0]);
      errors.push(new SpecError(`${relative(cwd, file)}:${line}:${col}`, `YAML syntax error: ${err.message.split('\n')[0]}`));
    }
  }
  return errors;
}

/**
 * What YAML allows and a spec must not use, checked before any other parser sees the files:
 * tags other than YAML's core ones (`!!js/function`), aliases beyond MAX_ALIASES (billion
 * laughs) and aliases that contain themselves. JSON files cannot hold either and are skipped.
 */
function checkYamlSafety(files: readonly string[], cwd: string): SpecError[] {
  const { LineCounter, parseDocument, visit } = yaml();
  const errors: SpecError[] = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    if (!/[&*!]/.test(source)) continue;
    const counter = new LineCounter();
    const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false });
    const at = (offset: number | undefined) => `${relative(cwd, file)}:${counter.linePos(offset ?? 0).line}`;
    const tag = doc.warnings.find((w) => /tag/i.test(w.message));
    if (tag)
      errors.push(
        new SpecError(
          at(tag.pos[0]),
          `YAML tag refused: ${tag.message.split('\n')[0]}. A spec holds plain data; remove the tag.`,
        ),
      );
    let aliases = 0;
    let first: number | undefined;
    visit(doc, {
      Alias(_key, node) {
        aliases++;
        first ??= node.range?.[0];
      },
    });
    if (aliases > MAX_ALIASES) {
      errors.push(
        new SpecError(
          at(first),
          `${aliases} YAML aliases in one file (at most ${MAX_ALIASES}); refused so that alias expansion cannot blow up. Use $ref instead.`,
        ),
      );
      continue;
    }
    if (aliases === 0 || doc.errors.length > 0) continue;
    try {
      // Expanded once, capped: an alias inside its own anchor makes a cycle JSON cannot hold.
      JSON.stringify(doc.toJS({ maxAliasCount: MAX_ALIASES }));
    } catch (error) {
      errors.push(
        new SpecError(
          at(first),
          `YAML aliases refused: ${(error as Error).message.split('\n')[0]} (an alias inside its own anchor, or too much expansion)`,
        ),
      );
    }
  }
  return errors;
}

/**
 * Two files define a component under one name: name the place of the reference that was renamed
 * and every spec file that defines a top-level key of that name.
 */
function nameClash(
  message: string,
  loc: { source: { absoluteRef: string }; pointer?: string } | undefined,
  entryPath: string,
  cwd: string,
): SpecError {
  const name = /Renamed (.+?) to /.exec(message)?.[1] ?? '';
  const { parse } = yaml();
  const definers = specYamlFiles(dirname(entryPath)).filter((file) => {
    try {
      const doc = parse(readFileSync(file, 'utf8')) as Record<string, unknown> | null;
      return typeof doc === 'object' && doc !== null && Object.hasOwn(doc, name);
    } catch {
      return false;
    }
  });
  const file = loc?.source.absoluteRef ?? entryPath;
  const place = placeOf(relative(cwd, file), readFileSync(file, 'utf8'), (loc?.pointer ?? '').replace(/^#/, ''));
  const files = definers.map((f) => relative(cwd, f).split('\\').join('/')).join(' and ');
  return new SpecError(
    place,
    `two different schemas are both named "${name}"${files ? ` (in ${files})` : ''}; the bundle would rename one to ${name}-2. Give each component a unique name.`,
  );
}

export async function loadSpec(entryPath: string, cwd: string = process.cwd()): Promise<LoadedSpec> {
  const entry = relative(cwd, entryPath) || entryPath;
  // YAML syntax is checked file by file (for exact line:col) only when bundling went wrong:
  // a broken file always shows up there, and a clean run skips a second parse of every file.
  const syntaxErrors = () => {
    const syntax = checkYamlSyntax(specYamlFiles(dirname(entryPath)), cwd);
    if (syntax.length > 0) throw new SpecErrors(syntax);
  };
  const yamlFiles = specYamlFiles(dirname(entryPath));
  const unsafe = checkYamlSafety(yamlFiles, cwd);
  if (unsafe.length > 0) throw new SpecErrors(unsafe);
  if (readFileSync(entryPath, 'utf8').trim() === '')
    throw new SpecErrors([new SpecError(`${entry}:1`, 'the spec is empty; it needs at least openapi, info and paths')]);
  const structureLater = structureOnWorker(entryPath, cwd);
  const config = await createConfig({});
  const externalRefResolver = new ConfinedResolver(dirname(entryPath), cwd);
  let result: Awaited<ReturnType<typeof bundle>>;
  try {
    result = await bundle({ ref: entryPath, config, externalRefResolver });
  } catch (err) {
    if (err instanceof SpecErrors) throw err; // a limit (limits.ts), already placed
    syntaxErrors();
    throw err;
  }
  const problems = result.problems.filter((p) => (p.severity === 'error' || /resolve/i.test(p.message)) && !isBareMappingName(p));
  if (
    problems.length === 0 &&
    (typeof result.bundle.parsed !== 'object' || result.bundle.parsed === null || Array.isArray(result.bundle.parsed))
  ) {
    syntaxErrors();
    throw new SpecErrors([new SpecError(`${entry}:1`, 'the spec is not an OpenAPI document (its top level is not a mapping)')]);
  }
  if (problems.length > 0) {
    syntaxErrors();
    throw new SpecErrors(
      problems.map((p) => {
        const loc = p.location[0];
        if (!loc) return new SpecError(entry, p.message);
        const file = loc.source.absoluteRef;
        let place = relative(cwd, file);
        try {
          place = placeOf(place, readFileSync(file, 'utf8'), loc.pointer ?? '');
        } catch {
          /* the file itself may be the missing one */
        }
        return new SpecError(place, p.message.split(`${cwd}/`).join(''));
      }),
    );
  }
  const renamed = result.problems.filter((p) => /Renamed/.test(p.message));
  if (renamed.length > 0) {
    throw new SpecErrors(renamed.map((p) => nameClash(p.message, p.location[0], entryPath, cwd)));
  }
  const loaded = {
    document: result.bundle.parsed as OpenApiDocument,
    entry: entry.split('\\').join('/'),
    entrySource: readFileSync(entryPath, 'utf8'),
  };
  if (structureLater) return { ...loaded, structure: structureLater };
  // The same resolver: its cache holds every file bundling already read and parsed.
  const structure = await checkStructure(entryPath, cwd, externalRefResolver);
  if (structure.errors.length > 0) throw new SpecErrors(structure.errors);
  return { ...loaded, warnings: structure.warnings };
}
