import { expect, test } from 'vitest';
import { srcsetAddresses } from './srcset.ts';

test.each([
  ['./a.jpg', ['./a.jpg']],
  ['./a.jpg 1x, ./b.jpg 2x', ['./a.jpg', './b.jpg']],
  ['./a-320.jpg 320w,./a-640.jpg 640w', ['./a-320.jpg', './a-640.jpg']],
  // A comma inside an address stays in it: a data: picture's, a file name's.
  ['data:image/png;base64,iVBORw0KGgo= 2x, ./b.jpg 1x', ['data:image/png;base64,iVBORw0KGgo=', './b.jpg']],
  ['./a,b.jpg 1x, ./c.jpg 2x', ['./a,b.jpg', './c.jpg']],
  // Against the standard (a descriptor the parser refuses): every address-like word still read.
  ['./a.jpg 2q, data:image/png;base64,AAAA 2x', ['./a.jpg', '2q', 'data:image/png;base64,AAAA']],
  ['', []],
  [' , ', []],
])('%j: %j', (srcset, addresses) => {
  expect(srcsetAddresses(srcset)).toEqual(addresses);
});
