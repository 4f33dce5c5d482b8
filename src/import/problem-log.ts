/**
 * Collects the problems of one import: every problem is counted by code, the first `limit` are
 * kept with their rows, file-level ones listed first (a 1M-row file with an error on every row stays a bounded report), and
 * rejected rows are counted once however many problems they have.
 *
 * @example
 * const log = problemLog();
 * log.add(rowProblem('invalidDate', 5, 'A-3', { field: 'startDate', value: '2023-02-30' }));
 * log.finish().problems.length // => 1
 */
import { fileProblem, type ImportProblem, type ProblemCode } from './problems';

const PROBLEM_LIMIT = 10_000;

export function problemLog(limit = PROBLEM_LIMIT) {
  const kept: ImportProblem[] = [];
  const counts: Partial<Record<ProblemCode, number>> = {};
  let total = 0;
  return {
    add(problem: ImportProblem) {
      counts[problem.code] = (counts[problem.code] ?? 0) + 1;
      total++;
      if (kept.length < limit) kept.push(problem);
    },
    finish(): { problems: ImportProblem[]; problemCounts: Partial<Record<ProblemCode, number>> } {
      const fileLevel = kept.filter((problem) => problem.row === null);
      const rows = kept.filter((problem) => problem.row !== null);
      const truncated =
        total > kept.length ? [fileProblem('problemsTruncated', { count: total - kept.length })] : [];
      const problems = [...fileLevel, ...truncated, ...rows];
      return { problems, problemCounts: counts };
    },
  };
}

export type ProblemLog = ReturnType<typeof problemLog>;
