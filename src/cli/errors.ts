/** A mistake in how the command was called: reported on stderr, exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The output could not be written (disk full, folder removed...): reported on stderr, exit status 1. */
export class OutputError extends Error {
  override name = 'OutputError';
}

/** Integer option parser for commander; a bad value is a usage error. */
export function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
      throw new UsageError(`${name} must be a whole number of at least 1, not '${value}'`);
    }
    return n;
  };
}
