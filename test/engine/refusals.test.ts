import { describe, expect, it } from 'vitest';
import type { AssessmentCase } from '../../src/domain/case.js';
import { validateCase } from '../../src/engine/validate-case.js';

/**
 * Every refusal of a case, as the user reads it: the case, the field named, and the reason in English
 * and in Swedish, word for word. A lawyer can check each row: that the engine refuses what makes no
 * legal sense, names the field to correct, and says why in both languages.
 */

const asOf = '2026-11-01';

type Party = AssessmentCase['parties'][number];
type Flow = AssessmentCase['flows'][number];

const kommun: Party = { id: 'kommun', name: 'Kommun', country: 'SE', type: 'public-authority' };
const vendor: Party = { id: 'vendor', name: 'Vendor', country: 'IN', type: 'company' };
const transfer: Flow = {
  id: 'f1',
  from: 'kommun',
  to: 'vendor',
  fromRole: 'controller',
  toRole: 'processor',
};

/** A sound case (kommun → vendor in India) changed as the row says. */
function caseWith(change: {
  parties?: Party[];
  flows?: Flow[];
  extraParties?: Party[];
  extraFlows?: Flow[];
}) {
  return {
    parties: [...(change.parties ?? [kommun, vendor]), ...(change.extraParties ?? [])],
    flows: [...(change.flows ?? [transfer]), ...(change.extraFlows ?? [])],
  } as AssessmentCase;
}

interface Refusal {
  name: string;
  case: AssessmentCase;
  asOf?: string;
  field: string;
  en: string;
  sv: string;
}

