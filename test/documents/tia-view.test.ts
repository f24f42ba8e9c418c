import { describe, expect, it } from 'vitest';
import type { DocumentContext } from '../../src/documents/context.js';
import { documentRequest } from '../../src/documents/index.js';
import type { DocumentRequest } from '../../src/documents/input.js';
import { sourceText, tiaPlans, tiaView } from '../../src/documents/views/tia.js';
import type { TiaResult } from '../../src/tia/assess.js';
import { sampleAssessment, sampleCase, sampleRequest } from './fixtures.js';
import { type Lang, langs } from './helpers.js';

/**
 * The Clause 14(d) report's view (src/documents/views/tia.ts): each part of the engine's assessment in the
 * report's language and in its place, the sources numbered once in the order the report first cites them,
 * dates in words, and what step 1 takes from the document facts. The assessment is built by hand here, so
 * every part is present and known; the engine's own assessments are drafted in content.test.ts and
 * sendable.test.ts.
 */

const l = (en: string, sv: string) => ({ en, sv });

const fisa = { title: 'Foreign Intelligence Surveillance Act', url: 'https://example.org/fisa' };
const dpf = {
  title: 'Commission Implementing Decision (EU) 2023/1795 on the EU-US Data Privacy Framework',
  celex: '32023D1795',
  oj: 'OJ L 231, 20.9.2023, p. 118',
};
const eo = { title: 'Executive Order 14086', url: 'https://example.org/eo' };
const report = { title: 'A report on surveillance', oj: 'OJ C 1, 1.1.2020, p. 1' };

const measure = (id: string) => ({
  id,
  kind: 'technical' as const,
  title: l(`${id} title`, `${id} titel`),
  description: l(`${id} description`, `${id} beskrivning`),
  edpbRef: 'EDPB Recommendations 01/2020 (v2.0), Annex 2, Use Case 1',
});

