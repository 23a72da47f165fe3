/**
 * Human names for arXiv category codes and license URLs. Codes and URLs are
 * what records hold (and hash); names are only for reading, so an unknown code
 * or URL is shown as itself rather than guessed.
 */

// arXiv category taxonomy (https://arxiv.org/category_taxonomy). Where two archives share a
// name (cs.LG / stat.ML, cs.IT / math.IT …) the name says which, so a list stays readable.
const CATEGORY_NAMES: Readonly<Record<string, string>> = {
  // Computer Science
  'cs.AI': 'Artificial Intelligence',
  'cs.AR': 'Hardware Architecture',
  'cs.CC': 'Computational Complexity',
  'cs.CE': 'Computational Engineering, Finance, and Science',
  'cs.CG': 'Computational Geometry',
  'cs.CL': 'Computation and Language',
  'cs.CR': 'Cryptography and Security',
  'cs.CV': 'Computer Vision and Pattern Recognition',
  'cs.CY': 'Computers and Society',
  'cs.DB': 'Databases',
  'cs.DC': 'Distributed, Parallel, and Cluster Computing',
  'cs.DL': 'Digital Libraries',
  'cs.DM': 'Discrete Mathematics',
  'cs.DS': 'Data Structures and Algorithms',
  'cs.ET': 'Emerging Technologies',
  'cs.FL': 'Formal Languages and Automata Theory',
  'cs.GL': 'General Literature',
  'cs.GR': 'Graphics',
  'cs.GT': 'Computer Science and Game Theory',
  'cs.HC': 'Human-Computer Interaction',
  'cs.IR': 'Information Retrieval',
  'cs.IT': 'Information Theory',
  'cs.LG': 'Machine Learning',
  'cs.LO': 'Logic in Computer Science',
  'cs.MA': 'Multiagent Systems',
  'cs.MM': 'Multimedia',
  'cs.MS': 'Mathematical Software',
  'cs.NA': 'Numerical Analysis',
  'cs.NE': 'Neural and Evolutionary Computing',
  'cs.NI': 'Networking and Internet Architecture',
  'cs.OH': 'Other Computer Science',
  'cs.OS': 'Operating Systems',
  'cs.PF': 'Performance',
  'cs.PL': 'Programming Languages',
  'cs.RO': 'Robotics',
  'cs.SC': 'Symbolic Computation',
  'cs.SD': 'Sound',
  'cs.SE': 'Software Engineering',
  'cs.SI': 'Social and Information Networks',
  'cs.SY': 'Systems and Control',
  // Economics
  'econ.EM': 'Econometrics',
  'econ.GN': 'General Economics',
  'econ.TH': 'Theoretical Economics',
  // Electrical Engineering and Systems Science
  'eess.AS': 'Audio and Speech Processing',
  'eess.IV': 'Image and Video Processing',
  'eess.SP': 'Signal Processing',
  'eess.SY': 'Systems and Control',
  // Mathematics
  'math.AC': 'Commutative Algebra',
  'math.AG': 'Algebraic Geometry',
  'math.AP': 'Analysis of PDEs',
  'math.AT': 'Algebraic Topology',
  'math.CA': 'Classical Analysis and ODEs',
  'math.CO': 'Combinatorics',
  'math.CT': 'Category Theory',
  'math.CV': 'Complex Variables',
  'math.DG': 'Differential Geometry',
  'math.DS': 'Dynamical Systems',
  'math.FA': 'Functional Analysis',
  'math.GM': 'General Mathematics',
  'math.GN': 'General Topology',
  'math.GR': 'Group Theory',
  'math.GT': 'Geometric Topology',
  'math.HO': 'History and Overview',
  'math.IT': 'Information Theory',
  'math.KT': 'K-Theory and Homology',
  'math.LO': 'Logic',
  'math.MG': 'Metric Geometry',
  'math.MP': 'Mathematical Physics',
  'math.NA': 'Numerical Analysis',
  'math.NT': 'Number Theory',
  'math.OA': 'Operator Algebras',
  'math.OC': 'Optimization and Control',
  'math.PR': 'Probability',
  'math.QA': 'Quantum Algebra',
  'math.RA': 'Rings and Algebras',
  'math.RT': 'Representation Theory',
  'math.SG': 'Symplectic Geometry',
  'math.SP': 'Spectral Theory',
  'math.ST': 'Statistics Theory',
  // Physics: astrophysics
  'astro-ph': 'Astrophysics',
  'astro-ph.CO': 'Cosmology and Nongalactic Astrophysics',
  'astro-ph.EP': 'Earth and Planetary Astrophysics',
  'astro-ph.GA': 'Astrophysics of Galaxies',
  'astro-ph.HE': 'High Energy Astrophysical Phenomena',
  'astro-ph.IM': 'Instrumentation and Methods for Astrophysics',
  'astro-ph.SR': 'Solar and Stellar Astrophysics',
  // Physics: condensed matter
  'cond-mat': 'Condensed Matter',
  'cond-mat.dis-nn': 'Disordered Systems and Neural Networks',
  'cond-mat.mes-hall': 'Mesoscale and Nanoscale Physics',
  'cond-mat.mtrl-sci': 'Materials Science',
  'cond-mat.other': 'Other Condensed Matter',
  'cond-mat.quant-gas': 'Quantum Gases',
  'cond-mat.soft': 'Soft Condensed Matter',
  'cond-mat.stat-mech': 'Statistical Mechanics',
  'cond-mat.str-el': 'Strongly Correlated Electrons',
  'cond-mat.supr-con': 'Superconductivity',
  // Physics: single-category archives
  'gr-qc': 'General Relativity and Quantum Cosmology',
  'hep-ex': 'High Energy Physics - Experiment',
  'hep-lat': 'High Energy Physics - Lattice',
  'hep-ph': 'High Energy Physics - Phenomenology',
  'hep-th': 'High Energy Physics - Theory',
  'math-ph': 'Mathematical Physics',
  'nucl-ex': 'Nuclear Experiment',
  'nucl-th': 'Nuclear Theory',
  'quant-ph': 'Quantum Physics',
  // Physics: nonlinear sciences
  'nlin.AO': 'Adaptation and Self-Organizing Systems',
  'nlin.CD': 'Chaotic Dynamics',
  'nlin.CG': 'Cellular Automata and Lattice Gases',
  'nlin.PS': 'Pattern Formation and Solitons',
  'nlin.SI': 'Exactly Solvable and Integrable Systems',
  // Physics: physics archive
  'physics.acc-ph': 'Accelerator Physics',
  'physics.ao-ph': 'Atmospheric and Oceanic Physics',
  'physics.app-ph': 'Applied Physics',
  'physics.atm-clus': 'Atomic and Molecular Clusters',
  'physics.atom-ph': 'Atomic Physics',
  'physics.bio-ph': 'Biological Physics',
  'physics.chem-ph': 'Chemical Physics',
  'physics.class-ph': 'Classical Physics',
  'physics.comp-ph': 'Computational Physics',
  'physics.data-an': 'Data Analysis, Statistics and Probability',
  'physics.ed-ph': 'Physics Education',
  'physics.flu-dyn': 'Fluid Dynamics',
  'physics.gen-ph': 'General Physics',
  'physics.geo-ph': 'Geophysics',
  'physics.hist-ph': 'History and Philosophy of Physics',
  'physics.ins-det': 'Instrumentation and Detectors',
  'physics.med-ph': 'Medical Physics',
  'physics.optics': 'Optics',
  'physics.plasm-ph': 'Plasma Physics',
  'physics.pop-ph': 'Popular Physics',
  'physics.soc-ph': 'Physics and Society',
  'physics.space-ph': 'Space Physics',
  // Quantitative Biology
  'q-bio.BM': 'Biomolecules',
  'q-bio.CB': 'Cell Behavior',
  'q-bio.GN': 'Genomics',
  'q-bio.MN': 'Molecular Networks',
  'q-bio.NC': 'Neurons and Cognition',
  'q-bio.OT': 'Other Quantitative Biology',
  'q-bio.PE': 'Populations and Evolution',
  'q-bio.QM': 'Quantitative Methods',
  'q-bio.SC': 'Subcellular Processes',
  'q-bio.TO': 'Tissues and Organs',
  // Quantitative Finance
  'q-fin.CP': 'Computational Finance',
  'q-fin.EC': 'Economics',
  'q-fin.GN': 'General Finance',
  'q-fin.MF': 'Mathematical Finance',
  'q-fin.PM': 'Portfolio Management',
  'q-fin.PR': 'Pricing of Securities',
  'q-fin.RM': 'Risk Management',
  'q-fin.ST': 'Statistical Finance',
  'q-fin.TR': 'Trading and Market Microstructure',
  // Statistics
  'stat.AP': 'Applications (Statistics)',
  'stat.CO': 'Computation (Statistics)',
  'stat.ME': 'Methodology (Statistics)',
  'stat.ML': 'Machine Learning (Statistics)',
  'stat.OT': 'Other Statistics',
  'stat.TH': 'Statistics Theory',
  // Retired archives still found on old-style ids (math/0702322 era)
  'acc-phys': 'Accelerator Physics (retired archive)',
  'adap-org': 'Adaptation, Noise, and Self-Organizing Systems (retired archive)',
  'alg-geom': 'Algebraic Geometry (retired archive)',
  'ao-sci': 'Atmospheric-Oceanic Sciences (retired archive)',
  'atom-ph': 'Atomic, Molecular and Optical Physics (retired archive)',
  'bayes-an': 'Bayesian Analysis (retired archive)',
  'chao-dyn': 'Chaotic Dynamics (retired archive)',
  'chem-ph': 'Chemical Physics (retired archive)',
  'cmp-lg': 'Computation and Language (retired archive)',
  'comp-gas': 'Cellular Automata and Lattice Gases (retired archive)',
  'dg-ga': 'Differential Geometry (retired archive)',
  'funct-an': 'Functional Analysis (retired archive)',
  'mtrl-th': 'Materials Theory (retired archive)',
  'patt-sol': 'Pattern Formation and Solitons (retired archive)',
  'plasm-ph': 'Plasma Physics (retired archive)',
  'q-alg': 'Quantum Algebra and Topology (retired archive)',
  'solv-int': 'Exactly Solvable and Integrable Systems (retired archive)',
  'supr-con': 'Superconductivity (retired archive)',
};

