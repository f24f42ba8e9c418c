import catalogueJson from '../../data/laws/measures.json' with { type: 'json' };
import {
  type Measure,
  type MeasureKind,
  measuresCatalogue,
  type UseCase,
  type UseCaseNumber,
} from './schema.js';

/** The supplementary-measures catalogue (data/laws/measures.json), mapped to the EDPB use cases. */
export const catalogue = measuresCatalogue.parse(catalogueJson);

export function useCaseByNumber(n: UseCaseNumber): UseCase {
  const found = catalogue.useCases[n - 1];
  if (!found) throw new RangeError(`no EDPB use case ${n}`);
  return found;
}

export function measureById(id: string): Measure | undefined {
  return catalogue.measures.find((m) => m.id === id);
}

/** Ids of the catalogue's measures of one kind, for the input schema. */
export function measureIdsOf(kind: MeasureKind): [string, ...string[]] {
  const ids = catalogue.measures.filter((m) => m.kind === kind).map((m) => m.id);
  if (ids.length === 0) throw new Error(`the measures catalogue has no ${kind} measure`);
  return ids as [string, ...string[]];
}
