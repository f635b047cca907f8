// Writes src/version.ts from this package's package.json, so the User-Agent names the version that
// is published. `npm run version` (changesets) runs it after bumping; a test checks the two agree.
import { readFileSync, writeFileSync } from 'node:fs';

const here = new URL('..', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', here), 'utf8'));
writeFileSync(
  new URL('src/version.ts', here),
  `/** This package's version (written by scripts/stamp-version.mjs from package.json; do not edit). */\nexport const VERSION = ${JSON.stringify(version)};\n`,
);
