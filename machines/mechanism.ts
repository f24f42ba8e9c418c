import { and, assign, setup } from 'xstate';
import { yesNo, yesNoUnknown } from './choices.js';
import { type AnswerEvent, answered, type Conclusion, type Question } from './questionnaire.js';

/**
 * Mechanism: on what footing may a transfer take place? Adequacy first (Art. 45), scope-aware; else
 * appropriate safeguards (Art. 46): the Commission's SCCs are always offered (the engine checks which set
 * applies on the date), BCRs and the public-sector instruments where the parties fit them; else the
 * derogations of Art. 49, narrowed by Art. 49(3) for public authorities exercising public powers and by
 * recital 111 for transfers that are not occasional.
 */

export type Alternative = 'bcr' | 'art46-2a' | 'art46-3b' | 'derogation';
export type Derogation =
  | '49-1-a'
  | '49-1-b'
  | '49-1-c'
  | '49-1-d'
  | '49-1-e'
  | '49-1-f'
  | '49-1-g'
  | '49-1-second';
export type AdequacyKind = 'none' | 'general' | 'dpf';
type Tristate = 'yes' | 'no' | 'unknown';

export const allDerogations: readonly Derogation[] = [
  '49-1-a',
  '49-1-b',
  '49-1-c',
  '49-1-d',
  '49-1-e',
  '49-1-f',
  '49-1-g',
  '49-1-second',
];

/** Closed to public authorities acting in the exercise of their public powers (Art. 49(3)). */
export const closedByPublicPowers: readonly Derogation[] = ['49-1-a', '49-1-b', '49-1-c', '49-1-second'];

/**
 * Only for occasional transfers (recital 111: contract and legal claims) or for transfers that are not
 * repetitive (Art. 49(1) second subparagraph); EDPB Guidelines 2/2018, section 1.
 */
export const closedWhenNotOccasional: readonly Derogation[] = ['49-1-b', '49-1-c', '49-1-e', '49-1-second'];

export interface MechanismOutput {
  mechanism: 'adequacy' | 'scc';
  adequacy: AdequacyKind;
  /** Whether an adequacy decision in force covers this importer and these data. */
  covered: boolean;
  /** Why a decision in force does not cover the transfer. */
  notCoveredBecause?: 'importer-out-of-scope' | 'not-dpf-certified' | 'dpf-status-unknown';
  alternatives: Alternative[];
  derogations: Derogation[];
  /** `not-asked` when the exporter is no public authority, so Art. 49(3) cannot apply. */
  publicPowers: Tristate | 'not-asked';
  occasional: Tristate | 'not-asked';
}

interface MechanismContext {
  adequacy: AdequacyKind;
  covered: boolean;
  notCoveredBecause?: MechanismOutput['notCoveredBecause'];
  exporterPublic: boolean;
  importerKind?: 'company' | 'public-body' | 'other';
  /** Exporter and importer belong to one group of undertakings or joint economic activity (Art. 4(20)). */
  sameGroup: boolean;
  publicPowers: Tristate | 'not-asked';
  occasional: Tristate | 'not-asked';
}

