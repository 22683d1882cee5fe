import { z } from 'zod';
import { HttpUrl, IsoPartialDate, LongText, ShortText, Slug } from './common.ts';

export const SourceId = Slug;

export const SourceType = z.enum([
  'article', // journal article
  'book',
  'chapter',
  'report',
  'factsheet',
  'resolution',
  'letter',
  'news',
  'webpage',
  'dataset',
]);
export type SourceType = z.infer<typeof SourceType>;

const SourceFields = z.strictObject({
  id: SourceId,
  type: SourceType,
  author: z.array(ShortText).min(1).optional(),
  organisation: ShortText.optional(),
  title: ShortText,
  container: ShortText.optional(), // journal, newspaper, website
  publisher: ShortText.optional(),
  year: z.number().int().min(1800).max(2100).nullable(),
  url: HttpUrl.optional(),
  accessed: IsoPartialDate.optional(),
  /** the text this atlas starts from (the seed article): its USCR list is what the map shades */
  seed: z.literal(true).optional(),
  /** what the document is, for a reader ("a one-sided text; its author is not named") */
  about: ShortText.optional(),
  /** how it was read, in a reader's terms (the URL, the date, which part of the page) */
  note: LongText.optional(),
});

type SourceShape = z.infer<typeof SourceFields>;
/** No author and no organisation is allowed only when `about` says that the text names none. */
const hasMaker = (s: SourceShape) => s.author !== undefined || s.organisation !== undefined || s.about !== undefined;
const makerIssue = { message: 'a source needs an author, an organisation, or an `about` saying that it names neither', path: ['author'] };

/** A bibliographic record as the page and the exports read it (BibTeX / CSL-JSON / RIS). */
export const Source = SourceFields.refine(hasMaker, makerIssue);
export type Source = z.infer<typeof Source>;

/** As curated in geodata/claims/sources.json: plus `curation`, maintainers' notes the build drops. */
export const SourceRecord = SourceFields.extend({ curation: LongText.optional() }).refine(hasMaker, makerIssue);
export type SourceRecord = z.infer<typeof SourceRecord>;
