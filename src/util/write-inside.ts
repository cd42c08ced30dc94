// Writing files into a folder the user named, with names that come from elsewhere
// (ids from an API): never outside the folder, never through a symbolic link.
import { closeSync, constants, lstatSync, openSync, renameSync, unlinkSync, type Stats } from 'node:fs';
import path from 'node:path';
import { writeAllSync } from './stdout';

/** A write that was refused or failed; `message` says why in words (it may hold the untrusted name, quoted). */
export class WriteError extends Error {}

/** C0 and C1 control characters, DEL, and the path separators of every system. */
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f/\\]/;

/**
 * A file name built from `prefix` and an id that comes from outside, or a WriteError.
 * Separators, `..`, NUL and control characters are refused; other characters outside
 * [A-Za-z0-9._-] become `_`. `taken` keeps the names unique in one run (ignoring
 * case, for file systems that do).
 */
export function safeFileName(prefix: string, id: string, extension: string, taken: Set<string>): string {
  const shown = JSON.stringify(id.length > 60 ? `${id.slice(0, 60)}…` : id);
  if (id.length === 0 || FORBIDDEN.test(id) || id.includes('..')) {
    throw new WriteError(`the id ${shown} cannot be part of a file name (it is empty, or holds a path separator, "..", NUL or a control character); not written`);
  }
  const base = `${prefix}${id.replace(/[^A-Za-z0-9._-]/g, '_')}`;
  let name = `${base}${extension}`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}${extension}`;
  taken.add(name.toLowerCase());
  return name;
}

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Writes `text` as `folder/name` (`name` holds no separator). The text goes to a new
 * file created exclusively beside it, which then replaces the old entry: a link planted
 * at the name is never written through, and a file hard-linked elsewhere is left alone.
 */
export function writeInside(folder: string, name: string, text: string): string {
  if (name !== path.basename(name) || name === '..' || name === '.') throw new WriteError(`"${name}" is not a file name; not written`);
  const target = path.join(folder, name);
  const existing = lstatOrUndefined(target);
  if (existing?.isSymbolicLink()) throw new WriteError(`${target} is a symbolic link; not written through`);
  if (existing && !existing.isFile()) throw new WriteError(`${target} exists and is not a regular file; not overwritten`);
  const temp = path.join(folder, `.${name}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
  try {
    try {
      writeAllSync(fd, text);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // already renamed or never made
    }
    throw error;
  }
  return target;
}
