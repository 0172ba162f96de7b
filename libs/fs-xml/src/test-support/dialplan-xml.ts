import type { Conference } from '@fscon/contracts';
import type { XmlElement } from '../parse/xml-element';
import { el, writeXml, type EscapeStyle } from './xml-writer';

export interface ActionSpec {
  application: string;
  data?: string;
  anti?: boolean;
}

export interface ConditionSpec {
  expression?: string;
  actions?: ActionSpec[];
  conditions?: ConditionSpec[];
}

export interface ExtensionSpec {
  name?: string;
  conditions: ConditionSpec[];
}

export interface ContextSpec {
  name: string;
  extensions: ExtensionSpec[];
}

export function inTeamContext(...extensions: ExtensionSpec[]): ContextSpec[] {
  return [{ name: 'team', extensions }];
}

export function conferenceAction(data: string): ActionSpec {
  return { application: 'conference', data };
}

/** A conference extension as the shipped templates write it (`dialplan/conferences/30000.xml`). */
export function conferenceExtension(conference: Omit<Conference, 'context'>): ExtensionSpec {
  return {
    name: conference.name,
    conditions: [
      {
        expression: conference.num,
        actions: [
          { application: 'set', data: 'codec_string=G722' },
          { application: 'answer' },
          { application: 'conference', data: `${conference.name}@${conference.type}++flags{\${conf_flags}}` },
        ],
      },
    ],
  };
}

export function dialplanXml(contexts: ContextSpec[], style: EscapeStyle = 'full'): string {
  const section = el(
    'section',
    { name: 'dialplan', description: 'Regex/XML Dialplan' },
    contexts.map(contextElement),
  );
  return writeXml(section, style);
}

function contextElement(context: ContextSpec): XmlElement {
  return el('context', { name: context.name }, context.extensions.map(extensionElement));
}

function extensionElement(extension: ExtensionSpec): XmlElement {
  const attributes = extension.name === undefined ? {} : { name: extension.name };
  return el('extension', attributes, extension.conditions.map(conditionElement));
}

function conditionElement(condition: ConditionSpec): XmlElement {
  const attributes: Record<string, string> = { field: 'destination_number' };
  if (condition.expression !== undefined) attributes.expression = condition.expression;
  return el('condition', attributes, [
    ...(condition.actions ?? []).map(actionElement),
    ...(condition.conditions ?? []).map(conditionElement),
  ]);
}

function actionElement(action: ActionSpec): XmlElement {
  const attributes: Record<string, string> = { application: action.application };
  if (action.data !== undefined) attributes.data = action.data;
  return el(action.anti ? 'anti-action' : 'action', attributes);
}
