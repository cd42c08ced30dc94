// Command-line paths → the ordered list of targets to read.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { globBase, globToRegExp, hasGlobChars } from '../util/glob';

export type TargetSpec = { kind: 'file'; name: string; file: string } | { kind: 'stdin'; name: string };

export const MEETING_FILE = /\.(ya?ml|json)$/i;
export const STDIN_NAME = '<stdin>';
/** Folders never searched: version control, dependencies, and hidden folders and files (such as the policy file). */
const SKIP = (name: string) => name.startsWith('.') || name === 'node_modules';

const toPosix = (p: string) => p.split(path.sep).join('/');

/** Code-point order, as the contract asks (JavaScript's < compares UTF-16 units). */
export function byCodePoint(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (SKIP(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && MEETING_FILE.test(entry.name)) out.push(full);
  }
}

export interface Expansion {
  targets: TargetSpec[];
  /** Paths that matched no meeting file: usage errors, reported on standard error. */
  problems: string[];
}

export function expandPaths(paths: readonly string[], cwd = process.cwd()): Expansion {
  const targets: TargetSpec[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (absolute: string) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    targets.push({ kind: 'file', name: toPosix(path.relative(cwd, absolute)) || path.basename(absolute), file: absolute });
  };

  for (const given of paths) {
    if (given === '-') {
      if (seen.has('-')) problems.push('"-" (standard input) may be given only once');
      else {
        seen.add('-');
        targets.push({ kind: 'stdin', name: STDIN_NAME });
      }
      continue;
    }
    const absolute = path.resolve(cwd, given);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      stats = undefined;
    }
    if (stats?.isDirectory()) {
      const files: string[] = [];
      walk(absolute, files);
      if (files.length === 0) problems.push(`${given}: the folder holds no meeting file (.yaml, .yml or .json)`);
      files
        .map((file) => ({ file, key: toPosix(path.relative(absolute, file)) }))
        .sort((a, b) => byCodePoint(a.key, b.key))
        .forEach(({ file }) => add(file));
    } else if (stats?.isFile()) {
      if (!MEETING_FILE.test(given)) problems.push(`${given}: not a meeting file (the name must end in .yaml, .yml or .json)`);
      else add(absolute);
    } else if (hasGlobChars(given)) {
      const pattern = toPosix(given);
      const base = path.resolve(cwd, globBase(pattern));
      const matcher = globToRegExp(toPosix(path.relative(cwd, path.resolve(cwd, pattern))));
      const files: string[] = [];
      walk(base, files);
      const matched = files
        .map((file) => ({ file, rel: toPosix(path.relative(cwd, file)) }))
        .filter(({ rel }) => matcher.test(rel))
        .sort((a, b) => byCodePoint(a.rel, b.rel));
      if (matched.length === 0) problems.push(`${given}: the pattern matches no meeting file`);
      matched.forEach(({ file }) => add(file));
    } else {
      problems.push(`${given}: no such file or folder`);
    }
  }
  return { targets, problems };
}
