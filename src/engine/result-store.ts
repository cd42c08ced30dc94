// A run's results in a compact form, so that a batch of 100,000 targets stays
// small in memory (no temporary file: nothing is written where the user did not
// say). What a check says (rule, severity, status, message, pointer, evidence)
// repeats from target to target: each distinct one is kept once, as a shape, and
// a check keeps only its shape's number and its position, as variable-length
// integers in one growing byte array. A target keeps its name, a byte for its
// source and platform, and its error when it has one. Results are decoded again,
// target by target, each time the report is read.
import path from 'node:path';
import type { TargetError } from '../load/parse-yaml';
import type { Position } from '../load/positions';
import type { Platform } from '../model/platform';
import type { CheckStatus, Severity } from './define-rule';
import type { Evidence } from './evidence';
import type { CheckResult, TargetResult, TargetSource } from './run-checks';

/** What a check says, apart from where: shared by every check that says the same. */
export interface CheckShape {
  rule: string;
  severity: Severity;
  status: CheckStatus;
  messageId: string;
  message: string;
  pointer: string;
  evidence?: readonly Evidence[];
}

/**
 * A check whose outcome waits on the run: the one it takes when another target shares its key.
 * A check may wait on several keys (a meeting known by several identities): the first one shared decides.
 */
export interface SharedAlternative {
  shape: number;
  position: Position | undefined;
  /** The slot of this target's key in the run's groups. */
  slot: number;
}

const SOURCES: readonly TargetSource[] = ['file', 'stdin', 'zoom', 'teams', 'webex'];
const PLATFORMS: readonly Platform[] = ['zoom', 'teams', 'webex'];
/** How a target's file is kept: none; the name resolved against the working folder (no copy kept); its own string. */
const NO_FILE = 0;
const RESOLVED = 1;
const KEPT = 2;

/** A length before each text that may hold anything, so that two different shapes never have one key. */
const text = (value: string) => `${value.length}:${value}`;

function shapeKey(shape: CheckShape): string {
  let key = `${shape.rule} ${shape.severity} ${shape.status} ${shape.messageId} ${text(shape.pointer)}${text(shape.message)}`;
  for (const e of shape.evidence ?? []) key += `${text(e.pointer)}${e.level} ${e.locked} `;
  return key;
}

export class ResultStore {
  private readonly shapeIds = new Map<string, number>();
  private readonly shapes: CheckShape[] = [];
  private bytes = new Uint8Array(1 << 16);
  private length = 0;
  private readonly names: string[] = [];
  /** Sparse: only targets that could not be read, and files not found again from their names. */
  private readonly errors = new Map<number, TargetError>();
  private readonly files = new Map<number, string>();

  get count(): number {
    return this.names.length;
  }

  nameOf(index: number): string {
    return this.names[index]!;
  }

  /** The number of a shape, the same for every check that says the same. */
  shapeOf(shape: CheckShape): number {
    const key = shapeKey(shape);
    let id = this.shapeIds.get(key);
    if (id === undefined) {
      id = this.shapes.length;
      this.shapeIds.set(key, id);
      // Frozen: every decoded check of this shape shares its evidence.
      if (shape.evidence) Object.freeze(shape.evidence).forEach((e) => Object.freeze(e));
      this.shapes.push(shape);
    }
    return id;
  }

  /** Whether shape `id` says what `outcome` (with `evidence`) says; the rule and severity are the caller's to match. */
  sameShape(id: number, outcome: Pick<CheckShape, 'status' | 'messageId' | 'message' | 'pointer'>, evidence: readonly Evidence[]): boolean {
    const shape = this.shapes[id]!;
    if (shape.status !== outcome.status || shape.messageId !== outcome.messageId || shape.pointer !== outcome.pointer || shape.message !== outcome.message) return false;
    const known = shape.evidence ?? [];
    if (known.length !== evidence.length) return false;
    for (let i = 0; i < known.length; i++) {
      const [a, b] = [known[i]!, evidence[i]!];
      if (a.pointer !== b.pointer || a.level !== b.level || a.locked !== b.locked) return false;
    }
    return true;
  }

  /** Starts a target; its checks follow (addCheck), then endTarget. Returns its index. */
  beginTarget(target: { name: string; source: TargetSource; platform: Platform; file?: string }, error: TargetError | null): number {
    const index = this.names.length;
    this.names.push(target.name);
    let file = NO_FILE;
    if (target.file !== undefined) {
      if (path.resolve(target.name) === target.file) file = RESOLVED;
      else {
        file = KEPT;
        this.files.set(index, target.file);
      }
    }
    if (error) this.errors.set(index, error);
    this.byte(SOURCES.indexOf(target.source) | (PLATFORMS.indexOf(target.platform) << 3) | (file << 5));
    return index;
  }

