import { ImportPriceListQuerySchema, type PriceList } from '@kassabon/contract';
import { Button, FileInput, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormValidation } from '../../../lib/form-validation.tsx';
import { useImportPriceList } from '../api/import-price-list.ts';
import { ImportProblems } from './import-problems.tsx';
import { NameYearFields } from './name-year-fields.tsx';

/** A CSV or XLSX file as a new version of a list (name, year); every problem listed. */
export function ImportPriceListForm({ onImported }: { onImported: (list: PriceList) => void }) {
  const { t } = useTranslation();
  const importList = useImportPriceList();
  const [name, setName] = useState('');
  const [year, setYear] = useState<number | string>(new Date().getFullYear());
  const [file, setFile] = useState<File | null>(null);
  const [fileMissing, setFileMissing] = useState(false);
  const validation = useFormValidation(ImportPriceListQuerySchema, {
    name,
    year: year === '' ? undefined : year,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const data = validation.check();
    setFileMissing(file === null);
    if (!data) return;
    if (file === null) return validation.focus('file');
    importList.mutate({ ...data, file }, { onSuccess: onImported });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack align="flex-start">
        <NameYearFields
          validation={validation}
          nameHint={t('priceLists.import.nameHint')}
          name={name}
          year={year}
          onNameChange={setName}
          onYearChange={setYear}
        />
        <FileInput
          id={validation.idOf('file')}
          label={t('priceLists.import.file')}
          description={t('priceLists.import.fileHint')}
          placeholder={t('priceLists.import.filePlaceholder')}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            setFileMissing(false);
            importList.reset();
          }}
          error={fileMissing && t('priceLists.import.fileRequired')}
          clearable
          clearButtonProps={{ 'aria-label': t('priceLists.import.clear') }}
          required
          w="100%"
          maw={480}
        />
        <Button type="submit" loading={importList.isPending}>
          {t('priceLists.import.submit')}
        </Button>
        {importList.isError && <ImportProblems error={importList.error} />}
      </Stack>
    </form>
  );
}
