import type { Answerer } from '../../machines/questionnaire.js';
import type { TransferOutput } from '../../machines/transfer.js';
import { allAdequacyDecisions, decisionInForceAt } from '../data/index.js';
import type { AdequacyDecision, InterimArrangement } from '../data/schema.js';
import { type DpfResolution, resolveDpf } from '../dpf/resolve.js';
import type { CaseFacts, IndexedFlow, IndexedParty } from './case-facts.js';
import type { DataKind } from './texts.js';

/**
 * The engine's side of the questionnaires: each question answered from the facts of the case and the
 * legal data, with `by` naming the fact used. A fact the case does not give is reported as missing with
 * the field that would give it; the run then stops there instead of guessing.
 */

export type Fact = { value: string; by: string } | { missing: string };
export type FactSource = Record<string, () => Fact>;

/** An answerer over a fact source; records, per question id, the field a missing fact would come from. */
export function answererFor(source: FactSource, missing: Map<string, string>): Answerer {
  return (question) => {
    const make = source[question.id];
    if (!make) return undefined;
    const fact = make();
    if ('missing' in fact) {
      missing.set(question.id, fact.missing);
      return undefined;
    }
    return fact;
  };
}

/** The parties a flow connects, as the answerers see them. */
export interface FlowParties {
  sender: IndexedParty;
  recipient: IndexedParty;
  /** The organisations they act for (the employer of an employee). */
  exporter: IndexedParty;
  importer: IndexedParty;
}

export function flowParties(facts: CaseFacts, f: IndexedFlow): FlowParties {
  return {
    sender: facts.party(f.flow.from),
    recipient: facts.party(f.flow.to),
    exporter: facts.organisation(f.flow.from),
    importer: facts.organisation(f.flow.to),
  };
}

/** Where a field of a party reached through an employee sits, e.g. `parties[3].employerId → parties[1].country`. */
const via = (through: IndexedParty, target: IndexedParty, field: string) =>
  through === target ? `${target.path}.${field}` : `${through.path}.employerId → ${target.path}.${field}`;

// ---------------------------------------------------------------------------------------------------------
// Transfer (EDPB Guidelines 05/2021)

/**
 * The interim arrangement in force for transmissions from the exporter to the importer's place, if any:
 * `covered` when the exporter's place has a status the arrangement names, `maybe` when it may be covered on a
 * step the data do not record (EEA-EFTA states under TCA FINPROV.10A), which the engine sends to review.
 */
export function interimArrangementFor(
  facts: CaseFacts,
  parties: Pick<FlowParties, 'exporter' | 'importer'>,
): { arrangement: InterimArrangement; covered: 'yes' | 'maybe' } | undefined {
  if (parties.importer.party.type === 'international-organisation') return undefined;
  if (facts.status(parties.importer.party)?.status !== 'third-country') return undefined;
  const from = facts.status(parties.exporter.party)?.status;
  if (from === undefined) return undefined;
  for (const arrangement of facts.interimArrangements(parties.importer.party)) {
    if (arrangement.exportersIn.includes(from)) return { arrangement, covered: 'yes' };
    if (arrangement.exportersMaybeIn.includes(from)) return { arrangement, covered: 'maybe' };
  }
  return undefined;
}

/** How the answer to "did the data reach the sender through a transfer" is known, when it is. */
export type Receipt = { value: 'yes' | 'no'; by: string } | undefined;

