import type { Localized } from '../data/schema.js';
import { partyTypeNames } from '../engine/texts.js';
import type { LawStatement } from '../tia/schema.js';

/**
 * The interview's questions: each names the field of the case it fills and offers values as the case
 * holds them. One table per kind of field (docassemble: one generic question serves every object of a
 * class); `questionFor` finds the entry for a concrete path such as `flows[1].publicPowers`.
 */

export type Stage = 'case' | 'transfer' | 'tia' | 'documents';
/** The questionnaire a question belongs to: what `POST /v1/wizard/{machine}` keeps of the interview. */
export type WizardMachine = 'roles' | 'transfer' | 'mechanism' | 'sccModule' | 'clause14';
export type QuestionKind =
  | 'choice'
  | 'boolean'
  | 'text'
  | 'texts'
  | 'number'
  | 'country'
  | 'parties'
  | 'flows'
  | 'person'
  | 'dpf'
  | 'measures'
  | 'subProcessors';

export interface InterviewChoice {
  value: string | boolean;
  label: Localized;
}

export interface InterviewQuestion {
  field: string;
  stage: Stage;
  /** The questionnaire that asks it; none for the case's structure and the documents' own details. */
  machine?: WizardMachine;
  /** The engine stops at this fact: nothing after it in the flow is decided until it is given. */
  stops?: boolean;
  flowId?: string;
  partyId?: string;
  text: Localized;
  help?: Localized;
  kind: QuestionKind;
  choices?: InterviewChoice[];
  example?: unknown;
  sources: string[];
  /** For a TIA guarantee: the destination profile's statements on it. */
  findings?: LawStatement[];
}

export type QuestionTemplate = Omit<
  InterviewQuestion,
  'field' | 'stage' | 'machine' | 'stops' | 'flowId' | 'partyId'
>;

const l = (en: string, sv: string): Localized => ({ en, sv });
export const yesNo: InterviewChoice[] = [
  { value: true, label: l('Yes', 'Ja') },
  { value: false, label: l('No', 'Nej') },
];
const choices = (entries: [string, string, string][]): InterviewChoice[] =>
  entries.map(([value, en, sv]) => ({ value, label: l(en, sv) }));

// ---------------------------------------------------------------------------------------------------------
// The case itself: parties, flows, and the facts the engine reads

