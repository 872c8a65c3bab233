/** A mistake in how the command was called (unknown command or option, missing file): one line, exit 2. */
export class UsageError extends Error {}