function fullResult(): TiaResult {
  return {
    status: 'complete',
    assessedOn: '2026-11-01',
    destination: { code: 'US', profile: 'us' },
    reasonNotNeeded: { code: 'adequacy', text: l('Not needed.', 'Behövs inte.'), cites: [] },
    openQuestions: [
      {
        id: 'q',
        step: 1,
        field: 'flows[0].tia.circumstances.format',
        text: l('Which form?', 'Vilken form?'),
        help: l('Help.', 'Hjälp.'),
        choices: [],
        cites: [],
      },
    ],
    assessor: {
      role: 'exporter',
      text: l('The exporter assesses.', 'Dataexportören bedömer.'),
      reviewer: { role: 'controller', text: l('The controller reviews.', 'Den ansvarige granskar.') },
      cites: [],
    },
    circumstances: {
      purpose: 'Result purpose',
      sector: 'health',
      processingChain: 'importer-only',
      actors: ['Actor'],
      channels: ['Channel'],
      dataCategories: ['Result category'],
      specialCategories: true,
      format: 'encrypted',
      encryption: { stateOfTheArt: true, keysHeldBy: 'exporter-eea' },
      pseudonymisation: { additionalInformationKeptInEea: false },
      storage: 'destination',
      clearTextAccess: false,
      remoteAccess: true,
      protectedRecipient: false,
      splitProcessing: true,
    },
    laws: {
      profile: {
        id: 'us',
        title: l('US profile', 'USA-profil'),
        country: 'US',
        asOf: '2026-12-01',
        note: l('Profile note.', 'Profilens anmärkning.'),
        sources: [fisa, dpf],
      },
      statements: [
        {
          id: 's-a',
          topic: 'A',
          law: 'section 702 of FISA',
          text: l('A statement.', 'Ett påstående.'),
          sources: [dpf, eo],
          checked: '2026-10-01',
          confidence: 'confirmed',
        },
        {
          id: 's-b',
          topic: 'B',
          law: 'Executive Order 14086',
          text: l('B statement.', 'B-påstående.'),
          sources: [fisa],
          checked: '2026-11-02',
          confidence: 'unconfirmed',
        },
      ],
      commissionFinding: { statement: 's-b', reliedOn: true },
      serviceProviderReach: { statement: 's-a', text: l('Reach.', 'Räckvidd.') },
      guarantees: { A: 'not-met', C: 'met' },
      findings: [
        { guarantee: 'D', text: 'Own finding D', sources: [eo, report], checked: '2026-11-01' },
        { guarantee: 'A', text: 'Own finding A', sources: [fisa] },
      ],
      unconfirmed: ['s-b'],
    },
    practicalExperience: {
      claimed: true,
      accepted: false,
      considered: true,
      reasons: [l('Not documented.', 'Inte dokumenterad.')],
      description: 'No requests in five years',
      period: { from: '2021-01-01', until: '2025-12-31' },
      cites: [],
    },
    technical: {
      useCase: 1,
      title: l('Use case 1', 'Användningsfall 1'),
      conditions: l('Keys in the EEA.', 'Nycklar i EES.'),
      decisive: true,
      text: l('Technical.', 'Tekniskt.'),
    },
    measures: {
      required: [measure('m1')],
      recommended: [measure('m2')],
      chosen: { technical: [measure('m3')], contractual: [measure('m4')], organisational: [measure('m5')] },
      other: { effective: true, description: 'Other measure' },
      note: l('Measures note.', 'Åtgärdsanteckning.'),
    },
    conclusion: {
      outcome: 'proceed',
      state: 'proceed',
      text: l('Whole conclusion with procedure.', 'Hela slutsatsen med förfarandet.'),
      finding: l('The transfer may proceed.', 'Överföringen får ske.'),
      cites: ['GDPR Art. 46(1)', 'GDPR Art. 44'],
    },
    procedure: { text: l('No procedure.', 'Inget förfarande.'), cites: ['GDPR Art. 44'] },
    reevaluateBy: '2027-11-01',
    reevaluation: { months: 12, reason: l('Yearly.', 'Årligen.') },
    documentation: { text: l('Keep it.', 'Spara den.'), cites: [] },
    quantified: {
      periodYears: 5,
      bases: [{ legalBasis: 'FISA 702', perYear: 0.05 } as never],
      probabilityOverPeriod: 0.1234,
      formula: 'f',
      assumptions: l('a', 'a'),
      note: l('Quantified note.', 'Kvantifierad anmärkning.'),
      cites: [],
    },
    legalReview: [l('Review this.', 'Granska detta.')],
    trail: [
      {
        id: 't',
        question: l('Question?', 'Fråga?'),
        answer: l('Answer.', 'Svar.'),
        value: 'x',
        cites: ['GDPR Art. 44'],
        by: 'user',
      },
    ],
  } as unknown as TiaResult;
}

function contextOf(lang: Lang, request: Partial<DocumentRequest> = {}): DocumentContext {
  return {
    lang,
    date: '2026-11-15',
    request: documentRequest.parse(sampleRequest(request)),
    assessment: sampleAssessment(lang),
    tias: new Map(),
  };
}

const verdictOf = (context: DocumentContext, id: string) =>
  context.assessment.flows.find((v) => v.id === id)!;

