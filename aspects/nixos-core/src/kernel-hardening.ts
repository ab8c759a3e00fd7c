import { nixosPart } from '@cdknix/constructs';

/** Public-facing machines: no source routing or redirects, restricted kernel pointers. */
export const kernelHardening = nixosPart(() => ({
  boot: {
    kernel: {
      sysctl: {
        'net.ipv4.conf.all.accept_redirects': 0,
        'net.ipv4.conf.all.send_redirects': 0,
        'net.ipv4.conf.all.accept_source_route': 0,
        'net.ipv6.conf.all.accept_redirects': 0,
        'kernel.kptr_restrict': 2,
        'kernel.dmesg_restrict': 1,
      },
    },
  },
}));
