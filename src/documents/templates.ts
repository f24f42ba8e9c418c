import type { Drawing } from '../map/drawing.js';
import type { Block } from './blocks.js';
import { templateTrees } from './generated/templates.js';
import { templateHelpers } from './helpers.js';
import { parseMarkup } from './markup.js';
import { type Program, runTemplate, type Templates } from './template-runtime.js';

/**
 * Runs the templates (templates/<lang>/**.hbs, parsed into syntax trees at build time and run by
 * template-runtime.ts: Workers forbid eval, so nothing here compiles a template). A template prints markup
 * (see markup.ts) that becomes blocks.
 *
 * Files whose name starts with `_` are partials: `templates/sv/_party.hbs` is `{{> party}}` in the
 * Swedish templates.
 *
 * The shipped templates are not run strict (a missing field must not fail a request): a field the view lacks prints nothing, and `fill` prints its placeholder. The strictness lives
 * in the tests instead: test/documents/strict-templates.test.ts compiles every template strict and renders
 * it with the documents' real views, so a template naming a field no view has still fails.
 */

export type Lang = 'sv' | 'en';

export { isGiven } from './helpers.js';

const trees = new Map<string, Program>();
const runtimes = new Map<Lang, Templates>();

function treesOf(lang: Lang) {
  const texts = templateTrees[lang];
  if (!texts) throw new Error(`no templates for ${lang}: run npm run build`);
  return texts;
}

/** A template's tree, parsed from its JSON at first use. */
function treeOf(lang: Lang, name: string): Program | undefined {
  const key = `${lang}/${name}`;
  let tree = trees.get(key);
  if (!tree) {
    const text = treesOf(lang)[name];
    if (text === undefined) return undefined;
    tree = JSON.parse(text) as Program;
    trees.set(key, tree);
  }
  return tree;
}

/** The helpers, and the partials of a language: `{{> dir/name}}` is the file `dir/_name.hbs`. */
function runtimeOf(lang: Lang): Templates {
  let runtime = runtimes.get(lang);
  if (!runtime) {
    runtime = {
      helpers: templateHelpers,
      partials: (name) => {
        const parts = name.split('/');
        const file = parts.pop() ?? '';
        return treeOf(lang, [...parts, `_${file}`].join('/'));
      },
    };
    runtimes.set(lang, runtime);
  }
  return runtime;
}

/** The markup a template prints for a view. */
export function renderMarkup(lang: Lang, name: string, view: object): string {
  const tree = treeOf(lang, name);
  if (!tree) throw new Error(`no template ${lang}/${name}: run npm run build`);
  return runTemplate(tree, view, runtimeOf(lang));
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
  return Object.keys(treesOf(lang));
}
