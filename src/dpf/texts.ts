import type { Localized } from '../data/schema.js';
import type { FrameworkName, FrameworkStatus } from './schema.js';

/** Every sentence the DPF module says to a user, in both product languages. */

export type Lang = keyof Localized;

export const frameworkLabel: Record<FrameworkName, Localized> = {
  euUs: { en: 'EU-U.S. Data Privacy Framework', sv: 'ramen för dataskydd mellan EU och USA' },
  ukExtension: {
    en: 'UK Extension to the EU-U.S. Data Privacy Framework',
    sv: 'den brittiska utvidgningen (UK Extension) av ramen för dataskydd mellan EU och USA',
  },
  swissUs: { en: 'Swiss-U.S. Data Privacy Framework', sv: 'ramen för dataskydd mellan Schweiz och USA' },
};

export const statusLabel: Record<FrameworkStatus, Localized> = {
  active: { en: 'active', sv: 'aktiv' },
  inactive: { en: 'inactive', sv: 'inaktiv' },
  none: { en: 'not participating', sv: 'deltar inte' },
};

const covered = (yes: boolean): Localized =>
  yes ? { en: 'covered', sv: 'omfattas' } : { en: 'not covered', sv: 'omfattas inte' };

const quoted = (name: string) => `"${name}"`;
const names = (list: string[]) => list.map(quoted).join('; ');

export interface FactsForText {
  active: boolean;
  hrData: boolean;
  nonHrData: boolean;
  frameworks?: Partial<Record<FrameworkName, FrameworkStatus>>;
}

/** "EU-U.S. DPF: active; HR data: covered; …" including the UK and Swiss frameworks when known. */
export function factsSentence(facts: FactsForText): Localized {
  const eu = facts.frameworks?.euUs;
  const euStatus: Localized = eu
    ? statusLabel[eu]
    : facts.active
      ? statusLabel.active
      : { en: 'not active', sv: 'inte aktiv' };
  const parts = (lang: Lang) => {
    const out = [
      `${frameworkLabel.euUs[lang]}: ${euStatus[lang]}`,
      `${lang === 'en' ? 'HR data' : 'HR-uppgifter'}: ${covered(facts.hrData)[lang]}`,
      `${lang === 'en' ? 'non-HR data' : 'övriga uppgifter (icke-HR)'}: ${covered(facts.nonHrData)[lang]}`,
    ];
    const uk = facts.frameworks?.ukExtension;
    const ch = facts.frameworks?.swissUs;
    const beyond = [
      uk ? `${frameworkLabel.ukExtension[lang]}: ${statusLabel[uk][lang]}` : '',
      ch ? `${frameworkLabel.swissUs[lang]}: ${statusLabel[ch][lang]}` : '',
    ].filter(Boolean);
    if (beyond.length > 0) {
      out.push(
        `${beyond.join('; ')} (${lang === 'en' ? 'these matter only for transfers from the United Kingdom or Switzerland' : 'dessa har betydelse endast för överföringar från Förenade kungariket eller Schweiz'})`,
      );
    }
    return out.join('; ');
  };
  return { en: parts('en'), sv: parts('sv') };
}

const officialList = (url: string, name: string): Localized => ({
  en: `Official list: ${url} (search for ${quoted(name)}).`,
  sv: `Officiell förteckning: ${url} (sök på ${quoted(name)}).`,
});

const join = (...texts: Localized[]): Localized => ({
  en: texts
    .map((t) => t.en)
    .filter(Boolean)
    .join(' '),
  sv: texts
    .map((t) => t.sv)
    .filter(Boolean)
    .join(' '),
});

const empty: Localized = { en: '', sv: '' };

