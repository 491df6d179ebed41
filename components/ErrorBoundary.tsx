import { Component, Fragment, type ComponentChildren } from 'preact';
import { t } from '@/wording/i18n';

// Catches an error thrown while rendering the panel (results that are not what the components expect:
// damaged stored data, a version mismatch after an update) and shows what happened with a way out,
// instead of a blank panel. "Check again" asks for fresh results, then renders the panel anew.

interface Props {
  /** Asks for fresh results of the shown tab; the panel is rendered again once it settles. */
  onRecheck: () => Promise<unknown>;
  children: ComponentChildren;
}

interface State {
  error: string | null;
  /** Bumped on each retry, so the children are mounted afresh. */
  attempt: number;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static override getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown): void {
    this.setState(ErrorBoundary.getDerivedStateFromError(error));
  }

  private recheck = (): void => {
    void this.props
      .onRecheck()
      .catch(() => undefined)
      .then(() => this.setState((s) => ({ error: null, attempt: s.attempt + 1 })));
  };

  override render() {
    const { error, attempt } = this.state;
    if (error === null) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    return (
      <main class="panel">
        <section class="empty-state empty-error" data-empty="boundary" role="alert">
          <h2>{t('boundaryTitle')}</h2>
          <p>{t('boundaryText')}</p>
          <p class="empty-detail">{error}</p>
          <div class="empty-actions">
            <button type="button" onClick={this.recheck}>
              {t('boundaryRecheck')}
            </button>
          </div>
        </section>
      </main>
    );
  }
}
