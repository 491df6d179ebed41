// The part of citation-js's API that wording/cite-as.ts uses. citation-js 0.8 (the last version with
// a RIS plugin, @citation-js/plugin-ris 0.8.2) ships no type declarations; 0.9 does, but has no RIS.
// The plugins are imported for their side effect (they register themselves with the core).
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    /** The items read, as CSL-JSON. */
    data: unknown[];
    /** 'bibliography' with a CSL template, 'bibtex', 'ris': text, or objects with `format: 'object'`. */
    format(format: string, options?: Record<string, unknown>): unknown;
  }
  export const plugins: {
    config: { get(plugin: string): Record<string, unknown> };
  };
}
