import type { SecretRule } from '../types.js';
import { secretMeta } from './meta.js';

/** Azure storage account key. */
export const PS005: SecretRule = {
  meta: secretMeta('PS005', 'Azure storage account key', 'critical', 'azure-storage-account-key'),
  keywords: ['accountkey'],
  pattern: /AccountName=[^;\s]+;AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/g,
};
