import type { Localized } from '../data/schema.js';
import { type QuestionTemplate, yesNo } from './questions.js';

/**
 * The facts only a document needs (`details` of `/v1/documents`), asked after every fact that decides a
 * verdict. Each entry says for which documents it is asked; a fact left out stays a placeholder.
 */

const l = (en: string, sv: string): Localized => ({ en, sv });
const annex = (part: string) => `Decision (EU) 2021/914, Annex, Appendix, Annex ${part}`;

export interface FlowUse {
  /** The SCC module of the flow, when its footing is SCCs. */
  module?: 1 | 2 | 3 | 4;
  tia: boolean;
  dpa: boolean;
}

interface DetailEntry extends QuestionTemplate {
  /** Whether the fact is asked for a flow used so (party facts: for any flow the party is in). */
  when: (use: FlowUse, details: Record<string, unknown>) => boolean;
}

const scc = (u: FlowUse) => u.module !== undefined;
const scc23 = (u: FlowUse) => u.module === 2 || u.module === 3;
const sccOrDpa = (u: FlowUse) => scc(u) || u.dpa;
const person = { name: 'Anna Andersson', title: 'Dataskyddsombud', email: 'anna@example.se' };

/** Under `details.parties.<id>`. */
export const partyDetailQuestions: Record<string, DetailEntry> = {
  address: {
    text: l('What is the party’s address?', 'Vilken adress har parten?'),
    kind: 'text',
    sources: [annex('I.A')],
    when: sccOrDpa,
  },
  contact: {
    text: l(
      'Who is the party’s contact person (name, position, contact details)?',
      'Vem är partens kontaktperson (namn, befattning, kontaktuppgifter)?',
    ),
    kind: 'person',
    example: person,
    sources: [annex('I.A')],
    when: sccOrDpa,
  },
  signatory: {
    text: l(
      'Who signs for the party (name and position)?',
      'Vem undertecknar för parten (namn och befattning)?',
    ),
    kind: 'person',
    example: { name: 'Bo Berg', title: 'Kommundirektör' },
    sources: [annex('I.A')],
    when: sccOrDpa,
  },
  activities: {
    text: l(
      'What are the party’s activities relevant to the data transferred?',
      'Vilken verksamhet har parten som rör de uppgifter som förs över?',
    ),
    kind: 'text',
    sources: [annex('I.A')],
    when: scc,
  },
};

