import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fullAtlas } from '../committed-data.ts';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { downloadUrl, openAtlas, openOtherFigures, project, screenshotOnFailure, useAtlasPage } from './browser.ts';
import { district, interiorPoint } from './geo.ts';
import { pngChunks } from './png-decode.ts';
import { WORKSHOP, partyTermIn, workshopWordIn } from '../voice-words.ts';

/**
 * Issue 12 in the built app: who speaks and how closely the atlas read it, on the figure itself;
 * the balance table; and no curation note or repository path in what the page serves or exports.
 */
const repo = resolve(import.meta.dirname, '../..');
const atlas = fullAtlas();

/** Every string in a JSON value, with the key it stands under. */
function strings(v: unknown, key = ''): Array<[string, string]> {
  if (typeof v === 'string') return [[key, v]];
  if (Array.isArray(v)) return v.flatMap((x) => strings(x, key));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => strings(x, k));
  return [];
}

describe('evidence a sceptical reader can audit, in headless Chromium', () => {
  const ctx = useAtlasPage();
  beforeAll(() => openAtlas(ctx));
  beforeEach(() => ctx.page.keyboard.press('Escape'));

  it("Laçın's popup: US Committee for Refugees · third party, how the quote was read, and who speaks", async () => {
    screenshotOnFailure(ctx, 'evidence-lachin');
    const { page } = ctx;
    const pt = await project(page, interiorPoint(district('lachin')));
    await page.mouse.click(pt.x, pt.y);
    const popup = page.locator('[data-testid="popup"]');
    await popup.waitFor({ state: 'visible' });
    const row = popup.locator('[data-testid="claim"]', { hasText: '63,007' }).first();
    expect(await row.locator('.claim-main').textContent()).toMatch(/according to US Committee for Refugees \(2000\), as relayed by .+· third party/);
    expect(await row.locator('[data-testid="party-side"]').textContent()).toBe('· third party');
    // the grade in words: the article was read whole
    const grade = row.locator('[data-grade]');
    expect(await grade.getAttribute('data-grade')).toBe('original');
    expect(await grade.textContent()).toBe('read in full');
    await row.locator('details.claim-quote summary').click();
    expect(await row.getByTestId('how-read').textContent()).toMatch(/^How the quote was read: Read in full on 25 November 2026: the whole text\./);
    // the seed article says what it is
    expect(await row.getByTestId('about-source').textContent()).toMatch(/^About the source: A one-sided text/);
    // who speaks: for the place, and for its displaced-people figures
    // the popup leads with the figure on the map: who speaks for the whole place is in the fold below it
    expect(await popup.getByTestId('on-map').textContent()).toMatch(/^On the map: 63,007 .*according to US Committee for Refugees \(2000\)/);
    await openOtherFigures(popup);
    const place = await popup.locator('[data-testid="more-figures"] > [data-testid="who-speaks"]').textContent();
    expect(place).toMatch(/^\d+ figures: \d+ (Azerbaijani|third party|Armenian)/);
    const idp = await popup.locator('[data-metric="idp"] [data-testid="who-speaks"]').textContent();
    const n = atlas.claims.filter((c) => c.subject === 'lachin' && c.metric === 'idp').length;
    expect(idp).toMatch(new RegExp(`^${n} figures: `));
    expect(idp).toContain('third party');
    // no "confidence" left on any row, and no row without its grade
    expect(await popup.locator('.claim-confidence').count()).toBe(0);
    expect(await popup.locator('[data-testid="claim"]').count()).toBe(await popup.locator('[data-testid="claim"] [data-grade]').count());
  });

  it("a figure this map derives is shown as its own, beside the source's words: Füzuli's “center of Fizuli district”", async () => {
    screenshotOnFailure(ctx, 'evidence-derived');
    const { page } = ctx;
    await page.locator('[data-testid="district-button"][data-district-id="fuzuli"]').click();
    const popup = page.locator('[data-testid="popup"]');
    await popup.waitFor({ state: 'visible' });
    await openOtherFigures(popup);
    await popup.locator('details[data-testid="damage"] > summary').click();
    const row = popup.locator('[data-claim-id="dmg-fuzuli-towns-armenian-control-1-d030"]');
    expect(await row.locator('.claim-value').textContent()).toBe('center of Fizuli district');
    expect(await row.getByTestId('derived').textContent()).toBe('Derived by this map: 1 towns (read by this map as one town: the source names the district centre, not a number of towns)');
  });

  it('the side panel says most figures come from one side, and its link opens the balance table with the counts of the data', async () => {
    screenshotOnFailure(ctx, 'evidence-balance');
    const { page } = ctx;
    const sentence = await page.getByTestId('balance-sentence').textContent();
    expect(sentence).toContain(`Most figures in this atlas come from one side: ${atlas.balance.sides.azerbaijani} of ${atlas.claims.length}`);
    await page.getByTestId('balance-open').click();
    const table = page.getByTestId('balance-groups');
    await table.waitFor({ state: 'visible' });
    const all = table.locator('tr[data-row="all"]');
    expect(await all.locator('td[data-side="azerbaijani"]').textContent()).toBe(String(atlas.balance.sides.azerbaijani));
    expect(await all.locator('td[data-side="armenian"]').textContent()).toBe(String(atlas.balance.sides.armenian));
    expect(await all.locator('td[data-side="third-party"]').textContent()).toBe(String(atlas.balance.sides['third-party']));
    expect(await all.locator('td[data-total]').textContent()).toBe(String(atlas.claims.length));
    const grades = page.getByTestId('balance-grades');
    const notRead = atlas.claims.filter((c) => c.read.grade === 'not-read').length;
    expect(await grades.locator('tr[data-row="not-read"] td[data-total]').textContent()).toBe(String(notRead));
    expect(await grades.locator('tr[data-row="not-read"] th').textContent()).toBe('not read yet');
    await page.getByTestId('quality-close').click();
  });

  it('an exported GeoJSON carries who speaks and how each quote was read in words, and no curation note or repository path', async () => {
    screenshotOnFailure(ctx, 'evidence-geojson');
    const { page } = ctx;
    await page.getByTestId('export-toggle').click();
    const download = page.waitForEvent('download');
    await page.getByTestId('export-geojson').click();
    const text = readFileSync(await (await download).path(), 'utf8');
    await page.getByTestId('export-toggle').click();
    expect(text).not.toContain('"curation"');
    const json = JSON.parse(text) as { features: Array<{ properties: { claims?: Array<Record<string, unknown>> } }> };
    const claims = json.features.flatMap((f) => f.properties.claims ?? []);
    expect(claims.length).toBeGreaterThan(100);
    const uscr = claims.find((c) => c.id === 'seed-idp-lachin');
    expect(uscr).toMatchObject({ claimed_by: 'uscr', claimed_by_name: 'US Committee for Refugees', claimed_by_side: 'third party', read_grade_words: 'read in full' });
    const hits = strings(json).filter(([k, s]) => k !== 'quote' && k !== 'url' && workshopWordIn(s));
    expect(hits.map(([k, s]) => `${k}: ${workshopWordIn(s)} in ${s.slice(0, 120)}`)).toEqual([]);
  });

  it('an exported PNG of the Khojaly layer prints no file path, feature number or "Unknown author" in its evidence', { timeout: 60_000 }, async () => {
    screenshotOnFailure(ctx, 'evidence-png');
    const { page } = ctx;
    await openAtlas(ctx, '?layers=khojaly-1992&c=46.8,39.93&z=10');
    const result = await page.evaluate(() => window.__atlas.exportImage({ paper: 'A4', orientation: 'landscape', dpi: 72, format: 'png', title: 'Khojaly' }));
    const png = await downloadUrl(page, result.url, result.fileName);
    const text = pngChunks(png)
      .filter((c) => c.type === 'tEXt' || c.type === 'iTXt')
      .map((c) => c.data.toString('latin1').replace(/\0/g, ' '))
      .join('\n');
    expect(text.length).toBeGreaterThan(100);
    expect(workshopWordIn(text)).toBeNull();
    // the Comment holds the citations the page prints, GeoNames among them: each names its record, not a file
    expect(text).toContain('GeoNames');
    // and each citation says how closely its quotes were read, in words
    expect(text).toMatch(/GeoNames[^\n]*\(read in a copy\)/);
    expect(text).not.toMatch(/Unknown author|geodata\/|feature \d+ of \d+/);
  });
});

