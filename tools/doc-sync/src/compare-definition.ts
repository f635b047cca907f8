/** Compares one operation of a definition with the spec (stub: operation presence only). */
import type { SpecModel } from '@hwc-workspace/codegen';
import type { Finding } from './compare.js';
import type { DefOperation } from './definition.js';
import type { SpecIndex } from './locate.js';

export function compareDefinition(op: DefOperation, model: SpecModel, _index: SpecIndex): Finding[] {
  const found = model.operations.find((o) => o.operationId === op.operationId) ?? model.operations.find((o) => o.method === op.method && o.path === op.path);
  if (!found) return [{ kind: 'operation-missing', impact: 'minor', message: `${op.method} ${op.path} (${op.operationId}) is not in the spec; --draft <dir> writes a draft of it`, where: { file: 'spec/openapi.yaml', pointer: '/paths' }, known: false }];
  return [];
}
