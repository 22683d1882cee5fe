import { z } from 'zod';

/** Upper bounds keep hostile or broken data from blowing up the page (issue 7 tightens further). */
export const MAX_SHORT = 300;
export const MAX_LONG = 4000;

export const Slug = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case ASCII slug like "uscr-2000"');

export const ShortText = z.string().trim().min(1).max(MAX_SHORT);
export const LongText = z.string().trim().min(1).max(MAX_LONG);

/** Only http(s) links: a `javascript:` or `data:` URL in a source record must never become a link. */
export const HttpUrl = z
  .string()
  .max(2000)
  .refine((u) => {
    try {
      const p = new URL(u).protocol;
      return p === 'http:' || p === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL');

/** ISO 8601 with the precision the source gives: "1993", "1993-04", "1993-04-02", "1992-02-25T23:00". */
export const IsoPartialDate = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d)?)?)?$/,
    'must be an ISO date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm',
  );

export const Confidence = z.enum(['high', 'medium', 'low']);
export type Confidence = z.infer<typeof Confidence>;
