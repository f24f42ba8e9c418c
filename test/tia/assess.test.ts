import { describe, expect, it } from 'vitest';
import { assessTia, type TiaAnswers, type TiaContext } from '../../src/tia/index.js';

const asOf = '2026-11-26';
const scc = (destination: string, sccModule: 1 | 2 | 3 | 4 = 2): TiaContext => ({
  destination,
  transferTool: 'scc',
  sccModule,
  asOf,
});

/** A US SaaS/cloud processor that must read the data in the clear (EDPB use case 6). */
const usCloudClearText: TiaAnswers = {
  circumstances: {
    purpose: 'Case management system hosted by the supplier',
    sector: 'Public administration',
    processingChain: 'onward-transfers',
    dataCategories: ['contact details', 'case notes'],
    format: 'clear',
    storage: 'destination',
    clearTextAccess: true,
    remoteAccess: false,
    protectedRecipient: false,
    splitProcessing: false,
  },
};

/** Backup encrypted before it leaves, keys only with the exporter in the EEA (EDPB use case 1). */
const encryptedBackup: TiaAnswers = {
  circumstances: {
    purpose: 'Off-site backup',
    processingChain: 'importer-only',
    format: 'encrypted',
    encryption: { stateOfTheArt: true, keysHeldBy: 'exporter-eea' },
    storage: 'destination',
    clearTextAccess: false,
    remoteAccess: false,
    protectedRecipient: false,
    splitProcessing: false,
  },
  laws: { guarantees: { A: 'not-met', B: 'not-met', C: 'not-met', D: 'not-met' } },
  practicalExperience: { claimed: false },
  measures: { contractual: ['c-transparency'], organisational: ['o-records-of-requests'] },
};

