/** This package's version (written by scripts/stamp-version.mjs from package.json; do not edit). */
export const VERSION = '0.1.0';
