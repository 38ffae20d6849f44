import { jsonDepthExceeds } from './validation';

describe('jsonDepthExceeds', () => {
  const nested = (depth: number): unknown => JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);

  it('counts objects and arrays as levels, scalars as none', () => {
    expect(jsonDepthExceeds('text', 0)).toBe(false);
    expect(jsonDepthExceeds({}, 1)).toBe(false);
    expect(jsonDepthExceeds({}, 0)).toBe(true);
    expect(jsonDepthExceeds({ a: [{ b: 1 }] }, 3)).toBe(false);
    expect(jsonDepthExceeds({ a: [{ b: 1 }] }, 2)).toBe(true);
  });

  it('finds the one deep branch among wide siblings', () => {
    expect(jsonDepthExceeds({ wide: Array.from({ length: 1000 }, () => ({ x: 1 })), deep: nested(64) }, 64)).toBe(true);
    expect(jsonDepthExceeds({ wide: Array.from({ length: 1000 }, () => ({ x: 1 })), deep: nested(63) }, 64)).toBe(
      false,
    );
  });

  it('walks 100,000 levels without overflowing the stack', () => {
    expect(jsonDepthExceeds(nested(100_000), 64)).toBe(true);
  });
});
