import type { q } from './questions.js';
import type { AssessorRole, Clause14Output } from './types.js';

/** The EDPB use cases as rules over the answers, the order step 4 tries them in, and who assesses. */

export type Answers = Record<string, string>;
const is = (x: Answers, id: keyof typeof q, value: string) => x[id] === value;
const encryptedWithKeysInEea = (x: Answers) =>
  is(x, 'dataFormat', 'encrypted') &&
  is(x, 'encryptionKeys', 'exporter-eea') &&
  is(x, 'encryptionStrength', 'yes');

/**
 * The EDPB use cases of Recommendations 01/2020 (v2.0), Annex 2, as rules over the answers to step 1.
 * Paragraph numbers are those of data/laws/measures.json, meant as the v2.0 numbering (v1.0 numbered the
 * use cases differently). They have not been checked against the v2.0 text: unconfirmed, see the notes there.
 */
export const useCaseRules = {
  // Use Case 1 (para. 84): storage needing no clear text; strong encryption, keys only in the EEA.
  useCase1EncryptedStorage: (x: Answers) =>
    encryptedWithKeysInEea(x) && is(x, 'clearTextAccess', 'no') && is(x, 'remoteAccess', 'no'),
  // Use Case 2 (para. 85): pseudonymised data, the re-identifying information kept in the EEA.
  useCase2Pseudonymised: (x: Answers) =>
    is(x, 'dataFormat', 'pseudonymised') &&
    is(x, 'pseudonymisationKey', 'yes') &&
    is(x, 'clearTextAccess', 'no'),
  // Use Case 3 (para. 86): encrypted data merely transiting the third country.
  useCase3EncryptedTransit: (x: Answers) =>
    is(x, 'storageLocation', 'transit-only') && encryptedWithKeysInEea(x) && is(x, 'clearTextAccess', 'no'),
  // Use Case 4 (para. 87): a recipient the destination's law protects, with no processor or onward
  // transfer through which the authorities could reach the data, encrypted before they are sent with the
  // key only in the protected importer's custody.
  useCase4ProtectedRecipient: (x: Answers) =>
    is(x, 'protectedRecipient', 'yes') &&
    is(x, 'processingChain', 'importer-only') &&
    is(x, 'dataFormat', 'encrypted') &&
    is(x, 'encryptionKeys', 'importer') &&
    is(x, 'encryptionStrength', 'yes'),
  // Use Case 5 (para. 88): split or multi-party processing.
  useCase5SplitProcessing: (x: Answers) => is(x, 'splitProcessing', 'yes'),
  // Use Case 6 (paras. 94-95): a cloud provider or other processor needing the data in the clear.
  useCase6CloudClearText: (x: Answers) => is(x, 'clearTextAccess', 'yes'),
  // Use Case 7 (paras. 96-97): remote access in the clear for business purposes.
  useCase7RemoteAccessClearText: (x: Answers) =>
    is(x, 'remoteAccess', 'yes') && is(x, 'clearTextAccess', 'yes'),
};

/**
 * The order in which step 4 tries the use cases: those with an effective technical measure first (transit
 * before storage, being narrower), then 7 before 6 for the same reason. One list gives both `useCaseFor`
 * and the machine's step 4 transitions.
 */
export const useCaseOrder = [
  { rule: 'useCase3EncryptedTransit', useCase: 3, target: 'proceedUseCase3' },
  { rule: 'useCase1EncryptedStorage', useCase: 1, target: 'proceedUseCase1' },
  { rule: 'useCase2Pseudonymised', useCase: 2, target: 'proceedUseCase2' },
  { rule: 'useCase4ProtectedRecipient', useCase: 4, target: 'proceedUseCase4' },
  { rule: 'useCase5SplitProcessing', useCase: 5, target: 'proceedUseCase5' },
  { rule: 'useCase7RemoteAccessClearText', useCase: 7, target: 'doNotTransferUseCase7' },
  { rule: 'useCase6CloudClearText', useCase: 6, target: 'doNotTransferUseCase6' },
] as const satisfies readonly { rule: keyof typeof useCaseRules; useCase: number; target: string }[];

/** The use case that fits the answers, in the order step 4 tries them. */
export function useCaseFor(x: Answers): Clause14Output['useCase'] {
  return useCaseOrder.find((entry) => useCaseRules[entry.rule](x))?.useCase;
}

/**
 * Who carries out the assessment: the exporter (Clause 14(b)); under module 3 the EU processor, with the
 * controller reviewing it (CNIL TIA guide, January 2025); under module 4 the EU processor.
 */
export function assessorOf(x: Answers): { assessor?: AssessorRole; reviewer?: 'controller' } {
  const tool = x.transferTool;
  if (!tool || tool === 'adequacy' || tool === 'art49-derogation') return {};
  if (tool !== 'scc') return { assessor: 'exporter' };
  if (x.sccModule === '3') return { assessor: 'exporter-processor', reviewer: 'controller' };
  if (x.sccModule === '4') return { assessor: 'exporter-processor' };
  if (x.sccModule === '1' || x.sccModule === '2') return { assessor: 'exporter-controller' };
  return {};
}
