import {
  CSV_CONTENT_TYPE,
  type ImportPriceListQuery,
  type PriceList,
  XLSX_CONTENT_TYPE,
} from '@kassabon/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { priceListKeys } from './query-keys.ts';

export type ImportPriceListInput = ImportPriceListQuery & { file: File };

/**
 * Sends the file as it is, CSV or XLSX by its name: the server reads it, so every problem
 * comes back by row and column.
 */
export function importPriceList({ file, name, year }: ImportPriceListInput): Promise<PriceList> {
  const contentType = /\.xlsx$/i.test(file.name) ? XLSX_CONTENT_TYPE : CSV_CONTENT_TYPE;
  return apiRequest<PriceList>('/price-lists/import', {
    method: 'POST',
    query: { name, year: String(year) },
    text: { content: file, contentType },
  });
}

export function useImportPriceList() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importPriceList,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: priceListKeys.all }),
  });
}
