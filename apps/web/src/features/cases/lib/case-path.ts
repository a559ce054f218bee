/** The address of a case's workspace. Codes are the user's own text: encoded. */
export const casePath = (code: string) => `/cases/${encodeURIComponent(code)}`;
