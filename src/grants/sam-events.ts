/**
 * The Lambda permissions SAM creates for the event sources of an AWS::Serverless::Function
 * (its `Events`), as the AWS::Lambda::Permission statements the SAM translator writes
 * (aws/serverless-application-model, samtranslator/model/eventsources/push.py and
 * cloudwatchlogs.py; https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-eventsource.html).
 * Each is classified like a Lambda permission: the source's account decides (an SNS topic of
 * another account is external); a service with no source condition is public through it.
 *
 * Pull sources (SQS, Kinesis, DynamoDB, MSK, MQ, DocumentDB, SelfManagedKafka) get no permission:
 * SAM makes an event source mapping and gives the function's own role read access to the stream
 * or queue, which grants nobody access to the function. ScheduleV2 uses a role that
 * scheduler.amazonaws.com assumes (a trust SAM writes with the own account). They are left out.
 */
import { SELF_ACCOUNT, SELF_REGION } from "../model/symbolic.js";
import { valueAt } from "./paths.js";

export interface SamEventSource {
  /** The service principal SAM's permission names. */
  principal: string;
  /** The event property SAM puts in SourceArn (the topic, the user pool). */
  sourceArnProperty?: string;
  /**
   * SourceArn of a resource SAM creates in the stack (the rule, the API, the IoT rule): always the
   * own account. `{region}` and `{account}` are the stack's.
   */
  ownSourceArn?: string;
  /** SAM sets SourceAccount to the stack's own account (S3, IoTRule). */
  ownSourceAccount?: boolean;
  /** The event property SAM puts in EventSourceToken (Alexa's SkillId). */
  eventSourceTokenProperty?: string;
}

const RULE = "arn:aws:events:{region}:{account}:rule/*";
const API = "arn:aws:execute-api:{region}:{account}:*";

/** Push event sources by their `Type`, as push.py writes their permission. */
export const SAM_EVENT_SOURCES: Readonly<Record<string, SamEventSource>> = {
  SNS: { principal: "sns.amazonaws.com", sourceArnProperty: "Topic" },
  S3: { principal: "s3.amazonaws.com", ownSourceAccount: true },
  Schedule: { principal: "events.amazonaws.com", ownSourceArn: RULE },
  CloudWatchEvent: { principal: "events.amazonaws.com", ownSourceArn: RULE },
  EventBridgeRule: { principal: "events.amazonaws.com", ownSourceArn: RULE },
  Api: { principal: "apigateway.amazonaws.com", ownSourceArn: API },
  HttpApi: { principal: "apigateway.amazonaws.com", ownSourceArn: API },
  CloudWatchLogs: {
    principal: "logs.amazonaws.com",
    ownSourceArn: "arn:aws:logs:{region}:{account}:log-group:*",
  },
  IoTRule: {
    principal: "iot.amazonaws.com",
    ownSourceArn: "arn:aws:iot:{region}:{account}:rule/*",
    ownSourceAccount: true,
  },
  Cognito: { principal: "cognito-idp.amazonaws.com", sourceArnProperty: "UserPool" },
  AlexaSkill: { principal: "alexa-appkit.amazon.com", eventSourceTokenProperty: "SkillId" },
};

/** One permission SAM creates: the values of an AWS::Lambda::Permission, and its line's path. */
export interface SamPermission {
  principal: string;
  action: string;
  sourceArn?: unknown;
  sourceAccount?: string;
  eventSourceToken?: unknown;
  /** Property path of the function record the grant points at. */
  path: string;
}

/** The permissions SAM creates for the functions's `Events` (at `eventsPath`). */
export function samPermissions(props: Record<string, unknown>, eventsPath: string): SamPermission[] {
  const events = valueAt(props, eventsPath);
  if (events === null || typeof events !== "object" || Array.isArray(events)) return [];
  const out: SamPermission[] = [];
  for (const [name, event] of Object.entries(events as Record<string, unknown>)) {
    if (event === null || typeof event !== "object") continue;
    const { Type: type, Properties: raw } = event as Record<string, unknown>;
    const source = typeof type === "string" ? SAM_EVENT_SOURCES[type] : undefined;
    if (!source || !Object.hasOwn(SAM_EVENT_SOURCES, type as string)) continue;
    const properties = (raw !== null && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
    const at = `${eventsPath}/${name}`;
    const permission: SamPermission = {
      principal: source.principal,
      action: "lambda:InvokeFunction",
      path: `${at}/Type`,
    };
    if (source.sourceArnProperty) {
      permission.sourceArn = properties[source.sourceArnProperty];
      permission.path = `${at}/Properties/${source.sourceArnProperty}`;
    }
    if (source.ownSourceArn)
      permission.sourceArn = source.ownSourceArn
        .replace("{region}", SELF_REGION)
        .replace("{account}", SELF_ACCOUNT);
    if (source.ownSourceAccount) permission.sourceAccount = SELF_ACCOUNT;
    if (source.eventSourceTokenProperty) {
      const token = properties[source.eventSourceTokenProperty];
      if (token !== undefined) permission.eventSourceToken = token;
    }
    // SNS with SqsSubscription: SAM makes a queue whose policy lets the topic send to it.
    if (type === "SNS" && properties.SqsSubscription !== undefined && properties.SqsSubscription !== false)
      permission.action = "sqs:SendMessage";
    out.push(permission);
  }
  return out;
}
