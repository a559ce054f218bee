import { randomUUID } from 'node:crypto';
import type {
  Assumptions,
  Barrier,
  Case,
  Effect,
  Interview,
  Line,
  Meeting,
  Participant,
  Rating,
  Scenario,
  Wellbeing,
} from '@kassabon/engine';
import type {
  barriers,
  cases,
  effects,
  interviews,
  lines,
  meetingAttendees,
  meetings,
  participants,
  ratings,
  StoredAssumptions,
  scenarios,
  wellbeing,
} from './schema.ts';

/**
 * The mapping between a case of the case file and its rows, both ways, in one place: the
 * import, the save of one case and the export all go through here.
 */

export type CaseRow = typeof cases.$inferSelect;

/** The rows of the tables under `cases`, in the order their foreign keys need. */
export type ChildRows = {
  participants: (typeof participants.$inferInsert)[];
  meetings: (typeof meetings.$inferInsert)[];
  meetingAttendees: (typeof meetingAttendees.$inferInsert)[];
  interviews: (typeof interviews.$inferInsert)[];
  barriers: (typeof barriers.$inferInsert)[];
  effects: (typeof effects.$inferInsert)[];
  scenarios: (typeof scenarios.$inferInsert)[];
  lines: (typeof lines.$inferInsert)[];
  ratings: (typeof ratings.$inferInsert)[];
  wellbeing: (typeof wellbeing.$inferInsert)[];
};

export function emptyChildRows(): ChildRows {
  return {
    participants: [],
    meetings: [],
    meetingAttendees: [],
    interviews: [],
    barriers: [],
    effects: [],
    scenarios: [],
    lines: [],
    ratings: [],
    wellbeing: [],
  };
}

/** Which price lists a case is priced from (ADR 005). */
export type CasePricing = { priceListId: string | null; referencePriceList: string | null };

/** The columns of `cases` that a case file sets: everything but keys, pricing and version. */
export function toCaseColumns(caseRecord: Case) {
  return {
    code: caseRecord.code,
    title: caseRecord.title ?? null,
    kind: caseRecord.kind ?? null,
    status: caseRecord.status ?? 'open',
    team: caseRecord.team ?? null,
    startedOn: caseRecord.startedOn ?? null,
    endedOn: caseRecord.endedOn ?? null,
    lifeDomains: caseRecord.lifeDomains ?? [],
    referral: caseRecord.referral ?? null,
    referredBy: caseRecord.referredBy ?? null,
    approachUse: caseRecord.approachUse ?? null,
    situation: caseRecord.narrative?.situation ?? null,
    actions: caseRecord.narrative?.actions ?? null,
    outcome: caseRecord.narrative?.outcome ?? null,
    planWants: caseRecord.plan?.wants ?? null,
    planCan: caseRecord.plan?.can ?? null,
    planNeeds: caseRecord.plan?.needs ?? null,
    assumptions: caseRecord.assumptions ?? null,
  } satisfies Partial<typeof cases.$inferInsert>;
}

/**
 * Adds the rows under one case to `into`. `userIds` links participant codes to user
 * accounts (the API keeps them; a case file has none). The case must have passed
 * validateCaseFile, so every participant code it names exists.
 */
