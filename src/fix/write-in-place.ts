// Replaces a file's content atomically: a new file beside it (same folder, same
// mode) renamed over it. Never through a symbolic link, and never over content
// that changed since it was read.
import { closeSync, fchmodSync, fsyncSync, lstatSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

export class NotWritten extends Error {}

export function writeInPlace(file: string, original: Uint8Array, text: string): void {
  const stats = lstatSync(file);
  if (stats.isSymbolicLink()) throw new NotWritten('is a symbolic link: fix does not write through links (name the file it points to)');
  if (!stats.isFile()) throw new NotWritten('is not a regular file');
  if (!readFileSync(file).equals(original)) throw new NotWritten('changed while it was being fixed: left as it is');
  const mode = stats.mode & 0o7777;
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.mediate-check-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
  // wx: created new, never an existing name (nor a link planted there).
  const fd = openSync(temp, 'wx', mode);
  try {
    try {
      fchmodSync(fd, mode); // the umask may have narrowed it
      const bytes = Buffer.from(text);
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    throw error;
  }
}
