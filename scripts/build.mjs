// `npm run build`: the templates precompiled and the docx stamps learnt (src/documents/generated/), then
// the Node entry bundled (dist/node/server.mjs). Each step runs only when one of its inputs changed since
// it last ran, so `npm start` on an unchanged checkout starts at once. `--force` rebuilds everything.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const force = process.argv.includes('--force');

/** Every file under the given paths (files or folders), sorted, relative to the root. */
function filesUnder(paths) {
  const out = [];
  const walk = (path) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path)) if (name !== 'generated') walk(join(path, name));
    } else out.push(relative(root, path));
  };
  for (const p of paths) walk(join(root, p));
  return out.sort();
}

/** A digest of the files' names and contents: a step's inputs are unchanged when it matches. */
function digest(paths) {
  const hash = createHash('sha256');
  for (const file of filesUnder(paths))
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)));
  return hash.digest('hex');
}

/** Runs `make` unless the digest of `inputs` equals the one recorded when `outputs` were last made. */
function step(name, inputs, outputs, make) {
  const record = join(root, 'dist', '.build', `${name}.sha256`);
  const now = digest(inputs);
  const made = outputs.every((o) => existsSync(join(root, o)));
  if (!force && made && existsSync(record) && readFileSync(record, 'utf8') === now) {
    console.log(`${name}: up to date`);
    return;
  }
  make();
  mkdirSync(dirname(record), { recursive: true });
  writeFileSync(record, now);
}

const run = (args) => execFileSync(process.execPath, args, { stdio: 'inherit', cwd: root });

step(
  'documents',
  [
    'templates',
    'src/documents',
    'scripts/precompile-templates.mjs',
    'scripts/template-tree.mjs',
    'scripts/learn-docx-stamps.ts',
    'package-lock.json',
  ],
  ['src/documents/generated/templates.js', 'src/documents/generated/stamps.js'],
  () => run([join(root, 'scripts', 'precompile-templates.mjs')]),
);

step(
  'openapi',
  ['src', 'machines', 'data', 'templates', 'package-lock.json', 'scripts/write-openapi.ts'],
  ['web/openapi.json', 'web/openapi.sv.json'],
  () => run(['--import', 'tsx', join(root, 'scripts', 'write-openapi.ts')]),
);

step('web-expand', ['src/answer/expand.ts', 'scripts/web-expand.mjs'], ['web/expand.js'], () =>
  run([join(root, 'scripts', 'web-expand.mjs')]),
);

step(
  'node-entry',
  [
    'src',
    'machines',
    'data',
    'templates',
    'package-lock.json',
    'scripts/build.mjs',
    'scripts/bundle-node-entry.mjs',
    'scripts/bundle-node-thread.mjs',
    'scripts/node-bundle-options.mjs',
    'scripts/node-legal-data.mjs',
    'scripts/parse-legal-data.ts',
  ],
  ['dist/node/server.mjs', 'dist/node/heavy-thread.mjs'],
  () => {
    run([join(root, 'scripts', 'bundle-node-entry.mjs')]);
    run([join(root, 'scripts', 'bundle-node-thread.mjs')]);
  },
);
