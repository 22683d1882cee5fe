/**
 * The data checks in words. The build gives each check a recipe with the ids and numbers it found
 * (src/schema/check.ts); the names of places and parties, and the figures quoted, come from the
 * data. A curator's title and explanation are shown as written.
 */
import type { CheckData, CheckNames } from '../data/check-index.ts';
import { describeValue, groupDigits } from '../lib/describe-value.ts';
import { areaName, attribution, formatDate, formatValue } from '../lib/format.ts';
import { changeLine } from './en-control.ts';
import { COUNTRY_ID, NKAO_ID, type Claim, type DataCheck } from '../schema/index.ts';
import { METRIC_LABEL } from './en.ts';

const LENGTH_NAME = { km: 'kilometres', mi: 'miles' } as const;

/** A subject as the sentences name it: the Azerbaijani name first, as the popups do. */
function subjectName(id: string, names: CheckNames): string {
  if (id === COUNTRY_ID) return 'Azerbaijan';
  if (id === NKAO_ID) return 'the former NKAO';
  const area = names.areasById.get(id);
  if (area) return areaName(area);
  return names.districtsById.get(id)?.name_az ?? names.eventsById.get(id)?.name_az ?? names.eventPlacesById.get(id)?.name_az ?? names.routesById.get(id)?.name_en ?? id;
}

const partyName = (id: string, names: CheckNames): string => names.partiesById.get(id)?.name ?? id;

/** "264 persons according to X (2016)": one claim, hedge included; a date or words carry no unit. */
function statement(c: Claim, names: CheckNames): string {
  const unit = c.value.kind === 'date' || c.value.kind === 'date_range' || c.value.kind === 'category' || c.value.kind === 'text' ? '' : ` ${c.unit}`;
  return `${describeValue(c.value)}${unit} ${attribution(partyName(c.claimed_by, names), c.claimed_year)}`;
}

/** "2 April 1993 according to X (1994)": a date in words; a weekday or "yesterday" with the day this map reads it as. */
function dateStatement(c: Claim, names: CheckNames): string {
  const read = c.derived ? ` (read by this map as ${formatValue(c.derived.value, c.derived.unit)})` : '';
  return `${formatValue(c.value, c.unit)}${read} ${attribution(partyName(c.claimed_by, names), c.claimed_year)}`;
}

/** When a total was counted: the date it refers to, else the year it was stated. */
const when = (c: Claim): string => c.as_of ?? (c.claimed_year === null ? '' : String(c.claimed_year));
const signed = (pct: number): string => `${pct > 0 ? '+' : ''}${pct}%`;
/** The differences from the drawn boundary beyond the tolerance: "+12%, −15%". */
const beyondBoundary = (t: Extract<DataCheck['text'], { recipe: 'area-vs-map' }>): string =>
  [...new Set(t.stated.filter((s) => s.beyond).map((s) => signed(s.percent)))].join(', ');
const claimsOf = (ids: readonly string[], data: CheckData): Claim[] => ids.flatMap((id) => data.claimsById.get(id) ?? []);

/** The check's heading: "Laçın — Area: 2 different figures". */
export function checkTitle(check: DataCheck, names: CheckNames): string {
  const t = check.text;
  const n = check.inputs.length;
  switch (t.recipe) {
    case 'compare':
    case 'convert':
      return t.curated.title;
    case 'list-sum':
      return `The article's ${partyName(t.party, names)} list against its own total`;
    case 'differ':
      return `${subjectName(check.subject, names)} — ${METRIC_LABEL[t.metric]}: ${t.values} different ${check.category === 'dates-differ' ? 'dates' : 'figures'}`;
    case 'control-dates':
      return `${changeLine(subjectName(check.subject, names), t.to, t.extent)}: ${new Set(check.inputs).size} sources, different dates`;
    case 'idp-series':
      return `Displaced people in Azerbaijan: ${n} totals by year and source`;
    case 'area-vs-map':
      return `${subjectName(check.subject, names)} — stated area against the drawn boundary (${beyondBoundary(t)})`;
    case 'gap':
      return t.figure === 'damage' ? 'Districts with no sourced damage figure' : 'Districts with no displaced-people figure';
    case 'single-source':
      return `Figures that rest on a single claimant (${n})`;
    case 'not-read':
      return `Quotes not yet read in any copy of their source (${n})`;
    case 'read-in-copy':
      return `Quotes read only on another site than the original publisher's (${n})`;
    case 'no-source-named':
      return `Figures whose text names no source (${n})`;
  }
}

/**
 * A popup badge in words: what the check says of the figure, so a reader never takes "differs" for
 * "this figure is wrong" ("the article's own list sums to 560,098; it states more than 568,000").
 * `claimsById` is optional: without it, the check's title stands in.
 */
export function checkBadgeWords(check: DataCheck, names: CheckNames & { claimsById?: ReadonlyMap<string, Claim> }): string {
  const t = check.text;
  const against = check.against === null ? undefined : names.claimsById?.get(check.against);
  switch (t.recipe) {
    case 'list-sum': {
      if (check.computed === null) return checkTitle(check, names);
      const sum = `the article's own list sums to ${groupDigits(check.computed)}`;
      // the stated total is another place's figure: its file may not be loaded yet
      if (against) return `${sum}; it states ${describeValue(against.value)}`;
      return check.result === 'consistent' ? `${sum}, as its stated total` : `${sum}, not the total it states`;
    }
    case 'convert':
      return check.result === 'consistent' ? "the source's own conversion checks out" : "the source's own conversion does not check out";
    case 'compare':
      return 'set beside another statement';
    case 'area-vs-map':
      return `the stated area is ${beyondBoundary(t)} from the drawn boundary`;
    case 'idp-series':
      return 'one of the national totals by year';
    default:
      return checkTitle(check, names);
  }
}

