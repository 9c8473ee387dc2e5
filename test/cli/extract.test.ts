import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cli, tmp } from '../helpers/cli.js';

const PLAN = path.resolve('fixtures/001_01aba15c383c1695.txt');

describe('plan-extract extract', () => {
  it('writes out/NAME.register.json and refuses to overwrite it without --force', () => {
    const dir = tmp();
    const r = cli(['extract', PLAN], { cwd: dir });
    expect(r.code).toBe(0);
    const out = path.join(dir, 'out', '001_01aba15c383c1695.register.json');
    const reg = JSON.parse(readFileSync(out, 'utf8'));
    expect(reg.schemaVersion).toBe('1.0.0');
    expect(reg.tasks.length).toBeGreaterThan(30);
    const again = cli(['extract', PLAN], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists \(use --force to overwrite\)/);
    expect(cli(['extract', PLAN, '--force'], { cwd: dir }).code).toBe(0);
  });

  it('--stdout prints one register; --format yaml; --out picks the folder', () => {
    const r = cli(['extract', PLAN, '--stdout']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).document.title.text).toBe('Cải cách hành chính phường Bách Quang năm 2026');
    const dir = tmp();
    expect(cli(['extract', PLAN, '--format', 'yaml', '--out', 'regs'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(path.join(dir, 'regs', '001_01aba15c383c1695.register.yaml'), 'utf8')).toMatch(/^\$schema: /);
  });

  it('stops quietly when the reader of --stdout closes the pipe early (| head)', () => {
    // Three registers (~250 KB each) into a reader that takes 100 bytes: the writes after it is gone fail with EPIPE.
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" extract --stdout "${PLAN}" "${PLAN}" "${PLAN}" | head -c 100 >/dev/null; echo "exit=\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('exit=0');
  });

  it('reads UTF-8 with BOM, UTF-16 with BOM and CRLF line endings to the same tasks', () => {
    const dir = tmp();
    const text = readFileSync(PLAN, 'utf8');
    const crlf = text.replace(/\n/g, '\r\n');
    writeFileSync(path.join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf, 'utf8')]));
    writeFileSync(path.join(dir, 'u16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const base = JSON.parse(cli(['extract', PLAN, '--stdout']).stdout);
    for (const f of ['bom.txt', 'u16.txt']) {
      const r = cli(['extract', f, '--stdout'], { cwd: dir });
      expect(r.code).toBe(0);
      const reg = JSON.parse(r.stdout);
      expect(reg.tasks.map((t: { id: string; text: string; lead: string[] }) => [t.id, t.text, t.lead])).toEqual(
        base.tasks.map((t: { id: string; text: string; lead: string[] }) => [t.id, t.text, t.lead]),
      );
    }
    expect(JSON.parse(cli(['extract', 'bom.txt', '--stdout'], { cwd: dir }).stdout).source).toMatchObject({ encoding: 'utf-8-bom', lineEnding: 'crlf' });
  });

  it.each([
    ['missing.txt', null, /missing\.txt: no such file/],
    ['empty.txt', Buffer.alloc(0), /empty\.txt: empty file/],
    ['blank.txt', Buffer.from('  \n\n \n'), /blank\.txt: empty file/],
    ['binary.txt', Buffer.from([0x00, 0x01, 0x02, 0x03, 0x41, 0x00, 0xff]), /binary\.txt: (binary file|not valid UTF-8)/],
    ['latin1.txt', Buffer.from('K\xea ho\xe1ch c\xf4ng t\xe1c', 'latin1'), /latin1\.txt: not valid UTF-8 \(first bad byte at offset \d+\)/],
    ['scan.pdf', Buffer.from('%PDF-1.7\n...'), /scan\.pdf: this is a PDF file/],
    ['old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /old\.doc: this is an old binary Word\/Office file/],
  ])('refuses %s with one clear line, exit code 2, nothing written', (name, content, message) => {
    const dir = tmp();
    if (content) writeFileSync(path.join(dir, name), content);
    const r = cli(['extract', name], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('refuses a directory', () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'plans'));
    const r = cli(['extract', 'plans'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/plans: is a directory/);
  });

  it('a text that is not a plan: register with kind unknown, no tasks, structure/not-a-plan, exit 1', () => {
    const dir = tmp();
    const r = cli(['extract', path.resolve('fixtures/bad/bai-bao.txt')], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/structure\/not-a-plan/);
    const reg = JSON.parse(readFileSync(path.join(dir, 'out', 'bai-bao.register.json'), 'utf8'));
    expect(reg.document.kind).toBe('unknown');
    expect(reg.tasks).toEqual([]);
    expect(reg.diagnostics[0]).toMatchObject({ rule: 'structure/not-a-plan', severity: 'error', line: 1 });
  });

  it('a batch with one bad file processes the others and exits 2', () => {
    const dir = tmp();
    const r = cli(['extract', PLAN, 'nope.txt', path.resolve('fixtures/003_707369c25b7aeffb.txt')], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.txt: no such file/);
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['001_01aba15c383c1695.register.json', '003_707369c25b7aeffb.register.json']);
  });

  it('has --help and rejects unknown options with exit code 2', () => {
    const h = cli(['extract', '--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/--stdout/);
    expect(cli(['extract', PLAN, '--bogus']).code).toBe(2);
    expect(cli(['extract', PLAN, '--format', 'xml']).code).toBe(2);
  });

  it('schema prints the register JSON Schema', () => {
    const r = cli(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema' });
  });
});
