/** Loads the variant named in `?variant=`, with bench/baseline.css for the two baselines. */
const modules = {
  json: './variants/json.js',
  slotted: './variants/slotted.js',
  static: './variants/static.js',
  react: '../.tmp/bench/react/variant.js',
};
const variant = new URLSearchParams(location.search).get('variant');
if (!(variant in modules)) throw new Error(`unknown variant "${variant}"`);

if (variant === 'static' || variant === 'react') {
  const link = Object.assign(document.createElement('link'), {
    rel: 'stylesheet',
    href: new URL('./baseline.css', import.meta.url),
  });
  await new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error('bench/baseline.css did not load'));
    document.head.append(link);
  });
}
await import(modules[variant]);
