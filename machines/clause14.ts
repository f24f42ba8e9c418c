import { assign, setup } from 'xstate';
import { yesNo } from './choices.js';
import type { AnswerEvent, Conclusion, Question } from './questionnaire.js';

/**
 * Clause 14: the transfer impact assessment of the 2021 SCCs (Decision (EU) 2021/914), run along the six
 * steps of EDPB Recommendations 01/2020 (version 2.0). Step 2 comes first because it decides whether a
 * TIA is needed at all: not under adequacy or an Art. 49 derogation (CNIL TIA guide, January 2025), nor
 * under module 4 unless the EU processor combines the data with data it collected in the EU (Clause 14).
 * Then step 1 (the circumstances, Clause 14(b)(i)), step 3 (the laws and practices against the four
 * European Essential Guarantees, Clause 14(b)(ii), and the importer's practical experience under the
 * footnote to Clause 14(b)), and step 4 (supplementary measures, Clause 14(b)(iii), by the EDPB use cases
 * of Annex 2). Step 5 (procedure) is said in the conclusions; step 6 (re-evaluation) is the date the TIA
 * result carries.
 *
 * Facts the engine derives from the case (tool, module, destination profile) arrive as answers like any
 * other, so the trail shows them.
 */

export type Clause14Outcome = 'not-needed' | 'proceed' | 'proceed-with-measures' | 'do-not-transfer';
export type NotNeededReason = 'adequacy' | 'derogation' | 'module4-no-combination';
export type AssessorRole = 'exporter-controller' | 'exporter-processor' | 'exporter';

export interface Clause14Output {
  outcome: Clause14Outcome;
  /** The final state that decided, e.g. `doNotTransferUseCase6`. */
  state: string;
  notNeeded?: NotNeededReason;
  /** The EDPB use case (Annex 2) that decided at step 4. */
  useCase?: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  /** Who carries out the assessment; module 3 adds the controller as reviewer (CNIL TIA guide). */
  assessor?: AssessorRole;
  reviewer?: 'controller';
  practicalExperience?: 'accepted' | 'rejected' | 'not-claimed';
  /** Every answer given, by question id. */
  answers: Record<string, string>;
}

interface Clause14Context {
  answers: Record<string, string>;
  outcome?: {
    outcome: Clause14Outcome;
    state: string;
    notNeeded?: NotNeededReason;
    useCase?: Clause14Output['useCase'];
  };
}

const edpb = 'EDPB Recommendations 01/2020 (v2.0)';
const scc = 'Decision (EU) 2021/914, Annex';
const cnil = 'CNIL, guide to transfer impact assessments (January 2025)';

