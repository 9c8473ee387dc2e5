// Progress of a batch on stderr: a bar (cli-progress) only on a terminal and for more than 20
// files, never in CI logs or pipes; messages printed while it runs go above it. And the summary
// line every batch command prints at the end.

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): boolean;
}

export interface Progress {
  /** Whether the bar is drawn (callers print less per file when it is). */
  readonly active: boolean;
  /** One more file done. */
  tick(): void;
  /** Print a message (ending with a newline) without breaking the bar. */
  log(message: string): void;
  /** Remove the bar. */
  stop(): void;
}

/** Batches above this many files get a bar (on a terminal). */
export const PROGRESS_MIN_FILES = 20;

export interface ProgressOptions {
  total: number;
  /** Default process.stderr. */
  stream?: ProgressStream;
  /** -q, --stdout …: never draw. */
  disabled?: boolean;
  /** Word before the bar ("extract"). */
  label?: string;
  /** Default process.env: no bar when CI is set. */
  env?: NodeJS.ProcessEnv;
}

/** A bar when `stream` is a terminal and `total` > 20, otherwise a pass-through. */
export async function createProgress(opts: ProgressOptions): Promise<Progress> {
  const stream = opts.stream ?? process.stderr;
  if (opts.disabled || !stream.isTTY || opts.total <= PROGRESS_MIN_FILES || (opts.env ?? process.env).CI) {
    return { active: false, tick: () => {}, log: (m) => void stream.write(m), stop: () => {} };
  }
  const { SingleBar } = (await import('cli-progress')).default;
  const bar = new SingleBar({
    stream: stream as NodeJS.WritableStream,
    format: `${opts.label ?? 'plan-extract'} [{bar}] {value}/{total} files | {percentage}% | {eta_formatted} left`,
    barsize: 30,
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
    fps: 10,
    noTTYOutput: false,
  });
  let value = 0;
  bar.start(opts.total, 0);
  return {
    active: true,
    tick: () => bar.update(++value),
    log: (m) => {
      // Clear the bar's line, print, and let the bar redraw below.
      stream.write('\r\x1b[K');
      stream.write(m);
      bar.render();
    },
    stop: () => bar.stop(),
  };
}

export interface BatchSummary {
  /** Inputs after expansion. */
  files: number;
  /** Registers (or results) produced. */
  plans: number;
  tasks: number;
  units: number;
  /** Files that failed plus plans with error diagnostics. */
  errors: number;
  /** Wall time of the command. */
  seconds: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** `12 files, 11 plans, 640 tasks, 97 units, 1 error, 2.3 s` */
export function formatSummary(s: BatchSummary): string {
  return [
    plural(s.files, 'file', 'files'),
    plural(s.plans, 'plan', 'plans'),
    plural(s.tasks, 'task', 'tasks'),
    plural(s.units, 'unit', 'units'),
    plural(s.errors, 'error', 'errors'),
    `${s.seconds.toFixed(1)} s`,
  ].join(', ');
}
