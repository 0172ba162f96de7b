export {
  CONFERENCE_FLAGS,
  CONFERENCE_TYPE_CODECS,
  defaultConpinReference,
  isRenderableConferenceType,
  type ConferenceFile,
  type ConpinReference,
  type ConpinSetting,
  type UserFile,
} from './config-file-model';
export { CONFERENCE_FOLDER, conferenceFilePath, userFilePath, userFolder } from './config-file-paths';
export { escapeFsXmlValue, FsXmlRenderError } from './fs-xml-escape';
export { changedAfterBang } from './unescaped-tail';
export { createConfigFileRenderer, type ConfigFileRenderer } from './renderer';
export { FS_XML_TEMPLATE_FILES, loadFsXmlTemplates, type FsXmlTemplate } from './template-files';
