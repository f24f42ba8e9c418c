import type { Localized, PartyType, SccRelationship } from '../data/schema.js';

/** The engine's own sentences, in both languages: warnings, reasons and the `by` notes of answers. */

export const partyTypeNames: Record<PartyType, Localized> = {
  company: { en: 'company', sv: 'företag' },
  'public-authority': { en: 'public authority', sv: 'myndighet' },
  'non-profit': { en: 'non-profit organisation', sv: 'ideell organisation' },
  'international-organisation': { en: 'international organisation', sv: 'internationell organisation' },
  individual: { en: 'individual', sv: 'enskild person' },
};

const list = (items: Localized[], lang: 'en' | 'sv') => {
  const words = items.map((i) => i[lang]);
  if (words.length <= 1) return words.join('');
  const and = lang === 'sv' ? ' och ' : ' and ';
  return `${words.slice(0, -1).join(', ')}${and}${words.at(-1)}`;
};

const both = (make: (lang: 'en' | 'sv') => string): Localized => ({ en: make('en'), sv: make('sv') });

export type DataKind = 'hr' | 'non-hr' | 'unstated';

const dataKindNames: Record<DataKind, Localized> = {
  hr: { en: 'HR', sv: 'HR-' },
  'non-hr': { en: 'non-HR', sv: 'icke-HR-' },
  unstated: { en: 'this kind of', sv: 'denna typ av ' },
};

