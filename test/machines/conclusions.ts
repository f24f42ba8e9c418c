/**
 * What each questionnaire must conclude, as decision tables a lawyer can read and check against the
 * sources, written down here and not derived from the machines.
 *
 * A row: the answers that decide (`when`: question → answer, or a list of answers any of which fits;
 * `'not asked'` where the question must not have come up), the conclusion the machine must reach (`concludes`:
 * its final state and the facts of its output that matter), and the rule that decides (`because`: a
 * citation the conclusion must give). Answers a row does not name do not change its conclusion. Every
 * path through a machine must fit exactly one row, and every row must fit some path.
 */

export type Answers = Record<string, string | undefined>;
export interface Row {
  when: Record<string, string | readonly string[]>;
  concludes: { state: string } & Record<string, unknown>;
  because: string;
}

export const notAsked = 'not asked';

export function fits(row: Row, answers: Answers): boolean {
  return Object.entries(row.when).every(([question, expected]) => {
    const given = answers[question] ?? notAsked;
    return typeof expected === 'string' ? given === expected : expected.includes(given);
  });
}

const gdprApplies = ['establishment', 'targeting'] as const; // Art. 3(1) or 3(2)
const thirdCountry = ['third-country', 'international-organisation'] as const;
const notEmployee = ['transmission', 'remote-access', 'hosting', 'other'] as const;

/** machines/transfer.ts: is this a transfer (Chapter V), an onward transfer, or neither? */
export const transferTable: Row[] = [
  {
    when: { senderRole: 'data-subject' },
    concludes: { state: 'notTransferDataSubject', kind: 'not-a-transfer' },
    because: 'EDPB Guidelines 05/2021, Example 1',
  },
  {
    when: { senderSubjectToGdpr: 'no', receivedThroughTransfer: 'no' },
    concludes: { state: 'notTransferOutsideGdpr', kind: 'not-a-transfer' },
    because: 'EDPB Guidelines 05/2021, criterion 1',
  },
  {
    when: { disclosure: 'own-employee' },
    concludes: { state: 'notTransferSameEntity', kind: 'not-a-transfer' },
    because: 'EDPB Guidelines 05/2021, Example 5',
  },
  {
    when: { senderSubjectToGdpr: gdprApplies, disclosure: notEmployee, recipientLocation: 'eea' },
    concludes: { state: 'notTransferRecipientInEea', kind: 'not-a-transfer', destination: 'eea' },
    because: 'EDPB Guidelines 05/2021, criterion 3',
  },
  {
    when: { senderSubjectToGdpr: gdprApplies, disclosure: notEmployee, recipientLocation: thirdCountry },
    concludes: { state: 'transfer', kind: 'transfer' },
    because: 'GDPR Art. 44',
  },
  {
    // The interim arrangement covers transmission from the Union only.
    when: {
      senderSubjectToGdpr: gdprApplies,
      disclosure: notEmployee,
      recipientLocation: 'third-country-interim',
    },
    concludes: {
      state: 'notTransferInterimArrangement',
      kind: 'not-a-transfer',
      destination: 'third-country',
    },
    because: 'EU–UK Trade and Cooperation Agreement, Art. FINPROV.10A',
  },
  {
    when: {
      senderSubjectToGdpr: 'no',
      receivedThroughTransfer: 'yes',
      disclosure: notEmployee,
      recipientLocation: 'eea',
    },
    concludes: { state: 'notOnwardIntoEea', kind: 'not-a-transfer', destination: 'eea' },
    because: 'Decision (EU) 2021/914, Annex, Clause 8.7 (footnote)',
  },
  {
    // From outside the Union the interim arrangement does not help: still an onward transfer.
    when: {
      senderSubjectToGdpr: 'no',
      receivedThroughTransfer: 'yes',
      disclosure: notEmployee,
      recipientLocation: [...thirdCountry, 'third-country-interim'],
    },
    concludes: { state: 'onwardTransfer', kind: 'onward-transfer' },
    because: 'Decision (EU) 2021/914, Annex, Clauses 8.7, 8.8 and 9',
  },
];

