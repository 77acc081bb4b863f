/**
 * The network: p(template | goal). Input is the goal's token set as a multi-hot vector over the
 * vocabulary, scaled by 1/√(tokens present) (a mean-pooled embedding, in effect); one ReLU hidden
 * layer; a softmax over the library's templates. Small on purpose: a few thousand verified steps
 * train it in seconds to minutes on two cores, and one forward pass costs well under a
 * millisecond. Weights are plain Float32Arrays so they save and load as one binary file.
 */
import { mulberry32 } from '../../core/random.ts';
import { shuffleInPlace } from './random.ts';
import { tf } from './tf.ts';

export interface ModelShape {
  readonly vocab: number;
  readonly hidden: number;
  readonly classes: number;
}

/** The weight tensors, in the order they are stored. */
export const WEIGHT_NAMES = ['w1', 'b1', 'w2', 'b2'] as const;
export type WeightName = (typeof WEIGHT_NAMES)[number];
export type Weights = Record<WeightName, Float32Array>;

export function weightShapes(shape: ModelShape): Record<WeightName, number[]> {
  return { w1: [shape.vocab, shape.hidden], b1: [shape.hidden], w2: [shape.hidden, shape.classes], b2: [shape.classes] };
}

/** Glorot-uniform weights and zero biases from `seed`. */
export function initialWeights(shape: ModelShape, seed: number): Weights {
  const random = mulberry32(seed);
  const glorot = (fanIn: number, fanOut: number): Float32Array => {
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    return Float32Array.from({ length: fanIn * fanOut }, () => (2 * random() - 1) * limit);
  };
  return {
    w1: glorot(shape.vocab, shape.hidden),
    b1: new Float32Array(shape.hidden),
    w2: glorot(shape.hidden, shape.classes),
    b2: new Float32Array(shape.classes),
  };
}

/** One training example: the goal's vocabulary indices (distinct) and its template class. */
export interface Example {
  readonly tokens: readonly number[];
  readonly label: number;
}

export interface TrainOptions {
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly seed: number;
  /** Called after each epoch with its mean training loss; return false to stop early. */
  readonly onEpoch?: (epoch: number, loss: number, model: TemplateModel) => boolean | void;
}

export class TemplateModel {
  private readonly vars: Record<WeightName, ReturnType<typeof tf.variable>>;

  constructor(
    readonly shape: ModelShape,
    weights: Weights,
  ) {
    const shapes = weightShapes(shape);
    const variable = (name: WeightName): ReturnType<typeof tf.variable> => {
      const initial = tf.tensor(weights[name], shapes[name]);
      const v = tf.variable(initial, true, undefined, 'float32');
      initial.dispose(); // the variable holds its own reference to the data
      return v;
    };
    this.vars = Object.fromEntries(WEIGHT_NAMES.map((name) => [name, variable(name)])) as Record<WeightName, ReturnType<typeof tf.variable>>;
  }

  /** log p(template | goal) for each goal, one Float32Array of `classes` entries each. */
  logProbs(goals: readonly (readonly number[])[]): Float32Array[] {
    if (goals.length === 0) return [];
    const flat = tf.tidy(() => tf.logSoftmax(this.logits(this.input(goals))).dataSync() as Float32Array);
    const { classes } = this.shape;
    return goals.map((_, i) => flat.slice(i * classes, (i + 1) * classes));
  }

  /** Mini-batch Adam on softmax cross-entropy plus L2 on the weights; returns the last epoch's mean loss. */
  train(examples: readonly Example[], options: TrainOptions): number {
    const random = mulberry32(options.seed ^ 0x5eed);
    const optimizer = tf.train.adam(options.learningRate);
    const order = examples.map((_, i) => i);
    let last = Number.NaN;
    try {
      for (let epoch = 1; epoch <= options.epochs; epoch += 1) {
        shuffleInPlace(order, random);
        let total = 0;
        for (let start = 0; start < order.length; start += options.batchSize) {
          const batch = order.slice(start, start + options.batchSize).map((i) => examples[i]!);
          const input = this.input(batch.map((e) => e.tokens));
          const labels = tf.oneHot(tf.tensor1d(batch.map((e) => e.label), 'int32'), this.shape.classes);
          const loss = optimizer.minimize(
            () =>
              tf.tidy(() => {
                const ce = tf.losses.softmaxCrossEntropy(labels, this.logits(input));
                const reg = tf.add(tf.sum(tf.square(this.vars.w1)), tf.sum(tf.square(this.vars.w2)));
                return tf.add(ce, tf.mul(reg, options.l2)) as tf.Scalar;
              }),
            true,
          );
          total += (loss!.dataSync()[0] ?? 0) * batch.length;
          tf.dispose([input, labels, loss!]);
        }
        last = total / Math.max(1, examples.length);
        if (options.onEpoch?.(epoch, last, this) === false) break;
      }
    } finally {
      optimizer.dispose();
    }
    return last;
  }

  /** A copy of the current weights. */
  weights(): Weights {
    return Object.fromEntries(WEIGHT_NAMES.map((name) => [name, Float32Array.from(this.vars[name].dataSync() as Float32Array)])) as Weights;
  }

  /** Replaces the weights (e.g. with the best epoch's). */
  assign(weights: Weights): void {
    const shapes = weightShapes(this.shape);
    for (const name of WEIGHT_NAMES) {
      const value = tf.tensor(weights[name], shapes[name]);
      this.vars[name].assign(value);
      value.dispose();
    }
  }

  dispose(): void {
    for (const name of WEIGHT_NAMES) this.vars[name].dispose();
  }

  private logits(input: tf.Tensor2D): tf.Tensor2D {
    const hidden = tf.relu(tf.add(tf.matMul(input, this.vars.w1 as tf.Tensor2D), this.vars.b1));
    return tf.add(tf.matMul(hidden, this.vars.w2 as tf.Tensor2D), this.vars.b2) as tf.Tensor2D;
  }

  private input(goals: readonly (readonly number[])[]): tf.Tensor2D {
    const { vocab } = this.shape;
    const data = new Float32Array(goals.length * vocab);
    goals.forEach((tokens, row) => {
      const scale = tokens.length > 0 ? 1 / Math.sqrt(tokens.length) : 0;
      for (const t of tokens) data[row * vocab + t] = scale;
    });
    return tf.tensor2d(data, [goals.length, vocab]);
  }
}
