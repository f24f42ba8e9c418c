import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clause14Machine, clause14Questions } from '../../machines/clause14/index.js';
import { runQuestionnaire } from '../../machines/questionnaire.js';
import { tiaAnswerer } from '../../src/tia/answers.js';
import { assessTia, profileIdFor, type TiaAnswers, type TiaContext } from '../../src/tia/index.js';

/**
 * An open assessment tells the assessor what is left: the next question first, then every other question
 * the machine may still ask on some path, in the order it asks them, each with its EDPB step and the
 * request field that answers it. Nothing may be missing: an assessor who answers every listed question
 * must reach a conclusion.
 */

const asOf = '2026-11-26';
const scc = (destination: string): TiaContext => ({ destination, transferTool: 'scc', sccModule: 2, asOf });
const ids = (r: ReturnType<typeof assessTia>) => r.openQuestions?.map((q) => q.id);

const stepOne = [
  'processingChain',
  'dataFormat',
  'encryptionKeys',
  'encryptionStrength',
  'pseudonymisationKey',
  'storageLocation',
  'clearTextAccess',
  'remoteAccess',
  'protectedRecipient',
  'splitProcessing',
];
const stepThree = [
  'guaranteeA',
  'guaranteeB',
  'guaranteeC',
  'guaranteeD',
  'practicalExperience',
  'practicalExperienceDocumented',
  'practicalExperienceCorroborated',
];

