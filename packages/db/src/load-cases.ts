import type { ApproachUse, Case, CaseStatus, Line } from '@kassabon/engine';
import { and, asc, eq, gte, ilike, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { type CaseRow, type LoadedChildren, toCase } from './case-rows.ts';
import type { Db } from './create-database.ts';
import { withOrganisation } from './organisation-scope.ts';
import {
  barriers,
  cases,
  effects,
  interviews,
  lines,
  meetingAttendees,
  meetings,
  participants,
  ratings,
  scenarios,
  wellbeing,
} from './schema.ts';

/** Which of an organisation's cases to read; every filter narrows the selection. */
export type CaseSelection = {
  organisationId: string;
  /** Only these codes (unknown ones are skipped). */
  codes?: string[];
  /**
   * Only the cases in which this user takes part (a professional's view); null for a
   * professional without a user account (an API token), who takes part in none.
   */
  participantUserId?: string | null;
  /** Code or title contains this, ignoring case. */
  q?: string;
  status?: CaseStatus;
  kind?: NonNullable<CaseRow['kind']>;
  approachUse?: ApproachUse;
  team?: string;
  /**
   * A period, as dates YYYY-MM-DD: the cases that started on or before `to` and had not
   * ended before `from`. A case without a start date is in no period.
   */
  from?: string;
  to?: string;
};

/** The condition on `cases` for a selection; the organisation always leads. */
export function selectCases(selection: CaseSelection): SQL {
  const conditions: SQL[] = [eq(cases.organisationId, selection.organisationId)];
  if (selection.codes) conditions.push(inArray(cases.code, selection.codes));
  if (selection.participantUserId === null) conditions.push(sql`false`);
  else if (selection.participantUserId !== undefined)
    conditions.push(
      sql`exists (select 1 from ${participants} where ${participants.organisationId} = ${cases.organisationId} and ${participants.caseId} = ${cases.id} and ${participants.userId} = ${selection.participantUserId})`,
    );
  const q = selection.q?.trim();
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    conditions.push(or(ilike(cases.code, pattern), ilike(cases.title, pattern)) as SQL);
  }
  if (selection.status) conditions.push(eq(cases.status, selection.status));
  if (selection.kind) conditions.push(eq(cases.kind, selection.kind));
  if (selection.approachUse) conditions.push(eq(cases.approachUse, selection.approachUse));
  if (selection.team) conditions.push(eq(cases.team, selection.team));
  if (selection.from !== undefined || selection.to !== undefined)
    conditions.push(sql`${cases.startedOn} is not null`);
  if (selection.to !== undefined) conditions.push(lte(cases.startedOn, selection.to));
  if (selection.from !== undefined)
    conditions.push(or(isNull(cases.endedOn), gte(cases.endedOn, selection.from)) as SQL);
  return and(...conditions) as SQL;
}

export type LoadedCase = {
  row: CaseRow;
  caseRecord: Case;
  /** Participant code → the user account linked to it (null where none). */
  userIds: Map<string, string | null>;
};

/**
 * Reads the selected cases whole, ordered by code (`collate "C"`, alike on PGlite and
 * PostgreSQL), each as the case file has it. Call it inside one transaction so all tables
 * are read at one moment.
 */
