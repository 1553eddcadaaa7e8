// The file tree inside a backup, generated on demand and never stored: a listing is a pure function of the
// backup and the entry's path. An entry's id carries that path (base64url of `<backup tag>:<disk>:<path>`), so
// listing a directory replays the generation from the disk down to it, and a made-up id matches nothing.
//
// The tree's shape comes from the instance (`computeInstanceId`), so that every backup of one VM shows the same
// directories; sizes and times come from the backup itself, and every `modifiedAt` is before its `createdAt`.
import type { Backup, BackupFile, Disk } from "@backup-api/types";
import { Random, hashKey } from "./random.js";

/** No listing reaches deeper than this below its disk, whatever the rules say: the tree is finite. */
const MAX_DEPTH = 8;
/** Directories of no known kind only nest this deep, so that filler does not go on for ever. */
const FILLER_DIR_DEPTH = 4;
const MAX_CHILDREN = 20;
/** Only used if a backup's `createdAt` does not parse: times stay valid RFC 3339. */
const FALLBACK_TIME_MS = Date.UTC(2026, 0, 1);

const SECOND = 1000;
const HOUR = 3600 * SECOND;
const DAY = 24 * HOUR;
const KIB = 1024;
const MIB = 1024 * KIB;
const GIB = 1024 * MIB;

// ── Entries before they become BackupFiles ───────────────────────────────────────────────────────────────

type SizeClass = "config" | "text" | "log" | "binary" | "data" | "wal" | "media" | "archive";

interface EntrySpec {
  name: string;
  isDir: boolean;
  sizeClass: SizeClass;
}

/** Size ranges (bytes) drawn log-uniformly: most files small, a few big, as on a real disk. */
const SIZE_RANGES: Record<SizeClass, readonly [number, number]> = {
  config: [64, 8 * KIB],
  text: [KIB, 512 * KIB],
  log: [4 * KIB, 256 * MIB],
  binary: [16 * KIB, 64 * MIB],
  data: [8 * KIB, GIB],
  wal: [16 * MIB, 16 * MIB],
  media: [16 * KIB, 32 * MIB],
  archive: [MIB, 8 * GIB],
};

function dir(name: string): EntrySpec {
  return { name, isDir: true, sizeClass: "config" };
}

function file(name: string, sizeClass: SizeClass = classify(name)): EntrySpec {
  return { name, isDir: false, sizeClass };
}

function classify(name: string): SizeClass {
  if (/(^syslog|\.log|\.journal)(\.\d+)?$/.test(name)) return "log";
  if (/\.(gz|xz|zst|zip|tar|7z)$/.test(name)) return "archive";
  if (/\.(jpe?g|png|pdf|docx|xlsx|pptx|ttf|svg|mdb)$/.test(name)) return "media";
  if (/\.(exe|dll|sys|so(\.\d+)*)$/.test(name)) return "binary";
  if (/\.(md|txt|csv|json|sql|html|css|js|ts|tsx|go|py|tf|hcl|lock|yaml)$/.test(name)) return "text";
  return "config";
}

// ── The machine behind a backup ──────────────────────────────────────────────────────────────────────────

type OperatingSystem = "linux" | "windows";

interface Machine {
  /** Seeds the tree's shape: the same for every backup of the instance. */
  structureKey: string;
  /** Every volume's mount point: another volume's shows as an empty directory (its files are on its own disk). */
  mounts: ReadonlySet<string>;
  nginx: boolean;
  postgres: boolean;
  docker: boolean;
}

interface DiskRoot {
  diskIndex: number;
  disk: Disk;
  /** Mount point of the disk's main volume: where in the machine's file system the disk's tree starts. */
  mount: string;
  os: OperatingSystem;
}

function machineOf(backup: Required<Backup>): Machine {
  const structureKey = backup.computeInstanceId || backup.resourceId || backup.id;
  const mounts = new Set<string>();
  for (const disk of backup.disks) {
    for (const volume of disk.volumes ?? []) if (volume.mountStrid) mounts.add(volume.mountStrid);
  }
  const random = new Random(hashKey("machine", structureKey));
  // Drawn unconditionally, so that one trait does not shift the others.
  const nginx = random.chance(0.6);
  const postgres = random.chance(0.2);
  const docker = random.chance(0.3);
  return {
    structureKey,
    mounts,
    nginx,
    postgres: postgres || mounts.has("/var/lib/postgresql"),
    docker: docker || mounts.has("/var/lib/docker"),
  };
}

function diskRoots(backup: Required<Backup>): DiskRoot[] {
  return backup.disks.map((disk, diskIndex) => {
    const volumes = disk.volumes ?? [];
    const main =
      volumes.find((volume) => volume.isSystem) ??
      volumes.reduce<(typeof volumes)[number] | undefined>(
        (largest, volume) => (largest === undefined || Number(volume.size) > Number(largest.size) ? volume : largest),
        undefined,
      );
    const mount = main?.mountStrid ?? "";
    return { diskIndex, disk, mount, os: /^[A-Za-z]:$/.test(mount) ? "windows" : "linux" };
  });
}

/** Where a disk-relative path sits in the machine's file system, which is what the rules are written against. */
function logicalPath(mount: string, relativePath: string): string {
  if (mount === "/") return relativePath;
  if (/^[A-Za-z]:$/.test(mount)) return `${mount}${relativePath}`;
  // An unmounted volume: a prefix no rule matches, so it gets filler.
  if (mount === "") return `?${relativePath}`;
  return relativePath === "/" ? mount : `${mount}${relativePath}`;
}

function childPath(parent: string, name: string): string {
  return parent === "/" ? `/${name}` : `${parent}/${name}`;
}

