export { compileSenses, senseFor, type CompiledSense, type SenseIndex } from './compile';
export { SenseJudge, type BatchInput, type SenseVerdict, type Veto } from './decide';
export { SenseFilter } from './filter';
export { SensePage } from './page';
