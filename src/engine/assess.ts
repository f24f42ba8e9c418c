import { type MechanismOutput, mechanismMachine } from '../../machines/mechanism.js';
import { type RunResult, runQuestionnaire, type TrailEntry } from '../../machines/questionnaire.js';
import { type SccModuleOutput, sccModuleMachine } from '../../machines/sccModule.js';
import { type TransferOutput, transferMachine } from '../../machines/transfer.js';
import {
  authoritiesFor,
  authorityFor,
  canonicalCode,
  countryName,
  earlierSccContractsValid,
  earlierSccSets,
  gdprAppliesInEeaEfta,
  sccDecision2021,
} from '../data/index.js';
import type {
  AdequacyDecision,
  LegalInstrument,
  Localized,
  SccRelationship,
  SupervisoryAuthority,
} from '../data/schema.js';
import { dataVersion } from '../data/version.js';
import type { AssessmentCase } from '../domain/case.js';
import type { Obligation, PartyRole } from '../domain/verdict.js';
import { dpfListMeta } from '../dpf/list.js';
import { attachTia } from '../tia/flow.js';
import {
  answererFor,
  type FactSource,
  type FlowParties,
  flowParties,
  interimArrangementFor,
  mechanismFacts,
  type Receipt,
  sccFacts,
  transferFacts,
} from './answers.js';
import { CaseFacts, type IndexedFlow, type IndexedParty } from './case-facts.js';
import { authorityTexts, reasons, texts } from './texts.js';
import type {
  EngineAdequacy,
  EngineAssessment,
  EngineFlowVerdict,
  EnginePartyRef,
  EngineTrailEntry,
  MachineName,
} from './types.js';

/**
 * The engine: runs the questionnaires over every flow of a case, answering each question from the facts
 * of the case and the legal data, so the trail it returns is the one a person would get from the wizard
 * with the same answers. Pure: no I/O. The case must have passed `validateCase`.
 */

interface Run<T> {
  result: RunResult<T>;
  /** For each question left open: the field of the case that would answer it. */
  missing: Map<string, string>;
}

function run<T>(machine: Parameters<typeof runQuestionnaire>[0], source: FactSource): Run<T> {
  const missing = new Map<string, string>();
  return { result: runQuestionnaire<T>(machine, undefined, answererFor(source, missing)), missing };
}

/** The trail with each step naming its machine (built field by field: spreading is slow in this hot path). */
function tag(trail: TrailEntry[], machine: MachineName): EngineTrailEntry[] {
  return trail.map(({ id, question, answer, value, cites, by }) =>
    by
      ? { id, question, answer, value, cites, by, machine }
      : { id, question, answer, value, cites, machine },
  );
}

/** Stands for the flow's index in the paths of a group's verdict: `flows[\uE000].hrData`. */
export const flowIndexMark = '\uE000';

/**
 * A case's verdicts with each group of like flows assessed once. Flows are alike when they share every
 * fact a verdict depends on: all their fields but the id (so the same parties) and how the data reached
 * the sender. A batch of a thousand flows is mostly such repeats.
 */
export interface GroupedAssessment {
  asOf: string;
  dataVersion: string;
  /**
   * The verdict of each group, written for any of its flows: the `id` is empty and a path into the flow
   * reads `flows[\uE000]` where `marked` is true. `flowVerdict` makes the verdict of one flow.
   */
  groups: EngineFlowVerdict[];
  /** Every flow in input order: its id and its group. */
  flows: { id: string; group: number }[];
  /** False when the case itself holds the mark: then no flows are grouped and the paths are the real ones. */
  marked: boolean;
}

export function assessCase(input: AssessmentCase, asOf: string, checkpoint?: () => void): EngineAssessment {
  const grouped = assessGrouped(input, asOf, checkpoint);
  return {
    asOf,
    dataVersion: grouped.dataVersion,
    flows: grouped.flows.map((_, i) => flowVerdict(grouped, i)),
  };
}

/**
 * `checkpoint`, when given, is called before each group of like flows is assessed and before each
 * transfer impact assessment: a caller bounding the time a request may take throws from it.
 */
