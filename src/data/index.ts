/** The legal datasets and the questions the engine and the API ask of them. Pure: no I/O. */
export {
  type AdequacyFilter,
  adequacyDecisionById,
  adequacyDecisionsInForce,
  allAdequacyDecisions,
  decisionAt,
  decisionCoversCode,
  decisionInForceAt,
} from './adequacy.js';
export { allAuthorities, authoritiesFor, authorityFor } from './authorities.js';
export type { Lang } from './countryNames.js';
export { type DatasetSummary, datasetsMeta } from './datasets.js';
export { isIsoDate } from './dates.js';
export { type DestinationAnswer, destinationAt } from './destination.js';
export {
  allInstruments,
  earlierSccContractsValid,
  earlierSccSets,
  gdprAppliesFrom,
  gdprAppliesInEeaEfta,
  instrumentById,
  sccDecision2021,
} from './instruments.js';
export { allInterimArrangements, interimArrangementsAt } from './interim.js';
export { allPendingDevelopments, pendingAgainst } from './pending.js';
export { heldAt, holdsAt, type Period, versionAt } from './period.js';
export { swedishProvisionAt } from './swedish.js';
export {
  allTerritories,
  canonicalCode,
  countryName,
  isKnownCode,
  knownCodes,
  type TerritoryStatusAnswer,
  territoryRecord,
  territoryStatusAt,
} from './territories.js';
