/**
 * Citations of a figure and of a view, as BibTeX, BibLaTeX, CSL-JSON and RIS. The items are CSL-JSON built
 * from our Source records; every output format is written by citation-js (never hand-built
 * strings), which is loaded on first use with a dynamic import so its ~100 kB stay out of the
 * first page load.
 *
 * "Cite this figure": the figure as an item of its own (titled with the figure, its party and year,
 * at the permalink and data version), then the claim's source, with the page (or, when the locator
 * is not a page, the locator in the note), and a note giving the figure as stated. "Cite this view": the atlas itself as a dataset (version = data version,
 * URL = permalink, accessed today), then the sources of the figures in view.
 */
import { CITE } from '../i18n/en-cite.ts';
import { GRADE_LABEL } from '../i18n/en-evidence.ts';
import { METRIC_LABEL } from '../i18n/en.ts';
import { attribution, formatDate, formatValue } from '../lib/format.ts';
import type { Claim, Source } from '../schema/index.ts';

/** A CSL-JSON name: a person's name as written (parsed into family/given by citation-js) or an organisation. */
export type CslName = string | { literal: string };

/** CSL-JSON date: [[year, month?, day?]] */
export interface CslDate {
  'date-parts': number[][];
}

/** The CSL-JSON variables we fill (the CSL-JSON schema as citeproc-js documents it). */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: CslName[];
  'container-title'?: string;
  publisher?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  page?: string;
  version?: string;
  genre?: string;
  note?: string;
}

/** The four outputs, each a complete file. */
export interface CiteFormats {
  bibtex: string;
  /** BibLaTeX (biber, pandoc): `date`, `urldate`, `version`, `@dataset`, one `url` */
  biblatex: string;
  csl: string;
  ris: string;
}

/** Where and when a citation is made. */
export interface CiteContext {
  /** absolute URL of the view */
  permalink: string;
  /** atlas.version */
  version: string;
  /** YYYY-MM-DD */
  accessed: string;
  /** a party's display name by id, with its side in words ("Government of Azerbaijan · Azerbaijani state") */
  partyName(id: string): string;
  /** a place's name as the map gives it ("Laçın"), for the figure's title */
  subjectName?(id: string): string;
}

const CSL_TYPE: Record<Source['type'], string> = {
  article: 'article-journal',
  book: 'book',
  chapter: 'chapter',
  report: 'report',
  factsheet: 'report',
  resolution: 'document',
  letter: 'personal_communication',
  news: 'article-newspaper',
  webpage: 'webpage',
  dataset: 'dataset',
};

/** How the data says that a source names no author. */
const ANONYMOUS = /^(?:unknown author|anonymous|n\/a)$/i;

/** "1993-04-02T23:00" → [[1993, 4, 2]]; the precision the date has, no more. */
export function cslDate(iso: string): CslDate {
  const parts = iso.split('T')[0]!.split('-').map(Number);
  return { 'date-parts': [parts] };
}

/** The year of an ISO date, as a CSL date. */
const yearOf = (iso: string): CslDate => ({ 'date-parts': [[Number(iso.slice(0, 4))]] });

/** A Source record as CSL-JSON: authors (or the organisation), title, container, publisher, year, URL, accessed. */
export function sourceItem(source: Source): CslItem {
  const item: CslItem = { id: source.id, type: CSL_TYPE[source.type], title: source.title };
  // an organisation with no named author is the author, as a literal (never split into given/family);
  // "Unknown author" records that no one is named: it is not a name ("author, Unknown")
  const named = (source.author ?? []).filter((a) => !ANONYMOUS.test(a));
  if (named.length > 0) item.author = named;
  else if (source.organisation) item.author = [{ literal: source.organisation }];
  if (source.container) item['container-title'] = source.container;
  const publisher = source.publisher ?? (named.length > 0 ? source.organisation : undefined);
  if (publisher) item.publisher = publisher;
  if (source.type === 'factsheet') item.genre = 'Factsheet';
  if (source.year !== null) item.issued = { 'date-parts': [[source.year]] };
  if (source.url) item.URL = source.url;
  if (source.accessed) item.accessed = cslDate(source.accessed);
  return item;
}

