// The compact syntax tree src/documents/template-runtime.ts runs, made from Handlebars' own parse at build
// time (scripts/precompile-templates.mjs) and by the interpreter's tests.

const blockHelpers = new Set(['if', 'unless', 'each']);

/**
 * `treeOf(Handlebars.parse(source), where)` for the named helpers: a mustache or sub-expression may call
 * only these (and a block only if, unless and each). The template's syntax tree in the compact form src/documents/template-runtime.ts runs (described there).
 * Whitespace control is applied while Handlebars parses, so the tree prints what Handlebars' compiled code
 * printed. Anything the interpreter does not run (block parameters, hashes on helpers, unescaped output,
 * partial blocks, decorators, …) stops the build with the template's name and line.
 */
export function treeMaker(helperNames) {
  const helpers = new Set(helperNames);
  // Handlebars' own helpers count as known too: `{{each}}` alone would call a helper, not look up a field.
  const knownHelpers = new Set([
    ...helperNames,
    ...['helperMissing', 'blockHelperMissing', 'each', 'if', 'unless', 'with', 'log', 'lookup'],
  ]);
  return function treeOf(program, where) {
    const fail = (node, what) => {
      throw new Error(
        `${where}:${node.loc?.start.line}: ${what} is not supported by src/documents/template-runtime.ts`,
      );
    };
    const path = (node) => {
      if (node.parts.some((part) => /[./]/.test(part) || part === ''))
        fail(node, `the path ${node.original}`);
      if (node.data && node.depth) fail(node, `the data path ${node.original}`);
      return '../'.repeat(node.depth) + (node.data ? '@' : '') + node.parts.join('.');
    };
    const helperCall = (node) => {
      const name = node.path.original;
      if (node.path.type !== 'PathExpression' || !helpers.has(name)) fail(node, `the helper ${name}`);
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
              const block = {
                b: name,
                a: statement.params.map(expression),
                f: statements(statement.program),
              };
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
  };
}
