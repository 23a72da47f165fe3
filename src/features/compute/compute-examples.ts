/**
 * A worked example for the compute page: arXiv 1602.09102v1, pith:2016:5A3HLEK2XQKADNVEISHU2OVNDY.
 * Source: tests/fixtures/pith/vectors.json (the entry with that pith_number, recovered from
 * https://pith.science/pith/5A3HLEK2XQKADNVEISHU2OVNDY): its `title` and full `abstract`, and the
 * source/metadata fields of its `canonical_record`. Copied as literals so the app does not bundle
 * the whole fixture; compute-record.test.ts recomputes the same vector from the fixture itself.
 */
import type { ComputeInput } from '../../core/compute/compute-record';

export interface ComputeExample {
  readonly label: string;
  readonly expectedPithNumber: string;
  readonly input: { readonly [K in keyof ComputeInput]: string };
}

export const PERSISTENT_URIS_EXAMPLE: ComputeExample = {
  label: 'arXiv 1602.09102',
  expectedPithNumber: 'pith:2016:5A3HLEK2XQKADNVEISHU2OVNDY',
  input: {
    title: 'Persistent URIs Must Be Used To Be Persistent',
    abstract:
      'We quantify the extent to which references to papers in scholarly literature use persistent HTTP URIs that leverage the Digital Object Identifier infrastructure. We find a significant number of references that do not, speculate why authors would use brittle URIs when persistent ones are available, and propose an approach to alleviate the problem.',
    arxivId: '1602.09102',
    version: '1',
    primaryCat: 'cs.DL',
    crossCats: '',
    license: 'http://arxiv.org/licenses/nonexclusive-distrib/1.0/',
    submittedAt: '2016-02-29T19:03:23Z',
  },
};
