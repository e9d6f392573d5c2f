#include "core/cases/demonames.h"

#include <array>

namespace caseledger::core {

namespace {

using sv = std::string_view;

constexpr sv kHispanicF[]
    = {"María", "Guadalupe", "Rosa", "Ana", "Carmen", "Verónica", "Adriana", "Yesenia", "Maricela",
        "Leticia", "Araceli", "Sandra", "Claudia", "Alejandra", "Gabriela", "Lorena", "Elizabeth",
        "Jessica", "Daniela", "Ximena", "Sofía", "Valeria", "Isabella", "Camila", "Marisol",
        "Brenda", "Karina", "Lucía", "Esperanza", "Itzel", "Natalia", "Jimena", "María José"};
constexpr sv kHispanicM[] = {"José", "Juan", "Luis", "Carlos", "Jesús", "Miguel", "Francisco",
    "Antonio", "Alejandro", "Jorge", "Ricardo", "Eduardo", "Fernando", "Javier", "Manuel",
    "Roberto", "Héctor", "Raúl", "Óscar", "Adrián", "Mateo", "Santiago", "Diego", "Ángel", "Rubén",
    "Joaquín", "Efraín", "Juan Carlos", "José Luis", "Xavier", "Iván", "Emiliano"};
constexpr sv kHispanicFamily[] = {"García", "Hernández", "López", "Martínez", "González",
    "Rodríguez", "Pérez", "Sánchez", "Ramírez", "Flores", "Torres", "Rivera", "Gómez", "Díaz",
    "Cruz", "Morales", "Reyes", "Gutiérrez", "Ortiz", "Chávez", "Ruiz", "Jiménez", "Mendoza",
    "Álvarez", "Castillo", "Vásquez", "Romero", "Herrera", "Medina", "Aguilar", "Vargas", "Castro",
    "Guzmán", "Muñoz", "Ibarra", "Zúñiga", "Villaseñor", "Núñez", "Peña", "Ochoa", "Ávila",
    "Montoya", "Cervantes", "Salazar", "Delgado", "Contreras", "Estrada", "Figueroa", "Navarro",
    "Domínguez", "Ximénez", "Valenzuela", "Quintero", "Beltrán"};

constexpr sv kEnglishF[]
    = {"Jennifer", "Jessica", "Ashley", "Amanda", "Sarah", "Stephanie", "Nicole", "Heather",
        "Elizabeth", "Megan", "Brittany", "Danielle", "Tiffany", "Crystal", "Latoya", "Keisha",
        "Tamika", "Aaliyah", "Destiny", "Emily", "Hannah", "Madison", "Katherine", "Shanice"};
constexpr sv kEnglishM[]
    = {"Michael", "Christopher", "Joshua", "Matthew", "David", "Daniel", "James", "Robert", "John",
        "Joseph", "Andrew", "Ryan", "Brandon", "Justin", "William", "Anthony", "Tyrone", "DeShawn",
        "Marcus", "Terrell", "Jamal", "Darnell", "Kevin", "Jason", "Brian", "Stephen"};
constexpr sv kEnglishFamily[] = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller",
    "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Thompson",
    "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright",
    "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts",
    "Carter", "Phillips", "Evans", "Turner", "Parker", "Collins", "Edwards", "Stewart", "Morris",
    "Murphy", "Washington", "Jefferson", "Freeman", "O'Brien", "McCarthy", "Sullivan"};

constexpr sv kVietF[] = {"Thị Lan", "Thị Hương", "Ngọc Anh", "Thu Trang", "Mai", "Linh", "Hạnh",
    "Phương", "Thảo", "Vy", "Kim Ngân", "Bích Ngọc"};
constexpr sv kVietM[] = {"Văn Minh", "Văn Hùng", "Quốc Bảo", "Đức Anh", "Tuấn", "Huy", "Nam",
    "Long", "Khoa", "Thành", "Hoàng Long", "Minh Trí"};
constexpr sv kVietFamily[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
    "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};

constexpr sv kChineseF[] = {"Mei", "Xiu Ying", "Li Na", "Jing", "Wei Ling", "Ying", "Xiao Hong",
    "Hui Min", "Grace", "Jennifer", "Mei Ling", "Yan"};
constexpr sv kChineseM[] = {"Wei", "Jian", "Ming", "Jun", "Hao", "Lei", "Tao", "Kevin", "Michael",
    "Zhi Qiang", "Kai", "Jia Hao"};
constexpr sv kChineseFamily[] = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao",
    "Wu", "Zhou", "Chan", "Wong", "Lam", "Cheung", "Leung", "Ng", "Lau", "Xu", "Hsu"};

constexpr sv kFilipinoF[] = {"Maria Cristina", "Rosario", "Jocelyn", "Marilou", "Analyn",
    "Jennylyn", "Kristine", "Maricel", "Divina", "Liezl", "Rowena", "Maribel"};
constexpr sv kFilipinoM[] = {"Jose", "Rodrigo", "Ramon", "Emmanuel", "Jun", "Marvin", "Rommel",
    "Arnel", "Jerome", "Mark Anthony", "Ferdinand", "Reynaldo"};
constexpr sv kFilipinoFamily[] = {"Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Mendoza",
    "Tomas", "Andrada", "Villanueva", "Ramos", "Aquino", "Navarro", "Mercado", "de la Cruz",
    "dela Cruz", "Dizon", "Manalo", "Pangilinan", "Macapagal", "Magbanua", "Dimaculangan"};

constexpr sv kArmenianF[] = {"Anahit", "Armine", "Lilit", "Gayane", "Nare", "Ani", "Mariam",
    "Tatevik", "Siranush", "Astghik", "Lusine", "Hasmik"};
constexpr sv kArmenianM[] = {"Armen", "Aram", "Davit", "Tigran", "Gor", "Hayk", "Vardan", "Karen",
    "Narek", "Ashot", "Sargis", "Hovhannes"};
constexpr sv kArmenianFamily[]
    = {"Petrosyan", "Sargsyan", "Hovhannisyan", "Grigoryan", "Harutyunyan", "Karapetyan",
        "Gevorgyan", "Avetisyan", "Mkrtchyan", "Kazarian", "Ohanian", "Manukyan", "Babayan",
        "Hakobyan", "Khachatryan", "Vardanyan", "Arakelian", "Ter-Petrosyan", "Petrosian"};

constexpr sv kKoreanF[] = {"Ji-woo", "Seo-yeon", "Min-ji", "Eun-ji", "Soo-jin", "Hye-jin",
    "Ji-yeon", "Yuna", "Grace", "Esther", "Ha-eun", "Su-bin"};
constexpr sv kKoreanM[] = {"Min-jun", "Ji-hoon", "Hyun-woo", "Sung-min", "Dong-hyun", "Jae-won",
    "Young-ho", "Daniel", "David", "Joseph", "Seung-ho", "Tae-yang"};
constexpr sv kKoreanFamily[] = {"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang",
    "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang"};

constexpr sv kPunjabiF[]
    = {"Harpreet", "Manpreet", "Jaspreet", "Simran", "Navdeep", "Gurpreet", "Amandeep", "Kiranjit"};
constexpr sv kPunjabiM[]
    = {"Gurpreet", "Harjit", "Sukhwinder", "Jaswinder", "Rajinder", "Manjit", "Baljit", "Harpal"};
constexpr sv kPunjabiFamily[]
    = {"Singh", "Kaur", "Gill", "Sandhu", "Dhillon", "Sidhu", "Grewal", "Bains", "Sangha"};

template<std::size_t N>
constexpr std::span<const sv> span(const sv (&a)[N])
{
    return {a, N};
}

const std::array<NameCulture, 8> kCultures = {{
    {"hispanic", 52, "es", RaceEthnicity::HispanicLatino, span(kHispanicF), span(kHispanicM),
        span(kHispanicFamily), true},
    {"english", 27, "en", RaceEthnicity::BlackAfricanAmerican, span(kEnglishF), span(kEnglishM),
        span(kEnglishFamily), false},
    {"filipino", 5, "tl", RaceEthnicity::Asian, span(kFilipinoF), span(kFilipinoM),
        span(kFilipinoFamily), false},
    {"vietnamese", 4, "vi", RaceEthnicity::Asian, span(kVietF), span(kVietM), span(kVietFamily),
        false},
    {"armenian", 4, "hy", RaceEthnicity::White, span(kArmenianF), span(kArmenianM),
        span(kArmenianFamily), false},
    {"chinese", 3, "zh", RaceEthnicity::Asian, span(kChineseF), span(kChineseM),
        span(kChineseFamily), false},
    {"korean", 3, "ko", RaceEthnicity::Asian, span(kKoreanF), span(kKoreanM), span(kKoreanFamily),
        false},
    {"punjabi", 2, "pa", RaceEthnicity::Asian, span(kPunjabiF), span(kPunjabiM),
        span(kPunjabiFamily), false},
}};

constexpr PlaceName kPlaces[] = {
    {"Los Angeles", "CA", 90001, 90068, "323"},
    {"Los Angeles", "CA", 90001, 90068, "213"},
    {"Long Beach", "CA", 90802, 90815, "562"},
    {"Pomona", "CA", 91766, 91768, "909"},
    {"Lancaster", "CA", 93534, 93536, "661"},
    {"Palmdale", "CA", 93550, 93552, "661"},
    {"Compton", "CA", 90220, 90222, "310"},
    {"Glendale", "CA", 91201, 91208, "818"},
    {"Pasadena", "CA", 91101, 91107, "626"},
    {"El Monte", "CA", 91731, 91733, "626"},
    {"Inglewood", "CA", 90301, 90305, "310"},
    {"Downey", "CA", 90240, 90242, "562"},
    {"West Covina", "CA", 91790, 91792, "626"},
    {"Norwalk", "CA", 90650, 90650, "562"},
    {"Santa Clarita", "CA", 91350, 91355, "661"},
    {"Torrance", "CA", 90501, 90505, "424"},
    {"Burbank", "CA", 91501, 91506, "818"},
    {"Whittier", "CA", 90601, 90606, "562"},
    {"Van Nuys", "CA", 91401, 91411, "818"},
    {"North Hollywood", "CA", 91601, 91606, "747"},
};
constexpr PlaceName kDistant[] = {
    {"Riverside", "CA", 92501, 92509, "951"},
    {"San Bernardino", "CA", 92401, 92411, "909"},
    {"Fresno", "CA", 93701, 93728, "559"},
    {"Sacramento", "CA", 95811, 95838, "916"},
    {"Las Vegas", "NV", 89101, 89149, "702"},
    {"Phoenix", "AZ", 85003, 85054, "602"},
    {"Houston", "TX", 77002, 77099, "713"},
    {"Portland", "OR", 97201, 97239, "503"},
};

constexpr sv kStreets[] = {"Main St", "Broadway", "S Figueroa St", "N Vermont Ave", "S Western Ave",
    "Sunset Blvd", "Whittier Blvd", "E César E. Chávez Ave", "Atlantic Blvd", "Pacific Coast Hwy",
    "Slauson Ave", "Florence Ave", "Van Nuys Blvd", "Lankershim Blvd", "Colorado Blvd",
    "Garvey Ave", "Valley Blvd", "Imperial Hwy", "Rosecrans Ave", "Artesia Blvd", "Olympic Blvd",
    "Pico Blvd", "Hawthorne Blvd", "Sepulveda Blvd", "Alvarado St", "Soto St", "Brand Blvd"};

constexpr sv kEmployers[] = {"Kaiser Permanente", "Los Angeles Unified School District",
    "Ralphs Grocery Company", "Amazon Fulfillment", "Target Stores", "Walmart", "Costco Wholesale",
    "UPS", "Home Depot", "Cedars-Sinai Medical Center", "El Pollo Loco", "In-N-Out Burger",
    "Northrop Grumman", "Boeing", "Port of Long Beach Terminal Services",
    "Allied Universal Security", "Vallarta Supermarkets", "Northgate González Markets",
    "FedEx Ground", "LA Metro", "City of Los Angeles", "County of Los Angeles",
    "Golden State Warehousing", "Sunrise Auto Body", "Glendale Adventist", "99 Ranch Market",
    "Seafood City Supermarket", "H Mart"};

constexpr sv kNotes[] = {
    "Interview completed; application reviewed with the custodial party.",
    "Called the custodial party to confirm the mailing address; left a voicemail.",
    "Sent locate requests to the State and Federal Parent Locator Services.",
    "Summons and complaint sent for personal service.",
    "Income withholding order sent to the employer.",
    "Noncustodial parent called about the payment history; explained the arrears balance.",
    "Genetic testing appointment scheduled; notices mailed to both parties.",
    "Reviewed the case for modification at the custodial party's request.",
    "Custodial party reported a change of employment for the other parent.",
    "Court hearing continued; new date on the calendar.",
    "Driver's license release requested after the payment agreement.",
    "Case reviewed; no action needed this month.",
};

} // namespace

std::span<const NameCulture> nameCultures()
{
    return kCultures;
}

std::span<const PlaceName> demoPlaces()
{
    return kPlaces;
}

std::span<const PlaceName> demoDistantPlaces()
{
    return kDistant;
}

std::span<const std::string_view> demoStreets()
{
    return kStreets;
}

std::span<const std::string_view> demoEmployers()
{
    return kEmployers;
}

std::span<const std::string_view> demoNoteTexts()
{
    return kNotes;
}

} // namespace caseledger::core
