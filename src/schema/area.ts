import { z } from 'zod';
import { LongText, ShortText } from './common.ts';
import { Alias } from './district.ts';
import { AreaId, DistrictId } from './ids.ts';

/**
 * An area a source names that this map draws no outline for (geodata/claims/areas.json). Its
 * figures stay on it. `covers` names the districts it takes in, wholly or in part, only where the
 * source or a record says so (`basis`); a de facto region whose extent is not stated covers none.
 * `within` is the one district a town or site lies in. A district popup lists a covering area's
 * figures as "for the wider area" and a town's as "in this district", never as the district's own.
 */
export const AreaRecord = z
  .strictObject({
    id: AreaId,
    name_en: ShortText,
    /** the Azerbaijani name, when the area has one (a de facto region has none) */
    name_az: ShortText.nullable(),
    kind: z.enum(['country', 'conflict-wide', 'named-area', 'de-facto-region', 'town', 'site']),
    aliases: z.array(Alias),
    covers: z.array(DistrictId),
    within: DistrictId.nullable(),
    /** why it covers or lies in those districts, in a reader's terms; required when it names any */
    basis: ShortText.optional(),
    /** "area as the source names it": what the sources call it, and what the map does not assume */
    note: LongText,
  })
  .superRefine((a, ctx) => {
    if ((a.covers.length > 0 || a.within !== null) && a.basis === undefined) {
      ctx.addIssue({ code: 'custom', path: ['basis'], message: 'say why the area covers or lies in these districts (basis)' });
    }
    if (a.covers.length > 0 && a.within !== null) {
      ctx.addIssue({ code: 'custom', path: ['within'], message: 'an area either covers districts or lies within one, not both' });
    }
  });
export type AreaRecord = z.infer<typeof AreaRecord>;
