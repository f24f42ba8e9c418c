import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentRequest } from '../../src/documents/index.js';
import type { AssessmentCase } from '../../src/domain/case.js';
import { sampleRequest } from './fixtures.js';
import { draftOne, engineAssessed, headings } from './helpers.js';

/**
 * The memo shows each transfer chain as one unit (issue 11): the school case of a kommun, its US SaaS
 * provider outside the DPF and the provider's Indian help desk, read back from the DOCX.
 */

const school: AssessmentCase = {
  asOf: '2026-11-01',
  parties: [
    { id: 'kommun', name: 'Exempel kommun', country: 'SE', type: 'public-authority' },
    { id: 'saas', name: 'SkolSaaS Inc.', country: 'US', type: 'company' },
    { id: 'helpdesk', name: 'Helpdesk India Pvt Ltd', country: 'IN', type: 'company' },
  ],
  flows: [
    {
      id: 'f1',
      from: 'kommun',
      to: 'saas',
      fromRole: 'controller',
      toRole: 'processor',
      how: 'hosting',
      publicPowers: true,
      tia: {
        circumstances: {
          processingChain: 'onward-transfers',
          format: 'clear',
          storage: 'destination',
          clearTextAccess: true,
          remoteAccess: false,
          protectedRecipient: false,
          splitProcessing: false,
        },
        laws: { relyOnCommissionFinding: true },
      },
    },
    {
      id: 'f2',
      from: 'saas',
      to: 'helpdesk',
      fromRole: 'processor',
      toRole: 'processor',
      how: 'remote-access',
    },
  ],
};

describe.each(['en', 'sv'] as const)('the memo of a chain (%s)', (lang) => {
  it('shows the chain as one unit: its steps, their clauses, and the one Clause 14 assessment still open', async () => {
    const request = documentRequest.parse(sampleRequest({ case: school, details: {} }));
    const doc = await draftOne('memo', lang, { case: school, details: {} }, engineAssessed(request, lang));
    if (process.env.MEMO_OUT) writeFileSync(`${process.env.MEMO_OUT}/memo-chain-${lang}.docx`, doc.bytes);
    const en = lang === 'en';
    expect(headings(doc)).toContain(en ? 'Transfer chains' : 'Överföringskedjor');
    expect(headings(doc)).toContain(en ? 'Chain starting with flow f1' : 'Kedja som börjar med flödet f1');
    expect(doc.text).toContain(
      en ? 'Clause 8.8 and Clause 9 of the first transfer' : 'klausul 8.8 och klausul 9 i den första',
    );
    expect(doc.text).toContain(en ? 'Helpdesk India Pvt Ltd (India)' : 'Helpdesk India Pvt Ltd (Indien)');
    expect(doc.text).toContain(
      en ? 'open: it is not finished until every destination' : 'inte klar: den är inte färdig förrän',
    );
    expect(doc.text).toContain(
      en ? 'Flow f2 (India): not yet assessed' : 'Flödet f2 (Indien): inte bedömt ännu',
    );
    // The summary no longer says that the onward flow needs no footing.
    expect(doc.text).not.toContain(
      en ? 'No Chapter V footing needed' : 'Ingen grund enligt kapitel V behövs',
    );
    expect(doc.text).toContain(
      en ? "Under the first transfer's instrument" : 'Enligt den första överföringens instrument',
    );
  });

  it('says once what the assessment merely assumes, with the flows it touches', async () => {
    const request = documentRequest.parse(sampleRequest({ case: school, details: {} }));
    const doc = await draftOne('memo', lang, { case: school, details: {} }, engineAssessed(request, lang));
    const en = lang === 'en';
    expect(
      headings(doc).filter((h) => h === (en ? 'What the assessment assumes' : 'Vad bedömningen antar')),
    ).toHaveLength(1);
    const onward = en
      ? 'a processor outside the EU/EEA, is taken as not subject'
      : 'ett personuppgiftsbiträde utanför EU/EES, antas själv inte omfattas';
    expect(doc.text.split(onward)).toHaveLength(2);
    const item = doc.paragraphs.find((p) => p.text.includes(onward));
    expect(item?.text).toMatch(en ? /\(flow f2\)$/ : /\(flöde f2\)$/);
    // A memo of the first flow alone names only what that flow assumes.
    const first = { case: school, details: {}, flows: ['f1'] };
    const alone = await draftOne(
      'memo',
      lang,
      first,
      engineAssessed(documentRequest.parse(sampleRequest(first)), lang),
    );
    expect(alone.text).not.toContain(onward);
    expect(headings(alone)).toContain(en ? 'What the assessment assumes' : 'Vad bedömningen antar');
  });
});