const q = {
  adequacyInForce: {
    id: 'adequacyInForce',
    text: {
      en: "Is an adequacy decision in force, on the date, for the importer's country or territory, or for the international organisation?",
      sv: 'Finns det, vid den aktuella tidpunkten, ett beslut om adekvat skyddsnivå för dataimportörens land eller territorium, eller för den internationella organisationen?',
    },
    help: {
      en: 'A decision reaches only its own territory: the UK decision does not reach Gibraltar, and the decision for the United States covers only organisations in the EU-US Data Privacy Framework.',
      sv: 'Ett beslut omfattar bara sitt eget territorium: beslutet för Förenade kungariket omfattar inte Gibraltar, och beslutet för USA omfattar bara organisationer som deltar i ramen för dataskydd mellan EU och USA (Data Privacy Framework).',
    },
    cites: ['GDPR Art. 45(1)', 'GDPR Art. 45(3)'],
    choices: [
      { value: 'no', label: { en: 'No', sv: 'Nej' } },
      { value: 'yes', label: { en: 'Yes', sv: 'Ja' } },
      {
        value: 'yes-dpf',
        label: {
          en: 'Yes, for organisations certified under the EU-US Data Privacy Framework',
          sv: 'Ja, för organisationer certifierade enligt ramen för dataskydd mellan EU och USA',
        },
      },
    ],
  },
  importerInScope: {
    id: 'importerInScope',
    text: {
      en: 'Is the importer of a kind the decision covers?',
      sv: 'Är dataimportören av ett slag som beslutet omfattar?',
    },
    help: {
      en: 'Some decisions are partial. The Canadian decision covers organisations subject to PIPEDA, not public bodies; the Japanese decision covers business operators under the APPI; the US decision covers organisations under the jurisdiction of the FTC or the Department of Transportation.',
      sv: 'Vissa beslut har ett begränsat tillämpningsområde. Beslutet för Kanada omfattar organisationer som lyder under PIPEDA, inte offentliga organ; beslutet för Japan omfattar företag som lyder under APPI; beslutet för USA omfattar organisationer som står under tillsyn av Federal Trade Commission eller Department of Transportation.',
    },
    cites: [
      'GDPR Art. 45(3)',
      'Decision 2002/2/EC, Art. 1',
      'Decision (EU) 2019/419, Art. 1',
      'Decision (EU) 2023/1795, Art. 1',
    ],
    choices: yesNo,
  },
  dpfCertification: {
    id: 'dpfCertification',
    text: {
      en: 'Is the importer an active participant in the Data Privacy Framework, certified for this kind of data (HR or non-HR)?',
      sv: 'Deltar dataimportören aktivt i ramen för dataskydd mellan EU och USA (Data Privacy Framework), med en certifiering som omfattar den typ av uppgifter som överförs (HR-uppgifter eller andra uppgifter)?',
    },
    help: {
      en: 'Check the Data Privacy Framework List at dataprivacyframework.gov: the status must be active and the certification must cover HR data for data about employees in an employment context, non-HR data otherwise.',
      sv: 'Kontrollera förteckningen på dataprivacyframework.gov: statusen ska vara aktiv och certifieringen ska omfatta HR-uppgifter när uppgifterna gäller anställda i ett anställningsförhållande och andra uppgifter (icke-HR) i övrigt.',
    },
    cites: ['Decision (EU) 2023/1795, Art. 1', 'Decision (EU) 2023/1795, Annex I, Section I'],
    choices: yesNoUnknown,
  },
  exporterPublicBody: {
    id: 'exporterPublicBody',
    text: {
      en: 'Is the exporter a public authority or public body?',
      sv: 'Är dataexportören en myndighet eller ett annat offentligt organ?',
    },
    help: {
      en: 'Public bodies may use instruments of their own (Art. 46(2)(a), 46(3)(b)); when they act in the exercise of public powers some derogations are closed to them (Art. 49(3)).',
      sv: 'Offentliga organ kan använda egna instrument (artikel 46.2 a och 46.3 b); när de utövar offentliga befogenheter kan de inte använda vissa av undantagen (artikel 49.3).',
    },
    cites: ['GDPR Art. 46(2)(a)', 'GDPR Art. 46(3)(b)', 'GDPR Art. 49(3)', 'EDPB Guidelines 2/2020'],
    choices: yesNo,
  },
  importerKind: {
    id: 'importerKind',
    text: {
      en: 'What kind of body is the importer?',
      sv: 'Vilket slags organ är dataimportören?',
    },
    help: {
      en: 'Binding corporate rules serve transfers within a group of undertakings (and processors with approved processor BCRs); the public-sector instruments need public bodies on both sides.',
      sv: 'Bindande företagsbestämmelser används för överföringar inom en koncern (och till personuppgiftsbiträden med godkända bindande företagsbestämmelser för personuppgiftsbiträden); de offentligrättsliga instrumenten kräver offentliga organ på båda sidor.',
    },
    cites: [
      'GDPR Art. 4(20)',
      'GDPR Art. 46(2)(b)',
      'GDPR Art. 47',
      'GDPR Art. 46(2)(a)',
      'GDPR Art. 46(3)(b)',
    ],
    choices: [
      { value: 'company', label: { en: 'A company', sv: 'Ett företag' } },
      {
        value: 'public-body',
        label: {
          en: 'A public authority or body, or an international organisation',
          sv: 'En myndighet eller ett annat offentligt organ, eller en internationell organisation',
        },
      },
      {
        value: 'other',
        label: {
          en: 'Another kind: a non-profit organisation or an individual',
          sv: 'Annat: en ideell organisation eller en enskild person',
        },
      },
    ],
  },
  sameGroup: {
    id: 'sameGroup',
    text: {
      en: 'Do the exporter and the importer belong to the same group of undertakings, or group of enterprises engaged in a joint economic activity?',
      sv: 'Tillhör dataexportören och dataimportören samma koncern, eller samma grupp av företag som deltar i gemensam ekonomisk verksamhet?',
    },
    help: {
      en: 'Binding corporate rules serve transfers within such a group only. Unless the case puts both parties in one group (parties[].group), they are not offered.',
      sv: 'Bindande företagsbestämmelser gäller bara för överföringar inom en sådan grupp. Om fallet inte placerar båda parterna i samma grupp (parties[].group) föreslås de inte.',
    },
    cites: ['GDPR Art. 4(19)', 'GDPR Art. 4(20)', 'GDPR Art. 47(1)'],
    choices: yesNo,
  },
  publicPowers: {
    id: 'publicPowers',
    text: {
      en: 'Does the exporter make this transfer in the exercise of its public powers?',
      sv: 'Gör dataexportören denna överföring när den utövar sina offentliga befogenheter?',
    },
    help: {
      en: 'If so, explicit consent (49(1)(a)), the two contract derogations (49(1)(b), (c)) and compelling legitimate interests (second subparagraph) are closed. "Public powers" in Art. 49(3) is an EU-law notion: the Swedish notion of myndighetsutövning is not the same test.',
      sv: 'Om så är fallet kan dataexportören inte använda uttryckligt samtycke (49.1 a), de två avtalsundantagen (49.1 b och c) eller tvingande berättigade intressen (49.1 andra stycket). Begreppet offentliga befogenheter i artikel 49.3 är unionsrättsligt och inte detsamma som myndighetsutövning enligt svensk rätt.',
    },
    cites: ['GDPR Art. 49(3)', 'EDPB Guidelines 2/2018'],
    choices: yesNoUnknown,
  },
  occasional: {
    id: 'occasional',
    text: {
      en: 'Is the transfer occasional and not repetitive?',
      sv: 'Är överföringen tillfällig och inte upprepad?',
    },
    help: {
      en: 'Transfers made regularly within a stable relationship are not occasional. The contract and legal-claims derogations are for occasional transfers; compelling legitimate interests only for transfers that are not repetitive.',
      sv: 'Överföringar som görs regelbundet inom ett stabilt förhållande är inte tillfälliga. Avtalsundantagen och undantaget för rättsliga anspråk gäller tillfälliga överföringar; tvingande berättigade intressen bara överföringar som inte är upprepade.',
    },
    cites: ['GDPR Art. 49(1)', 'GDPR recital 111', 'EDPB Guidelines 2/2018, section 1'],
    choices: yesNoUnknown,
  },
} satisfies Record<string, Question>;

