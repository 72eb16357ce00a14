export { attestGate } from './definition.js';
export { runVerifyBundleCommand } from './verify/commands.js';
export { verifyGate } from './verify/definition.js';
