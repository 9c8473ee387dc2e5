// URLs of the batch task modules, for runTasks (workers import them). Resolved next to this
// module: dist/batch/ normally, dist/bundle/ in the CLI bundle (where they are bundle entries).
export const EXTRACT_TASK = new URL('./extract-task.js', import.meta.url).href;
export const VALIDATE_TASK = new URL('./validate-task.js', import.meta.url).href;
