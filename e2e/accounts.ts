/** The demo admin (its password is chosen in first-run.spec.ts) and the viewer the setup adds. */
export const ADMIN = { email: 'admin@kassabon.local', password: 'een lang en goed wachtwoord' };
export const VIEWER = { email: 'kijker@kassabon.local', password: 'kijken mag, importeren niet' };
/** An organisation of which the admin is a member too, as analyst, with no cases. */
export const SECOND_ORGANISATION = 'Gemeente Test';
