/**
 * One topic of the synthetic news corpus: headline and sentence templates plus the topic's own fillers.
 *
 * Slots in templates (filled by fill-template.ts):
 *   {person} {person2}   the report's two main people (full name), {surname} the first one's surname,
 *   {anyone}             any person, {role} a title ("the finance minister"),
 *   {city} {city2} {country} {country2} {region} {outlet} {weekday} {month} {year} {lasttime},
 *   {n} 2..60, {N} 100..9,999, {big} 10,000..900,000, {pct} 1..95, {dec} 0.1..9.9, {money} "$4.2 billion",
 *   {x:key}              one entry of the topic's own list `key`.
 */
export interface NewsTopic {
  name: string;
  /** Relative share of reports on this topic. */
  weight: number;
  headlines: readonly string[];
  sentences: readonly string[];
  lists: Readonly<Record<string, readonly string[]>>;
}
