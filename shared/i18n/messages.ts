// The shape every UI dictionary must have: the keys of the bokmål dictionary, each a string.
import type { nb } from './nb';

export type MessageKey = keyof typeof nb;
export type Messages = { readonly [K in MessageKey]: string };
