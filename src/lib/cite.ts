/**
 * Short citations for the reader: "Human Rights Watch (1994). Seven Years of Conflict… p. 12".
 * Pure; the source type is structural (the schema's Source fits it) so lib imports nothing from src.
 */
export interface SourceLike {
  author?: string[] | undefined;
  organisation?: string | undefined;
  title: string;
  container?: string | undefined;
  year: number | null;
}

/** "Guliyev", "Smith and Jones", "Smith et al.", or the organisation when no author is named. */
export function citeWho(source: SourceLike): string {
  const authors = source.author ?? [];
  if (authors.length === 0) return source.organisation ?? '';
  if (authors.length === 1) return authors[0] ?? '';
  if (authors.length === 2) return `${authors[0]} and ${authors[1]}`;
  return `${authors[0]} et al.`;
}

/** Author or organisation, year, title, container and locator, as one line. */
export function citeShort(source: SourceLike, locator?: string): string {
  const who = citeWho(source);
  const year = source.year === null ? 'n.d.' : String(source.year);
  // a text that names no author or organisation starts with its title, never with "Unknown author"
  const parts = who ? [`${who} (${year})`, `“${source.title}”`] : [`“${source.title}” (${year})`];
  if (source.container) parts.push(source.container);
  if (locator) parts.push(locator);
  return parts.join(', ');
}
