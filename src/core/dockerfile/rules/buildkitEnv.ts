/**
 * What BuildKit knows about variables that Infra Coach, working offline, has to approximate:
 * the ARGs every build predefines and the environment of common base images.
 */
import type { ImageRef } from '../model';

/** ARGs BuildKit sets for every build; FROM lines see them without a declaration, stages only after `ARG NAME`. */
export const PLATFORM_ARGS: readonly string[] = [
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
  'TARGETOSVERSION',
  'TARGETSTAGE',
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
  'BUILDOSVERSION',
];

/** Example values for the platform ARGs, used to evaluate FROM lines the way a default build on amd64 Linux would. */
export const PLATFORM_ARG_VALUES: Record<string, string> = {
  TARGETPLATFORM: 'linux/amd64',
  TARGETOS: 'linux',
  TARGETARCH: 'amd64',
  TARGETVARIANT: '',
  TARGETOSVERSION: '',
  TARGETSTAGE: '',
  BUILDPLATFORM: 'linux/amd64',
  BUILDOS: 'linux',
  BUILDARCH: 'amd64',
  BUILDVARIANT: '',
  BUILDOSVERSION: '',
};

/**
 * Names treated as defined in every stage: PATH (BuildKit always sets it), variables that base
 * images and the build environment commonly provide, and the predefined proxy ARGs.
 */
export const ALWAYS_DEFINED: readonly string[] = [
  'PATH',
  'HOME',
  'HOSTNAME',
  'TERM',
  'HTTP_PROXY',
  'http_proxy',
  'HTTPS_PROXY',
  'https_proxy',
  'FTP_PROXY',
  'ftp_proxy',
  'NO_PROXY',
  'no_proxy',
  'ALL_PROXY',
  'all_proxy',
];

const JAVA = ['JAVA_HOME', 'JAVA_VERSION', 'LANG', 'LANGUAGE', 'LC_ALL'];
const PHP = ['PHP_VERSION', 'PHP_INI_DIR', 'PHPIZE_DEPS', 'PHP_CFLAGS', 'PHP_CPPFLAGS', 'PHP_LDFLAGS', 'GPG_KEYS', 'PHP_URL', 'PHP_ASC_URL', 'PHP_SHA256', 'APACHE_CONFDIR', 'APACHE_ENVVARS'];
const DOTNET = [
  'APP_UID',
  'ASPNETCORE_HTTP_PORTS',
  'ASPNETCORE_URLS',
  'ASPNET_VERSION',
  'DOTNET_VERSION',
  'DOTNET_SDK_VERSION',
  'DOTNET_RUNNING_IN_CONTAINER',
  'DOTNET_GENERATE_ASPNET_CERTIFICATE',
  'DOTNET_NOLOGO',
  'DOTNET_USE_POLLING_FILE_WATCHER',
  'NUGET_XMLDOC_MODE',
  'POWERSHELL_DISTRIBUTION_CHANNEL',
];
const NO_EXTRA: string[] = [];

/**
 * Environment keys of widely used base images (Docker Hub official images unless a registry is
 * named), from their published image configurations. Tags do not matter: the keys are the same
 * across versions and variants. An image missing here has an unknown environment.
 */
