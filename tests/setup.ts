// Function invocation logs are asserted where they matter (tests/functions/platform/kit.test.ts), silent
// elsewhere unless FUNCTION_LOG=on is set for debugging.
process.env.FUNCTION_LOG ??= 'off';

// The CloudBase SDK arms a 3 s "request is longer than 3s" timer for every database request and
// clears it only when the request succeeds: a request cut off when a test's emulator closes leaves
// it running after the test file, and on a loaded machine the warning is noise. SILENCE is the
// SDK's own switch for it (node-sdk utils/tcbapirequester.js).
process.env.SILENCE ??= 'true';
