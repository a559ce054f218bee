import { analyseCaseFile, type FileAnalysis, formatIssue, type Language } from '@kassabon/engine';
import { EXIT, type Output } from '../output.ts';
import { readCaseFile } from '../read-case-file.ts';
import { renderFileAnalysis } from '../render-analysis.ts';

export type AnalyseOptions = { json: boolean; strict: boolean; language: Language };

/**
 * `kassabon analyse FILE...`: each file analysed on its own. With --json one file gives the
 * analysis object of PRODUCT.md section 6, several give a list of them, each with `file`.
 */
export async function analyse(
  files: string[],
  options: AnalyseOptions,
  output: Output,
): Promise<number> {
  let exitCode: number = EXIT.ok;
  const results: (FileAnalysis & { file: string })[] = [];
  for (const path of files) {
    const read = await readCaseFile(path);
    if (read.kind === 'unreadable') {
      output.err(`${path}: cannot read: ${read.reason}\n`);
      exitCode = Math.max(exitCode, EXIT.usage);
      continue;
    }
    if (read.kind === 'invalid') {
      for (const issue of read.issues) output.err(`${path}: ${formatIssue(issue)}\n`);
      exitCode = Math.max(exitCode, EXIT.invalid);
      continue;
    }
    const analysis = analyseCaseFile(read.file);
    if (options.strict && analysis.cases.some((caseAnalysis) => caseAnalysis.warnings.length > 0)) {
      for (const caseAnalysis of analysis.cases)
        for (const warning of caseAnalysis.warnings)
          output.err(`${path}: ${caseAnalysis.code}: warning: ${warning.message}\n`);
      exitCode = Math.max(exitCode, EXIT.invalid);
    }
    if (options.json) results.push({ file: path, ...analysis });
    else output.out(renderFileAnalysis(read.file, analysis, options.language));
  }
  if (options.json && results.length > 0) {
    const [only] = results;
    const payload =
      files.length === 1 && only ? { cases: only.cases, portfolio: only.portfolio } : results;
    output.out(`${JSON.stringify(payload, null, 2)}\n`);
  }
  return exitCode;
}
