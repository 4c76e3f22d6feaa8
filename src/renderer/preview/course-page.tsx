import { useTranslation } from 'react-i18next';
import type { PreviewModel } from '../../shared/preview/preview-model';
import { countProgress } from './count-progress';
import { CourseSummary } from './course-summary';
import { ProgressPanel } from './progress-panel';
import { SectionBlock } from './section-block';
import { TimelinePanel } from './timeline-panel';
import type { useCompletion } from './use-completion';

/** The course page of the parcours, already filtered for the reader's role. */
export const CoursePage = ({
  model,
  completion,
}: {
  model: PreviewModel;
  completion: ReturnType<typeof useCompletion>;
}) => {
  const { t } = useTranslation();
  return (
    <>
      <div className="pv-course-head">
        <h1 tabIndex={-1}>{model.parcours.title}</h1>
        <CourseSummary model={model} />
      </div>
      <div className="pv-overview">
        <ProgressPanel progress={countProgress(model.sections, completion.done)} />
        <TimelinePanel sections={model.sections} />
      </div>
      {model.sections.length === 0 ? (
        <p>{t('preview.course.noSection')}</p>
      ) : (
        model.sections.map((section) => (
          <SectionBlock key={section.id} section={section} completion={completion} />
        ))
      )}
    </>
  );
};
