export { attestGate } from './definition.js';
export { verifyGate } from './verify/definition.js';
