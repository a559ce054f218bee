import { expect, type Page, test } from '@playwright/test';
import { CASE_ANALYST, PROFESSIONAL, VIEWER } from './accounts.ts';
import { expectAccessible, signIn } from './helpers.ts';

// One journey in steps: the first makes the case the others read, filter and change.
test.describe.configure({ mode: 'serial' });

/** The rows of the case table, header row left out. */
const caseRows = (page: Page) =>
  page
    .getByRole('table', { name: 'Gevonden casussen' })
    .getByRole('row')
    .filter({
      has: page.getByRole('rowheader'),
    });

async function csrfToken(page: Page): Promise<string> {
  return (await (await page.request.get('/api/v1/session')).json()).csrfToken;
}

test('an analyst creates a case, fills it in, saves it and finds it kept', async ({ page }) => {
  await page.goto('/cases');
  await signIn(page, CASE_ANALYST);
  await expect(page.getByRole('heading', { level: 1, name: 'Casussen' })).toBeVisible();
  await expect(page.getByText('Er zijn nog geen casussen.')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Nieuwe casus' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe casus' })).toBeVisible();
  await page.getByRole('button', { name: 'Casus aanmaken' }).click();
  await expect(page.getByText('Mag niet leeg zijn.')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('textbox', { name: 'Code', exact: true }).fill('W-01');
  await page.getByLabel('Titel', { exact: true }).fill('Gezin met schulden');
  await page.getByLabel('Soort casus', { exact: true }).selectOption({ label: 'Huishouden' });
  await page.getByRole('button', { name: 'Casus aanmaken' }).click();

  // The story and the plan.
  await expect(page.getByRole('heading', { level: 1, name: 'Casus W-01' })).toBeVisible();
  await expect(page).toHaveURL(/\/cases\/W-01$/);
  await page.getByRole('combobox', { name: 'Team of wijk' }).fill('Noord');
  await page.getByLabel('Startdatum', { exact: true }).fill('2025-02-01');
  await page.getByRole('checkbox', { name: 'Financiën' }).check();
  await page
    .getByLabel('Inzet van de werkwijze', { exact: true })
    .selectOption({ label: 'Doorbraak in een impasse' });
  // A story field grows with its text, up to sixteen lines, then scrolls.
  const situation = page.getByLabel('Situatieschets', { exact: true });
  const height = async () => (await situation.boundingBox())?.height ?? 0;
  const empty = await height();
  await situation.fill(Array.from({ length: 8 }, (_, line) => `Regel ${line + 1}`).join('\n'));
  const eightLines = await height();
  expect(eightLines).toBeGreaterThan(empty * 1.5);
  await situation.fill(Array.from({ length: 40 }, (_, line) => `Regel ${line + 1}`).join('\n'));
  const fortyLines = await height();
  expect(fortyLines).toBeGreaterThan(eightLines * 1.5);
  expect(fortyLines).toBeLessThan(eightLines * 2.5);
  await situation.fill('Huurachterstand, geen werk, veel instanties.');
  await page
    .getByLabel('Wat is er gedaan', { exact: true })
    .fill('Eén plan met alle partners in een MDO.');
  await page
    .getByLabel('Wat heeft het opgeleverd', { exact: true })
    .fill('Schulden geregeld, werk gevonden.');
  await page.getByLabel('Ik wil', { exact: true }).fill('Weer werken.');
  await expect(
    page.getByRole('status').filter({ hasText: 'Niet-opgeslagen wijzigingen' }),
  ).toBeVisible();
  await expectAccessible(page);

  // A participant linked to the professional's account, and an interview with a quote.
  await page.getByRole('tab', { name: 'Deelnemers en interviews' }).click();
  await page.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
  const resident = page.getByRole('group', { name: 'Deelnemer R1' });
  await resident.getByLabel('Geïnterviewd', { exact: true }).selectOption({ label: 'Ja' });
  await page.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
  const professional = page.getByRole('group', { name: 'Deelnemer P1' });
  await professional.getByLabel('Organisatie', { exact: true }).fill('GGZ');
  await professional
    .getByLabel('Gekoppeld account', { exact: true })
    .selectOption({ label: 'p@x.nl (professional)' });
  await page.getByRole('button', { name: 'Interview toevoegen' }).click();
  const interview = page.getByRole('group', { name: 'Interview 1 (R1)' });
  const rating = interview.getByLabel('Rapportcijfer voor de aanpak (1–10)', { exact: true });
  await rating.fill('11');
  await expect(interview.getByText('Moet tussen 1 en 10 liggen.')).toBeVisible();
  await expect(rating).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await rating.fill('8');
  await expect(rating).not.toHaveAttribute('aria-invalid');
  await interview.getByRole('button', { name: 'Citaat toevoegen' }).click();
  await interview
    .getByRole('textbox', { name: 'Citaat 1', exact: true })
    .fill('Eindelijk één plan voor alles.');
  await interview.getByLabel('Toestemming om citaat 1 te gebruiken', { exact: true }).check();
  await expectAccessible(page);

  // An MDO, and its cost as an investment on the "with" receipt.
  await page.getByRole('tab', { name: "MDO's" }).click();
  await page.getByRole('button', { name: 'MDO toevoegen' }).click();
  const meeting = page.getByRole('group', { name: 'MDO 1' });
  await meeting.getByLabel('Datum', { exact: true }).fill('2025-03-04');
  await meeting.getByRole('textbox', { name: 'Uren', exact: true }).fill('2');
  await meeting.getByLabel('Uurtarief per aanwezige', { exact: true }).fill('75');
  await meeting.getByRole('checkbox', { name: 'R1 (Inwoner)' }).check();
  await meeting.getByRole('checkbox', { name: 'P1 (Professional)' }).check();
  await expect(meeting.getByText('= € 300,00')).toBeVisible();
  await meeting
    .getByRole('button', { name: 'Kosten van MDO 1 als investering op kassabon Met zetten' })
    .click();
  await expect(meeting.getByRole('status')).toContainText(
    'Toegevoegd aan kassabon Met: ‘MDO 2025-03-04’, € 300,00.',
  );
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Opgeslagen als versie 2.')).toBeVisible();

  // Kept: after a reload, and in the API.
  await page.reload();
  await expect(page.getByText(/^Versie 2, laatst opgeslagen/)).toBeVisible();
  await expect(
    page
      .getByRole('group', { name: 'MDO 1' })
      .getByLabel('Uurtarief per aanwezige', { exact: true }),
  ).toHaveValue('€ 75');
  await page.getByRole('tab', { name: 'Deelnemers en interviews' }).click();
  await expect(page.getByLabel('Rapportcijfer voor de aanpak (1–10)', { exact: true })).toHaveValue(
    '8',
  );
  await expect(page.getByRole('textbox', { name: 'Citaat 1', exact: true })).toHaveValue(
    'Eindelijk één plan voor alles.',
  );
  await page.getByRole('tab', { name: 'Verhaal en plan' }).click();
  await expect(page.getByLabel('Situatieschets', { exact: true })).toHaveValue(
    'Huurachterstand, geen werk, veel instanties.',
  );
  const stored = await (await page.request.get('/api/v1/cases/W-01')).json();
  expect(stored.scenarios).toEqual([
    {
      kind: 'with',
      lines: [
        { label: 'MDO 2025-03-04', amount: 300, financier: 'gemeente-overig', investment: true },
      ],
    },
  ]);
  expect(stored.participants[1].userId).toEqual(expect.any(String));

  // The printed report: the consented quote, no accounts.
  await page.getByRole('link', { name: 'Afdrukken' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Casus W-01: Gezin met schulden' }),
  ).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Eindelijk één plan voor alles.');
  await expect(page.getByRole('main')).not.toContainText('p@x.nl');
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expectAccessible(page);
});

