import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citation } from '../../src/documents/citations.js';
import { documentRequest } from '../../src/documents/index.js';
import { templateNames } from '../../src/documents/templates.js';
import { fullDetails, sampleCase, sampleRequest, supportDeskTia } from './fixtures.js';
import { draftOne, engineAssessed, headings, langs, tiaSections } from './helpers.js';

describe.each(langs)('the data processing agreement (%s)', (lang) => {
  const details = {
    ...fullDetails,
    flows: {
      'drift-1': {
        dpa: {
          breachNoticeHours: 24,
          subProcessorAuthorisation: 'general' as const,
          subProcessorNoticeDays: 30,
        },
      },
    },
  };

  it('covers every element of Art. 28(3)(a)–(h), 28(2), 28(4), breach notice and return or deletion', async () => {
    const doc = await draftOne('dpa', lang, { flows: ['drift-1'], details });
    const cite = (x: string) => (lang === 'sv' ? `artikel 28.3 ${x}` : `Article 28(3)(${x})`);
    for (const letter of ['a', 'b', 'c', 'e', 'f', 'g', 'h']) expect(doc.text).toContain(cite(letter));
    expect(doc.text).toContain(lang === 'sv' ? '(artikel 28.2)' : '(Article 28(2))');
    expect(doc.text).toContain(lang === 'sv' ? '(artikel 28.4)' : '(Article 28(4))');
    expect(doc.text).toContain(lang === 'sv' ? 'utan onödigt dröjsmål' : 'without undue delay');
    expect(doc.text).toContain(lang === 'sv' ? 'senast inom 24 timmar' : 'within 24 hours');
    expect(doc.text).toContain(lang === 'sv' ? 'minst 30 dagar i förväg' : 'at least 30 days in advance');
    expect(doc.text).toContain(
      lang === 'sv'
        ? 'tillbaka alla personuppgifter eller raderar dem'
        : 'returns all the personal data or deletes them',
    );
    // The controller is a public authority: a Word comment reminds of archiving before deletion.
    expect(doc.part('word/comments.xml')).toContain(lang === 'sv' ? 'arkivlagstiftningen' : 'archiving');
    expect(doc.text).not.toContain(lang === 'sv' ? 'arkivlagstiftningen' : 'archiving legislation');
    const h = headings(doc);
    expect(h).toContain(
      lang === 'sv' ? 'Bilaga 1 – Beskrivning av behandlingen' : 'Annex 1 – Description of the processing',
    );
    expect(h).toContain(
      lang === 'sv' ? 'Bilaga 3 – Godkända underbiträden' : 'Annex 3 – Authorised sub-processors',
    );
  });

  it('is not drafted where module 2 SCCs already serve as the Art. 28 contract', async () => {
    await expect(draftOne('dpa', lang, { flows: ['moln-1'] })).rejects.toMatchObject({ status: 422 });
  });

  it('names the adequacy decision when the processor is in an adequate country', async () => {
    const doc = await draftOne('dpa', lang, { flows: ['japan-1'] });
    expect(doc.text).toContain('2019/419');
  });
});

describe.each(langs)('the assessment memo (%s)', (lang) => {
  it('gives every flow its verdict, reasons with sources, warnings and open questions', async () => {
    // A US controller's own GDPR status decides whether its flow is a transfer: an open question.
    const c = structuredClone(sampleCase);
    c.flows.push({ id: 'kund-2', from: 'kund', to: 'analys', fromRole: 'controller', toRole: 'processor' });
    const request = documentRequest.parse(sampleRequest({ case: c }));
    const assessed = engineAssessed(request, lang);
    const doc = await draftOne('memo', lang, { case: c }, assessed);
    for (const verdict of assessed.assessment.flows) {
      expect(headings(doc).some((h) => h.includes(verdict.id))).toBe(true);
      for (const step of verdict.trail) expect(doc.text).toContain(step.question);
      for (const cite of verdict.trail.flatMap((s) => s.cites))
        expect(doc.text).toContain(citation(cite, lang));
      for (const warning of verdict.warnings) expect(doc.text).toContain(warning.message);
      for (const open of verdict.openQuestions) expect(doc.text).toContain(open.question);
    }
    expect(assessed.assessment.flows.some((f) => f.openQuestions.length > 0)).toBe(true);
    expect(headings(doc)).toContain(lang === 'sv' ? 'Öppna frågor att besvara' : 'Open questions to answer');
  });
});