/** Under `details.flows.<id>`. */
export const flowDetailQuestions: Record<string, DetailEntry> = {
  dataSubjects: {
    text: l(
      'Whose personal data are transferred (categories of data subjects)?',
      'Vilkas personuppgifter förs över (kategorier av registrerade)?',
    ),
    kind: 'texts',
    example: ['Elever', 'Lärare'],
    sources: [annex('I.B')],
    when: sccOrDpa,
  },
  dataCategories: {
    text: l(
      'Which categories of personal data are transferred?',
      'Vilka kategorier av personuppgifter förs över?',
    ),
    kind: 'texts',
    example: ['Namn', 'Klass', 'Inlämnade uppgifter'],
    sources: [annex('I.B')],
    when: sccOrDpa,
  },
  sensitiveData: {
    text: l(
      'Which special categories (Art. 9) or data on offences (Art. 10) are transferred? An empty list for none.',
      'Vilka känsliga personuppgifter (artikel 9) eller uppgifter om lagöverträdelser (artikel 10) förs över? En tom lista om inga.',
    ),
    kind: 'texts',
    example: [],
    sources: [annex('I.B')],
    when: sccOrDpa,
  },
  sensitiveSafeguards: {
    text: l(
      'Which safeguards apply to those sensitive data?',
      'Vilka skyddsåtgärder gäller för de känsliga uppgifterna?',
    ),
    kind: 'texts',
    example: ['Åtkomst endast för behörig personal'],
    sources: [annex('I.B')],
    when: (u, d) => sccOrDpa(u) && Array.isArray(d.sensitiveData) && d.sensitiveData.length > 0,
  },
  frequency: {
    text: l('How often are the data transferred?', 'Hur ofta förs uppgifterna över?'),
    kind: 'text',
    sources: [annex('I.B')],
    when: sccOrDpa,
  },
  nature: {
    text: l('What is the nature of the processing?', 'Vilken typ av behandling är det?'),
    kind: 'text',
    sources: [annex('I.B')],
    when: sccOrDpa,
  },
  purposes: {
    text: l(
      'For which purposes are the data transferred and processed?',
      'För vilka ändamål förs uppgifterna över och behandlas?',
    ),
    kind: 'texts',
    example: ['Undervisning'],
    sources: [annex('I.B')],
    when: sccOrDpa,
  },
  retention: {
    text: l(
      'How long are the data kept, or by which criteria is that decided?',
      'Hur länge sparas uppgifterna, eller enligt vilka kriterier bestäms det?',
    ),
    kind: 'text',
    sources: [annex('I.B')],
    when: sccOrDpa,
  },
  measures: {
    text: l(
      'Which technical and organisational security measures does the importer take?',
      'Vilka tekniska och organisatoriska säkerhetsåtgärder vidtar dataimportören?',
    ),
    kind: 'measures',
    example: [{ area: 'Kryptering', description: 'TLS 1.3 vid överföring, AES-256 vid lagring' }],
    sources: [annex('II')],
    when: sccOrDpa,
  },
  assistanceMeasures: {
    text: l(
      'How does the importer help the controller (e.g. with data subjects’ rights)?',
      'Hur hjälper dataimportören den personuppgiftsansvarige (t.ex. med de registrerades rättigheter)?',
    ),
    kind: 'text',
    sources: [annex('II'), 'Decision (EU) 2021/914, Annex, Clause 10(b)'],
    when: scc23,
  },
  subProcessors: {
    text: l(
      'Which sub-processors does the importer use? An empty list for none.',
      'Vilka underbiträden anlitar dataimportören? En tom lista om inga.',
    ),
    kind: 'subProcessors',
    example: [{ name: 'Help Desk Pvt Ltd', country: 'IN', processing: 'Användarsupport' }],
    sources: [annex('III')],
    when: scc23,
  },
  subProcessorTransfers: {
    text: l(
      'For transfers to sub-processors: the subject matter, nature and duration of their processing.',
      'För överföringar till underbiträden: föremål, art och varaktighet för deras behandling.',
    ),
    kind: 'text',
    sources: [annex('I.B')],
    when: (u, d) => scc23(u) && Array.isArray(d.subProcessors) && d.subProcessors.length > 0,
  },
  'scc.docking': {
    text: l(
      'Clause 7: include the optional docking clause?',
      'Klausul 7: ska den frivilliga anslutningsklausulen tas med?',
    ),
    kind: 'boolean',
    choices: yesNo,
    sources: ['Decision (EU) 2021/914, Annex, Clause 7'],
    when: scc,
  },
  'scc.subProcessorOption': {
    text: l(
      'Clause 9(a): how may the importer engage sub-processors?',
      'Klausul 9 a: hur får dataimportören anlita underbiträden?',
    ),
    kind: 'choice',
    choices: [
      {
        value: 'specific',
        label: l('Option 1: specific prior authorisation', 'Alternativ 1: särskilt förhandstillstånd'),
      },
      {
        value: 'general',
        label: l('Option 2: general written authorisation', 'Alternativ 2: allmänt skriftligt tillstånd'),
      },
    ],
    sources: ['Decision (EU) 2021/914, Annex, Clause 9(a)'],
    when: scc23,
  },
  'scc.subProcessorNoticeDays': {
    text: l(
      'Clause 9(a): how many days in advance (request or notice)?',
      'Klausul 9 a: hur många dagar i förväg (begäran eller underrättelse)?',
    ),
    kind: 'number',
    example: 30,
    sources: ['Decision (EU) 2021/914, Annex, Clause 9(a)'],
    when: scc23,
  },
  'scc.disputeBody': {
    text: l(
      'Clause 11(a): may data subjects also turn to an independent dispute resolution body?',
      'Klausul 11 a: får de registrerade också vända sig till ett oberoende tvistlösningsorgan?',
    ),
    kind: 'boolean',
    choices: yesNo,
    sources: ['Decision (EU) 2021/914, Annex, Clause 11(a)'],
    when: scc,
  },
  'scc.disputeBodyName': {
    text: l('Clause 11(a): the name of that body.', 'Klausul 11 a: organets namn.'),
    kind: 'text',
    sources: ['Decision (EU) 2021/914, Annex, Clause 11(a)'],
    when: (u, d) => scc(u) && (d.scc as { disputeBody?: boolean } | undefined)?.disputeBody === true,
  },
  'scc.governingLawOption': {
    text: l('Clause 17: which law governs the clauses?', 'Klausul 17: vilken lag ska gälla för klausulerna?'),
    kind: 'choice',
    choices: [
      {
        value: 'named',
        label: l('Option 1: the law of a named Member State', 'Alternativ 1: lagen i en angiven medlemsstat'),
      },
      {
        value: 'exporter',
        label: l(
          'Option 2: the law of the exporter’s Member State',
          'Alternativ 2: lagen i dataexportörens medlemsstat',
        ),
      },
    ],
    sources: ['Decision (EU) 2021/914, Annex, Clause 17'],
    when: scc23,
  },
  'scc.governingLaw': {
    text: l(
      'Clause 17: the country whose law governs (with Option 2: the fallback).',
      'Klausul 17: landet vars lag gäller (med alternativ 2: reservlandet).',
    ),
    kind: 'country',
    example: 'SE',
    sources: ['Decision (EU) 2021/914, Annex, Clause 17'],
    when: scc,
  },
  'scc.courts': {
    text: l(
      'Clause 18: the country whose courts settle disputes.',
      'Klausul 18: landet vars domstolar avgör tvister.',
    ),
    kind: 'country',
    example: 'SE',
    sources: ['Decision (EU) 2021/914, Annex, Clause 18'],
    when: scc,
  },
  'tia.assessor': {
    text: l('Who carried out the transfer impact assessment?', 'Vem gjorde överföringsbedömningen?'),
    kind: 'person',
    example: person,
    sources: ['Decision (EU) 2021/914, Annex, Clause 14(d)'],
    when: (u) => u.tia,
  },
  'dpa.mainAgreement': {
    text: l('Which agreement does the processing serve?', 'Vilket avtal tjänar behandlingen?'),
    kind: 'text',
    sources: ['GDPR Art. 28(3)'],
    when: (u) => u.dpa,
  },
  'dpa.subjectMatter': {
    text: l('The subject matter of the processing.', 'Behandlingens föremål.'),
    kind: 'text',
    sources: ['GDPR Art. 28(3)'],
    when: (u) => u.dpa,
  },
  'dpa.duration': {
    text: l('The duration of the processing.', 'Behandlingens varaktighet.'),
    kind: 'text',
    sources: ['GDPR Art. 28(3)'],
    when: (u) => u.dpa,
  },
  'dpa.breachNoticeHours': {
    text: l(
      'Within how many hours does the processor report a personal data breach?',
      'Inom hur många timmar ska biträdet anmäla en personuppgiftsincident?',
    ),
    kind: 'number',
    example: 24,
    sources: ['GDPR Art. 33(2)'],
    when: (u) => u.dpa,
  },
  'dpa.subProcessorAuthorisation': {
    text: l('How may the processor engage sub-processors?', 'Hur får biträdet anlita underbiträden?'),
    kind: 'choice',
    choices: [
      { value: 'specific', label: l('Specific prior authorisation', 'Särskilt förhandstillstånd') },
      { value: 'general', label: l('General written authorisation', 'Allmänt skriftligt tillstånd') },
    ],
    sources: ['GDPR Art. 28(2)'],
    when: (u) => u.dpa,
  },
};
