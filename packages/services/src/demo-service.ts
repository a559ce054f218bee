import { type Database, listOrganisations } from '@kassabon/db';
import { createOrganisation, createUser } from './admin-service.ts';
import { importCaseFileData } from './case-file-service.ts';

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
  const organisation = await createOrganisation(database, DEMO_ORGANISATION);
  await importCaseFileData(
    database,
    { organisationId: organisation.id, role: 'admin', userId: null, actor: 'system:demo' },
    exampleCaseFile,
    'create',
  );
  const { setupToken } = await createUser(database, {
    organisation: DEMO_ORGANISATION,
    email: adminEmail,
    role: 'admin',
  });
  if (!setupToken) throw new Error('the demo admin exists already');
  return { organisation: DEMO_ORGANISATION, adminEmail, setupToken };
}
