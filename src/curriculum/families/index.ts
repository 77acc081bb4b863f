/**
 * The families of the curriculum, in generation order (the order is part of the seed's meaning:
 * changing it changes the generated files).
 */
import type { Family } from '../candidate.ts';
import { absFloor } from './abs-floor.ts';
import { arithmetic } from './arithmetic.ts';
import { boundedForalls } from './bounded-foralls.ts';
import { existentials } from './existentials.ts';
import { finiteSums } from './finite-sums.ts';
import { gcdLcm } from './gcd-lcm.ts';
import { inequalities } from './inequalities.ts';
import { linearSystems } from './linear-systems.ts';
import { modular } from './modular.ts';
import { nonlinearBounds } from './nonlinear-bounds.ts';
import { parametricModular } from './parametric-modular.ts';
import { polynomialIdentities } from './polynomial-identities.ts';
import { quadratics } from './quadratics.ts';

export const FAMILIES: readonly Family[] = [
  polynomialIdentities,
  linearSystems,
  quadratics,
  inequalities,
  nonlinearBounds,
  arithmetic,
  modular,
  parametricModular,
  gcdLcm,
  finiteSums,
  absFloor,
  existentials,
  boundedForalls,
];
