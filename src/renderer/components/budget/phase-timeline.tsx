import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Modality } from '../../../shared/domain/modality';
import { formatMinutes } from './format-minutes';
import { MODALITIES, ModalityPatterns, patternId } from './modality-patterns';
import type { TimelineBlock, TimelineLayout } from './phase-timeline-layout';

const LABEL_WIDTH = 96;
const COLUMN_WIDTH = 46;
const BLOCK_HEIGHT = 16;
const LANE_GAP = 8;
const HEADER = 18;

/** The phases on a timeline: one lane per modality, one column per week; a table for screen readers. */
export const PhaseTimeline = ({ layout }: { layout: TimelineLayout }) => {
  const { t } = useTranslation();
  const prefix = useId().replace(/:/g, '');
  const captionId = useId();
  const columns = layout.weeks + (layout.hasUnplaced ? 1 : 0);
  const width = LABEL_WIDTH + columns * COLUMN_WIDTH + 4;
  const laneTop = {} as Record<Modality, number>;
  let y = HEADER;
  for (const modality of MODALITIES) {
    laneTop[modality] = y;
    y += layout.laneDepth[modality] * (BLOCK_HEIGHT + 2) + LANE_GAP;
  }
  const phaseText = (block: TimelineBlock) =>
    block.phase.kind === 'week'
      ? t('content.timeline.week', { week: block.phase.week })
      : block.phase.kind === 'offset'
        ? t('content.timeline.offset', { days: block.phase.days })
        : t('content.timeline.noPhase');
  return (
    <figure className="phase-timeline">
      <figcaption id={captionId} className="phase-timeline__caption">
        {t('content.timeline.title')}
      </figcaption>
      <div className="phase-timeline__scroll">
        <svg
          width={width}
          height={y}
          viewBox={`0 0 ${width} ${y}`}
          role="img"
          aria-label={t('content.timeline.summary', { count: layout.blocks.length })}
        >
          <ModalityPatterns prefix={prefix} />
          {Array.from({ length: columns }, (_, column) => (
            <text
              key={column}
              x={LABEL_WIDTH + column * COLUMN_WIDTH + COLUMN_WIDTH / 2}
              y={12}
              textAnchor="middle"
              className="phase-timeline__tick"
            >
              {column < layout.weeks
                ? t('content.timeline.weekShort', { week: column + 1 })
                : t('content.timeline.noPhaseShort')}
            </text>
          ))}
          {MODALITIES.map((modality) => (
            <text key={modality} x={0} y={laneTop[modality] + 12} className="phase-timeline__lane">
              {t(`content.modalityShort.${modality}`)}
            </text>
          ))}
          {layout.blocks.map((block) => (
            <rect
              key={block.sectionId}
              data-section={block.sectionId}
              x={LABEL_WIDTH + block.column * COLUMN_WIDTH + 2}
              y={laneTop[block.modality] + block.level * (BLOCK_HEIGHT + 2)}
              width={COLUMN_WIDTH - 4}
              height={BLOCK_HEIGHT}
              rx="3"
              fill={`url(#${patternId(prefix, block.modality)})`}
            >
              <title>{`${block.title} — ${formatMinutes(block.minutes, t)}`}</title>
            </rect>
          ))}
        </svg>
      </div>
      <table className="visually-hidden" aria-labelledby={captionId}>
        <thead>
          <tr>
            <th scope="col">{t('content.timeline.section')}</th>
            <th scope="col">{t('content.timeline.phase')}</th>
            <th scope="col">{t('content.timeline.modality')}</th>
            <th scope="col">{t('content.timeline.minutes')}</th>
          </tr>
        </thead>
        <tbody>
          {layout.blocks.map((block) => (
            <tr key={block.sectionId}>
              <th scope="row">{block.title}</th>
              <td>{phaseText(block)}</td>
              <td>{t(`content.modality.${block.modality}`)}</td>
              <td>{formatMinutes(block.minutes, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
};
