import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { JobResult } from '../../../shared/domain/exchange';
import { useExchangeClose } from '../../hooks/use-exchange-close';
import type { useExchangeJob } from '../../hooks/use-exchange-job';
import { useExchangeStageFocus } from '../../hooks/use-exchange-stage-focus';
import { ModalDialog } from '../modal-dialog';
import { ExchangeStopDialog } from './exchange-stop-dialog';
import { JobFailureView } from './job-failure-view';
import { JobProgressView } from './job-progress-view';
import '../../styles/content-common.css';
import '../../styles/exchange.css';

interface ExchangeJobDialogProps {
  kind: JobResult['kind'];
  title: string;
  job: ReturnType<typeof useExchangeJob>;
  /** The file or folder written or read, said while the job runs. */
  path: string;
  form: ReactNode;
  success: (result: JobResult) => ReactNode;
  onClose: () => void;
}

/**
 * The steps every export and import goes through in one dialog: the form, the progress,
 * then the result or the error. Closing while the job runs asks first (`useExchangeClose`).
 * The dialog is portalled to the body; `ModalDialog` still gives the focus back to the button
 * that opened it.
 */
export const ExchangeJobDialog = ({
  kind,
  title,
  job,
  path,
  form,
  success,
  onClose,
}: ExchangeJobDialogProps) => {
  const { state } = job;
  const running = state.stage === 'starting' || state.stage === 'running';
  const close = useExchangeClose(running, onClose);
  const stageRef = useExchangeStageFocus(running ? 'running' : state.stage);
  // In the body: the opening buttons sit in small-print lists whose styles would reach it.
  return createPortal(
    <>
      <ModalDialog title={title} onClose={close.request} className="modal--wide exchange-dialog">
        <div ref={stageRef}>
          {state.stage === 'idle' && form}
          {running && (
            <JobProgressView
              kind={kind}
              path={path}
              progress={state.stage === 'running' ? state.progress : null}
              cancelling={state.cancelling}
              onCancel={() => void job.cancel()}
            />
          )}
          {state.stage === 'succeeded' && success(state.result)}
          {state.stage === 'failed' && (
            <JobFailureView kind={kind} error={state.error} onBack={job.reset} onClose={onClose} />
          )}
        </div>
      </ModalDialog>
      {/* A sibling, not a child: Escape on the question must not reach the dialog's own onCancel. */}
      {close.asking && (
        <ExchangeStopDialog kind={kind} onContinue={close.keepRunning} onStop={close.stop} />
      )}
    </>,
    document.body,
  );
};
