import '../src/content/default-highlight.css';
import { Controller } from '../src/content/controller';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    // An extension update or reload invalidates this script (the context
    // notices when asked, or when a newer copy starts): leave the page as it was.
    const controller = new Controller(document, () => ctx.isValid);
    ctx.onInvalidated(() => controller.stop());
    void controller.start();
  },
});