describe.each(langs)('the transfer impact assessment report’s view (%s)', (lang: Lang) => {
  const sv = lang === 'sv';
  const pick = (text: { en: string; sv: string }) => text[lang];

  it('lays out each part of the assessment in the report’s language', () => {
    const context = contextOf(lang, {
      details: { flows: { 'moln-1': { tia: { assessor: { name: 'Ida Isaksson', title: 'jurist' } } } } },
    });
    const result = fullResult();
    const view = tiaView(context, verdictOf(context, 'moln-1'), result);
    expect(view).toMatchObject({
      flowId: 'moln-1',
      exporter: { name: 'Exempelby kommun' },
      importer: { name: 'Molnbolaget Inc.' },
      destination: sv ? 'USA' : 'United States of America',
      destinationInSentence: sv ? 'USA' : 'the United States of America',
      module: 2,
      assessorPerson: { name: 'Ida Isaksson', title: 'jurist', given: true },
      status: 'complete',
      circumstancesMissing: false,
      assessedOn: sv ? '1 november 2026' : '1 November 2026',
      responsible: sv ? 'Dataexportören bedömer.' : 'The exporter assesses.',
      reviewer: sv ? 'Den ansvarige granskar.' : 'The controller reviews.',
      notNeeded: sv ? 'Behövs inte.' : 'Not needed.',
      caseNumber: undefined,
    });
    expect(view.circumstances).toEqual({
      purpose: 'Result purpose',
      sector: 'health',
      processingChain: 'importer-only',
      actors: ['Actor'],
      channels: ['Channel'],
      dataCategories: ['Result category'],
      specialCategories: true,
      format: 'encrypted',
      stateOfTheArt: true,
      keysHeldBy: 'exporter-eea',
      additionalInformationKeptInEea: false,
      storage: 'destination',
      clearTextAccess: false,
      remoteAccess: true,
      protectedRecipient: false,
      splitProcessing: true,
    });
    expect(view.practical).toEqual({
      claimed: true,
      accepted: false,
      considered: true,
      reasons: [pick(l('Not documented.', 'Inte dokumenterad.'))],
      description: 'No requests in five years',
      period: sv
        ? { from: '1 januari 2021', until: '31 december 2025' }
        : { from: '1 January 2021', until: '31 December 2025' },
    });
    expect(view.technical).toEqual({
      text: pick(l('Technical.', 'Tekniskt.')),
      useCase: 1,
      title: pick(l('Use case 1', 'Användningsfall 1')),
      conditions: pick(l('Keys in the EEA.', 'Nycklar i EES.')),
    });
    const m = (id: string) => ({
      title: sv ? `${id} titel` : `${id} title`,
      description: sv ? `${id} beskrivning` : `${id} description`,
      edpbRef: sv
        ? 'EDPB:s rekommendationer 01/2020 i version 2.0, bilaga 2, användningsfall 1'
        : 'EDPB Recommendations 01/2020 (v2.0), Annex 2, Use Case 1',
    });
    expect(view.measures).toEqual({
      required: [m('m1')],
      recommended: [m('m2')],
      technical: [m('m3')],
      contractual: [m('m4')],
      organisational: [m('m5')],
      otherEffective: true,
      otherDescription: 'Other measure',
      note: pick(l('Measures note.', 'Åtgärdsanteckning.')),
    });
    const gdpr = (n: string) => (sv ? `dataskyddsförordningen, artikel ${n}` : `GDPR Art. ${n}`);
    expect(view.conclusion).toEqual({
      outcome: 'proceed',
      // The finding, not the whole text: the procedure has its own section (EDPB step 5).
      text: pick(l('The transfer may proceed.', 'Överföringen får ske.')),
      cites: sv
        ? 'dataskyddsförordningen, artikel 46.1; dataskyddsförordningen, artikel 44'
        : 'GDPR Art. 46(1); GDPR Art. 44',
    });
    expect(view.procedure).toEqual({
      text: pick(l('No procedure.', 'Inget förfarande.')),
      cites: gdpr('44'),
    });
    expect(view.openQuestions).toEqual([
      {
        text: pick(l('Which form?', 'Vilken form?')),
        help: pick(l('Help.', 'Hjälp.')),
        field: 'flows[0].tia.circumstances.format',
      },
    ]);
    expect(view.reevaluateBy).toBe(sv ? '1 november 2027' : '1 November 2027');
    expect(view.reevaluation).toEqual({ months: 12, reason: pick(l('Yearly.', 'Årligen.')) });
    expect(view.documentation).toBe(pick(l('Keep it.', 'Spara den.')));
    expect(view.legalReview).toEqual([pick(l('Review this.', 'Granska detta.'))]);
    expect(view.trail).toEqual([
      { question: pick(l('Question?', 'Fråga?')), answer: pick(l('Answer.', 'Svar.')), cites: gdpr('44') },
    ]);
    expect(view.quantified).toEqual({
      periodYears: 5,
      probability: '12.3 %',
      bases: [{ legalBasis: 'FISA 702', perYear: '5 %' }],
      note: pick(l('Quantified note.', 'Kvantifierad anmärkning.')),
    });
  });

  it('the laws: each guarantee A–D with its statements and findings, the sources numbered once in order of first citation', () => {
    const context = contextOf(lang);
    const view = tiaView(context, verdictOf(context, 'moln-1'), fullResult());
    const laws = view.laws!;
    expect(laws).toMatchObject({
      profileTitle: sv ? 'USA-profil' : 'US profile',
      profileAsOf: sv ? '1 december 2026' : '1 December 2026',
      // Checked after the assessment date (1 November): the report says so.
      profileCheckedAfter: true,
      profileNote: sv ? 'Profilens anmärkning.' : 'Profile note.',
      profileSources: '1, 2',
      // Whether the importer is an ECS provider is not answered yet.
      reach: { text: sv ? 'Räckvidd.' : 'Reach.', answered: false },
      commissionFinding: { law: 'Executive Order 14086', reliedOn: true },
      anyUnconfirmed: true,
      anyCheckedAfter: true,
    });
    const checked = (d: string) => {
      const [y, mo, day] = d.split('-');
      const months = sv ? ['oktober', 'november'] : ['October', 'November'];
      return `${Number(day)} ${months[Number(mo) - 10]} ${y}`;
    };
    expect(laws.guarantees).toEqual([
      {
        letter: 'A',
        answer: 'not-met',
        byCommissionFinding: false,
        statements: [
          {
            law: sv ? 'Avsnitt 702 of FISA' : 'Section 702 of FISA',
            text: sv ? 'Ett påstående.' : 'A statement.',
            unconfirmed: false,
            sources: '2, 3',
            checked: checked('2026-10-01'),
            checkedAfter: false,
          },
        ],
        findings: [
          {
            law: undefined,
            text: 'Own finding A',
            unconfirmed: false,
            sources: '1',
            checked: undefined,
            checkedAfter: false,
          },
        ],
      },
      {
        letter: 'B',
        answer: undefined,
        byCommissionFinding: true,
        statements: [
          {
            law: 'Executive Order 14086',
            text: sv ? 'B-påstående.' : 'B statement.',
            unconfirmed: true,
            sources: '1',
            checked: checked('2026-11-02'),
            checkedAfter: true,
          },
        ],
        findings: [],
      },
      { letter: 'C', answer: 'met', byCommissionFinding: false, statements: [], findings: [] },
      {
        letter: 'D',
        answer: undefined,
        byCommissionFinding: true,
        statements: [],
        findings: [
          {
            law: undefined,
            text: 'Own finding D',
            unconfirmed: false,
            sources: '3, 4',
            // Checked on the assessment date itself: not after it.
            checked: checked('2026-11-01'),
            checkedAfter: false,
          },
        ],
      },
    ]);
    expect(view.sources).toEqual([
      { n: 1, text: 'Foreign Intelligence Surveillance Act, https://example.org/fisa' },
      {
        n: 2,
        text: sv
          ? 'kommissionens genomförandebeslut (EU) 2023/1795 on the EU-US Data Privacy Framework, CELEX 32023D1795, EUT L 231, 20.9.2023, s. 118'
          : 'Commission Implementing Decision (EU) 2023/1795 on the EU-US Data Privacy Framework, CELEX 32023D1795, OJ L 231, 20.9.2023, p. 118',
      },
      { n: 3, text: 'Executive Order 14086, https://example.org/eo' },
      {
        n: 4,
        text: sv
          ? 'A report on surveillance, EUT C 1, 1.1.2020, s. 1'
          : 'A report on surveillance, OJ C 1, 1.1.2020, p. 1',
      },
    ]);
  });

  it('without the Commission’s finding relied on, an unanswered guarantee is just unanswered; nothing checked after, nothing unconfirmed', () => {
    const result = fullResult();
    const laws = result.laws!;
    laws.commissionFinding = { statement: 'no-such-statement', reliedOn: false };
    laws.profile.asOf = '2026-11-01';
    laws.profile.note = undefined;
    laws.statements = laws.statements.map((s) => ({
      ...s,
      checked: '2026-10-01',
      confidence: 'confirmed' as const,
    }));
    laws.findings = [];
    laws.unconfirmed = [];
    laws.serviceProviderReach = {
      statement: 's-a',
      importerIsProvider: false,
      text: l('Reach.', 'Räckvidd.'),
    };
    const context = contextOf(lang);
    const view = tiaView(context, verdictOf(context, 'moln-1'), result).laws!;
    expect(view.guarantees.map((g) => g.byCommissionFinding)).toEqual([false, false, false, false]);
    expect(view).toMatchObject({
      profileCheckedAfter: false,
      profileNote: undefined,
      anyUnconfirmed: false,
      anyCheckedAfter: false,
      reach: { answered: true },
      // The finding names a statement the profile lacks: the id is shown rather than nothing.
      commissionFinding: { law: 'no-such-statement', reliedOn: false },
    });
    delete laws.commissionFinding;
    delete laws.serviceProviderReach;
    expect(tiaView(context, verdictOf(context, 'moln-1'), result).laws).toMatchObject({
      commissionFinding: undefined,
      reach: undefined,
    });
  });

  it('step 1 takes what the assessment leaves out from the document facts and the case; what none gives keeps it open', () => {
    const result = fullResult();
    result.circumstances = { sector: 'health' };
    const at = (details: Record<string, unknown>, specialCategories?: boolean, sector = true) => {
      const caseBody = structuredClone(sampleCase);
      caseBody.flows[0]!.specialCategories = specialCategories;
      const context = contextOf(lang, {
        case: caseBody,
        details: { flows: { 'moln-1': details } },
      } as Partial<DocumentRequest>);
      const r = structuredClone(result);
      if (!sector) r.circumstances = {};
      return tiaView(context, verdictOf(context, 'moln-1'), r);
    };
    const facts = { purposes: ['E-post', 'Dokument'], dataCategories: ['Namn'] };
    expect(at({ ...facts, sensitiveData: ['Hälsa'] })).toMatchObject({
      circumstances: { purpose: 'E-post; Dokument', dataCategories: ['Namn'], specialCategories: true },
      circumstancesMissing: false,
    });
    expect(at({ ...facts, sensitiveData: [] }).circumstances.specialCategories).toBe(false);
    // The case's own answer comes before the document facts.
    expect(at({ ...facts, sensitiveData: ['Hälsa'] }, false).circumstances.specialCategories).toBe(false);
    expect(at(facts).circumstancesMissing).toBe(true);
    expect(at(facts, true).circumstancesMissing).toBe(false);
    expect(at({ purposes: ['E-post'] }, true).circumstancesMissing).toBe(true);
    expect(at({ dataCategories: ['Namn'] }, true).circumstancesMissing).toBe(true);
    expect(at(facts, true, false).circumstancesMissing).toBe(true);
  });

  it('an assessment that leaves parts out: no reviewer, no reason, no other measure, no documentation note', () => {
    const result = fullResult();
    delete result.assessor.reviewer;
    delete result.reasonNotNeeded;
    delete result.measures!.other;
    delete result.documentation;
    // The destination the assessment names wins over the importer's country.
    result.destination = { code: 'IN', profile: 'in' };
    const context = contextOf(lang);
    const view = tiaView(context, verdictOf(context, 'moln-1'), result);
    expect(view).toMatchObject({
      reviewer: undefined,
      notNeeded: undefined,
      documentation: undefined,
      measures: { otherEffective: undefined, otherDescription: undefined },
      destination: sv ? 'Indien' : 'India',
      destinationInSentence: sv ? 'Indien' : 'India',
    });
  });

  it('a flow without an assessment: status missing, every part absent, the destination from the verdict', () => {
    const context = contextOf(lang);
    const verdict = verdictOf(context, 'analys-1');
    const view = tiaView(context, verdict, undefined);
    expect(view).toMatchObject({
      status: 'missing',
      destination: sv ? 'USA' : 'United States of America',
      destinationInSentence: sv ? 'USA' : 'the United States of America',
      module: 1,
      assessedOn: undefined,
      responsible: undefined,
      laws: undefined,
      practical: undefined,
      technical: undefined,
      measures: undefined,
      conclusion: undefined,
      procedure: undefined,
      reevaluateBy: undefined,
      reevaluation: undefined,
      documentation: undefined,
      quantified: undefined,
      sources: [],
      openQuestions: [],
      legalReview: [],
      trail: [],
      assessorPerson: { given: false },
    });
    // The verdict names no importer and no module: nothing to name.
    const bare = { ...verdict, scc: undefined, importer: undefined, exporter: undefined };
    expect(tiaView(context, bare, undefined)).toMatchObject({
      destination: undefined,
      destinationInSentence: undefined,
      module: undefined,
      exporter: { id: '', name: '' },
      importer: { id: '', name: '' },
    });
  });

  it('one report per selected flow whose obligations include the assessment, with its parties', () => {
    const context = contextOf(lang);
    const result = fullResult();
    context.tias = new Map([['analys-1', result]]);
    const plans = tiaPlans(context);
    expect(plans.map((p) => [p.template, p.flows, p.parties])).toEqual([
      ['tia', ['moln-1'], ['Exempelby kommun', 'Molnbolaget Inc.']],
      ['tia', ['support-1'], ['Molnbolaget Inc.', 'Supportbolaget Pvt Ltd']],
      ['tia', ['analys-1'], ['Exempelby kommun', 'Analysbyrån LLC']],
    ]);
    expect((plans[0]!.view as { status: string }).status).toBe('missing');
    expect((plans[2]!.view as { status: string }).status).toBe('complete');
  });
});

