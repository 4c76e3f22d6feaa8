import { Component, type ReactNode } from 'react';
import { PreviewProblem } from './preview-problem';

interface Props {
  children: ReactNode;
  /** A new value (the next model) tries again after a failure. */
  resetKey: unknown;
}

/** Keeps a model the site cannot draw from leaving a blank page: it says so, in both languages. */
export class PreviewErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey)
      this.setState({ failed: false });
  }

  override render(): ReactNode {
    return this.state.failed ? <PreviewProblem kind="crash" /> : this.props.children;
  }
}
