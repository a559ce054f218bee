import { validateCaseFile } from '@kassabon/engine';
import { describe, expect, it } from 'vitest';
import { createFormatters } from './format.ts';
import { createI18n } from './i18n.ts';
import { translateIssue } from './translate-issue.ts';

const dutch = (message: string) =>
  translateIssue(message, createI18n('nl').t, createFormatters('nl'));
const english = (message: string) =>
  translateIssue(message, createI18n('en').t, createFormatters('en'));

describe('translateIssue', () => {
  // Every template, as the engine, the service or the database words it.
  it.each([
    ['is required', 'Dit is verplicht.'],
    [
      'must be one of before, with, without, followup (got text "zonder"); use "without" for Dutch "zonder"',
      'Kies een van before, with, without, followup (niet tekst "zonder"); gebruik "without" voor "zonder".',
    ],
    ['must be one of open, closed (got 3)', 'Kies een van open, closed (niet 3).'],
    ['must be a finite number', 'Vul een eindig getal in.'],
    ['must be a number (got text "veel")', 'Vul een getal in (niet tekst "veel").'],
    ['must be text (got a list)', 'Vul tekst in (niet een lijst).'],
    ['must not be empty', 'Mag niet leeg zijn.'],
    ['must be at most 50000 characters', 'Hoogstens 50.000 tekens.'],
    ['must be true or false (got text "ja")', 'Moet ja of nee zijn (niet tekst "ja").'],
    [
      'must be between -1e12 and 1e12 euros',
      'Moet tussen -1.000.000.000.000 en 1.000.000.000.000 euro liggen.',
    ],
    ['must be between 1 and 10', 'Moet tussen 1 en 10 liggen.'],
    ['must be between 0 and 10', 'Moet tussen 0 en 10 liggen.'],
    ['must be between 0 and 1', 'Moet tussen 0 en 1 liggen.'],
    ['must be between -0.5 and 1', 'Moet tussen -0,5 en 1 liggen.'],
    [
      'must be a date YYYY-MM-DD (got text "2024-02-30")',
      'Vul een datum in als 2025-03-01 (niet tekst "2024-02-30").',
    ],
    ['must be 0 or more', 'Moet 0 of meer zijn.'],
    ['must be a whole year, e.g. 2025 (got 2025.5)', 'Vul een heel jaartal in, bijvoorbeeld 2025.'],
    ['must be a whole year, e.g. 2025', 'Vul een heel jaartal in, bijvoorbeeld 2025.'],
    ['must be a year between 1900 and 2200', 'Vul een jaartal tussen 1900 en 2200 in.'],
    ['must be a list of participants', 'Moet een lijst van deelnemers zijn.'],
    ['must be a list of cases (got an object)', 'Moet een lijst van casussen zijn.'],
    ['must be at most 1e9', 'Hoogstens 1.000.000.000.'],
    ['must be at most 1000 hours', 'Hoogstens 1.000 uur.'],
    ['must be at most 100 years', 'Hoogstens 100 jaar.'],
    [
      'a priced line (with "item") takes a quantity, not an amount',
      'Een regel uit de prijslijst heeft een aantal, geen bedrag.',
    ],
    ['is required for a priced line', 'Verplicht voor een regel uit de prijslijst.'],
    ['is required for a free line', 'Verplicht voor een vrije regel.'],
    [
      'belongs to a priced line; a free line gives its annual amount',
      'Hoort bij een regel uit de prijslijst; een vrije regel heeft een bedrag per jaar.',
    ],
    [
      'a line needs either "item" and "quantity" (priced) or "label", "amount" and "financier" (free)',
      'Een regel heeft een prijspost en een aantal, of een omschrijving, een bedrag en een financier.',
    ],
    ['must be a whole number of years, 1 or more', 'Vul een heel aantal jaren in, 1 of meer.'],
    [
      'must be 1, the version of this format (got 2)',
      'Moet 1 zijn, de versie van dit formaat (niet 2).',
    ],
    ['is required (1 for this format)', 'Verplicht: 1 voor dit formaat.'],
    [
      'not a case file: expected an object with "version" and "cases" (got a list)',
      'Geen casusbestand: verwacht een object met "version" en "cases" (niet een lijst).',
    ],
    [
      'unknown reference price list "nl-2019" (known: nl-sociaal-domein-2025)',
      'Onbekende referentieprijslijst "nl-2019" (bekend: nl-sociaal-domein-2025).',
    ],
    [
      'a case has at most one "with" scenario (also scenarios[1])',
      'Een casus heeft hooguit één kassabon Met.',
    ],
    ['unknown price-list item "ggz-x"', 'Onbekende prijspost "ggz-x".'],
    [
      'is for a participant who was not interviewed, but "interviewed" is true',
      'Alleen voor een deelnemer die niet is geïnterviewd.',
    ],
    [
      'unknown participant "X1" (the case\'s participants: "R1", "P1")',
      'Onbekende deelnemer "X1" (deelnemers van deze casus: "R1", "P1").',
    ],
    [
      'unknown participant "X1" (the case\'s participants: none)',
      'Onbekende deelnemer "X1": deze casus heeft nog geen deelnemers.',
    ],
    ['"R1" attends twice', '"R1" staat er twee keer bij.'],
    [
      '"R1" gives a mark in interviews[0] too; give it once',
      '"R1" geeft ook een cijfer in interview 1; geef het één keer.',
    ],
    [
      'duplicate item code "mw-uur" (also items[0])',
      'De prijspostcode "mw-uur" komt al eerder voor.',
    ],
    ['duplicate case code "C-01" (also cases[0])', 'De casuscode "C-01" komt al eerder voor.'],
    [
      'duplicate participant code "R1" (also participants[0])',
      'De deelnemerscode "R1" komt al eerder voor.',
    ],
    [
      'duplicate life domain "housing" (also lifeDomains[0])',
      'Het levensgebied "housing" staat er al.',
    ],
    ['is before startedOn (2025-03-01)', 'Ligt vóór de startdatum (1 maart 2025).'],
    ['is required: the version you read', 'Verplicht: de versie die je las.'],
    ['must be an object', 'Moet een object zijn.'],
    ['is not a member of this organisation', 'Dit account hoort niet bij deze organisatie.'],
    [
      'only admins and analysts link a participant to a user account',
      'Alleen beheerders en analisten koppelen een deelnemer aan een account.',
    ],
    ['is not a price list of this organisation', 'Dit is geen prijslijst van deze organisatie.'],
    ['is not a known field', 'Dit veld bestaat niet.'],
    ['a case with code "K-1" exists already', 'Er is al een casus met de code "K-1".'],
  ])('%s', (message, expected) => {
    expect(dutch(message)).toEqual({ text: expected });
  });

  it('speaks English in English, with numbers in English notation', () => {
    expect(english('must be between -0.5 and 1')).toEqual({ text: 'Must be between -0.5 and 1.' });
    expect(english('must be at most 50000 characters')).toEqual({
      text: 'At most 50,000 characters.',
    });
    expect(english('is before startedOn (2025-03-01)')).toEqual({
      text: 'Is before the start date (1 March 2025).',
    });
  });

  it('keeps a message it does not know in English, marked as English', () => {
    expect(dutch('Too big: expected string to have <=5000 characters')).toEqual({
      text: 'Too big: expected string to have <=5000 characters',
      lang: 'en',
    });
    // A known template with a part it cannot put into words falls back whole.
    expect(dutch('must be a list of spreadsheets')).toEqual({
      text: 'must be a list of spreadsheets',
      lang: 'en',
    });
  });

  it('translates every message the engine gives for a case full of mistakes', () => {
    const result = validateCaseFile({
      version: 1,
      cases: [
        {
          code: ' ',
          kind: 'gezin',
          status: 'afgesloten',
          startedOn: '2025-03-01',
          endedOn: '2025-02-01',
          lifeDomains: ['housing', 'housing'],
          participants: [
            { code: 'R1', role: 'resident', interviewed: true, notInterviewedReason: 'declined' },
            { code: 'R1', role: 'inwoner' },
          ],
          meetings: [{ hours: 2000, hourlyRate: -1, attendees: ['R1', 'R1', 'X1'] }],
          interviews: [{ participant: 'R1', rating: 11, quotes: [{ text: '', consent: 'ja' }] }],
          ratings: [{ role: 'resident', score: 8, participant: 'R1' }],
          wellbeing: [{ participant: 'R2', moment: 'before', score: -1 }],
          scenarios: [
            { kind: 'with', lines: [{ item: 'onbekend', quantity: 1 }] },
            { kind: 'with', date: '2024-02-30', lines: [{ label: 'x', amount: 'veel' }] },
          ],
          assumptions: { horizonYears: 0, dropOff: 2, discountRate: 3 },
        },
      ],
    });
    if (result.ok) throw new Error('expected problems');
    expect(result.issues.length).toBeGreaterThan(15);
    const untranslated = result.issues.filter((issue) => dutch(issue.message).lang === 'en');
    expect(untranslated).toEqual([]);
  });
});
