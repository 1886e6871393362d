import type { CliIo } from './io.js';

import { styleText } from 'node:util';

type Format = Parameters<typeof styleText>[0];

/** Colors only for a terminal, never when `NO_COLOR` is set (https://no-color.org). */
export function shouldColor(io: CliIo): boolean {
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  return io.stdout.isTTY === true;
}

/** Returns a painter that styles text when `enabled`, and leaves it alone otherwise. */
export function createPainter(enabled: boolean): (format: Format, text: string) => string {
  return (format, text) => (enabled ? styleText(format, text, { validateStream: false }) : text);
}