test('the list filters, and keeps its filters in the address', async ({ page }) => {
  await page.goto('/cases');
  await signIn(page, CASE_ANALYST);
  await expect(caseRows(page)).toHaveCount(1);
  const created = await page.request.post('/api/v1/cases', {
    headers: { 'x-csrf-token': await csrfToken(page) },
    data: {
      code: 'W-02',
      title: 'Jongere zonder inkomen',
      status: 'closed',
      team: 'Zuid',
      scenarios: [],
    },
  });
  expect(created.status()).toBe(201);
  await page.reload();
  await expect(caseRows(page)).toHaveCount(2);

  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Afgesloten' });
  await expect(page).toHaveURL(/\?status=closed$/);
  await expect(caseRows(page)).toHaveCount(1);
  await expect(caseRows(page).first()).toContainText('W-02');
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('closed');
  await expect(caseRows(page)).toHaveCount(1);
  await page.goBack();
  await expect(caseRows(page)).toHaveCount(2);

  await page.getByLabel('Zoeken', { exact: true }).fill('schulden');
  await expect(page).toHaveURL(/\?q=schulden$/);
  await expect(caseRows(page)).toHaveCount(1);
  await expect(caseRows(page).first()).toContainText('W-01');
  await page.getByLabel('Team of wijk', { exact: true }).selectOption('Zuid');
  await expect(
    page.getByText('Geen casussen gevonden met deze zoekterm of filters.'),
  ).toBeVisible();
  await expectAccessible(page);
});