describe('the questions left in an open assessment', () => {
  it('nothing answered, China: every question of steps 1, 3 and 4, in the order asked, each with its step and field', () => {
    const r = assessTia({}, scc('CN'));
    expect(ids(r)).toEqual([...stepOne, ...stepThree, 'otherMeasuresEffective']);
    const byId = Object.fromEntries(r.openQuestions!.map((q) => [q.id, q]));
    expect(byId.processingChain).toMatchObject({ step: 1, field: 'circumstances.processingChain' });
    expect(byId.encryptionKeys).toMatchObject({ step: 1, field: 'circumstances.encryption.keysHeldBy' });
    expect(byId.pseudonymisationKey?.field).toBe(
      'circumstances.pseudonymisation.additionalInformationKeptInEea',
    );
    expect(byId.guaranteeC).toMatchObject({ step: 3, field: 'laws.guarantees.C' });
    expect(byId.practicalExperienceCorroborated).toMatchObject({
      step: 3,
      field: 'practicalExperience.corroborated',
    });
    expect(byId.otherMeasuresEffective).toMatchObject({ step: 4, field: 'measures.otherMeasuresEffective' });
    // Each as the machine asks it: text, help where it has one, choices and sources.
    for (const q of r.openQuestions!) {
      const asked = clause14Questions.find((x) => x.id === q.id)!;
      expect(q.text).toEqual(asked.text);
      expect(q.choices).toEqual(asked.choices);
      expect(q.cites).toEqual(asked.cites);
      if (asked.help) expect(q.help).toEqual(asked.help);
      else expect(q).not.toHaveProperty('help');
    }
  });

  it('the United States: also whether the importer is a service provider and whether to rely on the Commission finding', () => {
    expect(ids(assessTia({}, scc('US')))).toEqual([
      ...stepOne,
      'importerEcsp',
      'relyOnCommissionFinding',
      ...stepThree,
      'otherMeasuresEffective',
    ]);
  });

  it('no transfer tool given: the tool first, then the module and everything an SCC transfer would still ask', () => {
    const r = assessTia({}, { destination: 'US', asOf });
    expect(r.openQuestions?.[0]).toMatchObject({ id: 'transferTool', field: 'transferTool', step: 2 });
    expect(ids(r)).toEqual([
      'transferTool',
      'sccModule',
      'module4Combination',
      ...stepOne,
      'importerEcsp',
      'relyOnCommissionFinding',
      ...stepThree,
      'otherMeasuresEffective',
    ]);
    expect(r.openQuestions?.find((q) => q.id === 'module4Combination')?.field).toBe('combinesWithEuData');
  });

  it('encrypted data: the questions on keys and strength, not the one on pseudonymisation', () => {
    const r = assessTia({ circumstances: { format: 'encrypted' } }, scc('CN'));
    expect(ids(r)).toEqual([
      'processingChain',
      'encryptionKeys',
      'encryptionStrength',
      'storageLocation',
      'clearTextAccess',
      'remoteAccess',
      'protectedRecipient',
      'splitProcessing',
      ...stepThree,
      'otherMeasuresEffective',
    ]);
  });

  it('data needed in the clear: use case 6 decides step 4, so the question on other measures does not come up', () => {
    const r = assessTia({ circumstances: { clearTextAccess: true } }, scc('CN'));
    expect(ids(r)).not.toContain('otherMeasuresEffective');
    expect(ids(r)).not.toContain('clearTextAccess');
    expect(ids(r)).toContain('practicalExperienceCorroborated');
  });

  it('laws that meet the guarantees: nothing of practical experience or measures is asked', () => {
    const r = assessTia({ laws: { guarantees: { A: 'met', B: 'met', C: 'met', D: 'met' } } }, scc('CN'));
    expect(ids(r)).toEqual(stepOne);
  });

  it('practical experience claimed: whether it is documented comes next, then corroborated, and measures may follow', () => {
    const r = assessTia(
      {
        circumstances: {
          processingChain: 'onward-transfers',
          format: 'clear',
          storage: 'destination',
          clearTextAccess: false,
          remoteAccess: false,
          protectedRecipient: false,
          splitProcessing: false,
        },
        laws: { guarantees: { A: 'not-met', B: 'met', C: 'met', D: 'met' } },
        practicalExperience: { claimed: true },
      },
      scc('IN'),
    );
    expect(ids(r)).toEqual([
      'practicalExperienceDocumented',
      'practicalExperienceCorroborated',
      'otherMeasuresEffective',
    ]);
    expect(r.openQuestions?.[0]).toMatchObject({ step: 3, field: 'practicalExperience.documented' });
  });

  it.each(['first', 'last'] as const)(
    'no question is missing: walking the %s choice of each, every question asked was listed at the start, and it ends in a conclusion',
    (pick) => {
      const context: TiaContext = { destination: 'US', asOf };
      const listedAtStart = ids(assessTiaWith({}, context))!;
      let answers: Record<string, string> = {};
      for (let i = 0; i < 30; i += 1) {
        const r = assessTiaWith(answers, context);
        if (r.status !== 'open') break;
        const next = r.openQuestions![0]!;
        expect(listedAtStart).toContain(next.id);
        const choice =
          next.id === 'transferTool'
            ? 'scc'
            : next.id === 'module4Combination'
              ? 'yes'
              : pick === 'first'
                ? next.choices[0]!.value
                : next.choices.at(-1)!.value;
        answers = { ...answers, [next.id]: choice };
      }
      expect(assessTiaWith(answers, context).status).toBe('complete');
    },
  );
});

