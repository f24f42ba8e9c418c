import type { MechanismOutput } from '../../machines/mechanism.js';
import type { SccModuleOutput } from '../../machines/sccModule.js';
import { authoritiesFor, authorityFor, canonicalCode, countryName } from '../data/index.js';
import type { AdequacyDecision, Localized, SupervisoryAuthority } from '../data/schema.js';
import type { FlowParties } from './answers.js';
import type { CaseFacts } from './case-facts.js';
import { authorityTexts, reasons, texts } from './texts.js';
import type { EngineAdequacy, EngineFlowVerdict } from './types.js';

/** What the engine read from the legal data, written into the trail and the verdict: adequacy, Clause 13 authority. */

/** Adds what the engine read to the trail step that used it. */
export function annotate(
  verdict: EngineFlowVerdict,
  id: string,
  note: Localized | undefined,
  cites: string[] = [],
) {
  const step = verdict.trail.find((entry) => entry.id === id);
  if (!step || !note) return;
  step.note = note;
  for (const cite of cites) if (!step.cites.includes(cite)) step.cites = [...step.cites, cite];
}

export function decisionNote(decision: AdequacyDecision): Localized {
  const until = decision.inForceUntil;
  return {
    en: `${decision.title.en} (CELEX ${decision.celex}), applying from ${decision.inForceFrom}${until ? ` until ${until}` : ''}.`,
    sv: `${decision.title.sv} (CELEX ${decision.celex}), tillämpligt från ${decision.inForceFrom}${until ? ` till och med ${until}` : ''}.`,
  };
}

export function adequacyOf(
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
export function placeName(parties: FlowParties): Localized {
  const party = parties.importer.party;
  if (party.type === 'international-organisation' || party.country === undefined)
    return { en: party.name, sv: party.name };
  return namesOf(party.country);
}

export function namesOf(code: string): Localized {
  return { en: countryName(code, 'en') ?? code, sv: countryName(code, 'sv') ?? code };
}

/**
 * The authority of Annex I.C for Clause 13: the exporter's Member State, or the representative's; named
 * only when the data leave no doubt. Where regional authorities share the field (DE, ES), the parties pick.
 */
export function supervisoryAuthority(
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