export async function loadCases(db: Db, selection: CaseSelection): Promise<LoadedCase[]> {
  return withOrganisation(db, selection.organisationId, async (db) => {
    if (selection.codes?.length === 0) return [];
    const where = selectCases(selection);
    const caseRows = await db
      .select()
      .from(cases)
      .where(where)
      .orderBy(sql`${cases.code} collate "C"`);
    if (caseRows.length === 0) return [];

    const ofCase = (table: { organisationId: PgColumn; caseId: PgColumn }) =>
      and(eq(cases.organisationId, table.organisationId), eq(cases.id, table.caseId));

    const participantRows = await db
      .select({ participant: participants })
      .from(participants)
      .innerJoin(cases, ofCase(participants))
      .where(where)
      .orderBy(asc(participants.caseId), asc(participants.position));
    const codeOfParticipant = new Map(
      participantRows.map(({ participant }) => [participant.id, participant.code]),
    );
    const meetingRows = await db
      .select({ meeting: meetings })
      .from(meetings)
      .innerJoin(cases, ofCase(meetings))
      .where(where)
      .orderBy(asc(meetings.caseId), asc(meetings.position));
    const attendeeRows =
      meetingRows.length === 0
        ? []
        : await db
            .select({ meetingId: meetingAttendees.meetingId, code: participants.code })
            .from(meetingAttendees)
            .innerJoin(
              participants,
              and(
                eq(participants.organisationId, meetingAttendees.organisationId),
                eq(participants.id, meetingAttendees.participantId),
              ),
            )
            .innerJoin(cases, ofCase(participants))
            .where(where)
            .orderBy(asc(meetingAttendees.meetingId), asc(meetingAttendees.position));
    const interviewRows = await db
      .select({ interview: interviews })
      .from(interviews)
      .innerJoin(cases, ofCase(interviews))
      .where(where)
      .orderBy(asc(interviews.caseId), asc(interviews.position));
    const barrierRows = await db
      .select({ barrier: barriers })
      .from(barriers)
      .innerJoin(cases, ofCase(barriers))
      .where(where)
      .orderBy(asc(barriers.caseId), asc(barriers.position));
    const effectRows = await db
      .select({ effect: effects })
      .from(effects)
      .innerJoin(cases, ofCase(effects))
      .where(where)
      .orderBy(asc(effects.caseId), asc(effects.position));
    const scenarioRows = await db
      .select({ scenario: scenarios })
      .from(scenarios)
      .innerJoin(cases, ofCase(scenarios))
      .where(where)
      .orderBy(asc(scenarios.caseId), asc(scenarios.position));
    // The lines arrive as ready case-file objects, built and stripped of nulls by the
    // database: mapping 300,000 rows through the ORM took most of an export's time.
    const lineResult = (await db.execute(sql`
      select ${lines.scenarioId} as "scenarioId",
        json_agg(json_strip_nulls(json_build_object(
          'item', ${lines.itemCode}, 'quantity', ${lines.quantity}, 'label', ${lines.label},
          'amount', ${lines.amount}, 'financier', ${lines.financier}, 'oneOff', ${lines.oneOff},
          'investment', ${lines.investment}, 'probability', ${lines.probability},
          'confidence', ${lines.confidence}, 'transfer', ${lines.transfer}, 'note', ${lines.note}
        )) order by ${lines.position}) as "lines"
      from ${lines}
      join ${scenarios} on ${scenarios.organisationId} = ${lines.organisationId}
        and ${scenarios.id} = ${lines.scenarioId}
      join ${cases} on ${cases.organisationId} = ${scenarios.organisationId}
        and ${cases.id} = ${scenarios.caseId}
      where ${where}
      group by ${lines.scenarioId}`)) as unknown as {
      rows: { scenarioId: string; lines: Line[] }[];
    };
    const ratingRows = await db
      .select({ rating: ratings })
      .from(ratings)
      .innerJoin(cases, ofCase(ratings))
      .where(where)
      .orderBy(asc(ratings.caseId), asc(ratings.position));
    const wellbeingRows = await db
      .select({ score: wellbeing })
      .from(wellbeing)
      .innerJoin(cases, ofCase(wellbeing))
      .where(where)
      .orderBy(asc(wellbeing.caseId), asc(wellbeing.position));

    const linesByScenario = new Map(lineResult.rows.map((row) => [row.scenarioId, row.lines]));
    const attendeesByMeeting = groupBy(attendeeRows, (row) => row.meetingId);
    const participantsByCase = groupBy(
      participantRows.map((row) => row.participant),
      (row) => row.caseId,
    );
    const meetingsByCase = groupBy(
      meetingRows.map(({ meeting }) => ({
        meeting,
        attendeeCodes: (attendeesByMeeting.get(meeting.id) ?? []).map((row) => row.code),
      })),
      (entry) => entry.meeting.caseId,
    );
    const interviewsByCase = groupBy(
      interviewRows.map(({ interview }) => ({
        interview,
        participantCode:
          interview.participantId === null
            ? ''
            : (codeOfParticipant.get(interview.participantId) ?? ''),
      })),
      (entry) => entry.interview.caseId,
    );
    const barriersByCase = groupBy(
      barrierRows.map((row) => row.barrier),
      (row) => row.caseId,
    );
    const effectsByCase = groupBy(
      effectRows.map((row) => row.effect),
      (row) => row.caseId,
    );
    const scenariosByCase = groupBy(
      scenarioRows.map(({ scenario }) => ({
        scenario,
        lines: linesByScenario.get(scenario.id) ?? [],
      })),
      (entry) => entry.scenario.caseId,
    );
    const ratingsByCase = groupBy(
      ratingRows.map((row) => row.rating),
      (row) => row.caseId,
    );
    const wellbeingByCase = groupBy(
      wellbeingRows.map((row) => row.score),
      (row) => row.caseId,
    );

    return caseRows.map((row) => {
      const children: LoadedChildren = {
        participants: participantsByCase.get(row.id) ?? [],
        meetings: meetingsByCase.get(row.id) ?? [],
        interviews: interviewsByCase.get(row.id) ?? [],
        barriers: barriersByCase.get(row.id) ?? [],
        effects: effectsByCase.get(row.id) ?? [],
        scenarios: scenariosByCase.get(row.id) ?? [],
        ratings: ratingsByCase.get(row.id) ?? [],
        wellbeing: wellbeingByCase.get(row.id) ?? [],
      };
      return {
        row,
        caseRecord: toCase(row, children),
        userIds: new Map(children.participants.map((p) => [p.code, p.userId])),
      };
    });
  });
}

export function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
