// Which lock flag of GET /accounts/{accountId}/lock_settings (the `locks` block)
// guards a fact a rule decides from. Zoom's lock leaves sit two levels deep
// (group.key, with meeting_security merged in) and are flags: true = locked for
// the host. A fact whose setting has no lock leaf in Zoom's shape (who may
// share the screen, browser joins) maps to nothing: nobody can lock it.

/** The lock leaves Zoom's lock_settings has for the settings the rules read, by group. */
export const LOCK_LEAVES = {
  schedule_meeting: [
    'audio_type',
    'continuous_meeting_chat',
    'embed_password_in_join_link',
    'join_before_host',
    'meeting_authentication',
    'require_password_for_scheduling_new_meetings',
    'use_pmi_for_scheduled_meetings',
  ],
  in_meeting: ['auto_saving_chat', 'breakout_room', 'screen_sharing'],
  recording: ['archive', 'auto_recording', 'cloud_recording', 'local_recording'],
  meeting_security: [
    'auto_security',
    'embed_password_in_join_link',
    'encryption_type',
    'end_to_end_encrypted_meetings',
    'meeting_password',
    'only_authenticated_can_join_from_webclient',
    'phone_password',
    'pmi_password',
    'waiting_room',
  ],
} as const satisfies Record<string, readonly string[]>;

/** Facts of the meeting object (and template) → the lock that stops the host changing them. */
const MEETING_FACTS: Record<string, string> = {
  '/password': 'meeting_security/meeting_password',
  '/encrypted_password': 'meeting_security/meeting_password',
  '/pstn_password': 'meeting_security/phone_password',
  '/join_url': 'meeting_security/embed_password_in_join_link',
  '/settings/use_pmi': 'schedule_meeting/use_pmi_for_scheduled_meetings',
  '/settings/waiting_room': 'meeting_security/waiting_room',
  '/settings/join_before_host': 'schedule_meeting/join_before_host',
  '/settings/meeting_authentication': 'schedule_meeting/meeting_authentication',
  '/settings/authentication_option': 'schedule_meeting/meeting_authentication',
  '/settings/auto_recording': 'recording/auto_recording',
  '/settings/encryption_type': 'meeting_security/encryption_type',
  '/settings/audio': 'schedule_meeting/audio_type',
  '/settings/continuous_meeting_chat': 'schedule_meeting/continuous_meeting_chat',
};

/** Host and account settings whose name differs from their lock leaf's. */
const RENAMED: Record<string, string> = {
  'schedule_meeting/pstn_password_protected': 'meeting_security/phone_password',
  'meeting_security/require_password_for_scheduled_meeting': 'meeting_security/meeting_password',
  'authentication_options/meeting_authentication': 'schedule_meeting/meeting_authentication',
};

const leaves = new Set(Object.entries(LOCK_LEAVES).flatMap(([group, keys]) => keys.map((key) => `${group}/${key}`)));

/**
 * The pointer into `locks` of the flag that guards `fact` (a JSON pointer into the
 * meeting model), or undefined when Zoom has no lock for it.
 */
export function lockPointerOf(fact: string): string | undefined {
  const segments = fact.split('/');
  let leaf: string | undefined;
  if (segments[1] === 'host_settings' || segments[1] === 'account_settings') {
    const key = `${segments[2]}/${segments[3]}`;
    leaf = RENAMED[key] ?? (leaves.has(key) ? key : undefined);
  } else {
    // The longest listed prefix: /settings/continuous_meeting_chat/enable → its group's lock.
    for (let n = segments.length; n > 1 && leaf === undefined; n--) leaf = MEETING_FACTS[segments.slice(0, n).join('/')];
  }
  return leaf === undefined ? undefined : `/locks/${leaf}`;
}
