import { PREVIEW_MEDIA_PATH } from '../../../shared/contract/methods-preview';
import { readParcoursDocument } from '../exchange/read-parcours-document';
import { buildPreviewModel } from '../preview/build-preview-model';
import { projectErrors } from '../project-errors';
import type { HandlerSet } from './handler-types';

/** The studio's preview: the same model the review package embeds, media linked by id. */
export const previewHandlers = {
  'preview.model': (input, context) => {
    const session = context.workspace.require();
    if (!session.repos.parcours.get(input.parcoursId)) {
      throw projectErrors.notFound('parcours', input.parcoursId);
    }
    return buildPreviewModel(readParcoursDocument(session.repos, input.parcoursId), {
      mediaUrl: (media) => `${PREVIEW_MEDIA_PATH}${media.id}`,
      generatedAt: context.now(),
    });
  },
} satisfies HandlerSet<'preview.model'>;
