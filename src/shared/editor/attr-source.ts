/**
 * What `parseHTML` reads of an element. `src/shared` compiles without the DOM library too,
 * so the nodes name only the one method they use.
 */
export interface AttrSource {
  getAttribute(name: string): string | null;
}
