// biome-ignore-all lint/suspicious/noTemplateCurlyInString: rendered tokens are written ${...}
import { describe, expect, test } from "vitest";
import { grantsOf, read } from "./helpers.js";

/** address, principal, classification, via, actions, line. */
type Row = [string, string, string, string | undefined, string[], number];

describe("SAM event sources become the Lambda permissions SAM creates", () => {
  const result = read("sam-events");
  const { grants, errors } = grantsOf(result);
  const rows: Row[] = grants.map((g) => [
    g.resource.address,
    g.principal.id,
    g.classification,
    g.via,
    g.actions,
    g.resource.line,
  ]);
  const invoke = ["lambda:InvokeFunction"];

  test("no errors", () => {
    expect(result.errors).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("SNS: the topic's account decides; another account's topic is external, also through SqsSubscription", () => {
    expect(rows.filter((r) => r[0] === "Alerts")).toEqual([
      ["Alerts", "arn:aws:iam::999999999999:root", "external", "sns.amazonaws.com", invoke, 25],
      // !Ref Topic: a topic of this stack, so the own account.
      ["Alerts", "sns.amazonaws.com", "service", "sns.amazonaws.com", invoke, 29],
      // SAM makes a queue whose policy lets the topic send to it (SourceArn: the topic).
      ["Alerts", "arn:aws:iam::888888888888:root", "external", "sns.amazonaws.com", ["sqs:SendMessage"], 33],
    ]);
  });

  test("sources SAM creates in the stack, or narrows to the own account, are the service narrowed to it", () => {
    expect(rows.filter((r) => r[0] === "Pushes")).toEqual([
      // S3: SourceAccount is AWS::AccountId.
      ["Pushes", "s3.amazonaws.com", "service", "s3.amazonaws.com", invoke, 40],
      // Schedule and EventBridgeRule: SourceArn is the rule SAM makes (one grant for both).
      ["Pushes", "events.amazonaws.com", "service", "events.amazonaws.com", invoke, 45],
      // Api and HttpApi: SourceArn is the own account's execute-api ARN.
      ["Pushes", "apigateway.amazonaws.com", "service", "apigateway.amazonaws.com", invoke, 53],
      ["Pushes", "iot.amazonaws.com", "service", "iot.amazonaws.com", invoke, 60],
      ["Pushes", "cognito-idp.amazonaws.com", "service", "cognito-idp.amazonaws.com", invoke, 66],
      ["Pushes", "logs.amazonaws.com", "service", "logs.amazonaws.com", invoke, 69],
    ]);
    const s3 = grants.find((g) => g.principal.id === "s3.amazonaws.com");
    expect(s3?.conditions).toEqual({ StringEquals: { "AWS:SourceAccount": "${own-account}" } });
  });

  test("an Alexa skill event without SkillId lets any account's skill invoke: public through Alexa", () => {
    expect(rows.filter((r) => r[0] === "Skills")).toEqual([
      ["Skills", "alexa-appkit.amazon.com from any account", "public", "alexa-appkit.amazon.com", invoke, 78],
      [
        "Skills",
        "lambda:EventSourceToken=amzn1.ask.skill.12345678-1234-1234-1234-123456789012",
        "external",
        "alexa-appkit.amazon.com",
        invoke,
        80,
      ],
    ]);
  });

  test("pull sources (SQS, Kinesis) make no permission; a Function URL with AuthType NONE is public", () => {
    expect(rows.filter((r) => r[0] === "Pollers")).toEqual([
      ["Pollers", "*", "public", undefined, ["lambda:InvokeFunctionUrl"], 87],
    ]);
  });
});
