import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Formatters } from './format.ts';
import { useFormat } from './format.ts';
import type nl from './locales/nl.json';

/**
 * The engine and the API say what is wrong with a field in English (`must be between 1 and
 * 10`). This puts each message template they use in the user's language: the templates of
 * packages/engine/src/case-file-schema.ts and validate-case-file.ts, and those of
 * packages/services/src/case-service.ts. A message it does not know stays English, marked so
 * (`lang: 'en'`), rather than being lost: the server's words are still the exact cause.
 */

type MessageKey = keyof (typeof nl)['issues']['messages'];
type ListKey = keyof (typeof nl)['issues']['lists'];

/** A message in the user's language, or the English original marked as English. */
export type IssueText = { text: string; lang?: 'en' };

type Context = { t: TFunction; format: Formatters };
type Values = Record<string, string | number>;
/** Undefined where a part of the message cannot be translated: the whole falls back. */
type Read = (match: RegExpExecArray, context: Context) => Values | undefined;

type Template = { pattern: RegExp; key: MessageKey; read?: Read };

/** What `describeValue` (case-file-schema.ts) writes for a value that was received. */
function received(described: string, { t }: Context): string {
  const text = /^text "(.*)"$/s.exec(described);
  if (text) return t('issues.values.text', { text: text[1] });
  if (described === 'nothing') return t('issues.values.nothing');
  if (described === 'a list') return t('issues.values.list');
  if (described === 'an object') return t('issues.values.object');
  return described; // a number, true, false or null reads the same in both languages
}

const LISTS: Record<string, ListKey> = {
  'price items': 'priceItems',
  lines: 'lines',
  scenarios: 'scenarios',
  ratings: 'ratings',
  'wellbeing scores': 'wellbeing',
  participants: 'participants',
  meetings: 'meetings',
  interviews: 'interviews',
  quotes: 'quotes',
  'improvement points': 'improvementPoints',
  barriers: 'barriers',
  effects: 'effects',
  'life domains': 'lifeDomains',
  'participant codes': 'participantCodes',
  cases: 'cases',
};

const SCENARIO_KINDS = new Set(['before', 'with', 'without', 'followup']);

const number = (text: string | undefined, { format }: Context) => format.number(Number(text));

