import { ValueTransformer } from 'typeorm';

/** `timestamptz` everywhere; TypeORM's default would be `timestamp without time zone`. */
export const TIMESTAMPTZ = 'timestamptz' as const;

/** pg returns bigint as string; our cents and counters fit comfortably in a JS number. */
export const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