describe('scenario: a US cloud processor needing the data in the clear', () => {
  it('records EDPB use case 6 (no effective technical measure) and the EO 14086 safeguards, and proceeds on the Commission finding', () => {
    const r = assessTia(
      { ...usCloudClearText, laws: { importerIsEcsp: true, relyOnCommissionFinding: true } },
      scc('US'),
    );
    expect(r.status).toBe('complete');
    expect(r.conclusion?.outcome).toBe('proceed');
    expect(r.conclusion?.state).toBe('proceedCommissionFinding');
    expect(r.technical).toMatchObject({ useCase: 6, effectiveTechnicalMeasure: false, decisive: false });
    const ids = r.laws!.statements.map((s) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'us-eo-14086',
        'us-dprc',
        'us-eo14086-all-transfers',
        'us-fisa-702',
        'us-cloud-act',
      ]),
    );
    expect(r.laws!.commissionFinding).toEqual({ statement: 'us-eo14086-all-transfers', reliedOn: true });
    // Every statement about the law carries its sources and the date it was checked.
    for (const s of r.laws!.statements) {
      expect(s.sources.length).toBeGreaterThan(0);
      expect(s.checked <= r.laws!.profile.asOf).toBe(true);
    }
    expect(r.laws!.profile.asOf).toBe('2026-12-05');
    // The US profile asks for a look within six months (pending appeal, section 702).
    expect(r.reevaluateBy).toBe('2027-05-26');
    expect(r.reevaluation?.reason?.en).toContain('C-703/25 P');
    // Issue 13, point 13: review points in plain language, no statement ids.
    const review = r.legalReview.map((p) => `${p.en} ${p.sv}`).join(' ');
    expect(review).toContain('could not be confirmed against a primary source');
    expect(review).not.toMatch(/us-[a-z0-9-]+/);
    // Issue 13, point 8: an ECS provider, so section 702 applies, in the conclusion and the measures.
    expect(r.laws?.serviceProviderReach).toMatchObject({ importerIsProvider: true });
    expect(r.conclusion?.text.en).toContain('section 702 applies');
    expect(r.measures?.recommended.map((m) => m.id)).toContain('t-encryption-keys-in-eea');
    expect(r.documentation?.cites).toEqual(['Decision (EU) 2021/914, Annex, Clause 14(d)']);
  });

  it('says why section 702 is less likely to reach the data when the importer is not an ECS provider, still with EO 12333', () => {
    const r = assessTia(
      { ...usCloudClearText, laws: { importerIsEcsp: false, relyOnCommissionFinding: true } },
      scc('US'),
    );
    expect(r.status).toBe('complete');
    expect(r.laws?.serviceProviderReach?.importerIsProvider).toBe(false);
    for (const lang of ['en', 'sv'] as const) {
      const text = r.conclusion!.text[lang];
      expect(text).toMatch(lang === 'en' ? /section 702 is less likely/ : /mindre sannolikt att avsnitt 702/);
      expect(text).toMatch(lang === 'en' ? /Executive Order 12333/ : /presidentorder 12333/);
      expect(text).not.toMatch(/section 702 applies|avsnitt 702 är tillämpligt/);
    }
    expect(r.measures?.recommended.map((m) => m.id)).not.toContain('t-encryption-keys-in-eea');
    expect(r.conclusion?.cites).toContain('50 U.S.C. § 1881(b)(4)');
  });

  it('does not transfer when the assessor sets the finding aside and finds the guarantees unmet', () => {
    const r = assessTia(
      {
        ...usCloudClearText,
        laws: {
          importerIsEcsp: true,
          relyOnCommissionFinding: false,
          guarantees: { A: 'met', B: 'not-met', C: 'met', D: 'not-met' },
        },
        practicalExperience: { claimed: false },
      },
      scc('US'),
    );
    expect(r.conclusion?.outcome).toBe('do-not-transfer');
    expect(r.conclusion?.state).toBe('doNotTransferUseCase6');
    expect(r.technical).toMatchObject({ useCase: 6, effectiveTechnicalMeasure: false, decisive: true });
    expect(r.measures?.required).toEqual([]);
    expect(r.conclusion?.cites).toEqual(
      expect.arrayContaining([
        'Decision (EU) 2021/914, Annex, Clause 16(b)',
        'Decision (EU) 2021/914, Annex, Clause 14(e)',
        'Decision (EU) 2021/914, Annex, Clause 14(f)',
      ]),
    );
    expect(r.laws!.commissionFinding).toEqual({ statement: 'us-eo14086-all-transfers', reliedOn: false });
  });
});

describe('scenario: encrypted backup with keys held in the EEA', () => {
  it('proceeds with encryption as the listed measure (EDPB use case 1)', () => {
    const r = assessTia(encryptedBackup, scc('CN'));
    expect(r.status).toBe('complete');
    expect(r.conclusion?.outcome).toBe('proceed-with-measures');
    expect(r.conclusion?.state).toBe('proceedUseCase1');
    expect(r.technical).toMatchObject({ useCase: 1, effectiveTechnicalMeasure: true, decisive: true });
    expect(r.measures?.required.map((m) => m.id)).toEqual(['t-encryption-keys-in-eea']);
    expect(r.measures?.chosen.contractual.map((m) => m.id)).toEqual(['c-transparency']);
    expect(r.measures?.chosen.organisational.map((m) => m.id)).toEqual(['o-records-of-requests']);
    expect(r.reevaluateBy).toBe('2027-11-26');
    expect(r.laws!.profile.id).toBe('cn');
  });
});

