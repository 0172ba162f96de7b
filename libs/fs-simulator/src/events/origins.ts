/** Where FreeSWITCH creates each event it sends: the Event-Calling-File/-Function/-Line-Number headers. */
export interface EventOrigin {
  file: string;
  func: string;
  line: number;
}

export const ORIGINS = {
  api: { file: 'switch_loadable_module.c', func: 'switch_api_execute', line: 3140 },
  backgroundJob: { file: 'mod_event_socket.c', func: 'api_exec', line: 1580 },
  reloadXml: { file: 'switch_xml.c', func: 'switch_xml_open_root', line: 2423 },
  heartbeat: { file: 'switch_core.c', func: 'send_heartbeat', line: 95 },
  reSchedule: { file: 'switch_scheduler.c', func: 'switch_scheduler_execute', line: 73 },
  xmlLocateParams: { file: 'mod_commands.c', func: 'xml_locate_function', line: 1871 },
} satisfies Record<string, EventOrigin>;
