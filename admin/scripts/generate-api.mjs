#!/usr/bin/env node
// Generates the admin's API types (src/api/schema.d.ts) from the committed OpenAPI document
// (../openapi/openapi.json, written by `npm run openapi:update` at the repository root).
//
//   node scripts/generate-api.mjs          write src/api/schema.d.ts
//   node scripts/generate-api.mjs --check  exit 1 when src/api/schema.d.ts differs from what would be written
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCE = resolve(ROOT, 'openapi', 'openapi.json');
const TARGET = resolve(ROOT, 'admin', 'src', 'api', 'schema.d.ts');
const UPDATE_COMMAND = 'npm run openapi:update';

const HEADER = `/**
 * Generated from openapi/openapi.json by ${UPDATE_COMMAND} — do not edit.
 */

`;

const rel = (file) => relative(ROOT, file);

async function generate() {
  if (!existsSync(SOURCE)) {
    throw new Error(`${rel(SOURCE)} does not exist: run \`${UPDATE_COMMAND}\` at the repository root.`);
  }
  const document = JSON.parse(readFileSync(SOURCE, 'utf8'));
  const ast = await openapiTS(document, { silent: true });
  return HEADER + astToString(ast);
}

async function main() {
  const check = process.argv.includes('--check');
  const content = await generate();
  if (!check) {
    writeFileSync(TARGET, content);
    console.log(`Wrote ${rel(TARGET)} from ${rel(SOURCE)}.`);
    return;
  }
  const current = existsSync(TARGET) ? readFileSync(TARGET, 'utf8') : undefined;
  if (current === content) {
    console.log(`${rel(TARGET)} is up to date with ${rel(SOURCE)}.`);
    return;
  }
  const reason = current === undefined ? 'does not exist' : `differs from what ${rel(SOURCE)} generates`;
  console.error(
    `${rel(TARGET)} is stale: it ${reason}. ` +
      `Run \`${UPDATE_COMMAND}\` at the repository root (or \`npm run api:generate -w admin\`) and commit the result.`,
  );
  process.exitCode = 1;
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
