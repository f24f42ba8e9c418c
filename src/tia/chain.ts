import type { Clause14Outcome } from '../../machines/clause14/index.js';
import type { Localized } from '../data/schema.js';
import { assessTia, type OpenQuestion, type TiaResult } from './assess.js';
import type { TiaAnswers } from './input.js';
import type { ProfileId } from './schema.js';

/**
 * The Clause 14 assessment of a transfer takes into account the onward transfers envisaged from it
 * (Decision (EU) 2021/914, Annex, Clause 14(b)(i); EDPB Recommendations 01/2020 (v2.0), step 1). Each
 * onward destination is assessed on its own answers, in the case at `flows[j].tia`, against its law
 * profile or the generic one with the user's findings. The transfer's assessment stays open until every
 * leg is assessed; its conclusion is then the weakest leg's.
 */

export interface OnwardLegIn {
  flow: string;
  /** Where the onward flow sits in the case, e.g. `flows[1]`. */
  path: string;
  /** The onward importer's country; undefined for an international organisation without one. */
  destination: string | undefined;
  answers: TiaAnswers | undefined;
}

export interface TiaChainLeg {
  flow: string;
  destination?: { code: string; profile: ProfileId };
  status: 'complete' | 'open';
  outcome?: Exclude<Clause14Outcome, 'not-needed'>;
  state?: string;
  conclusion?: Localized;
  openQuestions?: OpenQuestion[];
}

export interface TiaChain {
  /** The transfer's own leg: the importer's country. */
  own: Omit<TiaChainLeg, 'flow'>;
  /** Each onward leg, in chain order. */
  legs: TiaChainLeg[];
  /** The onward flow whose leg gave the conclusion; absent when the transfer's own leg did. */
  weakest?: string;
  /** Answers that contradict the case; while any stands, the assessment stays open. */
  contradictions: Localized[];
  cites: string[];
}

const scc = 'Decision (EU) 2021/914, Annex';
const cites = [`${scc}, Clause 14(b)(i)`, 'EDPB Recommendations 01/2020 (v2.0), step 1'];

/** Weakest first: the order in which a leg's conclusion overrides the others. */
const strength: Record<Exclude<Clause14Outcome, 'not-needed'>, number> = {
  'do-not-transfer': 0,
  'proceed-with-measures': 1,
  proceed: 2,
};

export function withOnwardLegs(
  own: TiaResult,
  legsIn: readonly OnwardLegIn[],
  context: { sccModule: 1 | 2 | 3 | 4; asOf: string },
): TiaResult {
  if (own.status === 'not-needed' || legsIn.length === 0) return own;
  const { flow: _, ...ownLeg } = legOf('', own);
  const legs: TiaChainLeg[] = [];
  const results = new Map<string, TiaResult>();
  for (const leg of legsIn) {
    if (!leg.destination) {
      legs.push({ flow: leg.flow, status: 'open' });
      continue;
    }
    const result = assessTia(leg.answers ?? {}, {
      destination: leg.destination,
      transferTool: 'scc',
      sccModule: context.sccModule,
      asOf: context.asOf,
    });
    results.set(leg.flow, result);
    legs.push(legOf(leg.flow, withLegPaths(result, leg.path)));
  }

  const contradictions: Localized[] = [];
  if (own.circumstances.processingChain === 'importer-only') {
    contradictions.push(importerOnly(legsIn.map((l) => l.flow)));
  }
  const allAssessed = ownLeg.status === 'complete' && legs.every((l) => l.status === 'complete');
  const chain: TiaChain = { own: ownLeg, legs, contradictions, cites };
  const openQuestions = [...(own.openQuestions ?? []), ...legs.flatMap((l) => l.openQuestions ?? [])];

  if (!allAssessed || contradictions.length > 0) {
    const {
      conclusion: _c,
      procedure: _p,
      reevaluateBy: _r,
      reevaluation: _e,
      documentation: _d,
      ...rest
    } = own;
    return {
      ...rest,
      status: 'open',
      ...(openQuestions.length > 0 ? { openQuestions } : {}),
      legalReview: [...own.legalReview, ...contradictions],
      chain,
    };
  }
  const weakest = legs.reduce<TiaChainLeg | undefined>(
    (a, b) => (strength[b.outcome!] < strength[a?.outcome ?? ownLeg.outcome!] ? b : a),
    undefined,
  );
  if (weakest) chain.weakest = weakest.flow;
  const decisive = weakest ? results.get(weakest.flow) : undefined;
  return {
    ...own,
    ...(weakest && own.conclusion
      ? {
          conclusion: {
            outcome: weakest.outcome!,
            state: weakest.state!,
            text: decidedBy(weakest.flow, weakest.conclusion!),
            finding: decidedBy(weakest.flow, decisive?.conclusion?.finding ?? weakest.conclusion!),
            cites: [...own.conclusion.cites, ...cites],
          },
          ...(decisive?.procedure ? { procedure: decisive.procedure } : {}),
        }
      : {}),
    chain,
  };
}

function legOf(flow: string, tia: TiaResult): TiaChainLeg {
  return {
    flow,
    destination: tia.destination,
    status: tia.status === 'complete' ? 'complete' : 'open',
    ...(tia.conclusion
      ? { outcome: tia.conclusion.outcome, state: tia.conclusion.state, conclusion: tia.conclusion.text }
      : {}),
    ...(tia.openQuestions ? { openQuestions: tia.openQuestions } : {}),
  };
}

/** A leg's open questions name the onward flow's own fields: `flows[1].tia.circumstances.format`. */
function withLegPaths(tia: TiaResult, path: string): TiaResult {
  if (!tia.openQuestions) return tia;
  return { ...tia, openQuestions: tia.openQuestions.map((q) => ({ ...q, field: `${path}.tia.${q.field}` })) };
}

const quoted = (ids: readonly string[]) => ids.map((id) => `"${id}"`).join(', ');

const importerOnly = (flows: readonly string[]): Localized => ({
  en: `The answer that the data reach only the importer (circumstances.processingChain) contradicts the case: onward flow(s) ${quoted(flows)} continue from that importer. Correct the answer or the case; until then the assessment stays open.`,
  sv: `Svaret att uppgifterna bara når dataimportören (circumstances.processingChain) motsägs av fallet: vidareflödena ${quoted(flows)} utgår från den dataimportören. Rätta svaret eller fallet; till dess är bedömningen inte klar.`,
});

const decidedBy = (flow: string, text: Localized): Localized => ({
  en: `Decided by the onward transfer in flow "${flow}", the weakest link of the chain: ${text.en}`,
  sv: `Avgörs av vidareöverföringen i flödet "${flow}", kedjans svagaste länk: ${text.sv}`,
});