export function transferFacts(facts: CaseFacts, f: IndexedFlow, receipt: Receipt): FactSource {
  const { sender, recipient, exporter, importer } = flowParties(facts, f);
  return {
    senderRole: () => ({ value: f.flow.fromRole, by: `${f.path}.fromRole` }),

    senderSubjectToGdpr: () => {
      const basis = exporter.party.gdprBasis;
      if (basis === 'establishment' || basis === 'targeting')
        return { value: basis, by: via(sender, exporter, 'gdprBasis') };
      if (basis === 'none') return { value: 'no', by: via(sender, exporter, 'gdprBasis') };
      // GDPR Art. 3(1): a party in the EU/EEA processes in the context of its establishment there.
      if (exporter.party.type !== 'international-organisation' && facts.isInEea(exporter.party)) {
        return { value: 'establishment', by: via(sender, exporter, 'country') };
      }
      // A processor outside the Union is not subject to the GDPR merely because it processes for a
      // controller in it (EDPB Guidelines 3/2018, section 1). When data reached it through a transfer of
      // this case, the flow is an onward transfer either way: take that branch, the verdict warns.
      if (f.flow.fromRole === 'processor' && receipt?.value === 'yes') {
        return { value: 'no', by: `${via(sender, exporter, 'gdprBasis')} not given (${receipt.by})` };
      }
      // Outside the EU/EEA, Art. 3(2) depends on facts the case does not give: ask.
      return { missing: `${exporter.path}.gdprBasis` };
    },

    receivedThroughTransfer: () => receipt ?? { missing: `${exporter.path}.gdprBasis` },

    disclosure: () => {
      if (exporter.party.id === importer.party.id) {
        const employee = sender.party.employerId ? sender : recipient;
        return { value: 'own-employee', by: `${employee.path}.employerId` };
      }
      return f.flow.how
        ? { value: f.flow.how, by: `${f.path}.how` }
        : { value: 'other', by: `${f.path}.to (how not stated)` };
    },

    recipientLocation: () => {
      if (importer.party.type === 'international-organisation') {
        return { value: 'international-organisation', by: `${importer.path}.type` };
      }
      // Criterion 3 looks at the importer, the other controller or processor: an employee who receives the
      // data is part of it, wherever the employee sits (the engine warns when the two places differ).
      const status = facts.status(importer.party)?.status;
      if (status === undefined) return { missing: `${importer.path}.country` };
      const interim = interimArrangementFor(facts, { exporter, importer });
      if (interim?.covered === 'yes') {
        return {
          value: 'third-country-interim',
          by: `${via(recipient, importer, 'country')}, ${via(sender, exporter, 'country')}; data:interim-arrangements/${interim.arrangement.id}`,
        };
      }
      return {
        value: status === 'third-country' ? 'third-country' : 'eea',
        by: via(recipient, importer, 'country'),
      };
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Mechanism (GDPR Art. 45, 46, 49)

export interface MechanismLookups {
  /** The adequacy decision the answers rest on, when one is in force for the place or organisation. */
  decision(): AdequacyDecision | undefined;
  /** The importer's DPF status, when the decision requires it. */
  dpf(): DpfResolution | undefined;
  dataKind: DataKind;
}

export function mechanismFacts(
  facts: CaseFacts,
  f: IndexedFlow,
): { source: FactSource; lookups: MechanismLookups } {
  const { exporter, importer } = flowParties(facts, f);
  // The importer is the organisation (criterion 3 of EDPB Guidelines 05/2021), not its employee.
  const place = importer;
  const isOrganisation = importer.party.type === 'international-organisation';
  const dataKind: DataKind = f.flow.hrData === true ? 'hr' : f.flow.hrData === false ? 'non-hr' : 'unstated';

  let decisions: AdequacyDecision[] | undefined;
  const decisionsInForce = () => {
    if (!decisions) {
      const id = importer.party.organisationId;
      const country = place.party.country;
      const found = isOrganisation
        ? id === undefined
          ? []
          : facts.decisionsInForce({ organisationId: id })
        : country === undefined
          ? []
          : facts.decisionsInForce({ code: country });
      // A decision whose scope reaches this kind of importer first, so a partial one does not hide a general one.
      const type = importer.party.type;
      decisions = [...found].sort((a, b) => Number(inTypeScope(b, type)) - Number(inTypeScope(a, type)));
    }
    return decisions;
  };
  const decision = () => decisionsInForce()[0];

  let dpf: DpfResolution | undefined;
  let dpfLooked = false;
  const dpfStatus = () => {
    if (!dpfLooked) {
      dpfLooked = true;
      if (decision()?.scope.requiresDpf) dpf = resolveDpf(importer.party, facts.asOf);
    }
    return dpf;
  };

  const source: FactSource = {
    adequacyInForce: () => {
      const found = decision();
      if (found)
        return { value: found.scope.requiresDpf ? 'yes-dpf' : 'yes', by: `data:adequacy/${found.id}` };
      if (isOrganisation && importer.party.organisationId === undefined) {
        // Some organisation has a decision in force: without the id, the answer cannot be known.
        const anyForOrganisations = allAdequacyDecisions().some(
          (d) => d.target.kind === 'international-organisation' && decisionInForceAt(d, facts.asOf),
        );
        // Decisions exist for named organisations only: without the id, none is relied on (the cautious
        // branch, as for a US importer without DPF facts); the verdict warns and names them.
        if (anyForOrganisations) return { value: 'no', by: `${importer.path}.organisationId not given` };
        return {
          value: 'no',
          by: `${importer.path}.type (no decision for any international organisation is in force)`,
        };
      }
      return {
        value: 'no',
        by: isOrganisation ? `${importer.path}.organisationId` : `${place.path}.country`,
      };
    },

    importerInScope: () => {
      const found = decision();
      if (!found) return { missing: `${place.path}.country` };
      return {
        value: inTypeScope(found, importer.party.type) ? 'yes' : 'no',
        by: found.scope.importerTypes
          ? `${importer.path}.type`
          : `data:adequacy/${found.id} (no limit on the kind of importer)`,
      };
    },

    dpfCertification: () => {
      const resolution = dpfStatus();
      const by = resolution?.status === 'explicit' ? `${importer.path}.dpf` : 'data:dpf-list';
      // Adequacy may rest only on facts read off the official list: by the user, or from a real list import.
      const usable =
        resolution?.facts &&
        (resolution.status === 'explicit' ||
          (resolution.status === 'matched' && resolution.entry?.sample === false));
      if (!resolution || !usable || !resolution.facts) return { value: 'unknown', by };
      const { active, hrData, nonHrData } = resolution.facts;
      if (!active) return { value: 'no', by };
      if (dataKind === 'hr') return { value: hrData ? 'yes' : 'no', by: `${by}, ${f.path}.hrData` };
      if (dataKind === 'non-hr') return { value: nonHrData ? 'yes' : 'no', by: `${by}, ${f.path}.hrData` };
      if (hrData && nonHrData) return { value: 'yes', by };
      return { value: 'unknown', by: `${by}; ${f.path}.hrData not given` };
    },

    exporterPublicBody: () => ({
      value: isPublicBody(exporter.party.type) ? 'yes' : 'no',
      by: `${exporter.path}.type`,
    }),

    importerKind: () => ({
      value:
        importer.party.type === 'company'
          ? 'company'
          : isPublicBody(importer.party.type)
            ? 'public-body'
            : 'other',
      by: `${importer.path}.type`,
    }),

    sameGroup: () => {
      const group = exporter.party.group;
      if (group !== undefined && group === importer.party.group)
        return { value: 'yes', by: `${exporter.path}.group, ${importer.path}.group` };
      return {
        value: 'no',
        by:
          group === undefined || importer.party.group === undefined
            ? `${exporter.path}.group, ${importer.path}.group not both given`
            : `${exporter.path}.group, ${importer.path}.group`,
      };
    },

    publicPowers: () =>
      f.flow.publicPowers === undefined
        ? { value: 'unknown', by: `${f.path}.publicPowers not given` }
        : { value: f.flow.publicPowers ? 'yes' : 'no', by: `${f.path}.publicPowers` },

    occasional: () =>
      f.flow.occasional === undefined
        ? { value: 'unknown', by: `${f.path}.occasional not given` }
        : { value: f.flow.occasional ? 'yes' : 'no', by: `${f.path}.occasional` },
  };
  return { source, lookups: { decision, dpf: dpfStatus, dataKind } };
}

/** GDPR Art. 45(3): a partial decision names the kinds of importer it reaches. */
export function inTypeScope(decision: AdequacyDecision, type: IndexedParty['party']['type']): boolean {
  return decision.scope.importerTypes === undefined || decision.scope.importerTypes.includes(type);
}

/** Public authorities and, for the public-sector instruments, international organisations (EDPB 2/2020). */
function isPublicBody(type: IndexedParty['party']['type']): boolean {
  return type === 'public-authority' || type === 'international-organisation';
}

// ---------------------------------------------------------------------------------------------------------
// SCC module (Decision (EU) 2021/914)

export function sccFacts(facts: CaseFacts, f: IndexedFlow, transfer: TransferOutput): FactSource {
  const { sender, exporter, importer } = flowParties(facts, f);
  return {
    sccExporterRole: () => ({ value: f.flow.fromRole, by: `${f.path}.fromRole` }),
    sccImporterRole: () => ({ value: f.flow.toRole, by: `${f.path}.toRole` }),
    exporterEstablishment: () => {
      if (transfer.basis === 'establishment')
        return { value: 'member-state', by: via(sender, exporter, 'country') };
      if (exporter.party.representativeCountry !== undefined) {
        return { value: 'representative', by: `${exporter.path}.representativeCountry` };
      }
      return { value: 'no-representative', by: `${exporter.path}.representativeCountry not given` };
    },
    combinesWithEuData: () =>
      f.flow.combinesWithEuData === undefined
        ? { missing: `${f.path}.combinesWithEuData` }
        : { value: f.flow.combinesWithEuData ? 'yes' : 'no', by: `${f.path}.combinesWithEuData` },
    importerSubjectToGdpr: () => {
      const basis = importer.party.gdprBasis;
      if (basis === undefined) return { value: 'unknown', by: `${importer.path}.gdprBasis not given` };
      return { value: basis === 'none' ? 'no' : 'yes', by: `${importer.path}.gdprBasis` };
    },
  };
}
