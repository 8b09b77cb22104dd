/**
 * `Range` requests through the edge (issue 24), at the handler level, on both runtimes: the
 * viewer-request trigger forwards an authenticated request's `Range` as sent (CloudFront then
 * answers it from its cache or asks S3 for it: "How CloudFront processes partial requests for
 * an object (range GETs)", https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/RangeGETs.html),
 * still refuses one without credentials, and the viewer-response trigger leaves a 206's status,
 * `Content-Range` and length alone.
 */
import { describe, expect, it } from '@jest/globals';
import { functionAdapter, lambdaAdapter, type Site } from './helpers/edge-adapters.js';

const PASSWORD = 'k9Qv2Lr8Xw4Zp1Tn6Bs3Yd';
const basic = `Basic ${Buffer.from(`alice:${PASSWORD}`, 'utf8').toString('base64')}`;

describe.each([lambdaAdapter, functionAdapter])('$name', (adapter) => {
  const site: Site = adapter.deploy({
    realm: 'Range',
    users: [{ user: 'alice', password: PASSWORD }],
  });

  it.each(['bytes=1048576-2097151', 'bytes=-500', 'bytes=0-', 'bytes=10-20,30-40'])(
    'forwards Range: %s of an authenticated request as sent',
    async (range) => {
      const outcome = await site.send({
        uri: '/media/large.bin',
        authorization: basic,
        headers: { Range: range },
      });
      expect(outcome.kind).toBe('forward');
      if (outcome.kind !== 'forward') return;
      expect(outcome.uri).toBe('/media/large.bin');
      expect(outcome.headers.range).toEqual([range]);
      expect(outcome.headers.authorization).toBeUndefined();
    },
  );

  it('answers 401 to a Range request without credentials', async () => {
    const outcome = await site.send({
      uri: '/media/large.bin',
      headers: { Range: 'bytes=0-99' },
    });
    expect(outcome.kind === 'respond' ? outcome.status : 0).toBe(401);
  });

  it("keeps a 206's status and Content-Range through the viewer-response trigger", async () => {
    const answered = await site.respond({
      uri: '/media/large.bin',
      status: 206,
      headers: {
        'Content-Range': 'bytes 1048576-2097151/314585145',
        'Content-Type': 'application/octet-stream',
        'Accept-Ranges': 'bytes',
        'x-amz-meta-viewer-cache-control': 'private, max-age=300',
      },
    });
    expect(answered.status).toBe(206);
    expect(answered.headers['content-range']).toEqual(['bytes 1048576-2097151/314585145']);
    expect(answered.headers['accept-ranges']).toEqual(['bytes']);
    expect(answered.headers['cache-control']).toEqual(['private, max-age=300']);
  });
});
