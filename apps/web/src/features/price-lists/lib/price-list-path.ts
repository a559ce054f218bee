/** The address of a price list's page. */
export const priceListPath = (id: string) => `/price-lists/${encodeURIComponent(id)}`;