const refusals: Refusal[] = [
  {
    name: 'a date before the GDPR applied (Art. 99(2))',
    case: caseWith({}),
    asOf: '2018-05-24',
    field: 'asOf',
    en: 'the GDPR applies from 2018-05-25 (Art. 99(2)); the assessment is made under the GDPR and cannot be made for an earlier date',
    sv: 'dataskyddsförordningen gäller från 2018-05-25 (art. 99.2); bedömningen görs enligt förordningen och kan inte göras för ett tidigare datum',
  },
  {
    name: 'two parties with one id',
    case: caseWith({ extraParties: [{ ...vendor, country: 'US' }] }),
    field: 'parties[2].id',
    en: 'duplicate party id "vendor" (first used by parties[1])',
    sv: 'part-id "vendor" används redan (av parties[1])',
  },
  {
    name: 'two flows with one id',
    case: caseWith({ extraFlows: [{ ...transfer }] }),
    field: 'flows[1].id',
    en: 'duplicate flow id "f1" (first used by flows[0])',
    sv: 'flödes-id "f1" används redan (av flows[0])',
  },
  {
    name: 'a company without a country',
    case: caseWith({ parties: [kommun, { id: 'vendor', name: 'Vendor', type: 'company' }] }),
    field: 'parties[1].country',
    en: 'required for every party but an international organisation',
    sv: 'krävs för varje part utom en internationell organisation',
  },
  {
    name: 'a country code the data do not know',
    case: caseWith({ parties: [kommun, { ...vendor, country: 'XQ' }] }),
    field: 'parties[1].country',
    en: 'unknown country or territory code "XQ"',
    sv: 'okänd kod för land eller territorium "XQ"',
  },
  {
    name: 'an organisationId on a company',
    case: caseWith({ parties: [kommun, { ...vendor, organisationId: 'european-patent-organisation' }] }),
    field: 'parties[1].organisationId',
    en: 'only an international organisation has an organisationId',
    sv: 'bara en internationell organisation har organisationId',
  },
  {
    name: 'an Art. 27 representative for a party not under Art. 3(2)',
    case: caseWith({ parties: [kommun, { ...vendor, representativeCountry: 'IE' }] }),
    field: 'parties[1].representativeCountry',
    en: 'an Art. 27 representative belongs to a party subject to the GDPR under Art. 3(2): set gdprBasis to "targeting"',
    sv: 'en företrädare enligt art. 27 hör till en part som omfattas av förordningen enligt art. 3.2: sätt gdprBasis till "targeting"',
  },
  {
    name: "an Art. 27 representative's country the data do not know",
    case: caseWith({ parties: [kommun, { ...vendor, gdprBasis: 'targeting', representativeCountry: 'XQ' }] }),
    field: 'parties[1].representativeCountry',
    en: 'unknown country or territory code "XQ"',
    sv: 'okänd kod för land eller territorium "XQ"',
  },
  {
    name: 'an Art. 27 representative outside the EU/EEA',
    case: caseWith({ parties: [kommun, { ...vendor, gdprBasis: 'targeting', representativeCountry: 'US' }] }),
    field: 'parties[1].representativeCountry',
    en: 'an Art. 27 representative must be established in the EU/EEA',
    sv: 'en företrädare enligt art. 27 ska vara etablerad i EU/EES',
  },
  {
    name: 'Art. 3(2) claimed by a party in the EU/EEA',
    case: caseWith({ parties: [{ ...kommun, gdprBasis: 'targeting' }, vendor] }),
    field: 'parties[0].gdprBasis',
    en: 'a party in the EU/EEA is established there (Art. 3(1)); Art. 3(2) concerns parties not established in the Union',
    sv: 'en part i EU/EES är etablerad där (art. 3.1); art. 3.2 gäller parter som inte är etablerade i unionen',
  },
  {
    name: 'not subject to the GDPR claimed by a party in the EU/EEA (its transfers would be none)',
    case: caseWith({ parties: [{ ...kommun, gdprBasis: 'none' }, vendor] }),
    field: 'parties[0].gdprBasis',
    en: 'a party in the EU/EEA is subject to the GDPR through its establishment there (Art. 3(1)); "none" is only for a party outside the EU/EEA. Where the GDPR does not apply for another reason (Art. 2, e.g. law enforcement under Directive (EU) 2016/680), this tool does not assess the processing',
    sv: 'en part i EU/EES omfattas av förordningen genom sitt verksamhetsställe där (art. 3.1); "none" gäller bara en part utanför EU/EES. Om förordningen inte gäller av något annat skäl (art. 2, t.ex. brottsbekämpning enligt direktiv (EU) 2016/680) bedömer verktyget inte behandlingen',
  },
  {
    name: 'DPF facts for a party outside the United States',
    case: caseWith({
      parties: [kommun, { ...vendor, dpf: { active: true, hrData: true, nonHrData: true } }],
    }),
    field: 'parties[1].dpf',
    en: 'Data Privacy Framework facts apply only to a party in the United States (country "US")',
    sv: 'uppgifter om Data Privacy Framework gäller bara en part i USA (country "US")',
  },
  {
    name: 'a company named as an employee',
    case: caseWith({ parties: [kommun, { ...vendor, employerId: 'kommun' }] }),
    field: 'parties[1].employerId',
    en: 'only an individual can be an employee; an organisation is a party of its own',
    sv: 'bara en enskild person kan vara anställd; en organisation är en egen part',
  },
  {
    name: 'an employer who is not a party',
    case: caseWith({
      extraParties: [{ id: 'anna', name: 'Anna', country: 'IN', type: 'individual', employerId: 'acme' }],
    }),
    field: 'parties[2].employerId',
    en: 'no party has the id "acme"',
    sv: 'ingen part har id "acme"',
  },
  {
    name: 'an individual named as their own employer',
    case: caseWith({
      extraParties: [{ id: 'anna', name: 'Anna', country: 'IN', type: 'individual', employerId: 'anna' }],
    }),
    field: 'parties[2].employerId',
    en: 'a party cannot employ itself',
    sv: 'en part kan inte vara sin egen arbetsgivare',
  },
  {
    name: 'an employer who is an employee',
    case: caseWith({
      extraParties: [
        { id: 'anna', name: 'Anna', country: 'IN', type: 'individual', employerId: 'vendor' },
        { id: 'bo', name: 'Bo', country: 'IN', type: 'individual', employerId: 'anna' },
      ],
    }),
    field: 'parties[3].employerId',
    en: 'the employer "anna" is itself an employee; name the organisation',
    sv: 'arbetsgivaren "anna" är själv anställd; ange organisationen',
  },
  {
    name: 'a flow from a party that is not in the case',
    case: caseWith({ flows: [{ ...transfer, from: 'ghost' }] }),
    field: 'flows[0].from',
    en: 'no party has the id "ghost"',
    sv: 'ingen part har id "ghost"',
  },
  {
    name: 'a flow to a party that is not in the case',
    case: caseWith({ flows: [{ ...transfer, to: 'ghost' }] }),
    field: 'flows[0].to',
    en: 'no party has the id "ghost"',
    sv: 'ingen part har id "ghost"',
  },
  {
    name: 'a flow from a party to itself',
    case: caseWith({ flows: [{ ...transfer, to: 'kommun' }] }),
    field: 'flows[0].to',
    en: 'a flow from a party to itself is no flow between parties',
    sv: 'ett flöde från en part till samma part är inget flöde mellan parter',
  },
  {
    name: 'an organisation sending "its own" data as a data subject',
    case: caseWith({ flows: [{ ...transfer, fromRole: 'data-subject', toRole: 'controller' }] }),
    field: 'flows[0].fromRole',
    en: '"data-subject" means a person sending their own data, but party "kommun" is not an individual',
    sv: '"data-subject" betyder en person som skickar sina egna uppgifter, men parten "kommun" är ingen enskild person',
  },
  {
    name: 'an employee sending as a data subject',
    case: caseWith({
      extraParties: [{ id: 'anna', name: 'Anna', country: 'SE', type: 'individual', employerId: 'kommun' }],
      flows: [{ id: 'f1', from: 'anna', to: 'vendor', fromRole: 'data-subject', toRole: 'controller' }],
    }),
    field: 'flows[0].fromRole',
    en: 'party "anna" is an employee, who acts for the employer; a data subject sends their own data',
    sv: 'parten "anna" är anställd och handlar för arbetsgivaren; en registrerad skickar sina egna uppgifter',
  },
  {
    name: 'a joint controller named by a processor',
    case: caseWith({ flows: [{ ...transfer, fromRole: 'processor', toRole: 'joint-controller' }] }),
    field: 'flows[0].toRole',
    en: 'a joint controller shares control with a controller; the sender must be "controller"',
    sv: 'en gemensamt personuppgiftsansvarig delar ansvaret med en personuppgiftsansvarig; avsändaren måste vara "controller"',
  },
];

