import { inBothLanguages, parties, type Scenario } from './scenario.js';

/**
 * The derogations of Art. 49, narrowed by Art. 49(3) for public authorities in the exercise of their public
 * powers and by recital 111 for transfers that are not occasional; and what the listed footings further
 * require (Art. 46, Art. 49(2), (4) and (6)).
 */

const { swedishCompany, swedishUniversity, company } = parties;
const asOf = '2026-11-01';
const india = company('in', 'IN');
const universityToIndia = (extra: Record<string, unknown>) => ({
  from: 'uni',
  to: 'in',
  fromRole: 'controller',
  toRole: 'controller',
  ...extra,
});
const occasionalC2C = {
  from: 'se',
  to: 'in',
  fromRole: 'controller',
  toRole: 'controller',
  occasional: true,
};
const group = 'Exempelkoncernen';

export const scenarios: Scenario[] = [
  {
    name: 'public powers close (a), (b), (c) and the second subparagraph (Art. 49(3))',
    asOf,
    case: {
      parties: [swedishUniversity, india],
      flows: [universityToIndia({ publicPowers: true, occasional: true })],
    },
    expect: {
      exactly: { derogations: ['49-1-d', '49-1-e', '49-1-f', '49-1-g'] },
      warnings: { has: ['derogations-restrictive'] },
    },
  },
  {
    name: 'a public authority that does not say whether it acts with public powers is offered only what Art. 49(3) leaves open',
    asOf,
    case: { parties: [swedishUniversity, india], flows: [universityToIndia({ occasional: true })] },
    expect: {
      exactly: { derogations: ['49-1-d', '49-1-e', '49-1-f', '49-1-g'] },
      assumptions: {
        has: {
          'public-powers-unknown': {
            says: { has: ['publicPowers is given as false'] },
            fields: ['flows[0].publicPowers'],
          },
        },
      },
      warnings: { lacks: ['public-powers-unknown'] },
    },
  },
  {
    name: 'the same authority, saying it does not act with public powers: consent and the second subparagraph are open',
    asOf,
    case: {
      parties: [swedishUniversity, india],
      flows: [universityToIndia({ occasional: true, publicPowers: false })],
    },
    expect: { includes: { derogations: ['49-1-a', '49-1-second'] } },
  },
  {
    // Not in one group as far as the case says: no BCRs (Art. 4(20), 47).
    name: 'a company exporter is never asked about public powers; regular transfers keep (a), (d), (f), (g); no BCRs',
    asOf,
    case: {
      parties: [swedishCompany, india],
      flows: [{ from: 'se', to: 'in', fromRole: 'controller', toRole: 'controller', occasional: false }],
    },
    expect: {
      excludes: { 'trail[].id': ['publicPowers'] },
      exactly: { derogations: ['49-1-a', '49-1-d', '49-1-f', '49-1-g'], alternatives: ['derogation'] },
    },
  },
  // What the listed footings further require.
  ...inBothLanguages(
    {
      name: 'the second subparagraph, Art. 49(4) and Art. 49(2) are spelt out for the derogations listed',
      asOf,
      case: { parties: [swedishCompany, india], flows: [occasionalC2C] },
    },
    (lang) => ({
      includes: { derogations: ['49-1-second', '49-1-d', '49-1-g'] },
      says: {
        'derogation-conditions': {
          has: [
            ...(lang === 'en'
              ? ['Art. 49(6)', 'Art. 49(4)', 'Art. 49(2)']
              : ['artikel 49.6', 'artikel 49.4', 'artikel 49.2']),
            lang === 'en' ? /limited number of data subjects/ : /begränsat antal registrerade/,
            lang === 'en' ? /inform the supervisory authority/ : /informera tillsynsmyndigheten/,
          ],
        },
      },
    }),
  ),
  {
    name: 'without the second subparagraph (regular transfers), its conditions are not listed',
    asOf,
    case: { parties: [swedishCompany, india], flows: [{ ...occasionalC2C, occasional: false }] },
    expect: {
      excludes: { derogations: ['49-1-second'] },
      says: { 'derogation-conditions': { lacks: [/second subparagraph/], has: [/Art\. 49\(4\)/] } },
    },
  },
  {
    name: 'a processor exporter is told the derogations are framed around the controller, for review',
    asOf,
    case: { parties: [swedishCompany, india], flows: [{ ...occasionalC2C, fromRole: 'processor' }] },
    expect: { warnings: { forReview: ['derogations-processor-exporter'] } },
  },
  {
    name: 'a controller exporter is not told so; and without a group, no BCRs',
    asOf,
    case: { parties: [swedishCompany, india], flows: [occasionalC2C] },
    expect: { warnings: { lacks: ['derogations-processor-exporter'] }, excludes: { alternatives: ['bcr'] } },
  },
  {
    // The mechanism's conclusion names the further Art. 46 tools without asserting they exist.
    name: 'BCRs only within a group, with their conditions; the further Art. 46 tools named',
    asOf,
    case: {
      parties: [
        { ...swedishCompany, group },
        { ...india, group },
      ],
      flows: [occasionalC2C],
    },
    expect: {
      includes: { alternatives: ['bcr'] },
      says: {
        'alternative-conditions': {
          has: [/joint economic activity/, /Art\. 46\(2\)\(e\) and \(f\)/, /Art\. 46\(3\)\(a\)/],
        },
      },
      closing: {
        mechanism: { cites: ['GDPR Art. 46(3)(a)'], answer: { has: [/where such exist for the case/] } },
      },
    },
  },
  {
    name: 'Art. 46(3)(b) between public authorities only with the authority’s authorisation',
    asOf,
    lang: 'sv',
    case: {
      parties: [
        { id: 'se', country: 'SE', type: 'public-authority' },
        { id: 'in', country: 'IN', type: 'public-authority', gdprBasis: 'none' },
      ],
      flows: [{ ...occasionalC2C, publicPowers: true }],
    },
    expect: {
      includes: { alternatives: ['art46-3b'] },
      excludes: { alternatives: ['bcr'] },
      // Public bodies have no binding corporate rules (Art. 4(20), 47): their conditions are not said.
      says: {
        'alternative-conditions': {
          has: [/tillstånd från behörig tillsynsmyndighet/],
          lacks: [/Bindande företagsbestämmelser/],
        },
      },
    },
  },
];
