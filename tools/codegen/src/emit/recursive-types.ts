/**
 * Named types for recursive component schemas (model.recursiveTypes, see recursion.ts).
 * openapi-typescript writes every component as a member of `components["schemas"]`, and a member
 * such as `A: components["schemas"]["A"][]` refers to itself through an indexed access, which
 * TypeScript refuses (TS2502). Each such member becomes `A: A`, with `export type A = A[]` beside
 * it: type aliases may refer to themselves through arrays, unions and object types.
 */
import { createRequire } from 'node:module';
import type { SpecModel } from '../model.js';

type TS = typeof import('typescript');
let tsLib: TS | undefined;
// Loaded only for a spec that has such schemas (openapi-typescript loads it in its worker otherwise).
const ts = (): TS => (tsLib ??= createRequire(import.meta.url)('typescript') as TS);

/** The rendered text with recursive members pointing at named types, and each named type's definition. */
export function nameRecursiveTypes(text: string, model: SpecModel): { text: string; definitions: ReadonlyMap<string, string> } {
  const recursive = new Set(model.recursiveTypes);
  if (recursive.size === 0) return { text, definitions: new Map() };
  const t = ts();
  const source = t.createSourceFile('openapi.ts', text, t.ScriptTarget.Latest, true);
  const components = source.statements.find((s) => t.isInterfaceDeclaration(s) && s.name.text === 'components') as
    | import('typescript').InterfaceDeclaration
    | undefined;
  const schemas = components?.members.find((m) => t.isPropertySignature(m) && m.name.getText(source) === 'schemas') as
    | import('typescript').PropertySignature
    | undefined;
  if (!schemas?.type || !t.isTypeLiteralNode(schemas.type)) return { text, definitions: new Map() };
  const typeName = (name: string) => model.schemaTypeNames[name] ?? name;
  // Inside a definition, the other recursive members are named too: `components["schemas"]["B"]` → `B`.
  const byName = (span: string) =>
    span.replace(/components\["schemas"\]\["([^"\\]*)"\]/g, (whole, name: string) =>
      recursive.has(name) ? typeName(name) : whole,
    );
  const definitions = new Map<string, string>();
  const edits: { start: number; end: number; name: string }[] = [];
  for (const member of schemas.type.members) {
    if (!t.isPropertySignature(member) || !member.type) continue;
    const name = t.isIdentifier(member.name) || t.isStringLiteral(member.name) ? member.name.text : undefined;
    if (name === undefined || !recursive.has(name)) continue;
    const start = member.type.getStart(source);
    definitions.set(name, byName(text.slice(start, member.type.end)));
    edits.push({ start, end: member.type.end, name: typeName(name) });
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = `${out.slice(0, e.start)}${e.name}${out.slice(e.end)}`;
  return { text: out, definitions };
}
