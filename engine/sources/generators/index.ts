export { type Click, type ClickStreamOptions, ClickStreamReceiver } from "./ClickStreamReceiver";
export { type GeneratorOptions, GeneratorReceiver } from "./GeneratorReceiver";
export { type RandomWordsOptions, RandomWordsReceiver, vocabularyWord } from "./RandomWordsReceiver";
export {
  type SensorReading,
  type SensorReadingsOptions,
  SensorReadingsReceiver,
} from "./SensorReadingsReceiver";
export { type StockTick, type StockTickerOptions, StockTickerReceiver } from "./StockTickerReceiver";
export { type TextLinesOptions, TextLinesReceiver } from "./TextLinesReceiver";
