import { coordEach, feature, featureCollection, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { NKAO_ID } from '../../src/schema/index.ts';
import { DataError, fieldError } from './errors.ts';
import type { Inputs } from './read-inputs.ts';
import { restoreDroppedVertices } from './restore-vertices.ts';

export type AreaFeature = Feature<Polygon | MultiPolygon, null>;

/**
 * One geometry per district record, picked by adm1_code (never by NE's names, which mislabel
 * Lachin). Districts made of several NE units (Shusha district + town, the eight units of
 * Nakhchivan) are dissolved with turf union. The extracts come from one mapshaper run, so
 * neighbouring units share identical arcs and the union leaves no slivers; we check that the union
 * invented no vertex (a moved vertex would open a gap against the neighbouring district) and put
 * back the collinear vertices it drops (see restore-vertices.ts).
 */
export function selectDistricts(inputs: Inputs): Map<string, AreaFeature> {
  const byCode = new Map(inputs.rayons.map((r) => [r.value.properties.adm1_code, r.value]));
  const out = new Map<string, AreaFeature>();
  for (const d of inputs.districts) {
    const { id, adm1_codes } = d.value;
    if (id === NKAO_ID) {
      const nkao = inputs.nkao[0];
      if (!nkao) throw new DataError(`${inputs.files.nkao}: no feature`);
      out.set(id, feature(nkao.value.geometry, null));
      continue;
    }
    const parts = adm1_codes.map((code, i) => {
      const f = byCode.get(code);
      if (!f) throw fieldError(d.file, d.label, ['adm1_codes', i], `"${code}" is not in ${inputs.files.rayons}`);
      return feature(f.geometry, null);
    });
    const first = parts[0];
    if (!first) throw fieldError(d.file, d.label, 'adm1_codes', 'a district needs at least one Natural Earth adm1_code');
    if (parts.length === 1) {
      out.set(id, first);
      continue;
    }
    const merged = union(featureCollection(parts));
    if (!merged) throw fieldError(d.file, d.label, 'adm1_codes', 'the union of these units is empty');
    const known = new Set<string>();
    for (const p of parts) coordEach(p, (c) => known.add(`${c[0]},${c[1]}`));
    coordEach(merged, (c) => {
      if (!known.has(`${c[0]},${c[1]}`)) {
        throw fieldError(d.file, d.label, 'adm1_codes', `dissolving these units created a new vertex [${c[0]}, ${c[1]}]: their borders are not identical arcs`);
      }
    });
    restoreDroppedVertices(merged.geometry, parts.map((p) => p.geometry));
    out.set(id, feature(merged.geometry, null));
  }
  return out;
}

