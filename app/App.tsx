export function App() {
  return (
    <main>
      <h1>DStream Studio</h1>
    </main>
  );
}
