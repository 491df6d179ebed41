import { defineBackground } from '#imports';

export default defineBackground(() => {
  // Wired up in the extension issue.
});
