// Function invocation logs are asserted where they matter (tests/functions/kit.test.ts), silent
// elsewhere unless FUNCTION_LOG=on is set for debugging.
process.env.FUNCTION_LOG ??= 'off';
