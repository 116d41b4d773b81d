/**
 * R15, without zod (the staff page imports it): the most lead ids one `registrationConfirm` takes;
 * the page sends a longer list in batches of this size.
 */
export const REGISTRATION_CONFIRM_MAX = 1000;
