/** A question answered by one of a few radio buttons, in a fieldset that can take focus. */
import type { ReactNode, Ref } from 'react';
import ReadAloud from '../../../ui/ReadAloud';

interface Props<V extends string | number> {
  legend: ReactNode;
  name: string;
  options: readonly { value: V; label: string }[];
  value: V | undefined;
  onChange: (value: V) => void;
  id?: string;
  /** The fieldset, so the list of missing answers can move focus to it. */
  ref?: Ref<HTMLFieldSetElement>;
}

export default function ChoiceGroup<V extends string | number>(props: Props<V>) {
  return (
    <fieldset id={props.id} ref={props.ref} tabIndex={-1} data-read-aloud-region>
      <legend>{props.legend}</legend>
      <ReadAloud what="question" />
      <div className="choices">
        {props.options.map((o) => (
          <label className="choice" key={String(o.value)}>
            <input
              type="radio"
              name={props.name}
              value={String(o.value)}
              checked={props.value === o.value}
              onChange={() => props.onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
