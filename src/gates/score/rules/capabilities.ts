/** A capability name as Kubernetes compares it, tolerating the `CAP_` prefix people write. */
export function capabilityName(v: unknown): string {
  return typeof v === 'string' ? v.toUpperCase().replace(/^CAP_/, '') : '';
}
