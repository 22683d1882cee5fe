/**
 * The two word lists of issue 12, shared by the data test (atlas.json, i18n, README) and the
 * end-to-end test (dist/, exported files).
 *
 * PARTY_TERMS: a party's own words, which the atlas may use only inside quotation marks (the
 * source's word) or in a name. WORKSHOP: words about how this project's work was organised, and
 * paths into the repository; a reader's note names the page, the date and the part read instead.
 */
export const PARTY_TERMS = /\b(occupied|occupation|occupying|occupiers?|liberated|liberation|artsakh|genocide|massacres?|aggression|aggressors?|martyrs?)\b/i;

export const WORKSHOP =
  /research record|\bresearch\b(?! (?:center|centre|institute))|\bhelpers?\b|\bsessions?\b|\bissue \d+|search tool|\bcorpus\b|\bthe project\b|\bproject's\b|facts-[a-z]+\.json|\.\.\/shared|geodata\/|\bby us\b|\bcurators?\b|stored cop(?:y|ies)|\brecord [A-Z]-\d{3}\b|unknown author|feature \d+ of \d+/i;

/**
 * The text with every quoted passage taken out: “…”, "…", ‘…’ and '…' when the single quote
 * opens after a space or bracket and closes before one (an apostrophe inside a word stays).
 */
export function outsideQuotes(text: string): string {
  return text
    .replace(/“[^”]*”/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/‘[^’]*’/g, ' ')
    .replace(/(^|[\s([/—–-])'[^']*'(?=$|[\s).,;:!?\]/—–-])/g, '$1 ');
}

/** The first party term outside quotes, or null. */
export function partyTermIn(text: string): string | null {
  return PARTY_TERMS.exec(outsideQuotes(text))?.[0] ?? null;
}

/** The first workshop word or repository path, or null. */
export function workshopWordIn(text: string): string | null {
  return WORKSHOP.exec(text)?.[0] ?? null;
}
