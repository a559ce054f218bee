import { useTranslateIssue } from '../lib/translate-issue.ts';

/** An issue's message in the user's language; one it cannot translate is marked as English. */
export function IssueText({ message }: { message: string }) {
  const translate = useTranslateIssue();
  const { text, lang } = translate(message);
  return lang ? <span lang={lang}>{text}</span> : text;
}
