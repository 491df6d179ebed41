import type { LanguageProfile } from '../lang';

/** A number written with digits, read in the sentence's language. */
export interface NumberReading {
  value: number;
  /** The other reading when the separator is ambiguous ("18.400" in English: 18.4 or 18400). */
  alt?: number;
  /** Digits after the decimal point, for rounding tolerance. */
  decimals: number;
}

/**
 * Reads "2,700", "18.400", "1.234,5", "3.2", "84". Each language groups thousands with its own mark
 * (`thousandsMark`: English commas, Spanish dots); a lone separator of the other convention followed by exactly three digits
 * ("18.400" in English text) is read both ways, decimal first.
 */
export function readNumber(digits: string, profile: LanguageProfile): NumberReading | null {
  const separators = digits.replace(/\d/g, '');
  if (!separators) return { value: Number(digits), decimals: 0 };
  const kinds = new Set(separators);
  if (kinds.size === 2) {
    // Both separators: the last one is the decimal mark ("1,234.5" / "1.234,5").
    const decimalMark = separators[separators.length - 1]!;
    const groupMark = decimalMark === '.' ? ',' : '.';
    const [whole, fraction = ''] = digits.split(groupMark).join('').split(decimalMark);
    return { value: Number(`${whole}.${fraction}`), decimals: fraction.length };
  }
  const mark = separators[0]!;
  const groups = digits.split(mark);
  const grouped = groups.slice(1).every((g) => g.length === 3) && groups[0]!.length <= 3;
  const asThousands = Number(groups.join(''));
  if (!grouped) {
    if (groups.length > 2) return null;
    return { value: Number(groups.join('.')), decimals: groups[1]!.length };
  }
  if (groups.length > 2) return { value: asThousands, decimals: 0 };
  const asDecimal = Number(groups.join('.'));
  // The language's own grouping mark is read one way ("2,700" in English, "18.400" in Spanish);
  // the other mark may be either ("18.400" in English text), so both readings are kept.
  return mark === profile.thousandsMark
    ? { value: asThousands, decimals: 0 }
    : { value: asDecimal, alt: asThousands, decimals: 3 };
}
