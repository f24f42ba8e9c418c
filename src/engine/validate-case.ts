import { gdprAppliesFrom, isKnownCode, territoryStatusAt } from '../data/index.js';
import type { AssessmentCase } from '../domain/case.js';

/**
 * Checks a case beyond its schema: references between parties and flows, codes the data must know, and
 * combinations of roles that make no sense. Pure; returns one error per offending field, in input order,
 * so the API can answer 400 naming each, in the user's language.
 */

export interface CaseFieldError {
  field: string;
  reason: string;
}

/** The reasons, one set per language: the same facts, said in English and in Swedish. */
export const caseReasons = {
  en: {
    beforeGdpr: (from: string) =>
      `the GDPR applies from ${from} (Art. 99(2)); the assessment is made under the GDPR and cannot be made for an earlier date`,
    duplicate: (kind: 'party' | 'flow', id: string, first: string) =>
      `duplicate ${kind} id "${id}" (first used by ${first})`,
    countryRequired: 'required for every party but an international organisation',
    unknownCountry: (code: string) => `unknown country or territory code "${code}"`,
    organisationIdOnly: 'only an international organisation has an organisationId',
    representativeNeedsTargeting:
      'an Art. 27 representative belongs to a party subject to the GDPR under Art. 3(2): set gdprBasis to "targeting"',
    representativeInEea: 'an Art. 27 representative must be established in the EU/EEA',
    targetingInEea:
      'a party in the EU/EEA is established there (Art. 3(1)); Art. 3(2) concerns parties not established in the Union',
    noneInEea:
      'a party in the EU/EEA is subject to the GDPR through its establishment there (Art. 3(1)); "none" is only for a party outside the EU/EEA. Where the GDPR does not apply for another reason (Art. 2, e.g. law enforcement under Directive (EU) 2016/680), this tool does not assess the processing',
    dpfOnlyUs: 'Data Privacy Framework facts apply only to a party in the United States (country "US")',
    employeeIndividual: 'only an individual can be an employee; an organisation is a party of its own',
    noParty: (id: string) => `no party has the id "${id}"`,
    noKey: (kind: 'party' | 'flow') => `no ${kind} of the case has this id`,
    selfEmployed: 'a party cannot employ itself',
    employerIsEmployee: (id: string) => `the employer "${id}" is itself an employee; name the organisation`,
    toSelf: 'a flow from a party to itself is no flow between parties',
    subjectNotIndividual: (id: string) =>
      `"data-subject" means a person sending their own data, but party "${id}" is not an individual`,
    subjectIsEmployee: (id: string) =>
      `party "${id}" is an employee, who acts for the employer; a data subject sends their own data`,
    jointNeedsController:
      'a joint controller shares control with a controller; the sender must be "controller"',
    cycle: (chain: string) =>
      `the flows ${chain} form a cycle between parties outside the EU/EEA: an onward chain (GDPR Art. 44) must run from the first transfer outwards; describe each onward flow once`,
  },
  sv: {
    beforeGdpr: (from: string) =>
      `dataskyddsförordningen gäller från ${from} (art. 99.2); bedömningen görs enligt förordningen och kan inte göras för ett tidigare datum`,
    duplicate: (kind: 'party' | 'flow', id: string, first: string) =>
      `${kind === 'party' ? 'part' : 'flödes'}-id "${id}" används redan (av ${first})`,
    countryRequired: 'krävs för varje part utom en internationell organisation',
    unknownCountry: (code: string) => `okänd kod för land eller territorium "${code}"`,
    organisationIdOnly: 'bara en internationell organisation har organisationId',
    representativeNeedsTargeting:
      'en företrädare enligt art. 27 hör till en part som omfattas av förordningen enligt art. 3.2: sätt gdprBasis till "targeting"',
    representativeInEea: 'en företrädare enligt art. 27 ska vara etablerad i EU/EES',
    targetingInEea:
      'en part i EU/EES är etablerad där (art. 3.1); art. 3.2 gäller parter som inte är etablerade i unionen',
    noneInEea:
      'en part i EU/EES omfattas av förordningen genom sitt verksamhetsställe där (art. 3.1); "none" gäller bara en part utanför EU/EES. Om förordningen inte gäller av något annat skäl (art. 2, t.ex. brottsbekämpning enligt direktiv (EU) 2016/680) bedömer verktyget inte behandlingen',
    dpfOnlyUs: 'uppgifter om Data Privacy Framework gäller bara en part i USA (country "US")',
    employeeIndividual: 'bara en enskild person kan vara anställd; en organisation är en egen part',
    noParty: (id: string) => `ingen part har id "${id}"`,
    noKey: (kind: 'party' | 'flow') =>
      `${kind === 'party' ? 'ingen part' : 'inget flöde'} i fallet har detta id`,
    selfEmployed: 'en part kan inte vara sin egen arbetsgivare',
    employerIsEmployee: (id: string) => `arbetsgivaren "${id}" är själv anställd; ange organisationen`,
    toSelf: 'ett flöde från en part till samma part är inget flöde mellan parter',
    subjectNotIndividual: (id: string) =>
      `"data-subject" betyder en person som skickar sina egna uppgifter, men parten "${id}" är ingen enskild person`,
    subjectIsEmployee: (id: string) =>
      `parten "${id}" är anställd och handlar för arbetsgivaren; en registrerad skickar sina egna uppgifter`,
    jointNeedsController:
      'en gemensamt personuppgiftsansvarig delar ansvaret med en personuppgiftsansvarig; avsändaren måste vara "controller"',
    cycle: (chain: string) =>
      `flödena ${chain} bildar en cirkel mellan parter utanför EU/EES: en kedja av vidareöverföringar (art. 44) måste gå från den första överföringen och utåt; beskriv varje vidareöverföring en gång`,
  },
} satisfies Record<'sv' | 'en', Record<string, unknown>>;

