/**
 * The year of a day/month date (SPEC §4.1): the year written in the phrase,
 * else the reference year, rolled over to the next year when the day/month
 * falls more than six months before the reference date (a December post
 * announcing `le 15/01` means next January).
 */
export function resolveYear(day: number, month: number, written: number | null, reference: string | null): number | null {
  if (written !== null) return written
  if (reference === null) return null
  const [refYear, refMonth, refDay] = reference.split('-').map(Number) as [number, number, number]
  const sixMonthsBefore = Date.UTC(refYear, refMonth - 1 - 6, refDay)
  return Date.UTC(refYear, month - 1, day) < sixMonthsBefore ? refYear + 1 : refYear
}
