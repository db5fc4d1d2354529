import "@testing-library/jest-dom";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";

// jsdom lacks TextDecoder/TextEncoder, which the xlsx reader and writer use (browsers and Node have them)
const g = globalThis as unknown as Record<string, unknown>;
g.TextDecoder ??= NodeTextDecoder;
g.TextEncoder ??= NodeTextEncoder;

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