export function explicitExplanation(args: {
  party: string;
  facts: FactsForText;
  checked?: string;
  url?: string;
  searchUrl: string;
}): Localized {
  const facts = factsSentence(args.facts);
  return join(
    {
      en: `DPF facts given with the case for ${quoted(args.party)}: ${facts.en}.`,
      sv: `Uppgifter om DPF som lämnats i ärendet för ${quoted(args.party)}: ${facts.sv}.`,
    },
    args.checked
      ? {
          en: `They were read off the official Data Privacy Framework List on ${args.checked}.`,
          sv: `De lästes av i den officiella förteckningen (Data Privacy Framework List) den ${args.checked}.`,
        }
      : {
          en: 'The date they were read off the official Data Privacy Framework List was not given.',
          sv: 'Det har inte angetts när de lästes av i den officiella förteckningen (Data Privacy Framework List).',
        },
    args.url ? { en: `List entry: ${args.url}.`, sv: `Posten i förteckningen: ${args.url}.` } : empty,
    officialList(args.searchUrl, args.party),
  );
}

const sampleClause = (sample: boolean): Localized =>
  sample
    ? {
        en: ', a SAMPLE list of invented organisations',
        sv: ', en EXEMPELFÖRTECKNING med påhittade organisationer',
      }
    : empty;

export function matchedExplanation(args: {
  party: string;
  entryName: string;
  matchedName: string;
  viaOtherName: boolean;
  listDate: string;
  sample: boolean;
  facts: FactsForText;
  similar: string[];
  entryUrl?: string;
  searchUrl: string;
}): Localized {
  const facts = factsSentence(args.facts);
  const via: Localized = args.viaOtherName
    ? {
        en: ` (by its other name ${quoted(args.matchedName)})`,
        sv: ` (via sitt andra namn ${quoted(args.matchedName)})`,
      }
    : empty;
  const sample = sampleClause(args.sample);
  return join(
    {
      en: `${quoted(args.party)} was matched to the entry ${quoted(args.entryName)}${via.en} in the participant list dated ${args.listDate}${sample.en}.`,
      sv: `${quoted(args.party)} matchades mot posten ${quoted(args.entryName)}${via.sv} i deltagarförteckningen daterad ${args.listDate}${sample.sv}.`,
    },
    {
      en: `Facts used: ${facts.en}; as read off the official Data Privacy Framework List on ${args.listDate}.`,
      sv: `Uppgifter som använts: ${facts.sv}; enligt den officiella förteckningen (Data Privacy Framework List) den ${args.listDate}.`,
    },
    args.similar.length > 0
      ? {
          en: `The list also holds ${names(args.similar)} under another legal form: make sure the right legal person is meant.`,
          sv: `Förteckningen innehåller också ${names(args.similar)} med en annan bolagsform: kontrollera att rätt juridisk person avses.`,
        }
      : empty,
    args.entryUrl
      ? { en: `List entry: ${args.entryUrl}.`, sv: `Posten i förteckningen: ${args.entryUrl}.` }
      : empty,
    officialList(args.searchUrl, args.party),
  );
}

export function uncertainExplanation(args: {
  party: string;
  listDate: string;
  sample: boolean;
  candidates: string[];
  ambiguous: boolean;
  searchUrl: string;
}): Localized {
  const sample = sampleClause(args.sample);
  return join(
    {
      en: `${quoted(args.party)} matches no single entry of the participant list dated ${args.listDate}${sample.en} with confidence; ${args.ambiguous ? 'several entries carry the name' : 'the closest entries'}: ${names(args.candidates)}.`,
      sv: `${quoted(args.party)} motsvarar inte med säkerhet en enda post i deltagarförteckningen daterad ${args.listDate}${sample.sv}; ${args.ambiguous ? 'flera poster har namnet' : 'de närmaste posterna'}: ${names(args.candidates)}.`,
    },
    {
      en: 'No DPF facts are assumed, so no adequacy rests on the Data Privacy Framework. Check the official list and give the facts with the case.',
      sv: 'Inga uppgifter om DPF antas, så ingen adekvat skyddsnivå grundas på ramen för dataskydd. Kontrollera den officiella förteckningen och ange uppgifterna i ärendet.',
    },
    officialList(args.searchUrl, args.party),
  );
}

