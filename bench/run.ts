import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { analyseCaseFile, type CaseFile, validateCaseFile } from '@kassabon/engine';
import { checkOtherLoad } from '../scripts/other-load.ts';
import { DEFAULT_GENERATE_OPTIONS, generateCaseFile, referenceItems } from './generate-cases.ts';

/**
 * `npm run bench`: how fast the engine analyses a large case file, against a floor that
 * only adds up the same line amounts (PRODUCT.md section 5: within 5x of that floor).
 * Validation is timed once and apart: it is not part of the ratio.
 */

const TARGET_RATIO = 5;
const WARM_UP_RUNS = 3;
const MEASURED_RUNS = 15;

/** unitPrice by item code, built once before timing, as any real loop would. */
function createUnitPrices(): Map<string, number> {
  return new Map(referenceItems().map((item) => [item.code, item.unitPrice]));
}

/**
 * The floor: a plain loop over the same file that only sums each line's amount, the
 * unitPrice × quantity × probability of a priced line or the amount × probability of a free
 * one (the engine weighs both by probability).
 */
function sumLineAmounts(file: CaseFile, unitPrices: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const caseRecord of file.cases)
    for (const scenario of caseRecord.scenarios)
      for (const line of scenario.lines) {
        const base =
          line.item === undefined
            ? (line.amount ?? 0)
            : (unitPrices.get(line.item) ?? 0) * (line.quantity ?? 0);
        sum += base * (line.probability ?? 1);
      }
  return sum;
}

function time(run: () => number): { ms: number; result: number } {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const format = (value: number, digits = 0) =>
  value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function main(): Promise<void> {
  const options = DEFAULT_GENERATE_OPTIONS;
  const lines = options.cases * options.linesPerScenario * 3;
  console.log('Kassabon engine benchmark');
  console.log(`node ${process.version}, ${process.platform}/${process.arch}, ${cpus()[0]?.model}`);
  console.log(`date ${new Date().toISOString()}`);
  console.log(await checkOtherLoad());

  const generationStart = performance.now();
  const raw = generateCaseFile(options);
  const generationMs = performance.now() - generationStart;
  console.log(
    `generated ${format(options.cases)} cases × ${options.linesPerScenario * 3} lines ` +
      `(${format(lines)} lines, seed ${options.seed}) in ${format(generationMs)} ms`,
  );

  const validationStart = performance.now();
  const validation = validateCaseFile(raw);
  const validationMs = performance.now() - validationStart;
  if (!validation.ok) {
    console.error('the generated file is not valid:', validation.issues.slice(0, 5));
    process.exitCode = 1;
    return;
  }
  const file = validation.file;
  console.log(
    `validation (once, not in the ratio): ${format(validationMs)} ms = ` +
      `${format((options.cases / validationMs) * 1000)} cases/s`,
  );

  const unitPrices = createUnitPrices();
  const floor = () => sumLineAmounts(file, unitPrices);
  const engine = () => analyseCaseFile(file).portfolio.totalSavingsVsWithout;

  // Both must add up the same money, or the comparison means nothing.
  const floorSum = floor();
  let engineSum = 0;
  for (const caseAnalysis of analyseCaseFile(file).cases)
    for (const kind of ['before', 'with', 'without'] as const)
      engineSum += (caseAnalysis.totals[kind] ?? 0) + (caseAnalysis.oneOff[kind] ?? 0);
  const agree = Math.abs(floorSum - engineSum) <= 1e-9 * Math.abs(floorSum);
  console.log(
    `check: floor sum ${format(floorSum, 2)}, engine totals + one-off ${format(engineSum, 2)}: ` +
      (agree ? 'equal' : 'DIFFERENT'),
  );

  for (let i = 0; i < WARM_UP_RUNS; i++) {
    floor();
    engine();
  }
  const floorMs: number[] = [];
  const engineMs: number[] = [];
  let sink = 0;
  for (let i = 0; i < MEASURED_RUNS; i++) {
    const a = time(floor);
    const b = time(engine);
    floorMs.push(a.ms);
    engineMs.push(b.ms);
    sink += a.result + b.result;
  }
  if (Number.isNaN(sink)) console.log('(the sink is NaN)');

  const report = (name: string, runs: readonly number[]) => {
    const ms = median(runs);
    const spread = `min ${format(Math.min(...runs), 2)}, max ${format(Math.max(...runs), 2)}`;
    const perSecond = `${format((options.cases / ms) * 1000)} cases/s`;
    console.log(
      `${name} median ${format(ms, 2)} ms of ${runs.length} runs (${spread}) = ${perSecond}`,
    );
    return ms;
  };
  const floorMedian = report('floor  (plain loop summing the same amounts):', floorMs);
  const engineMedian = report('engine (analyseCaseFile):                    ', engineMs);
  const ratio = engineMedian / floorMedian;
  console.log(`ratio engine/floor: ${format(ratio, 1)}x`);
  console.log(
    `target: within ${TARGET_RATIO}x of the floor: ${ratio <= TARGET_RATIO ? 'PASS' : 'MISS'}`,
  );
}

await main();
