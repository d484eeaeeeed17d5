"""Name parts for fictional newcomers, by region of origin. Common given names and family names
combined at random: the combinations describe nobody."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Origin:
    land: str  # ISO 3166
    talen: tuple[str, ...]  # first is the mother tongue
    weight: int
    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[str, ...]


ORIGINS: tuple[Origin, ...] = (
    Origin(
        "SY",
        ("apc", "ku", "en"),
        30,
        ("Rasha", "Lina", "Nour", "Hiba", "Rama", "Dima", "Yara", "Salma", "Huda", "Reem"),
        ("Ahmad", "Mohammad", "Omar", "Khaled", "Yousef", "Samer", "Bilal", "Tarek", "Firas"),
        ("Al-Hassan", "Haddad", "Khalil", "Darwish", "Al-Najjar", "Hamdan", "Sabbagh", "Aziz"),
    ),
    Origin(
        "ER",
        ("ti", "am", "ar"),
        22,
        ("Selam", "Helen", "Senait", "Freweyni", "Rahel", "Mebrat", "Luwam", "Saba", "Ruta"),
        ("Yonas", "Tesfay", "Dawit", "Robel", "Filmon", "Samuel", "Merhawi", "Kidane", "Awet"),
        ("Tesfamariam", "Gebremedhin", "Haile", "Woldu", "Kahsay", "Berhe", "Ghebreab", "Tekle"),
    ),
    Origin(
        "AF",
        ("prs", "ps", "fa"),
        14,
        ("Mariam", "Zahra", "Fatima", "Shabnam", "Nilofar", "Parwana", "Farzana", "Sima"),
        ("Ahmad", "Mustafa", "Farid", "Jawad", "Hamid", "Naweed", "Rahim", "Sohail", "Zaki"),
        ("Ahmadi", "Rahimi", "Hakimi", "Karimi", "Sultani", "Noori", "Safi", "Popal", "Wardak"),
    ),
    Origin(
        "TR",
        ("tr", "kmr"),
        10,
        ("Elif", "Zeynep", "Ayşe", "Emine", "Fatma", "Merve", "Esra", "Gül", "Sevda"),
        ("Mehmet", "Mustafa", "Emre", "Burak", "Hasan", "Hüseyin", "Serkan", "Yusuf", "Kemal"),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan"),
    ),
    Origin(
        "SO",
        ("so", "ar", "en"),
        8,
        ("Amina", "Hodan", "Sahra", "Fadumo", "Ifrah", "Hawa", "Ayaan", "Ubah", "Nasra"),
        ("Abdi", "Mohamed", "Abdirahman", "Hassan", "Farah", "Ismail", "Liban", "Mahad"),
        ("Warsame", "Abdullahi", "Jama", "Osman", "Ali", "Nur", "Hirsi", "Egal", "Dahir"),
    ),
    Origin(
        "YE",
        ("ar", "en"),
        6,
        ("Amal", "Arwa", "Bushra", "Ghada", "Sumaya", "Wafa", "Najla", "Asma"),
        ("Abdullah", "Saleh", "Nabil", "Walid", "Fuad", "Majed", "Hisham", "Adel"),
        ("Al-Ahmar", "Al-Hakimi", "Saeed", "Al-Sharabi", "Bamatraf", "Al-Aghbari", "Qasem"),
    ),
    Origin(
        "IR",
        ("fa", "en"),
        5,
        ("Shirin", "Maryam", "Leila", "Neda", "Parisa", "Samira", "Mina"),
        ("Reza", "Amir", "Hossein", "Babak", "Kaveh", "Dariush", "Behzad"),
        ("Hosseini", "Mohammadi", "Rezaei", "Jafari", "Moradi", "Karimpour", "Sadeghi"),
    ),
)

KLANTMANAGERS = (
    "Anouk Jansen",
    "Ruud Wolters",
    "Fatma Yıldırım",
    "Maarten Ebbers",
    "Ilse Geerdink",
)
STRATEN = ("Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsstraat", "Lindelaan", "Beukenlaan")
