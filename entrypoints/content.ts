import '../src/content/default-highlight.css';
import { Controller } from '../src/content/controller';
import { extensionAlive } from '../src/content/alive';
import { takeOver } from '../src/content/one-instance';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT would announce the script to the page with window.postMessage, naming the extension's id.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // An extension update or reload leaves this script without a runtime: then it leaves the page as it was.
    // The context's own signal is not trusted alone: a page can forge the event that aborts it.
    const controller = new Controller(document, extensionAlive);
    takeOver(() => controller.stop());
    ctx.onInvalidated(() => {
      if (!extensionAlive()) controller.stop();
    });
    void controller.start();
  },
});
