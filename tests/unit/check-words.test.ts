/**
 * The data checks as the page words them: the build gives a recipe with ids and numbers
 * (src/schema/check.ts), these sentences are what the reader reads. The claims and names here are
 * made up; each recipe the valid fixture has no case of is worded once.
 */
import { describe, expect, it } from 'vitest';
import type { CheckData } from '../../src/data/check-index.ts';
import { checkExplanation, checkTitle } from '../../src/i18n/en-checks.ts';
import { Claim, DataCheck, type ClaimValue, type Metric } from '../../src/schema/index.ts';

function claim(id: string, subject: string, metric: Metric, value: ClaimValue, unit: string, claimed_by: string, claimed_year: number | null, as_of: string | null = null): Claim {
  return Claim.parse({
    id,
    subject,
    metric,
    value,
    unit,
    as_of,
    claimed_by,
    claimed_year,
    source: 'a-source',
    locator: 'p. 1',
    quote: 'a quote',
    read: { grade: 'not-read', date: null, note: 'made-up claim' },
  });
}

const claims = [
  claim('wiki-area', 'khojaly', 'area_km2', { kind: 'exact', n: 1000 }, 'km²', 'wikipedia', null),
  claim('wiki-area-2017', 'khojaly', 'area_km2', { kind: 'exact', n: 940 }, 'km²', 'wikipedia', 2017),
  claim('date-a', 'lachin', 'date_came_under_armenian_control', { kind: 'date', date: '1992-05-18' }, 'date', 'vk', null),
  claim('date-b', 'lachin', 'date_came_under_armenian_control', { kind: 'date', date: '1992-05-17', qualifier: 'by' }, 'date', 'mk', null),
  claim('route-a', 'khojaly-escape-route', 'distance_miles', { kind: 'about', n: 9 }, 'miles', 'wt', 1992),
  claim('route-b', 'khojaly-escape-route', 'distance_miles', { kind: 'about', n: 6, word: 'some' }, 'miles', 'wt', 2005),
];

const data: CheckData = {
  claimsById: new Map(claims.map((c) => [c.id, c])),
  partiesById: new Map([
    ['wikipedia', { name: 'Wikipedia' }],
    ['vk', { name: 'virtualkarabakh.az' }],
    ['mk', { name: 'mykarabakh.com' }],
    ['wt', { name: 'The Washington Times' }],
  ]),
  districtsById: new Map([
    ['khojaly', { name_az: 'Xocalı', name_en: 'Khojaly' }],
    ['lachin', { name_az: 'Laçın', name_en: 'Lachin' }],
    ['nkao', { name_az: 'DQMV', name_en: 'Former Nagorno-Karabakh Autonomous Oblast' }],
  ]),
  eventsById: new Map(),
  areasById: new Map(),
  eventPlacesById: new Map(),
  routesById: new Map([['khojaly-escape-route', { name_en: 'Flight from Khojaly towards Aghdam (illustration)' }]]),
};

const check = (over: Partial<DataCheck> & Pick<DataCheck, 'id' | 'category' | 'text'>): DataCheck =>
  DataCheck.parse({ subject: 'AZE', inputs: [], against: null, computed: null, computed_unit: null, result: 'differs', places: [], ...over });