const c = {
  adequacyCovered: {
    text: {
      en: 'The transfer may take place on the adequacy decision without any specific authorisation (Art. 45(1)): no SCCs and no transfer impact assessment are needed, provided the conditions of the decision hold.',
      sv: 'Överföringen får ske med stöd av beslutet om adekvat skyddsnivå utan särskilt tillstånd (artikel 45.1): inga standardavtalsklausuler och ingen överföringsbedömning enligt klausul 14 (TIA) behövs, förutsatt att beslutets villkor är uppfyllda.',
    },
    cites: ['GDPR Art. 45(1)'],
  },
  appropriateSafeguards: {
    text: {
      en: 'No adequacy decision covers this transfer: appropriate safeguards are needed (Art. 46). The standard data protection clauses adopted by the Commission (Art. 46(2)(c)) are available for any importer, in the version that applies on the date; the listed alternatives may also fit. Art. 46 also knows approved codes of conduct and certification mechanisms with binding and enforceable commitments of the importer (Art. 46(2)(e) and (f)) and contractual clauses authorised by the supervisory authority (Art. 46(3)(a)), where such exist for the case. The derogations of Art. 49 are exceptions for specific situations, not a footing for regular transfers.',
      sv: 'Inget beslut om adekvat skyddsnivå omfattar överföringen: lämpliga skyddsåtgärder krävs (artikel 46). Standardavtalsklausuler som kommissionen har antagit (artikel 46.2 c) kan användas för alla dataimportörer, i den version som gäller vid tidpunkten; de angivna alternativen kan också passa. Art. 46 omfattar även godkända uppförandekoder och certifieringsmekanismer med bindande och verkställbara åtaganden från dataimportören (artikel 46.2 e och f) och avtalsklausuler som tillsynsmyndigheten har godkänt (artikel 46.3 a), där sådana finns för fallet. Undantagen i särskilda situationer (artikel 49) är just undantag och ingen grund för regelbundna överföringar.',
    },
    cites: [
      'GDPR Art. 46(1)',
      'GDPR Art. 46(2)(c)',
      'Decision (EU) 2021/914',
      'GDPR Art. 46(2)(e) and (f)',
      'GDPR Art. 46(3)(a)',
      'GDPR Art. 49',
      'EDPB Guidelines 2/2018',
    ],
  },
} satisfies Record<string, Conclusion>;

