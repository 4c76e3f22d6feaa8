import { useEffect, useState } from 'react';

/**
 * Closing an exchange dialog while its job runs.
 *
 * Decision: the job belongs to its dialog. Closing it (Escape) while the job runs asks
 * first, and "Arrêter" closes the dialog, which cancels the job (`useExchangeJob` cancels a
 * running job when it unmounts): the core removes the partial file and the project is not
 * touched. A job left running behind a closed dialog would need an indicator elsewhere and
 * a way back to its report; an export takes seconds, so stopping is the honest answer.
 *
 * The close happens one render after the question goes away, so each `<dialog>` gives the
 * focus back in turn (to the dialog, then to the button that opened it) and none is lost
 * to an element still made inert by the other.
 */
export const useExchangeClose = (running: boolean, onClose: () => void) => {
  const [asking, setAsking] = useState(false);
  const [closing, setClosing] = useState(false);
  useEffect(() => {
    if (closing) onClose();
  }, [closing, onClose]);
  return {
    /** The question is shown only while there is still something to stop. */
    asking: asking && running && !closing,
    request: () => {
      if (running) setAsking(true);
      else onClose();
    },
    keepRunning: () => {
      setAsking(false);
    },
    stop: () => {
      setAsking(false);
      setClosing(true);
    },
  };
};
