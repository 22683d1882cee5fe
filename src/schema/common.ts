import { z } from 'zod';

/** Upper bounds keep hostile or broken data from blowing up the page. */
export const MAX_SHORT = 300;
export const MAX_LONG = 4000;

/**
 * Characters no text field may hold. The explicit bidirectional controls make a string
 * display in another order than it is stored (after U+202E, "txt.exe" shows as "exe.txt" on screen),
 * so a quote could show words its source never wrote; C0/C1 controls are invisible or break lines,
 * logs and exports. Letters of any script, right-to-left ones included, are ordinary text and pass;
 * invisible format characters (below) do not, nor does a word whose letters mix scripts.
 */
const BIDI_CONTROLS: Readonly<Record<number, string>> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};
/** Unicode's name aliases of U+0000–U+001F, then U+007F and U+0080–U+009F (the controls have no names of their own). */
const C0_NAMES = [
  'NULL', 'START OF HEADING', 'START OF TEXT', 'END OF TEXT', 'END OF TRANSMISSION', 'ENQUIRY', 'ACKNOWLEDGE', 'BELL',
  'BACKSPACE', 'CHARACTER TABULATION', 'LINE FEED', 'LINE TABULATION', 'FORM FEED', 'CARRIAGE RETURN', 'SHIFT OUT', 'SHIFT IN',
  'DATA LINK ESCAPE', 'DEVICE CONTROL ONE', 'DEVICE CONTROL TWO', 'DEVICE CONTROL THREE', 'DEVICE CONTROL FOUR',
  'NEGATIVE ACKNOWLEDGE', 'SYNCHRONOUS IDLE', 'END OF TRANSMISSION BLOCK', 'CANCEL', 'END OF MEDIUM', 'SUBSTITUTE', 'ESCAPE',
  'INFORMATION SEPARATOR FOUR', 'INFORMATION SEPARATOR THREE', 'INFORMATION SEPARATOR TWO', 'INFORMATION SEPARATOR ONE',
];
const C1_NAMES = [
  'PADDING CHARACTER', 'HIGH OCTET PRESET', 'BREAK PERMITTED HERE', 'NO BREAK HERE', 'INDEX', 'NEXT LINE',
  'START OF SELECTED AREA', 'END OF SELECTED AREA', 'CHARACTER TABULATION SET', 'CHARACTER TABULATION WITH JUSTIFICATION',
  'LINE TABULATION SET', 'PARTIAL LINE FORWARD', 'PARTIAL LINE BACKWARD', 'REVERSE LINE FEED', 'SINGLE SHIFT TWO',
  'SINGLE SHIFT THREE', 'DEVICE CONTROL STRING', 'PRIVATE USE ONE', 'PRIVATE USE TWO', 'SET TRANSMIT STATE',
  'CANCEL CHARACTER', 'MESSAGE WAITING', 'START OF GUARDED AREA', 'END OF GUARDED AREA', 'START OF STRING',
  'SINGLE GRAPHIC CHARACTER INTRODUCER', 'SINGLE CHARACTER INTRODUCER', 'CONTROL SEQUENCE INTRODUCER', 'STRING TERMINATOR',
  'OPERATING SYSTEM COMMAND', 'PRIVACY MESSAGE', 'APPLICATION PROGRAM COMMAND',
];
/**
 * Invisible format characters: a zero-width space or joiner inside "US Committee for
 * Refugees" makes a different string that looks the same, so a join or a party id silently misses;
 * line and paragraph separators break lines where no one sees a break; tag characters hide text.
 */
const INVISIBLE: Readonly<Record<number, string>> = {
  0x00ad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x061c: 'ARABIC LETTER MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};
const isTag = (cp: number) => cp >= 0xe0000 && cp <= 0xe007f;
const isSurrogate = (cp: number) => cp >= 0xd800 && cp <= 0xdfff;

/** Tab and line feed: allowed in long texts (a quote may keep its lines), never in short ones. */
const LONG_TEXT_CONTROLS = new Set([0x09, 0x0a]);

/** 10000 → "10,000" (no Intl: messages read the same on every machine) */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** zod's too_big message, rewritten to say how long the text is and what the bound is */
const tooLong = (what: string, max: number) => (iss: { input?: unknown }) =>
  `is ${typeof iss.input === 'string' ? grouped(iss.input.length) : 'too many'} characters long; ${what} may have at most ${grouped(max)}`;

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** "U+202E RIGHT-TO-LEFT OVERRIDE" */
export function describeChar(cp: number): string {
  const name = BIDI_CONTROLS[cp] ?? INVISIBLE[cp] ?? (isTag(cp) ? 'TAG CHARACTER' : isSurrogate(cp) ? 'LONE SURROGATE' : undefined) ?? (cp < 0x20 ? C0_NAMES[cp] : cp === 0x7f ? 'DELETE' : cp >= 0x80 && cp <= 0x9f ? C1_NAMES[cp - 0x80] : undefined);
  return name ? `${hex(cp)} ${name}` : hex(cp);
}

// fast path: one regex test per string (the page re-checks some 10,000 strings at load); the
// character-by-character walk runs only to name what it found
const FORBIDDEN_SHORT = /[\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]|\udb40[\udc00-\udc7f]/;
const FORBIDDEN_LONG = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u034f\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]|\udb40[\udc00-\udc7f]/;

