export { hostFolders, loadHostSpecs, machinesDirectory } from './discover-hosts.js';
