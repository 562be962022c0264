/**
 * Imported first by the `newsgraph` binary (and the benchmarks, which measure what it serves):
 * run as a production server unless told otherwise. graphql-js checks `NODE_ENV` once, when it
 * loads; in development mode every type check also looks for a second copy of graphql-js, about
 * 1 ms of CPU per headline request (profiled). yoga also masks unexpected errors either way.
 */
process.env.NODE_ENV ??= 'production';
