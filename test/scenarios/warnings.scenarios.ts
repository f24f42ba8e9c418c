import { type AssessmentScenario, inBothLanguages, type Lang, parties } from './scenario.js';

/**
 * Warnings that follow from where the exporter sits and which decision the flow rests on: each one's
 * trigger, what it says (in English and Swedish), and where it must not be given.
 *
 * - An exporter in Iceland, Liechtenstein or Norway relies on an adequacy decision only once the EEA Joint
 *   Committee has incorporated it into the EEA Agreement (EEA Agreement Art. 7, 102; data/adequacy.json
 *   `eeaIncorporation`). Brazil's decision (EU) 2026/179 is recorded as not known to be incorporated, with
 *   a note; the other decisions carry no record at all.
 * - A flow resting on the EU-U.S. Data Privacy Framework (Decision (EU) 2023/1795) is told its exit
 *   strategy: the SCC module it would need if the decision fell (C-311/18 took effect at once), and the
 *   developments pending against the decision on the date (data/pending-developments.json).
 */

const norway = { id: 'no', country: 'NO', type: 'company' };
const usDpf = (extra: Record<string, unknown> = {}) =>
  parties.company('us', 'US', { dpf: { active: true, hrData: true, nonHrData: true }, ...extra });

const eea = inBothLanguages(
  {
    name: 'a Norwegian exporter relies on the Brazil decision, whose EEA incorporation is not known: review, with the note',
    asOf: '2026-11-01',
    case: {
      parties: [norway, parties.company('br', 'BR')],
      flows: [{ from: 'no', to: 'br', fromRole: 'controller', toRole: 'processor' }],
    },
  },
  (lang: Lang): AssessmentScenario['expect'] => ({
    is: { mechanism: 'adequacy', adequacy: { decision: '2026-179', covered: true } },
    warnings: { forReview: ['eea-incorporation-unknown'] },
    says: {
      'eea-incorporation-unknown':
        lang === 'en'
          ? {
              has: [
                'The exporter is in Norway, an EEA EFTA state',
                'Whether Commission Implementing Decision (EU) 2026/179 on the adequate level of protection of personal data by Brazil has been incorporated is not known (No decision of the EEA Joint Committee',
                'Legal review is needed.',
              ],
              lacks: ['not recorded in the data'],
            }
          : {
              has: [
                'Dataexportören finns i Norge, en EES-Efta-stat',
                'har införlivats är inte känt (Inget beslut av Gemensamma EES-kommittén',
                'Juridisk granskning behövs.',
              ],
              lacks: ['inte angivet i uppgifterna'],
            },
    },
  }),
);

const eeaNoRecord = inBothLanguages(
  {
    name: 'a Norwegian exporter relies on the Japan decision, of which the data record no EEA incorporation: review, said so',
    asOf: '2026-11-01',
    case: {
      parties: [norway, parties.company('jp', 'JP')],
      flows: [{ from: 'no', to: 'jp', fromRole: 'controller', toRole: 'processor' }],
    },
  },
  (lang: Lang): AssessmentScenario['expect'] => ({
    is: { mechanism: 'adequacy', adequacy: { covered: true } },
    warnings: { forReview: ['eea-incorporation-unknown'] },
    says: {
      'eea-incorporation-unknown':
        lang === 'en'
          ? { has: ['Japan', 'has been incorporated is not recorded in the data.'], lacks: ['not known ('] }
          : { has: ['Japan', 'har införlivats är inte angivet i uppgifterna.'], lacks: ['inte känt ('] },
    },
  }),
);

/** What data/pending-developments.json holds against the DPF decision on 1 November 2026, in its order. */
const expectPending = [
  'dpf-next-review',
  'pclob-quorum',
  'c-703-25-p',
  'fisa-702-lapse',
  'trump-v-slaughter',
];

