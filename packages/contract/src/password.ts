/** ASVS 2.1: at least 12 characters, at most 128; anything else is the user's choice. */
export const PASSWORD_LENGTH = { min: 12, max: 128 } as const;

export type PasswordProblem = 'too-short' | 'too-long';

/**
 * What is wrong with a new password, or null. The server enforces it; the web app shows it
 * while the user types, in the user's language.
 */
export function checkPassword(password: string): PasswordProblem | null {
  // Code points, not UTF-16 units: an emoji counts as one character.
  const length = [...password].length;
  if (length < PASSWORD_LENGTH.min) return 'too-short';
  if (length > PASSWORD_LENGTH.max) return 'too-long';
  return null;
}
