/** Variant (b): our elements upgrading slotted HTML, inserted with `innerHTML` where the tags are defined. */
import '../../dist/cdn/news-elements.js';
import { installBench } from '../harness.js';

installBench({
  render(stage, fixture) {
    stage.innerHTML = fixture.slotted;
  },
  clear(stage) {
    stage.replaceChildren();
  },
  // Slotted HTML is the host's: an update edits that HTML, as the host page would.
  updates: {
    headline(stage, fixture) {
      stage.querySelector('[slot="headline"]').textContent = fixture.update.headline;
    },
    append(stage, fixture) {
      stage.querySelector('latest-news > ul').insertAdjacentHTML('beforeend', fixture.update.storyHtml);
    },
    locale(stage, fixture) {
      stage.firstElementChild.setAttribute('locale', fixture.update.locale);
    },
  },
});
