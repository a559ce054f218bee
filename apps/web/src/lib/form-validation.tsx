import type { TFunction } from 'i18next';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from './api-client.ts';

type Issue = z.core.$ZodIssue;

/**
 * One issue of an engine or contract schema in the user's language. The schemas' own messages
 * are English (the API's and the CLI's); a form says the same in Dutch or English from the
 * issue's code and limits, and from what the user typed (`input`).
 */
export function describeIssue(issue: Issue, input: unknown, t: TFunction): string {
  const empty = input === undefined || input === null || input === '';
  if (empty && (issue.code === 'invalid_type' || issue.code === 'invalid_value'))
    return t('validation.required');
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? t('validation.wholeNumber') : t('validation.number');
    case 'too_small':
      if (issue.origin === 'string') return t('validation.required');
      return issue.inclusive === false
        ? t('validation.moreThan', { min: String(issue.minimum) })
        : t('validation.atLeast', { min: String(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('validation.tooLong', { max: String(issue.maximum) });
      return issue.inclusive === false
        ? t('validation.lessThan', { max: String(issue.maximum) })
        : t('validation.atMost', { max: String(issue.maximum) });
    case 'invalid_value':
      return t('validation.choose');
    default:
      return issue.message;
  }
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path)
    current =
      current !== null && typeof current === 'object'
        ? (current as Record<PropertyKey, unknown>)[key]
        : undefined;
  return current;
}

/**
 * A form checked with the schema the API checks it with, as the user types: a field's error
 * shows once the field has been changed (or the form submitted), in the user's language. The
 * API's own field errors (422) show beside the field until it is changed again; they are in
 * English, and marked so. Each field's input carries `idOf(field)`, so that a submit can take
 * the user to the first wrong one.
 */
export function useFormValidation<T>(schema: z.ZodType<T>, candidate: unknown) {
  const { t } = useTranslation();
  const formId = useId();
  const [shown, setShown] = useState<ReadonlySet<string> | 'all'>(new Set());
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const result = schema.safeParse(candidate);
  const errors: Record<string, string> = {};
  if (!result.success)
    for (const issue of result.error.issues)
      errors[issue.path.join('.')] ??= describeIssue(issue, valueAt(candidate, issue.path), t);

  // Ids of this form alone: a page may show two forms with the same fields.
  const idOf = (field: string) => `${formId}-${field}`;
  const focus = (field: string) => document.getElementById(idOf(field))?.focus();

  return {
    idOf,
    focus,
    error(field: string): ReactNode {
      const own = shown === 'all' || shown.has(field) ? errors[field] : undefined;
      if (own !== undefined) return own;
      const server = serverErrors[field];
      return server === undefined ? undefined : <span lang="en">{server}</span>;
    },
    /** The user changed this field: check it from now on. */
    touch(field: string) {
      setShown((before) => (before === 'all' ? before : new Set(before).add(field)));
      setServerErrors(({ [field]: _, ...rest }) => rest);
    },
    /**
     * On submit: shows every error and, while any field is wrong, puts the focus on the first
     * and answers undefined; else answers the valid value, to send.
     */
    check(): T | undefined {
      setShown('all');
      if (result.success) return result.data;
      const first = Object.keys(errors)[0];
      if (first !== undefined) focus(first);
      return undefined;
    },
    /** A request failed: the API's field errors (422) show beside their fields. */
    showServerErrors(failure: unknown) {
      if (isApiError(failure, 422)) setServerErrors(failure.fieldErrors);
    },
  };
}

/** What useFormValidation gives a form, for the parts of a form that take it along. */
export type FormValidation<T = unknown> = ReturnType<typeof useFormValidation<T>>;