export const texts = {
  openQuestion: (question: Localized, field: string | undefined): Localized => ({
    en: `A fact is missing, so the engine stops rather than guess: "${question.en}"${field ? ` Give ${field}, or answer the question in the wizard.` : ' Answer the question in the wizard.'}`,
    sv: `En uppgift saknas, så bedömningen stannar här i stället för att gissa: "${question.sv}"${field ? ` Ange ${field} eller besvara frågan i guiden.` : ' Besvara frågan i guiden.'}`,
  }),

  /** Recital 7 of Decision (EU) 2021/914 concerns any importer whose processing falls within the GDPR, by Art. 3(1) or 3(2). */
  importerSubjectToGdpr: (basis: 'establishment' | 'targeting' | undefined): Localized => {
    const how: Localized =
      basis === 'establishment'
        ? {
            en: 'through an establishment in the EU/EEA (Art. 3(1))',
            sv: 'genom ett verksamhetsställe i EU/EES (artikel 3.1)',
          }
        : basis === 'targeting'
          ? {
              en: 'because it offers goods or services to, or monitors, people in the EU/EEA (Art. 3(2))',
              sv: 'eftersom den erbjuder varor eller tjänster till, eller övervakar, personer i EU/EES (artikel 3.2)',
            }
          : { en: '(Art. 3(1) or 3(2))', sv: '(artikel 3.1 eller 3.2)' };
    return {
      en: `The importer's processing is itself subject to the GDPR ${how.en}. The 2021 SCCs were made for importers whose processing does not fall within the GDPR (Decision (EU) 2021/914, recital 7; Commission Q&A), and no clauses for this case have been adopted. Legal review is needed before relying on them.`,
      sv: `Dataimportörens behandling omfattas själv av dataskyddsförordningen ${how.sv}. 2021 års standardavtalsklausuler är utformade för dataimportörer vars behandling inte omfattas av förordningen (genomförandebeslut (EU) 2021/914, skäl 7; kommissionens frågor och svar), och inga klausuler för detta fall har antagits. Juridisk granskning behövs innan de används.`,
    };
  },

  importerGdprUnknown: {
    en: "The importer's processing is taken as not subject to the GDPR itself (neither through an establishment in the EU/EEA, Art. 3(1), nor under Art. 3(2)), since the case does not give its gdprBasis. Were it subject to it, the 2021 SCCs were not made for the transfer (Decision (EU) 2021/914, Art. 1(1) and recital 7) and the footing must be reconsidered.",
    sv: 'Dataimportörens behandling antas själv inte omfattas av dataskyddsförordningen (varken genom ett verksamhetsställe i EU/EES enligt artikel 3.1 eller enligt artikel 3.2), eftersom ärendet inte anger dess gdprBasis. Om den omfattas är 2021 års standardavtalsklausuler inte avsedda för överföringen (genomförandebeslut (EU) 2021/914, artikel 1.1 och skäl 7) och grunden behöver bedömas på nytt.',
  } satisfies Localized,

  adequacyConditions: (title: Localized, conditions: Localized[], exclusions: Localized[]): Localized =>
    both((lang) => {
      const numbered = (items: Localized[]) =>
        items.map((item, i) => `(${i + 1}) ${item[lang].replace(/\.$/, '')}`).join('; ');
      const sentences: string[] = [];
      if (conditions.length > 0)
        sentences.push(
          lang === 'en'
            ? `${title.en} covers the transfer only if the following hold; confirm them: ${numbered(conditions)}.`
            : `${title.sv} omfattar överföringen bara om följande gäller; bekräfta det: ${numbered(conditions)}.`,
        );
      if (exclusions.length > 0)
        sentences.push(
          lang === 'en'
            ? `${conditions.length > 0 ? 'It' : title.en} does not cover the following; confirm that none of them applies to this transfer: ${numbered(exclusions)}.`
            : `${conditions.length > 0 ? 'Beslutet' : title.sv} omfattar inte följande; bekräfta att inget av det gäller denna överföring: ${numbered(exclusions)}.`,
        );
      return sentences.join(' ');
    }),

  unconfirmedDecision: (title: Localized, note: Localized | undefined): Localized => ({
    en: `The answer rests on ${title.en}, whose data have not been confirmed against an official source${note ? ` (${note.en})` : ''}. Legal review is needed.`,
    sv: `Svaret bygger på ${title.sv}, vars uppgifter inte har bekräftats mot en officiell källa${note ? ` (${note.sv})` : ''}. Juridisk granskning behövs.`,
  }),

  gdprNotYetInEeaEfta: (places: Localized[], from: string): Localized => ({
    en: `On the assessment date the GDPR applied in the EU but not yet in ${places.map((p) => p.en).join(', ')}: in Iceland, Liechtenstein and Norway it applied from ${from}, once incorporated into the EEA Agreement (EEA Joint Committee Decision No 154/2018 of 6 July 2018); until then Directive 95/46/EC still applied there under the EEA Agreement, and the EFTA Secretariat stated that personal data could go on flowing freely between the EEA EFTA states and the EU. This answer treats ${places.map((p) => p.en).join(', ')} as part of the EEA. Whether the GDPR and its Chapter V governed this flow in that period is not settled here: legal review is needed.`,
    sv: `På bedömningsdagen var dataskyddsförordningen tillämplig i EU men ännu inte i EES-Efta-staterna (flödet berör ${places.map((p) => p.sv).join(', ')}): på Island, i Liechtenstein och i Norge blev den tillämplig från ${from}, när den införlivats med EES-avtalet (Gemensamma EES-kommitténs beslut nr 154/2018 av den 6 juli 2018); fram till dess var direktiv 95/46/EG fortfarande tillämpligt där enligt EES-avtalet, och Eftasekretariatet angav att personuppgifter även fortsättningsvis kunde överföras fritt mellan EES-Efta-staterna och EU. Svaret behandlar ${places.map((p) => p.sv).join(', ')} som en del av EES. Om dataskyddsförordningen och dess kapitel V var tillämpliga på flödet under den perioden avgörs inte här: juridisk granskning behövs.`,
  }),

  unconfirmedTerritory: (code: string, note: Localized | undefined): Localized => ({
    en: `The status of ${code} under Chapter V has not been confirmed against an official source${note ? ` (${note.en})` : ''}. Legal review is needed.`,
    sv: `Ställningen för ${code} enligt kapitel V har inte bekräftats mot en officiell källa${note ? ` (${note.sv})` : ''}. Juridisk granskning behövs.`,
  }),

  dpfUnknown: (kind: DataKind, url: string, searchFor: string): Localized => ({
    en: `Whether the importer is an active Data Privacy Framework participant certified for ${dataKindNames[kind].en} data is not established. Look up "${searchFor}" on ${url}: if it is, the adequacy decision covers the transfer; until then appropriate safeguards are needed.`,
    sv: `Det är inte fastställt om dataimportören deltar aktivt i ramen för dataskydd mellan EU och USA (Data Privacy Framework) med certifiering för ${dataKindNames[kind].sv}uppgifter. Sök efter "${searchFor}" på ${url}: om den gör det omfattas överföringen av beslutet om adekvat skyddsnivå; till dess krävs lämpliga skyddsåtgärder.`,
  }),

  derogationsRestrictive: {
    en: 'The derogations of Art. 49 are exceptions for specific situations, to be read restrictively; they are no footing for regular or systematic transfers (EDPB Guidelines 2/2018).',
    sv: 'Undantagen i artikel 49 gäller i särskilda situationer och ska tolkas restriktivt; de är ingen grund för regelbundna eller systematiska överföringar (EDPB:s riktlinjer 2/2018).',
  } satisfies Localized,

  occasionalUnknown: {
    en: 'The case does not say whether the transfer is occasional (occasional). The derogations in Art. 49(1)(b), (c) and (e) and Art. 49(1), second subparagraph, are listed all the same, though they serve only occasional transfers that are not repeated (EDPB Guidelines 2/2018); they fall away if the transfer is regular or systematic.',
    sv: 'Ärendet anger inte om överföringen är tillfällig (occasional). Undantagen i artikel 49.1 b, c och e och artikel 49.1 andra stycket tas ändå upp, fast de bara gäller tillfälliga överföringar som inte upprepas (EDPB:s riktlinjer 2/2018); de faller bort om överföringen är regelbunden eller systematisk.',
  } satisfies Localized,

  /** What the listed derogations further require: Art. 49(1) second subparagraph, 49(4), 49(2) and 49(6). */
  derogationConditions: (derogations: readonly string[]): Localized => {
    const parts: Localized[] = [];
    if (derogations.includes('49-1-second'))
      parts.push({
        en: 'Compelling legitimate interests (Art. 49(1), second subparagraph) may be relied on only where no other derogation applies and no Art. 45 or 46 footing is possible, for a transfer that is not repetitive, concerns only a limited number of data subjects and is necessary for compelling legitimate interests of the controller not overridden by the interests or rights of the data subjects; the controller must have assessed all the circumstances and provided suitable safeguards on that basis, inform the supervisory authority of the transfer and the data subjects of it and of the interests pursued, and document the assessment and the safeguards (Art. 49(6)).',
        sv: 'Tvingande berättigade intressen (artikel 49.1 andra stycket) får användas bara när inget annat undantag är tillämpligt och ingen grund enligt artikel 45 eller 46 finns, för en överföring som inte är upprepad, bara gäller ett begränsat antal registrerade och är nödvändig för den personuppgiftsansvariges tvingande berättigade intressen som inte väger lättare än de registrerades intressen eller rättigheter; den personuppgiftsansvarige ska ha bedömt alla omständigheter och på den grunden vidtagit lämpliga skyddsåtgärder, informera tillsynsmyndigheten om överföringen och de registrerade om den och om de intressen som eftersträvas, samt dokumentera bedömningen och skyddsåtgärderna (artikel 49.6).',
      });
    if (derogations.includes('49-1-d'))
      parts.push({
        en: 'The public interest of Art. 49(1)(d) must be recognised in Union law or in the law of the Member State to which the controller is subject (Art. 49(4)).',
        sv: 'Allmänintresset i artikel 49.1 d ska vara erkänt i unionsrätten eller i nationell rätt i den medlemsstat som den personuppgiftsansvarige omfattas av (artikel 49.4).',
      });
    if (derogations.includes('49-1-g'))
      parts.push({
        en: 'A transfer from a register (Art. 49(1)(g)) may not include the entirety of the data or whole categories of the data in it; where the register is for consultation by persons with a legitimate interest, only at their request or where they are the recipients (Art. 49(2)).',
        sv: 'En överföring från ett register (artikel 49.1 g) får inte omfatta alla uppgifter eller hela kategorier av uppgifter i registret; när registret är avsett att konsulteras av personer med ett berättigat intresse får överföringen bara ske på deras begäran eller om de själva är mottagare (artikel 49.2).',
      });
    return { en: parts.map((p) => p.en).join(' '), sv: parts.map((p) => p.sv).join(' ') };
  },

  derogationsProcessorExporter: {
    en: 'The exporter is a processor. The derogations of Art. 49 are framed around the controller (its consent, its contracts, its compelling legitimate interests, its assessment and documentation): a processor can rely on one only on the controller’s documented instructions and its assessment (Art. 28(3)(a), Art. 29). Legal review is needed.',
    sv: 'Dataexportören är ett personuppgiftsbiträde. Undantagen i artikel 49 är utformade kring den personuppgiftsansvarige (dennes samtycke, avtal, tvingande berättigade intressen, bedömning och dokumentation): ett personuppgiftsbiträde kan bara stödja sig på ett av dem enligt den personuppgiftsansvariges dokumenterade instruktioner och bedömning (artikel 28.3 a, artikel 29). Juridisk granskning behövs.',
  } satisfies Localized,

  /** What the listed Art. 46 alternatives require, and the further Art. 46 tools (not asserted to exist for the case). */
  alternativeConditions: (alternatives: readonly string[]): Localized => {
    const parts: Localized[] = [];
    if (alternatives.includes('bcr'))
      parts.push({
        en: 'Binding corporate rules serve only transfers within a group of undertakings, or a group of enterprises engaged in a joint economic activity, that both parties belong to and are bound by, and need approval by the competent supervisory authority in the consistency mechanism (Art. 4(20), Art. 47(1), Art. 63).',
        sv: 'Bindande företagsbestämmelser kan bara användas för överföringar inom en koncern, eller en grupp av företag som bedriver gemensam ekonomisk verksamhet, som båda parter tillhör och är bundna av, och de måste godkännas av behörig tillsynsmyndighet i mekanismen för enhetlighet (artikel 4.20, artikel 47.1, artikel 63).',
      });
    if (alternatives.includes('art46-3b'))
      parts.push({
        en: 'Provisions in administrative arrangements (Art. 46(3)(b)) need authorisation by the competent supervisory authority (Art. 46(3)), which applies the consistency mechanism (Art. 46(4), Art. 63).',
        sv: 'Bestämmelser i administrativa överenskommelser (artikel 46.3 b) kräver tillstånd från behörig tillsynsmyndighet (artikel 46.3), som ska tillämpa mekanismen för enhetlighet (artikel 46.4, artikel 63).',
      });
    parts.push({
      en: 'Art. 46 also provides for approved codes of conduct and certification mechanisms together with binding and enforceable commitments of the importer (Art. 46(2)(e) and (f)) and for contractual clauses authorised by the supervisory authority (Art. 46(3)(a)); whether any such tool exists for this transfer is not checked here.',
      sv: 'Art. 46 omfattar även godkända uppförandekoder och certifieringsmekanismer tillsammans med bindande och verkställbara åtaganden från dataimportören (artikel 46.2 e och f) samt avtalsklausuler som tillsynsmyndigheten har godkänt (artikel 46.3 a); om något sådant verktyg finns för denna överföring kontrolleras inte här.',
    });
    return { en: parts.map((p) => p.en).join(' '), sv: parts.map((p) => p.sv).join(' ') };
  },

  publicPowersUnknown: {
    en: 'The exporter is a public authority and the case does not say whether it acts in the exercise of its public powers (publicPowers). Explicit consent (Art. 49(1)(a)), the contract derogations (Art. 49(1)(b) and (c)) and compelling legitimate interests (Art. 49(1), second subparagraph) are therefore not offered: under Art. 49(3) they do not apply to activities carried out by public authorities in the exercise of their public powers. They can be considered only once publicPowers is given as false, and then only if their own conditions are met.',
    sv: 'Dataexportören är en offentlig myndighet och ärendet anger inte om den utövar sina offentliga befogenheter (publicPowers). Därför tas uttryckligt samtycke (artikel 49.1 a), avtalsundantagen (artikel 49.1 b och c) och tvingande berättigade intressen (artikel 49.1 andra stycket) inte upp: enligt artikel 49.3 gäller de inte för verksamhet som offentliga myndigheter utför när de utövar sina offentliga befogenheter. De kan komma i fråga först om publicPowers anges som false, och då bara om deras egna villkor är uppfyllda.',
  } satisfies Localized,

  organisationNotIdentified: (names: Localized[]): Localized => ({
    en: `The importer is an international organisation and the case does not say which (organisationId). An adequacy decision is in force only for ${names.map((n) => n.en).join(', ')}; none is relied on here. If the importer is one of them, give its organisationId.`,
    sv: `Dataimportören är en internationell organisation och ärendet anger inte vilken (organisationId). Beslut om adekvat skyddsnivå gäller bara för ${names.map((n) => n.sv).join(', ')}; inget av dem läggs till grund här. Om dataimportören är en av dem, ange dess organisationId.`,
  }),

  dpfNonProfit: (field: string): Localized => ({
    en: `The importer is a US non-profit organisation. Only organisations under the jurisdiction of the Federal Trade Commission or the Department of Transportation can join the Data Privacy Framework, and most non-profits are under neither (Decision (EU) 2023/1795, Annex I, Section I.2): the transfer is not treated as covered. If this importer does hold an active certification, give ${field}.`,
    sv: `Dataimportören är en ideell organisation i USA. Bara organisationer under Federal Trade Commissions eller Department of Transportations behörighet kan ansluta sig till ramen för dataskydd, och de flesta ideella organisationer står under ingen av dem (genomförandebeslut (EU) 2023/1795, bilaga I, avsnitt I.2): överföringen behandlas inte som omfattad. Om dataimportören ändå har en aktiv certifiering, ange ${field}.`,
  }),

  internationalOrganisation: {
    en: "The importer is an international organisation. Its privileges and immunities may keep the SCCs' clauses on supervision, governing law and courts from being enforced against it; an instrument under Art. 46(2)(a) or an administrative arrangement under Art. 46(3)(b) often fits better. Legal review is needed.",
    sv: 'Dataimportören är en internationell organisation. Dess privilegier och immunitet kan göra att standardavtalsklausulernas bestämmelser om tillsyn, tillämplig lag och behörig domstol inte kan göras gällande mot den; ett instrument enligt artikel 46.2 a eller bestämmelser i en administrativ överenskommelse enligt artikel 46.3 b passar ofta bättre. Juridisk granskning behövs.',
  } satisfies Localized,

  specialCategories: {
    en: 'The flow includes special categories of personal data: besides the transfer tool, a condition of Art. 9(2) is needed, and the description of the transfer (Annex I.B of the SCCs) must name the sensitive data and the safeguards applied to them.',
    sv: 'Flödet omfattar särskilda kategorier av personuppgifter: utöver överföringsverktyget krävs ett undantag enligt artikel 9.2, och beskrivningen av överföringen (bilaga I.B till standardavtalsklausulerna) ska ange de känsliga uppgifterna och de skyddsåtgärder som tillämpas på dem.',
  } satisfies Localized,

  collectedByProcessorAbroad: {
    en: "The data subject hands the data to a processor outside the EU/EEA. The collection is the processing of the controller the processor acts for; if that controller is subject to the GDPR, whether Chapter V applies to the processor's handling abroad is not settled by this flow alone. Legal review is needed.",
    sv: 'Den registrerade lämnar uppgifterna till ett personuppgiftsbiträde utanför EU/EES. Insamlingen är en behandling som utförs för den personuppgiftsansvariges räkning; om den personuppgiftsansvarige omfattas av dataskyddsförordningen avgörs inte av detta flöde ensamt om kapitel V gäller personuppgiftsbiträdets behandling utomlands. Juridisk granskning behövs.',
  } satisfies Localized,

  processingAbroad: {
    en: "No transfer, but the exporter's own staff process the data in a third country: the GDPR applies in full, and the risks of the place, such as access by public authorities, belong in the exporter's security assessment (EDPB Guidelines 05/2021, section 3).",
    sv: 'Ingen överföring, men dataexportörens egen personal behandlar uppgifterna i ett tredjeland: dataskyddsförordningen gäller fullt ut, och riskerna på platsen, som myndigheters åtkomst, ska beaktas i dataexportörens säkerhetsbedömning (EDPB:s riktlinjer 05/2021, avsnitt 3).',
  } satisfies Localized,

  tiaOpenForOnward: (flows: readonly string[]): Localized => ({
    en: `The transfer impact assessment (Clause 14) is open: it must also assess the onward transfers envisaged from the importer (Clause 14(b)(i)), in flow(s) ${flows.map((f) => `"${f}"`).join(', ')}; answer their tia fields (see tia.chain).`,
    sv: `Överföringsbedömningen enligt klausul 14 (TIA) är inte klar: den ska också bedöma de vidareöverföringar som planeras från dataimportören (klausul 14 b i), i flödena ${flows.map((f) => `"${f}"`).join(', ')}; besvara deras tia-fält (se tia.chain).`,
  }),

  onwardGdprStatusAssumed: {
    en: 'The sender, a processor outside the EU/EEA, is taken as not subject to the GDPR itself, since the case does not give its gdprBasis: a processor is not brought under the GDPR merely by processing for a controller in the Union (EDPB Guidelines 3/2018, section 1). Were it subject to it (Art. 3(1) or 3(2)), the flow would also be a transfer of its own under Chapter V; the steps that follow are the same either way.',
    sv: 'Avsändaren, ett personuppgiftsbiträde utanför EU/EES, antas själv inte omfattas av dataskyddsförordningen, eftersom ärendet inte anger dess gdprBasis: ett personuppgiftsbiträde omfattas inte av förordningen enbart för att det behandlar uppgifter för en personuppgiftsansvarig i unionen (EDPB:s riktlinjer 3/2018, avsnitt 1). Om det omfattades (artikel 3.1 eller 3.2) vore flödet också en överföring som biträdet självt gör enligt kapitel V; stegen som följer är desamma i båda fallen.',
  } satisfies Localized,

  onwardGovernedBy: (origins: { id: string; instrument: Localized }[]): Localized => ({
    en: `Onward transfer of data that left the EU/EEA in ${origins.map((o) => `flow "${o.id}" (${o.instrument.en})`).join(', ')}. The exporter of that flow must make sure its instrument allows this onward transfer and that its conditions are met.`,
    sv: `Vidareöverföring av uppgifter som lämnade EU/EES i ${origins.map((o) => `flödet "${o.id}" (${o.instrument.sv})`).join(', ')}. Dataexportören i det flödet ska se till att dess instrument tillåter vidareöverföringen och att villkoren för den är uppfyllda.`,
  }),

  instrumentOfOrigin: {
    adequacy: {
      en: 'on an adequacy decision: its onward-transfer rules apply',
      sv: 'med stöd av ett beslut om adekvat skyddsnivå: dess regler om vidareöverföring gäller',
    },
    module1: {
      en: 'SCC module 1: Clause 8.7 applies',
      sv: 'standardavtalsklausulernas modul 1: klausul 8.7 gäller',
    },
    module2or3: {
      en: 'SCC module {m}: Clause 8.8, and Clause 9 for a sub-processor, apply',
      sv: 'standardavtalsklausulernas modul {m}: klausul 8.8, och klausul 9 för ett underbiträde, gäller',
    },
    module4: {
      en: 'SCC module 4, which has no onward-transfer clause of its own: legal review needed',
      sv: 'standardavtalsklausulernas modul 4, som saknar en egen klausul om vidareöverföring: juridisk granskning behövs',
    },
    unsettled: { en: 'whose footing is not yet settled', sv: 'vars grund ännu inte är fastställd' },
  },

  importerStaffElsewhere: (
    where: 'staff-abroad' | 'importer-abroad' | 'both-abroad',
    importer: string,
    importerPlace: Localized,
    staffPlace: Localized,
  ): Localized => {
    const intro: Localized = {
      en: `The recipient is an employee of ${importer}, which is in ${importerPlace.en}, but the employee is in ${staffPlace.en}. The importer under Chapter V is the organisation, of which the employee is part (EDPB Guidelines 05/2021, criterion 3), so the answer rests on ${importerPlace.en}.`,
      sv: `Mottagaren är anställd hos ${importer}, som finns i ${importerPlace.sv}, men den anställda finns i ${staffPlace.sv}. Dataimportören enligt kapitel V är organisationen, som den anställda är en del av (EDPB:s riktlinjer 05/2021, kriterium 3), så svaret bygger på ${importerPlace.sv}.`,
    };
    const rest: Record<typeof where, Localized> = {
      'staff-abroad': {
        en: `That is no transfer by the exporter, but the employee reaches the data from ${staffPlace.en}: that is the importer's own processing there, which may be a transfer of its own or must at least be covered by its security measures and, for a processor, by its duties under Art. 28 and the processor contract.`,
        sv: `Det är ingen överföring från dataexportören, men den anställda når uppgifterna från ${staffPlace.sv}: det är dataimportörens egen behandling där, som kan vara en egen överföring eller åtminstone måste omfattas av dess säkerhetsåtgärder och, för ett personuppgiftsbiträde, av dess skyldigheter enligt artikel 28 och personuppgiftsbiträdesavtalet.`,
      },
      'importer-abroad': {
        en: `The data reach an organisation outside the EU/EEA, and leave the GDPR's protection, wherever its employee sits; where the importer is not subject to the GDPR, treating this as a transfer is the cautious reading.`,
        sv: `Uppgifterna når en organisation utanför EU/EES, och lämnar dataskyddsförordningens skydd, var den anställda än sitter; när dataimportören inte omfattas av förordningen är det försiktiga synsättet att behandla detta som en överföring.`,
      },
      'both-abroad': {
        en: `The laws of ${staffPlace.en} may also reach the data: take them into account in the transfer impact assessment.`,
        sv: `Lagarna i ${staffPlace.sv} kan också nå uppgifterna: beakta dem i överföringsbedömningen enligt klausul 14 (TIA).`,
      },
    };
    return {
      en: `${intro.en} ${rest[where].en} Legal review is needed.`,
      sv: `${intro.sv} ${rest[where].sv} Juridisk granskning behövs.`,
    };
  },

  interimArrangement: (
    title: Localized,
    summary: Localized,
    period: { from: string; until: string },
    conditions: Localized[],
  ): Localized =>
    both((lang) => {
      const numbered = conditions.map((c, i) => `(${i + 1}) ${c[lang].replace(/\.$/, '')}`).join('; ');
      return lang === 'en'
        ? `The answer rests on ${title.en}, which applied from ${period.from} to ${period.until}: ${summary.en} It applied only while its conditions held; confirm them for the date: ${numbered}. Legal review is needed.`
        : `Svaret bygger på ${title.sv}, som gällde från ${period.from} till och med ${period.until}: ${summary.sv} Det gällde bara så länge villkoren var uppfyllda; bekräfta dem för tidpunkten: ${numbered}. Juridisk granskning behövs.`;
    }),

  interimArrangementUnsettled: (title: Localized): Localized => ({
    en: `The exporter is in an EEA-EFTA state. ${title.en} covered transmissions from the Union; the Article allowed Iceland, Liechtenstein and Norway to join it, but the data do not record whether and from when they did, so the flow is assessed as a transfer. Legal review is needed.`,
    sv: `Dataexportören finns i en EES-Efta-stat. ${title.sv} omfattade översändanden från unionen; artikeln gav Island, Liechtenstein och Norge möjlighet att ansluta sig, men uppgifterna visar inte om och från när de gjorde det, så flödet bedöms som en överföring. Juridisk granskning behövs.`,
  }),

  /** Before Decision (EU) 2021/914 applied: the sets then in force, and those made for this relationship. */
  sccBefore2021: (
    asOf: string,
    appliesFrom: string,
    inForce: Localized[],
    forRelationship: Localized[],
    relationship: Localized,
  ): Localized =>
    both((lang) => {
      const names = (items: Localized[]) => items.map((i) => i[lang]).join('; ');
      if (lang === 'en') {
        const fit =
          forRelationship.length > 0
            ? `For this relationship (${relationship.en}): ${names(forRelationship)}.`
            : `None of them was made for this relationship (${relationship.en}): they served exporters that are controllers, so a processor exporting needed another footing (for example clauses the controller concluded with the importer, or clauses authorised by the supervisory authority, Art. 46(3)(a)).`;
        return `On ${asOf} Decision (EU) 2021/914 did not yet apply (it applies from ${appliesFrom}, Art. 4), so its modules are not proposed and the footing is left unresolved. The Commission's standard contractual clauses in force on that date were: ${names(inForce)}. ${fit} Whether a contract on them gave appropriate safeguards on that date, after the judgment in C-311/18 of 16 July 2020 also with the assessment it requires, needs legal review.`;
      }
      const fit =
        forRelationship.length > 0
          ? `För detta förhållande (${relationship.sv}): ${names(forRelationship)}.`
          : `Ingen av dem var utformad för detta förhållande (${relationship.sv}): de gällde dataexportörer som är personuppgiftsansvariga, så ett personuppgiftsbiträde som exporterade behövde en annan grund (till exempel klausuler som den personuppgiftsansvarige ingick med dataimportören, eller klausuler som tillsynsmyndigheten hade godkänt, artikel 46.3 a).`;
      return `Den ${asOf} var genomförandebeslut (EU) 2021/914 ännu inte tillämpligt (det gäller från ${appliesFrom}, artikel 4), så dess moduler föreslås inte och grunden lämnas olöst. Kommissionens standardavtalsklausuler som gällde den dagen var: ${names(inForce)}. ${fit} Om ett avtal på grundval av dem gav lämpliga skyddsåtgärder den dagen, efter domen i mål C-311/18 av den 16 juli 2020 även med den bedömning som domen kräver, behöver granskas juridiskt.`;
    }),

  /** Decision (EU) 2021/914, Art. 4: the earlier sets for new contracts until 26 September 2021, valid until 27 December 2022. */
  earlierSccTransition: (
    sets: Localized[],
    newContractsUntil: string,
    contractsValidUntil: string,
    newContractsStillPossible: boolean,
  ): Localized =>
    both((lang) => {
      const names = sets.map((s) => s[lang]).join('; ');
      if (lang === 'en')
        return `${newContractsStillPossible ? `Until ${newContractsUntil} a new contract for this relationship may still be concluded on the earlier standard contractual clauses (${names}) instead of the 2021 modules. ` : ''}A contract concluded on ${newContractsStillPossible ? 'them' : `the earlier clauses (${names})`} by ${newContractsUntil} is deemed to give appropriate safeguards until ${contractsValidUntil}, provided the processing it covers stays unchanged (Decision (EU) 2021/914, Art. 4).`;
      return `${newContractsStillPossible ? `Till och med ${newContractsUntil} kan ett nytt avtal för detta förhållande fortfarande ingås på grundval av de tidigare standardavtalsklausulerna (${names}) i stället för 2021 års moduler. ` : ''}Ett avtal som ingåtts på grundval av ${newContractsStillPossible ? 'dem' : `de tidigare klausulerna (${names})`} senast ${newContractsUntil} anses ge lämpliga skyddsåtgärder till och med ${contractsValidUntil}, förutsatt att den behandling det gäller är oförändrad (genomförandebeslut (EU) 2021/914, artikel 4).`;
    }),

  sccRelationships: {
    'controller-controller': {
      en: 'controller to controller',
      sv: 'personuppgiftsansvarig till personuppgiftsansvarig',
    },
    'controller-processor': {
      en: 'controller to processor',
      sv: 'personuppgiftsansvarig till personuppgiftsbiträde',
    },
    'processor-processor': {
      en: 'processor to processor',
      sv: 'personuppgiftsbiträde till personuppgiftsbiträde',
    },
    'processor-controller': {
      en: 'processor to controller',
      sv: 'personuppgiftsbiträde till personuppgiftsansvarig',
    },
  } satisfies Record<SccRelationship, Localized>,

  jointControllersModule1: {
    en: 'The importer is a joint controller with the exporter. Module 1 beside the Art. 26 arrangement is the common practice for transfers between joint controllers, but Decision (EU) 2021/914 does not provide for it: the arrangement and the clauses must fit together (who answers data subjects, who assesses under Clause 14). Legal review is needed.',
    sv: 'Dataimportören är gemensamt personuppgiftsansvarig med dataexportören. Modul 1 vid sidan av det inbördes arrangemanget enligt artikel 26 är vanlig praxis för överföringar mellan gemensamt personuppgiftsansvariga, men genomförandebeslut (EU) 2021/914 föreskriver det inte: arrangemanget och klausulerna måste gå ihop (vem som ansvarar gentemot de registrerade, vem som gör överföringsbedömningen enligt klausul 14 (TIA)). Juridisk granskning behövs.',
  } satisfies Localized,

  art28MetByScc: {
    en: 'The SCCs of this module also meet Art. 28(3) and (4): no separate processor agreement is needed for this relationship (Decision (EU) 2021/914, recital 9; Clause 2(a)).',
    sv: 'Standardavtalsklausulerna i denna modul uppfyller även artikel 28.3 och 28.4: inget separat personuppgiftsbiträdesavtal behövs för detta förhållande (genomförandebeslut (EU) 2021/914, skäl 9; klausul 2 a).',
  } satisfies Localized,

  authorityRegional: (country: Localized, names: string[]): Localized => ({
    en: `In ${country.en} more than one supervisory authority may be competent (the national authority or a regional one, depending on the exporter): ${names.join('; ')}. Name the competent one in Annex I.C.`,
    sv: `I ${country.sv} kan fler än en tillsynsmyndighet vara behörig (den nationella eller en regional, beroende på dataexportören): ${names.join('; ')}. Ange den behöriga tillsynsmyndigheten i bilaga I.C.`,
  }),

  authorityOfDataSubjects: {
    en: 'The exporter is subject to the GDPR under Art. 3(2) without an Art. 27 representative: name in Annex I.C the supervisory authority of a Member State where the data subjects whose data are transferred are (Clause 13(a)). A representative may be required (Art. 27).',
    sv: 'Dataexportören omfattas av dataskyddsförordningen enligt artikel 3.2 utan företrädare enligt artikel 27: ange i bilaga I.C tillsynsmyndigheten i en medlemsstat där de registrerade vars uppgifter överförs finns (klausul 13 a). En företrädare kan krävas (artikel 27).',
  } satisfies Localized,
};

