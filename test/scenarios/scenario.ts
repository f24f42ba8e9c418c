import type { TiaAnswers, TiaContext } from '../../src/tia/index.js';

/**
 * Legal scenarios as data (OpenFisca's test files): each scenario is `{ name, asOf, case, expect }`, read by
 * one runner (run.test.ts). `case` is what a client sends; `expect` is what the law expects of the answer,
 * in the few words below, so that a lawyer can read and check it without reading code.
 *
 * Text checks take a plain string (contained, as written) or a regular expression.
 */

export type Lang = 'en' | 'sv';
export type Text = string | RegExp;

/** A party as a client sends it; `name` defaults to the id in capitals. */
export type PartyIn = Record<string, unknown> & { id: string };
/** A flow as a client sends it; `id` defaults to f1, f2, … in order. */
export type FlowIn = Record<string, unknown> & { from: string; to: string; fromRole: string; toRole: string };

/** What a text must say, must not say, and where the cut falls between two parts of it. */
export interface TextCheck {
  has?: Text[];
  lacks?: Text[];
  /** The text splits at `at` (which it must contain): what comes before it, and what after. */
  split?: { at: string; before?: TextCheck; after?: TextCheck };
}

/** A step of the reasoning (the trail): its answer's value, the fact it was read from, its texts and sources. */
export interface StepCheck {
  value?: string;
  by?: Text;
  question?: TextCheck;
  answer?: TextCheck;
  /** What the engine read to answer (the decision relied on, with its dates). */
  note?: TextCheck;
  /** Sources it must cite (and maybe more). */
  cites?: string[];
}

/** What one flow's verdict must show. Paths: `scc.module`, `adequacy.conditionsToConfirm[].id` (`[]`: each). */
export interface FlowExpect {
  /** The verdict holds at least these values (a regular expression matches a text). */
  is?: Record<string, unknown>;
  /** The value at each path, exactly; `undefined` means absent. */
  exactly?: Record<string, unknown>;
  /** Lists that hold these items, and maybe more (an object item: one that holds at least its values). */
  includes?: Record<string, unknown[]>;
  /** Lists that hold none of these items. */
  excludes?: Record<string, unknown[]>;
  /** Lists that hold at least one item. */
  notEmpty?: string[];
  /** Warnings by code: given, not given, given for legal review. */
  warnings?: { has?: string[]; lacks?: string[]; forReview?: string[] };
  /** What a warning says, by code (the warning must be there). */
  says?: Record<string, TextCheck>;
  /** The answer the engine gave to a question, by question id. */
  answers?: Record<string, string>;
  /** A step of the reasoning, by question id. */
  steps?: Record<string, StepCheck>;
  /** The last step of the reasoning is the transfer test's conclusion, with this value. */
  concludes?: string;
  /** The closing step of a questionnaire (transfer, mechanism, sccModule), by questionnaire. */
  closing?: Record<string, StepCheck>;
  /** SCC choices by id (`clause-17`): the options it offers (`none`: it offers none), whether it must be made. */
  choices?: Record<string, { options?: string[] | 'none'; required?: boolean }>;
  /** What the case assumes (case-level; with one flow, that flow's). */
  assumptions?: AssumptionsExpect;
  /** Questionnaires whose questions appear in the reasoning, or do not. */
  questionnaires?: { asked?: string[]; notAsked?: string[] };
}

/**
 * What the case merely assumes, said once for the case (the answer's `assumptions`): by code, the flows it
 * applies to, the fields that would settle it, and what it says; and the codes it must not assume.
 */
export interface AssumptionsExpect {
  has?: Record<string, { flows?: string[]; fields?: string[]; says?: TextCheck }>;
  lacks?: string[];
}

/** A case the product must refuse, with the fields it names. */
export interface RefusalExpect {
  refused: { field: string; reason?: Text }[];
}

export interface AssessmentScenario {
  name: string;
  asOf: string;
  /** The language of the answer; English when not said. */
  lang?: Lang;
  /** `api`: sent as a client sends it, to POST /v1/assessments; otherwise straight to the engine. */
  via?: 'engine' | 'api';
  case: { parties: PartyIn[]; flows: FlowIn[] };
  /** One flow: what its verdict shows. Several: by flow id. Or the refusal. */
  expect: FlowExpect | { flows: Record<string, FlowExpect>; assumptions?: AssumptionsExpect } | RefusalExpect;
}

/** A Clause 14 assessment (transfer impact assessment) on its own. */
export interface TiaScenario {
  name: string;
  asOf: string;
  case: { tia: TiaAnswers; context: Omit<TiaContext, 'asOf'> };
  expect: {
    /** The conclusion's state (EDPB Recommendations 01/2020), or the one it must not be. */
    conclusion?: string | { not: string };
    /** Points for legal review it must carry: each one a point whose English and Swedish say these. */
    legalReview?: { en?: RegExp; sv?: RegExp }[];
  };
}

export type Scenario = AssessmentScenario | TiaScenario;

/** Parties used throughout, as a lawyer would name them. */
export const parties = {
  swedishCompany: { id: 'se', country: 'SE', type: 'company' },
  swedishUniversity: { id: 'uni', name: 'Uppsala universitet', country: 'SE', type: 'public-authority' },
  swedishAuthority: { id: 'myndighet', country: 'SE', type: 'public-authority' },
  /** A company outside the EEA that is not itself subject to the GDPR. */
  company: (id: string, country: string, extra: Record<string, unknown> = {}): PartyIn => ({
    id,
    country,
    type: 'company',
    gdprBasis: 'none',
    ...extra,
  }),
} satisfies Record<string, PartyIn | ((...args: never[]) => PartyIn)>;

/** The same scenario in English and in Swedish, each with its own expectations. */
export function inBothLanguages(
  scenario: Omit<AssessmentScenario, 'lang' | 'expect' | 'name'> & { name: string },
  expect: (lang: Lang) => AssessmentScenario['expect'],
): AssessmentScenario[] {
  return (['en', 'sv'] as const).map((lang) => ({
    ...scenario,
    name: `${scenario.name} (${lang})`,
    lang,
    expect: expect(lang),
  }));
}
