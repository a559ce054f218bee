/**
 * The demo admin (its password is chosen in first-run.spec.ts), and the analyst and viewer
 * the setup adds with their passwords, so journeys can sign in as them in any order.
 */
export const ADMIN = { email: 'admin@kassabon.local', password: 'een lang en goed wachtwoord' };
export const ANALYST = { email: 'analist@kassabon.local', password: 'prijzen bijhouden is werk' };
export const VIEWER = { email: 'kijker@kassabon.local', password: 'kijken mag, importeren niet' };
/** An organisation of which the admin is a member too, as analyst, with no cases. */
export const SECOND_ORGANISATION = 'Gemeente Test';

/**
 * The case journeys work in an organisation of their own, so the other journeys keep the demo
 * organisation's figures: an analyst, and a professional who sees the cases linked to them.
 */
export const CASE_ORGANISATION = 'Gemeente Casuswerk';
export const CASE_ANALYST = {
  email: 'casus-analist@kassabon.local',
  password: 'casussen bijhouden mag',
};
export const PROFESSIONAL = { email: 'p@x.nl', password: 'alleen mijn eigen casussen' };
