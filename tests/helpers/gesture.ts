import { resetMouse, sendMouse } from '@web/test-runner-commands';

/**
 * Runs `fn` inside a real user gesture: the driver clicks a button whose click
 * handler calls it. Some APIs behave differently outside one: in WebKit an
 * AudioContext made without a gesture stays suspended and its suspend() and
 * resume() promises never settle.
 */
export async function inUserGesture<T>(fn: () => T): Promise<T> {
  const button = document.createElement('button');
  button.textContent = 'user gesture';
  Object.assign(button.style, { position: 'fixed', top: '0', left: '0', width: '100px', height: '40px', zIndex: '2147483647' });
  document.body.append(button);
  const result = new Promise<T>((resolve, reject) => {
    button.addEventListener(
      'click',
      () => {
        try {
          resolve(fn());
        } catch (error) {
          reject(error);
        }
      },
      { once: true },
    );
  });
  try {
    const box = button.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    return await result;
  } finally {
    await resetMouse();
    button.remove();
  }
}
