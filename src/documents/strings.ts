/** The few words the layout itself prints, outside the templates: page numbers and placeholders. */
export const layoutStrings = {
  sv: { page: 'Sida', of: 'av', placeholder: 'att fylla i', documentId: 'Dokument-id' },
  en: { page: 'Page', of: 'of', placeholder: 'to be completed', documentId: 'Document ID' },
} as const;

/** How a placeholder reads in the document: "[att fylla i: …]" / "[to be completed: …]". */
export function placeholderText(label: string, lang: 'sv' | 'en'): string {
  return `[${layoutStrings[lang].placeholder}: ${label}]`;
}

/** Country names an English sentence gives the article: "the United States of America", "the Netherlands". */
const WITH_ARTICLE =
  /^(United |Republic of |Czech Republic|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Central African Republic|Dominican Republic|Democratic |Faroe Islands|Cayman Islands|Marshall Islands|Solomon Islands|Holy See|Isle of Man)/;

/** A country's name as it stands in a running English sentence; Swedish names take no article. */
export function countryInSentence(name: string | undefined, lang: 'sv' | 'en'): string | undefined {
  return name !== undefined && lang === 'en' && WITH_ARTICLE.test(name) ? `the ${name}` : name;
}

const months = {
  sv: [
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;

/**
 * A date as a reader writes it: "7 juni 2021" / "7 June 2021". Written out here rather than with Intl, so the
 * bytes of a document never depend on the ICU data of the runtime.
 */
export function longDate(iso: string, lang: 'sv' | 'en'): string {
  const [year, month, day] = iso.split('-').map(Number);
  const name = months[lang][(month ?? 1) - 1] ?? '';
  return `${day} ${name} ${year}`;
}
