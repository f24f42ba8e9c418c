import type { Localized } from '../data/schema.js';
import type { QuantifiedInput } from './input.js';

/**
 * The optional quantified view beside the qualitative assessment.
 *
 * For each legal basis b the assessor estimates, per year, the probability that the importer is
 * targeted (t), that the transferred data are within the scope of the request (s) and that access
 * succeeds despite the measures (x). Their product p = t·s·x is the yearly probability of lawful access
 * under b. Treating years and bases as independent, access under b is avoided over T years with
 * probability (1 - p)^T, and under every basis with the product of those; so
 *
 *   P(access over T years) = 1 - Π_b (1 - t_b·s_b·x_b)^T
 *
 * The per-year form is chosen because the evidence people estimate from (transparency reports, request
 * statistics, sunset periods) comes per year; a fractional T works as a constant yearly rate.
 */

export interface QuantifiedBasisResult {
  legalBasis: string;
  pTargeted: number;
  pInScope: number;
  pSuccess: number;
  /** t·s·x: probability of lawful access under this basis in one year. */
  perYear: number;
  /** 1 - (1 - perYear)^T. */
  overPeriod: number;
}

export interface QuantifiedResult {
  periodYears: number;
  bases: QuantifiedBasisResult[];
  /** 1 - Π (1 - perYear)^T over all bases. */
  probabilityOverPeriod: number;
  formula: string;
  assumptions: Localized;
  /** Always shown with the figure. */
  note: Localized;
  cites: string[];
}

export const riskBasedApproachNote: Localized = {
  en: 'This figure is shown beside the legal assessment, not instead of it. The EDPB does not accept a purely risk-based approach: the estimates are subjective and cannot by themselves show that the destination’s laws and practices let the importer comply with the clauses, nor justify a transfer the assessment does not support.',
  sv: 'Siffran visas vid sidan av den rättsliga bedömningen, inte i stället för den. EDPB godtar inte ett rent riskbaserat synsätt: uppskattningarna är subjektiva och kan inte ensamma visa att mottagarlandets lagar och praxis låter dataimportören följa klausulerna, och inte heller motivera en överföring som bedömningen inte stöder.',
};

const assumptions: Localized = {
  en: 'The estimates are yearly; years and legal bases are treated as independent; a probability of 1 for any basis makes access certain.',
  sv: 'Uppskattningarna avser ett år; år och rättsliga grunder behandlas som oberoende av varandra; en sannolikhet på 1 för någon grund gör åtkomst säker.',
};

export function quantifyAccess(input: QuantifiedInput): QuantifiedResult {
  const years = input.periodYears;
  let noAccessUnderAny = 1;
  const bases = input.bases.map((b) => {
    const perYear = b.pTargeted * b.pInScope * b.pSuccess;
    const noAccess = (1 - perYear) ** years;
    noAccessUnderAny *= noAccess;
    return { ...b, perYear, overPeriod: 1 - noAccess };
  });
  return {
    periodYears: years,
    bases,
    probabilityOverPeriod: 1 - noAccessUnderAny,
    formula: 'P = 1 - Π_b (1 - pTargeted_b · pInScope_b · pSuccess_b)^periodYears',
    assumptions,
    note: riskBasedApproachNote,
    cites: [
      'EDPB Recommendations 01/2020 (v2.0), step 3',
      'Decision (EU) 2021/914, Annex, Clause 14(b)(ii), footnote 12',
    ],
  };
}
