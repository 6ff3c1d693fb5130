// Dates as Vietnamese news writes them: "Sáng 30/9", "Ngày 12.10", "ngày 06/6/2024",
// "Thứ Tư, ngày 29 tháng 6 năm 2022", "11:30 18/04/2023". Returned as ISO dates when the year
// is known (from the date itself or the article's date), never guessed.

const NUMERIC = /(?<![\p{L}\d])(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Nn]gày|[Đđ]êm)\s+(?:nay\s+)?\(?)?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?(?![\d/.-]*\d)/u;
const WORDED = /(?<![\p{L}])ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/u;
/** What every numeric date holds: "30/9", "12.10". */
const NUMBER_PAIR = /\d[/.-]\d/;
const CUE = /(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Nn]gày|[Đđ]êm)\s+(?:nay\s+)?\(?\d/u;

export interface DayMonth {
  day: number;
  month: number;
  year?: number;
}

/**
 * The first date written in `text`. With `cued`, only a date introduced as a time of day or
 * "ngày" ("Sáng 30/9", "ngày 29 tháng 6"): the time something happened, not a timestamp.
 * Otherwise a bare "18/04/2023" counts too (it carries its year).
 */
export function findDate(text: string, cued = false): DayMonth | undefined {
  // Most texts hold no date: cheap tests for what each form must contain skip the full searches.
  const worded = text.includes('ngày') ? WORDED.exec(text) : null;
  const numeric = NUMBER_PAIR.test(text) ? NUMERIC.exec(text) : null;
  const candidates: Array<{ at: number; d: DayMonth }> = [];
  if (worded) candidates.push({ at: worded.index, d: toDate(worded[1]!, worded[2]!, worded[3]) });
  if (numeric && (CUE.test(numeric[0]) || (numeric[3] && !cued))) candidates.push({ at: numeric.index, d: toDate(numeric[1]!, numeric[2]!, numeric[3]) });
  const first = candidates.sort((a, b) => a.at - b.at)[0]?.d;
  return first && first.day >= 1 && first.day <= 31 && first.month >= 1 && first.month <= 12 ? first : undefined;
}

function toDate(day: string, month: string, year: string | undefined): DayMonth {
  return { day: Number(day), month: Number(month), ...(year ? { year: Number(year) } : {}) };
}

/** ISO date, the year taken from `fallbackYear` when the text gave none; undefined without a year. */
export function isoDate(d: DayMonth, fallbackYear: number | undefined): string | undefined {
  const year = d.year ?? fallbackYear;
  if (!year) return undefined;
  return `${year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
