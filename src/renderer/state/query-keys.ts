/** Every react-query key the studio reads, in one place so invalidation stays honest. */
export const queryKeys = {
  appInfo: ['app.info'] as const,
  currentProject: ['project.current'] as const,
  recentProjects: ['project.recent'] as const,
  history: ['history.state'] as const,
  snapshots: ['snapshot.list'] as const,
  outline: (parcoursId: string) => ['parcours.outline', parcoursId] as const,
  activity: (activityId: string) => ['activity.get', activityId] as const,
  media: ['media.list'] as const,
  templates: ['template.list'] as const,
  questionCategories: (parcoursId: string) => ['questionCategory.list', parcoursId] as const,
  questions: (parcoursId: string, filters: object = {}) =>
    ['question.list', parcoursId, filters] as const,
  questionTags: (parcoursId: string) => ['question.tags', parcoursId] as const,
  question: (questionId: string) => ['question.get', questionId] as const,
  previewModel: (parcoursId: string) => ['preview.model', parcoursId] as const,
  quizAttempt: (activityId: string, attempt: number) =>
    ['quiz.attempt', activityId, attempt] as const,
};
