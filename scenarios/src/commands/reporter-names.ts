// The reporter names alone, so the CLI can check --reporter without loading the runner.
export const REPORTERS = ['pretty', 'json', 'junit', 'html'] as const
export type ReporterName = (typeof REPORTERS)[number]
