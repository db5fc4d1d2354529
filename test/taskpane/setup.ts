import "@testing-library/jest-dom";

// Fluent v9 MessageBar needs ResizeObserver, which jsdom lacks (OFFICE-ADDINS §4.2, G16)
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStub;
