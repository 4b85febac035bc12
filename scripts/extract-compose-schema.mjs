#!/usr/bin/env node
// Copies the Compose specification's JSON schema out of the `dclint` devDependency into the
// source tree, minified, so the extension ships it without depending on dclint at run time.
// Run after upgrading dclint: `node scripts/extract-compose-schema.mjs`.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const dclintDir = dirname(require.resolve('dclint/package.json'));
const dclintVersion = JSON.parse(readFileSync(join(dclintDir, 'package.json'), 'utf8')).version;
const schema = JSON.parse(readFileSync(join(dclintDir, 'schemas', 'compose.schema.json'), 'utf8'));

// Keywords the validator in src/core/compose/validate.ts understands; anything else would be
// silently ignored there, so a schema update that starts using one must fail the build loudly.
const KNOWN = new Set([
  '$schema', '$id', '$ref', 'title', 'description', 'type', 'properties', 'patternProperties',
  'additionalProperties', 'items', 'oneOf', 'uniqueItems', 'required', 'enum', 'deprecated',
  'minimum', 'maximum', 'pattern', 'default', 'definitions',
]);
const unknown = new Set();
(function walk(node, inMap) {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, false));
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (!inMap && !KNOWN.has(key)) unknown.add(key);
    walk(value, !inMap && (key === 'properties' || key === 'patternProperties' || key === 'definitions'));
  }
})(schema, false);
if (unknown.size > 0) {
  console.error(`compose schema uses keywords the validator does not support: ${[...unknown].join(', ')}; extend src/core/compose/validate.ts first.`);
  process.exit(1);
}

delete schema.$schema;
const outDir = join(root, 'src', 'core', 'compose', 'schema');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'compose-schema.json'), JSON.stringify(schema) + '\n');
console.log(`compose schema from dclint ${dclintVersion} written to ${join(outDir, 'compose-schema.json')}`);
