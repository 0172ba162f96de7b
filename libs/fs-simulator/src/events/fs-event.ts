export type EventHeader = readonly [name: string, value: string];

/**
 * A FreeSWITCH event: headers in the order they were added (names are matched case-insensitively,
 * duplicates are allowed, as in switch_event_t), an optional body.
 */
export class FsEvent {
  private readonly list: Array<[string, string]> = [];
  body: string | undefined;

  constructor(
    /** Event-Name, e.g. API, BACKGROUND_JOB, CUSTOM. */
    readonly name: string,
    readonly subclass?: string,
  ) {}

  get headers(): readonly EventHeader[] {
    return this.list;
  }

  /** switch_event_add_header_string: an empty value adds nothing and removes the name instead. */
  addHeader(name: string, value: string): this {
    if (value === '') {
      this.deleteHeader(name);
    } else {
      this.list.push([name, value]);
    }
    return this;
  }

  getHeader(name: string): string | undefined {
    const wanted = name.toLowerCase();
    return this.list.find(([n]) => n.toLowerCase() === wanted)?.[1];
  }

  deleteHeader(name: string): void {
    const wanted = name.toLowerCase();
    for (let i = this.list.length - 1; i >= 0; i--) {
      if (this.list[i][0].toLowerCase() === wanted) this.list.splice(i, 1);
    }
  }
}
