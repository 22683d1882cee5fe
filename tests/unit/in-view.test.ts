import { describe, expect, it } from 'vitest';
import { committedData } from '../committed-data.ts';
import { claimsInView, drawnClaims, inView, sourcesOf, subjectsInView, type Bbox } from '../../src/export/in-view.ts';

const { data, index } = await committedData();

/** Only Laçın's label point and its surroundings, west of the NKAO. */
const LACHIN: Bbox = [46.45, 39.55, 46.5, 39.6];
/** The whole region. */
const ALL: Bbox = [44, 38.2, 49.6, 41.95];

describe('what a view shows', () => {
  it('a small box holds only the districts it touches; the event marks only when their layer is shown', () => {
    const v = inView(data, LACHIN, ['khojaly-1992']);
    expect(v.districts.map((f) => f.properties.id)).toEqual(['lachin']);
    expect(v.eventFeatures).toEqual([]);
    const all = inView(data, ALL, []);
    expect(all.districts).toHaveLength(data.districts.features.length);
    expect(all.eventFeatures).toEqual([]);
    expect(inView(data, ALL, ['khojaly-1992']).eventFeatures).toHaveLength(data.events.features.length);
  });

  it('drawn claims: the choropleth figure and the group claim of each district, no popup-only figures', () => {
    const v = inView(data, LACHIN, []);
    const drawn = drawnClaims(index, v).map((c) => c.id);
    expect(drawn).toContain('seed-idp-lachin');
    expect(drawn).toContain('seed-group-lachin');
    expect(drawn).not.toContain('ext-lachin-area-e013');
    // every claim about the district is in the data export, the popup-only ones too
    const every = claimsInView(index, v).map((c) => c.id);
    expect(every).toEqual(expect.arrayContaining(['seed-idp-lachin', 'ext-lachin-area-e013', 'ext-lachin-returned-e012']));
    expect(every).toHaveLength((index.claimsBySubject.get('lachin') ?? []).length);
  });

  it('with the event shown, its places, route and the event itself are subjects; sources are listed once each', () => {
    const v = inView(data, ALL, ['khojaly-1992']);
    const subjects = subjectsInView(v);
    expect(subjects).toEqual(expect.arrayContaining(['khojaly-1992', 'khojaly-town', 'nakhchivanik', 'khojaly-escape-route']));
    expect(subjects).not.toContain('khojaly-aghdam-straight-line');
    const claims = claimsInView(index, v);
    const sources = sourcesOf(index, claims);
    expect(new Set(sources).size).toBe(sources.length);
    expect(new Set(sources.map((s) => s.id))).toEqual(new Set(claims.map((c) => c.source)));
  });
});
