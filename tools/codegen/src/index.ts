export { generate, EMITTERS } from './generate.js';
export { loadSpec, locate, placeOf, specYamlFiles, type LoadedSpec, type OpenApiDocument } from './load.js';
export { normalize, type SpecModel, type OperationModel, type ExampleModel, type ResponseModel } from './normalize.js';
export { checkExamples } from './check-examples.js';
export { createAjv, schemaId, ajvRootSchema, FORMATS } from './ajv-schemas.js';
export { SpecError, SpecErrors } from './errors.js';
export { diffAgainstDisk, writeAtomically, type Drift } from './write.js';
export type { Emitter } from './emit/emitter.js';
