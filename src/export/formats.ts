/** The export formats by name, apart from the writers so the CLI can list them without loading them. */
export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