function parentOf(path: string): string | undefined {
  if (!path.startsWith("/") || path === "/") return undefined;
  const cut = path.lastIndexOf("/");
  return cut === 0 ? "/" : path.slice(0, cut);
}

// ── Rules: what a known directory holds ──────────────────────────────────────────────────────────────────

interface RuleScope {
  machine: Machine;
  random: Random;
  os: OperatingSystem;
  /** Path segments of the logical path, for rules that match a pattern (`/home/<user>`). */
  segments: readonly string[];
  depth: number;
}

type Rule = (scope: RuleScope) => ReadonlyArray<EntrySpec | false>;

const KERNEL = "6.8.0-47-generic";
const USERS = ["ubuntu", "deploy", "alice", "bob", "ivan", "maria", "olga"];
const WINDOWS_USERS = ["ivan.petrov", "maria.s", "svc-backup", "a.smirnova"];

interface Language {
  manifests: readonly string[];
  sources: readonly string[];
  packages: readonly string[];
}

const LANGUAGES = {
  go: {
    manifests: ["go.mod", "go.sum"],
    sources: [
      "main.go",
      "server.go",
      "handler.go",
      "handler_test.go",
      "config.go",
      "db.go",
      "metrics.go",
      "middleware.go",
    ],
    packages: ["internal", "cmd", "pkg"],
  },
  ts: {
    manifests: ["package.json", "tsconfig.json", "pnpm-lock.yaml"],
    sources: ["index.ts", "app.tsx", "api.ts", "router.ts", "store.ts", "utils.ts", "styles.css", "types.ts"],
    packages: ["components", "hooks", "pages"],
  },
  py: {
    manifests: ["pyproject.toml", "requirements.txt"],
    sources: ["__init__.py", "main.py", "etl.py", "models.py", "settings.py", "tasks.py", "utils.py"],
    packages: ["tests", "jobs"],
  },
  tf: {
    manifests: ["versions.tf", ".terraform.lock.hcl"],
    sources: ["main.tf", "variables.tf", "outputs.tf", "network.tf", "compute.tf", "iam.tf"],
    packages: ["modules", "envs"],
  },
} satisfies Record<string, Language>;

const PROJECTS: Record<string, Language> = {
  "billing-api": LANGUAGES.go,
  "shop-frontend": LANGUAGES.ts,
  "data-pipeline": LANGUAGES.py,
  infra: LANGUAGES.tf,
  landing: LANGUAGES.ts,
  "telegram-bot": LANGUAGES.py,
};

function languageOf(project: string | undefined): Language {
  return PROJECTS[project ?? ""] ?? LANGUAGES.go;
}

function files(names: readonly string[], sizeClass?: SizeClass): EntrySpec[] {
  return names.map((name) => file(name, sizeClass));
}

function dirs(names: readonly string[]): EntrySpec[] {
  return names.map(dir);
}