/** machines/roles.ts: the party's role under Art. 4(7), 4(8), 26 and 28. */
export const rolesTable: Row[] = [
  {
    when: { decidesPurposes: 'yes', jointDecision: 'yes' },
    concludes: { state: 'jointController', role: 'joint-controller' },
    because: 'GDPR Art. 26',
  },
  {
    when: { decidesPurposes: 'yes', jointDecision: 'no' },
    concludes: { state: 'controller', role: 'controller' },
    because: 'GDPR Art. 4(7)',
  },
  {
    when: { decidesPurposes: 'no', decidesEssentialMeans: 'yes', jointDecision: 'yes' },
    concludes: { state: 'undeterminedJointMeans', role: 'undetermined' },
    because: 'GDPR Art. 26(1)',
  },
  {
    when: { decidesPurposes: 'no', decidesEssentialMeans: 'yes', jointDecision: 'no' },
    concludes: { state: 'undetermined', role: 'undetermined' },
    because: 'EDPB Guidelines 07/2020, Part I, sections 2.1.4 and 3',
  },
  {
    when: { decidesPurposes: 'no', decidesEssentialMeans: 'no', processesOnBehalf: 'no' },
    concludes: { state: 'none', role: 'none' },
    because: 'GDPR Art. 29',
  },
  {
    when: { processesOnBehalf: 'yes', ownPurposes: 'yes' },
    concludes: { state: 'controllerByArt28_10', role: 'controller' },
    because: 'GDPR Art. 28(10)',
  },
  {
    when: { processesOnBehalf: 'yes', ownPurposes: 'no', engagedBy: 'controller' },
    concludes: { state: 'processor', role: 'processor' },
    because: 'GDPR Art. 28(3)',
  },
  {
    when: { processesOnBehalf: 'yes', ownPurposes: 'no', engagedBy: 'processor' },
    concludes: { state: 'subProcessor', role: 'sub-processor' },
    because: 'GDPR Art. 28(4)',
  },
];

const controllers = ['controller', 'joint-controller'] as const;
/** Clause 13(a): the case follows from how the exporter is subject to the GDPR. */
const clause13Cases = ['member-state', 'representative', 'no-representative'] as const;

/**
 * machines/sccModule.ts: the module follows from the parties' roles (2021/914, Annex, Section I); Clause 13
 * applies to modules 1–3 in the case the exporter gives; Clause 14 applies always, except in module 4
 * when the EU processor does not combine the data with data it received from the controller.
 */
export const sccModuleTable: Row[] = [
  ...clause13Cases.flatMap((clause13): Row[] => [
    {
      when: { sccExporterRole: 'controller', sccImporterRole: controllers, exporterEstablishment: clause13 },
      concludes: { state: 'module1', module: 1, clause13, clause14: true, subProcessorOptions: false },
      because: 'Decision (EU) 2021/914, Annex, Module One',
    },
    {
      when: { sccExporterRole: 'controller', sccImporterRole: 'processor', exporterEstablishment: clause13 },
      concludes: { state: 'module2', module: 2, clause13, clause14: true, subProcessorOptions: true },
      because: 'Decision (EU) 2021/914, Annex, Module Two',
    },
    {
      when: { sccExporterRole: 'processor', sccImporterRole: 'processor', exporterEstablishment: clause13 },
      concludes: { state: 'module3', module: 3, clause13, clause14: true, subProcessorOptions: true },
      because: 'Decision (EU) 2021/914, Annex, Module Three',
    },
  ]),
  {
    when: { sccExporterRole: 'processor', sccImporterRole: controllers, combinesWithEuData: 'yes' },
    concludes: {
      state: 'module4',
      module: 4,
      clause13: undefined,
      clause14: true,
      subProcessorOptions: false,
    },
    because: 'Decision (EU) 2021/914, Annex, Module Four',
  },
  {
    when: { sccExporterRole: 'processor', sccImporterRole: controllers, combinesWithEuData: 'no' },
    concludes: {
      state: 'module4',
      module: 4,
      clause13: undefined,
      clause14: false,
      subProcessorOptions: false,
    },
    because: 'Decision (EU) 2021/914, Annex, Module Four',
  },
];

/** machines/mechanism.ts: adequacy (Art. 45) where a decision covers the importer, else Art. 46. */
export const mechanismTable: Row[] = [
  {
    when: { adequacyInForce: 'yes', importerInScope: 'yes' },
    concludes: { state: 'adequacyCovered', mechanism: 'adequacy', adequacy: 'general', covered: true },
    because: 'GDPR Art. 45(1)',
  },
  {
    when: { adequacyInForce: 'yes-dpf', importerInScope: 'yes', dpfCertification: 'yes' },
    concludes: { state: 'adequacyCovered', mechanism: 'adequacy', adequacy: 'dpf', covered: true },
    because: 'GDPR Art. 45(1)',
  },
  {
    when: { adequacyInForce: 'no' },
    concludes: {
      state: 'appropriateSafeguards',
      mechanism: 'scc',
      adequacy: 'none',
      notCoveredBecause: undefined,
    },
    because: 'GDPR Art. 46(2)(c)',
  },
  {
    // Art. 45(3): a partial decision reaches only the importers it names.
    when: { adequacyInForce: ['yes', 'yes-dpf'], importerInScope: 'no' },
    concludes: {
      state: 'appropriateSafeguards',
      mechanism: 'scc',
      notCoveredBecause: 'importer-out-of-scope',
    },
    because: 'GDPR Art. 46(2)(c)',
  },
  {
    // Decision (EU) 2023/1795: only certified organisations are covered; unknown is not covered.
    when: { adequacyInForce: 'yes-dpf', importerInScope: 'yes', dpfCertification: 'no' },
    concludes: { state: 'appropriateSafeguards', adequacy: 'dpf', notCoveredBecause: 'not-dpf-certified' },
    because: 'GDPR Art. 46(2)(c)',
  },
  {
    when: { adequacyInForce: 'yes-dpf', importerInScope: 'yes', dpfCertification: 'unknown' },
    concludes: { state: 'appropriateSafeguards', adequacy: 'dpf', notCoveredBecause: 'dpf-status-unknown' },
    because: 'GDPR Art. 46(2)(c)',
  },
];

