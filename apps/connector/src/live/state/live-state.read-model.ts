import { Injectable } from '@nestjs/common';
import { EMPTY_LIVE_STATE, type LiveState } from '@fscon/live-state';

/** The running conferences and the registrations as the connector holds them now. */
@Injectable()
export class LiveStateReadModel {
  private state: LiveState = EMPTY_LIVE_STATE;

  current(): LiveState {
    return this.state;
  }

  replace(state: LiveState): void {
    this.state = state;
  }
}