const tristate = (value: string): Tristate => (value === 'yes' || value === 'no' ? value : 'unknown');

function openDerogations(context: MechanismContext): Derogation[] {
  return allDerogations.filter(
    (d) =>
      // Art. 49(3): closed in the exercise of public powers; until `no` is given, the cautious branch.
      !(
        (context.publicPowers === 'yes' || context.publicPowers === 'unknown') &&
        closedByPublicPowers.includes(d)
      ) && !(context.occasional === 'no' && closedWhenNotOccasional.includes(d)),
  );
}

function alternatives(context: MechanismContext, derogations: Derogation[]): Alternative[] {
  const list: Alternative[] = [];
  // Art. 4(20), 46(2)(b), 47: within a group of undertakings or joint economic activity, which a public
  // authority is not part of (EDPB: public bodies use Art. 46(2)(a) and 46(3)(b) instead).
  if (context.importerKind === 'company' && !context.exporterPublic && context.sameGroup) list.push('bcr');
  // Art. 46(2)(a), 46(3)(b); EDPB Guidelines 2/2020: between public bodies (an IO counts on the receiving side).
  if (context.exporterPublic && context.importerKind === 'public-body') list.push('art46-2a', 'art46-3b');
  if (derogations.length > 0) list.push('derogation');
  return list;
}

