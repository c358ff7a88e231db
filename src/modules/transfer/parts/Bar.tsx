/** A bar out of `max`, with an optional mark (where the truth lies); its label says the number. */
export default function Bar({
  value,
  max,
  mark,
  label,
}: {
  value: number;
  max: number;
  mark?: number;
  label: string;
}) {
  return (
    <span className="hbar">
      <span className="hbar__track" aria-hidden="true">
        <span className="hbar__fill" style={{ width: `${(100 * value) / max}%` }} />
        {mark !== undefined && (
          <span className="hbar__mark" style={{ left: `${(100 * mark) / max}%` }} />
        )}
      </span>
      <span className="hbar__label">{label}</span>
    </span>
  );
}
