/** Reads an assignment link's #fragment, remembers it, and opens the lesson. */
import { decodeAssignment, type KnownCase } from '../../core/assignment-link';
import { startAssignment } from '../../stores/assignment';

const box = document.querySelector<HTMLElement>('[data-open-assignment]');
if (box) {
  const cases = JSON.parse(box.dataset['cases'] ?? '[]') as KnownCase[];
  const base = box.dataset['base'] ?? '/';
  const result = decodeAssignment(location.hash, cases);
  if (result.ok) {
    startAssignment(result.caseId, result.id, result.assignment);
    location.replace(`${base}${result.caseId}/#assignment-opened`);
  } else {
    // Only a known error code travels on; nothing from the link is ever shown as text.
    location.replace(`${base}${box.dataset['featured'] ?? ''}/#link-error=${result.error}`);
  }
}