const q = {
  transferTool: {
    id: 'transferTool',
    text: {
      en: 'On what footing is the personal data transferred?',
      sv: 'Med vilket stöd förs personuppgifterna över?',
    },
    help: {
      en: 'A TIA is needed where the transfer rests on an Art. 46 tool (SCCs, BCRs and the others), not where an adequacy decision covers it or an Art. 49 derogation is used.',
      sv: 'En överföringsbedömning enligt klausul 14 (TIA) behövs när överföringen sker med stöd av ett verktyg enligt art. 46 (standardavtalsklausuler, bindande företagsbestämmelser och de övriga), inte när ett beslut om adekvat skyddsnivå omfattar den eller när ett undantag i särskilda situationer enligt art. 49 används.',
    },
    cites: [`${edpb}, step 2`, 'GDPR Art. 45, 46 and 49', cnil],
    choices: [
      {
        value: 'adequacy',
        label: { en: 'An adequacy decision (Art. 45)', sv: 'Ett beslut om adekvat skyddsnivå (art. 45)' },
      },
      {
        value: 'art49-derogation',
        label: {
          en: 'A derogation for specific situations (Art. 49)',
          sv: 'Ett undantag i särskilda situationer (art. 49)',
        },
      },
      {
        value: 'scc',
        label: {
          en: 'Standard contractual clauses (Art. 46(2)(c))',
          sv: 'Standardavtalsklausuler (art. 46.2 c)',
        },
      },
      {
        value: 'bcr',
        label: {
          en: 'Binding corporate rules (Art. 46(2)(b), 47)',
          sv: 'Bindande företagsbestämmelser (art. 46.2 b, 47)',
        },
      },
      {
        value: 'other-art46',
        label: { en: 'Another Art. 46 safeguard', sv: 'En annan skyddsåtgärd enligt art. 46' },
      },
    ],
  },
  sccModule: {
    id: 'sccModule',
    text: {
      en: 'Which module of the SCCs is used?',
      sv: 'Vilken modul av standardavtalsklausulerna används?',
    },
    help: {
      en: 'The module decides who carries out the assessment, and in module 4 whether Clause 14 applies at all.',
      sv: 'Modulen avgör vem som gör bedömningen, och i modul 4 om klausul 14 alls är tillämplig.',
    },
    cites: [`${scc}, Section I`, `${scc}, Clause 14`],
    choices: [
      {
        value: '1',
        label: {
          en: 'Module 1: controller to controller',
          sv: 'Modul 1: personuppgiftsansvarig till personuppgiftsansvarig',
        },
      },
      {
        value: '2',
        label: {
          en: 'Module 2: controller to processor',
          sv: 'Modul 2: personuppgiftsansvarig till personuppgiftsbiträde',
        },
      },
      {
        value: '3',
        label: {
          en: 'Module 3: processor to processor',
          sv: 'Modul 3: personuppgiftsbiträde till personuppgiftsbiträde (underbiträde)',
        },
      },
      {
        value: '4',
        label: {
          en: 'Module 4: processor to controller',
          sv: 'Modul 4: personuppgiftsbiträde till personuppgiftsansvarig',
        },
      },
    ],
  },
  module4Combination: {
    id: 'module4Combination',
    text: {
      en: 'Does the EU processor combine the personal data it receives from the controller in the third country with personal data it collected in the EU?',
      sv: 'Kombinerar personuppgiftsbiträdet i EU de personuppgifter som det får från den personuppgiftsansvarige i tredjelandet med personuppgifter som det har samlat in i EU?',
    },
    cites: [`${scc}, Clause 14 (module 4)`, `${scc}, Clause 15 (module 4)`],
    choices: yesNo,
  },
  processingChain: {
    id: 'processingChain',
    text: {
      en: 'How long is the processing chain: do the data stay with the importer, or go on to sub-processors or other recipients?',
      sv: 'Hur lång är behandlingskedjan: stannar uppgifterna hos dataimportören, eller går de vidare till underbiträden eller andra mottagare?',
    },
    help: {
      en: 'Onward transfers belong to the assessment: each further recipient, and its country, must be known.',
      sv: 'Vidareöverföringar ingår i bedömningen: varje ytterligare mottagare, och dess land, ska vara känd.',
    },
    cites: [`${edpb}, step 1`, `${scc}, Clause 14(b)(i)`],
    choices: [
      {
        value: 'importer-only',
        label: { en: 'They stay with the importer', sv: 'De stannar hos dataimportören' },
      },
      {
        value: 'onward-transfers',
        label: { en: 'They go on to further recipients', sv: 'De går vidare till ytterligare mottagare' },
      },
    ],
  },
  dataFormat: {
    id: 'dataFormat',
    text: {
      en: 'In what form do the data reach the destination?',
      sv: 'I vilken form når uppgifterna mottagarlandet?',
    },
    cites: [`${edpb}, step 1`, `${scc}, Clause 14(b)(i)`],
    choices: [
      { value: 'clear', label: { en: 'In the clear', sv: 'I klartext' } },
      { value: 'pseudonymised', label: { en: 'Pseudonymised', sv: 'Pseudonymiserat' } },
      { value: 'encrypted', label: { en: 'Encrypted', sv: 'Krypterat' } },
    ],
  },
  encryptionKeys: {
    id: 'encryptionKeys',
    text: {
      en: 'Who holds the keys that decrypt the data?',
      sv: 'Vem har nycklarna som dekrypterar uppgifterna?',
    },
    cites: [`${edpb}, Annex 2, Use Case 1`],
    choices: [
      {
        value: 'exporter-eea',
        label: {
          en: 'Only the exporter, or a party it trusts in the EEA or an adequate country',
          sv: 'Bara dataexportören, eller en part som den litar på i EES eller i ett land med adekvat skyddsnivå',
        },
      },
      { value: 'importer', label: { en: 'The importer', sv: 'Dataimportören' } },
      {
        value: 'other-in-destination',
        label: { en: 'Someone else in the destination', sv: 'Någon annan i mottagarlandet' },
      },
    ],
  },
  encryptionStrength: {
    id: 'encryptionStrength',
    text: {
      en: 'Is the encryption state of the art, flawlessly implemented and maintained, and strong enough to resist the means available to the destination’s authorities?',
      sv: 'Motsvarar krypteringen den senaste tekniken, är den felfritt genomförd och underhållen, och är den stark nog att stå emot de resurser som mottagarlandets myndigheter förfogar över?',
    },
    cites: [`${edpb}, Annex 2, Use Cases 1 and 3`],
    choices: yesNo,
  },
  pseudonymisationKey: {
    id: 'pseudonymisationKey',
    text: {
      en: 'Does the additional information needed to re-identify people stay with the exporter in the EEA or an adequate country, so that no one in the destination can re-identify them?',
      sv: 'Stannar de kompletterande uppgifter som behövs för att återidentifiera personer hos dataexportören i EES eller i ett land med adekvat skyddsnivå, så att ingen i mottagarlandet kan återidentifiera dem?',
    },
    cites: [`${edpb}, Annex 2, Use Case 2`, 'GDPR Art. 4(5)'],
    choices: yesNo,
  },
  storageLocation: {
    id: 'storageLocation',
    text: { en: 'Where are the data stored?', sv: 'Var lagras uppgifterna?' },
    cites: [`${edpb}, step 1`, `${scc}, Clause 14(b)(i)`],
    choices: [
      {
        value: 'eea',
        label: {
          en: 'In the EEA (accessed from the destination)',
          sv: 'I EES (med åtkomst från mottagarlandet)',
        },
      },
      { value: 'destination', label: { en: 'In the destination', sv: 'I mottagarlandet' } },
      {
        value: 'transit-only',
        label: {
          en: 'Nowhere there: they only pass through on the way to the EEA or an adequate country',
          sv: 'Inte där: de passerar bara på väg till EES eller till ett land med adekvat skyddsnivå',
        },
      },
    ],
  },
  clearTextAccess: {
    id: 'clearTextAccess',
    text: {
      en: 'Can the importer, or anyone else in the destination, access the data in the clear and identifiable?',
      sv: 'Kan dataimportören, eller någon annan i mottagarlandet, få åtkomst till uppgifterna i klartext och i identifierbar form?',
    },
    help: {
      en: 'Answer yes if the importer needs the data in the clear to do its job (a cloud or SaaS provider processing them), or holds the keys.',
      sv: 'Svara ja om dataimportören behöver uppgifterna i klartext för sitt uppdrag (en moln- eller SaaS-leverantör som behandlar dem), eller har nycklarna.',
    },
    cites: [`${edpb}, step 1`, `${edpb}, Annex 2, Use Cases 6 and 7`],
    choices: yesNo,
  },
  remoteAccess: {
    id: 'remoteAccess',
    text: {
      en: 'Do people in the destination access the data remotely for business purposes (for example shared HR, support or customer systems)?',
      sv: 'Har personer i mottagarlandet fjärråtkomst till uppgifterna för verksamhetsändamål (till exempel gemensamma personal-, support- eller kundsystem)?',
    },
    cites: [`${edpb}, step 1`, `${edpb}, Annex 2, Use Case 7`],
    choices: yesNo,
  },
  protectedRecipient: {
    id: 'protectedRecipient',
    text: {
      en: 'Does the destination’s law exempt the importer from access by public authorities to these data for this purpose (for example professional secrecy of a doctor or lawyer), the exemption reaching everything that could be used to get round it, such as keys, passwords and other credentials?',
      sv: 'Undantar mottagarlandets lag dataimportören från myndigheters åtkomst till dessa uppgifter för detta ändamål (till exempel genom tystnadsplikt för en läkare eller advokat), så att undantaget också omfattar allt som skulle kunna användas för att kringgå det, som nycklar, lösenord och andra inloggningsuppgifter?',
    },
    help: {
      en: 'Use case 4 holds only with the other answers it needs: the data stay with the importer (no processor or sub-processor through which the authorities could reach them, no onward transfer to an unprotected entity), they are encrypted with state-of-the-art encryption before they are sent, and only the protected importer holds the decryption key.',
      sv: 'Användningsfall 4 gäller bara tillsammans med de övriga svar det kräver: uppgifterna stannar hos dataimportören (inget personuppgiftsbiträde eller underbiträde genom vilket myndigheterna kan nå dem, ingen vidareöverföring till någon som saknar skydd), de krypteras med kryptering enligt den senaste tekniken innan de skickas, och bara den skyddade dataimportören har dekrypteringsnyckeln.',
    },
    cites: [`${edpb}, Annex 2, Use Case 4`],
    choices: yesNo,
  },
  splitProcessing: {
    id: 'splitProcessing',
    text: {
      en: 'Are the data split, before they leave, between independent processors in different jurisdictions so that no part reveals anything about a person on its own?',
      sv: 'Delas uppgifterna, innan de lämnar EES, upp mellan oberoende personuppgiftsbiträden i olika jurisdiktioner så att ingen del ensam avslöjar något om en person?',
    },
    cites: [`${edpb}, Annex 2, Use Case 5`],
    choices: yesNo,
  },
  destinationProfile: {
    id: 'destinationProfile',
    text: {
      en: 'Which country profile describes the destination’s laws and practices?',
      sv: 'Vilken landprofil beskriver mottagarlandets lagar och praxis?',
    },
    help: {
      en: 'The profiles in data/laws are dated and sourced; for any other destination the generic profile asks you to record your own findings with sources.',
      sv: 'Profilerna i data/laws är daterade och har källor; för andra mottagarländer ber den allmänna profilen dig att föra in egna iakttagelser med källor.',
    },
    cites: [`${edpb}, step 3`, `${scc}, Clause 14(b)(ii)`],
    choices: [
      { value: 'us', label: { en: 'United States', sv: 'USA' } },
      { value: 'cn', label: { en: 'China', sv: 'Kina' } },
      { value: 'in', label: { en: 'India', sv: 'Indien' } },
      { value: 'ru', label: { en: 'Russia', sv: 'Ryssland' } },
      {
        value: 'generic',
        label: { en: 'Another country (own findings)', sv: 'Annat land (egna iakttagelser)' },
      },
    ],
  },
  relyOnCommissionFinding: {
    id: 'relyOnCommissionFinding',
    text: {
      en: 'The Commission’s DPF decision found that the limitations and safeguards of Executive Order 14086, including the Data Protection Review Court, apply to every transfer to the United States whatever the tool, and the EDPB asks exporters to take that assessment into account. Does your assessment of US law rely on that finding?',
      sv: 'I kommissionens beslut om ramen för dataskydd mellan EU och USA (DPF) konstaterades att begränsningarna och skyddsåtgärderna i presidentorder 14086, inbegripet Data Protection Review Court, gäller för alla överföringar till USA oavsett överföringsverktyg, och EDPB ber dataexportörer att beakta den bedömningen. Bygger din bedömning av amerikansk rätt på det konstaterandet?',
    },
    help: {
      en: 'Answer no if you have reason to depart from it (for example a later judgment or change in US law); you will then assess the four guarantees yourself.',
      sv: 'Svara nej om du har skäl att avvika från det (till exempel en senare dom eller ändring i amerikansk rätt); du bedömer då själv de fyra garantierna.',
    },
    cites: [
      'Decision (EU) 2023/1795',
      'EDPB information note on transfers to the US (18 July 2023)',
      'Executive Order 14086',
    ],
    choices: yesNo,
  },
  guaranteeA: {
    id: 'guaranteeA',
    text: {
      en: 'Guarantee A: does access by the destination’s authorities to these data rest on clear, precise and accessible rules?',
      sv: 'Garanti A: grundar sig mottagarlandets myndigheters åtkomst till dessa uppgifter på tydliga, precisa och tillgängliga regler?',
    },
    help: {
      en: 'Answer "not met" if you cannot establish that it is met.',
      sv: 'Svara "inte uppfylld" om du inte kan fastställa att den är uppfylld.',
    },
    cites: ['EDPB Recommendations 02/2020, Guarantee A', `${scc}, Clause 14(b)(ii)`],
    choices: [
      { value: 'met', label: { en: 'Met', sv: 'Uppfylld' } },
      { value: 'not-met', label: { en: 'Not met', sv: 'Inte uppfylld' } },
    ],
  },
  guaranteeB: {
    id: 'guaranteeB',
    text: {
      en: 'Guarantee B: is access limited to what is necessary and proportionate to legitimate objectives?',
      sv: 'Garanti B: är åtkomsten begränsad till vad som är nödvändigt och proportionerligt i förhållande till de legitima mål som eftersträvas?',
    },
    help: {
      en: 'Answer "not met" if you cannot establish that it is met.',
      sv: 'Svara "inte uppfylld" om du inte kan fastställa att den är uppfylld.',
    },
    cites: ['EDPB Recommendations 02/2020, Guarantee B', `${scc}, Clause 14(b)(ii)`],
    choices: [
      { value: 'met', label: { en: 'Met', sv: 'Uppfylld' } },
      { value: 'not-met', label: { en: 'Not met', sv: 'Inte uppfylld' } },
    ],
  },
  guaranteeC: {
    id: 'guaranteeC',
    text: {
      en: 'Guarantee C: is access authorised or reviewed by an independent oversight mechanism?',
      sv: 'Garanti C: godkänns eller granskas åtkomsten av en oberoende tillsynsmekanism?',
    },
    help: {
      en: 'Answer "not met" if you cannot establish that it is met.',
      sv: 'Svara "inte uppfylld" om du inte kan fastställa att den är uppfylld.',
    },
    cites: ['EDPB Recommendations 02/2020, Guarantee C', `${scc}, Clause 14(b)(ii)`],
    choices: [
      { value: 'met', label: { en: 'Met', sv: 'Uppfylld' } },
      { value: 'not-met', label: { en: 'Not met', sv: 'Inte uppfylld' } },
    ],
  },
  guaranteeD: {
    id: 'guaranteeD',
    text: {
      en: 'Guarantee D: do people in the EU have an effective remedy before an independent body against such access?',
      sv: 'Garanti D: har personer i EU ett effektivt rättsmedel inför ett oberoende organ mot sådan åtkomst?',
    },
    help: {
      en: 'Answer "not met" if you cannot establish that it is met.',
      sv: 'Svara "inte uppfylld" om du inte kan fastställa att den är uppfylld.',
    },
    cites: ['EDPB Recommendations 02/2020, Guarantee D', `${scc}, Clause 14(b)(ii)`],
    choices: [
      { value: 'met', label: { en: 'Met', sv: 'Uppfylld' } },
      { value: 'not-met', label: { en: 'Not met', sv: 'Inte uppfylld' } },
    ],
  },
  practicalExperience: {
    id: 'practicalExperience',
    text: {
      en: 'Does the importer rely on documented practical experience that it has received no requests for disclosure of such data from public authorities?',
      sv: 'Åberopar dataimportören dokumenterad praktisk erfarenhet som visar att den inte har fått några begäranden från myndigheter om att lämna ut sådana uppgifter?',
    },
    cites: [`${scc}, Clause 14(b)(ii), footnote 12`, `${edpb}, step 3`],
    choices: yesNo,
  },
  practicalExperienceDocumented: {
    id: 'practicalExperienceDocumented',
    text: {
      en: 'Is that experience recorded continuously, over a sufficiently representative period, in records certified at senior management level that may lawfully be shared with the exporter?',
      sv: 'Är erfarenheten löpande dokumenterad, under en tillräckligt representativ period, i underlag som har intygats på ledningsnivå och som lagligen får lämnas till dataexportören?',
    },
    cites: [`${scc}, Clause 14(b)(ii), footnote 12`],
    choices: yesNo,
  },
  practicalExperienceCorroborated: {
    id: 'practicalExperienceCorroborated',
    text: {
      en: 'Is it supported by other relevant, objective elements, and corroborated and not contradicted by public or otherwise accessible reliable information (requests in the same sector, case law, reports of independent oversight bodies)?',
      sv: 'Stöds den av andra relevanta och objektiva omständigheter, och bekräftas den, utan att motsägas, av offentlig eller annars tillgänglig tillförlitlig information (begäranden i samma sektor, rättspraxis, rapporter från oberoende tillsynsorgan)?',
    },
    cites: [`${scc}, Clause 14(b)(ii), footnote 12`, `${edpb}, step 3`],
    choices: yesNo,
  },
  otherMeasuresEffective: {
    id: 'otherMeasuresEffective',
    text: {
      en: 'None of the EDPB use cases fits this transfer. Have you identified and documented other supplementary measures that, in your assessment, prevent access that goes beyond what is necessary and proportionate?',
      sv: 'Inget av EDPB:s användningsfall passar denna överföring. Har du identifierat och dokumenterat ytterligare åtgärder utanför användningsfallen som enligt din bedömning hindrar åtkomst som går utöver vad som är nödvändigt och proportionerligt?',
    },
    help: {
      en: 'Contractual and organisational measures alone will generally not stop access under laws that fall short of the guarantees. A yes here needs legal review.',
      sv: 'Avtalsmässiga och organisatoriska åtgärder räcker i regel inte ensamma för att hindra åtkomst enligt lagar som inte uppfyller garantierna. Ett ja här kräver juridisk granskning.',
    },
    cites: [`${edpb}, step 4`, `${edpb}, Annex 2`],
    choices: yesNo,
  },
} satisfies Record<string, Question>;