describe('scenario: no effective redress and clear-text access', () => {
  it('does not transfer, citing suspension under Clause 16', () => {
    const r = assessTia(
      {
        circumstances: { ...usCloudClearText.circumstances },
        laws: { guarantees: { A: 'met', B: 'met', C: 'met', D: 'not-met' } },
        practicalExperience: { claimed: false },
      },
      scc('RU'),
    );
    expect(r.conclusion?.outcome).toBe('do-not-transfer');
    expect(r.conclusion?.state).toBe('doNotTransferUseCase6');
    expect(r.conclusion?.cites.join(' ')).toContain('Clause 16(b)');
    expect(r.laws!.statements.some((s) => s.id === 'ru-echr-exit' && s.topic === 'D')).toBe(true);
    expect(r.reevaluateBy).toBe('2027-11-26');
  });

  it('does not transfer for remote access in the clear either (use case 7)', () => {
    const r = assessTia(
      {
        circumstances: { ...usCloudClearText.circumstances, storage: 'eea', remoteAccess: true },
        laws: { guarantees: { A: 'met', B: 'met', C: 'met', D: 'not-met' } },
        practicalExperience: { claimed: false },
      },
      scc('IN', 1),
    );
    expect(r.conclusion?.state).toBe('doNotTransferUseCase7');
  });
});

describe('scenarios where no TIA is needed', () => {
  it('says so for module 4 without combination, instead of asking', () => {
    const r = assessTia({}, { ...scc('US', 4), combinesWithEuData: false });
    expect(r.status).toBe('not-needed');
    expect(r.reasonNotNeeded?.code).toBe('module4-no-combination');
    expect(r.reasonNotNeeded?.cites).toEqual(['Decision (EU) 2021/914, Annex, Clause 14 (module 4)']);
    expect(r.openQuestions).toBeUndefined();
    expect(r.assessor.role).toBe('none');
    expect(r.trail.map((t) => t.id)).toEqual([
      'transferTool',
      'sccModule',
      'module4Combination',
      'conclusion',
    ]);
  });

  it('says so under adequacy, and under an Art. 49 derogation', () => {
    const adequacy = assessTia({}, { destination: 'JP', transferTool: 'adequacy', asOf });
    expect(adequacy.status).toBe('not-needed');
    expect(adequacy.reasonNotNeeded?.code).toBe('adequacy');
    expect(adequacy.reevaluateBy).toBeUndefined();
    const derogation = assessTia({}, { destination: 'BR', transferTool: 'art49-derogation', asOf });
    expect(derogation.reasonNotNeeded?.code).toBe('derogation');
    expect(derogation.reasonNotNeeded?.text.sv).toContain('artikel 49');
  });

  it('still assesses under module 4 when the EU processor combines the data', () => {
    const r = assessTia({}, { ...scc('US', 4), combinesWithEuData: true });
    expect(r.status).toBe('open');
    expect(r.assessor.role).toBe('exporter-processor');
  });
});

describe('who assesses', () => {
  it('has the EU processor assess and the controller review under module 3, citing the CNIL guide', () => {
    const r = assessTia(encryptedBackup, scc('CN', 3));
    expect(r.assessor.role).toBe('exporter-processor');
    expect(r.assessor.reviewer?.role).toBe('controller');
    expect(r.assessor.cites).toContain('CNIL, guide to transfer impact assessments (January 2025)');
    expect(r.assessor.reviewer?.text.sv).toContain('granskar');
  });

  it('has the controller assess under module 2', () => {
    expect(assessTia(encryptedBackup, scc('CN', 2)).assessor.role).toBe('exporter-controller');
  });
});