test('a second browser saves the case first: the first keeps its text and is told so', async ({
  page,
  browser,
}) => {
  await page.goto('/cases/W-01');
  await signIn(page, CASE_ANALYST);
  await expect(page.getByText(/^Versie 2, laatst opgeslagen/)).toBeVisible();

  const other = await browser.newContext();
  const colleague = await other.newPage();
  await colleague.goto('/cases/W-01');
  await signIn(colleague, CASE_ANALYST);
  await colleague
    .getByLabel('Titel', { exact: true })
    .fill('Gezin met schulden en huurachterstand');
  await colleague.getByRole('button', { name: 'Opslaan' }).click();
  await expect(colleague.getByText('Opgeslagen als versie 3.')).toBeVisible();
  await other.close();

  const situation = page.getByLabel('Situatieschets', { exact: true });
  await situation.fill('Mijn eigen aanvulling.');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const conflict = page.getByRole('alert');
  await expect(conflict).toContainText('Iemand anders heeft deze casus intussen opgeslagen');
  await expect(conflict).toContainText('Jij werkte aan versie 2; de casus is nu versie 3.');
  await expect(situation).toHaveValue('Mijn eigen aanvulling.');
  await expectAccessible(page);

  await conflict.getByRole('button', { name: 'Verder bewerken' }).click();
  await expect(
    page.getByText('Opslaan lukt pas na het laden van de nieuwste versie'),
  ).toBeVisible();
  await expect(situation).toHaveValue('Mijn eigen aanvulling.');

  // Leaving with unsaved changes asks first.
  await page.getByRole('navigation').getByRole('link', { name: 'Casussen' }).click();
  const leave = page.getByRole('dialog', { name: 'Pagina verlaten?' });
  // axe measures colours once the dialog has faded in.
  await expect(leave).toHaveCSS('opacity', '1');
  await expectAccessible(page);
  await leave.getByRole('button', { name: 'Blijven' }).click();

  await page.getByRole('button', { name: 'Nieuwste versie laden' }).click();
  const confirm = page.getByRole('dialog', { name: 'Nieuwste versie laden?' });
  await confirm.getByRole('button', { name: 'Laden en mijn wijzigingen weggooien' }).click();
  await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(
    'Gezin met schulden en huurachterstand',
  );
  await expect(page.getByText(/^Versie 3, laatst opgeslagen/)).toBeVisible();

  // The session ends while typing: saving leads to the login page and back, and the typing
  // is offered again.
  await page.getByLabel('Ik kan', { exact: true }).fill('Op tijd komen.');
  await page.context().clearCookies();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page).toHaveURL(/\/login\?next=%2Fcases%2FW-01/);
  await signIn(page, CASE_ANALYST);
  await expect(page.getByText('Niet-opgeslagen wijzigingen gevonden')).toBeVisible();
  await expect(page.getByLabel('Ik kan', { exact: true })).toHaveValue('');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Wijzigingen terugzetten' }).click();
  await expect(page.getByLabel('Ik kan', { exact: true })).toHaveValue('Op tijd komen.');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Opgeslagen als versie 4.')).toBeVisible();
});

test('a professional sees only the case they are linked to', async ({ page }) => {
  await page.goto('/cases');
  await signIn(page, PROFESSIONAL);
  await expect(page.getByRole('heading', { level: 1, name: 'Casussen' })).toBeVisible();
  await expect(caseRows(page)).toHaveCount(1);
  await expect(caseRows(page).first()).toContainText('W-01');
  await expectAccessible(page);

  await caseRows(page).first().getByRole('link', { name: 'W-01' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Casus W-01' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Casus verwijderen' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Deelnemers en interviews' }).click();
  await expect(page.getByLabel('Gekoppeld account', { exact: true })).toHaveCount(0);
  await expectAccessible(page);

  await page.goto('/cases/W-02');
  await expect(page.getByRole('alert')).toContainText('Dit bestaat niet (meer).');
  await expectAccessible(page);
});

test('a viewer has no case menu, and the cases are refused', async ({ page }) => {
  await page.goto('/');
  await signIn(page, VIEWER);
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Casussen' })).toHaveCount(0);
  await expectAccessible(page);

  await page.goto('/cases');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();
  expect((await page.request.get('/api/v1/cases')).status()).toBe(403);
});
