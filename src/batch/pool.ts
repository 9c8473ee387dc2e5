// Run one task per input over a pool of worker_threads, delivering the results in input order.
//
// A task is an exported async function `(input, options) => result` of some module. Each worker
// imports that module once and then runs the inputs it is sent, two at a time (so its reading of
// the next file overlaps the parsing of the current one). The main thread hands out inputs as
// workers free up, buffers results that arrive early, and calls `onResult` strictly in input
// order, awaiting it (so outputs are written in order). At most `window` results wait in the
// buffer: a slow file holds back the dispatch of new ones, so memory does not grow with the
// number of files. With one job the task runs in this thread, without any worker.
//
// A task that throws fails its input only: the error (name, message, stack) is delivered as that
// input's result and the batch goes on. A worker that dies fails the inputs it held and is
// replaced.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';

export interface TaskSpec<O> {
  /** URL (or absolute file URL string) of the module that exports the task. */
  module: string | URL;
  /** Name of the exported function `(input, options) => Promise<result>`. */
  name: string;
  /** Passed to every call; must survive structured cloning (plain data). */
  options: O;
  /**
   * For one job (no worker): the task function itself, loaded the way the caller's code is (the
   * CLI bundle includes it). Default: imported from `module`.
   */
  load?: () => Promise<(input: never, options: O) => Promise<unknown>>;
}

/** A task's failure, as delivered (errors cross thread boundaries as plain data). */
export interface TaskError {
  /** The error's class name: `InputError` for a problem of the input (unreadable file …), anything else is a bug. */
  name: string;
  message: string;
  stack?: string;
}

export type TaskResult<I, R> = { index: number; input: I; ok: true; value: R } | { index: number; input: I; ok: false; error: TaskError };

export interface RunOptions<I, R> {
  /** Number of workers; 1 runs the tasks in this thread. Capped at the number of inputs. */
  jobs: number;
  /** Called once per input, in input order; awaited before the next. */
  onResult: (result: TaskResult<I, R>) => void | Promise<void>;
  /** Most results buffered ahead of the next one due (default 8 per job, at least 16). */
  window?: number;
  /**
   * Called for each result that will never reach `onResult` because the batch stopped (onResult
   * threw, or the workers could not start): to remove what the task left behind (a staged file).
   */
  discard?: (result: TaskResult<I, R>) => void;
  /** Old-generation heap limit of each worker, MB (default 192; see WORKER_HEAP_MB). */
  workerHeapMb?: number;
}

/** Default `--jobs`: the number of CPUs this process may use. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export function toTaskError(err: unknown): TaskError {
  if (err instanceof Error) return { name: err.name, message: err.message, stack: err.stack };
  return { name: 'Error', message: String(err) };
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

/** Run `spec` on every input; resolves when every result has been delivered. */
export async function runTasks<I, R, O>(inputs: readonly I[], spec: TaskSpec<O>, opts: RunOptions<I, R>): Promise<void> {
  const jobs = Math.max(1, Math.min(Math.floor(opts.jobs) || 1, inputs.length));
  if (inputs.length === 0) return;
  if (jobs === 1) return runInProcess(inputs, spec, opts);
  // Loaded here: a one-job or one-file run does not pay for worker_threads (~2 ms at start-up).
  const [{ Worker: WorkerClass }, v8] = await Promise.all([import('node:worker_threads'), import('node:v8')]);
  v8.setFlagsFromString(WORKER_V8_FLAGS);
  return runInWorkers(inputs, spec, opts, jobs, WorkerClass);
}

/** The task function, for running it in this thread. */
async function loadTask<I, R, O>(spec: TaskSpec<O>): Promise<(input: I, options: O) => Promise<R>> {
  const fn = spec.load
    ? ((await spec.load()) as unknown as (input: I, options: O) => Promise<R>)
    : ((await import(String(spec.module))) as Record<string, (input: I, options: O) => Promise<R>>)[spec.name];
  if (typeof fn !== 'function') throw new Error(`${String(spec.module)} has no export ${spec.name}`);
  return fn;
}

