import type { SecretRule } from '../types.js';
import { secretMeta } from './meta.js';

/** Slack token or webhook. */
export const PS009: SecretRule = {
  meta: secretMeta('PS009', 'Slack token or webhook', 'high', 'slack-access-token'),
  keywords: ['xox', 'hooks.slack.com'],
  pattern:
    /(?<secret>xox[baprs]-[0-9A-Za-z-]{10,72}|https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{24})/g,
};
