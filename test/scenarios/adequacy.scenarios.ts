import { inBothLanguages, parties, type Scenario } from './scenario.js';

/**
 * Adequacy decisions (GDPR Art. 45), scope-aware and as of the date: who a decision reaches, from and until
 * when, and what the user must still confirm (conditions that must hold, exclusions that must not apply).
 */

const { swedishCompany, swedishUniversity, company } = parties;
const asOf = '2026-11-01';
const toProcessor = (to: string, from = 'se') => ({ from, to, fromRole: 'controller', toRole: 'processor' });
const uk = { id: 'uk', country: 'GB', type: 'company' };
const epo = {
  id: 'epo',
  name: 'European Patent Organisation',
  type: 'international-organisation',
  organisationId: 'european-patent-organisation',
  gdprBasis: 'none',
};
const brazil = company('br', 'BR');
const toBrazil = { from: 'se', to: 'br', fromRole: 'controller', toRole: 'controller' };

export const scenarios: Scenario[] = [
  {
    name: 'Canada: a public body is outside the decision: module 1, the public bodies’ alternatives, and the derogations left open',
    asOf,
    case: {
      parties: [swedishUniversity, { id: 'ca', country: 'CA', type: 'public-authority', gdprBasis: 'none' }],
      flows: [
        {
          from: 'uni',
          to: 'ca',
          fromRole: 'controller',
          toRole: 'controller',
          publicPowers: true,
          occasional: false,
        },
      ],
    },
    expect: {
      is: { mechanism: 'scc', adequacy: { decision: '2002-2', covered: false }, scc: { module: 1 } },
      exactly: {
        alternatives: ['art46-2a', 'art46-3b', 'derogation'],
        derogations: ['49-1-d', '49-1-f', '49-1-g'],
      },
    },
  },
  {
    name: 'Canada: a company is inside the decision, with PIPEDA to confirm',
    asOf,
    case: {
      parties: [swedishUniversity, { id: 'ca', country: 'CA', type: 'company' }],
      flows: [toProcessor('ca', 'uni')],
    },
    expect: {
      is: { mechanism: 'adequacy', adequacy: { covered: true } },
      exactly: { 'adequacy.conditionsToConfirm[].id': ['pipeda-applies'] },
    },
  },
  {
    name: 'the UK in June 2020, before the end of the transition period: inside the EU, no transfer',
    asOf: '2020-06-01',
    case: { parties: [swedishCompany, uk], flows: [toProcessor('uk')] },
    expect: { exactly: { kind: 'not-a-transfer' } },
  },
  {
    name: 'the UK in 2024: Decision (EU) 2021/1772, its exclusion (UK immigration control) to confirm',
    asOf: '2024-06-01',
    case: { parties: [swedishCompany, uk], flows: [toProcessor('uk')] },
    expect: {
      is: { kind: 'transfer', mechanism: 'adequacy', adequacy: { decision: '2021-1772', covered: true } },
      includes: { 'adequacy.conditionsToConfirm[].kind': ['exclusion'] },
    },
  },
  {
    // The renewal was seen only in secondary sources: the answer says so and asks for review.
    name: 'the UK in June 2026: the decision as renewed, unconfirmed and so for legal review',
    asOf: '2026-06-01',
    case: { parties: [swedishCompany, uk], flows: [toProcessor('uk')] },
    expect: {
      is: {
        mechanism: 'adequacy',
        adequacy: { decision: '2021-1772', amendedBy: ['32025D1226', '32025D2574'] },
      },
      warnings: { forReview: ['unconfirmed-legal-fact'] },
    },
  },
  // The decision is cited as it stood on the date: both amending acts, in the order they were made.
  ...inBothLanguages(
    {
      name: 'the UK in June 2026: the decision cited as amended by Decisions 2025/1226 and 2025/2574',
      asOf: '2026-06-01',
      case: { parties: [swedishCompany, uk], flows: [toProcessor('uk')] },
    },
    (lang) => ({
      says: {
        'unconfirmed-legal-fact': {
          has: [
            lang === 'en'
              ? 'Decision (EU) 2021/1772 on the adequate protection of personal data by the United Kingdom (GDPR), as amended by Implementing Decision (EU) 2025/1226 of 24 June 2025 and Implementing Decision (EU) 2025/2574 of 19 December 2025'
              : 'genomförandebeslut (EU) 2021/1772 om adekvat skydd av personuppgifter i Förenade kungariket (dataskyddsförordningen), i dess lydelse enligt genomförandebeslut (EU) 2025/1226 av den 24 juni 2025 och genomförandebeslut (EU) 2025/2574 av den 19 december 2025',
          ],
        },
      },
    }),
  ),
  {
    name: 'Gibraltar is not reached by the UK decision',
    asOf: '2024-06-01',
    case: { parties: [swedishCompany, company('gi', 'GI')], flows: [toProcessor('gi')] },
    expect: {
      is: { kind: 'transfer', mechanism: 'scc' },
      exactly: { adequacy: undefined },
      answers: { adequacyInForce: 'no' },
    },
  },
  {
    name: 'the European Patent Organisation in November 2026: adequacy (Decision (EU) 2025/1382)',
    asOf,
    case: {
      parties: [swedishUniversity, epo],
      flows: [{ from: 'uni', to: 'epo', fromRole: 'controller', toRole: 'controller' }],
    },
    expect: {
      is: { kind: 'transfer', mechanism: 'adequacy', adequacy: { decision: '2025-1382', covered: true } },
      answers: { recipientLocation: 'international-organisation' },
    },
  },
  // The reason names what the decision reaches: the country by its name, the organisation by its own.
  ...inBothLanguages(
    {
      name: 'the reason for Japan names Japan, not the Data Privacy Framework',
      asOf,
      case: { parties: [swedishCompany, company('jp', 'JP')], flows: [toProcessor('jp')] },
    },
    (lang) => ({
      exactly: {
        'adequacy.reason':
          lang === 'en'
            ? `The decision is in force on ${asOf}, reaches Japan and covers this kind of importer.`
            : `Beslutet gäller den ${asOf}, omfattar Japan och omfattar denna typ av dataimportör.`,
      },
    }),
  ),
  {
    name: 'the reason for the European Patent Organisation names the organisation',
    asOf,
    case: {
      parties: [swedishUniversity, epo],
      flows: [{ from: 'uni', to: 'epo', fromRole: 'controller', toRole: 'controller' }],
    },
    expect: { is: { adequacy: { reason: /reaches European Patent Organisation and covers/ } } },
  },
  {
    name: 'the European Patent Organisation in 2024, before its decision: module 1 and the organisations’ alternatives',
    asOf: '2024-06-01',
    case: {
      parties: [swedishUniversity, epo],
      flows: [{ from: 'uni', to: 'epo', fromRole: 'controller', toRole: 'controller' }],
    },
    expect: {
      is: { mechanism: 'scc', scc: { module: 1 } },
      includes: { alternatives: ['art46-2a'] },
      warnings: { has: ['importer-international-organisation'] },
    },
  },
  {
    // As for a US importer without DPF facts: the cautious branch, with a warning naming who has a decision.
    name: 'an international organisation without its id: no adequacy relied on, the organisations’ alternatives listed',
    asOf,
    case: {
      parties: [swedishUniversity, { id: 'io', type: 'international-organisation', gdprBasis: 'none' }],
      flows: [{ from: 'uni', to: 'io', fromRole: 'controller', toRole: 'controller', publicPowers: true }],
    },
    expect: {
      is: { kind: 'transfer', mechanism: 'scc', openQuestions: [] },
      steps: { adequacyInForce: { value: 'no', by: 'parties[1].organisationId not given' } },
      exactly: {
        alternatives: ['art46-2a', 'art46-3b', 'derogation'],
        derogations: ['49-1-d', '49-1-e', '49-1-f', '49-1-g'],
      },
      assumptions: {
        has: {
          'organisation-not-identified': {
            says: { has: ['European Patent Organisation', 'organisationId'] },
            fields: ['parties[1].organisationId'],
          },
        },
      },
    },
  },
  {
    name: 'Brazil in June 2025, before its decision: SCCs',
    asOf: '2025-06-01',
    case: { parties: [swedishCompany, brazil], flows: [toBrazil] },
    expect: { exactly: { mechanism: 'scc' } },
  },
  {
    name: 'Brazil from the date of its decision, flagged for review while unconfirmed',
    asOf,
    case: { parties: [swedishCompany, brazil], flows: [toBrazil] },
    expect: {
      is: { mechanism: 'adequacy', adequacy: { decision: '2026-179', confidence: 'unconfirmed' } },
      warnings: { has: ['unconfirmed-legal-fact'] },
    },
  },
  // Conditions and exclusions are said apart (Art. 45(3)).
  ...inBothLanguages(
    {
      name: 'Japan: the APPI condition must hold, the press and other exclusions must not apply',
      asOf,
      case: { parties: [swedishCompany, company('jp', 'JP')], flows: [toProcessor('jp')] },
    },
    (lang) => {
      const [holds, excluded] =
        lang === 'en'
          ? ['only if the following hold', 'does not cover the following']
          : ['bara om följande gäller', 'omfattar inte följande'];
      return {
        exactly: { mechanism: 'adequacy' },
        // The APPI condition comes in the first sentence, the press exclusion only in the second.
        says: {
          'adequacy-conditions': {
            split: {
              at: excluded,
              before: { has: [holds, /APPI/], lacks: [/press/i] },
              after: { has: [/press/i] },
            },
          },
        },
      };
    },
  ),
  {
    name: 'the UK decision of 2021 has only an exclusion: no sentence says the transfer must meet it',
    asOf: '2024-11-01',
    lang: 'sv',
    case: { parties: [swedishCompany, company('uk', 'GB')], flows: [toProcessor('uk')] },
    expect: {
      says: {
        'adequacy-conditions': {
          has: [/immigration/, /bekräfta att inget av det gäller/],
          lacks: [/bara om följande gäller/],
        },
      },
      exactly: { 'adequacy.conditionsToConfirm[].kind': ['exclusion'] },
    },
  },
  // The first and the last day of a decision (data/adequacy.json: `from` and `until` both count).
  ...(
    [
      ['Japan', 'JP', '2019-01-22', undefined],
      ['Japan', 'JP', '2019-01-23', '2019-419'],
      ['Brazil', 'BR', '2026-01-25', undefined],
      ['Brazil', 'BR', '2026-01-26', '2026-179'],
      ['the UK, on the last day of the renewed decision', 'GB', '2031-12-27', '2021-1772'],
      ['the UK, the day after the renewed decision ends', 'GB', '2031-12-28', undefined],
    ] as const
  ).map(
    ([place, country, day, decision]): Scenario => ({
      name: `${place} on ${day}: ${decision ? `adequacy, Decision ${decision}` : 'no adequacy decision applies'}`,
      asOf: day,
      case: { parties: [swedishCompany, company('r', country)], flows: [toProcessor('r')] },
      expect: decision
        ? { is: { kind: 'transfer', mechanism: 'adequacy', adequacy: { decision, covered: true } } }
        : { exactly: { kind: 'transfer', adequacy: undefined }, answers: { adequacyInForce: 'no' } },
    }),
  ),
  {
    // Adopted on 15 July 2025, applying from 18 July 2025.
    name: 'the European Patent Organisation on 17 July 2025, adopted but not yet applying: no adequacy',
    asOf: '2025-07-17',
    case: {
      parties: [swedishUniversity, epo],
      flows: [{ from: 'uni', to: 'epo', fromRole: 'controller', toRole: 'controller' }],
    },
    expect: { exactly: { kind: 'transfer', adequacy: undefined }, answers: { adequacyInForce: 'no' } },
  },
  {
    name: 'the European Patent Organisation on 18 July 2025, the first day: adequacy',
    asOf: '2025-07-18',
    case: {
      parties: [swedishUniversity, epo],
      flows: [{ from: 'uni', to: 'epo', fromRole: 'controller', toRole: 'controller' }],
    },
    expect: { is: { mechanism: 'adequacy', adequacy: { decision: '2025-1382', covered: true } } },
  },
  ...(
    [
      ['2023-07-09', undefined],
      ['2023-07-10', '2023-1795'],
    ] as const
  ).map(
    ([day, decision]): Scenario => ({
      name: `a DPF-certified US company on ${day}: ${decision ? 'the DPF decision applies from its first day' : 'no decision between Privacy Shield and the DPF'}`,
      asOf: day,
      case: {
        parties: [
          swedishCompany,
          company('us', 'US', { dpf: { active: true, hrData: true, nonHrData: true } }),
        ],
        flows: [toProcessor('us')],
      },
      expect: decision
        ? { is: { mechanism: 'adequacy', adequacy: { decision, covered: true } } }
        : { exactly: { mechanism: 'scc', adequacy: undefined }, answers: { adequacyInForce: 'no' } },
    }),
  ),
];
