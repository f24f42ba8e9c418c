import { and, assign, setup } from 'xstate';
import type { Localized } from '../src/data/schema.js';
import { yesNo } from './choices.js';
import { type AnswerEvent, answered, type Conclusion, final, type Question } from './questionnaire.js';

/**
 * Roles: is a party controller (personuppgiftsansvarig, PUA), joint controller (gemensamt
 * personuppgiftsansvarig), processor (personuppgiftsbiträde, PUB) or sub-processor (underbiträde) for one
 * processing? The questions follow EDPB Guidelines 07/2020: the facts of influence decide, not the labels
 * a contract uses.
 */

export type Role =
  | 'controller'
  | 'joint-controller'
  | 'processor'
  | 'sub-processor'
  | 'none'
  | 'undetermined';

export const roleLabels: Record<Role, Localized> = {
  controller: { en: 'controller', sv: 'personuppgiftsansvarig (PUA)' },
  'joint-controller': { en: 'joint controller', sv: 'gemensamt personuppgiftsansvarig' },
  processor: { en: 'processor', sv: 'personuppgiftsbiträde (PUB)' },
  'sub-processor': { en: 'sub-processor', sv: 'underbiträde' },
  none: {
    en: 'neither controller nor processor',
    sv: 'varken personuppgiftsansvarig eller personuppgiftsbiträde',
  },
  undetermined: {
    en: 'not determined: legal review needed',
    sv: 'inte fastställd: juridisk granskning behövs',
  },
};

export interface RolesOutput {
  role: Role;
  /** The final state that decided the role, e.g. `controllerByArt28_10`. */
  outcome: string;
}

interface RolesContext {
  /** The party decides essential means but not the purposes. */
  meansWithoutPurposes: boolean;
  outcome?: { role: Role; state: string };
}

