import { assign, setup } from 'xstate';
import { yesNo, yesNoUnknown } from './choices.js';
import { type AnswerEvent, answered, type Conclusion, type Question } from './questionnaire.js';
import { type SccChoice, type SccModule, sccChoicesFor } from './sccClauses.js';

/**
 * SCC module: which module of the 2021 SCCs (Decision (EU) 2021/914) fits the transfer, which clauses
 * and options the parties must settle, which supervisory-authority case of Clause 13 applies and whether
 * Clauses 14 and 15 (the transfer impact assessment) apply.
 */

export type Clause13Case = 'member-state' | 'representative' | 'no-representative';
type Tristate = 'yes' | 'no' | 'unknown';

export interface SccModuleOutput {
  module: SccModule;
  /** Clause 13 case; absent for module 4, which has no Clause 13. */
  clause13?: Clause13Case;
  /** Clauses 14 and 15 apply (the documented transfer impact assessment of Clause 14(d)). */
  clause14: boolean;
  /** Clause 9 options and time period must be chosen (modules 2 and 3). */
  subProcessorOptions: boolean;
  /** The importer's processing is itself subject to the GDPR (recital 7: the SCCs were not made for that). */
  importerSubjectToGdpr: Tristate;
  choices: SccChoice[];
}

interface SccContext {
  exporterRole?: 'controller' | 'processor';
  module?: SccModule;
  clause13?: Clause13Case;
  combinesWithEuData?: boolean;
  importerSubjectToGdpr: Tristate;
}

const q = {
  sccExporterRole: {
    id: 'sccExporterRole',
    text: {
      en: 'For this transfer, is the exporter a controller or a processor?',
      sv: 'Är dataexportören personuppgiftsansvarig eller personuppgiftsbiträde för denna överföring?',
    },
    cites: ['Decision (EU) 2021/914, Annex, Clause 1', 'GDPR Art. 4(7)', 'GDPR Art. 4(8)'],
    choices: [
      { value: 'controller', label: { en: 'Controller', sv: 'Personuppgiftsansvarig' } },
      { value: 'processor', label: { en: 'Processor', sv: 'Personuppgiftsbiträde' } },
    ],
  },
  sccImporterRole: {
    id: 'sccImporterRole',
    text: {
      en: 'And the importer: a controller (alone, or jointly with the exporter) or a processor?',
      sv: 'Och dataimportören: personuppgiftsansvarig (ensam eller gemensamt med dataexportören) eller personuppgiftsbiträde?',
    },
    help: {
      en: 'An importer that processes on behalf of a processor exporter is a sub-processor: module 3.',
      sv: 'En dataimportör som behandlar uppgifter för ett personuppgiftsbiträdes räkning är underbiträde: modul 3.',
    },
    cites: ['Decision (EU) 2021/914, Annex, Clause 1', 'GDPR Art. 26', 'GDPR Art. 28(4)'],
    choices: [
      { value: 'controller', label: { en: 'Controller', sv: 'Personuppgiftsansvarig' } },
      {
        value: 'joint-controller',
        label: {
          en: 'Joint controller with the exporter',
          sv: 'Gemensamt personuppgiftsansvarig med dataexportören',
        },
      },
      { value: 'processor', label: { en: 'Processor', sv: 'Personuppgiftsbiträde' } },
    ],
  },
  exporterEstablishment: {
    id: 'exporterEstablishment',
    text: {
      en: 'How is the exporter subject to the GDPR, for the choice of supervisory authority (Clause 13)?',
      sv: 'Hur omfattas dataexportören av dataskyddsförordningen, för valet av behörig tillsynsmyndighet (klausul 13)?',
    },
    help: {
      en: "Established in a Member State: that Member State's authority. Under Art. 3(2) with an Art. 27 representative: the authority where the representative is. Under Art. 3(2) without one: the authority of a Member State where the data subjects are.",
      sv: 'Etablerad i en medlemsstat: tillsynsmyndigheten i den medlemsstaten. Enligt artikel 3.2 med en företrädare enligt artikel 27: tillsynsmyndigheten i den medlemsstat där företrädaren finns. Enligt artikel 3.2 utan företrädare: tillsynsmyndigheten i en medlemsstat där de registrerade finns.',
    },
    cites: ['Decision (EU) 2021/914, Annex, Clause 13(a)', 'GDPR Art. 3(2)', 'GDPR Art. 27'],
    choices: [
      {
        value: 'member-state',
        label: { en: 'Established in an EU/EEA Member State', sv: 'Etablerad i en medlemsstat i EU/EES' },
      },
      {
        value: 'representative',
        label: {
          en: 'Not established; subject under Art. 3(2), with a representative under Art. 27',
          sv: 'Inte etablerad; omfattas enligt artikel 3.2, med en företrädare enligt artikel 27',
        },
      },
      {
        value: 'no-representative',
        label: {
          en: 'Not established; subject under Art. 3(2), without a representative',
          sv: 'Inte etablerad; omfattas enligt artikel 3.2, utan företrädare',
        },
      },
    ],
  },
  combinesWithEuData: {
    id: 'combinesWithEuData',
    text: {
      en: 'Does the exporter, the processor in the EU/EEA, combine the personal data it received from the importer with personal data it collected in the EU/EEA?',
      sv: 'Kombinerar personuppgiftsbiträdet i EU/EES (dataexportören) de personuppgifter som det har fått från dataimportören med personuppgifter som det har samlat in i EU/EES?',
    },
    help: {
      en: 'In module 4, Clauses 14 and 15 apply only in that case.',
      sv: 'I modul 4 gäller klausulerna 14 och 15 bara i det fallet.',
    },
    cites: [
      'Decision (EU) 2021/914, Annex, Clause 14 (module 4)',
      'Decision (EU) 2021/914, Annex, Clause 15 (module 4)',
    ],
    choices: yesNo,
  },
  importerSubjectToGdpr: {
    id: 'importerSubjectToGdpr',
    text: {
      en: "Is the importer's processing of these data itself subject to the GDPR, through an establishment in the EU/EEA (Art. 3(1)) or under Art. 3(2)?",
      sv: 'Omfattas dataimportörens behandling av uppgifterna själv av dataskyddsförordningen, genom ett verksamhetsställe i EU/EES (artikel 3.1) eller enligt artikel 3.2?',
    },
    help: {
      en: 'The 2021 SCCs were made for importers whose processing does not fall within the GDPR (recital 7), whether under Art. 3(1) or 3(2). For importers whose processing does, no tailored clauses have been adopted; their use in that case needs legal review.',
      sv: '2021 års standardavtalsklausuler är utformade för dataimportörer vars behandling inte omfattas av dataskyddsförordningen (skäl 7), vare sig enligt artikel 3.1 eller 3.2. För dataimportörer vars behandling omfattas har inga särskilda klausuler antagits; användningen i det fallet behöver granskas juridiskt.',
    },
    cites: [
      'Decision (EU) 2021/914, recital 7',
      'GDPR Art. 3(1)',
      'GDPR Art. 3(2)',
      'Decision (EU) 2021/914, Art. 1',
      'European Commission, Q&A on the SCCs',
    ],
    choices: yesNoUnknown,
  },
} satisfies Record<string, Question>;

