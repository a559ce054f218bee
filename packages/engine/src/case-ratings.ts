import type { Case, RATING_ROLES, Rating } from './case-file-schema.ts';

/**
 * Visits a case's marks for the approach: its `ratings`, then the rating of each interview,
 * with the role of the participant interviewed. validateCaseFile makes sure a participant's
 * mark is given in one of the two places only, so nothing counts twice.
 */
export function forEachRating(
  caseRecord: Case,
  visit: (role: (typeof RATING_ROLES)[number], score: number, participant?: string) => void,
): void {
  if (caseRecord.ratings)
    for (const rating of caseRecord.ratings) visit(rating.role, rating.score, rating.participant);
  if (!caseRecord.interviews) return;
  for (const interview of caseRecord.interviews) {
    if (interview.rating === undefined) continue;
    const participant = caseRecord.participants?.find(
      (candidate) => candidate.code === interview.participant,
    );
    visit(participant?.role ?? 'other', interview.rating, interview.participant);
  }
}

/** A case's marks for the approach, as forEachRating visits them. */
export function caseRatings(caseRecord: Case): Rating[] {
  const ratings: Rating[] = [];
  forEachRating(caseRecord, (role, score, participant) =>
    ratings.push({ role, score, ...(participant !== undefined ? { participant } : {}) }),
  );
  return ratings;
}
