/**
 * Runs the templates' syntax trees, which the build writes from templates/ (scripts/precompile-templates.mjs):
 * a small interpreter for the part of Handlebars the templates use, printing what Handlebars' own compiled
 * code prints for them (non-strict, `knownHelpersOnly`, `preventIndent`). Workers forbid eval, and a tree is
 * a fraction of the compiled code's size. The build refuses any construct this does not run, and
 * test/documents/strict-templates.test.ts holds every template's output equal to Handlebars' own.
 *
 * The tree, as JSON (whitespace control already applied by Handlebars' parser):
 * - a program is a list of statements;
 * - a statement is text, `{m: expr}` (a value printed escaped), `{b: "if"|"unless"|"each", a: [expr],
 *   f: program, i?: program}` (a block, `i` its `{{else}}`), or `{p: name, h?: {key: expr}, n?: indent}`
 *   (a partial, with its hash);
 * - an expression is a path as text (`"a.b"`, `"../a"`, `"@index"`, `""` for `this`), a literal as
 *   `{v: value}` (no `v`: undefined), or a helper call as `[name, ...args]`.
 */

export type Program = Statement[];
export type Statement =
  | string
  | { m: Expression }
  | { b: 'if' | 'unless' | 'each'; a: Expression[]; f: Program; i?: Program }
  | { p: string; h?: Record<string, Expression>; n?: string };
export type Expression = string | { v?: unknown } | [string, ...Expression[]];

