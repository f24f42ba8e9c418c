import { describe, expect, it } from 'vitest';
import { clause14Conclusions, procedure } from '../../machines/clause14/index.js';
import {
  assessTia,
  measureById,
  type TiaAnswers,
  type TiaCircumstances,
  type TiaContext,
  useCaseByNumber,
} from '../../src/tia/index.js';

/**
 * The report a lawyer reads for each conclusion Clause 14 and EDPB Recommendations 01/2020 can reach: the
 * finding, the procedure (step 5), the measures required and recommended, which use case decided, the
 * points to review, who assesses and when to look again. Expected values are written out here, not taken
 * from the code under test.
 */

const asOf = '2026-11-26';
const scc = (destination: string, sccModule: 1 | 2 | 3 | 4 = 2): TiaContext => ({
  destination,
  transferTool: 'scc',
  sccModule,
  asOf,
});
const ANNEX = 'Decision (EU) 2021/914, Annex';
const CNIL = 'CNIL, guide to transfer impact assessments (January 2025)';

/** No use case fits: clear text is not needed, nothing is encrypted or split. */
const plain: TiaCircumstances = {
  processingChain: 'onward-transfers',
  format: 'clear',
  storage: 'destination',
  clearTextAccess: false,
  remoteAccess: false,
  protectedRecipient: false,
  splitProcessing: false,
};

/** The circumstances of each EDPB use case (Annex 2) as the questionnaire asks them. */
const useCaseCircumstances: Record<1 | 2 | 3 | 4 | 5 | 6 | 7, TiaCircumstances> = {
  1: { ...plain, format: 'encrypted', encryption: { stateOfTheArt: true, keysHeldBy: 'exporter-eea' } },
  2: { ...plain, format: 'pseudonymised', pseudonymisation: { additionalInformationKeptInEea: true } },
  3: {
    ...plain,
    format: 'encrypted',
    encryption: { stateOfTheArt: true, keysHeldBy: 'exporter-eea' },
    storage: 'transit-only',
  },
  4: {
    ...plain,
    processingChain: 'importer-only',
    protectedRecipient: true,
    format: 'encrypted',
    encryption: { stateOfTheArt: true, keysHeldBy: 'importer' },
  },
  5: { ...plain, splitProcessing: true },
  6: { ...plain, clearTextAccess: true },
  7: { ...plain, clearTextAccess: true, remoteAccess: true },
};

const notMet = { A: 'not-met', B: 'not-met', C: 'not-met', D: 'not-met' } as const;
const allMet = { A: 'met', B: 'met', C: 'met', D: 'met' } as const;
/** A finding so that the generic profile's review point ("no findings were recorded") does not apply. */
const finding = {
  guarantee: 'B' as const,
  text: 'Bulk interception is allowed without prior review.',
  sources: [{ title: 'Intelligence Act, s. 12', url: 'https://example.org/act' }],
};
/** Laws short of the guarantees, no practical experience: step 4 decides. */
const shortOfGuarantees = (circumstances: TiaCircumstances): TiaAnswers => ({
  circumstances,
  laws: { guarantees: notMet, findings: [finding] },
  practicalExperience: { claimed: false },
});

const procedureSection = {
  text: { en: procedure.en.trim(), sv: procedure.sv.trim() },
  cites: [`${ANNEX}, Clause 2(a)`, `${ANNEX}, Clause 14(d)`],
};
const suspensionSection = {
  text: {
    en: 'Do not start the transfer; if it has started, suspend it and, if appropriate protection cannot be restored, terminate the contract (Clause 16(b) and (c)).',
    sv: 'Påbörja inte överföringen; om den redan har börjat, avbryt den och säg upp avtalet om ett lämpligt skydd inte kan återställas (klausul 16 b och c).',
  },
  cites: [`${ANNEX}, Clause 16(b)`, `${ANNEX}, Clause 16(c)`, `${ANNEX}, Clause 14(f)`],
};

const refOf = (id: string) => {
  const m = measureById(id)!;
  return { id, kind: m.kind, title: m.title, description: m.description, edpbRef: m.edpbRef };
};

