import * as fs from 'node:fs';
import * as path from 'node:path';
import { RECORDED_RUNS_SWITCH, recordingEnabled, REPLAY_LOG_DIRECTORY } from './recorded-runs';

/** Before the suites: the replay lists of an earlier test run go, so that the summary counts this one's. */
export function clearReplayLogs(): void {
  fs.rmSync(REPLAY_LOG_DIRECTORY, { recursive: true, force: true });
}

/** After the suites: how many tool runs were replayed from `.cache/runs`, by kind, and how to run them afresh. */
export function replaySummary(): string {
  if (!recordingEnabled()) return `Recorded tool runs: off (${RECORDED_RUNS_SWITCH}=off), every tool ran afresh\n`;
  const lines = fs.existsSync(REPLAY_LOG_DIRECTORY)
    ? fs.readdirSync(REPLAY_LOG_DIRECTORY).flatMap((log) => fs.readFileSync(path.join(REPLAY_LOG_DIRECTORY, log), 'utf8').split('\n').filter(Boolean))
    : [];
  if (lines.length === 0) return 'Recorded tool runs: none replayed\n';
  const byKind = new Map<string, number>();
  for (const line of lines) byKind.set(line.split(' ')[0], (byKind.get(line.split(' ')[0]) ?? 0) + 1);
  const counts = [...byKind].sort(([a], [b]) => a.localeCompare(b)).map(([kind, n]) => `${kind} ${n}`);
  return `Recorded tool runs: ${lines.length} replayed from .cache/runs for unchanged inputs (${counts.join(', ')}); ${RECORDED_RUNS_SWITCH}=off runs them afresh\n`;
}

/** Jest's global teardown: prints {@link replaySummary}. */
export default function printReplaySummary(): void {
  process.stdout.write(replaySummary());
}
