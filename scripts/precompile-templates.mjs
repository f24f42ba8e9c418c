// Parses templates/<lang>/**/*.hbs into syntax trees in src/documents/generated/templates.js at build time,
// for the small interpreter in src/documents/template-runtime.ts (Workers forbid eval and new Function, so
// no template may be compiled at run time; a tree is also far smaller than Handlebars' compiled code).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The run time's helpers, by name: a mustache or sub-expression may call only these (and a block only
// if, unless and each); any other call fails here, at build time.
const { templateHelpers } = await tsImport('../src/documents/helpers.ts', import.meta.url);
const blockHelpers = new Set(['if', 'unless', 'each']);
// Handlebars' own helpers count as known too: `{{each}}` alone would call a helper, not look up a field.
const knownHelpers = new Set([
  ...Object.keys(templateHelpers),
  ...['helperMissing', 'blockHelperMissing', 'each', 'if', 'unless', 'with', 'log', 'lookup'],
]);

/**
 * The template's syntax tree in the compact form src/documents/template-runtime.ts runs (described there).
 * Whitespace control is applied while Handlebars parses, so the tree prints what Handlebars' compiled code
 * printed. Anything the interpreter does not run (block parameters, hashes on helpers, unescaped output,
 * partial blocks, decorators, …) stops the build with the template's name and line.
 */
function treeOf(program, where) {
  const fail = (node, what) => {
    throw new Error(
      `${where}:${node.loc?.start.line}: ${what} is not supported by src/documents/template-runtime.ts`,
    );
  };
  const path = (node) => {
    if (node.parts.some((part) => /[./]/.test(part) || part === '')) fail(node, `the path ${node.original}`);
    if (node.data && node.depth) fail(node, `the data path ${node.original}`);
    return '../'.repeat(node.depth) + (node.data ? '@' : '') + node.parts.join('.');
  };
  const helperCall = (node) => {
    const name = node.path.original;
    if (node.path.type !== 'PathExpression' || !(name in templateHelpers)) fail(node, `the helper ${name}`);
    if (node.hash) fail(node, 'a hash on a helper');
    return [name, ...node.params.map(expression)];
  };
  const expression = (node) => {
    switch (node.type) {
      case 'PathExpression':
        return path(node);
      case 'StringLiteral':
      case 'NumberLiteral':
      case 'BooleanLiteral':
      case 'NullLiteral':
        return { v: node.value };
      case 'UndefinedLiteral':
        return {};
      case 'SubExpression':
        return helperCall(node);
      default:
        return fail(node, node.type);
    }
  };
  // As Handlebars classifies a mustache: a single plain name that is a known helper calls it.
  const isHelperCall = (node) =>
    node.params.length > 0 ||
    node.hash ||
    (node.path.type === 'PathExpression' &&
      node.path.parts.length === 1 &&
      !node.path.depth &&
      !/^\.|this\b/.test(node.path.original) &&
      knownHelpers.has(node.path.parts[0]));
  const statements = (node) =>
    node.body
      .map((statement) => {
        switch (statement.type) {
          case 'ContentStatement':
            return statement.value;
          case 'CommentStatement':
            return '';
          case 'MustacheStatement':
            if (!statement.escaped) fail(statement, 'unescaped output');
            return { m: isHelperCall(statement) ? helperCall(statement) : expression(statement.path) };
          case 'BlockStatement': {
            const name = statement.path.original;
            if (!blockHelpers.has(name) || statement.params.length !== 1 || statement.hash)
              fail(statement, `the block ${name} (only #if, #unless, #each with one value)`);
            if (statement.program.blockParams || statement.inverse?.blockParams)
              fail(statement, 'block parameters');
            const block = { b: name, a: statement.params.map(expression), f: statements(statement.program) };
            if (statement.inverse) block.i = statements(statement.inverse);
            return block;
          }
          case 'PartialStatement': {
            if (statement.name.type !== 'PathExpression' || statement.params.length > 0)
              fail(statement, 'a dynamic partial or a partial with a context');
            const partial = { p: statement.name.original };
            if (statement.hash)
              partial.h = Object.fromEntries(
                statement.hash.pairs.map((pair) => [pair.key, expression(pair.value)]),
              );
            if (statement.indent) partial.n = statement.indent;
            return partial;
          }
          default:
            return fail(statement, statement.type);
        }
      })
      .filter((statement) => statement !== '');
  return statements(program);
}

/** A JavaScript string literal holding the text (single-quoted: the JSON inside is full of double quotes). */
const quoted = (text) =>
  `'${text.replace(/[\\']/g, (ch) => `\\${ch}`).replace(/\u2028|\u2029/g, (ch) => `\\u${ch.charCodeAt(0).toString(16)}`)}'`;

const templatesDir = join(root, 'templates');
const outDir = join(root, 'src', 'documents', 'generated');

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.hbs') ? [path] : [];
  });
}

const languages = readdirSync(templatesDir).filter((name) =>
  statSync(join(templatesDir, name)).isDirectory(),
);
let count = 0;
const entries = languages.map((lang) => {
  const files = walk(join(templatesDir, lang)).sort();
  const specs = files.map((file) => {
    const name = relative(join(templatesDir, lang), file)
      .replace(/\\/g, '/')
      .replace(/\.hbs$/, '');
    // A file's last line break is not part of the wording: partials are often used inside a sentence.
    const source = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    // Not strict: a field the view lacks prints nothing at run time (fill prints its placeholder). The
    // tests compile every template strict and render it with the real views (strict-templates.test.ts).
    // Each tree is kept as JSON text, parsed at its first use: cheaper to load than an object literal.
    const spec = quoted(JSON.stringify(treeOf(Handlebars.parse(source), `templates/${lang}/${name}.hbs`)));
    count += 1;
    return `    ${JSON.stringify(name)}: ${spec}`;
  });
  return `  ${JSON.stringify(lang)}: {\n${specs.join(',\n')}\n  }`;
});

mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, 'templates.js'),
  `// Generated by scripts/precompile-templates.mjs from templates/. Do not edit.\nexport const templateTrees = {\n${entries.join(',\n')}\n};\n`,
);
writeFileSync(
  join(outDir, 'templates.d.ts'),
  `// Generated by scripts/precompile-templates.mjs. Do not edit.\n/** Each template's syntax tree as JSON text (src/documents/template-runtime.ts runs it). */\nexport declare const templateTrees: Record<string, Record<string, string>>;\n`,
);
console.log(`parsed ${count} templates for ${languages.join(', ') || 'no languages'}`);

// The documents' fast path assembles DOCX from XML that docx wrote; learn it now rather than on the
// first request (a Worker's CPU budget). The learning code is TypeScript, so it runs under tsx.
execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'learn-docx-stamps.ts')], {
  stdio: 'inherit',
  cwd: root,
});
