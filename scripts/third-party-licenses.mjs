// dist/THIRD_PARTY_LICENSES.md: each package bundled into dist, its version,
// its license and the license's text, as their licenses ask.
import {readdirSync, readFileSync} from 'node:fs'

/** @typedef {{packageJson: {name: string, version: string, license?: string}, licenseText: string}} Bundled */

/** @param {ReadonlyArray<Bundled>} dependencies */
export function thirdPartyLicenses(dependencies) {
  const sections = [...dependencies]
    .sort((a, b) => a.packageJson.name.localeCompare(b.packageJson.name))
    .map(({packageJson, licenseText}) => [`## ${packageJson.name}@${packageJson.version}`, `License: ${packageJson.license ?? 'see below'}`, licenseText.trim()].join('\n\n'))
  return ['# Third-party licenses', 'agenda-extract bundles these packages into `dist/`.', ...sections].join('\n\n') + '\n'
}

/**
 * A package of node_modules as the license plugin describes one: for a package
 * bundled from a folder whose own package.json has no name (`yaml/browser/`).
 * @param {string} name
 * @returns {Bundled}
 */
export function installedPackage(name) {
  const root = new URL(`../node_modules/${name}/`, import.meta.url)
  const license = readdirSync(root).find((file) => /^licen[cs]e/iu.test(file))
  return {packageJson: JSON.parse(readFileSync(new URL('package.json', root), 'utf8')), licenseText: license ? readFileSync(new URL(license, root), 'utf8') : ''}
}
