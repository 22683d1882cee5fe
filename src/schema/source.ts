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

/**
 * A bibliographic record, rich enough to emit BibTeX / CSL-JSON later (issue 5).
 * `note` says how we read it ("read in a reproduction, not the original").
 */
export const Source = z
  .strictObject({
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
    note: LongText.optional(),
  })
  .refine((s) => s.author !== undefined || s.organisation !== undefined, {
    message: 'a source needs an author or an organisation',
    path: ['author'],
  });
export type Source = z.infer<typeof Source>;
