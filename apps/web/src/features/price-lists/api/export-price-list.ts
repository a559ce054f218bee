import type { ExportPriceListQuery } from '@kassabon/contract';
import { apiUrl } from '../../../lib/api-client.ts';

/**
 * The download address of a list as CSV or XLSX. The browser fetches it itself (a link with
 * the session cookie), so a large list streams to disk instead of through the page's memory.
 */
export function priceListExportUrl(id: string, format: ExportPriceListQuery['format']): string {
  return apiUrl(`/price-lists/${encodeURIComponent(id)}/export`, { format });
}
