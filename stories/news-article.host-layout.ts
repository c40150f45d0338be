import { html, type TemplateResult } from 'lit';

/*
 * A stand-in newspaper page around an article: masthead with navigation and search, a ticker,
 * ad slots, a left rail and a footer, with the host's own CSS. Its rules are deliberately
 * broad (headings, paragraphs, lists, links, images, fonts) to show that they do not reach into
 * the article's shadow DOM. Colours follow the canvas's colour scheme through light-dark(), so
 * the host text keeps a contrast of at least 4.5:1 in the light and the dark theme.
 *
 * The story canvas is already a <main>, so the host's header and footer are plain sections of
 * it; its navigation blocks are named <nav> landmarks; the only h1 is the article's.
 */
const hostStyles = html`<style>
  .ledger-host {
    --ledger-ink: light-dark(#1c2430, #e6ebf1);
    --ledger-muted: light-dark(#4a5563, #b3bcc8);
    --ledger-paper: light-dark(#ffffff, #121316);
    --ledger-panel: light-dark(#eef1f5, #1b2029);
    --ledger-line: light-dark(#c9d0d9, #38414e);
    --ledger-link: light-dark(#0b4f7a, #9ccbeb);
    --ledger-brand: #0b3d5c;
    /* The host themes the article through its public tokens only. */
    --news-sys-color-accent: light-dark(#0b4f7a, #9ccbeb);
    --news-article-padding: 0 0 2em;
    margin: -1rem;
    background: var(--ledger-paper);
    color: var(--ledger-ink);
    font: 15px/1.35 Verdana, 'DejaVu Sans', Geneva, sans-serif;
    letter-spacing: 0.01em;
    container: ledger-host / inline-size;
  }
  .ledger-host * {
    box-sizing: border-box;
  }
  /* Broad host rules of the kind a CMS theme has; none of them reaches the article's shadow DOM. */
  .ledger-host h1,
  .ledger-host h2,
  .ledger-host h3 {
    font-family: Impact, 'Arial Narrow', sans-serif;
    text-transform: uppercase;
    color: #9b0000;
  }
  .ledger-host p {
    margin: 0 0 0.4em;
  }
  .ledger-host ul,
  .ledger-host ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .ledger-host img {
    border: 4px solid hotpink;
  }
  .ledger-host a {
    color: var(--ledger-link);
    font-weight: 700;
    text-decoration: none;
  }
  .ledger-host a:hover {
    text-decoration: underline;
  }
  .ledger-host a:focus-visible,
  .ledger-host input:focus-visible,
  .ledger-host button:focus-visible {
    outline: 3px solid light-dark(#1a5fd0, #8fb8ff);
    outline-offset: 2px;
  }
  .ledger-masthead {
    background: var(--ledger-brand);
    color: #ffffff;
  }
  .ledger-masthead .ledger-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem 2rem;
    padding: 0.9rem 1.25rem;
  }
  .ledger-masthead a.ledger-brand {
    color: #ffffff;
    font: 700 1.7rem/1 Georgia, 'Liberation Serif', serif;
    text-decoration: none;
  }
  .ledger-brand span {
    font-weight: 400;
    font-style: italic;
  }
  .ledger-sections ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.1rem;
  }
  .ledger-masthead .ledger-sections a {
    color: #dfe9f1;
    font-size: 0.8125rem;
  }
  .ledger-masthead .ledger-sections a[aria-current='page'] {
    color: #ffffff;
    text-decoration: underline;
    text-underline-offset: 0.3em;
  }
  .ledger-search {
    display: flex;
    gap: 0.4rem;
    align-items: center;
    font-size: 0.8125rem;
  }
  .ledger-search input {
    inline-size: 10rem;
    padding: 0.3rem 0.5rem;
    border: 1px solid #ffffff;
    border-radius: 2px;
    background: #ffffff;
    color: #1c2430;
    font: inherit;
  }
  .ledger-search button {
    padding: 0.3rem 0.7rem;
    border: 1px solid #ffffff;
    border-radius: 2px;
    background: transparent;
    color: #ffffff;
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  .ledger-ticker {
    padding: 0.5rem 1.25rem;
    border-block-end: 1px solid var(--ledger-line);
    background: var(--ledger-panel);
    font-size: 0.8125rem;
  }
  .ledger-ticker strong {
    color: light-dark(#9b0000, #ff9d8f);
    text-transform: uppercase;
  }
  .ledger-ticker a {
    text-decoration: underline;
  }
  .ledger-ad {
    display: grid;
    place-items: center;
    gap: 0.25rem;
    border: 1px dashed var(--ledger-line);
    background: var(--ledger-panel);
    color: var(--ledger-muted);
    font-size: 0.75rem;
    text-align: center;
  }
  .ledger-ad p {
    margin: 0;
  }
  .ledger-ad .ledger-ad-label {
    font-size: 0.6875rem;
    letter-spacing: 0.1em;
    text-transform: uppercase;
  }
  .ledger-leaderboard {
    min-block-size: 90px;
    max-inline-size: 728px;
    margin: 1rem auto;
  }
  .ledger-columns {
    display: grid;
    grid-template-columns: 12rem minmax(0, 1fr) 300px;
    gap: 1.5rem;
    padding: 0 1.25rem 1.5rem;
  }
  .ledger-rail {
    display: grid;
    align-content: start;
    gap: 1.5rem;
    font-size: 0.8125rem;
  }
  .ledger-rail-title {
    padding-block-end: 0.3rem;
    border-block-end: 3px solid var(--ledger-ink);
    font-weight: 700;
    text-transform: uppercase;
  }
  .ledger-rail li {
    padding-block: 0.35rem;
    border-block-end: 1px solid var(--ledger-line);
  }
  .ledger-most-read ol {
    counter-reset: most-read;
  }
  .ledger-most-read li {
    display: grid;
    grid-template-columns: 1.5rem 1fr;
    counter-increment: most-read;
  }
  .ledger-most-read li::before {
    content: counter(most-read);
    color: var(--ledger-muted);
    font-weight: 700;
  }
  .ledger-sidebar {
    display: grid;
    align-content: start;
    gap: 1.5rem;
  }
  .ledger-mpu {
    min-block-size: 250px;
  }
  .ledger-halfpage {
    min-block-size: 600px;
  }
  .ledger-footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem 2rem;
    padding: 1.25rem;
    background: light-dark(#1c2430, #0b0d10);
    color: #e6ebf1;
    font-size: 0.8125rem;
  }
  .ledger-footer ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .ledger-footer a {
    color: #ffffff;
    text-decoration: underline;
  }
  @container ledger-host (max-width: 60rem) {
    .ledger-columns {
      grid-template-columns: minmax(0, 1fr);
    }
  }
</style>`;

