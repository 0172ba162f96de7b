import type { LiveMember, MemberCall } from '@fscon/contracts';
import type { ControlFields } from '../live/live-client';
import type { FieldRequest } from '../ui/FieldDialog';
import type { MenuItem } from '../ui/MenuButton';

export type MemberExec = (call: MemberCall, member: string, fields?: ControlFields) => void;

export interface MemberMenuContext {
  member: LiveMember;
  /** The member's name as the page shows it. */
  name: string;
  conference: string;
  /** The conferences the user may see, to transfer to. */
  targets: readonly string[];
  memexec: MemberExec;
  /** Opens a dialog that asks for the control's value. */
  ask(request: FieldRequest): void;
}

const level = (value: string) => Number.parseInt(value, 10);

/** The member's controls, in the order the menu lists them; those that need a value ask for it first. */
export function memberMenuItems(context: MemberMenuContext): MenuItem[] {
  const { member, name, conference, memexec, ask } = context;
  const { confid } = member;
  const send = (call: MemberCall, fields?: ControlFields) => () => memexec(call, confid, fields);
  const volume = (call: 'volume_in' | 'volume_out', title: string, current: number): MenuItem => ({
    label: `${title}…`,
    onSelect: () =>
      ask({
        title: `${title} of ${name}`,
        label: 'Level (−4 to 4, 0 unchanged)',
        field: { kind: 'number', min: -4, max: 4, initial: current },
        submit: 'Set',
        onSubmit: (value) => memexec(call, confid, { value: level(value) }),
      }),
  });
  const targets = context.targets.filter((target) => target !== conference);
  return [
    { label: member.mute ? 'Unmute' : 'Mute', onSelect: send(member.mute ? 'unmute' : 'mute') },
    { label: member.deaf ? 'Undeafen' : 'Deafen', onSelect: send(member.deaf ? 'undeaf' : 'deaf') },
    volume('volume_in', 'Volume heard by the conference', member.volume_in),
    volume('volume_out', 'Volume the member hears', member.volume_out),
    {
      label: 'Energy level…',
      onSelect: () =>
        ask({
          title: `Energy level of ${name}`,
          label: 'Energy level (0 or more; quieter sound counts as silence)',
          field: { kind: 'number', min: 0, initial: member.energy },
          submit: 'Set',
          onSubmit: (value) => memexec('energy', confid, { value: level(value) }),
        }),
    },
    ...(targets.length === 0
      ? []
      : [
          {
            label: 'Transfer…',
            onSelect: () =>
              ask({
                title: `Transfer ${name}`,
                label: 'To conference',
                field: { kind: 'select', options: targets },
                submit: 'Transfer',
                onSubmit: (target) => memexec('transfer', confid, { target }),
              }),
          },
        ]),
    {
      label: 'Play a file…',
      onSelect: () =>
        ask({
          title: `Play a file to ${name}`,
          label: 'Sound file, relative to the sounds folder',
          field: { kind: 'text', placeholder: 'fscon/16000/all-muted.wav' },
          submit: 'Play',
          onSubmit: (file) => memexec('play', confid, { file }),
        }),
    },
    {
      label: 'Kick…',
      danger: true,
      onSelect: () =>
        ask({
          title: `Kick ${name}`,
          label: `Remove ${name} from ${conference}?`,
          submit: 'Kick',
          onSubmit: send('kick'),
        }),
    },
  ];
}
