import { formatIssue, type Language } from '@kassabon/engine';
import { messagesFor } from '../messages.ts';
import { EXIT, type Output } from '../output.ts';
import { readCaseFile } from '../read-case-file.ts';

/** `kassabon validate FILE...`: checks each file and names every problem with its path. */
export async function validate(
  files: string[],
  language: Language,
  output: Output,
): Promise<number> {
  let exitCode: number = EXIT.ok;
  for (const path of files) {
    const read = await readCaseFile(path);
    if (read.kind === 'unreadable') {
      output.err(`${path}: cannot read: ${read.reason}\n`);
      exitCode = Math.max(exitCode, EXIT.usage);
    } else if (read.kind === 'invalid') {
      for (const issue of read.issues) output.err(`${path}: ${formatIssue(issue)}\n`);
      exitCode = Math.max(exitCode, EXIT.invalid);
    } else {
      output.out(`${path}: ${messagesFor(language).valid(read.file.cases.length)}\n`);
    }
  }
  return exitCode;
}
