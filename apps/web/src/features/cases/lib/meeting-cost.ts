import type { CaseRead } from '@kassabon/contract';
import type { Euros, Line, Meeting } from '@kassabon/engine';

/** Who pays an MDO's cost unless the user chooses another financier. */
export const DEFAULT_MEETING_FINANCIER = 'gemeente-overig';

/**
 * What an MDO cost: attendees × hours × hourly rate (PRODUCT.md section 3). Undefined until
 * the hours and the rate are known; the draft may hold half-typed values.
 */
export function meetingCost(meeting: Partial<Meeting>): Euros | undefined {
  const { hours, hourlyRate, attendees = [] } = meeting;
  if (typeof hours !== 'number' || typeof hourlyRate !== 'number') return undefined;
  return attendees.length * hours * hourlyRate;
}

/**
 * The MDO as an investment line of the "with" receipt: a free line of its cost, marked as what
 * the approach itself costs, so the analysis counts it as the investment (docs/method.md).
 */
export function meetingLine(meeting: Partial<Meeting>, financier: string): Line | undefined {
  const amount = meetingCost(meeting);
  if (amount === undefined) return undefined;
  return {
    label: meeting.date ? `MDO ${meeting.date}` : 'MDO',
    amount,
    financier,
    investment: true,
  };
}

/** The draft with `line` added to its "with" receipt, which is made where there is none. */
export function withLineOnWithReceipt(draft: CaseRead, line: Line): CaseRead {
  const index = draft.scenarios.findIndex((scenario) => scenario.kind === 'with');
  if (index === -1)
    return { ...draft, scenarios: [...draft.scenarios, { kind: 'with', lines: [line] }] };
  return {
    ...draft,
    scenarios: draft.scenarios.map((scenario, at) =>
      at === index ? { ...scenario, lines: [...scenario.lines, line] } : scenario,
    ),
  };
}
