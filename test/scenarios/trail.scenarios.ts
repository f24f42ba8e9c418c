import type { AssessmentScenario, Scenario } from './scenario.js';

/**
 * Where each answer of the reasoning was read (the trail's `by`): a lawyer checking an answer must be able
 * to find the fact it rests on, in the case (`parties[1].country`) or in the data (`data:adequacy/…`), and
 * see where a fact was not given and the engine took the cautious branch.
 */

const step = (value: string, by: string) => ({ value, by });

const groupCase = (
  exporterGroup: string | undefined,
  importerGroup: string | undefined,
): AssessmentScenario => ({
  name: `the same group? exporter ${exporterGroup ?? 'no group'}, importer ${importerGroup ?? 'no group'}`,
  asOf: '2026-11-01',
  case: {
    parties: [
      { id: 'se', country: 'SE', type: 'company', ...(exporterGroup ? { group: exporterGroup } : {}) },
      {
        id: 'in',
        country: 'IN',
        type: 'company',
        gdprBasis: 'none',
        ...(importerGroup ? { group: importerGroup } : {}),
      },
    ],
    flows: [{ from: 'se', to: 'in', fromRole: 'controller', toRole: 'processor' }],
  },
  expect: {
    steps: {
      sameGroup:
        exporterGroup !== undefined && exporterGroup === importerGroup
          ? step('yes', 'parties[0].group, parties[1].group')
          : exporterGroup === undefined || importerGroup === undefined
            ? step('no', 'parties[0].group, parties[1].group not both given')
            : step('no', 'parties[0].group, parties[1].group'),
    },
  },
});

/** The decision relied on, as the adequacy step notes it: title (with the amending acts), CELEX and dates. */
const decisionNotes = (lang: 'en' | 'sv'): AssessmentScenario => ({
  name: `the adequacy step names the decision relied on, its CELEX number and the days it applies (${lang})`,
  asOf: '2026-11-01',
  lang,
  case: {
    parties: [
      { id: 'se', country: 'SE', type: 'company' },
      { id: 'gb', country: 'GB', type: 'company', gdprBasis: 'none' },
      { id: 'jp', country: 'JP', type: 'company', gdprBasis: 'none' },
    ],
    flows: [
      { from: 'se', to: 'gb', fromRole: 'controller', toRole: 'processor' },
      { from: 'se', to: 'jp', fromRole: 'controller', toRole: 'processor' },
    ],
  },
  expect: {
    flows: {
      f1: {
        steps: {
          adequacyInForce: {
            value: 'yes',
            by: 'data:adequacy/2021-1772',
            cites: ['GDPR Art. 45(1)', 'GDPR Art. 45(3)'],
            note:
              lang === 'en'
                ? {
                    has: [
                      /^Commission Implementing Decision \(EU\) 2021\/1772 .*, as amended by Implementing Decision \(EU\) 2025\/1226 of 24 June 2025 and Implementing Decision \(EU\) 2025\/2574 of 19 December 2025 \(CELEX 32021D1772\), applying from 2021-06-28 until 2031-12-27\.$/,
                    ],
                  }
                : {
                    has: [
                      /^Kommissionens genomförandebeslut \(EU\) 2021\/1772 .*, i dess lydelse enligt genomförandebeslut \(EU\) 2025\/1226 av den 24 juni 2025 och genomförandebeslut \(EU\) 2025\/2574 av den 19 december 2025 \(CELEX 32021D1772\), tillämpligt från 2021-06-28 till och med 2031-12-27\.$/,
                    ],
                  },
          },
        },
      },
      f2: {
        steps: {
          adequacyInForce: {
            value: 'yes',
            by: 'data:adequacy/2019-419',
            note:
              lang === 'en'
                ? {
                    has: [
                      / under the Act on the Protection of Personal Information \(CELEX 32019D0419\), applying from 2019-01-23\.$/,
                    ],
                  }
                : {
                    has: [
                      / enligt lagen om skydd av personuppgifter \(CELEX 32019D0419\), tillämpligt från 2019-01-23\.$/,
                    ],
                  },
          },
        },
      },
    },
  },
});

