import { Controller } from '../src/content/controller';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const controller = new Controller(document);
    // An extension update or reload invalidates this script: leave the page as it was.
    ctx.onInvalidated(() => controller.stop());
    void controller.start();
  },
});
