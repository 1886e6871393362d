/** Byte-order mark as a UTF-16 code unit. */
const BOM = '\uFEFF';

/** Line breaks as ESLint counts them (`SourceCode#lines`): CRLF, CR, LF, LS, PS. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

/** A file's text split into what linters and ts-morph see, and what must be restored on write. */
export interface TextLayout {
  /** The text without the BOM: ESLint reports offsets relative to it. */
  readonly body: string;
  /** `true` when the file started with a BOM. */
  readonly bom: boolean;
  /** `crlf` when every line ends with CRLF, `lf` otherwise (mixed files are left as they are). */
  readonly eol: 'crlf' | 'lf';
}

/** Splits the BOM off and detects the line ending convention of `text`. */
export function getTextLayout(text: string): TextLayout {
  const bom = text.startsWith(BOM);
  const body = bom ? text.slice(1) : text;
  const crlf = body.includes('\r\n') && !/(?<!\r)\n/.test(body);
  return { body, bom, eol: crlf ? 'crlf' : 'lf' };
}

/**
 * Puts the original BOM and line endings back on rewritten text: an edit may introduce
 * LF line breaks (ts-morph writes its own newline kind), and a CRLF file must stay CRLF.
 */
export function restoreTextLayout(body: string, layout: Pick<TextLayout, 'bom' | 'eol'>): string {
  const text = layout.eol === 'crlf' ? body.replace(/\r?\n/g, '\r\n') : body;
  return layout.bom ? BOM + text : text;
}

/** Offsets of the first character of each line, with ESLint's notion of a line break. */
export function getLineStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(LINE_BREAK)) starts.push(match.index + match[0].length);
  return starts;
}

/** Converts an ESLint position (1-based line and column) to an offset in the text. */
export function getOffset(lineStarts: readonly number[], line: number, column: number): number {
  const lineStart = lineStarts[Math.min(Math.max(line, 1), lineStarts.length) - 1] ?? 0;
  return lineStart + Math.max(column, 1) - 1;
}
