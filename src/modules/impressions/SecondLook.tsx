/** The second look's island: the same questions, and once saved, the results (./parts/Results). */
import { Suspense, lazy } from 'react';
import { StringsProvider } from '../../ui/strings';
import type { ImpressionsProps } from './view-types';
import ImpressionsStep from './parts/ImpressionsStep';

// The results show only once the second look is saved: their code loads then, so a first visit
// does not carry it (as the transfer test's results, ../transfer/TransferTest.tsx).
const Results = lazy(() => import('./parts/Results'));

export default function SecondLook(props: Extract<ImpressionsProps, { mode: 'second' }>) {
  return (
    <StringsProvider messages={props.messages}>
      <ImpressionsStep
        {...props}
        done={({ caseProgress, headingRef, onChange }) => (
          <Suspense fallback={<p className="muted">{props.messages.results.loading}</p>}>
            <Results
              caseProgress={caseProgress}
              claims={props.claims}
              recaps={props.recaps}
              headingRef={headingRef}
              onChange={onChange}
            />
          </Suspense>
        )}
      />
    </StringsProvider>
  );
}