describe('an open assessment', () => {
  it('lists the questions still unanswered, each with the field that answers it', () => {
    const r = assessTia({}, scc('CN'));
    expect(r.status).toBe('open');
    expect(r.conclusion).toBeUndefined();
    expect(r.reevaluateBy).toBeUndefined();
    const open = r.openQuestions!;
    expect(open[0]).toMatchObject({ id: 'processingChain', field: 'circumstances.processingChain', step: 1 });
    const ids = open.map((q) => q.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'dataFormat',
        'clearTextAccess',
        'guaranteeA',
        'guaranteeD',
        'practicalExperience',
        'otherMeasuresEffective',
      ]),
    );
    // China has no Commission finding: that question cannot come up.
    expect(ids).not.toContain('relyOnCommissionFinding');
    // Questions answered from the case are not open.
    expect(ids).not.toContain('transferTool');
    expect(open.every((q) => q.text.en && q.text.sv && q.choices.length >= 2)).toBe(true);
  });

  it('asks for the module when the case does not give it', () => {
    const r = assessTia({}, { destination: 'US', transferTool: 'scc', asOf });
    expect(r.openQuestions?.[0]).toMatchObject({ id: 'sccModule', field: 'sccModule', step: 2 });
    expect(r.assessor.role).toBe('not-determined');
  });

  it('asks whether the importer is an electronic communication service provider, then about the Commission finding, for the US', () => {
    const r = assessTia(usCloudClearText, scc('US'));
    expect(r.openQuestions?.[0]).toMatchObject({ id: 'importerEcsp', field: 'laws.importerIsEcsp', step: 3 });
    expect(r.laws?.serviceProviderReach?.text.en).toContain('has not been answered');
    const next = assessTia({ ...usCloudClearText, laws: { importerIsEcsp: false } }, scc('US'));
    expect(next.openQuestions?.[0]).toMatchObject({
      id: 'relyOnCommissionFinding',
      field: 'laws.relyOnCommissionFinding',
    });
    // Not asked for a destination whose law has no such test.
    expect(assessTia(usCloudClearText, scc('CN')).openQuestions?.map((q) => q.id)).not.toContain(
      'importerEcsp',
    );
    expect(r.technical).toMatchObject({ useCase: 6, decisive: false });
  });

  it('marks answers from the case as the engine’s and the rest as the user’s in the trail', () => {
    const r = assessTia(usCloudClearText, scc('US'));
    const by = Object.fromEntries(r.trail.map((t) => [t.id, t.by]));
    expect(by.transferTool).toBe('engine');
    expect(by.sccModule).toBe('engine');
    expect(by.destinationProfile).toBe('engine');
    expect(by.dataFormat).toBe('user');
  });
});

describe('practical experience (footnote to Clause 14(b))', () => {
  const base: TiaAnswers = {
    circumstances: { ...usCloudClearText.circumstances },
    laws: { guarantees: { A: 'not-met', B: 'not-met', C: 'not-met', D: 'not-met' } },
  };

  it('is accepted only when documented and corroborated, and the conclusion then rests on it', () => {
    const r = assessTia(
      {
        ...base,
        practicalExperience: {
          claimed: true,
          documented: true,
          corroborated: true,
          description: 'No requests since 2019',
        },
      },
      scc('IN'),
    );
    expect(r.conclusion?.state).toBe('proceedPracticalExperience');
    expect(r.practicalExperience).toMatchObject({
      claimed: true,
      accepted: true,
      considered: true,
      description: 'No requests since 2019',
    });
    expect(r.legalReview.map((p) => p.en).join(' ')).toContain('practical experience');
  });

  it('is rejected, with the reason, when not corroborated by objective information', () => {
    const r = assessTia(
      { ...base, practicalExperience: { claimed: true, documented: true, corroborated: false } },
      scc('IN'),
    );
    expect(r.practicalExperience?.accepted).toBe(false);
    expect(r.practicalExperience?.reasons.map((x) => x.en).join(' ')).toContain('corroborated');
    expect(r.conclusion?.state).toBe('doNotTransferUseCase6');
  });

  it('is rejected when not documented, however well corroborated: the footnote asks for both', () => {
    const r = assessTia(
      { ...base, practicalExperience: { claimed: true, documented: false, corroborated: true } },
      scc('IN'),
    );
    expect(r.practicalExperience?.accepted).toBe(false);
    expect(r.practicalExperience?.reasons.map((x) => x.en)).toEqual([
      expect.stringContaining('Not shown to be recorded continuously'),
    ]);
    expect(r.conclusion?.state).toBe('doNotTransferUseCase6');
  });

  it('is not weighed where the laws meet the guarantees', () => {
    const r = assessTia(
      {
        ...base,
        laws: { guarantees: { A: 'met', B: 'met', C: 'met', D: 'met' } },
        practicalExperience: { claimed: true, documented: true, corroborated: true },
      },
      scc('IN'),
    );
    expect(r.conclusion?.state).toBe('proceedGuaranteesMet');
    expect(r.practicalExperience?.considered).toBe(false);
  });
});

