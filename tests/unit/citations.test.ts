import { fullAtlas } from '../committed-data.ts';
import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import {
  atlasItem,
  figureSourceItem,
  figureItems,
  formatCitations,
  pageOf,
  sourceItem,
  viewItems,
  type CiteContext,
} from '../../src/export/citations.ts';
import type { Claim, Source } from '../../src/schema/index.ts';

const atlas = fullAtlas();
const source = (id: string): Source => atlas.sources.find((s) => s.id === id)!;
const claim = (id: string): Claim => atlas.claims.find((c) => c.id === id)!;

const ctx: CiteContext = {
  partyName: (id) => atlas.parties.find((p) => p.id === id)?.name ?? id,
  permalink: 'https://atlas.example.org/?c=46.79123,39.91002&z=9.5&layers=khojaly-1992&sel=district:lachin&lang=en&v=5a4ff5764d03',
  version: '5a4ff5764d03',
  accessed: '2026-11-25',
};

/** A hand-made source with every field, so every mapping is exercised. */
const full: Source = {
  id: 'hrw-1994',
  type: 'report',
  author: ['Thomas de Waal', 'Rachel Denber'],
  organisation: 'Human Rights Watch',
  title: 'Azerbaijan: Seven Years of Conflict in Nagorno-Karabakh',
  container: 'Helsinki Watch reports',
  publisher: 'Human Rights Watch',
  year: 1994,
  url: 'https://www.hrw.org/reports/1994/azerbaijan/?a=1&b=2',
  accessed: '2026-03-05',
};
const figure: Claim = {
  ...claim('seed-idp-lachin'),
  source: 'hrw-1994',
  locator: 'p. 12',
  value: { kind: 'more_than', n: 568000 },
  cites: 'USAN Factsheet, 2012',
};

const year = (item: Record<string, unknown>) => (item.issued as { 'date-parts': number[][] } | undefined)?.['date-parts'][0]?.[0];

describe('CSL-JSON items from our Source records', () => {
  it('maps authors, organisation, title, container, publisher, year, URL and accessed', () => {
    const item = sourceItem(full);
    expect(item).toMatchObject({
      id: 'hrw-1994',
      type: 'report',
      title: full.title,
      author: ['Thomas de Waal', 'Rachel Denber'],
      'container-title': 'Helsinki Watch reports',
      publisher: 'Human Rights Watch',
      issued: { 'date-parts': [[1994]] },
      URL: full.url,
      accessed: { 'date-parts': [[2026, 3, 5]] },
    });
  });

  it('an organisation with no named author is the author, as a literal name; no year means no date', () => {
    const s = source('virtualkarabakh-occupation-in-figures');
    const item = sourceItem(s);
    expect(item.author).toEqual([{ literal: 'virtualkarabakh.az' }]);
    expect(item.issued).toBeUndefined();
    expect(item.type).toBe('webpage');
  });

  it('a page locator becomes `page`; any other locator goes into the note with the figure', () => {
    expect(pageOf('p. 12')).toBe('12');
    expect(pageOf('pp. 12-14')).toBe('12–14');
    expect(pageOf('para. 3')).toBeNull();
    const item = figureSourceItem(figure, full, ctx);
    expect(item.page).toBe('12');
    expect(item.note).toContain('more than 568,000 persons');
    expect(item.note).toContain('citing USAN Factsheet, 2012');
    expect(item.note).toContain(ctx.permalink);
    expect(item.note).toContain('data version 5a4ff5764d03');
    const lachin = figureSourceItem(claim('seed-idp-lachin'), source('seed-article'), ctx);
    expect(lachin.page).toBeUndefined();
    expect(lachin.note).toContain("at section 'The Consequences of the Nagorno-Karabakh Conflict'");
    // who states it, and how closely the quote was read, travel with the figure
    expect(lachin.note).toContain('according to US Committee for Refugees (2000)');
    expect(lachin.note).toContain('quote: read in full');
  });
});