  addCheck(shape: number, position: Position | undefined, alternatives: readonly SharedAlternative[] = []): void {
    this.varint(shape * 2 + (alternatives.length > 0 ? 1 : 0) + 1);
    this.position(position);
    // Each alternative's shape carries a bit: another alternative follows (one alternative costs what it did before).
    alternatives.forEach((alternative, i) => {
      this.varint(alternative.shape * 2 + (i < alternatives.length - 1 ? 1 : 0));
      this.position(alternative.position);
      this.varint(alternative.slot);
    });
  }

  endTarget(): void {
    this.byte(0);
  }

  /**
   * The results, decoded anew on each call, in the order they were added.
   * `othersOf` settles a waiting check: the others that share its key ('' when
   * none); `keyOf` gives the key back for its message. `withFiles`: set each file target's absolute path (waivers need it).
   * `onCheck` is told, for each check, whether it took a shared outcome, and
   * which of its alternatives (in the order given to addCheck; -1: none).
   */
  *results(
    othersOf: (slot: number, target: number) => string,
    keyOf: (slot: number) => string,
    withFiles: boolean,
    onCheck?: (target: number, check: number, shared: boolean, alternative: number) => void,
  ): Generator<TargetResult> {
    const bytes = this.bytes;
    let at = 0;
    const varint = () => {
      let value = 0;
      let scale = 1;
      for (;;) {
        const b = bytes[at++]!;
        value += (b & 0x7f) * scale;
        if (b < 0x80) return value;
        scale *= 0x80;
      }
    };
    const position = (check: CheckResult) => {
      const lineCode = varint();
      if (lineCode === 0) return;
      const line = lineCode - 1;
      check.line = line;
      check.column = varint();
      const span = varint();
      check.endLine = line + (span % 2 === 0 ? span / 2 : -(span + 1) / 2);
      check.endColumn = varint();
    };
    const skipPosition = () => {
      if (varint() !== 0) for (let i = 0; i < 3; i++) varint();
    };
    for (let index = 0; index < this.names.length; index++) {
      const head = bytes[at++]!;
      const name = this.names[index]!;
      const fileKind = head >> 5;
      const file = !withFiles || fileKind === NO_FILE ? undefined : fileKind === RESOLVED ? path.resolve(name) : this.files.get(index);
      const error = this.errors.get(index) ?? null;
      const checks: CheckResult[] = [];
      for (let code; (code = varint()) !== 0; ) {
        const waits = (code - 1) % 2 === 1;
        let shape = this.shapes[(code - 1) >> 1]!;
        let check = fromShape(shape);
        position(check);
        let taken = -1;
        for (let more = waits, alternative = 0; more; alternative++) {
          const code = varint();
          more = code % 2 === 1;
          const sharedAt = at;
          skipPosition();
          const slot = varint();
          if (taken !== -1) continue; // an earlier alternative decided: the rest are only read past
          const others = othersOf(slot, index);
          if (others !== '') {
            taken = alternative;
            shape = this.shapes[code >> 1]!;
            check = fromShape(shape, others, keyOf(slot));
            const resume = at;
            at = sharedAt;
            position(check);
            at = resume;
          }
        }
        onCheck?.(index, checks.length, taken !== -1, taken);
        checks.push(check);
      }
      yield { target: name, source: SOURCES[head & 7]!, platform: PLATFORMS[(head >> 3) & 3]!, file, checks, error };
    }
  }

  private byte(value: number): void {
    if (this.length === this.bytes.length) {
      // By half again, not twice: less slack, and less held while the old array is copied.
      const bigger = new Uint8Array(Math.ceil(this.bytes.length * 1.5));
      bigger.set(this.bytes);
      this.bytes = bigger;
    }
    this.bytes[this.length++] = value;
  }

  private varint(value: number): void {
    while (value >= 0x80) {
      this.byte((value % 0x80) | 0x80);
      value = Math.floor(value / 0x80);
    }
    this.byte(value);
  }

  /** 0 for none; else line + 1, column, the lines it spans (zigzag), end column. */
  private position(position: Position | undefined): void {
    if (!position) return this.varint(0);
    this.varint(position.line + 1);
    this.varint(position.column);
    const span = position.endLine - position.line;
    this.varint(span >= 0 ? span * 2 : -span * 2 - 1); // never below 0 in practice, but never wrong either
    this.varint(position.endColumn);
  }
}

/** Stands in for the others' names in a waiting check's shared message, until the run is read. */
export const OTHERS = '\u0000others\u0000';
/**
 * Stands in for the key in a waiting check's shared message ("Meeting id 123 is
 * also used by …"), so that one shape serves every target: a batch of unique ids
 * would otherwise keep a message per target for an outcome it never takes.
 */
export const KEY = '\u0000key\u0000';

/** A check as runChecks makes it: its keys in the same order (evidence before the position). */
function fromShape(shape: CheckShape, others?: string, key?: string): CheckResult {
  const check: CheckResult = {
    rule: shape.rule,
    severity: shape.severity,
    status: shape.status,
    messageId: shape.messageId,
    message: others === undefined ? shape.message : shape.message.split(KEY).join(key).split(OTHERS).join(others),
    pointer: shape.pointer,
  };
  if (shape.evidence) check.evidence = shape.evidence as Evidence[];
  return check;
}
