import { describe, expect, it } from 'vitest';
import { parseCaseFile } from './parse-case-file.ts';

describe('parseCaseFile', () => {
  it('reads JSON', () => {
    expect(parseCaseFile('{"version": 1, "cases": []}', 'a.json')).toEqual({
      ok: true,
      data: { version: 1, cases: [] },
    });
  });

  it('reads YAML by file name and by content', () => {
    const yaml = 'version: 1\ncases:\n  - code: A\n    scenarios: []\n';
    const expected = { ok: true, data: { version: 1, cases: [{ code: 'A', scenarios: [] }] } };
    expect(parseCaseFile(yaml, 'cases.yaml')).toEqual(expected);
    expect(parseCaseFile(yaml, 'cases.yml')).toEqual(expected);
    expect(parseCaseFile(yaml)).toEqual(expected);
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(parseCaseFile('\uFEFF{"version": 1, "cases": []}', 'a.json').ok).toBe(true);
    expect(parseCaseFile('\uFEFFversion: 1\ncases: []\n', 'a.yaml').ok).toBe(true);
  });

  it.each([
    ['', 'the file is empty'],
    ['  \n\t\n', 'the file is empty'],
    ['\uFEFF', 'the file is empty'],
    ['{"a":\u0000}', 'the file holds binary data, not a JSON or YAML case file'],
  ])('refuses %j', (text, message) => {
    expect(parseCaseFile(text, 'x.json')).toEqual({ ok: false, issues: [{ path: '', message }] });
  });

  it('names the line and column of a JSON syntax error', () => {
    const result = parseCaseFile('{\n  "version": 1,\n  "cases": [,]\n}', 'a.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.message).toMatch(/^not valid JSON at line 3, column 13: /);
  });

  it('names the line of a YAML syntax error', () => {
    const result = parseCaseFile('version: 1\ncases: [\n', 'a.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.message).toMatch(/^not valid YAML at line \d+, column \d+: /);
  });

  it('refuses duplicate keys in YAML', () => {
    const result = parseCaseFile('version: 1\nversion: 2\ncases: []\n', 'a.yaml');
    expect(result.ok).toBe(false);
  });
});