describe('step 4: each EDPB use case with an effective technical measure', () => {
  const caveats: Partial<Record<number, string>> = {
    2: 'Use case 2 is asked in brief: confirm that the exporter holds the additional information exclusively',
    4: 'Use case 4 rests on the importer’s protection under the destination’s law',
    5: 'Use case 5 is asked in brief: confirm that the processors are independent',
  };
  it.each([1, 2, 3, 4, 5] as const)(
    'use case %i: proceeds with the measures it requires, decided at step 4, with the procedure of step 5',
    (n) => {
      const r = assessTia(shortOfGuarantees(useCaseCircumstances[n]), scc('BR'));
      expect(r.status).toBe('complete');
      expect(r.conclusion?.outcome).toBe('proceed-with-measures');
      expect(r.conclusion?.state).toBe(`proceedUseCase${n}`);
      const machine = clause14Conclusions[`proceedUseCase${n}`];
      // The finding is the conclusion without the procedure; the whole text keeps both.
      expect(r.conclusion?.text).toEqual(machine.text);
      expect(r.conclusion?.finding.en).toBe(machine.text.en.slice(0, -procedure.en.length));
      expect(r.conclusion?.finding.sv).toBe(machine.text.sv.slice(0, -procedure.sv.length));
      expect(r.conclusion?.finding.en).not.toContain('Clause 2(a)');
      expect(r.conclusion?.cites).toEqual(machine.cites);
      expect(r.procedure).toEqual(procedureSection);

      const uc = useCaseByNumber(n);
      expect(r.technical).toEqual({
        useCase: n,
        title: uc.title,
        effectiveTechnicalMeasure: true,
        conditions: uc.conditions,
        edpbRef: `Annex 2, Use Case ${n}`,
        paragraphs: uc.paragraphs,
        confidenceNote: uc.confidenceNote,
        decisive: true,
        text: {
          en: `EDPB use case ${n}: an effective technical measure exists. It decided the outcome at step 4.`,
          sv: `EDPB:s användningsfall ${n}: det finns en effektiv teknisk åtgärd. Det avgjorde utfallet i steg 4.`,
        },
      });
      // The measures the use case requires, each as the catalogue describes it.
      expect(uc.measures.length).toBeGreaterThan(0);
      expect(r.measures?.required).toEqual(uc.measures.map(refOf));
      expect(r.measures?.recommended).toEqual([]);
      // Points to review: only the conditions the questionnaire asks in brief.
      const caveat = caveats[n];
      expect(r.legalReview.map((p) => p.en)).toEqual(caveat ? [expect.stringContaining(caveat)] : []);
      if (caveat) expect(r.legalReview[0]?.sv).toMatch(/^Användningsfall \d/);
    },
  );
});

