/**
 * The OpenAPI document's words in Swedish, by their English text: the summaries and descriptions of the
 * routes and schemas. A field a question fills is described by the question, whose Swedish comes with it
 * (src/api/openapi-document.ts). Used at build time only (web/openapi.sv.json), never in the Worker.
 * test/api/openapi-static.test.ts fails when a description has no Swedish here.
 */
export const openApiSwedish: Record<string, string> = {
  'Whether personal data may leave the EU/EEA, on what legal footing, and the papers for it. Every 4xx answer is application/problem+json (RFC 9457).':
    'Om personuppgifter får lämna EU/EES, med vilket rättsligt stöd, och handlingarna för det. Varje 4xx-svar är application/problem+json (RFC 9457).',
  'Agreements in force on the date under which transmission to this third country from the exporters they name is not a transfer to a third country (EU-UK Trade and Cooperation Agreement, Art. FINPROV.10A). The place remains a third country.':
    'Avtal i kraft på dagen enligt vilka en överföring till detta tredjeland från de dataexportörer de anger inte är en överföring till tredjeland (handels- och samarbetsavtalet mellan EU och Förenade kungariket, artikel FINPROV.10A). Platsen förblir ett tredjeland.',
  '0..1; 1 is the same name with the same legal form': '0..1; 1 är samma namn med samma bolagsform',
  'The date the list was read off the official site':
    'Dagen då förteckningen lästes av från den officiella webbplatsen',
  'true: an invented organisation from the shipped sample list':
    'true: en påhittad organisation från den medföljande exempelförteckningen',
  'Purpose of the transfer': 'Syftet med överföringen',
  "The importer's sector": 'Dataimportörens bransch',
  'Who takes part in the processing': 'Vilka som deltar i behandlingen',
  'Transmission channels used': 'Kanaler som används för överföringen',
  'Categories of personal data': 'Kategorier av personuppgifter',
  'Special categories (Art. 9) are transferred': 'Särskilda kategorier (artikel 9) överförs',
  'When format is encrypted': 'När format är encrypted',
  'When format is pseudonymised': 'När format är pseudonymised',
  'Step 1: the circumstances of the transfer': 'Steg 1: omständigheterna kring överföringen',
  "The European Essential Guarantees, as the assessor finds the destination's law":
    'De väsentliga europeiska garantierna, så som bedömaren finner mottagarlandets lagstiftning',
  'The European Essential Guarantee it concerns': 'Den väsentliga europeiska garanti det gäller',
  'The finding': 'Iakttagelsen',
  'Title of the source': 'Källans titel',
  'CELEX number': 'CELEX-nummer',
  'Official Journal reference': 'Hänvisning till Europeiska unionens officiella tidning',
  'Address of the source': 'Källans adress',
  'Where it is found': 'Var det står',
  'When it was last checked (YYYY-MM-DD)': 'När det senast kontrollerades (ÅÅÅÅ-MM-DD)',
  "The assessor's own findings": 'Bedömarens egna iakttagelser',
  "Step 3: the destination's laws and practices": 'Steg 3: mottagarlandets lagstiftning och praxis',
  'The experience, in words': 'Erfarenheten, i ord',
  'First day (YYYY-MM-DD)': 'Första dag (ÅÅÅÅ-MM-DD)',
  'Last day (YYYY-MM-DD)': 'Sista dag (ÅÅÅÅ-MM-DD)',
  'The period the records cover': 'Perioden som uppgifterna avser',
  "The importer's documented experience": 'Dataimportörens dokumenterade erfarenhet',
  'Technical measures from the catalogue': 'Tekniska åtgärder ur katalogen',
  'Contractual measures from the catalogue': 'Avtalsmässiga åtgärder ur katalogen',
  'Organisational measures from the catalogue': 'Organisatoriska åtgärder ur katalogen',
  'Those other measures, in words': 'De andra åtgärderna, i ord',
  'Step 4: supplementary measures': 'Steg 4: kompletterande åtgärder',
  "Months until re-evaluation; default: the country profile's":
    'Månader till ny bedömning; standard: landprofilens',
  'Period covered, in years': 'Period som avses, i år',
  'The law that allows access': 'Lagen som ger tillgång',
  'Yearly probability the importer is targeted':
    'Sannolikheten per år att dataimportören blir föremål för en begäran',
  'Probability the data fall within the request': 'Sannolikheten att uppgifterna omfattas av begäran',
  'Probability access succeeds despite the measures': 'Sannolikheten att tillgången lyckas trots åtgärderna',
  'Legal bases for access, with estimates': 'Rättsliga grunder för tillgång, med uppskattningar',
  'Optional quantified estimate of access': 'Valfri kvantifierad uppskattning av tillgång',
  'ISO 3166-1 alpha-2 code (lower case is accepted and upper-cased)':
    'Kod enligt ISO 3166-1 alfa-2 (gemener godtas och görs om till versaler)',
  '`unresolved`: a missing fact stops the choice (see `openQuestions`), or the engine cannot settle it for the date, e.g. before Decision (EU) 2021/914 applied on 2021-06-27 (see `warnings`).':
    '`unresolved`: en uppgift som saknas stoppar valet (se `openQuestions`), eller så kan motorn inte avgöra det för dagen, t.ex. före den 27 juni 2021 då beslut (EU) 2021/914 började tillämpas (se `warnings`).',
  '`condition`: must hold for the decision to cover the transfer. `exclusion`: processing the decision does not cover; confirm that it does not apply.':
    '`condition`: måste vara uppfyllt för att beslutet ska omfatta överföringen. `exclusion`: behandling som beslutet inte omfattar; bekräfta att den inte är aktuell.',
  'For an onward transfer: the flows it continues and the clauses of the first transfer’s SCCs that govern it (Clause 8.7 for module 1, 8.8 for modules 2 and 3, and Clause 9 for a sub-processor).':
    'För en vidareöverföring: de flöden den fortsätter och de klausuler i den första överföringens standardavtalsklausuler som styr den (klausul 8.7 för modul 1, 8.8 för modul 2 och 3, och klausul 9 för ett underbiträde).',
  'The onward flows that hang from this flow, each with its clauses and its own onward flows.':
    'De vidareöverföringar som utgår från detta flöde, var och en med sina klausuler och sina egna vidareöverföringar.',
  'The Clause 14 transfer impact assessment, as POST /v1/tia gives it, except that `laws.profile` is the id of the law profile given once in `lawProfiles`.':
    'Överföringsbedömningen enligt klausul 14, så som POST /v1/tia ger den, men `laws.profile` är id för den rättsprofil som anges en gång i `lawProfiles`.',
  'e.g. `public-powers-unknown`, `occasional-unknown`, `importer-gdpr-status-unknown`, `onward-gdpr-status-assumed`, `organisation-not-identified`, `dpf-status-unknown`.':
    'T.ex. `public-powers-unknown`, `occasional-unknown`, `importer-gdpr-status-unknown`, `onward-gdpr-status-assumed`, `organisation-not-identified`, `dpf-status-unknown`.',
  'The flows whose verdicts rest on the assumption, in the case’s order.':
    'De flöden vars bedömning vilar på antagandet, i fallets ordning.',
  'The field of the case that settles it for each flow, in the same order as `flows` (`fields[i]` for `flows[i]`), e.g. `flows[0].publicPowers`.':
    'Det fält i fallet som avgör saken för varje flöde, i samma ordning som `flows` (`fields[i]` för `flows[i]`), t.ex. `flows[0].publicPowers`.',
  'A fact the case leaves out, where the engine took a stated default rather than stop: said once for the case, not flagged for legal review; giving the field settles it.':
    'En uppgift som fallet utelämnar, där motorn tog ett angivet standardval i stället för att stanna: sägs en gång för fallet, utan flagga för juridisk granskning; att ange fältet avgör saken.',
  'What the verdicts merely assume because the case leaves a fact out, each said once for the case.':
    'Vad bedömningarna bara antar eftersom fallet utelämnar en uppgift, var och en sagd en gång för fallet.',
  'The law profiles the transfer impact assessments rest on, by the id their `tia.laws.profile` gives: each once for the whole answer.':
    'De rättsprofiler som överföringsbedömningarna vilar på, efter det id som deras `tia.laws.profile` anger: var och en en gång för hela svaret.',
  'Key into `warnings`': 'Nyckel i `warnings`',
  'Key into `questions`': 'Nyckel i `questions`',
  'Indices into `citations`.': 'Index i `citations`.',
  'Key into `decisions`': 'Nyckel i `decisions`',
  'Key into `sccChoices`': 'Nyckel i `sccChoices`',
  'Key into `pending`': 'Nyckel i `pending`',
  'As in the full answer, except that its `trail` entries and `openQuestions` name a question in `questions` (`q`) and every `cites` is a list of indices into `citations`.':
    'Som i det fullständiga svaret, men dess poster i `trail` och `openQuestions` anger en fråga i `questions` (`q`) och varje `cites` är en lista med index i `citations`.',
  'A flow verdict of the full answer with its repeated parts replaced by references; every other field is as in `FlowVerdict`.':
    'En flödesbedömning ur det fullständiga svaret där de upprepade delarna ersatts med hänvisningar; alla andra fält är som i `FlowVerdict`.',
  'As in the full answer: what the case merely assumes, once.':
    'Som i det fullständiga svaret: vad fallet bara antar, en gång.',
  'Every citation text once; `cites` lists index into it.':
    'Varje källhänvisning en gång; `cites` listar index i den.',
  'transfer, mechanism, sccModule or clause14 (the transfer impact assessment)':
    'transfer, mechanism, sccModule eller clause14 (överföringsbedömningen)',
  'Warning texts by key': 'Varningstexter efter nyckel',
  'Pending developments by key': 'Kommande förändringar efter nyckel',
  'Legal date of the assessment (YYYY-MM-DD); default today (UTC)':
    'Bedömningens rättsliga datum (ÅÅÅÅ-MM-DD); standard i dag (UTC)',
  "The party's id in this case; flows name it": 'Partens id i fallet; flödena anger det',
  'For an employee: the id of the employing party': 'För en anställd: id för den part som är arbetsgivare',
  'Why the GDPR applies: Art. 3(1), Art. 3(2), or not. Default establishment in the EU/EEA; elsewhere asked':
    'Varför dataskyddsförordningen gäller: artikel 3.1, artikel 3.2 eller inte. Standard är verksamhetsställe i EU/EES; annars frågas det',
  'Country of the Art. 27 representative (targeting only)':
    'Land för företrädaren enligt artikel 27 (bara vid artikel 3.2)',
  'Listed as active in the EU-U.S. DPF': 'Anges som aktiv i EU-U.S. DPF',
  'The certification covers HR data': 'Certifieringen omfattar personaluppgifter (HR)',
  'The certification covers non-HR data': 'Certifieringen omfattar andra uppgifter än personaluppgifter',
  "The organisation's entry on the official DPF List":
    'Organisationens post i den officiella DPF-förteckningen',
  'When these facts were read off the list (YYYY-MM-DD)':
    'När uppgifterna lästes av från förteckningen (ÅÅÅÅ-MM-DD)',
  'EU-U.S. DPF (must agree with active)': 'EU-U.S. DPF (måste stämma med active)',
  'UK Extension to the EU-U.S. DPF': 'Förenade kungarikets tillägg till EU-U.S. DPF',
  'Swiss-U.S. DPF': 'Swiss-U.S. DPF',
  'Status per framework; none: not a participant': 'Status per ram; none: inte deltagare',
  'Group of undertakings; BCRs only between parties of one group':
    'Koncern; bindande företagsbestämmelser bara mellan parter i samma koncern',
  'Everyone who sends or receives the data': 'Alla som lämnar ut eller tar emot uppgifterna',
  "The flow's id in this case": 'Flödets id i fallet',
  'How the recipient gets the data': 'Hur mottagaren får uppgifterna',
  'Special categories of personal data (Art. 9)': 'Särskilda kategorier av personuppgifter (artikel 9)',
  'Swedish personal identity or coordination numbers (Art. 87)':
    'Svenska personnummer eller samordningsnummer (artikel 87)',
  "Children's data (recital 38)": 'Uppgifter om barn (skäl 38)',
  'Clause 14 TIA answers for this flow (as POST /v1/tia)':
    'Svaren till överföringsbedömningen enligt klausul 14 för flödet (som POST /v1/tia)',
  'Each flow of personal data from one party to another':
    'Varje flöde av personuppgifter från en part till en annan',
  'The case as read (country codes upper-cased, `asOf` pinned): send it back with the next answer':
    'Fallet så som det lästes (landskoder med versaler, `asOf` fastställt): skicka tillbaka det med nästa svar',
  "Per flow, once the parties and flows are complete: `id`, what this questionnaire decided (roles: `exporterRole`, `importerRole`; transfer: `kind`; mechanism: `mechanism`, `adequacy`, `alternatives`, `derogations`; sccModule: `scc`; clause14: `tia`) as `/v1/assessments` gives it, and this questionnaire's `trail`. null before.":
    'Per flöde, när parter och flöden är kompletta: `id`, vad detta frågeformulär har avgjort (roles: `exporterRole`, `importerRole`; transfer: `kind`; mechanism: `mechanism`, `adequacy`, `alternatives`, `derogations`; sccModule: `scc`; clause14: `tia`) så som `/v1/assessments` ger det, och frågeformulärets `trail`. null innan dess.',
  'The path in the case this question fills': 'Sökvägen i fallet som frågan fyller i',
  'The questionnaire that asks it (`POST /v1/wizard/{machine}` keeps these); none for the parties and flows themselves and for details only a document needs':
    'Frågeformuläret som ställer frågan (`POST /v1/wizard/{machine}` behåller dessa); inget för parterna och flödena själva och för uppgifter som bara en handling behöver',
  "The next question of this questionnaire (or of the case's structure, which it needs first); null when it has all it asks":
    'Nästa fråga i detta frågeformulär (eller om fallets uppbyggnad, som det behöver först); null när det har allt det frågar efter',
  'Organisation number or other registration number.': 'Organisationsnummer eller annat registreringsnummer.',
  'Position or title, e.g. "dataskyddsombud" / "Head of Legal".':
    'Befattning eller titel, t.ex. "dataskyddsombud" / "Head of Legal".',
  'Who signs for the party.': 'Den som undertecknar för parten.',
  "Annex I.A: the party's activities relevant to the data transferred.":
    'Bilaga I.A: partens verksamhet av betydelse för de uppgifter som överförs.',
  'Keyed by party id.': 'Med partens id som nyckel.',
  'Special categories (Art. 9) or data on offences (Art. 10) and the safeguards for them; [] for none.':
    'Särskilda kategorier (artikel 9) eller uppgifter om lagöverträdelser (artikel 10) och skyddsåtgärderna för dem; [] för inga.',
  'E.g. "continuously" / "löpande", "once" / "vid ett tillfälle".':
    'T.ex. "continuously" / "löpande", "once" / "vid ett tillfälle".',
  'How long the data are kept, or the criteria for it.':
    'Hur länge uppgifterna sparas, eller kriterierna för det.',
  'Annex I.B: for transfers to (sub-)processors, the subject matter, nature and duration of their processing.':
    'Bilaga I.B: vid överföring till (under)biträden, föremålet för deras behandling, dess art och varaktighet.',
  "Annex II (SCC) and the DPA's security annex.":
    'Bilaga II (standardavtalsklausulerna) och biträdesavtalets säkerhetsbilaga.',
  'Annex II for modules 2 and 3: how the importer helps the controller (Clauses 8.6(d), 10(b)).':
    'Bilaga II för modul 2 och 3: hur dataimportören bistår den personuppgiftsansvarige (klausul 8.6 d och 10 b).',
  'What the sub-processor does, and the delimitation of responsibilities.':
    'Vad underbiträdet gör, och ansvarsfördelningen.',
  "Annex III (SCC) and the DPA's list of approved sub-processors; [] for none.":
    'Bilaga III (standardavtalsklausulerna) och biträdesavtalets förteckning över godkända underbiträden; [] för inga.',
  'Clause 7: the optional docking clause.': 'Klausul 7: den valfria anslutningsklausulen.',
  'Clause 9(a), modules 2 and 3: Option 1 specific prior authorisation, Option 2 general written authorisation.':
    'Klausul 9 a, modul 2 och 3: alternativ 1 särskilt förhandstillstånd, alternativ 2 allmänt skriftligt tillstånd.',
  'Clause 9(a): how many days in advance the importer asks (Option 1) or informs (Option 2).':
    'Klausul 9 a: hur många dagar i förväg dataimportören begär tillstånd (alternativ 1) eller informerar (alternativ 2).',
  'Clause 11(a): whether data subjects may also turn to an independent dispute resolution body.':
    'Klausul 11 a: om registrerade också får vända sig till ett oberoende tvistlösningsorgan.',
  "Clause 11(a): the body's name, when one is used.": 'Klausul 11 a: organets namn, när ett sådant används.',
  "Clause 17, modules 2 and 3: Option 1 a named Member State's law, Option 2 the exporter's Member State's.":
    'Klausul 17, modul 2 och 3: alternativ 1 en namngiven medlemsstats lag, alternativ 2 lagen i dataexportörens medlemsstat.',
  'Clause 17: the country whose law governs (with Option 2: the fallback).':
    'Klausul 17: landet vars lag gäller (vid alternativ 2: reservlösningen).',
  'Clause 18: the country whose courts settle disputes.': 'Klausul 18: landet vars domstolar avgör tvister.',
  'The agreement the processing serves, e.g. "Avtal om e-tjänst, dnr 2026/123".':
    'Avtalet som behandlingen tjänar, t.ex. "Avtal om e-tjänst, dnr 2026/123".',
  'Hours within which the processor notifies a personal data breach (at most 72; Art. 33(2) says without undue delay).':
    'Antal timmar inom vilka biträdet anmäler en personuppgiftsincident (högst 72; artikel 33.2 säger utan onödigt dröjsmål).',
  'The Clause 14(d) assessment: who carried it out. Its answers belong to the case (`case.flows[].tia`), where the engine runs the assessment.':
    'Bedömningen enligt klausul 14 d: vem som gjorde den. Dess svar hör till fallet (`case.flows[].tia`), där motorn gör bedömningen.',
  'Keyed by flow id.': 'Med flödets id som nyckel.',
  'The case as read (country codes upper-cased): send it back with the next answer':
    'Fallet så som det lästes (landskoder med versaler): skicka tillbaka det med nästa svar',
  'The /v1/assessments answer for the case, once every party and flow is complete; null before. With `shape=lean`, the lean answer (`LeanAssessment`).':
    'Svaret från /v1/assessments för fallet, när varje part och flöde är komplett; null innan dess. Med `shape=lean` det kompakta svaret (`LeanAssessment`).',
  'The DOCX, base64': 'DOCX-filen, base64',
  'Product version and the date and source of each dataset':
    'Produktversion samt datum och källa för varje datamängd',
  'Answer language; without it Accept-Language decides, then English.':
    'Svarsspråk; utan det avgör Accept-Language, annars engelska.',
  'Versions and datasets': 'Versioner och datamängder',
  'Every country and territory with its status and the adequacy decisions in force':
    'Varje land och territorium med sin status och de beslut om adekvat skyddsnivå som gäller',
  'The legal date the answer is given for (YYYY-MM-DD); default today (UTC).':
    'Det rättsliga datum som svaret avser (ÅÅÅÅ-MM-DD); standard i dag (UTC).',
  'All codes': 'Alla koder',
  'Malformed query': 'Felaktig fråga i adressen',
  'A country or territory: Chapter V status, adequacy in force, supervisory authority':
    'Ett land eller territorium: status enligt kapitel V, adekvat skyddsnivå som gäller, tillsynsmyndighet',
  'ISO 3166-1 alpha-2 or territory code': 'ISO 3166-1 alfa-2 eller territoriekod',
  'The country as of the date': 'Landet per datumet',
  'Unknown code': 'Okänd kod',
  'The Art. 45 adequacy decisions in force at a date, with scope and conditions':
    'Besluten om adekvat skyddsnivå enligt artikel 45 som gäller vid ett datum, med räckvidd och villkor',
  'Decisions in force': 'Beslut som gäller',
  'Search the Data Privacy Framework participant list by name or other name':
    'Sök i förteckningen över deltagare i Data Privacy Framework efter namn eller annat namn',
  'Ranked matches ignoring case, accents, punctuation and legal forms (Inc., LLC, Corp., Ltd, L.P., GmbH …). The answer comes from the imported copy of the list dated `list.listDate`; the official list is at `searchUrl`.':
    'Träffar i rangordning utan hänsyn till skiftläge, accenter, skiljetecken och bolagsformer (Inc., LLC, Corp., Ltd, L.P., GmbH …). Svaret kommer från den importerade kopian av förteckningen daterad `list.listDate`; den officiella förteckningen finns på `searchUrl`.',
  'Organisation name or part of it': 'Organisationens namn eller en del av det',
  'Most matches to return (1-50, default 10)': 'Högst så många träffar (1–50, standard 10)',
  'Matches, best first': 'Träffar, bästa först',
  'Present while the sample list is loaded': 'Finns när exempelförteckningen är inläst',
  'Missing or malformed q or limit': 'q eller limit saknas eller är felaktig',
  'One entry of the Data Privacy Framework participant list':
    'En post i förteckningen över deltagare i Data Privacy Framework',
  'The entry': 'Posten',
  'No entry with this id': 'Ingen post med detta id',
  'Clause 14 transfer impact assessment (EDPB Recommendations 01/2020) for one transfer':
    'Överföringsbedömning enligt klausul 14 (EDPB:s rekommendationer 01/2020) för en överföring',
  'The assessment: complete, open with the questions left, or not needed and why':
    'Bedömningen: klar, öppen med de frågor som återstår, eller inte nödvändig och varför',
  'Invalid body; every offending field is named': 'Ogiltigt innehåll; varje felaktigt fält anges',
  'Flow by flow: is it a transfer under Chapter V, on what footing, which SCC module and options, and why':
    'Flöde för flöde: är det en överföring enligt kapitel V, med vilket stöd, vilken modul av standardavtalsklausulerna och vilka val, och varför',
  'Runs the transfer, mechanism and SCC-module questionnaires over every flow, answering each question from the facts of the case and the legal data as of `asOf` (default today). The trail of each flow is the same a person gets from the wizard with the same answers. A missing fact that decides the outcome stops the flow at that question (`openQuestions`); one that only adds a caveat takes a stated default, listed once for the whole case in `assumptions` with the field that settles it for each flow. The law profiles the transfer impact assessments rest on are given once, in `lawProfiles`. With `detail=summary` each verdict comes without its trail and with its transfer impact assessment in brief (`AssessmentSummary`), for large batches.':
    'Kör frågeformulären om överföring, stöd och modul av standardavtalsklausulerna över varje flöde och besvarar varje fråga utifrån fallets uppgifter och rättsdata per `asOf` (standard i dag). Varje flödes förlopp är detsamma som en person får i guiden med samma svar. En uppgift som saknas och avgör utfallet stoppar flödet vid den frågan (`openQuestions`); en som bara lägger till en reservation ger ett angivet standardval, som anges en gång för hela fallet i `assumptions` med det fält som avgör saken för varje flöde. Rättsprofilerna som överföringsbedömningarna vilar på anges en gång, i `lawProfiles`. Med `detail=summary` kommer varje bedömning utan förlopp och med överföringsbedömningen i korthet (`AssessmentSummary`), för stora mängder.',
  '`full` (default): every verdict with its trail and transfer impact assessment. `summary`: the verdicts without trails, each transfer impact assessment in brief.':
    '`full` (standard): varje bedömning med förlopp och överföringsbedömning. `summary`: bedömningarna utan förlopp, varje överföringsbedömning i korthet.',
  '`full` (default): every text in place. `lean`: questions, citations, warning texts, SCC choices, decisions and pending developments said once, in dictionaries the flows refer to (`LeanAssessment`, docs/lean-answer.md); `expand()` (src/answer/expand.ts, and `/expand.js` for browsers) gives back the full answer.':
    '`full` (standard): varje text på sin plats. `lean`: frågor, källhänvisningar, varningstexter, val i standardavtalsklausulerna, beslut och kommande förändringar sagda en gång, i ordlistor som flödena hänvisar till (`LeanAssessment`, docs/lean-answer.md); `expand()` (src/answer/expand.ts, och `/expand.js` för webbläsare) ger tillbaka det fullständiga svaret.',
  'One verdict per flow, in input order': 'En bedömning per flöde, i samma ordning som i fallet',
  'The case is not valid; `errors` names each field': 'Fallet är inte giltigt; `errors` anger varje fält',
  'The body is not JSON': 'Innehållet är inte JSON',
  'The role of a party for one processing: controller (PUA), joint controller, processor (PUB), sub-processor':
    'En parts roll för en behandling: personuppgiftsansvarig (PUA), gemensamt personuppgiftsansvarig, personuppgiftsbiträde (PUB), underbiträde',
  'Answers to the roles questionnaire (EDPB Guidelines 07/2020), keyed by question id. With enough answers: the role and the trail; otherwise the next question to answer.':
    'Svar på frågeformuläret om roller (EDPB:s riktlinjer 07/2020), med frågans id som nyckel. Med tillräckligt många svar: rollen och förloppet; annars nästa fråga att besvara.',
  'The role, or the next question': 'Rollen, eller nästa fråga',
  'An answer does not fit': 'Ett svar passar inte',
  "The interview restricted to one questionnaire's questions":
    'Intervjun begränsad till ett frågeformulärs frågor',
  "The body is the case, as for `POST /v1/interview`. The parties, flows and their roles are asked first (every questionnaire needs them), then only this questionnaire's questions; each names the field of the case it fills, with values in the case's own terms: set it and send the case again. A body in the old form (`answers`, `input`: the questionnaire's own ids and values) is refused with a 400 that says what changed.":
    'Innehållet är fallet, som för `POST /v1/interview`. Parterna, flödena och deras roller frågas först (varje frågeformulär behöver dem), sedan bara detta frågeformulärs frågor; varje fråga anger det fält i fallet som den fyller i, med värden som fallet skriver dem: ange fältet och skicka fallet igen. Ett innehåll i den gamla formen (`answers`, `input`: frågeformulärets egna id och värden) avvisas med 400 som säger vad som har ändrats.',
  'The questionnaire: roles, transfer, mechanism, sccModule, clause14':
    'Frågeformuläret: roles, transfer, mechanism, sccModule, clause14',
  'Fields the user chose to leave open: not asked in this request (repeatable)':
    'Fält som användaren valt att lämna öppna: frågas inte i denna begäran (kan upprepas)',
  "This questionnaire's next question, and what it decided so far":
    'Detta frågeformulärs nästa fråga, och vad det har avgjort hittills',
  'The case is not valid (every field at once), or the body is in the old form':
    'Fallet är inte giltigt (alla fält på en gång), eller innehållet har den gamla formen',
  'No such questionnaire': 'Inget sådant frågeformulär',
  'The case as far as it is known in; the verdicts so far and the next question that matters out':
    'Fallet så långt det är känt in; bedömningarna hittills och nästa fråga som spelar roll ut',
  'Each question names the field of the case it fills: set it and send the case again. Decisive facts come before document details; what is known or moot is not asked.':
    'Varje fråga anger det fält i fallet som den fyller i: ange fältet och skicka fallet igen. Avgörande uppgifter kommer före uppgifter till handlingarna; det som redan är känt eller saknar betydelse frågas inte.',
  'The verdicts so far and the next question': 'Bedömningarna hittills och nästa fråga',
  'The case is not valid; `errors` names every field at once':
    'Fallet är inte giltigt; `errors` anger alla fält på en gång',
  'Draft DOCX documents in Swedish or English from a case: SCCs, TIA report, DPA, memo, or all as a zip':
    'Utkast till DOCX-handlingar på svenska eller engelska utifrån ett fall: standardavtalsklausuler, rapport om överföringsbedömning, personuppgiftsbiträdesavtal, promemoria, eller alla som zip',
  'The engine assesses `case` as of its `asOf` (default today); the documents render the verdicts, filling in the facts of `details` and leaving every missing fact as a visible placeholder ("[att fylla i: …]" / "[to be completed: …]"). The same request with the same `documentDate` gives a byte-identical file.':
    'Motorn bedömer `case` per dess `asOf` (standard i dag); handlingarna återger bedömningarna, fyller i uppgifterna i `details` och lämnar varje uppgift som saknas som en synlig platshållare ("[att fylla i: …]" / "[to be completed: …]"). Samma begäran med samma `documentDate` ger en byte för byte identisk fil.',
  '`scc` SCC execution document with its annexes, `tia` Clause 14(d) report, `dpa` data processing agreement (Art. 28), `memo` assessment memo, `bundle` all that apply (zip)':
    '`scc` dokument för att ingå standardavtalsklausulerna med bilagor, `tia` rapport enligt klausul 14 d, `dpa` personuppgiftsbiträdesavtal (artikel 28), `memo` promemoria om bedömningen, `bundle` alla som är aktuella (zip)',
  '`docx` (default): the file itself; `json`: metadata, placeholders and the file in base64':
    '`docx` (standard): själva filen; `json`: metadata, platshållare och filen i base64',
  'The case; its `details` may sit inside it (the case of /v1/interview) or beside it, not both.':
    'Fallet; dess `details` får ligga i det (fallet från /v1/interview) eller bredvid det, inte båda.',
  'Only these flows (ids); default every flow the document kind applies to.':
    'Bara dessa flöden (id); standard varje flöde som handlingstypen gäller.',
  "The date printed on the documents and used for their fixed timestamps; default the case's asOf, else today.":
    'Datumet som skrivs på handlingarna och används för deras fasta tidsstämplar; standard fallets asOf, annars i dag.',
  'The document (DOCX), the bundle (zip), or with format=json their description':
    'Handlingen (DOCX), paketet (zip), eller med format=json deras beskrivning',
  'The request is not valid; `errors` names each field': 'Begäran är inte giltig; `errors` anger varje fält',
  'The case calls for no document of this kind, or for several':
    'Fallet kräver ingen handling av detta slag, eller flera',
  'The transfer map of a case as SVG': 'Fallets överföringskarta som SVG',
  'Assesses the case as `POST /v1/assessments` does and draws it: EU/EEA on the left, third countries and international organisations on the right, parties grouped by country, each flow an arrow whose colour, line pattern and written label give its footing (adequacy, SCC with module, derogation, onward transfer, none, unresolved, not a transfer), so the picture also reads in black and white. The SVG has a title and a description that say in words what it shows.':
    'Bedömer fallet som `POST /v1/assessments` gör och ritar det: EU/EES till vänster, tredjeländer och internationella organisationer till höger, parterna grupperade efter land, varje flöde en pil vars färg, linjemönster och skrivna etikett anger stödet (adekvat skyddsnivå, standardavtalsklausuler med modul, undantag, vidareöverföring, inget, oavgjort, ingen överföring), så att bilden också går att läsa i svartvitt. SVG-bilden har en titel och en beskrivning som i ord säger vad den visar.',
  'The map': 'Kartan',
  'Save a case in the register (version 1)': 'Spara ett fall i registret (version 1)',
  'Validates and assesses the case as of `case.asOf` (default today) and stores it as sent, with the verdict summary per flow and the dates that will need a person. Answers with an ETag to send as If-Match with the next save.':
    'Kontrollerar och bedömer fallet per `case.asOf` (standard i dag) och sparar det som det skickades, med en sammanfattning av bedömningen per flöde och de datum som kommer att kräva en person. Svarar med en ETag att skicka som If-Match vid nästa sparning.',
  'Saved; `Location` and `ETag` name the record': 'Sparat; `Location` och `ETag` anger posten',
  'The body or the case is not valid': 'Innehållet eller fallet är inte giltigt',
  'The token may not write': 'Token får inte skriva',
  'The register is not available; nothing was saved': 'Registret är inte tillgängligt; inget sparades',
  'List and search saved cases': 'Lista och sök sparade fall',
  'One page of records, newest save first': 'En sida med poster, senast sparade först',
  'A query parameter is not valid': 'En parameter i adressen är inte giltig',
  'The register is not available': 'Registret är inte tillgängligt',
  'Dates that need a person within a period (overdue ones included)':
    'Datum som kräver en person inom en period (passerade datum inräknade)',
  'Due items by date': 'Det som förfaller, efter datum',
  'The due dates as an iCalendar feed to subscribe to':
    'Förfallodatumen som en iCalendar-kalender att prenumerera på',
  'Takes a calendar token as `?token=` (calendar clients cannot send headers); a read or read-write token may be sent as a bearer header instead. Dates from 400 days ahead and every overdue one.':
    'Tar en kalendertoken som `?token=` (kalenderprogram kan inte skicka rubriker); en läs- eller läs- och skrivtoken får skickas som bearer-rubrik i stället. Datum upp till 400 dagar framåt och varje passerat datum.',
  'text/calendar': 'text/calendar',
  'No or unknown token': 'Ingen eller okänd token',
  'Run the engine again over the register, as of a date and with a scenario':
    'Kör motorn igen över registret, per ett datum och med ett scenario',
  'The scenario changes the data the engine reads (an adequacy decision ended from a date, a DPF participant inactive), never its rules. Answers what changes per case and flow; with `save: true` each changed case gets a new version with an audit entry naming the scenario.':
    'Scenariot ändrar de data som motorn läser (ett beslut om adekvat skyddsnivå som upphör från ett datum, en DPF-deltagare som inte längre är aktiv), aldrig dess regler. Svarar med vad som ändras per fall och flöde; med `save: true` får varje ändrat fall en ny version med en post i granskningsloggen som anger scenariot.',
  'Before and after per case and flow': 'Före och efter per fall och flöde',
  'The body is not valid': 'Innehållet är inte giltigt',
  '`save` needs a read-write token': '`save` kräver en läs- och skrivtoken',
  'The whole register as JSON Lines (cases, versions, filed documents, audit)':
    'Hela registret som JSON Lines (fall, versioner, arkiverade handlingar, granskningslogg)',
  'application/x-ndjson': 'application/x-ndjson',
  'Load an export into an empty register, all or nothing':
    'Läs in en export i ett tomt register, allt eller inget',
  'Counts of what was loaded': 'Antal av det som lästes in',
  'A line cannot be read; `errors` names it': 'En rad kan inte läsas; `errors` anger den',
  'The register is not empty': 'Registret är inte tomt',
  'The register is not available; nothing was loaded': 'Registret är inte tillgängligt; inget lästes in',
  'A saved case: the latest version, or `?version=n`':
    'Ett sparat fall: den senaste versionen, eller `?version=n`',
  'The version, with its ETag': 'Versionen, med sin ETag',
  'No such case or version': 'Inget sådant fall eller ingen sådan version',
  'Save a new version (If-Match required)': 'Spara en ny version (If-Match krävs)',
  'The new version, with its ETag': 'Den nya versionen, med sin ETag',
  'No such case': 'Inget sådant fall',
  'Not the latest version; `current` names it': 'Inte den senaste versionen; `current` anger den',
  'If-Match is missing': 'If-Match saknas',
  'Delete a case for real (versions, documents); the audit log keeps a content-free entry':
    'Radera ett fall på riktigt (versioner, handlingar); granskningsloggen behåller en post utan innehåll',
  Deleted: 'Raderat',
  'If-Match given and not the latest version': 'If-Match angavs och är inte den senaste versionen',
  'The register is not available; nothing was deleted': 'Registret är inte tillgängligt; inget raderades',
  'Every version of a case and its audit entries, oldest first':
    'Varje version av ett fall och dess poster i granskningsloggen, äldst först',
  'Versions and audit': 'Versioner och granskningslogg',
  'File a document (the one sent to the other party) with a version of the case':
    'Arkivera en handling (den som skickades till den andra parten) med en version av fallet',
  Filed: 'Arkiverad',
  'The document is larger than 1 MiB': 'Handlingen är större än 1 MiB',
  'The register is not available; nothing was filed': 'Registret är inte tillgängligt; inget arkiverades',
  'The documents filed with a case': 'Handlingarna som arkiverats med ett fall',
  'Filed documents, without their bytes': 'Arkiverade handlingar, utan innehåll',
  'The bytes of a filed document': 'Innehållet i en arkiverad handling',
  'The document as filed': 'Handlingen som den arkiverades',
  'No such document': 'Ingen sådan handling',
  'The legal date the verdicts are given for (YYYY-MM-DD). Without it, today (UTC); the answer pins it in `case.asOf`, so the following requests assess on the same day: change it there to assess on another.':
    'Det rättsliga datum som bedömningarna avser (ÅÅÅÅ-MM-DD). Utan det i dag (UTC); svaret fastställer det i `case.asOf`, så att följande begäranden bedömer samma dag: ändra det där för att bedöma per en annan dag.',
};
