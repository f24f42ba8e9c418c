import type { Localized } from '../src/data/schema.js';

/**
 * What the parties to the 2021 SCCs must settle, module by module: the optional clauses, the options
 * inside clauses and the annexes to fill in. A map of Decision (EU) 2021/914, Annex, in our own words
 * (checked against OJ L 199, 7.6.2021, p. 31); the clauses are referred to by number, never quoted.
 */

export type SccModule = 1 | 2 | 3 | 4;

export interface SccChoice {
  id: string;
  /** Where in the SCCs, e.g. Clause 9(a) / Klausul 9 a. */
  clause: Localized;
  text: Localized;
  /** The options the parties pick from, when the instrument gives a closed set. */
  options?: { id: string; text: Localized }[];
  /** False for optional clauses the parties may leave out. */
  required: boolean;
}

interface ChoiceRule extends SccChoice {
  modules: readonly SccModule[];
}

const all: readonly SccModule[] = [1, 2, 3, 4];
const oneToThree: readonly SccModule[] = [1, 2, 3];
const twoAndThree: readonly SccModule[] = [2, 3];

const rules: ChoiceRule[] = [
  {
    id: 'clause-7',
    clause: { en: 'Clause 7', sv: 'Klausul 7' },
    modules: all,
    required: false,
    text: {
      en: 'Docking clause (optional): whether further parties may accede to the clauses later by completing the annexes.',
      sv: 'Anslutningsklausul (frivillig): om fler parter senare ska kunna ansluta sig till klausulerna genom att fylla i bilagorna.',
    },
    options: [
      { id: 'include', text: { en: 'Include Clause 7', sv: 'Ta med klausul 7' } },
      { id: 'leave-out', text: { en: 'Leave Clause 7 out', sv: 'Utelämna klausul 7' } },
    ],
  },
  {
    id: 'clause-9-option',
    clause: { en: 'Clause 9(a)', sv: 'Klausul 9 a' },
    modules: twoAndThree,
    required: true,
    text: {
      en: 'Use of sub-processors: specific prior authorisation for each sub-processor, or a general written authorisation with a list the importer keeps up to date.',
      sv: 'Anlitande av underbiträden: särskilt förhandstillstånd för varje underbiträde, eller ett allmänt skriftligt tillstånd med en förteckning som dataimportören håller uppdaterad.',
    },
    options: [
      {
        id: 'option-1',
        text: {
          en: 'Option 1: specific prior authorisation',
          sv: 'Alternativ 1: särskilt förhandstillstånd',
        },
      },
      {
        id: 'option-2',
        text: {
          en: 'Option 2: general written authorisation',
          sv: 'Alternativ 2: allmänt skriftligt tillstånd',
        },
      },
    ],
  },
  {
    id: 'clause-9-period',
    clause: { en: 'Clause 9(a)', sv: 'Klausul 9 a' },
    modules: twoAndThree,
    required: true,
    text: {
      en: 'The time period: how long before engaging a sub-processor the importer must ask for authorisation (Option 1) or inform the exporter of the intended change (Option 2).',
      sv: 'Tidsfristen: hur lång tid innan ett underbiträde anlitas som dataimportören ska begära tillstånd (alternativ 1) eller informera dataexportören om den planerade ändringen (alternativ 2).',
    },
  },
  {
    id: 'clause-11-body',
    clause: { en: 'Clause 11(a)', sv: 'Klausul 11 a' },
    modules: all,
    required: false,
    text: {
      en: 'Redress (optional): whether data subjects may also complain to an independent dispute resolution body, at no cost to them.',
      sv: 'Rättslig prövning (frivillig): om de registrerade även ska kunna vända sig till ett oberoende tvistlösningsorgan, utan kostnad för dem.',
    },
  },
  {
    id: 'clause-13',
    clause: { en: 'Clause 13(a)', sv: 'Klausul 13 a' },
    modules: oneToThree,
    required: true,
    text: {
      en: 'The competent supervisory authority, named in Annex I.C: it follows from where and how the exporter is subject to the GDPR.',
      sv: 'Behörig tillsynsmyndighet, som anges i bilaga I.C: den följer av var och hur dataexportören omfattas av dataskyddsförordningen.',
    },
  },
  {
    id: 'clause-17',
    clause: { en: 'Clause 17', sv: 'Klausul 17' },
    modules: [1],
    required: true,
    text: {
      en: 'Governing law: the law of one EU Member State that allows for third-party beneficiary rights; the parties name it.',
      sv: 'Tillämplig lag: lagen i en EU-medlemsstat som tillåter rättigheter för tredjepartsförmånstagare; parterna anger vilken.',
    },
  },
  {
    id: 'clause-17',
    clause: { en: 'Clause 17', sv: 'Klausul 17' },
    modules: twoAndThree,
    required: true,
    text: {
      en: 'Governing law: Option 1, the law of a named EU Member State allowing third-party beneficiary rights; or Option 2, the law of the Member State where the exporter is established, with a named fallback if that law does not allow such rights.',
      sv: 'Tillämplig lag: alternativ 1, lagen i en angiven EU-medlemsstat som tillåter rättigheter för tredjepartsförmånstagare; eller alternativ 2, lagen i den medlemsstat där dataexportören är etablerad, med en angiven medlemsstats lag i andra hand om den lagen inte tillåter sådana rättigheter.',
    },
    options: [
      {
        id: 'option-1',
        text: { en: 'Option 1: a named Member State', sv: 'Alternativ 1: en angiven medlemsstat' },
      },
      {
        id: 'option-2',
        text: {
          en: "Option 2: the exporter's Member State",
          sv: 'Alternativ 2: dataexportörens medlemsstat',
        },
      },
    ],
  },
  {
    id: 'clause-17',
    clause: { en: 'Clause 17', sv: 'Klausul 17' },
    modules: [4],
    required: true,
    text: {
      en: 'Governing law: the law of a country that allows for third-party beneficiary rights; the parties name it.',
      sv: 'Tillämplig lag: lagen i ett land som tillåter rättigheter för tredjepartsförmånstagare; parterna anger vilket.',
    },
  },
  {
    id: 'clause-18',
    clause: { en: 'Clause 18', sv: 'Klausul 18' },
    modules: oneToThree,
    required: true,
    text: {
      en: 'Choice of forum: the courts of an EU Member State the parties name; data subjects may also sue in the Member State where they habitually reside.',
      sv: 'Val av forum: domstolarna i en EU-medlemsstat som parterna anger; de registrerade kan också väcka talan i den medlemsstat där de har sin hemvist.',
    },
  },
  {
    id: 'clause-18',
    clause: { en: 'Clause 18', sv: 'Klausul 18' },
    modules: [4],
    required: true,
    text: {
      en: 'Choice of forum: the courts of a country the parties name.',
      sv: 'Val av forum: domstolarna i ett land som parterna anger.',
    },
  },
  {
    id: 'annex-I-A',
    clause: { en: 'Annex I.A', sv: 'Bilaga I.A' },
    modules: all,
    required: true,
    text: {
      en: 'List of parties: name, address, contact person, role, activities, signature and date of each exporter and importer.',
      sv: 'Förteckning över parterna: namn, adress, kontaktperson, roll, verksamhet, underskrift och datum för varje dataexportör och dataimportör.',
    },
  },
  {
    id: 'annex-I-B',
    clause: { en: 'Annex I.B', sv: 'Bilaga I.B' },
    modules: all,
    required: true,
    text: {
      en: 'Description of the transfer: data subjects, categories of data, sensitive data and their safeguards, frequency, nature, purposes, retention, and transfers to sub-processors.',
      sv: 'Beskrivning av överföringen: registrerade, kategorier av uppgifter, känsliga uppgifter och skyddsåtgärder för dem, frekvens, art, ändamål, lagringstid och överföringar till underbiträden.',
    },
  },
  {
    id: 'annex-I-C',
    clause: { en: 'Annex I.C', sv: 'Bilaga I.C' },
    modules: oneToThree,
    required: true,
    text: {
      en: 'Competent supervisory authority, according to Clause 13.',
      sv: 'Behörig tillsynsmyndighet, enligt klausul 13.',
    },
  },
  {
    id: 'annex-II',
    clause: { en: 'Annex II', sv: 'Bilaga II' },
    modules: oneToThree,
    required: true,
    text: {
      en: 'Technical and organisational measures, including security; for modules 2 and 3 also those of the sub-processors.',
      sv: 'Tekniska och organisatoriska åtgärder, inklusive säkerhetsåtgärder; för modul 2 och 3 även underbiträdenas.',
    },
  },
  {
    id: 'annex-III',
    clause: { en: 'Annex III', sv: 'Bilaga III' },
    modules: twoAndThree,
    required: false,
    text: {
      en: 'List of sub-processors: required when Clause 9 Option 1 (specific prior authorisation) is chosen.',
      sv: 'Förteckning över underbiträden: krävs när alternativ 1 i klausul 9 (särskilt förhandstillstånd) väljs.',
    },
  },
];

/** The choices and annexes of one module, in clause order. */
export function sccChoicesFor(module: SccModule): SccChoice[] {
  return rules
    .filter((rule) => rule.modules.includes(module))
    .map(({ modules: _modules, ...choice }) => choice);
}
