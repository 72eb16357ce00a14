export { attestGate } from './definition.js';
export { runVerifyBundleCommand, runVerifyChecksumsCommand } from './verify/commands.js';
export { verifyGate } from './verify/definition.js';