describe('a case the engine refuses names the field and says why, in English and in Swedish', () => {
  it.each(refusals)('$name', (row) => {
    const date = row.asOf ?? asOf;
    expect(validateCase(row.case, date, 'en')).toEqual([{ field: row.field, reason: row.en }]);
    expect(validateCase(row.case, date, 'sv')).toEqual([{ field: row.field, reason: row.sv }]);
  });

  it('English is the default language of the reasons', () => {
    const row = refusals[0]!;
    expect(validateCase(row.case, row.asOf!)).toEqual([{ field: 'asOf', reason: row.en }]);
  });

  it('the first day the GDPR applies is accepted', () => {
    expect(validateCase(caseWith({}), '2018-05-25')).toEqual([]);
  });

  it('an Art. 27 representative in an EEA state that is not in the EU is accepted (Norway)', () => {
    const input = caseWith({
      parties: [kommun, { ...vendor, gdprBasis: 'targeting', representativeCountry: 'NO' }],
    });
    expect(validateCase(input, asOf)).toEqual([]);
  });

  it('Art. 3(2) is accepted for a party outside the EU/EEA, and checked only against a known code', () => {
    expect(
      validateCase(caseWith({ parties: [kommun, { ...vendor, gdprBasis: 'targeting' }] }), asOf),
    ).toEqual([]);
    // An unknown code is refused once, for the country, not again as "established in the EU/EEA".
    const unknown = caseWith({ parties: [kommun, { ...vendor, country: 'XQ', gdprBasis: 'targeting' }] });
    expect(validateCase(unknown, asOf).map((e) => e.field)).toEqual(['parties[1].country']);
  });

  it('an individual may be employed by a party named later in the list', () => {
    const input = caseWith({
      parties: [
        { id: 'anna', name: 'Anna', country: 'SE', type: 'individual', employerId: 'kommun' },
        kommun,
        vendor,
      ],
      flows: [{ id: 'f1', from: 'anna', to: 'vendor', fromRole: 'controller', toRole: 'processor' }],
    });
    expect(validateCase(input, asOf)).toEqual([]);
  });

  it('an individual sending their own data is no refusal', () => {
    const input = caseWith({
      extraParties: [{ id: 'eva', name: 'Eva', country: 'SE', type: 'individual' }],
      flows: [{ id: 'f1', from: 'eva', to: 'vendor', fromRole: 'data-subject', toRole: 'controller' }],
    });
    expect(validateCase(input, asOf)).toEqual([]);
  });

  it('a data subject that is not a party is refused once, as unknown, not also as "not an individual"', () => {
    const input = caseWith({
      flows: [{ ...transfer, from: 'ghost', fromRole: 'data-subject', toRole: 'controller' }],
    });
    expect(validateCase(input, asOf).map((e) => e.field)).toEqual(['flows[0].from']);
  });

  it('a controller names a joint controller: accepted', () => {
    expect(validateCase(caseWith({ flows: [{ ...transfer, toRole: 'joint-controller' }] }), asOf)).toEqual(
      [],
    );
  });

  it('names every offending field, in input order', () => {
    const input = caseWith({
      parties: [
        { ...kommun, gdprBasis: 'targeting' },
        { ...vendor, country: 'XQ' },
      ],
      flows: [{ ...transfer, to: 'kommun' }],
    });
    expect(validateCase(input, asOf).map((e) => e.field)).toEqual([
      'parties[0].gdprBasis',
      'parties[1].country',
      'flows[0].to',
    ]);
  });
});

