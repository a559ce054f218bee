import { type CaseFile, CaseFileSchema, describeValue } from './case-file-schema.ts';
import { formatPath, type Issue, sortIssues } from './issues.ts';
import { chooseReferenceList } from './price-index.ts';
import { findReferencePriceList, REFERENCE_PRICE_LISTS } from './reference-price-lists.ts';

export type ValidationResult = { ok: true; file: CaseFile } | { ok: false; issues: Issue[] };

const SINGLE_SCENARIOS = new Set(['before', 'with', 'without']);

/**
 * Checks parsed data against the case-file format: the schema, and the rules a schema cannot
 * state (unique codes, one before/with/without per case, items that exist). All problems
 * are reported at once, each with its path; the file is returned only when there are none.
 */
export function validateCaseFile(data: unknown): ValidationResult {
  if (!isRecord(data)) {
    return {
      ok: false,
      issues: [
        {
          path: '',
          message: `not a case file: expected an object with "version" and "cases" (got ${describeValue(data)})`,
        },
      ],
    };
  }
  const parsed = CaseFileSchema.safeParse(data);
  const issues: Issue[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issue.message,
      }));
  issues.push(...crossCheck(data));
  if (issues.length > 0 || !parsed.success) return { ok: false, issues: sortIssues(issues) };
  return { ok: true, file: parsed.data };
}

/** Rules across records, run on the raw data so they hold even where other fields are wrong. */
function crossCheck(data: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  const priceList = isRecord(data.priceList) ? data.priceList : undefined;
  const ownItems = Array.isArray(priceList?.items) ? priceList.items : [];
  reportDuplicates(ownItems, 'code', 'item code', ['priceList', 'items'], issues);

  const knownCodes = new Set<string>();
  for (const item of ownItems)
    if (isRecord(item) && typeof item.code === 'string') knownCodes.add(item.code.trim());
  let itemsKnown = true;
  const referenceCode = chooseReferenceList(data);
  if (referenceCode !== undefined) {
    const reference = findReferencePriceList(referenceCode);
    if (reference) for (const item of reference.items) knownCodes.add(item.code);
    else {
      itemsKnown = false;
      issues.push({
        path: 'referencePriceList',
        message: `unknown reference price list "${referenceCode}" (known: ${Object.keys(REFERENCE_PRICE_LISTS).join(', ')})`,
      });
    }
  }
  if (data.priceList !== undefined && !Array.isArray(priceList?.items)) itemsKnown = false;

  const cases = Array.isArray(data.cases) ? data.cases : [];
  reportDuplicates(cases, 'code', 'case code', ['cases'], issues);
  cases.forEach((caseRecord, caseIndex) => {
    if (isRecord(caseRecord)) checkCaseRecord(caseRecord, ['cases', caseIndex], issues);
    if (!isRecord(caseRecord) || !Array.isArray(caseRecord.scenarios)) return;
    const firstOfKind = new Map<string, number>();
    caseRecord.scenarios.forEach((scenario, scenarioIndex) => {
      if (!isRecord(scenario)) return;
      const kind = scenario.kind;
      if (typeof kind === 'string' && SINGLE_SCENARIOS.has(kind)) {
        const first = firstOfKind.get(kind);
        if (first === undefined) firstOfKind.set(kind, scenarioIndex);
        else
          issues.push({
            path: formatPath(['cases', caseIndex, 'scenarios', scenarioIndex, 'kind']),
            message: `a case has at most one "${kind}" scenario (also scenarios[${first}])`,
          });
      }
      if (!itemsKnown || !Array.isArray(scenario.lines)) return;
      scenario.lines.forEach((line, lineIndex) => {
        if (!isRecord(line) || typeof line.item !== 'string') return;
        const code = line.item.trim();
        if (code === '' || knownCodes.has(code)) return;
        issues.push({
          path: formatPath([
            'cases',
            caseIndex,
            'scenarios',
            scenarioIndex,
            'lines',
            lineIndex,
            'item',
          ]),
          message: `unknown price-list item "${line.item}"`,
        });
      });
    });
  });
  return issues;
}

