import { describe, expect, it } from 'vitest';
import { type DocumentRequest, documentRequest, draftDocuments } from '../../src/documents/index.js';
import { fullDetails, sampleCaseWithTia, sampleRequest } from './fixtures.js';
import { engineAssessed, fixtureAssessed } from './helpers.js';
import { readDocx } from './read-docx.js';

/**
 * The Swedish documents are Swedish: apart from names and citations (which the test takes out first), no
 * common English word may remain. The list holds English function words and the legal nouns a
 * half-translated template would leave behind; none of them is a Swedish word.
 */
const ENGLISH = new Set(
  (
    'the and of with shall which this that from are be been will would should must these those their there where when what ' +
    'has have not any each for to or on at an into such than then processor controller transfer transfers personal clause ' +
    'clauses annex authority party parties signature date country law courts none completed page data-exporter importer ' +
    'exporter sub-processor assessment measures agreement article module option section yes no unknown draft'
  ).split(' '),
);

function englishWordsIn(text: string): string[] {
  return [
    ...new Set(
      text
        .toLowerCase()
        .split(/[^a-z\u00c0-\u024f-]+/)
        .filter((w) => ENGLISH.has(w)),
    ),
  ];
}

/**
 * Flow and field ids and URLs are identifiers, not language. A run of capitalised words, with the small
 * words that join them, is a proper name ("Director of National Intelligence").
 */
function withoutIdentifiers(text: string): string {
  return text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\b[\w.-]*\[\d+\][\w.[\]-]*/g, ' ')
    .replace(/\b[A-Z][\p{L}\d.'’-]*(?:\s+(?:(?:of|and|the|on|for|to)\s+)*[A-Z][\p{L}\d.'’-]*)+/gu, ' ');
}

/** Strings the user or the sources wrote: removed before the words are checked. */
/** Names of laws that the legal data quote in Swedish texts as they are. */
const LAW_NAMES = ['Act on the Protection of Personal Information'];

function namesAndCitations(request: DocumentRequest, extra: string[]): string[] {
  const strings: string[] = [...extra, ...LAW_NAMES];
  const collect = (value: unknown) => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(request.case.parties.map((p) => p.name));
  collect(request.details);
  // Longest first, so a name inside a longer string does not leave the rest behind.
  return [...new Set(strings)].filter((s) => s.length > 1).sort((a, b) => b.length - a.length);
}

function citationsOf(assessed: ReturnType<typeof engineAssessed>): string[] {
  const out: string[] = [];
  const collect = (value: unknown, key = '') => {
    if (typeof value === 'string') {
      if (
        [
          'cites',
          'law',
          'title',
          'url',
          'celex',
          'oj',
          'field',
          'edpbRef',
          'paragraphs',
          'legalBasis',
        ].includes(key)
      )
        out.push(value);
    } else if (Array.isArray(value)) for (const v of value) collect(v, key);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, k);
  };
  collect(assessed.assessment);
  collect([...(assessed.tias?.values() ?? [])]);
  return out;
}

async function swedishTexts(request: DocumentRequest, assessed: ReturnType<typeof engineAssessed>) {
  const documents = await draftDocuments('bundle', request, assessed, 'sv');
  const remove = namesAndCitations(request, citationsOf(assessed));
  return documents.map((doc) => {
    const read = readDocx(doc.bytes);
    let text = [
      read.text,
      read.part('word/header1.xml'),
      read
        .part('word/footer1.xml')
        .replace(/<w:instrText[^>]*>[^<]*<\/w:instrText>/g, ' ')
        .replace(/<[^>]+>/g, ' '),
    ].join('\n');
    for (const s of remove) text = text.split(s).join(' ');
    return { kind: doc.kind, title: doc.title, text: withoutIdentifiers(text) };
  });
}

describe('Swedish documents', () => {
  it('contain no English besides names and citations, with the hand-built verdicts of every module', async () => {
    const request = documentRequest.parse(sampleRequest({ details: fullDetails }));
    const texts = await swedishTexts(request, fixtureAssessed('sv'));
    expect(texts.map((t) => t.kind).sort()).toEqual([
      'dpa',
      'dpa',
      'memo',
      'scc',
      'scc',
      'scc',
      'scc',
      'tia',
      'tia',
      'tia',
    ]);
    for (const { kind, text } of texts) expect(englishWordsIn(text), kind).toEqual([]);
  });

  it('contain no English besides names and citations, with the engine and its transfer impact assessments', async () => {
    const withTia = sampleCaseWithTia();
    const request = documentRequest.parse(sampleRequest({ case: withTia }));
    const assessed = engineAssessed(request, 'sv');
    const texts = await swedishTexts(request, assessed);
    expect(texts.map((t) => t.kind)).toContain('tia');
    for (const { kind, text } of texts) {
      const found = englishWordsIn(text);
      const where = found.map((w) =>
        text.slice(
          Math.max(0, text.toLowerCase().search(new RegExp(`\\b${w}\\b`)) - 60),
          text.toLowerCase().search(new RegExp(`\\b${w}\\b`)) + 40,
        ),
      );
      expect(found, `${kind}: ${where.join(' | ')}`).toEqual([]);
    }
  });

  it('the check finds English where there is some', () => {
    expect(
      englishWordsIn(withoutIdentifiers('Klausulerna gäller. The parties shall sign the Annex.')),
    ).toEqual(['the', 'parties', 'shall', 'annex']);
  });
});
