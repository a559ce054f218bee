/**
 * A plain-text table: the first column left-aligned, the others right-aligned (amounts),
 * a rule under the header and above the footer. Widths count characters, which is right
 * for the Latin text and euro amounts shown here.
 */
export function renderTable(header: string[], body: string[][], footer: string[][] = []): string {
  const rows = [header, ...body, ...footer].filter((row) => row.length > 0);
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) =>
    Math.max(0, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const format = (row: string[]) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const lines: string[] = [];
  if (header.length > 0) lines.push(format(header), rule);
  for (const row of body) lines.push(format(row));
  if (footer.length > 0) {
    lines.push(rule);
    for (const row of footer) lines.push(format(row));
  }
  return lines.map((line) => `  ${line}`).join('\n');
}
