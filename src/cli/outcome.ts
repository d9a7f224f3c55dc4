/** What the command gets for each input: a record, or the reason it could not be made. */
import type { FileOutcome } from '../run/run-files.js';

export type Outcome = FileOutcome;
