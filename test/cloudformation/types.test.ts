// biome-ignore-all lint/suspicious/noTemplateCurlyInString: rendered tokens are written ${...}
import { describe, expect, test } from "vitest";
import { CLOUDFORMATION_GRANT_TYPES } from "../../src/grants/table.js";
import { grantsOf, read } from "./helpers.js";

/**
 * Every CloudFormation resource type of the grant table, read from fixtures/cloudformation/types
 * and run through readTemplate + extractGrants: for each grant the resource, its type, the
 * principal id, the classification, the mechanism and the line of the principal (of the policy
 * property when the principal is computed, of the resource when the property is absent).
 * Zone: own account 111111111111, own organization o-own0000000.
 */
type Row = [
  address: string,
  type: string,
  principal: string,
  classification: string,
  mechanism: string,
  line: number,
];

const EXPECTED: Record<string, Row[]> = {
  "iam-s3.yaml": [
    ["VendorRole", "AWS::IAM::Role", "arn:aws:iam::222222222222:root", "external", "trust-policy", 12],
    ["VendorRole", "AWS::IAM::Role", "ec2.amazonaws.com", "service", "trust-policy", 19],
    ["Bucket", "AWS::S3::Bucket", "*", "public", "s3-acl", 24],
    ["BucketPolicy", "AWS::S3::BucketPolicy", "o-own0000000", "internal", "resource-policy", 32],
    [
      "BucketPolicy",
      "AWS::S3::BucketPolicy",
      "arn:aws:iam::333333333333:root",
      "external",
      "resource-policy",
      40,
    ],
    [
      "AccessPoint",
      "AWS::S3::AccessPoint",
      "arn:aws:iam::444444444444:role/Reader",
      "external",
      "resource-policy",
      50,
    ],
    [
      "MrapPolicy",
      "AWS::S3::MultiRegionAccessPointPolicy",
      "arn:aws:iam::555555555555:root",
      "external",
      "resource-policy",
      60,
    ],
    [
      "ObjectLambdaPolicy",
      "AWS::S3ObjectLambda::AccessPointPolicy",
      "arn:aws:iam::666666666666:root",
      "external",
      "resource-policy",
      70,
    ],
    [
      "OutpostsPolicy",
      "AWS::S3Outposts::BucketPolicy",
      "arn:aws:iam::777777777777:root",
      "external",
      "resource-policy",
      80,
    ],
    [
      "DirectoryBucketPolicy",
      "AWS::S3Express::BucketPolicy",
      "arn:aws:iam::888888888888:root",
      "external",
      "resource-policy",
      90,
    ],
    ["DirectoryAccessPoint", "AWS::S3Express::AccessPoint", "*", "public", "resource-policy", 100],
    [
      "TableBucketPolicy",
      "AWS::S3Tables::TableBucketPolicy",
      "arn:aws:iam::999999999999:root",
      "external",
      "resource-policy",
      110,
    ],
    [
      "TablePolicy",
      "AWS::S3Tables::TablePolicy",
      "arn:aws:iam::222222222222:root",
      "external",
      "resource-policy",
      117,
    ],
    [
      "VectorBucketPolicy",
      "AWS::S3Vectors::VectorBucketPolicy",
      "arn:aws:iam::333333333333:root",
      "external",
      "resource-policy",
      127,
    ],
    [
      "FilesPolicy",
      "AWS::S3Files::FileSystemPolicy",
      "arn:aws:iam::444444444444:root",
      "external",
      "resource-policy",
      137,
    ],
  ],
  "kms-lambda.json": [
    ["Key", "AWS::KMS::Key", "arn:aws:iam::${own-account}:root", "internal", "resource-policy", 13],
    ["Key", "AWS::KMS::Key", "arn:aws:iam::222222222222:role/Decrypter", "external", "resource-policy", 19],
    ["Key", "AWS::KMS::Key", "arn:aws:iam::333333333333:root", "external", "resource-policy", 19],
    ["DefaultKey", "AWS::KMS::Key", "arn:aws:iam::${own-account}:root", "internal", "resource-policy", 27],
    ["Replica", "AWS::KMS::ReplicaKey", "arn:aws:iam::444444444444:root", "external", "resource-policy", 37],
    [
      "AccountInvoke",
      "AWS::Lambda::Permission",
      "arn:aws:iam::555555555555:root",
      "external",
      "lambda-permission",
      51,
    ],
    [
      "BucketInvoke",
      "AWS::Lambda::Permission",
      "arn:aws:iam::666666666666:root",
      "external",
      "lambda-permission",
      59,
    ],
    ["OrgInvoke", "AWS::Lambda::Permission", "o-own0000000", "internal", "lambda-permission", 68],
    ["Url", "AWS::Lambda::Url", "*", "public", "function-url-auth", 74],
    ["UrlInvoke", "AWS::Lambda::Permission", "*", "public", "lambda-permission", 85],
    [
      "FunctionPolicy",
      "AWS::Lambda::ResourcePolicy",
      "arn:aws:iam::777777777777:root",
      "external",
      "resource-policy",
      97,
    ],
    [
      "LayerForOrg",
      "AWS::Lambda::LayerVersionPermission",
      "o-partner0001",
      "external",
      "lambda-layer-permission",
      114,
    ],
    [
      "LayerForEveryone",
      "AWS::Lambda::LayerVersionPermission",
      "*",
      "public",
      "lambda-layer-permission",
      120,
    ],
    [
      "SigningShare",
      "AWS::Signer::ProfilePermission",
      "arn:aws:iam::888888888888:root",
      "external",
      "resource-policy",
      128,
    ],
  ],
  "messaging.yaml": [
    [
      "QueuesPolicy",
      "AWS::SQS::QueuePolicy",
      "arn:aws:iam::222222222222:root",
      "external",
      "resource-policy",
      16,
    ],
    [
      "QueuesPolicy",
      "AWS::SQS::QueuePolicy",
      "arn:aws:iam::222222222222:root",
      "external",
      "resource-policy",
      16,
    ],
    [
      "QueueInline",
      "AWS::SQS::QueueInlinePolicy",
      "arn:aws:iam::333333333333:root",
      "external",
      "resource-policy",
      29,
    ],
    [
      "TopicPolicy",
      "AWS::SNS::TopicPolicy",
      "arn:aws:iam::${own-account}:root",
      "internal",
      "resource-policy",
      41,
    ],
    ["TopicPolicy", "AWS::SNS::TopicPolicy", "*", "public", "resource-policy", 48],
    [
      "TopicInline",
      "AWS::SNS::TopicInlinePolicy",
      "arn:aws:iam::444444444444:user/ops",
      "external",
      "resource-policy",
      58,
    ],
    [
      "SecretPolicy",
      "AWS::SecretsManager::ResourcePolicy",
      "arn:aws:sts::555555555555:assumed-role/Deploy/ci",
      "external",
      "resource-policy",
      71,
    ],
    ["Bus", "AWS::Events::EventBus", "arn:aws:iam::666666666666:root", "external", "resource-policy", 81],
    [
      "BusStatement",
      "AWS::Events::EventBusPolicy",
      "arn:aws:iam::777777777777:root",
      "external",
      "resource-policy",
      91,
    ],
    ["BusOrg", "AWS::Events::EventBusPolicy", "o-partner0001", "external", "eventbridge-permission", 100],
    [
      "BusAccount",
      "AWS::Events::EventBusPolicy",
      "arn:aws:iam::888888888888:root",
      "external",
      "eventbridge-permission",
      111,
    ],
    [
      "BusV2Policy",
      "AWS::EventsV2::ResourcePolicy",
      "arn:aws:iam::999999999999:root",
      "external",
      "resource-policy",
      119,
    ],
    [
      "SchemaRegistryPolicy",
      "AWS::EventSchemas::RegistryPolicy",
      "arn:aws:iam::222222222222:root",
      "external",
      "resource-policy",
      129,
    ],
  ],
  "containers-data.yaml": [
    [
      "Repository",
      "AWS::ECR::Repository",
      "arn:aws:iam::222222222222:root",
      "external",
      "resource-policy",
      13,
    ],
    [
      "Repository",
      "AWS::ECR::Repository",
      "arn:aws:iam::333333333333:role/Puller",
      "external",
      "resource-policy",
      14,
    ],
    [
      "Registry",
      "AWS::ECR::RegistryPolicy",
      "arn:aws:iam::444444444444:root",
      "external",
      "resource-policy",
      22,
    ],
    [
      "PublicRepository",
      "AWS::ECR::PublicRepository",
      "arn:aws:iam::555555555555:root",
      "external",
      "resource-policy",
      31,
    ],
    [
      "CreationTemplate",
      "AWS::ECR::RepositoryCreationTemplate",
      "arn:aws:iam::666666666666:root",
      "external",
      "resource-policy",
      38,
    ],
    ["FileSystem", "AWS::EFS::FileSystem", "*", "public", "resource-policy", 45],
    [
      "Table",
      "AWS::DynamoDB::Table",
      "arn:aws:iam::777777777777:role/Reader",
      "external",
      "resource-policy",
      60,
    ],
    ["Table", "AWS::DynamoDB::Table", "arn:aws:iam::888888888888:root", "external", "resource-policy", 69],
    [
      "GlobalTable",
      "AWS::DynamoDB::GlobalTable",
      "arn:aws:iam::999999999999:root",
      "external",
      "resource-policy",
      83,
    ],
    [
      "GlobalTable",
      "AWS::DynamoDB::GlobalTable",
      "arn:aws:iam::222222222222:root",
      "external",
      "resource-policy",
      92,
    ],
    [
      "StreamPolicy",
      "AWS::Kinesis::ResourcePolicy",
      "arn:aws:iam::333333333333:root",
      "external",
      "resource-policy",
      102,
    ],
    [
      "Vault",
      "AWS::Backup::BackupVault",
      "arn:aws:iam::444444444444:root",
      "external",
      "resource-policy",
      116,
    ],
    [
      "AirGappedVault",
      "AWS::Backup::LogicallyAirGappedBackupVault",
      "o-own0000000",
      "internal",
      "resource-policy",
      128,
    ],
    [
      "ArtifactDomain",
      "AWS::CodeArtifact::Domain",
      "arn:aws:iam::555555555555:root",
      "external",
      "resource-policy",
      141,
    ],
    [
      "ArtifactRepository",
      "AWS::CodeArtifact::Repository",
      "arn:aws:iam::666666666666:role/Builder",
      "external",
      "resource-policy",
      152,
    ],
    [
      "ModelPolicy",
      "AWS::Bedrock::ResourcePolicy",
      "arn:aws:iam::777777777777:root",
      "external",
      "resource-policy",
      162,
    ],
  ],
  "logs-apis.yaml": [
    [
      "Destination",
      "AWS::Logs::Destination",
      "arn:aws:iam::222222222222:root",
      "external",
      "resource-policy",
      19,
    ],
    ["LogsPolicy", "AWS::Logs::ResourcePolicy", "route53.amazonaws.com", "service", "resource-policy", 29],
    [
      "DeliveryDestination",
      "AWS::Logs::DeliveryDestination",
      "arn:aws:iam::333333333333:root",
      "external",
      "resource-policy",
      40,
    ],
    ["Api", "AWS::ApiGateway::RestApi", "*", "public", "resource-policy", 50],
    [
      "Search",
      "AWS::OpenSearchService::Domain",
      "arn:aws:iam::444444444444:role/Analyst",
      "external",
      "resource-policy",
      62,
    ],
    ["LegacySearch", "AWS::Elasticsearch::Domain", "*", "public", "resource-policy", 71],
    [
      "TrailPolicy",
      "AWS::CloudTrail::ResourcePolicy",
      "arn:aws:iam::555555555555:root",
      "external",
      "resource-policy",
      84,
    ],
    [
      "ParameterPolicy",
      "AWS::SSM::ResourcePolicy",
      "arn:aws:iam::666666666666:root",
      "external",
      "resource-policy",
      94,
    ],
    [
      "LatticePolicy",
      "AWS::VpcLattice::ResourcePolicy",
      "arn:aws:iam::777777777777:root",
      "external",
      "resource-policy",
      104,
    ],
    [
      "LatticeAuth",
      "AWS::VpcLattice::AuthPolicy",
      "arn:aws:iam::888888888888:root",
      "external",
      "resource-policy",
      114,
    ],
    [
      "ClusterPolicy",
      "AWS::MSK::ClusterPolicy",
      "arn:aws:iam::999999999999:root",
      "external",
      "resource-policy",
      124,
    ],
    [
      "TracesPolicy",
      "AWS::XRay::ResourcePolicy",
      "arn:aws:iam::222222222222:root",
      "external",
      "resource-policy",
      131,
    ],
    [
      "MetricsPolicy",
      "AWS::APS::ResourcePolicy",
      "arn:aws:iam::333333333333:root",
      "external",
      "resource-policy",
      136,
    ],
    [
      "BotPolicy",
      "AWS::Lex::ResourcePolicy",
      "arn:aws:iam::444444444444:root",
      "external",
      "resource-policy",
      144,
    ],
    [
      "OrganizationPolicy",
      "AWS::Organizations::ResourcePolicy",
      "arn:aws:iam::555555555555:root",
      "external",
      "resource-policy",
      153,
    ],
  ],
  "sharing.yaml": [
    ["Share", "AWS::RAM::ResourceShare", "arn:aws:iam::222222222222:root", "external", "ram-share", 12],
    ["Share", "AWS::RAM::ResourceShare", "o-own0000000", "internal", "ram-share", 13],
    ["Share", "AWS::RAM::ResourceShare", "o-partner0001", "external", "ram-share", 14],
    [
      "Share",
      "AWS::RAM::ResourceShare",
      "arn:aws:iam::444444444444:role/Consumer",
      "external",
      "ram-share",
      15,
    ],
    [
      "ShareAssociation",
      "AWS::RAM::PrincipalAssociation",
      "arn:aws:iam::555555555555:root",
      "external",
      "ram-share",
      20,
    ],
    [
      "EndpointPermissions",
      "AWS::EC2::VPCEndpointServicePermissions",
      "arn:aws:iam::666666666666:root",
      "external",
      "endpoint-service-permission",
      30,
    ],
    [
      "EndpointPermissions",
      "AWS::EC2::VPCEndpointServicePermissions",
      "*",
      "public",
      "endpoint-service-permission",
      31,
    ],
    [
      "EniPermission",
      "AWS::EC2::NetworkInterfacePermission",
      "arn:aws:iam::777777777777:root",
      "external",
      "resource-policy",
      36,
    ],
    [
      "AmiDistribution",
      "AWS::ImageBuilder::DistributionConfiguration",
      "arn:aws:iam::888888888888:root",
      "external",
      "ami-launch-permission",
      46,
    ],
    [
      "AmiDistribution",
      "AWS::ImageBuilder::DistributionConfiguration",
      "o-partner0001",
      "external",
      "ami-launch-permission",
      48,
    ],
    [
      "AmiDistribution",
      "AWS::ImageBuilder::DistributionConfiguration",
      "*",
      "public",
      "ami-launch-permission",
      52,
    ],
    [
      "PortfolioShare",
      "AWS::ServiceCatalog::PortfolioShare",
      "arn:aws:iam::999999999999:root",
      "external",
      "portfolio-share",
      57,
    ],
    [
      "LakePermissions",
      "AWS::LakeFormation::Permissions",
      "arn:aws:iam::222222222222:root",
      "external",
      "lakeformation-permission",
      62,
    ],
    [
      "LakePrincipalPermissions",
      "AWS::LakeFormation::PrincipalPermissions",
      "arn:aws:iam::333333333333:role/Analyst",
      "external",
      "lakeformation-permission",
      70,
    ],
  ],
  "sam.yaml": [
    ["PublicFunction", "AWS::Serverless::Function", "*", "public", "function-url-auth", 12],
    ["Api", "AWS::Serverless::Api", "arn:aws:iam::222222222222:root", "external", "resource-policy", 28],
    ["Api", "AWS::Serverless::Api", "arn:aws:iam::333333333333:root", "external", "resource-policy", 29],
    [
      "Api",
      "AWS::Serverless::Api",
      "arn:aws:iam::444444444444:role/Caller",
      "external",
      "resource-policy",
      32,
    ],
  ],
};

