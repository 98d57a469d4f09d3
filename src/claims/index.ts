export { claimsStage, extractClaims } from './stage.js';