/** The EDPB step each question belongs to, for the document and the wizard. */
export const clause14Steps: Record<keyof typeof q, 1 | 2 | 3 | 4> = {
  transferTool: 2,
  sccModule: 2,
  module4Combination: 2,
  processingChain: 1,
  dataFormat: 1,
  encryptionKeys: 1,
  encryptionStrength: 1,
  pseudonymisationKey: 1,
  storageLocation: 1,
  clearTextAccess: 1,
  remoteAccess: 1,
  protectedRecipient: 1,
  splitProcessing: 1,
  destinationProfile: 3,
  relyOnCommissionFinding: 3,
  guaranteeA: 3,
  guaranteeB: 3,
  guaranteeC: 3,
  guaranteeD: 3,
  practicalExperience: 3,
  practicalExperienceDocumented: 3,
  practicalExperienceCorroborated: 3,
  otherMeasuresEffective: 4,
};

export const clause14Questions: readonly Question[] = Object.values(q);

const suspend = [`${scc}, Clause 16(b)`, `${scc}, Clause 14(e)`, `${scc}, Clause 14(f)`];
const procedure = {
  en: ' Measures added to the SCCs need no authorisation by the supervisory authority as long as they do not contradict the clauses (Clause 2(a)); document them with the assessment (Clause 14(d)) and look at it again by the re-evaluation date.',
  sv: ' Åtgärder som läggs till standardavtalsklausulerna kräver inget tillstånd från tillsynsmyndigheten så länge de inte strider mot klausulerna (klausul 2 a); dokumentera dem tillsammans med bedömningen (klausul 14 d) och gör om bedömningen senast vid dagen för omprövning.',
};
const withProcedure = (en: string, sv: string) => ({ en: en + procedure.en, sv: sv + procedure.sv });

