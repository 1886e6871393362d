/**
 * Logging APIs: where a value written to a log leaves the process. Log lines are shipped to
 * collectors, search indexes and third-party services and kept for months, so a credential
 * written there is readable by everyone with log access (CWE-532; OWASP Logging Cheat
 * Sheet, "Data to exclude": "access tokens", "authentication passwords", "session identifiers").
 */
import type { Certainty, ModuleExport } from './types.js';

/**
 * How a logging API hands out its log methods.
 * - `logger`: the export itself has log methods (`winston.info(...)`, `log.info(...)` of loglevel).
 * - `factory`: calling the export returns a logger (`pino()`, `winston.createLogger()`).
 * - `constructor`: `new` of the export returns a logger (NestJS `new Logger(Service.name)`).
 * - `function-factory`: calling the export returns a function that logs (`debug('app')('msg', value)`).
 */
export type LoggerRole = 'logger' | 'factory' | 'constructor' | 'function-factory';

/** One logging API. */
export interface LoggerEntry {
  /** Stable kebab-case id. */
  readonly id: string;
  /** Human name of the library. */
  readonly library: string;
  /** Import paths of the API (ESM and CommonJS). An empty path is the module namespace itself. */
  readonly exports: readonly ModuleExport[];
  /** Global paths of the API (`['console']`). */
  readonly globals?: readonly (readonly string[])[];
  /** What the export is. */
  readonly role: LoggerRole;
  /** API fact or convention. */
  readonly certainty: Certainty;
  /** Library documentation. */
  readonly reference: string;
}

/**
 * Logger methods that write their arguments to the log: the levels of pino, winston, bunyan,
 * log4js, loglevel, consola and the NestJS `LoggerService` (`log`, `verbose`), plus winston's
 * `log(level, message, meta)` and `silly`.
 */
export const LOGGER_METHODS: ReadonlySet<string> = new Set([
  'debug', 'error', 'fatal', 'info', 'log', 'silly', 'trace', 'verbose', 'warn',
]);

/**
 * `console` methods that print their arguments (WHATWG Console Standard §1.1, §1.2).
 * `assert` prints its arguments after the condition, which is only tested.
 */
export const CONSOLE_METHODS: ReadonlySet<string> = new Set([
  'assert', 'debug', 'dir', 'dirxml', 'error', 'group', 'groupCollapsed', 'info', 'log', 'table', 'trace', 'warn',
]);

/**
 * Methods of a logger that return a logger whose bindings are written with every line:
 * pino and bunyan `child(bindings)`, winston `child(meta)`, consola `withTag(tag)`.
 */
export const CHILD_LOGGER_METHODS: ReadonlySet<string> = new Set(['child', 'withTag']);

/**
 * Trailing words of a receiver name that make it a logger by convention: `logger`,
 * `this.logger` (NestJS), `log`, `req.log` / `request.log` (pino-http, Fastify), `fastify.log`,
 * `app.log`, `$log` (AngularJS). Matched on the last word of the name, so `authLogger` and
 * `auditLog` match and `dialog` or `catalog` do not.
 */
export const CONVENTIONAL_LOGGER_WORDS: ReadonlySet<string> = new Set(['log', 'logger']);

/**
 * Words in a function name that turn a token into something safe to log: a hash, a
 * prefix, a masked or redacted string (`mask(token)`, `redactToken(t)`, `fingerprint(t)`,
 * `crypto.createHash('sha256').update(t).digest('hex')`).
 */
export const REDACTION_WORDS: ReadonlySet<string> = new Set([
  'abbreviate', 'anonymize', 'anonymise', 'censor', 'digest', 'fingerprint', 'hash', 'hmac', 'mask', 'masked', 'obfuscate',
  'preview', 'redact', 'redacted', 'sanitize', 'sanitise', 'scrub', 'sha1', 'sha256', 'sha512', 'shorten', 'truncate',
]);

/**
 * Calls that serialise their arguments into the log line: `JSON.stringify(x)`,
 * `util.inspect(x)`, `util.format('%s', x)`, `String(x)`, `Object.fromEntries(headers)`.
 */
export const SERIALIZING_FUNCTIONS: ReadonlySet<string> = new Set([
  'String', 'assign', 'entries', 'format', 'fromEntries', 'inspect', 'stringify', 'toJSON', 'values',
]);