describe('an onward chain that runs in a circle is refused (GDPR Art. 44: a chain runs from the first transfer outwards)', () => {
  const us: Party = { id: 'cloud', name: 'Cloud', country: 'US', type: 'company' };
  const onward = (id: string, from: string, to: string): Flow => ({
    id,
    from,
    to,
    fromRole: 'processor',
    toRole: 'processor',
  });

  it('names each flow of the circle, with the circle in both languages', () => {
    const input = caseWith({
      extraParties: [us],
      extraFlows: [onward('f2', 'vendor', 'cloud'), onward('f3', 'cloud', 'vendor')],
    });
    const en =
      'the flows "f2" → "f3" → "f2" form a cycle between parties outside the EU/EEA: an onward chain (GDPR Art. 44) must run from the first transfer outwards; describe each onward flow once';
    const sv =
      'flödena "f2" → "f3" → "f2" bildar en cirkel mellan parter utanför EU/EES: en kedja av vidareöverföringar (art. 44) måste gå från den första överföringen och utåt; beskriv varje vidareöverföring en gång';
    expect(validateCase(input, asOf, 'en')).toEqual([
      { field: 'flows[1].to', reason: en },
      { field: 'flows[2].to', reason: en },
    ]);
    expect(validateCase(input, asOf, 'sv')).toEqual([
      { field: 'flows[1].to', reason: sv },
      { field: 'flows[2].to', reason: sv },
    ]);
  });

  it("sees through an employee: a flow to the vendor's employee reaches the vendor", () => {
    const input = caseWith({
      extraParties: [us, { id: 'raj', name: 'Raj', country: 'IN', type: 'individual', employerId: 'vendor' }],
      extraFlows: [onward('f2', 'vendor', 'cloud'), onward('f3', 'cloud', 'raj')],
    });
    expect(validateCase(input, asOf).map((e) => e.field)).toEqual(['flows[1].to', 'flows[2].to']);
  });

  it('a circle reached from two flows is named once, each of its flows once', () => {
    const input = caseWith({
      extraParties: [us, { id: 'jp', name: 'JP', country: 'JP', type: 'company' }],
      extraFlows: [
        onward('f2', 'vendor', 'cloud'),
        onward('f3', 'cloud', 'jp'),
        onward('f4', 'jp', 'cloud'),
        onward('f5', 'vendor', 'jp'),
      ],
    });
    expect(validateCase(input, asOf).map((e) => e.field)).toEqual(['flows[2].to', 'flows[3].to']);
  });

  it('an international organisation counts as outside the EU/EEA', () => {
    const epo: Party = {
      id: 'epo',
      name: 'EPO',
      type: 'international-organisation',
      organisationId: 'european-patent-organisation',
    };
    const input = caseWith({
      extraParties: [epo],
      extraFlows: [onward('f2', 'vendor', 'epo'), onward('f3', 'epo', 'vendor')],
    });
    expect(validateCase(input, asOf).map((e) => e.field)).toEqual(['flows[1].to', 'flows[2].to']);
  });

  it('a flow back into the EU/EEA closes no circle: it is a flow to the exporter, not onward', () => {
    const input = caseWith({ extraFlows: [onward('f2', 'vendor', 'kommun')] });
    expect(validateCase(input, asOf)).toEqual([]);
  });

  it('a chain that only branches outwards is accepted', () => {
    const input = caseWith({
      extraParties: [us, { id: 'jp', name: 'JP', country: 'JP', type: 'company' }],
      extraFlows: [
        onward('f2', 'vendor', 'cloud'),
        onward('f3', 'vendor', 'jp'),
        onward('f4', 'cloud', 'jp'),
      ],
    });
    expect(validateCase(input, asOf)).toEqual([]);
  });

  it('is looked for only in a case otherwise sound: other refusals come first, alone', () => {
    const input = caseWith({
      parties: [kommun, vendor, { ...us, dpf: undefined, organisationId: 'european-patent-organisation' }],
      extraFlows: [onward('f2', 'vendor', 'cloud'), onward('f3', 'cloud', 'vendor')],
    });
    expect(validateCase(input, asOf).map((e) => e.field)).toEqual(['parties[2].organisationId']);
  });
});