/** Text a helper has already escaped: printed as it is. */
export class SafeString {
  constructor(private readonly text: string) {}
  toString(): string {
    return this.text;
  }
  toHTML(): string {
    return this.text;
  }
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
  '`': '&#x60;',
  '=': '&#x3D;',
};
const badChars = /[&<>"'`=]/g;
const possible = /[&<>"'`=]/;

/** Handlebars' `escapeExpression`: null and undefined print nothing, a SafeString as it is, the rest escaped. */
export function escapeExpression(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else {
    if (value && typeof (value as { toHTML?: unknown }).toHTML === 'function')
      return (value as SafeString).toHTML();
    if (value == null) return '';
    if (!value) return `${value}`;
    text = `${value}`;
  }
  return possible.test(text) ? text.replace(badChars, (ch) => escapes[ch] as string) : text;
}

export interface HelperOptions {
  name: string;
  hash: Record<string, unknown>;
  data: Frame;
  fn?: (context: unknown) => string;
}
// biome-ignore lint/suspicious/noExplicitAny: helpers take any values, as in Handlebars
export type Helper = (this: unknown, ...args: any[]) => unknown;

type Frame = Record<string, unknown>;
interface Scope {
  context: unknown;
  /** The contexts of the enclosing blocks, innermost first (`depths[0]` is `context`): `../` climbs them. */
  depths: unknown[];
  data: Frame;
}

export interface Templates {
  helpers: Record<string, Helper>;
  partials: (name: string) => Program | undefined;
}

/** Handlebars' stand-in for `this` when the context is null. */
const nullContext = Object.seal({});
const hasOwn = Object.prototype.hasOwnProperty;

/** Handlebars' property look-up: own properties only (its prototype access control refuses the rest). */
function lookupProperty(parent: unknown, name: string): unknown {
  const result = (parent as Record<string, unknown>)[name];
  if (result == null) return result;
  return hasOwn.call(parent, name) ? result : undefined;
}

function lookupPath(path: string, scope: Scope): unknown {
  let depth = 0;
  while (path.startsWith('../', depth * 3)) depth++;
  let rest = path.slice(depth * 3);
  const data = rest.startsWith('@');
  if (data) rest = rest.slice(1);
  let current: unknown = data ? scope.data : depth ? scope.depths[depth] : scope.context;
  if (rest === '') return current;
  for (const part of rest.split('.')) {
    // Handlebars guards each step of a data path with `&&`, of a context path with `!= null`.
    if (data ? !current : current == null) return current;
    current = lookupProperty(current, part);
  }
  return current;
}

const helperThis = (context: unknown) => (context != null ? context : nullContext);

function evaluate(expr: Expression, scope: Scope, t: Templates): unknown {
  if (typeof expr === 'string') return lookupPath(expr, scope);
  if (!Array.isArray(expr)) return expr.v;
  const [name, ...params] = expr;
  const helper = t.helpers[name] as Helper;
  const args = params.map((p) => evaluate(p, scope, t));
  return helper.call(helperThis(scope.context), ...args, { name, hash: {}, data: scope.data });
}

/**
 * A block's program as Handlebars calls it: a new context is pushed onto the depths unless it is the same,
 * or it is the stand-in for a null context that is already on top.
 */
function runProgram(program: Program, context: unknown, scope: Scope, t: Templates, data = scope.data) {
  const top = scope.depths[0];
  // Loose, as in Handlebars' runtime: "1" and 1 count as the same context.
  // biome-ignore lint/suspicious/noDoubleEquals: Handlebars compares with !=
  const same = context == top || (context === nullContext && top === null);
  const depths = same ? scope.depths : [context, ...scope.depths];
  return runStatements(program, { context, depths, data }, t);
}

const isEmpty = (value: unknown) => (!value && value !== 0) || (Array.isArray(value) && value.length === 0);

function runBlock(block: Extract<Statement, { b: string }>, scope: Scope, t: Templates): string {
  const self = helperThis(scope.context);
  const fn = (context: unknown, data?: Frame) => runProgram(block.f, context, scope, t, data);
  const inverse = (context: unknown) => (block.i ? runProgram(block.i, context, scope, t) : '');
  let value = evaluate(block.a[0] as Expression, scope, t);
  if (typeof value === 'function') value = value.call(self);
  if (block.b === 'if') return isEmpty(value) || !value ? inverse(self) : fn(self);
  if (block.b === 'unless') return isEmpty(value) || !value ? fn(self) : inverse(self);
  // each: one frame for the whole loop, its index, key, first and last set before each item.
  const frame: Frame = { ...scope.data, _parent: scope.data };
  let out = '';
  let i = 0;
  const item = (
    list: Record<string | number, unknown>,
    key: string | number,
    index: number,
    last: boolean,
  ) => {
    frame.key = key;
    frame.index = index;
    frame.first = index === 0;
    frame.last = last;
    out += fn(list[key], frame);
  };
  if (value && typeof value === 'object') {
    const list = value as Record<string | number, unknown>;
    if (Array.isArray(value)) {
      for (const j = value.length; i < j; i++) if (i in value) item(list, i, i, i === value.length - 1);
    } else if (typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function') {
      const items = [...(value as Iterable<unknown>)];
      for (const j = items.length; i < j; i++) item(items as never, i, i, i === items.length - 1);
    } else {
      const keys = Object.keys(value);
      for (const j = keys.length; i < j; i++) item(list, keys[i] as string, i, i === j - 1);
    }
  }
  return i === 0 ? inverse(self) : out;
}

function runStatements(program: Program, scope: Scope, t: Templates): string {
  let out = '';
  for (const statement of program) {
    if (typeof statement === 'string') out += statement;
    else if ('m' in statement) {
      const expr = statement.m;
      let value = evaluate(expr, scope, t);
      // A plain value that is a function is called on the context (Handlebars' lambdas); a helper's result is not.
      if (!Array.isArray(expr) && typeof value === 'function') value = value.call(scope.context);
      out += escapeExpression(value);
    } else if ('b' in statement) out += runBlock(statement, scope, t);
    else out += (statement.n ?? '') + runPartial(statement, scope, t);
  }
  return out;
}

function runPartial(statement: Extract<Statement, { p: string }>, scope: Scope, t: Templates): string {
  const partial = t.partials(statement.p);
  if (!partial) throw new Error(`The partial ${statement.p} could not be found`);
  let context = scope.context;
  if (statement.h) {
    // Handlebars' extend: the context's own properties, then the hash's.
    const merged: Record<string, unknown> = {};
    for (const key in context as object)
      if (hasOwn.call(context, key)) merged[key] = (context as Record<string, unknown>)[key];
    for (const [key, expr] of Object.entries(statement.h)) merged[key] = evaluate(expr, scope, t);
    context = merged;
  }
  // A partial starts its own depths (Handlebars passes them only in compat mode), and keeps the data.
  return runStatements(partial, { context, depths: [context], data: scope.data }, t);
}

/** Prints a template for a view, as Handlebars' compiled template would. */
export function runTemplate(program: Program, view: unknown, t: Templates): string {
  return runStatements(program, { context: view, depths: [view], data: { root: view } }, t);
}