const LINUX_RULES = new Map<string, Rule>([
  ["/", () => dirs(["boot", "etc", "home", "opt", "root", "srv", "usr", "var"])],
  [
    "/boot",
    () => [
      dir("grub"),
      file(`vmlinuz-${KERNEL}`, "binary"),
      file(`initrd.img-${KERNEL}`, "binary"),
      file(`config-${KERNEL}`, "text"),
      file(`System.map-${KERNEL}`, "text"),
    ],
  ],
  ["/boot/grub", () => [file("grub.cfg"), file("grubenv"), file("unicode.pf2", "binary")]],
  [
    "/etc",
    ({ machine }) => [
      ...dirs(["apt", "cron.d", "default", "ssh", "systemd"]),
      machine.nginx && dir("nginx"),
      machine.postgres && dir("postgresql"),
      machine.docker && dir("docker"),
      ...files([
        "fstab",
        "group",
        "hostname",
        "hosts",
        "os-release",
        "passwd",
        "resolv.conf",
        "shadow",
        "sudoers",
        "timezone",
      ]),
    ],
  ],
  ["/etc/apt", () => [dir("apt.conf.d"), dir("sources.list.d"), file("sources.list"), file("trusted.gpg", "binary")]],
  ["/etc/apt/apt.conf.d", () => files(["20auto-upgrades", "50unattended-upgrades", "70debconf"])],
  [
    "/etc/apt/sources.list.d",
    ({ machine }) => [
      file("ubuntu.sources"),
      machine.docker && file("docker.list"),
      machine.postgres && file("pgdg.list"),
      machine.nginx && file("nginx.list"),
    ],
  ],
  ["/etc/cron.d", ({ random }) => [file("e2scrub_all"), file("sysstat"), random.chance(0.5) && file("app-cleanup")]],
  ["/etc/default", () => files(["grub", "locale", "ufw", "useradd"])],
  [
    "/etc/ssh",
    () => [
      ...dirs(["ssh_config.d", "sshd_config.d"]),
      ...files([
        "ssh_config",
        "sshd_config",
        "ssh_host_ed25519_key",
        "ssh_host_ed25519_key.pub",
        "ssh_host_rsa_key",
        "ssh_host_rsa_key.pub",
      ]),
      file("moduli", "text"),
    ],
  ],
  ["/etc/ssh/ssh_config.d", () => []],
  [
    "/etc/ssh/sshd_config.d",
    ({ random }) => [file("50-cloud-init.conf"), random.chance(0.5) && file("60-hardening.conf")],
  ],
  ["/etc/systemd", () => [dir("network"), dir("system"), ...files(["journald.conf", "system.conf", "timesyncd.conf"])]],
  ["/etc/systemd/network", () => [file("10-netplan-eth0.network")]],
  [
    "/etc/systemd/system",
    ({ random }) => [
      dir("multi-user.target.wants"),
      dir("timers.target.wants"),
      file("node-exporter.service"),
      random.chance(0.6) && file("app.service"),
    ],
  ],
  [
    "/etc/systemd/system/multi-user.target.wants",
    ({ machine }) => [
      file("cron.service"),
      file("ssh.service"),
      machine.nginx && file("nginx.service"),
      machine.postgres && file("postgresql.service"),
      machine.docker && file("docker.service"),
    ],
  ],
  ["/etc/systemd/system/timers.target.wants", () => files(["apt-daily.timer", "logrotate.timer", "fstrim.timer"])],
  [
    "/etc/nginx",
    () => [
      ...dirs(["conf.d", "modules-enabled", "sites-available", "sites-enabled", "snippets"]),
      ...files(["fastcgi_params", "mime.types", "nginx.conf", "proxy_params"]),
    ],
  ],
  [
    "/etc/nginx/conf.d",
    ({ random }) => [
      file("site.conf"),
      file("gzip.conf"),
      random.chance(0.5) && file("upstream.conf"),
      random.chance(0.5) && file("ssl.conf"),
    ],
  ],
  ["/etc/nginx/modules-enabled", () => []],
  ["/etc/nginx/sites-available", () => files(["default", "site"])],
  ["/etc/nginx/sites-enabled", () => [file("site")]],
  ["/etc/nginx/snippets", () => files(["fastcgi-php.conf", "snakeoil.conf"])],
  ["/etc/postgresql", () => [dir("16")]],
  ["/etc/postgresql/16", () => [dir("main")]],
  [
    "/etc/postgresql/16/main",
    () => [
      dir("conf.d"),
      ...files(["environment", "pg_ctl.conf", "pg_hba.conf", "pg_ident.conf", "postgresql.conf", "start.conf"]),
    ],
  ],
  ["/etc/postgresql/16/main/conf.d", () => [file("tuning.conf")]],
  ["/etc/docker", () => files(["daemon.json", "key.json"])],
  ["/home", ({ random }) => dirs(random.sample(USERS, random.int(1, 3)))],
  ["/opt", ({ random }) => dirs(random.sample(["app", "node_exporter"], random.int(1, 2)))],
  ["/opt/node_exporter", () => [file("node_exporter", "binary"), file("LICENSE", "text"), file("NOTICE")]],
  [
    "/root",
    ({ random }) => [
      dir(".ssh"),
      file(".bashrc"),
      file(".profile"),
      random.chance(0.7) && file(".bash_history", "text"),
    ],
  ],
  ["/root/.ssh", () => [file("authorized_keys")]],
  ["/srv", ({ machine }) => [machine.nginx && dir("www")]],
  ["/srv/www", () => [dir("site")]],
  ["/srv/www/site", () => [dir("assets"), file("index.html"), file("favicon.ico", "media"), file("robots.txt")]],
  [
    "/srv/www/site/assets",
    ({ random }) => [
      file(`app.${random.hex(8)}.js`),
      file(`vendor.${random.hex(8)}.js`),
      file(`app.${random.hex(8)}.css`),
      file("logo.svg"),
    ],
  ],
  ["/srv/storage", () => dirs(["backups", "exports", "media", "shares"])],
  ["/usr", () => dirs(["bin", "lib", "local", "sbin", "share"])],
  [
    "/usr/bin",
    ({ random }) =>
      files(
        random.sample(
          [
            "bash",
            "curl",
            "git",
            "gzip",
            "htop",
            "jq",
            "less",
            "python3",
            "rsync",
            "ssh",
            "sudo",
            "tar",
            "tmux",
            "vim",
            "wget",
            "xz",
            "zstd",
            "awk",
          ],
          random.int(10, 18),
        ),
        "binary",
      ),
  ],
  [
    "/usr/sbin",
    ({ random }) =>
      files(
        random.sample(
          ["cron", "fdisk", "ip", "iptables", "mkfs.ext4", "nginx", "sshd", "useradd", "visudo"],
          random.int(5, 9),
        ),
        "binary",
      ),
  ],
  ["/usr/lib", () => [...dirs(["Acronis", "python3", "systemd", "x86_64-linux-gnu"]), file("os-release")]],
  ["/usr/lib/Acronis", () => dirs(["Agent", "BackupAndRecovery", "BackupAndRecoveryBootableComponents"])],
  ["/usr/lib/python3", () => [dir("dist-packages")]],
  [
    "/usr/lib/python3/dist-packages",
    ({ random }) =>
      dirs(random.sample(["apt", "certifi", "cloudinit", "requests", "urllib3", "yaml"], random.int(2, 6))),
  ],
  ["/usr/lib/systemd", () => [dir("system"), file("systemd-networkd", "binary"), file("systemd-resolved", "binary")]],
  [
    "/usr/lib/systemd/system",
    () =>
      files(["cron.service", "fstrim.timer", "ssh.service", "systemd-journald.service", "systemd-networkd.service"]),
  ],
  [
    "/usr/lib/x86_64-linux-gnu",
    ({ random }) =>
      files(
        random.sample(
          [
            "libc.so.6",
            "libcrypto.so.3",
            "libcurl.so.4",
            "libm.so.6",
            "libpq.so.5",
            "libssl.so.3",
            "libz.so.1",
            "libzstd.so.1",
          ],
          random.int(4, 8),
        ),
        "binary",
      ),
  ],
  ["/usr/local", () => dirs(["bin", "lib", "share"])],
  [
    "/usr/local/bin",
    ({ random }) => files(random.sample(["docker-compose", "node_exporter", "yc"], random.int(0, 3)), "binary"),
  ],
  ["/usr/local/lib", () => []],
  ["/usr/local/share", () => []],
  ["/usr/share", () => dirs(["doc", "man", "zoneinfo"])],
  ["/usr/share/doc", () => []],
  ["/usr/share/man", () => []],
  ["/usr/share/zoneinfo", () => [dir("Europe"), ...files(["GMT", "UTC", "Zulu"])]],
  ["/usr/share/zoneinfo/Europe", () => files(["Amsterdam", "Berlin", "London", "Moscow"])],
  ["/var/cache", () => dirs(["apt", "debconf", "man"])],
  ["/var/cache/apt", () => files(["pkgcache.bin", "srcpkgcache.bin"], "binary")],
  ["/var/cache/debconf", () => files(["config.dat", "passwords.dat", "templates.dat"], "text")],
  ["/var/cache/man", () => []],
  ["/var/lib/cloud", () => [dir("data"), dir("scripts")]],
  ["/var/lib/cloud/data", () => files(["instance-id", "result.json", "status.json"])],
  ["/var/lib/cloud/scripts", () => []],
  ["/var/lib/systemd", () => [dir("timers"), file("random-seed")]],
  ["/var/lib/systemd/timers", () => files(["stamp-apt-daily.timer", "stamp-fstrim.timer", "stamp-logrotate.timer"])],
  ["/var/lib/nginx/body", () => []],
  ["/var/lib/nginx/proxy", () => []],
  ["/var", () => dirs(["backups", "cache", "lib", "log", "mail", "spool", "tmp"])],
  ["/var/backups", () => files(["apt.extended_states.0", "dpkg.status.0", "group.bak", "passwd.bak", "shadow.bak"])],
  ["/var/mail", () => []],
  ["/var/tmp", () => []],
  ["/var/spool", () => [dir("cron")]],
  ["/var/spool/cron", () => [dir("crontabs")]],
  ["/var/spool/cron/crontabs", ({ random }) => [random.chance(0.5) && file("root")]],
  [
    "/var/lib",
    ({ machine }) => [
      ...dirs(["apt", "cloud", "dpkg", "systemd"]),
      machine.postgres && dir("postgresql"),
      machine.docker && dir("docker"),
      machine.nginx && dir("nginx"),
    ],
  ],
  ["/var/lib/apt", () => [dir("lists"), file("extended_states")]],
  [
    "/var/lib/apt/lists",
    () =>
      files(
        [
          "archive.ubuntu.com_ubuntu_dists_noble_InRelease",
          "archive.ubuntu.com_ubuntu_dists_noble_main_binary-amd64_Packages",
          "security.ubuntu.com_ubuntu_dists_noble-security_InRelease",
        ],
        "text",
      ),
  ],
  ["/var/lib/dpkg", () => [dir("info"), file("available", "text"), file("status", "text"), file("status-old", "text")]],
  [
    "/var/lib/dpkg/info",
    ({ random }) =>
      random
        .sample(["bash", "coreutils", "curl", "openssh-server", "python3", "systemd", "tar", "vim"], random.int(3, 6))
        .flatMap((name) => files([`${name}.list`, `${name}.md5sums`])),
  ],
  ["/var/lib/nginx", () => dirs(["body", "proxy"])],
  ["/var/lib/postgresql", () => [dir("16")]],
  ["/var/lib/postgresql/16", () => [dir("main")]],
  [
    "/var/lib/postgresql/16/main",
    () => [
      ...dirs(["base", "global", "pg_commit_ts", "pg_logical", "pg_multixact", "pg_stat", "pg_wal", "pg_xact"]),
      ...files(["PG_VERSION", "postgresql.auto.conf", "postmaster.opts"]),
    ],
  ],
  [
    "/var/lib/postgresql/16/main/base",
    ({ random }) => dirs(["1", "4", "5", ...distinctNumbers(random, random.int(1, 3), 16384, 16999)]),
  ],
  [
    "/var/lib/postgresql/16/main/global",
    () => [
      ...files(["1260", "1261", "1262", "2964"], "data"),
      file("pg_control", "binary"),
      file("pg_filenode.map", "binary"),
    ],
  ],
  [
    "/var/lib/postgresql/16/main/pg_wal",
    ({ random }) => [dir("archive_status"), ...walSegments(random, random.int(3, 10))],
  ],
  ["/var/lib/postgresql/16/main/pg_wal/archive_status", () => []],
  [
    "/var/lib/postgresql/16/main/pg_xact",
    ({ random }) =>
      files(
        Array.from({ length: random.int(1, 4) }, (_, index) => index.toString(16).toUpperCase().padStart(4, "0")),
        "data",
      ),
  ],
  ["/var/lib/postgresql/16/main/pg_commit_ts", () => []],
  [
    "/var/lib/postgresql/16/main/pg_logical",
    () => [dir("mappings"), dir("snapshots"), file("replorigin_checkpoint", "binary")],
  ],
  ["/var/lib/postgresql/16/main/pg_logical/mappings", () => []],
  ["/var/lib/postgresql/16/main/pg_logical/snapshots", () => []],
  ["/var/lib/postgresql/16/main/pg_multixact", () => dirs(["members", "offsets"])],
  ["/var/lib/postgresql/16/main/pg_multixact/members", () => [file("0000", "data")]],
  ["/var/lib/postgresql/16/main/pg_multixact/offsets", () => [file("0000", "data")]],
  ["/var/lib/postgresql/16/main/pg_stat", () => [file("pgstat.stat", "binary")]],
  [
    "/var/lib/docker",
    () => [...dirs(["buildkit", "containers", "image", "network", "overlay2", "volumes"]), file("engine-id")],
  ],
  ["/var/lib/docker/buildkit", () => [...files(["cache.db", "history.db", "metadata_v2.db"], "data")]],
  ["/var/lib/docker/image", () => [dir("overlay2")]],
  ["/var/lib/docker/image/overlay2", () => [dir("imagedb"), dir("layerdb"), file("repositories.json")]],
  ["/var/lib/docker/image/overlay2/imagedb", () => []],
  ["/var/lib/docker/image/overlay2/layerdb", () => []],
  ["/var/lib/docker/network", () => [dir("files")]],
  ["/var/lib/docker/network/files", () => [file("local-kv.db", "data")]],
  ["/var/lib/docker/overlay2/l", () => []],
  ["/var/lib/docker/containers", ({ random }) => dirs(Array.from({ length: random.int(1, 4) }, () => random.hex(64)))],
  [
    "/var/lib/docker/overlay2",
    ({ random }) => [dir("l"), ...dirs(Array.from({ length: random.int(3, 8) }, () => random.hex(64)))],
  ],
  [
    "/var/lib/docker/volumes",
    ({ random }) => [
      ...dirs(random.sample(["app_data", "grafana_data", "prometheus_data", "redis_data"], random.int(1, 3))),
      file("metadata.db", "data"),
    ],
  ],
  [
    "/var/log",
    ({ machine }) => [
      ...dirs(["apt", "journal"]),
      machine.nginx && dir("nginx"),
      machine.postgres && dir("postgresql"),
      ...files([
        "auth.log",
        "cloud-init-output.log",
        "cloud-init.log",
        "dpkg.log",
        "kern.log",
        "syslog",
        "syslog.1",
        "syslog.2.gz",
      ]),
    ],
  ],
  ["/var/log/apt", () => files(["eipp.log.xz", "history.log", "term.log"])],
  ["/var/log/journal", ({ random }) => [dir(random.hex(32))]],
  ["/var/log/nginx", () => files(["access.log", "access.log.1", "access.log.2.gz", "error.log", "error.log.1"])],
  [
    "/var/log/postgresql",
    () => files(["postgresql-16-main.log", "postgresql-16-main.log.1", "postgresql-16-main.log.2.gz"]),
  ],
  ["/var/opt/gitlab", () => dirs(["backups", "git-data", "gitlab-rails", "postgresql", "redis"])],
]);

