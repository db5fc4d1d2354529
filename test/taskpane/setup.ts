import "@testing-library/jest-dom";

// Fluent v9 MessageBar needs ResizeObserver, which jsdom lacks (OFFICE-ADDINS §4.2, G16)
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStub;

// On two busy cores a Fluent render in jsdom can take longer than testing-library's 1 s default. This is only
// the upper bound for waiting on a state (findBy…/waitFor resolve as soon as it holds), never a fixed delay.
import { configure } from "@testing-library/react";
configure({ asyncUtilTimeout: 10_000 });
