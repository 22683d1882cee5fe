import type { FontFacesSpecification } from 'maplibre-gl';
import { FONT } from '../config/layers.ts';

/** The unicode ranges @fontsource/noto-sans 5.3.0 gives its latin and latin-ext subsets. */
const LATIN = [
  'U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+0304', 'U+0308',
  'U+0329', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD',
];
/** Azerbaijani ə ş ğ ç live here. */
const LATIN_EXT = [
  'U+0100-02BA', 'U+02BD-02C5', 'U+02C7-02CC', 'U+02CE-02D7', 'U+02DD-02FF', 'U+1D00-1DBF', 'U+1E00-1E9F',
  'U+1EF2-1EFF', 'U+2020', 'U+20A0-20AB', 'U+20AD-20C0', 'U+2113', 'U+2C60-2C7F', 'U+A720-A7FF',
];

/**
 * Same-origin Noto Sans for the labels through the style-root `font-faces` (no glyph server, no
 * `glyphs` key): the files are copied into public/fonts/. `baseUrl` ends with a slash.
 */
export function fontFaces(baseUrl: string): FontFacesSpecification {
  const face = (weight: 400 | 700) => [
    { url: `${baseUrl}noto-sans-latin-${weight}-normal.woff2`, 'unicode-range': LATIN },
    { url: `${baseUrl}noto-sans-latin-ext-${weight}-normal.woff2`, 'unicode-range': LATIN_EXT },
  ];
  return { [FONT.regular]: face(400), [FONT.bold]: face(700) };
}