const LINUX_PATTERN_RULES: ReadonlyArray<readonly [RegExp, Rule]> = [
  [
    /^\/home\/[^/]+$/,
    ({ random }) => [
      ...dirs([".config", ".ssh", "projects"]),
      ...files([".bash_logout", ".bashrc", ".profile"]),
      file(".bash_history", "text"),
      random.chance(0.5) && file(".gitconfig"),
    ],
  ],
  [
    /^\/home\/[^/]+\/\.ssh$/,
    ({ random }) => [
      file("authorized_keys"),
      file("known_hosts"),
      ...(random.chance(0.5) ? files(["id_ed25519", "id_ed25519.pub"]) : []),
      random.chance(0.3) && file("config"),
    ],
  ],
  [/^\/home\/[^/]+\/\.config$/, ({ random }) => dirs(random.sample(["git", "htop", "yandex-cloud"], random.int(1, 2)))],
  [/^\/home\/[^/]+\/\.config\/[^/]+$/, ({ random }) => [file("config"), random.chance(0.5) && file("settings.json")]],
  [/^\/home\/[^/]+\/projects$/, ({ random }) => dirs(random.sample(Object.keys(PROJECTS), random.int(1, 4)))],
  [
    /^\/home\/[^/]+\/projects\/[^/]+$/,
    ({ random, segments }) => [
      dir("docs"),
      dir("src"),
      random.chance(0.6) && dir("scripts"),
      ...files(["README.md", "Makefile", ".gitignore"]),
      ...files(languageOf(segments[4]).manifests),
    ],
  ],
  [
    /^\/home\/[^/]+\/projects\/[^/]+\/src$/,
    ({ random, segments }) => {
      const language = languageOf(segments[4]);
      return [
        ...dirs(random.sample(language.packages, random.int(1, 2))),
        ...files(random.sample(language.sources, random.int(3, 8))),
      ];
    },
  ],
  [
    /^\/home\/[^/]+\/projects\/[^/]+\/src\/[^/]+$/,
    ({ random, segments }) => files(random.sample(languageOf(segments[4]).sources, random.int(2, 6))),
  ],
  [
    /^\/home\/[^/]+\/projects\/[^/]+\/docs$/,
    ({ random }) => [...files(["api.md", "architecture.md", "runbook.md"]), random.chance(0.5) && file("diagram.png")],
  ],
  [/^\/home\/[^/]+\/projects\/[^/]+\/scripts$/, () => files(["deploy.sh", "migrate.sh", "seed.sh"])],
  [
    /^\/var\/lib\/postgresql\/16\/main\/base\/\d+$/,
    ({ random }) => [file("PG_VERSION", "config"), ...relationFiles(random, random.int(6, 18))],
  ],
  [
    /^\/var\/lib\/docker\/containers\/[0-9a-f]{64}$/,
    ({ random, segments }) => [
      ...files(["config.v2.json", "hostconfig.json", "hostname", "hosts", "resolv.conf"]),
      file(`${segments[5] ?? random.hex(64)}-json.log`),
    ],
  ],
  [/^\/var\/lib\/docker\/overlay2\/[0-9a-f]{64}$/, () => [dir("diff"), dir("work"), file("link"), file("lower")]],
  [/^\/var\/lib\/docker\/overlay2\/[0-9a-f]{64}\/work$/, () => []],
  [
    /^\/usr\/lib\/Acronis\/[^/]+$/,
    ({ random }) =>
      files(
        random.sample(
          ["acronis_agent", "acrocmd", "libcommon.so", "libarchive3.so", "mms", "schedmgr"],
          random.int(3, 6),
        ),
        "binary",
      ),
  ],
  [
    /^\/usr\/lib\/python3\/dist-packages\/[^/]+$/,
    ({ random }) =>
      files(
        random.sample(
          ["__init__.py", "api.py", "compat.py", "exceptions.py", "models.py", "utils.py"],
          random.int(2, 6),
        ),
      ),
  ],
  [/^\/var\/lib\/docker\/volumes\/[^/]+$/, () => [dir("_data")]],
  [
    /^\/var\/log\/journal\/[0-9a-f]{32}$/,
    ({ random }) => [
      file("system.journal"),
      file("user-1000.journal"),
      ...Array.from({ length: random.int(1, 3) }, () => file(`system@${random.hex(32)}-${random.hex(16)}.journal`)),
    ],
  ],
];

