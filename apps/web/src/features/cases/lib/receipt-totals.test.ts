import { describe, expect, it } from 'vitest';
import { examplePrices } from '../testing/example-case.ts';
import { receiptTotals } from './receipt-totals.ts';

describe('receiptTotals', () => {
  it('totals a receipt per year and one-off apart, as the analysis does', () => {
    expect(
      receiptTotals(
        {
          kind: 'without',
          lines: [
            { item: 'bijstand-mnd', quantity: 12 },
            { item: 'ggz-opname-dag', quantity: 30, probability: 0.5 },
            {
              label: 'Uithuiszetting',
              amount: 8000,
              financier: 'woningcorporatie',
              oneOff: true,
              probability: 0.4,
            },
          ],
        },
        examplePrices,
      ),
    ).toEqual({ perYear: 19725, oneOff: 3200, mismatch: null, unpriced: 0 });
  });

  it('flags a stated total a cent or more away, for a follow-up too', () => {
    const totals = receiptTotals(
      { kind: 'followup', statedTotal: 799.99, lines: [{ item: 'mw-uur', quantity: 10 }] },
      examplePrices,
    );
    expect(totals.perYear).toBe(800);
    expect(totals.mismatch).toEqual({ stated: 799.99, computed: 800 });
    expect(
      receiptTotals(
        { kind: 'followup', statedTotal: 800.004, lines: [{ item: 'mw-uur', quantity: 10 }] },
        examplePrices,
      ).mismatch,
    ).toBeNull();
  });

  it('leaves out and counts lines whose item is not in the list', () => {
    expect(
      receiptTotals(
        {
          kind: 'with',
          lines: [
            { item: 'mw-uur', quantity: 1 },
            { item: 'onbekend', quantity: 3 },
          ],
        },
        examplePrices,
      ),
    ).toEqual({ perYear: 80, oneOff: 0, mismatch: null, unpriced: 1 });
  });
});
