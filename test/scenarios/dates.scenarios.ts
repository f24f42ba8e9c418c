import { type AssessmentScenario, inBothLanguages, parties, type Scenario } from './scenario.js';

/**
 * Dates the law turns on: the GDPR from 25 May 2018 (in the EEA-EFTA states from 20 July 2018), the EU-UK
 * Trade and Cooperation Agreement's bridge (Art. FINPROV.10A, 1 January to 27 June 2021,
 * data/interim-arrangements.json), Decision (EU) 2021/914 from 27 June 2021 with the transition of its
 * Art. 4 (data/instruments.json).
 */

const { swedishCompany, company } = parties;
const toProcessor = { fromRole: 'controller', toRole: 'processor' };
const india = company('in', 'IN');
const toIndia = { from: 'se', to: 'in', ...toProcessor };
const toUk = { from: 'se', to: 'r', ...toProcessor };
// The UK company's own GDPR status is left to the engine: before 2021 the UK was in the Union, where a party
// cannot be "not subject to the GDPR" (validate-case refuses gdprBasis "none" there).
const ukCase = { parties: [swedishCompany, { id: 'r', country: 'GB', type: 'company' }], flows: [toUk] };
const norway = { id: 'no', country: 'NO', type: 'company' };
const ukOn = (asOf: string, expect: AssessmentScenario['expect']): AssessmentScenario => ({
  name: `GB on ${asOf}`,
  asOf,
  case: ukCase,
  expect,
});