describe('step 4: the use cases without an effective technical measure', () => {
  it.each([
    [6, 'doNotTransferUseCase6'],
    [7, 'doNotTransferUseCase7'],
  ] as const)('use case %i: do not transfer, suspend under Clause 16, no measure required', (n, state) => {
    const r = assessTia(shortOfGuarantees(useCaseCircumstances[n]), scc('BR'));
    expect(r.conclusion?.outcome).toBe('do-not-transfer');
    expect(r.conclusion?.state).toBe(state);
    // A do-not-transfer conclusion has no procedure of step 5 to split off: text and finding are whole.
    expect(r.conclusion?.text).toEqual(clause14Conclusions[state].text);
    expect(r.conclusion?.finding).toEqual(clause14Conclusions[state].text);
    expect(r.procedure).toEqual(suspensionSection);
    expect(r.technical).toMatchObject({
      useCase: n,
      effectiveTechnicalMeasure: false,
      decisive: true,
      text: {
        en: `EDPB use case ${n}: the EDPB found no effective technical measure. It decided the outcome at step 4.`,
        sv: `EDPB:s användningsfall ${n}: EDPB fann ingen effektiv teknisk åtgärd. Det avgjorde utfallet i steg 4.`,
      },
    });
    expect(r.measures?.required).toEqual([]);
    expect(r.legalReview).toEqual([]);
  });

  it('no use case fits and no other measure is effective: do not transfer, the other measures recorded as not effective', () => {
    const r = assessTia(
      { ...shortOfGuarantees(plain), measures: { otherMeasuresEffective: false } },
      scc('BR'),
    );
    expect(r.conclusion?.state).toBe('doNotTransferNoMeasure');
    expect(r.conclusion?.outcome).toBe('do-not-transfer');
    expect(r.procedure).toEqual(suspensionSection);
    expect(r.technical).toEqual({
      decisive: false,
      text: {
        en: 'No EDPB use case fits the circumstances as answered so far.',
        sv: 'Inget av EDPB:s användningsfall passar omständigheterna så som de hittills har besvarats.',
      },
    });
    expect(r.measures?.other).toEqual({ effective: false });
    expect(r.measures?.required).toEqual([]);
  });

  it('other measures documented as effective: proceeds, but only after a lawyer has reviewed them', () => {
    const r = assessTia(
      {
        ...shortOfGuarantees(plain),
        measures: { otherMeasuresEffective: true, otherMeasuresDescription: 'Data stay in a sealed enclave' },
      },
      scc('BR'),
    );
    expect(r.conclusion?.state).toBe('proceedOtherMeasures');
    expect(r.conclusion?.outcome).toBe('proceed-with-measures');
    expect(r.procedure).toEqual(procedureSection);
    // No use case decided, so none of its measures is required.
    expect(r.measures?.required).toEqual([]);
    expect(r.measures?.other).toEqual({ effective: true, description: 'Data stay in a sealed enclave' });
    expect(r.legalReview).toEqual([
      {
        en: 'The conclusion rests on measures outside the EDPB use cases: have it reviewed by a lawyer before the transfer starts.',
        sv: 'Slutsatsen vilar på åtgärder utanför EDPB:s användningsfall: låt en jurist granska den innan överföringen börjar.',
      },
    ]);
  });

  it('keeps a description of other measures even when their effect is not yet answered, and nothing when neither is given', () => {
    const described = assessTia(
      { ...shortOfGuarantees(plain), measures: { otherMeasuresDescription: 'Split keys' } },
      scc('BR'),
    );
    expect(described.status).toBe('open');
    expect(described.measures?.other).toStrictEqual({ description: 'Split keys' });
    const neither = assessTia(shortOfGuarantees(plain), scc('BR'));
    expect(neither.measures).not.toHaveProperty('other');
  });
});