describe('data checks in words', () => {
  it('sets stated areas against the drawn boundary, naming in the title only the differences beyond the tolerance', () => {
    const area = check({
      id: 'area-khojaly',
      category: 'map-measure',
      subject: 'khojaly',
      inputs: ['wiki-area', 'wiki-area-2017'],
      computed: 900,
      computed_unit: 'km²',
      text: { recipe: 'area-vs-map', tolerance_pct: 10, stated: [{ claim: 'wiki-area', percent: 11, beyond: true }, { claim: 'wiki-area-2017', percent: 4, beyond: false }] },
    });
    expect(checkTitle(area, data)).toBe('Xocalı — stated area against the drawn boundary (+11%)');
    expect(checkExplanation(area, data)).toBe(
      'The boundary this map draws (Natural Earth, generalised) measures 900 km² (geodesic, map calculation). ' +
        '1,000 km² according to Wikipedia (+11%); 940 km² according to Wikipedia (2017) (+4%). ' +
        'A difference over 10% says the drawn outline, or the district the source measured, is not the same shape; it does not say which figure is right.',
    );
  });

  it('says "dates" for dates that differ, and gives a date with its hedge and no unit', () => {
    const dates = check({
      id: 'differ-lachin-date',
      category: 'dates-differ',
      subject: 'lachin',
      inputs: ['date-a', 'date-b'],
      text: { recipe: 'differ', metric: 'date_came_under_armenian_control', values: 2, one_claimant: false },
    });
    expect(checkTitle(dates, data)).toBe('Laçın — Came under Armenian control: 2 different dates');
    expect(checkExplanation(dates, data)).toBe(
      '1992-05-18 according to virtualkarabakh.az; by 1992-05-17 according to mykarabakh.com. Different sources give different figures. ' +
        'The map shows them side by side and does not choose between them.',
    );
  });

  it("names a route by its English name and says when one claimant gives both figures, in the source's own hedge", () => {
    const route = check({
      id: 'differ-route',
      category: 'sources-differ',
      subject: 'khojaly-escape-route',
      inputs: ['route-a', 'route-b'],
      text: { recipe: 'differ', metric: 'distance_miles', values: 2, one_claimant: true },
    });
    expect(checkTitle(route, data)).toBe('Flight from Khojaly towards Aghdam (illustration) — Distance stated: 2 different figures');
    expect(checkExplanation(route, data)).toBe(
      'about 9 miles according to The Washington Times (1992); some 6 miles according to The Washington Times (2005). ' +
        'One claimant gives different figures, in different texts or years. The map shows them side by side and does not choose between them.',
    );
  });

  it('calls the country and the former NKAO by name, whatever the data calls them', () => {
    const differ = (subject: 'AZE' | 'nkao') =>
      check({ id: `differ-${subject.toLowerCase()}`, category: 'sources-differ', subject, inputs: ['wiki-area', 'wiki-area-2017'], text: { recipe: 'differ', metric: 'area_km2', values: 2, one_claimant: true } });
    expect(checkTitle(differ('AZE'), data)).toBe('Azerbaijan — Area: 2 different figures');
    expect(checkTitle(differ('nkao'), data)).toBe('the former NKAO — Area: 2 different figures');
  });

  it('lists the districts with no displaced-people figure by name', () => {
    const gap = check({ id: 'no-idp-figure', category: 'gap', places: ['khojaly', 'lachin'], result: 'listed', computed: 2, text: { recipe: 'gap', figure: 'idp' } });
    expect(checkTitle(gap, data)).toBe('Districts with no displaced-people figure');
    expect(checkExplanation(gap, data)).toBe(
      'No source in this atlas gives a figure of people displaced for Xocalı, Laçın. Nothing is estimated for them: ' +
        'the map draws them hatched, as it draws every district the US Committee for Refugees list leaves out.',
    );
  });

  it('counts the figures of each inventory in its title and explanation', () => {
    const list = (text: DataCheck['text'], category: DataCheck['category']) =>
      check({ id: 'a-list', category, inputs: ['wiki-area', 'date-a', 'route-a'], result: 'listed', computed: 3, text });
    const single = list({ recipe: 'single-source', metrics: 2 }, 'single-source');
    expect(checkTitle(single, data)).toBe('Figures that rest on a single claimant (3)');
    expect(checkExplanation(single, data)).toMatch(/^For these 3 figures \(2 kinds of figure\), one claimant is the only source/);
    expect(checkTitle(list({ recipe: 'read-in-copy' }, 'unchecked-quote'), data)).toBe("Quotes read only on another site than the original publisher's (3)");
    expect(checkExplanation(list({ recipe: 'no-source-named' }, 'no-source-named'), data)).toMatch(/^The text that gives these 3 figures attributes them to nobody/);
  });

  it("shows a curator's comparison as written", () => {
    const compare = check({
      id: 'children',
      category: 'wording',
      inputs: ['route-a'],
      against: 'route-b',
      text: { recipe: 'compare', curated: { title: 'Children killed: 83 or 63', explanation: 'Neither explains the difference.' } },
    });
    expect([checkTitle(compare, data), checkExplanation(compare, data)]).toEqual(['Children killed: 83 or 63', 'Neither explains the difference.']);
  });

  it('refuses a recipe filed under a category its checks are never in', () => {
    expect(() => check({ id: 'odd', category: 'gap', places: ['lachin'], text: { recipe: 'not-read' } })).toThrow(/a \\?"not-read\\?" check cannot be in category/);
  });
});
