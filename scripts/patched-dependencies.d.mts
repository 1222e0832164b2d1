export declare const patchedDependencies: Readonly<Record<string, {readonly file: string; readonly version: string}>>
export declare function patchedSource(path: string): string | null
export declare function patchDependencies(): {name: string; setup(build: {onLoad(options: {filter: RegExp}, callback: (args: {path: string}) => {contents: string; loader: 'js'} | undefined): void}): void}
