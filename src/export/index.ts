// Public entry point of the exporters: one module for the CLI and the API.
export { EXPORTERS, EXPORT_FORMATS, type ExportFormat, type Exporter } from './registry.js';
export { CHUNK_CHARS, exportChunks, exportFileName, exportLines, exportResponse } from './stream.js';
export { ACLED_COLUMNS, ACLED_GEO_PRECISION, ACLED_TIME_PRECISION } from './acled.js';
export { GTD_COLUMNS, GTD_SPECIFICITY } from './gtd.js';
export { SITREP_COLUMNS } from './sitrep.js';
