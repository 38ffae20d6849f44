import { StatusPanel } from './features/status/StatusPanel';

export function App() {
  return (
    <div className="layout">
      <header className="app-header">
        <h1>
          Switchboard <span className="app-header__sub">Admin</span>
        </h1>
      </header>
      <main className="app-main">
        <StatusPanel />
      </main>
    </div>
  );
}
