/**
 * A test double for the browser's EventSource (jsdom has none): tests reach the instance a page opened through
 * `MockEventSource.latest(urlPart)` and play the server's part with `open()`, `emit()` and `fail()`.
 */
export class MockEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSED = 2;

  static instances: MockEventSource[] = [];

  readonly url: string;
  readonly withCredentials = false;
  readyState = MockEventSource.CONNECTING;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;

  constructor(url: string | URL) {
    super();
    this.url = String(url);
    MockEventSource.instances.push(this);
  }

  /** The newest connection whose URL contains `urlPart` (and is not closed). */
  static latest(urlPart = ''): MockEventSource | undefined {
    return MockEventSource.instances.filter((s) => s.url.includes(urlPart) && s.readyState !== MockEventSource.CLOSED).at(-1);
  }

  static reset() {
    MockEventSource.instances = [];
  }

  open() {
    this.readyState = MockEventSource.OPEN;
    const event = new Event('open');
    this.onopen?.(event);
    this.dispatchEvent(event);
  }

  /** A server event: `event: type`, `id: id`, `data: JSON`. */
  emit(type: string, data: unknown, id?: number) {
    const event = new MessageEvent(type, { data: JSON.stringify(data), lastEventId: id === undefined ? '' : String(id) });
    if (type === 'message') this.onmessage?.(event);
    this.dispatchEvent(event);
  }

  /** The connection dropped; `closed`: the browser gave up (no automatic retry). */
  fail(closed = false) {
    this.readyState = closed ? MockEventSource.CLOSED : MockEventSource.CONNECTING;
    const event = new Event('error');
    this.onerror?.(event);
    this.dispatchEvent(event);
  }

  close() {
    this.readyState = MockEventSource.CLOSED;
  }
}
