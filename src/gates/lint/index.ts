export { lintGate } from './definition.js';
export type { FindingOptions, LabelType, LintContext, LintRule, LintSettings, RunCommand } from './rule.js';
