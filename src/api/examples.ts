/**
 * Example bodies shown in the OpenAPI document and pre-filled on /docs: a Swedish municipality storing
 * payroll (HR) data with a US provider certified in the DPF for non-HR data only.
 */
export const exampleCase = {
  asOf: '2026-11-01',
  parties: [
    { id: 'kommun', name: 'Exempel kommun', country: 'SE', type: 'public-authority' },
    {
      id: 'moln',
      name: 'Molnbolaget Inc.',
      country: 'US',
      type: 'company',
      dpf: { active: true, hrData: false, nonHrData: true },
    },
  ],
  flows: [
    {
      id: 'lon',
      from: 'kommun',
      to: 'moln',
      fromRole: 'controller',
      toRole: 'processor',
      how: 'hosting',
      hrData: true,
      publicPowers: false,
    },
  ],
};

export const exampleDocumentRequest = {
  case: exampleCase,
  details: {
    flows: {
      lon: {
        scc: {
          docking: false,
          subProcessorOption: 'general',
          subProcessorNoticeDays: 30,
          governingLawOption: 'named',
          governingLaw: 'SE',
          courts: 'SE',
        },
      },
    },
  },
  documentDate: '2026-11-15',
};

/** A backup encrypted in the EEA with keys that never leave it (EDPB Recommendations 01/2020, use case 1). */
export const exampleTiaRequest = {
  destination: 'US',
  transferTool: 'scc',
  sccModule: 2,
  asOf: '2026-11-01',
  circumstances: {
    purpose: 'Krypterad säkerhetskopia av ärendehanteringssystemet',
    processingChain: 'importer-only',
    format: 'encrypted',
    encryption: { stateOfTheArt: true, keysHeldBy: 'exporter-eea' },
    storage: 'destination',
    clearTextAccess: false,
    remoteAccess: false,
    protectedRecipient: false,
    splitProcessing: false,
  },
  laws: { importerIsEcsp: true, relyOnCommissionFinding: true },
  practicalExperience: { claimed: false },
};