const WINDOWS_RULES = new Map<string, Rule>([
  [
    "C:/",
    () => [
      ...dirs(["PerfLogs", "Program Files", "Program Files (x86)", "ProgramData", "Users", "Windows"]),
      file("pagefile.sys", "archive"),
      file("swapfile.sys", "archive"),
      file("DumpStack.log.tmp", "config"),
    ],
  ],
  ["C:/PerfLogs", () => []],
  [
    "C:/Program Files",
    ({ random }) =>
      dirs([
        "Acronis",
        "Cloudbase Solutions",
        "Common Files",
        ...random.sample(
          ["7-Zip", "Internet Explorer", "Microsoft SQL Server", "Windows Defender", "WindowsPowerShell"],
          random.int(1, 4),
        ),
      ]),
  ],
  [
    "C:/Program Files (x86)",
    ({ random }) =>
      dirs(random.sample(["Common Files", "Microsoft", "Windows Kits", "Windows Defender"], random.int(2, 4))),
  ],
  ["C:/ProgramData", () => dirs(["Acronis", "Microsoft", "Package Cache"])],
  [
    "C:/Users",
    ({ random }) => [
      ...dirs(["Administrator", "Default", "Public", ...random.sample(WINDOWS_USERS, random.int(0, 2))]),
      file("desktop.ini"),
    ],
  ],
  [
    "C:/Windows",
    () => [
      ...dirs(["Fonts", "Logs", "SysWOW64", "System32", "Temp"]),
      ...files(["explorer.exe", "notepad.exe", "regedit.exe"]),
      ...files(["system.ini", "win.ini"]),
    ],
  ],
  [
    "C:/Windows/System32",
    () => [
      ...dirs(["config", "drivers", "en-US", "WindowsPowerShell"]),
      ...files([
        "cmd.exe",
        "kernel32.dll",
        "lsass.exe",
        "mmc.exe",
        "ntdll.dll",
        "services.exe",
        "svchost.exe",
        "taskmgr.exe",
        "user32.dll",
        "wininit.exe",
      ]),
    ],
  ],
  [
    "C:/Windows/System32/config",
    () => [dir("RegBack"), ...files(["DEFAULT", "SAM", "SECURITY", "SOFTWARE", "SYSTEM"], "data")],
  ],
  ["C:/Windows/System32/config/RegBack", () => []],
  [
    "C:/Windows/System32/drivers",
    () => [dir("etc"), ...files(["disk.sys", "netkvm.sys", "ntfs.sys", "tcpip.sys", "vioscsi.sys", "viostor.sys"])],
  ],
  ["C:/Windows/System32/drivers/etc", () => files(["hosts", "lmhosts.sam", "networks", "protocol", "services"])],
  [
    "C:/Windows/Fonts",
    () => files(["arial.ttf", "calibri.ttf", "consola.ttf", "cour.ttf", "segoeui.ttf", "times.ttf"]),
  ],
  ["C:/Windows/Logs", () => dirs(["CBS", "DISM", "WindowsUpdate"])],
  ["C:/Windows/Temp", () => []],
  [
    "C:/Windows/SysWOW64",
    () => files(["cmd.exe", "kernel32.dll", "msvcrt.dll", "ntdll.dll", "user32.dll", "ws2_32.dll"]),
  ],
  ["C:/Windows/System32/en-US", () => files(["cmd.exe.mui", "notepad.exe.mui", "taskmgr.exe.mui"], "binary")],
  ["C:/Windows/System32/WindowsPowerShell", () => [dir("v1.0")]],
  [
    "C:/Windows/System32/WindowsPowerShell/v1.0",
    () => [dir("Modules"), file("powershell.exe"), file("powershell_ise.exe"), file("types.ps1xml", "text")],
  ],
  ["C:/Windows/System32/WindowsPowerShell/v1.0/Modules", () => []],
]);

