/** Why an export stopped: the reader cancelled it, or the browser could not make a canvas that large. */
export class ExportAborted extends Error {
  constructor() {
    super('export cancelled');
    this.name = 'ExportAborted';
  }
}

export class CanvasAllocationError extends Error {
  constructor(
    readonly widthPx: number,
    readonly heightPx: number,
    why: string,
  ) {
    super(why);
    this.name = 'CanvasAllocationError';
  }
}

