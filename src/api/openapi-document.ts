// First: the routes' schemas call zod's `.openapi()`, which this import adds (before any schema module runs).
import './index.js';
import { clause14Questions } from '../../machines/clause14/index.js';
import type { Localized } from '../data/schema.js';
import { caseQuestions } from '../interview/questions.js';
import { describeFieldsByQuestions } from './field-descriptions.js';
import { createApp, productVersion } from './index.js';
import type { Lang } from './lang.js';
import { openApiSwedish } from './openapi-sv.js';

/**
 * The OpenAPI document, in English or Swedish, from the routes' zod schemas. Called at build time
 * (scripts/write-openapi.ts writes web/openapi.json and web/openapi.sv.json, served as static files on Node
 * and Workers) and by the tests that check those files are what it gives; never by a running service, so
 * the document builder and the Swedish texts cost the Worker nothing.
 */

export const openApiPaths: Record<Lang, string> = { en: '/openapi.json', sv: '/openapi.sv.json' };

const info: Record<Lang, { title: string; description: string }> = {
  en: {
    title: 'Tredjeland API',
    description:
      'Whether personal data may leave the EU/EEA, on what legal footing, and the papers for it. ' +
      'Every 4xx answer is application/problem+json (RFC 9457).',
  },
  sv: {
    title: 'Tredjelands API',
    description:
      'Om personuppgifter får lämna EU/EES, med vilket rättsligt stöd, och handlingarna för det. ' +
      'Varje 4xx-svar är application/problem+json (RFC 9457).',
  },
};

export function openApiDocument(lang: Lang): Record<string, unknown> {
  describeFieldsByQuestions();
  const app = createApp({ config: { log: false } });
  const doc = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: { version: productVersion, ...info[lang] },
  }) as unknown as Record<string, unknown>;
  return lang === 'en' ? doc : (inSwedish(doc, swedishTexts()) as Record<string, unknown>);
}

/** English → Swedish: the table, and every question that describes a field (its own Swedish text). */
function swedishTexts(): Map<string, string> {
  const texts = new Map(Object.entries(openApiSwedish));
  const add = (t: Localized) => {
    if (!texts.has(t.en)) texts.set(t.en, t.sv);
  };
  for (const q of Object.values(caseQuestions)) add(q.text);
  for (const q of clause14Questions) add(q.text);
  return texts;
}

/** A copy of the document with each `summary` and `description` in Swedish where the table has it. */
function inSwedish(node: unknown, texts: Map<string, string>): unknown {
  if (Array.isArray(node)) return node.map((x) => inSwedish(x, texts));
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] =
      (key === 'description' || key === 'summary') && typeof value === 'string'
        ? (texts.get(value) ?? value)
        : // `example`s are data a user sends: never translated.
          key === 'example' || key === 'examples'
          ? value
          : inSwedish(value, texts);
  }
  return out;
}

/** The descriptions and summaries the Swedish document still gives in English (for the tests). */
export function untranslated(): string[] {
  const texts = swedishTexts();
  const out = new Set<string>();
  const walk = (node: unknown, key?: string) => {
    if (typeof node === 'string') {
      if ((key === 'description' || key === 'summary') && !texts.has(node)) out.add(node);
      return;
    }
    if (Array.isArray(node)) for (const x of node) walk(x);
    else if (typeof node === 'object' && node !== null)
      for (const [k, v] of Object.entries(node)) if (k !== 'example' && k !== 'examples') walk(v, k);
  };
  walk(openApiDocument('en'));
  return [...out];
}
