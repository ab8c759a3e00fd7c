import { nixosPart } from '@cdknix/constructs';

/**
 * Hardened OpenSSH: keys only, no root password logins, modern algorithms only, and a
 * single ed25519 host key (the key the fleet's known-hosts service publishes).
 */
export const openssh = nixosPart(() => ({
  services: {
    openssh: {
      enable: true,
      openFirewall: true,
      hostKeys: [{ type: 'ed25519', path: '/etc/ssh/ssh_host_ed25519_key' }],
      settings: {
        PasswordAuthentication: false,
        KbdInteractiveAuthentication: false,
        PermitRootLogin: 'prohibit-password',
        X11Forwarding: false,
        MaxAuthTries: 3,
        ClientAliveInterval: 300,
        ClientAliveCountMax: 2,
        KexAlgorithms: [
          'sntrup761x25519-sha512@openssh.com',
          'curve25519-sha256',
          'curve25519-sha256@libssh.org',
        ],
        Ciphers: [
          'chacha20-poly1305@openssh.com',
          'aes256-gcm@openssh.com',
          'aes128-gcm@openssh.com',
        ],
        Macs: [
          'hmac-sha2-512-etm@openssh.com',
          'hmac-sha2-256-etm@openssh.com',
          'umac-128-etm@openssh.com',
        ],
      },
    },
  },
}));