const c = {
  module1: {
    text: {
      en: 'Module 1 (controller to controller) fits. Between joint controllers, using it beside their Art. 26 arrangement is the common practice; Decision (EU) 2021/914 does not say so, so that use needs legal review.',
      sv: 'Modul 1 (personuppgiftsansvarig till personuppgiftsansvarig) passar. Mellan gemensamt personuppgiftsansvariga är det vanlig praxis att använda den vid sidan av deras inbördes arrangemang enligt artikel 26; genomförandebeslut (EU) 2021/914 säger inget om det, så den användningen kräver juridisk granskning.',
    },
    cites: ['Decision (EU) 2021/914, Annex, Module One', 'GDPR Art. 26'],
  },
  module2: {
    text: {
      en: 'Module 2 (controller to processor) fits. The clauses also meet Art. 28(3) and (4), so no separate processor agreement is needed for this relationship.',
      sv: 'Modul 2 (personuppgiftsansvarig till personuppgiftsbiträde) passar. Klausulerna uppfyller även artikel 28.3 och 28.4, så inget separat personuppgiftsbiträdesavtal behövs för detta förhållande.',
    },
    cites: [
      'Decision (EU) 2021/914, Annex, Module Two',
      'Decision (EU) 2021/914, recital 9',
      'Decision (EU) 2021/914, Annex, Clause 2(a)',
    ],
  },
  module3: {
    text: {
      en: "Module 3 (processor to processor) fits. The clauses meet Art. 28(4) for the sub-processor; the controller's prior authorisation (Art. 28(2)) is still needed.",
      sv: 'Modul 3 (personuppgiftsbiträde till personuppgiftsbiträde) passar. Klausulerna uppfyller artikel 28.4 för underbiträdet; den personuppgiftsansvariges särskilda eller allmänna skriftliga förhandstillstånd (artikel 28.2) behövs fortfarande.',
    },
    cites: [
      'Decision (EU) 2021/914, Annex, Module Three',
      'GDPR Art. 28(2)',
      'Decision (EU) 2021/914, Annex, Clause 2(a)',
    ],
  },
  module4: {
    text: {
      en: 'Module 4 (processor to controller) fits: the processor in the EU/EEA sends data to its controller in the third country.',
      sv: 'Modul 4 (personuppgiftsbiträde till personuppgiftsansvarig) passar: personuppgiftsbiträdet i EU/EES överför uppgifter till sin personuppgiftsansvarige i tredjelandet.',
    },
    cites: ['Decision (EU) 2021/914, Annex, Module Four'],
  },
} satisfies Record<string, Conclusion>;