/** Why an adequacy decision covers the transfer, or why not. */
export const reasons = {
  covered: (asOf: string, place: Localized): Localized => ({
    en: `The decision is in force on ${asOf}, reaches ${place.en} and covers this kind of importer.`,
    sv: `Beslutet gäller den ${asOf}, omfattar ${place.sv} och omfattar denna typ av dataimportör.`,
  }),
  coveredDpf: (asOf: string, kind: DataKind): Localized => ({
    en: `The decision is in force on ${asOf} and the importer is an active Data Privacy Framework participant certified for ${dataKindNames[kind].en} data.`,
    sv: `Beslutet gäller den ${asOf} och dataimportören deltar aktivt i ramen för dataskydd (Data Privacy Framework) med certifiering för ${dataKindNames[kind].sv}uppgifter.`,
  }),
  outOfScope: (types: PartyType[], type: PartyType): Localized => ({
    en: `The decision covers only importers of these kinds: ${list(
      types.map((t) => partyTypeNames[t]),
      'en',
    )}; the importer is ${/^[aeiou]/.test(partyTypeNames[type].en) ? 'an' : 'a'} ${partyTypeNames[type].en}.`,
    sv: `Beslutet omfattar bara dataimportörer av dessa slag: ${list(
      types.map((t) => partyTypeNames[t]),
      'sv',
    )}; dataimportören är av slaget ${partyTypeNames[type].sv}.`,
  }),
  notDpfCertified: (kind: DataKind): Localized => ({
    en: `The importer is not an active Data Privacy Framework participant certified for ${dataKindNames[kind].en} data.`,
    sv: `Dataimportören deltar inte aktivt i ramen för dataskydd (Data Privacy Framework) med certifiering för ${dataKindNames[kind].sv}uppgifter.`,
  }),
  dpfUnknown: (kind: DataKind): Localized => ({
    en: `The importer's Data Privacy Framework certification for ${dataKindNames[kind].en} data is not established.`,
    sv: `Dataimportörens certifiering i ramen för dataskydd (Data Privacy Framework) för ${dataKindNames[kind].sv}uppgifter är inte fastställd.`,
  }),
};

