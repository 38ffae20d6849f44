import { assertPublicUrl, isPrivateAddress } from './url-guard';

describe('url guard', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.20.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '::1',
    'fe80::1',
    '::ffff:127.0.0.1',
    '0.0.0.0',
  ])('%s is private', (ip) => expect(isPrivateAddress(ip)).toBe(true));

  it.each(['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111'])('%s is public', (ip) =>
    expect(isPrivateAddress(ip)).toBe(false),
  );

  it.each([
    'http://127.0.0.1/',
    'https://127.0.0.1/',
    'https://169.254.169.254/latest',
    'https://10.0.0.5',
    'https://[::1]:8443',
    'https://localhost',
  ])('refuses %s while private targets are off', async (url) => {
    await expect(assertPublicUrl(url, 'settings.apiUrl', false)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: [expect.objectContaining({ field: 'settings.apiUrl' })],
    });
  });

  it('accepts a public https literal address, and a loopback one when allowed', async () => {
    await expect(assertPublicUrl('https://1.1.1.1/v2', 'url', false)).resolves.toBeInstanceOf(URL);
    await expect(assertPublicUrl('http://127.0.0.1:8080', 'url', true)).resolves.toBeInstanceOf(URL);
  });

  it('refuses credentials in the URL and non-http schemes', async () => {
    await expect(assertPublicUrl('https://user:pw@1.1.1.1', 'url', false)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(assertPublicUrl('file:///etc/passwd', 'url', true)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
