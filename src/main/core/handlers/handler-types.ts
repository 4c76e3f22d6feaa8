import type { MethodName, MethodOutput, ParsedInput } from '../../../shared/contract/methods';
import type { HostCapabilities } from '../host-capabilities';
import type { RecentProjects } from '../recent-projects';
import type { Workspace } from '../workspace';

/** What every handler may use. */
export interface HandlerContext {
  workspace: Workspace;
  recent: RecentProjects;
  host: HostCapabilities;
  now: () => Date;
  appVersion: string;
  defaultProjectDir: string;
}

/** A method's handler: receives the parsed input, returns the output (checked again after). */
export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  context: HandlerContext,
) => Promise<MethodOutput<M>> | MethodOutput<M>;

/** One handler per method: a missing or mistyped one fails to compile. */
export type HandlerMap = { [M in MethodName]: Handler<M> };

/** The handlers of one method group (`project` → every `project.*` method). */
export type HandlerGroup<P extends string> = {
  [M in MethodName as M extends `${P}.${string}` ? M : never]: Handler<M>;
};