const dpfExit = inBothLanguages(
  {
    name: 'a Swedish authority sends non-HR data to a DPF-certified processor: adequacy, and the exit strategy (module 2 with a TIA) with what is pending',
    asOf: '2026-11-01',
    case: {
      parties: [parties.swedishAuthority, usDpf()],
      flows: [{ from: 'myndighet', to: 'us', fromRole: 'controller', toRole: 'processor', hrData: false }],
    },
  },
  (lang: Lang): AssessmentScenario['expect'] => ({
    is: {
      mechanism: 'adequacy',
      adequacy: { decision: '2023-1795', covered: true },
      dpfFallback: { decision: '2023-1795', module: 2, tia: true },
    },
    exactly: { 'dpfFallback.missing': undefined, 'dpfFallback.pending[].id': expectPending },
    warnings: { forReview: ['dpf-exit'] },
    says: {
      'dpf-exit':
        lang === 'en'
          ? {
              has: [
                'The flow rests on the EU-U.S. Data Privacy Framework. If the decision fell, this flow would need the standard contractual clauses, module 2, with a transfer impact assessment under Clause 14. Prepare it now',
                'Pending against the decision on the assessment date: ',
                '(since 2024-10-09): ',
                '; not confirmed against a primary source]',
                'Legal review is needed.',
              ],
            }
          : {
              has: [
                'Flödet bygger på ramen för dataskydd mellan EU och USA (Data Privacy Framework). Om beslutet föll skulle flödet behöva standardavtalsklausulerna, modul 2, med en konsekvensbedömning av överföringen enligt klausul 14. Förbered det nu',
                'Pågående mot beslutet på bedömningsdagen: ',
                '(sedan 2024-10-09): ',
                '; inte bekräftat mot en primärkälla]',
                'Juridisk granskning behövs.',
              ],
            },
    },
  }),
);

