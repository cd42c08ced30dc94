// Command-line paths → the ordered list of targets to read, and the problems of
// the run: a path that matches nothing, a folder that cannot be read, a file
// passed over. Nothing is skipped silently.
//
// Symbolic links: a path given on the command line is followed, unless it lies
// in the working folder and leads out of it (a link committed in a pull request:
// `templates -> /`). Below a folder, a link to a meeting file inside that folder
// is checked (a notice names where it leads); a link that leads outside the
// folder, or to a folder, is not followed, so a search never leaves the folder
// given and never loops.
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { POLICY_FILE } from '../policy/find-policy';
import { compileGlob, globBase, GlobError, hasGlobChars } from '../util/glob';
import { Excluder } from './ignore-rules';
import type { RunProblem } from './run-problem';

/** `searched`: found by a folder search or a glob, not named on the command line (what is not a meeting is passed over). */
export type TargetSpec = { kind: 'file'; name: string; file: string; searched?: boolean } | { kind: 'stdin'; name: string };

export const MEETING_FILE = /\.(ya?ml|json)$/i;
export const STDIN_NAME = '<stdin>';
/** Folders never searched: version control, dependencies, and hidden folders and files (such as the policy file). */
const SKIP = (name: string) => name.startsWith('.') || name === 'node_modules';

const toPosix = (p: string) => p.split(path.sep).join('/');
/**
 * The operating system's realpath, one call: Node's own realpathSync walks the
 * path a component at a time, which costs a one-file check about 0.5 ms. Every
 * real path here comes from it, so they compare with each other.
 */
const realpath = (file: string): string => realpathSync.native(file);
// Made on the first folder search: a TextDecoder costs a check of named files about 0.2 ms.
let utf8: InstanceType<typeof TextDecoder> | undefined;
let lossy: InstanceType<typeof TextDecoder> | undefined;

/** Code-point order, as the contract asks (JavaScript's < compares UTF-16 units). */
export function byCodePoint(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel));
}

/** An operating-system error in words. */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENAMETOOLONG':
      return 'the path is longer than the system allows';
    case 'ELOOP':
      return 'symbolic links that loop';
    case 'ENOENT':
      return 'it does not exist';
    default:
      return code ?? 'I/O error';
  }
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'a device';
  return 'not a regular file';
}

interface Context {
  cwd: string;
  realCwd: string;
  problems: RunProblem[];
  /** How a path is shown: relative to the working folder, in forward slashes. */
  shown: (absolute: string) => string;
  /** The ignore files' and --exclude's patterns. */
  excluder: Excluder;
  /** The real path of each link a folder search took as a meeting file (other files' real paths follow from the folder's). */
  linkReal: Map<string, string>;
  /**
   * The links to meeting files a search found, with `via` the file found that the link leads to, if any (then
   * the link is no target). Their notices are given once every target is known, to name the one checked.
   */
  foundLinks: { link: string; real: string; via?: string }[];
  /** The names of foundLinks: they get no other notice. */
  linkNames: Set<string>;
}

/**
 * Every meeting file below `root` (whose real path is `realRoot`), by its path
 * under `root`. Links are resolved and judged against `realRoot`.
 */
