// The legal datasets parsed at build time for the Node entry and its thread (bundle-node-entry.mjs,
// bundle-node-thread.mjs): scripts/parse-legal-data.ts parses each data file with its schema, as
// src/data/datasets.ts does at load, and writes the result; the bundles then carry the parsed data in
// place of the files, and src/data/datasets.ts, told so by a define, does not parse it again. A dataset
// that does not match its schema stops the build, as it would stop the service at start.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const parsedDir = join(root, 'dist', '.build', 'legal-data');

/** Parses the datasets into dist/.build/legal-data/; the esbuild options that bundle them from there. */
export function legalDataParsedAtBuild() {
  execFileSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'scripts', 'parse-legal-data.ts'), parsedDir],
    {
      stdio: 'inherit',
      cwd: root,
    },
  );
  return {
    define: { __TREDJELAND_DATA_PARSED_AT_BUILD__: 'true' },
    plugin: {
      name: 'legal-data-parsed-at-build',
      setup(b) {
        // Only the imports of src/data/datasets.ts, the module that parses them.
        b.onResolve({ filter: /^\.\.\/\.\.\/data\/[\w-]+\.json$/ }, (args) =>
          args.importer === join(root, 'src', 'data', 'datasets.ts')
            ? { path: join(parsedDir, args.path.slice('../../data/'.length)) }
            : undefined,
        );
      },
    },
  };
}