describe('step 3: conclusions reached before supplementary measures', () => {
  it('laws that meet the guarantees: proceed without measures, even where a use case fits (it did not decide)', () => {
    const r = assessTia(
      { circumstances: useCaseCircumstances[1], laws: { guarantees: allMet, findings: [finding] } },
      scc('BR'),
    );
    expect(r.conclusion?.state).toBe('proceedGuaranteesMet');
    expect(r.conclusion?.outcome).toBe('proceed');
    expect(r.procedure).toEqual(procedureSection);
    expect(r.technical).toMatchObject({ useCase: 1, decisive: false });
    expect(r.technical?.text.sv).toBe(
      'EDPB:s användningsfall 1: det finns en effektiv teknisk åtgärd. Det avgjorde inte utfallet: bedömningen avslutades i steg 3, innan ytterligare åtgärder behövdes.',
    );
    // Use case 1 fits but did not decide: its measures are not required.
    expect(r.measures?.required).toEqual([]);
    expect(r.practicalExperience?.considered).toBe(false);
  });

  it('practical experience documented and corroborated: proceed, the evidence to be kept with the assessment', () => {
    const r = assessTia(
      {
        circumstances: useCaseCircumstances[6],
        laws: { guarantees: notMet, findings: [finding] },
        practicalExperience: {
          claimed: true,
          documented: true,
          corroborated: true,
          description: 'No request for data in seven years',
          period: { from: '2019-01-01', until: '2026-10-31' },
        },
      },
      scc('BR'),
    );
    expect(r.conclusion?.state).toBe('proceedPracticalExperience');
    expect(r.conclusion?.outcome).toBe('proceed');
    expect(r.practicalExperience).toEqual({
      claimed: true,
      accepted: true,
      considered: true,
      reasons: [
        {
          en: 'Documented and corroborated as the footnote to Clause 14(b) requires.',
          sv: 'Dokumenterad och bekräftad så som fotnoten till klausul 14 b kräver.',
        },
      ],
      description: 'No request for data in seven years',
      period: { from: '2019-01-01', until: '2026-10-31' },
      cites: [`${ANNEX}, Clause 14(b)(ii), footnote 12`, 'EDPB Recommendations 01/2020 (v2.0), step 3'],
    });
    // Use case 6 fits the circumstances but the assessment ended at step 3.
    expect(r.technical).toMatchObject({ useCase: 6, decisive: false });
    expect(r.legalReview).toEqual([
      {
        en: 'The conclusion rests on the importer’s practical experience: keep the records and the corroborating information with the assessment.',
        sv: 'Slutsatsen vilar på dataimportörens praktiska erfarenhet: bevara underlaget och den bekräftande informationen tillsammans med bedömningen.',
      },
    ]);
  });

  it('practical experience claimed but neither shown documented nor corroborated: both reasons, not accepted', () => {
    const r = assessTia(
      { ...shortOfGuarantees(useCaseCircumstances[6]), practicalExperience: { claimed: true } },
      scc('BR'),
    );
    expect(r.status).toBe('open');
    expect(r.practicalExperience).toMatchObject({ claimed: true, accepted: false, considered: true });
    expect(r.practicalExperience?.reasons).toEqual([
      {
        en: 'Not shown to be recorded continuously over a representative period, certified at senior management level and lawfully shareable.',
        sv: 'Det är inte visat att erfarenheten är löpande dokumenterad under en representativ period, att den är intygad på ledningsnivå och att den lagligen får delas.',
      },
      {
        en: 'Not shown to be supported by other objective elements and corroborated, not contradicted, by public or otherwise accessible reliable information.',
        sv: 'Det är inte visat att erfarenheten stöds av andra objektiva omständigheter och bekräftas, utan att motsägas, av offentlig eller annars tillgänglig tillförlitlig information.',
      },
    ]);
    expect(r.practicalExperience).not.toHaveProperty('description');
    expect(r.practicalExperience).not.toHaveProperty('period');
  });

  it('practical experience not relied on: said in both languages, and weighed where the laws fall short', () => {
    const r = assessTia(shortOfGuarantees(useCaseCircumstances[6]), scc('BR'));
    expect(r.practicalExperience).toEqual({
      claimed: false,
      accepted: false,
      considered: true,
      reasons: [
        {
          en: 'The importer does not rely on practical experience.',
          sv: 'Dataimportören åberopar ingen praktisk erfarenhet.',
        },
      ],
      cites: [`${ANNEX}, Clause 14(b)(ii), footnote 12`, 'EDPB Recommendations 01/2020 (v2.0), step 3'],
    });
  });
});

describe('use case 4: the protected recipient', () => {
  it('protected, but the data go on to others in the clear: use case 4 is not applied, and the report says why', () => {
    const r = assessTia(
      shortOfGuarantees({ ...useCaseCircumstances[6], protectedRecipient: true }),
      scc('BR'),
    );
    expect(r.conclusion?.state).toBe('doNotTransferUseCase6');
    expect(r.legalReview).toHaveLength(1);
    expect(r.legalReview[0]?.en).toMatch(/^The importer is said to be protected by the destination’s law/);
    expect(r.legalReview[0]?.en).toContain('use case 4 was not applied');
    expect(r.legalReview[0]?.sv).toContain('användningsfall 4 tillämpades inte');
  });

  it('protected and every condition met: use case 4 applies, with its caveat only', () => {
    const r = assessTia(shortOfGuarantees(useCaseCircumstances[4]), scc('BR'));
    expect(r.conclusion?.state).toBe('proceedUseCase4');
    expect(r.legalReview.map((p) => p.en)).toEqual([
      expect.stringMatching(/^Use case 4 rests on the importer’s protection/),
    ]);
  });
});

