import { authorityFor } from '../../src/data/index.js';
import type { DocumentRequest } from '../../src/documents/input.js';
import type { AssessmentCase } from '../../src/domain/case.js';
import type { Assessment, FlowVerdict } from '../../src/domain/verdict.js';

/**
 * A case with one flow per SCC module, a processor inside the EU and an adequacy flow, and the verdicts
 * an engine gives for it (built by hand to the contract of src/domain/verdict.ts, in both languages).
 */

export const sampleCase: AssessmentCase = {
  asOf: '2026-11-01',
  parties: [
    {
      id: 'kommun',
      name: 'Exempelby kommun',
      country: 'SE',
      type: 'public-authority',
      gdprBasis: 'establishment',
    },
    { id: 'moln', name: 'Molnbolaget Inc.', country: 'US', type: 'company' },
    { id: 'support', name: 'Supportbolaget Pvt Ltd', country: 'IN', type: 'company' },
    { id: 'analys', name: 'Analysbyrån LLC', country: 'US', type: 'company' },
    {
      id: 'lonebyran',
      name: 'Svenska Lönebyrån AB',
      country: 'SE',
      type: 'company',
      gdprBasis: 'establishment',
    },
    { id: 'kund', name: 'Kunden Corp.', country: 'US', type: 'company' },
    { id: 'drift', name: 'Driftbolaget AB', country: 'SE', type: 'company' },
    { id: 'japan', name: 'Tokyo Data KK', country: 'JP', type: 'company' },
  ],
  flows: [
    {
      id: 'moln-1',
      from: 'kommun',
      to: 'moln',
      fromRole: 'controller',
      toRole: 'processor',
      how: 'hosting',
      specialCategories: false,
    },
    {
      id: 'support-1',
      from: 'moln',
      to: 'support',
      fromRole: 'processor',
      toRole: 'processor',
      how: 'remote-access',
    },
    {
      id: 'analys-1',
      from: 'kommun',
      to: 'analys',
      fromRole: 'controller',
      toRole: 'controller',
      occasional: true,
    },
    {
      id: 'kund-1',
      from: 'lonebyran',
      to: 'kund',
      fromRole: 'processor',
      toRole: 'controller',
      combinesWithEuData: false,
    },
    {
      id: 'drift-1',
      from: 'kommun',
      to: 'drift',
      fromRole: 'controller',
      toRole: 'processor',
      specialCategories: true,
    },
    { id: 'japan-1', from: 'kommun', to: 'japan', fromRole: 'controller', toRole: 'processor' },
  ],
};

type Lang = 'sv' | 'en';
const t = (lang: Lang, sv: string, en: string) => (lang === 'sv' ? sv : en);

function partyRef(id: string) {
  const party = sampleCase.parties.find((p) => p.id === id)!;
  return { id, name: party.name, type: party.type, ...(party.country ? { country: party.country } : {}) };
}

function roleRef(role: 'controller' | 'processor', lang: Lang) {
  return {
    role,
    label:
      role === 'controller'
        ? t(lang, 'personuppgiftsansvarig', 'controller')
        : t(lang, 'personuppgiftsbiträde', 'processor'),
  };
}

function imy(lang: Lang) {
  const a = authorityFor('SE')!;
  return { country: 'SE', id: a.id, name: a.name[lang], nativeName: a.nativeName, url: a.url };
}

function trail(lang: Lang): FlowVerdict['trail'] {
  return [
    {
      id: 'importer-in-third-country',
      machine: 'transfer',
      question: t(lang, 'Finns mottagaren i ett tredjeland?', 'Is the importer in a third country?'),
      answer: t(lang, 'Ja', 'Yes'),
      value: 'yes',
      cites: ['EDPB Guidelines 05/2021, para. 9'],
      by: 'parties[1].country',
    },
    {
      id: 'conclusion',
      machine: 'mechanism',
      question: t(lang, 'Slutsats', 'Conclusion'),
      answer: t(lang, 'Standardavtalsklausuler behövs.', 'Standard contractual clauses are needed.'),
      value: 'scc',
      cites: ['GDPR Art. 46(2)(c)'],
    },
  ];
}

