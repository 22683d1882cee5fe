import type { Server } from 'node:http';

export declare const HOST: string;
export declare const DEFAULT_PORT: number;
export declare function portFrom(value: string | undefined): { port: number } | { problem: string };
export declare function listenProblem(error: unknown, port: number): string;
export declare function listen(server: Server, port: number): Promise<number>;
