// The starter meeting file that `mediate-check init` writes: every key the rules
// read, what it means, and where to find it in Zoom. Facts nobody has checked
// yet stay commented out, so the first check reports them as "unknown" (never as
// passed); the answers given at `init`'s questions are written as real keys.
import type { NETWORKS, ROLES } from '../model/meeting-values';

export interface ParticipantAnswer {
  name: string;
  role: (typeof ROLES)[number];
  network: (typeof NETWORKS)[number];
  email?: string;
}

export const CLAUSES = [
  ['platform_risks_acknowledged', 'the parties accept the risks of meeting by video'],
  ['attendees_disclosed', 'everyone who will attend or can hear is named in advance'],
  ['no_recording_without_consent', 'nobody records any part without everyone\'s consent'],
  ['communications_heard_by_all', 'everything said is heard by everyone (no hidden listeners)'],
  ['private_caucus_carve_out', 'private caucus (breakout rooms) is carved out of "heard by all"'],
] as const;

export type ClauseKey = (typeof CLAUSES)[number][0];

export interface InitAnswers {
  participants: ParticipantAnswer[];
  /** Only the clauses the user answered; a clause not known is left out. */
  agreement: Partial<Record<ClauseKey, boolean>>;
}

/**
 * A YAML double-quoted scalar for any text: backslash, quote and every
 * character YAML does not allow raw (C0, DEL, C1, line and paragraph separators)
 * are escaped, so whatever a person typed is kept exactly and cannot break the file.
 */
export function yamlQuote(text: string): string {
  return `"${text.replace(/[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g, (c) =>
    c === '\\' ? '\\\\' : c === '"' ? '\\"' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )}"`;
}

const HEADER = `# A meeting for mediate-check, written by \`mediate-check init\`.
#
# Check it with:   mediate-check FILE
#
# How to fill it in
# - A line that starts with "#" is a comment: mediate-check ignores it.
# - To state a fact, delete the "# " at the start of its line AND of the line
#   that names its block above it (settings:, host_settings:, in_meeting: ...).
#   Keep the spaces after the "# ": they say which block a key belongs to
#   (2 spaces per level; never a tab).
# - Write what your meeting really has, after checking it in Zoom. A fact you
#   leave out is reported as "unknown", never as passed.
# - "Zoom web portal" is zoom.us, signed in, in a browser. "Meetings → your
#   meeting → Edit" is the page where you scheduled the meeting.
# - Several keys hold the same setting at two places: on one meeting
#   (settings:) and for every meeting of the host (host_settings:).
`;

const ZOOM_PART = `
# ── The meeting itself (Zoom's field names) ──────────────────────────────────

# What the meeting is called. Zoom: Meetings → your meeting → Topic.
topic: "Mediation"

# The meeting ID, 9 to 11 digits. Zoom: Meetings → your meeting → Meeting ID.
# id: 85746065432

# The kind of meeting: 2 = scheduled once, 8 = recurring at fixed times,
# 3 = recurring with no fixed time, 1 = instant, 4 = your Personal Meeting ID.
# Zoom: Meetings → your meeting → Edit → "Recurring meeting" (ticked: 8 or 3).
# type: 2

# The passcode. mediate-check needs to know that one is set, and never prints
# it (nor any part of it). Zoom: Meetings → your meeting → Edit → Security →
# Passcode. Keep the quotes: "0123" without quotes would lose its leading 0.
# password: "write-the-passcode-here"

# The invite link, as Zoom shows it: Meetings → your meeting → Invite Link.
# A link that ends in ?pwd=... carries the passcode inside it.
# join_url: "https://zoom.us/j/85746065432"

# settings:
#   # Use your Personal Meeting ID (the same for every meeting)? Zoom:
#   # Meetings → your meeting → Edit → Meeting ID: "Generate Automatically"
#   # is false, "Personal Meeting ID" is true.
#   use_pmi: false
#   # Waiting room: people wait until the host admits them. Zoom: Meetings →
#   # your meeting → Edit → Security → Waiting Room; in the meeting:
#   # Security → Enable Waiting Room.
#   waiting_room: true
#   # Recording that starts by itself: none, local or cloud. Zoom: Meetings →
#   # your meeting → Edit → Options → "Automatically record meeting".
#   auto_recording: none
#   # May people enter before the host? Zoom: Meetings → your meeting → Edit →
#   # Options → "Allow participants to join anytime" (join before host).
#   join_before_host: false
#   # Only signed-in Zoom users may join? Zoom: Meetings → your meeting →
#   # Edit → Security → "Require authentication to join".
#   meeting_authentication: true
#   # enhanced_encryption or e2ee (end-to-end). Zoom: Meetings → your meeting
#   # → Edit → Encryption.
#   encryption_type: enhanced_encryption
#   # Telephone dial-in: voip (computer audio only), telephony or both. Zoom:
#   # Meetings → your meeting → Edit → Audio.
#   audio: voip
#   # Co-hosts who may start the meeting, their emails separated by ";". Zoom:
#   # Meetings → your meeting → Edit → Options → Alternative hosts.
#   alternative_hosts: ""
#   # Breakout rooms prepared for this meeting. Zoom: Meetings → your meeting →
#   # Edit → Options → "Breakout Room pre-assign".
#   breakout_room:
#     enable: false
#   # An AI summary that starts by itself. Zoom: Meetings → your meeting →
#   # Edit → Options → "Automatically start meeting summary".
#   auto_start_meeting_summary: false
#   # Chat kept before and after the meeting. Zoom: Meetings → your meeting →
#   # Edit → Options → "Enable Continuous Meeting Chat".
#   continuous_meeting_chat:
#     enable: false

# ── The host's settings, for every meeting (Zoom: Settings → Meeting) ───────

# host_settings:
#   meeting_security:
#     # Zoom: Settings → Meeting → Security → "Embed passcode in invite link
#     # for one-click join".
#     embed_password_in_join_link: false
#     # Zoom: Settings → Meeting → Security → "Require passcode for
#     # participants joining by phone".
#     phone_password: true
#   in_meeting:
#     # Zoom: Settings → Meeting → In Meeting (Advanced) → "Show a 'Join from
#     # your browser' link".
#     show_a_join_from_your_browser_link: false
#     # Zoom: Settings → Meeting → In Meeting (Basic) → Screen sharing →
#     # "Who can share?": host or all.
#     who_can_share_screen: host
#     # Zoom: Settings → Meeting → In Meeting (Advanced) → Breakout room.
#     breakout_room: false
#     # Zoom: Settings → Meeting → In Meeting (Basic) → "Auto saving chats".
#     auto_saving_chat: false
`;