const all = ['49-1-a', '49-1-b', '49-1-c', '49-1-d', '49-1-e', '49-1-f', '49-1-g', '49-1-second'];
/**
 * The derogations of Art. 49 left open where no adequacy decision covers the transfer. Art. 49(3) closes
 * consent (a), the two contract derogations (b, c) and compelling legitimate interests (second
 * subparagraph) to a public authority exercising its public powers; until the case says it does not
 * (`publicPowers: no`), they stay closed (the cautious branch of issue 11). EDPB Guidelines 2/2018 read
 * (b), (c), (e) and the second subparagraph as for occasional (not repetitive) transfers only; not knowing
 * that closes nothing.
 */
export const derogationsTable: Row[] = [
  {
    when: { publicPowers: ['yes', 'unknown'], occasional: ['yes', 'unknown'] },
    concludes: { state: 'appropriateSafeguards', derogations: ['49-1-d', '49-1-e', '49-1-f', '49-1-g'] },
    because: 'GDPR Art. 49',
  },
  {
    when: { publicPowers: ['yes', 'unknown'], occasional: 'no' },
    concludes: { state: 'appropriateSafeguards', derogations: ['49-1-d', '49-1-f', '49-1-g'] },
    because: 'GDPR Art. 49',
  },
  {
    when: { publicPowers: ['no', notAsked], occasional: ['yes', 'unknown'] },
    concludes: { state: 'appropriateSafeguards', derogations: all },
    because: 'GDPR Art. 49',
  },
  {
    when: { publicPowers: ['no', notAsked], occasional: 'no' },
    concludes: { state: 'appropriateSafeguards', derogations: ['49-1-a', '49-1-d', '49-1-f', '49-1-g'] },
    because: 'GDPR Art. 49',
  },
  {
    when: { adequacyInForce: ['yes', 'yes-dpf'], occasional: notAsked },
    concludes: { state: 'adequacyCovered', derogations: [], publicPowers: 'not-asked' },
    because: 'GDPR Art. 45(1)',
  },
];

/**
 * The alternatives to the SCCs the answer lists: binding corporate rules for a company importer in the
 * exporter's group of undertakings or joint economic activity, never for a public authority (Art. 4(20), 47),
 * a legally binding instrument or administrative arrangement between public bodies (Art. 46(2)(a), 46(3)(b)),
 * and the derogations while any is open.
 */
export const alternativesTable: Row[] = [
  {
    when: { importerKind: 'company', sameGroup: 'yes' },
    concludes: { state: 'appropriateSafeguards', alternatives: ['bcr', 'derogation'] },
    because: 'GDPR Art. 46(1)',
  },
  {
    when: { importerKind: 'company', sameGroup: 'no' },
    concludes: { state: 'appropriateSafeguards', alternatives: ['derogation'] },
    because: 'GDPR Art. 46(1)',
  },
  {
    when: { exporterPublicBody: 'yes', importerKind: 'company' },
    concludes: { state: 'appropriateSafeguards', alternatives: ['derogation'] },
    because: 'GDPR Art. 46(1)',
  },
  {
    when: { exporterPublicBody: 'yes', importerKind: 'public-body' },
    concludes: { state: 'appropriateSafeguards', alternatives: ['art46-2a', 'art46-3b', 'derogation'] },
    because: 'GDPR Art. 46(1)',
  },
  {
    when: { exporterPublicBody: 'no', importerKind: 'public-body' },
    concludes: { state: 'appropriateSafeguards', alternatives: ['derogation'] },
    because: 'GDPR Art. 46(1)',
  },
  {
    when: { importerKind: 'other' },
    concludes: { state: 'appropriateSafeguards', alternatives: ['derogation'] },
    because: 'GDPR Art. 46(1)',
  },
  {
    when: { importerKind: notAsked },
    concludes: { state: 'adequacyCovered', alternatives: [] },
    because: 'GDPR Art. 45(1)',
  },
];
