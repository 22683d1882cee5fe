/** Why an export stopped: the reader cancelled it, the browser could not make a canvas that large, or its font could not be loaded. */
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


/** The font files of the page's text that could not be loaded (each named in the message, with why). */
export class ExportFontError extends Error {
  constructor(
    readonly files: readonly string[],
    message: string,
  ) {
    super(message);
    this.name = 'ExportFontError';
  }
}