/**
 * The memo's summary of the sample case, written out as a lawyer would expect it, not read from the
 * engine: moln-1 a municipality hosting with a US processor (no DPF certification established, so module
 * 2); support-1 the US processor's sub-processor in India (whether the US processor is subject to the
 * GDPR is not given, so it cannot be decided); analys-1 controller to controller (module 1); kund-1 an EU
 * processor returning data to a US controller (module 4); drift-1 a processor in Sweden (no transfer);
 * japan-1 a processor in Japan (Decision (EU) 2019/419).
 */
const memoSummary = {
  en: [
    ['Flow', 'From and to', 'Assessment', 'Footing'],
    [
      'moln-1',
      'Exempelby kommun to Molnbolaget Inc.',
      'Transfer to a third country',
      'Standard contractual clauses, module 2 (Article 46(2)(c))',
    ],
    [
      'support-1',
      'Molnbolaget Inc. to Supportbolaget Pvt Ltd',
      'Onward transfer',
      "Under the first transfer's instrument (Clause 8.8 and Clause 9)",
    ],
    [
      'analys-1',
      'Exempelby kommun to Analysbyrån LLC',
      'Transfer to a third country',
      'Standard contractual clauses, module 1 (Article 46(2)(c))',
    ],
    [
      'kund-1',
      'Svenska Lönebyrån AB to Kunden Corp.',
      'Transfer to a third country',
      'Standard contractual clauses, module 4 (Article 46(2)(c))',
    ],
    [
      'drift-1',
      'Exempelby kommun to Driftbolaget AB',
      'Not a transfer to a third country',
      'No Chapter V footing needed',
    ],
    [
      'japan-1',
      'Exempelby kommun to Tokyo Data KK',
      'Transfer to a third country',
      'Adequacy decision (Article 45)',
    ],
  ],
  sv: [
    ['Flöde', 'Från och till', 'Bedömning', 'Grund'],
    [
      'moln-1',
      'Exempelby kommun till Molnbolaget Inc.',
      'Överföring till tredjeland',
      'Standardavtalsklausuler, modul 2 (artikel 46.2 c)',
    ],
    [
      'support-1',
      'Molnbolaget Inc. till Supportbolaget Pvt Ltd',
      'Vidareöverföring',
      'Enligt den första överföringens instrument (klausul 8.8 och klausul 9)',
    ],
    [
      'analys-1',
      'Exempelby kommun till Analysbyrån LLC',
      'Överföring till tredjeland',
      'Standardavtalsklausuler, modul 1 (artikel 46.2 c)',
    ],
    [
      'kund-1',
      'Svenska Lönebyrån AB till Kunden Corp.',
      'Överföring till tredjeland',
      'Standardavtalsklausuler, modul 4 (artikel 46.2 c)',
    ],
    [
      'drift-1',
      'Exempelby kommun till Driftbolaget AB',
      'Ingen överföring till tredjeland',
      'Ingen grund enligt kapitel V behövs',
    ],
    [
      'japan-1',
      'Exempelby kommun till Tokyo Data KK',
      'Överföring till tredjeland',
      'Beslut om adekvat skyddsnivå (artikel 45)',
    ],
  ],
};

describe.each(langs)("the assessment memo, against a lawyer's expectations (%s)", (lang) => {
  it('summarises each flow with the conclusion and footing the law gives it', async () => {
    const request = documentRequest.parse(sampleRequest());
    const doc = await draftOne('memo', lang, {}, engineAssessed(request, lang));
    expect(doc.tables[0]).toEqual(memoSummary[lang]);
    const section = (flow: string) => {
      const start = doc.paragraphs.findIndex((p) => p.style === 'Heading1' && p.text.includes(` ${flow}:`));
      const end = doc.paragraphs.findIndex((p, i) => i > start && p.style === 'Heading1');
      return doc.paragraphs
        .slice(start, end)
        .map((p) => p.text)
        .join('\n');
    };
    const imy =
      lang === 'sv' ? 'Integritetsskyddsmyndigheten (IMY)' : 'Swedish Authority for Privacy Protection (IMY)';
    // Modules 1 and 2 from a Swedish municipality: Clause 13(a) first case, IMY; a TIA under Clause 14.
    for (const flow of ['moln-1', 'analys-1']) {
      expect(section(flow)).toContain(imy);
      expect(section(flow)).toContain(lang === 'sv' ? 'klausul 14' : 'Clause 14(d)');
      // The US decision covers only certified organisations (Decision (EU) 2023/1795, Art. 1).
      expect(section(flow)).toContain('2023/1795');
    }
    // Module 4 names no supervisory authority (no Clause 13 in module 4).
    expect(section('kund-1')).not.toContain(imy);
    // support-1: the open fact is whether the US processor is subject to the GDPR (Art. 3).
    expect(section('support-1')).toContain(
      lang === 'sv'
        ? 'Omfattas avsändaren av dataskyddsförordningen'
        : 'Is the sender subject to the GDPR for this processing?',
    );
    expect(section('japan-1')).toContain('2019/419');
    expect(section('drift-1')).not.toContain('46(2)(c)');
  });
});

