import { and, assign, setup } from 'xstate';
import { yesNo } from './choices.js';
import { type AnswerEvent, answered, type Conclusion, final, type Question } from './questionnaire.js';

/**
 * Transfer: is one flow a transfer under GDPR Chapter V? The three cumulative criteria of EDPB Guidelines
 * 05/2021 (version 2.0): (1) the exporter is subject to the GDPR for the processing, (2) it discloses or
 * makes the data available to another controller or processor, (3) the importer is in a third country or
 * is an international organisation. A sender outside the GDPR that got the data through a transfer makes
 * an onward transfer, governed by the instrument of the first transfer.
 */

export type TransferKind = 'transfer' | 'onward-transfer' | 'not-a-transfer';
export type GdprBasis = 'establishment' | 'targeting';
export type Disclosure = 'transmission' | 'remote-access' | 'hosting' | 'other';
export type Destination = 'eea' | 'third-country' | 'international-organisation';

/** The answer for a third country that an interim arrangement in force treats as no transfer destination. */
const interimAnswer = 'third-country-interim';

export interface TransferOutput {
  kind: TransferKind;
  /** The final state that decided, e.g. `notTransferSameEntity`. */
  outcome: string;
  senderRole?: 'controller' | 'processor';
  /** Why the sender is subject to the GDPR (Art. 3(1) or 3(2)); absent when it is not. */
  basis?: GdprBasis;
  disclosure?: Disclosure;
  destination?: Destination;
}

interface TransferContext {
  senderRole?: 'controller' | 'processor';
  basis?: GdprBasis;
  /** The sender is outside the GDPR but holds data that reached it through a transfer. */
  onwardChain: boolean;
  disclosure?: Disclosure;
  destination?: Destination;
  outcome?: { kind: TransferKind; state: string };
}

