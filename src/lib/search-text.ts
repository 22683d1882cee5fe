/**
 * How a typed query meets a place's names. Readers type a name the way they know it: in
 * Azerbaijani with its letters (Kəlbəcər), without them (Kelbecer), in an English spelling of
 * the Azerbaijani (Kalbajar), of the Russian (Kelbadzhar), or of the Armenian (Karvachar). One
 * comparison cannot serve all of these, so every name carries a few keys and a match is graded
 * by how close the keys come. Pure: no DOM, no data.
 */
import { foldForSearch } from './format.ts';

/**
 * Lower case, accents off, Azerbaijani letters to their base letter (ə→e, ı→i, ş→s, ç→c, ğ→g,
 * ö→o, ü→u), anything but letters and digits to one space. The gazetteer writes schwa as ǝ
 * (U+01DD, "Xankǝndi"), a different code point from the Azerbaijani ə (U+0259): both fold alike.
 * Cyrillic and Armenian letters are kept, lower-cased, so a query in either script meets
 * the aliases written in it.
 */
export function fold(text: string): string {
  return foldForSearch(text.replace(/ǝ/g, 'ə').replace(/Ǝ/g, 'Ə'));
}

/** Azerbaijani letters as English-language texts spell them (x→kh, c→j, ç→ch, ş→sh, ğ→gh, q→g, ə→a). */
const AZ_TO_ENGLISH: Readonly<Record<string, string>> = {
  ə: 'a',
  ǝ: 'a',
  x: 'kh',
  c: 'j',
  ç: 'ch',
  ş: 'sh',
  ğ: 'gh',
  q: 'g',
  ı: 'i',
  ö: 'o',
  ü: 'u',
};

/**
 * An Azerbaijani name spelt as English texts spell it: Kəlbəcər → kalbajar, Ağdərə → aghdara,
 * Xocalı → khojali, Cəbrayıl → jabrayil. Only for text that is Azerbaijani: c and x mean other
 * sounds in English and Russian spellings.
 */
export function azToEnglish(text: string): string {
  const lower = text.replace(/ǝ/g, 'ə').replace(/Ǝ/g, 'Ə').toLocaleLowerCase('en');
  return fold([...lower].map((ch) => AZ_TO_ENGLISH[ch] ?? ch).join(''));
}

/**
 * A folded Latin spelling reduced to what its variants share: kh and x → h (Xankəndi, Khankendi,
 * Hankendi), gh and q → g, dzh, dj and zh → j (Agdzhabedi, Adjabedi, Aghjabadi), sh → s, ch → c,
 * e → a (the English spellings write ə as either: Kelbajar, Kalbajar), y → i and a doubled
 * vowel once (Jabrail, Jabrayil). Coarse on purpose: it is only tried after the closer keys,
 * and it leaves other scripts as they are.
 */
export function loose(folded: string): string {
  return folded
    .replace(/dzh|dj|zh/g, 'j')
    .replace(/kh|x/g, 'h')
    .replace(/gh|q/g, 'g')
    .replace(/sh/g, 's')
    .replace(/ch/g, 'c')
    .replace(/e/g, 'a')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/([aiou])\1+/g, '$1');
}

/** The keys of a name or a query: close spellings, then the loose skeletons of each. */
export interface SearchKeys {
  exact: readonly string[];
  loose: readonly string[];
}

const unique = (list: readonly string[]): string[] => [...new Set(list.filter((s) => s !== ''))];

/** A name's keys; `az` when the name is Azerbaijani, so its English spelling is a key too. */
export function nameKeys(name: string, az: boolean): SearchKeys {
  const exact = unique([fold(name), az ? azToEnglish(name) : '']);
  return { exact, loose: unique(exact.map(loose)) };
}

/**
 * A query's keys, or null when nothing searchable is left. The English spelling of the query is
 * always a key too: a reader may type Azerbaijani letters (Ağdərə) or Azerbaijani spelling without
 * them (Xocali, Qubadli) when the name is stored in English.
 */
export function queryKeys(query: string): SearchKeys | null {
  const exact = unique([fold(query), azToEnglish(query)]);
  return exact.length === 0 ? null : { exact, loose: unique(exact.map(loose)) };
}

/**
 * How closely a query meets a name, best first; null when it does not. Even tiers compare the
 * close spellings, odd ones the loose skeletons: 0–1 the whole name, 2–3 the name starts with the
 * query, 4–5 a later word of it does, 6–7 the query is anywhere in it. A whole name in another
 * spelling (1) comes before the start of a longer name (2). A query shorter than `substringFrom`
 * (3 unless told) is not looked for inside words: two letters are in too many names.
 */
export function matchTier(q: SearchKeys, name: SearchKeys, substringFrom = 3): number | null {
  // a loose key can be shorter than what was typed ("zzz" → "z"): inside words it needs three letters
  const inside = (min: number) => (n: string, k: string) => k.length >= min && n.includes(k);
  const tests: Array<[(n: string, k: string) => boolean, (n: string, k: string) => boolean]> = [
    [(n, k) => n === k, (n, k) => n === k],
    [(n, k) => n.startsWith(k), (n, k) => n.startsWith(k)],
    [(n, k) => n.includes(` ${k}`), (n, k) => n.includes(` ${k}`)],
    [inside(substringFrom), inside(Math.max(3, substringFrom))],
  ];
  for (const [t, [close, far]] of tests.entries()) {
    if (name.exact.some((n) => q.exact.some((k) => close(n, k)))) return t * 2;
    if (name.loose.some((n) => q.loose.some((k) => far(n, k)))) return t * 2 + 1;
  }
  return null;
}

/** Something searchable: its names, each with its keys. */
export interface Searchable<N extends { keys: SearchKeys }> {
  names: readonly N[];
}

/** The best name of an entry for a query: its tier and which name (the first of equal ones). */
export interface NameMatch<N> {
  tier: number;
  name: N;
  /** index of the name in the entry's list: earlier names (the entry's own) win ties */
  at: number;
}

export function bestName<N extends { keys: SearchKeys }>(q: SearchKeys, entry: Searchable<N>, substringFrom?: number): NameMatch<N> | null {
  let best: NameMatch<N> | null = null;
  entry.names.forEach((name, at) => {
    const tier = matchTier(q, name.keys, substringFrom);
    if (tier !== null && (best === null || tier < best.tier)) best = { tier, name, at };
  });
  return best;
}