describe('who carries out the assessment (Clause 14(b) and (c))', () => {
  const answers = shortOfGuarantees(useCaseCircumstances[1]);
  const scc14bc = `${ANNEX}, Clause 14(b) and (c)`;
  it.each([
    [1, 'exporter-controller'],
    [2, 'exporter-controller'],
  ] as const)('module %i: the exporter as controller, no reviewer', (module, role) => {
    expect(assessTia(answers, scc('BR', module)).assessor).toEqual({
      role,
      text: {
        en: 'The exporter, as controller, carries out and documents the assessment, with the importer’s help (Clause 14(b) and (c)).',
        sv: 'Dataexportören, som personuppgiftsansvarig, gör och dokumenterar bedömningen med dataimportörens hjälp (klausul 14 b och c).',
      },
      cites: [scc14bc],
    });
  });

  it('module 3: the EU processor, the controller reviewing (CNIL guide)', () => {
    expect(assessTia(answers, scc('BR', 3)).assessor).toEqual({
      role: 'exporter-processor',
      text: {
        en: 'The exporter, the processor in the EU that makes the transfer, carries out and documents the assessment, with the importer’s help (Clause 14(b) and (c)).',
        sv: 'Dataexportören, det personuppgiftsbiträde i EU som gör överföringen, gör och dokumenterar bedömningen med dataimportörens hjälp (klausul 14 b och c).',
      },
      reviewer: {
        role: 'controller',
        text: {
          en: 'The controller reviews the processor’s assessment and completes it where needed (CNIL guide, January 2025).',
          sv: 'Den personuppgiftsansvarige granskar personuppgiftsbiträdets bedömning och kompletterar den vid behov (CNIL:s vägledning, januari 2025).',
        },
      },
      cites: [scc14bc, CNIL],
    });
  });

  it('module 4 with EU data combined: the EU processor, no reviewer', () => {
    const r = assessTia(answers, { ...scc('BR', 4), combinesWithEuData: true });
    expect(r.assessor).toMatchObject({ role: 'exporter-processor', cites: [scc14bc] });
    expect(r.assessor).not.toHaveProperty('reviewer');
  });

  it('another Art. 46 tool: the exporter', () => {
    const r = assessTia(answers, { destination: 'BR', transferTool: 'other-art46', asOf });
    expect(r.assessor).toEqual({
      role: 'exporter',
      text: {
        en: 'The exporter carries out and documents the assessment, with the importer’s help.',
        sv: 'Dataexportören gör och dokumenterar bedömningen med dataimportörens hjälp.',
      },
      cites: [scc14bc],
    });
  });

  it('the tool not yet known: not determined, said so', () => {
    const r = assessTia(answers, { destination: 'BR', asOf });
    expect(r.status).toBe('open');
    expect(r.assessor.role).toBe('not-determined');
    expect(r.assessor.text.en).toBe(
      'Not yet known: it depends on the transfer tool and, for the SCCs, the module.',
    );
  });
});

describe('no assessment needed', () => {
  it('adequacy: the reason, its sources, no one to assess, and nothing of an assessment, whatever was answered', () => {
    const quantified = {
      periodYears: 1,
      bases: [{ legalBasis: 'Act on Intelligence', pTargeted: 0.5, pInScope: 0.5, pSuccess: 0.5 }],
    };
    const r = assessTia(
      { ...shortOfGuarantees(plain), quantified },
      {
        destination: 'jp',
        transferTool: 'adequacy',
        asOf,
      },
    );
    expect(r).toEqual({
      status: 'not-needed',
      assessedOn: asOf,
      destination: { code: 'JP', profile: 'generic' },
      circumstances: plain,
      trail: [
        expect.objectContaining({ id: 'transferTool', value: 'adequacy', by: 'engine' }),
        expect.objectContaining({ id: 'conclusion' }),
      ],
      quantified: expect.objectContaining({ probabilityOverPeriod: 0.125 }),
      reasonNotNeeded: {
        code: 'adequacy',
        text: clause14Conclusions.notNeededAdequacy.text,
        cites: clause14Conclusions.notNeededAdequacy.cites,
      },
      assessor: {
        role: 'none',
        text: {
          en: 'No one: no transfer impact assessment is needed for this transfer.',
          sv: 'Ingen: ingen överföringsbedömning behövs för denna överföring.',
        },
        cites: [CNIL],
      },
      legalReview: [],
    });
  });

  it('module 4 without EU data: the reason is module 4, and no circumstances are invented', () => {
    const r = assessTia({}, { ...scc('US', 4), combinesWithEuData: false });
    expect(r.reasonNotNeeded?.code).toBe('module4-no-combination');
    expect(r.reasonNotNeeded?.text).toEqual(clause14Conclusions.notNeededModule4.text);
    expect(r.circumstances).toEqual({});
    expect(r).not.toHaveProperty('quantified');
  });
});