export function assessGrouped(
  input: AssessmentCase,
  asOf: string,
  checkpoint?: () => void,
): GroupedAssessment {
  const facts = new CaseFacts(input, asOf);
  const marked = !JSON.stringify(input).includes(flowIndexMark);
  const classified = classifyFlows(facts, marked);
  const keys = new Map<string, number>();
  const groups: { verdict: EngineFlowVerdict; flow: IndexedFlow }[] = [];
  const flows = facts.flows.map((f, i) => {
    const c = classified[i]!;
    const key = marked ? JSON.stringify([c.key, c.receipt ?? null, c.origins ?? null]) : String(i);
    let group = keys.get(key);
    if (group === undefined) {
      group = groups.length;
      keys.set(key, group);
      checkpoint?.();
      const like = likeFlow(f, marked);
      groups.push({ verdict: assessFlow(facts, like, c), flow: like });
    }
    return { id: f.flow.id, group };
  });
  const verdicts = groups.map((g) => g.verdict);
  const groupOf = new Map(flows.map((f) => [f.id, verdicts[f.group]!]));
  describeOnwardTransfers(verdicts, groupOf);
  // Clause 14: the transfer impact assessment of every flow whose obligations include `tia`.
  for (const g of groups) {
    checkpoint?.();
    const importer = flowParties(facts, g.flow).importer.party;
    attachTia(g.flow.flow, g.verdict, asOf, g.flow.path, importer.country ?? g.verdict.importer.country);
  }
  return { asOf, dataVersion: currentDataVersion(), groups: verdicts, flows, marked };
}

/**
 * The verdict of the flow at `index`: its group's, with the flow's own id and paths. The verdict and its
 * lists are the flow's own; the objects in the lists may be shared with the other flows of its group.
 */
export function flowVerdict(grouped: GroupedAssessment, index: number): EngineFlowVerdict {
  const flow = grouped.flows[index];
  if (!flow) throw new RangeError(`no flow at ${index}`);
  const verdict = grouped.groups[flow.group]!;
  const places = grouped.marked ? markedPlaces(verdict) : undefined;
  const own = places ? (relabel(verdict, places, String(index)) as EngineFlowVerdict) : verdict;
  return {
    ...own,
    id: flow.id,
    alternatives: [...own.alternatives],
    derogations: [...own.derogations],
    obligations: [...own.obligations],
    warnings: [...own.warnings],
    openQuestions: [...own.openQuestions],
    trail: [...own.trail],
  };
}

/** Where in a verdict the mark occurs: `true` for a string holding it, else the keys leading to one. */
type Places = true | Map<string | number, Places>;

/**
 * Found once per object: the group's verdict is looked at again for each of its flows, and the legal
 * data it holds (decisions, law profiles, questions) for every verdict that holds them. Nothing changes
 * an engine result once it is returned, and the mark is only ever put in by the engine.
 */
const placesFound = new WeakMap<object, Places | null>();

function markedPlaces(value: unknown): Places | undefined {
  if (typeof value === 'string') return value.includes(flowIndexMark) ? true : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  const known = placesFound.get(value);
  if (known !== undefined) return known ?? undefined;
  const found = new Map<string | number, Places>();
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, i) => [i, item])
    : Object.entries(value);
  for (const [key, item] of entries) {
    const places = markedPlaces(item);
    if (places) found.set(key, places);
  }
  const result = found.size > 0 ? found : undefined;
  placesFound.set(value, result ?? null);
  return result;
}

/** A copy of `value` with the mark replaced by `index` at `places`; everything else is shared. */
function relabel(value: unknown, places: Places, index: string): unknown {
  if (places === true) return (value as string).replaceAll(flowIndexMark, index);
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  for (const [key, inner] of places) copy[key] = relabel(copy[key], inner, index);
  return copy;
}

/** The flow as its group's verdict is written: the path marked, the id left for `flowVerdict`. */
function likeFlow(f: IndexedFlow, marked: boolean): IndexedFlow {
  return marked ? { flow: { ...f.flow, id: '' }, index: -1, path: `flows[${flowIndexMark}]` } : f;
}

/** dataVersion() copies every dataset's meta; it changes only when another DPF list is loaded. */
let version: { list: object; text: string } | undefined;
function currentDataVersion(): string {
  const list = dpfListMeta();
  if (version?.list !== list) version = { list, text: dataVersion() };
  return version.text;
}

// ---------------------------------------------------------------------------------------------------------
// Transfer test over the whole case: onward transfers depend on what reached the sender.

