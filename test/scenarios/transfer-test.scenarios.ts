import { parties, type Scenario } from './scenario.js';

/**
 * Is it a transfer? EDPB Guidelines 05/2021 on the interplay between Art. 3 and Chapter V (version 2.0):
 * the examples of the Guidelines, and the importer's place as its organisation's (criterion 3).
 */

const { swedishCompany, company } = parties;
const asOf = '2026-11-01';
const shop = { id: 'shop', country: 'SG', type: 'company', gdprBasis: 'targeting' };
const dutchProcessor = { id: 'abc', country: 'NL', type: 'company' };
const indianController = { id: 'xyz', country: 'IN', type: 'company', gdprBasis: 'none' };
const module4 = { from: 'abc', to: 'xyz', fromRole: 'processor', toRole: 'controller' };
const germanProcessor = { id: 'de', country: 'DE', type: 'company' };

export const scenarios: Scenario[] = [
  {
    name: 'Example 1: a data subject in Italy fills in a form of a third-country shop: no transfer',
    asOf,
    case: {
      parties: [{ id: 'maria', country: 'IT', type: 'individual' }, shop],
      flows: [{ from: 'maria', to: 'shop', fromRole: 'data-subject', toRole: 'controller' }],
    },
    expect: {
      is: { kind: 'not-a-transfer', mechanism: 'none', derogations: [], alternatives: [] },
      concludes: 'notTransferDataSubject',
    },
  },
  {
    name: 'Example 1 onwards: data a third-country company not subject to the GDPR collected from the data subject reach its processor abroad through no transfer',
    asOf,
    case: {
      parties: [
        { id: 'maria', country: 'IT', type: 'individual' },
        { id: 'store', country: 'SG', type: 'company', gdprBasis: 'none' },
        { id: 'host', country: 'IN', type: 'company', gdprBasis: 'none' },
      ],
      flows: [
        { id: 'form', from: 'maria', to: 'store', fromRole: 'data-subject', toRole: 'controller' },
        { id: 'hosting', from: 'store', to: 'host', fromRole: 'controller', toRole: 'processor' },
      ],
    },
    expect: {
      flows: {
        form: { is: { kind: 'not-a-transfer' }, concludes: 'notTransferDataSubject' },
        // The data subject's own disclosure is no transfer, so nothing reached the store through one.
        hosting: {
          is: { kind: 'not-a-transfer', mechanism: 'none' },
          concludes: 'notTransferOutsideGdpr',
          steps: { receivedThroughTransfer: { value: 'no' } },
        },
      },
    },
  },
  {
    name: 'a data subject handing data to a processor abroad: no transfer by the data subject, flagged for review',
    asOf,
    case: {
      parties: [
        { id: 'maria', country: 'IT', type: 'individual' },
        { id: 'callcentre', country: 'IN', type: 'company', gdprBasis: 'none' },
      ],
      flows: [{ from: 'maria', to: 'callcentre', fromRole: 'data-subject', toRole: 'processor' }],
    },
    expect: {
      exactly: { kind: 'not-a-transfer', obligations: [] },
      warnings: { forReview: ['collected-by-processor-abroad'] },
    },
  },
  {
    name: 'Example 2: the Art. 3(2) shop engages a processor outside the EU: a transfer by the shop, module 2, the authority to be named',
    asOf,
    case: {
      parties: [shop, { id: 'b', country: 'IN', type: 'company', gdprBasis: 'none' }],
      flows: [{ from: 'shop', to: 'b', fromRole: 'controller', toRole: 'processor' }],
    },
    expect: {
      is: { kind: 'transfer', mechanism: 'scc', scc: { module: 2, clause13: 'no-representative' } },
      exactly: { 'scc.supervisoryAuthority': undefined },
      warnings: { has: ['supervisory-authority-to-name'] },
      answers: { senderSubjectToGdpr: 'targeting' },
    },
  },
  {
    name: 'Example 2, the shop with a representative in Ireland: Clause 13 names the Irish authority',
    asOf,
    case: {
      parties: [
        { ...shop, representativeCountry: 'IE' },
        { id: 'b', country: 'IN', type: 'company', gdprBasis: 'none' },
      ],
      flows: [{ from: 'shop', to: 'b', fromRole: 'controller', toRole: 'processor' }],
    },
    expect: { is: { scc: { clause13: 'representative', supervisoryAuthority: { country: 'IE' } } } },
  },
  {
    // Whether Clauses 14 and 15 apply depends on a fact not given: the engine stops, it does not guess.
    name: 'Example 3: a processor in the EU sends data back to its controller in a third country: module 4, asked whether it combines the data',
    asOf,
    case: { parties: [dutchProcessor, indianController], flows: [module4] },
    expect: {
      is: {
        kind: 'transfer',
        mechanism: 'unresolved',
        openQuestions: [
          { machine: 'sccModule', id: 'combinesWithEuData', field: 'flows[0].combinesWithEuData' },
        ],
      },
      exactly: { scc: undefined },
      warnings: { has: ['open-question'] },
      answers: { sccImporterRole: 'controller' },
    },
  },
  {
    name: 'Example 3, data kept apart from data collected in the EU: module 4 without Clause 14, no TIA, no Clause 13',
    asOf,
    case: { parties: [dutchProcessor, indianController], flows: [{ ...module4, combinesWithEuData: false }] },
    expect: {
      is: { scc: { module: 4, clause14: false, subProcessorOptions: false } },
      exactly: { 'scc.clause13': undefined },
      excludes: { obligations: ['tia'] },
    },
  },
  {
    name: 'Example 3, combined with data collected in the EU: module 4 with Clause 14 and a TIA',
    asOf,
    case: { parties: [dutchProcessor, indianController], flows: [{ ...module4, combinesWithEuData: true }] },
    expect: { is: { scc: { module: 4, clause14: true } }, includes: { obligations: ['tia'] } },
  },
  {
    name: 'Example 4: a processor in the EU engages a sub-processor in a third country: module 3, the French authority',
    asOf,
    case: {
      parties: [
        { id: 'p', country: 'FR', type: 'company' },
        { id: 'sub', country: 'IN', type: 'company', gdprBasis: 'none' },
      ],
      flows: [{ from: 'p', to: 'sub', fromRole: 'processor', toRole: 'processor' }],
    },
    expect: {
      is: {
        scc: {
          module: 3,
          clause14: true,
          subProcessorOptions: true,
          supervisoryAuthority: { country: 'FR' },
        },
      },
      exactly: {
        importerRole: { role: 'sub-processor', label: 'sub-processor' },
        obligations: ['art28-contract', 'art28-subprocessor-authorisation', 'tia'],
      },
    },
  },
  {
    name: 'Example 5: an employee on a business trip in India accesses the company data: no transfer',
    asOf,
    case: {
      parties: [
        { id: 'a', country: 'PL', type: 'company' },
        { id: 'george', country: 'IN', type: 'individual', employerId: 'a' },
      ],
      flows: [
        { from: 'a', to: 'george', fromRole: 'controller', toRole: 'controller', how: 'remote-access' },
      ],
    },
    expect: {
      is: { kind: 'not-a-transfer', mechanism: 'none', importer: { id: 'george', actsFor: 'a' } },
      steps: { disclosure: { value: 'own-employee', by: 'parties[1].employerId' } },
      warnings: { has: ['processing-outside-eea'] },
    },
  },
  {
    name: 'a self-employed contractor in India is another party: a transfer',
    asOf,
    case: {
      parties: [swedishCompany, { id: 'freelancer', country: 'IN', type: 'individual', gdprBasis: 'none' }],
      flows: [
        { from: 'se', to: 'freelancer', fromRole: 'controller', toRole: 'processor', how: 'remote-access' },
      ],
    },
    expect: {
      is: { kind: 'transfer', mechanism: 'scc', scc: { module: 2 } },
      answers: { disclosure: 'remote-access' },
    },
  },
  {
    name: 'remote access from India by a processor makes the data available: a transfer',
    asOf,
    case: {
      parties: [swedishCompany, { id: 'support', country: 'IN', type: 'company', gdprBasis: 'none' }],
      flows: [
        { from: 'se', to: 'support', fromRole: 'controller', toRole: 'processor', how: 'remote-access' },
      ],
    },
    expect: {
      exactly: { kind: 'transfer' },
      steps: { disclosure: { value: 'remote-access', by: 'flows[0].how' } },
    },
  },
  {
    name: 'Example 12: a processor in the EU, whatever its parent, receives no transfer',
    asOf,
    case: {
      parties: [
        { id: 'x', country: 'DK', type: 'company' },
        { id: 'y', country: 'IE', type: 'company' },
      ],
      flows: [{ from: 'x', to: 'y', fromRole: 'controller', toRole: 'processor' }],
    },
    expect: {
      is: { kind: 'not-a-transfer', mechanism: 'none', obligations: ['art28-contract'] },
      concludes: 'notTransferRecipientInEea',
    },
  },
  {
    name: 'a third-country exporter whose GDPR status is not given is asked about, not guessed',
    asOf,
    case: {
      parties: [
        { id: 'us', country: 'US', type: 'company' },
        { id: 'in', country: 'IN', type: 'company' },
      ],
      flows: [{ from: 'us', to: 'in', fromRole: 'controller', toRole: 'processor' }],
    },
    expect: {
      is: {
        kind: 'undetermined',
        mechanism: 'unresolved',
        openQuestions: [{ id: 'senderSubjectToGdpr', field: 'parties[0].gdprBasis' }],
      },
    },
  },
  // Criterion 3 looks at the importer, the other controller or processor, not at where its staff sit.
  {
    name: 'an EU processor whose employee in the US reads the data: no transfer, the processor access flagged',
    asOf,
    case: {
      parties: [
        swedishCompany,
        germanProcessor,
        { id: 'emp', country: 'US', type: 'individual', employerId: 'de' },
      ],
      flows: [{ from: 'se', to: 'emp', fromRole: 'controller', toRole: 'processor', how: 'remote-access' }],
    },
    expect: {
      is: { kind: 'not-a-transfer', mechanism: 'none' },
      steps: { recipientLocation: { value: 'eea', by: 'parties[2].employerId → parties[1].country' } },
      warnings: { forReview: ['importer-staff-elsewhere'] },
      says: { 'importer-staff-elsewhere': { has: [/Art\. 28/] } },
      includes: { obligations: ['art28-contract'] },
    },
  },
  {
    // The adequacy lookup and the transfer impact assessment look at the US, not Sweden.
    name: 'a US processor outside the GDPR whose employee sits in Sweden: a transfer to the US, flagged',
    asOf,
    case: {
      parties: [
        swedishCompany,
        company('us', 'US'),
        { id: 'emp', country: 'SE', type: 'individual', employerId: 'us' },
      ],
      flows: [{ from: 'se', to: 'emp', fromRole: 'controller', toRole: 'processor' }],
    },
    expect: {
      is: {
        kind: 'transfer',
        mechanism: 'scc',
        scc: { module: 2 },
        tia: { destination: { code: 'US', profile: 'us' } },
      },
      steps: { adequacyInForce: { value: 'yes-dpf' } },
      warnings: { forReview: ['importer-staff-elsewhere'] },
    },
  },
  {
    name: 'an employee in the same country as the employer raises no warning',
    asOf,
    case: {
      parties: [
        swedishCompany,
        company('in', 'IN'),
        { id: 'emp', country: 'IN', type: 'individual', employerId: 'in' },
      ],
      flows: [{ from: 'se', to: 'emp', fromRole: 'controller', toRole: 'processor' }],
    },
    expect: { exactly: { kind: 'transfer' }, warnings: { lacks: ['importer-staff-elsewhere'] } },
  },
];