export function addChildRows(
  into: ChildRows,
  organisationId: string,
  caseId: string,
  caseRecord: Case,
  userIds: ReadonlyMap<string, string | null> = new Map(),
): void {
  const participantIds = new Map<string, { id: string; role: Participant['role'] }>();
  (caseRecord.participants ?? []).forEach((participant, position) => {
    const id = randomUUID();
    participantIds.set(participant.code, { id, role: participant.role });
    into.participants.push({
      organisationId,
      caseId,
      id,
      position,
      code: participant.code,
      role: participant.role,
      organisationName: participant.organisation ?? null,
      interviewed: participant.interviewed ?? null,
      notInterviewedReason: participant.notInterviewedReason ?? null,
      userId: userIds.get(participant.code) ?? null,
    });
  });
  const participantId = (code: string) => {
    const found = participantIds.get(code);
    if (!found) throw new Error(`unknown participant "${code}": validate the case first`);
    return found;
  };
  (caseRecord.meetings ?? []).forEach((meeting, position) => {
    const id = randomUUID();
    into.meetings.push({
      organisationId,
      caseId,
      id,
      position,
      heldOn: meeting.date ?? null,
      hours: meeting.hours,
      hourlyRate: meeting.hourlyRate ?? null,
      note: meeting.note ?? null,
    });
    (meeting.attendees ?? []).forEach((attendee, attendeePosition) => {
      into.meetingAttendees.push({
        organisationId,
        meetingId: id,
        participantId: participantId(attendee).id,
        position: attendeePosition,
      });
    });
  });
  (caseRecord.interviews ?? []).forEach((interview, position) => {
    const participant = participantId(interview.participant);
    into.interviews.push({
      organisationId,
      caseId,
      id: randomUUID(),
      position,
      participantId: participant.id,
      heldOn: interview.date ?? null,
      role: participant.role,
      rating: interview.rating ?? null,
      roleBefore: interview.roleBefore ?? null,
      roleAfter: interview.roleAfter ?? null,
      experience: interview.experience ?? null,
      quotes: interview.quotes ?? [],
      improvementPoints: interview.improvementPoints ?? [],
    });
  });
  (caseRecord.barriers ?? []).forEach((barrier, position) => {
    into.barriers.push({
      organisationId,
      caseId,
      id: randomUUID(),
      position,
      kind: barrier.kind,
      description: barrier.description ?? null,
    });
  });
  (caseRecord.effects ?? []).forEach((effect, position) => {
    into.effects.push({
      organisationId,
      caseId,
      id: randomUUID(),
      position,
      effect: effect.effect,
      achieved: effect.achieved ?? null,
      note: effect.note ?? null,
    });
  });
  caseRecord.scenarios.forEach((scenario, position) => {
    const scenarioId = randomUUID();
    into.scenarios.push({
      organisationId,
      caseId,
      id: scenarioId,
      position,
      kind: scenario.kind,
      date: scenario.date ?? null,
      statedTotal: scenario.statedTotal ?? null,
    });
    scenario.lines.forEach((line, linePosition) => {
      into.lines.push(toLineRow(organisationId, scenarioId, linePosition, line));
    });
  });
  (caseRecord.ratings ?? []).forEach((rating, position) => {
    into.ratings.push({
      organisationId,
      caseId,
      position,
      role: rating.role,
      score: rating.score,
      participant: rating.participant ?? null,
    });
  });
  (caseRecord.wellbeing ?? []).forEach((score, position) => {
    into.wellbeing.push({ organisationId, caseId, position, ...score });
  });
}

function toLineRow(
  organisationId: string,
  scenarioId: string,
  position: number,
  line: Line,
): typeof lines.$inferInsert {
  return {
    organisationId,
    scenarioId,
    position,
    itemCode: line.item ?? null,
    quantity: line.quantity ?? null,
    label: line.label ?? null,
    amount: line.amount ?? null,
    financier: line.financier ?? null,
    oneOff: line.oneOff ?? null,
    investment: line.investment ?? null,
    probability: line.probability ?? null,
    confidence: line.confidence ?? null,
    transfer: line.transfer ?? null,
    note: line.note ?? null,
  };
}

// From rows ------------------------------------------------------------------------------------

/** The rows of one case as read back, each list in position order. */
export type LoadedChildren = {
  participants: (typeof participants.$inferSelect)[];
  meetings: { meeting: typeof meetings.$inferSelect; attendeeCodes: string[] }[];
  interviews: { interview: typeof interviews.$inferSelect; participantCode: string }[];
  barriers: (typeof barriers.$inferSelect)[];
  effects: (typeof effects.$inferSelect)[];
  scenarios: { scenario: typeof scenarios.$inferSelect; lines: Line[] }[];
  ratings: (typeof ratings.$inferSelect)[];
  wellbeing: (typeof wellbeing.$inferSelect)[];
};

/**
 * A stored case as the case file has it: fields in the schema's order, absent where null,
 * and empty lists (and the default status "open") left out.
 */