const c = {
  notNeededAdequacy: {
    text: {
      en: 'No transfer impact assessment is needed: an adequacy decision covers the transfer, so the Commission has already assessed the destination’s laws. Check that the decision stays in force and covers this importer and these data.',
      sv: 'Ingen överföringsbedömning enligt klausul 14 (TIA) behövs: ett beslut om adekvat skyddsnivå omfattar överföringen, så kommissionen har redan bedömt mottagarlandets lagar. Kontrollera att beslutet fortfarande gäller och omfattar denna dataimportör och dessa uppgifter.',
    },
    cites: ['GDPR Art. 45(1)', cnil, 'EDPB information note on transfers to the US (18 July 2023)'],
  },
  notNeededDerogation: {
    text: {
      en: 'No transfer impact assessment is needed: the transfer relies on a derogation under Art. 49, which does not depend on the destination’s level of protection. The derogation must be read strictly and its own conditions met.',
      sv: 'Ingen överföringsbedömning enligt klausul 14 (TIA) behövs: överföringen sker med stöd av ett undantag i särskilda situationer enligt art. 49, som inte beror på mottagarlandets skyddsnivå. Undantaget ska tolkas restriktivt och dess egna villkor ska vara uppfyllda.',
    },
    cites: ['GDPR Art. 49', cnil, 'EDPB Guidelines 2/2018 on derogations of Article 49'],
  },
  notNeededModule4: {
    text: {
      en: 'No transfer impact assessment is needed: under module 4 Clause 14 applies only where the EU processor combines the data it receives with personal data it collected in the EU, and it does not.',
      sv: 'Ingen överföringsbedömning enligt klausul 14 (TIA) behövs: i modul 4 gäller klausul 14 bara när personuppgiftsbiträdet i EU kombinerar de uppgifter som det tar emot med personuppgifter som det har samlat in i EU, och så är inte fallet.',
    },
    cites: [`${scc}, Clause 14 (module 4)`],
  },
  proceedCommissionFinding: {
    text: withProcedure(
      'The transfer may proceed. The assessment relies on the Commission’s finding that the limitations and safeguards of Executive Order 14086, including redress before the Data Protection Review Court, apply to every transfer to the United States whatever the tool; no supplementary measure is required by the laws of the destination.',
      'Överföringen får ske. Bedömningen bygger på kommissionens konstaterande att begränsningarna och skyddsåtgärderna i presidentorder 14086, med prövning i Data Protection Review Court, gäller för alla överföringar till USA oavsett verktyg; mottagarlandets lagar kräver inga ytterligare åtgärder.',
    ),
    cites: [
      'Decision (EU) 2023/1795',
      'EDPB information note on transfers to the US (18 July 2023)',
      `${scc}, Clause 14(a) and (b)`,
    ],
  },
  proceedGuaranteesMet: {
    text: withProcedure(
      'The transfer may proceed: the destination’s laws and practices, as assessed, meet the four European Essential Guarantees, so nothing in them prevents the importer from complying with the clauses. No supplementary measure is required.',
      'Överföringen får ske: mottagarlandets lagar och praxis uppfyller, enligt bedömningen, de fyra väsentliga europeiska garantierna, så inget i dem hindrar dataimportören från att följa klausulerna. Inga ytterligare åtgärder krävs.',
    ),
    cites: [`${edpb}, step 3`, 'EDPB Recommendations 02/2020', `${scc}, Clause 14(a)`],
  },
  proceedPracticalExperience: {
    text: withProcedure(
      'The transfer may proceed without supplementary measures: the destination’s laws fall short of the guarantees, but the importer’s documented practical experience, corroborated by objective and reliable information, gives no reason to believe they will be applied to these data or this importer. Keep the evidence with the assessment; it is the first thing a supervisory authority will ask for.',
      'Överföringen får ske utan ytterligare åtgärder: mottagarlandets lagar uppfyller inte garantierna, men dataimportörens dokumenterade praktiska erfarenhet, bekräftad av objektiv och tillförlitlig information, ger inget skäl att tro att de kommer att tillämpas på dessa uppgifter eller denna dataimportör. Förvara underlaget tillsammans med bedömningen; det är det första en tillsynsmyndighet kommer att begära.',
    ),
    cites: [`${scc}, Clause 14(b)(ii), footnote 12`, `${edpb}, step 3`],
  },
  proceedUseCase1: {
    text: withProcedure(
      'The transfer may proceed with supplementary measures: the data are stored encrypted with state-of-the-art encryption, the keys stay with the exporter in the EEA, and no one in the destination can read them (EDPB use case 1). Encryption is then an effective supplementary measure.',
      'Överföringen får ske med ytterligare åtgärder: uppgifterna lagras krypterade med kryptering enligt den senaste tekniken, nycklarna stannar hos dataexportören i EES och ingen i mottagarlandet kan läsa dem (EDPB:s användningsfall 1). Krypteringen är då en effektiv ytterligare åtgärd.',
    ),
    cites: [`${edpb}, Annex 2, Use Case 1`, `${edpb}, step 4`],
  },
  proceedUseCase2: {
    text: withProcedure(
      'The transfer may proceed with supplementary measures: the data are pseudonymised and the information needed to re-identify people stays in the EEA (EDPB use case 2). Pseudonymisation is then an effective supplementary measure.',
      'Överföringen får ske med ytterligare åtgärder: uppgifterna är pseudonymiserade och den information som behövs för att återidentifiera personer stannar i EES (EDPB:s användningsfall 2). Pseudonymiseringen är då en effektiv ytterligare åtgärd.',
    ),
    cites: [`${edpb}, Annex 2, Use Case 2`, `${edpb}, step 4`],
  },
  proceedUseCase3: {
    text: withProcedure(
      'The transfer may proceed with supplementary measures: the data only pass through the destination, encrypted in transport so that they can be decrypted only outside it (EDPB use case 3).',
      'Överföringen får ske med ytterligare åtgärder: uppgifterna passerar bara mottagarlandet, transportkrypterade så att de kan dekrypteras endast utanför det (EDPB:s användningsfall 3).',
    ),
    cites: [`${edpb}, Annex 2, Use Case 3`, `${edpb}, step 4`],
  },
  proceedUseCase4: {
    text: withProcedure(
      'The transfer may proceed with supplementary measures: the destination’s law protects the importer from access for this purpose, the data are encrypted with state-of-the-art encryption before they are sent, only the importer holds the key, and the data go no further, to no processor through which the authorities could reach them and to no unprotected entity (EDPB use case 4).',
      'Överföringen får ske med ytterligare åtgärder: mottagarlandets lag skyddar dataimportören mot åtkomst för detta ändamål, uppgifterna krypteras med kryptering enligt den senaste tekniken innan de skickas, bara dataimportören har nyckeln och uppgifterna går inte vidare, varken till något personuppgiftsbiträde genom vilket myndigheterna kan nå dem eller till någon som saknar skydd (EDPB:s användningsfall 4).',
    ),
    cites: [`${edpb}, Annex 2, Use Case 4`, `${edpb}, step 4`],
  },
  proceedUseCase5: {
    text: withProcedure(
      'The transfer may proceed with supplementary measures: the data are split between independent processors so that no part reveals anything on its own (EDPB use case 5).',
      'Överföringen får ske med ytterligare åtgärder: uppgifterna är uppdelade mellan oberoende personuppgiftsbiträden så att ingen del ensam avslöjar något (EDPB:s användningsfall 5).',
    ),
    cites: [`${edpb}, Annex 2, Use Case 5`, `${edpb}, step 4`],
  },
  proceedOtherMeasures: {
    text: withProcedure(
      'The transfer may proceed only on the strength of other measures you have documented as effective, outside the EDPB use cases. That is your own legal judgment and needs legal review before the transfer starts.',
      'Överföringen får ske endast med stöd av andra åtgärder som du har dokumenterat som effektiva, utanför EDPB:s användningsfall. Det är din egen rättsliga bedömning och kräver juridisk granskning innan överföringen börjar.',
    ),
    cites: [`${edpb}, step 4`, `${edpb}, Annex 2`],
  },
  doNotTransferUseCase6: {
    text: {
      en: 'Do not transfer: the importer needs the data in the clear in a destination whose laws fall short of the guarantees, and for that situation the EDPB found no effective technical measure (use case 6); contractual and organisational measures cannot make up for it. Do not start the transfer, or suspend it and, if protection cannot be restored, end the contract.',
      sv: 'För inte över: dataimportören behöver uppgifterna i klartext i ett land vars lagar inte uppfyller garantierna, och för det läget fann EDPB ingen effektiv teknisk åtgärd (användningsfall 6); avtalsmässiga och organisatoriska åtgärder kan inte väga upp det. Påbörja inte överföringen, eller avbryt den och, om skyddet inte kan återställas, säg upp avtalet.',
    },
    cites: [`${edpb}, Annex 2, Use Case 6`, ...suspend],
  },
  doNotTransferUseCase7: {
    text: {
      en: 'Do not transfer: people in a destination whose laws fall short of the guarantees access the data in the clear for business purposes, and for that situation the EDPB found no effective technical measure (use case 7). Do not start the transfer, or suspend it and, if protection cannot be restored, end the contract.',
      sv: 'För inte över: personer i ett land vars lagar inte uppfyller garantierna har åtkomst till uppgifterna i klartext för verksamhetsändamål, och för det läget fann EDPB ingen effektiv teknisk åtgärd (användningsfall 7). Påbörja inte överföringen, eller avbryt den och, om skyddet inte kan återställas, säg upp avtalet.',
    },
    cites: [`${edpb}, Annex 2, Use Case 7`, ...suspend],
  },
  doNotTransferNoMeasure: {
    text: {
      en: 'Do not transfer: the destination’s laws fall short of the guarantees and no effective supplementary measure has been identified. Do not start the transfer, or suspend it and, if protection cannot be restored, end the contract.',
      sv: 'För inte över: mottagarlandets lagar uppfyller inte garantierna och ingen effektiv ytterligare åtgärd har identifierats. Påbörja inte överföringen, eller avbryt den och, om skyddet inte kan återställas, säg upp avtalet.',
    },
    cites: [`${edpb}, step 4`, ...suspend],
  },
} satisfies Record<string, Conclusion>;

