/**
 * The school case of issue 14, whole: a municipality (kommun) uses a US ed-tech SaaS (subject to the GDPR
 * through an establishment in the EU), which uses an Indian help desk as sub-processor. Every fact the
 * interview asks for, and no other: the interview test checks both.
 */

const tiaCommon = {
  processingChain: 'onward-transfers',
  format: 'clear',
  storage: 'destination',
  clearTextAccess: true,
  remoteAccess: false,
  protectedRecipient: false,
  splitProcessing: false,
} as const;

const person = (name: string, title: string, email: string) => ({ name, title, email });
const party = (
  address: string,
  contact: ReturnType<typeof person>,
  signatory: ReturnType<typeof person>,
  activities: string,
) => ({ address, contact, signatory, activities });
const scc = (subProcessorOption: 'specific' | 'general') => ({
  docking: false,
  subProcessorOption,
  subProcessorNoticeDays: 30,
  disputeBody: false,
  governingLawOption: 'named',
  governingLaw: 'SE',
  courts: 'SE',
});
const description = {
  dataSubjects: ['Elever', 'Lärare'],
  dataCategories: ['Namn', 'Klass', 'Inlämnade uppgifter', 'Omdömen'],
  sensitiveData: [],
  frequency: 'Löpande',
  purposes: ['Undervisning och bedömning'],
  retention: 'Under avtalstiden; därefter raderas uppgifterna inom 30 dagar',
  measures: [{ area: 'Kryptering', description: 'TLS 1.3 vid överföring, AES-256 vid lagring' }],
};

export const schoolCase = {
  asOf: '2026-11-01',
  parties: [
    { id: 'kommun', name: 'Exempelby kommun', country: 'SE', type: 'public-authority' },
    {
      id: 'edtech',
      name: 'EdTech Learning Inc.',
      country: 'US',
      type: 'company',
      gdprBasis: 'establishment',
      dpf: { active: false, hrData: false, nonHrData: false },
    },
    { id: 'helpdesk', name: 'Help Desk Services Pvt Ltd', country: 'IN', type: 'company', gdprBasis: 'none' },
  ],
  flows: [
    {
      id: 'plattform',
      from: 'kommun',
      to: 'edtech',
      fromRole: 'controller',
      toRole: 'processor',
      publicPowers: false,
      occasional: false,
      tia: {
        circumstances: tiaCommon,
        laws: { importerIsEcsp: true, relyOnCommissionFinding: true },
      },
    },
    {
      id: 'support',
      from: 'edtech',
      to: 'helpdesk',
      fromRole: 'processor',
      toRole: 'processor',
      occasional: false,
      tia: {
        circumstances: { ...tiaCommon, processingChain: 'importer-only' },
        laws: { guarantees: { A: 'not-met', B: 'not-met', C: 'not-met', D: 'not-met' } },
        practicalExperience: { claimed: false },
      },
    },
  ],
  details: {
    parties: {
      kommun: party(
        'Skolgatan 1, 123 45 Exempelby',
        person('Anna Andersson', 'Dataskyddsombud', 'dso@exempelby.se'),
        person('Bo Berg', 'Skolchef', 'bo.berg@exempelby.se'),
        'Grundskola och gymnasium',
      ),
      edtech: party(
        '100 Market Street, San Francisco, CA, USA',
        person('Carol Chen', 'Privacy Officer', 'privacy@edtech.example'),
        person('Dan Doe', 'General Counsel', 'legal@edtech.example'),
        'Lärplattform som tjänst (SaaS)',
      ),
      helpdesk: party(
        '12 MG Road, Bengaluru, India',
        person('Esha Iyer', 'Compliance Lead', 'compliance@helpdesk.example'),
        person('Farhan Khan', 'Director', 'director@helpdesk.example'),
        'Användarsupport',
      ),
    },
    flows: {
      plattform: {
        ...description,
        nature: 'Lagring och drift av kommunens lärplattform',
        assistanceMeasures:
          'Export och rättelse i administratörsgränssnittet; svar på begäran inom 5 arbetsdagar',
        subProcessors: [
          {
            name: 'Help Desk Services Pvt Ltd',
            country: 'IN',
            processing: 'Användarsupport via fjärråtkomst',
          },
        ],
        subProcessorTransfers: 'Användarsupport under avtalstiden, med fjärråtkomst till ärendeuppgifter',
        scc: scc('general'),
        tia: { assessor: person('Anna Andersson', 'Dataskyddsombud', 'dso@exempelby.se') },
      },
      support: {
        ...description,
        nature: 'Användarsupport med fjärråtkomst',
        assistanceMeasures: 'Vidarebefordran av registrerades begäranden inom 2 arbetsdagar',
        subProcessors: [],
        scc: scc('specific'),
        tia: { assessor: person('Carol Chen', 'Privacy Officer', 'privacy@edtech.example') },
      },
    },
  },
};
