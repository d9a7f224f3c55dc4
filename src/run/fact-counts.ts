/** How many facts of each kind a record holds: what the end-of-run summary counts. */
import type { ExtractRecord } from '../schema/record.js';

export interface FactCounts {
  warnings: number;
  unions: number;
  amounts: number;
  volunteers: number;
  dates: number;
}

export const factCounts = (r: ExtractRecord): FactCounts => ({
  warnings: r.warnings.length,
  unions: r.unions.length,
  amounts: r.amounts.length,
  volunteers: r.volunteers.length,
  dates: r.dates.length,
});
