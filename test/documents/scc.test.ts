import { describe, expect, it } from 'vitest';
import { type DocumentRequest, documentRequest } from '../../src/documents/index.js';
import { fullDetails, sampleRequest } from './fixtures.js';
import { draftOne, engineAssessed, headings, type Lang, langs } from './helpers.js';
import type { ReadDocx } from './read-docx.js';

/**
 * The SCC execution document per module: the clauses' choices and the annexes the module has are there,
 * the ones it lacks are not (Decision (EU) 2021/914; see the structure notes in the reference folder).
 */

const flowOfModule = { 1: 'analys-1', 2: 'moln-1', 3: 'support-1', 4: 'kund-1' } as const;

const words = {
  sv: {
    moduleName: { 1: 'modul ett', 2: 'modul två', 3: 'modul tre', 4: 'modul fyra' },
    clause7: 'Klausul 7 – anslutningsklausul',
    clause9: 'Klausul 9 a – anlitande av underbiträden',
    clause11: 'Klausul 11 a – oberoende tvistlösningsorgan',
    clause13: 'Klausul 13 – tillsyn',
    clause17: 'Klausul 17 – tillämplig lag',
    clause18: 'Klausul 18 – val av forum och domsrätt',
    annexI: 'Bilaga I',
    annexIA: 'A. Förteckning över parter',
    annexIB: 'B. Beskrivning av överföringen',
    annexIC: 'C. Behörig tillsynsmyndighet',
    annexII: 'Bilaga II – Tekniska och organisatoriska åtgärder',
    annexIII: 'Bilaga III – Förteckning över underbiträden',
    unchanged: 'utan ändringar',
    clause5: 'har klausulerna företräde (klausul 5)',
    imy: 'Integritetsskyddsmyndigheten (IMY)',
  },
  en: {
    moduleName: { 1: 'module one', 2: 'module two', 3: 'module three', 4: 'module four' },
    clause7: 'Clause 7 – docking clause',
    clause9: 'Clause 9(a) – use of sub-processors',
    clause11: 'Clause 11(a) – independent dispute resolution body',
    clause13: 'Clause 13 – supervision',
    clause17: 'Clause 17 – governing law',
    clause18: 'Clause 18 – choice of forum and jurisdiction',
    annexI: 'Annex I',
    annexIA: 'A. List of parties',
    annexIB: 'B. Description of the transfer',
    annexIC: 'C. Competent supervisory authority',
    annexII: 'Annex II – Technical and organisational measures',
    annexIII: 'Annex III – List of sub-processors',
    unchanged: 'without modification',
    clause5: 'the Clauses prevail (Clause 5)',
    imy: 'Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY)',
  },
} as const;

