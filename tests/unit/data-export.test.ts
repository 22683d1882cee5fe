import { describe, expect, it } from 'vitest';
import { committedData } from '../committed-data.ts';
import {
  BOM,
  CSV_COLUMNS,
  claimsCsv,
  csvField,
  csvLine,
  boundsName,
  exportBaseName,
  neutralise,
  viewCsv,
  viewGeoJson,
  type ExportMeta,
} from '../../src/export/data-export.ts';
import { claimsInView, inView, type Bbox } from '../../src/export/in-view.ts';
import { HEDGE } from '../../src/lib/format.ts';
import type { Claim } from '../../src/schema/index.ts';

const { data, index, atlas } = await committedData();
const meta: ExportMeta = {
  permalink: 'https://atlas.example.org/?c=46.5,39.6&z=9&lang=en&v=5a4ff5764d03',
  version: data.atlas.version,
  exported: '2026-11-25T10:00:00.000Z',
};

/** Around Laçın and Khojaly: several districts, and the Khojaly marks when the layer is on. */
const BOX: Bbox = [46.3, 39.4, 46.95, 40.0];

/** A strict RFC 4180 reader, for reading back what we wrote. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (ch === '"') (quoted = false), i++;
      else (field += ch), i++;
    } else if (ch === '"' && field === '') (quoted = true), i++;
    else if (ch === ',') row.push(field), (field = ''), i++;
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), (i += 2);
    else if (ch === '\r' || ch === '\n' || ch === '"') throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
    else (field += ch), i++;
  }
  if (field !== '' || row.length > 0) throw new Error('last line has no CRLF');
  return rows;
}

describe('CSV cells', () => {
  it('quotes fields with commas, quotes, CR or LF, doubling the quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('568,000')).toBe('"568,000"');
    expect(csvField('he said "blitzkrieg"')).toBe('"he said ""blitzkrieg"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(63007)).toBe('63007');
    expect(csvLine(['a', 1, null, 'b,c'])).toBe('a,1,,"b,c"\r\n');
  });

  it('neutralises text a spreadsheet would run as a formula; numbers stay numbers', () => {
    for (const danger of ['=HYPERLINK("http://x","y")', '+1+2', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutralise(danger)).toBe(`'${danger}`);
    }
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('=HYPERLINK("http://evil","click")')).toBe('"\'=HYPERLINK(""http://evil"",""click"")"');
    expect(csvField('more than 568,000')).toBe('"more than 568,000"');
    expect(csvField(-5)).toBe('-5');
    expect(neutralise('Ağdam')).toBe('Ağdam');
  });

  it('a quote with commas, quotes and newlines, and a formula-like quote, read back intact', () => {
    const base = atlas.claims.find((c) => c.id === 'seed-idp-lachin')!;
    const tricky: Claim[] = [
      { ...base, id: 'tricky-1', quote: 'They said, "no one left",\nthen:\r\n"…" — Laçın' },
      { ...base, id: 'tricky-2', quote: '=cmd|\' /C calc\'!A0', claimed_by: 'someone' },
    ];
    // the claimant column holds the party's name, which could start like a formula
    const uscr = index.partiesById.get('uscr')!;
    const parties = new Map([...index.partiesById, ['someone', { ...uscr, id: 'someone', name: '@someone' }]]);
    const rows = readCsv(claimsCsv(tricky, { ...index, partiesById: parties }, meta).slice(BOM.length));
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    expect(rows).toHaveLength(3);
    expect(rows[1]![col('quote')]).toBe(tricky[0]!.quote);
    expect(rows[2]![col('quote')]).toBe(`'${tricky[1]!.quote}`);
    expect(rows[2]![col('claimed_by')]).toBe("'@someone");
  });
});

describe('the CSV of a view', () => {
  const view = inView(data, BOX, ['khojaly-1992']);
  const csv = viewCsv(index, view, meta);
  const rows = readCsv(csv.text.slice(BOM.length));
  const header = rows[0]!;
  const records = rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));

  it('is UTF-8 with a BOM, CRLF lines, the documented header, and one row per claim', () => {
    expect(csv.text.startsWith(BOM)).toBe(true);
    expect(header).toEqual([...CSV_COLUMNS]);
    const claims = claimsInView(index, view);
    expect(claims.length).toBeGreaterThan(20);
    expect(records).toHaveLength(claims.length);
    expect(csv.rows).toBe(claims.length);
    expect(records.map((r) => r.claim_id)).toEqual(claims.map((c) => c.id));
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it("Laçın's figure: its Azerbaijani name, the value as stated, numbers, unit, claimant, source, page, quote, how it was read", () => {
    const idp = records.find((r) => r.claim_id === 'seed-idp-lachin')!;
    const claim = index.claimsById.get('seed-idp-lachin')!;
    const seed = index.sourcesById.get(claim.source)!;
    expect(claim).toMatchObject({ claimed_by: 'uscr', relayed_by: 'seed-article-author' });
    expect(idp).toMatchObject({
      subject_id: 'lachin',
      subject_name_az: 'Laçın',
      metric: 'idp',
      value: '63,007',
      value_kind: 'exact',
      value_number: '63007',
      unit: 'persons',
      // the party's name and side in words, not its id: the file is read without the registry
      claimed_by: 'US Committee for Refugees',
      claimed_by_side: 'third party',
      relayed_by: index.partiesById.get('seed-article-author')!.name,
      page: claim.locator,
      quote: claim.quote,
      read_grade: 'read in full',
      read_date: claim.read.date,
      read_part: claim.read.part,
      read_via: '',
    });
    // the seed article names no author: its citation starts with its title
    expect(seed.author).toBeUndefined();
    expect(idp.source?.startsWith(`“${seed.title}” (n.d.)`)).toBe(true);
  });

  it('keeps each hedge and the kinds of value in their own columns', () => {
    const byKind = new Map(records.map((r) => [r.value_kind, r]));
    const date = byKind.get('date')!;
    expect(date.value_date).toMatch(/^\d{4}(-\d{2}){0,2}/);
    expect(date.value_number).toBe('');
    const point = byKind.get('point')!;
    expect(point.lon).toMatch(/^46\.\d+$/);
    expect(point.lat).toMatch(/^39\.\d+$/);
    // every "more than" / "at least" / "about" / "nearly" / "as many as" keeps its words in `value`:
    // the source's own word where it has one ("around 882", "estimated 778,500"), else the kind's
    const hedged = records.filter((x) => ['more_than', 'at_least', 'about', 'less_than', 'nearly', 'as_many_as'].includes(x.value_kind!));
    expect(hedged.length).toBeGreaterThan(0);
    for (const r of hedged) {
      const v = index.claimsById.get(r.claim_id!)!.value;
      const word = 'word' in v && v.word !== undefined ? v.word : HEDGE[r.value_kind as keyof typeof HEDGE];
      expect(r.value, r.claim_id).toMatch(new RegExp(`^${word} `));
      expect(Number(r.value_number)).toBeGreaterThan(0);
    }
    expect(hedged.some((r) => r.value?.startsWith('around '))).toBe(true);
    // event claims (the death toll) name the event, not a district
    expect(records.some((r) => r.subject_id === 'khojaly-1992' && r.subject_kind === 'event')).toBe(true);
  });

  it('every row says where it came from: the permalink, the data version and the time of the export', () => {
    const [header, ...rows] = readCsv(csv.text.slice(BOM.length));
    const at = (name: string) => header!.indexOf(name);
    expect(rows.every((r) => r[at('permalink')] === meta.permalink && r[at('data_version')] === meta.version && r[at('exported_at')] === meta.exported)).toBe(true);
  });

  it('file names carry the data, the time to the second and what was exported, so two exports of a day differ', () => {
    expect(exportBaseName('5a4ff5764d03', '2026-11-25T10:00:07.123Z', 'lachin')).toBe('karabakh-atlas-5a4ff5764d03-2026-11-25T100007Z-lachin');
    expect(exportBaseName('5a4ff5764d03', '2026-11-25T10:00:07.123Z', boundsName(BOX))).toBe('karabakh-atlas-5a4ff5764d03-2026-11-25T100007Z-46.30_39.40_46.95_40.00');
    expect(exportBaseName('v', '2026-11-25T10:00:07.123Z', 'a/b c')).toBe('karabakh-atlas-v-2026-11-25T100007Z-a-b-c');
  });

  it('without the event layer, no event claim is exported', () => {
    const off = viewCsv(index, inView(data, BOX, []), meta);
    expect(off.rows).toBeLessThan(csv.rows);
    expect(off.text).not.toMatch(/khojaly-1992/);
  });
});

describe('the GeoJSON of a view', () => {
  const view = inView(data, BOX, ['khojaly-1992']);
  const fc = viewGeoJson(index, view, meta);

  it('is a FeatureCollection of the districts and marks in view, noting permalink, data version and date', () => {
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(view.districts.length + view.eventFeatures.length);
    expect(fc).toMatchObject({ permalink: meta.permalink, data_version: meta.version, exported: meta.exported });
    expect(fc.note).toMatch(/does not adjudicate/);
    // RFC 7946 §5: the bbox holds every coordinate written, not only the view (districts reach beyond it)
    const coords = JSON.stringify(fc.features.map((f) => f.geometry)).match(/-?\d+\.\d+,-?\d+\.\d+/g)!.map((p) => p.split(',').map(Number) as [number, number]);
    const [w, s, e, n] = fc.bbox;
    expect(coords.every(([x, y]) => x >= w && x <= e && y >= s && y <= n)).toBe(true);
    expect(Math.min(...coords.map((c) => c[0]))).toBe(w);
    expect(Math.max(...coords.map((c) => c[1]))).toBe(n);
    expect(w).toBeLessThan(BOX[0]);
    // survives JSON (what the file is)
    expect(JSON.parse(JSON.stringify(fc))).toEqual(fc);
  });

  it('each district carries every claim about it and the sources of those claims', () => {
    const lachin = fc.features.find((f) => f.properties.id === 'lachin')!;
    const claims = lachin.properties.claims as Array<{ id: string; source: string; value_stated: string; source_citation: string }>;
    const sources = lachin.properties.sources as Array<{ id: string }>;
    expect(claims.map((c) => c.id).sort()).toEqual((index.claimsBySubject.get('lachin') ?? []).map((c) => c.id).sort());
    expect(new Set(sources.map((s) => s.id))).toEqual(new Set(claims.map((c) => c.source)));
    expect(claims.find((c) => c.id === 'seed-idp-lachin')?.value_stated).toBe('63,007');
    expect(lachin.geometry).toEqual(data.districts.features.find((f) => f.properties.id === 'lachin')!.geometry);
  });

  it("event marks carry their place's claims; the event's own claims sit under `events`", () => {
    const marks = fc.features.filter((f) => f.properties.layer === 'event');
    expect(marks.length).toBeGreaterThan(0);
    const town = marks.find((f) => f.properties.id === 'khojaly-town')!;
    const townClaims = town.properties.claims as Array<{ subject: string }>;
    expect(townClaims.length).toBeGreaterThan(0);
    expect(townClaims.every((c) => c.subject === 'khojaly-town')).toBe(true);
    expect(fc.events.map((e) => e.id)).toEqual(['khojaly-1992']);
    expect(fc.events[0]!.claims.length).toBe((index.claimsBySubject.get('khojaly-1992') ?? []).length);
  });
});