export function toCase(row: CaseRow, children: LoadedChildren): Case {
  const narrative = definedOnly({
    situation: row.situation,
    actions: row.actions,
    outcome: row.outcome,
  });
  const plan = definedOnly({ wants: row.planWants, can: row.planCan, needs: row.planNeeds });
  // Built field by field in the schema's order, so the JSON reads as the format lists it.
  const caseRecord = { code: row.code } as Case;
  if (row.title !== null) caseRecord.title = row.title;
  if (row.kind !== null) caseRecord.kind = row.kind;
  if (row.status !== 'open') caseRecord.status = row.status;
  if (row.team !== null) caseRecord.team = row.team;
  if (row.startedOn !== null) caseRecord.startedOn = row.startedOn;
  if (row.endedOn !== null) caseRecord.endedOn = row.endedOn;
  if (row.lifeDomains.length > 0) caseRecord.lifeDomains = row.lifeDomains;
  if (row.referral !== null) caseRecord.referral = row.referral;
  if (row.referredBy !== null) caseRecord.referredBy = row.referredBy;
  if (row.approachUse !== null) caseRecord.approachUse = row.approachUse;
  if (narrative) caseRecord.narrative = narrative;
  if (plan) caseRecord.plan = plan;
  if (children.participants.length > 0)
    caseRecord.participants = children.participants.map(toParticipant);
  if (children.meetings.length > 0) caseRecord.meetings = children.meetings.map(toMeeting);
  if (children.interviews.length > 0) caseRecord.interviews = children.interviews.map(toInterview);
  if (children.barriers.length > 0)
    caseRecord.barriers = children.barriers.map(
      (barrier): Barrier => ({
        kind: barrier.kind,
        ...(barrier.description !== null ? { description: barrier.description } : {}),
      }),
    );
  if (children.effects.length > 0)
    caseRecord.effects = children.effects.map(
      (effect): Effect => ({
        effect: effect.effect,
        ...(effect.achieved !== null ? { achieved: effect.achieved } : {}),
        ...(effect.note !== null ? { note: effect.note } : {}),
      }),
    );
  caseRecord.scenarios = children.scenarios.map(
    ({ scenario, lines: scenarioLines }): Scenario => ({
      kind: scenario.kind,
      ...(scenario.date !== null ? { date: scenario.date } : {}),
      ...(scenario.statedTotal !== null ? { statedTotal: scenario.statedTotal } : {}),
      lines: scenarioLines,
    }),
  );
  if (children.ratings.length > 0)
    caseRecord.ratings = children.ratings.map(
      (rating): Rating => ({
        role: rating.role,
        score: rating.score,
        ...(rating.participant !== null ? { participant: rating.participant } : {}),
      }),
    );
  if (children.wellbeing.length > 0)
    caseRecord.wellbeing = children.wellbeing.map(
      (score): Wellbeing => ({
        participant: score.participant,
        moment: score.moment,
        score: score.score,
      }),
    );
  if (row.assumptions !== null) caseRecord.assumptions = toAssumptions(row.assumptions);
  return caseRecord;
}

function toParticipant(row: typeof participants.$inferSelect): Participant {
  return {
    code: row.code,
    role: row.role,
    ...(row.organisationName !== null ? { organisation: row.organisationName } : {}),
    ...(row.interviewed !== null ? { interviewed: row.interviewed } : {}),
    ...(row.notInterviewedReason !== null
      ? { notInterviewedReason: row.notInterviewedReason }
      : {}),
  };
}

function toMeeting({ meeting, attendeeCodes }: LoadedChildren['meetings'][number]): Meeting {
  return {
    ...(meeting.heldOn !== null ? { date: meeting.heldOn } : {}),
    hours: meeting.hours,
    ...(meeting.hourlyRate !== null ? { hourlyRate: meeting.hourlyRate } : {}),
    ...(attendeeCodes.length > 0 ? { attendees: attendeeCodes } : {}),
    ...(meeting.note !== null ? { note: meeting.note } : {}),
  };
}

function toInterview({
  interview,
  participantCode,
}: LoadedChildren['interviews'][number]): Interview {
  return {
    participant: participantCode,
    ...(interview.heldOn !== null ? { date: interview.heldOn } : {}),
    ...(interview.rating !== null ? { rating: interview.rating } : {}),
    ...(interview.roleBefore !== null ? { roleBefore: interview.roleBefore } : {}),
    ...(interview.roleAfter !== null ? { roleAfter: interview.roleAfter } : {}),
    ...(interview.experience !== null ? { experience: interview.experience } : {}),
    ...(interview.quotes.length > 0 ? { quotes: interview.quotes } : {}),
    ...(interview.improvementPoints.length > 0
      ? { improvementPoints: interview.improvementPoints }
      : {}),
  };
}

/** jsonb does not keep key order; give the keys the schema's order again. */
function toAssumptions(stored: StoredAssumptions): Assumptions {
  const assumptions: Assumptions = {};
  if (stored.horizonYears !== undefined) assumptions.horizonYears = stored.horizonYears;
  if (stored.dropOff !== undefined) assumptions.dropOff = stored.dropOff;
  if (stored.attribution !== undefined) assumptions.attribution = stored.attribution;
  if (stored.discountRate !== undefined) assumptions.discountRate = stored.discountRate;
  if (stored.discountFirstYear !== undefined)
    assumptions.discountFirstYear = stored.discountFirstYear;
  return assumptions;
}

/** The object without its null fields, or undefined when all are null. */
function definedOnly<T extends Record<string, string | null>>(
  fields: T,
): { [K in keyof T]?: string } | undefined {
  const result: { [K in keyof T]?: string } = {};
  let any = false;
  for (const key of Object.keys(fields) as (keyof T)[]) {
    const value = fields[key];
    if (value !== null && value !== undefined) {
      result[key] = value;
      any = true;
    }
  }
  return any ? result : undefined;
}
