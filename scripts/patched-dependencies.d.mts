export declare const patchedDependencies: Readonly<Record<string, {readonly version: string; readonly files: ReadonlyArray<string>}>>
export declare function patchedSource(path: string): string | null
export declare function patchDependencies(): {name: string; setup(build: {onLoad(options: {filter: RegExp}, callback: (args: {path: string}) => {contents: string; loader: 'js'} | undefined): void}): void}
