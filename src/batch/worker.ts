// A batch worker (see ./pool.ts): imports the task module once, says it is ready, then runs every
// input it is sent and answers `{ id, ok, value }` or `{ id, ok: false, error }`.
import { parentPort, workerData } from 'node:worker_threads';
import { toTaskError } from './pool.js';

interface Init {
  module: string;
  name: string;
  options: unknown;
}

const init = workerData as Init;
const mod = (await import(init.module)) as Record<string, (input: unknown, options: unknown) => Promise<unknown>>;
const fn = mod[init.name];
if (typeof fn !== 'function') throw new Error(`${init.module} has no export ${init.name}`);
const port = parentPort!;

port.on('message', (msg: { id: number; input: unknown }) => {
  fn(msg.input, init.options).then(
    (value) => port.postMessage({ id: msg.id, ok: true, value }),
    (err: unknown) => port.postMessage({ id: msg.id, ok: false, error: toTaskError(err) }),
  );
});
port.postMessage({ ready: true });
