import { setPasswordHash } from '@kassabon/db';
import {
  createApiToken,
  createOrganisation,
  createUser,
  hashPassword,
  passwordProblem,
  ROLES,
  type Role,
} from '@kassabon/services';
import { type DatabaseOptions, openDatabase } from '../open-database.ts';
import { EXIT, type Output, UsageError } from '../output.ts';

export type AdminOptions = DatabaseOptions & {
  name?: string | undefined;
  org?: string | undefined;
  email?: string | undefined;
  role?: string | undefined;
  passwordStdin?: boolean;
  baseUrl: string;
};

/** `kassabon admin create-org | create-user | create-token`: the operator's tools. */
export async function admin(
  action: string | undefined,
  options: AdminOptions,
  output: Output,
  readStdin: () => Promise<string>,
): Promise<number> {
  if (action === 'create-org') {
    const name = required(options.name, '--name');
    const database = await openDatabase(options);
    try {
      const organisation = await createOrganisation(database, name);
      output.out(`created organisation "${organisation.name}" (${organisation.id})\n`);
    } finally {
      await database.close();
    }
    return EXIT.ok;
  }
  if (action === 'create-user') {
    const organisation = required(options.org, '--org');
    const email = required(options.email, '--email');
    const role = parseRole(options.role);
    const password = options.passwordStdin ? (await readStdin()).replace(/\r?\n$/, '') : null;
    if (password !== null) {
      const problem = passwordProblem(password);
      if (problem) throw new UsageError(`the password ${problem}`);
    }
    const database = await openDatabase(options);
    try {
      const { userId, setupToken } = await createUser(database, { organisation, email, role });
      if (password !== null)
        await setPasswordHash(database.db, userId, await hashPassword(password));
      output.out(`added ${email} to "${organisation}" as ${role}\n`);
      if (setupToken && password === null)
        output.out(
          `one-time setup link (valid 72 hours; shown only now):\n  ${options.baseUrl}/setup#${setupToken}\n`,
        );
    } finally {
      await database.close();
    }
    return EXIT.ok;
  }
  if (action === 'create-token') {
    const organisation = required(options.org, '--org');
    const role = parseRole(options.role);
    const name = required(options.name, '--name');
    const database = await openDatabase(options);
    try {
      const { token } = await createApiToken(database, { organisation, role, name });
      output.out(
        `API token "${name}" for "${organisation}" as ${role} (shown only now):\n${token}\n`,
      );
    } finally {
      await database.close();
    }
    return EXIT.ok;
  }
  throw new UsageError(
    `admin needs create-org, create-user or create-token${action ? ` (got "${action}")` : ''}`,
  );
}

function required(value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`${flag} is required`);
  return value;
}

function parseRole(value: string | undefined): Role {
  const role = required(value, '--role');
  if (!(ROLES as readonly string[]).includes(role))
    throw new UsageError(`--role must be one of ${ROLES.join(', ')} (got "${role}")`);
  return role as Role;
}