/** Run the task on `inputs[index]` in this thread; a failure becomes that input's result. */
function runHere<I, R, O>(fn: (input: I, options: O) => Promise<R>, inputs: readonly I[], index: number, options: O): Promise<TaskResult<I, R>> {
  const input = inputs[index]!;
  return fn(input, options).then(
    (value): TaskResult<I, R> => ({ index, input, ok: true, value }),
    (err: unknown): TaskResult<I, R> => ({ index, input, ok: false, error: toTaskError(err) }),
  );
}

async function runInProcess<I, R, O>(inputs: readonly I[], spec: TaskSpec<O>, opts: RunOptions<I, R>): Promise<void> {
  const fn = await loadTask<I, R, O>(spec);
  // Four inputs in flight: the next files are read while this one is parsed and written.
  const start = (index: number) => runHere(fn, inputs, index, spec.options);
  const pending = new Map<number, Promise<TaskResult<I, R>>>();
  let next = 0;
  try {
    for (let due = 0; due < inputs.length; due++) {
      while (next < inputs.length && next < due + IN_PROCESS) pending.set(next, start(next++));
      const result = await pending.get(due)!;
      pending.delete(due);
      await opts.onResult(result);
    }
  } finally {
    // Only after a failure: the inputs started and not delivered.
    for (const p of pending.values()) void p.then((r) => opts.discard?.(r));
  }
}

interface Slot {
  worker: Worker;
  /** Indexes sent to this worker and not answered yet. */
  busy: Set<number>;
  dead: boolean;
  /** The worker has loaded the task module. */
  ready: boolean;
}

type WorkerReply<R> = { id: number; ok: true; value: R } | { id: number; ok: false; error: TaskError };

/**
 * Old-generation heap limit of a batch worker (MB). A worker holds one or two plans at a time (a
 * few MB each); left to its defaults, V8 let each worker's heap grow to a few hundred MB before
 * collecting, so the peak RSS of a batch grew with its length (validate over 2,000 plans: 298 MB
 * with the defaults, 236-255 MB with this limit; 96 MB saved no more and cost time). A plan too
 * big for it is not lost: the worker dies of OUT_OF_MEMORY and its inputs run again in the main
 * thread, without the limit.
 */
const WORKER_HEAP_MB = 192;

/**
 * V8 flags set before batch workers start. V8 flags belong to the process: a worker thread cannot
 * have its own, so they are set here rather than at start-up, and one-job runs keep the defaults.
 * One job leaves the second core to V8's helper threads, which optimise hot functions (TurboFan:
 * ~2.9 s of CPU over 2,000 plans, the `compiler` function of mdast-util-from-markdown alone 0.4 s)
 * while the job runs; two workers on two cores pay for their helpers with each other's time. With
 * a 4.4 × larger interrupt budget (default 67,584) a worker optimises only its really hot
 * functions (~0.6 s of compiling per 1,000 plans instead of ~1.9 s), on its own thread; `--jobs 2`
 * takes ~13 % less time, registers unchanged (BENCHMARKS.md, round 6). Only flags that are read
 * when they are used: `--single-threaded-gc` set at run time aborted V8 in a marking already under
 * way (`concurrent_marking_handle_` check), and the main thread's isolate keeps the compiler
 * thread it was created with.
 */
const WORKER_V8_FLAGS = '--interrupt-budget=300000 --no-concurrent-recompilation';

/** Inputs in flight per worker: one running, one queued behind it. */
const PER_WORKER = 2;
/** Inputs in flight with one job: reads run ahead of the parsing (and of the in-order writes). */
const IN_PROCESS = 4;

