/**
 * The module's UI strings, from `en.json` (`statistics.*`), handed to the island by the page at
 * build time. Same keys and `{name}` placeholders as `t()` in src/i18n, but only this module's
 * strings travel to the browser instead of the whole dictionary (about 10 KB gzip saved).
 */
import { createContext, useContext } from 'react';
import type en from '../../../i18n/en.json';

export type StatisticsMessages = (typeof en)['statistics'];

type Leaves<T, P extends string = ''> = T extends string
  ? P
  : { [K in keyof T & string]: Leaves<T[K], P extends '' ? K : `${P}.${K}`> }[keyof T & string];

/** Every key under `statistics.`, e.g. `band.close`. */
export type StatisticsKey = Leaves<StatisticsMessages>;

export type Translate = (key: StatisticsKey, vars?: Record<string, string | number>) => string;

/** A `t()` over the module's strings. An unknown key shows the key itself (never throws). */
export function translator(messages: StatisticsMessages): Translate {
  return (key, vars = {}) => {
    let node: unknown = messages;
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    const template = typeof node === 'string' ? node : key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in vars ? String(vars[name]) : whole,
    );
  };
}

export const MessagesContext = createContext<Translate>((key) => key);

/** The module's `t()`, inside the island. */
export const useT = (): Translate => useContext(MessagesContext);
