/** First impressions' island: the questions, and once saved, the way on (./parts/FirstSaved). */
import { StringsProvider } from '../../ui/strings';
import type { ImpressionsProps } from './view-types';
import FirstSaved from './parts/FirstSaved';
import ImpressionsStep from './parts/ImpressionsStep';

export default function FirstImpressions(props: Extract<ImpressionsProps, { mode: 'first' }>) {
  return (
    <StringsProvider messages={props.messages}>
      <ImpressionsStep
        {...props}
        done={({ headingRef, onChange }) => (
          <FirstSaved headingRef={headingRef} headingId={props.headingId} onChange={onChange} />
        )}
      />
    </StringsProvider>
  );
}
