import type { Node, ObjectLiteralElementLike, ObjectLiteralExpression, SourceFile } from 'ts-morph';
import type { FindingEdit } from './types.js';

/**
 * Small text edits for codemods. A codemod collects the edits of every certain finding first,
 * then applies them in one pass, so that user formatting and comments outside the edited
 * ranges survive byte for byte (ts-morph's structure printers re-indent what they touch).
 */

/** `true` when two edits touch or adjoin the same text, so applying both is not certain to compose. */
export function isOverlapping(a: FindingEdit, b: FindingEdit): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * Applies non-overlapping edits to the source file in reverse document order, with one
 * re-parse. Every node obtained from the file before the call is forgotten afterwards.
 */
export function applyTextEdits(sourceFile: SourceFile, edits: readonly FindingEdit[]): void {
  if (edits.length === 0) return;
  let text = sourceFile.getFullText();
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  for (const edit of sorted) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  sourceFile.replaceWithText(text);
}

/** Leading whitespace of the line that contains `position`. */
export function getLineIndent(text: string, position: number): string {
  const lineStart = text.lastIndexOf('\n', position - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
}

/**
 * An edit that adds `property` (source text such as `headers: {}`) as the last member of an
 * object literal, written the way the object is: on one line (`{ a, b }` -> `{ a, b, c }`),
 * or one member per line with the indentation and trailing-comma style of the last member.
 */
export function getAddPropertyEdit(object: ObjectLiteralExpression, property: string): FindingEdit {
  const text = object.getSourceFile().getFullText();
  const members = object.getProperties();
  const open = object.getStart() + 1;
  const close = object.getEnd() - 1;
  const last = members.at(-1);
  if (!last) {
    const inner = text.slice(open, close);
    if (inner.includes('\n')) {
      const indent = getLineIndent(text, object.getStart());
      return { start: open, end: close, text: `\n${indent}  ${property},\n${indent}` };
    }
    return { start: open, end: close, text: ` ${property} ` };
  }
  const afterLast = text.slice(last.getEnd(), close);
  const trailingComma = /^\s*,/.exec(afterLast);
  const multiline = text.slice(open, close).includes('\n') && text.slice(last.getEnd(), close).includes('\n');
  if (multiline) {
    // Insert at the end of the last member's line, so that a trailing `// comment` stays with it.
    const indent = getLineIndent(text, last.getStart());
    const afterComma = last.getEnd() + (trailingComma ? trailingComma[0].length : 0);
    const lineEnd = getLineEnd(text, afterComma, close);
    if (trailingComma) return { start: lineEnd, end: lineEnd, text: `\n${indent}${property},` };
    return { start: last.getEnd(), end: lineEnd, text: `,${text.slice(last.getEnd(), lineEnd)}\n${indent}${property}` };
  }
  if (trailingComma) {
    const at = last.getEnd() + trailingComma[0].length;
    return { start: at, end: at, text: ` ${property},` };
  }
  return { start: last.getEnd(), end: last.getEnd(), text: `, ${property}` };
}

/** End of the line that contains `position` (before `\r\n` / `\n`), but not past `limit`. */
function getLineEnd(text: string, position: number, limit: number): number {
  const newline = text.slice(position, limit).search(/\r?\n/);
  return newline === -1 ? limit : position + newline;
}

/**
 * An edit that removes one element of a comma-separated list (object members, array
 * elements, arguments) together with its separator: up to the next element when there is
 * one, otherwise back to the end of the previous element. `undefined` for the only element.
 */
export function getRemoveListElementEdit(elements: readonly (Node | ObjectLiteralElementLike)[], element: Node): FindingEdit | undefined {
  const index = elements.indexOf(element);
  if (index === -1 || elements.length < 2) return undefined;
  const next = elements[index + 1];
  if (next) return { start: element.getStart(), end: next.getStart(), text: '' };
  const previous = elements[index - 1]!;
  return { start: previous.getEnd(), end: element.getEnd(), text: '' };
}
