import { assign, setup } from 'xstate';
import type { AnswerEvent } from '../questionnaire.js';
import { answered } from '../questionnaire.js';
import { c } from './conclusions.js';
import { q } from './questions.js';
import type { Clause14Context, Clause14Outcome, Clause14Output, NotNeededReason } from './types.js';
import { type Answers, assessorOf, useCaseOrder, useCaseRules } from './use-cases.js';

/**
 * Clause 14: the transfer impact assessment of the 2021 SCCs (Decision (EU) 2021/914), run along the six
 * steps of EDPB Recommendations 01/2020 (version 2.0). Step 2 comes first because it decides whether a
 * TIA is needed at all: not under adequacy or an Art. 49 derogation (CNIL TIA guide, January 2025), nor
 * under module 4 unless the EU processor combines the data with data it collected in the EU (Clause 14).
 * Then step 1 (the circumstances, Clause 14(b)(i)), step 3 (the laws and practices against the four
 * European Essential Guarantees, Clause 14(b)(ii), and the importer's practical experience under the
 * footnote to Clause 14(b)), and step 4 (supplementary measures, Clause 14(b)(iii), by the EDPB use cases
 * of Annex 2). Step 5 (procedure) is said in the conclusions; step 6 (re-evaluation) is the date the TIA
 * result carries.
 *
 * Facts the engine derives from the case (tool, module, destination profile) arrive as answers like any
 * other, so the trail shows them.
 */

const is = (x: Answers, id: string, value: string) => x[id] === value;

