/** The fields a control takes beside its call: `value` (volumes, energy), `target` (transfer), `file` (play), `pin`. */
export interface ControlArguments {
  value?: number;
  target?: string;
  file?: string;
  pin?: string;
}
