export { type Click, ClickStreamReceiver, type ClickStreamOptions } from "./ClickStreamReceiver";
export { type GeneratorOptions, GeneratorReceiver } from "./GeneratorReceiver";
export { RandomWordsReceiver, type RandomWordsOptions, vocabularyWord } from "./RandomWordsReceiver";
export { type SensorReading, SensorReadingsReceiver, type SensorReadingsOptions } from "./SensorReadingsReceiver";
export { TextLinesReceiver, type TextLinesOptions } from "./TextLinesReceiver";
