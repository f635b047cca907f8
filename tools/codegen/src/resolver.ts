/**
 * The only way the loader reads a `$ref`: files inside the spec's own directory, never a URL and
 * never a path that leaves the directory (through `..` or a symlink). Redocly reports a refused
 * `$ref` as unresolvable, with the reason below and the place it was written.
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { BaseResolver, type Document, type Source, YamlParseError } from '@redocly/openapi-core';
import { SpecError, SpecErrors } from './errors.js';
import { checkRefChains, MAX_NESTING } from './limits.js';

export const REFUSED = 'refused by hwc-codegen:';

function inside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

export class ConfinedResolver extends BaseResolver {
  private readonly root: string;
  private readonly lexicalRoot: string;

  private readonly cwd: string;

  /** `cwd`: the directory places in messages are relative to. */
  constructor(specDir: string, cwd: string = process.cwd()) {
    super({ http: { headers: [] } });
    this.cwd = cwd;
    this.lexicalRoot = resolve(specDir);
    this.root = realpathSync(specDir);
  }

  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(absoluteRef))
      throw new Error(`${REFUSED} $refs over the network are not followed (${absoluteRef})`);
    const outside = (file: string) =>
      new Error(`${REFUSED} $refs may only point at files inside the spec's directory (${relative(this.root, file)} is outside)`);
    // As written first (whether or not the file exists), then as the disk resolves it (symlinks).
    if (!inside(this.lexicalRoot, absoluteRef)) throw outside(absoluteRef);
    let real: string;
    try {
      real = realpathSync(absoluteRef);
    } catch {
      return super.loadExternalRef(absoluteRef); // missing: Redocly says so, with the place
    }
    if (!inside(this.root, real)) throw outside(real);
    return super.loadExternalRef(absoluteRef);
  }

  /** Each file as soon as it is parsed, before anything in it is resolved: limits.ts. */
  override parseDocument(source: Source, isRoot = false): Document {
    const place = (line: number) => `${relative(this.cwd, source.absoluteRef).split('\\').join('/')}:${line}`;
    let document: Document;
    try {
      document = super.parseDocument(source, isRoot);
    } catch (error) {
      if (error instanceof YamlParseError && /maxDepth/.test(error.message)) {
        throw new SpecErrors([
          new SpecError(
            place(error.line || 1),
            `nested more than ${MAX_NESTING} levels deep (mappings and sequences). Split deep schemas into components.`,
          ),
        ]);
      }
      throw error;
    }
    const errors = checkRefChains(source.absoluteRef, source.body, document.parsed, this.cwd);
    if (errors.length > 0) throw new SpecErrors(errors);
    return document;
  }
}
