/**
 * The demo admin (its password is chosen in first-run.spec.ts), and the analyst and viewer
 * the setup adds with their passwords, so journeys can sign in as them in any order.
 */
export const ADMIN = { email: 'admin@kassabon.local', password: 'een lang en goed wachtwoord' };
export const ANALYST = { email: 'analist@kassabon.local', password: 'prijzen bijhouden is werk' };
export const VIEWER = { email: 'kijker@kassabon.local', password: 'kijken mag, importeren niet' };
/** An organisation of which the admin is a member too, as analyst, with no cases. */
export const SECOND_ORGANISATION = 'Gemeente Test';