interface Classified {
  run: Run<TransferOutput>;
  /** The flow's fields but its id: flows with the same key and receipt get the same answers. */
  key: string;
  receipt?: Receipt;
  /** Transfer flows through which the data reached the sender, for an onward transfer. */
  origins?: string[];
}

/**
 * Runs the transfer questionnaire for every flow. A sender outside the GDPR holds transferred data when a
 * transfer flow (or a chain of onward transfers) of this case ends at it; the answer to
 * `receivedThroughTransfer` is found by following the chains from the transfers outwards. Flows with
 * the same fields and receipt share one run.
 */
function classifyFlows(facts: CaseFacts, marked: boolean): Classified[] {
  const runs = new Map<string, Run<TransferOutput>>();
  const keyOf = (f: IndexedFlow) => {
    const { id: _, ...fields } = f.flow;
    return marked ? JSON.stringify(fields) : String(f.index);
  };
  const classify = (f: IndexedFlow, key: string, receipt: Receipt): Run<TransferOutput> => {
    const runKey = `${key}|${JSON.stringify(receipt ?? null)}`;
    let found = runs.get(runKey);
    if (!found) {
      found = run(transferMachine, transferFacts(facts, likeFlow(f, marked), receipt));
      runs.set(runKey, found);
    }
    return found;
  };

  const out: Classified[] = facts.flows.map((f) => {
    const key = keyOf(f);
    return { run: classify(f, key, undefined), key };
  });
  const byId = new Map(facts.flows.map((f) => [f.flow.id, f]));
  const holders = new Map<string, Set<string>>();
  const waiting = new Map<string, number[]>();
  const queue: string[] = [];

  const hold = (organisation: string, origins: Iterable<string>) => {
    const set = holders.get(organisation) ?? new Set<string>();
    const before = set.size;
    for (const origin of origins) set.add(origin);
    holders.set(organisation, set);
    if (set.size > before) queue.push(organisation);
  };

  facts.flows.forEach((f, i) => {
    const { result } = out[i]!.run;
    const parties = flowParties(facts, f);
    if (result.status === 'done' && result.output.kind === 'transfer')
      hold(parties.importer.party.id, [f.flow.id]);
    if (result.status === 'open' && result.question.id === 'receivedThroughTransfer') {
      const list = waiting.get(parties.exporter.party.id) ?? [];
      list.push(i);
      waiting.set(parties.exporter.party.id, list);
    }
  });

  for (let next = 0; next < queue.length; next += 1) {
    const organisation = queue[next]!;
    const origins = [...(holders.get(organisation) ?? [])];
    for (const i of waiting.get(organisation) ?? []) {
      const f = facts.flows[i]!;
      const first = origins[0] === undefined ? undefined : byId.get(origins[0]);
      const receipt: Receipt = { value: 'yes', by: first ? `${first.path}.to` : 'flows' };
      out[i] = { run: classify(f, out[i]!.key, receipt), key: out[i]!.key, receipt, origins };
      const { result } = out[i]!.run;
      if (result.status === 'done' && result.output.kind === 'onward-transfer') {
        hold(flowParties(facts, f).importer.party.id, origins);
      }
    }
  }

  facts.flows.forEach((f, i) => {
    const { result } = out[i]!.run;
    if (result.status === 'open' && result.question.id === 'receivedThroughTransfer' && !out[i]!.origins) {
      const exporter = flowParties(facts, f).exporter;
      const receipt: Receipt = { value: 'no', by: `no transfer flow of this case reaches ${exporter.path}` };
      out[i] = { run: classify(f, out[i]!.key, receipt), key: out[i]!.key, receipt };
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// One flow

function partyRef(party: IndexedParty): EnginePartyRef {
  const p = party.party;
  return {
    id: p.id,
    name: p.name,
    type: p.type,
    ...(p.country !== undefined ? { country: p.country } : {}),
    ...(p.organisationId !== undefined ? { organisationId: p.organisationId } : {}),
    ...(p.employerId !== undefined ? { actsFor: p.employerId } : {}),
  };
}

function roles(f: IndexedFlow): { exporterRole: PartyRole; importerRole: PartyRole } {
  const { fromRole, toRole } = f.flow;
  const exporterRole: PartyRole =
    fromRole === 'controller' && toRole === 'joint-controller' ? 'joint-controller' : fromRole;
  const importerRole: PartyRole =
    toRole === 'processor' && fromRole === 'processor' ? 'sub-processor' : toRole;
  return { exporterRole, importerRole };
}

/** Duties that follow from the roles, whatever the flow's Chapter V status. */
function roleObligations(f: IndexedFlow): Obligation[] {
  const list: Obligation[] = [];
  const { fromRole, toRole } = f.flow;
  if (toRole === 'processor' && fromRole !== 'data-subject') list.push('art28-contract');
  if (toRole === 'processor' && fromRole === 'processor') list.push('art28-subprocessor-authorisation');
  if (toRole === 'joint-controller') list.push('art26-arrangement');
  return list;
}

function openQuestionOf<T>(verdict: EngineFlowVerdict, machine: MachineName, run: Run<T>) {
  if (run.result.status !== 'open') return;
  const field = run.missing.get(run.result.question.id);
  verdict.openQuestions.push({ machine, question: run.result.question, ...(field ? { field } : {}) });
  verdict.warnings.push({
    code: 'open-question',
    message: texts.openQuestion(run.result.question.text, field),
  });
}

function assessFlow(facts: CaseFacts, f: IndexedFlow, classified: Classified): EngineFlowVerdict {
  const parties = flowParties(facts, f);
  const transfer = classified.run;
  const verdict: EngineFlowVerdict = {
    id: f.flow.id,
    kind: 'undetermined',
    exporter: partyRef(parties.sender),
    importer: partyRef(parties.recipient),
    ...roles(f),
    mechanism: 'unresolved',
    alternatives: [],
    derogations: [],
    obligations: roleObligations(f),
    warnings: [],
    openQuestions: [],
    trail: tag(transfer.result.trail, 'transfer'),
  };

  if (transfer.result.status === 'invalid') {
    throw new Error(
      `engine gave "${transfer.result.value}" to ${transfer.result.question.id}, which does not accept it`,
    );
  }
  // Said even while the transfer question is open: the date alone makes it apply.
  warnGdprNotYetInEeaEfta(facts, parties, verdict);
  if (transfer.result.status === 'open') {
    openQuestionOf(verdict, 'transfer', transfer);
    return verdict;
  }

  const outcome = transfer.result.output;
  verdict.kind = outcome.kind;
  warnUnconfirmedPlaces(facts, parties, verdict);
  warnStaffElsewhere(facts, parties, verdict);
  noteInterimArrangement(facts, parties, outcome, verdict);

  if (outcome.kind === 'not-a-transfer') {
    verdict.mechanism = 'none';
    if (
      outcome.outcome === 'notTransferSameEntity' &&
      facts.status(parties.recipient.party)?.status === 'third-country'
    ) {
      verdict.warnings.push({ code: 'processing-outside-eea', message: texts.processingAbroad });
    }
    if (
      outcome.outcome === 'notTransferDataSubject' &&
      f.flow.toRole === 'processor' &&
      (parties.importer.party.type === 'international-organisation' ||
        facts.status(parties.importer.party)?.status === 'third-country')
    ) {
      verdict.warnings.push({
        code: 'collected-by-processor-abroad',
        message: texts.collectedByProcessorAbroad,
        review: true,
      });
    }
    return verdict;
  }

  if (f.flow.specialCategories)
    verdict.warnings.push({ code: 'special-categories', message: texts.specialCategories });

  if (outcome.kind === 'onward-transfer') {
    verdict.mechanism = 'none';
    verdict.obligations.push('onward-transfer-conditions');
    verdict.originatingFlows = classified.origins ?? [];
    return verdict;
  }

  settleMechanism(facts, f, parties, outcome, verdict);
  return verdict;
}

/**
 * An interim arrangement (EU-UK TCA, Art. FINPROV.10A) that made the flow no transfer, or that may have
 * covered it from an EEA-EFTA state: said with its conditions and sources, and sent to legal review.
 */
function noteInterimArrangement(
  facts: CaseFacts,
  parties: FlowParties,
  outcome: TransferOutput,
  verdict: EngineFlowVerdict,
) {
  const interim = interimArrangementFor(facts, parties);
  if (!interim) return;
  const { arrangement } = interim;
  if (outcome.outcome === 'notTransferInterimArrangement') {
    verdict.warnings.push({
      code: 'interim-arrangement',
      message: texts.interimArrangement(
        arrangement.title,
        arrangement.summary,
        arrangement,
        arrangement.conditions.map((c) => c.text),
      ),
      review: true,
    });
    annotate(verdict, 'recipientLocation', arrangement.title, arrangement.cites);
  } else if (interim.covered === 'maybe' && outcome.kind === 'transfer') {
    verdict.warnings.push({
      code: 'interim-arrangement-unsettled',
      message: texts.interimArrangementUnsettled(arrangement.title),
      review: true,
    });
  } else {
    return;
  }
  if (arrangement.confidence === 'unconfirmed') {
    verdict.warnings.push({
      code: 'unconfirmed-legal-fact',
      message: texts.unconfirmedDecision(arrangement.title, arrangement.confidenceNote),
      review: true,
    });
  }
}

/**
 * The importer is the organisation; its employee who receives the data may sit elsewhere. The answer rests
 * on the organisation's place (EDPB Guidelines 05/2021, criterion 3), but the employee's place still
 * matters, and how is not settled by the flow alone: flagged for review, never asserted.
 */
function warnStaffElsewhere(facts: CaseFacts, parties: FlowParties, verdict: EngineFlowVerdict) {
  const { exporter, importer, recipient } = parties;
  if (recipient === importer || importer.party.id === exporter.party.id) return;
  if (importer.party.type === 'international-organisation') return;
  const staff = facts.status(recipient.party);
  const organisation = facts.status(importer.party);
  if (!staff || !organisation || staff.code === organisation.code) return;
  const staffAbroad = staff.status === 'third-country';
  const organisationAbroad = organisation.status === 'third-country';
  if (!staffAbroad && !organisationAbroad) return;
  verdict.warnings.push({
    code: 'importer-staff-elsewhere',
    message: texts.importerStaffElsewhere(
      organisationAbroad ? (staffAbroad ? 'both-abroad' : 'importer-abroad') : 'staff-abroad',
      importer.party.name,
      namesOf(organisation.code),
      namesOf(staff.code),
    ),
    review: true,
  });
}

function warnUnconfirmedPlaces(facts: CaseFacts, parties: FlowParties, verdict: EngineFlowVerdict) {
  const seen = new Set<string>();
  for (const party of [parties.exporter, parties.importer, parties.recipient]) {
    const record = facts.status(party.party)?.record;
    if (record && record.confidence === 'unconfirmed' && !seen.has(record.code)) {
      seen.add(record.code);
      verdict.warnings.push({
        code: 'unconfirmed-legal-fact',
        message: texts.unconfirmedTerritory(record.code, record.confidenceNote),
        review: true,
      });
    }
  }
}

/**
 * From 25 May to 19 July 2018 the GDPR applied in the EU but not yet in Iceland, Liechtenstein and Norway.
 * The engine still reads their places as EEA (the EFTA Secretariat held that data flowed freely on the
 * Directive's footing), but how Chapter V applied to a flow touching them then is not settled: it says so.
 */
function warnGdprNotYetInEeaEfta(facts: CaseFacts, parties: FlowParties, verdict: EngineFlowVerdict) {
  const eeaEfta = gdprAppliesInEeaEfta();
  if (facts.asOf >= eeaEfta.appliesFrom) return;
  const codes = new Set<string>();
  for (const party of [parties.sender, parties.exporter, parties.recipient, parties.importer]) {
    const status = facts.status(party.party);
    if (status?.status === 'eea') codes.add(status.code);
  }
  if (codes.size === 0) return;
  verdict.warnings.push({
    code: 'gdpr-not-yet-in-eea-efta',
    message: texts.gdprNotYetInEeaEfta([...codes].sort().map(namesOf), eeaEfta.appliesFrom),
    review: true,
  });
}

// ---------------------------------------------------------------------------------------------------------
// Mechanism and SCC module, for a transfer

function settleMechanism(
  facts: CaseFacts,
  f: IndexedFlow,
  parties: FlowParties,
  transfer: TransferOutput,
  verdict: EngineFlowVerdict,
) {
  const { source, lookups } = mechanismFacts(facts, f);
  const mechanism = run<MechanismOutput>(mechanismMachine, source);
  verdict.trail.push(...tag(mechanism.result.trail, 'mechanism'));
  if (mechanism.result.status !== 'done') {
    openQuestionOf(verdict, 'mechanism', mechanism);
    return;
  }
  const out = mechanism.result.output;

  const decision = lookups.decision();
  if (decision) {
    verdict.adequacy = adequacyOf(facts, parties, out, decision, lookups.dataKind);
    if (decision.confidence === 'unconfirmed') {
      verdict.warnings.push({
        code: 'unconfirmed-legal-fact',
        message: texts.unconfirmedDecision(decision.title, decision.confidenceNote),
        review: true,
      });
    }
    const confirm = verdict.adequacy.conditionsToConfirm;
    if (confirm.length > 0) {
      verdict.warnings.push({
        code: 'adequacy-conditions',
        message: texts.adequacyConditions(
          decision.title,
          confirm.filter((c) => c.kind === 'condition').map((c) => c.text),
          confirm.filter((c) => c.kind === 'exclusion').map((c) => c.text),
        ),
      });
    }
  }
  annotate(verdict, 'adequacyInForce', decision ? decisionNote(decision) : undefined);
  const dpf = lookups.dpf();
  annotate(verdict, 'dpfCertification', dpf?.explanation, dpf?.cites);
  if (dpf && verdict.trail.some((entry) => entry.id === 'dpfCertification')) {
    for (const w of dpf.warningTexts) verdict.warnings.push({ code: w.code, message: w.message });
    if (out.notCoveredBecause === 'dpf-status-unknown') {
      verdict.warnings.push({
        code: 'dpf-status-unknown',
        message: texts.dpfUnknown(lookups.dataKind, dpf.searchUrl, dpf.searchFor),
      });
    }
  }

  if (out.mechanism === 'adequacy') {
    verdict.mechanism = 'adequacy';
    return;
  }

  verdict.alternatives = out.alternatives;
  verdict.derogations = out.derogations;
  if (out.derogations.length > 0) {
    verdict.warnings.push({
      code: 'derogations-restrictive',
      message: texts.derogationsRestrictive(out.occasional === 'unknown'),
    });
    const conditions = texts.derogationConditions(out.derogations);
    if (conditions.en !== '') verdict.warnings.push({ code: 'derogation-conditions', message: conditions });
    if (f.flow.fromRole === 'processor') {
      verdict.warnings.push({
        code: 'derogations-processor-exporter',
        message: texts.derogationsProcessorExporter,
        review: true,
      });
    }
  }
  if (out.alternatives.includes('bcr') || out.alternatives.includes('art46-3b')) {
    verdict.warnings.push({
      code: 'alternative-conditions',
      message: texts.alternativeConditions(out.alternatives),
    });
  }
  if (out.publicPowers === 'unknown') {
    verdict.warnings.push({
      code: 'public-powers-unknown',
      message: texts.publicPowersUnknown(`${f.path}.publicPowers`),
      review: true,
    });
  }
  if (parties.importer.party.type === 'international-organisation') {
    verdict.warnings.push({
      code: 'importer-international-organisation',
      message: texts.internationalOrganisation,
      review: true,
    });
  }

  if (!sccSetsOnTheDate(facts, f, verdict)) return;

  const scc = run<SccModuleOutput>(sccModuleMachine, sccFacts(facts, f, transfer));
  verdict.trail.push(...tag(scc.result.trail, 'sccModule'));
  if (scc.result.status !== 'done') {
    openQuestionOf(verdict, 'sccModule', scc);
    return;
  }
  const module = scc.result.output;
  verdict.mechanism = 'scc';
  const authority = supervisoryAuthority(facts, parties, module, verdict);
  verdict.scc = { ...module, ...(authority ? { supervisoryAuthority: authority } : {}) };
  if (module.clause14) verdict.obligations.push('tia');
  if (module.module === 2 || module.module === 3)
    verdict.warnings.push({ code: 'art28-met-by-scc', message: texts.art28MetByScc });
  if (module.module === 1 && f.flow.toRole === 'joint-controller') {
    verdict.warnings.push({
      code: 'joint-controllers-module1',
      message: texts.jointControllersModule1,
      review: true,
    });
  }
  if (module.importerSubjectToGdpr === 'yes') {
    verdict.warnings.push({
      code: 'importer-subject-to-gdpr',
      message: texts.importerSubjectToGdpr(
        parties.importer.party.gdprBasis === 'none' ? undefined : parties.importer.party.gdprBasis,
      ),
      review: true,
    });
  } else if (module.importerSubjectToGdpr === 'unknown') {
    verdict.warnings.push({ code: 'importer-gdpr-status-unknown', message: texts.importerGdprUnknown });
  }
}

/** The exporter's and importer's roles as the SCC sets name them (joint controllers are controllers). */
function relationshipOf(f: IndexedFlow): SccRelationship {
  const from = f.flow.fromRole === 'processor' ? 'processor' : 'controller';
  const to = f.flow.toRole === 'processor' ? 'processor' : 'controller';
  return `${from}-${to}`;
}

/**
 * Decision (EU) 2021/914, Art. 4 (dates in data/instruments.json). Before it applied, its modules are not
 * proposed: the footing stays unresolved and the warning names the sets then in force. In the transition
 * after it, the warning says what the earlier sets still allowed. False when the 2021 modules do not apply.
 */
function sccSetsOnTheDate(facts: CaseFacts, f: IndexedFlow, verdict: EngineFlowVerdict): boolean {
  const decision2021 = sccDecision2021();
  const relationship = relationshipOf(f);
  const forRelationship = earlierSccSets(facts.asOf, relationship);
  if (facts.asOf < decision2021.appliesFrom) {
    verdict.mechanism = 'unresolved';
    verdict.warnings.push({
      code: 'scc-2021-not-yet-applicable',
      message: texts.sccBefore2021(
        facts.asOf,
        decision2021.appliesFrom,
        earlierSccSets(facts.asOf).map((d) => d.title),
        forRelationship.map((d) => d.title),
        texts.sccRelationships[relationship],
      ),
      review: true,
    });
    warnUnconfirmedInstruments(forRelationship, verdict);
    return false;
  }
  // Art. 4: contracts on the earlier sets concluded by the end of their period stay valid for a while.
  const stillValid = earlierSccContractsValid(facts.asOf, relationship);
  const first = stillValid[0];
  if (first?.newContractsUntil && first.contractsValidUntil) {
    verdict.warnings.push({
      code: 'earlier-scc-transition',
      message: texts.earlierSccTransition(
        stillValid.map((d) => d.title),
        first.newContractsUntil,
        first.contractsValidUntil,
        forRelationship.length > 0,
      ),
    });
  }
  return true;
}

function warnUnconfirmedInstruments(used: LegalInstrument[], verdict: EngineFlowVerdict) {
  for (const instrument of used.filter((d) => d.confidence === 'unconfirmed')) {
    verdict.warnings.push({
      code: 'unconfirmed-legal-fact',
      message: texts.unconfirmedDecision(instrument.title, instrument.confidenceNote),
      review: true,
    });
  }
}

/** Adds what the engine read to the trail step that used it. */
function annotate(verdict: EngineFlowVerdict, id: string, note: Localized | undefined, cites: string[] = []) {
  const step = verdict.trail.find((entry) => entry.id === id);
  if (!step || !note) return;
  step.note = note;
  for (const cite of cites) if (!step.cites.includes(cite)) step.cites = [...step.cites, cite];
}

function decisionNote(decision: AdequacyDecision): Localized {
  const until = decision.inForceUntil;
  return {
    en: `${decision.title.en} (CELEX ${decision.celex}), applying from ${decision.inForceFrom}${until ? ` until ${until}` : ''}.`,
    sv: `${decision.title.sv} (CELEX ${decision.celex}), tillämpligt från ${decision.inForceFrom}${until ? ` till och med ${until}` : ''}.`,
  };
}

function adequacyOf(
  facts: CaseFacts,
  parties: FlowParties,
  out: MechanismOutput,
  decision: NonNullable<EngineAdequacy['decision']>,
  dataKind: Parameters<typeof reasons.coveredDpf>[1],
): EngineAdequacy {
  let reason: Localized;
  if (out.covered) {
    reason =
      out.adequacy === 'dpf'
        ? reasons.coveredDpf(facts.asOf, dataKind)
        : reasons.covered(facts.asOf, placeName(parties));
  } else if (out.notCoveredBecause === 'importer-out-of-scope') {
    reason = reasons.outOfScope(decision.scope.importerTypes ?? [], parties.importer.party.type);
  } else if (out.notCoveredBecause === 'not-dpf-certified') {
    reason = reasons.notDpfCertified(dataKind);
  } else {
    reason = reasons.dpfUnknown(dataKind);
  }
  return {
    decision,
    covered: out.covered,
    reason,
    conditionsToConfirm: out.covered
      ? [
          ...decision.scope.conditions.map((c) => ({ ...c, kind: 'condition' as const })),
          ...decision.scope.exclusions.map((c) => ({ ...c, kind: 'exclusion' as const })),
        ]
      : [],
  };
}

/** "Japan" / "the European Patent Organisation" in the reason's sentence; the code when no name is known. */
function placeName(parties: FlowParties): Localized {
  const party = parties.importer.party;
  if (party.type === 'international-organisation' || party.country === undefined)
    return { en: party.name, sv: party.name };
  return namesOf(party.country);
}

function namesOf(code: string): Localized {
  return { en: countryName(code, 'en') ?? code, sv: countryName(code, 'sv') ?? code };
}

/**
 * The authority of Annex I.C for Clause 13: the exporter's Member State, or the representative's; named
 * only when the data leave no doubt. Where regional authorities share the field (DE, ES), the parties pick.
 */
function supervisoryAuthority(
  facts: CaseFacts,
  parties: FlowParties,
  module: SccModuleOutput,
  verdict: EngineFlowVerdict,
): SupervisoryAuthority | undefined {
  const exporter = parties.exporter.party;
  let code: string | undefined;
  if (module.clause13 === 'member-state') {
    if (!facts.isInEea(exporter)) {
      verdict.warnings.push({
        code: 'supervisory-authority-to-name',
        message: authorityTexts.establishmentElsewhere,
      });
      return undefined;
    }
    code = exporter.country;
  } else if (module.clause13 === 'representative') {
    code = exporter.representativeCountry;
  } else if (module.clause13 === 'no-representative') {
    verdict.warnings.push({ code: 'supervisory-authority-to-name', message: texts.authorityOfDataSubjects });
    return undefined;
  }
  if (code === undefined) return undefined;
  const canonical = canonicalCode(code) ?? code;
  const regional = authoritiesFor(canonical).filter((a) => a.region?.startsWith(`${canonical}-`));
  if (regional.length > 0) {
    const names = [authorityFor(canonical), ...regional]
      .filter((a) => a !== undefined)
      .map((a) => a.nativeName);
    verdict.warnings.push({
      code: 'supervisory-authority-to-name',
      message: texts.authorityRegional(namesOf(canonical), names),
      review: true,
    });
    return undefined;
  }
  return authorityFor(canonical);
}

// ---------------------------------------------------------------------------------------------------------
// Onward transfers: say which instrument of which flow governs them.

function describeOnwardTransfers(
  verdicts: EngineFlowVerdict[],
  byId: ReadonlyMap<string, EngineFlowVerdict>,
) {
  for (const verdict of verdicts) {
    if (verdict.kind !== 'onward-transfer') continue;
    const origins = (verdict.originatingFlows ?? []).map((id) => ({ id, ...instrumentOf(byId.get(id)) }));
    const review = origins.some((o) => o.review);
    verdict.warnings.push({
      code: 'onward-transfer',
      message: texts.onwardGovernedBy(origins),
      ...(review ? { review: true } : {}),
    });
  }
}

/** The instrument a transfer flow rests on, as the onward transfer's warning names it. */
function instrumentOf(origin: EngineFlowVerdict | undefined): { instrument: Localized; review: boolean } {
  const names = texts.instrumentOfOrigin;
  if (!origin) return { instrument: names.unsettled, review: true };
  if (origin.mechanism === 'adequacy') return { instrument: names.adequacy, review: false };
  const module = origin.scc?.module;
  if (module === 1) return { instrument: names.module1, review: false };
  if (module === 2 || module === 3) {
    const m = String(module);
    return {
      instrument: { en: names.module2or3.en.replace('{m}', m), sv: names.module2or3.sv.replace('{m}', m) },
      review: false,
    };
  }
  if (module === 4) return { instrument: names.module4, review: true };
  return { instrument: names.unsettled, review: true };
}
