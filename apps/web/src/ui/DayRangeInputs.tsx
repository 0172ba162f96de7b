import type { DayRange } from '../api/history-query';

interface Props {
  range: DayRange;
  onRange(range: DayRange): void;
}

/** The From and To days of a history filter; either may stay empty. */
export function DayRangeInputs({ range, onRange }: Props) {
  return (
    <>
      <label>
        From
        <input
          type="date"
          value={range.from}
          max={range.to || undefined}
          onChange={(event) => onRange({ ...range, from: event.target.value })}
        />
      </label>
      <label>
        To
        <input
          type="date"
          value={range.to}
          min={range.from || undefined}
          onChange={(event) => onRange({ ...range, to: event.target.value })}
        />
      </label>
    </>
  );
}