/** "12", "12–14" from "p. 12", "pp. 12-14", "12"; null for "para. 3", "section 2" (those go in the note). */
export function pageOf(locator: string): string | null {
  const m = /^(?:pp?\.\s*)?(\d+(?:\s*[-–]\s*\d+)?)$/.exec(locator.trim());
  return m ? m[1]!.replace(/\s*[-–]\s*/, '–') : null;
}

/** The figure in words: "Displaced people: more than 568,000 persons, according to … (2000), as of 1993". */
export function figureText(claim: Claim, partyName: (id: string) => string): string {
  const asOf = claim.as_of && claim.value.kind !== 'date' ? `, as of ${formatDate(claim.as_of)}` : '';
  return `${METRIC_LABEL[claim.metric]}: ${formatValue(claim.value, claim.unit)}, ${attribution(partyName(claim.claimed_by), claim.claimed_year)}${asOf}`;
}

/** The claim's source as the figure cites it: the page, and a note with the figure, the data version and the permalink. */
export function figureSourceItem(claim: Claim, source: Source, ctx: CiteContext): CslItem {
  const item = sourceItem(source);
  const page = pageOf(claim.locator);
  if (page) item.page = page;
  const extra = [page ? null : CITE.locatorNote(claim.locator), claim.cites ? CITE.citingNote(claim.cites) : null, CITE.readNote(GRADE_LABEL[claim.read.grade])].filter(Boolean);
  const text = figureText(claim, ctx.partyName);
  const figure = extra.length ? `${text} (${extra.join('; ')})` : text;
  item.note = CITE.figureNote(figure, claim.id, ctx.version, ctx.permalink);
  return item;
}

/**
 * The figure as an item of its own, so that every style prints it: titled with the figure in words
 * ("Laçın — Internally displaced …: 63,007 persons, according to US Committee for Refugees (2000)"),
 * in the atlas (container), at the data version, at the permalink, accessed today. Its source is
 * the second item of "Cite this figure", named in this one's note.
 */
export function figureItem(claim: Claim, source: Source, ctx: CiteContext): CslItem {
  const place = ctx.subjectName ? `${ctx.subjectName(claim.subject)} — ` : '';
  return {
    id: `figure-${claim.id}`,
    type: 'dataset',
    title: `${place}${figureText(claim, ctx.partyName)}`,
    author: [{ literal: CITE.atlasAuthor }],
    'container-title': CITE.atlasTitle,
    // the year only: BibTeX has no day field ("month = {dec 2}" is refused by biber); the day is in `accessed`
    issued: yearOf(ctx.accessed),
    accessed: cslDate(ctx.accessed),
    version: ctx.version,
    URL: ctx.permalink,
    note: CITE.figureItemNote(source.title, claim.locator, claim.id, ctx.version),
  };
}

/** "Cite this figure": the figure's own item, then its source as it cites it. */
export function figureItems(claim: Claim, source: Source, ctx: CiteContext): CslItem[] {
  return [figureItem(claim, source, ctx), figureSourceItem(claim, source, ctx)];
}

/** The atlas as a dataset: the view's permalink, the data version, the day it was accessed. */
export function atlasItem(ctx: CiteContext): CslItem {
  return {
    id: `karabakh-atlas-${ctx.version}`,
    type: 'dataset',
    title: CITE.atlasTitle,
    author: [{ literal: CITE.atlasAuthor }],
    // the view is what is cited: it was "issued" to the reader the year it was accessed (the day is in `accessed`)
    issued: yearOf(ctx.accessed),
    accessed: cslDate(ctx.accessed),
    version: ctx.version,
    URL: ctx.permalink,
    // classic BibTeX has no version field: the note carries it there
    note: CITE.viewNote(ctx.version, ctx.accessed),
  };
}

/** "Cite this view": the atlas first, then each source of the figures in view once. */
export function viewItems(sources: readonly Source[], ctx: CiteContext): CslItem[] {
  return [atlasItem(ctx), ...sources.map(sourceItem)];
}

type CitationJs = typeof import('@citation-js/core');
let library: Promise<CitationJs> | undefined;