/** The article, `article`, embedded in a busy newspaper page; the page's own skip link comes first. */
export function busyHostLayout(article: TemplateResult): TemplateResult {
  return html`<div class="ledger-host">
    ${hostStyles}
    <skip-link></skip-link>
    <header class="ledger-masthead">
      <div class="ledger-bar">
        <a class="ledger-brand" href="#">The Straits <span>Ledger</span></a>
        <nav class="ledger-sections" aria-label="Sections">
          <ul>
            <li><a href="#">Home</a></li>
            <li><a href="#" aria-current="page">Economy</a></li>
            <li><a href="#">Asia</a></li>
            <li><a href="#">Markets</a></li>
            <li><a href="#">Opinion</a></li>
            <li><a href="#">Sport</a></li>
          </ul>
        </nav>
        <form class="ledger-search" role="search" @submit=${(event: Event) => event.preventDefault()}>
          <label>Search the site <input type="search" name="q" /></label>
          <button type="submit">Go</button>
        </form>
      </div>
    </header>
    <p class="ledger-ticker"><strong>Live:</strong> <a href="#">ASEAN summit opens in Kuala Lumpur: follow the day’s events</a></p>
    <div class="ledger-ad ledger-leaderboard">
      <p class="ledger-ad-label">Advertisement</p>
      <p>Leaderboard, 728 × 90</p>
    </div>
    <div class="ledger-columns">
      <div class="ledger-rail">
        <nav aria-labelledby="ledger-more-economy">
          <p class="ledger-rail-title" id="ledger-more-economy">More in Economy</p>
          <ul>
            <li><a href="#">Trade</a></li>
            <li><a href="#">Currencies</a></li>
            <li><a href="#">Commodities</a></li>
            <li><a href="#">Property</a></li>
            <li><a href="#">Personal finance</a></li>
          </ul>
        </nav>
        <nav class="ledger-most-read" aria-labelledby="ledger-most-read">
          <p class="ledger-rail-title" id="ledger-most-read">Most read</p>
          <ol>
            <li><a href="#">Petrol subsidy changes: what drivers need to know</a></li>
            <li><a href="#">Penang’s chip plants hire as orders recover</a></li>
            <li><a href="#">Five things to watch at the ASEAN summit</a></li>
          </ol>
        </nav>
        <div class="ledger-ad ledger-mpu">
          <p class="ledger-ad-label">Advertisement</p>
          <p>Rail, 160 × 250</p>
        </div>
      </div>
      <div class="ledger-story">${article}</div>
      <div class="ledger-sidebar">
        <div class="ledger-ad ledger-mpu">
          <p class="ledger-ad-label">Advertisement</p>
          <p>Medium rectangle, 300 × 250</p>
        </div>
        <div class="ledger-ad ledger-halfpage">
          <p class="ledger-ad-label">Advertisement</p>
          <p>Half page, 300 × 600</p>
        </div>
      </div>
    </div>
    <footer class="ledger-footer">
      <p>© 2025 The Straits Ledger. A demonstration site.</p>
      <nav aria-label="About the site">
        <ul>
          <li><a href="#">About us</a></li>
          <li><a href="#">Contact</a></li>
          <li><a href="#">Privacy</a></li>
          <li><a href="#">Terms</a></li>
        </ul>
      </nav>
    </footer>
  </div>`;
}
