// `--mediation <file>`: the mediation block an API run adds to every meeting it
// checks, read from any platform's meeting file. Its own module, so the Teams and
// Webex commands load it without the Zoom client.
import { readFileSync } from 'node:fs';
import { UsageError } from '../cli-error';
import type { Meeting } from '../model/meeting-schema';
import { errnoText } from '../util/errno';
import { placeOf } from '../util/place';
import { parseAnyMeeting } from './parse-meeting';

/** The `mediation` block of a meeting file, to merge onto API meetings. */
export function readMediationFile(file: string): Meeting['mediation'] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`--mediation ${file}: could not be read: ${errnoText(error)}`);
  }
  // Any platform's meeting file will do (teams and webex use this too): only its mediation block is taken.
  const parsed = parseAnyMeeting(text);
  if (!parsed.ok) {
    throw new UsageError(`--mediation ${placeOf(file, parsed.error)}: ${parsed.error.message}`);
  }
  if (!parsed.value.meeting.mediation) throw new UsageError(`--mediation ${file}: holds no mediation block`);
  return parsed.value.meeting.mediation;
}