describe('outputs written by citation-js parse back with citation-js', () => {
  it('"Cite this figure": BibTeX, RIS and CSL-JSON keep title, year, URL, page, authors and the note', async () => {
    const out = await formatCitations([figureSourceItem(figure, full, ctx)]);
    expect(out.bibtex).toMatch(/^@techreport\{hrw1994,/);

    for (const [name, text] of Object.entries(out)) {
      const back = (await Cite.async(text)).data;
      expect(back, name).toHaveLength(1);
      const item = back[0]!;
      expect(item.title, name).toBe(full.title);
      expect(year(item), name).toBe(1994);
      expect(item.URL, name).toBe(full.url);
      expect(item.page, name).toBe('12');
      expect(String(item.note), name).toContain('data version 5a4ff5764d03');
      // person names were parsed into family/given, not kept as one literal string
      expect((item.author as Array<{ family?: string }>).map((a) => a.family), name).toEqual(['Waal', 'Denber']);
    }
    // the permalink's "&" is escaped for BibTeX and comes back intact
    const bib = (await Cite.async(out.bibtex)).data[0]!;
    expect(String(bib.note)).toContain(ctx.permalink);
  });

  it('"Cite this view": the atlas as a dataset with version and permalink, then the sources in view', async () => {
    const sources = [source('seed-article'), source('wp-mirror-lachin-district-osmarks')];
    const out = await formatCitations(viewItems(sources, ctx));
    for (const [name, text] of Object.entries(out)) {
      const back = (await Cite.async(text)).data;
      expect(back.map((i) => i.title), name).toEqual([atlasItem(ctx).title, sources[0]!.title, sources[1]!.title]);
      const atlasBack = back[0]!;
      expect(atlasBack.URL, name).toBe(ctx.permalink);
      expect(year(atlasBack), name).toBe(2026);
      // RIS and CSL-JSON have a version field; classic BibTeX has none and carries it in the note
      const version = name === 'bibtex' ? String(atlasBack.note) : atlasBack.version;
      expect(version, name).toContain('5a4ff5764d03');
      expect(year(back[2]!), name).toBe(2020);
    }
    const csl = JSON.parse(out.csl) as Array<Record<string, unknown>>;
    expect(csl[0]).toMatchObject({ type: 'dataset', version: '5a4ff5764d03', URL: ctx.permalink });
    expect(out.ris).toMatch(/^TY {2}- DATA/m);
  });

  it('RIS keeps a newspaper reporter (AU) and never wraps a long permalink across lines', async () => {
    const wapo = source('wapo-1992-03-03-goltz');
    const out = await formatCitations([figureSourceItem(claim(atlas.claims.find((c) => c.source === wapo.id)!.id), wapo, ctx)]);
    expect(out.ris).toMatch(/^TY {2}- NEWS\r\nAU {2}- Goltz, Thomas\r\n/);
    const lines = out.ris.split('\r\n').filter((l) => l !== '');
    expect(lines.every((l) => /^[A-Z][A-Z0-9] {2}- /.test(l))).toBe(true);
    expect(out.ris).toContain(ctx.permalink);
  });

  it('the seed article, which names no author, is cited without an author', async () => {
    const seed = source('seed-article');
    // no author, no organisation: `about` says the text names none
    expect(seed.author).toBeUndefined();
    expect(seed.organisation).toBeUndefined();
    expect(seed.about).toMatch(/author/);
    expect(sourceItem(seed).author).toBeUndefined();
    const out = await formatCitations([sourceItem(seed)]);
    expect(out.bibtex).not.toMatch(/Unknown|author\s*=/i);
    expect((await Cite.async(out.bibtex)).data[0]!.title).toBe(seed.title);
  });

  it('a source recorded with "Unknown author" is cited without an author, not as "author, Unknown"', async () => {
    const { organisation: _organisation, ...rest } = full;
    const unknown: Source = { ...rest, author: ['Unknown author'] };
    expect(sourceItem(unknown).author).toBeUndefined();
    const out = await formatCitations([sourceItem(unknown)]);
    expect(out.bibtex).not.toMatch(/Unknown/);
  });

  it('non-ASCII titles survive the BibTeX round trip (escaped as LaTeX, read back as Unicode)', async () => {
    const s = source('metbuat-2023-12-22-naxcivanli');
    const out = await formatCitations([sourceItem(s)]);
    expect((await Cite.async(out.bibtex)).data[0]!.title).toBe(s.title);
    expect((await Cite.async(out.ris)).data[0]!.title).toBe(s.title);
  });
});

describe('"Cite this figure" renders the figure in every style', () => {
  const lachin = claim('seed-idp-lachin');
  const withNames: CiteContext = { ...ctx, subjectName: (id) => atlas.districts.find((d) => d.id === id)?.name_az ?? id };

  it('citeproc (APA, citation-js’s default) prints the figure, who states it, its year and the permalink', async () => {
    await import('@citation-js/plugin-csl');
    const out = await formatCitations(figureItems(lachin, source(lachin.source), withNames));
    const text = new Cite(JSON.parse(out.csl)).format('bibliography', { template: 'apa', format: 'text' }) as string;
    const entry = text.split('\n').find((l) => l.includes('63,007'));
    expect(entry).toBeDefined();
    expect(entry).toContain('Laçın');
    expect(entry).toContain('according to US Committee for Refugees (2000)');
    expect(entry).toContain(ctx.permalink);
    expect(entry).toContain('Version 5a4ff5764d03');
    // and the source it is written in is the second item
    expect(JSON.parse(out.csl)).toHaveLength(2);
  });

  it('RIS keeps every id whole and writes dates zero-padded', async () => {
    const long = atlas.claims.find((c) => c.id.length > 30)!;
    const out = await formatCitations(figureItems(long, source(long.source), { ...withNames, accessed: '2026-12-02' }));
    expect(out.ris).toContain(`ID  - figure-${long.id}\r\n`);
    expect(out.ris).toContain('Y2  - 2026/12/02/');
    expect(out.ris).not.toMatch(/\/\d\/\r\n/);
  });
});

describe('BibTeX of a figure', () => {
  it('gives the year, never a month with a day in it (biber refuses "month = {dec 2}")', async () => {
    const lachin = claim('seed-idp-lachin');
    const out = await formatCitations(figureItems(lachin, source(lachin.source), { ...ctx, accessed: '2026-12-02' }));
    expect(out.bibtex).toMatch(/year = \{2026\}/);
    expect(out.bibtex).not.toMatch(/month = \{[a-z]+ \d+\}/);
  });
});

describe('BibLaTeX of a figure', () => {
  it('is a @dataset with the data version, the access day and one URL, and reads back with the figure', async () => {
    const lachin = claim('seed-idp-lachin');
    const out = await formatCitations(figureItems(lachin, source(lachin.source), { ...ctx, accessed: '2026-12-02' }));
    expect(out.biblatex).toMatch(/^@dataset\{figureseedidplachin,/);
    expect(out.biblatex).toContain('version = {5a4ff5764d03}');
    expect(out.biblatex).toContain('urldate = {2026-12-02}');
    expect(out.biblatex).not.toContain('howpublished');
    const back = (await Cite.async(out.biblatex)).data;
    expect(back).toHaveLength(2);
    expect(String(back[0]!.title)).toContain('63,007 persons');
    expect(back[0]!.URL).toBe(ctx.permalink);
  });
});
