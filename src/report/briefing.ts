// What each participant must do before the session, made from a checked
// meeting: a small document (headings, paragraphs, lists, tables of plain text)
// that format-briefing renders as Markdown or HTML. It never holds a passcode,
// a link or a meeting id: a briefing is sent to people, and the link and the
// passcode must reach them apart.
import type { CheckResult } from '../engine/run-checks';
import type { Meeting } from '../model/meeting-schema';
import { PLATFORM_NAMES } from '../model/platform';
import { documentSecrets, scrubDocumentText } from '../util/document-secrets';
import type { ReportTarget } from './report';

export type Block =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][] };

/** Rules whose failure a participant can help to put right (private-network: by person, in personalNotes). */
const PARTICIPANT_RULES = new Set(['client-version', 'agreement-clauses', 'breakout-rooms-carve-out', 'hosts-disclosed']);

const ROLE_NAMES: Record<string, string> = {
  party: 'party',
  counsel: 'counsel',
  mediator: 'mediator',
  observer: 'observer',
  expert: 'expert',
  other: 'other',
};

function clientSteps(meeting: Meeting): string[] {
  const version = meeting.mediation?.client?.minimum_version;
  const app = version
    ? `Install the Zoom desktop app, version ${version} or later, and join with it: in the app, your picture → "Check for Updates" shows your version.`
    : 'Install the latest Zoom desktop app and join with it: in the app, your picture → "Check for Updates".';
  return [app, 'Do not join from a web browser, even if a "join from your browser" link is offered.'];
}

const NETWORK_STEP =
  'Join from a private network (at home or at the office) or through a VPN; never from public Wi-Fi (a hotel, café, airport or library).';

const SECRECY_STEPS = [
  'Keep the invitation link and the passcode apart and private: do not forward them, post them or keep them together in one message or note. They reach you separately.',
  'Join from a room where nobody else can see or hear the session, unless that person is listed below.',
];

/** A link that carries the passcode is itself the passcode. */
function linkNote(checks: readonly CheckResult[]): string[] {
  const embedded = checks.some((c) => c.rule === 'passcode-not-in-link' && c.status === 'fail');
  return embedded ? ['The invitation link may carry the passcode inside it: treat the link itself as secret as the passcode.'] : [];
}

/** Text from the meeting file as the briefing may show it. */
type Shown = (text: string) => string;

