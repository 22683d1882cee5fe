/**
 * What an exported image says about itself, written into the file: PNG text chunks (Title,
 * Source = permalink, Copyright = attribution, Creation Time, Software, Comment) and the physical
 * resolution (pHYs), through png-chunks-extract / -encode / png-chunk-text; for a JPEG, the JFIF
 * density and a comment. Pure (bytes in, bytes out), so unit tests read the chunks back.
 */
import extractChunks, { type PngChunk } from 'png-chunks-extract';
import encodeChunks from 'png-chunks-encode';
import pngText from 'png-chunk-text';

export interface ImageMetadata {
  title: string;
  /** the permalink of the view */
  source: string;
  /** the attribution, joined */
  copyright: string;
  creationTime: Date;
  software: string;
  /** data version and the short citations of the sources in view */
  comment: string;
}

const INCHES_PER_METRE = 1 / 0.0254;

/** PNG keywords for the fields (PNG 1.2 §11.3.4.2 predefined keywords). */
const KEYWORD: Record<Exclude<keyof ImageMetadata, 'creationTime'>, string> & { creationTime: string } = {
  title: 'Title',
  source: 'Source',
  copyright: 'Copyright',
  creationTime: 'Creation Time',
  software: 'Software',
  comment: 'Comment',
};

/**
 * tEXt holds Latin-1 only. Typographic marks get their plain equivalents; anything else outside
 * Latin-1 (ə, ğ in a place name) becomes "?" there, and the exact text goes in an iTXt (UTF-8)
 * chunk of the same keyword, which readers that know iTXt prefer.
 */
export function toLatin1(text: string): string {
  return text
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\u2026/g, '...')
    .replace(/[^\u0001-\u00ff]/g, '?');
}

/** An iTXt chunk: keyword, no compression, no language tag, UTF-8 text (PNG 1.2 §11.3.4.5). */
export function itxtChunk(keyword: string, text: string): PngChunk {
  const enc = new TextEncoder();
  const key = enc.encode(keyword);
  const body = enc.encode(text);
  const data = new Uint8Array(key.length + 5 + body.length);
  data.set(key, 0);
  // after the keyword: NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL
  data.set([0, 0, 0, 0, 0], key.length);
  data.set(body, key.length + 5);
  return { name: 'iTXt', data };
}

/** The pHYs chunk: pixels per metre on both axes, unit = metre. */
export function physChunk(dpi: number): PngChunk {
  const ppm = Math.round(dpi * INCHES_PER_METRE);
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  view.setUint32(0, ppm);
  view.setUint32(4, ppm);
  data[8] = 1;
  return { name: 'pHYs', data };
}

function textChunks(meta: ImageMetadata): PngChunk[] {
  const fields: Array<[string, string]> = [
    [KEYWORD.title, meta.title],
    [KEYWORD.source, meta.source],
    [KEYWORD.copyright, meta.copyright],
    // RFC 1123, as PNG 1.2 recommends for Creation Time
    [KEYWORD.creationTime, meta.creationTime.toUTCString()],
    [KEYWORD.software, meta.software],
    [KEYWORD.comment, meta.comment],
  ];
  return fields.flatMap(([keyword, text]) => {
    const latin = toLatin1(text);
    const tEXt = pngText.encode(keyword, latin);
    return latin === text ? [tEXt] : [tEXt, itxtChunk(keyword, text)];
  });
}

/** The PNG with our pHYs and text chunks right after IHDR (any pHYs or text of the same keys replaced). */
export function withPngMetadata(png: Uint8Array, meta: ImageMetadata, dpi: number): Uint8Array {
  const chunks = extractChunks(png);
  const ours = new Set(Object.values(KEYWORD));
  const kept = chunks.filter((c) => {
    if (c.name === 'pHYs') return false;
    if (c.name === 'tEXt' || c.name === 'iTXt') return !ours.has(keywordOf(c));
    return true;
  });
  const [ihdr, ...rest] = kept;
  if (!ihdr || ihdr.name !== 'IHDR') throw new Error('not a PNG: no IHDR chunk');
  return encodeChunks([ihdr, physChunk(dpi), ...textChunks(meta), ...rest]);
}

