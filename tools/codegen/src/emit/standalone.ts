/**
 * Ajv's standalone code for many exports at once, written as Ajv's own `standaloneCode` does
 * (ajv/dist/standalone, MIT) except that the module text is collected in an array: Ajv grows one
 * code object by concatenation, which is quadratic in the number of exports and overflows the
 * stack on a spec the size of microsoft.com/graph-beta. Each function is emitted once, however
 * many exports reach it.
 */
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { _, _Code, type Code, nil } from 'ajv/dist/compile/codegen/code.js';
import { type UsedScopeValues, UsedValueState, type ValueScopeName } from 'ajv/dist/compile/codegen/scope.js';

interface Source {
  readonly validateName: ValueScopeName;
  readonly validateCode: string;
  readonly scopeValues: Parameters<Ajv2020['scope']['scopeCode']>[0];
  readonly evaluated?: Code;
}
type Compiled = ((data: unknown) => boolean) & { source?: Source };

/** `export const <name> = validateN;` and the code of everything it reaches, for each name → Ajv id (ESM). */
export function multiExportCode(ajv: Ajv2020, refs: Readonly<Record<string, string>>): string {
  const usedValues: UsedScopeValues = {};
  const { _n } = ajv.scope.opts as unknown as { _n: Code };
  const state = (name: ValueScopeName) => usedValues[name.prefix]?.get(name);
  const setState = (name: ValueScopeName, s: UsedValueState) => {
    const names = (usedValues[name.prefix] ??= new Map());
    names.set(name, s);
  };
  const validateCode = (source: Source | undefined): Code => {
    if (!source) throw new Error('moduleCode: function does not have "source" property');
    if (state(source.validateName) === UsedValueState.Completed) return nil;
    setState(source.validateName, UsedValueState.Started);
    const scopeCode = ajv.scope.scopeCode(source.scopeValues, usedValues, refValidateCode);
    const code = new _Code(`${scopeCode}${_n}${source.validateCode}`);
    return source.evaluated ? _`${code}${source.validateName}.evaluated = ${source.evaluated};${_n}` : code;
  };
  const refValidateCode = (n: ValueScopeName): Code | undefined => {
    const ref = n.value?.ref;
    if (n.prefix === 'validate' && typeof ref == 'function') return validateCode((ref as Compiled).source);
    if ((n.prefix === 'root' || n.prefix === 'wrapper') && typeof ref == 'object' && ref !== null) {
      const { validate, validateName } = ref as { validate?: Compiled; validateName?: ValueScopeName };
      if (!validateName) throw new Error('ajv internal error');
      const wrapper = _`const ${n} = {validate: ${validateName}};`;
      if (state(validateName) === UsedValueState.Started) return wrapper;
      return _`${wrapper}${_n}${validateCode(validate?.source)}`;
    }
    return undefined;
  };
  const parts: string[] = ['"use strict";'];
  for (const [name, id] of Object.entries(refs)) {
    const v = ajv.getSchema(id) as Compiled | undefined;
    if (!v) throw new Error(`moduleCode: no schema with id ${id}`);
    parts.push(`export const ${name} = ${String(v.source?.validateName)};`, String(validateCode(v.source)));
  }
  return parts.join(String(_n));
}
