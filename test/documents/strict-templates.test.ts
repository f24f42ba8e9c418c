import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import type { DocumentContext } from '../../src/documents/context.js';
import { templateHelpers } from '../../src/documents/helpers.js';
import {
  type AssessedCase,
  type DocumentRequest,
  DocumentRequestError,
  documentDate,
  documentKinds,
  documentRequest,
  planDocuments,
} from '../../src/documents/index.js';
import { renderMarkup, templateNames } from '../../src/documents/templates.js';
import { sampleCaseRequest } from './arbitraries.js';
import { fullDetails, sampleRequest } from './fixtures.js';
import { engineAssessed, fixtureAssessed, type Lang, langs } from './helpers.js';

/**
 * The build compiles the templates without `strict` (smaller code; at run time a missing field prints
 * nothing rather than failing the request). Strictness is kept here: every template is compiled strict from
 * templates/, as the build once shipped them, and rendered with the real views of every kind of document, for
 * every SCC module, in both languages, with full, missing and random details, from the hand-built verdicts and
 * from the engine's. A template naming a field no view has fails (strict as Handlebars means it: every path a
 * template prints must exist, and every step but the last of a path given to a helper); and the shipped
 * templates must print exactly what the strict ones print.
 */

const root = join(import.meta.dirname, '../../templates');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.hbs') ? [path] : [];
  });
}

/** Every template of a language compiled strict, and its partials (`_name.hbs` is `{{> name}}`). */
function strictTemplates(lang: Lang) {
  const env = Handlebars.create();
  const templates: Record<string, Handlebars.TemplateDelegate> = {};
  const partials: Record<string, Handlebars.TemplateDelegate> = {};
  for (const file of walk(join(root, lang))) {
    const name = relative(join(root, lang), file)
      .replace(/\\/g, '/')
      .replace(/\.hbs$/, '');
    const source = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    const template = env.compile(source, { strict: true, preventIndent: true });
    templates[name] = template;
    const parts = name.split('/');
    const base = parts.pop() ?? '';
    if (base.startsWith('_')) partials[[...parts, base.slice(1)].join('/')] = template;
  }
  return (name: string, view: object): string => {
    const template = templates[name];
    if (!template) throw new Error(`no template ${lang}/${name}`);
    return template(view, { helpers: templateHelpers, partials });
  };
}

const strict = { sv: strictTemplates('sv'), en: strictTemplates('en') };

/**
 * Every template compiled by Handlebars as the build once shipped them (non-strict, known helpers only, no
 * indent): the interpreter that runs the shipped trees (src/documents/template-runtime.ts) must print what
 * these print, missing fields included.
 */
function handlebarsTemplates(lang: Lang) {
  const env = Handlebars.create();
  const knownHelpers = Object.fromEntries(Object.keys(templateHelpers).map((name) => [name, true]));
  const templates: Record<string, Handlebars.TemplateDelegate> = {};
  const partials: Record<string, Handlebars.TemplateDelegate> = {};
  for (const file of walk(join(root, lang))) {
    const name = relative(join(root, lang), file)
      .replace(/\\/g, '/')
      .replace(/\.hbs$/, '');
    const source = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    templates[name] = env.compile(source, { preventIndent: true, knownHelpers, knownHelpersOnly: true });
    const parts = name.split('/');
    const base = parts.pop() ?? '';
    if (base.startsWith('_')) partials[[...parts, base.slice(1)].join('/')] = templates[name];
  }
  return (name: string, view: object): string =>
    (templates[name] as Handlebars.TemplateDelegate)(view, { helpers: templateHelpers, partials });
}
const lenient = { sv: handlebarsTemplates('sv'), en: handlebarsTemplates('en') };

