/**
 * Encodes the finished page (an ImageBitmap) as PNG or JPEG off the main thread: encoding a print
 * page takes seconds, and on the main thread it would freeze the reader's map for all of them.
 */
interface EncodeRequest {
  bitmap: ImageBitmap;
  type: 'image/png' | 'image/jpeg';
  quality?: number;
}

export type EncodeReply = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; message: string };

/** The part of a dedicated worker's global scope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((e: MessageEvent<EncodeRequest>) => void) | null;
  postMessage(message: EncodeReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  const { bitmap, type, quality } = e.data;
  void (async () => {
    try {
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('bitmaprenderer');
      if (!ctx) throw new Error('no bitmaprenderer context');
      ctx.transferFromImageBitmap(bitmap);
      const blob = await canvas.convertToBlob(quality === undefined ? { type } : { type, quality });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      scope.postMessage({ ok: true, bytes }, [bytes.buffer]);
    } catch (err) {
      scope.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
    }
  })();
};
