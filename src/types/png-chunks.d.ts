/** png-chunks-extract, png-chunks-encode, png-chunk-text 1.0.0 ship no types: what this app uses of them. */
declare module 'png-chunks-extract' {
  export interface PngChunk {
    name: string;
    data: Uint8Array;
  }
  /** The chunks of a PNG file, IHDR first, IEND last; throws on a bad signature or CRC. */
  export default function extractChunks(data: Uint8Array): PngChunk[];
}

declare module 'png-chunks-encode' {
  import type { PngChunk } from 'png-chunks-extract';
  /** A PNG file from its chunks (signature and CRCs added). */
  export default function encodeChunks(chunks: readonly PngChunk[]): Uint8Array;
}

declare module 'png-chunk-text' {
  import type { PngChunk } from 'png-chunks-extract';
  /** A tEXt chunk; throws on characters outside Latin-1 or a keyword of 80+ characters. */
  export function encode(keyword: string, text: string): PngChunk;
  export function decode(data: Uint8Array | PngChunk): { keyword: string; text: string };
  const text: { encode: typeof encode; decode: typeof decode };
  export default text;
}
