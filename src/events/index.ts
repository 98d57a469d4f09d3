export { eventsStage, extractEvents } from './stage.js';
export { loadVocabulary, VOCABULARY_PATH, type Vocabulary } from './vocabulary.js';
export { readCasualties, type CasualtyResult } from './casualties.js';
