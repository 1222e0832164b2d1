/** French calendar words as data (chrono's `locales/fr/constants` pattern). */

export const monthByName: Readonly<Record<string, number>> = {
  janvier: 1, janv: 1,
  février: 2, fevrier: 2, févr: 2, fevr: 2, fév: 2,
  mars: 3,
  avril: 4, avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7, juil: 7,
  août: 8, aout: 8,
  septembre: 9, sept: 9,
  octobre: 10, oct: 10,
  novembre: 11, nov: 11,
  décembre: 12, decembre: 12, déc: 12, dec: 12
}

/** 0 = Sunday, as `Date#getUTCDay`. */
export const weekdayByName: Readonly<Record<string, number>> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6
}

export const weekdayNames = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'] as const

/** Longest first, so `septembre` wins over `sept` in an alternation. */
const byLength = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|')

export const monthPattern = byLength(Object.keys(monthByName))
export const weekdayPattern = byLength(Object.keys(weekdayByName))
