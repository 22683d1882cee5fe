import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyId, multiplies, SCALE, withCopies } from '../../bench/scale-fixture.ts';
import { ClaimId } from '../../src/schema/index.ts';

const claim = (id: string, subject: string, claimed_by = 'someone', source = 'some-source') => ({ id, subject, claimed_by, source });

describe("bench P8's scaled claims", () => {
  const multiply = multiplies(new Set(['lachin']), 'seed-article');
  const out = withCopies(
    [claim('lachin-area', 'lachin'), claim('seed-idp-lachin', 'lachin', 'uscr', 'seed-article'), claim('khojaly-killed', 'khojaly-1992')],
    multiply,
  );

  it('follows a claim on a place with its copies: same fields, new ids', () => {
    const copies = out.filter((c) => c.id.startsWith('lachin-area'));
    expect(copies).toHaveLength(SCALE);
    expect(copies.map((c) => c.id)).toEqual(['lachin-area', ...Array.from({ length: SCALE - 1 }, (_, i) => `lachin-area-x${i + 2}`)]);
    for (const c of copies) expect({ ...c, id: '' }).toEqual({ ...claim('lachin-area', 'lachin'), id: '' });
  });

  it("leaves the seed article's USCR figure and claims on events single", () => {
    expect(out.filter((c) => c.id.startsWith('seed-idp-lachin'))).toHaveLength(1);
    expect(out.filter((c) => c.id.startsWith('khojaly-killed'))).toHaveLength(1);
  });

  it('gives every curated claim copy ids that the claim id schema accepts and no claim has', () => {
    const dir = resolve(import.meta.dirname, '../../geodata/claims/claims');
    const ids = readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .flatMap((n) => (JSON.parse(readFileSync(resolve(dir, n), 'utf8')) as { id: string }[]).map((c) => c.id));
    const taken = new Set(ids);
    for (const id of ids) {
      for (let k = 2; k <= SCALE; k++) {
        const copy = copyId(id, k);
        expect(ClaimId.safeParse(copy).success, copy).toBe(true);
        expect(taken.has(copy), copy).toBe(false);
      }
    }
  });
});
