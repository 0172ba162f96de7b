import { ConfigLoad, loadConfig, locateSection } from './config-loader';
import { GlobalVariables } from './global-variables';
import { XmlElement } from './xml-element';

/** The loaded XML registry: replaced only by a reload that parses, as in switch_xml_open_root. */
export class XmlConfig {
  private current: XmlElement;

  private constructor(
    readonly confDir: string,
    private readonly variables: GlobalVariables,
    private readonly env: Readonly<Record<string, string | undefined>>,
    root: XmlElement,
  ) {
    this.current = root;
  }

  /** Loads `<confDir>/freeswitch.xml`; throws with FreeSWITCH's message when it does not load. */
  static load(
    confDir: string,
    variables: GlobalVariables,
    env: Readonly<Record<string, string | undefined>> = {},
  ): XmlConfig {
    const loaded = loadConfig(confDir, variables, env);
    if (!loaded.ok) throw new Error(`cannot load ${confDir}: ${loaded.error}`);
    return new XmlConfig(confDir, variables, env, loaded.root);
  }

  get root(): XmlElement {
    return this.current;
  }

  /** Re-reads the folder; on failure the previous tree stays (variables set while preprocessing stay too). */
  reload(): ConfigLoad {
    const loaded = loadConfig(this.confDir, this.variables, this.env);
    if (loaded.ok) this.current = loaded.root;
    return loaded;
  }

  locate(section: string, tag?: string, attr?: string, value?: string): XmlElement | undefined {
    return locateSection(this.current, section, tag, attr, value);
  }
}
