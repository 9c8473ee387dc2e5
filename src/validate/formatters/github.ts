// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=RULE::message`, which GitHub
// shows as annotations on the pull request. Warnings use `::warning`, infos `::notice`.
import type { Formatter } from '../types.js';

/** Escape the message (data) of a workflow command. */
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Escape a property value (file, title) of a workflow command. */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export const github: Formatter = (results) => {
  const out: string[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      const props = [`file=${escapeProperty(r.file)}`, `line=${d.line}`, `col=${d.column}`];
      if (d.endLine !== undefined) props.push(`endLine=${d.endLine}`);
      if (d.endColumn !== undefined) props.push(`endColumn=${d.endColumn}`);
      props.push(`title=${escapeProperty(d.rule)}`);
      out.push(`::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message)}`);
    }
  }
  return out.length ? `${out.join('\n')}\n` : '';
};

export default github;