/** Runs the assessment with answers given by question id, as the wizard would give them. */
function assessTiaWith(byId: Record<string, string>, context: TiaContext) {
  const yn = (id: string) => (byId[id] === undefined ? undefined : byId[id] === 'yes');
  const g = (id: string) => byId[id] as 'met' | 'not-met' | undefined;
  return assessTia(
    {
      circumstances: {
        processingChain: byId.processingChain as 'importer-only' | undefined,
        format: byId.dataFormat as 'clear' | undefined,
        encryption: {
          keysHeldBy: byId.encryptionKeys as 'importer' | undefined,
          stateOfTheArt: yn('encryptionStrength'),
        },
        pseudonymisation: { additionalInformationKeptInEea: yn('pseudonymisationKey') },
        storage: byId.storageLocation as 'eea' | undefined,
        clearTextAccess: yn('clearTextAccess'),
        remoteAccess: yn('remoteAccess'),
        protectedRecipient: yn('protectedRecipient'),
        splitProcessing: yn('splitProcessing'),
      },
      laws: {
        importerIsEcsp: yn('importerEcsp'),
        relyOnCommissionFinding: yn('relyOnCommissionFinding'),
        guarantees: { A: g('guaranteeA'), B: g('guaranteeB'), C: g('guaranteeC'), D: g('guaranteeD') },
      },
      ...(byId.practicalExperience
        ? {
            practicalExperience: {
              claimed: yn('practicalExperience')!,
              documented: yn('practicalExperienceDocumented'),
              corroborated: yn('practicalExperienceCorroborated'),
            },
          }
        : {}),
      measures: { otherMeasuresEffective: yn('otherMeasuresEffective') },
    },
    {
      ...context,
      ...(byId.transferTool ? { transferTool: byId.transferTool as 'scc' } : {}),
      ...(byId.sccModule ? { sccModule: Number(byId.sccModule) as 2 } : {}),
      ...(byId.module4Combination ? { combinesWithEuData: byId.module4Combination === 'yes' } : {}),
    },
  );
}

describe('no question is missing, whatever was answered before', () => {
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
  const yesNo = maybe(fc.boolean());
  const guarantee = maybe(fc.constantFrom('met' as const, 'not-met' as const));
  const answersArb: fc.Arbitrary<TiaAnswers> = fc.record({
    circumstances: fc.record({
      processingChain: maybe(fc.constantFrom('importer-only' as const, 'onward-transfers' as const)),
      format: maybe(fc.constantFrom('clear' as const, 'pseudonymised' as const, 'encrypted' as const)),
      encryption: fc.record({
        stateOfTheArt: yesNo,
        keysHeldBy: maybe(
          fc.constantFrom('exporter-eea' as const, 'importer' as const, 'other-in-destination' as const),
        ),
      }),
      pseudonymisation: fc.record({ additionalInformationKeptInEea: yesNo }),
      storage: maybe(fc.constantFrom('eea' as const, 'destination' as const, 'transit-only' as const)),
      clearTextAccess: yesNo,
      remoteAccess: yesNo,
      protectedRecipient: yesNo,
      splitProcessing: yesNo,
    }),
    laws: fc.record({
      importerIsEcsp: yesNo,
      relyOnCommissionFinding: yesNo,
      guarantees: fc.record({ A: guarantee, B: guarantee, C: guarantee, D: guarantee }),
    }),
    practicalExperience: maybe(fc.record({ claimed: fc.boolean(), documented: yesNo, corroborated: yesNo })),
    measures: fc.record({ otherMeasuresEffective: yesNo }),
  });
  const contextArb: fc.Arbitrary<TiaContext> = fc.record({
    destination: fc.constantFrom('US', 'CN', 'BR'),
    transferTool: maybe(fc.constant('scc' as const)),
    sccModule: maybe(fc.constantFrom(1 as const, 2 as const, 3 as const)),
    asOf: fc.constant(asOf),
  });

  // Found this way: with the data said to be encrypted, or practical experience said to be claimed, the
  // list left out the question on other measures (step 4), which some answers still lead to.
  it('every question a continuation of the answers asks is in the list of the open assessment', () => {
    fc.assert(
      fc.property(
        answersArb,
        contextArb,
        fc.array(fc.nat(), { minLength: 30, maxLength: 30 }),
        (a, c, picks) => {
          const r = assessTia(a, c);
          if (r.status !== 'open') return;
          const listed = new Set(r.openQuestions!.map((q) => q.id));
          const assumed: Record<string, string> = {};
          for (const n of picks) {
            const run = runQuestionnaire(
              clause14Machine,
              undefined,
              tiaAnswerer(a, c, profileIdFor(c.destination), assumed),
            );
            if (run.status !== 'open') break;
            expect(listed, run.question.id).toContain(run.question.id);
            assumed[run.question.id] = run.question.choices[n % run.question.choices.length]!.value;
          }
        },
      ),
      { numRuns: 100, seed: 20261206 },
    );
  }, 30_000);
});