/** "17,000 km² is 6,564 sq mi (× 0.386102, map calculation); the source prints …": the map's own arithmetic. */
function conversionSentence(check: DataCheck, t: Extract<DataCheck['text'], { recipe: 'convert' }>, data: CheckData): string {
  const [from] = claimsOf(check.inputs, data);
  const to = check.against === null ? undefined : data.claimsById.get(check.against);
  if (!from || !to || !('n' in from.value) || check.computed === null) return '';
  const n = from.value.n;
  const slip = t.slip
    ? ` That is ${groupDigits(n)} × ${t.slip.factor.toFixed(6)} (${groupDigits(Math.round(n * t.slip.factor))}): the factor for ${LENGTH_NAME[t.slip.from]} to ${LENGTH_NAME[t.slip.to]}, a length, applied to an area.`
    : '';
  return (
    ` ${groupDigits(n)} ${from.unit} is ${groupDigits(check.computed)} ${to.unit} (× ${t.factor.toFixed(6)}, map calculation); ` +
    `the source prints ${describeValue(to.value)} ${to.unit}.${slip}`
  );
}

/** What the check found, with every figure it is about and who states it. */
export function checkExplanation(check: DataCheck, data: CheckData): string {
  const t = check.text;
  const claims = claimsOf(check.inputs, data);
  const n = check.inputs.length;
  switch (t.recipe) {
    case 'compare':
      return t.curated.explanation;
    case 'convert':
      return `${t.curated.explanation}${conversionSentence(check, t, data)}`;
    case 'list-sum': {
      const against = check.against === null ? undefined : data.claimsById.get(check.against);
      const party = partyName(t.party, data);
      const places = claims.map((c) => data.districtsById.get(c.subject)?.name_en ?? c.subject).join(', ');
      return (
        `The article relays ${n} figures from the ${party} (${places}). ` +
        `Added up by this map they come to ${groupDigits(check.computed ?? 0)}; the same passage states ${against ? describeValue(against.value) : ''}. ` +
        (check.result === 'consistent' ? 'The two agree.' : 'The two do not agree; both are shown as the article gives them.')
      );
    }
    case 'differ':
      return (
        `${claims.map((c) => statement(c, data)).join('; ')}. ` +
        (t.one_claimant ? 'One claimant gives different figures, in different texts or years. ' : 'Different sources give different figures. ') +
        'The map shows them side by side and does not choose between them.'
      );
    case 'control-dates': {
      const coarser = claims.filter((c) => t.coarser.includes(c.id));
      const place = subjectName(check.subject, data);
      const n = check.computed ?? 0;
      const drawn =
        t.span.from === t.span.to
          ? `The timeline dates the change to ${formatDate(t.span.from)}, the one day the dates have in common.`
          : `The timeline draws ${place} as “date uncertain” from ${formatDate(t.span.from)} until ${formatDate(t.span.to)} (${n} ${n === 1 ? 'day' : 'days'}), the first and the last day the sources give, and as changed from ${formatDate(t.span.to)}. It does not choose between them.`;
      return (
        `${claims.map((c) => dateStatement(c, data)).join('; ')}. ${drawn}` +
        (coarser.length > 0
          ? ` ${coarser.map((c) => partyName(c.claimed_by, data)).join(', ')} give${coarser.length === 1 ? 's' : ''} a longer period (a month, a year, a range) that holds the other dates; that agrees with them and does not widen the span.`
          : '')
      );
    }
    case 'idp-series':
      return (
        `${claims.map((c) => `${when(c) || 'undated'}: ${statement(c, data)}`).join('; ')}. ` +
        'These are counts of different years, by different bodies and definitions (some count only people from the districts that came under Armenian control). They are listed, never added up or averaged.'
      );
    case 'area-vs-map': {
      const stated = t.stated.flatMap((s) => {
        const c = data.claimsById.get(s.claim);
        return c ? [`${statement(c, data)} (${signed(s.percent)})`] : [];
      });
      return (
        `The boundary this map draws (Natural Earth, generalised) measures ${groupDigits(check.computed ?? 0)} km² (geodesic, map calculation). ` +
        `${stated.join('; ')}. ` +
        `A difference over ${t.tolerance_pct}% says the drawn outline, or the district the source measured, is not the same shape; it does not say which figure is right.`
      );
    }
    case 'gap': {
      const places = check.places.map((id) => subjectName(id, data)).join(', ');
      return t.figure === 'damage'
        ? `No source in this atlas gives any damage figure for ${places}. Nothing is estimated for them: every damage shading draws them as "no figure in sources".`
        : `No source in this atlas gives a figure of people displaced for ${places}. Nothing is estimated for them: the map draws them hatched, as it draws every district the US Committee for Refugees list leaves out.`;
    }
    case 'single-source':
      return `For these ${n} figures (${t.metrics} kinds of figure), one claimant is the only source in this atlas for that place and measure. They are shown with a "single source" badge; another source may confirm or contradict them.`;
    case 'not-read':
      return `These ${n} quotes were passed on with the address of the page they come from, but this map has not yet read them there, in the original or in a copy. Each is marked "not read" where it is shown.`;
    case 'read-in-copy':
      return `These ${n} quotes were read in a reproduction: a copy of the text on another site (a mirror of an encyclopedia, a site that reposts a news agency's text). Each names the site it was read on. The original may differ.`;
    case 'no-source-named':
      return `The text that gives these ${n} figures attributes them to nobody, or to a party without naming a document ("it was estimated", "Armenia estimates"). They are shown with a "no source given" badge.`;
  }
}
