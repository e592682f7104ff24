import { runMocha } from '../mocha';

export function run(): Promise<void> {
  return runMocha(__dirname);
}
