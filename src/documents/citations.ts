import type { Lang } from './templates.js';

/**
 * Citations as a Swedish document prints them. The engine, the machines and the legal data cite in one
 * language (English: "Decision (EU) 2021/914, Annex, Clause 14(b)(ii)"); a Swedish document must not print
 * English, and cites in one style ("klausul 14 b ii", "artikel 49.1 a"). The table rewrites the parts of a
 * citation in order; what it does not know (a title, a URL) is left as written.
 */
const swedish: [RegExp, string | ((...groups: string[]) => string)][] = [
  // The law profiles' short names (data/laws): descriptive words in Swedish, foreign titles as they are.
  [/\bFISA section 702 sunset\b/g, 'FISA avsnitt 702, tidsgränsen'],
  [/\bEuropean Essential Guarantee ([A-D])\b/g, 'väsentlig europeisk garanti $1'],
  [/\bCJEU (C-\d+\/\d+(?: P)?)/g, 'EU-domstolen, mål $1'],
  [/\bCJEU, Case (C-\d+\/\d+(?: P)?)/g, 'EU-domstolen, mål $1'],
  [/\bGeneral Court press release No (\d+\/\d+)/g, 'tribunalens pressmeddelande nr $1'],
  [
    /^Case (C-\d+\/\d+ P): Appeal brought on (\d+) (\w+) (\d{4}) by (.+?) against the judgment of the General Court in Case (T-\d+\/\d+)/g,
    (_m, c, d, month, y, who, t) =>
      `Mål ${c}: överklagande som ${who} ingav den ${d} ${swedishMonth(month)} ${y} av tribunalens dom i mål ${t}`,
  ],
  [/\bGeneral Court (T-\d+\/\d+) (\S+) v Commission\b/g, 'tribunalen, mål $1, $2 mot kommissionen'],
  [/\bU\.S\. Supreme Court No\. /g, 'USA:s högsta domstol, nr '],
  [/\bEO (\d+) and /g, 'EO $1 och '],
  [/^Commission's first periodic review of the DPF$/g, 'kommissionens första periodiska översyn av DPF'],
  [/^Oversight and remedies$/g, 'tillsyn och rättsmedel'],
  [/^Remedies$/g, 'rättsmedel'],
  [/^Supervision of interception$/g, 'tillsyn över avlyssning'],
  [/\bEuropean Convention on Human Rights\b/g, 'Europakonventionen'],
  [/\bECtHR (.+?) v\. Russia\b/g, 'Europadomstolen, $1 mot Ryssland'],
  [/\bFederal Law No\. /g, 'federal lag nr '],
  [/\(added by ([\w-]+), reworded by ([\w-]+)\)/g, '(införd genom $1, omformulerad genom $2)'],
  [/\(amended (\d{4})\)/g, '(ändrad $1)'],
  [/, Articles (\d+) and (\d+)/g, ', artiklarna $1 och $2'],
  // The measures catalogue cites Annex 2 by kind of measure.
  [/\bcontractual measures\b/g, 'avtalsmässiga åtgärder'],
  [/\borganisational measures\b/g, 'organisatoriska åtgärder'],
  [/\btechnical measures\b/g, 'tekniska åtgärder'],
  // Paragraph and point references first, while the English brackets are still there.
  [
    /\bArt\. (\d+)((?:\(\d+\))+)((?:\([a-z]+\))*)/g,
    (_m, n, paras, points) => swedishArticle(n, paras, points),
  ],
  [/\bArts?\. (\d+(?:, \d+)*) and (\d+)/g, (_m, list, last) => `artiklarna ${list} och ${last}`],
  [/\bArt\. (\d+)/g, 'artikel $1'],
  // "Art. 46(2)(e) and (f)": the second point after the first has become "artikel 46.2 e".
  [/(artikel \d+(?:\.\d+)* [a-z]+) and \(([a-z]+)\)/g, '$1 och $2'],
  [/\bArticle (\d+)/g, 'artikel $1'],
  [/\bClauses ([\d.]+(?:, [\d.]+)*) and ([\d.]+)/g, (_m, list, last) => `klausulerna ${list} och ${last}`],
  [/\bClause (\d+(?:\.\d+)?)((?:\([a-z]+\))*)/g, (_m, n, points) => `klausul ${n}${swedishPoints(points)}`],
  [/\bGDPR recital (\d+)/g, 'skäl $1 i dataskyddsförordningen'],
  [/\bGDPR artikel/g, 'dataskyddsförordningen, artikel'],
  [/\bGDPR artiklarna/g, 'dataskyddsförordningen, artiklarna'],
  [/\bGDPR\b/g, 'dataskyddsförordningen'],
  [/\bCommission Implementing Decision \(EU\)/g, 'kommissionens genomförandebeslut (EU)'],
  [/\bImplementing Decision \(EU\)/g, 'genomförandebeslut (EU)'],
  [/\bDecision \(EU\)/g, 'genomförandebeslut (EU)'],
  [/\bDecision (\d{4}\/\d+)\/EC\b/g, 'beslut $1/EG'],
  // No brackets: the citation often stands in brackets already.
  [/\bEDPB Recommendations (\d+\/\d+) \(v2\.0\)/g, 'EDPB:s rekommendationer $1 i version 2.0'],
  [/\bEDPB Recommendations (\d+\/\d+)/g, 'EDPB:s rekommendationer $1'],
  [
    /\bEDPB Guidelines (\d+\/\d+) on derogations of artikel 49/g,
    'EDPB:s riktlinjer $1 om undantag enligt artikel 49',
  ],
  [
    /\bEDPB Guidelines (\d+\/\d+) on territorial scope/g,
    'EDPB:s riktlinjer $1 om territoriellt tillämpningsområde',
  ],
  // "EDPB Guidelines 02/2024 on Art. 48": the article has become "artikel 48" above.
  [/\bEDPB Guidelines (\d+\/\d+) on artikel (\d+)/g, 'EDPB:s riktlinjer $1 om artikel $2'],
  [/\bEDPB Guidelines (\d+\/\d+)/g, 'EDPB:s riktlinjer $1'],
  [
    /\bEDPB information note on transfers to the US \((\d+) July (\d{4})\)/g,
    'EDPB:s informationsmeddelande om överföringar till USA ($1 juli $2)',
  ],
  [/\bEDPB information note of (\d+) July (\d{4})/g, 'EDPB:s informationsmeddelande av den $1 juli $2'],
  [/\bAnnex 2, Use Cases (\d+) and (\d+)/g, 'bilaga 2, användningsfallen $1 och $2'],
  [/\bAnnex 2, Use Case (\d+)/g, 'bilaga 2, användningsfall $1'],
  [/\bAnnex (\d+|[IVX]+)\b/g, 'bilaga $1'],
  [/, Annex,/g, ', bilagan,'],
  [/\bModule One\b/g, 'modul 1'],
  [/\bModule Four\b/g, 'modul 4'],
  [/\(module (\d)\)/g, 'i modul $1'],
  [/\bGuarantee ([A-D])\b/g, 'garanti $1'],
  [/\bSections (\S+) and (\S+)/g, 'avsnitten $1 och $2'],
  [/\bsections (\S+) and (\S+)/g, 'avsnitten $1 och $2'],
  [/\b[Ss]ection (\S+)/g, 'avsnitt $1'],
  [/\bPart I\b/g, 'del I'],
  [/\bparas (\d+) and (\d+)/g, 'punkterna $1 och $2'],
  [/\bpara\. (\d+)/g, 'punkt $1'],
  [/\bfootnote (\d+)/g, 'fotnot $1'],
  [/\bstep (\d)/g, 'steg $1'],
  [/\bcriterion (\d+)/g, 'kriterium $1'],
  [/\bExample (\d+)/g, 'exempel $1'],
  [
    /\bEU–UK Trade and Cooperation Agreement/g,
    'handels- och samarbetsavtalet mellan EU och Förenade kungariket',
  ],
  [
    /\((\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\)/g,
    (_m, d, month, y) => `(${d} ${swedishMonth(month)} ${y})`,
  ],
  [/\bOJ (C|L)\b/g, 'EUT $1'],
  // Dates in the names of foreign acts, after the EDPB notes above have taken theirs.
  [
    /\bof (\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b/g,
    (_m, d, month, y) => `av den ${d} ${swedishMonth(month)} ${y}`,
  ],
  [/\bon Personal Data\b/g, 'om personuppgifter'],
  [/'Yarovaya law'/g, "'Jarovaja-lagen'"],
];

const months: Record<string, string> = {
  January: 'januari',
  February: 'februari',
  March: 'mars',
  April: 'april',
  May: 'maj',
  June: 'juni',
  July: 'juli',
  August: 'augusti',
  September: 'september',
  October: 'oktober',
  November: 'november',
  December: 'december',
};
const swedishMonth = (month: string) => months[month] ?? month;

const swedishPoints = (points: string) => {
  const letters = [...points.matchAll(/\(([a-z]+)\)/g)].map((m) => m[1]);
  return letters.length === 0 ? '' : ` ${letters.join(' ')}`;
};

/** "Art. 49(1)(a)" → "artikel 49.1 a"; "Art. 28(3)" → "artikel 28.3". */
function swedishArticle(n: string, paras: string, points: string): string {
  const numbers = [...paras.matchAll(/\((\d+)\)/g)].map((m) => m[1]);
  return `artikel ${[n, ...numbers].join('.')}${swedishPoints(points)}`;
}

/**
 * Swedish citations already rewritten: they come from the legal data, a bounded set, and the table's
 * eighty patterns are a twentieth of a bundle's CPU when run for every citation of every document. Emptied
 * if it ever grows past its bound, so text from elsewhere cannot make it grow without end.
 */
const swedishCitations = new Map<string, string>();
const cacheBound = 4096;

/** A citation as a document in `lang` prints it. */
export function citation(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  let out = swedishCitations.get(text);
  if (out === undefined) {
    out = swedish.reduce(
      (done, [pattern, replacement]) =>
        typeof replacement === 'string'
          ? done.replace(pattern, replacement)
          : done.replace(pattern, replacement),
      text,
    );
    if (swedishCitations.size >= cacheBound) swedishCitations.clear();
    swedishCitations.set(text, out);
  }
  return out;
}

/** Several citations, joined as the documents join them. */
export const citations = (texts: readonly string[], lang: Lang) =>
  texts.map((t) => citation(t, lang)).join('; ');
