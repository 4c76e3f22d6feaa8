import type { Modality } from '../../../shared/domain/modality';

/** Order of the modalities in every stack, legend and lane. */
export const MODALITIES: readonly Modality[] = ['distance-async', 'distance-sync', 'presentiel'];

/** Each modality has its colour and its texture, so the chart never relies on colour alone. */
export const MODALITY_COLOURS: Record<Modality, string> = {
  'distance-async': '#1d4ed8',
  'distance-sync': '#b45309',
  presentiel: '#15803d',
};

export const patternId = (prefix: string, modality: Modality): string => `${prefix}-${modality}`;

/** The SVG patterns of the three modalities: stripes, dots, cross-hatching. */
export const ModalityPatterns = ({ prefix }: { prefix: string }) => (
  <defs>
    <pattern
      id={patternId(prefix, 'distance-async')}
      width="8"
      height="8"
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width="8" height="8" fill={MODALITY_COLOURS['distance-async']} />
      <rect width="3" height="8" fill="#ffffff" fillOpacity="0.55" />
    </pattern>
    <pattern
      id={patternId(prefix, 'distance-sync')}
      width="7"
      height="7"
      patternUnits="userSpaceOnUse"
    >
      <rect width="7" height="7" fill={MODALITY_COLOURS['distance-sync']} />
      <circle cx="3.5" cy="3.5" r="1.6" fill="#ffffff" fillOpacity="0.75" />
    </pattern>
    <pattern
      id={patternId(prefix, 'presentiel')}
      width="8"
      height="8"
      patternUnits="userSpaceOnUse"
    >
      <rect width="8" height="8" fill={MODALITY_COLOURS.presentiel} />
      <path d="M0 4H8M4 0V8" stroke="#ffffff" strokeOpacity="0.5" strokeWidth="1.2" />
    </pattern>
  </defs>
);

/** A legend swatch with the modality's pattern. */
export const ModalitySwatch = ({ modality, prefix }: { modality: Modality; prefix: string }) => (
  <svg className="modality-swatch" width="18" height="14" aria-hidden="true" focusable="false">
    <ModalityPatterns prefix={`${prefix}-sw`} />
    <rect
      width="18"
      height="14"
      rx="2"
      fill={`url(#${patternId(`${prefix}-sw`, modality)})`}
      stroke="#1f2328"
      strokeWidth="0.5"
    />
  </svg>
);