type Answers = Record<string, string>;
const answered =
  (value: string) =>
  ({ event }: { event: AnswerEvent }) =>
    event.value === value;
const is = (x: Answers, id: keyof typeof q, value: string) => x[id] === value;
const encryptedWithKeysInEea = (x: Answers) =>
  is(x, 'dataFormat', 'encrypted') &&
  is(x, 'encryptionKeys', 'exporter-eea') &&
  is(x, 'encryptionStrength', 'yes');

/**
 * The EDPB use cases of Recommendations 01/2020 (v2.0), Annex 2, as rules over the answers to step 1.
 * Paragraph numbers are those of data/laws/measures.json, meant as the v2.0 numbering (v1.0 numbered the
 * use cases differently). They have not been checked against the v2.0 text: unconfirmed, see the notes there.
 */
export const useCaseRules = {
  // Use Case 1 (para. 84): storage needing no clear text; strong encryption, keys only in the EEA.
  useCase1EncryptedStorage: (x: Answers) =>
    encryptedWithKeysInEea(x) && is(x, 'clearTextAccess', 'no') && is(x, 'remoteAccess', 'no'),
  // Use Case 2 (para. 85): pseudonymised data, the re-identifying information kept in the EEA.
  useCase2Pseudonymised: (x: Answers) =>
    is(x, 'dataFormat', 'pseudonymised') &&
    is(x, 'pseudonymisationKey', 'yes') &&
    is(x, 'clearTextAccess', 'no'),
  // Use Case 3 (para. 86): encrypted data merely transiting the third country.
  useCase3EncryptedTransit: (x: Answers) =>
    is(x, 'storageLocation', 'transit-only') && encryptedWithKeysInEea(x) && is(x, 'clearTextAccess', 'no'),
  // Use Case 4 (para. 87): a recipient the destination's law protects, with no processor or onward
  // transfer through which the authorities could reach the data, encrypted before they are sent with the
  // key only in the protected importer's custody.
  useCase4ProtectedRecipient: (x: Answers) =>
    is(x, 'protectedRecipient', 'yes') &&
    is(x, 'processingChain', 'importer-only') &&
    is(x, 'dataFormat', 'encrypted') &&
    is(x, 'encryptionKeys', 'importer') &&
    is(x, 'encryptionStrength', 'yes'),
  // Use Case 5 (para. 88): split or multi-party processing.
  useCase5SplitProcessing: (x: Answers) => is(x, 'splitProcessing', 'yes'),
  // Use Case 6 (paras. 94-95): a cloud provider or other processor needing the data in the clear.
  useCase6CloudClearText: (x: Answers) => is(x, 'clearTextAccess', 'yes'),
  // Use Case 7 (paras. 96-97): remote access in the clear for business purposes.
  useCase7RemoteAccessClearText: (x: Answers) =>
    is(x, 'remoteAccess', 'yes') && is(x, 'clearTextAccess', 'yes'),
};