/** Keyed by the field's name under `parties[i]`, `flows[i]`, or the whole list. */
export const caseQuestions: Record<string, QuestionTemplate> = {
  parties: {
    text: l(
      'Who takes part? List every party: the one that sends the data and each that receives them.',
      'Vilka parter deltar? Ange varje part: den som lämnar ut uppgifterna och var och en som tar emot dem.',
    ),
    kind: 'parties',
    example: [{ id: 'kommun', name: 'Exempel kommun', country: 'SE', type: 'public-authority' }],
    sources: ['GDPR Art. 4(7), 4(8)'],
  },
  flows: {
    text: l(
      'Which flows of personal data are there? Each goes from one party to another.',
      'Vilka flöden av personuppgifter finns? Varje flöde går från en part till en annan.',
    ),
    kind: 'flows',
    example: [{ id: 'plattform', from: 'kommun', to: 'edtech' }],
    sources: ['EDPB Guidelines 05/2021, para. 9'],
  },
  'party.name': {
    text: l('What is the name of the party?', 'Vad heter parten?'),
    kind: 'text',
    example: 'Exempel kommun',
    sources: ['Decision (EU) 2021/914, Annex I.A'],
  },
  'party.type': {
    text: l('What kind of party is it?', 'Vad är det för slags part?'),
    kind: 'choice',
    choices: Object.entries(partyTypeNames).map(([value, label]) => ({ value, label })),
    sources: ['GDPR Art. 4(7)-(10), Art. 49(3)'],
  },
  'party.country': {
    text: l('In which country is the party?', 'I vilket land finns parten?'),
    kind: 'country',
    example: 'SE',
    sources: ['EDPB Guidelines 05/2021, criterion 3'],
  },
  'flow.from': {
    text: l('Which party sends the data (its id)?', 'Vilken part lämnar ut uppgifterna (dess id)?'),
    kind: 'choice',
    sources: ['EDPB Guidelines 05/2021, criterion 2'],
  },
  'flow.to': {
    text: l('Which party receives the data (its id)?', 'Vilken part tar emot uppgifterna (dess id)?'),
    kind: 'choice',
    sources: ['EDPB Guidelines 05/2021, criterion 2'],
  },
  'flow.fromRole': {
    text: l(
      'In what role does the sender process the data?',
      'I vilken roll behandlar avsändaren uppgifterna?',
    ),
    kind: 'choice',
    choices: choices([
      ['controller', 'Controller', 'Personuppgiftsansvarig'],
      ['processor', 'Processor', 'Personuppgiftsbiträde'],
      ['data-subject', 'Data subject (sends their own data)', 'Registrerad (lämnar sina egna uppgifter)'],
    ]),
    sources: ['GDPR Art. 4(7), 4(8)', 'EDPB Guidelines 07/2020'],
  },
  'flow.toRole': {
    text: l(
      'In what role does the recipient process the data?',
      'I vilken roll behandlar mottagaren uppgifterna?',
    ),
    kind: 'choice',
    choices: choices([
      ['controller', 'Controller', 'Personuppgiftsansvarig'],
      ['processor', 'Processor (or sub-processor)', 'Personuppgiftsbiträde (eller underbiträde)'],
      [
        'joint-controller',
        'Joint controller with the sender',
        'Gemensamt personuppgiftsansvarig med avsändaren',
      ],
    ]),
    sources: ['GDPR Art. 4(7), 4(8), Art. 26', 'EDPB Guidelines 07/2020'],
  },
  'party.gdprBasis': {
    text: l(
      'Is the party subject to the GDPR for this processing, and why?',
      'Omfattas parten av dataskyddsförordningen för behandlingen, och i så fall varför?',
    ),
    kind: 'choice',
    choices: choices([
      [
        'establishment',
        'Yes, through an establishment in the EU/EEA (Art. 3(1))',
        'Ja, genom ett verksamhetsställe i EU/EES (artikel 3.1)',
      ],
      [
        'targeting',
        'Yes, by offering goods or services to, or monitoring, people in the EU/EEA (Art. 3(2))',
        'Ja, genom att erbjuda varor eller tjänster till, eller övervaka, personer i EU/EES (artikel 3.2)',
      ],
      ['none', 'No', 'Nej'],
    ]),
    sources: ['GDPR Art. 3(1)', 'GDPR Art. 3(2)', 'EDPB Guidelines 3/2018 on territorial scope'],
  },
  'party.dpf': {
    text: l(
      'What does the official Data Privacy Framework List say about this importer?',
      'Vad står det om dataimportören i den officiella förteckningen över Data Privacy Framework?',
    ),
    kind: 'dpf',
    example: { active: false, hrData: false, nonHrData: false },
    sources: ['Commission Implementing Decision (EU) 2023/1795'],
  },
  'party.organisationId': {
    text: l(
      'Which international organisation is it (its id in the adequacy data)?',
      'Vilken internationell organisation är det (dess id i uppgifterna om adekvat skyddsnivå)?',
    ),
    kind: 'text',
    example: 'european-patent-organisation',
    sources: ['GDPR Art. 45(1)'],
  },
  'flow.publicPowers': {
    text: l(
      'Does the sender make this transfer in the exercise of its public powers?',
      'Gör avsändaren överföringen när den utövar sina offentliga befogenheter?',
    ),
    kind: 'boolean',
    choices: yesNo,
    sources: ['GDPR Art. 49(3)'],
  },
  'flow.occasional': {
    text: l(
      'Is the transfer occasional (not regular or repetitive)?',
      'Är överföringen tillfällig (inte regelbunden eller upprepad)?',
    ),
    kind: 'boolean',
    choices: yesNo,
    sources: ['GDPR Art. 49(1)', 'EDPB Guidelines 2/2018, section 2.1'],
  },
  'flow.hrData': {
    text: l(
      'Are the data human-resources data (about employees, in the context of employment)?',
      'Är uppgifterna personaladministrativa (om anställda, i anställningen)?',
    ),
    kind: 'boolean',
    choices: yesNo,
    sources: ['Commission Implementing Decision (EU) 2023/1795, Annex I'],
  },
  'flow.combinesWithEuData': {
    text: l(
      'Does the recipient combine the data with personal data it collected in the EU/EEA?',
      'Kombinerar mottagaren uppgifterna med personuppgifter som den har samlat in i EU/EES?',
    ),
    kind: 'boolean',
    choices: yesNo,
    sources: ['Decision (EU) 2021/914, Annex, Module 4, Clause 14'],
  },
};

/** The template for a case path (`parties[1].gdprBasis` → `party.gdprBasis`), if the interview has one. */
export function caseTemplateFor(field: string): QuestionTemplate | undefined {
  if (field === 'parties' || field === 'flows') return caseQuestions[field];
  const m = /^(parties|flows)\[\d+\]\.([A-Za-z]+)$/.exec(field);
  if (!m) return undefined;
  return caseQuestions[`${m[1] === 'parties' ? 'party' : 'flow'}.${m[2]}`];
}
