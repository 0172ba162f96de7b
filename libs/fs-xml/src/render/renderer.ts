import nunjucks from 'nunjucks';
import {
  CONFERENCE_FLAGS,
  CONFERENCE_TYPE_CODECS,
  type ConferenceFile,
  type UserFile,
} from './config-file-model';
import { escapeFsXmlValue, FsXmlRenderError } from './fs-xml-escape';
import { FS_XML_TEMPLATE_FILES } from './template-files';

/** Renders the files the connector writes into FreeSWITCH's configuration. */
export interface ConfigFileRenderer {
  /** `directory/<context>/<id>.xml` */
  user(file: UserFile): string;
  /** `dialplan/conferences/<num>.xml` */
  conference(file: ConferenceFile): string;
}

class InMemoryLoader implements nunjucks.ILoader {
  constructor(private readonly templates: Readonly<Record<string, string>>) {}

  getSource(name: string): nunjucks.LoaderSource {
    const src = this.templates[name];
    if (src === undefined) throw new FsXmlRenderError(`no template named ${name}`);
    return { src, path: name, noCache: false };
  }
}

/**
 * Builds a renderer over template texts keyed by their FS_XML_TEMPLATE_FILES paths; fails at once
 * when one is missing. Templates write every value through the `fsattr` filter (escapeFsXmlValue);
 * autoescape still covers a value written without it.
 */
export function createConfigFileRenderer(templates: Readonly<Record<string, string>>): ConfigFileRenderer {
  const missing = Object.values(FS_XML_TEMPLATE_FILES).filter((file) => templates[file] === undefined);
  if (missing.length > 0) throw new FsXmlRenderError(`templates missing: ${missing.join(', ')}`);
  const env = new nunjucks.Environment(new InMemoryLoader({ ...templates }), {
    autoescape: true,
    throwOnUndefined: true,
    trimBlocks: true,
    lstripBlocks: true,
  });
  env.addFilter('fsattr', (value: unknown) => {
    if (typeof value !== 'string') throw new FsXmlRenderError(`fsattr needs a string, got ${typeof value}`);
    return new nunjucks.runtime.SafeString(escapeFsXmlValue(value));
  });
  return {
    user: (file) =>
      env.render(FS_XML_TEMPLATE_FILES.user, {
        ...file,
        conpin: 'value' in file.conpin ? file.conpin.value : '',
        conpinReference: 'reference' in file.conpin ? file.conpin.reference : '',
        confFlags: CONFERENCE_FLAGS[file.context],
      }),
    conference: (file) => {
      const codecs = CONFERENCE_TYPE_CODECS[file.type];
      if (codecs === undefined) throw new FsXmlRenderError(`no conference extension for type ${file.type}`);
      return env.render(FS_XML_TEMPLATE_FILES.conference, { ...file, codecs });
    },
  };
}