export const authorityTexts = {
  establishmentElsewhere: {
    en: 'The exporter is subject to the GDPR through an establishment in the EU/EEA, but the case gives only its seat outside it: name in Annex I.C the supervisory authority of the Member State of that establishment (Clause 13(a)).',
    sv: 'Dataexportören omfattas av dataskyddsförordningen genom ett verksamhetsställe i EU/EES, men fallet anger bara dess säte utanför: ange i bilaga I.C tillsynsmyndigheten i den medlemsstat där verksamhetsstället finns (klausul 13 a).',
  } satisfies Localized,
};

/** The EEA incorporation of an adequacy decision, for exporters in Iceland, Liechtenstein and Norway. */
export const eeaIncorporationTexts = {
  unknown: (title: Localized, places: Localized, note: Localized | undefined): Localized => ({
    en: `The exporter is in ${places.en}, an EEA EFTA state: an adequacy decision binds exporters there once the EEA Joint Committee has incorporated it into the EEA Agreement. Whether ${title.en} has been incorporated is ${note ? `not known (${note.en})` : 'not recorded in the data'}. Check the EEA Joint Committee's decisions before relying on adequacy; otherwise use another transfer tool. Legal review is needed.`,
    sv: `Dataexportören finns i ${places.sv}, en EES-Efta-stat: ett beslut om adekvat skyddsnivå binder dataexportörer där när Gemensamma EES-kommittén har införlivat det med EES-avtalet. Om ${title.sv} har införlivats är ${note ? `inte känt (${note.sv})` : 'inte angivet i uppgifterna'}. Kontrollera Gemensamma EES-kommitténs beslut innan adekvat skyddsnivå åberopas; använd annars ett annat överföringsverktyg. Juridisk granskning behövs.`,
  }),
};