const MEDIATION_INTRO = `
# ── What no Zoom setting holds: the mediation ────────────────────────────────

mediation:
  # Will you lock the meeting once everyone is in? In the meeting: Security →
  # Lock Meeting. (true or false)
  # lock_after_join: true

  # The clients people join with. The version: in the Zoom desktop app, your
  # picture → "Check for Updates" (or Help → About); Zoom's release notes list
  # versions. Browser joins: Settings → Meeting → In Meeting (Advanced) →
  # "Show a 'Join from your browser' link".
  # client:
  #   minimum_version: "6.4.0"
  #   browser_join: false
`;

const PARTICIPANTS_HELP = `
  # Everyone who will attend or can hear, told to everyone in advance. For
  # each person: the role (party, counsel, mediator, observer, expert or
  # other); the network they join from (private for home or office, vpn,
  # public for hotel, café, airport or library Wi-Fi, unknown if not asked
  # yet); the email, if you like (it is how alternative hosts are matched to
  # the people disclosed). Replace "participants: []" with the list.
`;

const PARTICIPANTS_EXAMPLE = `  participants: []
  # participants:
  #   - name: "A. Example"
  #     role: party
  #     network: private
  #     email: "a.example@example.com"
`;

const AGREEMENT_HELP = `
  # The video clauses of the signed mediation agreement: true if it has the
  # clause, false if it does not.
`;

const AGREEMENT_EXAMPLE = `  # agreement:
${CLAUSES.map(([key, meaning]) => `  #   ${key}: true${' '.repeat(Math.max(1, 30 - key.length))}# ${meaning}`).join('\n')}
`;

function participantLines(participants: readonly ParticipantAnswer[]): string {
  const lines = ['  participants:'];
  for (const p of participants) {
    lines.push(`    - name: ${yamlQuote(p.name)}`, `      role: ${p.role}`, `      network: ${p.network}`);
    if (p.email) lines.push(`      email: ${yamlQuote(p.email)}`);
  }
  return lines.join('\n') + '\n';
}

function agreementLines(agreement: InitAnswers['agreement']): string {
  const lines = ['  agreement:'];
  for (const [key, meaning] of CLAUSES) {
    const value = agreement[key];
    if (value === undefined) lines.push(`    # ${key}: true${' '.repeat(Math.max(1, 30 - key.length))}# not known yet: ${meaning}`);
    else lines.push(`    ${key}: ${value}${' '.repeat(Math.max(1, 30 - key.length + 4 - String(value).length))}# ${meaning}`);
  }
  return lines.join('\n') + '\n';
}

/** The starter file: `file` names it in the "check it with" line; `answers` fill the mediation block. */
export function starterText(file: string, answers?: InitAnswers): string {
  const hasAgreement = answers !== undefined && Object.values(answers.agreement).some((v) => v !== undefined);
  return (
    HEADER.replace('FILE', () => (/^[\w./-]+$/.test(file) ? file : yamlQuote(file))) +
    ZOOM_PART +
    MEDIATION_INTRO +
    PARTICIPANTS_HELP +
    (answers && answers.participants.length > 0 ? participantLines(answers.participants) : PARTICIPANTS_EXAMPLE) +
    AGREEMENT_HELP +
    (hasAgreement ? agreementLines(answers.agreement) : AGREEMENT_EXAMPLE)
  );
}
