// Types for test/production-engines.e2e-spec.ts, which imports the plain-JavaScript check.
export function satisfies(version: string, range: string): boolean;
export function promisedVersions(files: { readme: string; dockerfile: string }): { version: string; where: string }[];
export function checkEngines(input: { lock: { packages: Record<string, unknown> }; versions: { version: string; where: string }[]; browserWorkspace?: string }): { failures: string[]; browserOnly: string[] };
