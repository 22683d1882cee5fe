/**
 * The slice of citation-js 0.8 this app uses (the packages ship no types). Formats are produced
 * by the library; these declarations only describe its calls.
 */
declare module '@citation-js/core' {
  export interface CiteFormatOptions {
    format?: 'text' | 'object' | 'string' | 'html';
    [option: string]: unknown;
  }
  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>);
    static async(data: unknown, options?: Record<string, unknown>): Promise<Cite>;
    /** CSL-JSON items */
    data: Array<Record<string, unknown>>;
    format(format: string, options?: CiteFormatOptions): string;
  }
  export const plugins: {
    config: { get(ref: string): Record<string, Record<string, unknown>> };
    input: {
      util: { clean(data: unknown[], bestGuessConversions?: boolean): Array<Record<string, unknown>> };
      list(): string[];
    };
    output: { list(): string[] };
  };
  export const version: string;
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
/** the CSL formatter (citeproc-js): the tests render citations with it, as a reader's tool would */
declare module '@citation-js/plugin-csl';
