import {
  adequacyDecisionsInForce,
  canonicalCode,
  interimArrangementsAt,
  type TerritoryStatusAnswer,
  territoryStatusAt,
} from '../data/index.js';
import type { AdequacyDecision, InterimArrangement } from '../data/schema.js';
import type { AssessmentCase, Flow, Party } from '../domain/case.js';

/**
 * The facts of one (validated) case, indexed for the answerers: parties by id with their place in the
 * input (for `by` paths such as `parties[2].country`), the organisation an employee belongs to, and the
 * Chapter V status of each party's place on the assessment date.
 */

export interface IndexedParty {
  party: Party;
  index: number;
  path: string;
}

export interface IndexedFlow {
  flow: Flow;
  index: number;
  path: string;
}

export class CaseFacts {
  readonly asOf: string;
  private readonly byId = new Map<string, IndexedParty>();
  private readonly statusCache = new Map<string, TerritoryStatusAnswer>();
  private readonly decisionCache = new Map<string, AdequacyDecision[]>();
  private readonly interimCache = new Map<string, InterimArrangement[]>();
  readonly flows: IndexedFlow[];

  constructor(input: AssessmentCase, asOf: string) {
    this.asOf = asOf;
    input.parties.forEach((party, index) => {
      if (!this.byId.has(party.id)) this.byId.set(party.id, { party, index, path: `parties[${index}]` });
    });
    this.flows = input.flows.map((flow, index) => ({ flow, index, path: `flows[${index}]` }));
  }

  party(id: string): IndexedParty {
    const found = this.byId.get(id);
    if (!found) throw new Error(`unknown party "${id}": validate the case first`);
    return found;
  }

  /** The organisation a party acts for: its employer when it is an employee, else itself. */
  organisation(id: string): IndexedParty {
    const party = this.party(id);
    return party.party.employerId ? this.party(party.party.employerId) : party;
  }

  /** Chapter V status of the party's place on the date; undefined for a party without a country. */
  status(party: Party): TerritoryStatusAnswer | undefined {
    if (party.country === undefined) return undefined;
    const code = canonicalCode(party.country) ?? party.country;
    let answer = this.statusCache.get(code);
    if (!answer) {
      answer = territoryStatusAt(code, this.asOf);
      this.statusCache.set(code, answer);
    }
    return answer;
  }

  /** The adequacy decisions in force on the date for a place, or for an international organisation. */
  decisionsInForce(filter: { code: string } | { organisationId: string }): readonly AdequacyDecision[] {
    const key = 'code' in filter ? `code:${filter.code}` : `organisation:${filter.organisationId}`;
    let found = this.decisionCache.get(key);
    if (!found) {
      found = adequacyDecisionsInForce(this.asOf, filter);
      this.decisionCache.set(key, found);
    }
    return found;
  }

  /** Interim arrangements in force on the date for transmissions to the party's place (TCA FINPROV.10A). */
  interimArrangements(party: Party): readonly InterimArrangement[] {
    const code = this.status(party)?.code;
    if (code === undefined) return [];
    let found = this.interimCache.get(code);
    if (!found) {
      found = interimArrangementsAt(code, this.asOf);
      this.interimCache.set(code, found);
    }
    return found;
  }

  isInEea(party: Party): boolean {
    const status = this.status(party)?.status;
    return status === 'eu' || status === 'eea';
  }
}
