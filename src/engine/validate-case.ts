import { gdprAppliesFrom, isKnownCode, territoryStatusAt } from '../data/index.js';
import type { AssessmentCase } from '../domain/case.js';

/**
 * Checks a case beyond its schema: references between parties and flows, codes the data must know, and
 * combinations of roles that make no sense. Pure; returns one error per offending field, in input order,
 * so the API can answer 400 naming each.
 */

export interface CaseFieldError {
  field: string;
  reason: string;
}

export function validateCase(input: AssessmentCase, asOf: string): CaseFieldError[] {
  const errors: CaseFieldError[] = [];
  const add = (field: string, reason: string) => errors.push({ field, reason });

  // The engine assesses under the GDPR (data/instruments.json): it has no answer for an earlier date.
  const gdprFrom = gdprAppliesFrom();
  if (asOf < gdprFrom) {
    add(
      'asOf',
      `the GDPR applies from ${gdprFrom} (Art. 99(2)); the assessment is made under the GDPR and cannot be made for an earlier date`,
    );
  }

  const partyIndex = new Map<string, number>();
  input.parties.forEach((party, i) => {
    const at = `parties[${i}]`;
    if (partyIndex.has(party.id)) {
      add(
        `${at}.id`,
        `duplicate party id "${party.id}" (first used by parties[${partyIndex.get(party.id)}])`,
      );
    } else {
      partyIndex.set(party.id, i);
    }
  });

  input.parties.forEach((party, i) => {
    const at = `parties[${i}]`;
    const isOrganisation = party.type === 'international-organisation';
    if (party.country === undefined && !isOrganisation) {
      add(`${at}.country`, 'required for every party but an international organisation');
    }
    if (party.country !== undefined && !isKnownCode(party.country)) {
      add(`${at}.country`, `unknown country or territory code "${party.country}"`);
    }
    if (party.organisationId !== undefined && !isOrganisation) {
      add(`${at}.organisationId`, 'only an international organisation has an organisationId');
    }
    if (party.representativeCountry !== undefined) {
      if (party.gdprBasis !== 'targeting') {
        add(
          `${at}.representativeCountry`,
          'an Art. 27 representative belongs to a party subject to the GDPR under Art. 3(2): set gdprBasis to "targeting"',
        );
      } else if (!isKnownCode(party.representativeCountry)) {
        add(
          `${at}.representativeCountry`,
          `unknown country or territory code "${party.representativeCountry}"`,
        );
      } else if (territoryStatusAt(party.representativeCountry, asOf).status === 'third-country') {
        add(`${at}.representativeCountry`, 'an Art. 27 representative must be established in the EU/EEA');
      }
    }
    if (
      party.gdprBasis === 'targeting' &&
      party.country !== undefined &&
      isKnownCode(party.country) &&
      territoryStatusAt(party.country, asOf).status !== 'third-country'
    ) {
      add(
        `${at}.gdprBasis`,
        'a party in the EU/EEA is established there (Art. 3(1)); Art. 3(2) concerns parties not established in the Union',
      );
    }
    if (party.dpf !== undefined && party.country !== 'US') {
      add(
        `${at}.dpf`,
        'Data Privacy Framework facts apply only to a party in the United States (country "US")',
      );
    }
    if (party.employerId !== undefined) {
      const employer = partyIndex.get(party.employerId);
      if (party.type !== 'individual') {
        add(
          `${at}.employerId`,
          'only an individual can be an employee; an organisation is a party of its own',
        );
      } else if (employer === undefined) {
        add(`${at}.employerId`, `no party has the id "${party.employerId}"`);
      } else if (party.employerId === party.id) {
        add(`${at}.employerId`, 'a party cannot employ itself');
      } else if (input.parties[employer]?.employerId !== undefined) {
        add(
          `${at}.employerId`,
          `the employer "${party.employerId}" is itself an employee; name the organisation`,
        );
      }
    }
  });

  const flowIndex = new Map<string, number>();
  input.flows.forEach((flow, i) => {
    const at = `flows[${i}]`;
    if (flowIndex.has(flow.id)) {
      add(`${at}.id`, `duplicate flow id "${flow.id}" (first used by flows[${flowIndex.get(flow.id)}])`);
    } else {
      flowIndex.set(flow.id, i);
    }
    const from = partyIndex.get(flow.from);
    const to = partyIndex.get(flow.to);
    if (from === undefined) add(`${at}.from`, `no party has the id "${flow.from}"`);
    if (to === undefined) add(`${at}.to`, `no party has the id "${flow.to}"`);
    if (flow.from === flow.to) add(`${at}.to`, 'a flow from a party to itself is no flow between parties');
    if (
      flow.fromRole === 'data-subject' &&
      from !== undefined &&
      input.parties[from]?.type !== 'individual'
    ) {
      add(
        `${at}.fromRole`,
        `"data-subject" means a person sending their own data, but party "${flow.from}" is not an individual`,
      );
    }
    if (
      flow.fromRole === 'data-subject' &&
      from !== undefined &&
      input.parties[from]?.employerId !== undefined
    ) {
      add(
        `${at}.fromRole`,
        `party "${flow.from}" is an employee, who acts for the employer; a data subject sends their own data`,
      );
    }
    if (flow.toRole === 'joint-controller' && flow.fromRole !== 'controller') {
      add(
        `${at}.toRole`,
        'a joint controller shares control with a controller; the sender must be "controller"',
      );
    }
  });

  if (errors.length === 0) {
    for (const cycle of onwardCycles(input, asOf)) {
      const names = cycle.map((i) => `"${input.flows[i]!.id}"`);
      for (const i of cycle) {
        add(
          `flows[${i}].to`,
          `the flows ${[...names, names[0]].join(' → ')} form a cycle between parties outside the EU/EEA: an onward chain (GDPR Art. 44) must run from the first transfer outwards; describe each onward flow once`,
        );
      }
    }
  }
  return errors;
}

/**
 * Cycles of flows whose senders are all outside the EU/EEA: each flow leaves from the organisation the one
 * before it reached. Such a chain has no end to assess; the engine refuses it rather than loop or guess.
 */
function onwardCycles(input: AssessmentCase, asOf: string): number[][] {
  const byId = new Map(input.parties.map((p) => [p.id, p]));
  const organisation = (id: string) => byId.get(id)?.employerId ?? id;
  const outside = (id: string) => {
    const party = byId.get(organisation(id));
    if (!party) return false;
    if (party.type === 'international-organisation') return true;
    return party.country !== undefined && territoryStatusAt(party.country, asOf).status === 'third-country';
  };
  const edges = input.flows.map((flow) =>
    outside(flow.from) && outside(flow.to)
      ? input.flows.flatMap((next, j) =>
          organisation(next.from) === organisation(flow.to) && outside(next.to) ? [j] : [],
        )
      : [],
  );
  const cycles: number[][] = [];
  const state = new Array<number>(input.flows.length).fill(0); // 0 new, 1 on the path, 2 done
  const path: number[] = [];
  const visit = (i: number) => {
    state[i] = 1;
    path.push(i);
    for (const j of edges[i]!) {
      if (state[j] === 1) cycles.push(path.slice(path.indexOf(j)));
      else if (state[j] === 0) visit(j);
    }
    path.pop();
    state[i] = 2;
  };
  input.flows.forEach((_, i) => {
    if (state[i] === 0) visit(i);
  });
  return cycles;
}
