import type { z } from 'zod';

export interface IssueDetail {
  path: string;
  code: string;
  message: string;
}

/** zod issues as plain JSON (paths may hold symbols, issues may hold inputs: neither travels). */
export const formatZodIssues = (error: z.ZodError): IssueDetail[] =>
  error.issues.slice(0, 50).map((issue) => ({
    path: issue.path.map((part) => String(part)).join('.'),
    code: issue.code,
    message: issue.message,
  }));
