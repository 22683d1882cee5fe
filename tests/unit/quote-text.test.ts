import { describe, expect, it } from 'vitest';
import { quoteOccursIn } from '../../src/lib/quote-text.ts';

describe('quoteOccursIn', () => {
  const page = 'the Azerbaijan Demo-\ncratic Republic of 1918 – 1920 (Altstadt, 1992).\n Lachin (63,007 persons), Kelbadjar (59,274)';
  it('matches across a hyphenated line break and re-wrapped spaces', () => {
    expect(quoteOccursIn('Nagorno-Karabakh region', 'the Nagorno-\nKarabakh region')).toBe(true);
    expect(quoteOccursIn('the Azerbaijan Democratic Republic of 1918 – 1920', page)).toBe(true);
  });
  it('matches the parts around an ellipsis in order', () => {
    expect(quoteOccursIn('the Azerbaijan Democratic Republic … Lachin (63,007 persons)', page)).toBe(true);
    expect(quoteOccursIn('Lachin (63,007 persons) … the Azerbaijan Democratic Republic', page)).toBe(false);
  });
  it('does not match a changed figure', () => {
    expect(quoteOccursIn('Lachin (63,070 persons)', page)).toBe(false);
  });
});
