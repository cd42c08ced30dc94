// What a folder search passes over on purpose: the patterns of a
// `.mediate-checkignore` file (in the folder searched, or in the working folder)
// and of `--exclude`. Each file or folder passed over is a notice of the run,
// never dropped silently; a file named on the command line is always checked.
//
// The syntax is a small part of .gitignore's, matched with the linear glob
// matcher (no regular expressions, no backtracking):
//   - one pattern a line; blank lines and lines starting with # are skipped;
//   - a pattern with no / (but perhaps one at its end) matches a name at any
//     depth (`report.json`, `*.sarif.json`); with a / elsewhere it is anchored
//     to the ignore file's folder (`old/2024/*.yaml`, `/draft.yaml`);
//   - a trailing / matches folders only (`archive/`): nothing below them is read;
//   - *, ?, **, [abc], [a-z], [!abc] and {a,b} as on the command line;
//   - `!` (re-including a file) is not supported: such a line is an error.
// `--exclude` patterns follow the same syntax, relative to the working folder.
import path from 'node:path';
import { compileGlob, GlobError, type GlobMatcher } from '../util/glob';
import { readRegularFile } from './read-target';
import type { RunProblem } from './run-problem';

export const IGNORE_FILE = '.mediate-checkignore';

/** An ignore file lists a few patterns; a larger one is not read. */
const MAX_IGNORE_BYTES = 64 * 1024;
const MAX_RULES = 1000;

interface Rule {
  /** The folder the pattern is relative to (absolute). */
  base: string;
  matcher: GlobMatcher;
  foldersOnly: boolean;
  /** Where the pattern comes from and the pattern, for the notice. */
  source: string;
  pattern: string;
}

const toPosix = (p: string) => p.split(path.sep).join('/');

export class Excluder {
  private readonly rules: Rule[] = [];
  private readonly loaded = new Set<string>();

  constructor(
    private readonly problems: RunProblem[],
    private readonly shown: (absolute: string) => string,
  ) {}

  /** Adds one pattern; false (with an error-level problem) when it cannot be used. */
  add(pattern: string, base: string, source: string, problemPath: string): boolean {
    if (this.rules.length >= MAX_RULES) {
      this.problems.push({ level: 'error', path: problemPath, message: `${source}: more than ${MAX_RULES} patterns; the rest are not used` });
      return false;
    }
    if (pattern.startsWith('!')) {
      this.problems.push({ level: 'error', path: problemPath, message: `${source}: a pattern starting with ! (re-including files) is not supported; name the file on the command line instead` });
      return false;
    }
    let glob = pattern;
    const foldersOnly = glob.endsWith('/');
    glob = glob.replace(/\/+$/, '');
    const anchored = glob.includes('/');
    glob = glob.replace(/^\/+/, '');
    if (glob === '') return false;
    try {
      this.rules.push({ base, matcher: compileGlob(anchored ? glob : `**/${glob}`), foldersOnly, source, pattern });
      return true;
    } catch (error) {
      if (!(error instanceof GlobError)) throw error;
      this.problems.push({ level: 'error', path: problemPath, message: `${source}: not a valid glob: ${error.message}` });
      return false;
    }
  }

  /** Reads `<folder>/.mediate-checkignore`, once, if there is one. */
  load(folder: string): void {
    const file = path.join(folder, IGNORE_FILE);
    if (this.loaded.has(file)) return;
    this.loaded.add(file);
    let bytes;
    try {
      bytes = readRegularFile(file, MAX_IGNORE_BYTES);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return;
      this.problems.push({ level: 'error', path: this.shown(file), message: `the ignore file could not be read (${code ?? 'I/O error'})` });
      return;
    }
    if ('refused' in bytes || bytes.byteLength > MAX_IGNORE_BYTES) {
      const why = 'refused' in bytes && bytes.refused === 'not-regular' ? 'it is not a regular file' : `it is larger than ${MAX_IGNORE_BYTES} bytes`;
      this.problems.push({ level: 'error', path: this.shown(file), message: `the ignore file was not read: ${why}` });
      return;
    }
    const lines = Buffer.from(bytes).toString('utf8').split('\n');
    for (const [index, raw] of lines.entries()) {
      const line = raw.replace(/\r$/, '').trim();
      if (line === '' || line.startsWith('#')) continue;
      if (!this.add(line, folder, `${IGNORE_FILE}:${index + 1}`, this.shown(file)) && this.rules.length >= MAX_RULES) return;
    }
  }

  /** Why `absolute` (a folder when `folder`) is passed over, or undefined. */
  excluded(absolute: string, folder: boolean): string | undefined {
    for (const rule of this.rules) {
      if (rule.foldersOnly && !folder) continue;
      const rel = path.relative(rule.base, absolute);
      if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) continue;
      if (rule.matcher.test(toPosix(rel))) {
        const from = rule.source.startsWith(IGNORE_FILE) ? toPosix(path.join(this.shown(rule.base), rule.source)) : rule.source;
        return `passed over: excluded by ${from} (${rule.pattern})`;
      }
    }
    return undefined;
  }
}