describe.each(langs)('the transfer impact assessment report (%s)', (lang) => {
  const answered = {
    circumstances: {
      // Step 1 needs these too, else they are placeholders and the report is not complete (issue 13, point 7).
      purpose: 'E-post och dokument',
      sector: 'Offentlig förvaltning',
      dataCategories: ['Namn och kontaktuppgifter'],
      specialCategories: false,
      processingChain: 'onward-transfers' as const,
      format: 'encrypted' as const,
      encryption: { stateOfTheArt: true, keysHeldBy: 'exporter-eea' as const },
      storage: 'destination' as const,
      clearTextAccess: false,
      remoteAccess: false,
      protectedRecipient: false,
      splitProcessing: false,
    },
    laws: {
      importerIsEcsp: true,
      relyOnCommissionFinding: false,
      guarantees: {
        A: 'not-met' as const,
        B: 'not-met' as const,
        C: 'not-met' as const,
        D: 'not-met' as const,
      },
    },
    practicalExperience: { claimed: false },
  };

  it('documents a complete assessment: circumstances, laws with sources and dates, measures, conclusion, assessor, review date', async () => {
    const c = structuredClone(sampleCase);
    c.flows[0]!.tia = answered;
    // The onward leg to India (support-1) must be assessed too before the assessment is complete.
    c.flows[1]!.tia = structuredClone(supportDeskTia);
    const request = documentRequest.parse(
      sampleRequest({
        case: c,
        flows: ['moln-1'],
        details: {
          flows: { 'moln-1': { tia: { assessor: { name: 'Anna Andersson', title: 'dataskyddsombud' } } } },
          caseNumber: 'KS 2026/7',
        },
      }),
    );
    const assessed = engineAssessed(request, lang);
    const tia = assessed.tias?.get('moln-1');
    expect(tia?.status).toBe('complete');
    const doc = await draftOne(
      'tia',
      lang,
      { case: c, flows: ['moln-1'], details: request.details },
      assessed,
    );
    const h = headings(doc);
    // Issue 13, point 9: the six EDPB steps, each a section, then the conclusion and the approval.
    const steps = tiaSections(lang);
    expect(h.filter((x) => steps.includes(x))).toEqual(steps);
    expect(doc.text).toContain('Anna Andersson, dataskyddsombud');
    expect(doc.text).toContain(tia!.conclusion!.finding[lang]);
    expect(doc.text).toContain(tia!.procedure!.text[lang]);
    for (const statement of tia!.laws!.statements) {
      const law = citation(statement.law, lang); // printed at the head of a list item
      expect(doc.text).toContain(law.charAt(0).toUpperCase() + law.slice(1));
    }
    expect(doc.text).toContain(lang === 'sv' ? 'kontrollerad' : 'checked');
    expect(tia!.reevaluateBy).toBeDefined();
    expect(doc.placeholders).toEqual([]);
  });

  it('lists the open questions of an unfinished assessment as placeholders', async () => {
    const request = documentRequest.parse(sampleRequest({ flows: ['moln-1'] }));
    const assessed = engineAssessed(request, lang);
    const tia = assessed.tias?.get('moln-1');
    expect(tia?.status).toBe('open');
    const doc = await draftOne('tia', lang, { flows: ['moln-1'] }, assessed);
    for (const question of tia!.openQuestions!) expect(doc.placeholders).toContain(question.text[lang]);
  });
});

describe('the templates', () => {
  const root = join(import.meta.dirname, '../../templates');
  const files = (lang: string) =>
    readdirSync(join(root, lang))
      .filter((f) => f.endsWith('.hbs'))
      .sort();

  it('exist in both languages, file for file', () => {
    expect(files('sv')).toEqual(files('en'));
    expect(templateNames('sv').sort()).toEqual(templateNames('en').sort());
  });

  it('never print a value unescaped (no triple-stash)', () => {
    for (const lang of ['sv', 'en']) {
      for (const file of files(lang))
        expect(readFileSync(join(root, lang, file), 'utf8'), file).not.toContain('{{{');
    }
  });
});
