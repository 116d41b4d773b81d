// Function invocation logs are asserted where they matter (tests/functions/kit.test.ts), silent elsewhere.
process.env.FUNCTION_LOG = 'off';
