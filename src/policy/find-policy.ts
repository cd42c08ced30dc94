// Where the policy file is, found without loading the policy machinery (most runs have none).
import { existsSync } from 'node:fs';
import path from 'node:path';

export const POLICY_FILE = '.mediate-check.yaml';

/** The nearest `.mediate-check.yaml` in `from` or a parent folder. */
export function findPolicyFile(from: string): string | undefined {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, POLICY_FILE);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}