/** The human name of an arXiv category; an unknown code is returned as itself. */
export function categoryName(code: string): string {
  return Object.hasOwn(CATEGORY_NAMES, code) ? CATEGORY_NAMES[code]! : code;
}

export function isKnownCategory(code: string): boolean {
  return Object.hasOwn(CATEGORY_NAMES, code);
}

export interface LicenseInfo {
  /** Human name, or the URL itself when the license is not one we know. */
  readonly name: string;
  /** Where to read it; null when there is nothing to link to. */
  readonly href: string | null;
  readonly known: boolean;
}

// Keyed by the URL without scheme, `www.` or trailing slash, lower-cased: records carry
// `http://` (arXiv's own form) but a copy may say `https://` or drop the slash.
const LICENSES: Readonly<Record<string, { name: string; href: string }>> = {
  'arxiv.org/licenses/nonexclusive-distrib/1.0': {
    name: 'arXiv.org perpetual, non-exclusive license',
    href: 'https://arxiv.org/licenses/nonexclusive-distrib/1.0/license.html',
  },
  'arxiv.org/licenses/assumed-1991-2003': {
    name: 'arXiv.org license assumed for 1991–2003 submissions',
    href: 'https://arxiv.org/licenses/assumed-1991-2003/license.html',
  },
  'creativecommons.org/licenses/by/4.0': { name: 'CC BY 4.0', href: 'https://creativecommons.org/licenses/by/4.0/' },
  'creativecommons.org/licenses/by-sa/4.0': { name: 'CC BY-SA 4.0', href: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  'creativecommons.org/licenses/by-nc-sa/4.0': { name: 'CC BY-NC-SA 4.0', href: 'https://creativecommons.org/licenses/by-nc-sa/4.0/' },
  'creativecommons.org/licenses/by-nc-nd/4.0': { name: 'CC BY-NC-ND 4.0', href: 'https://creativecommons.org/licenses/by-nc-nd/4.0/' },
  'creativecommons.org/publicdomain/zero/1.0': { name: 'CC0 1.0 (public domain dedication)', href: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  'creativecommons.org/licenses/by/3.0': { name: 'CC BY 3.0', href: 'https://creativecommons.org/licenses/by/3.0/' },
  'creativecommons.org/licenses/by-nc-sa/3.0': { name: 'CC BY-NC-SA 3.0', href: 'https://creativecommons.org/licenses/by-nc-sa/3.0/' },
};

export const NO_LICENSE_TEXT = 'No license recorded (older arXiv papers)';

function licenseKey(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}

/** FORMAT.md §2: `license` is a URL, or the empty string for old papers. */
export function licenseInfo(url: string): LicenseInfo {
  if (url.trim() === '') return { name: NO_LICENSE_TEXT, href: null, known: true };
  const hit = LICENSES[licenseKey(url)];
  if (hit) return { ...hit, known: true };
  // Only link what is plainly a web address: a record's text must not become a javascript: link.
  return { name: url, href: /^https?:\/\//i.test(url.trim()) ? url.trim() : null, known: false };
}