/** Every document a request calls for, each printed by the strict and by the shipped templates. */
function compareEveryDocument(
  input: DocumentRequest,
  assessedOf: (request: DocumentRequest) => AssessedCase,
  lang: Lang,
) {
  const request = documentRequest.parse(input);
  const assessed = assessedOf(request);
  const context: DocumentContext = {
    lang,
    date: documentDate(request),
    request,
    assessment: assessed.assessment,
    tias: assessed.tias ?? new Map(),
  };
  const templates = new Set<string>();
  for (const kind of documentKinds) {
    let plans: ReturnType<typeof planDocuments>;
    try {
      plans = planDocuments(kind, context);
    } catch (error) {
      // Details that contradict each other are refused before anything is rendered.
      expect(error).toBeInstanceOf(DocumentRequestError);
      continue;
    }
    for (const plan of plans) {
      const shipped = renderMarkup(lang, plan.template, plan.view);
      expect(strict[lang](plan.template, plan.view), `${lang}/${plan.template}`).toBe(shipped);
      templates.add(plan.template);
    }
  }
  return templates;
}

describe.each(langs)('every template compiled strict (%s)', (lang) => {
  const fixture = () => fixtureAssessed(lang);
  const engine = (request: DocumentRequest) => engineAssessed(request, lang);

  it('renders the real views of every document and module, full and missing details, printing what the shipped templates print', () => {
    const rendered = new Set<string>();
    for (const input of [sampleRequest({ details: fullDetails }), sampleRequest()]) {
      for (const assessed of [fixture, engine])
        for (const name of compareEveryDocument(input, assessed, lang)) rendered.add(name);
    }
    // Every document template was rendered, so every partial they call was too.
    expect([...rendered].sort()).toEqual(
      templateNames(lang)
        .filter((name) => !name.startsWith('_'))
        .sort(),
    );
  });

  it('renders the views of any valid request', () => {
    fc.assert(
      fc.property(sampleCaseRequest, fc.boolean(), (input, byEngine) => {
        compareEveryDocument(input, byEngine ? engine : fixture, lang);
      }),
      { numRuns: 40 },
    );
  });

  it('fail on a field the view lacks, where the shipped templates print nothing or the placeholder', () => {
    for (const name of templateNames(lang).filter((n) => !n.startsWith('_')))
      expect(() => strict[lang](name, {}), name).toThrow(/not defined/);

    const request = documentRequest.parse(sampleRequest({ details: fullDetails }));
    const context: DocumentContext = {
      lang,
      date: documentDate(request),
      request,
      assessment: fixture().assessment,
      tias: new Map(),
    };
    const plan = planDocuments('scc', context)[0]!;
    const { exporter, ...lacking } = plan.view as { exporter: object };
    expect(() => strict[lang]('scc', lacking)).toThrow(/not defined/);
    // Shipped: the exporter's facts become placeholders, as if the view had given them as undefined.
    const placeholders = (markup: string) => markup.split('<ph>').length - 1;
    const shipped = renderMarkup(lang, 'scc', lacking);
    expect(placeholders(shipped)).toBeGreaterThan(placeholders(renderMarkup(lang, 'scc', plan.view)));
    expect(shipped).toBe(renderMarkup(lang, 'scc', { ...lacking, exporter: undefined }));
    expect(shipped).toBe(lenient[lang]('scc', lacking));
    expect(exporter).toBeDefined();
  });
});

describe('the shipped templates', () => {
  it('never throw on a missing field: every template, partials too, renders an empty view', () => {
    for (const lang of langs)
      for (const name of templateNames(lang)) expect(() => renderMarkup(lang, name, {}), name).not.toThrow();
  });

  it('print what Handlebars prints for them, for an empty view and for views with fields of the wrong type', () => {
    const odd = {
      module: '2',
      parties: 'x',
      flows: { a: 1 },
      lang: 0,
      exporter: null,
      importer: [],
      tia: false,
    };
    for (const lang of langs)
      for (const name of templateNames(lang))
        for (const view of [{}, odd])
          expect(renderMarkup(lang, name, view), name).toBe(lenient[lang](name, view));
  });
});
