import { nixosPart } from '@cdknix/constructs';
import { mkDefault } from '@cdknix/modules';

/**
 * Cloud VPS boot: GRUB on a virtio disk, a serial console for the provider's rescue shell,
 * and the guest agent. The boot device is each host's own (`settings`).
 */
export const boot = nixosPart(() => ({
  boot: {
    loader: { grub: { enable: mkDefault(true), configurationLimit: 10 } },
    initrd: {
      availableKernelModules: ['ahci', 'xhci_pci', 'virtio_pci', 'virtio_scsi', 'sd_mod', 'sr_mod'],
    },
    kernelParams: ['console=ttyS0,115200n8'],
    tmp: { cleanOnBoot: true },
  },
  services: { qemuGuest: { enable: true } },
}));
