import type { AssessmentStatus, Direction, IndicatorUnit, RatioRounding, YenPrecision } from '@/lib/domain/types';

/** An indicator of the section as the page hands it to the client. */
export type WorkspaceIndicator = {
  id: number;
  code: string;
  name: string;
  aliases: string[];
  unit: IndicatorUnit;
  scale: number;
  ratioRounding: RatioRounding;
  yenPrecision: YenPrecision;
  direction: Direction;
  allowNegative: boolean;
  planValue: number | null;
  actualValue: number | null;
  priorActualValue: number | null;
  version: number;
  monthly: (number | null)[];
  updatedAt: string | null;
  updatedBy: string | null;
};

/** The version someone else saved (the conflict view). */
export type OtherVersion = {
  version: number;
  narrative: string;
  rating: string | null;
  status: AssessmentStatus;
  updatedAt: string;
  updatedBy: string | null;
};

export type Revision = {
  version: number;
  narrative: string;
  rating: string | null;
  status: AssessmentStatus;
  author: string | null;
  createdAt: string;
};

export type LiveValues = Record<number, { actual: number | null; prior: number | null }>;
