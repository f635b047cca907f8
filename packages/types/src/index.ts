/** @hwc-workspace/types: the Workspace order API as TypeScript types. Types only; no runtime code. */
export type * from './generated/openapi.js';