function walk(root: string, realRoot: string, ctx: Context, wanted: (file: string) => boolean = () => true): string[] {
  const { problems, shown, excluder } = ctx;
  excluder.load(ctx.cwd);
  excluder.load(root);
  const files: string[] = [];
  const links: { link: string; real: string }[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries: Dirent<Buffer>[];
    try {
      entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      problems.push({ level: 'error', path: shown(dir), message: `the folder could not be read (${reason(error)})` });
      continue;
    }
    for (const entry of entries) {
      let name: string;
      try {
        name = (utf8 ??= new TextDecoder('utf-8', { fatal: true })).decode(entry.name);
      } catch {
        // Node would decode it to U+FFFD, which may be another file's name: never read it under a false name.
        problems.push({ level: 'error', path: shown(path.join(dir, (lossy ??= new TextDecoder('utf-8')).decode(entry.name))), message: 'the name is not valid UTF-8, so it was not read; rename it' });
        continue;
      }
      const full = path.join(dir, name);
      if (SKIP(name)) {
        if (entry.isDirectory()) problems.push({ level: 'notice', path: shown(full), message: 'passed over: hidden folders and node_modules are not searched' });
        else if (MEETING_FILE.test(name) && name !== POLICY_FILE) problems.push({ level: 'notice', path: shown(full), message: 'passed over: hidden files are not searched' });
        continue;
      }
      // Excluded folders are not read; excluded files are noted (a glob notes only those it would match).
      const folder = entry.isDirectory();
      if (folder || MEETING_FILE.test(name)) {
        const excluded = excluder.excluded(full, folder);
        if (excluded !== undefined) {
          if (folder || wanted(full)) problems.push({ level: 'notice', path: shown(full), message: excluded });
          continue;
        }
      }
      if (folder) stack.push(full);
      else if (entry.isFile()) {
        if (MEETING_FILE.test(name)) {
          files.push(full);
        }
      } else if (entry.isSymbolicLink()) {
        let real: string;
        let stats: Stats;
        try {
          real = realpath(full);
          stats = statSync(real);
        } catch (error) {
          if (MEETING_FILE.test(name)) problems.push({ level: 'error', path: shown(full), message: `a symbolic link that leads nowhere (${reason(error)}); not read` });
          continue;
        }
        if (!stats.isDirectory() && !MEETING_FILE.test(name)) continue; // not a meeting file, wherever it leads
        if (!isInside(real, realRoot)) {
          problems.push({ level: 'error', path: shown(full), message: `a symbolic link to ${real}, outside the folder searched; not followed` });
        } else if (stats.isDirectory()) {
          problems.push({ level: 'notice', path: shown(full), message: `a symbolic link to the folder ${shown(real)}; not followed (links to folders never are)` });
        } else if (!stats.isFile()) {
          problems.push({ level: 'error', path: shown(full), message: `a symbolic link to ${kindOf(stats)}; not read` });
        } else links.push({ link: full, real });
      } else if (MEETING_FILE.test(name)) {
        const stats = lstatOrUndefined(full);
        problems.push({ level: 'error', path: shown(full), message: `${stats ? kindOf(stats) : 'not a regular file'}; not read` });
      }
    }
  }
  // The real paths of the files wanted, only when a link needs them: a folder of 100,000 files would hold them all for nothing.
  // Links in name order, so that of two links to one file (in a hidden folder, say) the first name is checked, whatever order the folder lists them in.
  const realFiles = links.length > 0 ? new Map(files.filter(wanted).map((file) => [path.join(realRoot, path.relative(root, file)), file])) : undefined;
  links.sort((a, b) => byCodePoint(toPosix(path.relative(root, a.link)), toPosix(path.relative(root, b.link))));
  for (const { link, real } of links) {
    if (!wanted(link)) continue; // a glob's search: like a file, a link it does not match is not its business
    const via = realFiles!.get(real);
    ctx.foundLinks.push({ link, real, via });
    ctx.linkNames.add(link);
    if (via === undefined) {
      files.push(link);
      realFiles!.set(real, link);
      ctx.linkReal.set(link, real);
    }
  }
  return files;
}

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Follows a path given on the command line, unless it is inside the working
 * folder and its real path is not: then it is a problem, and undefined.
 */
function resolveGiven(given: string, absolute: string, ctx: Context): { stats: Stats; real: string } | undefined {
  const link = lstatSync(absolute); // throws when the path does not exist: the caller decides
  let real = absolute;
  if (link.isSymbolicLink()) {
    try {
      real = realpath(absolute);
    } catch (error) {
      ctx.problems.push({ level: 'error', path: given, message: `a symbolic link that leads nowhere (${reason(error)})` });
      return undefined;
    }
    if (isInside(absolute, ctx.cwd) && !isInside(real, ctx.realCwd)) {
      ctx.problems.push({ level: 'error', path: given, message: `a symbolic link to ${real}, outside the working folder; not followed (name the real path to check it)` });
      return undefined;
    }
  } else {
    real = realOf(absolute);
  }
  return { stats: link.isSymbolicLink() ? statSync(real) : link, real };
}

function realOf(file: string): string {
  try {
    return realpath(file);
  } catch {
    return file;
  }
}

export interface Expansion {
  targets: TargetSpec[];
  /** Paths that matched nothing, could not be read, or were passed over (RunProblem). */
  problems: RunProblem[];
}

export interface ExpandOptions {
  /** --exclude: patterns (ignore-file syntax) relative to the working folder. */
  exclude?: readonly string[];
}

