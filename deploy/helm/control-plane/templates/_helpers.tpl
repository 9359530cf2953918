{{/* Chart name, bounded to the 63 characters of a DNS label. */}}
{{- define "control-plane.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Full name: release-chart, or the release name alone when it already contains the chart name. */}}
{{- define "control-plane.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "control-plane.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "control-plane.labels" -}}
helm.sh/chart: {{ include "control-plane.chart" . }}
{{ include "control-plane.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "control-plane.selectorLabels" -}}
app.kubernetes.io/name: {{ include "control-plane.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "control-plane.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "control-plane.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "control-plane.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}

{{/* The Secret holding AUTH_SECRET, ENCRYPTION_KEY, DATABASE_URL (and the optional keys). */}}
{{- define "control-plane.secretName" -}}
{{- default (include "control-plane.fullname" .) .Values.secrets.existingSecret }}
{{- end }}

{{/* More than one pod may serve: live events and shared counters then need Redis. */}}
{{- define "control-plane.multiNode" -}}
{{- if or .Values.autoscaling.enabled (gt (int .Values.replicaCount) 1) }}true{{ end }}
{{- end }}

{{/*
Fails the render with the missing value's name, so `helm install` says what to set.
Only for the chart-managed Secret: an existing Secret's contents are not visible to the chart.
*/}}
{{- define "control-plane.validateSecrets" -}}
{{- if not .Values.secrets.existingSecret }}
{{- $_ := required "secrets.authSecret (AUTH_SECRET, 32+ characters) is required, or set secrets.existingSecret" .Values.secrets.authSecret }}
{{- if lt (len .Values.secrets.authSecret) 32 }}
{{- fail "secrets.authSecret (AUTH_SECRET) must be at least 32 characters" }}
{{- end }}
{{- $_ := required "secrets.encryptionKey (ENCRYPTION_KEY, 32 bytes: openssl rand -base64 32) is required, or set secrets.existingSecret" .Values.secrets.encryptionKey }}
{{- if not (or (regexMatch "^[0-9a-fA-F]{64}$" .Values.secrets.encryptionKey) (regexMatch "^[A-Za-z0-9+/_-]{43}=?$" .Values.secrets.encryptionKey)) }}
{{- fail "secrets.encryptionKey (ENCRYPTION_KEY) must be 32 bytes as 64 hex characters or base64 (openssl rand -base64 32)" }}
{{- end }}
{{- $_ := required "secrets.databaseUrl (DATABASE_URL, postgres://…) is required, or set secrets.existingSecret" .Values.secrets.databaseUrl }}
{{- if and (include "control-plane.multiNode" .) (not .Values.secrets.redisUrl) }}
{{- fail "secrets.redisUrl (REDIS_URL) is required when more than one replica runs (replicaCount > 1 or autoscaling.enabled)" }}
{{- end }}
{{- end }}
{{- end }}

{{/* Plain settings must not carry what the chart sets itself or what belongs in the Secret. */}}
{{- define "control-plane.validateConfig" -}}
{{- range $name, $_ := .Values.config }}
{{- if has $name (list "NODE_ENV" "HOST" "PORT") }}
{{- fail (printf "config.%s is set by the chart (PORT: containerPort)" $name) }}
{{- end }}
{{- if has $name (list "AUTH_SECRET" "ENCRYPTION_KEY" "ENCRYPTION_KEYS_PREVIOUS" "DATABASE_URL" "REDIS_URL" "ADMIN_PASSWORD" "OIDC_CLIENT_SECRET") }}
{{- fail (printf "config.%s is a secret: set it under secrets (or in secrets.existingSecret), not in config" $name) }}
{{- end }}
{{- end }}
{{- end }}

{{/* Pod security settings shared by the API pods and the migration Job. */}}
{{- define "control-plane.podSecurity" -}}
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
securityContext:
  {{- toYaml .Values.podSecurityContext | nindent 2 }}
{{- with .Values.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end }}