export function validateCase(
  input: AssessmentCase,
  asOf: string,
  lang: 'sv' | 'en' = 'en',
): CaseFieldError[] {
  const errors: CaseFieldError[] = [];
  const say = caseReasons[lang];
  const add = (field: string, reason: string) => errors.push({ field, reason });

  // The engine assesses under the GDPR (data/instruments.json): it has no answer for an earlier date.
  const gdprFrom = gdprAppliesFrom();
  if (asOf < gdprFrom) {
    add('asOf', say.beforeGdpr(gdprFrom));
  }

  const partyIndex = new Map<string, number>();
  input.parties.forEach((party, i) => {
    const at = `parties[${i}]`;
    if (partyIndex.has(party.id)) {
      add(`${at}.id`, say.duplicate('party', party.id, `parties[${partyIndex.get(party.id)}]`));
    } else {
      partyIndex.set(party.id, i);
    }
  });

  input.parties.forEach((party, i) => {
    const at = `parties[${i}]`;
    const isOrganisation = party.type === 'international-organisation';
    if (party.country === undefined && !isOrganisation) {
      add(`${at}.country`, say.countryRequired);
    }
    if (party.country !== undefined && !isKnownCode(party.country)) {
      add(`${at}.country`, say.unknownCountry(party.country));
    }
    if (party.organisationId !== undefined && !isOrganisation) {
      add(`${at}.organisationId`, say.organisationIdOnly);
    }
    if (party.representativeCountry !== undefined) {
      if (party.gdprBasis !== 'targeting') {
        add(`${at}.representativeCountry`, say.representativeNeedsTargeting);
      } else if (!isKnownCode(party.representativeCountry)) {
        add(`${at}.representativeCountry`, say.unknownCountry(party.representativeCountry));
      } else if (territoryStatusAt(party.representativeCountry, asOf).status === 'third-country') {
        add(`${at}.representativeCountry`, say.representativeInEea);
      }
    }
    // Art. 3(1) applies to a party established in the EU/EEA: neither Art. 3(2) nor "not subject" fits it
    // ("none" would silently turn its transfers into no transfer at all).
    if (
      (party.gdprBasis === 'targeting' || party.gdprBasis === 'none') &&
      party.country !== undefined &&
      isKnownCode(party.country) &&
      territoryStatusAt(party.country, asOf).status !== 'third-country'
    ) {
      add(`${at}.gdprBasis`, party.gdprBasis === 'targeting' ? say.targetingInEea : say.noneInEea);
    }
    if (party.dpf !== undefined && party.country !== 'US') {
      add(`${at}.dpf`, say.dpfOnlyUs);
    }
    if (party.employerId !== undefined) {
      const employer = partyIndex.get(party.employerId);
      if (party.type !== 'individual') {
        add(`${at}.employerId`, say.employeeIndividual);
      } else if (employer === undefined) {
        add(`${at}.employerId`, say.noParty(party.employerId));
      } else if (party.employerId === party.id) {
        add(`${at}.employerId`, say.selfEmployed);
      } else if (input.parties[employer]?.employerId !== undefined) {
        add(`${at}.employerId`, say.employerIsEmployee(party.employerId));
      }
    }
  });

  const flowIndex = new Map<string, number>();
  input.flows.forEach((flow, i) => {
    const at = `flows[${i}]`;
    if (flowIndex.has(flow.id)) {
      add(`${at}.id`, say.duplicate('flow', flow.id, `flows[${flowIndex.get(flow.id)}]`));
    } else {
      flowIndex.set(flow.id, i);
    }
    const from = partyIndex.get(flow.from);
    const to = partyIndex.get(flow.to);
    if (from === undefined) add(`${at}.from`, say.noParty(flow.from));
    if (to === undefined) add(`${at}.to`, say.noParty(flow.to));
    if (flow.from === flow.to) add(`${at}.to`, say.toSelf);
    if (
      flow.fromRole === 'data-subject' &&
      from !== undefined &&
      input.parties[from]?.type !== 'individual'
    ) {
      add(`${at}.fromRole`, say.subjectNotIndividual(flow.from));
    }
    if (
      flow.fromRole === 'data-subject' &&
      from !== undefined &&
      input.parties[from]?.employerId !== undefined
    ) {
      add(`${at}.fromRole`, say.subjectIsEmployee(flow.from));
    }
    if (flow.toRole === 'joint-controller' && flow.fromRole !== 'controller') {
      add(`${at}.toRole`, say.jointNeedsController);
    }
  });

  if (errors.length === 0) {
    for (const cycle of onwardCycles(input, asOf)) {
      const names = cycle.map((i) => `"${input.flows[i]!.id}"`);
      for (const i of cycle) {
        add(`flows[${i}].to`, say.cycle([...names, names[0]].join(' → ')));
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
