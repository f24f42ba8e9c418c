import { yesNo } from '../choices.js';
import type { Question } from '../questionnaire.js';
import { cnil, edpb, scc } from './sources.js';

/**
 * The questions of the Clause 14 assessment, by EDPB step (Recommendations 01/2020, v2.0): step 2 (the
 * transfer tool), step 1 (the circumstances, Clause 14(b)(i)), step 3 (the laws and practices, Clause
 * 14(b)(ii)) and step 4 (supplementary measures, Clause 14(b)(iii)).
 */

/**
 * A question of the Clause 14 assessment: the EDPB step it belongs to (Recommendations 01/2020) and, for
 * the questions on the way there, the answer that leads down the branch that asks the most: laws short of
 * the guarantees and no EDPB use case fitting, where the exporter must show other measures. Only the
 * look-ahead of open questions follows it (src/tia/assess.ts); it is never filled in for the user, and it
 * is not the cautious reading of a question (for clear-text access, `yes` is the one that stops a
 * transfer). Where the answers given could still make a use case fit, it takes the answer that keeps
 * them all out (remote access `yes` rules out use case 1 and, with no clear-text access, fits no other).
 */
export interface Clause14Question extends Question {
  step: 1 | 2 | 3 | 4;
  lookahead?: string;
}

export const q = {
  transferTool: {
    id: 'transferTool',
    step: 2,
    lookahead: 'scc',
    text: {
      en: 'On what footing is the personal data transferred?',
      sv: 'Med vilket stöd förs personuppgifterna över?',
    },
    help: {
      en: 'A TIA is needed where the transfer rests on an Art. 46 tool (SCCs, BCRs and the others), not where an adequacy decision covers it or an Art. 49 derogation is used.',
      sv: 'En överföringsbedömning enligt klausul 14 (TIA) behövs när överföringen sker med stöd av ett verktyg enligt artikel 46 (standardavtalsklausuler, bindande företagsbestämmelser och de övriga), inte när ett beslut om adekvat skyddsnivå omfattar den eller när ett undantag i särskilda situationer enligt artikel 49 används.',
    },
    cites: [`${edpb}, step 2`, 'GDPR Art. 45, 46 and 49', cnil],
    choices: [
      {
        value: 'adequacy',
        label: { en: 'An adequacy decision (Art. 45)', sv: 'Ett beslut om adekvat skyddsnivå (artikel 45)' },
      },
      {
        value: 'art49-derogation',
        label: {
          en: 'A derogation for specific situations (Art. 49)',
          sv: 'Ett undantag i särskilda situationer (artikel 49)',
        },
      },
      {
        value: 'scc',
        label: {
          en: 'Standard contractual clauses (Art. 46(2)(c))',
          sv: 'Standardavtalsklausuler (artikel 46.2 c)',
        },
      },
      {
        value: 'bcr',
        label: {
          en: 'Binding corporate rules (Art. 46(2)(b), 47)',
          sv: 'Bindande företagsbestämmelser (artikel 46.2 b, 47)',
        },
      },
      {
        value: 'other-art46',
        label: { en: 'Another Art. 46 safeguard', sv: 'En annan skyddsåtgärd enligt artikel 46' },
      },
    ],
  },
  sccModule: {
    id: 'sccModule',
    step: 2,
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
    step: 2,
    text: {
      en: 'Does the EU processor combine the personal data it receives from the controller in the third country with personal data it collected in the EU?',
      sv: 'Kombinerar personuppgiftsbiträdet i EU de personuppgifter som det får från den personuppgiftsansvarige i tredjelandet med personuppgifter som det har samlat in i EU?',
    },
    cites: [`${scc}, Clause 14 (module 4)`, `${scc}, Clause 15 (module 4)`],
    choices: yesNo,
  },
  processingChain: {
    id: 'processingChain',
    step: 1,
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
    step: 1,
    lookahead: 'clear',
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
    step: 1,
    lookahead: 'other-in-destination',
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
    step: 1,
    lookahead: 'no',
    text: {
      en: 'Is the encryption state of the art, flawlessly implemented and maintained, and strong enough to resist the means available to the destination’s authorities?',
      sv: 'Motsvarar krypteringen den senaste tekniken, är den felfritt genomförd och underhållen, och är den stark nog att stå emot de resurser som mottagarlandets myndigheter förfogar över?',
    },
    cites: [`${edpb}, Annex 2, Use Cases 1 and 3`],
    choices: yesNo,
  },
  pseudonymisationKey: {
    id: 'pseudonymisationKey',
    step: 1,
    lookahead: 'no',
    text: {
      en: 'Does the additional information needed to re-identify people stay with the exporter in the EEA or an adequate country, so that no one in the destination can re-identify them?',
      sv: 'Stannar de kompletterande uppgifter som behövs för att återidentifiera personer hos dataexportören i EES eller i ett land med adekvat skyddsnivå, så att ingen i mottagarlandet kan återidentifiera dem?',
    },
    cites: [`${edpb}, Annex 2, Use Case 2`, 'GDPR Art. 4(5)'],
    choices: yesNo,
  },
  storageLocation: {
    id: 'storageLocation',
    step: 1,
    lookahead: 'destination',
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
    step: 1,
    lookahead: 'no',
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
    step: 1,
    lookahead: 'yes',
    text: {
      en: 'Do people in the destination access the data remotely for business purposes (for example shared HR, support or customer systems)?',
      sv: 'Har personer i mottagarlandet fjärråtkomst till uppgifterna för verksamhetsändamål (till exempel gemensamma personal-, support- eller kundsystem)?',
    },
    cites: [`${edpb}, step 1`, `${edpb}, Annex 2, Use Case 7`],
    choices: yesNo,
  },
  protectedRecipient: {
    id: 'protectedRecipient',
    step: 1,
    lookahead: 'no',
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
    step: 1,
    lookahead: 'no',
    text: {
      en: 'Are the data split, before they leave, between independent processors in different jurisdictions so that no part reveals anything about a person on its own?',
      sv: 'Delas uppgifterna, innan de lämnar EES, upp mellan oberoende personuppgiftsbiträden i olika jurisdiktioner så att ingen del ensam avslöjar något om en person?',
    },
    cites: [`${edpb}, Annex 2, Use Case 5`],
    choices: yesNo,
  },
  destinationProfile: {
    id: 'destinationProfile',
    step: 3,
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
  importerEcsp: {
    id: 'importerEcsp',
    step: 3,
    lookahead: 'yes',
    text: {
      en: 'For the service it provides in this transfer, is the importer an electronic communication service provider under 50 U.S.C. § 1881(b)(4), for example a telecommunications carrier or a provider of e-mail, messaging, or storage and computing services to the public?',
      sv: 'Är dataimportören, för den tjänst som den tillhandahåller vid denna överföring, en leverantör av elektroniska kommunikationstjänster enligt 50 U.S.C. § 1881(b)(4), till exempel en teleoperatör eller en leverantör av e-post, meddelandetjänster eller lagrings- och datortjänster till allmänheten?',
    },
    help: {
      en: 'A directive under section 702 of FISA can be served only on such a provider, and the courts look at each service the provider offers, not at the company as a whole. Answer yes if you are in doubt.',
      sv: 'Ett föreläggande enligt avsnitt 702 i FISA kan bara riktas mot en sådan leverantör, och domstolarna prövar varje tjänst som leverantören erbjuder, inte företaget som helhet. Svara ja om du är osäker.',
    },
    cites: ['50 U.S.C. § 1881(b)(4)', 'FISA section 702 (50 U.S.C. § 1881a)', `${edpb}, step 3`],
    choices: yesNo,
  },
  relyOnCommissionFinding: {
    id: 'relyOnCommissionFinding',
    step: 3,
    lookahead: 'no',
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
    step: 3,
    lookahead: 'not-met',
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
    step: 3,
    lookahead: 'not-met',
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
    step: 3,
    lookahead: 'not-met',
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
    step: 3,
    lookahead: 'not-met',
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
    step: 3,
    lookahead: 'no',
    text: {
      en: 'Does the importer rely on documented practical experience that it has received no requests for disclosure of such data from public authorities?',
      sv: 'Åberopar dataimportören dokumenterad praktisk erfarenhet som visar att den inte har fått några begäranden från myndigheter om att lämna ut sådana uppgifter?',
    },
    cites: [`${scc}, Clause 14(b)(ii), footnote 12`, `${edpb}, step 3`],
    choices: yesNo,
  },
  practicalExperienceDocumented: {
    id: 'practicalExperienceDocumented',
    step: 3,
    lookahead: 'no',
    text: {
      en: 'Is that experience recorded continuously, over a sufficiently representative period, in records certified at senior management level that may lawfully be shared with the exporter?',
      sv: 'Är erfarenheten löpande dokumenterad, under en tillräckligt representativ period, i underlag som har intygats på ledningsnivå och som lagligen får lämnas till dataexportören?',
    },
    cites: [`${scc}, Clause 14(b)(ii), footnote 12`],
    choices: yesNo,
  },
  practicalExperienceCorroborated: {
    id: 'practicalExperienceCorroborated',
    step: 3,
    lookahead: 'no',
    text: {
      en: 'Is it supported by other relevant, objective elements, and corroborated and not contradicted by public or otherwise accessible reliable information (requests in the same sector, case law, reports of independent oversight bodies)?',
      sv: 'Stöds den av andra relevanta och objektiva omständigheter, och bekräftas den, utan att motsägas, av offentlig eller annars tillgänglig tillförlitlig information (begäranden i samma sektor, rättspraxis, rapporter från oberoende tillsynsorgan)?',
    },
    cites: [`${scc}, Clause 14(b)(ii), footnote 12`, `${edpb}, step 3`],
    choices: yesNo,
  },
  otherMeasuresEffective: {
    id: 'otherMeasuresEffective',
    step: 4,
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
} satisfies Record<string, Clause14Question>;

/** The EDPB step each question belongs to, for the document and the wizard. */
export const clause14Steps = Object.fromEntries(Object.values(q).map((x) => [x.id, x.step])) as Record<
  keyof typeof q,
  Clause14Question['step']
>;

/** The look-ahead's answers (see `Clause14Question.lookahead`), by question id. */
export const lookaheadAnswers: Record<string, string> = Object.fromEntries(
  Object.values(q as Record<string, Clause14Question>).flatMap((x) =>
    x.lookahead ? [[x.id, x.lookahead]] : [],
  ),
);

export const clause14Questions: readonly Question[] = Object.values(q);
