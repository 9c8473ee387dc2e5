// The units directory index precomputed at build time: null here. In the CLI bundle,
// scripts/build-cli.mjs replaces this module with the value of computeDirectoryIndex()
// (./normalize.ts), so that start-up skips analysing every directory spelling.
import type { DirectoryIndex } from './normalize.js';

export const PRECOMPUTED_INDEX: DirectoryIndex | null = null;
