import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type Column<Row> = {
  key: string;
  label: string;
  /** Sort value; columns without one are not sortable. */
  sortValue?: (row: Row) => number | string;
  render: (row: Row) => ReactNode;
  numeric?: boolean;
  /** The row header (the first cell people read: a name). */
  rowHeader?: boolean;
};

type SortableTableProps<Row> = {
  caption: string;
  captionHidden?: boolean;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  rowKey: (row: Row) => string;
  initialSort?: { key: string; direction: 'ascending' | 'descending' };
  testId?: string;
};

/** A table whose column headers are buttons that sort it (aria-sort tells screen readers the order). */
export function SortableTable<Row>({
  caption,
  captionHidden = false,
  rows,
  columns,
  rowKey,
  initialSort,
  testId,
}: SortableTableProps<Row>) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState(initialSort);
  const collator = useMemo(() => new Intl.Collator(i18n.language === 'en' ? 'en' : 'th'), [i18n.language]);
  const sorted = useMemo(() => {
    const column = columns.find((candidate) => candidate.key === sort?.key);
    if (!sort || !column?.sortValue) return rows;
    const value = column.sortValue;
    const factor = sort.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const x = value(a);
      const y = value(b);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return order * factor;
    });
  }, [rows, columns, sort, collator]);

  const toggle = (key: string, numeric: boolean) =>
    setSort((current) =>
      current?.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: numeric ? 'descending' : 'ascending' },
    );

  return (
    <div className="table-wrap">
      <table className="table dash-table" data-testid={testId}>
        <caption className={captionHidden ? 'visually-hidden' : 'dash-table__caption'}>
          {caption}
          {sort ? <span className="visually-hidden">{t('dashboard.table.sortHint')}</span> : null}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const active = sort?.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={column.numeric ? 'dash-table__num' : undefined}
                  aria-sort={active ? sort.direction : undefined}
                >
                  {column.sortValue ? (
                    <button
                      type="button"
                      className="dash-table__sort"
                      onClick={() => toggle(column.key, Boolean(column.numeric))}
                    >
                      {column.label}
                      <span aria-hidden="true" className="dash-table__arrow">
                        {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.key} scope="row">
                    {column.render(row)}
                  </th>
                ) : (
                  <td key={column.key} className={column.numeric ? 'dash-table__num' : undefined} data-label={column.label}>
                    {column.render(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
