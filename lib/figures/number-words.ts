/** Number words of English and Spanish, folded, and their values. */
// prettier-ignore
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  dozen: 12,
  uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11,
  doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19,
  veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
  cien: 100, ciento: 100, docena: 12,
  veintiuno: 21, veintiun: 21, veintiuna: 21, veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25,
  veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
  doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300, cuatrocientos: 400, cuatrocientas: 400,
  quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600, setecientos: 700, setecientas: 700,
  ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900,
};

/**
 * Words that multiply what comes before them in a number written out: "two hundred", "a dozen",
 * "un centenar", "un millar"; thousands and millions close a group ("dos mil setecientas").
 */
// prettier-ignore
export const MULTIPLIER_WORDS: Readonly<Record<string, number>> = {
  hundred: 100, dozen: 12, docena: 12, centenar: 100, millar: 1000,
};
// prettier-ignore
export const GROUP_WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3, mil: 1e3, million: 1e6, millon: 1e6, millones: 1e6, billion: 1e9, trillion: 1e12, billon: 1e12,
  billones: 1e12,
};

/** Scale words after a number: "2.7 million", "18 mil", "30 billion", "mil millones". */
// prettier-ignore
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, mn: 1e6, bn: 1e9,
  mil: 1e3, millon: 1e6, millones: 1e6, 'mil millones': 1e9, billon: 1e12, billones: 1e12,
};

/**
 * Plural scale words used as vague amounts: "thousands of tonnes", "miles de toneladas",
 * "dozens of", "numerous". Each is the range of values the word allows.
 */
// prettier-ignore
export const VAGUE_AMOUNTS: Readonly<Record<string, readonly [number, number]>> = {
  dozens: [24, 199], decenas: [20, 199], hundreds: [200, 1999], cientos: [200, 1999], centenares: [200, 1999],
  thousands: [2000, 999_999], miles: [2000, 999_999], millions: [2e6, 999e6], millones: [2e6, 999e6],
  'tens of thousands': [20_000, 99_999], 'decenas de miles': [20_000, 99_999],
  'hundreds of thousands': [200_000, 999_999], 'cientos de miles': [200_000, 999_999],
  'miles de millones': [2e9, 999e9], 'billions': [2e9, 999e9], scores: [40, 199],
  numerous: [2, Infinity], many: [2, Infinity], multiple: [2, Infinity], several: [3, Infinity], various: [2, Infinity],
  numerosos: [2, Infinity], numerosas: [2, Infinity], muchos: [2, Infinity], muchas: [2, Infinity],
  varios: [2, Infinity], varias: [2, Infinity],
};

/**
 * Shares printed as fractions, as a percentage: "half of", "la mitad de", "two thirds of", "dos
 * tercios de", "three quarters of", "tres cuartas partes de". They are read only before "of"/"de".
 */
// prettier-ignore
export const FRACTIONS: Readonly<Record<string, number>> = {
  half: 50, mitad: 50, third: 100 / 3, thirds: 100 / 3, tercio: 100 / 3, tercios: 100 / 3,
  quarter: 25, quarters: 25, cuarta: 25, cuartas: 25, fifth: 20, fifths: 20, quinta: 20, quintas: 20,
};