describe('a source as the report lists it', () => {
  it('title, CELEX, the Official Journal (EUT in Swedish) and the address, in that order; parts it lacks left out', () => {
    expect(sourceText(dpf)).toBe(
      'Commission Implementing Decision (EU) 2023/1795 on the EU-US Data Privacy Framework, CELEX 32023D1795, OJ L 231, 20.9.2023, p. 118',
    );
    expect(sourceText({ ...dpf, url: 'https://eur-lex.europa.eu/eli/dec_impl/2023/1795/oj' }, 'sv')).toBe(
      'kommissionens genomförandebeslut (EU) 2023/1795 on the EU-US Data Privacy Framework, CELEX 32023D1795, EUT L 231, 20.9.2023, s. 118, https://eur-lex.europa.eu/eli/dec_impl/2023/1795/oj',
    );
    // A title that is not an EU act keeps its own wording, even where a Swedish citation would change it.
    expect(sourceText({ title: 'Notes on GDPR Art. 44', url: 'https://example.org' }, 'sv')).toBe(
      'Notes on GDPR Art. 44, https://example.org',
    );
    expect(sourceText({ title: 'CJEU, Case C-311/18 (Schrems II)', celex: '62018CJ0311' }, 'sv')).toBe(
      'EU-domstolen, mål C-311/18 (Schrems II), CELEX 62018CJ0311',
    );
  });
});
