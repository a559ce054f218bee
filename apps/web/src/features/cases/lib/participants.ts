import type { CaseParticipant, CaseRead } from '@kassabon/contract';

const PREFIX: Record<CaseParticipant['role'], string> = {
  resident: 'R',
  professional: 'P',
  other: 'O',
};

/** A free pseudonymous code for a new participant: R1, R2 for residents, P1 for professionals. */
export function nextParticipantCode(
  participants: readonly CaseParticipant[],
  role: CaseParticipant['role'],
): string {
  const taken = new Set(participants.map((participant) => participant.code));
  let number = 1;
  while (taken.has(`${PREFIX[role]}${number}`)) number++;
  return `${PREFIX[role]}${number}`;
}

/**
 * A participant's new code, carried into the meetings, interviews, ratings and wellbeing
 * scores that name them, so renaming "R1" to "R2" keeps the case whole. Where the old or the
 * new code is another participant's too, the references are left alone: they would mix two
 * people (the validation then names what no longer fits).
 */
export function renameParticipant(draft: CaseRead, index: number, code: string): CaseRead {
  const participants = draft.participants ?? [];
  const old = participants[index]?.code;
  if (old === undefined) return draft;
  const renamed = participants.map((participant, at) =>
    at === index ? { ...participant, code } : participant,
  );
  const others = participants
    .filter((_, at) => at !== index)
    .map((participant) => participant.code);
  if (old === code || others.includes(old) || others.includes(code))
    return { ...draft, participants: renamed };
  const rename = (value: string) => (value === old ? code : value);
  return {
    ...draft,
    participants: renamed,
    ...(draft.meetings && {
      meetings: draft.meetings.map((meeting) =>
        meeting.attendees ? { ...meeting, attendees: meeting.attendees.map(rename) } : meeting,
      ),
    }),
    ...(draft.interviews && {
      interviews: draft.interviews.map((interview) => ({
        ...interview,
        participant: rename(interview.participant),
      })),
    }),
    ...(draft.ratings && {
      ratings: draft.ratings.map((rating) =>
        rating.participant === undefined
          ? rating
          : { ...rating, participant: rename(rating.participant) },
      ),
    }),
    ...(draft.wellbeing && {
      wellbeing: draft.wellbeing.map((score) => ({
        ...score,
        participant: rename(score.participant),
      })),
    }),
  };
}

/**
 * The draft without a participant, and without them among the MDOs' attendees (chosen from
 * the participants, so they could not be shown there any more). Interviews and scores that
 * name them stay, and the validation says so: those hold what was said, not to be lost unseen.
 */
export function removeParticipant(draft: CaseRead, index: number): CaseRead {
  const participants = draft.participants ?? [];
  const code = participants[index]?.code;
  return {
    ...draft,
    participants: participants.filter((_, at) => at !== index),
    ...(draft.meetings && {
      meetings: draft.meetings.map((meeting) =>
        meeting.attendees
          ? { ...meeting, attendees: meeting.attendees.filter((attendee) => attendee !== code) }
          : meeting,
      ),
    }),
  };
}
