/** ico-endec (CommonJS, published without types): ICO files from PNG or BMP pictures, and back. */
declare module 'ico-endec' {
  const icoEndec: {
    /** An ICO file holding each picture, in the order given. */
    encode(images: readonly (Buffer | ArrayBuffer)[]): Buffer;
    /** The pictures of an ICO file. */
    decode(ico: Buffer | ArrayBuffer): { width: number; height: number; imageType: 'png' | 'bmp'; imageData: Buffer }[];
  };
  export default icoEndec;
}