describe('step 3: the destination’s laws as the report records them', () => {
  it('records only the guarantees answered, the profile with its note and sources, and the unconfirmed facts', () => {
    const r = assessTia(
      { circumstances: plain, laws: { guarantees: { A: 'met', C: 'not-met' } } },
      scc('ru'),
    );
    expect(r.status).toBe('open');
    expect(r.destination).toEqual({ code: 'RU', profile: 'ru' });
    // Only the guarantees answered: no key at all for B and D, which a report would print as answered.
    expect(r.laws?.guarantees).toStrictEqual({ A: 'met', C: 'not-met' });
    expect(r.laws?.findings).toEqual([]);
    expect(r.laws?.profile.country).toBe('RU');
    expect(r.laws?.profile.note?.en).toMatch(/\S/);
    expect(r.laws?.profile.sources.length).toBeGreaterThan(0);
    expect(r.laws?.unconfirmed).toEqual(
      r.laws?.statements.filter((s) => s.confidence === 'unconfirmed').map((s) => s.id),
    );
    expect(r.laws?.unconfirmed).toHaveLength(3);
    // No Commission finding and no service-provider test in Russian law.
    expect(r.laws).not.toHaveProperty('commissionFinding');
    expect(r.laws).not.toHaveProperty('serviceProviderReach');
  });

  it('counts the unconfirmed facts in words, in both languages', () => {
    const point = (code: string) => assessTia({ circumstances: plain }, scc(code)).legalReview[0];
    expect(point('US')).toEqual({
      en: 'Seven of the facts on the destination’s law could not be confirmed against a primary source; the report marks them. Check them against current sources before relying on them.',
      sv: 'Sju av uppgifterna om mottagarlandets lag har inte kunnat bekräftas mot en primär källa; rapporten markerar dem. Kontrollera dem mot aktuella källor innan du förlitar dig på dem.',
    });
    expect(point('IN')?.en).toMatch(/^Four of the facts/);
    expect(point('IN')?.sv).toMatch(/^Fyra av uppgifterna/);
    expect(point('CN')?.en).toMatch(/^Two of the facts/);
    expect(point('CN')?.sv).toMatch(/^Två av uppgifterna/);
    // A destination with a profile needs no findings of the assessor's: only the unconfirmed facts to check.
    const ru = assessTia({ circumstances: plain }, scc('RU')).legalReview;
    expect(ru.map((p) => p.en)).toEqual([expect.stringMatching(/^Three of the facts/)]);
    expect(ru[0]?.sv).toMatch(/^Tre av uppgifterna/);
  });

  it('a destination without a profile and without findings: review asked for, since the guarantees rest on nothing documented', () => {
    const r = assessTia({ circumstances: plain, laws: { guarantees: notMet } }, scc('BR'));
    expect(r.legalReview).toEqual([
      {
        en: 'There is no profile for this destination and no findings were recorded: the answers on the four guarantees rest on nothing the assessment documents.',
        sv: 'Det finns ingen profil för detta mottagarland och inga iakttagelser har förts in: svaren om de fyra garantierna vilar inte på något som bedömningen dokumenterar.',
      },
    ]);
  });
});