/** Each template once, most specific first where two could match the same message. */
const TEMPLATES: Template[] = [
  // case-file-schema.ts
  { pattern: /^is required$/, key: 'required' },
  {
    pattern: /^must be one of (.+) \(got (.+)\); use "(.+)" for Dutch "(.+)"$/,
    key: 'oneOfHint',
    read: ([, values, got, english, dutch], context) => ({
      values: values ?? '',
      got: received(got ?? '', context),
      english: english ?? '',
      dutch: dutch ?? '',
    }),
  },
  {
    pattern: /^must be one of (.+) \(got (.+)\)$/,
    key: 'oneOf',
    read: ([, values, got], context) => ({
      values: values ?? '',
      got: received(got ?? '', context),
    }),
  },
  { pattern: /^must be a finite number$/, key: 'finiteNumber' },
  {
    pattern: /^must be a number \(got (.+)\)$/,
    key: 'number',
    read: ([, got], context) => ({ got: received(got ?? '', context) }),
  },
  {
    pattern: /^must be text \(got (.+)\)$/,
    key: 'text',
    read: ([, got], context) => ({ got: received(got ?? '', context) }),
  },
  { pattern: /^must not be empty$/, key: 'notEmpty' },
  {
    pattern: /^must be at most (\d+) characters$/,
    key: 'maxCharacters',
    read: ([, max], context) => ({ max: number(max, context) }),
  },
  {
    pattern: /^must be true or false \(got (.+)\)$/,
    key: 'boolean',
    read: ([, got], context) => ({ got: received(got ?? '', context) }),
  },
  {
    pattern: /^must be between -1e12 and 1e12 euros$/,
    key: 'money',
    read: (_match, context) => ({ limit: context.format.number(1e12) }),
  },
  {
    pattern: /^must be between (-?\d+(?:\.\d+)?) and (-?\d+(?:\.\d+)?)$/,
    key: 'between',
    read: ([, min, max], context) => ({ min: number(min, context), max: number(max, context) }),
  },
  {
    pattern: /^must be a date YYYY-MM-DD \(got (.+)\)$/,
    key: 'date',
    read: ([, got], context) => ({ got: received(got ?? '', context) }),
  },
  { pattern: /^must be 0 or more$/, key: 'nonNegative' },
  { pattern: /^must be a whole year, e\.g\. 2025(?: \(got .+\))?$/, key: 'wholeYear' },
  { pattern: /^must be a year between 1900 and 2200$/, key: 'yearRange' },
  {
    pattern: /^must be a list of (.+?)(?: \(got .+\))?$/,
    key: 'list',
    read: ([, what], { t }) => {
      const list = LISTS[what ?? ''];
      return list && { what: t(`issues.lists.${list}`) };
    },
  },
  {
    pattern: /^must be at most (\d+) hours$/,
    key: 'atMostHours',
    read: ([, max], context) => ({ max: number(max, context) }),
  },
  {
    pattern: /^must be at most (\d+) years$/,
    key: 'atMostYears',
    read: ([, max], context) => ({ max: number(max, context) }),
  },
  {
    pattern: /^must be at most (\d+(?:e\d+)?)$/,
    key: 'atMost',
    read: ([, max], context) => ({ max: number(max, context) }),
  },
  {
    pattern: /^a priced line \(with "item"\) takes a quantity, not an amount$/,
    key: 'pricedLineAmount',
  },
  { pattern: /^is required for a priced line$/, key: 'requiredForPricedLine' },
  { pattern: /^is required for a free line$/, key: 'requiredForFreeLine' },
  {
    pattern: /^belongs to a priced line; a free line gives its annual amount$/,
    key: 'quantityOnFreeLine',
  },
  {
    pattern:
      /^a line needs either "item" and "quantity" \(priced\) or "label", "amount" and "financier" \(free\)$/,
    key: 'lineKind',
  },
  { pattern: /^must be a whole number of years, 1 or more$/, key: 'wholeYears' },
  {
    pattern: /^must be 1, the version of this format \(got (.+)\)$/,
    key: 'fileVersion',
    read: ([, got], context) => ({ got: received(got ?? '', context) }),
  },
  { pattern: /^is required \(1 for this format\)$/, key: 'fileVersionRequired' },
  // validate-case-file.ts
  {
    pattern: /^not a case file: expected an object with "version" and "cases" \(got (.+)\)$/,
    key: 'notCaseFile',
    read: ([, got], context) => ({ got: received(got ?? '', context) }),
  },
  {
    pattern: /^unknown reference price list "(.+)" \(known: (.*)\)$/,
    key: 'unknownReferenceList',
    read: ([, code, known]) => ({ code: code ?? '', known: known ?? '' }),
  },
  {
    pattern: /^a case has at most one "(.+)" scenario \(also scenarios\[\d+\]\)$/,
    key: 'oneScenarioOfKind',
    read: ([, kind], { t }) =>
      kind && SCENARIO_KINDS.has(kind)
        ? { kind: t(`vocabulary.scenarioKinds.${kind as 'before'}`) }
        : undefined,
  },
  {
    pattern: /^unknown price-list item "(.+)"$/,
    key: 'unknownItem',
    read: ([, code]) => ({ code: code ?? '' }),
  },
  {
    pattern: /^is for a participant who was not interviewed, but "interviewed" is true$/,
    key: 'reasonButInterviewed',
  },
  {
    pattern: /^unknown participant "(.+)" \(the case's participants: none\)$/,
    key: 'unknownParticipantNone',
    read: ([, code]) => ({ code: code ?? '' }),
  },
  {
    pattern: /^unknown participant "(.+)" \(the case's participants: (.+)\)$/,
    key: 'unknownParticipant',
    read: ([, code, known]) => ({ code: code ?? '', known: known ?? '' }),
  },
  {
    pattern: /^"(.+)" attends twice$/,
    key: 'attendsTwice',
    read: ([, code]) => ({ code: code ?? '' }),
  },
  {
    pattern: /^"(.+)" gives a mark in interviews\[(\d+)\] too; give it once$/,
    key: 'markTwice',
    read: ([, code, interview]) => ({ code: code ?? '', interview: Number(interview) + 1 }),
  },
  {
    pattern: /^duplicate item code "(.+)" \(also .+\)$/,
    key: 'duplicateItemCode',
    read: ([, value]) => ({ value: value ?? '' }),
  },
  {
    pattern: /^duplicate case code "(.+)" \(also .+\)$/,
    key: 'duplicateCaseCode',
    read: ([, value]) => ({ value: value ?? '' }),
  },
  {
    pattern: /^duplicate participant code "(.+)" \(also .+\)$/,
    key: 'duplicateParticipantCode',
    read: ([, value]) => ({ value: value ?? '' }),
  },
  {
    pattern: /^duplicate life domain "(.+)" \(also .+\)$/,
    key: 'duplicateLifeDomain',
    read: ([, value]) => ({ value: value ?? '' }),
  },
  {
    pattern: /^is before startedOn \((\d{4}-\d{2}-\d{2})\)$/,
    key: 'endBeforeStart',
    read: ([, date], { format }) => ({ date: format.date(date ?? '') }),
  },
  // case-service.ts (and the database's refusal of a code that is taken)
  { pattern: /^is required: the version you read$/, key: 'versionRequired' },
  { pattern: /^must be an object$/, key: 'object' },
  { pattern: /^is not a member of this organisation$/, key: 'notMember' },
  {
    pattern: /^only admins and analysts link a participant to a user account$/,
    key: 'linkNotAllowed',
  },
  { pattern: /^is not a price list of this organisation$/, key: 'notOwnPriceList' },
  { pattern: /^is not a known field$/, key: 'unknownField' },
  {
    pattern: /^a case with code "(.+)" exists already$/,
    key: 'codeTaken',
    read: ([, code]) => ({ code: code ?? '' }),
  },
];

/** The message in the user's language, or in English (marked) where no template matches. */
export function translateIssue(message: string, t: TFunction, format: Formatters): IssueText {
  const context = { t, format };
  for (const { pattern, key, read } of TEMPLATES) {
    const match = pattern.exec(message);
    if (!match) continue;
    const values = read ? read(match, context) : {};
    if (!values) break;
    return { text: t(`issues.messages.${key}`, values) };
  }
  return { text: message, lang: 'en' };
}

/** translateIssue in the current UI language. */
export function useTranslateIssue(): (message: string) => IssueText {
  const { t } = useTranslation();
  const format = useFormat();
  return useCallback((message: string) => translateIssue(message, t, format), [t, format]);
}