function keywordOf(chunk: PngChunk): string {
  const end = chunk.data.indexOf(0);
  return new TextDecoder('latin1').decode(chunk.data.subarray(0, end < 0 ? chunk.data.length : end));
}

export interface PngInfo {
  width: number;
  height: number;
  /** pixels per inch from pHYs, or null when the file has none */
  dpi: number | null;
  /** tEXt and iTXt by keyword; iTXt (exact UTF-8) wins over tEXt */
  text: Record<string, string>;
}

/** Reads back what withPngMetadata wrote (tests, and a check after writing). */
export function readPngInfo(png: Uint8Array): PngInfo {
  const chunks = extractChunks(png);
  const ihdr = chunks[0];
  if (!ihdr || ihdr.name !== 'IHDR') throw new Error('not a PNG: no IHDR chunk');
  const head = new DataView(ihdr.data.buffer, ihdr.data.byteOffset, ihdr.data.byteLength);
  const info: PngInfo = { width: head.getUint32(0), height: head.getUint32(4), dpi: null, text: {} };
  const itxt: Record<string, string> = {};
  for (const c of chunks) {
    if (c.name === 'pHYs') {
      const v = new DataView(c.data.buffer, c.data.byteOffset, c.data.byteLength);
      if (c.data[8] === 1) info.dpi = Math.round(v.getUint32(0) / INCHES_PER_METRE);
    } else if (c.name === 'tEXt') {
      const { keyword, text } = pngText.decode(c.data);
      info.text[keyword] = text;
    } else if (c.name === 'iTXt') {
      const key = keywordOf(c);
      // keyword NUL, 2 flag bytes, language tag NUL, translated keyword NUL, text
      let at = key.length + 3;
      at = c.data.indexOf(0, at) + 1;
      at = c.data.indexOf(0, at) + 1;
      itxt[key] = new TextDecoder('utf-8').decode(c.data.subarray(at));
    }
  }
  Object.assign(info.text, itxt);
  return info;
}

/**
 * A JPEG from canvas.toBlob carries a JFIF header with no density; set it to the dpi (units = dots
 * per inch) so image viewers print it at the right size, and add a comment (COM) with the title,
 * permalink and attribution. Returns the input unchanged if it has no JFIF APP0 segment.
 */
export function withJpegMetadata(jpeg: Uint8Array, dpi: number, comment: string): Uint8Array {
  const isJfif =
    jpeg[0] === 0xff && jpeg[1] === 0xd8 && jpeg[2] === 0xff && jpeg[3] === 0xe0 &&
    String.fromCharCode(...jpeg.subarray(6, 11)) === 'JFIF\0';
  if (!isJfif) return jpeg;
  const out = new Uint8Array(jpeg);
  // APP0 payload: "JFIF\0", version (2), units (1), Xdensity (2), Ydensity (2)
  out[13] = 1;
  out[14] = dpi >> 8;
  out[15] = dpi & 0xff;
  out[16] = dpi >> 8;
  out[17] = dpi & 0xff;
  const app0End = 4 + ((out[4] ?? 0) << 8) + (out[5] ?? 0);
  const text = new TextEncoder().encode(comment).subarray(0, 65_000);
  const com = new Uint8Array(4 + text.length);
  com.set([0xff, 0xfe, (text.length + 2) >> 8, (text.length + 2) & 0xff]);
  com.set(text, 4);
  const result = new Uint8Array(out.length + com.length);
  result.set(out.subarray(0, app0End), 0);
  result.set(com, app0End);
  result.set(out.subarray(app0End), app0End + com.length);
  return result;
}
