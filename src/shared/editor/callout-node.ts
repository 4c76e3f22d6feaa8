import { Node } from '@tiptap/core';
import type { AttrSource } from './attr-source';

/** The three kinds of callout an author can set apart from the text. */
export const CALLOUT_VARIANTS = ['info', 'important', 'conseil'] as const;
export type CalloutVariant = (typeof CALLOUT_VARIANTS)[number];

export const isCalloutVariant = (value: unknown): value is CalloutVariant =>
  (CALLOUT_VARIANTS as readonly unknown[]).includes(value);

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    callout: {
      /** Wraps the selected blocks in a callout, or changes the variant of the one around them. */
      setCallout: (variant: CalloutVariant) => ReturnType;
      /** Lifts the selected blocks out of their callout. */
      unsetCallout: () => ReturnType;
    };
  }
}

/** An encadré (information, important, conseil) holding ordinary blocks. */
export const CalloutNode = Node.create({
  name: 'callout',
  group: 'block',
  content: 'block+',
  defining: true,
  addAttributes() {
    return {
      variant: {
        default: 'info',
        validate: (value: unknown) => {
          if (!isCalloutVariant(value)) throw new RangeError('unknown callout variant');
        },
        parseHTML: (element: AttrSource) => element.getAttribute('data-callout'),
        renderHTML: (attrs) => ({ 'data-callout': attrs['variant'] as string }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'aside[data-callout]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['aside', { ...HTMLAttributes, class: 'callout' }, 0];
  },
  addCommands() {
    return {
      setCallout:
        (variant) =>
        ({ editor, commands }) =>
          editor.isActive(this.name)
            ? commands.updateAttributes(this.name, { variant })
            : commands.wrapIn(this.name, { variant }),
      unsetCallout:
        () =>
        ({ commands }) =>
          commands.lift(this.name),
    };
  },
});
