import { type Database, importCaseFile, listOrganisations } from '@kassabon/db';
import { type CaseFile, validateCaseFile } from '@kassabon/engine';
import { createOrganisation, createUser } from './admin-service.ts';

export const DEMO_ORGANISATION = 'Demo';
export const DEMO_ADMIN_EMAIL = 'admin@kassabon.local';

/**
 * On an empty database: a demo organisation holding the example cases, and a first admin
 * with a one-time setup token (no default password exists). Returns null when the database
 * already has an organisation.
 */
export async function seedDemoOnFirstStart(
  database: Database,
  exampleCaseFile: unknown,
  adminEmail = DEMO_ADMIN_EMAIL,
): Promise<{ organisation: string; adminEmail: string; setupToken: string } | null> {
  if ((await listOrganisations(database.db)).length > 0) return null;
  const validated = validateCaseFile(exampleCaseFile);
  if (!validated.ok) throw new Error('the example case file is not valid');
  const organisation = await createOrganisation(database, DEMO_ORGANISATION);
  await importCaseFile(database.db, {
    organisationId: organisation.id,
    caseFile: validated.file as CaseFile,
    mode: 'create',
    actor: 'system:demo',
  });
  const { setupToken } = await createUser(database, {
    organisation: DEMO_ORGANISATION,
    email: adminEmail,
    role: 'admin',
  });
  if (!setupToken) throw new Error('the demo admin exists already');
  return { organisation: DEMO_ORGANISATION, adminEmail, setupToken };
}
