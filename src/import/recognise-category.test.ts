import { describe, expect, it } from 'vitest';
import { categoryRecogniser, isUnclassifiedText } from './recognise-category';

const recognise = categoryRecogniser();

describe('categoryRecogniser', () => {
  it('reads pillars from codes and Spanish or English labels', () => {
    expect(recognise('pillar', 'Reducción integrada de la oferta')).toBe('SR');
    expect(recognise('pillar', 'environmental protection')).toBe('EP');
    expect(recognise('pillar', 'rd')).toBe('RD');
  });

  it('reads types from codes in any case and labels', () => {
    expect(recognise('type', 'RD-VIA')).toBe('RD-VIA');
    expect(recognise('type', 'rd via')).toBe('RD-VIA');
    expect(recognise('type', 'Destrucción de laboratorios')).toBe('SR-LAB');
    expect(recognise('type', 'Interdiction and seizures')).toBe('SR-INT');
  });

  it('reads statuses from labels and common variants', () => {
    expect(recognise('status', 'Terminada')).toBe('completed');
    expect(recognise('status', 'FINALIZADO')).toBe('completed');
    expect(recognise('status', 'En ejecución')).toBe('in_progress');
    expect(recognise('status', 'in_progress')).toBe('in_progress');
    expect(recognise('status', 'Planeada')).toBe('planned');
    expect(recognise('status', 'Suspendida')).toBe('suspended');
  });

  it('answers null for what it does not know', () => {
    expect(recognise('status', 'En pausa')).toBeNull();
    expect(recognise('type', 'SR')).toBeNull();
  });

  it('knows the texts that say "no category"', () => {
    expect(['Sin clasificar', 'UNCLASSIFIED', 'N/A', 'sin dato'].map(isUnclassifiedText)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(isUnclassifiedText('En pausa')).toBe(false);
  });
});
