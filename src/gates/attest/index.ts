export { attestGate, verifyGate } from './definition.js';
