interface Props {
  label: string;
  value: string;
  onValue(value: string): void;
}

export function SearchField({ label, value, onValue }: Props) {
  return (
    <label>
      {label}
      <input type="search" value={value} onChange={(event) => onValue(event.target.value)} />
    </label>
  );
}
