// Error boundary around each page: a failure shows a calm message with a reload button,
// never a blank page. It resets when the learner navigates elsewhere (keyed by path).
import { Component, type ReactNode } from 'react';
import { useT } from '../i18n';

function PageError() {
  const { t } = useT();
  return (
    <div className="message-page" role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('error.reload')}
      </button>
    </div>
  );
}

export class RouteErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override render() {
    return this.state.failed ? <PageError /> : this.props.children;
  }
}