/**
 * The use case that fits the answers, in the order step 4 tries them: those with an effective technical
 * measure first (transit before storage, being narrower), then 7 before 6 for the same reason.
 */
export function useCaseFor(x: Answers): Clause14Output['useCase'] {
  const r = useCaseRules;
  if (r.useCase3EncryptedTransit(x)) return 3;
  if (r.useCase1EncryptedStorage(x)) return 1;
  if (r.useCase2Pseudonymised(x)) return 2;
  if (r.useCase4ProtectedRecipient(x)) return 4;
  if (r.useCase5SplitProcessing(x)) return 5;
  if (r.useCase7RemoteAccessClearText(x)) return 7;
  if (r.useCase6CloudClearText(x)) return 6;
  return undefined;
}

/**
 * Who carries out the assessment: the exporter (Clause 14(b)); under module 3 the EU processor, with the
 * controller reviewing it (CNIL TIA guide, January 2025); under module 4 the EU processor.
 */
export function assessorOf(x: Answers): { assessor?: AssessorRole; reviewer?: 'controller' } {
  const tool = x.transferTool;
  if (!tool || tool === 'adequacy' || tool === 'art49-derogation') return {};
  if (tool !== 'scc') return { assessor: 'exporter' };
  if (x.sccModule === '3') return { assessor: 'exporter-processor', reviewer: 'controller' };
  if (x.sccModule === '4') return { assessor: 'exporter-processor' };
  if (x.sccModule === '1' || x.sccModule === '2') return { assessor: 'exporter-controller' };
  return {};
}