export const scenarios: AssessmentScenario[] = [
  ...eea,
  ...eeaNoRecord,
  {
    name: 'a Swedish exporter relies on the Brazil decision: the EEA incorporation does not concern it',
    asOf: '2026-11-01',
    case: {
      parties: [parties.swedishCompany, parties.company('br', 'BR')],
      flows: [{ from: 'se', to: 'br', fromRole: 'controller', toRole: 'processor' }],
    },
    expect: { is: { mechanism: 'adequacy' }, warnings: { lacks: ['eea-incorporation-unknown'] } },
  },
  {
    name: 'a Norwegian exporter sends to India, where no decision applies: nothing about EEA incorporation',
    asOf: '2026-11-01',
    case: {
      parties: [norway, parties.company('in', 'IN')],
      flows: [{ from: 'no', to: 'in', fromRole: 'controller', toRole: 'processor' }],
    },
    expect: { is: { mechanism: 'scc' }, warnings: { lacks: ['eea-incorporation-unknown'] } },
  },
  {
    name: 'a Norwegian exporter sends to a US company not in the DPF: the decision does not cover it, nothing about EEA incorporation',
    asOf: '2026-11-01',
    case: {
      parties: [
        norway,
        parties.company('us', 'US', { dpf: { active: false, hrData: false, nonHrData: false } }),
      ],
      flows: [{ from: 'no', to: 'us', fromRole: 'controller', toRole: 'processor', hrData: false }],
    },
    expect: {
      is: { mechanism: 'scc', adequacy: { covered: false } },
      warnings: { lacks: ['eea-incorporation-unknown', 'dpf-exit'] },
    },
  },
  {
    name: 'a US non-profit whose DPF status is not given: told that most non-profits cannot join the DPF (not the usual assumption)',
    asOf: '2026-11-01',
    case: {
      parties: [parties.swedishCompany, { id: 'np', country: 'US', type: 'non-profit', gdprBasis: 'none' }],
      flows: [{ from: 'se', to: 'np', fromRole: 'controller', toRole: 'processor', hrData: false }],
    },
    expect: {
      is: { mechanism: 'scc' },
      warnings: { has: ['dpf-non-profit'] },
      says: { 'dpf-non-profit': { has: ['The importer is a US non-profit organisation.'] } },
      assumptions: { lacks: ['dpf-status-unknown'] },
    },
  },
  {
    name: 'a US non-profit listed as not active in the DPF: not certified, so nothing about non-profits joining',
    asOf: '2026-11-01',
    case: {
      parties: [
        parties.swedishCompany,
        {
          id: 'np',
          country: 'US',
          type: 'non-profit',
          gdprBasis: 'none',
          dpf: { active: false, hrData: false, nonHrData: false },
        },
      ],
      flows: [{ from: 'se', to: 'np', fromRole: 'controller', toRole: 'processor', hrData: false }],
    },
    expect: { is: { mechanism: 'scc' }, warnings: { lacks: ['dpf-non-profit'] } },
  },
  ...dpfExit,
  {
    name: 'DPF, controller to controller: the exit strategy is module 1',
    asOf: '2026-11-01',
    case: {
      parties: [parties.swedishCompany, usDpf()],
      flows: [{ from: 'se', to: 'us', fromRole: 'controller', toRole: 'controller', hrData: false }],
    },
    expect: {
      is: { mechanism: 'adequacy', dpfFallback: { module: 1, tia: true } },
      says: { 'dpf-exit': { has: ['module 1, with a transfer impact assessment under Clause 14.'] } },
    },
  },
  {
    name: 'DPF, a processor sending back to its controller: the exit module turns on a fact not given, which the answer names',
    asOf: '2026-11-01',
    case: {
      parties: [parties.swedishCompany, usDpf()],
      flows: [{ from: 'se', to: 'us', fromRole: 'processor', toRole: 'controller', hrData: false }],
    },
    expect: {
      is: {
        mechanism: 'adequacy',
        dpfFallback: { decision: '2023-1795', missing: 'flows[0].combinesWithEuData' },
      },
      exactly: { 'dpfFallback.module': undefined, 'dpfFallback.tia': undefined },
      says: {
        'dpf-exit': {
          has: [
            'If the decision fell, this flow would need another transfer tool; the SCC module could not be settled from the facts given.',
          ],
          lacks: ['module 4'],
        },
      },
    },
  },
  {
    name: 'DPF, the same in Swedish: the module cannot be settled',
    asOf: '2026-11-01',
    lang: 'sv',
    case: {
      parties: [parties.swedishCompany, usDpf()],
      flows: [{ from: 'se', to: 'us', fromRole: 'processor', toRole: 'controller', hrData: false }],
    },
    expect: {
      says: {
        'dpf-exit': {
          has: [
            'Om beslutet föll skulle flödet behöva ett annat överföringsverktyg; vilken modul av standardavtalsklausulerna som gäller går inte att avgöra av de uppgifter som getts.',
          ],
        },
      },
    },
  },
  {
    name: 'DPF before the first periodic review (January 2024): nothing yet pending against the decision',
    asOf: '2024-01-15',
    case: {
      parties: [parties.swedishCompany, usDpf()],
      flows: [{ from: 'se', to: 'us', fromRole: 'controller', toRole: 'processor', hrData: false }],
    },
    expect: {
      is: { mechanism: 'adequacy', dpfFallback: { module: 2, tia: true, pending: [] } },
      says: {
        'dpf-exit': {
          has: ['module 2, with a transfer impact assessment under Clause 14. Prepare it now'],
          lacks: ['Pending against'],
        },
      },
    },
  },
  {
    name: 'adequacy for Japan: no DPF exit strategy (the decision does not rest on the DPF)',
    asOf: '2026-11-01',
    case: {
      parties: [parties.swedishCompany, parties.company('jp', 'JP')],
      flows: [{ from: 'se', to: 'jp', fromRole: 'controller', toRole: 'processor' }],
    },
    expect: {
      is: { mechanism: 'adequacy' },
      exactly: { dpfFallback: undefined },
      warnings: { lacks: ['dpf-exit'] },
    },
  },
];
