export { barChart } from './bar.ts';
