import type { RuleMeta } from '../../../../core/rule.js';

/** The parts of an OCI image config these checks read (image-spec config.md). */
export interface ImageConfigDocument {
  config?: {
    User?: string;
    ExposedPorts?: Record<string, unknown>;
    Env?: string[];
    Healthcheck?: { Test?: string[] };
  };
  history?: { created_by?: string; empty_layer?: boolean }[];
}

/** One problem found in the config or the history, with the history index where there is one. */
export interface ConfigHit {
  ruleId: string;
  message: string;
  /** 0-based index into `history`, for history findings. */
  historyIndex?: number;
  /** The layer that history entry created, when it created one. */
  layerIndex?: number;
}

export interface ConfigRule {
  meta: RuleMeta;
  check(config: ImageConfigDocument): ConfigHit[];
}