export const mechanismMachine = setup({
  types: {
    context: {} as MechanismContext,
    events: {} as AnswerEvent,
    output: {} as MechanismOutput,
  },
  guards: {
    // GDPR Art. 45(1): an adequacy decision in force for the place or organisation.
    adequacyDecisionInForce: answered('yes'),
    // Decision (EU) 2023/1795, Art. 1: the US decision reaches only DPF participants.
    adequacyOnlyForDpfParticipants: answered('yes-dpf'),
    // GDPR Art. 45(3): a partial decision reaches only the importers it names.
    importerWithinDecisionScope: answered('yes'),
    // Decision (EU) 2023/1795, Art. 1: coverage depends on the importer's DPF certification.
    decisionRequiresDpf: ({ context }) => context.adequacy === 'dpf',
    // Decision (EU) 2023/1795, Annex I: active certification for HR or non-HR data.
    activeDpfCertificationForTheData: answered('yes'),
    // Not knowing the DPF status leaves the transfer to Art. 46 until it is checked: never assume adequacy.
    dpfStatusUnknown: answered('unknown'),
    // GDPR Art. 49(3) concerns public authorities only.
    exporterIsPublicBody: ({ context }) => context.exporterPublic,
    // GDPR Art. 47: BCRs bind a group of undertakings; only a company importer can be in one with the exporter.
    importerIsCompany: answered('company'),
    // GDPR Art. 4(20): the parties are in one group.
    partiesInOneGroup: answered('yes'),
  },
}).createMachine({
  id: 'mechanism',
  context: {
    adequacy: 'none',
    covered: false,
    exporterPublic: false,
    sameGroup: false,
    publicPowers: 'not-asked',
    occasional: 'not-asked',
  },
  output: ({ context }) => {
    if (context.covered) {
      return {
        mechanism: 'adequacy',
        adequacy: context.adequacy,
        covered: true,
        alternatives: [],
        derogations: [],
        publicPowers: context.publicPowers,
        occasional: context.occasional,
      };
    }
    const derogations = openDerogations(context);
    return {
      mechanism: 'scc',
      adequacy: context.adequacy,
      covered: false,
      ...(context.notCoveredBecause ? { notCoveredBecause: context.notCoveredBecause } : {}),
      alternatives: alternatives(context, derogations),
      derogations,
      publicPowers: context.publicPowers,
      occasional: context.occasional,
    };
  },
  initial: 'adequacyInForce',
  states: {
    adequacyInForce: {
      meta: { question: q.adequacyInForce },
      on: {
        ANSWER: [
          {
            guard: 'adequacyDecisionInForce',
            target: 'importerInScope',
            actions: assign({ adequacy: 'general' as const }),
          },
          {
            guard: 'adequacyOnlyForDpfParticipants',
            target: 'importerInScope',
            actions: assign({ adequacy: 'dpf' as const }),
          },
          { target: 'exporterPublicBody' },
        ],
      },
    },
    importerInScope: {
      meta: { question: q.importerInScope },
      on: {
        ANSWER: [
          { guard: and(['importerWithinDecisionScope', 'decisionRequiresDpf']), target: 'dpfCertification' },
          { guard: 'importerWithinDecisionScope', target: 'adequacyCovered' },
          {
            target: 'exporterPublicBody',
            actions: assign({ notCoveredBecause: 'importer-out-of-scope' as const }),
          },
        ],
      },
    },
    dpfCertification: {
      meta: { question: q.dpfCertification },
      on: {
        ANSWER: [
          { guard: 'activeDpfCertificationForTheData', target: 'adequacyCovered' },
          {
            guard: 'dpfStatusUnknown',
            target: 'exporterPublicBody',
            actions: assign({ notCoveredBecause: 'dpf-status-unknown' as const }),
          },
          {
            target: 'exporterPublicBody',
            actions: assign({ notCoveredBecause: 'not-dpf-certified' as const }),
          },
        ],
      },
    },
    exporterPublicBody: {
      meta: { question: q.exporterPublicBody },
      on: {
        ANSWER: {
          target: 'importerKind',
          actions: assign({ exporterPublic: ({ event }) => event.value === 'yes' }),
        },
      },
    },
    importerKind: {
      meta: { question: q.importerKind },
      on: {
        ANSWER: [
          {
            guard: 'exporterIsPublicBody',
            target: 'publicPowers',
            actions: assign({ importerKind: ({ event }) => event.value as MechanismContext['importerKind'] }),
          },
          {
            guard: 'importerIsCompany',
            target: 'sameGroup',
            actions: assign({ importerKind: ({ event }) => event.value as MechanismContext['importerKind'] }),
          },
          {
            target: 'occasional',
            actions: assign({ importerKind: ({ event }) => event.value as MechanismContext['importerKind'] }),
          },
        ],
      },
    },
    sameGroup: {
      meta: { question: q.sameGroup },
      on: {
        ANSWER: [
          { guard: 'partiesInOneGroup', target: 'occasional', actions: assign({ sameGroup: true }) },
          { target: 'occasional' },
        ],
      },
    },
    publicPowers: {
      meta: { question: q.publicPowers },
      on: {
        ANSWER: {
          target: 'occasional',
          actions: assign({ publicPowers: ({ event }) => tristate(event.value) }),
        },
      },
    },
    occasional: {
      meta: { question: q.occasional },
      on: {
        ANSWER: {
          target: 'appropriateSafeguards',
          actions: assign({ occasional: ({ event }) => tristate(event.value) }),
        },
      },
    },
    adequacyCovered: {
      type: 'final',
      meta: { conclusion: c.adequacyCovered },
      entry: assign({ covered: true }),
    },
    appropriateSafeguards: { type: 'final', meta: { conclusion: c.appropriateSafeguards } },
  },
});
