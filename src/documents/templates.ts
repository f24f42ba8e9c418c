import Handlebars from 'handlebars/runtime';
import type { Block } from './blocks.js';
import { templateSpecs } from './generated/templates.js';
import { parseMarkup } from './markup.js';

/**
 * Runs the precompiled templates (templates/<lang>/**.hbs, compiled at build time: Workers forbid eval, so
 * nothing here compiles a template). A template prints markup (see markup.ts) that becomes blocks.
 *
 * Files whose name starts with `_` are partials: `templates/sv/_party.hbs` is `{{> party}}` in the
 * Swedish templates.
 */

export type Lang = 'sv' | 'en';

const env = Handlebars.create();
const escapeValue = (value: unknown) => env.Utils.escapeExpression(String(value));

/** A value counts as given unless it is undefined, null, blank text or an empty list. */
export function isGiven(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

type HelperOptions = Handlebars.HelperOptions;

/**
 * `{{fill value "label"}}` prints the value, or a placeholder with the label when the value is missing.
 * `{{#fill value}}label with {{name}}{{/fill}}` does the same with a label written in the template.
 * Both escape the value themselves, as a helper's output is not escaped again.
 */
function fill(this: unknown, value: unknown, ...rest: unknown[]): Handlebars.SafeString {
  const options = rest.pop() as HelperOptions;
  if (isGiven(value))
    return new Handlebars.SafeString(escapeValue(Array.isArray(value) ? value.join(', ') : value));
  const label = options.fn ? options.fn(this) : escapeValue(rest.map(String).join(''));
  return new Handlebars.SafeString(`<ph>${label}</ph>`);
}

/** `{{ph "label"}}` / `{{#ph}}label{{/ph}}`: a placeholder, always (a line to fill in by hand). */
function ph(this: unknown, ...args: unknown[]): Handlebars.SafeString {
  const options = args.pop() as HelperOptions;
  const label = options.fn ? options.fn(this) : escapeValue(args.map(String).join(''));
  return new Handlebars.SafeString(`<ph>${label}</ph>`);
}

/**
 * `{{lines list "label"}}`: the items of a list, one per line, or a placeholder with the label when the list
 * is missing or empty.
 */
function lines(list: unknown, ...rest: unknown[]): Handlebars.SafeString {
  rest.pop();
  if (Array.isArray(list) && list.length > 0)
    return new Handlebars.SafeString(list.map(escapeValue).join('<br/>'));
  return new Handlebars.SafeString(`<ph>${escapeValue(rest.map(String).join(''))}</ph>`);
}

const helpers: Record<string, Handlebars.HelperDelegate> = {
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

const compiled = new Map<string, Handlebars.TemplateDelegate>();
const partialsByLang = new Map<Lang, Record<string, Handlebars.TemplateDelegate>>();

function specsOf(lang: Lang) {
  const specs = templateSpecs[lang];
  if (!specs) throw new Error(`no templates for ${lang}: run npm run build`);
  return specs;
}

function templateOf(lang: Lang, name: string): Handlebars.TemplateDelegate {
  const key = `${lang}/${name}`;
  let template = compiled.get(key);
  if (!template) {
    const spec = specsOf(lang)[name];
    if (!spec) throw new Error(`no template ${key}: run npm run build`);
    template = env.template(spec);
    compiled.set(key, template);
  }
  return template;
}

function partialsOf(lang: Lang): Record<string, Handlebars.TemplateDelegate> {
  let partials = partialsByLang.get(lang);
  if (!partials) {
    partials = {};
    for (const name of Object.keys(specsOf(lang))) {
      const parts = name.split('/');
      const file = parts.pop() ?? '';
      if (file.startsWith('_')) partials[[...parts, file.slice(1)].join('/')] = templateOf(lang, name);
    }
    partialsByLang.set(lang, partials);
  }
  return partials;
}

/** The markup a template prints for a view. */
export function renderMarkup(lang: Lang, name: string, view: object): string {
  return templateOf(lang, name)(view, { helpers, partials: partialsOf(lang) });
}

/** The blocks a template gives for a view. */
export function renderBlocks(lang: Lang, name: string, view: object): Block[] {
  return parseMarkup(renderMarkup(lang, name, view));
}

/** The names of the templates of a language (partials included), for tests. */
export function templateNames(lang: Lang): string[] {
  return Object.keys(specsOf(lang));
}