const WINDOWS_PATTERN_RULES: ReadonlyArray<readonly [RegExp, Rule]> = [
  [/^[A-BD-Z]:\/$/, ({ random }) => dirs(random.sample(["Backups", "Distrib", "Shares", "SQLData"], random.int(2, 4)))],
  [
    /^C:\/Users\/[^/]+$/,
    () => [
      ...dirs(["AppData", "Desktop", "Documents", "Downloads", "Pictures"]),
      file("NTUSER.DAT", "binary"),
      file("ntuser.ini"),
    ],
  ],
  [/^C:\/Users\/[^/]+\/AppData$/, () => dirs(["Local", "LocalLow", "Roaming"])],
  [
    /^C:\/Program Files( \(x86\))?\/[^/]+$/,
    ({ random, segments }) => {
      const product = (segments[2] ?? "app").replace(/[^A-Za-z0-9]/g, "");
      return [
        ...files([`${product}.exe`, "uninstall.exe"]),
        file("license.txt", "text"),
        ...files(random.sample(["common.dll", "core.dll", "ui.dll", "update.dll"], random.int(1, 3))),
      ];
    },
  ],
  [
    /^C:\/Windows\/Logs\/[^/]+$/,
    ({ random }) =>
      files(
        Array.from({ length: random.int(1, 5) }, (_, index) =>
          index === 0 ? "CBS.log" : `CbsPersist_2026${random.hex(6)}.log`,
        ),
      ),
  ],
];

