import type { ProjectInfoJson } from './project-info-json';

const hours = (value: number): string => `${String(value).replace('.', ',')} h`;

/** 95 → "1 h 35", 60 → "1 h", 20 → "20 min". */
const duration = (minutes: number): string => {
  const h = Math.floor(Math.abs(minutes) / 60);
  const m = Math.abs(minutes) % 60;
  const sign = minutes < 0 ? '−' : '';
  if (h === 0) return `${sign}${String(m)} min`;
  return `${sign}${String(h)} h${m === 0 ? '' : ` ${String(m).padStart(2, '0')}`}`;
};

type Minutes = ProjectInfoJson['parcours'][number]['timeBudget']['minutes'];

const byModality = (minutes: Minutes): string =>
  `distance asynchrone ${duration(minutes['distance-async'])} · synchrone ${duration(minutes['distance-sync'])} · présentiel ${duration(minutes.presentiel)}`;

const budgetLines = (budget: ProjectInfoJson['parcours'][number]['timeBudget']): string[] => {
  const delta =
    budget.deltaMinutes === 0
      ? 'au budget / on budget'
      : `écart / delta ${budget.deltaMinutes > 0 ? '+' : ''}${duration(budget.deltaMinutes)}`;
  const lines = [
    `   Budget temps / Time budget: ${duration(budget.totalMinutes)} estimées sur ${duration(budget.declaredMinutes)} déclarées (${delta}${budget.withinTolerance ? '' : ', hors tolérance ±10 % / out of tolerance'})`,
    `   ${byModality(budget.minutes)}`,
  ];
  if (budget.indexedDistanceMinutes !== null || budget.indexedPresenceMinutes !== null) {
    lines.push(
      `   Indexation: distance ${duration(budget.indexedDistanceMinutes ?? 0)} · présence ${duration(budget.indexedPresenceMinutes ?? 0)}`,
    );
  }
  if (budget.unestimated > 0) {
    lines.push(`   ${String(budget.unestimated)} activité(s) sans durée / without estimate`);
  }
  return lines;
};

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
      ...budgetLines(parcours.timeBudget),
      `   Banque de questions / Question bank: ${String(parcours.questionBank.questions)} question(s), ${String(parcours.questionBank.categories)} catégorie(s) / categories`,
    );
    if (parcours.sections.length === 0) lines.push('   (aucune section / no section)');
    parcours.sections.forEach((section, s) => {
      const total = section.totalMinutes > 0 ? ` — ${duration(section.totalMinutes)}` : '';
      lines.push(`   ${s + 1}. ${section.title} (${section.modality})${total}`);
      section.activities.forEach((activity, a) => {
        const minutes =
          activity.estimatedMinutes === null ? '' : ` · ${activity.estimatedMinutes} min`;
        lines.push(`      ${s + 1}.${a + 1} [${activity.type}] ${activity.title}${minutes}`);
      });
    });
  }
  return `${lines.join('\n')}\n`;
};