/** Logging libraries, sorted by id. */
export const LOGGERS = [
  {
    id: 'bunyan-create-logger',
    library: 'bunyan',
    exports: [
      { module: 'bunyan', path: ['createLogger'] },
      { module: 'bunyan', path: ['default', 'createLogger'] },
    ],
    role: 'factory',
    certainty: 'api',
    reference: 'https://github.com/trentm/node-bunyan#constructor-api',
  },
  {
    id: 'consola',
    library: 'consola',
    exports: [
      { module: 'consola', path: ['consola'] },
      { module: 'consola', path: ['default'] },
    ],
    role: 'logger',
    certainty: 'api',
    reference: 'https://github.com/unjs/consola#usage',
  },
  {
    id: 'consola-create-consola',
    library: 'consola',
    exports: [{ module: 'consola', path: ['createConsola'] }],
    role: 'factory',
    certainty: 'api',
    reference: 'https://github.com/unjs/consola#creating-a-new-instance',
  },
  {
    id: 'console',
    library: 'Console Standard',
    exports: [],
    globals: [['console']],
    role: 'logger',
    certainty: 'api',
    reference: 'https://console.spec.whatwg.org/#console-namespace',
  },
  {
    id: 'debug',
    library: 'debug',
    exports: [{ module: 'debug', path: ['default'] }],
    role: 'function-factory',
    certainty: 'api',
    reference: 'https://github.com/debug-js/debug#usage',
  },
  {
    id: 'log4js-get-logger',
    library: 'log4js',
    exports: [
      { module: 'log4js', path: ['getLogger'] },
      { module: 'log4js', path: ['default', 'getLogger'] },
    ],
    role: 'factory',
    certainty: 'api',
    reference: 'https://log4js-node.github.io/log4js-node/api.html',
  },
  {
    id: 'loglevel',
    library: 'loglevel',
    exports: [
      { module: 'loglevel', path: [] },
      { module: 'loglevel', path: ['default'] },
    ],
    role: 'logger',
    certainty: 'api',
    reference: 'https://github.com/pimterry/loglevel#documentation',
  },
  {
    id: 'loglevel-get-logger',
    library: 'loglevel',
    exports: [
      { module: 'loglevel', path: ['getLogger'] },
      { module: 'loglevel', path: ['default', 'getLogger'] },
    ],
    role: 'factory',
    certainty: 'api',
    reference: 'https://github.com/pimterry/loglevel#logging-plugins',
  },
  {
    id: 'nestjs-logger',
    library: '@nestjs/common',
    exports: [{ module: '@nestjs/common', path: ['Logger'] }],
    role: 'constructor',
    certainty: 'api',
    reference: 'https://docs.nestjs.com/techniques/logger#using-the-logger-for-application-logging',
  },
  {
    id: 'nestjs-logger-static',
    library: '@nestjs/common',
    exports: [{ module: '@nestjs/common', path: ['Logger'] }],
    role: 'logger',
    certainty: 'api',
    reference: 'https://docs.nestjs.com/techniques/logger#using-the-logger-for-application-logging',
  },
  {
    id: 'pino',
    library: 'pino',
    exports: [
      { module: 'pino', path: ['default'] },
      { module: 'pino', path: ['pino'] },
    ],
    role: 'factory',
    certainty: 'api',
    reference: 'https://getpino.io/#/docs/api?id=export',
  },
  {
    id: 'winston',
    library: 'winston',
    exports: [
      { module: 'winston', path: [] },
      { module: 'winston', path: ['default'] },
    ],
    role: 'logger',
    certainty: 'api',
    reference: 'https://github.com/winstonjs/winston#using-the-default-logger',
  },
  {
    id: 'winston-create-logger',
    library: 'winston',
    exports: [
      { module: 'winston', path: ['createLogger'] },
      { module: 'winston', path: ['default', 'createLogger'] },
    ],
    role: 'factory',
    certainty: 'api',
    reference: 'https://github.com/winstonjs/winston#creating-your-own-logger',
  },
] as const satisfies readonly LoggerEntry[];

/**
 * Functions that mint a signed token: jsonwebtoken `jwt.sign()`, NestJS `JwtService.sign()` /
 * `signAsync()`, jose `new SignJWT(...).sign(key)`, fast-jwt `createSigner()(payload)`. A value they
 * return is a credential even when it is only named `token`.
 */
export const TOKEN_MINTING_FUNCTIONS: ReadonlySet<string> = new Set(['sign', 'signAsync', 'signJwt', 'signJWT', 'signToken']);
