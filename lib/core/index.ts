export { BackupTarget, AccessMode, CatalogEdition, TrafficDirection, EndpointRole, RulePurpose, Emit } from './enums';
export { ConnectivityOptions, ResolvedConnectivityOptions, AgentPorts } from './options';
export { ConnectivityValidationError, ValidationProblem } from './errors';
export { EndpointCatalog, CatalogSource, CatalogEndpoint, CatalogSubnet, CatalogEditionData } from './catalog';
export { ConnectivityRule } from './rule';
export { PolicyWarning, PolicyWarningIds } from './warnings';
export { ConnectivityPolicy } from './policy';
export { ConnectivityIntent, ConnectivityIntentRecord } from './intent';
export { StatelessRulePlan, StatelessRulePlanOptions, StatelessRule, TcpPortRange } from './stateless-rules';
