// Keeps rules/, the rule index, the profiles and the rule tests in step.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index';
import { profiles } from '../rules/profiles';

const NOT_RULES = new Set(['index.ts', 'profiles.ts', 'sources.ts']);
const ruleFiles = readdirSync(new URL('../rules/', import.meta.url)).filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f));
const testFiles = readdirSync(new URL('./rules/', import.meta.url)).filter((f) => f.endsWith('.test.ts'));
/** Rules whose contract row has no "unknown" column (passcode-required has one for templates). */
const NEVER_UNKNOWN = new Set<string>([]);

describe('rule registry', () => {
  it('lists every file in rules/ exactly once, under the id the file is named after', () => {
    expect(allRules.map((r) => `${r.id}.ts`).sort()).toEqual([...ruleFiles].sort());
    expect(new Set(allRules.map((r) => r.id)).size).toBe(allRules.length);
  });

  it('has a test file for every rule and none for a rule that does not exist', () => {
    expect(testFiles.map((f) => f.replace(/\.test\.ts$/, '')).sort()).toEqual(allRules.map((r) => r.id).sort());
  });

  it.each(allRules.map((r) => [r.id, r] as const))('%s tests pass, fail and (where it can be) unknown cases', (id) => {
    const text = readFileSync(new URL(`./rules/${id}.test.ts`, import.meta.url), 'utf8');
    expect(text).toContain(`import rule from '../../rules/${id}'`);
    // testRule holds each platform decision (Zoom's check, teams, webex) to its own pass, fail and unknown cases.
    expect(text).toContain('testRule(rule, [');
    expect(text).toMatch(/status: 'pass'/);
    expect(text).toMatch(/status: 'fail'/);
    if (!NEVER_UNKNOWN.has(id)) expect(text).toMatch(/status: 'unknown'/);
  });

  it.each(allRules.map((r) => [r.id, r] as const))('%s is fully described', (_id, rule) => {
    expect(rule.id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
    expect(['error', 'warning']).toContain(rule.severity);
    for (const text of [rule.summary, rule.rationale, rule.fix]) expect(text.length).toBeGreaterThan(20);
    expect(rule.sources.length).toBeGreaterThan(0);
    expect(Object.keys(rule.messages).length).toBeGreaterThan(1);
  });

  // A mediator fixes the meeting in Zoom, not the file: the fix says where in Zoom first, then the file key.
  it.each(allRules.map((r) => [r.id, r] as const))('%s fix names the Zoom control first, then the file key', (_id, rule) => {
    expect(rule.fix).toMatch(/^(Zoom web portal: |In the meeting, |Not a Zoom setting: )/);
    const inFile = rule.fix.indexOf(' In the file: ');
    expect(inFile).toBeGreaterThan(0);
    // No file key (a dotted path such as settings.waiting_room) before "In the file:".
    expect(rule.fix.slice(0, inFile)).not.toMatch(/\b(settings|host_settings|account_settings|mediation|meeting_security|in_meeting)\.[a-z_]/);
  });

  it('profiles name only known rules, each once', () => {
    const ids = new Set(allRules.map((r) => r.id));
    for (const [name, profile] of Object.entries(profiles)) {
      expect(new Set(profile.rules).size, name).toBe(profile.rules.length);
      for (const id of profile.rules) expect(ids.has(id), `${name}: ${id}`).toBe(true);
    }
  });

  it('proper-use holds the nine contract rules with their contract severities', () => {
    const bySeverity = Object.fromEntries(allRules.map((r) => [r.id, r.severity]));
    expect(profiles['proper-use']!.rules.map((id) => [id, bySeverity[id]])).toEqual([
      ['unique-meeting-id', 'error'],
      ['passcode-required', 'error'],
      ['passcode-not-in-link', 'warning'],
      ['no-waiting-room', 'error'],
      ['lock-after-join', 'error'],
      ['private-network', 'error'],
      ['client-version', 'error'],
      ['no-auto-recording', 'error'],
      ['agreement-clauses', 'warning'],
    ]);
  });

  it('current holds the second release\'s contract rules with their contract severities', () => {
    const current = profiles['current']!.rules;
    const bySeverity = Object.fromEntries(allRules.map((r) => [r.id, r.severity]));
    for (const [id, severity] of [
      ['dial-in-passcode', 'error'],
      ['waiting-room', 'error'],
      ['breakout-rooms-carve-out', 'warning'],
      ['no-automatic-copies', 'error'],
      ['hosts-disclosed', 'warning'],
    ] as const) {
      expect(current, id).toContain(id);
      expect(bySeverity[id], id).toBe(severity);
    }
    expect(current).not.toContain('no-waiting-room');
  });

  it('cites no third-party code documentation as a source (Zoom facts cite Zoom)', () => {
    for (const rule of allRules) for (const source of rule.sources) expect(source.url ?? '', rule.id).not.toMatch(/docs\.rs|crates\.io|npmjs\.com/);
    const e2ee = allRules.find((r) => r.id === 'end-to-end-encryption')!;
    expect(e2ee.sources.some((s) => /^https:\/\/(developers|support)\.zoom\.us\//.test(s.url ?? ''))).toBe(true);
  });
});
