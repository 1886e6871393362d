/** A stream the CLI writes to. */
export interface OutputStream {
  write(text: string): unknown;
  /** `true` when the stream is a terminal: enables colors and progress output. */
  readonly isTTY?: boolean;
}

/** Everything the CLI touches outside its arguments, injectable for tests. */
export interface CliIo {
  /** Directory the command runs in; the root no scan leaves. */
  readonly cwd: string;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Environment (`NO_COLOR`, `FORCE_COLOR`). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** A problem with the command line or its environment: exit code 2 with a message. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Exit codes. */
export const EXIT = {
  /** No findings (check), no failed file (fix). */
  ok: 0,
  /** Findings (check), a failed file (fix). */
  findings: 1,
  /** Usage or internal error, refused dirty tree. */
  error: 2,
} as const;