const q = {
  decidesPurposes: {
    id: 'decidesPurposes',
    text: {
      en: 'Does the party decide, alone or with others, why the personal data are processed (the purposes)?',
      sv: 'Bestämmer parten, ensam eller tillsammans med andra, varför personuppgifterna behandlas (ändamålen)?',
    },
    help: {
      en: 'What counts is actual influence over the processing, not the title a contract gives the party. Deciding the "why" makes a party controller.',
      sv: 'Det som avgör är det faktiska inflytandet över behandlingen, inte den beteckning ett avtal ger parten. Den som bestämmer "varför" är personuppgiftsansvarig.',
    },
    cites: ['GDPR Art. 4(7)', 'EDPB Guidelines 07/2020, Part I, section 2.1'],
    choices: yesNo,
  },
  decidesEssentialMeans: {
    id: 'decidesEssentialMeans',
    text: {
      en: 'Does the party decide the essential means: which data are processed, about whom, for how long, and who gets access?',
      sv: 'Bestämmer parten de väsentliga medlen: vilka uppgifter som behandlas, om vem, hur länge och vem som får tillgång?',
    },
    help: {
      en: 'Essential means are reserved to the controller. Non-essential means (the software, the security measures in detail) may be left to a processor.',
      sv: 'De väsentliga medlen är förbehållna den personuppgiftsansvarige. Icke väsentliga medel (vilken programvara, säkerhetsåtgärdernas detaljer) kan överlåtas åt ett personuppgiftsbiträde.',
    },
    cites: ['GDPR Art. 4(7)', 'EDPB Guidelines 07/2020, Part I, section 2.1.4'],
    choices: yesNo,
  },
  jointDecision: {
    id: 'jointDecision',
    text: {
      en: 'Are these decisions taken together with another party, as a common decision or as converging decisions without which the processing could not take place?',
      sv: 'Fattas dessa beslut tillsammans med en annan part, som ett gemensamt beslut eller som samverkande beslut utan vilka behandlingen inte skulle kunna ske?',
    },
    help: {
      en: 'Joint controllers need not have equal shares or access to the data; each must have a real influence on purposes and means.',
      sv: 'Gemensamt personuppgiftsansvariga behöver inte ha lika stort ansvar eller tillgång till uppgifterna; var och en måste ha ett verkligt inflytande över ändamål och medel.',
    },
    cites: [
      'GDPR Art. 26(1)',
      'EDPB Guidelines 07/2020, Part I, section 3',
      'CJEU C-210/16 Wirtschaftsakademie',
      'CJEU C-40/17 Fashion ID',
    ],
    choices: yesNo,
  },
  processesOnBehalf: {
    id: 'processesOnBehalf',
    text: {
      en: "Does the party process the data on another party's behalf, on that party's documented instructions?",
      sv: 'Behandlar parten uppgifterna för en annan parts räkning, enligt den partens dokumenterade instruktioner?',
    },
    help: {
      en: "A processor is a separate entity acting on the controller's behalf. An employee acting under the controller's authority is part of the controller, not its processor.",
      sv: 'Ett personuppgiftsbiträde är en fristående part som agerar för den personuppgiftsansvariges räkning. En anställd som arbetar under den personuppgiftsansvariges ledning är en del av denne, inte dess personuppgiftsbiträde.',
    },
    cites: [
      'GDPR Art. 4(8)',
      'GDPR Art. 28(3)(a)',
      'GDPR Art. 29',
      'EDPB Guidelines 07/2020, Part I, section 4',
    ],
    choices: yesNo,
  },
  ownPurposes: {
    id: 'ownPurposes',
    text: {
      en: 'Does the party also use the data for purposes of its own, beyond the instructions?',
      sv: 'Använder parten också uppgifterna för egna ändamål, utöver instruktionerna?',
    },
    help: {
      en: 'A processor that determines purposes of its own becomes a controller for that processing.',
      sv: 'Ett personuppgiftsbiträde som bestämmer egna ändamål blir personuppgiftsansvarig för den behandlingen.',
    },
    cites: ['GDPR Art. 28(10)', 'EDPB Guidelines 07/2020, Part I, section 4'],
    choices: yesNo,
  },
  engagedBy: {
    id: 'engagedBy',
    text: {
      en: 'Who engaged the party for this processing: the controller itself, or one of its processors?',
      sv: 'Vem har anlitat parten för behandlingen: den personuppgiftsansvarige själv eller ett av dess personuppgiftsbiträden?',
    },
    help: {
      en: "A processor engaged by a processor is a sub-processor: it needs the controller's prior written authorisation and the same obligations by contract.",
      sv: 'Ett personuppgiftsbiträde som anlitas av ett annat personuppgiftsbiträde är ett underbiträde: anlitandet kräver ett särskilt eller allmänt skriftligt förhandstillstånd från den personuppgiftsansvarige, och samma skyldigheter ska åläggas underbiträdet genom avtal.',
    },
    cites: ['GDPR Art. 28(2)', 'GDPR Art. 28(4)'],
    choices: [
      { value: 'controller', label: { en: 'The controller', sv: 'Den personuppgiftsansvarige' } },
      {
        value: 'processor',
        label: {
          en: 'A processor of the controller',
          sv: 'Ett personuppgiftsbiträde till den personuppgiftsansvarige',
        },
      },
    ],
  },
} satisfies Record<string, Question>;

