import { css } from 'lit';

/**
 * Native radios and checkboxes (kept for their semantics and keyboard use), drawn from the
 * tokens, for the widgets that have them (the checker and the cues).
 */
export const controlStyles = css`
  /*
   * A 3:1 edge against the surface in every engine (WebKitGTK's own ring is about
   * 1.6:1 against white, and accent-color does not change it).
   */
  input[type='radio'],
  input[type='checkbox'] {
    appearance: none;
    flex: none;
    display: inline-grid;
    place-content: center;
    border: 0.125em solid var(--_muted);
    background: var(--_surface);
    color: var(--_accent);
  }
  input[type='radio'] {
    border-radius: 50%;
  }
  input[type='checkbox'] {
    border-radius: 0.2em;
  }
  input[type='radio']:checked,
  input[type='checkbox']:checked {
    border-color: var(--_accent);
  }
  input[type='radio']::before {
    content: '';
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    background: var(--_accent);
    transform: scale(0);
  }
  input[type='radio']:checked::before {
    transform: scale(1);
  }
  input[type='checkbox']:checked {
    background: var(--_accent);
  }
  /* The tick: two borders of a box, turned. */
  input[type='checkbox']::before {
    content: '';
    width: 0.4em;
    height: 0.75em;
    margin-block-start: -0.15em;
    border: solid var(--_accent-contrast);
    border-width: 0 0.15em 0.15em 0;
    transform: rotate(45deg) scale(0);
  }
  input[type='checkbox']:checked::before {
    transform: rotate(45deg) scale(1);
  }
  @media (forced-colors: active) {
    /* The system draws them in the user's colours. */
    input[type='radio'],
    input[type='checkbox'] {
      appearance: auto;
    }
    input[type='radio']::before,
    input[type='checkbox']::before {
      content: none;
    }
  }
`;