const q = {
  senderRole: {
    id: 'senderRole',
    text: {
      en: 'Who makes the personal data available: a controller or processor, or the data subject themself?',
      sv: 'Vem gör personuppgifterna tillgängliga: en personuppgiftsansvarig eller ett personuppgiftsbiträde, eller den registrerade själv?',
    },
    help: {
      en: 'Only a controller or processor can be an exporter. A person who sends their own data abroad, on their own initiative, makes no transfer.',
      sv: 'Bara en personuppgiftsansvarig eller ett personuppgiftsbiträde kan vara dataexportör. Den som på eget initiativ skickar sina egna uppgifter utomlands gör ingen överföring.',
    },
    cites: ['EDPB Guidelines 05/2021, criterion 1', 'EDPB Guidelines 05/2021, Example 1'],
    choices: [
      { value: 'controller', label: { en: 'A controller', sv: 'En personuppgiftsansvarig' } },
      { value: 'processor', label: { en: 'A processor', sv: 'Ett personuppgiftsbiträde' } },
      {
        value: 'data-subject',
        label: {
          en: 'The data subject, with their own data',
          sv: 'Den registrerade, med sina egna uppgifter',
        },
      },
    ],
  },
  senderSubjectToGdpr: {
    id: 'senderSubjectToGdpr',
    text: {
      en: 'Is the sender subject to the GDPR for this processing?',
      sv: 'Omfattas avsändaren av dataskyddsförordningen för denna behandling?',
    },
    help: {
      en: 'Art. 3(1): the processing takes place in the context of the activities of an establishment in the EU/EEA, wherever the data are processed. Art. 3(2): the sender has no establishment there but offers goods or services to, or monitors the behaviour of, people who are in the EU/EEA.',
      sv: 'Art. 3.1: behandlingen sker inom ramen för verksamheten vid ett verksamhetsställe i EU/EES, oavsett var uppgifterna behandlas. Art. 3.2: avsändaren är inte etablerad där men erbjuder varor eller tjänster till, eller övervakar beteendet hos, personer som befinner sig i EU/EES.',
    },
    cites: [
      'GDPR Art. 3(1)',
      'GDPR Art. 3(2)',
      'EDPB Guidelines 3/2018 on territorial scope',
      'EDPB Guidelines 05/2021, criterion 1',
    ],
    choices: [
      {
        value: 'establishment',
        label: {
          en: 'Yes, through an establishment in the EU/EEA (Art. 3(1))',
          sv: 'Ja, genom ett verksamhetsställe i EU/EES (artikel 3.1)',
        },
      },
      {
        value: 'targeting',
        label: {
          en: 'Yes, by offering goods or services to, or monitoring, people in the EU/EEA (Art. 3(2))',
          sv: 'Ja, genom att erbjuda varor eller tjänster till, eller övervaka, personer i EU/EES (artikel 3.2)',
        },
      },
      { value: 'no', label: { en: 'No', sv: 'Nej' } },
    ],
  },
  receivedThroughTransfer: {
    id: 'receivedThroughTransfer',
    text: {
      en: 'Did these data reach the sender through a transfer from an exporter subject to the GDPR, directly or along a chain of transfers?',
      sv: 'Har uppgifterna nått avsändaren genom en överföring från en dataexportör som omfattas av dataskyddsförordningen, direkt eller i en kedja av överföringar?',
    },
    help: {
      en: 'Chapter V protects data also after they have left: a further transfer by the importer is an onward transfer, governed by the instrument of the first transfer.',
      sv: 'Kapitel V skyddar uppgifterna även sedan de har lämnat EU/EES: när mottagaren för dem vidare är det en vidareöverföring, som styrs av det instrument som används för den första överföringen.',
    },
    cites: ['GDPR Art. 44', 'Decision (EU) 2021/914, Annex, Clauses 8.7, 8.8 and 9'],
    choices: yesNo,
  },
  disclosure: {
    id: 'disclosure',
    text: {
      en: 'How does the sender make the data available to the recipient, and is the recipient another controller or processor?',
      sv: 'Hur gör avsändaren uppgifterna tillgängliga för mottagaren, och är mottagaren en annan personuppgiftsansvarig eller ett annat personuppgiftsbiträde?',
    },
    help: {
      en: "Transmission, remote access and hosting all make data available. An employee of the sender, wherever they are, is part of the sender and not another party. A self-employed contractor is usually read as another party; one who works under the sender's direct authority (Art. 4(10), Art. 29) may be treated like its staff, which needs legal review.",
      sv: 'Översändande, fjärråtkomst och lagring hos mottagaren gör alla uppgifterna tillgängliga. En anställd hos avsändaren är, var den än befinner sig, en del av avsändaren och ingen annan part. En egenföretagare räknas vanligen som en annan part; en som arbetar under avsändarens direkta ledning (artikel 4.10, artikel 29) kan behandlas som avsändarens personal, vilket kräver juridisk granskning.',
    },
    cites: [
      'GDPR Art. 4(2)',
      'GDPR Art. 4(10)',
      'GDPR Art. 29',
      'EDPB Guidelines 05/2021, criterion 2',
      'EDPB Guidelines 05/2021, Example 5',
    ],
    choices: [
      {
        value: 'transmission',
        label: {
          en: 'Transmitted to another controller or processor',
          sv: 'Översänds till en annan personuppgiftsansvarig eller ett annat personuppgiftsbiträde',
        },
      },
      {
        value: 'remote-access',
        label: {
          en: 'Accessed remotely by another controller or processor',
          sv: 'En annan personuppgiftsansvarig eller ett annat personuppgiftsbiträde får fjärråtkomst',
        },
      },
      {
        value: 'hosting',
        label: {
          en: 'Stored (hosted) by another controller or processor',
          sv: 'Lagras hos en annan personuppgiftsansvarig eller ett annat personuppgiftsbiträde',
        },
      },
      {
        value: 'other',
        label: {
          en: 'Made available to another controller or processor in another or unstated way',
          sv: 'Görs tillgängliga för en annan personuppgiftsansvarig eller ett annat personuppgiftsbiträde på annat eller ej angivet sätt',
        },
      },
      {
        value: 'own-employee',
        label: {
          en: "The recipient is the sender's own employee",
          sv: 'Mottagaren är anställd hos avsändaren',
        },
      },
    ],
  },
  recipientLocation: {
    id: 'recipientLocation',
    text: {
      en: 'Where is the recipient, on the date of the assessment?',
      sv: 'Var finns mottagaren, vid den tidpunkt bedömningen avser?',
    },
    help: {
      en: 'An international organisation counts as such wherever its seat is. Whether the recipient itself is subject to the GDPR does not matter.',
      sv: 'En internationell organisation räknas som sådan var den än har sitt säte. Det spelar ingen roll om mottagaren själv omfattas av dataskyddsförordningen.',
    },
    cites: [
      'GDPR Art. 44',
      'GDPR Art. 4(26)',
      'EDPB Guidelines 05/2021, criterion 3',
      'EU–UK Trade and Cooperation Agreement, Art. FINPROV.10A',
    ],
    choices: [
      { value: 'eea', label: { en: 'In the EU/EEA', sv: 'I EU/EES' } },
      { value: 'third-country', label: { en: 'In a third country', sv: 'I ett tredjeland' } },
      {
        value: interimAnswer,
        label: {
          en: 'In a third country to which, under an agreement in force on the date, transmission from the Union is not a transfer to a third country',
          sv: 'I ett tredjeland dit ett översändande från unionen, enligt ett avtal som gäller vid tidpunkten, inte är en överföring till tredjeland',
        },
      },
      {
        value: 'international-organisation',
        label: { en: 'It is an international organisation', sv: 'Det är en internationell organisation' },
      },
    ],
  },
} satisfies Record<string, Question>;

