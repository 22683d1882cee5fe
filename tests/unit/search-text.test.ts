/**
 * The place search's matching: the folding of Azerbaijani letters, the English spelling of
 * Azerbaijani names, the loose keys that join Russian- and English-based spellings, and what the
 * committed data answers to the names readers type (Latin, Azerbaijani, Armenian and Russian).
 */
import { describe, expect, it } from 'vitest';
import { entryMatches, findEntries, searchEntries, targetDistrict } from '../../src/data/search-entries.ts';
import { azToEnglish, fold, loose, matchTier, nameKeys, queryKeys } from '../../src/lib/search-text.ts';
import { committedData } from '../committed-data.ts';

describe('fold', () => {
  it('folds case, accents and the Azerbaijani letters to their base letters', () => {
    expect(fold('Kəlbəcər')).toBe('kelbecer');
    expect(fold('ŞUŞA')).toBe('susa');
    expect(fold('Ağdam')).toBe('agdam');
    expect(fold('Cəbrayıl')).toBe('cebrayil');
    expect(fold('Füzuli')).toBe('fuzuli');
    expect(fold('Göygöl')).toBe('goygol');
    expect(fold('Çaykənd')).toBe('caykend');
    // the capital dotted İ of Azerbaijani and Turkish
    expect(fold('İsmayıllı')).toBe('ismayilli');
  });

  it('folds the gazetteer’s schwa (U+01DD) like the Azerbaijani one (U+0259)', () => {
    expect(fold('Xank\u01DDndi')).toBe(fold('Xank\u0259ndi'));
    expect(fold('G\u01DDnc\u01DD')).toBe('gence');
  });

  it('keeps Cyrillic and Armenian letters, lower-cased, and turns punctuation into one space', () => {
    expect(fold('Степанакерт')).toBe('степанакерт');
    // й loses its breve like any accent: a query typed with и meets it too
    expect(fold('Нагорный  Карабах')).toBe('нагорныи карабах');
    expect(fold('Քարվաճառ')).toBe('քարվաճառ');
    expect(fold('Kasum-Ismailov')).toBe('kasum ismailov');
  });
});

describe('azToEnglish', () => {
  it('spells Azerbaijani names as English texts do', () => {
    expect(azToEnglish('Kəlbəcər')).toBe('kalbajar');
    expect(azToEnglish('Ağdərə')).toBe('aghdara');
    expect(azToEnglish('Xocalı')).toBe('khojali');
    expect(azToEnglish('Cəbrayıl')).toBe('jabrayil');
    expect(azToEnglish('Şuşa')).toBe('shusha');
    expect(azToEnglish('Qubadlı')).toBe('gubadli');
    expect(azToEnglish('Naxçıvan')).toBe('nakhchivan');
    expect(azToEnglish('Xank\u01DDndi')).toBe('khankandi');
  });
});

describe('loose', () => {
  const same = (a: string, b: string) => expect(loose(fold(a)), `${a} ~ ${b}`).toBe(loose(fold(b)));

  it('joins the spellings of x (kh, h), of c (j, dj, dzh) and of ə (e, a)', () => {
    same('Khankendi', 'Xankendi');
    same('Kelbajar', 'Kalbajar');
    same('Kelbadzhar', 'Kalbajar');
    same('Kelbadjar', 'Kalbajar');
    same('Agdzhabedi', 'Aghjabadi');
    same('Jabrail', 'Jabrayil');
    same('Gubadly', 'Gubadli');
    same('Shusha', 'Susa');
  });

  it('leaves Cyrillic and Armenian as they are', () => {
    expect(loose(fold('Шуша'))).toBe('шуша');
    expect(loose(fold('Շուշի'))).toBe('շուշի');
  });
});

describe('matchTier', () => {
  const tier = (q: string, name: string, az = false) => matchTier(queryKeys(q)!, nameKeys(name, az));

  it('grades the same spelling, another spelling, the start of the name, a later word and letters inside', () => {
    expect(tier('Kəlbəcər', 'Kəlbəcər', true)).toBe(0);
    expect(tier('kelbecer', 'Kəlbəcər', true)).toBe(0);
    // the English spelling of an Azerbaijani name is one of its close keys
    expect(tier('Kalbajar', 'Kəlbəcər', true)).toBe(0);
    expect(tier('Kelbajar', 'Kalbajar')).toBe(1);
    expect(tier('Kelb', 'Kelbajar')).toBe(2);
    expect(tier('Stepanakert', 'The fuel depot near Khankendi (Stepanakert)')).toBe(4);
    expect(tier('anake', 'Stepanakert')).toBe(6);
    expect(tier('Goris', 'Kəlbəcər', true)).toBeNull();
  });

  it('does not look inside words for one or two letters', () => {
    expect(tier('ep', 'Stepanakert')).toBeNull();
    expect(tier('st', 'Stepanakert')).toBe(2);
    expect(matchTier(queryKeys('ep')!, nameKeys('Stepanakert', false), 1)).toBe(6);
  });

  it('has nothing to look for in a query of spaces and punctuation', () => {
    expect(queryKeys('  -- ')).toBeNull();
  });
});

