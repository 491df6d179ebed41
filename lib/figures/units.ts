/**
 * Unit words, folded, and their canonical unit. Metric and short tons are one unit here: news
 * writers use "tons" and "tonnes" for the same figure, and the ~10 % between them is below what
 * the comparison can tell from rounding anyway.
 */
// prettier-ignore
export const UNITS: Readonly<Record<string, string>> = {
  ton: 'ton', tons: 'ton', tonne: 'ton', tonnes: 'ton', tonelada: 'ton', toneladas: 'ton', t: 'ton',
  'metric tons': 'ton', 'metric tonnes': 'ton', 'metric ton': 'ton', 'toneladas metricas': 'ton', 'tonelada metrica': 'ton',
  kilogram: 'kg', kilograms: 'kg', kilo: 'kg', kilos: 'kg', kg: 'kg', kilogramo: 'kg', kilogramos: 'kg',
  gram: 'g', grams: 'g', gramos: 'g',
  pound: 'lb', pounds: 'lb', lbs: 'lb', libras: 'lb',
  percent: 'percent', 'per cent': 'percent', '%': 'percent', 'por ciento': 'percent', porcentaje: 'percent',
  'percentage points': 'pp', 'percentage point': 'pp', 'puntos porcentuales': 'pp',
  dollars: 'usd', dollar: 'usd', 'dólares': 'usd', dolares: 'usd', usd: 'usd', euros: 'eur', euro: 'eur',
  pesos: 'cop', pounds_sterling: 'gbp',
  hectares: 'ha', hectare: 'ha', hectareas: 'ha', 'hectáreas': 'ha',
  kilometres: 'km', kilometers: 'km', km: 'km', kilometros: 'km', 'kilómetros': 'km', miles_distance: 'mi',
};

/** Currency signs before a number. */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  $: 'usd',
  US$: 'usd',
  USD: 'usd',
  '€': 'eur',
  '£': 'gbp',
  COP: 'cop',
};

/** Time units of a rate, in days. */
// prettier-ignore
export const TIME_UNITS: Readonly<Record<string, number>> = {
  second: 1 / 86400, seconds: 1 / 86400, segundo: 1 / 86400, segundos: 1 / 86400,
  minute: 1 / 1440, minutes: 1 / 1440, minuto: 1 / 1440, minutos: 1 / 1440,
  hour: 1 / 24, hours: 1 / 24, hora: 1 / 24, horas: 1 / 24,
  day: 1, days: 1, dia: 1, dias: 1, 'día': 1, 'días': 1,
  week: 7, weeks: 7, semana: 7, semanas: 7,
  month: 30.44, months: 30.44, mes: 30.44, meses: 30.44,
  year: 365.25, years: 365.25, 'año': 365.25, 'años': 365.25, ano: 365.25, anos: 365.25,
  'hour-long': 1 / 24, 'day-long': 1, 'week-long': 7, 'month-long': 30.44, 'year-long': 365.25,
};

/**
 * Things counted that are the same kind of thing for comparison ("13 bombings" vs "12 raids"
 * compare; "13 bombings" vs "12 arrests" do not). Each group is named by its first term; terms
 * are pivot terms (English stems), see lib/text/terms.ts.
 */
// prettier-ignore
export const SUBJECT_GROUPS: readonly (readonly string[])[] = [
  ['bomb', 'strike', 'raid', 'attack', 'airstrik'],
  ['oper', 'battl', 'offens', 'combat', 'mission', 'clash'],
  ['kill', 'peopl', 'person', 'victim', 'casualti', 'fatal', 'live'],
  ['laboratori', 'factori', 'plant', 'mill', 'kitchen'],
  ['arrest', 'detain', 'detent', 'captur'],
  ['vessel'],
  ['dose'],
];
