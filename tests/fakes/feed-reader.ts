/** A real feed parser for the tests of the Atom feed (unit and e2e): feedparser from npm, strict XML. */
import { Readable } from 'node:stream';
import FeedParser from 'feedparser';

/** Parses a feed with feedparser in strict XML mode: any well-formedness error rejects. */
export function parseFeed(xml: string): Promise<{ meta: FeedParser.Meta; items: FeedParser.Item[] }> {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({ strict: true, resume_saxerror: false, normalize: true });
    const items: FeedParser.Item[] = [];
    parser.on('error', reject);
    parser.on('readable', function (this: FeedParser) {
      for (let item = this.read(); item !== null; item = this.read()) items.push(item);
    });
    parser.on('end', () => resolve({ meta: parser.meta, items }));
    Readable.from([xml]).pipe(parser);
  });
}