/** Files and directories of no particular kind, for data disks, documents and anything deeper than the rules. */
const FILLER = {
  linux: {
    files: [
      "README",
      "archive.tar.gz",
      "backup.tar.zst",
      "config.yaml",
      "data.json",
      "dump.sql.gz",
      "export.csv",
      "image-0042.jpg",
      "index.html",
      "invoice-1042.pdf",
      "metrics.prom",
      "notes.txt",
      "photo-0137.jpg",
      "report-2026-10.csv",
      "schema.sql",
      "settings.ini",
      "users.csv",
    ],
    dirs: [
      "2025",
      "2026",
      "archive",
      "assets",
      "cache",
      "config",
      "exports",
      "images",
      "logs",
      "old",
      "releases",
      "reports",
      "shared",
      "uploads",
    ],
  },
  windows: {
    files: [
      "Budget 2026.xlsx",
      "Contract.pdf",
      "Presentation.pptx",
      "Report Q3.docx",
      "archive.zip",
      "data.mdb",
      "install.log",
      "notes.txt",
      "photo_0042.jpg",
      "readme.txt",
      "setup.exe",
    ],
    dirs: ["2025", "2026", "Archive", "Old", "Projects", "Reports", "Scans", "Shared", "Templates"],
  },
} as const;

const filler: Rule = ({ random, os, depth }) => {
  const pools = FILLER[os];
  const dirCount = depth < FILLER_DIR_DEPTH ? random.int(0, 3) : 0;
  return [...dirs(random.sample(pools.dirs, dirCount)), ...files(random.sample(pools.files, random.int(1, 8)))];
};

function distinctNumbers(random: Random, count: number, min: number, max: number): string[] {
  const picked = new Set<number>();
  // Bounded: the ranges used are far wider than the counts, so collisions are rare.
  for (let attempt = 0; picked.size < count && attempt < count * 10; attempt++) picked.add(random.int(min, max));
  return [...picked].map(String);
}

/** PostgreSQL relation files: `<filenode>`, with its free-space and visibility maps for the bigger ones. */
function relationFiles(random: Random, count: number): EntrySpec[] {
  const entries: EntrySpec[] = [];
  for (const node of distinctNumbers(random, count, 1247, 99999)) {
    entries.push(file(node, "data"));
    if (entries.length < MAX_CHILDREN - 3 && random.chance(0.3))
      entries.push(file(`${node}_fsm`, "config"), file(`${node}_vm`, "config"));
  }
  return entries;
}

/** Consecutive 16 MiB WAL segment files of timeline 1. */
function walSegments(random: Random, count: number): EntrySpec[] {
  const logId = random.int(1, 40);
  const first = random.int(0, 255 - count);
  return Array.from({ length: count }, (_, index) => {
    const name = `00000001${logId.toString(16).toUpperCase().padStart(8, "0")}${(first + index).toString(16).toUpperCase().padStart(8, "0")}`;
    return file(name, "wal");
  });
}

function ruleFor(os: OperatingSystem, logical: string): Rule {
  const exact = (os === "windows" ? WINDOWS_RULES : LINUX_RULES).get(logical);
  if (exact) return exact;
  for (const [pattern, rule] of os === "windows" ? WINDOWS_PATTERN_RULES : LINUX_PATTERN_RULES)
    if (pattern.test(logical)) return rule;
  return filler;
}

/**
 * The children of one directory, sorted, directories first. `depth` is the directory's own depth below the disk
 * (the disk itself is 0).
 */
function childSpecs(machine: Machine, root: DiskRoot, relativePath: string, depth: number): EntrySpec[] {
  if (depth >= MAX_DEPTH) return [];
  const logical = logicalPath(root.mount, relativePath);
  // Another volume is mounted here: on this disk it is an empty directory.
  if (relativePath !== "/" && machine.mounts.has(logical)) return [];
  const random = new Random(hashKey(machine.structureKey, root.diskIndex, relativePath));
  const listed = ruleFor(root.os, logical)({ machine, random, os: root.os, segments: logical.split("/"), depth });
  const mountPoints = [...machine.mounts]
    .filter((mount) => mount !== root.mount && parentOf(mount) === logical)
    .map((mount) => dir(mount.slice(mount.lastIndexOf("/") + 1)));
  const allowDirs = depth + 1 < MAX_DEPTH;
  const byName = new Map<string, EntrySpec>();
  for (const spec of [...listed, ...mountPoints]) {
    if (spec && (allowDirs || !spec.isDir) && !byName.has(spec.name)) byName.set(spec.name, spec);
  }
  return [...byName.values()].sort(compareEntries).slice(0, MAX_CHILDREN);
}

function compareEntries(left: EntrySpec, right: EntrySpec): number {
  if (left.isDir !== right.isDir) return left.isDir ? -1 : 1;
  // Code-unit order, not localeCompare: the same in every runtime.
  return left.name < right.name ? -1 : left.name > right.name ? 1 : 0;
}

// ── Ids ──────────────────────────────────────────────────────────────────────────────────────────────────

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder("utf-8", { fatal: true });
const MAX_ID_LENGTH = 4096;

/** Ties ids to one backup, so that another backup's entry id lists nothing here. */
function backupTag(backupId: string): string {
  return hashKey("file-tree", backupId).toString(36).padStart(7, "0");
}

