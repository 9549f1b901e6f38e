import { FluentProvider, Title3, webLightTheme } from "@fluentui/react-components";

/** Placeholder until the pane's tabs land (issue: the Excel add-in). */
export function App() {
  return (
    <FluentProvider theme={webLightTheme}>
      <Title3 as="h1">Formatiecheck</Title3>
    </FluentProvider>
  );
}
