/**
 * zod compiles its parsers with `new Function` unless told not to, and asks whether it may with a
 * probe when its first object schema is built. The page's CSP forbids eval, so the probe would be reported as a
 * violation on every load; and a first parse is faster without the compile step anyway (138
 * against 222 ms for the four data files, measured in node). main.ts imports this module first,
 * before any module that may parse.
 */
import { z } from 'zod';

z.config({ jitless: true });
