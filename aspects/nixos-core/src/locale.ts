import { nixosPart } from '@cdknix/constructs';

export const locale = nixosPart(() => ({
  i18n: { defaultLocale: 'en_US.UTF-8' },
  console: { keyMap: 'us' },
}));
