/**
 * Property tests use one seed per run, so a result can be reproduced: `FC_SEED` when it is a
 * number, a fixed seed when it is unset, a new random seed when it is `random`. The seed is printed
 * once and handed to the test workers through the environment.
 */
export const DEFAULT_FAST_CHECK_SEED = 20261130;

export default function resolveFastCheckSeed(): void {
  const requested = process.env.FC_SEED;
  let seed: number;
  if (requested === undefined || requested === '') seed = DEFAULT_FAST_CHECK_SEED;
  else if (requested === 'random') seed = Math.floor(Math.random() * 2 ** 31);
  else if (/^-?[0-9]+$/.test(requested)) seed = Number(requested);
  else throw new Error(`FC_SEED must be an integer or 'random', not '${requested}'`);
  process.env.FC_SEED = String(seed);
  process.stdout.write(`fast-check seed: ${seed} (FC_SEED=<n> to repeat a run, FC_SEED=random for a new seed)\n`);
}