export const scenarios: Scenario[] = [
  {
    name: 'a processor outside the GDPR that no flow of the case reaches: read as received through no transfer, so no onward transfer',
    asOf: '2026-11-01',
    case: {
      parties: [
        { id: 'in', country: 'IN', type: 'company', gdprBasis: 'none' },
        { id: 'cn', country: 'CN', type: 'company', gdprBasis: 'none' },
      ],
      flows: [{ from: 'in', to: 'cn', fromRole: 'processor', toRole: 'processor' }],
    },
    expect: {
      is: { kind: 'not-a-transfer' },
      steps: {
        senderSubjectToGdpr: step('no', 'parties[0].gdprBasis'),
        receivedThroughTransfer: step('no', 'no transfer flow of this case reaches parties[0]'),
      },
    },
  },
  decisionNotes('en'),
  decisionNotes('sv'),
  {
    name: 'a Swedish company sends to its group company in India, which targets the EU (Art. 3(2)): each answer and its fact',
    asOf: '2026-11-01',
    case: {
      parties: [
        { id: 'se', country: 'SE', type: 'company', group: 'g1' },
        { id: 'in', country: 'IN', type: 'company', gdprBasis: 'targeting', group: 'g1' },
      ],
      flows: [
        {
          from: 'se',
          to: 'in',
          fromRole: 'controller',
          toRole: 'processor',
          publicPowers: false,
          occasional: true,
          how: 'remote-access',
        },
      ],
    },
    expect: {
      steps: {
        senderRole: step('controller', 'flows[0].fromRole'),
        senderSubjectToGdpr: step('establishment', 'parties[0].country'),
        disclosure: step('remote-access', 'flows[0].how'),
        recipientLocation: step('third-country', 'parties[1].country'),
        adequacyInForce: step('no', 'parties[1].country'),
        exporterPublicBody: step('no', 'parties[0].type'),
        importerKind: step('company', 'parties[1].type'),
        sameGroup: step('yes', 'parties[0].group, parties[1].group'),
        occasional: step('yes', 'flows[0].occasional'),
        sccExporterRole: step('controller', 'flows[0].fromRole'),
        sccImporterRole: step('processor', 'flows[0].toRole'),
        exporterEstablishment: step('member-state', 'parties[0].country'),
        importerSubjectToGdpr: step('yes', 'parties[1].gdprBasis'),
      },
    },
  },
  groupCase('g1', 'g2'),
  groupCase('g1', undefined),
  groupCase(undefined, 'g1'),
  {
    name: 'a US company under Art. 3(2) with an Irish representative sends to an Indian authority: read from gdprBasis and the representative',
    asOf: '2026-11-01',
    case: {
      parties: [
        { id: 'us', country: 'US', type: 'company', gdprBasis: 'targeting', representativeCountry: 'IE' },
        { id: 'in', country: 'IN', type: 'public-authority', gdprBasis: 'none' },
      ],
      flows: [{ from: 'us', to: 'in', fromRole: 'controller', toRole: 'controller', publicPowers: true }],
    },
    expect: {
      steps: {
        senderSubjectToGdpr: step('targeting', 'parties[0].gdprBasis'),
        disclosure: step('other', 'flows[0].to (how not stated)'),
        importerKind: step('public-body', 'parties[1].type'),
        occasional: step('unknown', 'flows[0].occasional not given'),
        exporterEstablishment: step('representative', 'parties[0].representativeCountry'),
        importerSubjectToGdpr: step('no', 'parties[1].gdprBasis'),
      },
    },
  },
  {
    name: 'a municipality, its employee abroad, a DPF-certified vendor and an international organisation: answers read through the employee, the DPF facts and the organisation',
    asOf: '2026-11-01',
    case: {
      parties: [
        { id: 'kommun', country: 'SE', type: 'public-authority' },
        { id: 'anna', country: 'US', type: 'individual', employerId: 'kommun' },
        {
          id: 'us',
          country: 'US',
          type: 'company',
          gdprBasis: 'none',
          dpf: { active: true, hrData: true, nonHrData: false },
        },
        { id: 'org', type: 'international-organisation' },
      ],
      flows: [
        { from: 'kommun', to: 'anna', fromRole: 'controller', toRole: 'controller' },
        { from: 'anna', to: 'us', fromRole: 'controller', toRole: 'processor', hrData: true },
        { from: 'kommun', to: 'us', fromRole: 'controller', toRole: 'processor' },
        { from: 'kommun', to: 'org', fromRole: 'controller', toRole: 'controller' },
        { from: 'us', to: 'org', fromRole: 'processor', toRole: 'controller' },
      ],
    },
    expect: {
      flows: {
        f1: { steps: { disclosure: step('own-employee', 'parties[1].employerId') } },
        f2: {
          steps: {
            senderSubjectToGdpr: step('establishment', 'parties[1].employerId → parties[0].country'),
            adequacyInForce: step('yes-dpf', 'data:adequacy/2023-1795'),
            importerInScope: step('yes', 'parties[2].type'),
            dpfCertification: step('yes', 'parties[2].dpf, flows[1].hrData'),
          },
        },
        f3: {
          steps: {
            dpfCertification: step('unknown', 'parties[2].dpf; flows[2].hrData not given'),
            exporterPublicBody: step('yes', 'parties[0].type'),
            publicPowers: step('unknown', 'flows[2].publicPowers not given'),
            importerSubjectToGdpr: step('no', 'parties[2].gdprBasis'),
          },
        },
        f4: {
          steps: {
            recipientLocation: step('international-organisation', 'parties[3].type'),
            adequacyInForce: step('no', 'parties[3].organisationId not given'),
            importerKind: step('public-body', 'parties[3].type'),
            importerSubjectToGdpr: step('unknown', 'parties[3].gdprBasis not given'),
          },
        },
        f5: {
          steps: {
            senderSubjectToGdpr: step('no', 'parties[2].gdprBasis'),
            receivedThroughTransfer: step('yes', 'flows[1].to'),
            recipientLocation: step('international-organisation', 'parties[3].type'),
          },
        },
      },
    },
  },
  {
    name: 'a DPF-certified vendor whose certification does not cover HR data gets HR data: "no", read from its DPF facts and the flow',
    asOf: '2026-11-01',
    case: {
      parties: [
        { id: 'se', country: 'SE', type: 'company' },
        {
          id: 'us',
          country: 'US',
          type: 'company',
          gdprBasis: 'none',
          dpf: { active: true, hrData: false, nonHrData: true },
        },
      ],
      flows: [
        { from: 'se', to: 'us', fromRole: 'controller', toRole: 'processor', hrData: true },
        { from: 'se', to: 'us', fromRole: 'controller', toRole: 'processor', hrData: false },
      ],
    },
    expect: {
      flows: {
        f1: {
          is: { mechanism: 'scc' },
          steps: { dpfCertification: step('no', 'parties[1].dpf, flows[0].hrData') },
        },
        f2: {
          is: { mechanism: 'adequacy' },
          steps: { dpfCertification: step('yes', 'parties[1].dpf, flows[1].hrData') },
        },
      },
    },
  },
];
