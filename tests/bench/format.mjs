// Small helpers the other bench modules share: numbers as the table prints them, medians, the log.

export function median(values) {
  const known = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b);
  if (!known.length) return null;
  const mid = Math.floor(known.length / 2);
  return known.length % 2 ? known[mid] : (known[mid - 1] + known[mid]) / 2;
}

export function sum(values) {
  return values.reduce((a, b) => a + b, 0);
}

export function kb(bytes) {
  return (bytes / 1024).toFixed(1);
}

export function ms(value) {
  return value === null || value === undefined ? '–' : String(Math.round(value));
}

export function seconds(value) {
  return `${(value / 1000).toFixed(1)} s`;
}

export function log(message) {
  console.log(`[bench] ${message}`);
}
