// Where `export` writes, for every platform: standard output (no -o, or -o -),
// one file, or a folder (several documents, or -o naming a folder), only inside
// what -o names and never through a symbolic link.
import { lstatSync, mkdirSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../cli-error';
import { writeStdout } from '../util/stdout';
import { writeInside, WriteError } from '../util/write-inside';

/**
 * Checks (and for a folder, makes) where `count` documents go; the writer it
 * returns writes one document and gives the file written, or undefined for
 * standard output. `fileName` names a document inside a folder.
 */
export function exportDestination(output: string | undefined, count: number): (text: string, fileName: () => string) => string | undefined {
  const to = output === '-' ? undefined : output;
  const toFolder = count > 1 || (to !== undefined && isFolder(to));
  if (toFolder && !to) throw new UsageError(`${count} documents to export: name a folder with -o <folder>`);
  if (to && lstatOrUndefined(to)?.isSymbolicLink()) {
    throw new UsageError(`-o ${to}: is a symbolic link; name the ${toFolder ? 'folder' : 'file'} it leads to (export never writes through a link)`);
  }
  if (toFolder) mkdirSync(to!, { recursive: true });
  return (text, fileName) => {
    if (to === undefined) {
      writeStdout(text);
      return undefined;
    }
    return toFolder ? writeInside(to, fileName(), text) : writeInside(path.dirname(to), path.basename(to), text);
  };
}

/** Why one document was not written (a refused name, a full disk, input nested too deeply): the others still are. */
export function writeFailure(error: unknown): string {
  if (error instanceof WriteError) return error.message;
  if (error instanceof RangeError) return 'nested too deeply to write';
  return `could not be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).name ?? 'I/O error'})`;
}

/** A folder that exists, or a path written as one (ending in a separator). */
function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return file.endsWith('/') || file.endsWith(path.sep);
  }
}

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}
