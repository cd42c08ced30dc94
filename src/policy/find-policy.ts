// Where the policy file is, found without loading the policy machinery (most runs have none).
import path from 'node:path';
import { exists } from '../util/exists';

export const POLICY_FILE = '.mediate-check.yaml';

/**
 * The nearest `.mediate-check.yaml` in `from` or a parent folder, up to the root of
 * the git repository `from` lies in (the folder holding `.git`): a policy above the
 * repository (a shared temporary folder, a home folder) is never picked up by
 * accident. Anything by that name counts, a broken link or a folder too: loading it
 * then says what is wrong, rather than a policy being passed over silently.
 */
export function findPolicyFile(from: string): string | undefined {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, POLICY_FILE);
    if (exists(candidate)) return candidate;
    if (exists(path.join(dir, '.git')) || path.dirname(dir) === dir) return undefined;
  }
}

