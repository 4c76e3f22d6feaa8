import type { XmlNode } from '../../../moodle-xml/xml-node';
import { MBZ_NULL } from '../../mbz-xml';
import { isXmlNode } from './module-source';

/** One `<plugin_config>`: a setting of a submission or feedback plugin of an assignment. */
export interface PluginConfig {
  plugin: string;
  /** `assignsubmission` or `assignfeedback`. */
  subtype: string;
  name: string;
  value: string | null;
}

const config = (plugin: string, subtype: string, name: string, value: string | null) => ({
  plugin,
  subtype,
  name,
  value,
});

/** The settings a new assignment gets, in Moodle's order (the reference's values). */
const DEFAULTS: readonly PluginConfig[] = [
  config('onlinetext', 'assignsubmission', 'enabled', '1'),
  config('onlinetext', 'assignsubmission', 'wordlimit', '0'),
  config('onlinetext', 'assignsubmission', 'wordlimitenabled', '0'),
  config('file', 'assignsubmission', 'enabled', '1'),
  config('file', 'assignsubmission', 'maxfilesubmissions', '2'),
  config('file', 'assignsubmission', 'maxsubmissionsizebytes', null),
  config('file', 'assignsubmission', 'filetypeslist', ''),
  config('comments', 'assignsubmission', 'enabled', '0'),
  config('comments', 'assignfeedback', 'enabled', '1'),
  config('comments', 'assignfeedback', 'commentinline', '0'),
  config('editpdf', 'assignfeedback', 'enabled', '0'),
  config('offline', 'assignfeedback', 'enabled', '0'),
  config('file', 'assignfeedback', 'enabled', '0'),
];

const str = (node: XmlNode, name: string): string | null => {
  const value = node[name];
  return typeof value === 'string' && value !== MBZ_NULL ? value : null;
};

/** The settings of a parsed (or kept) `<plugin_configs>` element. */
export const pluginConfigsOf = (element: unknown): PluginConfig[] => {
  const list = isXmlNode(element) ? element['plugin_config'] : undefined;
  if (list === undefined) return [];
  return (Array.isArray(list) ? list : [list]).filter(isXmlNode).map((node) => ({
    plugin: str(node, 'plugin') ?? '',
    subtype: str(node, 'subtype') ?? '',
    name: str(node, 'name') ?? '',
    value: str(node, 'value'),
  }));
};

const same = (a: PluginConfig, b: Omit<PluginConfig, 'value'>): boolean =>
  a.plugin === b.plugin && a.subtype === b.subtype && a.name === b.name;

/** A setting's value, null when absent or NULL. */
export const pluginConfigValue = (
  configs: readonly PluginConfig[],
  plugin: string,
  subtype: string,
  name: string,
): string | null => configs.find((c) => same(c, { plugin, subtype, name }))?.value ?? null;

/**
 * The `<plugin_configs>` element: the kept settings (or Moodle's defaults for a new
 * assignment) with `set` applied, a setting missing from the list appended. Ids are fresh.
 */
export const pluginConfigsXml = (
  kept: readonly PluginConfig[],
  set: readonly PluginConfig[],
  newId: () => number,
): XmlNode => {
  const configs = (kept.length > 0 ? kept : DEFAULTS).map((c) => ({ ...c }));
  for (const change of set) {
    const found = configs.find((c) => same(c, change));
    if (found) found.value = change.value;
    else configs.push({ ...change });
  }
  return { plugin_config: configs.map((c) => ({ '@_id': newId(), ...c })) };
};
