"""A throwaway PKI for the DUO tests (made with `cryptography`): one CA, certificates for the
mock DUO, the gateway's Notificatie endpoint and both sides' client identities. The subject's
serialNumber carries the OIN, as in a PKIoverheid certificate."""

from __future__ import annotations

import datetime as dt
import ipaddress
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.duo.digikoppeling import TlsFiles


@dataclass(frozen=True)
class Pki:
    ca: Path
    duo: TlsFiles  # DUO's server and client identity (the mock)
    gemeente: TlsFiles  # the gateway's identity (client to DUO, server for notificaties)
    stranger: TlsFiles  # signed by another CA: must be refused


def _name(cn: str, oin: str | None = None) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, cn)]
    if oin:
        attrs.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, oin))
    return x509.Name(attrs)


def _ca(cn: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    now = dt.datetime.now(dt.UTC)
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(_name(cn))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _leaf(
    folder: Path,
    stem: str,
    oin: str,
    ca: tuple[ec.EllipticCurvePrivateKey, x509.Certificate],
    ca_file: Path,
) -> TlsFiles:
    now = dt.datetime.now(dt.UTC)
    key = ec.generate_private_key(ec.SECP256R1())
    san = x509.SubjectAlternativeName(
        [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(f"{stem} (test)", oin))
        .issuer_name(ca[1].subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(san, critical=False)
        .sign(ca[0], hashes.SHA256())
    )
    crt, pem = folder / f"{stem}.crt", folder / f"{stem}.key"
    crt.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    pem.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    pem.chmod(0o600)
    return TlsFiles(crt, pem, ca_file)


def make_pki(folder: Path, *, gemeente_oin: str, duo_oin: str) -> Pki:
    folder.mkdir(parents=True, exist_ok=True)
    ca = _ca("Wegwijs test-CA (wegwerp)")
    ca_file = folder / "ca.crt"
    ca_file.write_bytes(ca[1].public_bytes(serialization.Encoding.PEM))
    other = _ca("Onbekende CA")
    other_file = folder / "other-ca.crt"
    other_file.write_bytes(other[1].public_bytes(serialization.Encoding.PEM))
    stranger = _leaf(folder, "stranger", gemeente_oin, other, ca_file)
    return Pki(
        ca_file,
        _leaf(folder, "duo", duo_oin, ca, ca_file),
        _leaf(folder, "gemeente", gemeente_oin, ca, ca_file),
        stranger,
    )
