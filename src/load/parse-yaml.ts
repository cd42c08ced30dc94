// YAML or JSON text → a document validated by a zod schema, with a pointer
// locator, or located errors. The only place that touches YAML syntax: rules and
// policies see typed values only.
import type * as z from 'zod/mini';
import { isMap, isSeq, LineCounter, parseAllDocuments, type YAMLError } from 'yaml';
import { redact, secretValuesIn } from '../util/secrets';
import { describeIssues } from './describe-issue';
import { indexPositions, MAX_DEPTH, startOf, TooDeep, type Locate } from './positions';

export interface LocatedProblem {
  message: string;
  pointer?: string;
  line?: number;
  column?: number;
}

export interface TargetError extends LocatedProblem {
  /** Every problem found, the first of which is repeated in `message`. */
  problems?: LocatedProblem[];
}

export type ParseResult<T> = { ok: true; value: T; locate: Locate } | { ok: false; error: TargetError };

const EMPTY = 'holds nothing: the file is empty or only comments';
const TOO_DEEP = `nests lists or mappings more than ${MAX_DEPTH} levels deep`;

/** Aliases a document may expand before it is refused (guards against "billion laughs"). */
const MAX_ALIAS_COUNT = 100;

function fail(problems: LocatedProblem[]): { ok: false; error: TargetError } {
  const [first, ...rest] = problems;
  const error: TargetError = { ...first!, message: first!.message + (rest.length ? ` (and ${rest.length} more)` : '') };
  if (problems.length > 1) error.problems = problems;
  return { ok: false, error };
}

function yamlProblem(error: YAMLError, lineCounter: LineCounter, secrets: () => readonly string[]): LocatedProblem {
  // Without prettyErrors the parser adds no source excerpt (which could hold a
  // passcode); redact whatever its message still quotes.
  const text = error.message.split('\n')[0]!;
  const { line, col } = lineCounter.linePos(error.pos[0]);
  // The parser reports running out of stack as an ordinary error: say what it means.
  if (/call stack/i.test(text)) return { message: TOO_DEEP, line, column: col };
  return { message: `invalid YAML: ${redact(text, secrets())}`, line, column: col };
}

/**
 * `contents` names what the mapping holds, for the error when it is something else.
 * `inspect` looks at the raw data before the schema does (for checks a schema cannot say).
 */
export function parseYaml<S extends z.ZodMiniType>(
  text: string,
  schema: S,
  contents: string,
  inspect?: (data: Record<string, unknown>) => { message: string; pointer: string }[],
): ParseResult<z.infer<S>> {
  // Only an error message could need redacting; most files have none.
  const secrets = () => secretValuesIn(text);
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const documents = Array.isArray(parsed) ? parsed : [];
  if (documents.length === 0) {
    return fail([{ message: EMPTY, line: 1, column: 1 }]);
  }
  if (documents.length > 1) {
    const second = lineCounter.linePos(documents[1]!.range[0]);
    return fail([
      {
        message: `holds ${documents.length} YAML documents; exactly one is expected`,
        line: second.line,
        column: second.col,
      },
    ]);
  }
  const doc = documents[0]!;
  // Unknown tags (warnings to the yaml package) would silently turn into strings: refuse them.
  const syntax = [...doc.errors, ...doc.warnings];
  if (syntax.length > 0) return fail(syntax.map((e) => yamlProblem(e, lineCounter, secrets)));

  const root = doc.contents;
  if (root === null) return fail([{ message: EMPTY, line: 1, column: 1 }]);
  let locate: Locate;
  try {
    locate = indexPositions(root, lineCounter);
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    const { line, col } = lineCounter.linePos(error.offset);
    return fail([{ message: TOO_DEEP, line, column: col }]);
  }
  if (!isMap(root)) {
    const found = isSeq(root) ? 'a list' : 'a single value';
    return fail([{ message: `must be a mapping of ${contents}, but holds ${found}`, pointer: '', ...startOf(locate, '') }]);
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const message = /alias count/i.test(text)
      ? `uses too many aliases (more than ${MAX_ALIAS_COUNT} expansions)`
      : /call stack/i.test(text)
        ? TOO_DEEP
        : `invalid YAML: ${redact(text.split('\n')[0]!, secrets())}`;
    return fail([{ message, pointer: '', ...startOf(locate, '') }]);
  }

  const noticed = inspect?.(data as Record<string, unknown>) ?? [];

  // jitless: zod would compile a parser per object schema with new Function on first use;
  // a run validates each schema a few times, so compiling costs more than it saves.
  const result = schema.safeParse(data, { jitless: true });
  // What `inspect` noticed and what the schema found are reported together: one round of fixes.
  if (!result.success || noticed.length > 0) {
    const found = result.success ? noticed : [...noticed, ...describeIssues(result.error.issues, data, schema)];
    const problems = found.map((p) => ({ ...p, ...startOf(locate, p.pointer) }));
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return fail(problems);
  }
  return { ok: true, value: result.data, locate };
}