export const clause14Machine = setup({
  types: {
    context: {} as Clause14Context,
    events: {} as AnswerEvent,
    output: {} as Clause14Output,
  },
  actions: {
    record: assign(({ context, event }, params: { question: string }) => ({
      answers: { ...context.answers, [params.question]: event.value },
    })),
    conclude: assign((_, params: NonNullable<Clause14Context['outcome']>) => ({ outcome: params })),
  },
  guards: {
    // GDPR Art. 45(1); CNIL TIA guide (2025): adequacy needs no TIA.
    adequacyApplies: answered('adequacy'),
    // GDPR Art. 49; CNIL TIA guide (2025): a derogation needs no TIA.
    derogationUsed: answered('art49-derogation'),
    sccUsed: answered('scc'),
    // SCC module 3: the EU processor assesses, the controller reviews (CNIL TIA guide, 2025).
    module3ProcessorToProcessor: answered('3'),
    // SCC Clause 14, module 4: applies only if the EU processor combines the data with EU-collected data.
    module4ProcessorToController: answered('4'),
    euProcessorCombinesData: answered('yes'),
    dataEncrypted: answered('encrypted'),
    dataPseudonymised: answered('pseudonymised'),
    // data/laws/us.json carries a Commission finding (Decision (EU) 2023/1795, EO 14086).
    destinationHasCommissionFinding: answered('us'),
    reliesOnCommissionFinding: answered('yes'),
    // SCC Clause 14(b)(ii), footnote 12: practical experience counts only if documented and corroborated.
    importerClaimsPracticalExperience: answered('yes'),
    experienceDocumented: answered('yes'),
    experienceCorroborated: answered('yes'),
    otherMeasuresDocumentedEffective: answered('yes'),
    // EDPB Recommendations 02/2020: the four European Essential Guarantees.
    allGuaranteesMet: ({ context }) =>
      (['guaranteeA', 'guaranteeB', 'guaranteeC', 'guaranteeD'] as const).every((id) =>
        is(context.answers, id, 'met'),
      ),
    // EDPB 01/2020 Annex 2, Use Cases 1-7: see useCaseRules above for the paragraphs.
    useCase1EncryptedStorage: ({ context }) => useCaseRules.useCase1EncryptedStorage(context.answers),
    useCase2Pseudonymised: ({ context }) => useCaseRules.useCase2Pseudonymised(context.answers),
    useCase3EncryptedTransit: ({ context }) => useCaseRules.useCase3EncryptedTransit(context.answers),
    useCase4ProtectedRecipient: ({ context }) => useCaseRules.useCase4ProtectedRecipient(context.answers),
    useCase5SplitProcessing: ({ context }) => useCaseRules.useCase5SplitProcessing(context.answers),
    useCase6CloudClearText: ({ context }) => useCaseRules.useCase6CloudClearText(context.answers),
    useCase7RemoteAccessClearText: ({ context }) =>
      useCaseRules.useCase7RemoteAccessClearText(context.answers),
  },
}).createMachine({
  id: 'clause14',
  context: { answers: {} },
  output: ({ context }) => {
    const out: Clause14Output = {
      outcome: context.outcome?.outcome ?? 'do-not-transfer',
      state: context.outcome?.state ?? 'none',
      answers: context.answers,
    };
    if (context.outcome?.notNeeded) out.notNeeded = context.outcome.notNeeded;
    if (context.outcome?.useCase) out.useCase = context.outcome.useCase;
    if (out.outcome !== 'not-needed') Object.assign(out, assessorOf(context.answers));
    const pe = context.answers.practicalExperience;
    if (pe === 'no') out.practicalExperience = 'not-claimed';
    else if (pe === 'yes')
      out.practicalExperience =
        context.answers.practicalExperienceDocumented === 'yes' &&
        context.answers.practicalExperienceCorroborated === 'yes'
          ? 'accepted'
          : 'rejected';
    return out;
  },
  initial: 'transferTool',
  states: {
    // Step 2: the transfer tool, which decides whether a TIA is needed and who makes it.
    transferTool: {
      meta: { question: q.transferTool },
      on: {
        ANSWER: [
          { guard: 'adequacyApplies', target: 'notNeededAdequacy', actions: record('transferTool') },
          { guard: 'derogationUsed', target: 'notNeededDerogation', actions: record('transferTool') },
          { guard: 'sccUsed', target: 'sccModule', actions: record('transferTool') },
          { target: 'processingChain', actions: record('transferTool') },
        ],
      },
    },
    sccModule: {
      meta: { question: q.sccModule },
      on: {
        ANSWER: [
          {
            guard: 'module4ProcessorToController',
            target: 'module4Combination',
            actions: record('sccModule'),
          },
          { target: 'processingChain', actions: record('sccModule') },
        ],
      },
    },
    module4Combination: {
      meta: { question: q.module4Combination },
      on: {
        ANSWER: [
          {
            guard: 'euProcessorCombinesData',
            target: 'processingChain',
            actions: record('module4Combination'),
          },
          { target: 'notNeededModule4', actions: record('module4Combination') },
        ],
      },
    },
    // Step 1: know your transfer (Clause 14(b)(i)).
    processingChain: {
      meta: { question: q.processingChain },
      on: { ANSWER: { target: 'dataFormat', actions: record('processingChain') } },
    },
    dataFormat: {
      meta: { question: q.dataFormat },
      on: {
        ANSWER: [
          { guard: 'dataEncrypted', target: 'encryptionKeys', actions: record('dataFormat') },
          { guard: 'dataPseudonymised', target: 'pseudonymisationKey', actions: record('dataFormat') },
          { target: 'storageLocation', actions: record('dataFormat') },
        ],
      },
    },
    encryptionKeys: {
      meta: { question: q.encryptionKeys },
      on: { ANSWER: { target: 'encryptionStrength', actions: record('encryptionKeys') } },
    },
    encryptionStrength: {
      meta: { question: q.encryptionStrength },
      on: { ANSWER: { target: 'storageLocation', actions: record('encryptionStrength') } },
    },
    pseudonymisationKey: {
      meta: { question: q.pseudonymisationKey },
      on: { ANSWER: { target: 'storageLocation', actions: record('pseudonymisationKey') } },
    },
    storageLocation: {
      meta: { question: q.storageLocation },
      on: { ANSWER: { target: 'clearTextAccess', actions: record('storageLocation') } },
    },
    clearTextAccess: {
      meta: { question: q.clearTextAccess },
      on: { ANSWER: { target: 'remoteAccess', actions: record('clearTextAccess') } },
    },
    remoteAccess: {
      meta: { question: q.remoteAccess },
      on: { ANSWER: { target: 'protectedRecipient', actions: record('remoteAccess') } },
    },
    protectedRecipient: {
      meta: { question: q.protectedRecipient },
      on: { ANSWER: { target: 'splitProcessing', actions: record('protectedRecipient') } },
    },
    splitProcessing: {
      meta: { question: q.splitProcessing },
      on: { ANSWER: { target: 'destinationProfile', actions: record('splitProcessing') } },
    },
    // Step 3: the destination's laws and practices (Clause 14(b)(ii)).
    destinationProfile: {
      meta: { question: q.destinationProfile },
      on: {
        ANSWER: [
          {
            guard: 'destinationHasCommissionFinding',
            target: 'relyOnCommissionFinding',
            actions: record('destinationProfile'),
          },
          { target: 'guaranteeA', actions: record('destinationProfile') },
        ],
      },
    },
    relyOnCommissionFinding: {
      meta: { question: q.relyOnCommissionFinding },
      on: {
        ANSWER: [
          {
            guard: 'reliesOnCommissionFinding',
            target: 'proceedCommissionFinding',
            actions: record('relyOnCommissionFinding'),
          },
          { target: 'guaranteeA', actions: record('relyOnCommissionFinding') },
        ],
      },
    },
    guaranteeA: {
      meta: { question: q.guaranteeA },
      on: { ANSWER: { target: 'guaranteeB', actions: record('guaranteeA') } },
    },
    guaranteeB: {
      meta: { question: q.guaranteeB },
      on: { ANSWER: { target: 'guaranteeC', actions: record('guaranteeB') } },
    },
    guaranteeC: {
      meta: { question: q.guaranteeC },
      on: { ANSWER: { target: 'guaranteeD', actions: record('guaranteeC') } },
    },
    guaranteeD: {
      meta: { question: q.guaranteeD },
      on: { ANSWER: { target: 'lawsAssessed', actions: record('guaranteeD') } },
    },
    lawsAssessed: {
      always: [
        { guard: 'allGuaranteesMet', target: 'proceedGuaranteesMet' },
        { target: 'practicalExperience' },
      ],
    },
    practicalExperience: {
      meta: { question: q.practicalExperience },
      on: {
        ANSWER: [
          {
            guard: 'importerClaimsPracticalExperience',
            target: 'practicalExperienceDocumented',
            actions: record('practicalExperience'),
          },
          { target: 'supplementaryMeasures', actions: record('practicalExperience') },
        ],
      },
    },
    practicalExperienceDocumented: {
      meta: { question: q.practicalExperienceDocumented },
      on: {
        ANSWER: [
          {
            guard: 'experienceDocumented',
            target: 'practicalExperienceCorroborated',
            actions: record('practicalExperienceDocumented'),
          },
          { target: 'supplementaryMeasures', actions: record('practicalExperienceDocumented') },
        ],
      },
    },
    practicalExperienceCorroborated: {
      meta: { question: q.practicalExperienceCorroborated },
      on: {
        ANSWER: [
          {
            guard: 'experienceCorroborated',
            target: 'proceedPracticalExperience',
            actions: record('practicalExperienceCorroborated'),
          },
          { target: 'supplementaryMeasures', actions: record('practicalExperienceCorroborated') },
        ],
      },
    },
    // Step 4: supplementary measures, by the EDPB use cases (Clause 14(b)(iii)). The use cases where a
    // technical measure works come first; 7 before 6 because remote access in the clear is the narrower case.
    supplementaryMeasures: {
      always: [
        { guard: 'useCase3EncryptedTransit', target: 'proceedUseCase3' },
        { guard: 'useCase1EncryptedStorage', target: 'proceedUseCase1' },
        { guard: 'useCase2Pseudonymised', target: 'proceedUseCase2' },
        { guard: 'useCase4ProtectedRecipient', target: 'proceedUseCase4' },
        { guard: 'useCase5SplitProcessing', target: 'proceedUseCase5' },
        { guard: 'useCase7RemoteAccessClearText', target: 'doNotTransferUseCase7' },
        { guard: 'useCase6CloudClearText', target: 'doNotTransferUseCase6' },
        { target: 'otherMeasuresEffective' },
      ],
    },
    otherMeasuresEffective: {
      meta: { question: q.otherMeasuresEffective },
      on: {
        ANSWER: [
          {
            guard: 'otherMeasuresDocumentedEffective',
            target: 'proceedOtherMeasures',
            actions: record('otherMeasuresEffective'),
          },
          { target: 'doNotTransferNoMeasure', actions: record('otherMeasuresEffective') },
        ],
      },
    },
    notNeededAdequacy: final('notNeededAdequacy', 'not-needed', { notNeeded: 'adequacy' }),
    notNeededDerogation: final('notNeededDerogation', 'not-needed', { notNeeded: 'derogation' }),
    notNeededModule4: final('notNeededModule4', 'not-needed', { notNeeded: 'module4-no-combination' }),
    proceedCommissionFinding: final('proceedCommissionFinding', 'proceed'),
    proceedGuaranteesMet: final('proceedGuaranteesMet', 'proceed'),
    proceedPracticalExperience: final('proceedPracticalExperience', 'proceed'),
    proceedUseCase1: final('proceedUseCase1', 'proceed-with-measures', { useCase: 1 }),
    proceedUseCase2: final('proceedUseCase2', 'proceed-with-measures', { useCase: 2 }),
    proceedUseCase3: final('proceedUseCase3', 'proceed-with-measures', { useCase: 3 }),
    proceedUseCase4: final('proceedUseCase4', 'proceed-with-measures', { useCase: 4 }),
    proceedUseCase5: final('proceedUseCase5', 'proceed-with-measures', { useCase: 5 }),
    proceedOtherMeasures: final('proceedOtherMeasures', 'proceed-with-measures'),
    doNotTransferUseCase6: final('doNotTransferUseCase6', 'do-not-transfer', { useCase: 6 }),
    doNotTransferUseCase7: final('doNotTransferUseCase7', 'do-not-transfer', { useCase: 7 }),
    doNotTransferNoMeasure: final('doNotTransferNoMeasure', 'do-not-transfer'),
  },
});

function record(question: keyof typeof q) {
  return { type: 'record' as const, params: { question } };
}

/** A final state: its conclusion, and what it decided, kept in the context for the output. */
function final(
  state: keyof typeof c,
  outcome: Clause14Outcome,
  extra: { notNeeded?: NotNeededReason; useCase?: Clause14Output['useCase'] } = {},
) {
  return {
    type: 'final' as const,
    meta: { conclusion: c[state] },
    entry: { type: 'conclude' as const, params: { outcome, state, ...extra } },
  };
}

/** The final states and what each decides, for tests and documents. */
export const clause14Conclusions: Readonly<Record<keyof typeof c, Conclusion>> = c;
