import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  isModeratorControl,
  type ConferenceState,
  type ModeratorControl,
  type ModeratorKey,
} from '@fscon/live-state';
import { concatMap, Subject, type Subscription } from 'rxjs';
import { Journal } from '../../journal';
import { XmlStateReadModel } from '../../xml-state/xml-state.read-model';
import { requireMember, runningConference } from '../commands/conference-access';
import { ConferenceControl } from '../commands/conference-control';
import { byModeratorKey } from '../commands/control-caller';
import { ConferenceExecCommand } from '../commands/conference-exec/conference-exec.command';
import { LiveStateReadModel } from '../state/live-state.read-model';
import { decideModeratorKey } from './decide-moderator-key';
import {
  decideOwnSettingsKey,
  isOwnSettingsControl,
  memberSettingCommand,
  type OwnSettingsControl,
} from './own-settings-key';
import { playCommand, promptFile, promptRate, type Prompt } from './prompts';

/**
 * Turns the moderator keys FreeSWITCH reports (ModeratorKeyPressed in the journal) into the
 * ConferenceExecCommand a live client would send, with the moderator as its caller, and then tells the
 * room with a prompt. The second layer's keys (9 and a member's key) change the moderator's own
 * settings: their member commands go to FreeSWITCH directly (they concern the one who pressed, so
 * there is no caller to check), and the prompt is played to that moderator only. Presses are handled one after the other, each decided against the live state as
 * the earlier ones left it, so each command is awaited before the next press is looked at.
 *
 * It follows the journal rather than being an `@Saga()` on Nest's EventBus: the journal's events are
 * plain objects, not the classes the EventBus routes by, and the EventBus runs a saga's commands side
 * by side without letting the saga wait for them, which would decide a press before the one ahead of
 * it has changed the recording. The prompt is the saga's second step, not part of the command: a live
 * client's control plays none, and a refused or failed control is followed by no prompt.
 */
@Injectable()
export class ModeratorKeysSaga implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ModeratorKeys');
  private readonly presses = new Subject<ModeratorKey>();
  private handling: Subscription | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly journal: Journal,
    private readonly live: LiveStateReadModel,
    private readonly xmlState: XmlStateReadModel,
    private readonly commandBus: CommandBus,
    private readonly control: ConferenceControl,
  ) {}

  onModuleInit(): void {
    this.handling = this.presses.pipe(concatMap((key) => this.handle(key))).subscribe();
    this.unsubscribe = this.journal.subscribe(({ event }) => {
      if (event.type === 'ModeratorKeyPressed') this.presses.next(event.data);
    });
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
    this.handling?.unsubscribe();
  }

  /** One key press; a failure is logged, since nobody waits for an answer. */
  async handle(key: ModeratorKey): Promise<void> {
    try {
      if (isModeratorControl(key.control)) await this.conferenceKey(key, key.control);
      else if (isOwnSettingsControl(key.control)) await this.ownSettingsKey(key, key.control);
      else
        this.logger.debug(
          `key ${key.key} in ${key.conference} sends ${key.control}, which is no moderator control`,
        );
    } catch (error) {
      this.logger.warn(
        `key ${key.key} (${key.control}) of ${key.member.name} in ${key.conference}: ${(error as Error).message}`,
      );
    }
  }

  private async conferenceKey(key: ModeratorKey, control: ModeratorControl): Promise<void> {
    const conference = runningConference(this.live.current(), key.conference);
    for (const action of decideModeratorKey(control, conference.recording.status)) {
      if (action.type === 'exec') {
        await this.commandBus.execute(
          new ConferenceExecCommand(byModeratorKey(key), conference.name, action.call),
        );
      } else {
        await this.play(conference, action.prompt);
      }
    }
  }

  /** The moderator's own settings, as the live state shows them now; the prompt to that moderator only. */
  private async ownSettingsKey(key: ModeratorKey, control: OwnSettingsControl): Promise<void> {
    const conference = runningConference(this.live.current(), key.conference);
    const confid = requireMember(conference, key.member.confid);
    const member = conference.members.find((m) => m.confid === confid) ?? key.member;
    const { settings, prompt } = decideOwnSettingsKey(control, member);
    for (const setting of settings) {
      await this.control.send(memberSettingCommand(conference.name, member.confid, setting));
    }
    await this.play(conference, prompt, member.confid);
  }

  private async play(conference: ConferenceState, prompt: Prompt, confid?: string): Promise<void> {
    const xmlState = this.xmlState.current();
    const type = xmlState?.conferences.find((c) => c.name === conference.name)?.type;
    const confDir = xmlState?.globals['conf_dir'];
    const file = confDir === undefined ? undefined : promptFile(confDir, promptRate(type), prompt);
    if (file === undefined) {
      throw new Error(`no path for the prompt ${prompt}: conf_dir is ${JSON.stringify(confDir)}`);
    }
    await this.control.send(playCommand(conference.name, file, confid));
  }
}
