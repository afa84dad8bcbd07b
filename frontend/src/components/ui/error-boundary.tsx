import { Component, type ErrorInfo, type ReactNode } from 'react';

type ErrorBoundaryProps = {
  /** Rendered instead of the children after an error; `reset` renders the children again. */
  fallback: (props: { error: unknown; reset: () => void }) => ReactNode;
  children: ReactNode;
  /** When any of these change, a shown error is cleared (e.g. the route's params). */
  resetKeys?: readonly unknown[];
};

type ErrorBoundaryState = { error: unknown; hasError: boolean; resetKeys: readonly unknown[] | undefined };

/** Keeps an error in one part of a page from blanking the whole page. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, hasError: false, resetKeys: this.props.resetKeys };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error, hasError: true };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    const changed =
      props.resetKeys !== state.resetKeys &&
      (props.resetKeys?.length !== state.resetKeys?.length ||
        props.resetKeys?.some((key, i) => !Object.is(key, state.resetKeys?.[i])));
    if (changed) return { error: null, hasError: false, resetKeys: props.resetKeys };
    return null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    if (import.meta.env.DEV) console.error('ErrorBoundary caught', error, info.componentStack);
  }

  reset = () => this.setState({ error: null, hasError: false });

  override render() {
    if (this.state.hasError) return this.props.fallback({ error: this.state.error, reset: this.reset });
    return this.props.children;
  }
}
