// The kinds of plan «Ny plan» can start from; each has a template and the app and CLI offer exactly these.
import { z } from 'zod';

export const TEMPLATE_KINDS = ['kommunedelplan', 'planprogram'] as const;
export const TemplateKindSchema = z.enum(TEMPLATE_KINDS);
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];
