import type { MultiPolygon, Polygon } from 'geojson';
import type { DistrictProps, DistrictRecord, DistrictSummary, GroupBasis, GroupId } from '../../src/schema/index.ts';
import { fieldError } from './errors.ts';
import { labelPoint } from './label-points.ts';
import { areaKm2 } from './measure-area.ts';
import { primaryGroup } from './compute-groups.ts';
import type { Located } from './read-inputs.ts';

export interface MadeDistrict {
  feature: { type: 'Feature'; properties: DistrictProps; geometry: Polygon | MultiPolygon };
  summary: DistrictSummary;
}

/**
 * Joins one district record with its finished geometry, group bases and USCR figure into the
 * feature the map draws and the summary the popup reads. Objects are written in the order the
 * schemas declare their keys, which is the order they are serialised in.
 */
export function makeDistrict(
  rec: Located<DistrictRecord>,
  geometry: Polygon | MultiPolygon,
  bases: readonly GroupBasis[],
  idp: { idp: number; idp_claim: string } | undefined,
): MadeDistrict {
  const d = rec.value;
  const group = primaryGroup(d.id, bases);
  if (!group) throw fieldError(rec.file, rec.label, '', 'in no group: no group claim names it and no map calculation puts it in one');
  const member = (g: GroupId) => group === g || bases.some((b) => b.group === g);
  const area = areaKm2(geometry);
  const [label_lon = NaN, label_lat = NaN] = labelPoint(geometry);
  const properties: DistrictProps = {
    id: d.id,
    name_az: d.name_az,
    name_en: d.name_en,
    group,
    in_former_nkao: member('former-nkao'),
    in_seven_surrounding: member('seven-surrounding'),
    in_border_armenia: member('border-armenia'),
    in_line_of_contact: member('line-of-contact'),
    in_nakhchivan_ar: member('nakhchivan-ar'),
    idp: idp?.idp ?? null,
    idp_claim: idp?.idp_claim ?? null,
    area_km2_map: area,
    label_lon,
    label_lat,
  };
  const summary: DistrictSummary = {
    id: d.id,
    name_az: d.name_az,
    name_en: d.name_en,
    kind: d.kind,
    aliases: d.aliases,
    groups: [...bases],
    area_km2_map: area,
    ...(d.note === undefined ? {} : { note: d.note }),
  };
  return { feature: { type: 'Feature', properties, geometry }, summary };
}