export function expandPaths(paths: readonly string[], cwd = process.cwd(), options: ExpandOptions = {}): Expansion {
  const targets: TargetSpec[] = [];
  const problems: RunProblem[] = [];
  const shown = (absolute: string) => toPosix(path.relative(cwd, absolute)) || '.';
  const excluder = new Excluder(problems, shown);
  const ctx: Context = { cwd, realCwd: realOf(cwd), problems, shown, excluder, linkReal: new Map(), foundLinks: [], linkNames: new Set() };
  // --exclude and the working folder's ignore file apply to every search (read at the first), a searched folder's own ignore file to it.
  for (const pattern of options.exclude ?? []) excluder.add(pattern, cwd, '--exclude', pattern);
  // By real path: a file is one target whatever names lead to it (a link, a linked folder), checked under the first.
  const seen = new Map<string, Extract<TargetSpec, { kind: 'file' }>>();
  const nameOf = (absolute: string) => toPosix(path.relative(cwd, absolute)) || path.basename(absolute);
  const add: Add = (absolute, real, searched = false) => {
    const known = seen.get(real);
    // Named on the command line, a file is checked as a meeting, even when a search found it first.
    if (known) {
      if (!searched) delete known.searched;
      if (known.file === absolute) return;
      if (absolute === real && known.file !== real) {
        // The file's own name wins over a link's, in the link's place: `fix` edits a file only under its own name.
        if (!ctx.linkNames.has(known.file)) problems.push({ level: 'notice', path: known.name, message: `the same file as ${nameOf(absolute)}, which is checked under that name` });
        Object.assign(known, { file: absolute, name: nameOf(absolute) });
        return;
      }
      if (!ctx.linkNames.has(absolute)) problems.push({ level: 'notice', path: shown(absolute), message: `the same file as ${known.name}, which is checked under that name` });
      return;
    }
    const spec: TargetSpec = { kind: 'file', name: nameOf(absolute), file: absolute, ...(searched ? { searched } : {}) };
    seen.set(real, spec);
    targets.push(spec);
  };
  let stdinSeen = false;
  const error = (given: string, message: string) => problems.push({ level: 'error', path: given, message });

  for (const given of paths) {
    if (given === '-') {
      if (stdinSeen) error(given, '"-" (standard input) may be given only once');
      else {
        stdinSeen = true;
        targets.push({ kind: 'stdin', name: STDIN_NAME });
      }
      continue;
    }
    const absolute = path.resolve(cwd, given);
    let found: { stats: Stats; real: string } | undefined;
    try {
      found = resolveGiven(given, absolute, ctx);
      if (!found) continue;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        error(given, `could not be read (${reason(e)})`);
        continue;
      }
    }
    if (found?.stats.isDirectory()) {
      const files = walk(absolute, found.real, ctx);
      if (files.length === 0) error(given, 'the folder holds no meeting file (.yaml, .yml or .json)');
      files
        .map((file) => ({ file, key: toPosix(path.relative(absolute, file)) }))
        .sort((a, b) => byCodePoint(a.key, b.key))
        .forEach(({ file }) => add(file, realFound(file, absolute, found.real, ctx), true));
    } else if (found?.stats.isFile()) {
      if (!MEETING_FILE.test(given)) error(given, 'not a meeting file (the name must end in .yaml, .yml or .json)');
      else add(absolute, found.real);
    } else if (found) {
      error(given, `${kindOf(found.stats)}, not a file or folder; not read`);
    } else if (hasGlobChars(given)) {
      expandGlob(given, ctx, add);
    } else {
      error(given, 'no such file or folder');
    }
  }
  // Said once every target is known, so that they name the name checked (a link named before its folder is searched is the target).
  for (const { link, real, via } of ctx.foundLinks) {
    const known = seen.get(real);
    let message = `a symbolic link to ${shown(real)}; checked`;
    if (known && known.file !== link) {
      const own = known.file === via && !ctx.linkReal.has(via);
      message = `a symbolic link to ${shown(real)}, which is checked ${own ? 'under its own name' : `as ${known.name}`}`;
    }
    problems.push({ level: 'notice', path: shown(link), message });
  }
  return { targets, problems };
}

type Add = (absolute: string, real: string, searched?: boolean) => void;

/** The real path of a file a search of `root` (real path `realRoot`) found: a link's own, or the file's under the real folder. */
function realFound(file: string, root: string, realRoot: string, ctx: Context): string {
  return ctx.linkReal.get(file) ?? (realRoot === root ? file : path.join(realRoot, path.relative(root, file)));
}

function expandGlob(given: string, ctx: Context, add: Add): void {
  const { cwd, problems } = ctx;
  const pattern = toPosix(given);
  let matcher;
  try {
    matcher = compileGlob(toPosix(path.relative(cwd, path.resolve(cwd, pattern))));
  } catch (e) {
    if (!(e instanceof GlobError)) throw e;
    problems.push({ level: 'error', path: given, message: `not a valid glob: ${e.message}` });
    return;
  }
  const base = path.resolve(cwd, globBase(pattern));
  let found: { stats: Stats; real: string } | undefined;
  try {
    found = resolveGiven(globBase(pattern), base, ctx);
  } catch {
    found = undefined;
  }
  const files = found?.stats.isDirectory() ? walk(base, found.real, ctx, (file) => matcher.test(toPosix(path.relative(cwd, file)))) : [];
  const matched = files
    .map((file) => ({ file, rel: toPosix(path.relative(cwd, file)) }))
    .filter(({ rel }) => matcher.test(rel))
    .sort((a, b) => byCodePoint(a.rel, b.rel));
  if (matched.length === 0) problems.push({ level: 'error', path: given, message: 'the pattern matches no meeting file' });
  matched.forEach(({ file }) => add(file, realFound(file, base, found!.real, ctx), true));
}