describe('the built app serves nothing of the workshop', () => {
  it('dist/ data files and pages hold no curation note, research record, repository path or workshop word', () => {
    const dist = resolve(repo, 'dist');
    const files: string[] = [];
    const walk = (d: string) => {
      for (const n of readdirSync(d)) {
        const p = join(d, n);
        if (statSync(p).isDirectory()) walk(p);
        else files.push(p);
      }
    };
    walk(dist);
    const data = files.filter((f) => /\.(json|geojson|html)$/.test(f));
    expect(data.length).toBeGreaterThanOrEqual(5);
    const problems: string[] = [];
    for (const f of data) {
      const text = readFileSync(f, 'utf8');
      if (text.includes('"curation"')) problems.push(`${f}: a curation note`);
      const json = f.endsWith('.html') ? [['html', text] as [string, string]] : strings(JSON.parse(text));
      for (const [k, s] of json) if (k !== 'quote' && k !== 'url' && WORKSHOP.test(s)) problems.push(`${f} ${k}: ${workshopWordIn(s)}`);
    }
    // the scripts: no path into the repository or the research folders, no workshop phrase
    for (const f of files.filter((x) => x.endsWith('.js'))) {
      const m = /\.\.\/shared|geodata\/sources|facts-[a-z]+\.json|research record|pages corpus|search tool|data helper/i.exec(readFileSync(f, 'utf8'));
      if (m) problems.push(`${f}: ${m[0]}`);
    }
    expect(problems).toEqual([]);
  });

  it("the interface's own words in the built page take no side", () => {
    const html = readFileSync(resolve(repo, 'dist/index.html'), 'utf8').replace(/<[^>]+>/g, ' ');
    expect(partyTermIn(html)).toBeNull();
  });
});