interface PendingText {
  title: Localized;
  summary: Localized;
  from: string;
  sources: string[];
  unconfirmed: boolean;
}

/** The DPF exit strategy: the fallback footing and the developments pending against the decision. */
export const dpfExitTexts = {
  warning: (fallback: { module: number; tia: boolean } | undefined, pending: PendingText[]): Localized => {
    const list = (lang: 'en' | 'sv') =>
      pending
        .map(
          (p) =>
            `${p.title[lang]} (${lang === 'en' ? 'since' : 'sedan'} ${p.from}): ${p.summary[lang]} [${p.sources.join('; ')}${p.unconfirmed ? (lang === 'en' ? '; not confirmed against a primary source' : '; inte bekräftat mot en primärkälla') : ''}]`,
        )
        .join(' ');
    const en = fallback
      ? `If the decision fell, this flow would need the standard contractual clauses, module ${fallback.module}${fallback.tia ? ', with a transfer impact assessment under Clause 14' : ', without a Clause 14 assessment'}.`
      : 'If the decision fell, this flow would need another transfer tool; the SCC module could not be settled from the facts given.';
    const sv = fallback
      ? `Om beslutet föll skulle flödet behöva standardavtalsklausulerna, modul ${fallback.module}${fallback.tia ? ', med en konsekvensbedömning av överföringen enligt klausul 14' : ', utan en bedömning enligt klausul 14'}.`
      : 'Om beslutet föll skulle flödet behöva ett annat överföringsverktyg; vilken modul av standardavtalsklausulerna som gäller går inte att avgöra av de uppgifter som getts.';
    return {
      en: `The flow rests on the EU-U.S. Data Privacy Framework. ${en} Prepare it now: when the Court of Justice invalidated the Privacy Shield decision on 16 July 2020, it took effect at once, without a transition period.${pending.length > 0 ? ` Pending against the decision on the assessment date: ${list('en')}` : ''} Legal review is needed.`,
      sv: `Flödet bygger på ramen för dataskydd mellan EU och USA (Data Privacy Framework). ${sv} Förbered det nu: när EU-domstolen ogiltigförklarade beslutet om Privacy Shield den 16 juli 2020 fick det verkan genast, utan någon övergångsperiod.${pending.length > 0 ? ` Pågående mot beslutet på bedömningsdagen: ${list('sv')}` : ''} Juridisk granskning behövs.`,
    };
  },
};

/** Swedish provisions cited on a flow, with what stays unconfirmed about them. */
export const swedishTexts = {
  provision: (p: {
    title: Localized;
    text: Localized;
    cites: string[];
    confidence: 'confirmed' | 'unconfirmed';
    confidenceNote?: Localized;
  }): Localized => ({
    en: `${p.title.en}: ${p.text.en} (${p.cites.join('; ')}.)${p.confidence === 'unconfirmed' && p.confidenceNote ? ` Not fully confirmed: ${p.confidenceNote.en}` : ''}`,
    sv: `${p.title.sv}: ${p.text.sv} (${p.cites.join('; ')}.)${p.confidence === 'unconfirmed' && p.confidenceNote ? ` Inte helt bekräftat: ${p.confidenceNote.sv}` : ''}`,
  }),
};
