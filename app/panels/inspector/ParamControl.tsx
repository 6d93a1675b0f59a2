// Picks the inspector control for a param type (the catalog's ParamType drives the whole form).
import { DurationField } from "./fields/DurationField";
import { FunctionField } from "./fields/FunctionField";
import type { FieldProps } from "./fields/fieldTypes";
import { JsonField } from "./fields/JsonField";
import { NumberField } from "./fields/NumberField";
import { BooleanField, EnumField, StringField } from "./fields/SimpleFields";

export function ParamControl(props: FieldProps) {
  switch (props.spec.param.type) {
    case "number":
      return <NumberField {...props} />;
    case "seed":
      return <NumberField {...props} dice />;
    case "duration":
      return <DurationField {...props} />;
    case "enum":
      return <EnumField {...props} />;
    case "boolean":
      return <BooleanField {...props} />;
    case "string":
      return <StringField {...props} />;
    case "function":
      return <FunctionField {...props} />;
    case "json":
      return <JsonField {...props} />;
  }
}
