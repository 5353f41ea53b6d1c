// The counter file comes from --param counter=PATH, so that each run of the outer test starts afresh.
export default (config, { params }) => ({
  ...config,
  substitutions: { '%counter': params.counter ?? '/dev/null' },
});