/**
 * The rules inside one case beyond its scenarios: participants are named once, and meetings,
 * interviews, ratings and wellbeing scores name participants the case lists (ratings and
 * wellbeing only where the case lists any, as files without participants name them freely);
 * a mark is given once, in a rating or in an interview; a case does not end before it starts.
 */
function checkCaseRecord(
  caseRecord: Record<string, unknown>,
  at: (string | number)[],
  issues: Issue[],
): void {
  const participants = Array.isArray(caseRecord.participants) ? caseRecord.participants : [];
  reportDuplicates(participants, 'code', 'participant code', [...at, 'participants'], issues);
  const known = new Set<string>();
  forEachRecord(participants, (participant, index) => {
    if (typeof participant.code === 'string') known.add(participant.code.trim());
    if (participant.interviewed === true && participant.notInterviewedReason !== undefined)
      issues.push({
        path: formatPath([...at, 'participants', index, 'notInterviewedReason']),
        message: 'is for a participant who was not interviewed, but "interviewed" is true',
      });
  });
  const listed = [...known].map((code) => `"${code}"`).join(', ') || 'none';
  const checkReference = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string' && !known.has(value.trim()))
      issues.push({
        path: formatPath(path),
        message: `unknown participant "${value}" (the case's participants: ${listed})`,
      });
  };

  forEachRecord(caseRecord.meetings, (meeting, index) => {
    if (!Array.isArray(meeting.attendees)) return;
    const seen = new Set<string>();
    meeting.attendees.forEach((attendee, attendeeIndex) => {
      const path = [...at, 'meetings', index, 'attendees', attendeeIndex];
      checkReference(attendee, path);
      if (typeof attendee !== 'string') return;
      if (seen.has(attendee.trim()))
        issues.push({ path: formatPath(path), message: `"${attendee}" attends twice` });
      seen.add(attendee.trim());
    });
  });
  const ratedInInterview = new Map<string, number>();
  forEachRecord(caseRecord.interviews, (interview, index) => {
    checkReference(interview.participant, [...at, 'interviews', index, 'participant']);
    if (typeof interview.participant === 'string' && interview.rating !== undefined)
      ratedInInterview.set(interview.participant.trim(), index);
  });
  forEachRecord(caseRecord.ratings, (rating, index) => {
    if (typeof rating.participant !== 'string') return;
    if (participants.length > 0)
      checkReference(rating.participant, [...at, 'ratings', index, 'participant']);
    const interview = ratedInInterview.get(rating.participant.trim());
    if (interview !== undefined)
      issues.push({
        path: formatPath([...at, 'ratings', index, 'participant']),
        message: `"${rating.participant}" gives a mark in interviews[${interview}] too; give it once`,
      });
  });
  if (participants.length > 0)
    forEachRecord(caseRecord.wellbeing, (score, index) =>
      checkReference(score.participant, [...at, 'wellbeing', index, 'participant']),
    );

  if (Array.isArray(caseRecord.lifeDomains)) {
    const domains = caseRecord.lifeDomains.map((domain) => ({ domain }));
    reportDuplicates(domains, 'domain', 'life domain', [...at, 'lifeDomains'], issues, false);
  }
  const { startedOn, endedOn } = caseRecord;
  if (typeof startedOn === 'string' && typeof endedOn === 'string' && endedOn < startedOn)
    issues.push({
      path: formatPath([...at, 'endedOn']),
      message: `is before startedOn (${startedOn})`,
    });
}

function forEachRecord(
  list: unknown,
  visit: (record: Record<string, unknown>, index: number) => void,
): void {
  if (!Array.isArray(list)) return;
  list.forEach((record, index) => {
    if (isRecord(record)) visit(record, index);
  });
}

function reportDuplicates(
  records: unknown[],
  key: string,
  what: string,
  path: (string | number)[],
  issues: Issue[],
  /** Whether the value sits in a field `key` of each record, or is the list entry itself. */
  inField = true,
): void {
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    if (!isRecord(record) || typeof record[key] !== 'string') return;
    const value = record[key].trim();
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else
      issues.push({
        path: formatPath(inField ? [...path, index, key] : [...path, index]),
        message: `duplicate ${what} "${value}" (also ${formatPath([path.at(-1) ?? '', first])})`,
      });
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