describe("every CloudFormation grant type: principals, classifications and lines", () => {
  test.each(Object.keys(EXPECTED))("%s", (file) => {
    const result = read("types", file);
    expect(result.errors).toEqual([]);
    const { grants, errors } = grantsOf(result);
    expect(errors).toEqual([]);
    expect(
      grants.map((g) => [
        g.resource.address,
        g.resource.type,
        g.principal.id,
        g.classification,
        g.mechanism,
        g.resource.line,
      ]),
    ).toEqual(EXPECTED[file]);
  });

  test("each CloudFormation row of the grant table has a fixture that yields a grant", () => {
    const covered = new Set(Object.values(EXPECTED).flatMap((rows) => rows.map((r) => r[1])));
    expect([...CLOUDFORMATION_GRANT_TYPES].filter((t) => !covered.has(t))).toEqual([]);
  });

  test("targets: the protected resource of policies that name it, one grant per queue", () => {
    const { grants } = grantsOf(read("types", "messaging.yaml"));
    expect(grants.filter((g) => g.resource.address === "QueuesPolicy").map((g) => g.resource.target)).toEqual(
      ["QueueA", "QueueB"],
    );
    const sharing = grantsOf(read("types", "sharing.yaml")).grants;
    expect(sharing.find((g) => g.resource.address === "ShareAssociation")?.resource.target).toBe("Share");
    expect(sharing.find((g) => g.resource.address === "EndpointPermissions")?.resource.target).toBe(
      "EndpointService",
    );
  });

  test("actions of synthesized grants", () => {
    const sharing = grantsOf(read("types", "sharing.yaml")).grants;
    const actions = (address: string) => sharing.find((g) => g.resource.address === address)?.actions;
    expect(actions("Share")).toEqual(["ram:default-permission"]);
    expect(actions("AmiDistribution")).toEqual(["ec2:RunInstances"]);
    expect(actions("EndpointPermissions")).toEqual(["ec2:CreateVpcEndpoint"]);
    expect(actions("LakePermissions")).toEqual(["DESCRIBE", "SELECT"]);
    const lambda = grantsOf(read("types", "kms-lambda.json")).grants;
    expect(lambda.find((g) => g.resource.address === "Url")?.actions).toEqual(["lambda:InvokeFunctionUrl"]);
    expect(lambda.find((g) => g.resource.address === "BucketInvoke")?.via).toBe("s3.amazonaws.com");
  });
});
