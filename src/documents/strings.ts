/** The few words the layout itself prints, outside the templates: page numbers and placeholders. */
export const layoutStrings = {
  sv: { page: 'Sida', of: 'av', placeholder: 'att fylla i', documentId: 'Dokument-id' },
  en: { page: 'Page', of: 'of', placeholder: 'to be completed', documentId: 'Document ID' },
} as const;

/** How a placeholder reads in the document: "[att fylla i: …]" / "[to be completed: …]". */
export function placeholderText(label: string, lang: 'sv' | 'en'): string {
  return `[${layoutStrings[lang].placeholder}: ${label}]`;
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