const IMAGE_ENV: Record<string, readonly string[]> = {
  'library/alpine': NO_EXTRA,
  'library/busybox': NO_EXTRA,
  'library/debian': NO_EXTRA,
  'library/ubuntu': NO_EXTRA,
  'library/centos': NO_EXTRA,
  'library/fedora': NO_EXTRA,
  'library/rockylinux': NO_EXTRA,
  'library/almalinux': NO_EXTRA,
  'library/amazonlinux': NO_EXTRA,
  'library/oraclelinux': NO_EXTRA,
  'library/archlinux': NO_EXTRA,
  'library/buildpack-deps': NO_EXTRA,
  'library/golang': ['GOLANG_VERSION', 'GOPATH', 'GOTOOLCHAIN'],
  'library/node': ['NODE_VERSION', 'YARN_VERSION'],
  'library/python': ['PYTHON_VERSION', 'PYTHON_SHA256', 'GPG_KEY', 'LANG'],
  'library/pypy': ['PYPY_VERSION', 'LANG'],
  'library/ruby': ['RUBY_VERSION', 'RUBY_MAJOR', 'RUBY_DOWNLOAD_URL', 'RUBY_DOWNLOAD_SHA256', 'GEM_HOME', 'BUNDLE_SILENCE_ROOT_WARNING', 'BUNDLE_APP_CONFIG', 'LANG'],
  'library/php': PHP,
  'library/wordpress': PHP,
  'library/composer': [...PHP, 'COMPOSER_ALLOW_SUPERUSER', 'COMPOSER_HOME', 'COMPOSER_VERSION'],
  'library/openjdk': JAVA,
  'library/eclipse-temurin': JAVA,
  'library/amazoncorretto': JAVA,
  'library/ibm-semeru-runtimes': JAVA,
  'library/sapmachine': JAVA,
  'library/maven': [...JAVA, 'MAVEN_HOME', 'MAVEN_CONFIG'],
  'library/gradle': [...JAVA, 'GRADLE_HOME', 'GRADLE_VERSION'],
  'library/tomcat': [...JAVA, 'CATALINA_HOME', 'TOMCAT_NATIVE_LIBDIR', 'LD_LIBRARY_PATH', 'TOMCAT_MAJOR', 'TOMCAT_VERSION', 'TOMCAT_SHA512', 'GPG_KEYS'],
  'library/rust': ['RUSTUP_HOME', 'CARGO_HOME', 'RUST_VERSION'],
  'library/nginx': ['NGINX_VERSION', 'NJS_VERSION', 'NJS_RELEASE', 'PKG_RELEASE', 'DYNPKG_RELEASE'],
  'library/httpd': ['HTTPD_PREFIX', 'HTTPD_VERSION', 'HTTPD_SHA256', 'HTTPD_PATCHES'],
  'library/postgres': ['PG_MAJOR', 'PG_VERSION', 'PGDATA', 'GOSU_VERSION', 'LANG'],
  'library/mysql': ['MYSQL_MAJOR', 'MYSQL_VERSION', 'MYSQL_SHELL_VERSION', 'GOSU_VERSION'],
  'library/mariadb': ['MARIADB_VERSION', 'GOSU_VERSION', 'LANG', 'LANGUAGE', 'LC_ALL'],
  'library/redis': ['REDIS_VERSION', 'REDIS_DOWNLOAD_URL', 'REDIS_DOWNLOAD_SHA'],
  'library/mongo': ['MONGO_MAJOR', 'MONGO_VERSION', 'MONGO_PACKAGE', 'MONGO_REPO', 'GOSU_VERSION', 'JSYAML_VERSION'],
  'library/erlang': ['OTP_VERSION', 'REBAR3_VERSION', 'LANG'],
  'library/elixir': ['ELIXIR_VERSION', 'LANG'],
  'library/julia': ['JULIA_PATH', 'JULIA_VERSION', 'JULIA_GPG'],
  'library/swift': ['SWIFT_PLATFORM', 'SWIFT_BRANCH', 'SWIFT_VERSION', 'SWIFT_WEBROOT', 'SWIFT_SIGNING_KEY'],
  'library/caddy': ['CADDY_VERSION', 'XDG_CONFIG_HOME', 'XDG_DATA_HOME'],
  'library/docker': ['DOCKER_VERSION', 'DOCKER_BUILDX_VERSION', 'DOCKER_COMPOSE_VERSION', 'DOCKER_TLS_CERTDIR'],
  'library/haproxy': ['HAPROXY_VERSION', 'HAPROXY_URL', 'HAPROXY_SHA256'],
  'library/traefik': NO_EXTRA,
  'mcr.microsoft.com/dotnet/sdk': DOTNET,
  'mcr.microsoft.com/dotnet/aspnet': DOTNET,
  'mcr.microsoft.com/dotnet/runtime': DOTNET,
  'mcr.microsoft.com/dotnet/runtime-deps': DOTNET,
  'gcr.io/distroless/static': ['SSL_CERT_FILE'],
  'gcr.io/distroless/base': ['SSL_CERT_FILE'],
  'gcr.io/distroless/cc': ['SSL_CERT_FILE'],
};

/** The environment keys an external base image is known to set, or undefined when unknown. */
export function baseImageEnv(image: ImageRef): readonly string[] | undefined {
  if (image.usesVariables && image.resolved === undefined) return undefined;
  const hub = image.registry === 'docker.io' || image.registry === 'index.docker.io' || image.registry === 'registry-1.docker.io';
  const key = hub ? image.repository : `${image.registry}/${image.repository}`;
  const hit = IMAGE_ENV[key];
  if (hit) return hit;
  // Distroless images come in many flavours (static-debian12, base-nossl…); they share one environment.
  return key.startsWith('gcr.io/distroless/') ? IMAGE_ENV['gcr.io/distroless/static'] : undefined;
}
