import type { Conclusion } from '../questionnaire.js';
import { cnil, edpb, scc } from './sources.js';

/** The conclusions the assessment can reach: each final state's closing sentence and its sources. */

const suspend = [`${scc}, Clause 16(b)`, `${scc}, Clause 14(e)`, `${scc}, Clause 14(f)`];
/** EDPB step 5 for a transfer that proceeds: said at the end of each such conclusion (src/tia splits it off). */
export const procedure = {
  en: ' Measures added to the SCCs need no authorisation by the supervisory authority as long as they do not contradict the clauses (Clause 2(a)); document them with the assessment (Clause 14(d)) and look at it again by the re-evaluation date.',
  sv: ' Åtgärder som läggs till standardavtalsklausulerna kräver inget tillstånd från tillsynsmyndigheten så länge de inte strider mot klausulerna (klausul 2 a); dokumentera dem tillsammans med bedömningen (klausul 14 d) och gör om bedömningen senast vid dagen för omprövning.',
};
const withProcedure = (en: string, sv: string) => ({ en: en + procedure.en, sv: sv + procedure.sv });

export const c = {
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
      sv: 'Ingen överföringsbedömning enligt klausul 14 (TIA) behövs: överföringen sker med stöd av ett undantag i särskilda situationer enligt artikel 49, som inte beror på mottagarlandets skyddsnivå. Undantaget ska tolkas restriktivt och dess egna villkor ska vara uppfyllda.',
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

/** The final states and what each decides, for tests and documents. */
export const clause14Conclusions: Readonly<Record<keyof typeof c, Conclusion>> = c;
