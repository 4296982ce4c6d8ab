// The plan frame's structured tables and the hearing, as pure logic: one import for the UI and the document builder.
export * from './labels';
export * from './hearing';
export * from './merknadsbehandling';
export * from './measures';
export * from './projectDescription';
export * from './milestones';
export * from './milestoneText';
export * from './timeline';
export * from './laws';
export * from './edits';
export * from './measuresSheet';
export * from './sheetText';
export { daysBetween, addDays, isRealDate } from './dates';
export { escapeXml } from './xml';
export * from './concerns';
export * from './findings';
export * from './hearingDescription';
