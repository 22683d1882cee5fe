/**
 * Press or drag anywhere on the date axis to move the day (a mark is pressed as a button instead):
 * the pointer is captured, and the day follows it at most once per frame.
 */
export interface AxisDrag {
  /** the timeline is open: a press may start a drag */
  active(): boolean;
  /** a drag began (stop playing, focus the slider) */
  start(): void;
  /** the pointer is at this share (0–1) of the track */
  at(share: number): void;
  /** the drag ended */
  end(): void;
}

/** Binds the drag to `axisBox`, measured on `track`; returns what cancels a frame still pending. */
export function bindAxisDrag(axisBox: HTMLElement, track: HTMLElement, on: AxisDrag): { cancel(): void } {
  let dragging = false;
  let pointerX = 0;
  let frame = 0;
  const fromPointer = (): void => {
    frame = 0;
    const box = track.getBoundingClientRect();
    if (box.width > 0) on.at((pointerX - box.left) / box.width);
  };
  axisBox.addEventListener('pointerdown', (e) => {
    if (!on.active() || e.button !== 0) return;
    if (e.target instanceof Element && e.target.closest('.timeline-mark')) return;
    e.preventDefault();
    on.start();
    dragging = true;
    axisBox.setPointerCapture(e.pointerId);
    pointerX = e.clientX;
    fromPointer();
  });
  axisBox.addEventListener('pointermove', (e) => {
    if (!dragging) return;
    pointerX = e.clientX;
    if (!frame) frame = window.requestAnimationFrame(fromPointer);
  });
  const endDrag = (e: PointerEvent): void => {
    if (!dragging) return;
    dragging = false;
    if (axisBox.hasPointerCapture(e.pointerId)) axisBox.releasePointerCapture(e.pointerId);
    if (frame) {
      window.cancelAnimationFrame(frame);
      fromPointer();
    }
    on.end();
  };
  axisBox.addEventListener('pointerup', endDrag);
  axisBox.addEventListener('pointercancel', endDrag);
  return {
    cancel: () => {
      if (frame) window.cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
