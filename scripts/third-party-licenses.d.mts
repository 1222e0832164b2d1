export interface Bundled {
  readonly packageJson: {readonly name: string; readonly version: string; readonly license?: string}
  readonly licenseText: string
}
export declare function thirdPartyLicenses(dependencies: ReadonlyArray<Bundled>): string
export declare function installedPackage(name: string): Bundled
