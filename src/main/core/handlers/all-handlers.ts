import { activityHandlers } from './activity-handlers';
import { appHandlers } from './app-handlers';
import { dialogHandlers } from './dialog-handlers';
import { exchangeHandlers } from './exchange-handlers';
import { previewHandlers } from './preview-handlers';
import type { HandlerMap } from './handler-types';
import { historyHandlers } from './history-handlers';
import { parcoursHandlers } from './parcours-handlers';
import { projectHandlers } from './project-handlers';
import { sectionHandlers } from './section-handlers';
import { mediaHandlers } from './media-handlers';
import { questionCategoryHandlers } from './question-category-handlers';
import { questionHandlers } from './question-handlers';
import { questionTransferHandlers } from './question-transfer-handlers';
import { snapshotHandlers } from './snapshot-handlers';
import { templateHandlers } from './template-handlers';

/** Every method of the contract: `satisfies` fails to compile when one is missing. */
export const allHandlers = {
  ...appHandlers,
  ...dialogHandlers,
  ...projectHandlers,
  ...snapshotHandlers,
  ...parcoursHandlers,
  ...sectionHandlers,
  ...activityHandlers,
  ...historyHandlers,
  'template.list': templateHandlers['template.list'],
  ...mediaHandlers,
  ...questionCategoryHandlers,
  ...questionHandlers,
  ...questionTransferHandlers,
  ...exchangeHandlers,
  ...previewHandlers,
} satisfies HandlerMap;
