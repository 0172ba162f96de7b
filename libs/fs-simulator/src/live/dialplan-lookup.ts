import { XmlConfig } from '../config/xml-config';
import { childrenNamed, descendantsNamed, textAttr } from './xml-lookup';

/** Where a dialled number ends: a conference (name, profile) reached in `context`, maybe after transfers. */
export interface ConferenceRoute {
  conference: string;
  profile: string;
  /** The context the conference extension lives in. */
  context: string;
  /** The contexts left by `transfer`, in order (empty when dialled directly). */
  transfers: string[];
}

const MAX_TRANSFERS = 10;

/**
 * mod_dialplan_xml for the actions the shipped dialplan uses: the first extension of the context whose
 * destination_number condition matches; `transfer <n> XML <context>` continues in that context;
 * `conference name@profile[++flags{...}]` is the end. Extensions with continue="true" are passed over.
 */
export function routeToConference(
  xml: XmlConfig,
  number: string,
  context: string,
): ConferenceRoute | undefined {
  const transfers: string[] = [];
  let current = { number, context };
  for (let hop = 0; hop <= MAX_TRANSFERS; hop++) {
    const action = firstAction(xml, current.number, current.context);
    if (!action) return undefined;
    if (action.application === 'conference') {
      const [name, rest = 'default'] = action.data.split('@', 2);
      return { conference: name, profile: rest.split('+')[0], context: current.context, transfers };
    }
    const [target, dialplan, nextContext] = action.data.split(/\s+/);
    if (action.application !== 'transfer' || dialplan?.toUpperCase() !== 'XML' || !nextContext)
      return undefined;
    transfers.push(current.context);
    current = { number: target, context: nextContext };
  }
  return undefined;
}

interface Action {
  application: string;
  data: string;
}

function firstAction(xml: XmlConfig, number: string, context: string): Action | undefined {
  const section = xml.locate('dialplan');
  const contextElement = descendantsNamed(section, 'context').find((c) => textAttr(c, 'name') === context);
  for (const extension of descendantsNamed(contextElement, 'extension')) {
    if (textAttr(extension, 'continue') === 'true') continue;
    for (const condition of childrenNamed(extension, 'condition')) {
      if ((textAttr(condition, 'field') ?? 'destination_number') !== 'destination_number') continue;
      const match = new RegExp(textAttr(condition, 'expression') ?? '').exec(number);
      if (!match) continue;
      const action = childrenNamed(condition, 'action').find((a) =>
        ['conference', 'transfer'].includes(textAttr(a, 'application') ?? ''),
      );
      if (!action) return undefined;
      const data = (textAttr(action, 'data') ?? '').replace(
        /\$(\d)/g,
        (_all, n: string) => match[Number(n)] ?? '',
      );
      return { application: textAttr(action, 'application') ?? '', data };
    }
  }
  return undefined;
}