/** A link of any scheme (https://, zoommtg://) or a www. address: each start is tried once, so linear. */
const LINK = /(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*:\/\/\S*|\bwww\.\S*/gi;

/**
 * The file's own text (topic, names, messages quoting them) without the
 * meeting's secret values, without any link (a pasted invitation link is the
 * meeting's way in, its credentials or not), and without the meeting id, written
 * together or in groups ("857 4606 5432").
 */
function shownFrom(meeting: Meeting): Shown {
  const secrets = documentSecrets(meeting);
  const digits = meeting.id === undefined ? '' : String(meeting.id);
  const id = digits.length >= 3 ? new RegExp(`(?<!\\d)${digits.split('').join('[\\s.-]?')}(?!\\d)`, 'g') : undefined;
  return (text) => {
    const shown = scrubDocumentText(text, secrets).replace(LINK, '[link removed]');
    return id ? shown.replace(id, '[meeting id removed]') : shown;
  };
}

function attendees(meeting: Meeting, shown: Shown): Block[] {
  const people = meeting.mediation?.participants ?? [];
  if (people.length === 0) {
    return [{ kind: 'paragraph', text: 'The participants have not been listed yet: ask the mediator who will attend.' }];
  }
  return [
    { kind: 'paragraph', text: 'These people will attend or can hear the session. Tell the mediator at once if anyone else could.' },
    {
      kind: 'table',
      head: ['name', 'role'],
      rows: people.map((p, i) => [p.name === undefined ? `participant ${i + 1} (no name given)` : shown(p.name), p.role ? (ROLE_NAMES[p.role] ?? p.role) : 'not given']),
    },
  ];
}

function agreementLines(meeting: Meeting): string[] {
  const agreement = meeting.mediation?.agreement;
  const recording = agreement?.no_recording_without_consent;
  const heard = agreement?.communications_heard_by_all;
  const caucus = agreement?.private_caucus_carve_out;
  const autoRecording = meeting.settings?.auto_recording;
  return [
    recording === true
      ? 'Recording: nobody may record any part of the session, by any means, without everyone\'s consent.'
      : recording === false
        ? 'Recording: the agreement does not forbid recording without consent; ask the mediator before the session.'
        : 'Recording: what the agreement says about recording is not known yet; ask the mediator. Do not record anything.',
    ...(autoRecording === 'none' ? ['The meeting is set not to record itself.'] : autoRecording ? ['The meeting is set to record itself; ask the mediator why before the session.'] : []),
    heard === true
      ? 'Everything said in the joint session is heard by everyone present.'
      : heard === false
        ? 'The agreement does not say that everything is heard by everyone: ask the mediator who may listen.'
        : 'Whether everything said is heard by everyone is not known yet; ask the mediator.',
    caucus === true
      ? 'Private caucus: the mediator may meet each side alone in a breakout room; what is said there stays there.'
      : caucus === false
        ? 'Private caucus: the agreement does not provide for private meetings (breakout rooms); ask the mediator before using one.'
        : 'Private caucus: whether the agreement provides for private meetings (breakout rooms) is not known yet.',
  ];
}

/** Per-person notes the participants can act on: a public or an unknown network. */
function personalNotes(meeting: Meeting, shown: Shown): string[] {
  const notes: string[] = [];
  (meeting.mediation?.participants ?? []).forEach((p, i) => {
    const who = p.name === undefined ? `Participant ${i + 1}` : shown(p.name);
    if (p.network === 'public') notes.push(`${who}: you are listed as joining from a public network. Please join from a private network or a VPN, and tell the mediator.`);
    else if (p.network !== 'private' && p.network !== 'vpn') notes.push(`${who}: please tell the mediator which network you will join from.`);
  });
  return notes;
}

function openChecks(checks: readonly CheckResult[], shown: Shown): string[] {
  return checks.filter((c) => c.status === 'fail' && PARTICIPANT_RULES.has(c.rule)).map((c) => shown(c.message));
}

/** The briefing of one target: the meeting's own facts and the checks a participant can act on. */
export function briefingOf(target: ReportTarget, meeting: Meeting | undefined): Block[] {
  const shown = meeting ? shownFrom(meeting) : (text: string) => text;
  const title = meeting?.topic ? `Before the session: ${shown(meeting.topic)}` : 'Before the mediation session';
  // A Teams or Webex meeting was read and checked: only the briefing (its steps are Zoom's) does not cover it.
  if (!meeting && !target.error && target.platform !== 'zoom') {
    return [
      { kind: 'heading', level: 1, text: title },
      { kind: 'paragraph', text: `No briefing: ${target.target} is a ${PLATFORM_NAMES[target.platform]} meeting; the briefing covers Zoom meetings only.` },
    ];
  }
  if (!meeting || target.error) {
    return [
      { kind: 'heading', level: 1, text: title },
      { kind: 'paragraph', text: `No briefing: ${target.target} could not be checked (${target.error?.message ?? 'not read'}).` },
    ];
  }
  const open = [...personalNotes(meeting, shown), ...openChecks(target.checks, shown)];
  return [
    { kind: 'heading', level: 1, text: title },
    {
      kind: 'paragraph',
      text: 'For everyone who will attend. This briefing holds no meeting link and no passcode: the mediator sends those to you, separately.',
    },
    { kind: 'heading', level: 2, text: 'Before the session, each participant' },
    { kind: 'list', items: [...clientSteps(meeting), NETWORK_STEP, ...SECRECY_STEPS, ...linkNote(target.checks)] },
    { kind: 'heading', level: 2, text: 'Who will attend' },
    ...attendees(meeting, shown),
    { kind: 'heading', level: 2, text: 'What the mediation agreement says' },
    { kind: 'list', items: agreementLines(meeting) },
    ...(open.length > 0
      ? [
          { kind: 'heading', level: 2, text: 'Still to settle before the session' } as const,
          { kind: 'list', items: open } as const,
        ]
      : []),
  ];
}