function runInWorkers<I, R, O>(inputs: readonly I[], spec: TaskSpec<O>, opts: RunOptions<I, R>, jobs: number, WorkerClass: typeof Worker): Promise<void> {
  const window = Math.max(16, opts.window ?? jobs * 8);
  const done = new Map<number, TaskResult<I, R>>();
  const slots: Slot[] = [];
  let next = 0; // next input to dispatch
  let due = 0; // next result to deliver
  let delivering = false;
  let finished = false;
  // Inputs of workers that ran out of memory, run again in this thread (in order).
  let retry: Promise<void> = Promise.resolve();

  return new Promise<void>((resolve, reject) => {
    const fail = (err: unknown) => {
      if (finished) return;
      finished = true;
      for (const s of slots) void s.worker.terminate();
      for (const r of done.values()) opts.discard?.(r);
      done.clear();
      reject(err);
    };

    const spawn = (): Slot => {
      const worker = new WorkerClass(WORKER_URL, { workerData: { module: String(spec.module), name: spec.name, options: spec.options }, resourceLimits: { maxOldGenerationSizeMb: opts.workerHeapMb ?? WORKER_HEAP_MB } });
      const slot: Slot = { worker, busy: new Set(), dead: false, ready: false };
      worker.on('message', (reply: WorkerReply<R> | { ready: true }) => {
        if ('ready' in reply) {
          slot.ready = true;
          return;
        }
        slot.busy.delete(reply.id);
        const input = inputs[reply.id]!;
        const result: TaskResult<I, R> = reply.ok ? { index: reply.id, input, ok: true, value: reply.value } : { index: reply.id, input, ok: false, error: reply.error };
        if (finished) opts.discard?.(result); // arrived after the batch stopped
        else done.set(reply.id, result);
        pump();
      });
      const died = (err: TaskError, outOfMemory = false) => {
        if (slot.dead) return;
        slot.dead = true;
        if (outOfMemory && slot.ready && !finished) {
          // Too big for a worker's heap: run what it held here, one after the other.
          const ids = [...slot.busy];
          slot.busy.clear();
          retry = retry.then(async () => {
            const fn = await loadTask<I, R, O>(spec);
            for (const id of ids) {
              const result = await runHere(fn, inputs, id, spec.options);
              if (finished) opts.discard?.(result);
              else done.set(id, result);
              pump();
            }
          }, fail);
        }
        if (!slot.ready && !finished) {
          // The task module could not be loaded: every worker would fail the same way.
          const e = new Error(`batch worker could not start: ${err.message}`);
          if (err.stack) e.stack = err.stack;
          fail(e);
          return;
        }
        for (const id of slot.busy) done.set(id, { index: id, input: inputs[id]!, ok: false, error: err });
        slot.busy.clear();
        const k = slots.indexOf(slot);
        if (!finished && next < inputs.length) slots[k] = spawn();
        else slots.splice(k, 1);
        pump();
      };
      worker.on('error', (err) => died(toTaskError(err), (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'));
      worker.on('exit', (code) => died({ name: 'Error', message: `worker stopped (exit code ${code})` }));
      return slot;
    };

    const dispatch = () => {
      for (const slot of slots) {
        while (!slot.dead && slot.busy.size < PER_WORKER && next < inputs.length && next < due + window) {
          const id = next++;
          slot.busy.add(id);
          slot.worker.postMessage({ id, input: inputs[id] });
        }
      }
    };

    const deliver = async () => {
      if (delivering) return;
      delivering = true;
      try {
        while (done.has(due)) {
          const r = done.get(due)!;
          done.delete(due);
          due++;
          await opts.onResult(r);
          dispatch();
        }
      } finally {
        delivering = false;
      }
      if (due === inputs.length && !finished) {
        finished = true;
        await Promise.all(slots.map((s) => s.worker.terminate()));
        resolve();
      } else if (done.has(due)) {
        void deliver().catch(fail);
      }
    };

    function pump() {
      if (finished) return;
      dispatch();
      void deliver().catch(fail);
    }

    for (let k = 0; k < jobs; k++) slots.push(spawn());
    pump();
  });
}
