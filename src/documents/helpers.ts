import { escapeExpression, type Helper, type HelperOptions, SafeString } from './template-runtime.js';

/**
 * The helpers the templates may call. The build precompiles the templates knowing these names
 * (scripts/precompile-templates.mjs), so a call to any other helper fails the build, and a known helper is
 * called directly rather than looked up among the view's fields.
 */

const escapeValue = (value: unknown) => escapeExpression(String(value));

/** Whitespace the markup would collapse (as HTML does): line breaks, tabs, runs of spaces, spaces at the ends. */
const collapsible = /[\t\r\n]| {2}|^ | $/;

/**
 * A user's value as printed text: escaped, and where it holds whitespace the markup would collapse, marked
 * `<v>` (verbatim) so that its line breaks become Word line breaks and its spaces stay as sent.
 */
const printValue = (value: unknown) => {
  const text = String(value);
  return collapsible.test(text) ? `<v>${escapeValue(text)}</v>` : escapeValue(text);
};

/** A value counts as given unless it is undefined, null, blank text or an empty list. */
export function isGiven(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/**
 * `{{fill value "label"}}` prints the value, or a placeholder with the label when the value is missing.
 * `{{#fill value}}label with {{name}}{{/fill}}` does the same with a label written in the template.
 * Both escape the value themselves, as a helper's output is not escaped again.
 */
function fill(this: unknown, value: unknown, ...rest: unknown[]): SafeString {
  const options = rest.pop() as HelperOptions;
  if (isGiven(value)) return new SafeString(printValue(Array.isArray(value) ? value.join(', ') : value));
  const label = options.fn ? options.fn(this) : escapeValue(rest.map(String).join(''));
  return new SafeString(`<ph>${label}</ph>`);
}

/** `{{ph "label"}}` / `{{#ph}}label{{/ph}}`: a placeholder, always (a line to fill in by hand). */
function ph(this: unknown, ...args: unknown[]): SafeString {
  const options = args.pop() as HelperOptions;
  const label = options.fn ? options.fn(this) : escapeValue(args.map(String).join(''));
  return new SafeString(`<ph>${label}</ph>`);
}

/**
 * `{{lines list "label"}}`: the items of a list, one per line, or a placeholder with the label when the list
 * is missing or empty.
 */
function lines(list: unknown, ...rest: unknown[]): SafeString {
  rest.pop();
  if (Array.isArray(list) && list.length > 0) return new SafeString(list.map(printValue).join('<br/>'));
  return new SafeString(`<ph>${escapeValue(rest.map(String).join(''))}</ph>`);
}

export const templateHelpers: Record<string, Helper> = {
  fill,
  ph,
  lines,
  given: (value: unknown) => isGiven(value),
  eq: (a: unknown, b: unknown) => a === b,
  ne: (a: unknown, b: unknown) => a !== b,
  not: (a: unknown) => !a,
  and: (...args: unknown[]) => args.slice(0, -1).every(Boolean),
  or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
  /** One of several values: `{{#if (oneOf module 2 3)}}`. */
  oneOf: (value: unknown, ...args: unknown[]) => args.slice(0, -1).includes(value),
  inc: (n: unknown) => Number(n) + 1,
  /** Joins its arguments as text (for placeholder labels built from values); escaped when printed. */
  concat: (...args: unknown[]) => args.slice(0, -1).map(String).join(''),
  /** The number of items in a list. */
  count: (list: unknown) => (Array.isArray(list) ? list.length : 0),
};