function base(id: string, from: string, to: string, lang: Lang) {
  return {
    id,
    exporter: partyRef(from),
    importer: partyRef(to),
    alternatives: [],
    derogations: [],
    openQuestions: [],
    trail: trail(lang),
  };
}

function sccVerdict(lang: Lang, module: 1 | 2 | 3 | 4, clause14: boolean) {
  return {
    module,
    clause14,
    subProcessorOptions: module === 2 || module === 3,
    ...(module === 4 ? {} : { clause13: 'member-state' as const, supervisoryAuthority: imy(lang) }),
    importerSubjectToGdpr: 'no' as const,
    choices: [],
  };
}

export function sampleAssessment(lang: Lang): Assessment {
  const flows: FlowVerdict[] = [
    {
      ...base('moln-1', 'kommun', 'moln', lang),
      kind: 'transfer',
      exporterRole: roleRef('controller', lang),
      importerRole: roleRef('processor', lang),
      mechanism: 'scc',
      scc: sccVerdict(lang, 2, true),
      alternatives: ['bcr'],
      obligations: ['tia', 'art28-contract'],
      warnings: [
        {
          code: 'dpf-not-certified',
          message: t(
            lang,
            'Mottagaren finns inte i förteckningen över certifierade organisationer.',
            'The importer is not on the list of certified organisations.',
          ),
          review: true,
        },
      ],
    },
    {
      ...base('support-1', 'moln', 'support', lang),
      kind: 'onward-transfer',
      exporterRole: roleRef('processor', lang),
      importerRole: roleRef('processor', lang),
      mechanism: 'scc',
      scc: sccVerdict(lang, 3, true),
      obligations: ['tia', 'onward-transfer-conditions'],
      warnings: [],
      originatingFlows: ['moln-1'],
    },
    {
      ...base('analys-1', 'kommun', 'analys', lang),
      kind: 'transfer',
      exporterRole: roleRef('controller', lang),
      importerRole: roleRef('controller', lang),
      mechanism: 'scc',
      scc: sccVerdict(lang, 1, true),
      derogations: ['49-1-a'],
      obligations: ['tia'],
      warnings: [],
    },
    {
      ...base('kund-1', 'lonebyran', 'kund', lang),
      kind: 'transfer',
      exporterRole: roleRef('processor', lang),
      importerRole: roleRef('controller', lang),
      mechanism: 'scc',
      scc: sccVerdict(lang, 4, false),
      obligations: [],
      warnings: [],
    },
    {
      ...base('drift-1', 'kommun', 'drift', lang),
      kind: 'not-a-transfer',
      exporterRole: roleRef('controller', lang),
      importerRole: roleRef('processor', lang),
      mechanism: 'none',
      obligations: ['art28-contract'],
      warnings: [],
    },
    {
      ...base('japan-1', 'kommun', 'japan', lang),
      kind: 'transfer',
      exporterRole: roleRef('controller', lang),
      importerRole: roleRef('processor', lang),
      mechanism: 'adequacy',
      adequacy: {
        decision: '2019-419',
        title: t(
          lang,
          'Kommissionens genomförandebeslut (EU) 2019/419 om Japan',
          'Commission Implementing Decision (EU) 2019/419 on Japan',
        ),
        celex: '32019D0419',
        covered: true,
        scope: t(lang, 'Privata aktörer som omfattas av APPI.', 'Private operators covered by the APPI.'),
        reason: t(
          lang,
          'Mottagaren är ett privat företag i Japan.',
          'The importer is a private business in Japan.',
        ),
        conditionsToConfirm: [],
        confidence: 'confirmed',
      },
      obligations: ['art28-contract'],
      warnings: [],
    },
  ];
  return { asOf: '2026-11-01', dataVersion: 'test', lang, flows, assumptions: [] };
}