const c = {
  transfer: {
    text: {
      en: 'All three criteria are met: this is a transfer under Chapter V. It may take place only on an adequacy decision (Art. 45), with appropriate safeguards (Art. 46) or, exceptionally, under a derogation (Art. 49).',
      sv: 'Alla tre kriterierna är uppfyllda: detta är en överföring enligt kapitel V. Den får ske endast med stöd av ett beslut om adekvat skyddsnivå (artikel 45), med lämpliga skyddsåtgärder (artikel 46) eller, i undantagsfall, med stöd av ett undantag i särskilda situationer (artikel 49).',
    },
    cites: ['GDPR Art. 44', 'EDPB Guidelines 05/2021, section 2'],
  },
  onwardTransfer: {
    text: {
      en: 'An onward transfer: the sender is not itself subject to the GDPR, but the data reached it through a transfer. The instrument of the first transfer governs it (with the SCCs: Clause 8.7 in module 1, Clause 8.8 in modules 2 and 3, and Clause 9 for sub-processors); this sender needs no Chapter V tool of its own.',
      sv: 'En vidareöverföring: avsändaren omfattas inte själv av dataskyddsförordningen, men uppgifterna har nått den genom en överföring. Det instrument som används för den första överföringen styr den (med standardavtalsklausulerna: klausul 8.7 i modul 1, klausul 8.8 i modul 2 och 3 och klausul 9 för underbiträden); avsändaren behöver inget eget överföringsverktyg enligt kapitel V.',
    },
    cites: ['GDPR Art. 44', 'Decision (EU) 2021/914, Annex, Clauses 8.7, 8.8 and 9'],
  },
  notTransferDataSubject: {
    text: {
      en: 'Not a transfer: the data subject discloses their own data, so there is no exporter. A recipient subject to the GDPR under Art. 3(2) must still apply it.',
      sv: 'Ingen överföring: den registrerade lämnar själv ut sina uppgifter, så det finns ingen dataexportör. En mottagare som omfattas av förordningen enligt artikel 3.2 ska ändå tillämpa den.',
    },
    cites: ['EDPB Guidelines 05/2021, Example 1'],
  },
  notTransferOutsideGdpr: {
    text: {
      en: 'Not a transfer under the GDPR: the sender is not subject to it for this processing, and the data did not reach it through a transfer.',
      sv: 'Ingen överföring enligt dataskyddsförordningen: avsändaren omfattas inte av den för denna behandling, och uppgifterna har inte nått den genom en överföring.',
    },
    cites: ['GDPR Art. 3', 'EDPB Guidelines 05/2021, criterion 1'],
  },
  notTransferSameEntity: {
    text: {
      en: "Not a transfer: the recipient is the sender's employee, part of the sender and not another controller or processor. The processing abroad remains the sender's processing under the GDPR, with the risks of the place to assess.",
      sv: 'Ingen överföring: mottagaren är anställd hos avsändaren och därmed en del av avsändaren, inte en annan personuppgiftsansvarig eller ett annat personuppgiftsbiträde. Behandlingen utomlands är fortfarande avsändarens behandling enligt dataskyddsförordningen, och riskerna på platsen ska bedömas.',
    },
    cites: ['EDPB Guidelines 05/2021, Example 5', 'GDPR Art. 24', 'GDPR Art. 32'],
  },
  notTransferRecipientInEea: {
    text: {
      en: 'Not a transfer: the recipient is in the EU/EEA. If the recipient is subject to third-country laws that may require disclosure, that risk belongs in the choice of processor.',
      sv: 'Ingen överföring: mottagaren finns i EU/EES. Om mottagaren omfattas av ett tredjelands lagar som kan kräva utlämnande ska den risken beaktas vid valet av personuppgiftsbiträde.',
    },
    cites: ['EDPB Guidelines 05/2021, criterion 3', 'EDPB Guidelines 05/2021, Example 12', 'GDPR Art. 28(1)'],
  },
  notTransferInterimArrangement: {
    text: {
      en: 'Not a transfer to a third country for now: the recipient is in a third country, but an agreement in force on the date provides that transmission of personal data from the Union to it is not to be considered a transfer to a third country, as long as its conditions hold. Once the period ends, Chapter V applies in full.',
      sv: 'För närvarande ingen överföring till tredjeland: mottagaren finns i ett tredjeland, men enligt ett avtal som gäller vid tidpunkten ska översändande av personuppgifter från unionen dit inte anses som en överföring till tredjeland, så länge avtalets villkor är uppfyllda. När perioden har löpt ut gäller kapitel V fullt ut.',
    },
    cites: ['EU–UK Trade and Cooperation Agreement, Art. FINPROV.10A', 'GDPR Art. 44'],
  },
  notOnwardIntoEea: {
    text: {
      en: 'Not an onward transfer: the recipient is in the EU/EEA, where the GDPR protects the data. A disclosure into the EEA is no onward transfer.',
      sv: 'Ingen vidareöverföring: mottagaren finns i EU/EES, där dataskyddsförordningen skyddar uppgifterna. Ett utlämnande till EES är ingen vidareöverföring.',
    },
    cites: ['Decision (EU) 2021/914, Annex, Clause 8.7 (footnote)'],
  },
} satisfies Record<string, Conclusion>;

