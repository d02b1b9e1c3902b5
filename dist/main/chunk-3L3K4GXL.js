import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  MiB,
  formatBytes,
  formatDuration,
  mainWorkerGroup,
  quantile,
  quotedNames,
  weightedQuantile,
  workersRan
} from "./chunk-GHVA7SXN.js";

// node_modules/simple-statistics/dist/simple-statistics.mjs
function quantileSorted(x, p) {
  var idx = (x.length - 1) * p;
  if (x.length === 0) {
    throw new Error("quantile requires at least one data point.");
  } else if (p < 0 || p > 1) {
    throw new Error("quantiles must be between 0 and 1");
  } else if (p === 1) {
    return x[x.length - 1];
  } else if (p === 0) {
    return x[0];
  } else if (idx % 1 !== 0) {
    var lower = Math.floor(idx);
    var upper = Math.ceil(idx);
    var fraction = idx - lower;
    return x[lower] + fraction * (x[upper] - x[lower]);
  } else {
    return x[idx];
  }
}
function quickselect(arr, k, left, right) {
  left = left || 0;
  right = right || arr.length - 1;
  while (right > left) {
    if (right - left > 600) {
      var n = right - left + 1;
      var m = k - left + 1;
      var z2 = Math.log(n);
      var s = 0.5 * Math.exp(2 * z2 / 3);
      var sd = 0.5 * Math.sqrt(z2 * s * (n - s) / n);
      if (m - n / 2 < 0) {
        sd *= -1;
      }
      var newLeft = Math.max(left, Math.floor(k - m * s / n + sd));
      var newRight = Math.min(
        right,
        Math.floor(k + (n - m) * s / n + sd)
      );
      quickselect(arr, k, newLeft, newRight);
    }
    var t = arr[k];
    var i = left;
    var j = right;
    swap(arr, left, k);
    if (arr[right] > t) {
      swap(arr, left, right);
    }
    while (i < j) {
      swap(arr, i, j);
      i++;
      j--;
      while (arr[i] < t) {
        i++;
      }
      while (arr[j] > t) {
        j--;
      }
    }
    if (arr[left] === t) {
      swap(arr, left, j);
    } else {
      j++;
      swap(arr, j, right);
    }
    if (j <= k) {
      left = j + 1;
    }
    if (k <= j) {
      right = j - 1;
    }
  }
}
function swap(arr, i, j) {
  var tmp = arr[i];
  arr[i] = arr[j];
  arr[j] = tmp;
}
function quantile2(x, p) {
  var copy = x.slice();
  if (Array.isArray(p)) {
    multiQuantileSelect(copy, p);
    var results = [];
    for (var i = 0; i < p.length; i++) {
      results[i] = quantileSorted(copy, p[i]);
    }
    return results;
  } else {
    var idx = quantileIndex(copy.length, p);
    quantileSelect(copy, idx, 0, copy.length - 1);
    return quantileSorted(copy, p);
  }
}
function quantileSelect(arr, k, left, right) {
  if (k % 1 === 0) {
    quickselect(arr, k, left, right);
  } else {
    k = Math.floor(k);
    quickselect(arr, k, left, right);
    quickselect(arr, k + 1, k + 1, right);
  }
}
function multiQuantileSelect(arr, p) {
  var positions = /* @__PURE__ */ new Set();
  for (var i = 0; i < p.length; i++) {
    var idx = quantileIndex(arr.length, p[i]);
    positions.add(Math.floor(idx));
    positions.add(Math.ceil(idx));
  }
  var indices = Array.from(positions).sort(compare);
  multiselect(arr, indices, 0, indices.length - 1, 0, arr.length - 1);
}
function multiselect(arr, indices, lo, hi, left, right) {
  if (lo > hi) {
    return;
  }
  var mid = lo + hi >> 1;
  quickselect(arr, indices[mid], left, right);
  multiselect(arr, indices, lo, mid - 1, left, indices[mid] - 1);
  multiselect(arr, indices, mid + 1, hi, indices[mid] + 1, right);
}
function compare(a, b) {
  return a - b;
}
function quantileIndex(len, p) {
  var idx = (len - 1) * p;
  if (p === 1) {
    return len - 1;
  } else if (p === 0) {
    return 0;
  } else if (idx % 1 !== 0) {
    return idx;
  } else {
    return idx;
  }
}
function linearRegression(data) {
  var m;
  var b;
  var dataLength = data.length;
  if (dataLength === 1) {
    m = 0;
    b = data[0][1];
  } else {
    var sumX = 0;
    var sumY = 0;
    for (var i = 0; i < dataLength; i++) {
      sumX += data[i][0];
      sumY += data[i][1];
    }
    var meanX = sumX / dataLength;
    var meanY = sumY / dataLength;
    var sumXY = 0;
    var sumXX = 0;
    for (var i$1 = 0; i$1 < dataLength; i$1++) {
      var deviationX = data[i$1][0] - meanX;
      sumXY += deviationX * (data[i$1][1] - meanY);
      sumXX += deviationX * deviationX;
    }
    m = sumXY / sumXX;
    b = meanY - m * meanX;
  }
  return {
    m,
    b
  };
}
function median(x) {
  return +quantile2(x, 0.5);
}
var BayesianClassifier = function BayesianClassifier2() {
  this.totalCount = 0;
  this.data = {};
};
BayesianClassifier.prototype.train = function train(item, category) {
  if (!this.data[category]) {
    this.data[category] = {};
  }
  for (var k in item) {
    var v = item[k];
    if (this.data[category][k] === void 0) {
      this.data[category][k] = {};
    }
    if (this.data[category][k][v] === void 0) {
      this.data[category][k][v] = 0;
    }
    this.data[category][k][v]++;
  }
  this.totalCount++;
};
BayesianClassifier.prototype.score = function score(item) {
  var odds = {};
  var category;
  for (var k in item) {
    var v = item[k];
    for (category in this.data) {
      if (odds[category] === void 0) {
        odds[category] = {};
      }
      if (this.data[category][k]) {
        odds[category][k + "_" + v] = (this.data[category][k][v] || 0) / this.totalCount;
      } else {
        odds[category][k + "_" + v] = 0;
      }
    }
  }
  var oddsSums = {};
  for (category in odds) {
    oddsSums[category] = 0;
    for (var combination in odds[category]) {
      oddsSums[category] += odds[category][combination];
    }
  }
  return oddsSums;
};
var g = 607 / 128;
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
function cumulativeDistribution(z2) {
  var sum = z2;
  var tmp = z2;
  for (var i = 1; i < 30; i++) {
    tmp *= z2 * z2 / (2 * i + 1);
    sum += tmp;
  }
  return Math.round((0.5 + sum / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
}
var standardNormalTable = [];
for (z = 0; z <= 3.09; z += 0.01) {
  standardNormalTable.push(cumulativeDistribution(z));
}
var z;
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var PerceptronModel = function PerceptronModel2() {
  this.weights = [];
  this.bias = 0;
};
PerceptronModel.prototype.predict = function predict(features) {
  if (features.length !== this.weights.length) {
    return null;
  }
  var score2 = 0;
  for (var i = 0; i < this.weights.length; i++) {
    score2 += this.weights[i] * features[i];
  }
  score2 += this.bias;
  if (score2 > 0) {
    return 1;
  } else {
    return 0;
  }
};
PerceptronModel.prototype.train = function train2(features, label) {
  if (label !== 0 && label !== 1) {
    return null;
  }
  if (features.length !== this.weights.length) {
    this.weights = features.slice();
    this.bias = 1;
  }
  var prediction = this.predict(features);
  if (typeof prediction === "number" && prediction !== label) {
    var gradient = label - prediction;
    for (var i = 0; i < this.weights.length; i++) {
      this.weights[i] += gradient * features[i];
    }
    this.bias += gradient;
  }
  return this;
};

// src/estimate/speedup.ts
var DEFAULT_MIN_SPEEDUP_GAIN = 0.05;
var MAX_EXTRAPOLATION = 4;
var MAX_WORKERS_FITTED = 4096;
function predictDurationMs(model, workers) {
  return model.singleWorkerMs * (model.serialFraction + (1 - model.serialFraction) / Math.max(1, workers));
}
function fitSpeedup(points, minGain = DEFAULT_MIN_SPEEDUP_GAIN) {
  const usable = points.filter((point) => point.workers >= 1 && point.durationMs > 0);
  const distinct = [...new Set(usable.map((point) => point.workers))].sort((a, b) => a - b);
  if (usable.length < 3 || distinct.length < 2) return null;
  const medianDurationsMs = distinct.map(
    (workers) => median(usable.filter((point) => point.workers === workers).map((point) => point.durationMs))
  );
  const { m: slope, b: intercept } = linearRegression(
    usable.map((point) => [1 / point.workers, point.durationMs])
  );
  if (!(slope > 0)) return noGain(distinct, medianDurationsMs, minGain);
  const singleWorkerMs = Math.max(1, intercept + slope);
  const serialFraction = Math.min(1, Math.max(0, intercept / singleWorkerMs));
  const model = { serialFraction, singleWorkerMs };
  const largest = distinct[distinct.length - 1];
  let maxUsefulWorkers = 1;
  const last = Math.min(largest * MAX_EXTRAPOLATION, MAX_WORKERS_FITTED);
  for (let workers = 2; workers <= last; workers++) {
    const gain = predictDurationMs(model, workers - 1) / predictDurationMs(model, workers) - 1;
    if (gain < minGain) break;
    maxUsefulWorkers = workers;
  }
  return {
    kind: "amdahl",
    serialFraction,
    singleWorkerMs,
    maxUsefulWorkers,
    observedWorkers: distinct,
    medianDurationsMs
  };
}
function noGain(distinct, medianDurationsMs, minGain) {
  let fastest = 0;
  medianDurationsMs.forEach((ms, index) => {
    if (ms < medianDurationsMs[fastest]) fastest = index;
  });
  const fastestMs = medianDurationsMs[fastest];
  const larger = medianDurationsMs.slice(fastest + 1);
  if (larger.length === 0 || larger.some((ms) => ms < fastestMs * (1 + minGain))) return null;
  return {
    kind: "no-gain",
    // A flat curve at the fastest count's median: more workers are predicted no faster.
    serialFraction: 1,
    singleWorkerMs: fastestMs,
    maxUsefulWorkers: distinct[fastest],
    observedWorkers: distinct,
    medianDurationsMs
  };
}
function speedupNote(model) {
  if (model.kind === "amdahl")
    return `Durations at ${model.observedWorkers.join(", ")} workers fit Amdahl's law with ${Math.round(model.serialFraction * 100)}% serial work: more than ${model.maxUsefulWorkers} workers gain too little.`;
  const medians = model.observedWorkers.map(
    (workers, index) => `${workers}: ${formatDuration(model.medianDurationsMs[index])}`
  ).join(", ");
  return `Durations did not fall with more workers (median per count, ${medians}): ${model.maxUsefulWorkers} is the fastest count measured.`;
}

// src/estimate/concurrency.ts
var INDEPENDENT_EXPONENT = 0.6;
var LOCKSTEP_EXPONENT = 0.9;
var EXTRAPOLATION_MIN_CORRELATION = 0.03;
var MAX_PEAK_TOTAL_OVER_LOCKSTEP = 1.5;
function lockstepModel(memberPeakBytes, reason) {
  if (!(Number.isFinite(memberPeakBytes) && memberPeakBytes > 0)) {
    throw new RangeError(
      `lockstepModel: memberPeakBytes must be a positive number, got ${memberPeakBytes}`
    );
  }
  return {
    kind: "lockstep",
    meanMemberBytes: memberPeakBytes,
    memberPeakBytes,
    sdMemberBytes: 0,
    exponent: 1,
    observedWorkers: [],
    reason
  };
}
function isNonNegative(value) {
  return Number.isFinite(value) && value >= 0;
}
function screen(observation) {
  const weight = observation.weight ?? 1;
  if (!(Number.isFinite(weight) && weight > 0)) return "weight is not a positive number";
  const peak = observation.memberPeakBytes;
  if (!(Number.isFinite(peak) && peak > 0)) return "member peak is not a positive number";
  const result = {
    weight,
    memberPeakBytes: peak,
    moments: null,
    coupling: null,
    problem: null
  };
  const mean = observation.meanMemberBytes;
  const sd = observation.sdMemberBytes;
  if (!(isNonNegative(mean) && mean > 0 && isNonNegative(sd))) {
    result.problem = "mean or standard deviation is not a usable number";
    return result;
  }
  if (mean > peak) {
    result.problem = "mean above the member peak";
    return result;
  }
  result.moments = { meanBytes: mean, sdBytes: sd };
  const workers = observation.aliveAtPeak;
  const total = observation.peakTotalBytes;
  if (!(Number.isInteger(workers) && workers >= 2)) {
    result.problem = "fewer than 2 workers alive at the peak";
  } else if (!(sd > 0 && peak > mean)) {
    result.problem = "member RSS did not vary (\u03C3 = 0)";
  } else if (!Number.isFinite(total)) {
    result.problem = "peak total is not a number";
  } else if (total <= workers * mean) {
    result.problem = "peak total not above workers \xD7 mean";
  } else if (total > workers * peak * MAX_PEAK_TOTAL_OVER_LOCKSTEP) {
    result.problem = `peak total above ${MAX_PEAK_TOTAL_OVER_LOCKSTEP} \xD7 workers \xD7 member peak`;
  } else {
    const share = (total - workers * mean) / (workers * (peak - mean));
    result.coupling = { workers, share, peakTotalBytes: total };
  }
  return result;
}
function weightedMedian(values, weights) {
  const pairs = values.map((value, index) => [value, weights[index] ?? 0]);
  pairs.sort((a, b) => a[0] - b[0]);
  const half = pairs.reduce((sum, [, weight]) => sum + weight, 0) / 2;
  let cumulative = 0;
  for (let index = 0; index < pairs.length; index++) {
    const [value, weight] = pairs[index];
    cumulative += weight;
    if (Math.abs(cumulative - half) <= half * 1e-12 && index + 1 < pairs.length) {
      return (value + pairs[index + 1][0]) / 2;
    }
    if (cumulative > half) return value;
  }
  return pairs[pairs.length - 1][0];
}
var MiB2 = 1024 * 1024;
var GiB = 1024 * MiB2;
function formatBytes2(bytes) {
  if (bytes >= GiB) return `${(bytes / GiB).toFixed(1).replace(/\.0$/, "")} GiB`;
  return `${Math.round(bytes / MiB2)} MiB`;
}
function kindFor(exponent) {
  if (exponent >= LOCKSTEP_EXPONENT) return "lockstep";
  if (exponent <= INDEPENDENT_EXPONENT) return "independent";
  return "partly-correlated";
}
var KIND_LABEL = {
  independent: "independent-like",
  "partly-correlated": "partly correlated",
  lockstep: "lockstep-like"
};
function fitConcurrencyModel(observations) {
  if (observations.length === 0) throw new RangeError("fitConcurrencyModel: no observations");
  const screened = [];
  const problems = [];
  for (const observation of observations) {
    const result = screen(observation);
    if (typeof result === "string") problems.push(result);
    else {
      screened.push(result);
      if (result.problem !== null) problems.push(result.problem);
    }
  }
  if (screened.length === 0) {
    throw new RangeError(
      `fitConcurrencyModel: no observation has a usable member peak (${problems[0] ?? "none"})`
    );
  }
  const ignored = problems.length === 0 ? "" : `; ${problems.length} of ${observations.length} observation(s) not used as evidence (${problems[0]})`;
  const withMoments = screened.filter((item) => item.moments !== null);
  if (withMoments.length === 0) {
    const peak2 = weightedMedian(
      screened.map((item) => item.memberPeakBytes),
      screened.map((item) => item.weight)
    );
    return lockstepModel(
      peak2,
      `no usable mean and spread of member RSS: assuming lockstep, N \xD7 ${formatBytes2(peak2)}${ignored}`
    );
  }
  const weights = withMoments.map((item) => item.weight);
  const peak = weightedMedian(
    withMoments.map((item) => item.memberPeakBytes),
    weights
  );
  const mean = Math.min(
    peak,
    weightedMedian(
      withMoments.map((item) => item.moments?.meanBytes ?? peak),
      weights
    )
  );
  const sd = weightedMedian(
    withMoments.map((item) => item.moments?.sdBytes ?? 0),
    weights
  );
  const evidence = withMoments.filter((item) => item.coupling !== null);
  if (evidence.length === 0) {
    return {
      kind: "lockstep",
      meanMemberBytes: mean,
      memberPeakBytes: peak,
      sdMemberBytes: sd,
      exponent: 1,
      observedWorkers: [],
      reason: `no evidence of how the members' peaks overlap: assuming lockstep, N \xD7 ${formatBytes2(peak)}${ignored}`
    };
  }
  let numerator = 0;
  let denominator = 0;
  for (const item of evidence) {
    const { workers, share } = item.coupling;
    const logWorkers = Math.log(workers);
    const beta = Math.min(1.5, Math.max(0, 1 + Math.log(share) / logWorkers));
    numerator += item.weight * logWorkers * logWorkers * beta;
    denominator += item.weight * logWorkers * logWorkers;
  }
  const fitted = Math.min(1, Math.max(0.5, numerator / denominator));
  const kind = kindFor(fitted);
  const exponent = kind === "lockstep" ? 1 : fitted;
  const observedWorkers = [
    ...new Set(
      evidence.map((item) => item.coupling.workers)
    )
  ].sort((a, b) => a - b);
  const quoted = evidence.reduce((best, item) => {
    const a = item.coupling;
    const b = best.coupling;
    return a.workers > b.workers || a.workers === b.workers && item.weight > best.weight ? item : best;
  });
  const coupling = quoted.coupling;
  const percent = Math.round(coupling.share * 100);
  const range = observedWorkers.length === 1 ? `${observedWorkers[0]}` : `${observedWorkers[0]}\u2013${observedWorkers[observedWorkers.length - 1]}`;
  const reason = `at ${coupling.workers} workers the group peaked at ${formatBytes2(coupling.peakTotalBytes)}, ${percent}% of the way from the mean to all-at-peak: ${KIND_LABEL[kind]} (exponent ${fitted.toFixed(2)} from ${evidence.length} observation(s) at ${range} workers)${ignored}`;
  return {
    kind,
    meanMemberBytes: mean,
    memberPeakBytes: peak,
    sdMemberBytes: sd,
    exponent,
    observedWorkers,
    reason
  };
}
function sumVariance(workers, correlation) {
  return workers * (1 + (workers - 1) * correlation);
}
function assertUsableModel(model) {
  const { meanMemberBytes: mean, memberPeakBytes: peak, exponent } = model;
  if (!(isNonNegative(mean) && Number.isFinite(peak) && peak >= mean)) {
    throw new RangeError(
      `concurrency model needs 0 \u2264 meanMemberBytes \u2264 memberPeakBytes, got ${mean} and ${peak}`
    );
  }
  if (!(exponent >= 0.5 && exponent <= 1)) {
    throw new RangeError(`concurrency model exponent must be in [0.5, 1], got ${exponent}`);
  }
  if (!model.observedWorkers.every((count) => Number.isFinite(count) && count >= 1)) {
    throw new RangeError("concurrency model observedWorkers must be counts \u2265 1");
  }
}
function predictConcurrentPeakBytes(model, workers) {
  if (!(Number.isInteger(workers) && workers >= 0)) {
    throw new RangeError(`workers must be a whole number \u2265 0, got ${workers}`);
  }
  assertUsableModel(model);
  const { meanMemberBytes: mean, memberPeakBytes: peak } = model;
  const lockstepBytes = workers * peak;
  if (workers === 0) return 0;
  const exponent = model.kind === "lockstep" ? 1 : model.exponent;
  if (exponent >= 1) return lockstepBytes;
  const largestObserved = Math.max(1, ...model.observedWorkers);
  let multiple = workers ** exponent;
  if (workers > largestObserved) {
    const fittedCorrelation = largestObserved >= 2 ? (largestObserved ** (2 * exponent - 1) - 1) / (largestObserved - 1) : 0;
    const correlation = Math.min(1, Math.max(EXTRAPOLATION_MIN_CORRELATION, fittedCorrelation));
    const growth = Math.sqrt(
      sumVariance(workers, correlation) / sumVariance(largestObserved, correlation)
    );
    multiple = Math.max(multiple, largestObserved ** exponent * growth);
  }
  const predicted = workers * mean + (peak - mean) * Math.min(workers, multiple);
  return Math.min(lockstepBytes, Math.max(workers * mean, predicted));
}
function maxWorkersWithin(model, availableBytes, cap) {
  if (Number.isNaN(availableBytes)) throw new RangeError("availableBytes is NaN");
  if (!(Number.isInteger(cap) && cap >= 0)) {
    throw new RangeError(`cap must be a whole number \u2265 0, got ${cap}`);
  }
  assertUsableModel(model);
  if (availableBytes < 0) return 0;
  let fits = 0;
  let tooMany = cap + 1;
  while (tooMany - fits > 1) {
    const middle = Math.floor((fits + tooMany) / 2);
    if (predictConcurrentPeakBytes(model, middle) <= availableBytes) fits = middle;
    else tooMany = middle;
  }
  return fits;
}

// src/estimate/estimate.ts
var SAFETY_MARGIN = 0.15;
var MIN_RUNS_FOR_QUANTILE = 5;
var TARGET_QUANTILE = 0.9;
var DEFAULT_HALF_LIFE_DAYS = 7;
var OOM_BUMP_BYTES = 100 * MiB;
var OOM_BUMP_FACTOR = 1.2;
var DAY_MS = 864e5;
var MIN_WEIGHT = 1e-300;
var ELASTIC_RUNTIMES = /* @__PURE__ */ new Set(["node", "java"]);
var ELASTIC_MIN_SHARE = 0.5;
function isElasticRuntime(name) {
  return name !== null && ELASTIC_RUNTIMES.has(name.toLowerCase().replace(/\.exe$/, ""));
}
function confidenceMultiplier(runs) {
  return runs <= 0 ? Number.POSITIVE_INFINITY : Math.sqrt(1 + 1 / runs);
}
function confidenceFor(runs) {
  if (runs <= 0) return "none";
  if (runs < MIN_RUNS_FOR_QUANTILE) return "low";
  if (runs < 15) return "medium";
  return "high";
}
function figuresOf(entry, phaseName, nowMs, halfLifeDays) {
  return entry.profile.phases.filter((phase) => phase.name === phaseName).map((phase) => figuresFor(entry, phase, nowMs, halfLifeDays)).filter((figures) => figures !== null);
}
function phaseStartedAt(startedAt, phase) {
  const moved = new Date(Date.parse(startedAt) + phase.startMs);
  return phase.startMs > 0 && Number.isFinite(moved.getTime()) ? moved.toISOString() : startedAt;
}
function figuresFor(entry, phase, nowMs, halfLifeDays) {
  const group = mainWorkerGroup(phase);
  if (!group || group.peakRss.p90Bytes <= 0) return null;
  const oom = phase.oomKills > 0;
  const treePeak = phase.treeRss.peakBytes;
  const charged = phase.peakCgroupUsageBytes;
  const sharedPageScale = charged !== null && charged > 0 && charged < treePeak ? charged / treePeak : 1;
  const measuredPerWorker = group.peakRss.p90Bytes * sharedPageScale;
  let perWorker = measuredPerWorker;
  if (oom) perWorker = Math.max(perWorker + OOM_BUMP_BYTES, perWorker * OOM_BUMP_FACTOR);
  const workers = Math.max(1, workersRan(group));
  const peak = treePeak * sharedPageScale;
  const startedMs = Date.parse(entry.profile.run.startedAt);
  const ageDays = Number.isFinite(startedMs) ? Math.max(0, (nowMs - startedMs) / DAY_MS) : 0;
  const weight = Math.max(MIN_WEIGHT, 0.5 ** (ageDays / halfLifeDays));
  const host = entry.profile.host;
  const constrained = host.cgroupMemoryLimitBytes !== null && host.cgroupMemoryLimitBytes < host.memoryTotalBytes ? host.cgroupMemoryLimitBytes : null;
  const concurrency = group.concurrency;
  const observation = concurrency && concurrency.aliveAtPeak >= 2 ? {
    aliveAtPeak: concurrency.aliveAtPeak,
    peakTotalBytes: group.peakTotalBytes * sharedPageScale,
    meanMemberBytes: concurrency.memberMeanBytes * sharedPageScale,
    sdMemberBytes: concurrency.memberSdBytes * sharedPageScale,
    memberPeakBytes: measuredPerWorker,
    weight
  } : null;
  return {
    ref: {
      runId: entry.profile.run.runId,
      runAttempt: entry.profile.run.runAttempt,
      sha: entry.profile.run.sha,
      startedAt: entry.profile.run.startedAt,
      url: entry.url,
      perWorkerBytes: perWorker,
      workers,
      oomKills: phase.oomKills
    },
    perWorkerBytes: perWorker,
    measuredPerWorkerBytes: measuredPerWorker,
    baseBytes: Math.max(0, peak - group.peakTotalBytes * sharedPageScale),
    workers,
    peakBytes: peak,
    durationMs: phase.durationMs,
    weight,
    oom,
    heapLimitKills: phase.heapLimitKills ?? 0,
    // The action's profiles have no exit status; GitHub's conclusion stands in for it.
    succeeded: entry.failed !== true && (entry.profile.run.exitCode === null || entry.profile.run.exitCode === 0),
    phaseStartedAt: phaseStartedAt(entry.profile.run.startedAt, phase),
    constrainedLimitBytes: constrained,
    memoryLimitBytes: host.memoryLimitBytes,
    peakUsedBytes: constrained !== null ? phase.peakCgroupUsageBytes : phase.peakSystemUsedBytes,
    nodeHeapMb: phase.nodeHeapMb,
    workerName: group.name,
    observation
  };
}
function sameOs(profiles, os) {
  if (os === void 0) return { kept: profiles, note: null };
  const kept = profiles.filter((entry) => entry.profile.host.os === os);
  const others = [
    ...new Set(
      profiles.filter((entry) => entry.profile.host.os !== os).map((entry) => entry.profile.host.os)
    )
  ];
  return {
    kept,
    note: kept.length === profiles.length ? null : `${profiles.length - kept.length} profile(s) from another OS (${others.slice(0, 3).join(", ")}) ignored: memory is counted differently there.`
  };
}
function estimateFromHistory(input) {
  const halfLife = input.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
  const { kept, note: osNote } = sameOs(input.profiles, input.capacityOs);
  const perProfile = kept.map((entry) => figuresOf(entry, input.phase, input.nowMs, halfLife));
  const runs = perProfile.flat();
  const missing = perProfile.filter((figures) => figures.length === 0).length;
  const notes = osNote ? [osNote] : [];
  if (runs.length === 0) {
    if (input.profiles.length === 0) return { ...input.fallback, notes: input.fallback.notes };
    const phases = kept.flatMap((entry) => entry.profile.phases.map((phase) => phase.name));
    notes.push(
      `${input.profiles.length} earlier profile(s) found, but none recorded workers in phase '${input.phase}'` + (phases.length > 0 ? `; they have phase(s) ${quotedNames(phases)}.` : ".") + ` Assuming ${formatBytes(input.fallback.perWorkerBytes)} per worker (the fallback).`
    );
    return { ...input.fallback, notes };
  }
  const n = runs.length;
  if (missing > 0)
    notes.push(
      `${missing} of ${kept.length} earlier profile(s) had no workers in phase '${input.phase}'.`
    );
  const target = perWorkerTarget(runs, halfLife, notes);
  const ooms = runs.filter((run) => run.oom);
  if (ooms.length > 0) {
    const bumped = Math.max(...ooms.map((run) => run.perWorkerBytes));
    target.perWorkerBytes = Math.max(target.perWorkerBytes, bumped);
    notes.push(
      `${ooms.length} earlier run(s) had OOM kills: raised to max(used + 100 MiB, used \xD7 1.2) = ${formatBytes(bumped)} per worker at least.`
    );
  }
  const multiplier = (1 + SAFETY_MARGIN) * confidenceMultiplier(n);
  let perWorkerBytes = Math.round(target.perWorkerBytes * multiplier);
  notes.push(
    `+15% margin and \xD7${confidenceMultiplier(n).toFixed(2)} for ${n} run(s) of evidence: ${formatBytes(perWorkerBytes)} per worker.`
  );
  const latestName = runs.reduce(
    (latest, run) => Date.parse(run.ref.startedAt) > Date.parse(latest.ref.startedAt) ? run : latest
  ).workerName;
  const elastic = isElasticRuntime(latestName) && ooms.length === 0 && input.elasticMemory !== false;
  const elasticShare = elastic ? elasticPriorShare(runs, input.capacityMemoryLimitBytes) : 1;
  if (elasticShare < 1) {
    const leastSeenBytes = Math.min(...runs.map((run) => run.memoryLimitBytes));
    perWorkerBytes = Math.round(perWorkerBytes * elasticShare);
    notes.push(
      `Elastic memory: '${latestName}' workers size their heap from the memory they see; every run learned from saw at least ${formatBytes(leastSeenBytes)}, this runner ${formatBytes(input.capacityMemoryLimitBytes)}: \xD7${elasticShare.toFixed(2)} = ${formatBytes(perWorkerBytes)} per worker.${latestName.toLowerCase().startsWith("node") ? " Pass node-heap-mb to the workers as --max-old-space-size." : ""} Set elastic-memory: off if their memory is held rather than garbage (large caches, syntax trees).`
    );
  }
  perWorkerBytes = provenUnderTighterLimit(
    runs,
    input.capacityMemoryLimitBytes,
    perWorkerBytes,
    notes
  );
  const concurrency = concurrencyModelFor(runs, notes);
  const speedup = fitSpeedup(
    runs.filter((run) => run.succeeded && !run.oom && run.heapLimitKills === 0).map((run) => ({ workers: run.workers, durationMs: run.durationMs })),
    input.minSpeedupGain ?? DEFAULT_MIN_SPEEDUP_GAIN
  );
  if (speedup) notes.push(speedupNote(speedup));
  const perWorkerValues = runs.map((run) => run.perWorkerBytes);
  return {
    source: "history",
    perWorkerBytes,
    memberPeakBytes: Math.round(target.perWorkerBytes),
    baseBytes: Math.round(target.baseBytes),
    confidence: confidenceFor(n),
    historyRuns: n,
    spread: {
      p50Bytes: Math.round(quantile(perWorkerValues, 0.5)),
      p90Bytes: Math.round(quantile(perWorkerValues, 0.9)),
      maxBytes: Math.max(...perWorkerValues)
    },
    workerName: latestName,
    oomInHistory: ooms.length > 0,
    speedup,
    concurrency,
    elasticShare,
    elastic,
    baseMeasured: true,
    countEvidence: runs.map(countEvidenceOf),
    runs: runs.map((run) => run.ref),
    notes
  };
}
function perWorkerTarget(runs, halfLife, notes) {
  const n = runs.length;
  const perWorkerValues = runs.map((run) => run.perWorkerBytes);
  const weights = runs.map((run) => run.weight);
  let target;
  let baseBytes = weightedQuantile(
    runs.map((run) => run.baseBytes),
    weights,
    0.5
  );
  if (n < MIN_RUNS_FOR_QUANTILE) {
    target = Math.max(...perWorkerValues);
    notes.push(
      `Per worker: the largest of ${n} run(s) (${formatBytes(target)}), as fewer than ${MIN_RUNS_FOR_QUANTILE} runs make a quantile unreliable.`
    );
  } else {
    target = weightedQuantile(perWorkerValues, weights, TARGET_QUANTILE);
    notes.push(
      `Per worker: the p90 of ${n} runs, recent runs weighted more (half-life ${halfLife} days): ${formatBytes(target)}.`
    );
  }
  const counts = new Set(runs.map((run) => run.workers));
  if (counts.size >= 3) {
    const { m: slope, b: intercept } = linearRegression(
      runs.map((run) => [run.workers, run.peakBytes])
    );
    if (slope > 0 && intercept >= 0) {
      notes.push(
        `Peak memory rises by ${formatBytes(slope)} per worker across ${counts.size} worker counts (regression); base ${formatBytes(intercept)}.`
      );
      target = Math.max(target, slope);
      baseBytes = intercept;
    }
  }
  return { perWorkerBytes: target, baseBytes };
}
function elasticPriorShare(runs, capacityMemoryLimitBytes) {
  const leastSeenBytes = Math.min(...runs.map((run) => run.memoryLimitBytes));
  return capacityMemoryLimitBytes < leastSeenBytes ? Math.max(ELASTIC_MIN_SHARE, capacityMemoryLimitBytes / leastSeenBytes) : 1;
}
function provenUnderTighterLimit(runs, capacityMemoryLimitBytes, perWorkerBytes, notes) {
  const feasible = runs.filter(
    (run) => !run.oom && run.succeeded && run.constrainedLimitBytes !== null && run.constrainedLimitBytes < capacityMemoryLimitBytes
  ).map(
    (run) => Math.max(1, (run.constrainedLimitBytes - run.baseBytes) / run.workers)
  );
  if (feasible.length === 0) return perWorkerBytes;
  const proven = Math.round(Math.min(...feasible));
  if (proven >= perWorkerBytes) return perWorkerBytes;
  notes.push(
    `${feasible.length} run(s) under a tighter memory limit finished without OOM at ${formatBytes(proven)} per worker: using that (garbage-collected workers use less when they see less).`
  );
  return proven;
}
function concurrencyModelFor(runs, notes) {
  const observations = runs.map((run) => run.observation).filter((observation) => observation !== null);
  if (observations.length === 0) {
    notes.push(
      "Concurrency: no run recorded 2+ workers at once with per-sample figures (v1 profiles or one worker): workers are planned as if they peak together."
    );
    return null;
  }
  try {
    const model = fitConcurrencyModel(observations);
    notes.push(`Concurrency (${model.kind}): ${model.reason}.`);
    return model;
  } catch (error) {
    notes.push(
      `Concurrency: no usable evidence (${error instanceof Error ? error.message : String(error)}).`
    );
    return null;
  }
}
function countEvidenceOf(run) {
  return {
    runId: run.ref.runId,
    workers: run.workers,
    memoryLimitBytes: run.memoryLimitBytes,
    clean: !run.oom && run.heapLimitKills === 0 && run.succeeded,
    oomKills: run.ref.oomKills,
    heapLimitKills: run.heapLimitKills,
    perWorkerBytes: run.measuredPerWorkerBytes,
    peakUsedBytes: run.peakUsedBytes,
    nodeHeapMb: run.nodeHeapMb,
    startedAt: run.phaseStartedAt,
    weight: run.weight
  };
}

export {
  linearRegression,
  predictDurationMs,
  fitSpeedup,
  predictConcurrentPeakBytes,
  maxWorkersWithin,
  SAFETY_MARGIN,
  ELASTIC_MIN_SHARE,
  confidenceFor,
  estimateFromHistory
};
