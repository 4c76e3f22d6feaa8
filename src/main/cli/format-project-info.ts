import type { ProjectInfoJson } from './project-info-json';

const hours = (value: number): string => `${String(value).replace('.', ',')} h`;

/** The human-readable `atelier info`: the same data as the JSON, indented by level. */
export const formatProjectInfo = (info: ProjectInfoJson): string => {
  const lines = [
    `Projet / Project: ${info.project.title}`,
    `Fichier / File: ${info.project.path}`,
    `Schéma / Schema: ${info.project.schemaVersion} · révision / revision ${info.project.revision}`,
  ];
  if (info.parcours.length === 0) lines.push('', 'Aucun parcours / No parcours');
  for (const parcours of info.parcours) {
    lines.push(
      '',
      `${parcours.number}. ${parcours.title} [${parcours.shortName}] — ${hours(parcours.declaredHours)}, ${parcours.status}, v${parcours.version}`,
    );
    if (parcours.sections.length === 0) lines.push('   (aucune section / no section)');
    parcours.sections.forEach((section, s) => {
      lines.push(`   ${s + 1}. ${section.title} (${section.modality})`);
      section.activities.forEach((activity, a) => {
        const minutes =
          activity.estimatedMinutes === null ? '' : ` · ${activity.estimatedMinutes} min`;
        lines.push(`      ${s + 1}.${a + 1} [${activity.type}] ${activity.title}${minutes}`);
      });
    });
  }
  return `${lines.join('\n')}\n`;
};
