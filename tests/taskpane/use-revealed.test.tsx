/** @jest-environment jsdom */
import { act, renderHook } from "@testing-library/react";
import { useRevealed } from "../../src/taskpane/components/use-revealed";

describe("useRevealed: a long list in steps", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const step = () =>
    act(() => {
      jest.advanceTimersByTime(0);
    });

  test("starts with the first items and adds a step per task until all are shown", () => {
    const { result } = renderHook(({ total }) => useRevealed(total, { initial: 5, step: 10 }), { initialProps: { total: 27 } });
    expect(result.current).toBe(5);
    step();
    expect(result.current).toBe(15);
    step();
    expect(result.current).toBe(25);
    step();
    expect(result.current).toBe(27);
    step();
    expect(result.current).toBe(27);
    expect(jest.getTimerCount()).toBe(0); // done: nothing more scheduled
  });

  test("a short list is shown at once, with nothing scheduled", () => {
    const { result } = renderHook(() => useRevealed(3, { initial: 5, step: 10 }));
    expect(result.current).toBe(3);
    expect(jest.getTimerCount()).toBe(0);
  });

  test("a new, longer result keeps what is shown and reveals only the rest", () => {
    const { result, rerender } = renderHook(({ total }) => useRevealed(total, { initial: 0, step: 10 }), { initialProps: { total: 10 } });
    expect(result.current).toBe(0);
    step();
    expect(result.current).toBe(10);
    rerender({ total: 25 });
    expect(result.current).toBe(10); // no flicker back to nothing
    step();
    step();
    expect(result.current).toBe(25);
    rerender({ total: 4 });
    expect(result.current).toBe(4);
  });

  test("unmounting cancels the next step", () => {
    const { unmount } = renderHook(() => useRevealed(100, { initial: 0, step: 10 }));
    expect(jest.getTimerCount()).toBe(1);
    unmount();
    expect(jest.getTimerCount()).toBe(0);
  });
});