export const scenarios: Scenario[] = [
  // The EU-UK Trade and Cooperation Agreement, Art. FINPROV.10A.
  ...inBothLanguages(
    {
      name: 'GB on 1 March 2021: not a transfer, with the conditions and the article, for legal review',
      asOf: '2021-03-01',
      case: ukCase,
    },
    (lang) => ({
      is: { kind: 'not-a-transfer', mechanism: 'none' },
      concludes: 'notTransferInterimArrangement',
      steps: {
        recipientLocation: {
          value: 'third-country-interim',
          by: /data:interim-arrangements\/eu-uk-tca-finprov-10a/,
          cites: ['EU–UK Trade and Cooperation Agreement, Art. FINPROV.10A'],
        },
      },
      warnings: { forReview: ['interim-arrangement'], has: ['unconfirmed-legal-fact'] },
      says: {
        'interim-arrangement': {
          has: [
            /FINPROV\.10A/,
            /31 (December|december) 2020/,
            lang === 'en' ? /designated powers/ : /partnerskapsrådet/,
          ],
        },
      },
      // The record is marked unconfirmed (the page of Art. 782 in the final text is not verified).
      includes: { obligations: ['art28-contract'] },
    }),
  ),
  ukOn('2020-12-31', { concludes: 'notTransferRecipientInEea' }),
  ukOn('2021-01-01', { concludes: 'notTransferInterimArrangement' }),
  ukOn('2021-06-27', { concludes: 'notTransferInterimArrangement' }),
  ukOn('2021-06-28', {
    is: { kind: 'transfer', mechanism: 'adequacy', adequacy: { decision: '2021-1772' } },
  }),
  {
    name: 'GB on 1 July 2021: a transfer on Decision (EU) 2021/1772, no interim warning',
    asOf: '2021-07-01',
    case: ukCase,
    expect: {
      is: { kind: 'transfer', mechanism: 'adequacy', adequacy: { decision: '2021-1772' } },
      warnings: { lacks: ['interim-arrangement'] },
    },
  },
  {
    name: 'Gibraltar on 1 March 2021: a transfer, the agreement does not reach it',
    asOf: '2021-03-01',
    case: { parties: [swedishCompany, company('r', 'GI')], flows: [toUk] },
    expect: {
      is: { kind: 'transfer', mechanism: 'unresolved' },
      exactly: { adequacy: undefined },
      warnings: { has: ['scc-2021-not-yet-applicable'], lacks: ['interim-arrangement'] },
    },
  },
  {
    name: 'from an EEA-EFTA state to GB during the bridge: assessed as a transfer, the possible accession sent to review',
    asOf: '2021-03-01',
    case: { parties: [norway, company('r', 'GB')], flows: [{ ...toUk, from: 'no' }] },
    expect: { exactly: { kind: 'transfer' }, warnings: { forReview: ['interim-arrangement-unsettled'] } },
  },
  // The GDPR from 25 May 2018, Decision (EU) 2021/914 from 27 June 2021.
  {
    name: 'a date before the GDPR applied is refused, naming asOf',
    asOf: '2018-05-24',
    case: { parties: [swedishCompany, india], flows: [toIndia] },
    expect: { refused: [{ field: 'asOf', reason: /2018-05-25/ }] },
  },
  {
    name: 'POST /v1/assessments refuses a date before the GDPR applied with a 400 naming asOf',
    asOf: '2017-01-01',
    via: 'api',
    case: { parties: [swedishCompany, india], flows: [toIndia] },
    expect: { refused: [{ field: 'asOf', reason: /2018-05-25/ }] },
  },
  {
    name: 'POST /v1/assessments accepts the day the GDPR applied',
    asOf: '2018-05-25',
    via: 'api',
    case: { parties: [swedishCompany, india], flows: [toIndia] },
    expect: { exactly: { kind: 'transfer' } },
  },
  {
    name: 'the day the GDPR applied is accepted',
    asOf: '2018-05-25',
    case: { parties: [swedishCompany, india], flows: [toIndia] },
    expect: { exactly: { kind: 'transfer' } },
  },
  {
    // The alternatives and derogations hold under the GDPR on that date.
    name: 'before 27 June 2021: no 2021 module; the sets then in force are named, for legal review',
    asOf: '2019-06-01',
    case: { parties: [swedishCompany, india], flows: [toIndia] },
    expect: {
      is: { kind: 'transfer', mechanism: 'unresolved' },
      exactly: { scc: undefined },
      excludes: { obligations: ['tia'] },
      questionnaires: { notAsked: ['sccModule'] },
      warnings: { forReview: ['scc-2021-not-yet-applicable'] },
      says: {
        'scc-2021-not-yet-applicable': {
          has: [
            /2021-06-27/,
            /For this relationship \(controller to processor\): Commission Decision 2010\/87\/EU/,
          ],
        },
      },
      includes: { alternatives: ['derogation'] },
      notEmpty: ['derogations'],
    },
  },
  {
    name: 'before 27 June 2021, controller to controller gets sets I and II',
    asOf: '2021-06-26',
    lang: 'sv',
    case: { parties: [swedishCompany, india], flows: [{ ...toIndia, toRole: 'controller' }] },
    expect: { says: { 'scc-2021-not-yet-applicable': { has: [/2001\/497\/EG/, /2004\/915\/EG/] } } },
  },
  {
    name: 'before 27 June 2021, a processor exporter: none of the earlier sets was made for it',
    asOf: '2020-01-10',
    case: { parties: [swedishCompany, india], flows: [{ ...toIndia, fromRole: 'processor' }] },
    expect: {
      exactly: { mechanism: 'unresolved' },
      says: { 'scc-2021-not-yet-applicable': { has: [/None of them was made for this relationship/] } },
    },
  },
  {
    name: 'on 27 June 2021 the modules are proposed; a new contract may still use the earlier sets until 26 September 2021',
    asOf: '2021-06-27',
    case: { parties: [swedishCompany, india], flows: [toIndia] },
    expect: {
      is: { mechanism: 'scc', scc: { module: 2 } },
      says: { 'earlier-scc-transition': { has: [/Until 2021-09-26 a new contract/] } },
    },
  },
  {
    name: 'in June 2022 the earlier contracts hold until 27 December 2022, and no new one may be made',
    asOf: '2022-06-01',
    case: { parties: [swedishCompany, india], flows: [toIndia] },
    expect: { says: { 'earlier-scc-transition': { lacks: [/a new contract/], has: [/until 2022-12-27/] } } },
  },
  {
    name: 'from 28 December 2022 nothing is said of the earlier sets',
    asOf: '2022-12-28',
    case: { parties: [swedishCompany, india], flows: [toIndia] },
    expect: { warnings: { lacks: ['earlier-scc-transition'] } },
  },
  {
    // No earlier set served a processor exporter: nothing to say for module 3.
    name: 'in July 2021, module 3: nothing to say of the earlier sets',
    asOf: '2021-07-01',
    case: { parties: [swedishCompany, india], flows: [{ ...toIndia, fromRole: 'processor' }] },
    expect: { warnings: { lacks: ['earlier-scc-transition'] } },
  },
  {
    name: 'adequacy is still found for an earlier date: Japan in 2019',
    asOf: '2019-06-01',
    case: { parties: [swedishCompany, company('in', 'JP')], flows: [toIndia] },
    expect: {
      is: { mechanism: 'adequacy', adequacy: { decision: '2019-419' } },
      warnings: { lacks: ['scc-2021-not-yet-applicable'] },
    },
  },
  // The GDPR reached Iceland, Liechtenstein and Norway only on 20 July 2018.
  ...inBothLanguages(
    {
      name: 'Sweden to Norway in June 2018: EEA as before, and the gap sent to legal review',
      asOf: '2018-06-01',
      case: { parties: [swedishCompany, norway], flows: [{ from: 'se', to: 'no', ...toProcessor }] },
    },
    (lang) => ({
      exactly: { kind: 'not-a-transfer' },
      warnings: { forReview: ['gdpr-not-yet-in-eea-efta'] },
      says: {
        'gdpr-not-yet-in-eea-efta': {
          has: [
            lang === 'en' ? /not yet in Norway/ : /ännu inte i EES-Efta-staterna \(flödet berör Norge\)/,
            /2018-07-20/,
            lang === 'en' ? /legal review/ : /juridisk granskning/,
          ],
        },
      },
    }),
  ),
  {
    name: "from Norway to India on 19 July 2018 the exporter's footing is flagged",
    asOf: '2018-07-19',
    case: { parties: [norway, india], flows: [{ from: 'no', to: 'in', ...toProcessor }] },
    expect: { warnings: { has: ['gdpr-not-yet-in-eea-efta'] } },
  },
  {
    name: 'from Norway to India on 20 July 2018 it is not',
    asOf: '2018-07-20',
    case: { parties: [norway, india], flows: [{ from: 'no', to: 'in', ...toProcessor }] },
    expect: { warnings: { lacks: ['gdpr-not-yet-in-eea-efta'] } },
  },
  {
    name: 'only the importer in Norway (its employee receives in Sweden): flagged too',
    asOf: '2018-06-01',
    case: {
      parties: [swedishCompany, norway, { id: 'staff', country: 'SE', type: 'individual', employerId: 'no' }],
      flows: [{ from: 'se', to: 'staff', ...toProcessor }],
    },
    expect: { says: { 'gdpr-not-yet-in-eea-efta': { has: [/not yet in Norway/] } } },
  },
  {
    // A US sender whose footing under the GDPR is not given: the transfer test asks for it.
    name: 'said even while the transfer question is still open',
    asOf: '2018-06-01',
    case: {
      parties: [{ id: 'us', country: 'US', type: 'company' }, norway],
      flows: [{ from: 'us', to: 'no', ...toProcessor }],
    },
    expect: { exactly: { kind: 'undetermined' }, warnings: { has: ['gdpr-not-yet-in-eea-efta'] } },
  },
  {
    name: 'a flow within the Union in June 2018 is not flagged',
    asOf: '2018-06-01',
    case: {
      parties: [swedishCompany, { id: 'de', country: 'DE', type: 'company' }],
      flows: [{ from: 'se', to: 'de', ...toProcessor }],
    },
    expect: { warnings: { lacks: ['gdpr-not-yet-in-eea-efta'] } },
  },
  {
    name: 'a flow to a third country in June 2018 is not flagged',
    asOf: '2018-06-01',
    case: {
      parties: [swedishCompany, company('us', 'US')],
      flows: [{ from: 'se', to: 'us', ...toProcessor }],
    },
    expect: { warnings: { lacks: ['gdpr-not-yet-in-eea-efta'] } },
  },
];
