import { countryName, territoryStatusAt } from '../data/index.js';
import type { AssessmentCase } from '../domain/case.js';
import type { Lang, MapFlow, MapPlace, TransferMapInput } from './transfer-map.js';

/** What the map needs of a flow's verdict (the API's rendered answer and the engine's verdict both have it). */
export interface MapVerdict {
  id: string;
  kind: MapFlow['kind'];
  mechanism: MapFlow['mechanism'];
  scc?: { module: number } | undefined;
  derogations?: readonly string[] | undefined;
  originatingFlows?: readonly string[] | undefined;
}

/**
 * The map's input for a case and its verdicts: every party, placed by the data as of the assessment date
 * (EU/EEA or not, by name in the language), and the flows that have a verdict.
 */
export function caseMapInput(
  input: AssessmentCase,
  verdicts: readonly MapVerdict[],
  lang: Lang,
  asOf: string,
): TransferMapInput {
  const organisation = lang === 'sv' ? 'Internationell organisation' : 'International organisation';
  const place = (code: string | undefined): MapPlace => {
    if (!code) return { name: organisation, side: 'third' };
    const status = territoryStatusAt(code, asOf).status;
    return { name: countryName(code, lang) ?? code, side: status === 'third-country' ? 'third' : 'eea' };
  };
  const byId = new Map(verdicts.map((v) => [v.id, v]));
  return {
    lang,
    parties: input.parties.map((p) => ({ id: p.id, name: p.name, country: p.country })),
    flows: input.flows.flatMap((f) => {
      const v = byId.get(f.id);
      if (!v) return [];
      return [
        {
          id: f.id,
          from: f.from,
          to: f.to,
          kind: v.kind,
          mechanism: v.mechanism,
          sccModule: v.scc?.module,
          derogations: v.derogations,
          originatingFlows: v.originatingFlows,
        },
      ];
    }),
    place,
  };
}
