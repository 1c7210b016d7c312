// Canonical order of the answer log, shared by everything that replays it.
import type { AnswerLogEntry } from './types';

/**
 * Entries sorted by time (ties broken by entry id) with repeated ids dropped: merging two
 * tabs' logs by union, in any order and even with overlaps, replays identically.
 */
export function replayOrder(log: readonly AnswerLogEntry[]): AnswerLogEntry[] {
  const sorted = log
    .slice()
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const seen = new Set<string>();
  return sorted.filter((e) => !seen.has(e.id) && seen.add(e.id));
}

/** The most recent answer to each question. */
export function latestAnswers(log: readonly AnswerLogEntry[]): Map<string, AnswerLogEntry> {
  const latest = new Map<string, AnswerLogEntry>();
  for (const entry of replayOrder(log)) latest.set(entry.questionId, entry);
  return latest;
}
