// Riverbank Physio's page code (a classic script in <head>, so it listens before <stride-catalogue> can answer).
// The clinic's own exercises exist only in its catalogue: their cards are placed once the catalogue has loaded,
// never before (a card for an id the page does not know yet would show an error). If the catalogue is not valid,
// nothing of it is applied, and the page says the clinic's exercises are not available.
(() => {
  const whenParsed = (fn) => {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn, { once: true });
    else fn();
  };
  const slots = () => document.querySelectorAll('.clinic-exercise');

  document.addEventListener('stride-catalogue-load', () =>
    whenParsed(() => {
      for (const slot of slots()) {
        const card = document.createElement('stride-exercise-card');
        card.setAttribute('exercise', slot.dataset.exercise);
        slot.replaceChildren(card);
        slot.dataset.state = 'ready';
      }
    }),
  );

  document.addEventListener('stride-catalogue-error', () =>
    whenParsed(() => {
      for (const slot of slots()) {
        const notice = document.createElement('p');
        notice.className = 'notice';
        notice.textContent = 'This exercise could not be loaded just now. Use the sheet your physiotherapist gave you.';
        slot.replaceChildren(notice);
        slot.dataset.state = 'failed';
      }
    }),
  );
})();
