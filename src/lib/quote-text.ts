/**
 * Normalises text for comparing a quote with the page it comes from: PDF-extracted text breaks
 * words across lines ("Demo-\ncratic") and wraps at arbitrary spaces; typographic quotes vary
 * between copies. A hyphen at a line end may be the break ("Demo-cratic") or part of the word
 * ("Nagorno-Karabakh"), so every hyphen between letters is dropped on both sides of the comparison.
 * The quote stays exact in the data; only the comparison is forgiving.
 */
export function normaliseForQuoteMatch(text: string): string {
  return text
    .replace(/(\p{L})-\s*\n\s*(\p{L})/gu, '$1$2')
    .replace(/(\p{L})-(\p{L})/gu, '$1$2')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the quote (ellipses "…" or "..." marking omissions) occurs in the text, part by part in order. */
export function quoteOccursIn(quote: string, text: string): boolean {
  const hay = normaliseForQuoteMatch(text);
  const parts = normaliseForQuoteMatch(quote)
    .split(/\s*(?:…|\.\.\.)\s*/)
    .filter((p) => p.length > 0);
  let from = 0;
  for (const part of parts) {
    const at = hay.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return parts.length > 0;
}
