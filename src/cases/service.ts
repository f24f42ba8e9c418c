import type { DataScenario } from '../data/scenario.js';
import { withScenario } from '../data/scenario.js';
import type { AssessmentCase } from '../domain/case.js';
import {
  CaseNotFound,
  type CaseRegister,
  type FlowSummary,
  type NewVersion,
  type StoredVersion,
  VersionConflict,
  type WriteMeta,
} from '../register/port.js';
import { searchFields, summariseCase } from './summary.js';

/** The register fields of a save, and the case as sent (its JSON text, stored and hashed as is). */
export interface CaseInput {
  title: string;
  caseNumber?: string | undefined;
  reference?: string | undefined;
  tags?: string[] | undefined;
  /** The case, parsed and validated. */
  case: AssessmentCase;
  /** The case exactly as the client sent it, as JSON text. */
  body: string;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Assesses the case and prepares everything a version holds. */
export async function prepareVersion(
  input: CaseInput,
  asOf: string,
  scenario?: DataScenario,
): Promise<NewVersion> {
  const summary = withScenario(scenario, () => summariseCase(input.case, asOf));
  return versionFrom(input, summary, await sha256Hex(input.body));
}

function versionFrom(
  input: Omit<CaseInput, 'body'> & { body: string },
  summary: ReturnType<typeof summariseCase>,
  sha256: string,
): NewVersion {
  const caseNumber = input.caseNumber ?? null;
  const reference = input.reference ?? null;
  const tags = input.tags ?? [];
  return {
    title: input.title,
    caseNumber,
    reference,
    tags,
    body: input.body,
    sha256,
    asOf: summary.asOf,
    dataVersion: summary.dataVersion,
    flows: summary.flows,
    due: summary.due,
    ...searchFields(input.title, caseNumber, reference, tags, input.case),
    mechanisms: [...new Set(summary.flows.map((f) => f.mechanism))].sort(),
    openTia: summary.flows.some((f) => f.tiaStatus === 'open'),
    dpf: summary.flows.some((f) => f.dpf),
    nextDue: summary.due[0]?.date ?? null,
  };
}

type FlowState = Omit<FlowSummary, 'id'>;
export interface ReassessedCase {
  caseId: string;
  title: string;
  version: number;
  savedVersion?: number;
  flows: { flowId: string; before: FlowState | null; after: FlowState | null; changed: boolean }[];
}

const state = (f: FlowSummary | undefined): FlowState | null => {
  if (!f) return null;
  const { id: _id, ...rest } = f;
  return rest;
};
const same = (a: FlowState | null, b: FlowState | null) =>
  a !== null &&
  b !== null &&
  a.kind === b.kind &&
  a.mechanism === b.mechanism &&
  a.module === b.module &&
  a.tiaStatus === b.tiaStatus &&
  a.dpf === b.dpf;

/**
 * The engine run again over the latest version of every case (or those named), as of `asOf` and with the
 * data changed as the scenario says. With `save`, each case with a change gets a new version; a case
 * changed by someone meanwhile is left as it is and reported (`conflict`).
 */
export async function reassessRegister(
  register: CaseRegister,
  options: {
    asOf: string;
    scenario?: DataScenario;
    caseIds?: string[];
    save?: WriteMeta;
    parse: (body: string) => AssessmentCase;
  },
): Promise<{
  cases: (ReassessedCase & { conflict?: boolean })[];
  changedCases: number;
  changedFlows: number;
}> {
  const latest = await register.latest(options.caseIds);
  const out: (ReassessedCase & { conflict?: boolean })[] = [];
  let changedCases = 0;
  let changedFlows = 0;
  for (const stored of latest) {
    const input = options.parse(stored.body);
    const summary = withScenario(options.scenario, () => summariseCase(input, options.asOf));
    const ids = [...new Set([...stored.flows.map((f) => f.id), ...summary.flows.map((f) => f.id)])];
    const flows = ids.map((flowId) => {
      const before = state(stored.flows.find((f) => f.id === flowId));
      const after = state(summary.flows.find((f) => f.id === flowId));
      return { flowId, before, after, changed: !same(before, after) };
    });
    const changes = flows.filter((f) => f.changed).length;
    changedFlows += changes;
    if (changes > 0) changedCases += 1;
    const result: ReassessedCase & { conflict?: boolean } = {
      caseId: stored.id,
      title: stored.title,
      version: stored.version,
      flows,
    };
    if (options.save && changes > 0) {
      const next = versionFrom(
        { ...fieldsOf(stored), case: input, body: stored.body },
        summary,
        stored.sha256,
      );
      try {
        const saved = await register.save(stored.id, stored.etag, next, {
          ...options.save,
          reason: 'reassess',
        });
        result.savedVersion = saved.version;
      } catch (error) {
        if (error instanceof VersionConflict || error instanceof CaseNotFound) result.conflict = true;
        else throw error;
      }
    }
    out.push(result);
  }
  return { cases: out, changedCases, changedFlows };
}

function fieldsOf(stored: StoredVersion) {
  return {
    title: stored.title,
    caseNumber: stored.caseNumber ?? undefined,
    reference: stored.reference ?? undefined,
    tags: stored.tags,
  };
}
