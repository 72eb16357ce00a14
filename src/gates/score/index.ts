export { scoreGate } from './definition.js';