const tristate = (value: string): Tristate => (value === 'yes' || value === 'no' ? value : 'unknown');

export const sccModuleMachine = setup({
  types: {
    context: {} as SccContext,
    events: {} as AnswerEvent,
    output: {} as SccModuleOutput,
  },
  guards: {
    // Decision 2021/914, Module One: controller to controller (and joint controllers).
    controllerToController: ({ context, event }) =>
      context.exporterRole === 'controller' &&
      (event.value === 'controller' || event.value === 'joint-controller'),
    // Module Two: controller to processor.
    controllerToProcessor: ({ context, event }) =>
      context.exporterRole === 'controller' && event.value === 'processor',
    // Module Three: processor to (sub-)processor.
    processorToProcessor: ({ context, event }) =>
      context.exporterRole === 'processor' && event.value === 'processor',
    // Module Four: processor to controller.
    processorToController: ({ context }) => context.exporterRole === 'processor',
    // Clause 14 and 15 (module 4): only when EU-collected data are combined with the received data.
    combinesReceivedDataWithEuData: answered('yes'),
    isModule1: ({ context }) => context.module === 1,
    isModule2: ({ context }) => context.module === 2,
    isModule3: ({ context }) => context.module === 3,
  },
}).createMachine({
  id: 'sccModule',
  context: { importerSubjectToGdpr: 'unknown' },
  output: ({ context }) => {
    const module = context.module ?? 1;
    return {
      module,
      ...(context.clause13 ? { clause13: context.clause13 } : {}),
      clause14: module === 4 ? context.combinesWithEuData === true : true,
      subProcessorOptions: module === 2 || module === 3,
      importerSubjectToGdpr: context.importerSubjectToGdpr,
      choices: sccChoicesFor(module),
    };
  },
  initial: 'sccExporterRole',
  states: {
    sccExporterRole: {
      meta: { question: q.sccExporterRole },
      on: {
        ANSWER: {
          target: 'sccImporterRole',
          actions: assign({ exporterRole: ({ event }) => event.value as 'controller' | 'processor' }),
        },
      },
    },
    sccImporterRole: {
      meta: { question: q.sccImporterRole },
      on: {
        ANSWER: [
          {
            guard: 'controllerToController',
            target: 'exporterEstablishment',
            actions: assign({ module: 1 as const }),
          },
          {
            guard: 'controllerToProcessor',
            target: 'exporterEstablishment',
            actions: assign({ module: 2 as const }),
          },
          {
            guard: 'processorToProcessor',
            target: 'exporterEstablishment',
            actions: assign({ module: 3 as const }),
          },
          {
            guard: 'processorToController',
            target: 'combinesWithEuData',
            actions: assign({ module: 4 as const }),
          },
        ],
      },
    },
    exporterEstablishment: {
      meta: { question: q.exporterEstablishment },
      on: {
        ANSWER: {
          target: 'importerSubjectToGdpr',
          actions: assign({ clause13: ({ event }) => event.value as Clause13Case }),
        },
      },
    },
    combinesWithEuData: {
      meta: { question: q.combinesWithEuData },
      on: {
        ANSWER: [
          {
            guard: 'combinesReceivedDataWithEuData',
            target: 'importerSubjectToGdpr',
            actions: assign({ combinesWithEuData: true }),
          },
          { target: 'importerSubjectToGdpr', actions: assign({ combinesWithEuData: false }) },
        ],
      },
    },
    importerSubjectToGdpr: {
      meta: { question: q.importerSubjectToGdpr },
      on: {
        ANSWER: [
          {
            guard: 'isModule1',
            target: 'module1',
            actions: assign({ importerSubjectToGdpr: ({ event }) => tristate(event.value) }),
          },
          {
            guard: 'isModule2',
            target: 'module2',
            actions: assign({ importerSubjectToGdpr: ({ event }) => tristate(event.value) }),
          },
          {
            guard: 'isModule3',
            target: 'module3',
            actions: assign({ importerSubjectToGdpr: ({ event }) => tristate(event.value) }),
          },
          {
            target: 'module4',
            actions: assign({ importerSubjectToGdpr: ({ event }) => tristate(event.value) }),
          },
        ],
      },
    },
    module1: { type: 'final', meta: { conclusion: c.module1 } },
    module2: { type: 'final', meta: { conclusion: c.module2 } },
    module3: { type: 'final', meta: { conclusion: c.module3 } },
    module4: { type: 'final', meta: { conclusion: c.module4 } },
  },
});