describe('the United States: the Commission finding and section 702’s reach (50 U.S.C. § 1881(b)(4))', () => {
  const us = (
    laws: NonNullable<TiaAnswers['laws']>,
    circumstances = useCaseCircumstances[1],
  ): TiaAnswers => ({
    circumstances,
    laws,
    practicalExperience: { claimed: false },
  });

  it('while it is unknown whether the importer is a provider: no measure is recommended, and the text says it is unanswered', () => {
    const r = assessTia(us({}), scc('US'));
    expect(r.status).toBe('open');
    expect(r.openQuestions?.[0]?.id).toBe('importerEcsp');
    expect(r.measures?.recommended).toEqual([]);
    expect(r.laws?.serviceProviderReach).toStrictEqual({
      statement: 'us-fisa-702-ecsp',
      text: expect.objectContaining({ en: expect.stringContaining('has not been answered') }),
    });
    expect(r.laws?.commissionFinding).toEqual({ statement: 'us-eo14086-all-transfers' });
  });

  it('a provider: the measures section 702 calls for are recommended, those the use case requires not twice', () => {
    const r = assessTia(
      us({ importerIsEcsp: true, relyOnCommissionFinding: false, guarantees: notMet }),
      scc('US'),
    );
    expect(r.conclusion?.state).toBe('proceedUseCase1');
    expect(r.measures?.required.map((m) => m.id)).toEqual(['t-encryption-keys-in-eea']);
    expect(r.measures?.recommended).toEqual([refOf('c-challenge-requests'), refOf('o-records-of-requests')]);
    expect(r.laws?.serviceProviderReach?.importerIsProvider).toBe(true);
    // The conclusion says what follows from the answer, and cites the definition.
    const reach = r.laws!.serviceProviderReach!.text;
    const machine = clause14Conclusions.proceedUseCase1.text;
    expect(r.conclusion?.finding).toEqual({
      en: `${machine.en.slice(0, -procedure.en.length)} ${reach.en}`,
      sv: `${machine.sv.slice(0, -procedure.sv.length)} ${reach.sv}`,
    });
    expect(r.conclusion?.text.en).toBe(`${r.conclusion?.finding.en} ${procedure.en.trim()}`);
    expect(r.conclusion?.cites).toEqual([
      ...clause14Conclusions.proceedUseCase1.cites,
      '50 U.S.C. § 1881(b)(4)',
    ]);
  });

  it('not a provider: only transparency and records of requests are recommended', () => {
    const r = assessTia(
      us(
        { importerIsEcsp: false, relyOnCommissionFinding: false, guarantees: notMet },
        useCaseCircumstances[6],
      ),
      scc('US'),
    );
    expect(r.conclusion?.state).toBe('doNotTransferUseCase6');
    expect(r.measures?.recommended.map((m) => m.id)).toEqual(['c-transparency', 'o-records-of-requests']);
    expect(r.laws?.serviceProviderReach?.importerIsProvider).toBe(false);
    expect(r.conclusion?.finding.en.startsWith(clause14Conclusions.doNotTransferUseCase6.text.en)).toBe(true);
    expect(r.conclusion?.finding.en).toContain(r.laws!.serviceProviderReach!.text.en);
  });

  it('an answer on service providers for a destination whose law has no such test recommends nothing', () => {
    const r = assessTia(
      { ...shortOfGuarantees(useCaseCircumstances[6]), laws: { guarantees: notMet, importerIsEcsp: true } },
      scc('CN'),
    );
    expect(r.conclusion?.state).toBe('doNotTransferUseCase6');
    expect(r.measures?.recommended).toEqual([]);
    expect(r.conclusion?.cites).toEqual(clause14Conclusions.doNotTransferUseCase6.cites);
    expect(r.conclusion?.finding).toEqual(clause14Conclusions.doNotTransferUseCase6.text);
  });

  it('relying on the Commission finding: proceed, looked at again within six months for the reason the profile gives', () => {
    const r = assessTia(us({ importerIsEcsp: true, relyOnCommissionFinding: true }), scc('US'));
    expect(r.conclusion?.state).toBe('proceedCommissionFinding');
    expect(r.laws?.commissionFinding).toEqual({ statement: 'us-eo14086-all-transfers', reliedOn: true });
    expect(r.reevaluation).toEqual({
      months: 6,
      reason: expect.objectContaining({ sv: expect.any(String) }),
    });
    expect(r.reevaluateBy).toBe('2027-05-26');
    // An interval the assessor chose replaces the profile's, and its reason.
    const own = assessTia(
      { ...us({ importerIsEcsp: true, relyOnCommissionFinding: true }), reevaluateAfterMonths: 12 },
      scc('US'),
    );
    expect(own.reevaluation).toEqual({ months: 12 });
    expect(own.reevaluateBy).toBe('2027-11-26');
  });
});

