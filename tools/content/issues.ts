// Content problems found at build time, reported as `file:line:column message`.

export interface ContentIssue {
  /** Path relative to the repository root, e.g. `content/en/lessons/03-x/01-y.md`. */
  file: string;
  line: number;
  column?: number;
  message: string;
}

export function formatIssue(issue: ContentIssue): string {
  const where = issue.column === undefined ? `${issue.line}` : `${issue.line}:${issue.column}`;
  return `${issue.file}:${where} ${issue.message}`;
}

/** Thrown when content is invalid; its message lists every issue, one per line. */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];
  constructor(issues: readonly ContentIssue[]) {
    super(
      `Invalid content (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map(formatIssue).join('\n'),
    );
    this.name = 'ContentError';
    this.issues = issues;
  }
}