function encodeId(tag: string, diskIndex: number, relativePath: string): string {
  let binary = "";
  for (const byte of utf8Encoder.encode(`${tag}:${diskIndex}:${relativePath}`)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function decodeId(id: string): { tag: string; diskIndex: number; relativePath: string } | undefined {
  if (id.length > MAX_ID_LENGTH || !/^[A-Za-z0-9_-]+$/.test(id)) return undefined;
  let text: string;
  try {
    const binary = atob(id.replace(/-/g, "+").replace(/_/g, "/"));
    text = utf8Decoder.decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return undefined;
  }
  const match = /^([0-9a-z]{7}):(0|[1-9][0-9]{0,2}):(\/.*)$/s.exec(text);
  if (!match) return undefined;
  const [, tag = "", disk = "", relativePath = ""] = match;
  const diskIndex = Number(disk);
  // One id per entry: an equivalent spelling (other padding bits) is not that entry.
  if (encodeId(tag, diskIndex, relativePath) !== id) return undefined;
  return { tag, diskIndex, relativePath };
}

// ── BackupFiles ──────────────────────────────────────────────────────────────────────────────────────────

const DIR_ACTIONS = { restoreToDisk: true, goToLocation: true } as const;
const FILE_ACTIONS = { restoreToDisk: true, goToLocation: false } as const;

function sizeOf(random: Random, sizeClass: SizeClass): string {
  const [min, max] = SIZE_RANGES[sizeClass];
  return String(Math.round(Math.exp(random.float(Math.log(min), Math.log(max)))));
}

/** How long before the backup an entry last changed: logs and databases minutes ago, most files months ago. */
function ageMs(random: Random, spec: EntrySpec): number {
  if (spec.isDir) return random.int(60, 400 * 24 * 3600) * SECOND;
  if (spec.sizeClass === "log" || spec.sizeClass === "wal") return random.int(10, 6 * 3600) * SECOND;
  if (spec.sizeClass === "data") return random.int(60, 3 * 24 * 3600) * SECOND;
  return random.chance(0.2)
    ? random.int(HOUR / SECOND, (30 * DAY) / SECOND) * SECOND
    : random.int((30 * DAY) / SECOND, (900 * DAY) / SECOND) * SECOND;
}

function isoSeconds(ms: number): string {
  return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}Z`;
}

function backupTimeMs(backup: Required<Backup>): number {
  const parsed = Date.parse(backup.createdAt);
  return Number.isFinite(parsed) ? parsed : FALLBACK_TIME_MS;
}

function diskEntries(backup: Required<Backup>, roots: readonly DiskRoot[], tag: string): BackupFile[] {
  const random = new Random(hashKey(backup.id, "disks"));
  const createdMs = backupTimeMs(backup);
  return roots.map((root) => ({
    id: encodeId(tag, root.diskIndex, "/"),
    type: "TYPE_DIR",
    fullPath: `/${diskName(root)}`,
    name: diskName(root),
    size: root.disk.size ?? "0",
    actions: { ...DIR_ACTIONS },
    modifiedAt: isoSeconds(createdMs - random.int(1, 3600) * SECOND),
  }));
}

function diskName(root: DiskRoot): string {
  return root.disk.name || `disk-${root.diskIndex}`;
}

function toBackupFiles(
  backup: Required<Backup>,
  root: DiskRoot,
  tag: string,
  relativePath: string,
  specs: readonly EntrySpec[],
): BackupFile[] {
  const parentId = encodeId(tag, root.diskIndex, relativePath);
  const random = new Random(hashKey(backup.id, root.diskIndex, relativePath));
  const createdMs = backupTimeMs(backup);
  const dirSize = root.os === "windows" ? "0" : "4096";
  return specs.map((spec) => {
    const path = childPath(relativePath, spec.name);
    return {
      id: encodeId(tag, root.diskIndex, path),
      parentId,
      type: spec.isDir ? "TYPE_DIR" : "TYPE_FILE",
      fullPath: `/${diskName(root)}${path}`,
      name: spec.name,
      size: spec.isDir ? dirSize : sizeOf(random, spec.sizeClass),
      actions: { ...(spec.isDir ? DIR_ACTIONS : FILE_ACTIONS) },
      modifiedAt: isoSeconds(createdMs - ageMs(random, spec)),
    };
  });
}

/**
 * Lists a backup's files: without `sourceId` (or with `""`) its disks, else the children of the entry that
 * `sourceId` names: `[]` for a file, `undefined` when it names no entry of this backup (the caller answers 404).
 */
export function listFiles(backup: Required<Backup>, sourceId: string | undefined): BackupFile[] | undefined {
  const roots = diskRoots(backup);
  const tag = backupTag(backup.id);
  if (sourceId === undefined || sourceId === "") return diskEntries(backup, roots, tag);

  const location = decodeId(sourceId);
  if (location === undefined || location.tag !== tag) return undefined;
  const root = roots[location.diskIndex];
  if (root === undefined) return undefined;

  // Replay the generation from the disk down: each step must name an entry that its parent really lists.
  const machine = machineOf(backup);
  const segments = location.relativePath === "/" ? [] : location.relativePath.slice(1).split("/");
  let current = "/";
  for (let depth = 0; depth < segments.length; depth++) {
    const entry = childSpecs(machine, root, current, depth).find((spec) => spec.name === segments[depth]);
    if (entry === undefined) return undefined;
    current = childPath(current, entry.name);
    if (!entry.isDir) return depth === segments.length - 1 ? [] : undefined;
  }
  return toBackupFiles(backup, root, tag, current, childSpecs(machine, root, current, segments.length));
}
