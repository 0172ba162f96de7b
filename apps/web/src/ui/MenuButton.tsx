import { useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuItem {
  label: string;
  /** Marks an item that changes a lot (kick). */
  danger?: boolean;
  onSelect(): void;
}

interface Props {
  /** The button's accessible name ("Controls of ann"). */
  label: string;
  text: string;
  items: readonly MenuItem[];
}

/**
 * A button that opens a menu of actions, as the WAI-ARIA menu button pattern has it: Enter, Space or
 * the arrow keys open it on an item, the arrow keys, Home and End move between the items, Escape (or
 * Tab) closes it and focus returns to the button.
 */
export function MenuButton({ label, text, items }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const entries = useRef<Array<HTMLButtonElement | null>>([]);
  const menuId = useId();

  const focusItem = (index: number) => {
    const count = items.length;
    entries.current[((index % count) + count) % count]?.focus();
  };
  const show = (index: number) => {
    setOpen(true);
    requestAnimationFrame(() => focusItem(index));
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      show(event.key === 'ArrowDown' ? 0 : items.length - 1);
    }
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const current = entries.current.findIndex((entry) => entry === document.activeElement);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: items.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      focusItem(moves[event.key]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  return (
    <span className="menu-button">
      <button
        ref={button}
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : show(0))}
        onKeyDown={onButtonKey}
      >
        {text}
      </button>
      {open && (
        <ul id={menuId} role="menu" aria-label={label} className="menu" onKeyDown={onMenuKey}>
          {items.map((item, index) => (
            <li key={item.label} role="none">
              <button
                ref={(entry) => {
                  entries.current[index] = entry;
                }}
                type="button"
                role="menuitem"
                tabIndex={-1}
                className={item.danger ? 'danger' : undefined}
                onClick={() => {
                  close(true);
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
