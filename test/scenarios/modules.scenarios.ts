import { type AssessmentScenario, inBothLanguages, parties, type Scenario } from './scenario.js';

/**
 * Roles and SCC modules (Commission Implementing Decision (EU) 2021/914): which module the roles give,
 * Clause 13's authority, and what each module says beside the clauses (Art. 26, Art. 28, Art. 9).
 */

const { swedishCompany, swedishUniversity, company } = parties;
const asOf = '2026-11-01';
const india = company('in', 'IN');
const toIndia = (fromRole: string, toRole: string, extra: Record<string, unknown> = {}) => ({
  from: 'se',
  to: 'in',
  fromRole,
  toRole,
  ...extra,
});
const establishedInSweden = { ...swedishCompany, gdprBasis: 'establishment' };

export const scenarios: Scenario[] = [
  {
    name: 'joint controllers: module 1 and an Art. 26 arrangement',
    asOf,
    case: {
      parties: [
        swedishUniversity,
        { id: 'partner', country: 'IN', type: 'public-authority', gdprBasis: 'none' },
      ],
      flows: [
        {
          from: 'uni',
          to: 'partner',
          fromRole: 'controller',
          toRole: 'joint-controller',
          publicPowers: false,
          occasional: true,
        },
      ],
    },
    expect: {
      exactly: {
        'scc.module': 1,
        exporterRole: { role: 'joint-controller', label: 'joint controller' },
        obligations: ['art26-arrangement', 'tia'],
        derogations: ['49-1-a', '49-1-b', '49-1-c', '49-1-d', '49-1-e', '49-1-f', '49-1-g', '49-1-second'],
      },
    },
  },
  {
    name: 'Swedish labels: PUA, PUB, underbiträde',
    asOf,
    lang: 'sv',
    case: {
      parties: [swedishCompany, company('p', 'IN'), company('s', 'IN')],
      flows: [
        { from: 'se', to: 'p', fromRole: 'controller', toRole: 'processor' },
        { from: 'p', to: 's', fromRole: 'processor', toRole: 'processor' },
      ],
    },
    expect: {
      flows: {
        f1: {
          exactly: {
            'exporterRole.label': 'personuppgiftsansvarig (PUA)',
            'importerRole.label': 'personuppgiftsbiträde (PUB)',
            'scc.choices.0.clause': 'Klausul 7',
          },
        },
        f2: { exactly: { 'importerRole.label': 'underbiträde' } },
      },
    },
  },
  {
    name: 'an importer within Art. 3(2) gets the warning the SCCs were not made for it',
    asOf,
    case: {
      parties: [swedishCompany, company('app', 'IN', { gdprBasis: 'targeting' })],
      flows: [{ ...toIndia('controller', 'controller'), to: 'app' }],
    },
    expect: { exactly: { mechanism: 'scc' }, warnings: { forReview: ['importer-subject-to-gdpr'] } },
  },
  {
    name: 'a German exporter: the parties name the competent authority among the national and Land ones',
    asOf,
    case: {
      parties: [{ id: 'de', country: 'DE', type: 'company' }, india],
      flows: [{ from: 'de', to: 'in', fromRole: 'controller', toRole: 'processor' }],
    },
    expect: {
      exactly: { 'scc.clause13': 'member-state', 'scc.supervisoryAuthority': undefined },
      warnings: { forReview: ['supervisory-authority-to-name'] },
    },
  },
  {
    name: 'special categories are named for Art. 9 and Annex I.B',
    asOf,
    case: {
      parties: [swedishCompany, india],
      flows: [toIndia('controller', 'processor', { specialCategories: true })],
    },
    expect: { warnings: { has: ['special-categories'] } },
  },
  // An importer whose processing falls within the GDPR (Decision (EU) 2021/914, recital 7).
  {
    name: 'an importer with an EU establishment: the warning names Art. 3(1), not Art. 3(2)',
    asOf,
    case: {
      parties: [swedishCompany, company('in', 'IN', { gdprBasis: 'establishment' })],
      flows: [toIndia('controller', 'processor')],
    },
    expect: { says: { 'importer-subject-to-gdpr': { has: [/Art\. 3\(1\)/], lacks: [/3\(2\)/] } } },
  },
  {
    name: 'an importer targeting the EU: the warning names artikel 3.2, not 3.1',
    asOf,
    lang: 'sv',
    case: {
      parties: [swedishCompany, company('in', 'IN', { gdprBasis: 'targeting' })],
      flows: [toIndia('controller', 'processor')],
    },
    expect: { says: { 'importer-subject-to-gdpr': { has: [/artikel 3\.2/], lacks: [/3\.1/] } } },
  },
  {
    name: 'the SCC module question asks about both bases, and the unknown case says so too',
    asOf,
    case: {
      parties: [swedishCompany, { id: 'in', country: 'IN', type: 'company' }],
      flows: [toIndia('controller', 'processor')],
    },
    expect: {
      steps: { importerSubjectToGdpr: { question: { has: [/Art\. 3\(1\)/, /Art\. 3\(2\)/] } } },
      assumptions: { has: { 'importer-gdpr-status-unknown': { says: { has: [/Art\. 3\(1\)/] } } } },
    },
  },
  // Caveats where the law is not stated.
  {
    name: 'module 1 between joint controllers is common practice, not stated in Decision (EU) 2021/914',
    asOf,
    case: { parties: [swedishCompany, india], flows: [toIndia('controller', 'joint-controller')] },
    expect: {
      exactly: { 'scc.module': 1 },
      warnings: { forReview: ['joint-controllers-module1'] },
      includes: { obligations: ['art26-arrangement'] },
      closing: { sccModule: { answer: { has: [/common practice/] } } },
    },
  },
  {
    name: 'module 1 between two controllers alone: no joint-controller caveat',
    asOf,
    case: { parties: [swedishCompany, india], flows: [toIndia('controller', 'controller')] },
    expect: { warnings: { lacks: ['joint-controllers-module1'] } },
  },
  // The SCCs of modules 2 and 3 are also the Art. 28 contract (2021/914, recital 9, Clause 2(a)).
  ...(
    [
      { module: 1, fromRole: 'controller', toRole: 'controller', says: false },
      { module: 2, fromRole: 'controller', toRole: 'processor', says: true },
      { module: 3, fromRole: 'processor', toRole: 'processor', says: true },
      { module: 4, fromRole: 'processor', toRole: 'controller', says: false },
    ] as const
  ).flatMap(({ module, fromRole, toRole, says }): AssessmentScenario[] =>
    inBothLanguages(
      {
        name: `module ${module}: ${says ? 'says' : 'does not say'} that the SCCs meet Art. 28(3) and (4)`,
        asOf,
        case: {
          parties: [establishedInSweden, india],
          flows: [toIndia(fromRole, toRole, { combinesWithEuData: true })],
        },
      },
      (lang) => ({
        exactly: { 'scc.module': module },
        ...(says
          ? {
              warnings: { has: ['art28-met-by-scc'] },
              says: {
                'art28-met-by-scc': { has: [lang === 'en' ? 'Art. 28(3) and (4)' : 'artikel 28.3 och 28.4'] },
              },
            }
          : { warnings: { lacks: ['art28-met-by-scc'] } }),
      }),
    ),
  ),
  // Special categories need an Art. 9(2) condition besides the transfer tool.
  ...(
    [
      ['US', 'scc'],
      ['JP', 'adequacy'],
    ] as const
  ).flatMap(([country, mechanism]): AssessmentScenario[] => {
    const sent = (specialCategories: boolean) => ({
      parties: [establishedInSweden, company('imp', country)],
      flows: [{ from: 'se', to: 'imp', fromRole: 'controller', toRole: 'processor', specialCategories }],
    });
    return [
      ...inBothLanguages(
        {
          name: `special categories to ${country} (${mechanism}): Art. 9(2) is named`,
          asOf,
          case: sent(true),
        },
        (lang) => ({
          exactly: { mechanism },
          says: { 'special-categories': { has: [lang === 'en' ? 'Art. 9(2)' : 'artikel 9.2'] } },
        }),
      ),
      ...inBothLanguages(
        {
          name: `the same flow to ${country} without special categories: no such warning`,
          asOf,
          case: sent(false),
        },
        () => ({ warnings: { lacks: ['special-categories'] } }),
      ),
    ];
  }),
  // Clause 13: the supervisory authority of Annex I.C. The exporter's Member State (Clause 13(a), first
  // option); under Art. 3(2), the representative's (second option), or else one where the data subjects are
  // (third option), which the parties name. Where national and regional authorities share the field, the
  // parties name the competent one.
  {
    name: 'Clause 13, a Swedish exporter: the Swedish Authority for Privacy Protection (IMY), nothing left to name',
    asOf,
    case: { parties: [swedishCompany, india], flows: [toIndia('controller', 'processor')] },
    expect: {
      is: {
        scc: { module: 2, clause13: 'member-state', supervisoryAuthority: { country: 'SE', id: 'se-imy' } },
      },
      warnings: { lacks: ['supervisory-authority-to-name'] },
    },
  },
  {
    name: 'Clause 13, an exporter subject to the GDPR through an EU establishment the case does not locate: the parties name the authority of that establishment',
    asOf,
    case: {
      parties: [{ id: 'se', country: 'US', type: 'company', gdprBasis: 'establishment' }, india],
      flows: [toIndia('controller', 'processor')],
    },
    expect: {
      is: { scc: { clause13: 'member-state' } },
      exactly: { 'scc.supervisoryAuthority': undefined },
      says: {
        'supervisory-authority-to-name': { has: ['the Member State of that establishment', 'Clause 13(a)'] },
      },
    },
  },
  {
    name: 'Clause 13, an Art. 3(2) exporter with a representative in Finland: the Finnish authority (the Åland authority is no national alternative)',
    asOf,
    case: {
      parties: [
        { id: 'se', country: 'SG', type: 'company', gdprBasis: 'targeting', representativeCountry: 'FI' },
        india,
      ],
      flows: [toIndia('controller', 'processor')],
    },
    expect: {
      is: {
        scc: { clause13: 'representative', supervisoryAuthority: { country: 'FI', id: 'fi-tietosuoja' } },
      },
      warnings: { lacks: ['supervisory-authority-to-name'] },
    },
  },
  {
    name: 'Clause 13, an Art. 3(2) exporter with a representative in Spain: the national or a regional authority, for the parties to name, for review',
    asOf,
    case: {
      parties: [
        { id: 'se', country: 'SG', type: 'company', gdprBasis: 'targeting', representativeCountry: 'ES' },
        india,
      ],
      flows: [toIndia('controller', 'processor')],
    },
    expect: {
      is: { scc: { clause13: 'representative' } },
      exactly: { 'scc.supervisoryAuthority': undefined },
      warnings: { forReview: ['supervisory-authority-to-name'] },
      says: {
        'supervisory-authority-to-name': {
          has: [
            'Spain',
            'Name the competent one in Annex I.C',
            // The national authority first, then each regional one (data/authorities.json).
            'Agencia Española de Protección de Datos (AEPD); Autoritat Catalana de Protecció de Dades (APDCAT)',
            'Consejo de Transparencia y Protección de Datos de Andalucía (CTPDA)',
          ],
        },
      },
    },
  },
  {
    name: 'Clause 13 in module 4: a processor in Sweden sending back to its controller in India names no authority and asks the parties for none (module 4 has no Clause 13)',
    asOf,
    case: {
      parties: [establishedInSweden, india],
      flows: [toIndia('processor', 'controller', { combinesWithEuData: false })],
    },
    expect: {
      exactly: { 'scc.module': 4, 'scc.clause13': undefined, 'scc.supervisoryAuthority': undefined },
      warnings: { lacks: ['supervisory-authority-to-name'] },
    },
  },
  {
    name: 'module 4: a processor sending back to its controller needs no authorisation for a sub-processor (Art. 28(2), (4))',
    asOf,
    case: {
      parties: [establishedInSweden, india],
      flows: [toIndia('processor', 'controller', { combinesWithEuData: false })],
    },
    expect: {
      exactly: { 'scc.module': 4 },
      excludes: { obligations: ['art28-subprocessor-authorisation'] },
    },
  },
  {
    name: 'Clause 13, an Art. 3(2) exporter without a representative: the authority where the data subjects are, named by the parties',
    asOf,
    case: {
      parties: [{ id: 'se', country: 'SG', type: 'company', gdprBasis: 'targeting' }, india],
      flows: [toIndia('controller', 'processor')],
    },
    expect: {
      is: { scc: { clause13: 'no-representative' } },
      exactly: { 'scc.supervisoryAuthority': undefined },
      says: {
        'supervisory-authority-to-name': { has: ['without an Art. 27 representative', 'Clause 13(a)'] },
      },
    },
  },
];
