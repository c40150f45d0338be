/** Variant (c), the floor: the same article as plain HTML set with `innerHTML`, styled by bench/baseline.css. */
import { installBench } from '../harness.js';

installBench({
  render(stage, fixture) {
    stage.innerHTML = fixture.static;
  },
  clear(stage) {
    stage.replaceChildren();
  },
  // A static page changes by rendering again: the whole HTML, re-made with the change.
  updates: {
    headline(stage, fixture) {
      stage.innerHTML = fixture.update.static.headline;
    },
    append(stage, fixture) {
      stage.innerHTML = fixture.update.static.append;
    },
    locale(stage, fixture) {
      stage.innerHTML = fixture.update.static.locale;
    },
  },
});
