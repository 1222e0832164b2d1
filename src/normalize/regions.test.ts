import {describe, expect, test} from 'vitest'
import {isRegion, splitRegionPrefix} from './regions.js'

describe('regions', () => {
  test.each([['Auvergne-Rhône-Alpes'], ['Bretagne'], ['Hauts de France'], ['Nouvelle Aquitaine'], ['Ile de France'], ['Provence-Alpes-Côte d’Azur']])(
    '%s is a region',
    (label) => {
      expect(isRegion(label)).toBe(true)
    }
  )

  test.each([['Paris'], ['DINUM'], ["L'open data et les territoires"], ['France']])('%s is not', (label) => {
    expect(isRegion(label)).toBe(false)
  })

  test.each([
    ['Bretagne : Les 2ndes Causeries bretonnes', {region: 'Bretagne', rest: 'Les 2ndes Causeries bretonnes'}],
    ['Hauts de France : «Faisons Simple», le Simplificathon', {region: 'Hauts de France', rest: '«Faisons Simple», le Simplificathon'}],
    ["L'open data et les territoires : quelle collaboration ?", null],
    ['Données à voir : la data au service des usagers', null]
  ])('%s', (text, expected) => {
    expect(splitRegionPrefix(text)).toEqual(expected)
  })
})
