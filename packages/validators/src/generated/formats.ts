// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import { isInt32 } from './int32.js';

/** The string formats the spec uses, as the generator checked its examples with them. */
export const formats: { readonly email: RegExp; readonly 'date-time': RegExp; readonly int32: { readonly type: 'number'; readonly validate: (n: number) => boolean } } = {
  // ajv-formats 3.0.1 "full" email, copied at generation time (no run-time dependency).
  email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
  'date-time': /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt ](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/,
  int32: { type: 'number', validate: isInt32 },
};