describe('the search over the committed data', async () => {
  const { index } = await committedData();
  const entries = searchEntries(index);
  const first = (q: string) => findEntries(entries, q)[0];

  it('holds the districts and the NKAO, the areas, the event places and the 32 gazetteer towns', () => {
    const kinds = entries.map((e) => e.target.kind);
    expect(kinds.filter((k) => k === 'district')).toHaveLength(21);
    expect(kinds.filter((k) => k === 'town')).toHaveLength(32);
    expect(kinds.filter((k) => k === 'event-place')).toHaveLength(6);
    expect(kinds.filter((k) => k === 'area').length).toBeGreaterThanOrEqual(16);
    expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
  });

  it.each([
    ['kelbajar', 'district:kalbajar', 'Kelbajar'],
    ['Kəlbəcər', 'district:kalbajar', null],
    ['Karvachar', 'district:kalbajar', 'Karvachar'],
    ['Kelbadzhar', 'district:kalbajar', 'Kelbadzhar'],
    ['Stepanakert', 'district:khankendi', 'Stepanakert'],
    ['Xankendi', 'district:khankendi', null],
    ['Horadiz', 'area:horadiz', null],
    ['Goradiz', 'area:horadiz', 'Goradiz'],
    ['Aghdara', 'area:martakert-region', 'Ağdərə'],
    ['Askyaran', 'town:Askyaran', null],
    ['Pirdzhamal', 'place:pirjamal', 'Pirdzhamal'],
    ['Goris', 'town:Goris', null],
    ['Yerevan', 'town:Yerevan', null],
    ['Armenia', 'area:armenia', null],
  ])('“%s” finds %s first (alias shown: %s)', (q, key, alias) => {
    const hit = first(q);
    expect(hit?.entry.key).toBe(key);
    expect(hit?.alias?.name ?? null).toBe(alias);
  });

  it('finds the Armenian and Russian names in their own scripts', () => {
    expect(first('Քարվաճառ')).toMatchObject({ entry: { key: 'district:kalbajar' }, alias: { lang: 'hy', use: 'Armenian name (Armenian script)' } });
    expect(first('Степанакерт')).toMatchObject({ entry: { key: 'district:khankendi' }, alias: { lang: 'ru' } });
    expect(first('кельбаджар')).toMatchObject({ entry: { key: 'district:kalbajar' }, alias: { name: 'Кельбаджар' } });
    expect(first('Шуша')).toMatchObject({ entry: { key: 'district:shusha' } });
  });

  it('lists a district before the town and the event place of the same name, and an own name before an alias', () => {
    expect(findEntries(entries, 'Aghdam').map((h) => h.entry.key).slice(0, 3)).toEqual(['district:aghdam', 'place:aghdam-city', 'town:Aghdam']);
    // Əsgəran the town is named Askeran; Xocalı district only has it as the name of an old district
    expect(findEntries(entries, 'Askeran').map((h) => h.entry.key).slice(0, 2)).toEqual(['place:askeran', 'district:khojaly']);
    // GeoNames spells it Askyaran: its own name there, an alias of the event place
    expect(findEntries(entries, 'Askyaran').map((h) => [h.entry.key, h.alias?.name ?? null])).toEqual([
      ['town:Askyaran', null],
      ['place:askeran', 'Askyaran'],
    ]);
  });

  it('gives at most the limit, best first', () => {
    const hits = findEntries(entries, 'a', 5);
    expect(hits).toHaveLength(5);
    expect(hits.map((h) => h.tier)).toEqual([...hits.map((h) => h.tier)].sort((a, b) => a - b));
  });

  it('filters the district list by any name, letters inside a word included', () => {
    const districts = entries.filter((e) => e.target.kind === 'district');
    const shown = (q: string) => districts.filter((e) => entryMatches(e, q)).map((e) => e.key);
    expect(shown('Kelbadjar')).toEqual(['district:kalbajar']);
    expect(shown('Karvachar')).toEqual(['district:kalbajar']);
    expect(shown('')).toHaveLength(21);
    expect(shown('zzz')).toEqual([]);
  });

  it('leads a town or site to the district it lies in, an event place to the event’s district', () => {
    const target = (key: string) => entries.find((e) => e.key === key)!.target;
    expect(targetDistrict(target('area:horadiz'), index)).toBe('fuzuli');
    expect(targetDistrict(target('area:martakert-region'), index)).toBeNull();
    expect(targetDistrict(target('town:Khankendi'), index)).toBe('khankendi');
    expect(targetDistrict(target('town:Goris'), index)).toBeNull();
    expect(targetDistrict(target('place:askeran'), index)).toBe('khojaly');
  });
});
