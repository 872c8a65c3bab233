/**
 * A screen wake lock for `<stride-recovery-timer keep-awake>`, where the
 * browser supports one. The browser drops the lock when the page is hidden;
 * calling `acquire()` again when it is visible takes a new one. Refusals
 * (hidden page, permissions policy, low battery) are ignored: the timer
 * works either way, the screen just may sleep.
 */
export class ScreenWakeLock {
  private sentinel: WakeLockSentinel | null = null;
  /** Whether the lock should be held: a request that resolves after `release()` is let go at once. */
  private wanted = false;
  private pending = false;

  /** Whether a lock is held now. */
  get held(): boolean {
    return Boolean(this.sentinel && !this.sentinel.released);
  }

  /** Takes the lock if it is not held (no-op where unsupported). */
  async acquire(): Promise<void> {
    this.wanted = true;
    const wakeLock = (navigator as Partial<Navigator>).wakeLock;
    if (!wakeLock || this.pending || this.held) return;
    this.pending = true;
    try {
      const sentinel = await wakeLock.request('screen');
      if (this.wanted) {
        this.sentinel = sentinel;
        sentinel.addEventListener('release', () => {
          if (this.sentinel === sentinel) this.sentinel = null;
        });
      } else {
        await sentinel.release();
      }
    } catch {
      // Refused: ignored (see above).
    } finally {
      this.pending = false;
    }
  }

  /** Lets the lock go (and any request still on its way). */
  release(): void {
    this.wanted = false;
    const sentinel = this.sentinel;
    this.sentinel = null;
    sentinel?.release().catch(() => {});
  }
}
