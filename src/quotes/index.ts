export { extractQuotes } from './extract.js';
export { quotesStage } from './stage.js';
export { findQuoteRegions, type QuoteRegion } from './marks.js';
export { loadVocabulary, buildVocabulary, VOCABULARY_FILE, type QuoteVocabulary } from './vocabulary.js';
export { affiliationsFromQuotes, type Affiliation } from './affiliations.js';
export { spokenWords, PART_GAP } from './spoken.js';