/** Every fact the documents can use, for the flows of the sample case. */
export const fullDetails: NonNullable<DocumentRequest['details']> = {
  parties: {
    kommun: {
      address: 'Storgatan 1, 123 45 Exempelby',
      registrationNumber: '212000-0000',
      contact: {
        name: 'Anna Andersson',
        title: 'dataskyddsombud',
        email: 'dso@exempelby.se',
        phone: '+46 10 000 00 00',
      },
      signatory: { name: 'Bertil Berg', title: 'kommundirektör' },
      activities: 'Kommunal verksamhet inom skola och omsorg.',
    },
    moln: {
      address: '1 Cloud Way, Seattle, WA',
      contact: { name: 'Carol Chen', title: 'Privacy Officer', email: 'privacy@moln.example' },
      signatory: { name: 'Dan Doe', title: 'General Counsel' },
      activities: 'Drift av molntjänst för e-post och dokument.',
    },
  },
  flows: {
    'moln-1': {
      dataSubjects: ['Anställda', 'Elever och vårdnadshavare'],
      dataCategories: ['Namn och kontaktuppgifter', 'E-post och dokument'],
      sensitiveData: [],
      frequency: 'Löpande',
      nature: 'Lagring och drift',
      purposes: ['E-post och dokumenthantering för kommunens verksamhet'],
      retention: 'Under avtalstiden och 30 dagar därefter',
      subProcessorTransfers: 'Support via Supportbolaget, under avtalstiden',
      measures: [
        { area: 'Kryptering', description: 'AES-256 i vila, TLS 1.3 under överföring.' },
        { area: 'Behörighetsstyrning', description: 'Rollbaserad åtkomst och tvåfaktorsinloggning.' },
      ],
      assistanceMeasures: 'Verktyg för export och radering av en registrerads uppgifter.',
      subProcessors: [
        {
          name: 'Supportbolaget Pvt Ltd',
          address: 'Bengaluru',
          country: 'IN',
          processing: 'Teknisk support på distans.',
        },
      ],
      scc: {
        docking: false,
        subProcessorOption: 'specific',
        subProcessorNoticeDays: 30,
        disputeBody: false,
        governingLawOption: 'named',
        governingLaw: 'SE',
        courts: 'SE',
      },
      dpa: { breachNoticeHours: 24 },
    },
  },
};

export function sampleRequest(overrides: Partial<DocumentRequest> = {}): DocumentRequest {
  return { case: sampleCase, documentDate: '2026-11-15', ...overrides };
}

/**
 * Answers that complete the transfer impact assessment of the sample case's first flow: an encrypted
 * backup whose keys stay with the exporter in the EEA (EDPB Recommendations 01/2020, use case 1).
 */
export const encryptedBackupTia: NonNullable<AssessmentCase['flows'][number]['tia']> = {
  circumstances: {
    purpose: 'E-post och dokument för kommunens verksamhet',
    // The case sends the data on to the Indian support company (flow support-1): Clause 14(b)(i).
    processingChain: 'onward-transfers',
    format: 'encrypted',
    encryption: { stateOfTheArt: true, keysHeldBy: 'exporter-eea' },
    storage: 'destination',
    clearTextAccess: false,
    remoteAccess: false,
    protectedRecipient: false,
    splitProcessing: false,
  },
  laws: {
    relyOnCommissionFinding: false,
    guarantees: { A: 'not-met', B: 'not-met', C: 'not-met', D: 'not-met' },
  },
  practicalExperience: { claimed: false },
};

/**
 * The onward leg of the first flow's chain: the Indian support company reaches only the encrypted
 * backup, keys in the EEA (use case 1), assessed against India's law profile.
 */
export const supportDeskTia: NonNullable<AssessmentCase['flows'][number]['tia']> = {
  circumstances: {
    purpose: 'Fjärrsupport av säkerhetskopian',
    processingChain: 'importer-only',
    format: 'encrypted',
    encryption: { stateOfTheArt: true, keysHeldBy: 'exporter-eea' },
    storage: 'destination',
    clearTextAccess: false,
    remoteAccess: false,
    protectedRecipient: false,
    splitProcessing: false,
  },
  laws: { guarantees: { A: 'not-met', B: 'not-met', C: 'not-met', D: 'not-met' } },
  practicalExperience: { claimed: false },
};

/**
 * The sample case with a complete transfer impact assessment for its first flow: its own answers, and
 * those of the onward leg to India (flow support-1), which the assessment covers (Clause 14(b)(i)).
 */
export function sampleCaseWithTia(): AssessmentCase {
  const withTia = structuredClone(sampleCase);
  withTia.flows[0]!.tia = structuredClone(encryptedBackupTia);
  withTia.flows[1]!.tia = structuredClone(supportDeskTia);
  return withTia;
}
