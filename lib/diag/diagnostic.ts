// Diagnostics: a severity, a location, a message and attached notes, delivered to handlers.
import type { Location } from '../ir/location.js';

export type Severity = 'error' | 'warning' | 'remark' | 'note';

/**
 * One diagnostic. Notes may be attached after it is emitted (`op.emitError(...).attachNote(...)`),
 * so handlers should keep the object and render it later, not print it on arrival.
 */
export class Diagnostic {
  readonly notes: Diagnostic[] = [];
  /** Characters marked `~` from the caret on when rendered (the ranges of --verify-diagnostics errors). */
  underline = 0;
  constructor(
    readonly severity: Severity,
    readonly location: Location,
    readonly message: string,
  ) {}
  /** Attaches a note, at `location` or at this diagnostic's own location. */
  attachNote(message: string, location?: Location): Diagnostic {
    const note = new Diagnostic('note', location ?? this.location, message);
    this.notes.push(note);
    return this;
  }
}

/** Receives emitted diagnostics; return true to mark one handled (stops outer handlers). */
export type DiagnosticHandler = (d: Diagnostic) => boolean | void;

/**
 * Routes diagnostics to a stack of handlers, innermost first. With no handler installed,
 * diagnostics are kept in `unhandled` so that nothing is silently lost.
 */
export class DiagnosticEngine {
  private readonly handlers: DiagnosticHandler[] = [];
  readonly unhandled: Diagnostic[] = [];

  /** Installs `handler` until the returned function is called. */
  pushHandler(handler: DiagnosticHandler): () => void {
    this.handlers.push(handler);
    return () => {
      const i = this.handlers.lastIndexOf(handler);
      if (i >= 0) this.handlers.splice(i, 1);
    };
  }

  emit(d: Diagnostic): Diagnostic {
    for (let i = this.handlers.length - 1; i >= 0; i--) if (this.handlers[i](d)) return d;
    this.unhandled.push(d);
    return d;
  }

  /** Runs `fn` while collecting every diagnostic it emits; returns them with `fn`'s result. */
  collect<T>(fn: () => T): { result: T; diagnostics: Diagnostic[] } {
    const diagnostics: Diagnostic[] = [];
    const pop = this.pushHandler((d) => {
      diagnostics.push(d);
      return true;
    });
    try {
      return { result: fn(), diagnostics };
    } finally {
      pop();
    }
  }
}
