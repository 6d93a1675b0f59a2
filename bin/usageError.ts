/** Bad input (arguments, an unreadable or invalid document, an unwritable output): one line, exit code 2. */
export class UsageError extends Error {}
