import type { Case, Rating } from './case-file-schema.ts';

/**
 * A case's marks for the approach: its `ratings` and the rating of each interview, with the
 * role of the participant interviewed. validateCaseFile makes sure a participant's mark is
 * given in one of the two places only, so nothing counts twice.
 */
export function caseRatings(caseRecord: Case): Rating[] {
  const ratings = caseRecord.ratings ? [...caseRecord.ratings] : [];
  for (const interview of caseRecord.interviews ?? []) {
    if (interview.rating === undefined) continue;
    const participant = caseRecord.participants?.find(
      (candidate) => candidate.code === interview.participant,
    );
    ratings.push({
      role: participant?.role ?? 'other',
      score: interview.rating,
      participant: interview.participant,
    });
  }
  return ratings;
}