const c = {
  controller: {
    text: {
      en: 'The party is a controller (PUA): it decides purposes and means alone.',
      sv: 'Parten är personuppgiftsansvarig (PUA): den bestämmer ensam ändamål och medel.',
    },
    cites: ['GDPR Art. 4(7)', 'GDPR Art. 24'],
  },
  jointController: {
    text: {
      en: 'The party is a joint controller: the joint controllers must set out their responsibilities in an arrangement (Art. 26).',
      sv: 'Parten är gemensamt personuppgiftsansvarig: de gemensamt personuppgiftsansvariga ska fastställa sitt respektive ansvar genom ett inbördes arrangemang (artikel 26).',
    },
    cites: ['GDPR Art. 26'],
  },
  undetermined: {
    text: {
      en: 'The party decides essential means alone while another party decides the purposes. That is unusual: it may be a joint controller or a controller in its own right. Legal review needed.',
      sv: 'Parten bestämmer ensam väsentliga medel medan en annan part bestämmer ändamålen. Det är ovanligt: parten kan vara gemensamt personuppgiftsansvarig eller självständigt personuppgiftsansvarig. Juridisk granskning behövs.',
    },
    cites: ['EDPB Guidelines 07/2020, Part I, sections 2.1.4 and 3'],
  },
  undeterminedJointMeans: {
    text: {
      en: "The party decides essential means together with another party but does not decide the purposes. A controller decides both purposes and essential means, and joint control means taking part in deciding both; influence over the means alone does not settle the role. Whether the party in fact shares in the purposes (a joint controller) or acts on another party's behalf (a processor) must be looked at. Legal review needed.",
      sv: 'Parten bestämmer väsentliga medel tillsammans med en annan part men bestämmer inte ändamålen. Den personuppgiftsansvarige bestämmer både ändamål och väsentliga medel, och gemensamt ansvar innebär att delta i besluten om båda; inflytande enbart över medlen avgör inte rollen. Det måste utredas om parten i själva verket deltar i att bestämma ändamålen (gemensamt personuppgiftsansvarig) eller agerar för en annan parts räkning (personuppgiftsbiträde). Juridisk granskning behövs.',
    },
    cites: ['GDPR Art. 4(7)', 'GDPR Art. 26(1)', 'EDPB Guidelines 07/2020, paras 34 and 51'],
  },
  none: {
    text: {
      en: 'The party is neither controller nor processor for this processing, for example an employee acting under the authority of the controller.',
      sv: 'Parten är varken personuppgiftsansvarig eller personuppgiftsbiträde för behandlingen, till exempel en anställd som arbetar under den personuppgiftsansvariges ledning.',
    },
    cites: ['GDPR Art. 29'],
  },
  controllerByArt28_10: {
    text: {
      en: 'The party is a controller for the processing it does for its own purposes (Art. 28(10)); for the rest it remains a processor.',
      sv: 'Parten är personuppgiftsansvarig för den behandling den utför för egna ändamål (artikel 28.10); i övrigt är den fortfarande personuppgiftsbiträde.',
    },
    cites: ['GDPR Art. 28(10)'],
  },
  processor: {
    text: {
      en: 'The party is a processor (PUB): an Art. 28 contract with the controller is required.',
      sv: 'Parten är personuppgiftsbiträde (PUB): ett personuppgiftsbiträdesavtal enligt artikel 28 krävs.',
    },
    cites: ['GDPR Art. 28(3)'],
  },
  subProcessor: {
    text: {
      en: "The party is a sub-processor (underbiträde): it needs the controller's prior written authorisation and a contract carrying the same obligations.",
      sv: 'Parten är underbiträde: det krävs ett särskilt eller allmänt skriftligt förhandstillstånd från den personuppgiftsansvarige och ett avtal med samma skyldigheter.',
    },
    cites: ['GDPR Art. 28(2)', 'GDPR Art. 28(4)'],
  },
} satisfies Record<string, Conclusion>;

