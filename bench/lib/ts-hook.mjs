// Lets the benchmarks import the project's TypeScript test harness (the mini-runner and the
// loopback fake GitHub) with Node's own type stripping: a relative `./x.js` that does not exist
// resolves to `./x.ts`, as TypeScript's NodeNext resolution writes it.
export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    if (/^\.{1,2}\/.*\.js$/.test(specifier))
      return nextResolve(`${specifier.slice(0, -3)}.ts`, context);
    throw error;
  }
}
