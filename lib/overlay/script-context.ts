/**
 * TheraCode's replacement for WXT's ContentScriptContext (wxt.config.ts aliases it in). WXT's own
 * announces every start to the page: a DOM event and a `window.postMessage` whose type carries the
 * extension id, so any page could tell a clinician runs TheraCode, and could forge the event to shut
 * the content script down. This one has the same API and tells the page nothing: a dead extension
 * is noticed through the runtime itself (`runtime.id` gone, polled by lifecycle.ts), which a page
 * can neither observe nor forge. (Chromium injects no new script into open pages on update, so
 * there is no newer script to hand over to.) A runtime port was tried too: an open port kept a
 * DevTools-inspected extension from reloading, and it adds nothing the poll does not catch.
 */
import { browser } from 'wxt/browser';

/** Same surface as WXT's ContentScriptContext (what entrypoint code and WXT's UI helpers use). */
export class ContentScriptContext implements AbortController {
  private readonly abortController = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  abort(reason?: unknown): void {
    this.abortController.abort(reason);
  }

  /** True once the extension was reloaded, updated or removed (reading it checks the runtime). */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  block<T>(): Promise<T> {
    return new Promise(() => undefined);
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((t) => {
      if (this.isValid) callback(t);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((d) => {
      if (!this.signal.aborted) callback(d);
    }, options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  /** A listener removed when the context is invalidated. */
  addEventListener(target: EventTarget, type: string, handler: never, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler as EventListener, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }

  /** Kept for API compatibility: nothing is announced to the page. */
  stopOldScripts(): void {}

  /** Kept for API compatibility: no page event is ever trusted. */
  verifyScriptStartedEvent(): boolean {
    return false;
  }

  /** Kept for API compatibility: a dead runtime is noticed by reading `isInvalid` (lifecycle.ts polls it). */
  listenForNewerScripts(): void {}
}