export const rolesMachine = setup({
  types: {
    context: {} as RolesContext,
    events: {} as AnswerEvent,
    output: {} as RolesOutput,
  },
  actions: {
    // Records the outcome a final state stands for; the machine's output reads it.
    conclude: assign((_, params: { role: Role; state: string }) => ({ outcome: params })),
  },
  guards: {
    // GDPR Art. 4(7); EDPB Guidelines 07/2020 §2.1: deciding the purposes makes a party controller.
    decidesPurposes: answered('yes'),
    // EDPB Guidelines 07/2020 §2.1.4: essential means are reserved to the controller.
    decidesEssentialMeans: answered('yes'),
    // GDPR Art. 26(1); EDPB Guidelines 07/2020 §3: common or converging decisions make joint controllers.
    decidesJointlyWithAnother: answered('yes'),
    // EDPB Guidelines 07/2020 §2.1.4: essential means without purposes does not fit one role cleanly.
    essentialMeansWithoutPurposes: ({ context }) => context.meansWithoutPurposes,
    // GDPR Art. 4(8), 28(3)(a): a processor acts on behalf of the controller, on documented instructions.
    actsOnDocumentedInstructions: answered('yes'),
    // GDPR Art. 28(10): a processor that determines purposes is a controller for that processing.
    usesDataForOwnPurposes: answered('yes'),
    // GDPR Art. 28(2), 28(4): a processor engaged by a processor is a sub-processor.
    engagedByAProcessor: answered('processor'),
    // GDPR Art. 28(3): a processor engaged by the controller itself.
    engagedByTheController: answered('controller'),
  },
}).createMachine({
  id: 'roles',
  context: { meansWithoutPurposes: false },
  output: ({ context }) => ({
    role: context.outcome?.role ?? 'undetermined',
    outcome: context.outcome?.state ?? 'none',
  }),
  initial: 'decidesPurposes',
  states: {
    decidesPurposes: {
      meta: { question: q.decidesPurposes },
      on: {
        ANSWER: [{ guard: 'decidesPurposes', target: 'jointDecision' }, { target: 'decidesEssentialMeans' }],
      },
    },
    decidesEssentialMeans: {
      meta: { question: q.decidesEssentialMeans },
      on: {
        ANSWER: [
          {
            guard: 'decidesEssentialMeans',
            target: 'jointDecision',
            actions: assign({ meansWithoutPurposes: true }),
          },
          { target: 'processesOnBehalf' },
        ],
      },
    },
    jointDecision: {
      meta: { question: q.jointDecision },
      on: {
        ANSWER: [
          // EDPB Guidelines 07/2020 paras 34 and 51: joint control needs a share in purposes and means.
          {
            guard: and(['essentialMeansWithoutPurposes', 'decidesJointlyWithAnother']),
            target: 'undeterminedJointMeans',
          },
          { guard: 'essentialMeansWithoutPurposes', target: 'undetermined' },
          { guard: 'decidesJointlyWithAnother', target: 'jointController' },
          { target: 'controller' },
        ],
      },
    },
    processesOnBehalf: {
      meta: { question: q.processesOnBehalf },
      on: {
        ANSWER: [{ guard: 'actsOnDocumentedInstructions', target: 'ownPurposes' }, { target: 'none' }],
      },
    },
    ownPurposes: {
      meta: { question: q.ownPurposes },
      on: {
        ANSWER: [
          { guard: 'usesDataForOwnPurposes', target: 'controllerByArt28_10' },
          { target: 'engagedBy' },
        ],
      },
    },
    engagedBy: {
      meta: { question: q.engagedBy },
      on: {
        ANSWER: [
          { guard: 'engagedByAProcessor', target: 'subProcessor' },
          { guard: 'engagedByTheController', target: 'processor' },
        ],
      },
    },
    controller: final(c.controller, { role: 'controller', state: 'controller' }),
    jointController: final(c.jointController, { role: 'joint-controller', state: 'jointController' }),
    undetermined: final(c.undetermined, { role: 'undetermined', state: 'undetermined' }),
    undeterminedJointMeans: final(c.undeterminedJointMeans, {
      role: 'undetermined',
      state: 'undeterminedJointMeans',
    }),
    none: final(c.none, { role: 'none', state: 'none' }),
    controllerByArt28_10: final(c.controllerByArt28_10, {
      role: 'controller',
      state: 'controllerByArt28_10',
    }),
    processor: final(c.processor, { role: 'processor', state: 'processor' }),
    subProcessor: final(c.subProcessor, { role: 'sub-processor', state: 'subProcessor' }),
  },
});
