import Handlebars from 'handlebars/runtime';
import type { Drawing } from '../map/drawing.js';
import type { Block } from './blocks.js';
import { templateSpecs } from './generated/templates.js';
import { templateHelpers } from './helpers.js';
import { parseMarkup } from './markup.js';

/**
 * Runs the precompiled templates (templates/<lang>/**.hbs, compiled at build time: Workers forbid eval, so
 * nothing here compiles a template). A template prints markup (see markup.ts) that becomes blocks.
 *
 * Files whose name starts with `_` are partials: `templates/sv/_party.hbs` is `{{> party}}` in the
 * Swedish templates.
 *
 * The shipped templates are not compiled strict (strict code is large, and a missing field must not fail a
 * request): a field the view lacks prints nothing, and `fill` prints its placeholder. The strictness lives
 * in the tests instead: test/documents/strict-templates.test.ts compiles every template strict and renders
 * it with the documents' real views, so a template naming a field no view has still fails.
 */

export type Lang = 'sv' | 'en';

export { isGiven } from './helpers.js';

const env = Handlebars.create();

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
  return templateOf(lang, name)(view, { helpers: templateHelpers, partials: partialsOf(lang) });
}

/**
 * The blocks a template gives for a view. A `<drawing name="…"/>` takes its picture from the view's
 * `drawings` (pictures are data, not text a template could print); one the view lacks draws nothing.
 */
export function renderBlocks(lang: Lang, name: string, view: object): Block[] {
  const drawings = (view as { drawings?: Record<string, Drawing | undefined> }).drawings;
  return parseMarkup(renderMarkup(lang, name, view)).flatMap((block): Block[] => {
    if (block.kind !== 'drawing') return [block];
    const drawing = drawings?.[block.name];
    return drawing ? [{ ...block, drawing }] : [];
  });
}

/** The names of the templates of a language (partials included), for tests. */
export function templateNames(lang: Lang): string[] {
  return Object.keys(specsOf(lang));
}
