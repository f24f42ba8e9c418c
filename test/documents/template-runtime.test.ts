import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types
import { treeMaker } from '../../scripts/template-tree.mjs';
import { templateHelpers } from '../../src/documents/helpers.js';
import { type Program, runTemplate } from '../../src/documents/template-runtime.js';

/**
 * The interpreter against Handlebars itself, construct by construct, with values the documents' views
 * rarely hold (empty lists, zero, false, null, strings where objects are expected, nested each with `../`
 * and `@index`): each snippet is compiled by Handlebars as the build once shipped the templates
 * (non-strict, known helpers only, no indent) and run from its tree, and both must print the same text.
 */
const treeOf = treeMaker(Object.keys(templateHelpers)) as (program: unknown, where: string) => Program;
const knownHelpers = Object.fromEntries(Object.keys(templateHelpers).map((name) => [name, true]));
const partialSources: Record<string, string> = {
  item: '<{{name}}|{{label}}|{{@index}}>',
  'dir/nested': '{{#if flag}}[{{> item}}]{{else}}none{{/if}}',
};

function both(source: string, view: unknown) {
  const options = { preventIndent: true, knownHelpers, knownHelpersOnly: true } as const;
  const env = Handlebars.create();
  const partials = Object.fromEntries(
    Object.entries(partialSources).map(([name, text]) => [name, env.compile(text, options)]),
  );
  const expected = env.compile(source, options)(view, { helpers: templateHelpers, partials });
  const trees = Object.fromEntries(
    Object.entries(partialSources).map(([name, text]) => [name, treeOf(Handlebars.parse(text), name)]),
  );
  const actual = runTemplate(treeOf(Handlebars.parse(source), 'snippet'), view, {
    helpers: templateHelpers,
    partials: (name) => trees[name],
  });
  return { expected, actual };
}

const snippets = [
  '{{a}} {{a.b}} {{a.b.c}} {{this}} {{missing.deep}}',
  '{{#if a}}yes{{else}}no{{/if}} {{#unless a}}u{{else}}nu{{/unless}}',
  '{{#if a}}A{{else if b}}B{{else}}C{{/if}}',
  '{{#each list}}{{@index}}:{{this}}{{#if @first}}F{{/if}}{{#if @last}}L{{/if}},{{else}}empty{{/each}}',
  '{{#each list}}{{#each ../list}}{{../this}}{{this}};{{/each}}{{/each}}',
  '{{#each obj}}{{@key}}={{this}} {{/each}}',
  '{{fill a "label"}} {{fill missing "the " "label"}} {{ph "x"}} {{lines list "none"}}',
  '{{#if (eq a 0)}}zero{{/if}}{{#if (and a b)}}ab{{/if}}{{#if (or a b)}}aorb{{/if}}{{#if (not a)}}!a{{/if}}',
  '{{#if (oneOf a 1 2 "x")}}one{{/if}} {{inc a}} {{concat a "-" b}} {{count list}}',
  '{{#if (given a)}}g{{/if}}{{#if (ne a null)}}nn{{/if}}{{#if (eq a undefined)}}u{{/if}}',
  'line\n  {{#if a}}\n  inside\n  {{/if}}\nafter {{! a comment }}\n',
  '{{#each list}}{{> item name=this label=../a}}{{/each}}|{{> item}}|{{> dir/nested flag=a name="n"}}',
  '{{count}} {{a}}{{#if true}}t{{/if}}{{#if 0}}z{{/if}}',
  // A null item: Handlebars does not push its stand-in for a null context, so ../ still reads the loop's parent.
  '{{#each list}}[{{#if ../a}}{{../b}}{{/if}}]{{/each}}',
];
const views: unknown[] = [
  {},
  { a: 0, b: '', list: [], obj: {} },
  { a: 1, b: 'x<y>&"\'`=', list: [1, '2', null, false], obj: { k: 'v', n: 0 } },
  { a: { b: { c: 'deep' } }, list: [{ name: 'p' }, { name: 'q' }], obj: { a: { b: 1 } } },
  { a: 'x', b: true, list: ['  two  spaces', 'line\nbreak'], obj: null },
  { a: [], b: [0], list: 'not a list', obj: 'text' },
  { a: false, b: null, list: [[1, 2], [3]], count: 'field' },
  'a string view',
  null,
];

describe('the template interpreter', () => {
  it.each(snippets)('prints what Handlebars prints: %s', (source) => {
    for (const view of views) {
      const { expected, actual } = both(source, view);
      expect(actual, JSON.stringify(view)).toBe(expected);
    }
  });

  it('refuses at build time what it does not run', () => {
    for (const source of [
      '{{{raw}}}',
      '{{#with a}}x{{/with}}',
      '{{#each list as |item|}}{{item}}{{/each}}',
      '{{fill a key=1}}',
      '{{nohelper a}}',
      '{{> (dynamic)}}',
    ])
      expect(() => treeOf(Handlebars.parse(source), 'snippet'), source).toThrow(/not supported/);
  });
});
