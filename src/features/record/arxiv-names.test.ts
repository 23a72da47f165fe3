import { describe, expect, it } from 'vitest';
import { categoryName, isKnownCategory, licenseInfo, NO_LICENSE_TEXT } from './arxiv-names';

describe('categoryName', () => {
  it('names the categories seen in records, telling same-named ones apart', () => {
    expect(categoryName('stat.ML')).toBe('Machine Learning (Statistics)');
    expect(categoryName('cs.LG')).toBe('Machine Learning');
    expect(categoryName('math.MP')).toBe('Mathematical Physics');
    expect(categoryName('math-ph')).toBe('Mathematical Physics');
    expect(categoryName('cs.CR')).toBe('Cryptography and Security');
    expect(categoryName('cs.DL')).toBe('Digital Libraries');
    expect(categoryName('quant-ph')).toBe('Quantum Physics');
    expect(categoryName('hep-th')).toBe('High Energy Physics - Theory');
    expect(categoryName('cond-mat.str-el')).toBe('Strongly Correlated Electrons');
    expect(categoryName('astro-ph.CO')).toBe('Cosmology and Nongalactic Astrophysics');
    expect(categoryName('econ.EM')).toBe('Econometrics');
    expect(categoryName('eess.SP')).toBe('Signal Processing');
    expect(categoryName('q-bio.NC')).toBe('Neurons and Cognition');
    expect(categoryName('q-fin.ST')).toBe('Statistical Finance');
    expect(categoryName('nlin.CD')).toBe('Chaotic Dynamics');
    expect(categoryName('physics.optics')).toBe('Optics');
  });

  it('returns an unknown code as itself, including prototype keys', () => {
    expect(categoryName('cs.ZZ')).toBe('cs.ZZ');
    expect(categoryName('constructor')).toBe('constructor');
    expect(isKnownCategory('toString')).toBe(false);
    expect(isKnownCategory('cs.AI')).toBe(true);
  });

  it('covers every archive of the current taxonomy', () => {
    for (const code of ['cs.AI', 'cs.SY', 'econ.TH', 'eess.AS', 'eess.IV', 'eess.SY', 'math.AC', 'math.ST', 'astro-ph.SR', 'cond-mat.supr-con', 'gr-qc', 'hep-ex', 'hep-lat', 'hep-ph', 'nucl-ex', 'nucl-th', 'nlin.SI', 'physics.space-ph', 'q-bio.TO', 'q-fin.TR', 'stat.TH']) {
      expect(isKnownCategory(code), code).toBe(true);
    }
  });
});

describe('licenseInfo', () => {
  it('names the arXiv license in both schemes, with or without the slash', () => {
    for (const url of ['http://arxiv.org/licenses/nonexclusive-distrib/1.0/', 'https://arxiv.org/licenses/nonexclusive-distrib/1.0', 'https://www.arxiv.org/licenses/nonexclusive-distrib/1.0/']) {
      const l = licenseInfo(url);
      expect(l.name).toBe('arXiv.org perpetual, non-exclusive license');
      expect(l.href).toBe('https://arxiv.org/licenses/nonexclusive-distrib/1.0/license.html');
    }
  });

  it('names the Creative Commons licenses', () => {
    expect(licenseInfo('http://creativecommons.org/licenses/by/4.0/')).toEqual({ name: 'CC BY 4.0', href: 'https://creativecommons.org/licenses/by/4.0/', known: true });
    expect(licenseInfo('https://creativecommons.org/licenses/by-sa/4.0/').name).toBe('CC BY-SA 4.0');
    expect(licenseInfo('http://creativecommons.org/licenses/by-nc-sa/4.0/').name).toBe('CC BY-NC-SA 4.0');
    expect(licenseInfo('http://creativecommons.org/licenses/by-nc-nd/4.0/').name).toBe('CC BY-NC-ND 4.0');
    expect(licenseInfo('http://creativecommons.org/publicdomain/zero/1.0/').name).toMatch(/^CC0 1\.0/);
    expect(licenseInfo('http://creativecommons.org/licenses/by/3.0/').name).toBe('CC BY 3.0');
  });

  it('says when no license is recorded', () => {
    expect(licenseInfo('')).toEqual({ name: NO_LICENSE_TEXT, href: null, known: true });
    expect(NO_LICENSE_TEXT).toBe('No license recorded (older arXiv papers)');
  });

  it('shows an unknown license as its URL, linking only web addresses', () => {
    expect(licenseInfo('https://example.org/my-license')).toEqual({ name: 'https://example.org/my-license', href: 'https://example.org/my-license', known: false });
    expect(licenseInfo('javascript:alert(1)')).toEqual({ name: 'javascript:alert(1)', href: null, known: false });
  });
});
