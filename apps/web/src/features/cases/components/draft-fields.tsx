import type { CaseParticipant, CaseRead } from '@kassabon/contract';
import { formatPath, type Issue } from '@kassabon/engine';
import {
  Button,
  type ButtonProps,
  Checkbox,
  NativeSelect,
  NumberInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  createContext,
  Fragment,
  type ReactNode,
  useContext,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { useTranslation } from 'react-i18next';
import { IssueText } from '../../../components/issue-text.tsx';
import { numberSeparators } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import type { DraftStore } from '../lib/case-draft.ts';
import { fieldId, isWithin, parsePath, valueAt, withValueAt } from '../lib/draft-path.ts';
import classes from './draft-fields.module.css';

/**
 * The fields of the case workspace. Each is bound to the draft by a path, the same path the
 * engine and the API give a problem (`interviews[0].rating`): so each field reads and writes its
 * own value and shows its own error, and an error summary can take the user to it by its id.
 */

export type DraftContextValue = {
  store: DraftStore;
  setAt: (path: string, value: unknown) => void;
  edit: (recipe: (draft: CaseRead) => CaseRead) => void;
  /** What is wrong now: the live check and what the server refused, in the engine's words. */
  issues: readonly Issue[];
};

const DraftContext = createContext<DraftContextValue | null>(null);

/** `value` changes only when the problems do: a keystroke reaches the fields by the store. */
export function DraftProvider({
  value,
  children,
}: {
  value: DraftContextValue;
  children: ReactNode;
}) {
  return <DraftContext.Provider value={value}>{children}</DraftContext.Provider>;
}

export function useDraft(): DraftContextValue {
  const value = useContext(DraftContext);
  if (!value) throw new Error('a draft field outside a DraftProvider');
  return value;
}

/**
 * The draft's value at `path`, followed: the component re-renders when that value changes,
 * not on every change of the draft.
 */
export function useDraftValue<T = unknown>(path: string): T {
  const { store } = useDraft();
  return useSyncExternalStore(store.subscribe, () => valueAt(store.getState().draft, path) as T);
}

/**
 * What `select` picks from the draft, followed: the component re-renders when its `keyOf`
 * changes, so a list worked out from the draft (a new array each time) re-renders only when
 * what it says changes.
 */
export function useDraftSelector<T>(
  select: (draft: CaseRead) => T,
  keyOf: (value: T) => string,
): T {
  const { store } = useDraft();
  const cache = useRef<{ key: string; value: T } | null>(null);
  return useSyncExternalStore(store.subscribe, () => {
    const value = select(store.getState().draft);
    const key = keyOf(value);
    if (cache.current?.key !== key) cache.current = { key, value };
    return cache.current.value;
  });
}

export type ParticipantRole = Pick<CaseParticipant, 'code' | 'role'>;

/**
 * The participants as the other parts of a case name them (by code, with their role): the
 * choices of an interview, an MDO or a score, unchanged while no code or role changes.
 */
export function useParticipantRoles(): ParticipantRole[] {
  return useDraftSelector(
    (draft) => (draft.participants ?? []).map(({ code, role }) => ({ code, role })),
    (participants) => participants.map(({ code, role }) => `${code}\u0000${role}`).join('\u0001'),
  );
}

/**
 * The problems at `path` (or, `within`, at and below it: a list's entries), each message once,
 * in the user's language; undefined where there are none.
 */
export function useFieldError(path: string, { within = false } = {}): ReactNode {
  const { issues } = useDraft();
  const messages = [
    ...new Set(
      issues
        .filter((issue) => (within ? isWithin(issue.path, path) : issue.path === path))
        .map((issue) => issue.message),
    ),
  ];
  if (messages.length === 0) return undefined;
  return messages.map((message, index) => (
    <Fragment key={message}>
      {index > 0 && ' '}
      <IssueText message={message} />
    </Fragment>
  ));
}

/**
 * Puts focus on the input of `path` once it is on the page, or else on the nearest one above
 * it (`meetings[0].attendees[1]` → the attendees). Used after adding an entry and by the
 * error summary.
 */
export function focusField(path: string): void {
  window.setTimeout(() => {
    const segments = parsePath(path);
    for (let length = segments.length; length > 0; length--) {
      const element = document.getElementById(fieldId(formatPath(segments.slice(0, length))));
      if (element) {
        const target = element.matches('input, textarea, select, button')
          ? element
          : (element.querySelector<HTMLElement>('input, textarea, select, button') ?? element);
        target.focus();
        target.scrollIntoView({ block: 'center' });
        return;
      }
    }
  }, 0);
}

type FieldProps = { path: string; label: string; description?: ReactNode; required?: boolean };

/**
 * What an emptied text field writes: an optional text is left out (it may not be blank), a
 * required one stays empty, so that its error says so and a list keeps its entry.
 */
const emptied = (text: string, required?: boolean) => (text === '' && !required ? undefined : text);

/** One line of text. */
export function DraftTextInput({
  path,
  ...props
}: FieldProps & { type?: 'text' | 'date'; maw?: number }) {
  const { setAt } = useDraft();
  const value = useDraftValue(path);
  return (
    <TextInput
      {...props}
      id={fieldId(path)}
      value={typeof value === 'string' ? value : ''}
      onChange={(event) => setAt(path, emptied(event.currentTarget.value, props.required))}
      error={useFieldError(path)}
    />
  );
}

/**
 * Whether the browser grows a text field with its text (CSS `field-sizing`). Where it does not,
 * Mantine measures the text in script instead: a forced layout per field, which on a case's
 * first render is a good part of its time.
 */
const GROWS_BY_ITSELF =
  typeof CSS !== 'undefined' &&
  typeof CSS.supports === 'function' &&
  CSS.supports('field-sizing', 'content');
const MAX_ROWS = 16;

/** Free text of the story; grows with what is typed. */
export function DraftTextarea({ path, minRows = 3, ...props }: FieldProps & { minRows?: number }) {
  const { setAt } = useDraft();
  const value = useDraftValue(path);
  const growth = GROWS_BY_ITSELF
    ? {
        rows: minRows,
        classNames: { input: classes.grows },
        styles: { input: { '--draft-rows': minRows, '--draft-max-rows': MAX_ROWS } },
      }
    : { autosize: true, minRows, maxRows: MAX_ROWS };
  return (
    <Textarea
      {...props}
      {...growth}
      id={fieldId(path)}
      value={typeof value === 'string' ? value : ''}
      onChange={(event) => setAt(path, emptied(event.currentTarget.value, props.required))}
      error={useFieldError(path)}
    />
  );
}

/**
 * A number in the user's notation (`7,5` in Dutch). What is typed stays as typed while it is
 * not yet a number (`7,`); the draft gets the number, or nothing. Out-of-range values are kept
 * rather than clamped, so that the error next to the field says what is wanted.
 */
export function DraftNumberInput({
  path,
  ...props
}: FieldProps & { min?: number; max?: number; prefix?: string; maw?: number }) {
  const { setAt } = useDraft();
  const language = useLanguage();
  const value = useDraftValue(path);
  const number = typeof value === 'number' ? value : undefined;
  const [raw, setRaw] = useState<string | number>(number ?? '');
  const written = useRef(number);
  useEffect(() => {
    // Changed from elsewhere (a reload, a restored draft): show the draft's value.
    if (number !== written.current) {
      written.current = number;
      setRaw(number ?? '');
    }
  }, [number]);
  return (
    <NumberInput
      {...props}
      id={fieldId(path)}
      value={raw}
      onChange={(next) => {
        setRaw(next);
        const parsed = typeof next === 'number' && Number.isFinite(next) ? next : undefined;
        written.current = parsed;
        setAt(path, parsed);
      }}
      clampBehavior="none"
      decimalSeparator={numberSeparators(language).decimalSeparator}
      allowedDecimalSeparators={['.', ',']}
      hideControls
      error={useFieldError(path)}
    />
  );
}

export type Option = { value: string; label: string };

/** A choice from a short list; `emptyLabel` offers "none" for an optional field. */
export function DraftSelect({
  path,
  options,
  emptyLabel,
  ...props
}: FieldProps & { options: readonly Option[]; emptyLabel?: string; maw?: number }) {
  const { setAt } = useDraft();
  const value = useDraftValue(path);
  const current = typeof value === 'string' ? value : '';
  // A value the list does not offer (a participant removed since) is shown, not hidden.
  const data = [
    ...(emptyLabel !== undefined ? [{ value: '', label: emptyLabel }] : []),
    ...(current !== '' && !options.some((option) => option.value === current)
      ? [{ value: current, label: current }]
      : []),
    ...options,
  ];
  return (
    <NativeSelect
      {...props}
      id={fieldId(path)}
      data={data}
      value={current}
      onChange={(event) => setAt(path, event.currentTarget.value || undefined)}
      error={useFieldError(path)}
    />
  );
}

/** Yes, no, or not known (left out): `interviewed`, `achieved`. */
export function DraftYesNo({ path, ...props }: FieldProps & { maw?: number }) {
  const { t } = useTranslation();
  const { setAt } = useDraft();
  const value = useDraftValue(path);
  return (
    <NativeSelect
      {...props}
      id={fieldId(path)}
      data={[
        { value: '', label: t('cases.fields.unknown') },
        { value: 'yes', label: t('cases.fields.yes') },
        { value: 'no', label: t('cases.fields.no') },
      ]}
      value={value === true ? 'yes' : value === false ? 'no' : ''}
      onChange={(event) => {
        const chosen = event.currentTarget.value;
        setAt(path, chosen === '' ? undefined : chosen === 'yes');
      }}
      error={useFieldError(path)}
    />
  );
}

/** A flag that is either set or not (a quote's consent). */
export function DraftCheckbox({ path, ...props }: FieldProps) {
  const { setAt } = useDraft();
  const checked = useDraftValue(path) === true;
  return (
    <Checkbox
      {...props}
      id={fieldId(path)}
      checked={checked}
      onChange={(event) => setAt(path, event.currentTarget.checked)}
      error={useFieldError(path)}
    />
  );
}

/** The entries of the list at `list` in the draft; an absent list has none. */
function entriesAt<T = unknown>(draft: CaseRead, list: string): T[] {
  return (valueAt(draft, list) as T[] | undefined) ?? [];
}

/**
 * Appends what `entry` makes of the list at `list` (`barriers`, `interviews[0].quotes`), as the
 * draft has it when clicked, then puts the focus on the new entry's `focus` field (or on the entry
 * itself, for a list of texts). Without an `entry` nothing can be added yet: the button is
 * disabled. It carries the list's id, so removing an entry and the error summary land here.
 */
export function AddEntryButton<T>({
  list,
  entry,
  focus,
  children,
  ...button
}: {
  list: string;
  entry: ((entries: T[]) => T) | undefined;
  focus?: string;
  children: ReactNode;
  'aria-describedby'?: string;
} & Pick<ButtonProps, 'size'>) {
  const { store, setAt } = useDraft();
  return (
    <Button
      variant="default"
      id={fieldId(list)}
      disabled={entry === undefined}
      {...button}
      onClick={() => {
        if (!entry) return;
        const entries = entriesAt<T>(store.getState().draft, list);
        setAt(list, [...entries, entry(entries)]);
        const added = `${list}[${entries.length}]`;
        focusField(focus === undefined ? added : `${added}.${focus}`);
      }}
    >
      {children}
    </Button>
  );
}

/**
 * Removes entry `index` of the list at `list` (`barriers`, `interviews[0].quotes`) from the
 * draft as it is when clicked, then puts the focus on the list.
 */
export function RemoveEntryButton({
  list,
  index,
  children,
  ...button
}: { list: string; index: number; children: ReactNode } & Pick<ButtonProps, 'size' | 'mb'>) {
  const { edit } = useDraft();
  return (
    <Button
      variant="subtle"
      color="red"
      {...button}
      onClick={() => {
        edit((current) =>
          withValueAt(
            current,
            list,
            entriesAt(current, list).filter((_, position) => position !== index),
          ),
        );
        focusField(list);
      }}
    >
      {children}
    </Button>
  );
}