/** citation-js with the BibTeX and RIS plugins, loaded once, on first use. */
export function loadCitationJs(): Promise<CitationJs> {
  library ??= (async () => {
    const core = await import('@citation-js/core');
    await Promise.all([import('@citation-js/plugin-bibtex'), import('@citation-js/plugin-ris')]);
    // our ids are stable slugs ("hrw-1994"): better BibTeX keys than the generated "Human1994Azerbaijan"
    const bibtex = core.plugins.config.get('@bibtex');
    if (bibtex.format) {
      bibtex.format.useIdAsLabel = true;
      // asciiOnly drops letters LaTeX has no macro for: "Əliyev" came out "liyev"; UTF-8 BibTeX
      // (biber, bibtex8, every reference manager) keeps them
      bibtex.format.asciiOnly = false;
    }
    return core;
  })();
  return library;
}

/** BibTeX, BibLaTeX, CSL-JSON and RIS of some items, each written by citation-js. */
export async function formatCitations(items: readonly CslItem[]): Promise<CiteFormats> {
  const { Cite, plugins } = await loadCitationJs();
  // citation-js's own clean-up: person names parsed into family/given, types and dates checked
  const cite = new Cite(plugins.input.util.clean([...items], true));
  return {
    bibtex: cite.format('bibtex', { format: 'text' }),
    biblatex: cite.format('biblatex', { format: 'text' }),
    csl: cite.format('data', { format: 'text' }),
    ris: risText(cite.format('ris', { format: 'object' }) as unknown as RisRecord[], cite.data),
  };
}

/** A RIS record as citation-js maps it: tag → value(s). */
type RisRecord = Record<string, string | number | Array<string | number>>;

/** A CSL name after citation-js's clean-up. */
interface ParsedName {
  family?: string;
  given?: string;
  literal?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
}

/** RIS writes names "Family, Given[, Suffix]"; an organisation as it is. */
function risName(n: ParsedName): string {
  if (n.literal) return n.literal;
  const family = [n['non-dropping-particle'], n.family].filter(Boolean).join(' ');
  const given = [n.given, n['dropping-particle']].filter(Boolean).join(' ');
  return [family, given, n.suffix].filter(Boolean).join(', ');
}

/** RIS dates are "YYYY/MM/DD/" with two-digit month and day: the library writes "2026/12/2/". */
function risDate(tag: string, value: string): string {
  if (tag !== 'DA' && tag !== 'Y2' && tag !== 'Y1') return value;
  const m = /^(\d{4})\/(\d{1,2})?\/?(\d{1,2})?\/?(.*)$/.exec(value);
  if (!m) return value;
  const [, y, mo, d, rest] = m;
  const pad = (x: string | undefined) => (x ? x.padStart(2, '0') : '');
  return `${y}/${pad(mo)}/${pad(d)}/${rest ?? ''}`;
}

/**
 * The library's RIS records as lines. Its text writer hard-wraps every value at 70 characters, and
 * readers (its own parser, Zotero) rejoin continuation lines with a space, which breaks the
 * permalink and long titles ("Karabak h"); so the tags and values are citation-js's, only the
 * lines are joined here, unwrapped, TY first and ER last as the RIS specification orders them.
 * Its RIS mapping also has no author for newspaper articles (TY NEWS, where RIS puts the reporter
 * in AU): that one gap is filled from the names citation-js parsed.
 */
function risText(records: readonly RisRecord[], items: ReadonlyArray<Record<string, unknown>>): string {
  const lines: string[] = [];
  records.forEach((record, i) => {
    lines.push(`TY  - ${String(record.TY)}`);
    const authors = (items[i]?.author ?? []) as ParsedName[];
    if (record.AU === undefined && record.A1 === undefined && authors.length > 0) {
      for (const a of authors) lines.push(`AU  - ${risName(a)}`);
    }
    for (const [tag, value] of Object.entries(record)) {
      if (tag === 'TY' || tag === 'ER') continue;
      // the library cuts IDs to 20 characters: the item's own id, whole, so two figures never share one
      if (tag === 'ID' && typeof items[i]?.id === 'string') {
        lines.push(`ID  - ${String(items[i]?.id)}`);
        continue;
      }
      for (const v of Array.isArray(value) ? value : [value]) lines.push(`${tag}  - ${risDate(tag, String(v).replace(/\s*[\r\n]+\s*/g, ' '))}`);
    }
    lines.push('ER  - ');
  });
  return `${lines.join('\r\n')}\r\n`;
}
