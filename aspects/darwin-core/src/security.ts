import { darwinPart } from '@cdknix/constructs';

/** Touch ID for sudo, the application firewall in stealth mode, a locked screen saver. */
export const security = darwinPart(() => ({
  security: { pam: { services: { sudo_local: { touchIdAuth: true } } } },
  networking: { applicationFirewall: { enable: true, enableStealthMode: true, allowSigned: true } },
  system: { defaults: { screensaver: { askForPassword: true, askForPasswordDelay: 0 } } },
}));