describe.each(langs)('the SCC execution document (%s)', (lang: Lang) => {
  const w = words[lang];

  it.each([1, 2, 3, 4] as const)('module %i has its clauses and annexes and no others', async (module) => {
    const doc = await draftOne('scc', lang, { flows: [flowOfModule[module]] });
    const h = headings(doc);
    expect(doc.text).toContain(w.moduleName[module]);
    expect(doc.text).toContain('2021/914');
    expect(doc.text).toContain(w.unchanged);
    expect(doc.text).toContain(w.clause5);
    for (const always of [w.clause7, w.clause11, w.clause17, w.clause18, w.annexI, w.annexIA, w.annexIB])
      expect(h).toContain(always);
    const has = (heading: string, expected: boolean) =>
      expect(h.includes(heading), `${heading} in module ${module}`).toBe(expected);
    has(w.clause9, module === 2 || module === 3);
    has(w.clause13, module !== 4);
    has(w.annexIC, module !== 4);
    has(w.annexII, module !== 4);
    has(w.annexIII, module === 2 || module === 3);
    // Module 4 names no supervisory authority; modules 1–3 name the one the engine found.
    expect(doc.text.includes(w.imy)).toBe(module !== 4);
    // Signature blocks for both parties.
    expect(doc.xml.match(/w:val="SignatureHeading"/g)).toHaveLength(2);
  });

  it('fills in every choice the parties made, and leaves no placeholder for them', async () => {
    const doc = await draftOne('scc', lang, { flows: ['moln-1'], details: fullDetails });
    const expected =
      lang === 'sv'
        ? [
            'Klausul 7, som är frivillig, ska inte ingå.',
            'Alternativ 1, särskilt förhandstillstånd, gäller.',
            'minst 30 dagar innan',
            'Det frivilliga alternativet i klausul 11 a används inte.',
            'Alternativ 1 gäller: klausulerna ska regleras av lagen i Sverige.',
            'avgöras av domstolarna i Sverige',
            'Storgatan 1, 123 45 Exempelby',
            'Supportbolaget Pvt Ltd',
            'AES-256 i vila',
          ]
        : [
            'The optional Clause 7 is not included.',
            'Option 1, specific prior authorisation, applies.',
            'at least 30 days before',
            'The option in Clause 11(a) is not used.',
            'Option 1 applies: the Clauses are governed by the law of Sweden.',
            'resolved by the courts of Sweden',
            'Storgatan 1, 123 45 Exempelby',
            'Supportbolaget Pvt Ltd',
            'AES-256 i vila',
          ];
    for (const text of expected) expect(doc.text).toContain(text);
    // Only the facts the details leave out remain: the importer's registration number and a contact, the
    // case number, and the Clause 14 sentence (this assessment carries no complete TIA).
    expect(doc.placeholders).toHaveLength(4);
  });

  it('leaves every missing choice as a visible placeholder, and lists it', async () => {
    const doc = await draftOne('scc', lang, { flows: ['moln-1'] });
    const prefix = lang === 'sv' ? '[att fylla i: ' : '[to be completed: ';
    const choice =
      lang === 'sv'
        ? ['klausul 7', 'klausul 9 a', 'klausul 11 a', 'klausul 17', 'klausul 18']
        : ['Clause 7', 'Clause 9(a)', 'Clause 11(a)', 'Clause 17', 'Clause 18'];
    for (const clause of choice) {
      expect(
        doc.placeholders.some((p) => p.startsWith(`${clause}:`)),
        clause,
      ).toBe(true);
      expect(doc.text).toContain(`${prefix}${clause}:`);
    }
    for (const label of doc.placeholders) expect(doc.text).toContain(`${prefix}${label}]`);
    expect(doc.paragraphs.some((p) => p.highlighted)).toBe(true);
  });

  it('covers several flows with the same parties and module in one document', async () => {
    const { sampleAssessment } = await import('./fixtures.js');
    const assessment = sampleAssessment(lang);
    const second = { ...structuredClone(assessment.flows[0]!), id: 'moln-2' };
    assessment.flows.push(second);
    const { sampleCase } = await import('./fixtures.js');
    const doc = await draftOne(
      'scc',
      lang,
      {
        case: { ...sampleCase, flows: [...sampleCase.flows, { ...sampleCase.flows[0]!, id: 'moln-2' }] },
        flows: ['moln-1', 'moln-2'],
      },
      { assessment, tias: new Map() },
    );
    expect(headings(doc)).toContain(
      lang === 'sv' ? 'Överföring 2 (flöde moln-2)' : 'Transfer 2 (flow moln-2)',
    );
  });

  it('refuses choices that differ between flows of the same clauses', async () => {
    const { sampleAssessment, sampleCase } = await import('./fixtures.js');
    const assessment = sampleAssessment(lang);
    assessment.flows.push({ ...structuredClone(assessment.flows[0]!), id: 'moln-2' });
    const request = {
      case: { ...sampleCase, flows: [...sampleCase.flows, { ...sampleCase.flows[0]!, id: 'moln-2' }] },
      flows: ['moln-1', 'moln-2'],
      details: { flows: { 'moln-1': { scc: { courts: 'SE' } }, 'moln-2': { scc: { courts: 'FI' } } } },
    };
    await expect(draftOne('scc', lang, request, { assessment, tias: new Map() })).rejects.toMatchObject({
      status: 400,
      field: 'details.flows.moln-2.scc.courts',
    });
  });

  it('notes a governing law or forum outside the EU for modules 1–3', async () => {
    const doc = await draftOne('scc', lang, {
      flows: ['analys-1'],
      details: { flows: { 'analys-1': { scc: { governingLaw: 'US', courts: 'NO' } } } },
    });
    const comments = doc.part('word/comments.xml');
    expect(comments.split(lang === 'sv' ? 'inte en EU-medlemsstat' : 'not an EU Member State')).toHaveLength(
      3,
    );
    expect(doc.text).not.toContain(lang === 'sv' ? 'inte en EU-medlemsstat' : 'not an EU Member State');
  });
});

/**
 * What a lawyer checks first in Annex I.A: each party's role, which the module fixes (Decision (EU)
 * 2021/914, Section I of the Annex: module 1 controller to controller, 2 controller to processor,
 * 3 processor to processor, 4 processor to controller). Written out here, not taken from the code.
 */
