const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** Moodle's answer numbering (`a.`, `A.`, `1.`, `i.`, `I.`) for the answer at `index`. */
export const answerLabel = (style: string, index: number): string => {
  switch (style) {
    case 'abc':
      return `${String.fromCharCode(97 + (index % 26))}. `;
    case 'ABCD':
      return `${String.fromCharCode(65 + (index % 26))}. `;
    case '123':
      return `${index + 1}. `;
    case 'iii':
      return `${ROMAN[index] ?? index + 1}. `;
    case 'IIII':
      return `${(ROMAN[index] ?? String(index + 1)).toUpperCase()}. `;
    default:
      return '';
  }
};
