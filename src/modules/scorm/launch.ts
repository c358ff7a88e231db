/**
 * The package's launch page (scorm.html, the SCO): the one page that talks to the LMS.
 *
 * The lesson is many pages; a SCORM 1.2 session is one LMSInitialize … LMSFinish. So this page
 * holds the session and shows the lesson in a frame, where the student moves between its pages
 * as on the site. Before the frame opens, the student's saved progress comes from
 * `cmi.suspend_data` into the storage the lesson already reads (and the LMS's name into the
 * completion code's name); the lesson's own checks of saved progress then apply, so data that is
 * foreign or hostile is set aside with the usual notice. Each save the lesson makes (a `storage`
 * event here) goes back as suspend data, status and score, and is committed; so is leaving a page
 * of the lesson; leaving this page finishes the session.
 *
 * With no LMS to be found, this page simply opens the lesson's first page: the site as it is.
 */
import { decodeProgress } from '../../core/progress';
import { unpackArticle, type PackedArticle } from '../../core/article-pack';
import { segmentArticle } from '../../core/marking-doc';
import type { StepKind } from '../../core/steps';
import { $storageStatus, readKey, writeKey } from '../../stores/storage';
import { PROGRESS_KEY } from '../../stores/progress';
import { NAME_KEY } from '../../stores/student';
import { decodeSuspend, encodeSuspend, type SuspendContext } from './suspend';
import { displayName, lessonScore, lessonStatus, sessionTime } from './report';

/** What the packager writes into scorm.html (`#second-look-scorm`). */
export interface LaunchConfig {
  /** The lesson's first page, relative to the package root. */
  start: string;
  caseId: string;
  steps: StepKind[];
  article: PackedArticle;
  types: string[];
  words: string[];
}

/** How src/stores/storage.ts marks the copy it keeps in a tab's name. */
const TAB = 'second-look:';

/** The SCORM 1.2 API as an LMS provides it (values are strings). */
interface Api12 {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
}

/** The usual search (SCORM 1.2 RTE 3.3.6.1): up the frame parents, then from the opener. */
function findApi(start: Window): Api12 | null {
  const search = (from: Window | null): Api12 | null => {
    let win = from;
    for (let hops = 0; win && hops < 10; hops++) {
      try {
        const api = (win as Window & { API?: Api12 }).API;
        if (api && typeof api.LMSInitialize === 'function') return api;
      } catch {
        // A frame of another origin: go on up.
      }
      if (win.parent === win) break;
      win = win.parent;
    }
    return null;
  };
  return search(start) ?? search(start.opener as Window | null);
}

const config = JSON.parse(
  document.getElementById('second-look-scorm')?.textContent ?? 'null',
) as LaunchConfig;
const api = findApi(window);

if (!api || api.LMSInitialize('') !== 'true') {
  location.replace(config.start);
} else {
  const begun = Date.now();
  // Made here, not in the page: a frame takes its window's name (below) only when it is made.
  const frame = document.createElement('iframe');
  frame.id = 'lesson';
  frame.title = document.title;
  const ctx: SuspendContext = {
    doc: segmentArticle(unpackArticle(config.article)),
    types: config.types,
    words: config.words,
  };

  // The LMS's copy is this student's: it replaces whatever this browser holds (a computer the
  // class shares may hold another student's). What the package cannot read goes in as it came,
  // for the lesson's own check to set aside.
  const suspended = api.LMSGetValue('cmi.suspend_data');
  writeKey(PROGRESS_KEY, suspended ? (decodeSuspend(suspended, ctx) ?? suspended) : null);
  const name = displayName(api.LMSGetValue('cmi.core.student_name'));
  if (name) writeKey(NAME_KEY, name);

  // Storage refused in both forms (e.g. a third-party frame with cookies blocked): the lesson
  // keeps its work in its tab's name (src/stores/storage.ts), which here is the frame's. It gets
  // this page's copy, and the LMS what the frame holds when asked.
  const status = $storageStatus.get();
  const inFrameName = status.kind === 'unavailable' && status.spare === 'tab';
  if (inFrameName) frame.name = window.name;
  document.body.append(frame);
  /** The saved progress; undefined when the frame's copy cannot be read (the frame is gone). */
  const saved = (): string | null | undefined => {
    if (!inFrameName) return readKey(PROGRESS_KEY);
    try {
      const name = frame.contentWindow?.name ?? '';
      if (!name.startsWith(TAB)) return undefined;
      const kept = (JSON.parse(name.slice(TAB.length)) as Record<string, unknown>)[PROGRESS_KEY];
      return typeof kept === 'string' && kept !== '\u0000' ? kept : null;
    } catch {
      return undefined;
    }
  };

  let sent = suspended;
  let completed = api.LMSGetValue('cmi.core.lesson_status') === 'completed';
  let lastCommit = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let finished = false;

  /** Status, score, time and suspend data from what is saved now; then a commit. */
  const report = (now = false) => {
    if (finished) return;
    const raw = saved();
    const current = decodeProgress(raw);
    if (raw !== undefined && current.ok) {
      const progress = current.progress.cases[config.caseId] ?? { modules: {} };
      completed ||= lessonStatus(progress, config.steps) === 'completed';
      api.LMSSetValue('cmi.core.lesson_status', completed ? 'completed' : 'incomplete');
      const score = lessonScore(progress, config.steps);
      if (score !== null) {
        api.LMSSetValue('cmi.core.score.min', '0');
        api.LMSSetValue('cmi.core.score.max', '100');
        api.LMSSetValue('cmi.core.score.raw', String(score));
      }
      const encoded = encodeSuspend(current.progress, ctx);
      if (encoded && encoded.text !== sent) {
        api.LMSSetValue('cmi.suspend_data', encoded.text);
        sent = encoded.text;
      }
    }
    api.LMSSetValue('cmi.core.exit', completed ? '' : 'suspend');
    api.LMSSetValue('cmi.core.session_time', sessionTime(Date.now() - begun));
    // Typing saves on every key: the LMS gets at most one commit every two seconds meanwhile
    // (some LMSs commit with a blocking request), and the last one always.
    clearTimeout(pending);
    const wait = lastCommit + 2000 - Date.now();
    if (now || wait <= 0) {
      lastCommit = Date.now();
      api.LMSCommit('');
    } else pending = setTimeout(() => report(true), wait);
  };
  const finish = () => {
    if (finished) return;
    report(true);
    finished = true;
    api.LMSFinish('');
  };

  report(true);
  window.addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY || event.key === null) report();
  });
  // Each page of the lesson: its hiding and leaving commit what it saved.
  frame.addEventListener('load', () => {
    const inner = frame.contentWindow;
    inner?.addEventListener('pagehide', () => report(true));
    inner?.document.addEventListener('visibilitychange', () => {
      if (inner.document.visibilityState === 'hidden') report(true);
    });
  });
  window.addEventListener('pagehide', finish);
  // Back to this page from the back/forward cache: the session has ended, so start a new one.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) location.reload();
  });
  frame.src = config.start;
}
