import extractChunks from 'png-chunks-extract';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPngInfo, toLatin1, withJpegMetadata, withPngMetadata, type ImageMetadata } from '../../src/export/png-metadata.ts';

/** A 2×2 RGBA PNG: red, green / blue, white. */
const PNG = new Uint8Array(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAE0lEQVR4nGP4z8DwHwwZGP6DAQBJyAn3FGMynQAAAABJRU5ErkJggg==', 'base64'),
);

const META: ImageMetadata = {
  title: 'Karabakh Atlas — Kəlbəcər and Laçın',
  source: 'http://127.0.0.1:4173/?c=46.79,39.91&z=9.5&layers=khojaly-1992&v=5a4ff5764d03',
  copyright: 'Boundaries: Natural Earth (public domain) · Font: Noto Sans (SIL OFL 1.1) · Place names: © GeoNames, CC BY 4.0',
  creationTime: new Date(Date.UTC(2026, 10, 25, 12, 30, 0)),
  software: 'Karabakh Atlas (data version 5a4ff5764d03), MapLibre GL JS',
  comment: 'Data version 5a4ff5764d03. Sources of the figures in view: Human Rights Watch (1994)',
};

describe('PNG metadata', () => {
  it('writes Title, Source, Copyright, Creation Time, Software, Comment and reads them back exactly', () => {
    const out = withPngMetadata(PNG, META, 300);
    const info = readPngInfo(out);
    expect(info.width).toBe(2);
    expect(info.height).toBe(2);
    expect(info.text.Title).toBe(META.title);
    expect(info.text.Source).toBe(META.source);
    expect(info.text.Copyright).toContain('Place names: © GeoNames, CC BY 4.0');
    expect(info.text['Creation Time']).toBe('Wed, 25 Nov 2026 12:30:00 GMT');
    expect(info.text.Software).toBe(META.software);
    expect(info.text.Comment).toBe(META.comment);
  });

  it('keeps a Latin-1 tEXt for every reader, with an exact UTF-8 iTXt beside it where needed', () => {
    const chunks = extractChunks(withPngMetadata(PNG, META, 300));
    const text = chunks.filter((c) => c.name === 'tEXt').map((c) => Buffer.from(c.data).toString('latin1'));
    // ç is Latin-1, ə and ı are not; the em dash has a plain equivalent
    expect(text).toContain('Title\0Karabakh Atlas - K?lb?c?r and Laç?n');
    expect(text.some((t) => t.startsWith('Copyright\0') && t.includes('© GeoNames'))).toBe(true);
    const itxt = chunks.filter((c) => c.name === 'iTXt').map((c) => Buffer.from(c.data).toString('utf8'));
    expect(itxt.some((t) => t.startsWith('Title\0') && t.endsWith('Kəlbəcər and Laçın'))).toBe(true);
    expect(toLatin1('“a” – b…')).toBe('"a" - b...');
  });

  it('records the dpi in pHYs (pixels per metre) before the image data', () => {
    for (const dpi of [72, 150, 300, 600]) {
      const out = withPngMetadata(PNG, META, dpi);
      expect(readPngInfo(out).dpi).toBe(dpi);
      const names = extractChunks(out).map((c) => c.name);
      expect(names.indexOf('pHYs')).toBeLessThan(names.indexOf('IDAT'));
      expect(names[0]).toBe('IHDR');
      expect(names.at(-1)).toBe('IEND');
    }
    const phys = extractChunks(withPngMetadata(PNG, META, 300)).find((c) => c.name === 'pHYs')!;
    expect(Buffer.from(phys.data).readUInt32BE(0)).toBe(11811);
  });

  it('replaces its own chunks when written twice and leaves the pixels alone (CRCs valid)', () => {
    const twice = withPngMetadata(withPngMetadata(PNG, META, 150), { ...META, title: 'Second' }, 300);
    const chunks = extractChunks(twice); // throws on a bad CRC
    expect(chunks.filter((c) => c.name === 'pHYs')).toHaveLength(1);
    expect(readPngInfo(twice).text.Title).toBe('Second');
    expect(readPngInfo(twice).dpi).toBe(300);
    const idat = (png: Uint8Array) => inflateSync(Buffer.concat(extractChunks(png).filter((c) => c.name === 'IDAT').map((c) => c.data)));
    expect(idat(twice).equals(idat(PNG))).toBe(true);
  });
});

describe('JPEG metadata', () => {
  /** SOI, a JFIF APP0 with no density (as canvas.toBlob writes it), then an EOI. */
  const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9]);

  it('sets the JFIF density to the dpi and adds a comment after it', () => {
    const out = withJpegMetadata(JPEG, 300, 'Karabakh Atlas | http://x/');
    expect(out[13]).toBe(1);
    expect((out[14]! << 8) | out[15]!).toBe(300);
    expect((out[16]! << 8) | out[17]!).toBe(300);
    expect([out[20], out[21]]).toEqual([0xff, 0xfe]);
    expect(Buffer.from(out.subarray(24, 24 + 26)).toString('utf8')).toBe('Karabakh Atlas | http://x/');
    expect([out.at(-2), out.at(-1)]).toEqual([0xff, 0xd9]);
  });
});
