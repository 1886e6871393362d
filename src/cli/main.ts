import type { CliIo } from './io.js';

import plugin from '../index.js';
import { runCheck } from './check.js';
import { runFix } from './fix.js';
import { EXIT, UsageError } from './io.js';
import { runList } from './list.js';

export type { CliIo, OutputStream } from './io.js';
export type { CheckReport, JsonFinding, JsonParseError } from './check.js';
export type { FixReport, JsonFileResult, JsonLeftFinding } from './fix.js';
export { EXIT } from './io.js';

/** Top-level help text of `oauth-tokens`. */
export const HELP = `Usage: oauth-tokens <command> [options]

Commands:
  check [paths...]   Lint with the plugin's recommended rules (no ESLint config needed)
  fix [paths...]     Apply the codemods that fix findings with certainty; list the rest
  list               List rules and codemods with their docs links

Options:
  -h, --help         Show help (also: oauth-tokens <command> --help)
  -v, --version      Show the version

Exit codes: 0 success / no findings, 1 findings (check) or a failed file (fix),
2 usage or internal error.
`;

/**
 * Runs the `oauth-tokens` command with `argv` (without the node and script paths) and
 * returns the exit code. Everything it touches outside the file system and git comes from
 * `io`, so tests run it in-process.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.stdout.write(HELP);
        return command === undefined ? EXIT.error : EXIT.ok;
      case '-v':
      case '--version':
        io.stdout.write(`${plugin.meta.version}\n`);
        return EXIT.ok;
      case 'check':
        return await runCheck(rest, io);
      case 'fix':
        return await runFix(rest, io);
      case 'list':
        return runList(io);
      default:
        throw new UsageError(`Unknown command "${command}". Run "oauth-tokens --help".`);
    }
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr.write(`oauth-tokens: ${(error as Error).message}\n`);
      return EXIT.error;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`oauth-tokens: internal error: ${detail}\n`);
    return EXIT.error;
  }
}

/** `node:util` `parseArgs` errors (unknown option, missing value) carry an `ERR_PARSE_ARGS_*` code. */
function isParseArgsError(error: unknown): boolean {
  return error instanceof Error && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS_');
}
