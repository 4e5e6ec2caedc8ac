import type { ScriptBody } from '../script-schema';

/**
 * The script with a step one place earlier (-1) or later (+1) in its section;
 * unchanged at either end. Order matters only for the first step, where a
 * jump to the section lands, and for how the file reads.
 */
export function moveStep(body: ScriptBody, id: string, by: -1 | 1): ScriptBody {
  return {
    ...body,
    sections: body.sections.map((section) => {
      const moved = section.steps.find((step) => step.id === id);
      const to = section.steps.findIndex((step) => step.id === id) + by;
      if (!moved || to < 0 || to >= section.steps.length) return section;
      const steps = section.steps.filter((step) => step !== moved);
      steps.splice(to, 0, moved);
      return { ...section, steps };
    }),
  };
}
