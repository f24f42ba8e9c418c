// web/expand.js: src/answer/expand.ts with its types stripped, for the web app, which reads the lean
// answer (docs/lean-answer.md) and expands it with the same code the server's tests check. Written by
// `npm run build`; test/answer/web-expand.test.ts fails when the file and its source part.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function webExpandSource() {
  const source = readFileSync(join(root, 'src', 'answer', 'expand.ts'), 'utf8');
  const { code } = await transform(source, { loader: 'ts', format: 'esm', target: 'es2022' });
  return `// Generated from src/answer/expand.ts by scripts/web-expand.mjs (npm run build); do not edit.\n${code}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(join(root, 'web', 'expand.js'), await webExpandSource());
  console.log('wrote web/expand.js from src/answer/expand.ts');
}