export const transferMachine = setup({
  types: {
    context: {} as TransferContext,
    events: {} as AnswerEvent,
    output: {} as TransferOutput,
  },
  actions: {
    // Records the outcome a final state stands for; the machine's output reads it.
    conclude: assign((_, params: { kind: TransferKind; state: string }) => ({ outcome: params })),
  },
  guards: {
    // EDPB Guidelines 05/2021, criterion 1 and Example 1: a data subject is no exporter.
    dataSubjectDisclosesOwnData: answered('data-subject'),
    // GDPR Art. 3(1): processing in the context of an establishment in the Union.
    processedInContextOfUnionEstablishment: answered('establishment'),
    // GDPR Art. 3(2): not established, but targeting or monitoring people in the Union.
    targetsOrMonitorsPeopleInUnion: answered('targeting'),
    // GDPR Art. 44 ("including for onward transfers"); SCC Clauses 8.7, 8.8, 9.
    dataArrivedThroughTransfer: answered('yes'),
    // EDPB Guidelines 05/2021, Example 5: an employee is part of the controller.
    recipientIsSendersEmployee: answered('own-employee'),
    // EDPB Guidelines 05/2021, criterion 3: a recipient in the EU/EEA receives no transfer.
    recipientInUnionOrEea: answered('eea'),
    // SCC 2021/914 Clause 8.7 footnote: a disclosure into the EEA is not an onward transfer.
    chainStartedWithTransfer: ({ context }) => context.onwardChain,
    // EU-UK TCA Art. FINPROV.10A: for a period, transmission from the Union to the UK is no transfer to a
    // third country. It covers transmission from the Union only, so not an onward transfer from outside it.
    interimArrangementApplies: answered(interimAnswer),
  },
}).createMachine({
  id: 'transfer',
  context: { onwardChain: false },
  output: ({ context }) => ({
    kind: context.outcome?.kind ?? 'not-a-transfer',
    outcome: context.outcome?.state ?? 'none',
    ...(context.senderRole ? { senderRole: context.senderRole } : {}),
    ...(context.basis ? { basis: context.basis } : {}),
    ...(context.disclosure ? { disclosure: context.disclosure } : {}),
    ...(context.destination ? { destination: context.destination } : {}),
  }),
  initial: 'senderRole',
  states: {
    senderRole: {
      meta: { question: q.senderRole },
      on: {
        ANSWER: [
          { guard: 'dataSubjectDisclosesOwnData', target: 'notTransferDataSubject' },
          {
            target: 'senderSubjectToGdpr',
            actions: assign({ senderRole: ({ event }) => event.value as 'controller' | 'processor' }),
          },
        ],
      },
    },
    senderSubjectToGdpr: {
      meta: { question: q.senderSubjectToGdpr },
      on: {
        ANSWER: [
          {
            guard: 'processedInContextOfUnionEstablishment',
            target: 'disclosure',
            actions: assign({ basis: 'establishment' as const }),
          },
          {
            guard: 'targetsOrMonitorsPeopleInUnion',
            target: 'disclosure',
            actions: assign({ basis: 'targeting' as const }),
          },
          { target: 'receivedThroughTransfer' },
        ],
      },
    },
    receivedThroughTransfer: {
      meta: { question: q.receivedThroughTransfer },
      on: {
        ANSWER: [
          {
            guard: 'dataArrivedThroughTransfer',
            target: 'disclosure',
            actions: assign({ onwardChain: true }),
          },
          { target: 'notTransferOutsideGdpr' },
        ],
      },
    },
    disclosure: {
      meta: { question: q.disclosure },
      on: {
        ANSWER: [
          { guard: 'recipientIsSendersEmployee', target: 'notTransferSameEntity' },
          {
            target: 'recipientLocation',
            actions: assign({ disclosure: ({ event }) => event.value as Disclosure }),
          },
        ],
      },
    },
    recipientLocation: {
      meta: { question: q.recipientLocation },
      on: {
        ANSWER: [
          {
            guard: and(['recipientInUnionOrEea', 'chainStartedWithTransfer']),
            target: 'notOnwardIntoEea',
            actions: assign({ destination: 'eea' as const }),
          },
          {
            guard: 'recipientInUnionOrEea',
            target: 'notTransferRecipientInEea',
            actions: assign({ destination: 'eea' as const }),
          },
          {
            guard: and(['interimArrangementApplies', 'chainStartedWithTransfer']),
            target: 'onwardTransfer',
            actions: assign({ destination: 'third-country' as const }),
          },
          {
            guard: 'interimArrangementApplies',
            target: 'notTransferInterimArrangement',
            actions: assign({ destination: 'third-country' as const }),
          },
          {
            guard: 'chainStartedWithTransfer',
            target: 'onwardTransfer',
            actions: assign({ destination: ({ event }) => event.value as Destination }),
          },
          { target: 'transfer', actions: assign({ destination: ({ event }) => event.value as Destination }) },
        ],
      },
    },
    transfer: final(c.transfer, { kind: 'transfer', state: 'transfer' }),
    onwardTransfer: final(c.onwardTransfer, { kind: 'onward-transfer', state: 'onwardTransfer' }),
    notTransferDataSubject: final(c.notTransferDataSubject, {
      kind: 'not-a-transfer',
      state: 'notTransferDataSubject',
    }),
    notTransferOutsideGdpr: final(c.notTransferOutsideGdpr, {
      kind: 'not-a-transfer',
      state: 'notTransferOutsideGdpr',
    }),
    notTransferSameEntity: final(c.notTransferSameEntity, {
      kind: 'not-a-transfer',
      state: 'notTransferSameEntity',
    }),
    notTransferRecipientInEea: final(c.notTransferRecipientInEea, {
      kind: 'not-a-transfer',
      state: 'notTransferRecipientInEea',
    }),
    notTransferInterimArrangement: final(c.notTransferInterimArrangement, {
      kind: 'not-a-transfer',
      state: 'notTransferInterimArrangement',
    }),
    notOnwardIntoEea: final(c.notOnwardIntoEea, { kind: 'not-a-transfer', state: 'notOnwardIntoEea' }),
  },
});