export const clause14Machine = setup({
  types: {
    context: {} as Clause14Context,
    events: {} as AnswerEvent,
    output: {} as Clause14Output,
  },
  actions: {
    record: assign(({ context, event }, params: { question: string }) => ({
      answers: { ...context.answers, [params.question]: event.value },
    })),
    conclude: assign((_, params: NonNullable<Clause14Context['outcome']>) => ({ outcome: params })),
  },
  guards: {
    // GDPR Art. 45(1); CNIL TIA guide (2025): adequacy needs no TIA.
    adequacyApplies: answered('adequacy'),
    // GDPR Art. 49; CNIL TIA guide (2025): a derogation needs no TIA.
    derogationUsed: answered('art49-derogation'),
    sccUsed: answered('scc'),
    // SCC module 3: the EU processor assesses, the controller reviews (CNIL TIA guide, 2025).
    module3ProcessorToProcessor: answered('3'),
    // SCC Clause 14, module 4: applies only if the EU processor combines the data with EU-collected data.
    module4ProcessorToController: answered('4'),
    euProcessorCombinesData: answered('yes'),
    dataEncrypted: answered('encrypted'),
    dataPseudonymised: answered('pseudonymised'),
    // data/laws/us.json carries a Commission finding (Decision (EU) 2023/1795, EO 14086).
    destinationHasCommissionFinding: answered('us'),
    reliesOnCommissionFinding: answered('yes'),
    // SCC Clause 14(b)(ii), footnote 12: practical experience counts only if documented and corroborated.
    importerClaimsPracticalExperience: answered('yes'),
    experienceDocumented: answered('yes'),
    experienceCorroborated: answered('yes'),
    otherMeasuresDocumentedEffective: answered('yes'),
    // EDPB Recommendations 02/2020: the four European Essential Guarantees.
    allGuaranteesMet: ({ context }) =>
      (['guaranteeA', 'guaranteeB', 'guaranteeC', 'guaranteeD'] as const).every((id) =>
        is(context.answers, id, 'met'),
      ),
    // EDPB 01/2020 Annex 2, Use Cases 1-7: see useCaseRules above for the paragraphs.
    useCase1EncryptedStorage: ({ context }) => useCaseRules.useCase1EncryptedStorage(context.answers),
    useCase2Pseudonymised: ({ context }) => useCaseRules.useCase2Pseudonymised(context.answers),
    useCase3EncryptedTransit: ({ context }) => useCaseRules.useCase3EncryptedTransit(context.answers),
    useCase4ProtectedRecipient: ({ context }) => useCaseRules.useCase4ProtectedRecipient(context.answers),
    useCase5SplitProcessing: ({ context }) => useCaseRules.useCase5SplitProcessing(context.answers),
    useCase6CloudClearText: ({ context }) => useCaseRules.useCase6CloudClearText(context.answers),
    useCase7RemoteAccessClearText: ({ context }) =>
      useCaseRules.useCase7RemoteAccessClearText(context.answers),
  },
}).createMachine({
  id: 'clause14',
  context: { answers: {} },
  output: ({ context }) => {
    const out: Clause14Output = {
      outcome: context.outcome?.outcome ?? 'do-not-transfer',
      state: context.outcome?.state ?? 'none',
      answers: context.answers,
    };
    if (context.outcome?.notNeeded) out.notNeeded = context.outcome.notNeeded;
    if (context.outcome?.useCase) out.useCase = context.outcome.useCase;
    if (out.outcome !== 'not-needed') Object.assign(out, assessorOf(context.answers));
    const pe = context.answers.practicalExperience;
    if (pe === 'no') out.practicalExperience = 'not-claimed';
    else if (pe === 'yes')
      out.practicalExperience =
        context.answers.practicalExperienceDocumented === 'yes' &&
        context.answers.practicalExperienceCorroborated === 'yes'
          ? 'accepted'
          : 'rejected';
    return out;
  },
  initial: 'step2TransferTool',
  states: {
    step2TransferTool: {
      description:
        'EDPB step 2: the transfer tool, which decides whether a TIA is needed and who makes it (CNIL TIA guide, 2025; Clause 14 for module 4).',
      initial: 'transferTool',
      states: {
        transferTool: {
          meta: { question: q.transferTool },
          on: {
            ANSWER: [
              {
                guard: 'adequacyApplies',
                target: '#clause14.notNeededAdequacy',
                actions: record('transferTool'),
              },
              {
                guard: 'derogationUsed',
                target: '#clause14.notNeededDerogation',
                actions: record('transferTool'),
              },
              {
                guard: 'sccUsed',
                target: '#clause14.step2TransferTool.sccModule',
                actions: record('transferTool'),
              },
              { target: '#clause14.step1KnowYourTransfer.processingChain', actions: record('transferTool') },
            ],
          },
        },
        sccModule: {
          meta: { question: q.sccModule },
          on: {
            ANSWER: [
              {
                guard: 'module4ProcessorToController',
                target: '#clause14.step2TransferTool.module4Combination',
                actions: record('sccModule'),
              },
              { target: '#clause14.step1KnowYourTransfer.processingChain', actions: record('sccModule') },
            ],
          },
        },
        module4Combination: {
          meta: { question: q.module4Combination },
          on: {
            ANSWER: [
              {
                guard: 'euProcessorCombinesData',
                target: '#clause14.step1KnowYourTransfer.processingChain',
                actions: record('module4Combination'),
              },
              { target: '#clause14.notNeededModule4', actions: record('module4Combination') },
            ],
          },
        },
      },
    },
    step1KnowYourTransfer: {
      description:
        'EDPB step 1: know your transfer, its circumstances and envisaged onward transfers (Clause 14(b)(i)).',
      initial: 'processingChain',
      states: {
        processingChain: {
          meta: { question: q.processingChain },
          on: {
            ANSWER: {
              target: '#clause14.step1KnowYourTransfer.dataFormat',
              actions: record('processingChain'),
            },
          },
        },
        dataFormat: {
          meta: { question: q.dataFormat },
          on: {
            ANSWER: [
              {
                guard: 'dataEncrypted',
                target: '#clause14.step1KnowYourTransfer.encryptionKeys',
                actions: record('dataFormat'),
              },
              {
                guard: 'dataPseudonymised',
                target: '#clause14.step1KnowYourTransfer.pseudonymisationKey',
                actions: record('dataFormat'),
              },
              { target: '#clause14.step1KnowYourTransfer.storageLocation', actions: record('dataFormat') },
            ],
          },
        },
        encryptionKeys: {
          meta: { question: q.encryptionKeys },
          on: {
            ANSWER: {
              target: '#clause14.step1KnowYourTransfer.encryptionStrength',
              actions: record('encryptionKeys'),
            },
          },
        },
        encryptionStrength: {
          meta: { question: q.encryptionStrength },
          on: {
            ANSWER: {
              target: '#clause14.step1KnowYourTransfer.storageLocation',
              actions: record('encryptionStrength'),
            },
          },
        },
        pseudonymisationKey: {
          meta: { question: q.pseudonymisationKey },
          on: {
            ANSWER: {
              target: '#clause14.step1KnowYourTransfer.storageLocation',
              actions: record('pseudonymisationKey'),
            },
          },
        },
        storageLocation: {
          meta: { question: q.storageLocation },
          on: {
            ANSWER: {
              target: '#clause14.step1KnowYourTransfer.clearTextAccess',
              actions: record('storageLocation'),
            },
          },
        },
        clearTextAccess: {
          meta: { question: q.clearTextAccess },
          on: {
            ANSWER: {
              target: '#clause14.step1KnowYourTransfer.remoteAccess',
              actions: record('clearTextAccess'),
            },
          },
        },
        remoteAccess: {
          meta: { question: q.remoteAccess },
          on: {
            ANSWER: {
              target: '#clause14.step1KnowYourTransfer.protectedRecipient',
              actions: record('remoteAccess'),
            },
          },
        },
        protectedRecipient: {
          meta: { question: q.protectedRecipient },
          on: {
            ANSWER: {
              target: '#clause14.step1KnowYourTransfer.splitProcessing',
              actions: record('protectedRecipient'),
            },
          },
        },
        splitProcessing: {
          meta: { question: q.splitProcessing },
          on: {
            ANSWER: {
              target: '#clause14.step3LawsAndPractices.destinationProfile',
              actions: record('splitProcessing'),
            },
          },
        },
      },
    },
    step3LawsAndPractices: {
      description:
        "EDPB step 3: the destination's laws and practices against the four European Essential Guarantees, and the importer's practical experience (Clause 14(b)(ii) and its footnote).",
      initial: 'destinationProfile',
      states: {
        destinationProfile: {
          meta: { question: q.destinationProfile },
          on: {
            ANSWER: [
              {
                guard: 'destinationHasCommissionFinding',
                target: '#clause14.step3LawsAndPractices.importerEcsp',
                actions: record('destinationProfile'),
              },
              { target: '#clause14.step3LawsAndPractices.guaranteeA', actions: record('destinationProfile') },
            ],
          },
        },
        // 50 U.S.C. § 1881(b)(4): section 702 directives reach only electronic communication service
        // providers; the answer decides how the report weighs section 702 against EO 12333 (src/tia/reach.ts).
        importerEcsp: {
          meta: { question: q.importerEcsp },
          on: {
            ANSWER: {
              target: '#clause14.step3LawsAndPractices.relyOnCommissionFinding',
              actions: record('importerEcsp'),
            },
          },
        },
        relyOnCommissionFinding: {
          meta: { question: q.relyOnCommissionFinding },
          on: {
            ANSWER: [
              {
                guard: 'reliesOnCommissionFinding',
                target: '#clause14.proceedCommissionFinding',
                actions: record('relyOnCommissionFinding'),
              },
              {
                target: '#clause14.step3LawsAndPractices.guaranteeA',
                actions: record('relyOnCommissionFinding'),
              },
            ],
          },
        },
        guaranteeA: {
          meta: { question: q.guaranteeA },
          on: {
            ANSWER: { target: '#clause14.step3LawsAndPractices.guaranteeB', actions: record('guaranteeA') },
          },
        },
        guaranteeB: {
          meta: { question: q.guaranteeB },
          on: {
            ANSWER: { target: '#clause14.step3LawsAndPractices.guaranteeC', actions: record('guaranteeB') },
          },
        },
        guaranteeC: {
          meta: { question: q.guaranteeC },
          on: {
            ANSWER: { target: '#clause14.step3LawsAndPractices.guaranteeD', actions: record('guaranteeC') },
          },
        },
        guaranteeD: {
          meta: { question: q.guaranteeD },
          on: {
            ANSWER: { target: '#clause14.step3LawsAndPractices.lawsAssessed', actions: record('guaranteeD') },
          },
        },
        lawsAssessed: {
          always: [
            { guard: 'allGuaranteesMet', target: '#clause14.proceedGuaranteesMet' },
            { target: '#clause14.step3LawsAndPractices.practicalExperience' },
          ],
        },
        practicalExperience: {
          meta: { question: q.practicalExperience },
          on: {
            ANSWER: [
              {
                guard: 'importerClaimsPracticalExperience',
                target: '#clause14.step3LawsAndPractices.practicalExperienceDocumented',
                actions: record('practicalExperience'),
              },
              {
                target: '#clause14.step4SupplementaryMeasures.supplementaryMeasures',
                actions: record('practicalExperience'),
              },
            ],
          },
        },
        practicalExperienceDocumented: {
          meta: { question: q.practicalExperienceDocumented },
          on: {
            ANSWER: [
              {
                guard: 'experienceDocumented',
                target: '#clause14.step3LawsAndPractices.practicalExperienceCorroborated',
                actions: record('practicalExperienceDocumented'),
              },
              {
                target: '#clause14.step4SupplementaryMeasures.supplementaryMeasures',
                actions: record('practicalExperienceDocumented'),
              },
            ],
          },
        },
        practicalExperienceCorroborated: {
          meta: { question: q.practicalExperienceCorroborated },
          on: {
            ANSWER: [
              {
                guard: 'experienceCorroborated',
                target: '#clause14.proceedPracticalExperience',
                actions: record('practicalExperienceCorroborated'),
              },
              {
                target: '#clause14.step4SupplementaryMeasures.supplementaryMeasures',
                actions: record('practicalExperienceCorroborated'),
              },
            ],
          },
        },
      },
    },
    step4SupplementaryMeasures: {
      description:
        'EDPB step 4: supplementary measures, by the use cases of Annex 2 (Clause 14(b)(iii)); the use cases where a technical measure works come first (useCaseOrder).',
      initial: 'supplementaryMeasures',
      states: {
        supplementaryMeasures: {
          always: [
            ...useCaseOrder.map(({ rule, target }) => ({ guard: rule, target: `#clause14.${target}` })),
            { target: '#clause14.step4SupplementaryMeasures.otherMeasuresEffective' },
          ],
        },
        otherMeasuresEffective: {
          meta: { question: q.otherMeasuresEffective },
          on: {
            ANSWER: [
              {
                guard: 'otherMeasuresDocumentedEffective',
                target: '#clause14.proceedOtherMeasures',
                actions: record('otherMeasuresEffective'),
              },
              { target: '#clause14.doNotTransferNoMeasure', actions: record('otherMeasuresEffective') },
            ],
          },
        },
      },
    },
    notNeededAdequacy: final('notNeededAdequacy', 'not-needed', { notNeeded: 'adequacy' }),
    notNeededDerogation: final('notNeededDerogation', 'not-needed', { notNeeded: 'derogation' }),
    notNeededModule4: final('notNeededModule4', 'not-needed', { notNeeded: 'module4-no-combination' }),
    proceedCommissionFinding: final('proceedCommissionFinding', 'proceed'),
    proceedGuaranteesMet: final('proceedGuaranteesMet', 'proceed'),
    proceedPracticalExperience: final('proceedPracticalExperience', 'proceed'),
    proceedUseCase1: final('proceedUseCase1', 'proceed-with-measures', { useCase: 1 }),
    proceedUseCase2: final('proceedUseCase2', 'proceed-with-measures', { useCase: 2 }),
    proceedUseCase3: final('proceedUseCase3', 'proceed-with-measures', { useCase: 3 }),
    proceedUseCase4: final('proceedUseCase4', 'proceed-with-measures', { useCase: 4 }),
    proceedUseCase5: final('proceedUseCase5', 'proceed-with-measures', { useCase: 5 }),
    proceedOtherMeasures: final('proceedOtherMeasures', 'proceed-with-measures'),
    doNotTransferUseCase6: final('doNotTransferUseCase6', 'do-not-transfer', { useCase: 6 }),
    doNotTransferUseCase7: final('doNotTransferUseCase7', 'do-not-transfer', { useCase: 7 }),
    doNotTransferNoMeasure: final('doNotTransferNoMeasure', 'do-not-transfer'),
  },
});

function record(question: keyof typeof q) {
  return { type: 'record' as const, params: { question } };
}

/** A final state: its conclusion, and what it decided, kept in the context for the output. */
function final(
  state: keyof typeof c,
  outcome: Clause14Outcome,
  extra: { notNeeded?: NotNeededReason; useCase?: Clause14Output['useCase'] } = {},
) {
  return {
    type: 'final' as const,
    meta: { conclusion: c[state] },
    entry: { type: 'conclude' as const, params: { outcome, state, ...extra } },
  };
}
