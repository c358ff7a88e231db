/**
 * The end of a step's core: how many extras are left, and a button to the first. The same in
 * every module that has extras (experts, statistics); print leaves it out.
 */
interface Props {
  /** "You have done the core of this step. 4 more … are extras …" */
  text: string;
  /** "Go on with the extras: …" */
  label: string;
  onGo: () => void;
}

export default function ExtrasOffer({ text, label, onGo }: Props) {
  return (
    <div className="notice no-print">
      <p>{text}</p>
      <button type="button" className="button button--secondary" onClick={onGo}>
        {label}
      </button>
    </div>
  );
}