/**
 * The first forbidden character of a text, as a message naming it and its position (1-based, in
 * characters), or null when the text is clean.
 */
export function forbiddenChar(text: string, long: boolean): string | null {
  if (!(long ? FORBIDDEN_LONG : FORBIDDEN_SHORT).test(text)) return null;
  let at = 0;
  for (const ch of text) {
    at += 1;
    const cp = ch.codePointAt(0) ?? 0;
    if (cp in BIDI_CONTROLS) {
      return `contains ${describeChar(cp)} at character ${at}: a bidirectional control makes the text display in another order than it is written, so no text field may hold one`;
    }
    if (cp in INVISIBLE || isTag(cp) || isSurrogate(cp)) {
      return `contains ${describeChar(cp)} at character ${at}: an invisible format character makes two texts that look the same differ, so no text field may hold one`;
    }
    const control = cp < 0x20 || (cp >= 0x7f && cp <= 0x9f);
    if (control && !(long && LONG_TEXT_CONTROLS.has(cp))) {
      return long
        ? `contains ${describeChar(cp)} at character ${at}: a control character; a long text may hold only tab and line feed`
        : `contains ${describeChar(cp)} at character ${at}: a control character; a short text (a name, title or label) may hold none, not even tab or line feed`;
    }
  }
  return null;
}

const SCRIPTS: readonly [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Arabic', /\p{Script=Arabic}/u],
];
const ASCII = /^[\x00-\x7f]*$/;
const scriptOf = (ch: string): string | null => SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? null;

/**
 * The first word whose letters come from two scripts ("US Сommittee" with a Cyrillic С), as a
 * message naming the letter, or null. Such a word looks like another and silently breaks a match.
 */
export function mixedScript(text: string): string | null {
  if (ASCII.test(text)) return null; // fast path: nearly every label is plain ASCII
  for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const word = m[0];
    const letters = [...word].map((ch, i) => ({ ch, at: i + 1, script: scriptOf(ch) })).filter((l) => l.script !== null);
    const counts = new Map<string, number>();
    for (const l of letters) counts.set(l.script ?? '', (counts.get(l.script ?? '') ?? 0) + 1);
    if (counts.size < 2) continue;
    // the odd letter out is the one of the rarer script: the Cyrillic С in "Сommittee"
    const [main, odd] = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s);
    const bad = letters.find((l) => l.script === odd);
    if (!bad) continue;
    return `the word "${word}" mixes ${odd} and ${main} letters (${hex(bad.ch.codePointAt(0) ?? 0)}, a ${(odd ?? '').toLowerCase()} letter, is letter ${bad.at} of the word): a name may not look like another`;
  }
  return null;
}

const text = (max: number, kind: string, long: boolean) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max, { error: tooLong(kind, max) })
    .superRefine((s, ctx) => {
      const problem = forbiddenChar(s, long) ?? (long ? null : mixedScript(s));
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

export const Slug = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case ASCII slug like "uscr-2000"');

/** A name, title, label or locator: at most 300 characters, no bidi or control characters. */
export const ShortText = text(MAX_SHORT, 'a short text (a name, title or label)', false);
/** A quote, note or explanation: at most 4,000 characters; tab and line feed allowed, no other control. */
export const LongText = text(MAX_LONG, 'a long text (a quote, note or explanation)', true);

/** Only http(s) links: a `javascript:` or `data:` URL in a source record must never become a link. */
export const HttpUrl = z
  .string()
  .max(2000, { error: tooLong('a URL', 2000) })
  .refine((u) => {
    try {
      const p = new URL(u).protocol;
      return p === 'http:' || p === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL')
  // the URL parser would quietly drop a tab or line break, and keeps a bidi control percent-encoded;
  // the stored string is what becomes the link, so it must hold neither
  .superRefine((u, ctx) => {
    const problem = forbiddenChar(u, false);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** ISO 8601 with the precision the source gives: "1993", "1993-04", "1993-04-02", "1992-02-25T23:00". */
export const IsoPartialDate = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d)?)?)?$/,
    'must be an ISO date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm',
  );
