// `mediate-check init` at a terminal: asks for the participants and the
// agreement's clauses. Loaded only for init (the prompt library with it).
import { cancel, confirm, intro, isCancel, outro, select, text } from '@clack/prompts';
import { NETWORKS, ROLES } from '../model/meeting-values';
import { CLAUSES, type InitAnswers, type ParticipantAnswer } from './starter';

/** Enough for any mediation; a bound so a stuck key cannot loop for ever. */
const MAX_PARTICIPANTS = 100;
const MAX_TEXT = 200;

const NETWORK_HINTS: Record<(typeof NETWORKS)[number], string> = {
  private: 'home or office network',
  vpn: 'through a VPN',
  public: 'hotel, café, airport or library Wi-Fi',
  unknown: 'not asked yet',
};

class Cancelled extends Error {}

function answer<T>(value: T): Exclude<T, symbol> {
  if (isCancel(value)) throw new Cancelled();
  return value as Exclude<T, symbol>;
}

const limited = (value: string | undefined) => ((value ?? '').length > MAX_TEXT ? `at most ${MAX_TEXT} characters` : undefined);

async function askParticipant(index: number): Promise<ParticipantAnswer | undefined> {
  const name = answer(
    await text({
      message: `Participant ${index}: name (leave empty when everyone is listed)`,
      placeholder: index === 1 ? 'A. Example' : '',
      validate: limited,
    }),
  ).trim();
  if (name === '') return undefined;
  const role = answer(
    await select({ message: `${name}: role`, options: ROLES.map((value) => ({ value })), initialValue: 'party' as (typeof ROLES)[number] }),
  );
  const network = answer(
    await select({
      message: `${name}: joins from which network?`,
      options: NETWORKS.map((value) => ({ value, hint: NETWORK_HINTS[value] })),
      initialValue: 'unknown' as (typeof NETWORKS)[number],
    }),
  );
  const email = answer(
    await text({
      message: `${name}: email (optional)`,
      validate: (value) => limited(value) ?? (value && !/^[^\s@]+@[^\s@]+$/.test(value.trim()) ? 'an address like name@example.com, or nothing' : undefined),
    }),
  ).trim();
  return { name, role, network, ...(email ? { email } : {}) };
}

/** The answers, undefined when the user chose not to answer now, or 'cancelled'. */
export async function askAnswers(): Promise<InitAnswers | undefined | 'cancelled'> {
  try {
    intro('mediate-check init');
    const fill = answer(await confirm({ message: 'Fill in the participants and the agreement now? (you can also edit the file later)', initialValue: true }));
    if (!fill) return undefined;
    const participants: ParticipantAnswer[] = [];
    while (participants.length < MAX_PARTICIPANTS) {
      const participant = await askParticipant(participants.length + 1);
      if (!participant) break;
      participants.push(participant);
    }
    const agreement: InitAnswers['agreement'] = {};
    for (const [key, meaning] of CLAUSES) {
      const value = answer(
        await select({
          message: `Does the mediation agreement say: ${meaning}?`,
          options: [
            { value: 'yes', label: 'yes' },
            { value: 'no', label: 'no' },
            { value: 'unknown', label: 'not known yet' },
          ],
          initialValue: 'unknown',
        }),
      );
      if (value !== 'unknown') agreement[key] = value === 'yes';
    }
    outro('Writing the file.');
    return { participants, agreement };
  } catch (error) {
    if (!(error instanceof Cancelled)) throw error;
    cancel('Cancelled: nothing was written.');
    return 'cancelled';
  }
}