describe('a complete assessment', () => {
  it('carries the documentation Clause 14(d) asks for, and a re-evaluation without a reason where the profile gives none', () => {
    const r = assessTia(shortOfGuarantees(useCaseCircumstances[1]), scc('CN'));
    expect(r.documentation).toEqual({
      text: {
        en: 'Keep this assessment, with its sources, as the documentation Clause 14(d) requires, and make it available to the competent supervisory authority on request.',
        sv: 'Bevara denna bedömning med dess källor som den dokumentation som klausul 14 d kräver, och gör den tillgänglig för den behöriga tillsynsmyndigheten på begäran.',
      },
      cites: [`${ANNEX}, Clause 14(d)`],
    });
    expect(r.reevaluation).toEqual({ months: 12 });
    expect(r.measures?.note).toEqual({
      en: 'Contractual and organisational measures support the technical ones but, on their own, generally cannot stop access under laws that fall short of the European Essential Guarantees.',
      sv: 'Avtalsmässiga och organisatoriska åtgärder stöder de tekniska men kan i regel inte ensamma hindra åtkomst enligt lagar som inte uppfyller de väsentliga europeiska garantierna.',
    });
  });

  it('lists the measures chosen, by kind, as the catalogue describes them', () => {
    const r = assessTia(
      {
        ...shortOfGuarantees(useCaseCircumstances[1]),
        measures: {
          technical: ['t-encryption-keys-in-eea'],
          contractual: ['c-transparency', 'c-challenge-requests'],
          organisational: ['o-records-of-requests'],
        },
      },
      scc('CN'),
    );
    expect(r.measures?.chosen).toEqual({
      technical: [refOf('t-encryption-keys-in-eea')],
      contractual: [refOf('c-transparency'), refOf('c-challenge-requests')],
      organisational: [refOf('o-records-of-requests')],
    });
  });
});

describe('answers outside what the questions offer', () => {
  it('a measure the catalogue does not describe is not printed as if it were one', () => {
    const r = assessTia(
      {
        ...shortOfGuarantees(useCaseCircumstances[1]),
        measures: { technical: ['t-encryption-keys-in-eea', 't-no-such-measure' as never] },
      },
      scc('CN'),
    );
    expect(r.measures?.chosen.technical).toEqual([refOf('t-encryption-keys-in-eea')]);
  });

  it('an answer a question does not offer stops the assessment with an error naming both, never a conclusion', () => {
    expect(() => assessTia({ circumstances: { ...plain, format: 'zipped' as never } }, scc('CN'))).toThrow(
      'clause14: answer "zipped" is not a choice of dataFormat',
    );
  });
});

describe('an open assessment', () => {
  it('has no conclusion, procedure, re-evaluation or documentation, and says the use case may yet decide', () => {
    const r = assessTia({ circumstances: useCaseCircumstances[7] }, scc('CN'));
    expect(r.status).toBe('open');
    for (const key of ['conclusion', 'procedure', 'reevaluateBy', 'reevaluation', 'documentation'])
      expect(r).not.toHaveProperty(key);
    expect(r.technical).toMatchObject({ useCase: 7, decisive: false });
    expect(r.technical?.text).toEqual({
      en: 'EDPB use case 7: the EDPB found no effective technical measure. Whether it decides depends on the answers still open.',
      sv: 'EDPB:s användningsfall 7: EDPB fann ingen effektiv teknisk åtgärd. Om det blir avgörande beror på de svar som ännu saknas.',
    });
    expect(r.practicalExperience?.considered).toBe(false);
    expect(r.measures?.required).toEqual([]);
  });
});
