import { z } from 'zod';

/**
 * A ProseMirror node as tiptap serialises it. This schema checks the shape only; the core
 * checks the content against the editor schema (`src/shared/editor`) before storing it.
 */
export interface RichTextNode {
  type: string;
  attrs?: Record<string, unknown> | undefined;
  content?: RichTextNode[] | undefined;
  marks?: { type: string; attrs?: Record<string, unknown> | undefined }[] | undefined;
  text?: string | undefined;
}

const markSchema = z.object({
  type: z.string().min(1).max(64),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

export const richTextNodeSchema: z.ZodType<RichTextNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(richTextNodeSchema).optional(),
    marks: z.array(markSchema).optional(),
    text: z.string().optional(),
  }),
);

/** A whole rich-text document: the canonical form of every text an author writes. */
export const richTextSchema = z.object({
  type: z.literal('doc'),
  content: z.array(richTextNodeSchema),
});
export type RichText = z.infer<typeof richTextSchema>;

/** The empty document tiptap starts from. */
export const emptyRichText = (): RichText => ({ type: 'doc', content: [{ type: 'paragraph' }] });
