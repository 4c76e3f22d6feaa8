const MEDIA_ID = /"mediaId":"([^"\\]+)"/g;

/** A deep copy of `value` whose `mediaId` keys are rewritten through `ids` (others kept). */
export const remapMediaIds = <T>(value: T, ids: ReadonlyMap<string, string>): T =>
  ids.size === 0
    ? value
    : (JSON.parse(
        JSON.stringify(value).replace(
          MEDIA_ID,
          (whole, id: string) => `"mediaId":"${ids.get(id) ?? id}"`,
        ),
      ) as T);