describe('which step decided: the report says whether the EDPB use case decided the outcome', () => {
  const circumstances = { ...usCloudClearText.circumstances };
  it('laws short of the guarantees: use case 6 decided it at step 4', () => {
    const r = assessTia(
      {
        circumstances,
        laws: { guarantees: { A: 'not-met', B: 'not-met', C: 'not-met', D: 'not-met' } },
        practicalExperience: { claimed: false },
      },
      scc('IN'),
    );
    expect(r.conclusion?.state).toBe('doNotTransferUseCase6');
    expect(r.technical).toMatchObject({ decisive: true });
    expect(r.technical?.text.en).toContain('It decided the outcome at step 4.');
    expect(r.technical?.text.sv).toContain('Det avgjorde utfallet i steg 4.');
  });

  it('laws that meet the guarantees: the use case did not decide, the assessment ended at step 3', () => {
    const r = assessTia(
      { circumstances, laws: { guarantees: { A: 'met', B: 'met', C: 'met', D: 'met' } } },
      scc('IN'),
    );
    expect(r.conclusion?.state).toBe('proceedGuaranteesMet');
    expect(r.technical).toMatchObject({ decisive: false });
    expect(r.technical?.text.en).toContain(
      'It did not decide the outcome: the assessment concluded at step 3',
    );
    expect(r.technical?.text.en).not.toContain('It decided the outcome');
  });
});

describe('the rest of the result', () => {
  it('keeps the user’s findings for a destination without a profile, and asks for review when there are none', () => {
    const answers: TiaAnswers = {
      ...encryptedBackup,
      laws: {
        guarantees: { A: 'met', B: 'met', C: 'met', D: 'met' },
        findings: [
          {
            guarantee: 'C',
            text: 'Interception needs a warrant from a judge.',
            sources: [{ title: 'Interception Act, s. 5', url: 'https://example.org/act' }],
          },
        ],
      },
    };
    const r = assessTia(answers, scc('BR'));
    expect(r.laws!.profile.id).toBe('generic');
    expect(r.laws!.findings).toHaveLength(1);
    expect(r.legalReview).toEqual([]);
    const without = assessTia({ ...answers, laws: { guarantees: answers.laws!.guarantees } }, scc('BR'));
    expect(without.legalReview[0]?.en).toContain('no findings were recorded');
  });

  it('uses the assessor’s re-evaluation interval when given', () => {
    const r = assessTia({ ...encryptedBackup, reevaluateAfterMonths: 3 }, scc('CN'));
    expect(r.reevaluateBy).toBe('2027-02-26');
    expect(r.reevaluation).toEqual({ months: 3 });
  });

  it('shows the quantified view beside the qualitative one, with the EDPB note', () => {
    const r = assessTia(
      {
        ...encryptedBackup,
        quantified: {
          periodYears: 2,
          bases: [{ legalBasis: 'Data Security Law art. 35', pTargeted: 0.1, pInScope: 0.5, pSuccess: 0 }],
        },
      },
      scc('CN'),
    );
    expect(r.quantified?.probabilityOverPeriod).toBe(0);
    expect(r.quantified?.note.en).toContain('purely risk-based');
    // The figure changes nothing in the conclusion.
    expect(r.conclusion?.state).toBe('proceedUseCase1');
  });

  it('is pure: the same input gives the same result', () => {
    expect(assessTia(encryptedBackup, scc('CN'))).toEqual(assessTia(encryptedBackup, scc('CN')));
    expect(assessTia({}, scc('CN'))).toEqual(assessTia({}, scc('CN')));
  });
});