const rolesOfModule = {
  1: { exporter: 'controller', importer: 'controller' },
  2: { exporter: 'controller', importer: 'processor' },
  3: { exporter: 'processor', importer: 'processor' },
  4: { exporter: 'processor', importer: 'controller' },
} as const;
const roleWords = {
  sv: { controller: 'personuppgiftsansvarig', processor: 'personuppgiftsbiträde' },
  en: { controller: 'controller', processor: 'processor' },
} as const;

describe.each(langs)('Annex I.A of the SCCs (%s)', (lang: Lang) => {
  it.each([1, 2, 3, 4] as const)('names the roles module %i gives the parties', async (module) => {
    const doc = await draftOne('scc', lang, { flows: [flowOfModule[module]] });
    const roleRows = doc.tables
      .flat()
      .filter(([label]) => label === (lang === 'sv' ? 'Roll' : 'Role'))
      .map(([, value]) => value);
    const party =
      lang === 'sv' ? { e: 'Dataexportör', i: 'Dataimportör' } : { e: 'Data exporter', i: 'Data importer' };
    expect(roleRows).toEqual([
      `${party.e}, ${roleWords[lang][rolesOfModule[module].exporter]}`,
      `${party.i}, ${roleWords[lang][rolesOfModule[module].importer]}`,
    ]);
  });
});

/**
 * Clause 13(a) has three cases, and the competent authority follows from the one that applies: an
 * exporter established in a Member State (that State's authority), one under Art. 3(2) with an Art. 27
 * representative (the authority where the representative is), one under Art. 3(2) without one (an
 * authority where the data subjects are; the parties name it). Drafted from the real engine's verdicts.
 */
describe.each(langs)('Clause 13 of the SCCs, drafted from the engine (%s)', (lang: Lang) => {
  const caseOf = (exporter: Record<string, unknown>) => ({
    asOf: '2026-11-01',
    parties: [
      { id: 'exp', name: 'Exporter Ltd', type: 'company', ...exporter },
      { id: 'imp', name: 'Importer Inc.', country: 'US', type: 'company', gdprBasis: 'none' },
    ],
    flows: [{ id: 'f1', from: 'exp', to: 'imp', fromRole: 'controller', toRole: 'processor' }],
  });
  const draft = (exporter: Record<string, unknown>) => {
    const input = { case: caseOf(exporter), flows: ['f1'] } as unknown as Partial<DocumentRequest>;
    const request = documentRequest.parse(sampleRequest(input));
    return draftOne('scc', lang, input, engineAssessed(request, lang));
  };
  const clause13 = (doc: ReadDocx) => {
    const h = lang === 'sv' ? 'Klausul 13 – tillsyn' : 'Clause 13 – supervision';
    const at = doc.paragraphs.findIndex((p) => p.text === h);
    expect(at).toBeGreaterThan(-1);
    return doc.paragraphs.slice(at + 1, at + 3).map((p) => p.text);
  };
  const cases = {
    sv: {
      first: 'klausul 13 a, första fallet',
      second: 'klausul 13 a, andra fallet',
      third: 'klausul 13 a, tredje fallet',
    },
    en: {
      first: 'Clause 13(a), first case',
      second: 'Clause 13(a), second case',
      third: 'Clause 13(a), third case',
    },
  }[lang];

  it('an exporter established in Sweden: first case, IMY', async () => {
    const [which, authority] = clause13(await draft({ country: 'SE', gdprBasis: 'establishment' }));
    expect(which).toContain(cases.first);
    expect(which).not.toContain(cases.second);
    expect(authority).toContain(words[lang].imy);
  });

  it('an exporter under Art. 3(2) with a representative in Finland: second case, the Finnish authority', async () => {
    const [which, authority] = clause13(
      await draft({ country: 'US', gdprBasis: 'targeting', representativeCountry: 'FI' }),
    );
    expect(which).toContain(cases.second);
    expect(which).toContain(lang === 'sv' ? 'artikel 27.1' : 'Article 27(1)');
    expect(which).not.toContain(cases.third);
    expect(authority).toContain('Tietosuojavaltuutetun toimisto');
    expect(authority).not.toContain(words[lang].imy);
  });

  it('an exporter under Art. 3(2) without a representative: third case, the authority left to the parties', async () => {
    const doc = await draft({ country: 'US', gdprBasis: 'targeting' });
    const [which, authority] = clause13(doc);
    expect(which).toContain(cases.third);
    expect(which).not.toContain(cases.second);
    expect(authority).toContain(lang === 'sv' ? '[att fylla i: klausul 13' : '[to be completed: Clause 13');
  });
});
