/**
 * Who held each place on chosen days, from the committed data: the status the timeline draws for
 * every district and the former NKAO, the spans drawn "in dispute", and the parts.
 */
import { describe, expect, it } from 'vitest';
import { controlIndex, statusesOn } from '../../src/data/control.ts';
import { CONTROL_METRIC, DISTRICT_IDS, NKAO_ID } from '../../src/schema/index.ts';
import { fullAtlas } from '../committed-data.ts';

const atlas = fullAtlas();
const ix = controlIndex(atlas.timeline);
const places = [...DISTRICT_IDS, NKAO_ID];
const A = 'azerbaijani';
const H = 'armenian-or-de-facto';
const P = 'partly';
const U = 'uncertain';

/** Every place not named is under Azerbaijani control on that day. */
const EXPECTED: Record<string, Record<string, string>> = {
  // the sources date Nagorno-Karabakh's change only as "1988–1992"; Goranboy's strip "1991–1992"
  '1991-06-01': { khankendi: U, khojaly: U, goranboy: U, nkao: U },
  // Lachin: 17 May (one source) or 18 May (another)
  '1992-05-17': { khankendi: U, khojaly: U, shusha: H, lachin: U, gazakh: P, goranboy: U, nakhchivan: U, nkao: U },
  '1993-07-22': { khankendi: H, khojaly: H, khojavend: H, shusha: H, lachin: H, kalbajar: H, gazakh: P, goranboy: P, nakhchivan: P, nkao: H },
  // Ağdam: part of the district, on 23 July 1993
  '1993-07-25': { khankendi: H, khojaly: H, khojavend: H, shusha: H, lachin: H, kalbajar: H, aghdam: P, gazakh: P, goranboy: P, nakhchivan: P, nkao: H },
  // Cəbrayıl: 18, 23 or 25 August 1993
  '1993-08-20': { khankendi: H, khojaly: H, khojavend: H, shusha: H, lachin: H, kalbajar: H, aghdam: P, jabrayil: U, tartar: P, gazakh: P, goranboy: P, nakhchivan: P, nkao: H },
  '1994-06-01': { khankendi: H, khojaly: H, khojavend: H, shusha: H, lachin: H, kalbajar: H, aghdam: P, fuzuli: P, jabrayil: H, gubadli: H, zangilan: H, tartar: P, gazakh: P, goranboy: P, nakhchivan: P, nkao: H },
  '2021-06-01': { khankendi: H, khojaly: H, khojavend: P, shusha: P, kalbajar: P, gubadli: P, zangilan: P, tartar: P, gazakh: P, goranboy: P, nakhchivan: P, nkao: P },
  // the sources read date only the towns' return for Qubadlı and Zəngilan, and no return for the villages of Qazax, Goranboy or Naxçıvan
  '2024-06-01': { gubadli: P, zangilan: P, gazakh: P, goranboy: P, nakhchivan: P },
};

describe('the status of every place on chosen days', () => {
  for (const [day, expected] of Object.entries(EXPECTED)) {
    it(day, () => {
      const drawn = Object.fromEntries([...statusesOn(ix, day, places)].map(([p, s]) => [p, s.status]));
      expect(drawn).toEqual(Object.fromEntries(places.map((p) => [p, expected[p] ?? A])));
    });
  }
});

describe('the changes of control', () => {
  it('each is dated by claims of its target’s metric, and a part names the part', () => {
    const claims = new Map(atlas.claims.map((c) => [c.id, c]));
    for (const c of atlas.timeline.changes) {
      for (const id of c.claims) expect(claims.get(id)?.metric, `${c.id}: ${id}`).toBe(CONTROL_METRIC[c.to]);
      if (c.extent === 'part') expect(c.part, c.id).toBeTruthy();
    }
  });

  it('a change whose sources give different dates is listed as a check, with the span the map draws', () => {
    const kalbajar = atlas.timeline.changes.find((c) => c.id === 'kalbajar-1993');
    const check = atlas.checks.find((k) => k.id === 'control-dates-kalbajar-1993');
    expect(check?.category).toBe('dates-differ');
    expect(check?.inputs).toEqual(kalbajar?.claims);
    expect(check?.text).toMatchObject({ recipe: 'control-dates', span: kalbajar?.span });
    // every change with two different dates has one
    for (const c of atlas.timeline.changes) {
      const distinct = new Set(c.dates.map((d) => `${d.from}/${d.to}`)).size;
      expect(atlas.checks.some((k) => k.id === `control-dates-${c.id}`), c.id).toBe(distinct > 1);
    }
  });

  it('the 1993 resolutions, the ceasefires and the events are marks on the axis', () => {
    const kinds = (k: string) => atlas.timeline.marks.filter((m) => m.kind === k).map((m) => m.span.from);
    expect(kinds('resolution')).toEqual(['1993-04-30', '1993-07-29', '1993-10-14', '1993-11-12']);
    expect(kinds('ceasefire')).toEqual(expect.arrayContaining(['1994-05-01', '2020-11-10', '2023-09-20']));
    expect(atlas.timeline.marks.find((m) => m.subject === 'khojaly-1992')?.span).toEqual({ from: '1992-02-26', to: '1992-02-26' });
  });
});
