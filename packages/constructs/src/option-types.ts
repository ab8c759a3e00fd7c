export * from '@cdknix/option-types';
