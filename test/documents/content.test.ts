import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citation } from '../../src/documents/citations.js';
import { documentRequest } from '../../src/documents/index.js';
import { templateNames } from '../../src/documents/templates.js';
import { fullDetails, sampleCase, sampleRequest } from './fixtures.js';
import { draftOne, engineAssessed, headings, langs } from './helpers.js';

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
    const request = documentRequest.parse(sampleRequest());
    const assessed = engineAssessed(request, lang);
    const doc = await draftOne('memo', lang, {}, assessed);
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

describe.each(langs)('the transfer impact assessment report (%s)', (lang) => {
  const answered = {
    circumstances: {
      // Step 1 needs these too, else they are placeholders and the report is not complete (issue 13, point 7).
      purpose: 'E-post och dokument',
      sector: 'Offentlig förvaltning',
      dataCategories: ['Namn och kontaktuppgifter'],
      specialCategories: false,
      processingChain: 'importer-only' as const,
      format: 'encrypted' as const,
      encryption: { stateOfTheArt: true, keysHeldBy: 'exporter-eea' as const },
      storage: 'destination' as const,
      clearTextAccess: false,
      remoteAccess: false,
      protectedRecipient: false,
      splitProcessing: false,
    },
    laws: {
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
    const request = documentRequest.parse(
      sampleRequest({
        case: c,
        flows: ['moln-1'],
        details: {
          flows: { 'moln-1': { tia: { assessor: { name: 'Anna Andersson', title: 'dataskyddsombud' } } } },
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
    for (const section of lang === 'sv'
      ? [
          '1. Överföringens omständigheter',
          '2. Lagar och praxis i mottagarlandet',
          '5. Slutsats',
          '6. Dokumentation och ny bedömning',
        ]
      : [
          '1. Circumstances of the transfer',
          '2. Laws and practices of the country of destination',
          '5. Conclusion',
          '6. Documentation and review',
        ]) {
      expect(h).toContain(section);
    }
    expect(doc.text).toContain('Anna Andersson, dataskyddsombud');
    expect(doc.text).toContain(tia!.conclusion!.text[lang]);
    for (const statement of tia!.laws!.statements) expect(doc.text).toContain(citation(statement.law, lang));
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
