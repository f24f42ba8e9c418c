import { describe, expect, it } from 'vitest';
import { fastDocx } from '../../src/documents/docx/fast.js';
import { stockDocx } from '../../src/documents/docx/stock.js';
import { documentRequest, draftDocuments } from '../../src/documents/index.js';
import { modelOf } from '../../src/documents/render.js';
import type { AssessmentCase } from '../../src/domain/case.js';
import { sampleCase } from './fixtures.js';
import { engineAssessed, langs } from './helpers.js';
import { readDocx } from './read-docx.js';

/**
 * Odd and hostile input in every place a user can put text: it comes out as typed, never as markup.
 * (Control characters and bidirectional overrides are refused at the door: test/domain/text.test.ts.)
 */

const HOSTILE =
  'Acme & Co <b>"bold"</b> \'q\' {{name}} {{{raw}}} {{> partial}} 😀👍🏽 \u200fשלום עולם\u200f \u200eevil\u200e';
const LONG = `Mycket ${'långt '.repeat(160)}namn AB`;

function hostileCase(): AssessmentCase {
  const c = structuredClone(sampleCase);
  c.parties[0]!.name = HOSTILE;
  c.parties[1]!.name = LONG;
  c.parties[6]!.name = `${HOSTILE} drift`;
  return c;
}

const details = {
  parties: {
    kommun: {
      address: `<script>alert(1)</script> & ${HOSTILE}`,
      contact: { name: '{{constructor}}', title: '"><w:p>' },
    },
    moln: { activities: ']]><![CDATA[ &amp; &lt;' },
  },
  flows: {
    'moln-1': {
      dataSubjects: [HOSTILE, '</w:t></w:r></w:p><w:p>'],
      measures: [{ area: '{{#each this}}x{{/each}}', description: `${HOSTILE}\n\nnext line` }],
      subProcessors: [{ name: HOSTILE, processing: '<ph>not a placeholder</ph>' }],
      scc: { disputeBody: true, disputeBodyName: '<br/>&nbsp;' },
    },
  },
};

/** Tags open and close in order: the XML is well formed. */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  for (const [, slash, name, self] of xml
    .replace(/<\?xml[^>]*\?>/, '')
    .matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (self) continue;
    if (slash) {
      if (stack.pop() !== name) return false;
    } else stack.push(name!);
  }
  return stack.length === 0 && !/<(?![\w/?!])/.test(xml);
}

describe.each(langs)('hostile input (%s)', (lang) => {
  it('comes out literally in every document, in well-formed XML identical to what docx writes', async () => {
    const request = documentRequest.parse({ case: hostileCase(), details, documentDate: '2026-11-15' });
    const assessed = engineAssessed(request, lang);
    const documents = await draftDocuments('bundle', request, assessed, lang);
    expect(documents.map((d) => d.kind)).toEqual(['memo', 'scc', 'scc', 'scc', 'tia', 'tia', 'dpa', 'dpa']);
    for (const doc of documents) {
      const read = readDocx(doc.bytes);
      expect(wellFormed(read.xml), doc.kind).toBe(true);
      // Every document but the SCCs of kund-1 (between two other parties) names the hostile party.
      if (!doc.flows.includes('kund-1') || doc.kind === 'memo')
        expect(read.text, doc.kind).toContain(HOSTILE);
      expect(read.xml).not.toContain('<script>');
      expect(read.xml).not.toContain('<b>');
    }
    const scc = readDocx(documents[1]!.bytes);
    for (const literal of [
      '<script>alert(1)</script> & Acme',
      '{{constructor}}',
      '"><w:p>',
      ']]><![CDATA[ &amp; &lt;',
      '</w:t></w:r></w:p><w:p>',
      '{{#each this}}x{{/each}}',
      '<ph>not a placeholder</ph>',
      '<br/>&nbsp;',
      LONG,
    ]) {
      expect(scc.text).toContain(literal);
    }
    // A newline in a value is a space, as in the rest of the text.
    expect(scc.text).toContain(`${HOSTILE} next line`);
    // User text never becomes a placeholder, and the fast path still writes what docx would.
    expect(documents[1]!.placeholders.join('\n')).not.toContain('not a placeholder');
    const { planDocuments } = await import('../../src/documents/index.js');
    const context = {
      lang,
      date: '2026-11-15',
      request,
      assessment: assessed.assessment,
      tias: assessed.tias ?? new Map(),
    };
    const model = modelOf(planDocuments('scc', context)[0]!, lang, '2026-11-15');
    const parts = async (bytes: Promise<Uint8Array>) => readDocx(await bytes).files;
    expect(await parts(fastDocx(model))).toEqual(await parts(stockDocx(model)));
    // A whole bundle drafted twice over and read back by an XML parser: more than 5 s on a loaded machine.
  }, 60_000);
});
