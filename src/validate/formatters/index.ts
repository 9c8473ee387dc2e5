// Output formats of `plan-extract validate`, by name.
import type { Formatter } from '../types.js';
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export const formatters: Readonly<Record<string, Formatter>> = { stylish, json, github, sarif };

export const FORMAT_NAMES = Object.keys(formatters);

export { github, json, sarif, stylish };
