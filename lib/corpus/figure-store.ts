import type { Figure, FigureKind, Qualifier, Scope } from '../figures/types';
import type { StoredFigure } from './corpus-format';

const KINDS: readonly FigureKind[] = ['count', 'percent', 'money', 'measure', 'rate', 'date'];
const QUALIFIERS: readonly Qualifier[] = [
  'exact',
  'over',
  'at-least',
  'under',
  'up-to',
  'nearly',
  'about',
  'vague',
];
const SCOPES: readonly Scope[] = [null, 'single', 'total'];

/**
 * The figures of every corpus sentence, in columns of typed arrays: at 10,000 reports one object
 * per figure would take most of the heap. `Figure` objects are built only for the few candidate
 * sentences a page sentence is compared with; their text is sliced from the sentence.
 */
export class FigureStore {
  private count = 0;
  private numbers = new Float64Array(64 * 4); // value, altValue, low, high
  private codes = new Uint8Array(64 * 3); // kind, qualifier, scope
  private places = new Uint32Array(64 * 4); // start, end, unit id + 1, subject id + 1
  private readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  /** Sentence id → [first figure, figure count]; sentences without figures are absent. */
  private readonly bySentence = new Map<number, number>();

  add(sentence: number, figures: readonly StoredFigure[]): void {
    if (figures.length === 0) return;
    this.bySentence.set(sentence, this.count * 256 + Math.min(figures.length, 255));
    for (const f of figures.slice(0, 255)) {
      this.ensure(this.count + 1);
      const i = this.count++;
      this.numbers.set([f.value ?? NaN, f.altValue ?? NaN, f.low, f.high ?? Infinity], i * 4);
      this.codes.set(
        [KINDS.indexOf(f.kind), QUALIFIERS.indexOf(f.qualifier), SCOPES.indexOf(f.scope)],
        i * 3,
      );
      this.places.set([f.start, f.end, this.intern(f.unit), this.intern(f.subject)], i * 4);
    }
  }

  /** The figures of a sentence, built afresh. */
  figuresOf(sentence: number, text: string): Figure[] {
    const packed = this.bySentence.get(sentence);
    if (packed === undefined) return [];
    const first = Math.floor(packed / 256);
    const out: Figure[] = [];
    for (let i = first; i < first + (packed % 256); i++) {
      // By index: destructuring a view would make a view and an iterator per figure.
      const { numbers, places } = this;
      const value = numbers[i * 4];
      const alt = numbers[i * 4 + 1];
      const low = numbers[i * 4 + 2];
      const high = numbers[i * 4 + 3];
      const start = places[i * 4];
      const end = places[i * 4 + 1];
      const unit = places[i * 4 + 2];
      const subject = places[i * 4 + 3];
      out.push({
        text: text.slice(start, end),
        start: start!,
        end: end!,
        kind: KINDS[this.codes[i * 3]!]!,
        value: Number.isNaN(value) ? null : value!,
        ...(Number.isNaN(alt) ? {} : { altValue: alt }),
        low: low!,
        high: high!,
        qualifier: QUALIFIERS[this.codes[i * 3 + 1]!]!,
        unit: unit ? this.strings[unit - 1]! : null,
        subject: subject ? this.strings[subject - 1]! : null,
        scope: SCOPES[this.codes[i * 3 + 2]!]!,
      });
    }
    return out;
  }

  private intern(value: string | null): number {
    if (value === null) return 0;
    let id = this.stringIds.get(value);
    if (id === undefined) {
      id = this.strings.push(value) - 1;
      this.stringIds.set(value, id);
    }
    return id + 1;
  }

  private ensure(size: number): void {
    if (this.codes.length >= size * 3) return;
    const grow = <T extends Float64Array | Uint8Array | Uint32Array>(
      a: T,
      make: (n: number) => T,
      per: number,
    ): T => {
      const next = make(Math.max(size, (a.length / per) * 2) * per);
      next.set(a);
      return next;
    };
    this.numbers = grow(this.numbers, (n) => new Float64Array(n), 4);
    this.codes = grow(this.codes, (n) => new Uint8Array(n), 3);
    this.places = grow(this.places, (n) => new Uint32Array(n), 4);
  }
}
