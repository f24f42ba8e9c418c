import { swedishProvisionAt } from '../data/index.js';
import type { Localized } from '../data/schema.js';
import { assessTia, type TiaResult } from './assess.js';
import type { TiaAnswers } from './input.js';
import { lawProfileById, profileIdFor } from './profiles.js';

/**
 * The engine's one call into the TIA: after every flow has its verdict, each verdict whose obligations
 * include `tia` gets the assessment, run on the flow's own `tia` answers (open, with the questions left,
 * when there are none). Answers the assessment cannot use are reported as warnings, never dropped
 * silently. Structural types keep this module free of the engine's.
 */

interface FlowIn {
  combinesWithEuData?: boolean;
  specialCategories?: boolean;
  personnummer?: boolean;
  children?: boolean;
  tia?: TiaAnswers;
}

interface VerdictIn {
  obligations: readonly string[];
  importer?: { country?: string };
  scc?: { module: 1 | 2 | 3 | 4 };
  warnings: { code: string; message: Localized; review?: boolean }[];
  tia?: TiaResult;
}

export function attachTias(flows: readonly FlowIn[], verdicts: VerdictIn[], asOf: string): void {
  verdicts.forEach((verdict, i) => {
    const flow = flows[i];
    if (flow) attachTia(flow, verdict, asOf, `flows[${i}]`);
  });
}

/**
 * The same for one flow; `path` is where the flow sits in the case, e.g. `flows[2]`. `destination` is the
 * importer organisation's country when the recipient is its employee (default: the recipient's country).
 */
export function attachTia(
  flow: FlowIn,
  verdict: VerdictIn,
  asOf: string,
  path: string,
  destination: string | undefined = verdict.importer?.country,
): void {
  if (!verdict.obligations.includes('tia')) {
    if (flow.tia) verdict.warnings.push({ code: 'tia-not-used', message: notUsed });
    return;
  }
  if (!destination || !verdict.scc) {
    verdict.warnings.push({ code: 'tia-destination-unknown', message: noDestination, review: true });
    return;
  }
  const answers = flow.tia ?? {};
  if (
    answers.laws?.relyOnCommissionFinding !== undefined &&
    !lawProfileById(profileIdFor(destination)).commissionFinding
  ) {
    verdict.warnings.push({ code: 'tia-answer-not-used', message: noCommissionFinding(destination) });
  }
  if (
    answers.laws?.importerIsEcsp !== undefined &&
    !lawProfileById(profileIdFor(destination)).serviceProviderReach
  ) {
    verdict.warnings.push({ code: 'tia-answer-not-used', message: noProviderTest(destination) });
  }
  const tia = assessTia(answers, {
    destination,
    transferTool: 'scc',
    sccModule: verdict.scc.module,
    ...(flow.combinesWithEuData !== undefined ? { combinesWithEuData: flow.combinesWithEuData } : {}),
    asOf,
  });
  const weight = weightOf(flow, asOf);
  verdict.tia = { ...withCasePaths(tia, path), ...(weight ? { weight } : {}) };
  if (tia.status === 'open') {
    verdict.warnings.push({ code: 'tia-open', message: open(verdict.tia.openQuestions?.[0]?.field) });
  } else if (tia.conclusion?.outcome === 'do-not-transfer') {
    verdict.warnings.push({ code: 'tia-do-not-transfer', message: doNotTransfer, review: true });
  }
}

/**
 * The data categories and the data subjects are circumstances of the transfer (Clause 14(b)(i)): special
 * categories, Swedish personal identity numbers and children's data make the assessment weigh more. The
 * reasons cite the provisions in data/swedish-public-sector.json.
 */
function weightOf(flow: FlowIn, asOf: string): TiaResult['weight'] {
  const reasons: NonNullable<TiaResult['weight']>['reasons'] = [];
  if (flow.specialCategories)
    reasons.push({
      id: 'special-categories',
      text: heavier.specialCategories,
      cites: ['GDPR Art. 9', clause14bi],
    });
  for (const [fact, id] of [
    [flow.personnummer, 'personnummer'],
    [flow.children, 'children'],
  ] as const) {
    const provision = fact ? swedishProvisionAt(id, asOf) : undefined;
    if (provision) reasons.push({ id, text: provision.title, cites: [...provision.cites, clause14bi] });
  }
  return reasons.length > 0 ? { level: 'heightened', reasons } : undefined;
}

const clause14bi = 'Decision (EU) 2021/914, Annex, Clause 14(b)(i)';
const heavier = {
  specialCategories: {
    en: 'Special categories of personal data',
    sv: 'Särskilda kategorier av personuppgifter',
  } satisfies Localized,
};

/** Open questions name the field of the case that answers them: `flows[2].tia.circumstances.format`. */
function withCasePaths(tia: TiaResult, path: string): TiaResult {
  if (!tia.openQuestions) return tia;
  const field = (name: string) =>
    name === 'combinesWithEuData' ? `${path}.combinesWithEuData` : `${path}.tia.${name}`;
  return { ...tia, openQuestions: tia.openQuestions.map((q) => ({ ...q, field: field(q.field) })) };
}

const notUsed: Localized = {
  en: 'The tia answers of this flow were not used: the flow needs no transfer impact assessment.',
  sv: 'Flödets tia-svar användes inte: flödet kräver ingen överföringsbedömning enligt klausul 14 (TIA).',
};

const noDestination: Localized = {
  en: 'The transfer impact assessment needs the country of the importer; the case does not give it.',
  sv: 'Överföringsbedömningen enligt klausul 14 (TIA) kräver dataimportörens land; fallet anger det inte.',
};

const noCommissionFinding = (code: string): Localized => ({
  en: `tia.laws.relyOnCommissionFinding was not used: no Commission finding is recorded for ${code}.`,
  sv: `tia.laws.relyOnCommissionFinding användes inte: inget konstaterande från kommissionen finns för ${code}.`,
});

const noProviderTest = (code: string): Localized => ({
  en: `tia.laws.importerIsEcsp was not used: the law recorded for ${code} does not turn on the importer being an electronic communication service provider.`,
  sv: `tia.laws.importerIsEcsp användes inte: den lag som finns registrerad för ${code} beror inte på om dataimportören är en leverantör av elektroniska kommunikationstjänster.`,
});

const open = (field: string | undefined): Localized => ({
  en: `The transfer impact assessment (Clause 14) is open${field ? `: answer ${field} first` : ''}; see tia.openQuestions.`,
  sv: `Överföringsbedömningen enligt klausul 14 (TIA) är inte klar${field ? `: besvara först ${field}` : ''}; se tia.openQuestions.`,
});

export const doNotTransfer: Localized = {
  en: 'The transfer impact assessment concludes that the data must not be transferred (or the transfer must be suspended, Clause 16).',
  sv: 'Överföringsbedömningen enligt klausul 14 (TIA) kommer fram till att uppgifterna inte får föras över (eller att överföringen ska avbrytas, klausul 16).',
};
