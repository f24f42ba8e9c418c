import { describe, expect, it } from 'vitest';
import { documentRequest } from '../../src/documents/index.js';
import { sampleCase, sampleRequest } from './fixtures.js';
import { draftOne, engineAssessed, langs } from './helpers.js';

/** Personnummer, children and OSL in the documents a Swedish authority drafts (issue 12). */
const schoolCase = {
  ...sampleCase,
  asOf: '2026-12-05',
  flows: sampleCase.flows.map((f) => (f.id === 'drift-1' ? { ...f, personnummer: true, children: true } : f)),
};

describe.each(langs)('Swedish public-sector facts in the documents (%s)', (lang) => {
  const request = documentRequest.parse(sampleRequest({ case: schoolCase, flows: ['drift-1'] }));

  it('the DPA names personnummer and children in its annex and says what OSL 10 kap. 2 a § means for the processor', async () => {
    const doc = await draftOne(
      'dpa',
      lang,
      { case: schoolCase, flows: ['drift-1'] },
      engineAssessed(request, lang),
    );
    expect(doc.text).toContain('3 kap. 10 § dataskyddslagen (2018:218)');
    expect(doc.text).toContain(lang === 'sv' ? 'skäl 38' : 'recital 38');
    expect(doc.text).toContain('10 kap. 2 a § offentlighets- och sekretesslagen (2009:400)');
    expect(doc.text).toContain(
      lang === 'sv' ? 'allmänna handlingar' : 'official documents (allmänna handlingar)',
    );
    expect(doc.text).toContain(lang === 'sv' ? 'ensam prövar den' : 'the controller alone decides on it');
  });

  it('a company controller gets no OSL paragraph', async () => {
    const companyCase = {
      ...schoolCase,
      parties: schoolCase.parties.map((p) => (p.id === 'kommun' ? { ...p, type: 'company' as const } : p)),
    };
    const companyRequest = documentRequest.parse(sampleRequest({ case: companyCase, flows: ['drift-1'] }));
    const doc = await draftOne(
      'dpa',
      lang,
      { case: companyCase, flows: ['drift-1'] },
      engineAssessed(companyRequest, lang),
    );
    expect(doc.text).not.toContain('10 kap. 2 a §');
    expect(doc.text).toContain('3 kap. 10 § dataskyddslagen (2018:218)');
  });

  it('the memo carries the personnummer, children and OSL notes of the flow', async () => {
    const doc = await draftOne(
      'memo',
      lang,
      { case: schoolCase, flows: ['drift-1'] },
      engineAssessed(request, lang),
    );
    expect(doc.text).toContain('3 kap. 10 § dataskyddslagen (2018:218)');
    expect(doc.text).toContain('10 kap. 2 a § offentlighets- och sekretesslagen (2009:400)');
  });
});