export function notFoundExplanation(args: {
  party: string;
  listDate: string;
  sample: boolean;
  searchUrl: string;
}): Localized {
  const sample = sampleClause(args.sample);
  return join(
    {
      en: `No DPF facts were given with the case for ${quoted(args.party)}, and the name is not in the participant list dated ${args.listDate}${sample.en}.`,
      sv: `Inga uppgifter om DPF lämnades i ärendet för ${quoted(args.party)}, och namnet finns inte i deltagarförteckningen daterad ${args.listDate}${sample.sv}.`,
    },
    {
      en: 'No adequacy rests on the Data Privacy Framework. If the organisation takes part, check the official list and give the facts with the case.',
      sv: 'Ingen adekvat skyddsnivå grundas på ramen för dataskydd. Om organisationen deltar, kontrollera den officiella förteckningen och ange uppgifterna i ärendet.',
    },
    officialList(args.searchUrl, args.party),
  );
}

export const warningText = {
  sampleList: (listUrl: string): Localized => ({
    en: `The Data Privacy Framework participant list in use is a SAMPLE of invented organisations shipped with the service. It says nothing about any real organisation: check the official list (${listUrl}) or give the facts with the case.`,
    sv: `Förteckningen över deltagare i ramen för dataskydd som används är en EXEMPELFÖRTECKNING med påhittade organisationer som följer med tjänsten. Den säger ingenting om någon verklig organisation: kontrollera den officiella förteckningen (${listUrl}) eller ange uppgifterna i ärendet.`,
  }),
  matchUncertain: (party: string, candidates: string[], ambiguous: boolean): Localized => ({
    en: `${quoted(party)} does not match a single entry of the DPF participant list with confidence (${ambiguous ? 'several entries carry the name' : 'closest entries'}: ${names(candidates)}). No adequacy is assumed under the Data Privacy Framework: check the official list and give the facts with the case.`,
    sv: `${quoted(party)} motsvarar inte med säkerhet en enda post i förteckningen över DPF-deltagare (${ambiguous ? 'flera poster har namnet' : 'närmaste poster'}: ${names(candidates)}). Ingen adekvat skyddsnivå antas enligt ramen för dataskydd: kontrollera den officiella förteckningen och ange uppgifterna i ärendet.`,
  }),
  listStale: (listDate: string, asOf: string, days: number): Localized => ({
    en: `The DPF participant list is dated ${listDate}, ${days} days before the assessment date ${asOf}; statuses may have changed since. Import a current list or check the official list.`,
    sv: `Förteckningen över DPF-deltagare är daterad ${listDate}, ${days} dagar före bedömningsdagen ${asOf}; statusen kan ha ändrats sedan dess. Importera en aktuell förteckning eller kontrollera den officiella förteckningen.`,
  }),
  listAfterAsOf: (listDate: string, asOf: string, days: number): Localized => ({
    en: `The DPF participant list is dated ${listDate}, ${days} days after the assessment date ${asOf}: it shows statuses on ${listDate}, not on ${asOf}. Check the status on ${asOf} against the official records.`,
    sv: `Förteckningen över DPF-deltagare är daterad ${listDate}, ${days} dagar efter bedömningsdagen ${asOf}: den visar statusen den ${listDate}, inte den ${asOf}. Kontrollera statusen den ${asOf} mot de officiella uppgifterna.`,
  }),
  factsStale: (party: string, checked: string, asOf: string, days: number): Localized => ({
    en: `The DPF facts for ${quoted(party)} were read off the official list on ${checked}, ${days} days before the assessment date ${asOf}; check them again.`,
    sv: `Uppgifterna om DPF för ${quoted(party)} lästes av i den officiella förteckningen den ${checked}, ${days} dagar före bedömningsdagen ${asOf}; kontrollera dem igen.`,
  }),
};
