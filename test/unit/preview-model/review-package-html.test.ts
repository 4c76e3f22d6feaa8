import { createHash } from 'node:crypto';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { buildPreviewModel } from '../../../src/main/core/preview/build-preview-model';
import { reviewPackageHtml } from '../../../src/main/formats/review/review-package-html';
import { sampleDocument } from '../folder/sample-document';

const site = { js: 'window.started = "</script><script>x</script>";', css: 'body{color:#222}' };

const packageOf = (title = 'Évaluer pour apprendre') => {
  const { doc } = sampleDocument();
  doc.parcours = { ...doc.parcours, title };
  const model = buildPreviewModel(doc, {
    mediaUrl: (m) => `data:${m.mime};base64,AAAA`,
    generatedAt: new Date('2026-11-22T10:00:00.000Z'),
  });
  return { model, html: reviewPackageHtml(model, site) };
};

const parse = (html: string) => {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true },
  });
  window.document.write(html);
  return window.document;
};

const hashOf = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the review package HTML', () => {
  it('holds the model whole, readable back from its JSON block', () => {
    const { model, html } = packageOf();
    const doc = parse(html);
    const block = doc.getElementById('atelier-preview-model');
    expect(block?.getAttribute('type')).toBe('application/json');
    expect(JSON.parse(block?.textContent ?? '')).toEqual(model);
  });

  it('lets only its own script and stylesheet run, by hash, and allows no connection', () => {
    const { html } = packageOf();
    const doc = parse(html);
    const csp =
      doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ??
      '';
    const scripts = [...doc.querySelectorAll('script:not([type])')];
    expect(scripts).toHaveLength(1);
    expect(csp).toContain(`script-src ${hashOf(scripts[0]?.textContent ?? '')}`);
    expect(csp).toContain(`style-src ${hashOf(doc.querySelector('style')?.textContent ?? '')}`);
    for (const rule of [
      "default-src 'none'",
      "connect-src 'none'",
      "form-action 'none'",
      "base-uri 'none'",
    ])
      expect(csp).toContain(rule);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  it('cannot be broken out of by a title or text that closes the script', () => {
    const hostile = '</script><script>alert(1)</script><!--';
    const { model, html } = packageOf(hostile);
    const doc = parse(html);
    // Still exactly one data block and one code block: the title stayed inside the JSON.
    expect(doc.querySelectorAll('script')).toHaveLength(2);
    expect(
      (JSON.parse(doc.getElementById('atelier-preview-model')?.textContent ?? '') as typeof model)
        .parcours.title,
    ).toBe(model.parcours.title);
    expect(doc.title).toBe(`${hostile} — relecture (version ${model.parcours.version})`);
    // The site's own "</script>" string was escaped, not cut.
    expect(doc.querySelector('script:not([type])')?.textContent).toContain('<\\/script>');
  });
});
