export { runAction } from './actions/run-action.js';
export { main } from './cli/main.js';
