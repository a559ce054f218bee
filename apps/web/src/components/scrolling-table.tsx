import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways on a narrow screen. The scrolling box takes the keyboard focus
 * (arrow keys scroll it) and is named by the section's heading (WCAG 2.1.1; axe's
 * scrollable-region-focusable).
 */
export function ScrollingTable({
  minWidth,
  labelledBy,
  children,
}: {
  minWidth: number;
  labelledBy: string;
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer
      type="native"
      minWidth={minWidth}
      tabIndex={0}
      role="group"
      aria-labelledby={labelledBy}
    >
      {children}
    </Table.ScrollContainer>
  );
}
