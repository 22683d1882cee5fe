/** robust-predicates 2.0.4 ships no types: what the build uses of it. */
declare module 'robust-predicates' {
  /**
   * Exact sign of the orientation of a, b, c: positive when c lies right of the line from a to b
   * (clockwise), negative when left, zero only when the three points are exactly collinear.
   */
  export function orient2d(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number;
}
