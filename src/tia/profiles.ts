import cnJson from '../../data/laws/cn.json' with { type: 'json' };
import genericJson from '../../data/laws/generic.json' with { type: 'json' };
import inJson from '../../data/laws/in.json' with { type: 'json' };
import ruJson from '../../data/laws/ru.json' with { type: 'json' };
import usJson from '../../data/laws/us.json' with { type: 'json' };
import { type LawProfile, lawProfile, type ProfileId } from './schema.js';

/**
 * The destination-country profiles of data/laws, parsed once at module load: a profile that does not
 * match its schema stops the service from starting rather than feeding an assessment broken law.
 */
const profiles: Record<ProfileId, LawProfile> = {
  us: lawProfile.parse(usJson),
  cn: lawProfile.parse(cnJson),
  in: lawProfile.parse(inJson),
  ru: lawProfile.parse(ruJson),
  generic: lawProfile.parse(genericJson),
};

/** The profile for a destination (ISO 3166-1 alpha-2); the generic one where no profile exists. */
export function profileIdFor(countryCode: string): ProfileId {
  const code = countryCode.toUpperCase();
  const match = (Object.keys(profiles) as ProfileId[]).find((id) => profiles[id].country === code);
  return match ?? 'generic';
}

export function lawProfileById(id: ProfileId): LawProfile {
  return profiles[id];
}

export function allLawProfiles(): LawProfile[] {
  return Object.values(profiles);
}
