// `@babel/code-frame` ships no types; this declares the one function the CLI uses.
declare module '@babel/code-frame' {
  /** 1-based line and column. */
  export interface Position {
    line: number;
    column?: number;
  }
  export interface SourceLocation {
    start: Position;
    end?: Position;
  }
  export interface CodeFrameOptions {
    highlightCode?: boolean;
    forceColor?: boolean;
    linesAbove?: number;
    linesBelow?: number;
  }
  export function codeFrameColumns(rawLines: string, location: SourceLocation, options?: CodeFrameOptions): string;
}
